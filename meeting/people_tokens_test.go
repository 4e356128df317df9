package meeting

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// lineTokens returns the tokens scan.line reads in text, normalised, as
// one line, and the normalised text.
func lineTokens(text string) ([]token, string) {
	d := vntext.NewDoc(text)
	sc := &scan{d: d, t: d.Text, l: d.Lower}
	sc.line(0, len(d.Text), 0)
	return sc.toks, d.Text
}

// TestWordEnd checks where scan.line ends a word: Vietnamese letters of
// two and three bytes, joiners between word characters, digits, and the
// characters next to the letters that are none (× ÷, quotes, dashes).
func TestWordEnd(t *testing.T) {
	for _, tt := range []struct {
		in    string
		word  string
		digit bool
	}{
		{"Nguyễn Văn", "Nguyễn", false},
		{"đ/c Hùng", "đ/c", false},
		{"TP.HCM, ngày", "TP.HCM", false},
		{"3.666 người", "3.666", true},
		{"K'Ré phát biểu", "K'Ré", false},
		{"TN&MT tỉnh", "TN&MT", false},
		{"Đảng.", "Đảng", false},
		{"a/ b", "a", false},
		{"2×3", "2", true},
		{"ß÷2", "ß", false},
		{"ạ“", "ạ", false},
		{"ἀρχή là", "ἀρχή", false}, // U+1F00: decoded, a letter
		{"khóa XII–XIII", "khóa", false},
		{"x1", "x1", true},
		{"45% dân số", "45%", true}, // a percentage is one token
		{"ABC% là", "ABC", false},
		{"“Nói", "", false},
		{"/c", "", false},
		{"a÷bcdefg", "a", false},
		{"12ab.cde fg", "12ab.cde", true},
		{"x9ương ab", "x9ương", true},
		{"Ủy ban", "Ủy", false},           // E1 BB A6: three bytes by their first two
		{"ǅabc d", "ǅabc", false},         // C7: decoded
		{"ư", "ư", false},                 // a letter of two bytes ends the text
		{"aạ", "aạ", false},               // and one of three
		{"a\u0301b c", "a\u0301b", false}, // a combining mark, decoded
	} {
		toks, text := lineTokens(tt.in)
		word, digit := "", false
		if len(toks) > 0 && toks[0].kind() == tWord {
			word, digit = text[:toks[0].e], toks[0].digit()
		}
		if word != vntext.Normalize(tt.word) || digit != tt.digit {
			t.Errorf("line(%q): first word %q, digit %v; want %q, digit %v", tt.in, word, digit, tt.word, tt.digit)
		}
	}
}

// runeWordEnd reads the word that opens s[i:] rune by rune, as wordRest
// and scan.line read it by its bytes, and reports whether it holds an
// ASCII digit.
func runeWordEnd(s string, i int) (int, bool) {
	j, digit := i, false
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if r == '/' || r == '.' || r == '\'' || r == '&' {
			if r2, _ := utf8.DecodeRuneInString(s[min(j+1, len(s)):]); j > i && textscan.IsWordRune(r2) {
				j++
				continue
			}
			break
		}
		if !textscan.IsWordRune(r) {
			break
		}
		digit = digit || '0' <= r && r <= '9'
		j += w
	}
	return j, digit
}

// TestWordEndRunes checks the words of scan.line, and wordRest from any
// character on, against runeWordEnd, on random strings of letters, digits,
// joiners and the marks around them.
func TestWordEndRunes(t *testing.T) {
	units := []string{"a", "Z", "7", " ", ".", "/", "'", "&", ",", "×", "÷", "à", "Đ", "ư", "ạ", "ớ", "Ẩ",
		"ἀ", "ა", "€", "“", "ß", "µ", "ª", "٣", "\u0301", "ǅ", "ȁ", "\ufffd"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 40_000 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(units[rng.IntN(len(units))])
		}
		toks, s := lineTokens(sb.String())
		for _, tk := range toks {
			rj, rd := runeWordEnd(s, int(tk.s))
			if tk.kind() == tWord && (int(tk.e) != rj || tk.digit() != rd) || tk.kind() == tPunct && rj != int(tk.s) {
				t.Fatalf("line(%q): token %q (%v); the word at %d ends at %d, digit %v", s, s[tk.s:tk.e], tk.kind(), tk.s, rj, rd)
			}
		}
		for i := range len(s) {
			if !utf8.RuneStart(s[i]) {
				continue
			}
			j, dig := wordRest(s, i, i, 0)
			rj, rd := runeWordEnd(s, i)
			if j != rj || (dig&wsDigit != 0) != rd {
				t.Fatalf("wordRest(%q, %d) = %d, %v; want %d, digit %v", s, i, j, dig, rj, rd)
			}
		}
	}
}

// TestWordCase checks the case bits addWord gives a word, whose short
// words it reads by the bytes that differ in lower case, against caseBits,
// which reads any word rune by rune, on random words.
func TestWordCase(t *testing.T) {
	units := []string{"a", "B", "7", "'", "đ", "Đ", "ư", "Ư", "ễ", "Ễ", "ủ", "Ủ", "à", "À", "y", "K"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2_000 {
		var sb strings.Builder
		for range 40 {
			for range 1 + rng.IntN(5) {
				sb.WriteString(units[rng.IntN(len(units))])
			}
			sb.WriteByte(' ')
		}
		d := vntext.NewDoc(sb.String())
		a := d.FindArticle()
		sc := newScan(d, &a)
		for _, tk := range sc.toks {
			if tk.kind() != tWord {
				continue
			}
			w, lw := d.Text[tk.s:tk.e], d.Lower[tk.s:tk.e]
			want := tk.bits & tbDigit
			if w != lw {
				want = caseBits(w, lw, want)
			}
			if tk.bits != want {
				t.Fatalf("%q: bits %05b, want %05b", w, tk.bits, want)
			}
		}
		sc.release()
	}
}

// TestCands checks the bitmaps of candidate tokens against the tests the
// passes made of each token before, and nextCand against a scan token by
// token, over the golden articles.
func TestCands(t *testing.T) {
	d := vntext.NewDoc(corpus(t, 20_000))
	a := d.FindArticle()
	sc := newScan(d, &a)
	defer sc.release()
	want := [nCand]func(tk token) bool{
		candMention: func(tk token) bool {
			return tk.kind() == tWord && (tk.first()&mentionOpeners != 0 || tk.title())
		},
		candDirective: func(tk token) bool { return tk.first()&directiveVerbs.bit != 0 },
		candRole:      func(tk token) bool { return tk.first()&roleVerbs.bit != 0 },
	}
	for kind, f := range want {
		marked := 0
		for i := 0; i < len(sc.toks); i += 7 {
			end := min(len(sc.toks), i+100)
			k := i
			for k < end && !f(sc.toks[k]) {
				k++
			}
			if got := sc.nextCand(kind, i, end); got != k {
				t.Fatalf("nextCand(%d, %d, %d) = %d, want %d", kind, i, end, got, k)
			}
			if k < end {
				marked++
			}
		}
		if marked == 0 {
			t.Errorf("no token of kind %d marked", kind)
		}
	}
}

// TestMaxAbbrev checks that no abbrevWord is longer than maxAbbrev, which
// endsSentence tests before it looks a word up.
func TestMaxAbbrev(t *testing.T) {
	for w := range abbrevWord {
		if len(w) > maxAbbrev {
			t.Errorf("abbrevWord %q is longer than maxAbbrev (%d)", w, maxAbbrev)
		}
	}
}
