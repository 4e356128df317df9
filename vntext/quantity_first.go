package vntext

import (
	"unicode"
	"unicode/utf8"
)

// The first bytes of the unit words scanUnit looks for, in any case, so
// that a word after a number that none starts with is passed over without
// a qWord per unit word.

// qUnitFirst marks the bytes a unit word can start with, in any case.
var qUnitFirst = func() (first [256]bool) {
	words := []string{"phần trăm"}
	for _, sc := range qScales {
		words = append(words, sc.w)
	}
	for _, c := range qCurrencies {
		words = append(words, c.w)
	}
	return firstBytes(words)
}()

// qScaleFirst and qCurrencyFirst mark the bytes a scale word or a
// currency can start with, in any case.
var qScaleFirst, qCurrencyFirst = func() ([256]bool, [256]bool) {
	var scales, currencies []string
	for _, sc := range qScales {
		scales = append(scales, sc.w)
	}
	for _, c := range qCurrencies {
		currencies = append(currencies, c.w)
	}
	return firstBytes(scales), firstBytes(currencies)
}()

// qMayStart reports whether a word whose first bytes first marks may
// start at s[k].
func qMayStart(first *[256]bool, s string, k int) bool { return k < len(s) && first[s[k]] }

// qCurrenciesAt returns qCurrencies when one may start at s[k], or none.
func qCurrenciesAt(s string, k int) []struct{ w, cur string } {
	if qMayStart(&qCurrencyFirst, s, k) {
		return qCurrencies[:]
	}
	return nil
}

func firstBytes(words []string) (first [256]bool) {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		markFolds(&first, r, false)
	}
	return first
}

// markFolds marks in t the first byte (or, with lastByte, the last byte)
// of the encodings of r and of every rune that folds to it.
func markFolds(t *[256]bool, r rune, lastByte bool) {
	f := r
	for {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], f)
		if lastByte {
			t[buf[n-1]] = true
		} else {
			t[buf[0]] = true
		}
		if f = unicode.SimpleFold(f); f == r {
			return
		}
	}
}
