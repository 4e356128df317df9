package vntext

import (
	"time"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file holds the hand-written date grammar shared by ParseDate and
// FindDates. It reads text that is either a Doc's Text or a caller's text
// that dtPlain has found to be already normal, matching words without
// regard to case; the words it is made of are in date_words.go.

// dtKind tells which form the core of a date expression has.
type dtKind uint8

const (
	dtNone      dtKind = iota
	dtFull             // 12/7/2018, 13-01-2021, 28 tháng 2 năm 2024
	dtDayMonth         // 17/6, 6-2
	dtDayMonthW        // 28 tháng 2
	dtMonthYear        // tháng 8/2020, tháng 8 năm 2020
	dtMonth            // tháng 8, tháng Giêng: a month alone
	dtElidedDay        // the 15 of "ngày 15 đến 17/10"
)

// dtExpr is one date expression found at a position.
type dtExpr struct {
	start, end         int // the whole expression
	coreStart, coreEnd int // the digits and separators of the date itself
	date               Date
	kind               dtKind
	sep                byte // '/', '-' or '.' for numeric forms
	tod                TimeOfDay
	weekday            time.Weekday
	hasWeekday         bool
	strong             bool // a cue word, weekday or clock is part of the span
	paren              bool // the core is in parentheses inside the span
	wordMonth          bool // the month is named in words: "tháng Ba", "tháng Giêng"
	shortYear          bool // the year has two digits: "3/9/91"
}

// dtScanner parses date expressions in s, recording the furthest failure
// for ParseDate's error.
type dtScanner struct {
	s      string
	errPos int
	err    error
	// chained is set while FindDates parses the day after an elided one,
	// as the 6 of "ngày 5, 6 và 7/12", which needs no cue of its own.
	chained bool
}

func (p *dtScanner) fail(pos int, err error) {
	if p.err == nil || pos > p.errPos || (pos == p.errPos && err == ErrRange) {
		p.errPos, p.err = pos, err
	}
}

// expr parses a date expression starting at s[i]: optional clock, weekday,
// time of day (with "nay"), "ngày" or "tháng", an optional parenthesis,
// the date, and optional trailing clock or time of day. depth limits the
// recursion of elided ranges.
func (p *dtScanner) expr(i int, depth int) (e dtExpr, ok bool) {
	s := p.s
	e.start = i
	e.strong = p.chained
	j := p.leading(&e, i)
	monthFirst, dayCue := false, false
	if k, ok := dtWord(s, j, "ngày"); ok {
		p.fail(k, ErrSyntax) // a date must follow
		dayCue = true
		if k2 := dtSpaces(s, k); k2 > k {
			e.strong = true
			j = k2
		}
	}
	if k, ok := dtDayWord(s, j); ok { // "mồng 3 tháng ba", "ngày mùng 6"
		e.strong = true
		j = k
	} else if k, ok := dtWord(s, j, "tháng"); ok && !dayCue && !e.hasWeekday && e.tod == NoTimeOfDay {
		if k2 := dtSpaces(s, k); k2 > k {
			monthFirst = true
			j = k2
		}
	}
	if dayCue {
		if k, ok := p.firstOfMonth(&e, j); ok { // "ngày đầu tiên của tháng Ba"
			e.coreStart, e.coreEnd, e.end = j, k, k
			return e, true
		}
	}
	if j > i && j < len(s) && s[j] == '(' {
		e.paren = true
		j++
	}
	if j >= len(s) || !textscan.IsDigit(s[j]) && !(monthFirst && dtLetterAt(s, j)) {
		p.fail(j, ErrSyntax)
		return e, false
	}
	e.coreStart = j
	var k int
	if monthFirst {
		k, ok = p.monthYear(&e, j)
	} else {
		k, ok = p.core(&e, j, depth)
	}
	if !ok {
		return e, false
	}
	e.coreEnd = k
	if e.paren {
		if k >= len(s) || s[k] != ')' {
			p.fail(k, ErrSyntax)
			return e, false
		}
		k++
	}
	e.end = k
	if e.kind == dtElidedDay || e.date.Day == 0 {
		return e, true
	}
	p.trailing(&e, k)
	if e.date.HasClock {
		e.date.Hour = dtClock24(e.date.Hour, e.tod)
	}
	return e, true
}

// leading reads what may open a date expression at s[i], a printed clock
// ("17h ngày 4-12"), a weekday and a time of day ("Sáng thứ Hai", "chiều
// nay"), into e, and returns where the rest starts.
func (p *dtScanner) leading(e *dtExpr, i int) int {
	s := p.s
	j := i
	if h, mi, k, ok := dtClock(s, j, true); ok {
		k2 := dtSpaces(s, k)
		if k2 < len(s) && (s[k2] == ',' || s[k2] == '|' || s[k2] == '-') {
			k2 = dtSpaces(s, k2+1)
		}
		if k2 > k+1 || k2 > k && (k2 >= len(s) || s[k2] != '-') {
			e.date.Hour, e.date.Minute, e.date.HasClock = h, mi, true
			e.strong = true
			j = k2
		}
	}
	for n := 0; n < 2 && (n == 0 || j > i); n++ {
		if !e.hasWeekday {
			if wd, k, ok := dtWeekday(s, j); ok && (j > i || dtWeekdayContext(s, i)) {
				if k2 := dtWeekdaySep(s, k); k2 > k {
					e.weekday, e.hasWeekday, e.strong = wd, true, true
					j = k2
				}
			}
		}
		if e.tod == NoTimeOfDay {
			if t, k, ok := dtTimeOfDay(s, j); ok {
				if k2 := dtSpaces(s, k); k2 > k {
					e.tod, e.strong = t, true
					j = k2
					for _, w := range [...]string{"nay", "qua", "mai"} {
						if k3, ok := dtWord(s, j, w); ok {
							j = dtSpaces(s, k3)
							break
						}
					}
				}
			}
		}
	}
	return j
}

// trailing reads what may close the date expression e ending at s[k]: a
// printed clock ("13-01-2021 20:36", "12/07/2018 | 15:35") or a time of
// day ("17/6 chiều").
func (p *dtScanner) trailing(e *dtExpr, k int) {
	s := p.s
	// A printed clock after the date: "13-01-2021 20:36", "12/07/2018 | 15:35".
	if !e.date.HasClock {
		m := dtSpaces(s, k)
		if m < len(s) && (s[m] == '|' || s[m] == ',' || s[m] == '-') {
			m = dtSpaces(s, m+1)
		}
		if m > k {
			if h, mi, m2, ok := dtClock(s, m, false); ok {
				e.date.Hour, e.date.Minute, e.date.HasClock = h, mi, true
				e.end = m2
				return
			}
		}
	}
	// A time of day after the date: "17/6 chiều".
	if e.tod == NoTimeOfDay {
		if m := dtSpaces(s, k); m > k {
			if t, m2, ok := dtTimeOfDay(s, m); ok {
				if n := dtSpaces(s, m2); n >= len(s) || !textscan.IsDigit(s[n]) {
					e.tod = t
					e.end = m2
				}
			}
		}
	}
}

// core parses the date proper at s[j], a digit.
func (p *dtScanner) core(e *dtExpr, j int, depth int) (int, bool) {
	s := p.s
	a, na, k := dtDigits(s, j)
	if na == 4 {
		return p.iso(e, j, a, k)
	}
	if na > 2 {
		p.fail(j, ErrSyntax)
		return k, false
	}
	if k < len(s) && (s[k] == '/' || s[k] == '-' || s[k] == '.') && k+1 < len(s) && textscan.IsDigit(s[k+1]) {
		sep := s[k]
		b, nb, k2 := dtDigits(s, k+1)
		if nb > 2 {
			p.fail(k+1, ErrSyntax)
			return k2, false
		}
		// "ngày 15-17/10": a day range sharing the month written after it.
		if sep == '-' && depth < 2 && (e.strong || a < b) && k2+1 < len(s) && s[k2] == '/' && textscan.IsDigit(s[k2+1]) {
			var next dtExpr
			next.strong = true
			if _, ok := p.core(&next, k+1, depth+1); ok && next.date.Day != 0 && next.kind != dtElidedDay {
				return p.elided(e, j, a, k, next.date)
			}
		}
		e.sep = sep
		y, ny, end := 0, 0, k2
		if k2 < len(s) && s[k2] == sep && k2+1 < len(s) && textscan.IsDigit(s[k2+1]) {
			y, ny, end = dtDigits(s, k2+1)
			switch {
			case ny == 2 && sep == '/':
				y, e.shortYear = dtCentury(y), true
			case ny != 4:
				p.fail(k2+1, ErrSyntax)
				return end, false
			}
			e.kind = dtFull
		} else if m := dtSpaces(s, k2); m > k2 && sep != '.' {
			e.kind = dtDayMonth
			// "17/6 năm 2024"
			if m2, ok := dtWord(s, m, "năm"); ok {
				if m3 := dtSpaces(s, m2); m3 > m2 {
					if yy, n, m4 := dtDigits(s, m3); n == 4 {
						y, end, e.kind = yy, m4, dtFull
					}
				}
			}
		} else {
			e.kind = dtDayMonth
		}
		if !p.check(j, k+1, a, b, y) {
			return end, false
		}
		e.date.Day, e.date.Month, e.date.Year = a, b, y
		return end, true
	}
	// "28 tháng 2 năm 2024", "7 tháng Ba"
	if m := dtSpaces(s, k); m > k {
		if m2, ok := dtWord(s, m, "tháng"); ok {
			if m3 := dtSpaces(s, m2); m3 > m2 && m3 < len(s) && (textscan.IsDigit(s[m3]) || dtLetterAt(s, m3)) {
				return p.dayMonthWords(e, j, a, m3)
			}
		}
	}
	// "ngày 15 đến 17/10", "ngày 5, 6/12", "ngày 30 và 31/12": the day
	// takes its month (and year) from the date that follows.
	if e.strong && depth < 2 && a >= 1 && a <= 31 {
		if m, ok := dtRangeJoin(s, k); ok && m < len(s) && textscan.IsDigit(s[m]) {
			var next dtExpr
			next.strong = true
			if _, ok := p.core(&next, m, depth+1); ok && next.date.Day != 0 {
				return p.elided(e, j, a, k, next.date)
			}
		}
	}
	p.fail(k, ErrSyntax)
	return k, false
}

// dayMonthWords reads the month after "tháng" at s[m3], and the year that
// may follow, for the day a written at s[j]: "28 tháng 2 năm 2024", "7
// tháng Ba".
func (p *dtScanner) dayMonthWords(e *dtExpr, j, a, m3 int) (int, bool) {
	b, m4, ok := p.month(e, m3)
	if !ok {
		return m4, false
	}
	y, end := 0, m4
	if yy, m5, ok := dtYearAfter(p.s, m4); ok {
		y, end = yy, m5
	}
	if !p.check(j, m3, a, b, y) {
		return end, false
	}
	e.date.Day, e.date.Month, e.date.Year = a, b, y
	e.kind = dtDayMonthW
	if y != 0 {
		e.kind = dtFull
	}
	return end, true
}

// firstOfMonth parses "đầu tiên của tháng 3 [năm 2024]" after "ngày": the
// first day of the month.
func (p *dtScanner) firstOfMonth(e *dtExpr, j int) (int, bool) {
	s := p.s
	k := j
	for _, w := range [...]string{"đầu", "tiên", "của", "tháng"} {
		k2, ok := dtWord(s, k, w)
		if !ok || dtSpaces(s, k2) == k2 {
			return j, false
		}
		k = dtSpaces(s, k2)
	}
	if k >= len(s) {
		return j, false
	}
	m, end, ok := p.month(e, k)
	if !ok || !p.check(j, k, 1, m, 0) {
		return j, false
	}
	e.kind = dtDayMonthW
	if y, k2, ok := dtYearAfter(s, end); ok {
		e.kind, e.date.Year, end = dtFull, y, k2
	}
	e.date.Day, e.date.Month = 1, m
	return end, true
}

// iso parses the ISO 8601 form 2024-06-17 after its year y.
func (p *dtScanner) iso(e *dtExpr, j, y, k int) (int, bool) {
	s := p.s
	if k+1 >= len(s) || s[k] != '-' || !textscan.IsDigit(s[k+1]) {
		p.fail(k, ErrSyntax)
		return k, false
	}
	m, nm, k2 := dtDigits(s, k+1)
	if nm != 2 || k2+1 >= len(s) || s[k2] != '-' || !textscan.IsDigit(s[k2+1]) {
		p.fail(k+1, ErrSyntax)
		return k2, false
	}
	d, nd, end := dtDigits(s, k2+1)
	if nd != 2 {
		p.fail(k2+1, ErrSyntax)
		return end, false
	}
	if !p.check(k2+1, k+1, d, m, y) {
		return end, false
	}
	e.kind, e.sep = dtFull, '-'
	e.date.Day, e.date.Month, e.date.Year = d, m, y
	return end, true
}

// elided records the day a of a range whose month is that of next.
func (p *dtScanner) elided(e *dtExpr, j, a, end int, next Date) (int, bool) {
	if a < 1 || a > DaysInMonth(next.Year, next.Month) {
		p.fail(j, ErrRange)
		return end, false
	}
	e.kind = dtElidedDay
	e.date.Day, e.date.Month, e.date.Year = a, next.Month, next.Year
	return end, true
}

// monthYear parses "8/2020", "8-2020", "8.2020", "8 năm 2020", "Tám năm
// 2020" or a month alone, "8", "Giêng", after "tháng".
func (p *dtScanner) monthYear(e *dtExpr, j int) (int, bool) {
	s := p.s
	m, k, ok := p.month(e, j)
	if !ok {
		return k, false
	}
	y, end := 0, k
	if k+1 < len(s) && (s[k] == '/' || s[k] == '-' || s[k] == '.') && textscan.IsDigit(s[k+1]) && !e.wordMonth {
		var ny int
		y, ny, end = dtDigits(s, k+1)
		if ny != 4 {
			p.fail(k+1, ErrSyntax)
			return end, false
		}
	} else if yy, k2, ok := dtYearAfter(s, k); ok {
		y, end = yy, k2
	}
	if m < 1 || m > 12 {
		p.fail(j, ErrRange)
		return end, false
	}
	e.kind = dtMonthYear
	if end == k {
		e.kind = dtMonth // "tháng 8", "tháng Giêng": ParseDate only
	} else if y == 0 {
		p.fail(end-1, ErrRange)
		return end, false
	}
	e.date.Month, e.date.Year = m, y
	return end, true
}

// month reads the month after "tháng" at s[j]: one or two digits, or its
// name (see dtMonthName), which sets e.wordMonth.
func (p *dtScanner) month(e *dtExpr, j int) (m, end int, ok bool) {
	s := p.s
	if !textscan.IsDigit(s[j]) {
		m, end, ok = dtMonthName(s, j)
		if !ok {
			p.fail(j, ErrSyntax)
			return 0, j, false
		}
		e.wordMonth = true
		return m, end, true
	}
	m, nm, end := dtDigits(s, j)
	if nm > 2 {
		p.fail(j, ErrSyntax)
		return 0, end, false
	}
	return m, end, true
}

// check reports whether day d of month m of year y (0 = not stated) exists,
// recording an ErrRange at the day (dPos) or month (mPos) otherwise.
func (p *dtScanner) check(dPos, mPos, d, m, y int) bool {
	if m < 1 || m > 12 {
		p.fail(mPos, ErrRange)
		return false
	}
	if d < 1 || d > DaysInMonth(y, m) {
		p.fail(dPos, ErrRange)
		return false
	}
	return true
}
