package meeting

import (
	"math/bits"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The scans for words from a list (mention keys, leaders' names) read the
// report eight bytes at a time to find where a word may start, and look
// closer only where its first bytes may start one of the list.

// A startSet tells by its first bytes whether a word may start with one of
// a list of keys: pairs is a bit set of the first two bytes of the keys,
// which turns most words away at one look (pairAt); first4 a bit set of the hashes
// (first4Hash) of the first four bytes of the keys that have four bytes or
// more, and short one, indexed like refPairs, of the first two bytes of the
// shorter keys ("tp", "xã").
type startSet struct {
	pairs  [1 << 16 / 64]uint64
	first4 [64]uint64
	short  [1024]uint64
}

// add adds key to s; a key of one byte is taken with second after it.
func (s *startSet) add(key string, second byte) {
	pair := uint16(key[0]) | uint16(second)<<8
	if len(key) >= 2 {
		pair = uint16(key[0]) | uint16(key[1])<<8
	}
	s.pairs[pair>>6] |= 1 << (pair & 63)
	if len(key) >= 4 {
		h := first4Hash(uint32(textscan.Head8(key, 0)))
		s.first4[h>>6] |= 1 << (h & 63)
		return
	}
	if len(key) >= 2 {
		second = key[1]
	}
	s.short[int(key[0])<<2|int(second>>6)] |= 1 << (second & 63)
}

// may reports whether a word whose first eight bytes are x (as
// textscan.Head8 reads them) may start with a key of s.
func (s *startSet) may(x uint64) bool {
	h := first4Hash(uint32(x))
	c, c1 := byte(x), byte(x>>8)
	return (s.first4[h>>6]>>(h&63)|s.short[int(c)<<2|int(c1>>6)]>>(c1&63))&1 != 0
}

// pairAt reports whether the first two bytes of x (as textscan.Head8
// reads them) start a key of s: a quicker test than may, which most words
// fail.
func (s *startSet) pairAt(x uint64) bool {
	pair := uint16(x)
	return s.pairs[pair>>6]>>(pair&63)&1 != 0
}

// first4Hash hashes four bytes, as textscan.Head8 reads them, to 12 bits.
func first4Hash(x uint32) uint32 { return x * 0x9E3779B1 >> 20 }

// candidateStarts calls f with each offset of l where a word may start
// whose first bytes set may start (startSet.may), in order: at a
// candidate wordCandidates finds, a few dozen at a time, and in the last
// bytes, which it does not read. After a character of several bytes, which
// may be a letter, the offset j is passed negated (^j): f must see that no
// letter ends there (textscan.WordRuneBefore).
func candidateStarts(l string, set *startSet, f func(j int)) {
	if len(l) >= 2 && set.may(textscan.Head8(l, 0)) {
		f(0)
	}
	var buf [64]int32
	i := 0
	for n := len(buf); n > len(buf)-8; {
		n, i = wordCandidates(l, i, set, &buf)
		for _, j := range buf[:n] {
			f(int(j))
		}
	}
	for ; i < len(l); i += 8 {
		punct, last := afterWordBytes(textscan.Head8(l, i))
		for m := punct | last; m != 0; m &= m - 1 {
			k := bits.TrailingZeros64(m)
			if j := i + k>>3 + 1; j+1 < len(l) && set.may(textscan.Head8(l, j)) {
				if last&(1<<k) != 0 {
					j = ^j
				}
				f(j)
			}
		}
	}
}

// wordCandidates writes to c the offsets in l, from i on, where a word
// may start whose first bytes set may start, negated (^j) after a byte of
// several, which may end a letter. It reads eight bytes at a time to find
// where a word may start: after a byte that is no letter or digit of
// ASCII, or after the last byte of a character of several. It stops when
// c may not hold the next eight bytes' or within sixteen bytes of the end,
// and returns how many it wrote and where to go on. The loop makes no
// call, so that nothing is saved and restored around one at each word.
func wordCandidates(l string, i int, set *startSet, c *[64]int32) (n, next int) {
	const high = 0x8080808080808080
	for ; i+16 <= len(l) && n <= len(c)-8; i += 8 {
		x := textscan.Load8(l, i)
		y := x &^ high
		punct := ^x &^ (textscan.BytesIn(y, '0', '9') | letterBytes(y)) & high
		cont := x &^ (x << 1) & high
		last := cont &^ (cont >> 8) // continuation bytes the next does not continue
		for m := punct | last; m != 0; m &= m - 1 {
			k := bits.TrailingZeros64(m)
			j := i + k>>3 + 1
			if x := textscan.Load8(l, j); set.pairAt(x) && set.may(x) {
				c[n] = int32(j)
				if last&(1<<k) != 0 {
					c[n] = ^int32(j)
				}
				n++
			}
		}
	}
	return n, i
}
