package vntext

import (
	"errors"
	"strconv"
	"strings"
)

// errSyntax is wrapped by the UnmarshalText errors of this package.
var errSyntax = errors.New("vntext: invalid text form")

func syntaxError(what string, text []byte) error {
	return errors.Join(errSyntax, errors.New("vntext: cannot read "+strconv.Quote(string(text))+" as a "+what))
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads every form
// MarshalText writes ("2024-06-17", "2024-06-17T20:57", "--06-17", "--06",
// "2024-06", "2024", and "" for the zero Date). YearInferred is not part of
// the text form and is left false.
func (d *Date) UnmarshalText(text []byte) error {
	s := string(text)
	var out Date
	if s == "" {
		*d = out
		return nil
	}
	date, clock, hasClock := strings.Cut(s, "T")
	var parts []string
	if rest, ok := strings.CutPrefix(date, "--"); ok {
		parts = strings.Split(rest, "-")
		if len(parts) > 2 {
			return syntaxError("date", text)
		}
		parts = append([]string{""}, parts...)
	} else {
		parts = strings.Split(date, "-")
		if len(parts) > 3 {
			return syntaxError("date", text)
		}
	}
	fields := []*int{&out.Year, &out.Month, &out.Day}
	limits := []int{999_999_999, 12, 31}
	widths := []int{4, 2, 2}
	for i, p := range parts {
		if i == 0 && p == "" {
			continue // no year
		}
		w := widths[i]
		if i == 0 && len(p) > w && len(p) < 10 {
			w = len(p) // a year past 9999
		}
		n, ok := digits(p, w)
		if !ok || n > limits[i] || i > 0 && n == 0 {
			return syntaxError("date", text)
		}
		*fields[i] = n
	}
	if hasClock {
		h, m, ok := strings.Cut(clock, ":")
		hh, ok1 := digits(h, 2)
		mm, ok2 := digits(m, 2)
		if !ok || !ok1 || !ok2 || hh > 23 || mm > 59 || out.Day == 0 {
			return syntaxError("date", text)
		}
		out.Hour, out.Minute, out.HasClock = hh, mm, true
	}
	*d = out
	return nil
}

// digits reads s as a decimal number of exactly w digits.
func digits(s string, w int) (int, bool) {
	if len(s) != w {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the words
// MarshalText writes ("sáng", "trưa", "chiều", "tối", "đêm", and "" for
// NoTimeOfDay).
func (t *TimeOfDay) UnmarshalText(text []byte) error {
	for i, name := range timeOfDayNames {
		if name == string(text) {
			*t = TimeOfDay(i)
			return nil
		}
	}
	return syntaxError("time of day", text)
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads every form
// MarshalText writes ("2024", "2021-Q1", "Q4", "2024-H1", "2024-H2",
// "2024-9M", "2024-L3M", "2020/2025", "../2020-12-31", and "" for the zero
// Period). Term is not part of the text form and is left false.
func (p *Period) UnmarshalText(text []byte) error {
	s := string(text)
	var out Period
	bad := func() error { return syntaxError("period", text) }
	switch {
	case s == "":
	case strings.HasPrefix(s, "../"):
		out.Kind = PeriodAsOf
		if err := out.AsOf.UnmarshalText(text[3:]); err != nil || out.AsOf.IsZero() {
			return bad()
		}
	case strings.Contains(s, "/"):
		a, b, _ := strings.Cut(s, "/")
		y1, ok1 := digits(a, 4)
		y2, ok2 := digits(b, 4)
		if !ok1 || !ok2 {
			return bad()
		}
		out = Period{Kind: PeriodRange, Year: y1, EndYear: y2}
	default:
		if y, ok := digits(s, 4); ok {
			return p.set(Period{Kind: PeriodYear, Year: y})
		}
		rest := s
		if len(s) > 5 && s[4] == '-' {
			y, ok := digits(s[:4], 4)
			if !ok {
				return bad()
			}
			out.Year, rest = y, s[5:]
		}
		if !out.periodPart(rest) {
			return bad()
		}
	}
	return p.set(out)
}

func (p *Period) set(v Period) error { *p = v; return nil }

// periodPart reads the part of a period after its year: "Q1", "H1", "H2",
// "9M", "L3M".
func (p *Period) periodPart(s string) bool {
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && n > 0 && n <= 12 && s[0] != '+' && s[0] != '0'
	}
	switch {
	case s == "H1":
		p.Kind, p.Months = PeriodFirstMonths, 6
	case s == "H2":
		p.Kind, p.Months = PeriodLastMonths, 6
	case len(s) == 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '4':
		p.Kind, p.Quarter = PeriodQuarter, int(s[1]-'0')
	case strings.HasPrefix(s, "L") && strings.HasSuffix(s, "M") && len(s) > 2:
		n, ok := num(s[1 : len(s)-1])
		p.Kind, p.Months = PeriodLastMonths, n
		return ok
	case strings.HasSuffix(s, "M") && len(s) > 1:
		n, ok := num(s[:len(s)-1])
		p.Kind, p.Months = PeriodFirstMonths, n
		return ok
	default:
		return false
	}
	return true
}
