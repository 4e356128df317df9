package meeting

import (
	"iter"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The scans of the whole report (scanMentions, parseReferences) read it
// eight bytes at a time, as one number: these tell, for all eight at once,
// the bytes a word may start after (the digits are textscan.NextDigit's).

// afterWordBytes returns, of the eight bytes of x (as textscan.Head8 reads them),
// the high bit of each ASCII byte that is no letter or digit, and of each
// continuation byte of UTF-8 the next byte of x does not continue.
func afterWordBytes(x uint64) (punct, last uint64) {
	const high = 0x8080808080808080
	y := x &^ high
	alnum := textscan.BytesIn(y, '0', '9') | letterBytes(y)
	cont := x &^ (x << 1) & high
	return ^x &^ alnum & high, cont &^ (cont >> 8)
}

// bytesEqual returns the high bit of each byte of x that is c.
func bytesEqual(x uint64, c byte) uint64 {
	const high, low7, ones = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f, 0x0101010101010101
	v := x ^ uint64(c)*ones // c is a zero byte of v
	// (v&low7)+low7 sets a byte's high bit when its low seven bits are
	// not all zero, without a carry into the next byte.
	return ^((v & low7) + low7 | v) & high
}

// letterBytes returns the high bit of each byte of y, whose bytes are all
// below 0x80, that is an ASCII letter: with its 0x20 bit set, an upper-case
// letter is its lower case, and no other byte becomes one.
func letterBytes(y uint64) uint64 {
	return textscan.BytesIn(y|0x2020202020202020, 'a', 'z')
}

// yearCounts yields each count of years in l written after one of cues:
// the offset where the cue starts, at the start of a word, and the span
// [s, e) of the digits, which "năm" follows as a word ("kỷ niệm 90 năm").
// It looks only at the digits of l, not at every place a cue may start.
func yearCounts(l string, cues []string) iter.Seq2[int, [2]int] {
	return func(yield func(int, [2]int) bool) {
		for s := textscan.NextDigit(l, 0); s < len(l); s = textscan.NextDigit(l, s+1) {
			e := digitsAt(l, s)
			if !textscan.PrefixWordAt(l, e, " năm") {
				s = e
				continue
			}
			for _, cue := range cues {
				at := s - len(cue)
				if at >= 0 && l[at:s] == cue && textscan.AtWordStart(l, at) && !yield(at, [2]int{s, e}) {
					return
				}
			}
			s = e
		}
	}
}
