package indicators_test

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/vnreport/vnreport/indicators"
	"github.com/vnreport/vnreport/vntext"
)

func Example() {
	report := `Quận Hoàng Mai: kinh tế 6 tháng đầu năm 2024 tăng trưởng khá

Trong 6 tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn quận ước đạt hơn 2.150 tỷ đồng, đạt 52,4% dự toán, tăng 9,6% so với cùng kỳ. Tổng vốn đầu tư toàn xã hội đạt 7.830 tỷ đồng, vượt 4,2%. Công tác phát triển Đảng được quan tâm, đã kết nạp được 126 đảng viên; 28/28 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Tỷ lệ hộ nghèo giảm 0,3%.`

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "metric\tkey\trole\tvalue\tunit")
	for _, in := range indicators.Extract(report) {
		for _, f := range in.Figures {
			value := fmt.Sprint(f.Value)
			if f.Role == indicators.RoleRatio {
				value += fmt.Sprint("/", f.Total)
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", in.Metric, in.Key, f.Role, value, f.Unit)
		}
	}
	w.Flush()
	// Output:
	// metric                                    key               role    value  unit
	// thu ngân sách nhà nước trên địa bàn quận  budget_revenue    amount  2150   tỷ đồng
	// thu ngân sách nhà nước trên địa bàn quận  budget_revenue    plan    52.4   %
	// thu ngân sách nhà nước trên địa bàn quận  budget_revenue    change  9.6    %
	// Tổng vốn đầu tư toàn xã hội               total_investment  amount  7830   tỷ đồng
	// Tổng vốn đầu tư toàn xã hội               total_investment  exceed  4.2    %
	// kết nạp                                   party_admission   amount  126    đảng viên
	// chỉ tiêu chủ yếu                          targets_met       ratio   28/28  chỉ tiêu
	// Tỷ lệ hộ nghèo                            poverty           change  -0.3   %
}

// A caller who reads one report with several extractors normalises it and
// finds the article once, then hands both to each of them. The figures in
// the related-news block after the report are not the report's.
func ExampleExtractDoc() {
	page := `Huyện Thanh Trì tổng kết năm 2023

Năm 2023, thu ngân sách trên địa bàn huyện đạt 1.240 tỷ đồng, tăng 8,5% so với năm trước.

Tin liên quan
Huyện bạn thu ngân sách đạt 2.000 tỷ đồng
Xã Tam Hiệp kết nạp 15 đảng viên mới`

	d := vntext.NewDoc(page)
	article := d.FindArticle()
	for _, in := range indicators.ExtractDoc(d, indicators.WithArticle(&article)) {
		for _, f := range in.Figures {
			fmt.Println(in.Key, f.Role, f.Value, f.Unit)
		}
	}
	// Output:
	// budget_revenue amount 1240 tỷ đồng
	// budget_revenue change 8.5 %
}
