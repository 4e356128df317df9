package meeting

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/textscan"
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

// TestNextDigit checks textscan.NextDigit and refStopBefore against walks of
// refClass byte by byte.
func TestNextDigit(t *testing.T) {
	for _, s := range refScanRows() {
		l := vntext.NewDoc(s).Lower
		for i := range len(l) + 1 {
			dg := i
			for dg < len(l) && refClass[l[dg]] != 1 {
				dg++
			}
			if got := textscan.NextDigit(l, i); got != dg {
				t.Errorf("NextDigit(%q, %d) = %d; want %d", l, i, got, dg)
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

// TestRefCandidates checks that refScan.next, the scan of parseReferences
// where it finds no kind, gives every word start whose first bytes may
// start one and that a digit follows before any stop, within its reach
// (refReach), and no other; and
// that its answer at any offset is the same with the stretch it keeps
// from the question before as with none.
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
					if w >= refReach(l, 0, k) {
						want = append(want, w)
					}
					break
				}
			}
		}
		sc := refScan{lower: l}
		for i := sc.next(0); i < len(l); i = sc.next(i + 1) {
			got = append(got, i)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: tried %v; want %v", l, got, want)
		}
		// Questions out of order: each after the first at len(l)/2.
		for i := range len(l) + 1 {
			kept := refScan{lower: l}
			kept.next(len(l) / 2)
			fresh := refScan{lower: l}
			if a, b := kept.next(i), fresh.next(i); a != b {
				t.Errorf("%q: next(%d) = %d after next(%d); %d alone", l, i, a, len(l)/2, b)
			}
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

// TestYearCounts checks yearCounts against a search for each cue.
func TestYearCounts(t *testing.T) {
	cues := []string{"kỷ niệm ", "chào mừng ", "mừng ", "tổng kết "}
	rows := append(refScanRows(),
		"Kỷ niệm 90 năm Ngày thành lập Đảng, chào mừng 75 năm Cách mạng Tháng Tám",
		"tổng kết 10 năm, mừng 5 năm; tổng kết 3 nămnay, kỷ niệm 12năm, mừng 7 năm",
		"chúcmừng 5 năm và mừng 2024 năm", "mừng 5 năm")
	for _, s := range rows {
		l := vntext.NewDoc(s + " mừng 4 năm kỷ niệm 1 năm").Lower
		type hit struct{ at, s, e int }
		var want, got []hit
		for _, cue := range cues {
			for k := 0; ; {
				i := strings.Index(l[k:], cue)
				if i < 0 {
					break
				}
				at := k + i
				k = at + len(cue)
				e := digitsAt(l, k)
				if e > k && textscan.AtWordStart(l, at) && textscan.PrefixWordAt(l, e, " năm") {
					want = append(want, hit{at, k, e})
				}
			}
		}
		for at, ds := range yearCounts(l, cues) {
			got = append(got, hit{at, ds[0], ds[1]})
		}
		cmp := func(a, b hit) int { return a.at - b.at }
		slices.SortFunc(want, cmp)
		slices.SortFunc(got, cmp)
		if !slices.Equal(got, want) {
			t.Errorf("%q: yearCounts = %v; want %v", l, got, want)
		}
	}
}

// TestRefMayStart checks that refKindAt finds a kind only where
// refMayStart is true, for every kind's name, full and abbreviated, in
// every case and before every kind of byte; and that it passes words
// that only share a name's first bytes.
func TestRefMayStart(t *testing.T) {
	var names []string
	for _, rk := range refKinds {
		names = append(names, rk.lower, rk.kind, strings.ToUpper(rk.lower))
	}
	for a := range refAbbrevKinds {
		names = append(names, a, strings.ToLower(a))
	}
	rows := refScanRows()
	for _, n := range names {
		for _, after := range []string{"", " ", " số 5", ":", "-", "5", "x", "ạ", "“", "\n"} {
			rows = append(rows, n+after, "theo "+n+after, "("+n+after)
		}
	}
	for _, s := range rows {
		d := vntext.NewDoc(s)
		for i := 0; i+1 < len(d.Lower); i++ {
			if kind, _ := refKindAt(d, i); kind != "" && !refMayStart(d.Lower, i) {
				t.Errorf("%q at %d: refKindAt finds %q, refMayStart is false", d.Lower, i, kind)
			}
		}
	}
	for _, w := range []string{"thực hiện", "chúng ta", "quyền lợi", "nqa", "nghìn", "kết quả", "tt5"} {
		if refMayStart(w, 0) {
			t.Errorf("refMayStart(%q, 0) = true; want false", w)
		}
	}
}

// TestRefReach checks that refsAfterKind reads a number only after a
// kind's name that begins within refReach of the number's first digit,
// so that the scan loses no reference by looking no further back.
func TestRefReach(t *testing.T) {
	rows := refScanRows()
	befores := []string{"", "theo ", "Luật Đất đai ", "chuyên đề ", "Triển khai Luật Đất đai ", "kỷ "}
	afters := []string{" 703 của Bộ", " số 15/NQ-HĐND", ": 26 ngày 5/3/2024", " số: 36-NQ/TW", "  12-CT/TW", " kết luận số 155-TB/TW",
		" Phát triển du lịch bền vững số 02-KH/TU", " chuyển đổi số số 06/QĐ-TTg", " 1 tuyệt vời", " 31/2024/QH15"}
	for _, rk := range refKinds {
		for _, b := range befores {
			for _, a := range afters {
				rows = append(rows, b+rk.kind+a, b+strings.ToUpper(rk.lower)+a)
			}
		}
	}
	for a := range refAbbrevKinds {
		for _, af := range afters {
			rows = append(rows, a+af, "các "+a+af)
		}
	}
	for _, s := range rows {
		p := &parser{doc: vntext.NewDoc(s)}
		l := p.doc.Lower
		for w := 0; w+1 < len(l); w++ {
			kind, kEnd := refKindAt(p.doc, w)
			if kind == "" || !refNumberAhead(l, kEnd) {
				continue
			}
			refs, _ := p.refsAfterKind(nil, w, kind, kEnd)
			dg := textscan.NextDigit(l, w)
			if len(refs) > 0 && w < refReach(l, 0, dg) {
				t.Errorf("%q: %s at %d reads %q; refReach is %d", s, kind, w, refs[0].Number, refReach(l, 0, dg))
			}
		}
	}
}
