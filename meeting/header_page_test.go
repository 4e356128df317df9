package meeting

import (
	"strings"
	"testing"
)

// TestHasWords checks the word count eight bytes at a time against the
// count a byte at a time, across the block edges.
func TestHasWords(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true},
		{"", 1, false},
		{"   ", 1, false},
		{"Hội nghị", 2, true},
		{"Hội nghị", 3, false},
		{"  Sáng nay,   huyện   Đông Anh họp  ", 6, true},
		{"  Sáng nay,   huyện   Đông Anh họp  ", 7, false},
		{"Ban Thường vụ\nTỉnh ủy họp phiên thường kỳ tháng 5", 10, true},
		{"Ban Thường vụ\nTỉnh ủy họp phiên thường kỳ tháng 5", 11, false},
		{"abcdefgh ijklmnop qrstuvwx", 3, true},
		{"abcdefgh ijklmnop qrstuvwx", 4, false},
		{"abcdefg hijklmno pqrstuvw", 3, true},
	}
	for _, tt := range tests {
		if got := hasWords(tt.s, tt.n); got != tt.want {
			t.Errorf("hasWords(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
		for pad := 1; pad < 9; pad++ { // the same words shifted across the eight-byte blocks
			s := strings.Repeat(" ", pad) + tt.s
			if got := hasWords(s, tt.n); got != tt.want {
				t.Errorf("hasWords(%q, %d) = %v, want %v", s, tt.n, got, tt.want)
			}
		}
	}
}
