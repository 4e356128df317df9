package vntext

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/hostile"
)

func FuzzNewDoc(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := NewDoc(s)
		if len(d.Lower) != len(d.Text) {
			t.Fatalf("len(Lower) = %d, len(Text) = %d", len(d.Lower), len(d.Text))
		}
		// NewDoc lowers only the runes its pass noted; lower reads them all.
		if want := lower(d.Text, nil); d.Lower != want {
			t.Fatalf("Lower = %q; lower(Text) = %q", d.Lower, want)
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Text %q is not valid UTF-8", d.Text)
		}
		if n := Normalize(d.Text); n != d.Text {
			t.Fatalf("Normalize not idempotent: %q -> %q", d.Text, n)
		}
		if got, want := d.InvalidAt(), firstInvalid(s); got != want {
			t.Fatalf("InvalidAt() = %d, want %d", got, want)
		}
		// Every offset of a short text, a sample of some 64 of a long one:
		// the fuzzer spends its time on new inputs, not on one long input,
		// and minimising an input it found runs it thousands of times.
		prev, step := 0, max(1, len(d.Text)/64)
		for i := 0; i <= len(d.Text); i += step {
			s0, e0 := d.SrcSpan(i, i)
			if s0 < 0 || e0 > len(s) || s0 > e0 || s0 < prev {
				t.Fatalf("SrcSpan(%d, %d) = %d, %d; not monotone within [0,%d]", i, i, s0, e0, len(s))
			}
			prev = s0
		}
		if s0, e0 := d.SrcSpan(0, len(d.Text)); s0 != 0 || e0 != len(s) {
			t.Fatalf("whole span maps to %d, %d; want 0, %d", s0, e0, len(s))
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, tt := range parseNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			ne, ok := err.(*NumError)
			if !ok || ne.Pos < 0 || ne.Pos > len(s) {
				t.Fatalf("ParseNumber(%q): bad error %#v", s, err)
			}
			return
		}
		// An accepted number, stripped of grouping, means the same to strconv.
		plain := strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
		w, err := strconv.ParseFloat(plain, 64)
		if err != nil || w != v {
			t.Fatalf("ParseNumber(%q) = %v; strconv reads %q as %v, %v", s, v, plain, w, err)
		}
	})
}

// firstInvalid is the plain statement of Doc.InvalidAt.
func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return i
			}
		}
	}
	return -1
}
