package textscan

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	_ "github.com/vnreport/vnreport/internal/golden" // accepts go test ./... -update (no golden files here)
)

func TestIsWordRune(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'Z', true}, {'7', true}, {'ư', true}, {'Đ', true}, {'ệ', true},
		{'\u0301', true}, // combining acute, NFD tone mark
		{' ', false}, {'-', false}, {'/', false}, {'%', false}, {'×', false}, {'–', false},
		{'²', false}, {'中', true}, {utf8RuneError, false},
	} {
		if got := IsWordRune(c.r); got != c.want {
			t.Errorf("IsWordRune(%q) = %v; want %v", c.r, got, c.want)
		}
	}
	for r := rune(0); r < 0x3000; r++ { // the table agrees with the Unicode tables
		if IsWordRune(r) != (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			t.Fatalf("IsWordRune(%U) disagrees with the Unicode tables", r)
		}
	}
}

const utf8RuneError = '\uFFFD'

func TestAtAndBefore(t *testing.T) {
	s := "Quận 3, ủy – họp"
	for _, c := range []struct {
		i          int
		at, before bool
	}{
		{0, true, false}, {6, false, true}, {7, true, false}, {8, false, true}, {10, true, false},
		{len(s), false, true},
		{len("Quậ"), true, true},            // after a letter of two or more bytes
		{len("Quận 3, ủy –"), false, false}, // after a dash of three bytes
	} {
		if got := WordRuneAt(s, c.i); got != c.at {
			t.Errorf("WordRuneAt(%q, %d) = %v; want %v", s, c.i, got, c.at)
		}
		if got := WordRuneBefore(s, c.i); got != c.before {
			t.Errorf("WordRuneBefore(%q, %d) = %v; want %v", s, c.i, got, c.before)
		}
	}
}

func TestSkipSpaces(t *testing.T) {
	s := "a   b"
	if got := SkipSpaces(s, 1); got != 4 {
		t.Errorf("SkipSpaces = %d; want 4", got)
	}
	if got := SkipSpaces(s, 5); got != 5 {
		t.Errorf("SkipSpaces at the end = %d; want 5", got)
	}
	if got := SkipSpacesBack(s, 4); got != 1 {
		t.Errorf("SkipSpacesBack = %d; want 1", got)
	}
	q := `phong trào " "Dân vận khéo"`
	if got := SkipSpacesQuotes(q, len("phong trào")); got != len(`phong trào " "`) {
		t.Errorf("SkipSpacesQuotes = %d; want %d", got, len(`phong trào " "`))
	}
	if got := SkipSpacesQuotes(`a "`, 1); got != 3 {
		t.Errorf("SkipSpacesQuotes to the end = %d; want 3", got)
	}
}

func TestWords(t *testing.T) {
	s := "Quận ủy họp, quận2 ủy"
	for _, c := range []struct {
		i           int
		w           string
		has, prefix bool
	}{
		{0, "quận", false, false}, // case matters
		{0, "Quận", true, true},
		{0, "Quận ủy", true, true},
		{0, "Quậ", false, false},
		{len("Quận "), "ủy", true, true},
		{len("Quận ủy họp, q"), "uận2", false, true}, // inside a word: only the end is a boundary
		{len("Quận ủy họp, quận2 "), "ủy", true, true},
		{-1, "Q", false, false},
		{len(s), "", false, true}, // a word rune ends before it
	} {
		if got := HasWordAt(s, c.i, c.w); got != c.has {
			t.Errorf("HasWordAt(%q, %d, %q) = %v; want %v", s, c.i, c.w, got, c.has)
		}
		if got := PrefixWordAt(s, c.i, c.w); got != c.prefix {
			t.Errorf("PrefixWordAt(%q, %d, %q) = %v; want %v", s, c.i, c.w, got, c.prefix)
		}
	}
	if !AtWordStart(s, 0) || AtWordStart(s, 1) || AtWordStart(s, len(s)+1) || !AtWordEnd(s, len(s)) || AtWordEnd(s, 0) {
		t.Error("AtWordStart or AtWordEnd is wrong at the ends of the text")
	}
}

func TestLetterEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"ủy ban", 0, len("ủy")},
		{"Quận3", 0, len("Quận")},
		{"3 người", 0, 0},
		{"u\u031bơ", 0, len("u\u031bơ")}, // NFD
		{"abc", 3, 3},
		{"Hà–Nội", 0, len("Hà")}, // a dash of three bytes ends the run
	} {
		if got := LetterEnd(c.s, c.i); got != c.want {
			t.Errorf("LetterEnd(%q, %d) = %d; want %d", c.s, c.i, got, c.want)
		}
	}
}

func TestWordEndStart(t *testing.T) {
	// The runs end at ASCII punctuation, at a dash of three bytes and at
	// either end of the text.
	s := "Quận 3, (ủy ban–họp"
	for _, c := range []struct{ at, word string }{
		{"Quận", "Quận"}, {"3", "3"}, {"ủy", "ủy"}, {"ban", "ban"}, {" ban", ""}, {"họp", "họp"},
	} {
		i := strings.Index(s, c.at)
		if e := WordEnd(s, i); s[i:e] != c.word {
			t.Errorf("WordEnd(%q, %d) reads %q; want %q", s, i, s[i:e], c.word)
		}
		if st := WordStart(s, i+len(c.word)); st != i && c.word != "" {
			t.Errorf("WordStart(%q, %d) = %d; want %d", s, i+len(c.word), st, i)
		}
	}
}

func TestNextLetters(t *testing.T) {
	s := "12, Quận 3 - ủy"
	var words []string
	for i := 0; ; {
		st, e := NextLetters(s, i)
		if st == len(s) {
			break
		}
		words = append(words, s[st:e])
		i = e
	}
	if strings.Join(words, "|") != "Quận|ủy" {
		t.Errorf("NextLetters walks %q; want Quận|ủy", words)
	}
}

// TestLines checks the line iterator and LineEnd, one row a case: the
// lines are "start-end" pairs from the offset given.
func TestLines(t *testing.T) {
	for _, c := range []struct {
		s    string
		from int
		want string
	}{
		{"", 0, ""},
		{"một", 0, "0-5"}, // byte offsets
		{"a\nbc\n", 0, "0-1 2-4"},
		{"a\n\nbc", 0, "0-1 2-2 3-5"},
		{"a\nbc", 2, "2-4"},
		{"a\nbc", 1, "1-1 2-4"},
		{"a\nbc", 9, ""},
		{"a\nbc", -1, "0-1 2-4"},
	} {
		var got []string
		for i, j := range Lines(c.s, c.from) {
			got = append(got, fmt.Sprintf("%d-%d", i, j))
			if j != LineEnd(c.s, i) {
				t.Errorf("LineEnd(%q, %d) = %d, want %d", c.s, i, LineEnd(c.s, i), j)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Lines(%q, %d) = %q, want %q", c.s, c.from, g, c.want)
		}
	}
}

// TestLinesStop checks that the iterator stops when the loop breaks, and
// LineEnd at and past the end of the text.
func TestLinesStop(t *testing.T) {
	s := "Hội nghị\nKỳ họp\nPhiên họp"
	var first []string
	for i, j := range Lines(s, 0) {
		first = append(first, s[i:j])
		if len(first) == 2 {
			break
		}
	}
	if strings.Join(first, "|") != "Hội nghị|Kỳ họp" {
		t.Errorf("Lines stopped after %q; want the first two lines", first)
	}
	for _, i := range []int{len(s), len(s) + 3} {
		if got := LineEnd(s, i); got != len(s) {
			t.Errorf("LineEnd(%q, %d) = %d; want %d", s, i, got, len(s))
		}
	}
}

func TestWordHits(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want []int
	}{
		{"kỳ họp thứ 6, kỳ họp thứ 7", "kỳ họp", []int{0, 20}},
		{"bầu cử; tổng bầu cử", "bầu cử", []int{0, 19}},
		{"cầu cử bầu cử", "ầu cử", nil}, // inside words only
		{"aaaa", "aa", []int{0}},        // no overlap, and "aa" at 2 is inside a word
		{"đại hội, Đại hội", "đại hội", []int{0}},
		{"abc", "", nil},
		{"", "x", nil},
	} {
		var got []int
		for at := range WordHits(tt.s, tt.w) {
			got = append(got, at)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("WordHits(%q, %q) = %v; want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestIndexWord(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"thu ngân sách", "thu", 0},
		{"doanh thu ngân sách", "thu", len("doanh ")},
		{"thuế thu nhập", "thu", len("thuế ")},  // "thuế" holds it inside a word
		{"thuần thu", "thu", len("thuần ")},     // so does "thuần", with a letter past ASCII
		{"kỳ họp thứ 7", "họp thứ", len("kỳ ")}, // words with a space
		{"thuế", "thu", -1},
		{"", "thu", -1},
		{"thu", "", -1},
	} {
		if got := IndexWord(c.s, c.w); got != c.want {
			t.Errorf("IndexWord(%q, %q) = %d; want %d", c.s, c.w, got, c.want)
		}
		if got := ContainsWord(c.s, c.w); got != (c.want >= 0) {
			t.Errorf("ContainsWord(%q, %q) = %v; want %v", c.s, c.w, got, c.want >= 0)
		}
	}
}

// TestWordRuneLen checks WordRuneLen against decoding with
// utf8.DecodeRuneInString: at every rune, and at every pair and triple of
// bytes that starts with a byte of a rune of two or more, valid or not.
func TestWordRuneLen(t *testing.T) {
	want := func(s string) int {
		if r, w := utf8.DecodeRuneInString(s); IsWordRune(r) {
			return w
		}
		return 0
	}
	check := func(s string) {
		if got := WordRuneLen(s, 0); got != want(s) {
			t.Fatalf("WordRuneLen(% x, 0) = %d, want %d", s, got, want(s))
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r) + "x")
	}
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			check(string([]byte{byte(a), byte(b)}))
			for _, c := range []byte{0x00, 0x41, 0x80, 0x9f, 0xa0, 0xbf, 0xc0} {
				check(string([]byte{byte(a), byte(b), c}))
			}
		}
	}
	if WordRuneLen("a", 1) != 0 || WordRuneLen("a", -1) != 0 || WordRuneLen("\xe1\xbb", 0) != 0 {
		t.Error("WordRuneLen past the ends of s or of a cut rune is not 0")
	}
}

// TestIsDigit checks IsDigit on every byte: the ten ASCII digits alone.
func TestIsDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		if got, want := IsDigit(byte(c)), strings.ContainsRune("0123456789", rune(c)); got != want {
			t.Errorf("IsDigit(%q) = %v; want %v", byte(c), got, want)
		}
	}
}

// WordRunEnd ends where a loop over WordRuneLen ends, at every start and
// cut of a text mixing ASCII, Vietnamese letters, marks, other scripts
// and broken bytes.
func TestWordRunEndAsWordRuneLen(t *testing.T) {
	s := "Xã đạt 19 tiêu chí—nông thôn mới, 12km² ở Đắk Lắk; e\u0301 漢字 \xe1\x80 \xc3"
	for i := 0; i <= len(s); i++ {
		for e := i; e <= len(s); e++ {
			want := i
			for want < e {
				n := WordRuneLen(s, want)
				if n == 0 {
					break
				}
				want += n
			}
			if got := WordRunEnd(s, i, e); got != want {
				t.Fatalf("WordRunEnd(%q, %d, %d) = %d, want %d", s, i, e, got, want)
			}
		}
	}
}

// TestWordRuneLenBefore checks the bytes read inline against
// utf8.DecodeLastRuneInString and IsWordRune, for every rune to U+1FFF
// after a word, and for bytes that are not UTF-8.
func TestWordRuneLenBefore(t *testing.T) {
	want := func(s string, i int) int {
		if r, w := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(r) {
			return w
		}
		return 0
	}
	cases := []string{"\xe1", "\xe1\xbb", "a\xbb", "\xc3\xa1\xa1", "\xe1\xbb\xa1\xa1", "\xe0\xa0\x80", "\xe1\x80", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "x\xff"}
	for r := rune(0); r < 0x2000; r++ {
		cases = append(cases, "ô"+string(r), "a"+string(r))
	}
	for _, s := range cases {
		for i := 1; i <= len(s); i++ {
			if got, w := wordRuneLenBefore(s, i), want(s, i); got != w {
				t.Errorf("wordRuneLenBefore(%q, %d) = %d; want %d", s, i, got, w)
			}
		}
	}
}
