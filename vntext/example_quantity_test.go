package vntext_test

import (
	"errors"
	"fmt"

	"github.com/vnreport/vnreport/vntext"
)

func ExampleParseMoney() {
	m, err := vntext.ParseMoney("4.863,4 tỷ đồng")
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Value, m.Unit, m.Currency, m.VND)

	_, err = vntext.ParseMoney("3.66 tỷ đồng")
	var ne *vntext.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Pos, errors.Is(err, vntext.ErrSyntax))
	}
	// Output:
	// 4863.4 tỷ đồng VND 4863400000000
	// 2 true
}

func ExampleParsePercent() {
	for _, s := range []string{"8,2%", "8,2 %", "8,2 phần trăm"} {
		v, err := vntext.ParsePercent(s)
		fmt.Println(v, err)
	}
	// Output:
	// 8.2 <nil>
	// 8.2 <nil>
	// 8.2 <nil>
}

func ExampleFindQuantities() {
	text := "Thu ngân sách ước đạt trên 3.666 tỷ đồng, đạt 55,4% kế hoạch; kết nạp 217 đảng viên, Nghị quyết số 14-NQ/QU."
	for _, q := range vntext.FindQuantities(text) {
		fmt.Printf("%-8s %-7v %-8q bound=%q vnd=%d  %q\n", q.Kind, q.Value, q.Unit, q.Bound, q.VND, text[q.Start:q.End])
	}
	// Output:
	// money    3666    "tỷ đồng" bound="over" vnd=3666000000000  "trên 3.666 tỷ đồng"
	// percent  55.4    "%"      bound="" vnd=0  "55,4%"
	// number   217     ""       bound="" vnd=0  "217"
}

func ExampleFindQuantities_bounds() {
	text := "Tỷ lệ hộ nghèo không quá 1,5%, bội chi tối đa 120 tỷ đồng, mức hỗ trợ không dưới 3 triệu đồng; 80% trở lên số chi bộ đạt; lợi nhuận âm 985 tỷ đồng."
	for _, q := range vntext.FindQuantities(text) {
		fmt.Printf("%-7v %-6q %q\n", q.Value, q.Bound, text[q.Start:q.End])
	}
	// Output:
	// 1.5     "under" "không quá 1,5%"
	// 120     "under" "tối đa 120 tỷ đồng"
	// 3       "over" "không dưới 3 triệu đồng"
	// 80      "over" "80% trở lên"
	// -985    ""     "âm 985 tỷ đồng"
}

func ExampleParseMoney_words() {
	for _, s := range []string{"mười đồng", "hai trăm nghìn đồng", "mười đô", "1,5 tỷ đô la Mỹ"} {
		m, err := vntext.ParseMoney(s)
		fmt.Println(m.Value, m.Unit, m.Currency, err)
	}
	// Output:
	// 10 đồng VND <nil>
	// 200000 đồng VND <nil>
	// 10 đô USD <nil>
	// 1.5 tỷ đô la Mỹ USD <nil>
}

func ExampleFindQuantities_range() {
	text := "Thu nhập bình quân từ 60 đến 65 triệu đồng, tăng trưởng giữa 6,5 và 7%."
	for _, q := range vntext.FindQuantities(text) {
		fmt.Printf("%-5v %-12q %q\n", q.Value, q.Unit, text[q.Start:q.End])
	}
	// Output:
	// 60    "triệu đồng" "60"
	// 65    "triệu đồng" "65 triệu đồng"
	// 6.5   "%"          "6,5"
	// 7     "%"          "7%"
}
