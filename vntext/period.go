package vntext

import (
	"iter"
	"strconv"
	"strings"
)

// A PeriodKind tells what span of time a [Period] names.
type PeriodKind uint8

// The kinds of period a report names.
const (
	NoPeriod          PeriodKind = iota
	PeriodYear                   // "năm 2024", "cả năm 2023"
	PeriodQuarter                // "quý I/2021", "quý 3 năm 2018", "quý IV"
	PeriodFirstMonths            // "6 tháng đầu năm 2024", "9 tháng năm 2024"
	PeriodLastMonths             // "6 tháng cuối năm"
	PeriodRange                  // "2020-2025", "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025"
	PeriodAsOf                   // "tính đến ngày 31/12/2020"
)

var periodKindNames = [...]string{"", "year", "quarter", "first_months", "last_months", "range", "as_of"}

// String returns a lower-case English name for k: "year", "quarter",
// "first_months", "last_months", "range", "as_of", or "" for NoPeriod.
func (k PeriodKind) String() string {
	if int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return "PeriodKind(" + strconv.Itoa(int(k)) + ")"
}

// A Period is a span of time a report gives figures for, or a term of
// office. Fields the text does not state are 0; the zero Period names
// nothing.
type Period struct {
	Kind PeriodKind

	// Year is the year of the period, or the first year of a range; 0
	// when the text does not state it ("quý IV", "6 tháng đầu năm").
	Year int

	// EndYear is the last year of a PeriodRange.
	EndYear int

	// Quarter is 1–4 for a PeriodQuarter.
	Quarter int

	// Months is the number of months of a PeriodFirstMonths or
	// PeriodLastMonths: 6 for "6 tháng đầu năm".
	Months int

	// AsOf is the date of a PeriodAsOf: "tính đến ngày 31/12/2020" is
	// 2020-12-31; "tính đến hết năm 2020" states only the year.
	AsOf Date

	// Term is set for a range given as a term of office, "nhiệm kỳ
	// 2020-2025".
	Term bool
}

// IsZero reports whether p names nothing.
func (p Period) IsZero() bool { return p.Kind == NoPeriod }

// String formats p compactly: "2024" for a year, "2021-Q1" for a quarter,
// "2024-H1" and "2024-H2" for the first and last six months, "2024-9M"
// for the first nine months and "2024-L3M" for the last three,
// "2020/2025" for a range (the ISO 8601 interval form) and "../2020-12-31"
// for a period up to a date. Without a year, the year and its dash are
// left out ("Q4", "H1"). The zero Period formats as "".
func (p Period) String() string {
	var b []byte
	year := func() {
		if p.Year != 0 {
			b = strconv.AppendInt(b, int64(p.Year), 10)
			b = append(b, '-')
		}
	}
	switch p.Kind {
	case PeriodYear:
		b = strconv.AppendInt(b, int64(p.Year), 10)
	case PeriodQuarter:
		year()
		b = append(b, 'Q')
		b = strconv.AppendInt(b, int64(p.Quarter), 10)
	case PeriodFirstMonths:
		year()
		if p.Months == 6 {
			b = append(b, "H1"...)
		} else {
			b = strconv.AppendInt(b, int64(p.Months), 10)
			b = append(b, 'M')
		}
	case PeriodLastMonths:
		year()
		if p.Months == 6 {
			b = append(b, "H2"...)
		} else {
			b = append(b, 'L')
			b = strconv.AppendInt(b, int64(p.Months), 10)
			b = append(b, 'M')
		}
	case PeriodRange:
		b = strconv.AppendInt(b, int64(p.Year), 10)
		b = append(b, '/')
		b = strconv.AppendInt(b, int64(p.EndYear), 10)
	case PeriodAsOf:
		b = append(b, "../"...)
		b = append(b, p.AsOf.String()...)
	}
	return string(b)
}

// MarshalText implements encoding.TextMarshaler with the format of String.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// A PeriodMatch is a period found in running text; text[Start:End] is its
// source, cue words such as "giai đoạn" and "tính đến" included.
type PeriodMatch struct {
	Start, End int
	Period     Period
}

// ParsePeriod parses one period expression, the whole of s apart from
// surrounding spaces: "quý I/2021", "quý 3 năm 2018", "quý IV", "quý ba"
// (in words, the quarter must end a clause unless a year follows), "6
// tháng đầu năm 2024", "Sáu tháng đầu năm", "9 tháng cuối năm", "năm
// 2024", "cả năm 2023", "2020-2025", "2020 – 2025", "giai đoạn 2021-2025",
// "nhiệm kỳ 2020-2025", "tính đến ngày 31/12/2020", "tính đến hết tháng
// 6". Matching ignores case, and s may be NFD or use old tone marks.
//
// The errors ParsePeriod returns have type [*NumError] with Func
// "ParsePeriod" and Pos the byte offset in s of the first offending
// character: Err is [ErrRange] for a quarter outside 1–4, a number of
// months outside 1–12, a range that ends before it starts, or an
// impossible as-of date, and [ErrSyntax] otherwise.
func ParsePeriod(s string) (Period, error) {
	t, d := s, (*Doc)(nil)
	if !dtPlain(s) {
		d = NewDoc(s)
		t = d.Text
	}
	p := pdParser{dtScanner: dtScanner{s: t}}
	i := dtSpaces(t, 0)
	per, end, ok := p.period(i)
	var pos int
	err := ErrSyntax
	switch {
	case !ok:
		pos, err = p.errPos, p.err
		if err == nil {
			pos, err = i, ErrSyntax
		}
	case dtSpaces(t, end) != len(t):
		pos = dtSpaces(t, end)
	default:
		return per, nil
	}
	if d != nil {
		pos = d.SrcOffset(pos)
	}
	return Period{}, numError("ParsePeriod", s, pos, err)
}

// FindPeriods returns the periods named in text, in order and without
// overlaps, with spans indexing text exactly as given. A year needs "năm"
// before it ("năm 2024", but not the year of "tháng 8 năm 2020", which is
// a date), while two years joined by a dash make a range on their own.
func FindPeriods(text string) []PeriodMatch {
	var ms []PeriodMatch
	for m := range AllPeriods(text) {
		ms = append(ms, m)
	}
	return ms
}

// AllPeriods returns an iterator over the matches FindPeriods(text)
// returns, without building the slice.
func AllPeriods(text string) iter.Seq[PeriodMatch] {
	return func(yield func(PeriodMatch) bool) {
		if dtPlain(text) {
			pdFind(text, func(p Period, s, e int) bool { return yield(PeriodMatch{s, e, p}) })
			return
		}
		d := NewDoc(text)
		d.allPeriods(yield)
	}
}

// FindPeriods is like the function [FindPeriods] for a text already
// prepared as a Doc: it scans d.Text and returns spans of d.Src.
func (d *Doc) FindPeriods() []PeriodMatch {
	var ms []PeriodMatch
	d.allPeriods(func(m PeriodMatch) bool {
		ms = append(ms, m)
		return true
	})
	return ms
}

func (d *Doc) allPeriods(yield func(PeriodMatch) bool) {
	pdFind(d.Text, func(p Period, s, e int) bool {
		s, e = d.SrcSpan(s, e)
		return yield(PeriodMatch{s, e, p})
	})
}

// pdFind scans s, normal in the sense of dtPlain, for periods.
func pdFind(s string, yield func(Period, int, int) bool) {
	p := pdParser{dtScanner: dtScanner{s: s}}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !pdAnchors[c] {
			continue
		}
		if i > 0 {
			b := s[i-1]
			if isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80 && dtLetterBefore(s, i) {
				continue
			}
			if isDigit(c) && i > 1 && isDigit(s[i-2]) && (b == '.' || b == ',' || b == '/' || b == '-' || b == ':') {
				continue
			}
		}
		if !isDigit(c) && (i+1 >= len(s) || !pdStarts.has(s[i], s[i+1])) {
			continue
		}
		per, end, ok := p.period(i)
		if !ok || !pdAccept(s, i, end, per) {
			continue
		}
		if !yield(per, i, end) {
			return
		}
		i = end - 1
	}
}

// pdAnchors holds the first bytes a period can start with: digits and the
// first letters of quý, năm, cả, giai đoạn, nhiệm kỳ, thời kỳ, tính and
// the number words một to mười.
var pdAnchors = func() (t [256]bool) {
	for _, c := range []byte("0123456789qQnNcCgGtThHmMbBsSqQ") {
		t[c] = true
	}
	return t
}()

// pdPairs is a set of the first two bytes of words, ignoring ASCII case.
type pdPairs [1 << 16 / 64]uint64

func pdPairKey(a, b byte) uint16 {
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	return uint16(a)<<8 | uint16(b)
}

func (t *pdPairs) has(a, b byte) bool {
	k := pdPairKey(a, b)
	return t[k/64]&(1<<(k%64)) != 0
}

// pdStarts holds the first two bytes of every word a period can start
// with, so that FindPeriods passes over other words undecoded. Upper-case
// Vietnamese letters share their first byte with the lower-case ones; the
// second byte of an upper-case two-byte letter is added too.
var pdStarts = func() *pdPairs {
	t := new(pdPairs)
	add := func(w string) {
		for _, v := range []string{w, strings.ToUpper(w)} {
			if len(v) >= 2 {
				k := pdPairKey(v[0], v[1])
				t[k/64] |= 1 << (k % 64)
			}
		}
	}
	for _, w := range []string{"tính", "giai", "nhiệm", "thời", "năm", "niên", "cả", "quý"} {
		add(w)
	}
	for w, nw := range numWords { // a count in words: "Sáu tháng đầu năm"
		if nw.startsNumber() {
			add(w)
		}
	}
	return t
}()

// pdAccept applies the context rules of FindPeriods.
func pdAccept(s string, start, end int, p Period) bool {
	if end < len(s) {
		switch c := s[end]; {
		case c == '/' || c == '-':
			if end+1 < len(s) && (isDigit(s[end+1]) || dtLetterAt(s, end+1)) {
				return false // "2020-2025/QĐ", a code
			}
		case c == '%' || isDigit(c):
			return false
		case c == '.' || c == ',':
			if end+1 < len(s) && isDigit(s[end+1]) {
				return false
			}
		}
	}
	if p.Kind == PeriodYear {
		// "tháng 8 năm 2020" and "ngày 5 tháng 10 năm 2023" are dates.
		k := start
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k > 0 && (isDigit(s[k-1]) || s[k-1] == ',' && k > 1 && isDigit(s[k-2])) {
			return false
		}
	}
	return true
}

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
	if isDigit(s[i]) {
		if y, n, k := dtDigits(s, i); n == 4 {
			return p.yearRange(i, y, k, true) // a lone year needs "năm"
		}
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
	// "6 tháng đầu năm 2024", "Sáu tháng cuối năm", "9 tháng năm 2024"
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

// pdTermCue reads a term cue at s[i] and returns it and where its years
// start.
func pdTermCue(s string, i int) (cue string, k int, ok bool) {
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
	if k >= len(s) || !isDigit(s[k]) {
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
	if k < len(s) && isDigit(s[k]) {
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
	if k < len(s) && isDigit(s[k]) {
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
	if end+1 < len(s) && (s[end] == '/' || s[end] == '-') && isDigit(s[end+1]) {
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
	if k4 := dtSpaces(s, k3); k4 > k3 && k4 < len(s) && isDigit(s[k4]) {
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
	if i < len(s) && isDigit(s[i]) {
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
