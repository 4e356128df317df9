package textscan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower returns strings.ToLower(s), and s itself without a look-up of
// each rune in Unicode's case tables when s is already in lower case and
// written in ASCII and the letters of Vietnamese: the units and words of
// figures ("tỷ đồng", "người") that callers lower one by one. Any other
// rune, or a byte that is not UTF-8, is left to strings.ToLower.
func Lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if !lowerKept[int(c&0x1F)<<6|int(s[i+1]&0x3F)] {
				return strings.ToLower(s)
			}
			i += 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xFC == 0xB8 && s[i+2]&0xC0 == 0x80:
			if !lowerKept[0x800|int(s[i+1]&0x03)<<6|int(s[i+2]&0x3F)] {
				return strings.ToLower(s)
			}
			i += 3
		default:
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerKept marks the runes that unicode.ToLower leaves as they are:
// U+0080–U+07FF at their code point, U+1E00–U+1EFF at 0x800 + their
// offset in that block.
var lowerKept = func() (t [0x900]bool) {
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = unicode.ToLower(r) == r
	}
	for i := range 0x100 {
		t[0x800+i] = unicode.ToLower(0x1E00+rune(i)) == 0x1E00+rune(i)
	}
	return t
}()
