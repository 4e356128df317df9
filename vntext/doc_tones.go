package vntext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// oldTone maps an old-style final pair (tone on the second vowel of an
// open oa, oe or uy syllable) to the modern placement. Most pairs keep
// their byte length, but not all: "uỳ" (u + U+1EF3) is 4 bytes and "ùy"
// (U+00F9 + y) is 3.
var oldTone = map[string]string{}

// oldToneSecond marks the second letters of the keys of oldTone, a marked
// a, e or y, by code point: U+0000–U+01FF at their own index and
// U+1E00–U+1EFF at 0x200 on (see letterIndex). normalize asks it of every
// letter after an o or u, and a map costs some hundred instructions a look.
var oldToneSecond [0x300]bool

// letterIndex returns the index in oldToneSecond of the letter at s[i:], of
// width w as vietLetterAt reads it.
func letterIndex(s string, i, w int) int {
	if w == 2 {
		return int(s[i]&0x1F)<<6 | int(s[i+1]&0x3F)
	}
	return 0x200 | int(s[i+1]&0x03)<<6 | int(s[i+2]&0x3F) // U+1E00–U+1EFF
}

func init() {
	tones := []rune{'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}
	pairs := [][2]rune{{'o', 'a'}, {'o', 'e'}, {'u', 'y'}}
	for _, p := range pairs {
		for _, upper1 := range []bool{false, true} {
			for _, upper2 := range []bool{false, true} {
				first, second := p[0], p[1]
				if upper1 {
					first = unicode.ToUpper(first)
				}
				if upper2 {
					second = unicode.ToUpper(second)
				}
				for _, t := range tones {
					old := norm.NFC.String(string(first) + string(second) + string(t))
					modern := norm.NFC.String(string(first)+string(t)) + string(second)
					oldTone[old] = modern
					second := old[1:]
					oldToneSecond[letterIndex(second, 0, len(second))] = true
				}
			}
		}
	}
}

// fixTones moves tone marks of open oa, oe and uy syllables to the first
// vowel, and records the moves that change a length. It looks only at the
// offsets in at, or everywhere when at is nil. It returns s itself, and
// allocates nothing, when there is nothing to move.
func fixTones(s string, at []int) (string, []edit) {
	t := toneFixer{s: s}
	if at == nil {
		for i := 0; i+2 < len(s); i++ {
			if isOorU(s[i]) && s[i+1] >= utf8.RuneSelf {
				i = t.move(i) - 1
			}
		}
	} else {
		for _, i := range at {
			if i >= t.last && i+2 < len(s) {
				t.move(i)
			}
		}
	}
	if t.b == nil {
		return s, nil
	}
	t.b = append(t.b, s[t.last:]...)
	return unsafeString(t.b), t.edits
}

// A toneFixer is the state of fixTones.
type toneFixer struct {
	s     string
	b     []byte // output, nil while it equals s[:last]
	edits []edit
	last  int // s[:last] has been written to b
}

// move moves the tone of a pair starting at s[i], if there is one, and
// returns where to look next.
func (t *toneFixer) move(i int) int {
	s := t.s
	c := s[i]
	if !isOorU(c) || s[i+1] < utf8.RuneSelf {
		return i + 1
	}
	_, w := utf8.DecodeRuneInString(s[i+1:])
	end := i + 1 + w
	// The cheap tests first: most pairs are in a closed syllable.
	if letterAt(s, end) {
		return i + 1 // a closed syllable such as "hoàng" keeps its tone
	}
	if (c == 'u' || c == 'U') && i > 0 && (s[i-1] == 'q' || s[i-1] == 'Q') {
		return i + 1 // "quý": the u belongs to the consonant qu
	}
	modern, ok := oldTone[s[i:end]]
	if !ok {
		return i + 1
	}
	if t.b == nil {
		t.b = make([]byte, 0, len(s))
	}
	t.b = append(t.b, s[t.last:i]...)
	if len(modern) != end-i {
		t.edits = append(t.edits, edit{text: len(t.b), textEnd: len(t.b) + len(modern), src: i, srcEnd: end})
	}
	t.b = append(t.b, modern...)
	t.last = end
	return end
}

// letterAt reports whether s[j:] starts with a letter or a nonspacing mark
// (which continues a letter), so that a syllable goes on.
func letterAt(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	if c := s[j]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
