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

// FuzzDayReaders checks the readers for a caller that weighs the context
// itself: AppendDays's days lie in order in the stretch they were asked
// for and are days of the calendar, and ClockAt and PeriodPhraseEnd stay
// within the text at every offset.
func FuzzDayReaders(f *testing.F) {
	for _, tt := range findDatesTests {
		f.Add(tt.in)
	}
	f.Add("Từ ngày 14 đến 16/10/2020, trong quý 1/2024 và 2024-12-10T15:30:00 tính đến ngày 31.12.2023")
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := NewDoc(s)
		l := d.Lower
		lo, hi := len(l)/4, len(l)-len(l)/4
		prev := lo
		for _, m := range d.AppendDays(nil, lo, hi) {
			if m.Start < prev || m.Start >= hi || m.End <= m.Start || m.End > len(l) {
				t.Fatalf("AppendDays(%q, %d, %d): span [%d,%d) out of order or bounds", l, lo, hi, m.Start, m.End)
			}
			prev = m.End
			if dt := m.Date; dt.Month < 1 || dt.Month > 12 || dt.Day < 1 || dt.Day > DaysInMonth(dt.Year, dt.Month) {
				t.Fatalf("AppendDays(%q): %+v is no day", l, m)
			}
		}
		for i := 0; i <= len(l); i++ {
			if e := PeriodPhraseEnd(l, i); e != i && (e < i || e > len(l)) {
				t.Fatalf("PeriodPhraseEnd(%q, %d) = %d", l, i, e)
			}
			if _, _, e, ok := ClockAt(l, i); ok && (e <= i || e > len(l)) {
				t.Fatalf("ClockAt(%q, %d) ends at %d", l, i, e)
			}
		}
	})
}
