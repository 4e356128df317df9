package meeting

import (
	"strings"
	"unicode"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Events named with their year: "Năm APEC 2017", "Đối thoại Shangri-La
// 2018", "Hội nghị thượng đỉnh phụ nữ toàn cầu 2017", "kỳ thi THPT quốc
// gia 2018". A careful reader dates a meeting held at or around such an
// event by its year, as a report names the event in the months before
// it, during it and just after. The year is written bare, without
// "năm", right after the name.

// eventHeads open the name of an event whose year may follow its name in
// lower-case words: "Hội nghị thượng đỉnh phụ nữ toàn cầu 2017".
var eventHeads = []string{
	"hội nghị", "diễn đàn", "đối thoại", "hội thảo", "liên hoan", "lễ hội", "hội chợ",
	"tuần lễ", "triển lãm", "kỳ thi", "giải", "festival", "thường niên",
}

// eventNotEvents, in the sentence before a bare year, make it no event's:
// a far goal ("Tầm nhìn Cộng đồng ASEAN 2025", "Chương trình nghị sự
// 2030"), a strategy, a title won ("Hoa hậu Việt Nam 2016"), an
// election (most often recalled long after: "bầu cử Mỹ 2016"), the last
// of a series ("Lần gần nhất, Olympic Rio 2016 …").
var eventNotEvents = []string{
	"tầm nhìn", "nghị sự", "chiến lược", "cộng đồng asean", "hoa hậu", "á hậu",
	"bầu cử", "gần nhất", "lần trước", "năm ngoái",
}

// eventDocuments, in the clause before a bare year, make it the year of
// a document or treaty in force ("BLHS 2015", "hiệp ước khí hậu Paris
// 2015"): the meeting comes after it.
var eventDocuments = []string{"luật", "blhs", "hiến pháp", "hiệp định", "hiệp ước", "thỏa thuận", "thoả thuận", "công ước"}

// eventYearSkipWords before a bare year make it no event's year: a
// period word, a preposition of a span, a number.
var eventYearSkipWords = []string{
	"năm", "tháng", "quý", "khóa", "khoá", "kỳ", "đoạn", "từ", "đến", "tới", "sau", "trước",
	"và", "với", "hơn", "gần", "khoảng", "số", "ngày",
}

// eventPeriodWords two words before a bare year make it a period's:
// "quý IV 2017", "tháng Ba 2018" ("Năm APEC 2017" is an event's).
var eventPeriodWords = []string{"quý", "tháng", "kỳ"}

// eventYearClues appends a clue for each event the report names with a
// bare year: the meeting falls in the event's year (or in the first
// days of the next), more surely when the headline, lead or sentence
// that names the meeting names the event. A document so named
// ("Hiến pháp 2013", "Bộ luật Hình sự 2015") bounds the meeting from
// below; an event told as to come ("sẽ đảm nhiệm vai trò Chủ tịch ASEAN
// 2020") or a goal ("Tầm nhìn … 2030") tells nothing.
func (p *parser) eventYearClues(out []yearClue) []yearClue {
	t := p.doc.Text[:p.end]
	for i := textscan.NextDigit(t, 0); i < len(t); i = textscan.NextDigit(t, i+1) {
		e := digitsAt(t, i)
		s := i
		i = e
		y, ok := atoiSpan(t, s, e)
		if !ok || e-s != 4 || y < 1990 || y > 2100 || !p.bareYear(s, e) {
			continue
		}
		if p.namedDocument(s) || p.eventDocument(s) {
			out = append(out, yearClue{from: day(y, 1, 1), bound: true, at: s})
			continue
		}
		if !p.eventName(s) {
			continue
		}
		if role, _ := p.periodRole(s, e); role == roleNone {
			continue // "sau Olympic Rio 2016", "đến 2020"
		}
		ss, se := sentenceBounds(t, s, 0, p.end)
		if s >= p.anchorEnd && p.futureSentence(ss, se) {
			continue
		}
		c := yearClue{from: day(y, 1, 1), to: day(y+1, 1, 15), weight: 1, at: s, loose: true}
		if textscan.ContainsWord(eventClause(p.doc.Lower, s), "tết") {
			// "Tết Kỷ Hợi 2019": the lunar new year, prepared in the
			// months before it.
			c.from, c.to = day(y-1, 10, 1), day(y, 3, 1)
		}
		if s < p.anchorEnd {
			c.weight = 2
		}
		out = append(out, c)
	}
	return out
}

// bareYear reports whether the four digits at Text[s:e] are a year
// written alone: a word before it, and no date, range or number around.
func (p *parser) bareYear(s, e int) bool {
	t, l := p.doc.Text, p.doc.Lower
	if s == 0 || t[s-1] != ' ' || !textscan.AtWordEnd(t, e) {
		return false
	}
	if e < len(t) && strings.IndexByte("/-.,", t[e]) >= 0 && e+1 < len(t) && '0' <= t[e+1] && t[e+1] <= '9' {
		return false // "2017/2018", "2.017,5"
	}
	if k := textscan.SkipSpaces(t, e); k < len(t) && strings.IndexByte("-–/", t[k]) >= 0 {
		if n := textscan.SkipSpaces(t, k+1); n < len(t) && '0' <= t[n] && t[n] <= '9' {
			return false // "2016 - 2021"
		}
	}
	if vntext.CountingNext(l, e) {
		return false // "cho 2017 người"
	}
	ws, we := prevWord(l, s)
	if ws == we || isOneOf(l[ws:we], eventYearSkipWords) {
		return false
	}
	if ps, pe := prevWord(l, ws); isOneOf(l[ps:pe], eventPeriodWords) {
		return false // "quý IV 2017", "tháng Ba 2018"
	}
	_, ok := atoiSpan(l, ws, we)
	return !ok
}

// eventDocument reports whether a word of eventDocuments is in the
// clause before the bare year at Lower[s:].
func (p *parser) eventDocument(s int) bool {
	return containsAnyWord(eventClause(p.doc.Lower, s), eventDocuments)
}

// eventClauseMarks end the clause before an event's year: .,;:()\n" “ ”.
var eventClauseMarks = newQuotedMarks(".,;:()\n\"")

// eventClause returns l from the start of the clause that holds s, within
// 60 bytes, up to s.
func eventClause(l string, s int) string {
	cs := max(0, s-60)
	if k := eventClauseMarks.lastIn(l[cs:s]); k >= 0 {
		cs += k + 1
	}
	return l[cs:s]
}

// eventName reports whether the bare year at Text[s:] ends an event's
// name: the word before it is written with a capital and does not open
// the sentence ("Shangri-La 2018", "APEC 2017"), or an event head opens
// the clause ("hội nghị thượng đỉnh phụ nữ toàn cầu 2017"), and no goal
// is named ("Tầm nhìn … 2025").
func (p *parser) eventName(s int) bool {
	t := p.doc.Text
	l := p.doc.Lower
	clause := eventClause(l, s)
	cs := s - len(clause)
	ss, _ := sentenceBounds(t, s, max(0, s-150), s)
	for _, w := range eventNotEvents {
		if strings.Contains(l[ss:s], w) {
			return false
		}
	}
	ws, we := prevWord(t, s)
	// The word before may start before the clause's 60 bytes: then nothing
	// stands before it in the clause.
	if isUpperStart(t, ws) && (strings.TrimSpace(t[min(cs, ws):ws]) != "" || isAcronym(t[ws:we])) {
		return true
	}
	return containsAnyWord(clause, eventHeads)
}

// isAcronym reports whether w is written in capitals, two letters or
// more: "APEC", "SOM".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// namesMeeting reports whether the year at Lower[i:] ends an event's name
// ("Hội nghị thống kê năm 2018", "Đại hội đồng cổ đông thường niên năm
// 2018") in the sentence that names the meeting: the meeting's own name.
func (p *parser) namesMeeting(i int) bool {
	return i >= p.anchorStart && i < p.anchorEnd && containsAnyWord(eventClause(p.doc.Lower, i), eventHeads)
}
