package textscan

import "math/bits"

// Digits marks the ASCII digits of a text, a bit for each byte, so that
// the several scans of a report for its numbers (quantities, dates, the
// numbers glued to a unit, ratios written out) find them in the marks
// rather than each reading the whole text again. The zero Digits marks
// nothing.
type Digits struct {
	marks []uint64 // bit k%64 of marks[k/64] is set when s[k] is a digit
	n     int      // the length of the text
}

// FindDigits marks the digits of s.
func FindDigits(s string) Digits {
	d := Digits{marks: make([]uint64, (len(s)+63)/64), n: len(s)}
	i := 0
	for ; i+64 <= len(s); i += 64 {
		var b uint64 // the marks of s[i:i+64]
		for k := 0; k < 64; k += 8 {
			b |= digits8(Load8(s, i+k)) << k
		}
		d.marks[i/64] = b
	}
	for ; i < len(s); i += 8 {
		d.marks[i/64] |= digits8(Head8(s, i)) << (i % 64)
	}
	return d
}

// digits8 returns a bit for each of the eight bytes of x, the lowest for
// the first, set when the byte is an ASCII digit.
func digits8(x uint64) uint64 {
	const high = 0x8080808080808080
	m := BytesIn(x&^high, '0', '9') &^ x & high // exact: not the bytes of runes
	// The high bit of byte k to bit k: each lands on its own place.
	return (m >> 7) * 0x0102040810204080 >> 56
}

// Next returns the offset of the first digit at or after i, or the
// length of the text when there is none: NextDigit on the text marked.
func (d Digits) Next(i int) int {
	if i >= d.n {
		return d.n
	}
	w := i / 64
	m := d.marks[w] &^ (1<<(i%64) - 1)
	for m == 0 {
		if w++; w == len(d.marks) {
			return d.n
		}
		m = d.marks[w]
	}
	return w*64 + bits.TrailingZeros64(m)
}
