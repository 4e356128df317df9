package vntext

import (
	"iter"
	"strconv"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
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
			pdFind(text, "", func(p Period, s, e int) bool { return yield(PeriodMatch{s, e, p}) })
			return
		}
		d := NewDoc(text)
		d.allPeriods(yield)
	}
}

// TextPeriods yields the matches of [AllPeriods] over d.Text[:end], with
// offsets of d.Text (see [Doc.TextDates]).
func (d *Doc) TextPeriods(end int) iter.Seq[PeriodMatch] {
	return func(yield func(PeriodMatch) bool) {
		pdFind(d.Text[:end], d.Lower[:end], func(p Period, s, e int) bool { return yield(PeriodMatch{s, e, p}) })
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
	pdFind(d.Text, d.Lower, func(p Period, s, e int) bool {
		s, e = d.SrcSpan(s, e)
		return yield(PeriodMatch{s, e, p})
	})
}

// pdFind scans s, normal in the sense of dtPlain, for periods. lower is s
// in lower case (as Doc.Lower), or "" when the caller has none.
func pdFind(s, lower string, yield func(Period, int, int) bool) {
	p := pdParser{dtScanner: dtScanner{s: s}}
	for i := 0; i < len(s); i++ {
		c, b := s[i], byte(' ')
		if i > 0 {
			b = s[i-1]
		}
		// The cheap tests first, as in dtFind: an anchor after no ASCII
		// letter or digit, in one branch.
		if pdAnchors[c]&notAlnum[b] == 0 {
			continue
		}
		if !textscan.IsDigit(c) && (i+1 >= len(s) || !pdStarts.has(s[i], s[i+1])) {
			continue
		}
		if i > 0 {
			b := s[i-1]
			if b >= 0x80 && dtLetterBefore(s, i) {
				continue // inside a word or number
			}
			if textscan.IsDigit(c) && i > 1 && textscan.IsDigit(s[i-2]) && (b == '.' || b == ',' || b == '/' || b == '-' || b == ':') {
				continue
			}
		}
		if !textscan.IsDigit(c) && lower != "" && !pdFirstWords.atWord(lower, i) {
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
var pdAnchors = func() (t [256]uint8) {
	for _, c := range []byte("0123456789qQnNcCgGtThHmMbBsSqQ") {
		t[c] = 1
	}
	return t
}()

// pdPairs is a set of the first two bytes of words, ignoring ASCII case.
type pdPairs [1 << 16 / 64]uint64

func (t *pdPairs) has(a, b byte) bool {
	k := uint16(a)<<8 | uint16(b)
	return t[k/64]&(1<<(k%64)) != 0
}

// pdStarts holds the first two bytes of every word a period can start
// with, so that FindPeriods passes over other words undecoded. Upper-case
// Vietnamese letters share their first byte with the lower-case ones; the
// second byte of an upper-case two-byte letter is added too. A pair is
// held in every ASCII case, so that has looks it up as it is.
var pdStarts = func() *pdPairs {
	t := new(pdPairs)
	add := func(w string) {
		for _, v := range []string{w, strings.ToUpper(w)} {
			if len(v) < 2 {
				continue
			}
			for _, a := range asciiCases(v[0]) {
				for _, b := range asciiCases(v[1]) {
					k := uint16(a)<<8 | uint16(b)
					t[k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	for _, w := range pdStartWords {
		add(w)
	}
	for w, nw := range numWords { // a count in words: "Sáu tháng đầu năm"
		if nw.startsNumber() {
			add(w)
		}
	}
	return t
}()

// asciiCases returns c and, for an ASCII letter, its other case.
func asciiCases(c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case 'A' <= c && c <= 'Z':
		return []byte{c, c - 'A' + 'a'}
	}
	return []byte{c}
}

// pdStartWords are the words other than numbers that a period can start
// with: tính đến, giai đoạn, nhiệm kỳ, thời kỳ, năm học, niên khóa, cả
// năm, năm, quý.
var pdStartWords = [...]string{"tính", "giai", "nhiệm", "thời", "năm", "niên", "cả", "quý"}

// pdFirstWords are pdStartWords and the number words. It is pdStarts'
// finer test, for a caller with the text in lower case: most words that
// share their first two bytes with one ("thành", "nhân", "cần") are passed
// over without parsing.
var pdFirstWords = func() (t firstWords) {
	for _, w := range pdStartWords {
		t.add(w)
	}
	for w := range numWords {
		t.add(w)
	}
	return t
}()

// pdAccept applies the context rules of FindPeriods.
func pdAccept(s string, start, end int, p Period) bool {
	if end < len(s) {
		switch c := s[end]; {
		case c == '/' || c == '-':
			if end+1 < len(s) && (textscan.IsDigit(s[end+1]) || dtLetterAt(s, end+1)) {
				return false // "2020-2025/QĐ", a code
			}
		case c == '%' || textscan.IsDigit(c):
			return false
		case c == '.' || c == ',':
			if end+1 < len(s) && textscan.IsDigit(s[end+1]) {
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
		if k > 0 && (textscan.IsDigit(s[k-1]) || s[k-1] == ',' && k > 1 && textscan.IsDigit(s[k-2])) {
			return false
		}
	}
	return true
}
