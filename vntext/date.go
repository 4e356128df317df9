package vntext

import (
	"strconv"
	"time"
)

// A Date is a calendar date as a text states it: any of Year, Month and
// Day may be 0, meaning the text does not state it. Hour and Minute hold a
// printed clock time when HasClock is set, on 24 hours: a clock given with
// its part of the day, "7:30 chiều", is 19:30. The zero Date states nothing.
type Date struct {
	Year, Month, Day int
	Hour, Minute     int
	HasClock         bool
	// YearInferred is set when Year was not printed but resolved from a
	// reference date or the surrounding text.
	YearInferred bool
}

// IsZero reports whether d states nothing.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String formats d as "2024-06-17", "2024-06-17T20:57" with a clock time,
// "--06-17" without a year, "2024-06" or "2024" when the day or month is
// not known, and "" for the zero Date.
func (d Date) String() string {
	b, _ := d.MarshalText()
	return string(b)
}

// MarshalText implements encoding.TextMarshaler with the format of String.
func (d Date) MarshalText() ([]byte, error) {
	var b []byte
	pad := func(n, w int) {
		s := strconv.Itoa(n)
		for i := len(s); i < w; i++ {
			b = append(b, '0')
		}
		b = append(b, s...)
	}
	switch {
	case d.IsZero():
		return b, nil
	case d.Year == 0:
		b = append(b, "--"...)
		pad(d.Month, 2)
		if d.Day != 0 {
			b = append(b, '-')
			pad(d.Day, 2)
		}
	default:
		pad(d.Year, 4)
		if d.Month != 0 {
			b = append(b, '-')
			pad(d.Month, 2)
			if d.Day != 0 {
				b = append(b, '-')
				pad(d.Day, 2)
			}
		}
	}
	if d.HasClock && d.Day != 0 {
		b = append(b, 'T')
		pad(d.Hour, 2)
		b = append(b, ':')
		pad(d.Minute, 2)
	}
	return b, nil
}

// Resolve returns d with a missing year filled in from ref: the latest
// year in which the day (or, for a month without a day, the month) is not
// after ref's date in ref's location. So "17/6" read with a reference of
// 20 June 2024 is 2024-06-17, and with 10 June 2024 it is 2023-06-17. A
// 29 February goes to the latest leap year that qualifies. The result has
// YearInferred set. A Date that states its year, or states no month, is
// returned unchanged, and so is every Date when ref is the zero Time or
// too early to name a year (before 1 AD): there is no year to infer.
func (d Date) Resolve(ref time.Time) Date {
	if d.Year != 0 || d.Month < 1 || d.Month > 12 || ref.IsZero() {
		return d
	}
	ry, rm, rd := ref.Date()
	y := ry
	if d.Month > int(rm) || (d.Month == int(rm) && d.Day > rd) {
		y--
	}
	if d.Month == 2 && d.Day == 29 {
		for y > 0 && !dtLeap(y) {
			y--
		}
	}
	if y < 1 {
		return d
	}
	d.Year = y
	d.YearInferred = true
	return d
}

// dtLeap reports whether year y of the Gregorian calendar is a leap year.
func dtLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysInMonth returns the number of days of month (1–12) in year of the
// Gregorian calendar. For year 0, a year the text does not state, February
// has 29 days, so that "29/2" stays a date until a year rules it out.
func DaysInMonth(year, month int) int {
	switch month {
	case 2:
		if year == 0 || dtLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// A TimeOfDay is the part of the day a text names with a date: "Sáng
// 12/7", "chiều nay (17/6)", "17/6 tối". The zero TimeOfDay names none.
//
// It is reported in [DateMatch] rather than kept in [Date], because it
// qualifies the mention (when in the day an event took place), not the
// calendar date itself.
type TimeOfDay uint8

// The parts of the day, in Vietnamese order from morning to night.
const (
	NoTimeOfDay TimeOfDay = iota
	Morning               // sáng
	Noon                  // trưa
	Afternoon             // chiều
	Evening               // tối
	Night                 // đêm
)

var timeOfDayNames = [...]string{"", "sáng", "trưa", "chiều", "tối", "đêm"}

// String returns the Vietnamese word for t in lower case ("sáng",
// "trưa", "chiều", "tối", "đêm"), or "" for NoTimeOfDay.
func (t TimeOfDay) String() string {
	if int(t) < len(timeOfDayNames) {
		return timeOfDayNames[t]
	}
	return "TimeOfDay(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the word of String,
// which is the form SCHEMA.md uses for time_of_day.
func (t TimeOfDay) MarshalText() ([]byte, error) { return []byte(t.String()), nil }
