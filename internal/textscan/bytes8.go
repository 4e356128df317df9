package textscan

import "math/bits"

// The scans of a whole report look for digits, which are few, eight bytes
// at a time as one number rather than asking of every byte.

// load8 reads the eight bytes at s[i:], little-endian; i+8 <= len(s).
func load8(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check, so that the eight bytes load as one word
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// digits8 returns the high bit of each byte of x that is an ASCII digit:
// with x's high bits cleared, y+(0x80-'0') sets a byte's high bit when it
// is '0' or more, y+(0x7f-'9') when it is past '9', and neither carries
// out of a byte.
func digits8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := x &^ high
	return (y + (0x80-'0')*ones) &^ (y + (0x7f-'9')*ones) &^ x & high
}

// NextDigit returns the offset of the first ASCII digit in s[i:], or
// len(s) when there is none.
func NextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digits8(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}
