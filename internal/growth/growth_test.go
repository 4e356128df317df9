package growth

import (
	"testing"

	_ "github.com/vnreport/vnreport/internal/golden" // accepts go test ./... -update (no golden files here)
)

// TestRoom checks that Room leaves room for one more value, and that
// filling a slice by it over a text of one value repeated allocates less
// than twice what the slice keeps (1.6 times over a long text).
func TestRoom(t *testing.T) {
	for _, tt := range []struct {
		name  string
		n     int // text length
		every int // a value every so many bytes
	}{
		{"dense", 1_000_000, 4},
		{"sparse", 1_000_000, 997},
		{"short", 100, 3},
		{"every 2 of 1 MB", 1_000_000, 2},
	} {
		var s []int64
		allocated := 0
		for at := 0; at < tt.n; at += tt.every {
			c := cap(s)
			s = Room(s, at, tt.n)
			if cap(s) == len(s) {
				t.Fatalf("%s: no room at %d", tt.name, at)
			}
			if cap(s) != c {
				allocated += cap(s)
			}
			s = append(s, int64(at))
		}
		if allocated > 2*len(s)+64 || tt.n >= 1000 && allocated > len(s)*16/10+64 {
			t.Errorf("%s: %d values allocated for %d kept", tt.name, allocated, len(s))
		}
	}
}
