package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// A dayMention is a calendar day the text names: "Chiều 17/6",
// "ngày 12/7/2018", "sáng 13-7", "ngày 28 tháng 2 năm 2024".
type dayMention struct {
	start, end int // span in Doc.Text
	date       vntext.Date
	tod        string // sáng, trưa, chiều, tối when the day is introduced by one
	cued       bool   // introduced by ngày, sáng, hôm … or written with its year
}

// timesOfDay are the words for a part of the day, as the JSON gives them.
var timesOfDay = [...]string{"sáng", "trưa", "chiều", "tối"}

// isDayCue reports a word that introduces a day in running text. It is
// asked before every number, so it is a switch, not a map.
func isDayCue(w string) bool {
	switch w {
	case "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "nay", "từ", "đến", "và", "qua", "tới", "mùng", "mồng":
		return true
	}
	return false
}

// daysIn appends the day mentions in Text[lo:hi], in order, to out and
// returns it. A sentence names a day or two: callers pass a buffer on the
// stack.
func (p *parser) daysIn(out []dayMention, lo, hi int) []dayMention {
	l := p.doc.Lower
	for i := lo; i < hi; i++ {
		c := l[i]
		if c < '0' || c > '9' || !textscan.AtWordStart(l, i) {
			continue
		}
		dm, ok := p.dayAt(i, hi)
		if !ok {
			i = digitsAt(l, i)
			continue
		}
		out = append(out, dm)
		i = dm.end - 1
	}
	return out
}

// dayAt reads a day at Lower[i:] (i at a digit): "17/6", "12/7/2018",
// "13-7", or "28 tháng 2 năm 2024" after "ngày". It reads the date by the
// first rule its form fits, then the cue around it.
func (p *parser) dayAt(i, hi int) (dayMention, bool) {
	l := p.doc.Lower
	e := digitsAt(l, i)
	if e-i == 4 {
		return isoDayAt(l, i, hi)
	}
	day, _ := atoiSpan(l, i, e)
	if e-i > 2 || day < 1 || day > 31 || e >= hi {
		return dayMention{}, false
	}
	dm := dayMention{start: i}
	var ok bool
	switch {
	case l[e] == '/' || l[e] == '-' || l[e] == '.' && (p.cueBefore(i) || dottedYearAt(l, e)):
		ok = p.numericDay(&dm, day, e, hi)
	case strings.HasPrefix(l[e:], " tháng "):
		ok = monthWordDay(l, &dm, day, e)
	default:
		ok = p.chainedDay(&dm, day, e, hi)
	}
	if !ok || dm.date.Day > vntext.DaysInMonth(dm.date.Year, dm.date.Month) {
		return dayMention{}, false
	}
	p.dayCue(&dm, i)
	if !dm.cued && strings.HasPrefix(l[e:], " tháng ") {
		return dayMention{}, false
	}
	return dm, true
}

// numericDay reads into dm the month and year after the day at
// Lower[dm.start:e] and the separator at e: "17/6", "12/7/2018", "13-7",
// "19.09.2024", or the range "20-21/12".
func (p *parser) numericDay(dm *dayMention, day, e, hi int) bool {
	l := p.doc.Lower
	sep := l[e]
	m0 := e + 1
	m1 := digitsAt(l, m0)
	month, _ := atoiSpan(l, m0, m1)
	if sep == '-' && m1 < len(l) && l[m1] == '/' {
		// "ngày 20-21/12": a range, not the day 20 of month 21.
		return p.chainedDay(dm, day, e, hi)
	}
	if m1-m0 < 1 || m1-m0 > 2 || month < 1 || month > 12 {
		return false
	}
	dm.date = vntext.Date{Month: month, Day: day}
	dm.end = m1
	if m1+1 < len(l) && l[m1] == sep {
		y1 := digitsAt(l, m1+1)
		if y1-m1-1 == 4 {
			dm.date.Year, _ = atoiSpan(l, m1+1, y1)
			dm.end = y1
		} else if y1 > m1+1 {
			return false // "1/2/3": not a date
		}
	} else if m1 < len(l) && (l[m1] == '/' || (l[m1] == '-' && m1+1 < len(l) && l[m1+1] >= '0' && l[m1+1] <= '9')) {
		return false
	}
	return textscan.AtWordEnd(l, dm.end)
}

// monthWordDay reads into dm the month and year after the day ending at
// Lower[e:], which goes on with " tháng ": "28 tháng 2 năm 2024", "25
// tháng 11, 2025", "25 Tháng Mười Hai, 2014".
func monthWordDay(l string, dm *dayMention, day, e int) bool {
	m0 := e + len(" tháng ")
	m1 := digitsAt(l, m0)
	month, _ := atoiSpan(l, m0, m1)
	if m1 == m0 {
		// "25 Tháng Mười Hai, 2014", as blog software prints dates:
		// a month in words, taken only with its year.
		if mo, me, ok := vntext.MonthNameAt(l, m0); ok && yearAfter(l, me) > 0 {
			month, m1 = mo, me
		}
	}
	if month < 1 || month > 12 {
		return false
	}
	dm.date = vntext.Date{Month: month, Day: day}
	dm.end = m1
	if strings.HasPrefix(l[m1:], " năm ") {
		y0 := m1 + len(" năm ")
		y1 := digitsAt(l, y0)
		if y1-y0 == 4 {
			dm.date.Year, _ = atoiSpan(l, y0, y1)
			dm.end = y1
		}
	} else if y1 := yearAfter(l, m1); y1 > 0 {
		// "Đăng ngày 25 tháng 11, 2025", "14 Tháng Bảy 2017": the year
		// after a comma or a space.
		dm.date.Year, _ = atoiSpan(l, y1-4, y1)
		dm.end = y1
	}
	return true
}

// chainedDay reads into dm the month and year of a day listed before the
// one that writes them: "ngày 20 và 21/12", "từ ngày 14 đến 16/10/2020".
func (p *parser) chainedDay(dm *dayMention, day, e, hi int) bool {
	last, ok := p.chainEnd(dm.start, e, hi)
	if !ok {
		return false
	}
	dm.date = vntext.Date{Year: last.date.Year, Month: last.date.Month, Day: day}
	dm.end = last.end
	return true
}

// dayCue reads the cue around the day dm starting at Lower[i:], setting
// dm.cued and dm.tod: a cue word or weekday before it ("Chiều 17/6",
// "sáng ngày 12/7", "chiều nay (7/2)", "hôm 8/7", "Sáng thứ Hai (5/12)"),
// its year, or a part of the day after it ("17/6 chiều").
func (p *parser) dayCue(dm *dayMention, i int) {
	l := p.doc.Lower
	// The cue: "Chiều 17/6", "sáng ngày 12/7", "chiều nay (7/2)", "hôm 8/7".
	j := i
	for k := i; k > 0 && (l[k-1] == ' ' || l[k-1] == '('); k-- {
		if l[k-1] == '(' {
			j = k - 1 // "(10/7)", and "( 10/7 )" in rejoined text
			break
		}
	}
	ws, we := prevWord(l, j)
	if ds, ok := weekdayBefore(l, j); ok {
		// "Sáng thứ Hai (5/12)", "Chủ nhật, 4/12": a weekday names a day.
		dm.cued = true
		ws, we = prevWord(l, ds)
	}
	w := l[ws:we]
	if isDayCue(w) {
		dm.cued = true
		if w == "mùng" || w == "mồng" { // "Sáng mùng 9/12", "ngày mồng 2/9"
			ws, we = prevWord(l, ws)
			w = l[ws:we]
		}
		if w == "ngày" || w == "nay" {
			ws2, we2 := prevWord(l, ws)
			if ds, ok := weekdayBefore(l, ws); ok {
				ws2, we2 = prevWord(l, ds) // "chiều thứ Ba, ngày 5/12"
			}
			w = l[ws2:we2]
		}
		for _, t := range timesOfDay {
			if w == t {
				dm.tod = t
			}
		}
	}
	if dm.date.Year != 0 {
		dm.cued = true
	}
	// "17/6 chiều": the part of the day after the date.
	if k := textscan.SkipSpaces(l, dm.end); dm.tod == "" && k > dm.end {
		for _, t := range timesOfDay {
			if textscan.PrefixWordAt(l, k, t) {
				dm.tod, dm.cued = t, true
			}
		}
	}
}

// yearAfter returns the end of a year written after a month at l[i:],
// past a comma or a space ("tháng 11, 2025", "Tháng Bảy 2017"), or 0.
func yearAfter(l string, i int) int {
	y0 := i
	if strings.HasPrefix(l[i:], ", ") {
		y0 += len(", ")
	} else if strings.HasPrefix(l[i:], " ") {
		y0++
	} else {
		return 0
	}
	y1 := digitsAt(l, y0)
	if y, _ := atoiSpan(l, y0, y1); y1-y0 != 4 || y < 1900 || y > 2100 || !textscan.AtWordEnd(l, y1) {
		return 0
	}
	return y1
}

// isoDayAt reads a day written year first, "2024-12-18", as page stamps
// print it ("Cập nhật: 2024-12-18 17:05:00"). Only the full form with a
// two-digit month and day counts: "2020-2025" is a range of years.
func isoDayAt(l string, i, hi int) (dayMention, bool) {
	d, end, ok := vntext.DateAt(l, i)
	if !ok || end != i+10 || end > hi || d.Year < 1900 || d.Year > 2100 {
		return dayMention{}, false
	}
	// "2024-12-10T15:30:00+07:00": the clock joined by a T.
	if end+1 < hi && l[end] == 't' {
		h, mi, e, ok := clockAt(l, end+1)
		if !ok || l[end+3] != ':' {
			return dayMention{}, false
		}
		d.Hour, d.Minute, d.HasClock = h, mi, true
		end = e
	} else if !textscan.AtWordEnd(l, end) {
		return dayMention{}, false
	}
	return dayMention{start: i, end: end, date: d, cued: true}, true
}

// dottedYearAt reports whether Lower[e:] (at the '.' after a day) goes on
// as ".MM.YYYY": "19.09.2024" is a date even with no cue before it, since
// a number never groups its digits in twos.
func dottedYearAt(l string, e int) bool {
	m1 := digitsAt(l, e+1)
	if m1-e-1 < 1 || m1-e-1 > 2 || m1 >= len(l) || l[m1] != '.' {
		return false
	}
	y1 := digitsAt(l, m1+1)
	return y1-m1-1 == 4 && textscan.AtWordEnd(l, y1)
}

// chainEnd reads, after a cued bare day at Lower[i:e], the days it is
// listed with ("20 và 21/12", "5, 6 và 7/12", "14 đến 16/10/2020", "6 - 7/8")
// up to the one that writes its month, and returns that one.
func (p *parser) chainEnd(i, e, hi int) (dayMention, bool) {
	l := p.doc.Lower
	if !p.cueBefore(i) {
		return dayMention{}, false
	}
	k := e
	for steps := 0; steps < 4; steps++ {
		j := textscan.SkipSpaces(l, k)
		switch {
		case j < hi && (l[j] == ',' || l[j] == '-'):
			j = textscan.SkipSpaces(l, j+1)
		case textscan.PrefixWordAt(l, j, "và"):
			j = textscan.SkipSpaces(l, j+len("và"))
		case textscan.PrefixWordAt(l, j, "đến"):
			j = textscan.SkipSpaces(l, j+len("đến"))
		default:
			return dayMention{}, false
		}
		if textscan.PrefixWordAt(l, j, "ngày") {
			j = textscan.SkipSpaces(l, j+len("ngày"))
		}
		d1 := digitsAt(l, j)
		if j >= hi || d1 == j || d1-j > 2 {
			return dayMention{}, false
		}
		if d1 < hi && (l[d1] == '/' || l[d1] == '-' || l[d1] == '.') {
			last, ok := p.dayAt(j, hi)
			return last, ok && last.date.Month != 0
		}
		if n, _ := atoiSpan(l, j, d1); n < 1 || n > 31 {
			return dayMention{}, false
		}
		k = d1
	}
	return dayMention{}, false
}

// cueBefore reports whether a day cue ("ngày", "sáng" …) comes right
// before i: "ngày 12.7" is a day where a bare "12.7" is a number.
func (p *parser) cueBefore(i int) bool {
	ws, we := prevWord(p.doc.Lower, i)
	return isDayCue(p.doc.Lower[ws:we])
}

// clockAt reads "20:57" or "15h35" at Lower[i:] and returns its end.
func clockAt(l string, i int) (h, m, end int, ok bool) {
	e := digitsAt(l, i)
	if e-i < 1 || e-i > 2 || e+3 > len(l) || (l[e] != ':' && l[e] != 'h') {
		return 0, 0, 0, false
	}
	e2 := digitsAt(l, e+1)
	if e2-e-1 != 2 {
		return 0, 0, 0, false
	}
	h, _ = atoiSpan(l, i, e)
	m, _ = atoiSpan(l, e+1, e2)
	if h > 23 || m > 59 {
		return 0, 0, 0, false
	}
	return h, m, e2, true
}

// weekdayBefore reports whether a weekday written in words ("thứ Hai",
// "Chủ nhật") ends right before i, past spaces, a comma or a bracket, and
// returns where it starts. Weekdays in digits ("thứ 5") are left out: they
// read as ordinals too ("kỳ họp thứ 5").
func weekdayBefore(l string, i int) (int, bool) {
	j := i
	for j > 0 && (l[j-1] == ' ' || l[j-1] == ',' || l[j-1] == '(') {
		j--
	}
	ws, we := prevWord(l, j)
	if we != j || ws == we {
		return 0, false
	}
	w := l[ws:we]
	var lead string
	switch w {
	case "hai", "ba", "tư", "năm", "sáu", "bảy":
		lead = "thứ"
	case "nhật":
		lead = "chủ"
	default:
		return 0, false
	}
	ps, pe := prevWord(l, ws)
	if l[ps:pe] != lead {
		return 0, false
	}
	return ps, true
}
