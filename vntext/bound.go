package vntext

import (
	"strings"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file holds the words around a figure that qualify it: its bound
// ("hơn", "không quá", "trở lên") and its sign ("âm").

// A Bound qualifies an inexact figure: "trên 3.000 tỷ đồng" is over, "gần
// 68%" is about. The zero Bound means the figure is stated as exact.
type Bound string

// The bounds a bound word expresses.
const (
	BoundOver  Bound = "over"  // trên, hơn, ít nhất, không dưới, … trở lên
	BoundUnder Bound = "under" // dưới, chưa đến, không quá, tối đa, … trở xuống
	BoundAbout Bound = "about" // khoảng, gần, xấp xỉ, trên dưới
)

// Bound words before a number, in the order they are tried: a phrase
// before any shorter phrase it ends with ("không hơn" before "hơn").
// Negation turns a bound over: "không quá 5%", "không hơn 7.000 đồng" are
// at most, "không dưới 3 tỷ đồng" at least. "cao hơn", "thấp hơn" are
// left to "hơn" or to nothing: reports use them for a difference ("thấp
// hơn 2% so với cùng kỳ"), not a bound.
var qBounds = [...]struct {
	w string
	b Bound
}{
	{"không vượt quá", BoundUnder}, {"không quá", BoundUnder}, {"không tới", BoundUnder}, {"không đến", BoundUnder},
	{"không trên", BoundUnder}, {"không cao hơn", BoundUnder}, {"không nhiều hơn", BoundUnder}, {"không lớn hơn", BoundUnder},
	{"không hơn", BoundUnder},
	{"không dưới", BoundOver}, {"không thấp hơn", BoundOver}, {"không ít hơn", BoundOver},
	{"trên dưới", BoundAbout}, {"xấp xỉ", BoundAbout}, {"khoảng", BoundAbout}, {"gần", BoundAbout},
	{"chưa đến", BoundUnder}, {"chưa tới", BoundUnder}, {"dưới", BoundUnder}, {"tối đa", BoundUnder}, {"ít hơn", BoundUnder},
	{"hơn", BoundOver}, {"trên", BoundOver}, {"ít nhất", BoundOver}, {"tối thiểu", BoundOver},
}

// Bound words after a figure: "từ 50% trở lên" is at least 50%.
var qBoundsAfter = [...]struct {
	w string
	b Bound
}{{"trở lên", BoundOver}, {"trở xuống", BoundUnder}}

// boundBefore finds a bound word ending one space before s[i].
func boundBefore(s string, i int) (Bound, string, int) {
	if i < 2 || s[i-1] != ' ' {
		return "", "", i
	}
	e := i - 1
	for _, k := range qBoundsByLast[s[e-1]] { // none when no bound word ends so
		b := qBounds[k]
		st := e - len(b.w)
		if st < 0 || !foldEqual(s[st:e], b.w) {
			continue
		}
		if st > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:st]); textscan.IsWordRune(r) {
				continue
			}
		}
		return b.b, s[st:e], st
	}
	return "", "", i
}

// boundAfter finds a bound word one space after a figure ending at
// s[e], and returns its bound, the word as written and its end.
func boundAfter(s string, e int) (Bound, string, int) {
	if e+1 >= len(s) || s[e] != ' ' || s[e+1] != 't' && s[e+1] != 'T' {
		return "", "", e
	}
	for _, b := range qBoundsAfter {
		if end, ok := qWord(s, e+1, b.w); ok {
			return b.b, s[e+1 : end], end
		}
	}
	return "", "", e
}

// BoundBefore finds a bound word ("khoảng", "hơn", "không quá", "tối
// đa" …) ending one space before s[i], the start of a figure that
// FindQuantities does not read itself, and returns its bound and where the
// word starts; "" and i when there is none.
func BoundBefore(s string, i int) (Bound, int) {
	b, _, st := boundBefore(s, i)
	return b, st
}

// signBefore finds the sign word "âm" (minus) ending one space before
// s[i] and returns where it starts: "lợi nhuận âm 985 tỷ đồng" is a loss,
// but "tâm 4" holds no sign.
func signBefore(s string, i int) (int, bool) { return qWordBefore(s, i, "âm") }

// qBoundsByLast lists, for each byte, the indexes in qBounds of the bound
// words that can end with it in any case, in table order: a number after
// another word ("5 người 5 người") tries none or a few, not every row.
var qBoundsByLast = func() (by [256][]uint8) {
	for k, b := range qBounds {
		r, _ := utf8.DecodeLastRuneInString(b.w)
		var last [256]bool
		markFolds(&last, r, true)
		for c, ok := range last {
			if ok {
				by[c] = append(by[c], uint8(k))
			}
		}
	}
	return by
}()

// foldEqual is strings.EqualFold(a, w) for a and w of one length, w a
// word of the tables here, none of whose runes has a shorter case partner
// (as 'ſ' has 's', TestFoldWords): then a's runes line up with w's byte
// for byte, so that a byte where w has ASCII and a differs in more than
// case rules a out without decoding, as it does most words.
func foldEqual(a, w string) bool {
	if len(a) != len(w) {
		return false
	}
	for p := 0; p < len(w); p++ {
		if w[p] < utf8.RuneSelf && a[p]|0x20 != w[p]|0x20 {
			return false
		}
	}
	return a == w || strings.EqualFold(a, w)
}
