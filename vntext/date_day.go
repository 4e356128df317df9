package vntext

import (
	"slices"
	"strings"
	"time"

	"github.com/vnreport/vnreport/internal/growth"
	"github.com/vnreport/vnreport/internal/textscan"
)

// This file holds the day reader of a Doc: DayAt and AppendDays read every
// day written in a stretch of the text and say whether a cue introduces
// it, for a caller (the meeting's header) that weighs the days itself.
// Its words (the day cues, the parts of the day, the weekdays) are in
// date_words.go; the dates are checked with DaysInMonth.

// A DayMention is a calendar day written in a Doc's text, as [Doc.DayAt]
// reads it: "17/6", "12/7/2018", "13-7", "19.09.2024", "2024-12-18",
// "28 tháng 2 năm 2024".
type DayMention struct {
	// Start and End are offsets of the Doc's Text and Lower:
	// Text[Start:End] is the day itself, from its first digit, without
	// the cue before it ("17/6" of "Chiều 17/6"). For the first day of a
	// range ("20 và 21/12", "14 đến 16/10/2020") the span runs to the end
	// of the last day, whose month and year it takes.
	Start, End int

	// Date is the day as written: Year is 0 when the text does not print
	// it. HasClock is set only for a stamp written year first with its
	// clock, "2024-12-10T15:30:00+07:00".
	Date Date

	// TimeOfDay is the part of the day named with it: before it, "Chiều
	// 17/6", "sáng ngày 12/7", "chiều thứ Ba, ngày 5/12", or after it,
	// "17/6 chiều".
	TimeOfDay TimeOfDay

	// Cued is set when something marks the number as a day: a cue word
	// before it (see dateCues: "ngày", "sáng", "hôm", "từ", "mùng" …), a
	// weekday in words ("Sáng thứ Hai (5/12)"), a year written with it, or
	// a part of the day after it. A bare "17/6" is not cued: it may be a
	// ratio or a score.
	Cued bool

	// Weekday is the day of the week written before the day, when
	// HasWeekday is set, past spaces, commas, a bracket, "ngày" or "mùng":
	// "Chủ nhật 28-5", "thứ Hai (5/12)", "thứ Ba, ngày 5/12", "Thứ 4, ngày
	// 28/2". As in [DateMatch], it is reported as written, not checked
	// against the date. "thứ 3" after a word of ordinalHeads ("kỳ họp thứ
	// 3, ngày 5/6") is a sitting's number, no weekday.
	Weekday    time.Weekday
	HasWeekday bool
}

// AppendDays appends the days written in d.Lower[lo:hi], in order and
// without overlaps, to dst and returns it. It reads every number that
// starts a word with DayAt, so it also returns the days FindDates leaves
// out as ambiguous; Cued tells which are marked as days. A sentence names
// a day or two: a caller can pass a buffer on the stack.
func (d *Doc) AppendDays(dst []DayMention, lo, hi int) []DayMention {
	l := d.Lower
	hi = min(hi, len(l))
	nums := d.numberStarts()
	k, _ := slices.BinarySearch(nums, int32(max(lo, 0)))
	for next := 0; k < len(nums) && int(nums[k]) < hi; k++ {
		i := int(nums[k])
		if i < next {
			continue
		}
		dm, ok := d.DayAt(i, hi)
		if !ok {
			_, _, next = dtDigits(l, i)
			continue
		}
		dst = append(dst, dm)
		next = dm.End
	}
	return dst
}

// NextDigit returns the offset of the first ASCII digit of d.Text (and
// of d.Lower, which has the same) at or after i, or len(d.Text) when there
// is none. The digits are marked once for the Doc, so that each scan for
// numbers (quantities, days, a caller's own) reads the marks, a bit a
// byte, rather than the text again.
func (d *Doc) NextDigit(i int) int { return d.digitMarks().Next(i) }

// digitMarks returns the marks of the digits of d.Text, made on first use.
func (d *Doc) digitMarks() *textscan.Digits {
	d.digitsOnce.Do(func() { d.digits = textscan.FindDigits(d.Text) })
	return &d.digits
}

// numberStarts returns the offsets of d.Lower where a word starts with a
// digit, in order. They are found once for the Doc, on first use:
// AppendDays is asked of many stretches (a whole paragraph when the page
// puts the report on one line), and visits these rather than every byte.
// A run of numbers ("1 1 1 …") holds one every two bytes: the list grows
// by growth.Room, not append's quarter at a time.
func (d *Doc) numberStarts() []int32 {
	d.numbersOnce.Do(func() {
		l := d.Lower
		for i := d.NextDigit(0); i < len(l); i = d.NextDigit(i + 1) {
			if textscan.AtWordStart(l, i) {
				d.numbers = append(growth.Room(d.numbers, i, len(l)), int32(i))
			}
			_, _, i = dtDigits(l, i)
		}
	})
	return d.numbers
}

// DayAt reads a day written at d.Lower[i:], i at its first digit, within
// d.Lower[:hi]: "17/6", "12/7/2018", "13-7", "19.09.2024", "2024-12-18"
// (with its clock "T15:30"), "28 tháng 2 năm 2024", "25 tháng 11, 2025",
// "25 Tháng Mười Hai, 2014", and the first day of a range, "ngày 20 và
// 21/12", "từ ngày 14 đến 16/10/2020", "ngày 20-21/12". It returns ok
// false when no day starts at i, or when the day does not exist.
//
// The date is read by the grammar of [ParseDate], so "17/6 năm 2024"
// has its year and "6 tháng năm 2017" (six months) is no day. DayAt is
// looser than [FindDates]: it reads "d/m" without asking whether
// the text means a ratio, and reports in Cued whether a cue marks it as a
// day. It is stricter about what makes a day: a year has four digits
// ("3/9/91" is none), a range needs a cue before it ("ngày 20 và 21/12"),
// "12.7" needs a cue or its year ("ngày 12.7", "19.09.2024"), and "28
// tháng 2" a cue or its year.
func (d *Doc) DayAt(i, hi int) (DayMention, bool) {
	l := d.Lower
	if i < 0 || hi > len(l) || i >= hi || !textscan.IsDigit(l[i]) {
		return DayMention{}, false
	}
	return dayAt(l, i, hi)
}

// dayAt is DayAt over the lower-case normal text l.
func dayAt(l string, i, hi int) (DayMention, bool) {
	day, n, e := dtDigits(l, i)
	if n == 4 {
		return isoDayAt(l, i, hi)
	}
	if n > 2 || day < 1 || day > 31 || e >= hi {
		return DayMention{}, false
	}
	dm := DayMention{Start: i}
	var ok bool
	switch {
	case l[e] == '/' || l[e] == '-' || l[e] == '.' && (dayCueBefore(l, i) || dottedYearAt(l, e)):
		ok = numericDay(l, &dm, day, e, hi)
	case strings.HasPrefix(l[e:], " tháng "):
		ok = monthWordDay(l, &dm)
	default:
		ok = chainedDay(l, &dm, day, e, hi)
	}
	if !ok || dm.Date.Day > DaysInMonth(dm.Date.Year, dm.Date.Month) {
		return DayMention{}, false
	}
	dayCue(l, &dm, i)
	if !dm.Cued && strings.HasPrefix(l[e:], " tháng ") {
		return DayMention{}, false
	}
	dm.Weekday, dm.HasWeekday = weekdayOfDay(l, i)
	return dm, true
}

// numericDay reads into dm the month and year after the day at
// l[dm.Start:e] and the separator at e: "17/6", "12/7/2018", "13-7",
// "19.09.2024", "17/6 năm 2024", or the range "20-21/12". The date is
// read by the grammar of ParseDate (dtScanner.core); a day mention adds
// its own guards: a range needs a cue (chainedDay), a year has four
// digits, and no other separator goes on after it; its own is let pass,
// as in "ngày 7/7/ 1917".
func numericDay(l string, dm *DayMention, day, e, hi int) bool {
	if l[e] == '-' {
		if _, _, m1 := dtDigits(l, e+1); m1 < len(l) && l[m1] == '/' {
			// "ngày 20-21/12": a range, not the day 20 of month 21.
			return chainedDay(l, dm, day, e, hi)
		}
	}
	p := dtScanner{s: l}
	var x dtExpr
	end, ok := p.core(&x, dm.Start, 0)
	if !ok || x.kind == dtElidedDay || x.shortYear {
		return false // "1/2/3", "3/9/91": not a day of a report
	}
	dm.Date, dm.End = x.date, end
	if x.date.Year == 0 && end < len(l) && l[end] != x.sep && (l[end] == '/' || l[end] == '-' && end+1 < len(l) && textscan.IsDigit(l[end+1])) {
		return false // "17/6-20/6", "13-7/2": another number goes on
	}
	return textscan.AtWordEnd(l, end)
}

// monthWordDay reads into dm the month and year after the day ending at
// l[e:], which goes on with " tháng ": "28 tháng 2 năm 2024", "2 tháng
// Chín năm 1945", "25 tháng 11, 2025", "25 Tháng Mười Hai, 2014". The
// date is read by the grammar of ParseDate (dtScanner.core), and then a
// year printed after a comma or a space, as blog software prints dates;
// a month in words needs its year.
func monthWordDay(l string, dm *DayMention) bool {
	p := dtScanner{s: l}
	var x dtExpr
	end, ok := p.core(&x, dm.Start, 0)
	if !ok || x.kind == dtElidedDay {
		return false
	}
	if x.date.Year == 0 {
		if y1 := bareYearAfter(l, end); y1 > 0 {
			// "Đăng ngày 25 tháng 11, 2025", "14 Tháng Bảy 2017".
			x.date.Year, _, _ = dtDigits(l, y1-4)
			end = y1
		} else if x.wordMonth {
			return false // "3 tháng một lần"
		}
	}
	dm.Date, dm.End = x.date, end
	return true
}

// chainedDay reads into dm the month and year of a day listed before the
// one that writes them: "ngày 20 và 21/12", "từ ngày 14 đến 16/10/2020".
func chainedDay(l string, dm *DayMention, day, e, hi int) bool {
	last, ok := chainEnd(l, dm.Start, e, hi)
	if !ok {
		return false
	}
	dm.Date = Date{Year: last.Date.Year, Month: last.Date.Month, Day: day}
	dm.End = last.End
	return true
}

// chainEnd reads, after a cued bare day at l[i:e], the days it is listed
// with ("20 và 21/12", "5, 6 và 7/12", "14 đến 16/10/2020", "6 - 7/8") up
// to the one that writes its month, and returns that one.
func chainEnd(l string, i, e, hi int) (DayMention, bool) {
	if !dayCueBefore(l, i) {
		return DayMention{}, false
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
			return DayMention{}, false
		}
		if textscan.PrefixWordAt(l, j, "ngày") {
			j = textscan.SkipSpaces(l, j+len("ngày"))
		}
		n, nd, d1 := dtDigits(l, j)
		if j >= hi || nd == 0 || nd > 2 {
			return DayMention{}, false
		}
		if d1 < hi && (l[d1] == '/' || l[d1] == '-' || l[d1] == '.') {
			last, ok := dayAt(l, j, hi)
			return last, ok && last.Date.Month != 0
		}
		if n < 1 || n > 31 {
			return DayMention{}, false
		}
		k = d1
	}
	return DayMention{}, false
}

// dayCue reads the cue around the day dm starting at l[i:], setting
// dm.Cued and dm.TimeOfDay: a cue word or weekday before it ("Chiều
// 17/6", "sáng ngày 12/7", "chiều nay (7/2)", "hôm 8/7", "Sáng thứ Hai
// (5/12)"), its year, or a part of the day after it ("17/6 chiều").
func dayCue(l string, dm *DayMention, i int) {
	j := i
	for k := i; k > 0 && (l[k-1] == ' ' || l[k-1] == '('); k-- {
		if l[k-1] == '(' {
			j = k - 1 // "(10/7)", and "( 10/7 )" in rejoined text
			break
		}
	}
	if k := textscan.SkipSpacesBack(l, j); j == i && k > 0 && l[k-1] == ',' {
		// "khai mạc sáng nay, 14-3": a comma after "nay" or "qua".
		if ws, we := wordBefore(l, k-1); relativeDayWord(l[ws:we]) {
			j = k - 1
		}
	}
	ws, we := wordBefore(l, j)
	if ds, ok := weekdayWordsBefore(l, j); ok {
		// "Sáng thứ Hai (5/12)", "Chủ nhật, 4/12": a weekday names a day.
		dm.Cued = true
		ws, we = wordBefore(l, ds)
	}
	w := l[ws:we]
	if isDayCue(w) {
		dm.Cued = true
		if w == "mùng" || w == "mồng" { // "Sáng mùng 9/12", "ngày mồng 2/9"
			ws, we = wordBefore(l, ws)
			w = l[ws:we]
		}
		if w == "ngày" || relativeDayWord(w) {
			ws2, we2 := wordBefore(l, ws)
			if ds, ok := weekdayWordsBefore(l, ws); ok {
				ws2, we2 = wordBefore(l, ds) // "chiều thứ Ba, ngày 5/12"
			}
			w = l[ws2:we2]
		}
		if t, k, ok := dtTimeOfDay(w, 0); ok && k == len(w) && t != Night {
			dm.TimeOfDay = t
		}
	}
	if dm.Date.Year != 0 {
		dm.Cued = true
	}
	// "17/6 chiều": the part of the day after the date.
	if k := textscan.SkipSpaces(l, dm.End); dm.TimeOfDay == NoTimeOfDay && k > dm.End {
		if t, e, ok := dtTimeOfDay(l, k); ok && t != Night && textscan.AtWordEnd(l, e) {
			dm.TimeOfDay, dm.Cued = t, true
		}
	}
}

// relativeDayWord reports whether w makes a part of the day today's or
// yesterday's ("sáng nay", "chiều qua"), which a day written after a comma
// then names.
func relativeDayWord(w string) bool { return w == "nay" || w == "qua" }

// bareYearAfter returns the end of a year written after a month at l[i:],
// past a comma or a space ("tháng 11, 2025", "Tháng Bảy 2017"), or 0.
func bareYearAfter(l string, i int) int {
	y0 := i
	if strings.HasPrefix(l[i:], ", ") {
		y0 += len(", ")
	} else if strings.HasPrefix(l[i:], " ") {
		y0++
	} else {
		return 0
	}
	y, ny, y1 := dtDigits(l, y0)
	if ny != 4 || y < 1900 || y > 2100 || !textscan.AtWordEnd(l, y1) {
		return 0
	}
	return y1
}

// isoDayAt reads a day written year first, "2024-12-18", as page stamps
// print it ("Cập nhật: 2024-12-18 17:05:00"). Only the full form with a
// two-digit month and day counts: "2020-2025" is a range of years.
func isoDayAt(l string, i, hi int) (DayMention, bool) {
	d, end, ok := DateAt(l, i)
	if !ok || end != i+10 || end > hi || d.Year < 1900 || d.Year > 2100 {
		return DayMention{}, false
	}
	// "2024-12-10T15:30:00+07:00": the clock joined by a T.
	if end+1 < hi && l[end] == 't' {
		h, mi, e, ok := ClockAt(l, end+1)
		if !ok || l[end+3] != ':' {
			return DayMention{}, false
		}
		d.Hour, d.Minute, d.HasClock = h, mi, true
		end = e
	} else if !textscan.AtWordEnd(l, end) {
		return DayMention{}, false
	}
	return DayMention{Start: i, End: end, Date: d, Cued: true}, true
}

// dottedYearAt reports whether l[e:] (at the '.' after a day) goes on as
// ".MM.YYYY": "19.09.2024" is a date even with no cue before it, since a
// number never groups its digits in twos.
func dottedYearAt(l string, e int) bool {
	_, nm, m1 := dtDigits(l, e+1)
	if nm < 1 || nm > 2 || m1 >= len(l) || l[m1] != '.' {
		return false
	}
	_, ny, y1 := dtDigits(l, m1+1)
	return ny == 4 && textscan.AtWordEnd(l, y1)
}

// dayCueBefore reports whether a day cue ("ngày", "sáng" …) comes right
// before i: "ngày 12.7" is a day where a bare "12.7" is a number.
func dayCueBefore(l string, i int) bool {
	ws, we := wordBefore(l, i)
	return isDayCue(l[ws:we])
}

// ClockAt reads a printed clock time at text[i:], "20:57", "20:57:30" or
// "15h35", an hour of 0–23 and two digits of minutes, and returns it and
// its end. It reads the clocks of [ParseDate] (see dtClock) but is
// stricter: a page stamp prints its clock in full, so "15h42 ngày
// 25/11/2025" is a time where "17h" and "24:00" are not read.
func ClockAt(text string, i int) (hour, minute, end int, ok bool) {
	if i < 0 || i >= len(text) {
		return 0, 0, 0, false
	}
	h, m, e, ok := dtClock(text, i, true)
	if !ok || h > 23 || text[e-1]|0x20 == 'h' {
		return 0, 0, 0, false
	}
	return h, m, e, true
}

// weekdayWordsBefore reports whether a weekday written in words ("thứ hai",
// "chủ nhật") ends right before l[i], past spaces, a comma or a bracket,
// and returns where it starts. Weekdays in digits ("thứ 5") are left out:
// they read as ordinals too ("kỳ họp thứ 5").
func weekdayWordsBefore(l string, i int) (int, bool) {
	j := i
	for j > 0 && (l[j-1] == ' ' || l[j-1] == ',' || l[j-1] == '(') {
		j--
	}
	ws, we := wordBefore(l, j)
	if we != j || ws == we {
		return 0, false
	}
	w := l[ws:we]
	lead := "thứ"
	if w == "nhật" {
		lead = "chủ"
	} else if !isWeekdayWord(w) {
		return 0, false
	}
	ps, pe := wordBefore(l, ws)
	if l[ps:pe] != lead {
		return 0, false
	}
	return ps, true
}

// weekdayOfDay returns the weekday written before the day at l[i:] (see
// DayMention.Weekday), read by WeekdayAt.
func weekdayOfDay(l string, i int) (time.Weekday, bool) {
	j := i
skip:
	for {
		j = textscan.SkipSpacesBack(l, j)
		if j > 0 && (l[j-1] == ',' || l[j-1] == '(') {
			j--
			continue
		}
		for _, w := range [...]string{"ngày", "mùng", "mồng"} {
			if strings.HasSuffix(l[:j], w) && textscan.AtWordStart(l, j-len(w)) {
				j -= len(w)
				continue skip
			}
		}
		break
	}
	ws, we := wordBefore(l, j)
	if we != j || ws == we {
		return 0, false
	}
	ps, _ := wordBefore(l, ws) // "thứ" or "chủ"
	wd, e, ok := dtWeekday(l, ps)
	if !ok || e != j {
		return 0, false
	}
	if hs, he := wordBefore(l, ps); isOrdinalHead(l[hs:he]) {
		return 0, false // "kỳ họp thứ 3, ngày 5/6"
	}
	return wd, true
}

// wordBefore returns the span of the word that ends at l[i-1], past
// spaces, or (i, i) when none does.
func wordBefore(l string, i int) (int, int) {
	end := textscan.SkipSpacesBack(l, i)
	j := textscan.WordStart(l, end)
	if j == end {
		return i, i
	}
	return j, end
}
