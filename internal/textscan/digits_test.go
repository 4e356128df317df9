package textscan

import (
	"strings"
	"testing"
)

// TestDigits checks Digits.Next against NextDigit at every offset of
// texts with digits among runes whose bytes look like digits in their
// low bits, at every length around a block of 64 bytes.
func TestDigits(t *testing.T) {
	base := "Năm 2024, thu 1.234 tỷ đồng (±5%) ở 63 tỉnh\xb0\xb9\xb5 9"
	for _, s := range []string{"", "7", "a", strings.Repeat("x", 63) + "1", strings.Repeat("9", 130), base, strings.Repeat(base, 5), strings.Repeat("x", 1100) + "1", strings.Repeat("ư", 300) + "12" + strings.Repeat("a", 700) + "3"} {
		for n := 0; n <= len(s); n++ {
			text := s[:n]
			d := FindDigits(text)
			for i := 0; i <= len(text)+1; i++ {
				want := len(text)
				if i < len(text) {
					want = NextDigit(text, i)
				}
				if got := d.Next(i); got != want {
					t.Fatalf("Next(%d) on %q = %d, want %d", i, text, got, want)
				}
			}
		}
	}
}
