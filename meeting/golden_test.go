package meeting

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Use go test ./meeting -update to create or update the golden files
// testdata/NAME.golden.json from testdata/NAME.txt.
var update = flag.Bool("update", false, "update golden files")

// goldenInputs returns the test articles, testdata/*.txt.
func goldenInputs(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
		golden := strings.TrimSuffix(in, ".txt") + ".golden.json"
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(string(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				if golden == in { // never overwrite an input
					t.Fatalf("golden file %s is the input", golden)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Error(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./meeting -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s:\n%s", in, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines of want and got that differ, in order.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line ")
			b.WriteString(itoa(i + 1))
			b.WriteString(":\n  want: " + wl + "\n   got: " + gl + "\n")
		}
	}
	return b.String()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
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
		Session: m.Session, Expanded: m.Expanded,
	}
	if m.Body != nil {
		h.Body = *m.Body
	}
	if m.Term != nil {
		h.Term = *m.Term
	}
	if m.Tenure != nil {
		h.Tenure = *m.Tenure
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
	for _, in := range goldenInputs(t) {
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
