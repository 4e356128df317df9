package vntext

import (
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/hostile"
)

// TestEditRuns checks that a run of equal changes, one after the other or
// at equal distances, held in one edit, maps every offset as the changes
// held one edit each would, and each character of Text to its source.
func TestEditRuns(t *testing.T) {
	for _, in := range []string{
		"a\u00a0\u00a0\u00a0b",
		"\u00a0\u00a0",
		"12\u00a0%\u00a0\u00a0đạt",
		"dòng một\r\n\r\n\u00a0dòng hai",
		"x\u00a0\u2003\u00a0y", // an em space is three bytes: another run
		"Ho\u0300a\u00a0\u00a0bi\u0300nh",
		strings.Repeat("\u00a0", 40) + "a" + strings.Repeat("\u00a0", 3),
		strings.Repeat("12%\u00a0", 20),
		strings.Repeat("\xff ", 20),
		strings.Repeat("\xff \u00a0", 20),                               // two kinds in turn: no run
		strings.Repeat("– ", 10) + "–\u200b" + strings.Repeat(" –", 10), // a deletion touching a run
		strings.Repeat("\xff ", 10) + strings.Repeat("\xff  ", 10),      // a new distance starts a run
		strings.Repeat("\xff\u200b ", 20),
	} {
		d := NewDoc(in)
		var single []edit // the runs split into their changes
		for _, e := range d.edits {
			tw, _ := e.widths()
			for u := 0; u <= e.more; u++ {
				single = append(single, e.unit(e.text+u*(tw+e.gap)))
			}
		}
		for i := 0; i <= len(d.Text); i++ {
			for _, atEnd := range []bool{false, true} {
				if got, want := mapEdits(d.edits, i, atEnd), mapEdits(single, i, atEnd); got != want {
					t.Errorf("%q: offset %d (atEnd %v) maps to %d; one edit per change gives %d", in, i, atEnd, got, want)
				}
			}
		}
		for i, r := range d.Text {
			w := len(string(r))
			if s, e := d.SrcSpan(i, i+w); Normalize(in[s:e]) != d.Text[i:i+w] {
				t.Errorf("%q: Text[%d:%d] %q comes from Src[%d:%d] %q", in, i, i+w, d.Text[i:i+w], s, e, in[s:e])
			}
		}
	}
	for _, in := range []string{strings.Repeat("12%\u00a0", 1000), strings.Repeat("\xff ", 1000), strings.Repeat("\xff\u200b ", 1000)} {
		if d := NewDoc(in); len(d.edits) > 2 {
			t.Errorf("%.12q repeated takes %d edits; want 2 at most", in, len(d.edits))
		}
	}
	if d := NewDoc(strings.Repeat("\u00a0", 1000)); len(d.edits) != 1 {
		t.Errorf("1000 no-break spaces take %d edits; want 1", len(d.edits))
	}
}

// TestScaleOverflow checks that FindQuantities leaves the amount of a
// money whose scale overflows unset, as ParseMoney reports ErrRange.
func TestScaleOverflow(t *testing.T) {
	qs := FindQuantities("Tổng vốn 1 nghìn tỷ tỷ đồng.")
	if len(qs) != 1 || qs[0].Kind != QuantityMoney || qs[0].Unit != "nghìn tỷ tỷ đồng" || qs[0].VND != 0 {
		t.Errorf("FindQuantities = %+v; want one money without VND", qs)
	}
}

// TestTextQuantitiesSeq checks that the sequence yields what
// TextQuantities gathers, and stops when asked.
func TestTextQuantitiesSeq(t *testing.T) {
	for _, in := range []string{
		"",
		"Thu ngân sách đạt 3.666 tỷ đồng, tăng 12,5% so với cùng kỳ; 5 người",
		"1 1 1 1 1",
		"từ 2,7 đến 3 tỷ kWh, 15/15 xã",
	} {
		d := NewDoc(in)
		var got []Quantity
		for q := range d.TextQuantitiesSeq() {
			got = append(got, q)
		}
		want := d.TextQuantities()
		if len(got) != len(want) {
			t.Fatalf("%q: %d quantities in the sequence; TextQuantities has %d", in, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("%q: quantity %d = %+v; TextQuantities has %+v", in, k, got[k], want[k])
			}
		}
		for range d.TextQuantitiesSeq() {
			break // must not panic
		}
	}
}

// The hostile benchmarks run each parser on every shape of
// internal/hostile at 100 KB and 1 MB; benchstat shows any growth per byte.

func BenchmarkHostileNewDoc(b *testing.B) {
	hostile.Benchmark(b, benchArticle, func(s string) { NewDoc(s) })
}

func BenchmarkHostileQuantities(b *testing.B) {
	hostile.Benchmark(b, benchArticle, func(s string) { FindQuantities(s) })
}

func BenchmarkHostileFindDates(b *testing.B) {
	hostile.Benchmark(b, dateBenchArticle, func(s string) { FindDates(s) })
}

// TestHostileAlloc checks that the bytes allocated per input byte stay
// bounded on every hostile shape, and do not grow with the input. It
// measures memory, not time, so that a loaded machine cannot fail it.
func TestHostileAlloc(t *testing.T) {
	for _, p := range []struct {
		name   string
		f      func(string)
		limits hostile.Limits // bytes allocated per input byte, some 10% above what is measured
	}{
		// A Doc holds Text and Lower, 2 B/B, and an edit where the text
		// changes length; equal changes at equal distances ("12%\u00a0"
		// or "\xff " repeated) take one. A byte that is not UTF-8 becomes
		// U+FFFD (3 bytes) in Text and Lower: "\xff " repeated is 2 B/B in
		// each, and Text, outgrowing the source, is sized once for it.
		{"NewDoc", func(s string) { NewDoc(s) }, hostile.Limits{"": 4, "invalid": 6.5}},
		// The result holds a Quantity of 120 B for each number: "1 1 1 …"
		// has one every two bytes.
		{"FindQuantities", func(s string) { FindQuantities(s) }, hostile.Limits{"": 13, "pct": 34, "ones": 66, "nbsp-pct": 29, "invalid": 6.5}},
		{"FindDates", func(s string) { FindDates(s) }, hostile.Limits{"": 4}},
	} {
		hostile.CheckAlloc(t, p.name, benchArticle, p.f, p.limits)
	}
}
