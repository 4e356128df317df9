package indicators

// A phraseIndex narrows a list of phrases down to those that may start at
// a position of a text, by the two bytes there: a lookup costs a few
// instructions where a map costs a hash of the whole word. Each bucket
// keeps the phrases in list order, so that "the first phrase that matches"
// means the same as in the list.
type phraseIndex [128][]string

// indexPhrases indexes phrases of at least two bytes each.
func indexPhrases(phrases ...string) *phraseIndex {
	var ix phraseIndex
	for _, p := range phrases {
		if len(p) < 2 {
			panic("indicators: phrase too short to index: " + p)
		}
		b := pairBucket(p[0], p[1])
		ix[b] = append(ix[b], p)
	}
	return &ix
}

// at returns the phrases that may start at s[i], in list order.
func (ix *phraseIndex) at(s string, i int) []string {
	if i < 0 || i+1 >= len(s) {
		return nil // no phrase of two bytes or more fits
	}
	return ix[pairBucket(s[i], s[i+1])]
}

// A phraseSet tells whether any of its phrases stands in a text, whole
// words or not, in one pass over the text for all of them: a set of the
// exact first two bytes of each rules out nearly every place at once.
type phraseSet struct {
	first [256]bool // the first bytes
	pairs [1 << 16 / 64]uint64
	ix    *phraseIndex
}

// newPhraseSet makes the set of phrases of at least two bytes each.
func newPhraseSet(phrases ...string) *phraseSet {
	ps := &phraseSet{ix: indexPhrases(phrases...)}
	for _, p := range phrases {
		k := uint16(p[0])<<8 | uint16(p[1])
		ps.pairs[k/64] |= 1 << (k % 64)
		ps.first[p[0]] = true
	}
	return ps
}

// mayStart reports whether a phrase of the set starts with the bytes a, b.
func (ps *phraseSet) mayStart(a, b byte) bool {
	k := uint16(a)<<8 | uint16(b)
	return ps.pairs[k/64]&(1<<(k%64)) != 0
}

// anyIn reports whether one of the phrases stands in s.
func (ps *phraseSet) anyIn(s string) bool {
	for p := 0; p+1 < len(s); p++ {
		if !ps.first[s[p]] || !ps.mayStart(s[p], s[p+1]) {
			continue
		}
		for _, w := range ps.ix.at(s, p) {
			if len(s)-p >= len(w) && s[p:p+len(w)] == w {
				return true
			}
		}
	}
	return false
}

func pairBucket(a, b byte) int { return (int(a)*31 + int(b)) & 127 }
