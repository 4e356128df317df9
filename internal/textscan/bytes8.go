package textscan

import "math/bits"

// The scans of a whole report read it eight bytes at a time, as one
// number, rather than asking of every byte: Load8 and Head8 read the
// number, BytesIn tells which of its bytes lie in a range.

// Load8 returns the eight bytes at s[i:] as a little-endian number;
// i+8 <= len(s).
func Load8(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check, so that the eight bytes load as one word
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Head8 is Load8 for any i <= len(s): the bytes past the end of s read as
// zeros.
func Head8(s string, i int) uint64 {
	if i+8 <= len(s) {
		return Load8(s, i)
	}
	var h uint64
	for k := len(s) - 1; k >= i; k-- {
		h = h<<8 | uint64(s[k])
	}
	return h
}

// BytesIn returns the high bit of each byte of y, whose bytes are all
// below 0x80, that lies in lo–hi: y+(0x80-lo) sets a byte's high bit when
// it is lo or more, y+(0x7f-hi) when it is more than hi, and neither
// carries out of a byte.
func BytesIn(y, lo, hi uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	return (y + (0x80-lo)*ones) &^ (y + (0x7f-hi)*ones) & high
}

// firstDigit8 returns a number whose lowest set bit is the high bit of
// the first byte of x (the lowest) that is an ASCII digit, or 0 when none
// is. Only the first is exact: x^'0' makes the digits 0 to 9, and
// subtracting 10 sets the high bit of those below 10 (not of the bytes of
// runes, whose high bit ~v clears), but a digit's borrow may also set it
// in the bytes after it.
func firstDigit8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x ^ '0'*ones
	return (v - 10*ones) &^ v & high
}

// NextDigit returns the offset of the first ASCII digit in s[i:], or
// len(s) when there is none.
func NextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := firstDigit8(Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}
