package meeting

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

// refScanRows returns texts for the scans of parseReferences: rows of
// their own and words, digits and marks joined at random, for every kind
// of byte at every offset of a word of eight bytes.
func refScanRows() []string {
	rows := []string{
		"",
		"5",
		"nq",
		"Nghị quyết số 14-NQ/QU ngày 25/4/2022",
		"theo Kết luận: 34 của Bộ Chính trị; Quyết định 703",
		"“Chỉ thị” 05-CT/TW… và Luật Đất đai số 31/2024/QH15",
	}
	parts := []string{"nghị quyết", "quyết định", "nq", "NQ", "kết luận", "số", " ", ":", "14", "-", "/", ",", "\n", "“", "…", "×", "ạ", "à", "a", "Luật", "kỷ "}
	r := rand.New(rand.NewPCG(3, 4))
	for range 400 {
		var sb strings.Builder
		for range r.IntN(30) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		rows = append(rows, sb.String())
	}
	return rows
}

// TestRefDigitAt checks refDigitAt and refStopBefore against walks of
// refClass byte by byte.
func TestRefDigitAt(t *testing.T) {
	for _, s := range refScanRows() {
		l := vntext.NewDoc(s).Lower
		for i := range len(l) + 1 {
			dg := i
			for dg < len(l) && refClass[l[dg]] != 1 {
				dg++
			}
			if got := refDigitAt(l, i); got != dg {
				t.Errorf("refDigitAt(%q, %d) = %d; want %d", l, i, got, dg)
			}
			stop := i - 1
			for k := i; k < dg; k++ {
				if refClass[l[k]] == 2 {
					stop = k
				}
			}
			if got := refStopBefore(l, i, dg); got != stop {
				t.Errorf("refStopBefore(%q, %d, %d) = %d; want %d", l, i, dg, got, stop)
			}
		}
	}
}

// TestRefCandidates checks that the scan of parseReferences, finding no
// kind, tries every word start whose first bytes may start one and that a
// digit follows before any stop, and no other.
func TestRefCandidates(t *testing.T) {
	for _, s := range refScanRows() {
		l := vntext.NewDoc(s).Lower
		var want, got []int
		for w := 0; w+1 < len(l); w++ {
			if !refMayStart(l, w) || w > 0 && refLetterBefore(l, w) {
				continue
			}
			for k := w + 1; k < len(l) && refClass[l[k]] != 2; k++ {
				if refClass[l[k]] == 1 {
					want = append(want, w)
					break
				}
			}
		}
		for i := 0; i < len(l); {
			dg := refDigitAt(l, i)
			if dg == len(l) {
				break
			}
			if i = refWordAt(l, refStopBefore(l, i, dg)+1, dg); i >= dg {
				i = dg + 1
				continue
			}
			got = append(got, i)
			i++
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: tried %v; want %v", l, got, want)
		}
	}
}

// TestRefWordAt checks refWordAt against a walk of every byte.
func TestRefWordAt(t *testing.T) {
	for _, s := range refScanRows() {
		l := vntext.NewDoc(s).Lower
		for limit := range len(l) {
			for i := 0; i <= limit; i++ {
				want := i
				for ; want < limit; want++ {
					if refFirstByte[l[want]] && refMayStart(l, want) && (want == 0 || !refLetterBefore(l, want)) {
						break
					}
				}
				if got := refWordAt(l, i, limit); got != want {
					t.Fatalf("refWordAt(%q, %d, %d) = %d; want %d", l, i, limit, got, want)
				}
			}
		}
	}
}
