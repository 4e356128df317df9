package vntext

import (
	"iter"
	"time"

	"github.com/vnreport/vnreport/internal/textscan"
)

// ParseDate parses one date expression, the whole of s apart from
// surrounding spaces:
//
//   - a full date: "12/7/2018", "12/07/2018", "13-01-2021",
//     "ngày 28 tháng 2 năm 2024", "21 tháng 09 năm 2025", or with a year of
//     two digits after '/': "3/9/91" (1991), "12/7/18" (2018); 00–29 are
//     2000–2029 and 30–99 are 1930–1999;
//   - a day and month without the year: "17/6", "ngày 13/1", "12-6",
//     "28 tháng 2";
//   - a month and year after "tháng": "tháng 8/2020", "tháng 8-2020",
//     "tháng 8 năm 2020", and a month alone: "tháng 8" (Day is then 0);
//   - the month after "tháng" named in words: "ngày 7 tháng Ba", "tháng
//     Tư năm 2020", "tháng mười hai", with "tháng Giêng" for the first
//     month and "tháng Chạp" for the last;
//   - the first day of a month: "ngày đầu tiên của tháng ba";
//   - with a printed clock time before or after: "20:57 17/06/2024",
//     "13-01-2021 20:36", "12/07/2018 | 15:35", "17h ngày 4-12", "4 giờ
//     chiều ngày 23/4" (a clock with its part of the day is read on 24
//     hours: 16:00).
//
// "vào" and "lúc" may open it ("vào lúc 4:00 chiều ngày 23/4"). A weekday
// ("Thứ Tư, ", "Thứ 4, ", "Chủ nhật, "), a time of day ("Sáng",
// "chiều nay (17/6)", "17/6 tối"), "ngày" and "mồng" or "mùng" (which
// name the first ten days: "mồng 3 tháng ba") may surround the date; they
// are accepted and not reported (see [FindDates] for a form that reports
// them). Matching ignores case, and s may be NFD or use old tone marks.
//
// The errors ParseDate returns have type [*NumError] with Func
// "ParseDate" and Pos the byte offset in s of the first offending
// character: Err is [ErrRange] for a date that does not exist ("31/2/2024",
// "13/13/2020", "29/2/2023"), with Pos at the day or month, and
// [ErrSyntax] otherwise. ParseDate checks calendars itself: it never
// shifts an impossible date the way time.Date does.
func ParseDate(s string) (Date, error) {
	t, d := s, (*Doc)(nil)
	if !dtPlain(s) {
		d = NewDoc(s)
		t = d.Text
	}
	var pos int
	err := ErrSyntax
	i := dtSpaces(t, 0)
	for _, w := range [...]string{"vào", "lúc"} { // "vào lúc 7:30 chiều ngày 20/4/2017"
		if k, ok := dtWord(t, i, w); ok && dtSpaces(t, k) > k {
			i = dtSpaces(t, k)
		}
	}
	p := dtScanner{s: t}
	e, ok := p.expr(i, 0)
	switch {
	case !ok:
		pos, err = p.errPos, p.err
		if err == nil {
			pos, err = i, ErrSyntax
		}
	case e.kind == dtElidedDay:
		pos = dtSpaces(t, e.coreEnd)
	case dtSpaces(t, e.end) != len(t):
		pos = dtSpaces(t, e.end)
	default:
		return e.date, nil
	}
	if d != nil {
		pos = d.SrcOffset(pos)
	}
	return Date{}, numError("ParseDate", s, pos, err)
}

// DateAt reads the date written at text[i:], which starts with its day:
// the forms [ParseDate] reads from the day on ("25/4/2022", "25-4-2022",
// "25.4.2022", "4/7", "25 tháng 4 năm 2022", "3/9/91"), without the words
// around them. text must be normal, as a [Doc]'s Text or Lower is. DateAt
// returns the date and the end of its text, or ok false when no date
// starts at i; the first day of a range ("15" in "15 đến 17/10") is none.
// It does not judge whether the date is a date in running text, as
// [FindDates] does: the caller has a cue ("ngày") of its own.
func DateAt(text string, i int) (d Date, end int, ok bool) {
	if i < 0 || i >= len(text) || !textscan.IsDigit(text[i]) {
		return Date{}, i, false
	}
	p := dtScanner{s: text}
	var e dtExpr
	end, ok = p.core(&e, i, 0)
	if !ok || e.kind == dtElidedDay {
		return Date{}, i, false
	}
	return e.date, end, true
}

// A DateMatch is a date mention found in running text.
type DateMatch struct {
	// Start and End are byte offsets of the mention in the text as given:
	// text[Start:End] is "Chiều 17/6", "ngày 28 tháng 2 năm 2024" or
	// "Thứ 4, 28/02/2024", including the cue words that belong to it.
	Start, End int

	// Date is the date as written: Year is 0 when the text does not print
	// it (see [Date.Resolve]); Day is 0 for a month such as "tháng 8/2020".
	Date Date

	// TimeOfDay is the part of the day named with the date, if any.
	TimeOfDay TimeOfDay

	// Weekday is the day of the week written with the date, when
	// HasWeekday is set. It is reported as written, not checked against
	// the date.
	Weekday    time.Weekday
	HasWeekday bool

	// Elided is set for the first day of a range such as "từ ngày 15 đến
	// 17/10" or "ngày 30 và 31/12", whose month and year are written only
	// once, after the last day: Date then holds the month and year of the
	// next match, and text[Start:End] ("ngày 15") is not a date by itself.
	Elided bool
}

// FindDates returns the date mentions in text, in order and without
// overlaps, with spans indexing text exactly as given (NFD, CRLF and
// no-break spaces included).
//
// It is deliberately conservative about "d/m" without a year, which
// Vietnamese reports use as often for ratios ("19/19 chỉ tiêu", "26/27 đại
// biểu"), document numbers ("06/NQ-HĐND", "98/2023/QH15") and scores as
// for dates. Such a pair is a date when a cue introduces it (a time of
// day, "ngày", a weekday, a clock time, or "hôm", "từ", "đến", "vào",
// "trước", "sau", "nay", "lúc" just before it, or parentheses around it)
// and no counting noun ("phiếu", "chỉ tiêu", "người", …) follows; or,
// without a cue, when it is written with a slash, the day differs from
// the month, and it ends a clause or its day is larger than its month. A
// month and year ("8/2020") counts only after "tháng", a month alone
// ("tháng 8") never; "2020-2025" is a period (see [FindPeriods]), never a
// date. A month named in words makes a date with a year ("2 tháng Chín
// năm 1945") or after a cue such as "ngày", "mồng" or "mùng" ("ngày 7
// tháng Ba"), not in "3 tháng một lần"; a year of two digits ("3/9/91")
// needs a cue when a number or a word such as "số" precedes it.
func FindDates(text string) []DateMatch {
	var ms []DateMatch
	for m := range AllDates(text) {
		ms = append(ms, m)
	}
	return ms
}

// AllDates returns an iterator over the matches FindDates(text) returns,
// without building the slice.
func AllDates(text string) iter.Seq[DateMatch] {
	return func(yield func(DateMatch) bool) {
		if dtPlain(text) {
			dtFind(text, "", func(e dtExpr) bool { return yield(e.match(e.start, e.end)) })
			return
		}
		NewDoc(text).allDates(yield)
	}
}

// TextDates yields the matches of [AllDates] over d.Text[:end], with
// offsets of d.Text, for a caller that goes on matching the words around
// each date in d.Text and d.Lower. d.Text is already normal: it is
// neither checked nor normalised again.
func (d *Doc) TextDates(end int) iter.Seq[DateMatch] {
	return func(yield func(DateMatch) bool) {
		dtFind(d.Text[:end], d.Lower[:end], func(e dtExpr) bool { return yield(e.match(e.start, e.end)) })
	}
}

// FindDates is like the function [FindDates] for a text already prepared
// as a Doc: it scans d.Text and returns spans of d.Src.
func (d *Doc) FindDates() []DateMatch {
	var ms []DateMatch
	d.allDates(func(m DateMatch) bool {
		ms = append(ms, m)
		return true
	})
	return ms
}

func (d *Doc) allDates(yield func(DateMatch) bool) {
	dtFind(d.Text, d.Lower, func(e dtExpr) bool {
		s, t := d.SrcSpan(e.start, e.end)
		return yield(e.match(s, t))
	})
}

func (e *dtExpr) match(start, end int) DateMatch {
	return DateMatch{Start: start, End: end, Date: e.date, TimeOfDay: e.tod,
		Weekday: e.weekday, HasWeekday: e.hasWeekday, Elided: e.kind == dtElidedDay}
}

// dtPlain reports whether s can be scanned as it is: it holds nothing that
// Normalize would change in the words and marks dates are made of (no
// combining marks, CR, tabs, special spaces, dashes or quotes but curly
// double quotes, which dates treat as '"'). Invalid UTF-8 and old tone
// marks do not matter to dates.
func dtPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\r', '\t', '\v', '\f', 0xCC, 0xCD:
			return false
		case 0xE2: // U+2000–U+2FFF: dashes, quotes, spaces…
			// Curly double quotes, which nearly every article has, only
			// end a clause (dtClauseEndAt), as '"' does; Normalize leaves
			// the ellipsis alone.
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0xA6) {
				i += 2
				continue
			}
			return false
		case 0xC2: // U+0080–U+00BF: NBSP, soft hyphen, guillemets, NEL
			if i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0x85 || s[i+1] == 0xAB || s[i+1] == 0xBB || s[i+1] == 0xAD) {
				return false
			}
		case 0xE1: // U+1680 Ogham space
			if i+1 < len(s) && s[i+1] == 0x9A {
				return false
			}
		case 0xE3: // U+3000 ideographic space
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return false
			}
		case 0xEF: // U+FEFF byte-order mark
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return false
			}
		}
	}
	return true
}

// dtFind scans s, which must be normal in the sense of dtPlain, and yields
// the accepted date expressions in order.
func dtFind(s, lower string, yield func(dtExpr) bool) {
	p := dtScanner{s: s}
	lastEnd, lastElided := -1, false
	for i := 0; i < len(s); i++ {
		c, b := s[i], byte(' ')
		if i > 0 {
			b = s[i-1]
		}
		// One branch for the two tests most bytes fail, an anchor after
		// no ASCII letter or digit: taken apart, each went either way
		// often enough to be mispredicted.
		if dtAnchors[c]&notAlnum[b] == 0 {
			continue
		}
		// The cheap tests first: most words are turned away before a
		// letter of several bytes before them is decoded.
		if !textscan.IsDigit(c) && !dtCueStart(s, i) {
			continue
		}
		if i > 0 {
			b := s[i-1]
			if b >= 0x80 && dtLetterBefore(s, i) {
				continue // inside a word or number
			}
			if textscan.IsDigit(c) && i > 1 && textscan.IsDigit(s[i-2]) && i-1 != lastEnd && (b == '.' || b == ',' || b == '/' || b == '-' || b == ':') {
				continue // "1.234/5", "98/2023", "20:57"
			}
		}
		if !textscan.IsDigit(c) && lower != "" && !dtFirstWords.at(lower, i) {
			continue
		}
		p.chained = false
		if lastElided && textscan.IsDigit(c) {
			k, ok := dtRangeJoin(s, lastEnd)
			p.chained = ok && k == i
		}
		e, ok := p.expr(i, 0)
		if !ok || !dtAccept(s, &e, lastEnd) {
			continue
		}
		if !yield(e) {
			return
		}
		lastEnd, lastElided = e.end, e.kind == dtElidedDay
		i = e.end - 1
	}
}

// dtAnchors marks with 1 the bytes that can start a date expression: a
// digit, or the first byte of ngày, tháng, thứ, trưa, tối, sáng, chiều,
// chủ nhật or đêm.
var dtAnchors = func() (t [256]uint8) {
	for _, c := range []byte("0123456789nNtTsScC\xc4") {
		t[c] = 1
	}
	return t
}()

// notAlnum marks with 1 the bytes that are no ASCII letter or digit
// (asciiAlnum): after one, a word may start.
var notAlnum = func() (t [256]uint8) {
	for c := range t {
		if !asciiAlnum(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// dtCueStart is a quick test of the first two bytes at s[i] for the cue
// words a date expression can start with, so that most words are passed
// over without decoding. It looks the pair up in dtCuePairs, made from
// dtCuePair: small enough to be inlined in dtFind's loop.
func dtCueStart(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	k := uint(s[i])<<8 | uint(s[i+1])
	return dtCuePairs[k/64]&(1<<(k%64)) != 0
}

// dtCuePairs holds the pairs of bytes dtCuePair accepts, a bit a pair.
var dtCuePairs = func() (t [1 << 16 / 64]uint64) {
	for k := range 1 << 16 {
		if dtCuePair(byte(k>>8), byte(k)) {
			t[k/64] |= 1 << (k % 64)
		}
	}
	return t
}()

// dtCuePair reports whether a cue word of a date may start with the bytes
// c0, c1: ng (ngày), th, tr and t + a letter of three bytes (thứ, tháng,
// trưa, tối), s + a letter of two (sáng), ch (chủ nhật, chiều), đ (đêm),
// in either case.
func dtCuePair(c0, c1 byte) bool {
	l1 := c1 | 0x20 // ASCII lower case; harmless for the lead bytes tested below
	switch c0 | 0x20 {
	case 'n':
		return l1 == 'g'
	case 't':
		return l1 == 'h' || l1 == 'r' || c1 == 0xE1
	case 's':
		return c1 == 0xC3
	case 'c':
		return l1 == 'h'
	case 0xC4 | 0x20:
		return c0 == 0xC4 && (c1 == 0x91 || c1 == 0x90)
	}
	return false
}

// dtFirstWords are the words other than numbers that a date expression
// can start with: a weekday (thứ, chủ nhật), a part of the day
// (dtTimeWords), ngày, mồng or mùng, tháng. It is dtCueStart's finer test,
// for a caller with the text in lower case: most words that share their
// first bytes with one ("thành", "chính", "sản") are passed over unparsed.
var dtFirstWords = func() (t firstWords) {
	for _, w := range [...]string{"thứ", "chủ", "ngày", "mồng", "mùng", "tháng"} {
		t.add(w)
	}
	for _, tw := range dtTimeWords {
		t.add(tw.w)
	}
	return t
}()

// dtAccept decides whether an expression parsed in running text is a date
// (see FindDates for the rules).
func dtAccept(s string, e *dtExpr, lastEnd int) bool {
	switch e.kind {
	case dtElidedDay:
		return true // the date it shares its month with follows at once
	case dtMonth:
		return false // "tháng 8" alone is no date of a calendar
	}
	if !dtTailOK(s, e.coreEnd) {
		return false
	}
	if e.wordMonth && e.date.Year == 0 && !e.strong && !dtDayWordBefore(s, e.start) {
		return false // "3 tháng một lần": a month in words needs "ngày", "mồng" or a year
	}
	switch e.kind {
	case dtFull, dtMonthYear:
		// "3/9/91" as "4/5/20" in running text; not "số 12/3/15".
		return !e.shortYear || e.strong || dtWeakCue(s, e.start) || !dtRatioBefore(s, e.start)
	}
	if e.strong {
		return true
	}
	if e.sep == '.' && !dtWeakCue(s, e.start) {
		return false // "4.0", "2.5": a version or a grouped number, not a date
	}
	d, m := e.date.Day, e.date.Month
	weak := dtWeakCue(s, e.start)
	if lastEnd >= 0 {
		if k, ok := dtRangeJoin(s, lastEnd); ok && k == e.start {
			weak = true
		}
	}
	paren := e.start > 0 && s[e.start-1] == '(' && e.end < len(s) && s[e.end] == ')'
	if weak || paren && d != m {
		return !CountingNext(s, e.end)
	}
	if e.kind != dtDayMonth || e.sep != '/' || d == m {
		return false
	}
	if dtRatioBefore(s, e.start) {
		return false
	}
	n := dtSpaces(s, e.end)
	if n < len(s) && textscan.IsDigit(s[n]) {
		return false
	}
	if n >= len(s) || dtClauseEndAt(s, n) {
		return true
	}
	return d > m && !CountingNext(s, e.end)
}

// dtRatioBefore reports whether what precedes a bare "d/m" at s[start]
// makes it one of a run of numbers ("9 5/9 5"), a share or an address
// ("đạt 2/3", "số 12/5") rather than a date.
func dtRatioBefore(s string, start int) bool {
	k := start
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k > 0 && textscan.IsDigit(s[k-1]) {
		return true
	}
	if k < start {
		for _, w := range dtRatioCues {
			if dtWordBefore(s, k, w) {
				return true
			}
		}
	}
	return false
}

// dtDayWordBefore reports whether "mồng" or "mùng" ends just before the
// day at s[start], with spaces between. FindDates leaves the word out of
// the span, as the other words that only cue a date ("từ", "vào").
func dtDayWordBefore(s string, start int) bool {
	k := start
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return k < start && (dtWordBefore(s, k, "mồng") || dtWordBefore(s, k, "mùng"))
}

// dtClauseEndAt reports whether s[n:] starts with a character that ends a
// clause or a parenthesis, a curly double quote included.
func dtClauseEndAt(s string, n int) bool {
	if s[n] == 0xE2 {
		return n+2 < len(s) && s[n+1] == 0x80 && (s[n+2] == 0x9C || s[n+2] == 0x9D)
	}
	return dtClauseEnd(s[n])
}

// dtClauseEnd reports whether c ends a clause or a parenthesis.
func dtClauseEnd(c byte) bool {
	switch c {
	case ',', '.', ';', ':', ')', '!', '?', '\n', '"':
		return true
	}
	return false
}

// dtTailOK reports whether what follows a date at s[k] leaves it a date:
// not a document number ("06/NQ-HĐND"), a decimal, a percentage or a word
// glued to it.
func dtTailOK(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	switch c := s[k]; {
	case c == '/' || c == '-':
		return k+1 >= len(s) || !textscan.IsDigit(s[k+1]) && !dtLetterAt(s, k+1)
	case c == '.' || c == ',':
		return k+1 >= len(s) || !textscan.IsDigit(s[k+1])
	case c == '%' || textscan.IsDigit(c):
		return false
	}
	return !dtLetterAt(s, k)
}

// dtRatioCues are words that, just before a bare "d/m", make it a share,
// a count or an address rather than a date.
var dtRatioCues = [...]string{"đạt", "với", "được", "chiếm", "trên", "hơn", "gần", "khoảng",
	"tỷ lệ", "tỉ lệ", "là", "có", "gồm", "số", "phiếu", "ngõ", "hẻm", "ngách", "kiệt", "phòng", "lô"}

// dtWeakCue reports whether a weak cue word ends just before s[i], with
// spaces between.
func dtWeakCue(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == i || k == 0 {
		return false
	}
	for _, c := range dateCues {
		if c.weak && dtWordBefore(s, k, c.w) {
			return true
		}
	}
	return false
}

// dtCountingNouns follow a ratio or a range of counts, never a date.
var dtCountingNouns = [...]string{
	"chỉ tiêu", "tiêu chí", "tiêu chuẩn", "phiếu", "đại biểu", "vị", "người",
	"xã", "phường", "thị trấn", "tổ chức", "đơn vị", "dự án", "nội dung", "làng",
	"giờ", "cán bộ", "thành viên", "huyện", "tỉnh", "hộ", "lần", "trường", "ý kiến",
	"câu", "ban", "nhiệm vụ", "công trình", "điểm", "thôn", "chi bộ", "đảng bộ",
	"đảng viên", "cơ sở", "lượt", "học sinh", "trận", "bàn", "số", "tổng", "năm",
	"tháng", "ngày", "tuần", "phút", "triệu", "tỷ", "nghìn", "ngàn", "đồng", "km",
	"ha", "m", "cơ quan", "doanh nghiệp", "sở", "ngành", "địa phương", "quận",
	"khu", "ấp", "bản", "tổ", "đoàn", "hồ sơ", "vụ", "trường hợp", "mục tiêu",
	"ủy viên", "thí sinh", "học viên", "sản phẩm", "căn", "hạng mục", "khoản",
	"nhóm", "lớp", "thành phố", "chương trình", "gói thầu", "kế hoạch", "văn bản",
	"thủ tục", "hợp tác xã", "nhà", "công ty", "chợ", "tuyến", "cuộc", "phần",
}

// CountingNext reports whether a counting noun ("người", "hộ", "dự án",
// …) follows the lower-case text s at i after spaces: the number before i
// counts things, and is no year or date ("cho 2017 người").
func CountingNext(s string, i int) bool {
	k := dtSpaces(s, i)
	if k == i || k >= len(s) {
		return false
	}
	if !dtLetterAt(s, k) {
		return false
	}
	for _, w := range dtCountingNouns {
		// A noun may match only where its first byte does, ignoring case:
		// most are passed over without a call.
		if s[k]|0x20 != w[0]|0x20 {
			continue
		}
		if k2, ok := dtWord(s, k, w); ok {
			return w != "năm" || !dtYearNamed(s, k2)
		}
	}
	return false
}

// dtYearNamed reports whether "năm" ending at s[k] names a particular year
// ("2/9 năm nay", "17/6 năm 2024") rather than counting years ("2-3 năm").
func dtYearNamed(s string, k int) bool {
	j := dtSpaces(s, k)
	if j == k || j >= len(s) {
		return false
	}
	if _, n, _ := dtDigits(s, j); n == 4 {
		return true
	}
	for _, w := range [...]string{"nay", "ngoái", "này", "đó", "ấy", "trước", "sau", "tới", "qua"} {
		if _, ok := dtWord(s, j, w); ok {
			return true
		}
	}
	return false
}
