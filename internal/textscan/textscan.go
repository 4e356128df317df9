// Package textscan holds the small byte-level helpers that vntext, meeting and
// indicators share to walk Vietnamese text: what a word is made of, where
// it starts and ends, the spaces between words and where the next digit
// is. Each name has one meaning here, so that "a word rune" or "skip the
// spaces" means the same in every package.
//
// The helpers take offsets into a string and never panic for an offset in
// [0, len(s)]; they do not decode invalid UTF-8 specially (an invalid byte
// is utf8.RuneError, which is no word rune).
package textscan

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDigit reports whether c is an ASCII digit, the only digits numbers,
// dates and document numbers are written with in the reports.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsWordByte reports whether c is an ASCII letter or digit, the ASCII
// bytes words are made of.
func IsWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// IsWordRune reports whether r is part of a word: a letter, a decimal
// digit or a combining mark (the tone marks of NFD text).
func IsWordRune(r rune) bool {
	if uint32(r) < wordRuneTableSize {
		return wordRunes[r/64]&(1<<(r%64)) != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRunes holds IsWordRune for the runes below wordRuneTableSize, which
// cover the Latin letters and marks Vietnamese is written with, so that
// the common case is a bit test rather than a search of Unicode tables.
const wordRuneTableSize = 0x2000

var wordRunes = func() (m [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if isWordRuneSlow(r) {
			m[r/64] |= 1 << (r % 64)
		}
	}
	return m
}()

// WordRuneAt reports whether a word rune starts at s[i]; false at the end
// of s.
func WordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return IsWordByte(s[i])
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsWordRune(r)
}

// WordRuneBefore reports whether a word rune ends at s[i-1]; false at the
// start of s.
func WordRuneBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	return wordRuneLenBefore(s, i) > 0
}

// WordRuneLen returns the length in bytes of the word rune that starts at
// s[i], or 0 when none does (or i is not in s). The runes of two bytes and
// those of three that start with 0xE1, the letters with tone marks of
// Vietnamese, are read from their bytes, the others by
// utf8.DecodeRuneInString.
func WordRuneLen(s string, i int) int {
	if i < 0 || i >= len(s) {
		return 0
	}
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		if IsWordByte(c) {
			return 1
		}
		return 0
	case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); wordRunes[r/64]&(1<<(r%64)) != 0 {
			return 2
		}
		return 0
	case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		// U+1000 to U+1FFF, all below wordRuneTableSize.
		if r := 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); wordRunes[r/64]&(1<<(r%64)) != 0 {
			return 3
		}
		return 0
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); IsWordRune(r) {
		return w
	}
	return 0
}

// SkipSpaces returns the offset of the first byte at or after i that is
// not an ASCII space.
func SkipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// SkipSpacesQuotes returns the offset of the first byte at or after i
// that is neither an ASCII space nor a straight double quote, the marks a
// quoted name or slogan leaves around its words.
func SkipSpacesQuotes(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '"') {
		i++
	}
	return i
}

// SkipSpacesBack returns the offset just after the last byte before i that
// is not an ASCII space.
func SkipSpacesBack(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

// AtWordStart reports whether a word may start at s[i]: no word rune ends
// at s[i-1]. It is true at the start of s and false past its end.
func AtWordStart(s string, i int) bool {
	if i <= 0 {
		return true
	}
	return i <= len(s) && !WordRuneBefore(s, i)
}

// AtWordEnd reports whether a word may end at s[i]: no word rune starts
// there. It is true at and past the end of s.
func AtWordEnd(s string, i int) bool { return i >= len(s) || !WordRuneAt(s, i) }

// HasWordAt reports whether the word or words w stand whole at s[i:]: s
// has w there, no word rune ends just before i and none starts just after
// w.
func HasWordAt(s string, i int, w string) bool {
	// Comparing the first byte alone rejects most words cheaply.
	if i < 0 || i+len(w) > len(s) || len(w) > 0 && s[i] != w[0] || s[i:i+len(w)] != w {
		return false
	}
	return AtWordStart(s, i) && AtWordEnd(s, i+len(w))
}

// IndexWord returns the offset of the first place where the word or words
// w stand whole in s (HasWordAt), or -1; an empty w is found nowhere.
func IndexWord(s, w string) int {
	if w == "" {
		return -1
	}
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return -1
		}
		if HasWordAt(s, off+k, w) {
			return off + k
		}
		off += k + 1
	}
	return -1
}

// ContainsWord reports whether the word or words w stand whole somewhere in
// s (IndexWord).
func ContainsWord(s, w string) bool { return IndexWord(s, w) >= 0 }

// PrefixWordAt reports whether s[i:] starts with the word or words w and w
// ends at a word boundary. Unlike HasWordAt it does not look before i: the
// caller knows that a word starts there.
func PrefixWordAt(s string, i int, w string) bool {
	if i < 0 || len(s)-i < len(w) || w != "" && s[i] != w[0] {
		return false
	}
	return s[i:i+len(w)] == w && AtWordEnd(s, i+len(w))
}

// LetterEnd returns the end of the run of letters and combining marks that
// starts at s[i], or i when none starts there. Digits end the run.
func LetterEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += w
	}
	return i
}

// WordRunEnd returns the end of the run of word runes (WordRuneLen) that
// starts at s[i], looking at no rune that starts at or after e. The
// letters of Vietnamese are read inline, a call for each being most of
// the cost of a word.
func WordRunEnd(s string, i, e int) int {
	for i < e {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if !IsWordByte(c) {
				return i
			}
			i++
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); wordRunes[r/64]&(1<<(r%64)) == 0 {
				return i
			}
			i += 2
			continue
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			if r := 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); wordRunes[r/64]&(1<<(r%64)) == 0 {
				return i
			}
			i += 3
			continue
		}
		n := WordRuneLen(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// WordEnd returns the end of the run of word runes (letters, digits and
// marks) that starts at s[i], or i when none starts there.
func WordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !IsWordByte(c) {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			return i
		}
		i += w
	}
	return i
}

// WordStart returns the start of the run of word runes that ends at
// s[i-1], or i when none ends there.
func WordStart(s string, i int) int {
	for i > 0 {
		w := wordRuneLenBefore(s, i)
		if w == 0 {
			return i
		}
		i -= w
	}
	return i
}

// wordRuneLenBefore returns the length in bytes of the word rune that ends
// at s[i-1], i > 0, or 0 when none does. As in WordRuneLen, ASCII, the
// runes of two bytes and those of three that start with 0xE1 are read
// from their bytes, the others by utf8.DecodeLastRuneInString.
func wordRuneLenBefore(s string, i int) int {
	c := s[i-1]
	switch {
	case c < utf8.RuneSelf:
		if IsWordByte(c) {
			return 1
		}
		return 0
	case c&0xC0 == 0x80 && i >= 2 && s[i-2] >= 0xC2 && s[i-2] < 0xE0:
		if r := rune(s[i-2]&0x1F)<<6 | rune(c&0x3F); wordRunes[r/64]&(1<<(r%64)) != 0 {
			return 2
		}
		return 0
	case c&0xC0 == 0x80 && i >= 3 && s[i-3] == 0xE1 && s[i-2]&0xC0 == 0x80:
		if r := 0x1000 | rune(s[i-2]&0x3F)<<6 | rune(c&0x3F); wordRunes[r/64]&(1<<(r%64)) != 0 {
			return 3
		}
		return 0
	}
	if r, w := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(r) {
		return w
	}
	return 0
}

// NextLetters returns the span of the first run of letters (see LetterEnd)
// at or after s[i], or (len(s), len(s)) when there is none.
func NextLetters(s string, i int) (start, end int) {
	for i < len(s) {
		if e := LetterEnd(s, i); e > i {
			return i, e
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return len(s), len(s)
}

// LineEnd returns the offset of the first '\n' at or after i, or len(s)
// when the line starting at or before i is the last.
func LineEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// Lines returns an iterator over the lines of s from offset from on: it
// yields the start and the end of each, the end at its '\n' or at len(s),
// so that s[start:end] is the line without its newline. A newline that
// ends s opens no further line; from at or past len(s) yields nothing.
func Lines(s string, from int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := max(from, 0); i < len(s); {
			j := LineEnd(s, i)
			if !yield(i, j) {
				return
			}
			i = j + 1
		}
	}
}

// WordHits returns an iterator over the offsets, left to right, where w
// stands in s at the start of a word (see AtWordStart). The search goes on
// after the end of each occurrence, whether it started a word or not, so
// the hits do not overlap. An empty w yields nothing.
func WordHits(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if w == "" {
			return
		}
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				return
			}
			at := i + k
			i = at + len(w)
			if AtWordStart(s, at) && !yield(at) {
				return
			}
		}
	}
}
