package meeting_test

import (
	"errors"
	"fmt"

	"github.com/vnreport/vnreport/meeting"
)

// A short report of a district Party committee conference.
const article = `Long Biên: Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 12 (21:10 05/07/2022)

HNP - Sáng 5/7, Ban Chấp hành Đảng bộ quận Long Biên khóa VI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 12 (mở rộng) để đánh giá kết quả 6 tháng đầu năm 2022.

Thu ngân sách trên địa bàn quận ước đạt 4.215 tỷ đồng, bằng 61,2% dự toán.

Minh Châu`

func ExampleParse() {
	m, err := meeting.Parse(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("published:", m.Published)
	fmt.Println("source:", m.Source)
	fmt.Println("author:", m.Author)
	fmt.Println("kind:", m.Kind)
	fmt.Println("body:", m.Body.Name, "|", m.Body.Level, "|", m.Body.Locality)
	fmt.Println("session:", m.Session, "expanded:", m.Expanded)
	fmt.Println("term:", m.Term.Number, m.Term.Text)
	fmt.Println("tenure:", m.Tenure.Start, "-", m.Tenure.End)
	fmt.Println("date:", m.Date, m.TimeOfDay)
	// Output:
	// published: 2022-07-05T21:10
	// source: HNP
	// author: Minh Châu
	// kind: conference
	// body: Ban Chấp hành Đảng bộ quận Long Biên | quận | Long Biên
	// session: 12 expanded: true
	// term: 6 VI
	// tenure: 2020 - 2025
	// date: 2022-07-05 sáng
}

func ExampleParse_errors() {
	_, err := meeting.Parse("Hội nghị \xff lần thứ 5")
	fmt.Println(err)
	fmt.Println(errors.Is(err, meeting.ErrInvalidText))
	// Output:
	// meeting: invalid text: invalid UTF-8 at byte 13
	// true
}
