package vntext

import "strconv"

// A Date is a calendar date as a text states it: any of Year, Month and
// Day may be 0, meaning the text does not state it. Hour and Minute hold a
// printed clock time when HasClock is set. The zero Date states nothing.
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
