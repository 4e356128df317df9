package meeting

import (
	"math/bits"
	"testing"
)

// TestLexiconRoom checks that the scanner's tables keep room for new rows,
// and logs how much, so that a contributor sees a limit coming.
func TestLexiconRoom(t *testing.T) {
	lexicons := bits.TrailingZeros64(nextBit)
	if nextBit == 0 {
		lexicons = 64
	}
	rooms := []struct {
		name      string
		used, cap int
	}{
		{"lexicons", lexicons, 64},
		{"words", flagUsed, lexMask},
		{"phrases", phraseUsed, len(phraseTable) / 2},
	}
	for _, r := range rooms {
		t.Logf("%s: %d of %d", r.name, r.used, r.cap)
		if r.used >= r.cap {
			t.Errorf("%s: the table is full (%d of %d)", r.name, r.used, r.cap)
		}
	}
}
