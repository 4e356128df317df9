package meeting

import (
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/hostile"
	"github.com/vnreport/vnreport/vntext"
)

// TestPunctRuns checks that a run of one punctuation character takes
// three tokens at most, and a run of differing marks, with no space or
// one between them, eight. Each dot of "..." still ends a sentence, as
// before runs were bounded, but the dots after the first, holding no
// word, join it: a run of marks makes one sentence, and a sentence with
// words keeps its end ("./." makes two).
func TestPunctRuns(t *testing.T) {
	for _, tt := range []struct {
		in    string
		toks  []string // the punctuation tokens
		sents int
	}{
		{"Ông An phát biểu.", []string{"."}, 1},
		{"Ông An phát biểu... Bà Hoa nói.", []string{".", ".", ".", "."}, 3},
		{"Ông An phát biểu...... Bà Hoa nói.", []string{".", ".", "....", "."}, 3},
		{"Ông An phát biểu./.", []string{".", "/", "."}, 2},
		{"Vì sao?!? Bà Hoa hỏi.", []string{"?", "!", "?", "."}, 3},
		{". . . . . .", []string{".", ".", ".", ".", ".", "."}, 1},
		{"- - - - - - - - - - - -", []string{"-", "-", "-", "-", "-", "-", "-", "- - - - -"}, 1},
		{"Hết. . . . . . . . . . .", []string{".", ".", ".", ".", ".", ".", ".", ". . . ."}, 2},
		{"Hết.  .  .  .  .  .  .  .  .", []string{".", ".", ".", ".", ".", ".", ".", ".", "."}, 2},
		{". Ông An phát biểu.", []string{".", "."}, 2},
		{"Mục lục ____________ trang 3", []string{"_", "_", "__________"}, 1},
		{"Ông An,,,,, bà Hoa", []string{",", ",", ",,,"}, 1},
		{"Chờ…… rồi", []string{"…", "…"}, 2},
		{`Ông An nói: "" "" ""`, []string{":", `"`, `"`, `"`, `"`, `"`, `"`}, 1},
		{strings.Repeat("(", 1000), []string{"(", "(", strings.Repeat("(", 998)}, 1},
		{`Ông An (Hà Nội)."), bà Hoa`, []string{"(", ")", ".", `"`, ")", ","}, 1},
		{`Ông An ,("-:;!?,(" bà Hoa`, []string{",", "(", `"`, "-", ":", ";", "!", `?,("`}, 2},
		{strings.Repeat(`,("`, 100), []string{",", "(", `"`, ",", "(", `"`, ",", "(" + strings.Repeat(`",(`, 97) + `"`}, 1},
	} {
		d := vntext.NewDoc(tt.in)
		a := d.FindArticle()
		sc := newScan(d, &a)
		var got []string
		for _, tk := range sc.toks {
			if tk.kind() == tPunct {
				got = append(got, sc.t[tk.s:tk.e])
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.toks, " ") || len(sc.sents) != tt.sents {
			t.Errorf("%.40q: punctuation %q, %d sentences; want %q, %d", tt.in, got, len(sc.sents), tt.toks, tt.sents)
		}
		sc.release()
	}
}

// BenchmarkHostile runs Parse on every shape of internal/hostile, and on
// the golden articles repeated, at 100 KB and 1 MB; benchstat shows any
// growth of the time or memory per byte.
func BenchmarkHostile(b *testing.B) {
	hostile.Benchmark(b, corpus(b, 20_000), func(s string) { Parse(s) })
}

// TestHostileAlloc checks that Parse allocates a bounded number of bytes
// per input byte on every hostile shape, not growing with the input. The
// pools are emptied first: what one document costs on its own.
func TestHostileAlloc(t *testing.T) {
	// A word every two bytes ("a a a") makes a token of 12 B, while
	// marks with no space or one between (",(\"", ". . .", "- - -") make
	// eight tokens and one sentence a run; a figure keeps its "%" in its
	// token. The limits sit some 10% above what is measured.
	hostile.CheckAlloc(t, "Parse", corpus(t, 20_000), func(s string) { _, _ = Parse(s) },
		hostile.Limits{"": 10, "real": 7, "plans": 18, "ones": 11, "words": 11,
			"nbsp": 4, "comma": 4, "paren": 4, "quote": 4, "nul": 4, "dot": 4, "dot-space": 4,
			"dash": 4, "mixed-punct": 4})
}

// TestMentionsBounded checks that the header reads the first maxMentions
// mentions of a text that names bodies and meetings without end.
func TestMentionsBounded(t *testing.T) {
	text := strings.Repeat("HĐND huyện họp. Huyện ủy thông qua kế hoạch. ", maxMentions)
	p := newParser(vntext.NewDoc(text), config{})
	p.prepare()
	if n := len(p.mentionHits(nil)); n != maxMentions {
		t.Errorf("%d mentions read; want %d", n, maxMentions)
	}
}
