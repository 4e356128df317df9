package vntext

import (
	"strings"
	"testing"
	"unicode"
)

// TestDayAt checks Doc.DayAt at the first digit of each text, one row a
// case; want is the mention's text, date, part of the day and cue, or ""
// for none.
func TestDayAt(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"Chiều 17/6, Ban Thường vụ họp", "17/6 --06-17 chiều cued"},
		{"sáng ngày 12/7/2018 khai mạc", "12/7/2018 2018-07-12 sáng cued"},
		{"chiều thứ Ba, ngày 5/12 bế mạc", "5/12 --12-05 chiều cued"},
		{"Sáng thứ Hai (5/12) khai mạc", "5/12 --12-05 sáng cued"},
		{"hôm 8/7 đoàn đến", "8/7 --07-08 cued"},
		{"hội nghị khai mạc sáng nay, 14-3 tại", "14-3 --03-14 sáng cued"}, // a comma after "nay"
		{"chiều qua, 9/10, đoàn đến", "9/10 --10-09 chiều cued"},
		{"tổng cộng, 19/12 chỉ tiêu", "19/12 --12-19"}, // a comma after another word cues nothing
		{"Sáng mùng 9/12 dâng hương", "9/12 --12-09 sáng cued"},
		{"17/6 chiều họp", "17/6 --06-17 chiều cued"},
		{"đạt 17/20 chỉ tiêu", ""},              // no such month
		{"đạt 19/12 chỉ tiêu", "19/12 --12-19"}, // read, but not cued
		{"ngày 28 tháng 2 năm 2024 họp", "28 tháng 2 năm 2024 2024-02-28 cued"},
		{"có 28 tháng 2 lần", ""}, // a month in words needs a cue or a year
		{"Đăng ngày 25 tháng 11, 2025", "25 tháng 11, 2025 2025-11-25 cued"},
		{"25 tháng mười hai, 2014", "25 tháng mười hai, 2014 2014-12-25 cued"},
		{"ngày 20 và 21/12 họp", "20 và 21/12 --12-20 cued"},
		{"từ ngày 14 đến 16/10/2020", "14 đến 16/10/2020 2020-10-14 cued"},
		{"ngày 20-21/12 họp", "20-21/12 --12-20 cued"},
		{"gồm 20 và 21/12", ""}, // a range needs a cue
		{"ngày 12.7 họp", "12.7 --07-12 cued"},
		{"tăng 12.7 lần", ""}, // "12.7" bare is a number
		{"19.09.2024 | 15:35", "19.09.2024 2024-09-19 cued"},
		{"vào dịp 21-6 năm 2017 tại Hà Nội", "21-6 năm 2017 2017-06-21 cued"},   // was 21/6 without its year
		{"ngày 7/7/ 1917 tại", "7/7 --07-07 cued"},                              // a stray separator
		{"ngày 2 tháng Chín năm 1945", "2 tháng Chín năm 1945 1945-09-02 cued"}, // was none
		{"trong 6 tháng năm 2017, tỉnh thu", ""},                                // six months, not 6 May 2017
		{"ngày 3/9/91", ""}, // a year has four digits
		{"ngày 1/2/3", ""},
		{"ngày 30/2 họp", ""}, // no such day
		{"2024-12-18 17:05:00", "2024-12-18 2024-12-18 cued"},
		{"2024-12-10T15:30:00+07:00", "2024-12-10T15:30:00 2024-12-10T15:30 cued"},
		{"2020-2025", ""},       // a range of years
		{"2024-2-18", ""},       // only the two-digit form
		{"2023-02-29", ""},      // no such day
		{"1850-01-01", ""},      // outside the years reports name
		{"2024-12-18abc", ""},   // glued to a word
		{"2024-12-10T1530", ""}, // a clock needs its colon
	} {
		d := NewDoc(c.in)
		i := strings.IndexAny(d.Lower, "0123456789")
		got := ""
		if dm, ok := d.DayAt(i, len(d.Lower)); ok {
			got = d.Text[dm.Start:dm.End] + " " + dm.Date.String()
			if dm.TimeOfDay != NoTimeOfDay {
				got += " " + dm.TimeOfDay.String()
			}
			if dm.Cued {
				got += " cued"
			}
		}
		if got != c.want {
			t.Errorf("DayAt(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAppendDays checks that AppendDays reads each day once, a range as
// its first day.
func TestAppendDays(t *testing.T) {
	d := NewDoc("Từ ngày 14 đến 16/10/2020, tỉnh tổ chức 3 đợt; sáng 17/10 bế mạc, 19/20 xã đạt.")
	var got []string
	for _, dm := range d.AppendDays(nil, 0, len(d.Lower)) {
		got = append(got, d.Text[dm.Start:dm.End])
	}
	if want := "14 đến 16/10/2020|17/10"; strings.Join(got, "|") != want {
		t.Errorf("AppendDays = %q, want %q", got, want)
	}
}

// TestClockAt checks the printed clocks of page stamps, one row a case.
func TestClockAt(t *testing.T) {
	for _, c := range []struct {
		in       string
		h, m, at int // at is the end; 0 when no clock
	}{
		{"20:57 17/06/2024", 20, 57, 5},
		{"15h42 ngày 25/11/2025", 15, 42, 5},
		{"9:05:30 | Chia sẻ", 9, 5, 7}, // seconds are read and dropped
		{"7H05 sáng", 7, 5, 4},
		{"3h30p sáng", 0, 0, 0},    // glued to a letter, as dtClock wants
		{"17h ngày 4-12", 0, 0, 0}, // a stamp prints its minutes
		{"24:00", 0, 0, 0},
		{"12:60", 0, 0, 0},
		{"7:5", 0, 0, 0},
	} {
		h, m, e, ok := ClockAt(c.in, 0)
		if ok != (c.at > 0) || h != c.h || m != c.m || e != c.at {
			t.Errorf("ClockAt(%q) = %d, %d, %d, %v; want %d, %d, %d", c.in, h, m, e, ok, c.h, c.m, c.at)
		}
	}
}

// TestWeekdayAt checks the weekdays of a date line, one row a case: the
// day read and its words, or "" for none.
func TestWeekdayAt(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Thứ Ba, 10/12/2024", "Tuesday Thứ Ba"},
		{"thứ 4, 28/02/2024", "Wednesday thứ 4"},
		{"Thứ bẩy 12/10", "Saturday Thứ bẩy"},
		{"Chủ nhật, 4/12", "Sunday Chủ nhật"},
		{"thứ 45 đại biểu", ""},
		{"thứ nhất", ""},
		{"chủ tịch", ""},
	} {
		got := ""
		if d, e, ok := WeekdayAt(c.in, 0); ok {
			got = d.String() + " " + c.in[:e]
		}
		if got != c.want {
			t.Errorf("WeekdayAt(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDayWeekday checks the weekday DayAt reports before a day, one row a
// case: the text, its day, and the weekday or "" for none.
func TestDayWeekday(t *testing.T) {
	for _, c := range []struct{ in, day, want string }{
		{"Chiều Chủ nhật 28-5, Thành ủy họp", "28-5", "Sunday"},
		{"sáng thứ Hai (5/12) khai mạc", "5/12", "Monday"},
		{"chiều thứ Ba, ngày 5/12 bế mạc", "5/12", "Tuesday"},
		{"Thứ 4, ngày 28/2 họp", "28/2", "Wednesday"},
		{"sáng thứ bẩy, mùng 9/12", "9/12", "Saturday"},
		{"Tiếp tục kỳ họp thứ 5, ngày 12/6, Quốc hội", "12/6", ""}, // a sitting's number
		{"lần thứ 3, ngày 5/6", "5/6", ""},
		{"Sáng 5/12, huyện họp", "5/12", ""},
	} {
		d := NewDoc(c.in)
		i := strings.Index(d.Lower, c.day)
		dm, ok := d.DayAt(i, len(d.Lower))
		got := ""
		if ok && dm.HasWeekday {
			got = dm.Weekday.String()
		}
		if !ok || got != c.want {
			t.Errorf("DayAt(%q) at %q: %v, weekday %q; want %q", c.in, c.day, ok, got, c.want)
		}
	}
}

// TestLetterBefore checks the fast paths of dtLetterBefore against
// unicode over the ranges they cover, and dtLetterBefore on a few texts.
func TestLetterBefore(t *testing.T) {
	for _, rng := range [][2]rune{{0xC0, 0x1BF}, {0x1E00, 0x1EFF}} {
		for r := rng[0]; r <= rng[1]; r++ {
			s := "x" + string(r)
			if got, want := dtLetterBefore(s, len(s)), unicode.IsLetter(r); got != want {
				t.Errorf("dtLetterBefore(%q) = %v; want %v", s, got, want)
			}
		}
	}
	for _, tt := range []struct {
		s    string
		i    int
		want bool
	}{
		{"năm 2024", 5, false}, // after a space
		{"năm2024", 4, true},   // after a letter
		{"quý1", 4, true},      // after a letter of two bytes
		{"Kỳ1", 4, true},       // of three
		{"ngày 5", 0, false},
		{"5×6", 3, false},
		{"a\u03016", 3, true}, // after a mark
		{"2024/5", 5, false},
		{"x9y", 2, false}, // a digit is no letter
	} {
		if got := dtLetterBefore(tt.s, tt.i); got != tt.want {
			t.Errorf("dtLetterBefore(%q, %d) = %v; want %v", tt.s, tt.i, got, tt.want)
		}
	}
}

// TestDtCueStart checks dtCueStart, a table lookup, on the first bytes of
// the cue words of a date and of words that open none.
func TestDtCueStart(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"ngày", true}, {"Ngày", true}, {"NGÀY", true},
		{"tháng", true}, {"Thứ", true}, {"trưa", true}, {"tối", true},
		{"sáng", true}, {"Sáng", true}, {"chiều", true}, {"Chủ nhật", true},
		{"đêm", true}, {"Đêm", true},
		{"tại", true}, // loose, like tối: dtFirstWords is the finer test
		{"nhà", false}, {"số", false}, {"sự", false}, {"cả", false}, {"tàu", false},
		{"n", false}, {"", false},
	} {
		if got := dtCueStart(tt.s, 0); got != tt.want {
			t.Errorf("dtCueStart(%q, 0) = %v; want %v", tt.s, got, tt.want)
		}
	}
}

// TestCountingNext checks which words after a number at s[:i] make it a
// count.
func TestCountingNext(t *testing.T) {
	for _, tt := range []struct {
		s    string
		i    int
		want bool
	}{
		{"cho 2017 người", 8, true},
		{"có 12 dự án", 6, true},
		{"có 30  hộ gia đình", 6, true}, // more than one space
		{"năm 2017, người", 8, false},   // a comma first
		{"năm 2017 tại hội trường", 8, false},
		{"năm 2017", 8, false},
		{"năm 2017 ", 8, false},
		{"2017người", 4, false},  // no space
		{"có 12 Dự án", 6, true}, // in any case
		{"gồm 5 ĐẢNG VIÊN", 7, true},
		{"tại 3 Ấp", 7, true},
		{"lúc 9 giờ", 6, true},
		{"ngày 9 Giêng", 7, false}, // no counting noun starts with "gi" but "giờ"
	} {
		if got := CountingNext(tt.s, tt.i); got != tt.want {
			t.Errorf("CountingNext(%q, %d) = %v; want %v", tt.s, tt.i, got, tt.want)
		}
	}
}
