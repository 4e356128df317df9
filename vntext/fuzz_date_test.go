package vntext

import (
	"testing"

	"github.com/vnreport/vnreport/internal/hostile"
)

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
	}
	f.Add("\xff12/7")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			ne, ok := err.(*NumError)
			if !ok || ne.Pos < 0 || ne.Pos > len(s) || ne.Func != "ParseDate" || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %#v", s, d, err)
			}
			return
		}
		if d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > DaysInMonth(d.Year, d.Month) {
			t.Fatalf("ParseDate(%q) = %+v: not a calendar date", s, d)
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, tt := range findDatesTests {
		f.Add(tt.in)
	}
	f.Add(dateBenchArticle[:160]) // short: a long seed slows every mutation of it
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range FindDates(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("FindDates(%q): span [%d,%d) out of order or bounds (prev end %d)", s, m.Start, m.End, prev)
			}
			prev = m.End
			if m.Elided {
				continue
			}
			d, err := ParseDate(s[m.Start:m.End])
			if err != nil || d != m.Date {
				t.Fatalf("FindDates(%q) found %q = %+v; ParseDate gives %+v, %v", s, s[m.Start:m.End], m.Date, d, err)
			}
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, tt := range parsePeriodTests {
		f.Add(tt.in)
	}
	for _, tt := range findPeriodsTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			ne, ok := err.(*NumError)
			if !ok || ne.Pos < 0 || ne.Pos > len(s) || ne.Func != "ParsePeriod" || !p.IsZero() {
				t.Fatalf("ParsePeriod(%q) = %v, %#v", s, p, err)
			}
		} else if p.IsZero() {
			t.Fatalf("ParsePeriod(%q) = zero Period, nil", s)
		}
		prev := 0
		for _, m := range FindPeriods(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("FindPeriods(%q): span [%d,%d) out of order or bounds", s, m.Start, m.End)
			}
			prev = m.End
			if p2, err := ParsePeriod(s[m.Start:m.End]); err != nil || p2 != m.Period {
				t.Fatalf("FindPeriods(%q) found %q = %+v; ParsePeriod gives %+v, %v", s, s[m.Start:m.End], m.Period, p2, err)
			}
		}
	})
}
