package meeting

import (
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

// TestIsoDayAt checks the page stamps written year first, one row a case.
func TestIsoDayAt(t *testing.T) {
	for _, c := range []struct {
		in   string // lower case, as Doc.Lower is
		ok   bool
		date vntext.Date
		end  int
	}{
		{"2024-12-18 17:05:00", true, vntext.Date{Year: 2024, Month: 12, Day: 18}, 10},
		{"2024-12-10t15:30:00+07:00", true, vntext.Date{Year: 2024, Month: 12, Day: 10, Hour: 15, Minute: 30, HasClock: true}, 16},
		{"2020-2025", false, vntext.Date{}, 0},       // a range of years
		{"2024-2-18", false, vntext.Date{}, 0},       // only the two-digit form
		{"2023-02-29", false, vntext.Date{}, 0},      // no such day
		{"1850-01-01", false, vntext.Date{}, 0},      // outside the years reports name
		{"2024-12-18abc", false, vntext.Date{}, 0},   // glued to a word
		{"2024-12-10t1530", false, vntext.Date{}, 0}, // a clock needs its colon
	} {
		dm, ok := isoDayAt(c.in, 0, len(c.in))
		if ok != c.ok || ok && (dm.date != c.date || dm.end != c.end || !dm.cued) {
			t.Errorf("isoDayAt(%q) = %+v, %v; want %v, end %d, %v", c.in, dm, ok, c.date, c.end, c.ok)
		}
	}
}
