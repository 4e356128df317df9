package vnreport_test

import (
	"fmt"

	_ "github.com/vnreport/vnreport/internal/golden" // accepts go test ./... -update (no golden files here)
	"github.com/vnreport/vnreport/meeting"
)

// A short report, parsed end to end.
func Example() {
	const article = `Quận Ba Đình: Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15

Chiều 20/6/2023, Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 15 để đánh giá kết quả 6 tháng đầu năm. Đồng chí Nguyễn Minh Khang, Thành ủy viên, Bí thư Quận ủy chủ trì hội nghị.

Thu ngân sách trên địa bàn quận đạt 1.460 tỷ đồng, đạt 55,4% dự toán, tăng 8,2% so với cùng kỳ.
`
	m, err := meeting.Parse(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Kind, m.Body.Level, m.Body.Locality, m.Session, m.Term.Text, m.Tenure.Start, m.Tenure.End)
	fmt.Println(m.Date, m.TimeOfDay)
	for _, c := range m.Chairs {
		fmt.Println("chair:", c.Name, c.Titles)
	}
	for _, ind := range m.Indicators {
		for _, f := range ind.Figures {
			fmt.Println(ind.Key, f.Role, f.Value, f.Unit)
		}
	}
	// Output:
	// conference quận Ba Đình 15 XXVI 2020 2025
	// 2023-06-20 chiều
	// chair: Nguyễn Minh Khang [Thành ủy viên Bí thư Quận ủy]
	// budget_revenue amount 1460 tỷ đồng
	// budget_revenue plan 55.4 %
	// budget_revenue change 8.2 %
}
