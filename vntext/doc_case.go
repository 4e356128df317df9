package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// lower returns s in lower case, keeping every byte offset: a rune whose
// lower-case form has another UTF-8 length is left as it is. It writes into
// buf when buf has room, so buf must not be used elsewhere.
func lower(s string, buf []byte) string {
	b := buf
	if cap(b) < len(s) {
		b = make([]byte, len(s))
	}
	b = b[:len(s)]
	copy(b, s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		// Fast paths, byte for byte as below: two-byte letters from the
		// table, and U+1EA0–U+1EF9, whose upper case is the even code
		// point, by the last bit.
		if 0xC2 <= c && c < 0xC8 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(b[i+1]&0x3F); r >= 0x80 {
				if l := lower2[r]; l != 0 {
					b[i+1] = byte(0x80 | l&0x3F)
					b[i] = byte(0xC0 | l>>6)
				}
				i += 2
				continue
			}
		}
		if c == 0xE1 && i+2 < len(b) && b[i+2]&0xC0 == 0x80 &&
			(b[i+1] == 0xBA && b[i+2] >= 0xA0 || b[i+1] == 0xBB && b[i+2] <= 0xB9) {
			b[i+2] |= 1
			i += 3
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if l := lowerRune(r, w); l != r {
			utf8.EncodeRune(b[i:], l) // same length: offsets are kept
		}
		i += w
	}
	return unsafeString(b)
}

// lowerRune returns the lower case of r, encoded in w bytes, when its
// encoding has the same length, else r.
func lowerRune(r rune, w int) rune {
	switch {
	case 0x1EA0 <= r && r <= 0x1EF9: // Vietnamese letters with two marks: even code points are upper case
		return r | 1
	case 0xC0 <= r && r <= 0xDE && r != 0xD7: // Latin-1 capitals
		return r + 0x20
	case 0x100 <= r && r < 0x2000: // other letters; punctuation above has no case
		if l := unicode.ToLower(r); utf8.RuneLen(l) == w {
			return l
		}
	}
	return r
}

// lower2 holds lowerRune of the two-byte runes U+0080–U+01FF (up to lead
// byte 0xC7), 0 where it is the rune itself.
var lower2 = func() (t [0x200]rune) {
	for r := rune(0x80); r < 0x200; r++ {
		if l := lowerRune(r, 2); l != r {
			t[r] = l
		}
	}
	return t
}()

// Fold returns s for keyword matching: normalised, lower case, without
// diacritics, with đ as d. "Quận Uỷ" and "quan uy" fold alike. Fold is
// stateless and safe for concurrent use.
func Fold(s string) string {
	s = Normalize(s)
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			sb.WriteByte(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// foldTable maps each precomposed Latin letter to its folded ASCII letter.
var foldTable = map[rune]byte{}

func init() {
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			if d == "" || d[0] >= utf8.RuneSelf {
				continue
			}
			c := d[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' {
				foldTable[r] = c
			}
		}
	}
	add('\u00C0', '\u024F')
	add('\u1E00', '\u1EFF')
	foldTable['đ'], foldTable['Đ'] = 'd', 'd'
}
