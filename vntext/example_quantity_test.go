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
