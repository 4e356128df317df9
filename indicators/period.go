package indicators

// This file finds the period a figure is given for: the period phrase
// (read by vntext.PeriodPhraseEnd) nearest before the figure.

import (
	"slices"
	"strings"

	"github.com/vnreport/vnreport/vntext"
)

// period returns the period phrase nearest before the figure at pos: in
// its own clause (from cl), or else in the sentence up to the end of the
// measure's phrase (mEnd), so that a period inside an aside between the
// measure and its verb does not count. A period after "so với" is a
// baseline and does not count either.
func (x *extractor) period(sent, cl, mEnd, pos int) string {
	if p := x.periodIn(cl, pos); p != "" {
		return p
	}
	if mEnd > pos || mEnd < sent {
		mEnd = pos
	}
	return x.periodIn(sent, mEnd)
}

func (x *extractor) periodIn(from, to int) string {
	ps := x.periodsUpTo(from, to)
	for k := len(ps) - 1; k >= 0; k-- {
		p := ps[k]
		if p.s < from {
			break
		}
		if p.e > to || p.baseline {
			continue
		}
		s := x.t[p.s:p.e]
		if strings.HasPrefix(x.low[p.s:], "trong ") {
			s = s[len("trong "):]
		}
		return strings.TrimSpace(s)
	}
	return ""
}

// A periodSpan is a period phrase found in the text; baseline marks one
// after "so với", which is what a change is measured against.
type periodSpan struct {
	s, e     int
	baseline bool
}

// periodsUpTo returns the period phrases that start before to, read
// from pFrom on as one scan would: each phrase found is skipped, and the
// scan goes on at the next word start. Figures are visited in order, so
// the list grows where the last call stopped unless from goes back
// before it. The phrases at each word start are read once per document
// (phraseHits), however often from goes back.
func (x *extractor) periodsUpTo(from, to int) []periodSpan {
	low := x.low
	if from < x.pFrom || x.pFrom < 0 {
		x.pFrom, x.pScanned, x.periods = from, from, x.periods[:0]
	}
	k, pFrom := x.pScanned, x.pFrom
	if k == pFrom && k < to && low[k] != ' ' && k > 0 && !wordStartByte(low, k) {
		// The scan opens inside a word: the phrase there is read too.
		if e := vntext.PeriodPhraseEnd(low, k); e > k {
			x.addPeriod(k, e)
			k = e
		}
	}
	for _, h := range x.hits.upTo(low, k, to) {
		if h.s >= k {
			x.addPeriod(h.s, h.e)
			k = h.e
		}
	}
	x.pScanned = max(x.pScanned, k, to)
	return x.periods
}

// addPeriod adds the period phrase low[s:e] found from pFrom on; it is a
// baseline when "so với" or "cùng kỳ" stands right before it.
func (x *extractor) addPeriod(s, e int) {
	pre := strings.TrimRight(x.low[x.pFrom:s], " ")
	base := strings.HasSuffix(pre, "so với") || strings.HasSuffix(pre, "cùng kỳ") || strings.HasSuffix(pre, "so")
	x.periods = append(x.periods, periodSpan{s, e, base})
}

// A phraseHit is a period phrase low[s:e] read at a word start s; the
// same pair marks a stretch of text read.
type phraseHit struct{ s, e int }

// phraseHits holds the period phrases at the word starts of the stretches
// of the text read so far, each read by vntext.PeriodPhraseEnd once: a word
// start is a byte other than a space after one that is no word byte
// (wordByte), or the text's first byte.
type phraseHits struct {
	hits []phraseHit // in text order
	read []phraseHit // the stretches read, in text order, apart
	buf  []phraseHit // the hits of a stretch before others read
}

// upTo returns the hits that start in low[k:to], reading what is not yet read.
func (p *phraseHits) upTo(low string, k, to int) []phraseHit {
	if k >= to {
		return nil
	}
	for g := k; g < to; {
		c, _ := slices.BinarySearchFunc(p.read, g, func(r phraseHit, g int) int { return r.e - g - 1 })
		if c < len(p.read) && p.read[c].s <= g { // g is read: go past it
			g = p.read[c].e
			continue
		}
		ge := to // the stretch not read, from g
		if c < len(p.read) {
			ge = min(to, p.read[c].s)
		}
		p.readGap(low, c, g, ge)
		g = ge
	}
	return p.hits[p.hitAt(k):p.hitAt(to)]
}

// hitAt returns the index of the first hit that starts at k or after.
func (p *phraseHits) hitAt(k int) int {
	i, _ := slices.BinarySearchFunc(p.hits, k, func(h phraseHit, k int) int { return h.s - k })
	return i
}

// readGap reads low[g:ge], which no stretch read covers, and marks it
// read: the stretch before it is p.read[c-1], if any.
func (p *phraseHits) readGap(low string, c, g, ge int) {
	if i := p.hitAt(g); i == len(p.hits) {
		p.hits = readHits(low, g, ge, p.hits)
	} else { // the new hits go before those of later stretches
		p.buf = readHits(low, g, ge, p.buf[:0])
		p.hits = slices.Insert(p.hits, i, p.buf...)
	}
	switch {
	case c > 0 && p.read[c-1].e == g && c < len(p.read) && p.read[c].s == ge:
		p.read[c-1].e = p.read[c].e
		p.read = slices.Delete(p.read, c, c+1)
	case c > 0 && p.read[c-1].e == g:
		p.read[c-1].e = ge
	case c < len(p.read) && p.read[c].s == ge:
		p.read[c].s = g
	default:
		p.read = slices.Insert(p.read, c, phraseHit{g, ge})
	}
}

// readHits appends to hits the period phrases at the word starts of
// low[from:to].
func readHits(low string, from, to int, hits []phraseHit) []phraseHit {
	for k := from; k < to; k++ {
		if low[k] == ' ' || k > 0 && !wordStartByte(low, k) {
			continue
		}
		if e := vntext.PeriodPhraseEnd(low, k); e > k {
			hits = append(hits, phraseHit{k, e})
		}
	}
	return hits
}
