package indicators

import (
	"fmt"
	"strings"
	"testing"
)

// Units of measurement, compound units and ratios written with thousands
// separators or with the votes named before them. Sentences written for
// these tests.
var unitTests = []struct {
	name string
	in   string
	want []string
}{
	{"weight", "Tổng sản lượng thủy sản cả năm ước đạt 12.450 tấn.", []string{"amount 12450 tấn"}},
	{"a range with its unit glued to the second end", "Cụm công nghiệp rộng 35-40ha; rừng trồng mở rộng lên 12.000 - 15.000ha; cổng chào cao 6m – 8m.", []string{"amount 35 ha", "amount 40 ha", "amount 12000 ha", "amount 15000 ha", "amount 6 m", "amount 8 m"}},
	{"a scale per something is of đồng", "Giá căn hộ khoảng 18 triệu/m2, mỗi năm trợ giá 950 tỷ / năm.", []string{"amount 18 triệu đồng/m2 about", "amount 950 tỷ đồng / năm"}},
	{"area", "Toàn huyện đã gieo cấy được 3.120 ha lúa xuân.", []string{"amount 3120 ha"}},
	{"length", "Huyện đã cứng hóa 42,5 km đường giao thông nông thôn.", []string{"amount 42.5 km"}},
	{"square metres", "Nhà văn hóa mới có diện tích 450 m² sàn.", []string{"amount 450 m²"}},
	{"unit glued to the number", "Nhà máy điện mặt trời có công suất 120MW.", []string{"amount 120 MW"}},
	{"metres glued to the number", "Cầu vượt dài 315m, rộng 12,5m; nhà cao 3 tầng, kênh sâu 2mm.", []string{"amount 315 m", "amount 12.5 m"}},
	{"a measure after the word ending a document's name", "Theo Kế hoạch 126, xã quy hoạch 450ha đất ở và thu hoạch 12.000 tấn lúa; Quyết định 703 vẫn giữ.", []string{"amount 450 ha", "amount 12000 tấn"}},
	{"glued unit with a bound", "Doanh nghiệp xin thuê khoảng 12ha đất.", []string{"amount 12 ha about"}},
	{"glued unit with a bound of two words", "Xe tải chỉ được chạy tối đa 40km/h qua cầu.", []string{"amount 40 km/h under"}},
	{"glued unit with 'trên dưới'", "Tuyến đê mới dài trên dưới 800m.", []string{"amount 800 m about"}},
	{"yield per hectare", "Năng suất lúa bình quân đạt 6,2 tấn/ha.", []string{"amount 6.2 tấn/ha"}},
	{"income per person per year", "Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.",
		[]string{"amount 72 triệu đồng/người/năm"}},
	{"ratio with thousands separators", "Huyện đã bàn giao 1.250/1.400 ha mặt bằng.", []string{"ratio 1250/1400 ha"}},
	{"ratio of files", "Đã giải quyết 2.105/2.300 hồ sơ đúng hạn.", []string{"ratio 2105/2300 hồ sơ"}},
	{"votes named before", "Đồng chí tái đắc cử Bí thư Huyện ủy với số phiếu 39/41.", []string{"ratio 39/41 phiếu"}},
	{"cases, not schools", "Ủy ban kiểm tra đã xem xét 37 trường hợp vi phạm.", []string{"amount 37 trường hợp"}},
	{"two-word noun counted", "Câu lạc bộ đã phát triển thêm 45 thành viên mới.", []string{"amount 45 thành viên"}},
	{"a noun whose first word alone means another thing", "Công ty phát hành thêm 12 triệu cổ phiếu, mời 30 nhà báo và 6 bác sỹ tham gia.", []string{"amount 12 triệu cổ phiếu", "amount 30 nhà báo", "amount 6 bác sỹ"}},
	{"nouns of two bound words", "Hội chợ có 120 gian hàng của 25 nghệ nhân; xã còn 2 đầu mối chưa sáp nhập.", []string{"amount 120 gian hàng", "amount 25 nghệ nhân", "amount 2 đầu mối"}},
	{"two-word noun of models", "Xã đã nhân rộng 12 mô hình trồng rau an toàn.", []string{"amount 12 mô hình"}},
	{"ratio in millions", "Tỉnh đã cấp 1.200.000/1.250.000 thẻ bảo hiểm y tế.", []string{"ratio 1.2e+06/1.25e+06 thẻ"}},
	{"a glued unit before a spaced one, in text order", "Nhà máy có công suất 50MW, sản xuất 70 triệu kWh mỗi năm.",
		[]string{"amount 50 MW", "amount 70 triệu kWh"}},
	{"millions before a sum in dollars, no range between them", "Dân số tỉnh khoảng 1,5 triệu, GRDP đạt 12 tỷ USD.",
		[]string{"amount 1.5 triệu about", "amount 12 tỷ USD"}},
	{"share of votes named before", "Tỷ lệ phiếu bầu đạt 28/30, bằng 93,3%.", []string{"ratio 28/30 phiếu", "amount 93.3 %"}},
}

// Not figures, though they look like the forms above.
var unitNearMisses = []struct{ name, in string }{
	{"a date after a grouped number", "Văn bản ban hành ngày 12/5/2024."},
	{"a ratio of nothing", "Tỷ số trận đấu là 2/3."},
	{"clock time glued", "Hội nghị khai mạc lúc 8h30."},
	{"a year after a superlative", "Chậm nhất 2026 địa phương phải hoàn thành việc di dời."},
}

func TestUnits(t *testing.T) {
	for _, tt := range unitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := figs(Extract(tt.in))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Extract(%q) figures =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
	for _, tt := range unitNearMisses {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(tt.in); len(got) != 0 {
				t.Errorf("Extract(%q) = %q; want no figures", tt.in, figs(got))
			}
		})
	}
}

// TestMoneyUnits checks the currency and the exact đồng of money figures:
// a range keeps the currency the second end writes on both ends, and a
// price per unit of goods has no amount in đồng.
func TestMoneyUnits(t *testing.T) {
	for _, tc := range []struct {
		text  string
		units []string
		vnd   []int64
	}{
		{"Mỗi dự án có vốn từ 600 triệu - 2 tỷ USD.", []string{"triệu USD", "tỷ USD"}, []int64{0, 0}},
		{"Kinh phí mỗi công trình 300 triệu - 1,5 tỷ đồng.", []string{"triệu đồng", "tỷ đồng"}, []int64{300_000_000, 1_500_000_000}},
		{"Giá dầu giảm 350 đồng/lít.", []string{"đồng/lít"}, []int64{0}},
		{"Giá lợn hơi đạt 52.000 đồng/kg.", []string{"đồng/kg"}, []int64{0}},
		{"Thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm.", []string{"triệu đồng/người/năm"}, []int64{70_000_000}},
		{"Giá vàng miếng niêm yết 36,6 triệu đồng/lượng.", []string{"triệu đồng/lượng"}, []int64{0}},
		{"Công ty chia cổ tức 1.500 đồng/cổ phiếu.", []string{"đồng/cổ"}, []int64{0}},
		{"Tỷ giá được niêm yết ở mức 23.150 - 23.240 VND/USD.", []string{"VND/USD", "VND/USD"}, []int64{0, 0}},
		{"Thu nhập đạt từ 60 đến 65 triệu đồng/người/năm.", []string{"triệu đồng/người/năm", "triệu đồng/người/năm"}, []int64{60_000_000, 65_000_000}},
		// A scale word alone is money, unless the measure counts people or things.
		{"Thu ngân sách năm nay đạt 1.250 tỷ.", []string{"tỷ"}, []int64{1_250_000_000_000}},
		{"Thu nhập bình quân đạt 62 triệu.", []string{"triệu"}, []int64{62_000_000}},
		{"Năm 2024, lượng khách du lịch đến tỉnh đạt 4,2 triệu.", []string{"triệu"}, []int64{0}},
		{"Dân số toàn tỉnh hiện khoảng 1,3 triệu.", []string{"triệu"}, []int64{0}},
		{"Số thuê bao di động trên địa bàn đạt 1,1 triệu.", []string{"triệu"}, []int64{0}},
		{"Doanh thu từ khách du lịch đạt 3.400 tỷ.", []string{"tỷ"}, []int64{3_400_000_000_000}},
	} {
		var units []string
		var vnd []int64
		for _, in := range Extract(tc.text) {
			for _, f := range in.Figures {
				units, vnd = append(units, f.Unit), append(vnd, f.VND)
			}
		}
		if fmt.Sprint(units) != fmt.Sprint(tc.units) || fmt.Sprint(vnd) != fmt.Sprint(tc.vnd) {
			t.Errorf("%q: units %q vnd %v; want %q %v", tc.text, units, vnd, tc.units, tc.vnd)
		}
	}
}

// TestIsMoneyUnit checks that a unit names a currency by its words, not by
// the letters of "đồng" or "đô" in other nouns.
func TestIsMoneyUnit(t *testing.T) {
	for u, want := range map[string]bool{
		"tỷ đồng": true, "triệu USD": true, "đồng/kg": true, "tỉ đô la Mỹ": true, "đôla": true,
		"đồng chí": false, "hợp đồng": false, "đô thị": false, "người": false, "ha": false, "đôi": false, "đông": false,
		"nghìn đồng/kg": true, "đồng / cổ": true, "USD/ounce": true,
	} {
		if got := isMoneyUnit(u); got != want {
			t.Errorf("isMoneyUnit(%q) = %v, want %v", u, got, want)
		}
	}
}
