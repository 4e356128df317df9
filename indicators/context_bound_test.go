package indicators

import (
	"testing"

	"github.com/vnreport/vnreport/internal/textscan"
)

// TestMayBound8 checks mayBound8 against boundaryByte at every byte of
// every eight-byte window of a text with each boundary byte in it.
func TestMayBound8(t *testing.T) {
	text := "Năm 2024, thu (ước) đạt 1.250 tỷ đồng; chi - giảm: 3%! Vì sao?\nHết… Xong."
	for i := 0; i+8 <= len(text); i++ {
		want := false
		for _, c := range []byte(text[i : i+8]) {
			want = want || boundaryByte[c]
		}
		if got := mayBound8(textscan.Load8(text, i)); want && !got {
			t.Errorf("mayBound8(%q) = false, want true", text[i:i+8])
		}
	}
	if mayBound8(textscan.Load8("nghìn tỷ", 0)) {
		t.Errorf("mayBound8(%q) = true, want false", "nghìn tỷ")
	}
}
