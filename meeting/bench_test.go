package meeting

import (
	"os"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/golden"
	"github.com/vnreport/vnreport/vntext"
)

// corpus returns the test articles joined until the text is at least n
// bytes long, repeating them when needed.
func corpus(b testing.TB, n int) string {
	var parts []string
	for _, in := range golden.Inputs(b, 1) {
		src, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(src))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(parts[i%len(parts)])
	}
	return sb.String()
}

func benchParse(b *testing.B, n int) {
	s := corpus(b, n)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse10KB parses about 10 KB: a few articles joined.
func BenchmarkParse10KB(b *testing.B) { benchParse(b, 10<<10) }

// BenchmarkParse1MB parses about 1 MB of articles: the time per byte should
// be about that of BenchmarkParse10KB.
func BenchmarkParse1MB(b *testing.B) { benchParse(b, 1<<20) }

// BenchmarkParseHeader measures the header step alone on about 10 KB.
func BenchmarkParseHeader(b *testing.B) {
	s := corpus(b, 10<<10)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		p := newParser(newDocForBench(s), config{})
		var m Meeting
		p.parseHeader(&m)
	}
}

func newDocForBench(s string) *vntext.Doc { return vntext.NewDoc(s) }

// BenchmarkHeaderStep measures parseHeader alone, on a Doc made once, so
// that changes to NewDoc do not show in it.
func BenchmarkHeaderStep(b *testing.B) {
	d := vntext.NewDoc(corpus(b, 10<<10))
	b.SetBytes(int64(len(d.Src)))
	b.ReportAllocs()
	for b.Loop() {
		p := newParser(d, config{})
		var m Meeting
		p.parseHeader(&m)
	}
}

// BenchmarkParseReferences measures parseReferences alone on about 10 KB.
func BenchmarkParseReferences(b *testing.B) {
	d := vntext.NewDoc(corpus(b, 10<<10))
	b.SetBytes(int64(len(d.Src)))
	b.ReportAllocs()
	for b.Loop() {
		p := newParser(d, config{})
		var m Meeting
		p.parseReferences(&m)
	}
}
