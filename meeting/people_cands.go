package meeting

import "math/bits"

// This file marks, once for the whole text, the tokens where the passes
// over the sentences may find what they look for (scan.markCands): a
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

// markCands fills sc.cands from the tokens, without a branch per token.
func (sc *scan) markCands() {
	n := (len(sc.toks) + 63) / 64
	m := grow(sc.cands[candMention], n)
	d := grow(sc.cands[candDirective], n)
	r := grow(sc.cands[candRole], n)
	for w := range n {
		var mw, dw, rw uint64
		for b, tk := range sc.toks[w*64 : min(w*64+64, len(sc.toks))] {
			c, sh := uint64(candOf[tk.lex&lexMask]|uint8(tk.bits&tbTitle)>>2), uint(b)&63
			mw |= c >> candMention & 1 << sh
			dw |= c >> candDirective & 1 << sh
			rw |= c >> candRole & 1 << sh
		}
		m[w], d[w], r[w] = mw, dw, rw
	}
	sc.cands = [nCand][]uint64{m, d, r}
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
