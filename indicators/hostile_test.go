package indicators

import (
	"strings"
	"testing"
)

// TestClauseEndBounded checks that the scan for a clause end stops at a
// clause break or maxClause bytes on, at a rune start.
func TestClauseEndBounded(t *testing.T) {
	long := strings.Repeat("12% ", maxClause)
	viet := "đ" + strings.Repeat("ạ", maxClause) // 2 + 3k bytes: the cut falls inside a rune
	for _, tt := range []struct {
		name string
		t    string
		i    int
		want int
	}{
		{"comma", "tăng 12%, đạt kế hoạch", 0, len("tăng 12%")},
		{"decimal comma", "tăng 12,5% so với", 0, len("tăng 12,5% so với")},
		{"spaced dash", "3.666 tỷ đồng - đạt 55%", 0, len("3.666 tỷ đồng")},
		{"short", "đạt 12%", 4, len("đạt 12%")},
		{"no break", long, 0, maxClause},
		{"no break, late start", long, 400, 400 + maxClause},
		{"cut at a rune start", viet, 0, 2 + 3*((maxClause-2)/3)},
	} {
		if got := clauseEnd(tt.t, tt.i); got != tt.want {
			t.Errorf("%s: clauseEnd(%d) = %d; want %d", tt.name, tt.i, got, tt.want)
		}
	}
}
