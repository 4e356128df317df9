package roman_test

import (
	"errors"
	"testing"

	"github.com/vnreport/vnreport/roman"
)

// FuzzParse checks that Parse never panics and compares it with an oracle
// built from Format: Parse accepts exactly the strings that Format returns,
// and on error Pos is the length of the longest prefix of the input that
// begins some numeral, which lies within [0, len(s)].
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	numerals, prefixes := oracle(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := roman.Parse(s)
		want, isNumeral := numerals[s]
		if err == nil {
			if !isNumeral || n != want {
				t.Fatalf("Parse(%q) = %d, nil; want an error or %d", s, n, want)
			}
			if got, err := roman.Format(n); got != s || err != nil {
				t.Fatalf("Format(Parse(%q)) = Format(%d) = %q, %v; want %q, nil", s, n, got, err, s)
			}
			return
		}
		e, ok := errors.AsType[*roman.NumError](err)
		if !ok {
			t.Fatalf("Parse(%q) error has type %T; want *roman.NumError", s, err)
		}
		if n != 0 || isNumeral || e.Err != roman.ErrSyntax || e.Num != s || e.Func != "Parse" {
			t.Fatalf("Parse(%q) = %d, %#v; want %d, nil or 0 and a syntax error", s, n, e, want)
		}
		if e.Pos < 0 || e.Pos > len(s) {
			t.Fatalf("Parse(%q) error Pos = %d; want within [0, %d]", s, e.Pos, len(s))
		}
		wantPos := len(s)
		for !prefixes[s[:wantPos]] {
			wantPos--
		}
		if e.Pos != wantPos {
			t.Fatalf("Parse(%q) error Pos = %d; want %d", s, e.Pos, wantPos)
		}
	})
}
