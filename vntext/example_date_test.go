package vntext_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vnreport/vnreport/vntext"
)

func ExampleParseDate() {
	for _, s := range []string{
		"ngày 28 tháng 2 năm 2024",
		"13-01-2021 20:36",
		"Chiều 17/6",
		"tháng 8/2020",
		"31/2/2024",
	} {
		d, err := vntext.ParseDate(s)
		if errors.Is(err, vntext.ErrRange) {
			fmt.Println("no such day:", err)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 2024-02-28
	// 2021-01-13T20:36
	// --06-17
	// 2020-08
	// no such day: vntext.ParseDate: parsing "31/2/2024": value out of range at byte 0
}

func ExampleDate_Resolve() {
	d, _ := vntext.ParseDate("17/6")
	published := time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	fmt.Println(d.Resolve(published))
	earlier := time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC)
	fmt.Println(d.Resolve(earlier), d.Resolve(earlier).YearInferred)
	// Output:
	// 2024-06-17
	// 2023-06-17 true
}

func ExampleFindDates() {
	text := "Chiều 17/6, Ban Chấp hành Đảng bộ quận họp, với 19/19 chỉ tiêu đạt và vượt. " +
		"Nghị quyết số 14-NQ/QU, ngày 25/4/2022 được quán triệt; kỳ họp diễn ra từ ngày 15 đến 17/10."
	for _, m := range vntext.FindDates(text) {
		fmt.Printf("%q %s", text[m.Start:m.End], m.Date)
		if m.TimeOfDay != vntext.NoTimeOfDay {
			fmt.Print(" ", m.TimeOfDay)
		}
		if m.Elided {
			fmt.Print(" (month shared with the next date)")
		}
		fmt.Println()
	}
	// Output:
	// "Chiều 17/6" --06-17 chiều
	// "ngày 25/4/2022" 2022-04-25
	// "ngày 15" --10-15 (month shared with the next date)
	// "17/10" --10-17
}

func ExampleFindPeriods() {
	text := "Thu ngân sách 6 tháng đầu năm 2024 tăng 8,2%; quý I/2021 đạt 55,4%; nhiệm kỳ 2020 – 2025."
	for _, m := range vntext.FindPeriods(text) {
		fmt.Printf("%q %s %s\n", text[m.Start:m.End], m.Period.Kind, m.Period)
	}
	// Output:
	// "6 tháng đầu năm 2024" first_months 2024-H1
	// "quý I/2021" quarter 2021-Q1
	// "nhiệm kỳ 2020 – 2025" range 2020/2025
}

func ExampleParsePeriod() {
	p, err := vntext.ParsePeriod("quý 3 năm 2018")
	fmt.Println(p, p.Year, p.Quarter, err)
	// Output:
	// 2018-Q3 2018 3 <nil>
}

func ExampleDoc_AppendDays() {
	// A bare "19/12" is read too, but not cued: here it counts targets.
	d := vntext.NewDoc("Sáng 17/6, Thường trực HĐND tỉnh họp; 19/12 chỉ tiêu đạt.")
	var buf [4]vntext.DayMention
	for _, dm := range d.AppendDays(buf[:0], 0, len(d.Text)) {
		fmt.Printf("%s %v %q %v\n", d.Text[dm.Start:dm.End], dm.Date, dm.TimeOfDay, dm.Cued)
	}
	// Output:
	// 17/6 --06-17 "sáng" true
	// 19/12 --12-19 "" false
}

func ExamplePeriodPhraseEnd() {
	d := vntext.NewDoc("Trong 9 tháng qua, thu ngân sách đạt 95% dự toán năm nay.")
	for _, i := range []int{0, strings.Index(d.Lower, "năm nay")} {
		fmt.Printf("%q\n", d.Text[i:vntext.PeriodPhraseEnd(d.Lower, i)])
	}
	// FindPeriods names periods of the calendar only.
	fmt.Println(len(vntext.FindPeriods(d.Text)))
	// Output:
	// "Trong 9 tháng qua"
	// "năm nay"
	// 0
}

// ParseDate reads what the press writes beside its numeric dates: months
// in words, "mồng", two-digit years and clocks with their part of the day.
func ExampleParseDate_words() {
	for _, s := range []string{
		"ngày 7 tháng Ba",
		"mồng 3 tháng Giêng năm 2024",
		"3/9/91",
		"ngày đầu tiên của tháng 3",
		"7:30 chiều ngày 20/4/2017",
		"lúc 4 giờ chiều ngày 23 tháng 4",
	} {
		d, err := vntext.ParseDate(s)
		fmt.Println(d, err)
	}
	// Output:
	// --03-07 <nil>
	// 2024-01-03 <nil>
	// 1991-09-03 <nil>
	// --03-01 <nil>
	// 2017-04-20T19:30 <nil>
	// --04-23T16:00 <nil>
}
