package vntext

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnreport/vnreport/internal/textscan"
)

// lower returns s in lower case, keeping every byte offset: a rune whose
// lower-case form has another UTF-8 length is left as it is. It writes into
// buf when buf has room, so buf must not be used elsewhere. s must be valid
// UTF-8, as a Doc's Text is.
//
// It works eight bytes at a time: the ASCII capitals of a word of eight
// bytes are lowered at once, and only the runes that start in it past
// ASCII are read one by one.
func lower(s string, buf []byte) string {
	b := buf
	if cap(b) < len(s) {
		b = make([]byte, len(s))
	}
	b = b[:len(s)]
	copy(b, s)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		word := b[i : i+8 : i+8]
		x := binary.LittleEndian.Uint64(word)
		if upper := upperASCII8(x); upper != 0 {
			binary.LittleEndian.PutUint64(word, x|upper>>2) // 0x80>>2 is 'a'-'A'
		}
		// A byte 0b11xxxxxx starts a rune past ASCII.
		for leads := x & (x << 1) & hiBits; leads != 0; leads &= leads - 1 {
			// By table for the runes of two bytes and U+1E00–U+1EFF,
			// which hold the letters of Vietnamese.
			switch j := i + bits.TrailingZeros64(leads)/8; {
			case b[j] < 0xE0 && j+1 < len(b):
				if l := lowerTwo[int(b[j]&0x1F)<<6|int(b[j+1]&0x3F)]; l != 0 {
					binary.LittleEndian.PutUint16(b[j:], l)
				}
			case b[j] == 0xE1 && j+2 < len(b) && b[j+1]&0xFC == 0xB8:
				b[j+2] = lower1E[int(b[j+1]&0x03)<<6|int(b[j+2]&0x3F)]
			case b[j] < 0xE2: // U+0800–U+1FFF
				lowerAt(b, j)
			} // U+2000 and above: no case that keeps its length
		}
	}
	for i < len(b) {
		if c := b[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		i += lowerAt(b, i)
	}
	return unsafeString(b)
}

// lowerTwo holds the UTF-8 of lowerRune of each rune of two bytes,
// U+0080–U+07FF, as a little-endian number, 0 where it is the rune itself.
var lowerTwo = func() (t [0x800]uint16) {
	for r := rune(0x80); r < 0x800; r++ {
		if l := lowerRune(r, 2); l != r {
			t[r] = uint16(0xC0|l>>6) | uint16(0x80|l&0x3F)<<8
		}
	}
	return t
}()

// lower1E holds the last byte of the UTF-8 of lowerRune of U+1E00–U+1EFF
// by the rune's last eight bits: each keeps the first two bytes, E1 and
// B8–BB, in lower case (TestLowerTables).
var lower1E = func() (t [0x100]byte) {
	for i := range t {
		t[i] = byte(0x80 | lowerRune(0x1E00+rune(i), 3)&0x3F)
	}
	return t
}()

// hiBits has the top bit of each byte of a word.
const hiBits = 0x8080808080808080

// setLower sets d.Lower, d.Text in lower case as lower gives it, from what
// the pass n noted: it lowers the ASCII capitals eight bytes at a time,
// and of the runes past ASCII only those that may change, the letters of
// plainSpan's runs that have a lower case (n.uppers), what the pass wrote
// itself (n.gaps) and the pairs whose tone fixTones moved, at the offsets
// in tones. When a move changed a length, or was looked for everywhere,
// those offsets no longer hold, and lower reads it all, as it does when
// there were too many to note. It writes into
// spare when spare has room.
func (d *Doc) setLower(n *normalizer, tones []int, spare []byte, moved bool) {
	if n.lowerAll || moved && (d.toneEdits != nil || n.scanAll) {
		d.Lower = lower(d.Text, spare)
		return
	}
	b := spare
	if cap(b) < len(d.Text) {
		b = make([]byte, len(d.Text))
	}
	b = b[:len(d.Text)]
	copy(b, d.Text)
	lowerASCII(b)
	for _, i := range n.uppers {
		lowerAt(b, int(i))
	}
	for g := 0; g+1 < len(n.gaps); g += 2 {
		lowerRunes(b, int(n.gaps[g]), int(n.gaps[g+1]))
	}
	if moved {
		for _, i := range tones {
			lowerRunes(b, i, min(i+4, len(b))) // a pair is four bytes at most
		}
	}
	d.Lower = unsafeString(b)
}

// lowerASCII lowers the ASCII capitals of b in place, eight bytes at a
// time.
func lowerASCII(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		word := b[i : i+8 : i+8]
		if upper := upperASCII8(binary.LittleEndian.Uint64(word)); upper != 0 {
			binary.LittleEndian.PutUint64(word, binary.LittleEndian.Uint64(word)|upper>>2)
		}
	}
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
}

// lowerRunes lowers in place the runes past ASCII that start in b[i:j], i
// a rune's start.
func lowerRunes(b []byte, i, j int) {
	for i < j {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		i += lowerAt(b, i)
	}
}

// hasLower marks, by letterIndex, the letters vietLetterAt reads that
// lowerAt changes.
var hasLower = func() (t [0x300]bool) {
	for r := 0xC0; r < 0x200; r++ {
		t[r] = lowerTwo[r] != 0
	}
	for i := range 0x100 {
		t[0x200+i] = lower1E[i] != byte(0x80|i&0x3F)
	}
	return t
}()

// upperASCII8 returns the high bit of each byte of x, eight bytes, that
// is 'A'–'Z'.
func upperASCII8(x uint64) uint64 {
	return textscan.BytesIn(x&^hiBits, 'A', 'Z') &^ x & hiBits // and not a byte past ASCII
}

// lowerAt lowers the rune that starts at b[i], not ASCII, in place, and
// returns its width.
func lowerAt(b []byte, i int) int {
	c := b[i]
	// Fast paths, byte for byte as below: the tables lower reads.
	if 0xC2 <= c && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
		if l := lowerTwo[int(c&0x1F)<<6|int(b[i+1]&0x3F)]; l != 0 {
			binary.LittleEndian.PutUint16(b[i:], l)
		}
		return 2
	}
	if c == 0xE1 && i+2 < len(b) && b[i+1]&0xFC == 0xB8 && b[i+2]&0xC0 == 0x80 {
		b[i+2] = lower1E[int(b[i+1]&0x03)<<6|int(b[i+2]&0x3F)]
		return 3
	}
	r, w := utf8.DecodeRune(b[i:])
	if l := lowerRune(r, w); l != r {
		utf8.EncodeRune(b[i:], l) // same length: offsets are kept
	}
	return w
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
