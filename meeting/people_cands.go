package meeting

import "math/bits"

// This file marks, as the words are read (markCand), the tokens where the
// passes over the sentences may find what they look for: a
// mention (findMentions), a directive verb (directives) or a role verb
// (roles). Each pass then goes from one marked token to the next
// (nextCand) rather than testing every token, in bitmaps of one bit a
// token.

// The kinds of candidate tokens, one bitmap each.
const (
	candMention   = iota // a person marker, a title head or prefix, or a capitalised word
	candDirective        // the first word of a directive verb
	candRole             // the first word of a role verb
	nCand
)

// candOf holds, for each entry of lexFlags, the kinds of candidate a word
// with those flags is, one bit each: 1<<candMention and so on.
var candOf = func() (c [lexMask + 1]uint8) {
	for i, f := range lexFlags {
		if f.first&mentionOpeners != 0 {
			c[i] |= 1 << candMention
		}
		if f.first&directiveVerbs.bit != 0 {
			c[i] |= 1 << candDirective
		}
		if f.first&roleVerbs.bit != 0 {
			c[i] |= 1 << candRole
		}
	}
	return c
}()

// tbTitle>>2 is 1<<candMention: a capitalised word may open a name.
const _ = uint(1<<candMention-tbTitle>>2) + uint(tbTitle>>2-1<<candMention)

// markCand marks token k, just added, in the bitmaps of the kinds of
// candidate c holds (candOf), growing them a word at a time.
func (sc *scan) markCand(k int, c uint8) {
	w := k >> 6
	for len(sc.cands[candMention]) <= w {
		for kind := range sc.cands {
			sc.cands[kind] = append(sc.cands[kind], 0)
		}
	}
	for kind := range sc.cands {
		sc.cands[kind][w] |= uint64(c>>kind&1) << (k & 63)
	}
}

// padCands gives the bitmaps a word for every 64 tokens, once all are
// added, so that nextCand reads a word for any token.
func (sc *scan) padCands() {
	for len(sc.cands[candMention]) < (len(sc.toks)+63)/64 {
		for kind := range sc.cands {
			sc.cands[kind] = append(sc.cands[kind], 0)
		}
	}
}

// nextCand returns the first token from i on, before end, marked in the
// bitmap of candidates kind, or end if there is none.
func (sc *scan) nextCand(kind, i, end int) int {
	bm := sc.cands[kind]
	for i < end {
		if w := bm[i>>6] >> uint(i&63); w != 0 {
			return min(i+bits.TrailingZeros64(w), end)
		}
		i = i | 63 + 1
	}
	return end
}
