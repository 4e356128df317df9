package vntext

// This file holds the grammar of a period expression, which ParsePeriod
// and FindPeriods share: the forms are tried in order by pdParser.period.

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// pdParser parses period expressions; its dtScanner reads as-of dates and
// records the furthest failure.
type pdParser struct {
	dtScanner
}

// period parses a period starting at s[i], trying its forms in order: a
// year range, an as-of date, a term, a named year, a quarter, a count of
// months.
func (p *pdParser) period(i int) (Period, int, bool) {
	s := p.s
	if i >= len(s) {
		p.fail(i, ErrSyntax)
		return Period{}, i, false
	}
	if textscan.IsDigit(s[i]) {
		if y, n, k := dtDigits(s, i); n == 4 {
			return p.yearRange(i, y, k, true) // a lone year needs "năm"
		}
		// The forms that open with a word fail here and record no
		// failure: a number starts only a count of months.
		return p.monthCount(i)
	}
	if k, ok := pdWords(s, i, "tính đến"); ok {
		return p.asOf(k)
	}
	if w, k, ok := pdTermCue(s, i); ok {
		return p.term(w, k)
	}
	if per, end, ok, done := p.namedYear(i); done {
		return per, end, ok
	}
	// "quý I/2021", "quý 3 năm 2018", "quý IV"
	if k, ok := pdWords(s, i, "quý"); ok {
		return p.quarter(k)
	}
	return p.monthCount(i)
}

// monthCount reads a count of months at s[i], the last form period tries:
// "6 tháng đầu năm 2024", "Sáu tháng cuối năm", "9 tháng năm 2024".
func (p *pdParser) monthCount(i int) (Period, int, bool) {
	s := p.s
	if n, k, ok := pdCount(s, i); ok {
		if k2, ok := pdWords(s, k, "tháng"); ok {
			return p.months(i, n, k2)
		}
	}
	p.fail(i, ErrSyntax)
	return Period{}, i, false
}

// asOf reads what follows "tính đến" at s[k]: "[hết|cuối] [ngày]
// 31/12/2020", "hết năm 2020".
func (p *pdParser) asOf(k int) (Period, int, bool) {
	s := p.s
	j := k
	for _, w := range [...]string{"hết", "cuối"} {
		if k2, ok := pdWords(s, j, w); ok {
			j = k2
			break
		}
	}
	if k2, ok := pdWords(s, j, "năm"); ok {
		if y, n, end := dtDigits(s, k2); n == 4 {
			return Period{Kind: PeriodAsOf, AsOf: Date{Year: y}}, end, true
		}
		p.fail(k2, ErrSyntax)
		return Period{}, k2, false
	}
	e, ok := p.expr(j, 0)
	if !ok {
		return Period{}, j, false
	}
	if e.kind == dtElidedDay {
		p.fail(e.coreEnd, ErrSyntax)
		return Period{}, j, false
	}
	return Period{Kind: PeriodAsOf, AsOf: e.date}, e.end, true
}

// pdTermCues are the words that name a span of years: "giai đoạn
// 2021-2025", "nhiệm kỳ 2020-2025".
var pdTermCues = [...]string{"giai đoạn", "nhiệm kỳ", "thời kỳ", "năm học", "niên khóa", "niên khoá"}

// pdTermFirst holds the first bytes of pdTermCues, all ASCII letters in
// lower case: a byte with its 0x20 bit set is one of them only when it or
// its upper case begins a cue.
var pdTermFirst = func() (t [256]bool) {
	for _, w := range pdTermCues {
		t[w[0]] = true
	}
	return t
}()

// pdTermCue reads a term cue at s[i] and returns it and where its years
// start.
func pdTermCue(s string, i int) (cue string, k int, ok bool) {
	if i >= len(s) || !pdTermFirst[s[i]|0x20] {
		return "", i, false // most words period tries start no cue
	}
	for _, w := range pdTermCues {
		if k, ok := pdWords(s, i, w); ok {
			return w, k, true
		}
	}
	return "", i, false
}

// term reads the range of years at s[k] after the term cue w; a single
// year is not a term.
func (p *pdParser) term(w string, k int) (Period, int, bool) {
	s := p.s
	if k >= len(s) || !textscan.IsDigit(s[k]) {
		p.fail(k, ErrSyntax)
		return Period{}, k, false
	}
	y, n, k2 := dtDigits(s, k)
	if n != 4 {
		p.fail(k, ErrSyntax)
		return Period{}, k, false
	}
	per, end, ok := p.yearRange(k, y, k2, true)
	if ok && per.Kind != PeriodRange {
		p.fail(k2, ErrSyntax)
		return Period{}, k2, false
	}
	per.Term = w == "nhiệm kỳ"
	return per, end, ok
}

// namedYear reads "cả năm 2023", "năm 2024", "năm 2016-2020" at s[i].
// done reports that the form decided the parse; it is false when s[i]
// starts no such form, or starts "năm" as the number five ("Năm tháng
// đầu năm"), so that the later forms are tried.
func (p *pdParser) namedYear(i int) (per Period, end int, ok, done bool) {
	s := p.s
	j := i
	if k, ok := pdWords(s, i, "cả"); ok {
		j = k
	}
	k, ok := pdWords(s, j, "năm")
	if !ok {
		return Period{}, i, false, false
	}
	if k < len(s) && textscan.IsDigit(s[k]) {
		if y, n, k2 := dtDigits(s, k); n == 4 {
			per, end, ok = p.yearRange(k, y, k2, false)
			return per, end, ok, true
		}
	}
	p.fail(k, ErrSyntax)
	if j > i {
		return Period{}, k, false, true
	}
	return Period{}, i, false, false
}

// yearRange reads what follows a year y at s[k]: a dash and a second year
// makes a range, otherwise y alone is a year (unless needRange is set).
func (p *pdParser) yearRange(start, y, k int, needRange bool) (Period, int, bool) {
	s := p.s
	if y < 1000 {
		p.fail(start, ErrRange)
		return Period{}, k, false
	}
	j := dtSpaces(s, k)
	if j < len(s) && s[j] == '-' {
		j = dtSpaces(s, j+1)
		if y2, n, end := dtDigits(s, j); n == 4 {
			if y2 <= y || y2-y > 100 {
				p.fail(j, ErrRange)
				return Period{}, end, false
			}
			return Period{Kind: PeriodRange, Year: y, EndYear: y2}, end, true
		}
	}
	if needRange || !pdYearCue(s, start) {
		p.fail(k, ErrSyntax)
		return Period{}, k, false
	}
	return Period{Kind: PeriodYear, Year: y}, k, true
}

// pdYearCue reports whether "năm" precedes the year at s[i] (a lone year
// is a period only after it).
func pdYearCue(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return k < i && dtWordBefore(s, k, "năm")
}

// quarter reads "I/2021", "3 năm 2018", "IV" at s[k].
func (p *pdParser) quarter(k int) (Period, int, bool) {
	s := p.s
	q, end := 0, k
	if k < len(s) && textscan.IsDigit(s[k]) {
		var n int
		q, n, end = dtDigits(s, k)
		if n > 1 {
			p.fail(k, ErrRange)
			return Period{}, end, false
		}
	} else {
		for end < len(s) && end-k < 4 && (s[end]|0x20 == 'i' || s[end]|0x20 == 'v') {
			end++
		}
		for n, r := range [...]string{"i", "ii", "iii", "iv"} {
			if strings.EqualFold(s[k:end], r) {
				q = n + 1
			}
		}
		if q == 0 {
			return p.quarterWords(k)
		}
		if dtLetterAt(s, end) {
			p.fail(end, ErrSyntax)
			return Period{}, end, false
		}
	}
	if q < 1 || q > 4 {
		p.fail(k, ErrRange)
		return Period{}, end, false
	}
	per := Period{Kind: PeriodQuarter, Quarter: q}
	if end+1 < len(s) && (s[end] == '/' || s[end] == '-') && textscan.IsDigit(s[end+1]) {
		y, n, e2 := dtDigits(s, end+1)
		if n != 4 {
			p.fail(end+1, ErrSyntax)
			return Period{}, e2, false
		}
		per.Year = y
		return per, e2, true
	}
	if y, e2, ok := dtYearAfter(s, end); ok {
		per.Year = y
		return per, e2, true
	}
	return per, end, true
}

// quarterWords reads a quarter in words at s[k]: "ba" in "quý ba năm
// 2018", "quý một.". Unless a year follows, the quarter must end a clause,
// since "khách quý một …" is an honoured guest.
func (p *pdParser) quarterWords(k int) (Period, int, bool) {
	s := p.s
	v, end, err := numberWordsAt(s, k, true)
	if err != nil || v < 1 || v > 4 {
		p.fail(k, ErrSyntax)
		return Period{}, k, false
	}
	per := Period{Kind: PeriodQuarter, Quarter: int(v)}
	if y, e2, ok := dtYearAfter(s, end); ok {
		per.Year = y
		return per, e2, true
	}
	if n := dtSpaces(s, end); n < len(s) && !dtClauseEnd(s[n]) {
		p.fail(n, ErrSyntax)
		return Period{}, n, false
	}
	return per, end, true
}

// months reads "đầu năm 2024", "cuối năm" or "năm 2024" after "N tháng".
func (p *pdParser) months(start, n, k int) (Period, int, bool) {
	s := p.s
	kind := PeriodFirstMonths
	j := k
	if k2, ok := pdWords(s, k, "đầu"); ok {
		j = k2
	} else if k2, ok := pdWords(s, k, "cuối"); ok {
		j, kind = k2, PeriodLastMonths
	}
	k3, ok := dtWord(s, j, "năm")
	if !ok {
		p.fail(j, ErrSyntax)
		return Period{}, j, false
	}
	if n < 1 || n > 12 {
		p.fail(start, ErrRange)
		return Period{}, k3, false
	}
	per := Period{Kind: kind, Months: n}
	if k4 := dtSpaces(s, k3); k4 > k3 && k4 < len(s) && textscan.IsDigit(s[k4]) {
		if y, ny, end := dtDigits(s, k4); ny == 4 {
			per.Year = y
			return per, end, true
		}
	}
	if j == k { // "9 tháng năm 2024" needs its year
		p.fail(k3, ErrSyntax)
		return Period{}, k3, false
	}
	return per, k3, true
}

// pdWords matches the words w (lower case, one space between words) at
// s[i:] and the spaces after them; it returns where the next word starts.
func pdWords(s string, i int, w string) (int, bool) {
	k, ok := dtWord(s, i, w)
	if !ok {
		return i, false
	}
	return dtSpaces(s, k), true
}

// pdCount reads a small count at s[i:], in digits or words, and the
// spaces after it.
func pdCount(s string, i int) (n, end int, ok bool) {
	if i < len(s) && textscan.IsDigit(s[i]) {
		v, nd, k := dtDigits(s, i)
		if nd > 2 {
			return 0, i, false
		}
		if k2 := dtSpaces(s, k); k2 > k {
			return v, k2, true
		}
		return 0, i, false
	}
	if v, k, err := numberWordsAt(s, i, false); err == nil && v <= 99 {
		if k2 := dtSpaces(s, k); k2 > k {
			return int(v), k2, true
		}
	}
	return 0, i, false
}
