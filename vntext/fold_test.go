package vntext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldWords are the words qWord, qWordBefore and boundBefore compare with
// foldEqual.
func foldWords() []string {
	ws := []string{"phần trăm", "tr.đ", "trđ", "tỷ", "tỉ", "âm", "giữa"}
	for _, sc := range qScales {
		ws = append(ws, sc.w)
	}
	for _, c := range qCurrencies {
		ws = append(ws, c.w)
	}
	for _, b := range qBounds {
		ws = append(ws, b.w)
	}
	for _, b := range qBoundsAfter {
		ws = append(ws, b.w)
	}
	return append(ws, notCurrencyWords[:]...)
}

// TestFoldWords checks what foldEqual needs of the words it compares: no
// rune of theirs has a case partner shorter in UTF-8 ('s' has 'ſ', which is
// longer, and that is fine), so that a text's runes that fold to them line
// up byte for byte.
func TestFoldWords(t *testing.T) {
	for _, w := range foldWords() {
		for _, r := range w {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if utf8.RuneLen(f) < utf8.RuneLen(r) {
					t.Errorf("%q: %q has the shorter case partner %q", w, r, f)
				}
			}
		}
	}
}

// TestFoldEqual checks foldEqual against strings.EqualFold on each word
// written in other cases, with other tones and with odd runes in it.
func TestFoldEqual(t *testing.T) {
	for _, w := range foldWords() {
		as := []string{w, strings.ToUpper(w), upperFirst(w), strings.Replace(w, "s", "ſ", 1),
			strings.Replace(w, "k", "\u212a", 1), strings.Replace(w, "đ", "Đ", 1), strings.Replace(w, "ồ", "ô", 1),
			strings.Replace(w, " ", "\xff", 1), strings.Replace(w, "n", "N", -1)}
		for _, a := range as {
			if len(a) != len(w) {
				continue // foldEqual compares equal lengths only
			}
			if got, want := foldEqual(a, w), strings.EqualFold(a, w); got != want {
				t.Errorf("foldEqual(%q, %q) = %v, want %v", a, w, got, want)
			}
		}
	}
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
