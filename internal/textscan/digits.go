package textscan

import "math/bits"

// Digits marks where a text has ASCII digits, a bit for each block of
// eight bytes, so that the several scans of a report for its numbers
// (quantities, dates, the numbers glued to a unit, ratios written out)
// skip the blocks with none rather than each reading the whole text again.
// A bit for eight bytes costs 1/64 of the text. The zero Digits marks
// nothing.
type Digits struct {
	s     string   // the text marked
	marks []uint64 // bit k%64 of marks[k/64] is set when s[8k:8k+8] holds a digit
}

// FindDigits marks the digits of s.
func FindDigits(s string) Digits {
	d := Digits{s: s, marks: make([]uint64, (len(s)+511)/512)}
	i := 0
	for ; i+64 <= len(s); i += 64 {
		var b uint64 // the blocks of s[i:i+64] that hold a digit
		for k := 0; k < 8; k++ {
			if digits8(Load8(s, i+8*k)) != 0 {
				b |= 1 << k
			}
		}
		d.marks[i/512] |= b << (i / 8 % 64)
	}
	for ; i < len(s); i += 8 {
		if digits8(Head8(s, i)) != 0 {
			d.marks[i/512] |= 1 << (i / 8 % 64)
		}
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
	n := len(d.s)
	if i >= n {
		return n
	}
	b := i / 8 // the block of i, read from i on
	if m := digits8(Head8(d.s, 8*b)) &^ (1<<(i%8) - 1); m != 0 {
		return 8*b + bits.TrailingZeros64(m)
	}
	b++
	w := b / 64
	if w >= len(d.marks) {
		return n
	}
	m := d.marks[w] &^ (1<<(b%64) - 1)
	for m == 0 {
		if w++; w == len(d.marks) {
			return n
		}
		m = d.marks[w]
	}
	b = 64*w + bits.TrailingZeros64(m)
	return 8*b + bits.TrailingZeros64(digits8(Head8(d.s, 8*b)))
}
