package vntext

import (
	"strings"
	"testing"
)

// TestEditRuns checks that a run of equal changes, held in one edit, maps
// every offset as the changes held one edit each would.
func TestEditRuns(t *testing.T) {
	for _, in := range []string{
		"a\u00a0\u00a0\u00a0b",
		"\u00a0\u00a0",
		"12\u00a0%\u00a0\u00a0đạt",
		"dòng một\r\n\r\n\u00a0dòng hai",
		"x\u00a0\u2003\u00a0y", // an em space is three bytes: another run
		"Ho\u0300a\u00a0\u00a0bi\u0300nh",
		strings.Repeat("\u00a0", 40) + "a" + strings.Repeat("\u00a0", 3),
	} {
		d := NewDoc(in)
		var single []edit // the runs split into their changes
		for _, e := range d.edits {
			for u := 0; u <= e.more; u++ {
				single = append(single, e.unit(e.text+u*(e.textEnd-e.text)/(e.more+1)))
			}
		}
		for i := 0; i <= len(d.Text); i++ {
			for _, atEnd := range []bool{false, true} {
				if got, want := mapEdits(d.edits, i, atEnd), mapEdits(single, i, atEnd); got != want {
					t.Errorf("%q: offset %d (atEnd %v) maps to %d; one edit per change gives %d", in, i, atEnd, got, want)
				}
			}
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
