package vntext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vnreport/vnreport/internal/golden"
)

// found is one match in a golden file: its source text and what was read.
type found struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value any    `json:"value"`
}

// finds runs every Find function over src.
func finds(src string) map[string][]found {
	out := map[string][]found{}
	add := func(kind string, start, end int, v any) {
		out[kind] = append(out[kind], found{Text: src[start:end], Start: start, End: end, Value: v})
	}
	for _, m := range FindDates(src) {
		v := map[string]any{"date": m.Date.String()}
		if m.TimeOfDay != NoTimeOfDay {
			v["time_of_day"] = m.TimeOfDay.String()
		}
		if m.HasWeekday {
			v["weekday"] = m.Weekday.String()
		}
		if m.Elided {
			v["elided"] = true
		}
		add("dates", m.Start, m.End, v)
	}
	for _, m := range FindPeriods(src) {
		add("periods", m.Start, m.End, m.Period.String())
	}
	for _, m := range FindQuantities(src) {
		q := m
		q.Start, q.End, q.NumStart = 0, 0, 0
		add("quantities", m.Start, m.End, q)
	}
	for _, m := range FindOrdinals(src) {
		add("ordinals", m.Start, m.End, m.Value)
	}
	for _, m := range FindNumberWords(src) {
		add("number_words", m.Start, m.End, m.Value)
	}
	for _, m := range FindAbbreviations(src) {
		add("abbreviations", m.Start, m.End, nil)
	}
	for _, s := range Sentences(src) {
		add("sentences", s.Start, s.End, nil)
	}
	return out
}

// TestGolden runs the Find functions over the articles in testdata and
// compares with testdata/NAME.golden.json; -update rewrites those files.
func TestGolden(t *testing.T) {
	golden.Each(t, 3, func(t *testing.T, src, path string) {
		golden.JSON(t, path, finds(src))
	})
}

// TestGoldenForms checks that the same article written in NFD, with CRLF
// line ends or with no-break spaces yields the same dates, periods and
// quantities, each span still pointing at its own source text.
func TestGoldenForms(t *testing.T) {
	for _, file := range golden.Inputs(t, 3) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		clean := Normalize(string(src))
		want := values(clean)
		forms := map[string]string{
			"nfd":  norm.NFD.String(clean),
			"crlf": strings.ReplaceAll(clean, "\n", "\r\n"),
			"nbsp": strings.ReplaceAll(clean, " ", "\u00a0"),
		}
		for name, s := range forms {
			if got := values(s); got != want {
				t.Errorf("%s (%s): values differ from the clean text:\n got %s\nwant %s", file, name, got, want)
			}
			for kind, ms := range finds(s) {
				for _, m := range ms {
					if m.Start < 0 || m.End > len(s) || m.Start > m.End || s[m.Start:m.End] != m.Text {
						t.Errorf("%s (%s): %s span [%d:%d] out of place", file, name, kind, m.Start, m.End)
					}
				}
			}
		}
	}
}

// values renders what the Find functions read, without spans or texts.
func values(s string) string {
	var b strings.Builder
	for _, m := range FindDates(s) {
		b.WriteString(m.Date.String() + m.TimeOfDay.String() + " ")
	}
	for _, m := range FindPeriods(s) {
		b.WriteString(m.Period.String() + " ")
	}
	for _, m := range FindQuantities(s) {
		fmt.Fprintf(&b, "%s:%v%s/%s/%d ", m.Kind, m.Value, m.Unit, m.Bound, m.VND)
	}
	return b.String()
}
