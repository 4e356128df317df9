package meeting

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// TestWordEnd checks where wordEnd ends a word: Vietnamese letters of two
// and three bytes, joiners between word characters, digits, and the
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
		{"“Nói", "", false},
		{"/c", "", false},
	} {
		j, bits := wordEnd(tt.in, 0, len(tt.in))
		if tt.in[:j] != tt.word || (bits == tbDigit) != tt.digit || bits&^tbDigit != 0 {
			t.Errorf("wordEnd(%q) = %q, %v; want %q, digit %v", tt.in, tt.in[:j], bits, tt.word, tt.digit)
		}
	}
}

// TestWordEndRunes checks wordEnd, which reads the common letters by
// their bytes, against a reading of the text rune by rune, on random
// strings of letters, digits, joiners and the marks around them.
func TestWordEndRunes(t *testing.T) {
	ref := func(s string, i, e int) (int, bool) {
		j, digit := i, false
		for j < e {
			r, w := utf8.DecodeRuneInString(s[j:e])
			if r == '/' || r == '.' || r == '\'' || r == '&' {
				if r2, _ := utf8.DecodeRuneInString(s[min(j+1, e):e]); j > i && textscan.IsWordRune(r2) {
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
	units := []string{"a", "Z", "7", " ", ".", "/", "'", "&", ",", "×", "÷", "à", "Đ", "ư", "ạ", "ớ", "Ẩ",
		"ἀ", "ა", "€", "“", "ß", "µ", "ª", "٣", "\u0301", "ǅ", "ȁ", "\ufffd"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 40_000 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(units[rng.IntN(len(units))])
		}
		s := sb.String()
		for i := range len(s) {
			if !utf8.RuneStart(s[i]) {
				continue
			}
			j, bits := wordEnd(s, i, len(s))
			rj, rd := ref(s, i, len(s))
			if j != rj || (bits == tbDigit) != rd {
				t.Fatalf("wordEnd(%q, %d) = %d, %v; want %d, digit %v", s, i, j, bits, rj, rd)
			}
		}
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

// TestPlain8 checks how many of eight bytes plain8 takes as word
// characters: whole letters only, none past a mark, × or ÷, or a
// character it does not tell by its bytes.
func TestPlain8(t *testing.T) {
	for _, tt := range []struct {
		in    string // eight bytes or more: the first eight are read
		n     int
		digit bool
	}{
		{"abcdefgh", 8, false},
		{"ab cdefg", 2, false},
		{"Đảng ủy ", 7, false},
		{"a×bcdefg", 1, false},
		{"a÷bcdefg", 1, false},
		{"12ab.cde", 4, true},
		{"ab.12cde", 2, false},
		{"“abcdefg", 0, false},
		{"abcdefạ", 6, false},  // ạ would end past the eighth byte
		{"abcdeạx", 8, false},  // E1 BA A1 whole
		{"abcdefgà", 7, false}, // à would end past the eighth byte
		{"ἀbcdefgh", 0, false}, // E1 BC: decoded by wordEnd
		{"ǅabcdefg", 0, false}, // C7: decoded by wordEnd
		{"x9ươngab", 8, true},
	} {
		n, d := plain8(textscan.Load8(tt.in, 0))
		if n != tt.n || (d == tbDigit) != tt.digit || d&^tbDigit != 0 {
			t.Errorf("plain8(%q) = %d, %v; want %d, digit %v", tt.in, n, d, tt.n, tt.digit)
		}
	}
}
