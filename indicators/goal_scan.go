package indicators

import (
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A goalScan remembers how far the sentence starting at sent has been
// searched for the rows of cueSentence, up to to, and the row found.
type goalScan struct {
	sent, to int
	found    *roleCue
}

// goalBefore returns the row of cueSentence whose phrase is a word of
// low[sent:end], as textscan.IndexWord on low[sent:end] would find it, and
// whose guard holds there, or nil. Figures are visited in text order, so it
// searches only the text that the calls before for the same sentence have
// not. end is a rune boundary of valid UTF-8 text, so that a word's
// neighbours read the same in low[sent:end] as in low, except past end.
func (x *extractor) goalBefore(sent, end int) *roleCue {
	low, g := x.low, &x.goal
	if g.sent != sent || end < g.to {
		*g = goalScan{sent: sent, to: sent}
	}
	if g.found == nil {
		g.found = goalIn(low, sent, g.to, end)
	}
	g.to = end
	if g.found != nil {
		return g.found
	}
	// A word that ends low[sent:end] needs nothing after it.
	for _, c := range sentenceCues {
		w := c.phrase
		if s := end - len(w); s >= sent && low[s:end] == w && (s == sent || !textscan.WordRuneBefore(low, s)) &&
			(c.guard == nil || c.guard(low, s, sent, end)) {
			return c
		}
	}
	return nil
}

// goalIn returns the first row of sentenceCues, in table order, whose
// phrase stands whole in low[sent:end] and ends past to (the text before
// was searched by the calls before), with its guard holding; or nil. One
// pass over the text serves every row: only where the first two bytes of
// a phrase stand are the rows compared, where a search per row would stop
// at each "t" and "đ" of the sentence.
func goalIn(low string, sent, to, end int) *roleCue {
	best := len(sentenceCues) // rows from best on cannot win
	for p := max(sent, to-sentenceCueLen+1); p+1 < end && best > 0; p++ {
		if !sentenceCueFirst[low[p]] || p > sent && low[p-1] < utf8.RuneSelf && textscan.IsWordByte(low[p-1]) {
			continue // no phrase starts here, or not at a word's start
		}
		for _, k := range sentenceCueIndex[pairBucket(low[p], low[p+1])] {
			c := sentenceCues[k]
			w := c.phrase
			if k >= best || p+len(w) > end || p+len(w) <= to || low[p:p+len(w)] != w {
				continue
			}
			if (p == sent || !textscan.WordRuneBefore(low, p)) && (p+len(w) == len(low) || !textscan.WordRuneAt(low, p+len(w))) &&
				(c.guard == nil || c.guard(low, p, sent, end)) {
				best = k
			}
		}
	}
	if best < len(sentenceCues) {
		return sentenceCues[best]
	}
	return nil
}

// sentenceCueIndex lists the rows of sentenceCues by the first two bytes
// of their phrase (pairBucket), in table order; sentenceCueFirst marks
// their first bytes, and sentenceCueLen is the longest phrase.
var sentenceCueIndex, sentenceCueFirst, sentenceCueLen = func() (ix [128][]int, first [256]bool, n int) {
	for k, c := range sentenceCues {
		b := pairBucket(c.phrase[0], c.phrase[1])
		ix[b] = append(ix[b], k)
		first[c.phrase[0]] = true
		n = max(n, len(c.phrase))
	}
	return ix, first, n
}()

// clausePhrases returns the set of the phrases of clauseCues of role r
// that clauseCue is asked for, or nil for another role.
func clausePhrases(r Role) *phraseSet {
	switch r {
	case RoleTarget:
		return clauseTargets
	case RoleChange:
		return clauseChanges
	}
	return nil
}

var clauseTargets, clauseChanges = clauseCueSet(RoleTarget), clauseCueSet(RoleChange)

func clauseCueSet(r Role) *phraseSet {
	var ws []string
	for _, c := range clauseCues {
		if c.role == r {
			ws = append(ws, c.phrase)
		}
	}
	return newPhraseSet(ws...)
}
