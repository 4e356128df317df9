package vntext

import (
	"encoding/json"
	"testing"
)

// TestDateTextRoundTrip checks that every form MarshalText writes reads
// back as the same Date, and that other text is an error.
func TestDateTextRoundTrip(t *testing.T) {
	for _, d := range []Date{
		{},
		{Year: 2024, Month: 6, Day: 17},
		{Year: 2024, Month: 6, Day: 17, Hour: 20, Minute: 57, HasClock: true},
		{Year: 2024, Month: 6, Day: 17, HasClock: true}, // midnight
		{Month: 6, Day: 17},
		{Month: 6},
		{Year: 2024, Month: 6},
		{Year: 2024},
		{Year: 815, Month: 1, Day: 2},
		{Year: 12345, Month: 1, Day: 2},
	} {
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Date
		if err := got.UnmarshalText(b); err != nil || got != d {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", b, got, err, d)
		}
	}
	for _, s := range []string{"x", "2024-6-17", "2024-13-01", "2024-06-32", "--", "--06-17-01", "2024-06-17T25:00",
		"2024-06T10:00", "2024-06-17T1000", "2024-00-10", "2024-06-17-01", "24-06-17", " 2024"} {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err == nil {
			t.Errorf("UnmarshalText(%q) = %+v, nil; want an error", s, d)
		}
	}
}

// TestDateJSON checks that a Date in a struct survives encoding/json,
// the zero Date as "".
func TestDateJSON(t *testing.T) {
	type rec struct {
		D Date `json:"d"`
		Z Date `json:"z"`
	}
	in := rec{D: Date{Year: 2021, Month: 1, Day: 13, Hour: 20, Minute: 36, HasClock: true}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json round trip of %s = %+v, %v; want %+v", b, out, err, in)
	}
}

// TestPeriodTextRoundTrip checks every form of Period.MarshalText.
func TestPeriodTextRoundTrip(t *testing.T) {
	for _, p := range []Period{
		{},
		{Kind: PeriodYear, Year: 2024},
		{Kind: PeriodQuarter, Year: 2021, Quarter: 1},
		{Kind: PeriodQuarter, Quarter: 4},
		{Kind: PeriodFirstMonths, Year: 2024, Months: 6},
		{Kind: PeriodFirstMonths, Months: 6},
		{Kind: PeriodFirstMonths, Year: 2024, Months: 9},
		{Kind: PeriodLastMonths, Year: 2024, Months: 6},
		{Kind: PeriodLastMonths, Year: 2024, Months: 3},
		{Kind: PeriodRange, Year: 2020, EndYear: 2025},
		{Kind: PeriodAsOf, AsOf: Date{Year: 2020, Month: 12, Day: 31}},
		{Kind: PeriodAsOf, AsOf: Date{Year: 2020}},
	} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Period
		if err := got.UnmarshalText(b); err != nil || got != p {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", b, got, err, p)
		}
	}
	for _, s := range []string{"x", "Q5", "2024-Q", "2024-0M", "2024-13M", "L0M", "20/2025", "../", "../x", "2024-", "2024-H3"} {
		var p Period
		if err := p.UnmarshalText([]byte(s)); err == nil {
			t.Errorf("UnmarshalText(%q) = %+v, nil; want an error", s, p)
		}
	}
}

// TestTimeOfDayText checks every word of TimeOfDay.MarshalText.
func TestTimeOfDayText(t *testing.T) {
	for tod := NoTimeOfDay; tod <= Night; tod++ {
		b, _ := tod.MarshalText()
		var got TimeOfDay
		if err := got.UnmarshalText(b); err != nil || got != tod {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, tod)
		}
	}
	var got TimeOfDay
	if err := got.UnmarshalText([]byte("buổi sáng")); err == nil {
		t.Error("UnmarshalText(buổi sáng): want an error")
	}
}
