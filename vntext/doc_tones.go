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

// oldToneSecond holds the second letters of the keys of oldTone: a marked
// a, e or y.
var oldToneSecond = map[string]bool{}

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
					oldToneSecond[old[1:]] = true
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
	var (
		b     []byte // output, nil while it equals s[:last]
		edits []edit
		last  int // s[:last] has been written to b
	)
	// move moves the tone of a pair starting at s[i], if there is one, and
	// returns where to look next.
	move := func(i int) int {
		c := s[i]
		if c != 'o' && c != 'O' && c != 'u' && c != 'U' || s[i+1] < utf8.RuneSelf {
			return i + 1
		}
		_, w := utf8.DecodeRuneInString(s[i+1:])
		end := i + 1 + w
		modern, ok := oldTone[s[i:end]]
		if !ok {
			return i + 1
		}
		if (c == 'u' || c == 'U') && i > 0 && (s[i-1] == 'q' || s[i-1] == 'Q') {
			return i + 1 // "quý": the u belongs to the consonant qu
		}
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				return i + 1 // a closed syllable such as "hoàng" keeps its tone
			}
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		if len(modern) != end-i {
			edits = append(edits, edit{text: len(b), textEnd: len(b) + len(modern), src: i, srcEnd: end})
		}
		b = append(b, modern...)
		last = end
		return end
	}
	if at == nil {
		for i := 0; i+2 < len(s); {
			i = move(i)
		}
	} else {
		for _, i := range at {
			if i >= last && i+2 < len(s) {
				move(i)
			}
		}
	}
	if b == nil {
		return s, nil
	}
	b = append(b, s[last:]...)
	return unsafeString(b), edits
}
