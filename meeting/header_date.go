package meeting

import (
	"strings"
	"time"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// meetingDate fills the meeting's day and time of day from the sentence
// that names it, or else from the lead.
func (p *parser) meetingDate(m *Meeting, ev *event, places []place, leadStart, leadEnd int) {
	ss, se := p.anchorStart, p.anchorEnd
	var pick *vntext.DayMention
	var buf [4]vntext.DayMention
	days := dropYearSpans(p.doc.Lower, p.doc.AppendDays(buf[:0], ss, se))
	for i := range days {
		d := &days[i]
		if !d.Cued || p.documentDate(d.Start) {
			continue // "theo Quyết định số 85-QĐ/TU ngày 2/8/2023": a document's day
		}
		if d.Start < ev.start {
			pick = d // the nearest before the meeting word
		} else if pick == nil {
			pick = d
			break
		}
	}
	if pick == nil && p.leadLine < len(p.lines) && !looksLikeDateLine(p.doc.Lower[p.lines[p.leadLine].start:p.lines[p.leadLine].end]) {
		// The lead's first day: "Ngày 6/10/2020, HĐND huyện … tổ chức".
		lo := p.lines[p.leadLine].start
		if ev.start >= leadStart && ev.start < lo {
			lo = ev.start
		}
		days = dropYearSpans(p.doc.Lower, p.doc.AppendDays(buf[:0], lo, p.lines[p.leadLine].end)) // pick is nil: buf is free
		for i := range days {
			if days[i].Cued {
				pick = &days[i]
				break
			}
		}
	}
	if pick == nil {
		// "Tại phiên chất vấn chiều 12-7, …" further in the lead: a day
		// with its part of the day, given to a sitting.
		days = p.doc.AppendDays(buf[:0], leadStart, leadEnd)
		for i := range days {
			if schemaTimeOfDay(days[i].TimeOfDay) != "" && p.sittingBefore(days[i].Start) {
				pick = &days[i]
				break
			}
		}
	}
	if pick == nil {
		pick = p.paragraphOpeningDay(ss, buf[:0])
	}
	tod := ""
	if pick != nil {
		tod = schemaTimeOfDay(pick.TimeOfDay)
		d := pick.Date
		basis := BasisText
		if d.Year == 0 {
			d, basis = p.resolveYear(m, places, pick)
		}
		d.HasClock = false
		m.Date, m.DateBasis = d, basis
	}
	if tod == "" && pick != nil {
		// "Ngày 12/6, Quốc hội họp …" beside "Sáng 12/6, Quốc hội thảo
		// luận …" or a caption "… chiều 12/6": the day told with its part.
		tod = p.sameDayTimeOfDay(pick, min(ss, leadStart), max(se, leadEnd))
	}
	if tod == "" {
		// "Sáng nay, Thành ủy …", "Chiều qua, trong phiên chất vấn …": a
		// part of today or yesterday without a date.
		back := 0
		tod, back = p.relativeTimeOfDay(ss, se, pick, false)
		if tod == "" && pick == nil && leadStart < leadEnd {
			// The headline or sapo named the meeting; the body's first
			// sentence opens with its time: "Chiều qua, trong phiên …".
			tod, back = p.relativeTimeOfDay(leadStart, leadEnd, nil, true)
		}
		// Today and yesterday are days of the page's stamp.
		if tod != "" && pick == nil && m.Published.Year != 0 {
			t := time.Date(m.Published.Year, time.Month(m.Published.Month), m.Published.Day-back, 0, 0, 0, 0, time.UTC)
			m.Date = vntext.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
			m.DateBasis = BasisStamp
		}
	}
	m.TimeOfDay = tod
}

// paragraphOpeningDay returns the cued day that opens the paragraph of the
// meeting's sentence at ss, when that sentence is not the paragraph's
// first: "Sáng 27/7, Thành ủy … công bố quyết định … Ông X trao quyết
// định …" dates the handing over. It appends to buf, and returns nil when
// the paragraph opens otherwise.
func (p *parser) paragraphOpeningDay(ss int, buf []vntext.DayMention) *vntext.DayMention {
	ls := strings.LastIndexByte(p.doc.Lower[:ss], '\n') + 1
	ls = skipSpacePunct(p.doc.Lower, ls, "")
	if ls >= ss {
		return nil
	}
	_, fe := sentenceBounds(p.doc.Text, ls, ls, ss)
	days := p.doc.AppendDays(buf, ls, min(fe, ss))
	if len(days) == 0 || !days[0].Cued || hasWords(p.doc.Text[ls:days[0].Start], 2) || p.documentDate(days[0].Start) {
		return nil
	}
	if containsAnyWord(p.doc.Lower[ls:min(fe, ss)], toldWords) {
		return nil // "Ngày 14/6, Huyện ủy cho biết Thường vụ đã họp …": the day it was told
	}
	return &days[0]
}

// toldWords in the sentence that opens a paragraph make its day the day
// something was said or issued, not the meeting's.
var toldWords = []string{"cho biết", "ban hành"}

// sameDayTimeOfDay returns the part of the day of the first other
// mention of pick's day in Text[lo:hi] (read on to the line's end, at most
// sameDayReach bytes) that gives one, but for a document's day, and ""
// when none does or two give different parts.
func (p *parser) sameDayTimeOfDay(pick *vntext.DayMention, lo, hi int) string {
	hi = min(hi, p.end)
	if i := strings.IndexByte(p.doc.Lower[hi:min(hi+sameDayReach, p.end)], '\n'); i >= 0 {
		hi += i
	} else {
		hi = min(hi+sameDayReach, p.end)
	}
	var buf [8]vntext.DayMention
	tod := ""
	for _, d := range p.doc.AppendDays(buf[:0], lo, hi) {
		if d.Start == pick.Start || d.Date.Month != pick.Date.Month || d.Date.Day != pick.Date.Day {
			continue
		}
		if d.Date.Year != 0 && pick.Date.Year != 0 && d.Date.Year != pick.Date.Year {
			continue
		}
		switch t := schemaTimeOfDay(d.TimeOfDay); {
		case t == "" || p.documentDate(d.Start):
		case tod == "":
			tod = t
		case t != tod:
			return "" // "sáng 14/6 … chiều 14/6": the day's sittings
		}
	}
	return tod
}

// sameDayReach bounds how far past the lead a mention of the meeting's
// day is read for its part of the day: a caption or the next sentence or
// two, not a later event of that day.
const sameDayReach = 400

// timesOfDay are the words for a part of the day, as the JSON gives them.
var timesOfDay = [...]string{"sáng", "trưa", "chiều", "tối"}

// schemaTimeOfDay returns the word of SCHEMA.md's time_of_day for t:
// "sáng", "trưa", "chiều" or "tối", and "" for none and for the night,
// which the schema does not name.
func schemaTimeOfDay(t vntext.TimeOfDay) string {
	if t == vntext.Night {
		return ""
	}
	return t.String()
}

// dropYearSpans removes from days both ends of each span of years
// written as two days ("Lễ kỷ niệm 60 năm Ngày Bác Hồ về thăm quê
// (14/6/1957 - 14/6/2017)"): an anniversary's days, never the meeting's.
// It filters days in place.
func dropYearSpans(l string, days []vntext.DayMention) []vntext.DayMention {
	out := days[:0]
	for i := 0; i < len(days); i++ {
		if i+1 < len(days) && isYearSpan(l, &days[i], &days[i+1]) {
			i++
			continue
		}
		out = append(out, days[i])
	}
	return out
}

// isYearSpan reports whether a and b are the ends of a span across years:
// both write their year, the years differ, and only a dash comes between.
func isYearSpan(l string, a, b *vntext.DayMention) bool {
	if a.Date.Year == 0 || b.Date.Year == 0 || a.Date.Year == b.Date.Year || b.Start < a.End {
		return false
	}
	gap := strings.TrimSpace(l[a.End:b.Start])
	return gap == "-" || gap == "–" || gap == "—"
}

// sittingWords name a sitting of a meeting in the clause before its day:
// "Tại phiên chất vấn chiều 12-7", "tại kỳ họp sáng nay".
var sittingWords = []string{"phiên", "kỳ họp", "hội nghị", "đại hội", "cuộc họp"}

// sittingBefore reports whether the clause before i names a sitting.
func (p *parser) sittingBefore(i int) bool {
	l := p.doc.Lower
	cs := i
	for cs > 0 && i-cs < 80 && !strings.ContainsRune(",.;\n", rune(l[cs-1])) {
		cs--
	}
	return containsAnyWord(l[cs:i], sittingWords)
}

// relativeTimeOfDay finds "sáng nay", "chiều qua", "tối hôm qua" in
// Text[ss:se] (near pick's day when there is one; at a sentence's start when
// opening is set) and returns its part of the day, and 1 for yesterday.
// The parts of the day are tried in order, and for each the words after it
// in the order of relativeDays, each at its first place that fits.
func (p *parser) relativeTimeOfDay(ss, se int, pick *vntext.DayMention, opening bool) (tod string, daysBack int) {
	l := p.doc.Lower[:se]
	for _, t := range timesOfDay {
		// Where t is written: the words after it are read there, rather
		// than the clause searched for each pair.
		var buf [8]int
		at := buf[:0]
		for from := ss; from < se; {
			k := strings.Index(l[from:], t)
			if k < 0 {
				break
			}
			at = append(at, from+k)
			from += k + len(t)
		}
		for _, rel := range relativeDays {
			for _, k := range at {
				if strings.HasPrefix(l[k+len(t):], rel) && p.relativeFits(k, len(t)+len(rel), pick, opening) {
					if strings.HasSuffix(rel, "qua") {
						return t, 1
					}
					return t, 0
				}
			}
		}
	}
	return "", 0
}

// relativeDays are the words that make a part of the day today's or
// yesterday's, in the order relativeTimeOfDay tries them.
var relativeDays = [...]string{" nay", " qua", " hôm nay", " hôm qua"}

// relativeFits reports whether the words at Lower[k:k+n] stand whole and
// where relativeTimeOfDay wants them: near pick's day, or at a sentence's
// start when opening is set.
func (p *parser) relativeFits(k, n int, pick *vntext.DayMention, opening bool) bool {
	l := p.doc.Lower
	if !textscan.AtWordStart(l, k) || !textscan.AtWordEnd(l, k+n) {
		return false
	}
	if pick != nil && !p.near(k, pick.Start) {
		return false
	}
	if opening {
		b := strings.TrimRight(l[:k], " ")
		if b != "" && !strings.HasSuffix(b, ".") && !strings.HasSuffix(b, "\n") {
			return false
		}
	}
	return true
}

// firstTenure returns the tenure that dates a meeting held at its start:
// a congress opens its tenure, and the first session of a council sits in
// the first year of its own (when the report states the tenure only for
// other councils elected at the same time, theirs). It returns the
// tenure's first year, or 0 for other meetings.
func (p *parser) firstTenure(m *Meeting, places []place) int {
	switch {
	case m.Kind == KindCongress && m.Tenure.Start == 0:
		return p.congressYear()
	case m.Kind == KindCongress:
		return m.Tenure.Start
	case m.Kind != KindCouncilSession || m.Session != 1:
		return 0
	case m.Tenure != (Tenure{}):
		return m.Tenure.Start
	}
	for i := range places {
		pl := &places[i]
		if pl.fam == famCouncil && pl.hasTenure() {
			return pl.tenure().Start
		}
	}
	return 0
}

// congressYear returns the year of a congress whose body's tenure was not
// read, from the tenures the headline and lead name: "Đại hội đại biểu Hội
// Luật gia tỉnh lần thứ V (nhiệm kỳ 2019 - 2024)" opens 2019, and a tenure
// the congress reviews ("tổng kết nhiệm kỳ 2014 - 2019") closes in that
// year. It returns 0 when they name none.
func (p *parser) congressYear() int {
	end := p.anchorEnd
	if p.leadLine < len(p.lines) {
		end = max(end, p.lines[p.leadLine].end)
	}
	l := p.doc.Lower[:end]
	y := 0
	for i := 0; ; {
		k := strings.Index(l[i:], "nhiệm kỳ ")
		if k < 0 {
			return y
		}
		k += i
		i = k + len("nhiệm kỳ ")
		s, e, _, ok := p.readYears(i)
		if !ok {
			continue
		}
		if _, _, review := nearestCue(l[max(0, k-40):k], tenureReviewTable, nil); review {
			s = e
		}
		y = max(y, s)
	}
}

// near reports whether two offsets are within a few words of each other.
func (p *parser) near(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return b-a < 24
}

// resolveYear supplies the year a day leaves out, and says where it
// comes from: the page's stamp, the caller's reference date, or the
// report's own context ("6 tháng đầu năm 2017", "kế hoạch năm 2018", the
// tenure of a congress or a first session). A year outside the body's
// tenure is never taken, nor one in which the day falls on another
// weekday than the one written before it ("Chủ nhật 28-5"; see
// vntext.DayMention.Weekday). The basis is "" when nothing tells the year.
func (p *parser) resolveYear(m *Meeting, places []place, pick *vntext.DayMention) (vntext.Date, string) {
	d := pick.Date
	if m.Published.Year != 0 {
		d.Year = m.Published.Year
		if d.Month > m.Published.Month+1 {
			d.Year-- // "Ngày 28/12" on a page of 2 January
		}
		d.YearInferred = true
		return d, BasisStamp
	}
	lo, hi := 0, 0
	if m.Tenure != (Tenure{}) {
		// A body meets within its tenure; a congress may open it late
		// in the year before.
		lo, hi = m.Tenure.Start, m.Tenure.End
		if m.Kind == KindCongress {
			lo--
		}
	}
	var extra [2]yearClue
	clues := extra[:0]
	if start := p.firstTenure(m, places); start != 0 {
		clues = append(clues, yearClue{from: day(start, 1, 1), to: day(start+1, 1, 1), weight: 3})
	}
	if partyCycle(m) {
		clues = append(clues, yearClue{every: partyCongressCycle})
	}
	y := p.contextYear(d.Month, d.Day, lo, hi, clues)
	if pick.HasWeekday && y != 0 && day(y, d.Month, d.Day).Weekday() != pick.Weekday {
		y = 0 // "Chủ nhật 28-5" falls on a Sunday in the meeting's year
	}
	if !p.cfg.ref.IsZero() {
		// The latest such day not after ref, unless the report says
		// another year.
		r := d.Resolve(p.cfg.ref)
		if (y == 0 || y == r.Year) && (lo == 0 || r.Year >= lo && r.Year <= hi) && (!pick.HasWeekday || day(r.Year, d.Month, d.Day).Weekday() == pick.Weekday) {
			return r, BasisReference
		}
	}
	if y != 0 {
		d.Year = y
		d.YearInferred = true
		return d, BasisContext
	}
	return d, ""
}
