package vntext

import "github.com/vnreport/vnreport/internal/textscan"

// PeriodPhraseMayStart reports whether a period phrase of
// [PeriodPhraseEnd] may start with the byte c: a digit, the first byte of
// an opening word ("trong", "tháng", "quý" …) or of a word that counts
// months ("sáu tháng đầu năm"). A caller that tries PeriodPhraseEnd at
// every word of a long text asks this first and skips the call for the
// other words, most of them.
func PeriodPhraseMayStart(c byte) bool { return periodStartBytes[c] }

// periodStartBytes is PeriodPhraseMayStart by byte, from the tables
// PeriodPhraseEnd reads: periodOpeningsBy and pdStarts (the pairs
// countedMonthsAt tests first).
var periodStartBytes = func() (m [256]bool) {
	for c := range m {
		m[c] = textscan.IsDigit(byte(c)) || len(periodOpeningsBy[c]) > 0
		for d := 0; d < 256 && !m[c]; d++ {
			m[c] = pdStarts.has(byte(c), byte(d))
		}
	}
	return m
}()

// periodStartPairs holds the first two bytes of the words PeriodPhraseEnd
// reads a phrase from, other than digits: those of periodOpenings and
// those countedMonthsAt tests (pdStarts).
var periodStartPairs = func() *pdPairs {
	t := *pdStarts
	for _, w := range periodOpenings {
		k := uint16(w[0])<<8 | uint16(w[1]) // periodOpeningAt compares them as they are
		t[k/64] |= 1 << (k % 64)
	}
	return &t
}()
