package meeting

import (
	"slices"
	"strings"
	"time"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// A yearClue is something the report says that dates the meeting: a
// window of days the meeting falls in when the clue is read right. Each
// clue votes, with its weight, for the one year that puts the meeting's
// day in its window (the nearest to the window's middle when two do).
//
// A past event the report dates ("Tháng 7/2014, ông … được điều động")
// is a bound instead: the meeting is on or after from, whatever year the
// event is in; it votes for no year. A limit, such as a leader's time in
// office, holds the meeting within its window and votes for no year
// either, but for the only one it leaves.
type yearClue struct {
	from, to time.Time // the window, to exclusive
	weight   int
	at       int  // where the clue's mention starts in the text
	bound    bool // a past event: the meeting is on or after from
	limit    bool // a fact: the meeting falls within the window, whatever else votes
	every    int  // a fact: the meeting's year is a multiple of every (a congress cycle)
	within   int  // the year a period clue says the meeting falls in, told without a cue or with "trong"
	weak     bool // a year named once without a cue: it adds to a year other clues vote for, but alone tells nothing
	loose    bool // a month, a document's day, an event's year or a year without a cue: it dates the meeting roughly, no surer than a weak year in a tie
}

// day returns the first moment of y-m-d; months and days out of range
// roll over as time.Date does.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// contextYear returns the year a report's own context gives a meeting
// held on month/day: the periods it reviews or plans ("6 tháng đầu năm
// 2017", "kế hoạch năm 2018", "quý I/2021"), the months and days it dates
// events by, the sittings of the National Assembly, the general
// elections and the Party's national congress it names, the anniversaries it celebrates, the events it
// names with their year ("Năm APEC 2017"), and the tenure of a congress
// or a first session. It returns 0 when nothing tells, or when the clues
// tie. A year outside the body's
// tenure (lo–hi, 0 when unknown) is never taken: the article contradicts
// it.
func (p *parser) contextYear(month, day int, lo, hi int, extra []yearClue) int {
	var buf [32]yearClue
	clues, bases := p.anniversaryClues(buf[:0])
	four, short := p.yearsWritten()
	if four {
		clues = p.periodClues(clues, bases)
	}
	if four || short {
		clues = p.dateClues(clues)
	}
	clues = p.assemblyClues(clues)
	clues = p.assemblyBounds(clues)
	clues = p.nationalDayClues(clues)
	clues = p.eventYearClues(clues)
	clues = p.electionClues(clues)
	clues = p.partyCongressClues(clues)
	clues = p.leaderClues(clues)
	return vote(append(clues, extra...), month, day, lo, hi)
}

// yearsWritten tells whether Text[:end] writes a year that a period or a
// date clue counts (1990–2100), so that the scans for them are skipped
// when it does not: four, a run of four digits of such a year, the only
// way a period writes its year (vntext reads years of four digits, each
// run whole); short, a run of two digits after '/', which may be a
// date's short year ("12/7/18").
func (p *parser) yearsWritten() (four, short bool) {
	t := p.doc.Text[:p.end]
	for s := textscan.NextDigit(t, 0); s < len(t); s = textscan.NextDigit(t, s+1) {
		e := digitsAt(t, s)
		switch e - s {
		case 4:
			if y, _ := atoiSpan(t, s, e); y >= 1990 && y <= 2100 {
				return true, true
			}
		case 2:
			short = short || s > 0 && t[s-1] == '/'
		}
		s = e
	}
	return false, short
}

// periodClues appends a clue for each period of the report whose role
// the words before it tell, but for the periods at bases, which an
// anniversary counts its years from ("10 năm thực hiện Luật Hợp tác xã
// năm 2012").
func (p *parser) periodClues(out []yearClue, bases []int) []yearClue {
	l := p.doc.Lower
	first := len(out)
	var reviewed [4]int // years the report reviews: "tổng kết công tác năm 2019"
	nr := 0
	for m := range p.doc.TextPeriods(p.end) {
		per := m.Period
		if per.Year < 1990 || per.Year > 2100 || slices.Contains(bases, m.Start) {
			continue
		}
		if c, ok := p.yearEndToCome(m); ok {
			out = append(out, c)
			continue
		}
		role, opening := p.periodRole(m.Start, m.End)
		if strings.HasPrefix(l[m.Start:m.End], "cả ") {
			role = roleReview
		}
		w := 2
		if opening {
			w = 1
		}
		if per.Kind == vntext.PeriodYear && role == roleReview && m.Start >= p.anchorStart && m.Start < p.anchorEnd && nr < len(reviewed) && !slices.Contains(reviewed[:nr], per.Year) {
			reviewed[nr] = per.Year
			nr++
		}
		n := len(out)
		out = p.periodClue(out, m, role, w)
		for i := n; i < len(out); i++ {
			out[i].at = m.Start
			if role == roleWithin || role == roleUntold && !p.namesMeeting(m.Start) {
				out[i].within = per.Year
			}
			// A year a sentence opens on, names without a cue or with
			// "trong", or compares with, dates the meeting only roughly.
			out[i].loose = out[i].loose || role == rolePrior || per.Kind == vntext.PeriodYear && (opening || role == roleUntold || role == roleWithin)
		}
	}
	reviewedYears(out[first:], reviewed[:nr])
	return out
}

// reviewedYears gives the year the sentence naming the meeting reviews
// ("Sáng 9/1, … tổng kết công tác năm 2019") the review's window wherever
// else the report names it as the meeting's own ("Trong năm 2019, đơn vị
// huấn luyện …"): those are what the review reports, told in January as
// well as in December, and no clue that the meeting falls in that year.
func reviewedYears(clues []yearClue, reviewed []int) {
	for i := range clues {
		c := &clues[i]
		if c.within == 0 || c.bound || !slices.Contains(reviewed, c.within) {
			continue
		}
		r, _ := yearWindow(c.within, roleReview)
		c.from, c.to = r.from, r.to
	}
}

// periodClue appends the clue of the period m, whose role is role and
// weight w.
func (p *parser) periodClue(out []yearClue, m vntext.PeriodMatch, role yearRole, w int) []yearClue {
	per, y := m.Period, m.Period.Year
	if c, ok := p.sinceYear(m.Start, m.End, y); ok {
		return append(out, c)
	}
	switch per.Kind {
	case vntext.PeriodYear:
		if p.joinedToNext(m.End, y) {
			return out // "năm 2016 và 6 tháng đầu năm 2017": the later period dates the review
		}
		if role == roleUntold && (p.pastEvent(m.Start, m.End) || p.pastVerbBefore(m.Start)) || p.namedDocument(m.Start) {
			// "cuộc khủng hoảng năm 2008 đã …", "Hiến pháp năm 2013":
			// a past event, a document in force; the meeting comes
			// after.
			return append(out, yearClue{from: day(y, 1, 1), bound: true})
		}
		if role == roleUntold {
			// "làm sao năm 2017, tội phạm giảm": a year named without
			// a cue is most likely the one the report is in.
			// In December it may be the next year's plan.
			// Named once in passing, it is weak, but for an event's
			// name: "Đại hội cổ đông thường niên năm 2017".
			if p.namesMeeting(m.Start) {
				// The meeting's own name in the sentence that names
				// it: "tổ chức Hội nghị thống kê năm 2018", in
				// December too.
				return append(out, yearClue{from: day(y, 1, 1), to: day(y+1, 1, 1), weight: 2})
			}
			weak := !containsAnyWord(eventClause(p.doc.Lower, m.Start), eventHeads)
			return append(out, yearClue{from: day(y, 1, 1), to: day(y, 12, 1), weight: 1, weak: weak})
		}
		if role == roleWithin {
			if p.toldDone(m.Start) {
				// "Trong năm 2018, thành phố đã ký …", "Trong năm
				// 2016, thu ngân sách đạt …": the year's results, told
				// from its autumn to the next summer (a meeting in the
				// first half of a year looks back on the year before).
				return append(out, yearClue{from: day(y, 9, 1), to: day(y+1, 7, 1), weight: w})
			}
		}
		if c, ok := yearWindow(y, role); ok {
			c.weight += w // a comparison weighs less
			return append(out, c)
		}
	case vntext.PeriodQuarter:
		return appendSpan(out, day(y, 3*per.Quarter-2, 1), day(y, 3*per.Quarter+1, 1), role, roleReview, w)
	case vntext.PeriodFirstMonths:
		return appendSpan(out, day(y, 1, 1), day(y, per.Months+1, 1), role, roleReview, w)
	case vntext.PeriodLastMonths:
		return appendSpan(out, day(y, 13-per.Months, 1), day(y+1, 1, 1), role, rolePlan, w)
	case vntext.PeriodRange:
		if per.EndYear == y+1 && role != roleNone && p.schoolYear(m.Start) {
			return append(out, schoolYearClue(y, role))
		}
	}
	return out
}

// joinedToNext reports whether the year y, ending at Text[i], is joined
// by "và" to a period of the next year that the same words review: "tình
// hình năm 2016 và 6 tháng đầu năm 2017".
func (p *parser) joinedToNext(i, y int) bool {
	t := p.doc.Text
	k := textscan.SkipSpaces(t, i)
	if !textscan.PrefixWordAt(p.doc.Lower, k, "và") {
		return false
	}
	k = textscan.SkipSpaces(t, k+len("và"))
	ps := vntext.FindPeriods(t[k:min(len(t), k+40)])
	return len(ps) > 0 && ps[0].Start == 0 && ps[0].Period.Year == y+1 && ps[0].Period.Kind != vntext.PeriodYear
}

// schoolYear reports whether the span of two years at Lower[i:] is a
// school year: "năm học 2016-2017".
func (p *parser) schoolYear(i int) bool {
	return textscan.PrefixWordAt(p.doc.Lower, i, "năm học")
}

// dateClues appends a clue for each month and day the report dates
// with its year ("Tháng 6-2017, …", "ngày 12/7/2018"), birth dates and
// the start of "từ … đến nay" left out: the meeting is most likely held
// within half a year of a month it mentions, and two months of a day,
// which weighs more.
func (p *parser) dateClues(out []yearClue) []yearClue {
	for m := range p.doc.TextDates(p.end) {
		d := m.Date
		if d.Year == 0 {
			out = p.codeDateClue(out, m)
			continue
		}
		if d.Year < 1990 || d.Year > 2100 || d.Month == 0 || m.Elided {
			continue
		}
		if p.since(m.Start, m.End) || p.documentDate(m.Start) {
			// "Từ ngày 18-12-2017 đến nay, …", "Quyết định số 439 ngày
			// 3/2/2017": the meeting comes after, likely within half a
			// year.
			s := day(d.Year, d.Month, max(d.Day, 1))
			out = append(out, yearClue{from: s, to: s.AddDate(0, 7, 0), weight: 1, at: m.Start, loose: true})
			continue
		}
		if p.cutoffDate(m.Start) {
			// "Tính đến ngày 31/12/2016, toàn tỉnh có …": figures up
			// to a day are reported after it, most often within the
			// year.
			s := day(d.Year, d.Month, max(d.Day, 1))
			out = append(out, yearClue{from: s, bound: true, at: m.Start},
				yearClue{from: s, to: s.AddDate(1, 0, 0), weight: 2, at: m.Start})
			continue
		}
		if c, ok := p.monthToCome(m); ok {
			out = append(out, c)
			continue
		}
		if p.skippedDate(m.Start, m.End) || d.Day == 0 && inDateSpan(p.doc.Lower, m.Start, m.End) {
			continue
		}
		if p.pastEvent(m.Start, m.End) {
			// "Vào tháng 10-2017, UBND … đã quyết định", "Ngày
			// 27/12/2017, Thường trực … chỉ đạo": the meeting comes
			// after, likely within half a year of a month, two months
			// of a day, which weighs more.
			s := day(d.Year, d.Month, max(d.Day, 1))
			to, w := s.AddDate(0, 7, 0), 1
			if d.Day != 0 {
				to, w = s.AddDate(0, 2, 1), 2
			}
			out = append(out, yearClue{from: s, bound: true, at: m.Start},
				yearClue{from: s, to: to, weight: w, at: m.Start, loose: d.Day == 0})
			continue
		}
		if d.Day == 0 {
			s := day(d.Year, d.Month, 1)
			out = append(out, yearClue{from: s.AddDate(0, -6, 0), to: s.AddDate(0, 7, 0), weight: 1, at: m.Start, loose: true})
			continue
		}
		t := day(d.Year, d.Month, d.Day)
		out = append(out, yearClue{from: t.AddDate(0, -2, 0), to: t.AddDate(0, 2, 1), weight: 2, at: m.Start})
	}
	return out
}

// toldDone reports whether the sentence around Text[i:] tells what has
// been done or reached (a word of pastMarkers or resultWords) and nothing
// to come (no word of futureMarkers) nor asked for (no word of
// demandWords: "đề nghị trong năm 2018 huyện phải giảm …").
func (p *parser) toldDone(i int) bool {
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	s := p.doc.Lower[ss:se]
	if p.futureSentence(ss, se) || containsAnyWord(s, demandWords) {
		return false
	}
	return containsAnyWord(s, pastMarkers) || containsAnyWord(s, resultWords)
}

// since reports whether the date mention at Lower[i:j] opens a span up
// to now: "từ tháng 9-2016 đến nay".
func (p *parser) since(i, j int) bool {
	l := p.doc.Lower
	ws, we := prevWord(l, i)
	k := textscan.SkipSpaces(l, j)
	return l[ws:we] == "từ" && (textscan.PrefixWordAt(l, k, "đến nay") || textscan.PrefixWordAt(l, k, "tới nay"))
}

// documentDate reports whether the date mention at i dates a document:
// "Quy định số 01 ngày 3/3/2016", "Nghị quyết 57-NQ/TW ngày 22.12.2024".
func (p *parser) documentDate(i int) bool {
	l := p.doc.Lower
	ws, we := prevWord(l, i)
	if l[ws:we] == "ngày" {
		ws, we = prevWord(l, ws)
	}
	for ws > 0 && l[ws-1] != ' ' && l[ws-1] != '\n' {
		ws-- // the whole code: "85-qđ/tu", where a word ends at "/"
	}
	w := strings.TrimRight(l[ws:we], ",")
	if strings.ContainsAny(w, "/") && strings.ContainsAny(w, "0123456789") {
		return true
	}
	if _, ok := atoiSpan(w, 0, len(w)); ok {
		ps, pe := prevWord(l, ws)
		return l[ps:pe] == "số"
	}
	return false
}

// sinceYear returns the clue of a span up to now that opens in part of
// the year y at Lower[i:j]: "từ cuối năm 2025 đến nay" is recent, so the
// meeting falls in the half-year after.
func (p *parser) sinceYear(i, j, y int) (yearClue, bool) {
	l := p.doc.Lower
	k := textscan.SkipSpaces(l, j)
	if !textscan.PrefixWordAt(l, k, "đến nay") && !textscan.PrefixWordAt(l, k, "tới nay") {
		return yearClue{}, false
	}
	ps, pe := prevWord(l, i)
	if fs, fe := prevWord(l, ps); l[fs:fe] != "từ" {
		return yearClue{}, false
	}
	for _, s := range sinceParts {
		if l[ps:pe] == s.word {
			from := day(y, s.month, 1)
			return yearClue{from: from, to: from.AddDate(0, 7, 0), weight: 1}, true
		}
	}
	return yearClue{}, false
}

// skippedDate reports whether a word of dateSkipWords comes within the
// two words before the date mention at i, or opens it ("sinh ngày 7-7-1970").
func (p *parser) skippedDate(i, j int) bool {
	l := p.doc.Lower
	ws, _ := prevWord(l, i)
	if ws2, _ := prevWord(l, ws); ws2 < ws {
		ws = ws2
	}
	for f := range strings.FieldsSeq(l[ws:min(j, i+8)]) {
		if isOneOf(f, dateSkipWords) {
			return true
		}
	}
	return false
}

// periodRole reads the clause before the period at Lower[s:e] and returns
// the role of its nearest cue, and whether the period opens a sentence
// instead (its role then comes from what the sentence says of it).
func (p *parser) periodRole(s, e int) (yearRole, bool) {
	l := p.doc.Lower
	cs := s
	for cs > 0 && s-cs < 80 {
		c := l[cs-1]
		if c == '.' && (cs == len(l) || l[cs] == ' ') || c == ';' || c == '\n' || c == ',' || c == '(' || c == ':' || c == '"' {
			break
		}
		cs--
	}
	clause := strings.TrimRight(l[cs:s], " ")
	if strings.TrimSpace(clause) == "" && (cs == 0 || l[cs-1] != ',') {
		return p.openingRole(e), true
	}
	role, at, ok := nearestCue(clause, yearCueTable, yearPrepositions)
	if !ok && cs > 0 && l[cs-1] == ',' && clause != "" && strings.Count(strings.TrimSpace(clause), " ") < 4 {
		// Nouns listed under one head share its cue: "tình hình kinh
		// tế, văn hóa, xã hội năm 2017", "nhiệm vụ, giải pháp năm 2018".
		// A list item is a short noun; a bare "…, năm 2018" is no item.
		clause = listClause(l, cs-1, s)
		role, at, ok = nearestCue(clause, yearCueTable, yearPrepositions)
	}
	if !ok {
		return roleUntold, false
	}
	if role == roleWithin {
		// "tình hình kinh tế - xã hội trong năm 2016": a head noun
		// before "trong" decides.
		if r, k, found := nearestCue(clause[:at], yearCueTable, nil); found && nounHead(r) {
			role, at = r, k
		}
	}
	if role == roleHead {
		role = roleReview
		if r, _, ok := nearestCue(clause[:at], yearCueTable, nil); ok && (r == rolePlan || r == roleAim) {
			role = r // "triển khai công tác năm 2020"
		}
	}
	if role == rolePlan || role == roleAim {
		if r, _, ok := nearestCue(ownPhrase(clause[:at]), planModifierTable, nil); ok {
			role = r
		}
	}
	return role, false
}

// ownPhrase returns the end of s after the last "và" or number: the words
// that may modify the plan cue after s. In "tình hình hoạt động năm 2016
// và kế hoạch năm 2017" the review is the other year's.
func ownPhrase(s string) string {
	k := max(strings.LastIndex(s, " và "), strings.LastIndexAny(s, "0123456789"))
	return s[k+1:]
}

// listClause returns l from the start of the clause list that holds the
// comma at c up to s: back over commas, within 80 bytes of s, to a stronger
// break.
func listClause(l string, c, s int) string {
	cs := c
	for cs > 0 && s-cs < 80 {
		if b := l[cs-1]; b == '.' && (cs == len(l) || l[cs] == ' ') || b == ';' || b == '\n' || b == '(' || b == ':' || b == '"' {
			break
		}
		cs--
	}
	return strings.TrimRight(l[cs:s], " ")
}

// openingRole returns the role of a year that opens a sentence, from what
// the sentence says of it (up to its end, read past "TP. HCM"): results
// review it, aims plan it.
func (p *parser) openingRole(i int) yearRole {
	_, e := sentenceBounds(p.doc.Text, i, i, min(len(p.doc.Text), i+300))
	switch s := p.doc.Lower[i:e]; {
	case containsAnyWord(s, planWords):
		return rolePlan
	case containsAnyWord(s, resultWords):
		return roleReview
	}
	return roleNone
}

// containsAnyWord reports whether one of words occurs in s as whole words
// (textscan.ContainsWord).
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if textscan.ContainsWord(s, w) {
			return true
		}
	}
	return false
}

// anniversaryClues appends a clue for each review of the years something
// has been carried out ("sơ kết 1 năm thực hiện Quy định số 01 ngày
// 3/3/2016", "tổng kết 5 năm thực hiện Luật Hợp tác xã năm 2012", "tổng
// kết 15 năm (2002 - 2017) thực hiện …"): the meeting is held about that
// many years after the date or year written next in the sentence, or in
// the last year of the range. The date it counts from weighs less than
// the count.
//
// It returns as well where the years counted from are written, which
// are no clue of their own.
func (p *parser) anniversaryClues(out []yearClue) ([]yearClue, []int) {
	var bases []int
	l := p.doc.Lower[:p.end]
	for _, ds := range yearCounts(l, anniversaryCues) {
		k, e := ds[0], ds[1]
		n, ok := atoiSpan(l, k, e)
		if !ok || e-k > 2 || n < 1 {
			continue
		}
		_, se := sentenceBounds(p.doc.Text, k, 0, p.end)
		if c, base, ok := p.anniversary(e, min(se, e+160), n); ok {
			c.at = k
			out = append(out, c)
			bases = append(bases, base)
		}
	}
	return out, bases
}

// anniversary reads, in Text[i:j] after "N năm", the range, date or year
// the n years are counted from, and returns as well where that is written.
func (p *parser) anniversary(i, j, n int) (yearClue, int, bool) {
	tail := p.doc.Text[i:j]
	if ps := vntext.FindPeriods(tail); len(ps) > 0 {
		switch m := ps[0]; {
		case m.Period.Kind == vntext.PeriodRange && m.Start < 8:
			y := m.Period.EndYear // "15 năm (2002 - 2017)"
			return yearClue{from: day(y, 1, 1), to: day(y+1, 4, 1), weight: 2}, i + m.Start, true
		case m.Period.Kind == vntext.PeriodYear:
			y := m.Period.Year + n // "Luật Hợp tác xã năm 2012"
			return yearClue{from: day(y, 1, 1), to: day(y+1, 4, 1), weight: 2}, i + m.Start, true
		}
	}
	for m := range vntext.AllDates(tail) {
		if d := m.Date; d.Year >= 1990 && d.Month != 0 {
			t := day(d.Year+n, d.Month, max(d.Day, 1))
			return yearClue{from: t.AddDate(0, -6, 0), to: t.AddDate(0, 6, 0), weight: 3}, -1, true
		}
	}
	return yearClue{}, -1, false
}
