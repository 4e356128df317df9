package meeting

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnreport/vnreport/internal/golden"
)

// TestGolden parses each article testdata/NAME.txt and compares the
// indented JSON with testdata/NAME.golden.json; go test ./meeting -update
// creates or rewrites them.
func TestGolden(t *testing.T) {
	golden.Each(t, 1, func(t *testing.T, src, path string) {
		m, err := Parse(src)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		golden.JSON(t, path, m)
	})
}

// header is the part of a Meeting that does not depend on byte offsets.
type header struct {
	Title, Source, Author, TimeOfDay string
	Published, Date                  string
	Kind                             Kind
	Body                             Body
	Session                          int
	Term                             Term
	Tenure                           Tenure
	Expanded                         bool
}

func headerOf(m *Meeting) header {
	h := header{
		Title: m.Title, Source: m.Source, Author: m.Author, TimeOfDay: m.TimeOfDay,
		Published: m.Published.String(), Date: m.Date.String(), Kind: m.Kind,
		Session: m.Session, Expanded: m.Expanded, Body: m.Body, Term: m.Term, Tenure: m.Tenure,
	}
	return h
}

// oldTones writes the tone mark of oa, oe and uy on the first vowel, the
// older placement ("hoà", "Quận uỷ").
var oldTones = strings.NewReplacer(
	"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
	"ủy", "uỷ", "úy", "uý", "ùy", "uỳ", "ụy", "uỵ", "Ủy", "Uỷ",
	"òe", "oè", "óe", "oé",
)

// textVariants are the same article as a user may receive it.
var textVariants = []struct {
	name string
	f    func(string) string
}{
	{"NFD", norm.NFD.String},
	{"old tone marks", oldTones.Replace},
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"NBSP", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"all at once", func(s string) string {
		return strings.ReplaceAll(norm.NFD.String(oldTones.Replace(strings.ReplaceAll(s, ", ", ",\u00a0"))), "\n", "\r\n")
	}},
}

// TestVariants checks that the header of every golden article is the same
// whatever Unicode form, tone-mark placement, line ends and spaces it comes
// in, and that every span indexes the input as given.
func TestVariants(t *testing.T) {
	for _, in := range golden.Inputs(t, 1) {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(string(src))
		if err != nil {
			t.Fatal(err)
		}
		want := headerOf(m)
		for _, v := range textVariants {
			t.Run(filepath.Base(in)+"/"+v.name, func(t *testing.T) {
				text := v.f(string(src))
				mv, err := Parse(text)
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if got := headerOf(mv); got != want {
					t.Errorf("header = %+v\nwant %+v", got, want)
				}
				checkSpans(t, text, mv)
			})
		}
	}
}

// checkSpans reports a span of m outside text, or one whose Text is not
// text[Start:End].
func checkSpans(t *testing.T, text string, m *Meeting) {
	t.Helper()
	check := func(what string, s, e int, quoted string) {
		if s < 0 || e < s || e > len(text) {
			t.Errorf("%s span [%d:%d] out of bounds (len %d)", what, s, e, len(text))
		} else if text[s:e] != quoted {
			t.Errorf("%s span [%d:%d] = %q, but Text is %q", what, s, e, text[s:e], quoted)
		}
	}
	for _, p := range slices.Concat(m.Chairs, m.Attendees) {
		if p.Start < 0 || p.End <= p.Start || p.End > len(text) || !utf8.ValidString(text[p.Start:p.End]) {
			t.Errorf("person %q span [%d:%d] not a span of the text (len %d)", p.Name, p.Start, p.End, len(text))
		}
	}
	for _, d := range m.Directives {
		check("directive", d.Start, d.End, d.Text)
	}
	for _, r := range m.References {
		check("reference", r.Start, r.End, r.Text)
	}
	for _, in := range m.Indicators {
		check("indicator", in.Start, in.End, in.Text)
	}
}
