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

// periodsUpTo returns the period phrases that start before to, scanning
// each stretch of text once: figures are visited in order, so the scan
// resumes where the last one stopped unless from goes back before it.
func (x *extractor) periodsUpTo(from, to int) []periodSpan {
	low := x.low
	if from < x.pFrom || x.pFrom < 0 {
		x.pFrom, x.pScanned, x.periods = from, from, x.periods[:0]
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
