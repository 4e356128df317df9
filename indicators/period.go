package indicators

// This file finds the period a figure is given for: the period phrase
// (read by vntext.PeriodPhraseEnd) nearest before the figure.

import (
	"strings"

	"github.com/vnreport/vnreport/vntext"
)

// period returns the period phrase nearest before the figure at pos: in
// its own clause (from cl), or else in the sentence up to the end of the
// measure's phrase (mEnd), so that a period inside an aside between the
// measure and its verb does not count. A period after "so với" is a
// baseline and does not count either.
func (x *extractor) period(sent, cl, mEnd, pos int) string {
	if p := x.periodIn(sent, cl, pos); p != "" {
		return p
	}
	if mEnd > pos || mEnd < sent {
		mEnd = pos
	}
	return x.periodIn(sent, sent, mEnd)
}

// periodIn returns the period phrase of sentence sent nearest before to
// that starts at from or after.
func (x *extractor) periodIn(sent, from, to int) string {
	ps := x.periodsUpTo(sent, to)
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

// periodsUpTo returns the period phrases of sentence sent that start
// before to. Figures are visited in order, so the scan of a sentence
// resumes where the figure before stopped, and a new sentence starts
// afresh: the sentences between two that open indicators are never read.
func (x *extractor) periodsUpTo(sent, to int) []periodSpan {
	low := x.low
	if sent != x.pFrom {
		x.pFrom, x.pScanned, x.periods = sent, sent, x.periods[:0]
	}
	k, pFrom := x.pScanned, x.pFrom
	scan := low[:max(to, k)] // periods start before to
	for k < to {
		if scan[k] == ' ' || (k > pFrom && !wordStartByte(scan, k)) {
			k++
			continue
		}
		if !vntext.PeriodPhraseMayStart(scan[k]) {
			// PeriodPhraseEnd would return k: skip the call.
		} else if e := vntext.PeriodPhraseEnd(low, k); e > k {
			pre := strings.TrimRight(low[pFrom:k], " ")
			base := strings.HasSuffix(pre, "so với") || strings.HasSuffix(pre, "cùng kỳ") || strings.HasSuffix(pre, "so")
			x.periods = append(x.periods, periodSpan{k, e, base})
			k = e
			continue
		}
		// No period starts inside a word: skip to its end.
		for k++; k < to && wordByte[scan[k-1]]; k++ {
		}
	}
	if k > x.pScanned {
		x.pScanned = k
	}
	return x.periods
}
