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

// anyIn reports whether one of the phrases stands in s, whole words or
// not: one pass over s for all of them, where most texts hold none.
func (ix *phraseIndex) anyIn(s string) bool {
	for p := 0; p+1 < len(s); p++ {
		for _, w := range ix[pairBucket(s[p], s[p+1])] {
			if len(s)-p >= len(w) && s[p:p+len(w)] == w {
				return true
			}
		}
	}
	return false
}

func pairBucket(a, b byte) int { return (int(a)*31 + int(b)) & 127 }
