package vntext

import (
	"strings"
	"testing"
)

// TestPdStartsCases checks that pdStarts holds a pair in every ASCII case
// exactly when its case-folded form is the first two bytes of a word a
// period may start with, or of its upper case.
func TestPdStartsCases(t *testing.T) {
	fold := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	want := map[[2]byte]bool{}
	words := pdStartWords[:]
	for w, nw := range numWords {
		if nw.startsNumber() {
			words = append(words, w)
		}
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w)} {
			want[[2]byte{fold(v[0]), fold(v[1])}] = true
		}
	}
	for k := range 1 << 16 {
		a, b := byte(k>>8), byte(k)
		if got := pdStarts.has(a, b); got != want[[2]byte{fold(a), fold(b)}] {
			t.Fatalf("pdStarts.has(%q, %q) = %v", a, b, got)
		}
	}
}
