package vntext

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file holds the words and marks the date grammar of date_scan.go is
// made of: month names, the years after "năm", clocks, weekdays, the
// parts of the day, and case-blind word matching over normal text.

// dtMonthNames are the months with names of their own: the first and the
// last, as the lunar calendar calls them and the press writes them for
// January and December too.
var dtMonthNames = [...]struct {
	w string
	m int
}{{"giêng", 1}, {"chạp", 12}}

// MonthNameAt reads the name of a month at s[i:], in any case, as it
// follows "tháng": "Giêng" (1), "Chạp" (12), or the month's number in
// words, "Ba" (3), "Tư" (4), "mười hai" (12). s must be normal, as a
// [Doc]'s Text or Lower is. It returns the month and the end of its name,
// or ok false.
func MonthNameAt(s string, i int) (month, end int, ok bool) {
	for _, n := range dtMonthNames {
		if k, ok := dtWord(s, i, n.w); ok {
			return n.m, k, true
		}
	}
	v, k, err := numberWordsAt(s, i, true)
	if err != nil || v < 1 || v > 12 {
		return 0, i, false
	}
	return int(v), k, true
}

// dtMonthName reads a month named in words at s[i:] (see MonthNameAt) for
// the date grammar, where "năm" is May only when no year follows it: in
// "tháng năm 2020" or "tháng năm nay" it is the year.
func dtMonthName(s string, i int) (m, end int, ok bool) {
	m, end, ok = MonthNameAt(s, i)
	if ok && m == 5 && end-i == len("năm") {
		n := dtSpaces(s, end)
		if n < len(s) && textscan.IsDigit(s[n]) || yearAfterNam[textscan.Lower(s[n:textscan.LetterEnd(s, n)])] {
			return 0, i, false
		}
	}
	return m, end, ok
}

// dtCentury returns the year a two-digit year yy stands for: 2000–2029
// for 00–29, 1930–1999 for 30–99 ("2/9/45" is 1945, "3/3/17" 2017).
func dtCentury(yy int) int {
	if yy < 30 {
		return 2000 + yy
	}
	return 1900 + yy
}

// dtYearAfter reads " năm 2024", ", năm 2024" or " của năm 2024" at s[i:].
func dtYearAfter(s string, i int) (y, end int, ok bool) {
	k := dtSpaces(s, i)
	if k < len(s) && s[k] == ',' {
		k = dtSpaces(s, k+1)
	}
	if k == i {
		return 0, i, false
	}
	if k2, ok := dtWord(s, k, "của"); ok && dtSpaces(s, k2) > k2 { // "quý 4 của năm 2018"
		k = dtSpaces(s, k2)
	}
	k2, ok := dtWord(s, k, "năm")
	if !ok {
		return 0, i, false
	}
	k3 := dtSpaces(s, k2)
	if k3 == k2 || k3 >= len(s) || !textscan.IsDigit(s[k3]) {
		return 0, i, false
	}
	y, n, end := dtDigits(s, k3)
	if n != 4 || y == 0 {
		return 0, i, false
	}
	return y, end, true
}

// dtRangeJoin reads the word or mark joining two days, " đến ", " - ",
// " và ", " tới ", ", ", at s[i:] and returns where the next day starts.
func dtRangeJoin(s string, i int) (int, bool) {
	k := dtSpaces(s, i)
	if k < len(s) && (s[k] == '-' || s[k] == ',') {
		return dtSpaces(s, k+1), true
	}
	if k == i {
		return i, false
	}
	for _, w := range [...]string{"đến", "và", "tới"} {
		if k2, ok := dtWord(s, k, w); ok {
			if k3 := dtSpaces(s, k2); k3 > k2 {
				return k3, true
			}
		}
	}
	return i, false
}

// dtDigits reads the run of ASCII digits at s[i:], returning its value
// (saturated, so that a long run cannot overflow), its length and its end.
func dtDigits(s string, i int) (v, n, end int) {
	for end = i; end < len(s) && textscan.IsDigit(s[end]); end++ {
		if v < 1e6 {
			v = v*10 + int(s[end]-'0')
		}
	}
	return v, end - i, end
}

// dtClock reads a clock time at s[i:]: "20:57", or, when hour is set, also
// "17h", "9h30", "17h30'" and the hour in words, "4 giờ", "10 giờ 45",
// "14 giờ 30 phút". It rejects a clock glued to further digits or letters.
func dtClock(s string, i int, hour bool) (h, m, end int, ok bool) {
	h, n, k := dtDigits(s, i)
	if n == 0 || n > 2 || h > 24 || k >= len(s) {
		return 0, 0, i, false
	}
	switch {
	case hour && s[k] == ' ' && h < 24:
		return dtClockGio(s, h, k+1)
	case s[k] == ':':
		mi, nm, k2 := dtDigits(s, k+1)
		if nm != 2 || mi > 59 {
			return 0, 0, i, false
		}
		if k2 < len(s) && s[k2] == ':' { // seconds, read and dropped
			sec, ns, k3 := dtDigits(s, k2+1)
			if ns != 2 || sec > 59 {
				return 0, 0, i, false
			}
			k2 = k3
		}
		return h, mi, k2, !dtLetterAt(s, k2)
	case hour && (s[k] == 'h' || s[k] == 'H'):
		mi, nm, k2 := dtDigits(s, k+1)
		if nm == 0 {
			k2 = k + 1
		} else if nm != 2 || mi > 59 {
			return 0, 0, i, false
		}
		return h, mi, k2, !dtLetterAt(s, k2)
	}
	return 0, 0, i, false
}

// dtClockGio reads the rest of a clock whose hour h is written before
// "giờ" at s[i:]: "giờ", "giờ 45", "giờ 30 phút".
func dtClockGio(s string, h, i int) (int, int, int, bool) {
	k, ok := dtWord(s, i, "giờ")
	if !ok {
		return 0, 0, i, false
	}
	if k+1 < len(s) && s[k] == ' ' {
		if mi, nm, k2 := dtDigits(s, k+1); nm == 2 && mi <= 59 && !dtLetterAt(s, k2) {
			k = k2
			if k3, ok := dtWord(s, dtSpaces(s, k2), "phút"); ok && k3 > k2+1 {
				k = k3
			}
			return h, mi, k, true
		}
	}
	return h, 0, k, true
}

// dtClock24 gives the hour of the day of a clock hour h written with the
// part of the day t: "7:30 chiều" is 19:30, "1 giờ trưa" 13:00, "10 giờ
// đêm" 22:00; a clock that is already on 24 hours stays as it is.
func dtClock24(h int, t TimeOfDay) int {
	for _, r := range dtAfterNoon {
		if r.t == t && h >= r.from && h <= r.to {
			return h + 12
		}
	}
	return h
}

// dtAfterNoon lists, per part of the day, the clock hours that are after
// noon.
var dtAfterNoon = [...]struct {
	t        TimeOfDay
	from, to int
}{{Noon, 1, 2}, {Afternoon, 1, 11}, {Evening, 1, 11}, {Night, 6, 11}}

// dtDayWord reads "mồng" or "mùng", which name the first ten days of a
// month ("mồng 3 tháng Ba"), and the spaces after it, where a day follows.
func dtDayWord(s string, i int) (int, bool) {
	for _, w := range [...]string{"mồng", "mùng"} {
		if k, ok := dtWord(s, i, w); ok {
			if k2 := dtSpaces(s, k); k2 > k && k2 < len(s) && textscan.IsDigit(s[k2]) {
				return k2, true
			}
		}
	}
	return i, false
}

// dtSpaces skips ASCII spaces at s[i:].
func dtSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// dtWord reports whether the word w (lower case, NFC) is at s[i:] in any
// case and ends there, and returns its end.
func dtWord(s string, i int, w string) (int, bool) {
	j, ok := dtFoldPrefix(s, i, w)
	if !ok || dtLetterAt(s, j) || (j < len(s) && textscan.IsDigit(s[j])) {
		return i, false
	}
	return j, true
}

// dtFoldPrefix matches w (lower case) at s[i:] ignoring case.
func dtFoldPrefix(s string, i int, w string) (int, bool) {
	// Most words tried differ from w in their first byte: tell so before
	// comparing strings (w, lower case, has no byte of 'A'-'Z').
	if i < len(s) && w != "" && w[0] < utf8.RuneSelf && s[i] != w[0] && s[i]|0x20 != w[0] {
		return i, false
	}
	if len(s)-i >= len(w) && s[i:i+len(w)] == w {
		return i + len(w), true
	}
	j := i
	for k := 0; k < len(w); {
		if j >= len(s) {
			return i, false
		}
		c, wc := s[j], w[k]
		if wc < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != wc {
				return i, false
			}
			j++
			k++
			continue
		}
		wr, wn := utf8.DecodeRuneInString(w[k:])
		if j+wn <= len(s) && s[j:j+wn] == w[k:k+wn] {
			j += wn
			k += wn
			continue
		}
		// The upper and lower case of a Vietnamese letter differ only in
		// the last byte of their encoding: reject other runes undecoded.
		if j+wn > len(s) || s[j:j+wn-1] != w[k:k+wn-1] {
			return i, false
		}
		if x := s[j+wn-1] ^ w[k+wn-1]; x != 0x20 && x != 0x01 && x != 0x1F {
			return i, false
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.ToLower(r) != wr {
			return i, false
		}
		j += n
		k += wn
	}
	return j, true
}

// dtLetterAt reports whether a letter (or combining mark) starts at s[i].
func dtLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// dtLetterBefore reports whether a letter ends at s[i-1].
func dtLetterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	// Fast paths: U+00C0–U+01BF, letters but × and ÷, and U+1E00–U+1EFF,
	// all letters.
	if i >= 2 && 0xC3 <= s[i-2] && s[i-2] <= 0xC6 && c&0xC0 == 0x80 {
		return s[i-2] != 0xC3 || c != 0x97 && c != 0xB7
	}
	if i >= 3 && s[i-3] == 0xE1 && 0xB8 <= s[i-2] && s[i-2] <= 0xBB && c&0xC0 == 0x80 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return textscan.IsDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

var dtTimeWords = [...]struct {
	w string
	t TimeOfDay
}{{"sáng", Morning}, {"trưa", Noon}, {"chiều", Afternoon}, {"tối", Evening}, {"đêm", Night}}

// dtTimeOfDay reads a time-of-day word at s[i:].
func dtTimeOfDay(s string, i int) (TimeOfDay, int, bool) {
	if i >= len(s) {
		return 0, i, false
	}
	var tw [2]int // indexes into dtTimeWords + 1
	switch s[i] | 0x20 {
	case 's':
		tw[0] = 1
	case 't':
		tw = [2]int{2, 4}
	case 'c':
		tw[0] = 3
	case 0xC4 | 0x20:
		tw[0] = 5
	}
	for _, n := range tw {
		if n == 0 {
			break
		}
		if k, ok := dtWord(s, i, dtTimeWords[n-1].w); ok {
			return dtTimeWords[n-1].t, k, true
		}
	}
	return 0, i, false
}

var dtWeekdayWords = [...]struct {
	w string
	d time.Weekday
}{
	{"hai", time.Monday}, {"ba", time.Tuesday}, {"tư", time.Wednesday},
	{"năm", time.Thursday}, {"sáu", time.Friday}, {"bảy", time.Saturday},
	{"bẩy", time.Saturday},
}

// WeekdayAt reads a weekday written at text[i:], in any case: "thứ Tư",
// "Thứ 4", "thứ bẩy", "Chủ nhật". text must be normal, as a [Doc]'s Text
// or Lower is. It returns the day and the end of its words, or ok false.
// It does not judge whether "thứ 4" is a weekday or an ordinal ("kỳ họp
// thứ 4"): the caller knows a date follows.
func WeekdayAt(text string, i int) (day time.Weekday, end int, ok bool) {
	if i < 0 {
		return 0, i, false
	}
	return dtWeekday(text, i)
}

// dtWeekday reads "thứ Tư", "thứ 4" or "chủ nhật" at s[i:].
func dtWeekday(s string, i int) (time.Weekday, int, bool) {
	if i >= len(s) || s[i]|0x20 != 'c' && s[i]|0x20 != 't' {
		return 0, i, false
	}
	if k, ok := dtWord(s, i, "chủ"); ok {
		if k2 := dtSpaces(s, k); k2 > k {
			if k3, ok := dtWord(s, k2, "nhật"); ok {
				return time.Sunday, k3, true
			}
		}
		return 0, i, false
	}
	k, ok := dtWord(s, i, "thứ")
	if !ok {
		return 0, i, false
	}
	k2 := dtSpaces(s, k)
	if k2 == k || k2 >= len(s) {
		return 0, i, false
	}
	if c := s[k2]; '2' <= c && c <= '7' && (k2+1 >= len(s) || !textscan.IsDigit(s[k2+1]) && !dtLetterAt(s, k2+1)) {
		return time.Weekday(c - '1'), k2 + 1, true
	}
	for _, ww := range dtWeekdayWords {
		if k3, ok := dtWord(s, k2, ww.w); ok {
			return ww.d, k3, true
		}
	}
	return 0, i, false
}

// dtWeekdaySep reads what separates a weekday from the date: ", ", " - "
// or a space; a following "(" is read by expr.
func dtWeekdaySep(s string, i int) int {
	k := dtSpaces(s, i)
	if k < len(s) && (s[k] == ',' || s[k] == '-') {
		k2 := dtSpaces(s, k+1)
		if k2 > k+1 || s[k] == ',' {
			return k2
		}
		return i
	}
	if k < len(s) && s[k] == '(' {
		return k
	}
	return k
}

// dtWeekdayContext reports whether "thứ" at s[i] can name a weekday rather
// than an ordinal ("kỳ họp thứ 4"): it must open the text, a line or a
// clause, or follow a word that introduces a day.
func dtWeekdayContext(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 {
		return true
	}
	if !dtLetterBefore(s, k) {
		return !textscan.IsDigit(s[k-1])
	}
	for _, c := range dateCues {
		if c.weekday && dtWordBefore(s, k, c.w) {
			return true
		}
	}
	return false
}

// dtWordBefore reports whether the word w (lower case) ends at s[k] and
// starts a word.
func dtWordBefore(s string, k int, w string) bool {
	j := k - len(w)
	if j < 0 {
		return false
	}
	if _, ok := dtFoldPrefix(s[:k], j, w); !ok {
		return false
	}
	return !dtLetterBefore(s, j) && (j == 0 || !textscan.IsDigit(s[j-1]))
}

// dateCues are the words that, just before a number or a weekday, cue a
// date, one row a word, with what it cues:
//
//   - day: Doc.DayAt reports a number after it as cued ("ngày 12.7",
//     "Chiều 17/6", "từ 14 đến 16/10", "mùng 9/12");
//   - weak: FindDates takes a bare "d/m" after it as a date unless a
//     counting noun follows ("hôm 8/7", "trước 30/6"; see dtAccept);
//   - weekday: "thứ" after it names a weekday, not an ordinal ("sáng thứ
//     Hai", "vào thứ năm"; see dtWeekdayContext).
var dateCues = [...]struct {
	w                  string
	day, weak, weekday bool
}{
	{"ngày", true, false, true},
	{"sáng", true, false, true},
	{"trưa", true, false, true},
	{"chiều", true, false, true},
	{"tối", true, false, true},
	{"đêm", true, false, true},
	{"hôm", true, true, true},
	{"nay", true, true, true},
	{"từ", true, true, true},
	{"đến", true, true, true},
	{"tới", true, true, true},
	{"qua", true, true, false},
	{"và", true, false, false},
	{"mùng", true, true, false},
	{"mồng", true, true, false},
	{"vào", false, true, true},
	{"lúc", false, true, true},
	{"trước", false, true, false},
	{"sau", false, true, false},
	{"hết", false, true, false},
	{"dịp", false, true, false},
}

// isDayCue reports whether the lower-case word w cues a day for DayAt.
func isDayCue(w string) bool {
	for _, c := range dateCues {
		if c.day && w == c.w {
			return true
		}
	}
	return false
}

// isWeekdayWord reports whether the lower-case word w names a weekday
// after "thứ": "hai" to "bảy".
func isWeekdayWord(w string) bool {
	for _, ww := range dtWeekdayWords {
		if w == ww.w {
			return true
		}
	}
	return false
}
