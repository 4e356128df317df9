package meeting

import (
	"strings"
	"unicode"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Dates to come: a month, a day or a year's end the report names as a
// deadline or a step of a plan ("dự kiến cuối năm 2017 hoàn thành",
// "tháng 8-2017 sẽ nạo vét 6 tuyến kênh"). The meeting comes before it,
// most often within the year before; a deadline told in passing says no
// more, so the clue is loose.

// dateToCome reports whether the date or period at Lower[i:j] is told as to
// come: a word of comingWords among the four words before it in its
// clause, or "sẽ" among the three words after it, and no "đã" there.
func (p *parser) dateToCome(i, j int) bool {
	return p.toComeWith(i, j, comingWords)
}

// toComeWith is dateToCome with the words before the date that make it
// one to come.
func (p *parser) toComeWith(i, j int, words []string) bool {
	l := p.doc.Lower
	s := i
	for n := 0; n < 4; n++ {
		ws, we := prevWord(l, s)
		if ws == we || strings.ContainsAny(l[we:s], ".,;:()\n\"") {
			break
		}
		s = ws
	}
	if containsAnyWord(l[s:i], words) {
		return !textscan.ContainsWord(l[s:i], "đã")
	}
	_, e := sentenceBounds(p.doc.Text, j, j, min(len(l), p.end, j+24)) // past "TP. HCM"
	if k := strings.IndexAny(l[j:e], ";:()\n"); k >= 0 {
		e = j + k
	}
	return firstWordsHave(l[j:e], 3, "sẽ") && !firstWordsHave(l[j:e], 3, "đã")
}

// firstWordsHave reports whether w is one of the first n words of s, the
// words parted by spaces and commas.
func firstWordsHave(s string, n int, w string) bool {
	part := func(r rune) bool { return r == ',' || unicode.IsSpace(r) }
	for ; n > 0; n-- {
		s = strings.TrimLeftFunc(s, part)
		if s == "" {
			return false
		}
		k := strings.IndexFunc(s, part)
		if k < 0 {
			k = len(s)
		}
		if s[:k] == w {
			return true
		}
		s = s[k:]
	}
	return false
}

// yearEndToCome returns the clue of the end of the year m names as
// foreseen ("dự kiến cuối năm 2017 hoàn thành", "cuối năm 2018, thành phố
// sẽ …"): the meeting is in that year, before its last month (in December
// a deadline a year ahead is as likely). A goal ("phấn đấu đến cuối năm
// 2025") may be set years ahead, and tells nothing.
func (p *parser) yearEndToCome(m vntext.PeriodMatch) (yearClue, bool) {
	if m.Period.Kind != vntext.PeriodYear {
		return yearClue{}, false
	}
	l := p.doc.Lower
	ws, we := prevWord(l, m.Start)
	if w := l[ws:we]; w != "cuối" && w != "hết" || !p.toComeWith(ws, m.End, nearWords) {
		return yearClue{}, false
	}
	y := m.Period.Year
	return yearClue{from: day(y, 1, 1), to: day(y, 12, 1), weight: 1, loose: true, at: m.Start}, true
}

// monthToCome returns the clue of a month or day with its year told as
// to come ("trong tháng 8-2017, thành phố sẽ …", "(dự kiến vào tháng
// 7-2017)", "dự kiến hoàn thành trước 10-10-2019"): the meeting falls in
// the eleven months before it.
func (p *parser) monthToCome(m vntext.DateMatch) (yearClue, bool) {
	d := m.Date
	if d.Day != 0 {
		if !p.dateToCome(m.Start, m.End) {
			return yearClue{}, false
		}
		// A day to come weighs as a day named: "từ ngày 1/1/2020
		// sẽ áp dụng" in the months before.
		s := day(d.Year, d.Month, d.Day)
		return yearClue{from: s.AddDate(0, -11, 0), to: s.AddDate(0, 0, 1), weight: 2, at: m.Start}, true
	}
	if !p.dateToCome(m.Start, m.End) && !p.stepToCome(m.Start) {
		return yearClue{}, false
	}
	s := day(d.Year, d.Month, 1)
	return yearClue{from: s.AddDate(0, -11, 0), to: s.AddDate(0, 1, 0), weight: 1, loose: true, at: m.Start}, true
}

// stepToCome reports whether the month at Text[i:] opens its sentence
// and the sentences before it that open on months (up to three) go back to
// one told as to come: dated steps in a row share their tense ("Tháng
// 10-2017 sẽ nạo vét 9 tuyến kênh. Tháng 3-2018 nạo vét 5 tuyến.").
func (p *parser) stepToCome(i int) bool {
	t, l := p.doc.Text, p.doc.Lower
	ss, _ := sentenceBounds(t, i, 0, p.end)
	if strings.TrimSpace(strings.Trim(l[ss:i], "\"“”'‘’-–•*+ ")) != "" {
		return false
	}
	for range 3 {
		if ss == 0 {
			return false
		}
		ps, pe := sentenceBounds(t, ss-1, 0, p.end)
		if ps >= ss-1 {
			return false
		}
		dm, ok := firstMonth(t[ps:pe])
		if !ok || strings.TrimSpace(strings.Trim(l[ps:ps+dm.Start], "\"“”'‘’-–•*+ ")) != "" && !p.dateToCome(ps+dm.Start, ps+dm.End) {
			return false
		}
		if p.dateToCome(ps+dm.Start, ps+dm.End) {
			return true
		}
		ss = ps
	}
	return false
}

// firstMonth returns the first month with its year named in s.
func firstMonth(s string) (vntext.DateMatch, bool) {
	for m := range vntext.AllDates(s) {
		if m.Date.Day == 0 && m.Date.Month != 0 && m.Date.Year != 0 {
			return m, true
		}
	}
	return vntext.DateMatch{}, false
}
