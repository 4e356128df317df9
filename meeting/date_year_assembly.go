package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The National Assembly of a khóa exists from its election, and sits
// from its first sitting: a report that names "Quốc hội khóa XIV" is
// written after 22 May 2016, and one that names a sitting of it ("kỳ họp
// thứ 3, Quốc hội khóa XIV") after 20 July 2016. These bound the meeting
// from below only, as an older Assembly is often recalled without a year
// ("Luật … được Quốc hội khóa XIII thông qua").

// assemblyDays are the day each National Assembly was elected and the
// first day of its first sitting (the first of July where the day is not
// known to the day), by its khóa.
var assemblyDays = []struct {
	khoa                  int
	elected, firstSitting ymd
}{
	{11, ymd{2002, 5, 19}, ymd{2002, 7, 1}},
	{12, ymd{2007, 5, 20}, ymd{2007, 7, 1}},
	{13, ymd{2011, 5, 22}, ymd{2011, 7, 21}},
	{14, ymd{2016, 5, 22}, ymd{2016, 7, 20}},
	{15, ymd{2021, 5, 23}, ymd{2021, 7, 20}},
}

// assemblyElectionWords, in the sentence that names an Assembly, tell of
// its election, which is prepared months before it: "bầu cử đại biểu
// Quốc hội khóa XV", "hiệp thương giới thiệu người ứng cử".
var assemblyElectionWords = []string{"bầu cử", "ứng cử", "hiệp thương", "giới thiệu", "tổng tuyển cử"}

// assemblyBounds appends a bound for each National Assembly the report
// names by its khóa, outside the sentences that tell of its election:
// the meeting is on or after its election, or after its first sitting
// when a sitting other than the first is named ("kỳ họp thứ 5, Quốc hội
// khóa XIV", "tại kỳ họp Quốc hội khóa XIV").
func (p *parser) assemblyBounds(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	for _, name := range assemblyNames {
		for at := range textscan.WordHits(l, name) {
			khoa, ok := p.khoaAt(at + len(name))
			if !ok {
				continue
			}
			for _, a := range assemblyDays {
				if a.khoa != khoa {
					continue
				}
				ss, se := sentenceBounds(p.doc.Text, at, 0, p.end)
				if containsAnyWord(l[ss:se], assemblyElectionWords) {
					break
				}
				d := a.elected
				if p.laterSitting(at) {
					d = a.firstSitting
				}
				out = append(out, yearClue{from: day(d.y, d.m, d.d), bound: true, at: at})
			}
		}
	}
	return out
}

// laterSitting reports whether the clause before the Assembly's name at
// Lower[i:] names one of its sittings, other than the first: "kỳ họp thứ
// 3, ", "tại kỳ họp ", "phiên bế mạc kỳ họp thứ tư của ".
func (p *parser) laterSitting(i int) bool {
	l := p.doc.Lower
	cs := max(0, i-40)
	if k := strings.LastIndexAny(l[cs:i], ".;:()\n"); k >= 0 {
		cs += k + 1
	}
	k := strings.LastIndex(l[cs:i], "kỳ họp")
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(l[cs+k+len("kỳ họp"):i], " ")
	for _, w := range [...]string{"thứ nhất", "thứ 1", "lần thứ nhất", "đầu tiên", "bất thường"} {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}
