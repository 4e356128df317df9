package vntext

import (
	"math/bits"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The fast path of normalize: most of a text is ASCII and precomposed
// letters of Vietnamese that need no edit, and plainSpan finds the end of
// such a run, reading eight bytes at a time where it can.

// vietLetterAt returns the width of the letter of Vietnamese at src[i:],
// one simpleMap leaves alone: U+00C0–U+01BF (two bytes) and U+1E00–U+1EFF
// (three); 0 for any other byte. It is the fast path of normalize.
func vietLetterAt(src string, i int) int {
	c := src[i]
	switch {
	case 0xC3 <= c && c <= 0xC6 && i+1 < len(src) && src[i+1]&0xC0 == 0x80:
		return 2
	case c == 0xE1 && i+2 < len(src) && 0xB8 <= src[i+1] && src[i+1] <= 0xBB && src[i+2]&0xC0 == 0x80:
		return 3
	}
	return 0
}

// toneAt returns the output offset of an o or u that ends the output when
// the letter at src[i:i+w] is one whose tone fixTones may move.
func (n *normalizer) toneAt(w int) (int, bool) {
	at := n.i
	if n.b != nil {
		at = len(n.b)
	}
	if at > 0 && (n.b != nil && isOorU(n.b[at-1]) || n.b == nil && isOorU(n.src[at-1])) && oldToneSecond[letterIndex(n.src, n.i, w)] {
		return at - 1, true
	}
	return 0, false
}

// plainSpan returns the end of the run of bytes from i that normalize
// copies as they are: ASCII but \r, \t, \v and \f, and the letters
// vietLetterAt reads, none followed by a rune that composes with it. It
// appends to tones the output offset of each o or u that a letter fixTones
// may move follows, as toneAt gives it, and to n.uppers the output offset
// of each letter that has a lower case of its own, for setLower. It is the fast path of
// normalize: most of a text is such a run, about half of it ASCII in runs
// of a few bytes between the letters.
func (n *normalizer) plainSpan(tones []int) (int, []int) {
	src, k := n.src, n.i
	shift := 0 // output offset minus src offset inside the run
	if n.b != nil {
		shift = len(n.b) - n.i
	}
	if w := vietLetterAt(src, k); w > 0 {
		// The one letter whose o or u before it may be in n.b.
		if at, ok := n.toneAt(w); ok {
			tones = append(tones, at)
		}
		if hasLower[letterIndex(src, k, w)] && n.noting {
			n.addUpper(k + shift)
		}
		k += w
	}
	// Eight bytes at a time: past the bytes 0x0E–0x7F to the next other
	// byte, then the letter there, read from the eight bytes at it.
	for k+8 <= len(src) {
		x := textscan.Load8(src, k)
		m := notPrintable8(x)
		if m == 0 {
			k += 8
			continue
		}
		if off := bits.TrailingZeros64(m) >> 3; off > 0 {
			if k += off; k+8 > len(src) {
				break
			}
			x = textscan.Load8(src, k)
		}
		w := letterWidth8(x)
		if w == 0 {
			if c := byte(x); c < utf8.RuneSelf && plainASCII[c] {
				k++ // \n or a control below it
				continue
			}
			break
		}
		idx := letterIndex8(x, w)
		if oldToneSecond[idx] && isOorU(src[k-1]) {
			tones = append(tones, k+shift-1)
		}
		if hasLower[idx] && n.noting {
			n.addUpper(k + shift)
		}
		k += w
	}
	k, tones = n.plainTail(k, shift, tones)
	// The run ends before the character a mark continues.
	if k > n.i && k < len(src) && src[k] >= utf8.RuneSelf && mayCompose(src, k) {
		k, tones = n.dropLast(k, tones)
	}
	return k, tones
}

// addUpper notes a letter at output offset at that has a lower case.
func (n *normalizer) addUpper(at int) {
	if n.uppers == nil {
		n.uppers = make([]int32, 0, n.mostNotes()+1)
	}
	n.uppers = append(n.uppers, int32(at))
	n.checkNotes()
}

// plainTail is plainSpan byte by byte, for the last bytes of the text and
// to stop at the byte that ends the run; k is past the run's start.
func (n *normalizer) plainTail(k, shift int, tones []int) (int, []int) {
	src := n.src
	for k < len(src) {
		if c := src[k]; c < utf8.RuneSelf {
			if !plainASCII[c] {
				break
			}
			k++
			continue
		}
		w := vietLetterAt(src, k)
		if w == 0 {
			break
		}
		idx := letterIndex(src, k, w)
		if oldToneSecond[idx] && isOorU(src[k-1]) {
			tones = append(tones, k+shift-1)
		}
		if hasLower[idx] && n.noting {
			n.addUpper(k + shift)
		}
		k += w
	}
	return k, tones
}

// letterWidth8 is vietLetterAt for the letter that starts the eight bytes
// x: 2 for a lead 0xC3–0xC6 and a continuation byte, 3 for 0xE1,
// 0xB8–0xBB and a continuation byte, else 0.
func letterWidth8(x uint64) int {
	switch {
	case byte(x)-0xC3 <= 0xC6-0xC3 && x&0xC000 == 0x8000:
		return 2
	case x&0xC0FCFF == 0x80B8E1:
		return 3
	}
	return 0
}

// letterIndex8 is letterIndex for the letter of width w that starts the
// eight bytes x.
func letterIndex8(x uint64, w int) int {
	if w == 2 {
		return int(x&0x1F)<<6 | int(x>>8&0x3F)
	}
	return 0x200 | int(x>>8&0x03)<<6 | int(x>>16&0x3F)
}

// dropLast takes the last character, ASCII or a letter of vietLetterAt,
// off the run that ends at k, and its offset off tones if it added one.
func (n *normalizer) dropLast(k int, tones []int) (int, []int) {
	last := k - 1
	for n.src[last]&0xC0 == 0x80 {
		last-- // a continuation byte
	}
	at := last // the output offset of the character
	if n.b != nil {
		at += len(n.b) - n.i
	}
	// Each character adds at most the offset of the byte before it, so
	// the offset tells whether it added one.
	if t := len(tones) - 1; t >= 0 && tones[t] == at-1 {
		tones = tones[:t]
	}
	return last, tones
}

// notPrintable8 returns the high bit of each byte of x that is below 0x0E
// (\n and the controls, which plainSpan looks at one by one) or past
// ASCII: y+0x72 has its high bit set when a byte y below 0x80 is
// 0x0E or more, and carries out of no byte.
func notPrintable8(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x | ^(x&^hiBits + (0x80-0x0E)*ones)) & hiBits
}

// isOorU reports whether c is o or u, which an old-style tone may follow.
func isOorU(c byte) bool { return c == 'o' || c == 'O' || c == 'u' || c == 'U' }

// mayCompose reports whether the rune at src[j:], not ASCII, may continue
// the character before it: it is neither a letter lead nor U+0080–U+00BF
// (symbols and spaces, none of which composes), and clusterEnd says so.
func mayCompose(src string, j int) bool {
	return src[j] != 0xC2 && !isLetterLead(src, j) && clusterEnd(src, j) > j
}

// plainASCII marks the ASCII bytes that normalize keeps: all but \r, \t,
// \v and \f.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != '\r' && c != '\t' && c != '\v' && c != '\f'
	}
	return t
}()
