package indicators

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnreport/vnreport/internal/hostile"
)

// fig renders a figure compactly for table tests: role, value, /total for
// ratios, unit and bound.
func fig(f Figure) string {
	s := fmt.Sprintf("%s %v", f.Role, f.Value)
	if f.Role == RoleRatio {
		s += fmt.Sprintf("/%v", f.Total)
	}
	if f.Unit != "" {
		s += " " + f.Unit
	}
	if f.Bound != "" {
		s += " " + string(f.Bound)
	}
	return s
}

func figs(ins []Indicator) []string {
	var out []string
	for _, in := range ins {
		for _, f := range in.Figures {
			out = append(out, fig(f))
		}
	}
	return out
}

// Each form of the issue, in sentences written for these tests.
var extractTests = []struct {
	name string
	in   string
	want []string // every figure, in order
}{
	{"related articles after the report are not its figures", "HĐND xã họp cuối năm\n\nNgày 20/12, HĐND xã An Phú tổ chức kỳ họp thứ 8.\n\nNăm 2021, thu ngân sách xã đạt 14,2 tỷ đồng.\n\nMinh Châu\n\nBài viết liên quan\n- Huyện có 18 xã tổ chức kỳ họp cuối năm (15/12/2021)\n\nÝ kiến bạn đọc\nTôi mong xã làm 2 tuyến đường mới.",
		[]string{"amount 14.2 tỷ đồng"}},
	{"related headlines inside the report are not its figures", "Quận Tây Hồ sơ kết 6 tháng\n\nNgày 5/7, Quận ủy Tây Hồ tổ chức hội nghị sơ kết.\n\nTin liên quan\nHà Nội: 98 xã, phường sáp nhập xong trụ sở\n\nQuận Ba Đình đón 120 đoàn khách quốc tế\n\n6 tháng, thu ngân sách quận đạt 2.315 tỷ đồng, đạt 61% dự toán.\n\n» Xem thêm: Huyện Sóc Sơn kết nạp 75 đảng viên mới\nBài viết liên quan: Thành phố có 30 dự án khởi công...\nKết nạp 42 đảng viên, đạt 70% kế hoạch năm.",
		[]string{"amount 2315 tỷ đồng", "plan 61 %", "amount 42 đảng viên", "plan 70 %"}},
	{"a related heading above the article's paragraph keeps it", "Quận Tây Hồ sơ kết 6 tháng\n\nNgày 5/7, Quận ủy Tây Hồ tổ chức hội nghị sơ kết.\nTin liên quan\n\nSáu tháng, thu ngân sách quận đạt 2.315 tỷ đồng, đạt 61% dự toán.",
		[]string{"amount 2315 tỷ đồng", "plan 61 %"}},
	{"a quoted sentence after a related heading is the report's", "Quận Tây Hồ sơ kết 6 tháng\n\nNgày 5/7, Quận ủy Tây Hồ tổ chức hội nghị sơ kết.\nXem thêm\n“Quận đã kết nạp 64 đảng viên.”",
		[]string{"amount 64 đảng viên"}},
	{"a menu heading among the first lines does not end the report", "Trang chủ\nTin khác\nKinh tế\nNăm 2021, thu ngân sách xã đạt 14,2 tỷ đồng.",
		[]string{"amount 14.2 tỷ đồng"}},
	{"amount with bound and plan", "Thu ngân sách Nhà nước của huyện 6 tháng ước đạt trên 2.415 tỷ đồng - đạt 51,7% kế hoạch.",
		[]string{"amount 2415 tỷ đồng over", "plan 51.7 %"}},
	{"DT abbreviates dự toán", "Thu ngân sách xã đạt 18,4 tỷ đồng, đạt 104,2% DT.",
		[]string{"amount 18.4 tỷ đồng", "plan 104.2 %"}},
	{"amount after được", "Cả năm, tổng thu ngân sách của thị xã được 1.276,9 tỷ đồng, đạt 112% so với dự toán pháp lệnh năm 2022.",
		[]string{"amount 1276.9 tỷ đồng", "plan 112 %"}},
	{"count of Party members", "Về phát triển đảng viên mới, toàn huyện kết nạp được 143 đảng viên, đạt 71,5% so với kế hoạch.",
		[]string{"amount 143 đảng viên", "plan 71.5 %"}},
	{"change against the same period", "Giá trị sản xuất tăng 8,2% so với cùng kỳ năm 2023.",
		[]string{"change 8.2 %"}},
	{"rate of increase reached", "Năm qua, tốc độ tăng giá trị sản xuất công nghiệp của thị xã đạt 9,4%.", []string{"change 9.4 %"}},
	{"renovated is not a page", "Năm 2024, quận hoàn thành chỉnh trang 17 tuyến phố và 9 vườn hoa.", []string{"amount 17 tuyến phố", "amount 9 vườn hoa"}},
	{"average change", "Tổng giá trị sản xuất tăng bình quân 10,48%.", []string{"change 10.48 %"}},
	{"fall is negative", "Số vụ tai nạn giao thông giảm 3,5%, số người bị thương giảm 12 người.",
		[]string{"change -3.5 %", "change -12 người"}},
	{"a range of a change opened by từ", "Số vụ tai nạn giảm từ 10-15%; doanh thu tăng từ 6% đến 8%; tỷ lệ thất nghiệp giảm từ 3,1% xuống 2,8%; phụ cấp tăng từ 2 đến 3 triệu đồng.",
		[]string{"change -10 %", "change -15 %", "change 6 %", "change 8 %", "amount 3.1 %", "amount 2.8 %", "amount 2 triệu đồng", "amount 3 triệu đồng"}},
	{"a falling goal's range falls at both ends", "Năm tới, phấn đấu tỷ lệ hộ nghèo giảm 1-1,5%; tai nạn giao thông giảm 5 đến 10%.",
		[]string{"target -1 %", "target -1.5 %", "target -5 %", "target -10 %"}},
	{"listed changes share the verb", "Nhiều dự án được giảm 5%, 10% tiền thuê đất.", []string{"change -5 %", "change -10 %"}},
	{"exceed", "Vốn đầu tư toàn xã hội trên địa bàn tỉnh đạt 18.230 tỷ đồng, vượt 12,6%.",
		[]string{"amount 18230 tỷ đồng", "exceed 12.6 %"}},
	{"plan share with about", "Vốn đầu tư công đã giải ngân hơn 512,8 tỷ đồng, với tỷ lệ gần 61% kế hoạch năm.",
		[]string{"amount 512.8 tỷ đồng over", "plan 61 % about"}},
	{"ratio of targets", "Năm qua, huyện hoàn thành 21/21 chỉ tiêu chủ yếu, trong đó 9/21 chỉ tiêu vượt kế hoạch.",
		[]string{"ratio 21/21 chỉ tiêu", "ratio 9/21 chỉ tiêu"}},
	{"vote", "Đồng chí được bầu với 65/67 phiếu tán thành.", []string{"ratio 65/67 phiếu"}},
	{"votes counted as số phiếu", "Ông được bầu làm Chủ tịch UBND huyện với 41/41 số phiếu tán thành.", []string{"ratio 41/41 số phiếu"}},
	{"two counts of one set", "Toàn xã còn 126 hộ / 452 nhân khẩu thiếu nước sạch; công an khởi tố 7 vụ án / 15 bị can.",
		[]string{"amount 126 hộ", "amount 452 nhân khẩu", "amount 7 vụ án", "amount 15 bị can"}},
	{"a rate per one or per ten thousand is no pair", "Nồng độ cồn đo được 0,3 miligam / 1 lít khí thở; mật độ là 40 robot / 10.000 công nhân; định mức 1 xe / 3 đơn vị.",
		[]string{"amount 0.3 miligam", "amount 40 robot", "amount 1 xe"}},
	{"a spaced rate unit", "Mức trợ cấp được nâng lên 1,5 triệu đồng / tháng; xã thu 12 tỷ đồng / năm từ đất.",
		[]string{"amount 1.5 triệu đồng / tháng", "amount 12 tỷ đồng / năm"}},
	{"nouns of two words for people", "Thôn có 126 hộ với 452 nhân khẩu; công an khởi tố 15 bị can, tòa xét xử 9 bị cáo.",
		[]string{"amount 126 hộ", "amount 452 nhân khẩu", "amount 15 bị can", "amount 9 bị cáo"}},
	{"a ratio with trên", "Quận đã phê duyệt chủ trương đầu tư 18 trên 25 dự án.", []string{"ratio 18/25 dự án"}},
	{"a ratio of a total", "Đến cuối tháng 9, 41 trên tổng số 45 xã đã tổ chức đại hội; huyện giải quyết 312 đơn trong tổng số 330 đơn thư, xếp thứ 4 trong tổng số 18 huyện.",
		[]string{"ratio 41/45 xã", "ratio 312/330 đơn"}},
	{"a breakdown by place counts after each name", "Số hộ thiếu nước gồm: xã Tân Phước 420 hộ, xã Mỹ Hòa 75 hộ; diện tích lúa bị hạn ở Long Điền 1.200 ha.",
		[]string{"amount 420 hộ", "amount 75 hộ", "amount 1200 ha"}},
	{"a range of counts is two figures", "Mỗi năm huyện giải quyết việc làm cho 2.500 - 2.800 lao động, trồng từ 150 đến 180 ha rừng.",
		[]string{"amount 2500 lao động", "amount 2800 lao động", "amount 150 ha", "amount 180 ha"}},
	{"tỷ and triệu alone before a verb are money", "Phường xin 12 tỷ để lát vỉa hè; chủ quán phải nộp phạt 80 triệu để được mở lại.",
		[]string{"amount 12 tỷ", "amount 80 triệu"}},
	{"a sentence after an ellipsis opens on a capital", "Kênh chính có 9 cống, các kênh nhánh có 5 cống… Hiện 12 cống đã được sửa.",
		[]string{"amount 9 cống", "amount 5 cống", "amount 12 cống"}},
	{"years in a breakdown or after an acronym are no counts", "Giải bóng chuyền VTV 2023 tổ chức ở Tuyên Quang; vụ lật xe làm 2 người bị thương (ông C, SN 1971; cháu D, SN 2016).",
		[]string{"amount 2 người"}},
	{"a range of counts written with a dash is two figures", "Mỗi lớp tập huấn có 40-60 đại biểu; năm nay xã dự kiến kết nạp 20-25 đảng viên.",
		[]string{"amount 40 đại biểu", "amount 60 đại biểu", "amount 20 đảng viên", "amount 25 đảng viên"}},
	{"a dashed range after từ, and a bound after a name's number", "Mỗi vụ thu hoạch từ 4.200-4.500 tấn chè búp; vốn giai đoạn 2 hơn 1.650 tỷ đồng.",
		[]string{"amount 4200 tấn", "amount 4500 tấn", "amount 1650 tỷ đồng over"}},
	{"a count after tổng số", "Đảng bộ huyện có tổng số 2.450 đảng viên, sinh hoạt ở 58 chi bộ.",
		[]string{"amount 2450 đảng viên", "amount 58 chi bộ"}},
	{"trên before a count is a bound", "Huyện có trên 300 hộ kinh doanh.", []string{"amount 300 hộ over"}},
	{"a quoted slogan is no figure", "Cán bộ phường thực hiện tốt phương châm “4 biết” và mô hình \" 3 không \"; năm qua tiếp 215 lượt công dân.",
		[]string{"amount 215 lượt"}},
	{"a slogan's number after its first words is no figure", "Xã đẩy mạnh phong trào “Nông dân 3 giỏi” và \" Thanh niên 5 tốt \", kết nạp 12 hội viên; ông nói \"năm nay\" có 4 thôn đạt chuẩn.",
		[]string{"amount 12 hội viên", "amount 4 thôn"}},
	{"a ratio after a word of time that no date can be", "Bà Lê Thị Hà nhận 9/64 phiếu tín nhiệm cao, trong khi có tới 41/64 phiếu tín nhiệm thấp; đến 5/6 xã họp xong.",
		[]string{"ratio 9/64 phiếu", "ratio 41/64 phiếu"}},
	{"a number before a verb or a conjunction counts nothing", "Nhân kỷ niệm 30 thành lập, Đội 7 tham gia dọn vệ sinh; giai đoạn 2 để mở rộng đường, quận chi 12 tỷ để làm đường và có 14 tổ dân phố.",
		[]string{"amount 12 tỷ", "amount 14 tổ dân phố"}},
	{"nouns of two words for offices and places", "Ban Thường vụ có 15 ủy viên và 3 phó chủ tịch; tỉnh có 2 thành phố, 1 thị xã và 12 trung tâm y tế.",
		[]string{"amount 15 ủy viên", "amount 3 phó chủ tịch", "amount 2 thành phố", "amount 1 thị xã", "amount 12 trung tâm"}},
	{"a plenum is no count", "Huyện ủy quán triệt Nghị quyết Trung ương 4 gắn với Chỉ thị 05, kết nạp 42 đảng viên.",
		[]string{"amount 42 đảng viên"}},
	{"a count stated again is reported once", "Năm qua, huyện kết nạp 86 đảng viên mới. Với 86 đảng viên được kết nạp, huyện vượt kế hoạch.",
		[]string{"amount 86 đảng viên"}},
	{"equal counts in lists of votes are each a fact", "Ông Lê Văn Bình được 41 phiếu tín nhiệm cao, 7 phiếu tín nhiệm. Bà Trần Thị Hoa được 41 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp.",
		[]string{"amount 41 phiếu", "amount 7 phiếu", "amount 41 phiếu", "amount 6 phiếu", "amount 1 phiếu"}},
	{"votes in a parenthesis", "Bà Hoàng Thị Na tái đắc cử với số phiếu tuyệt đối (52/52).", []string{"ratio 52/52 phiếu"}},
	{"target with phấn đấu", "Năm 2025, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 9%.", []string{"target 9 %"}},
	{"a parenthesis after a target shares it", "Trong khi đó chỉ tiêu giải ngân vốn đầu tư công năm tới khá lớn (khoảng 9.400 tỷ đồng, tăng 18% so với năm nay).",
		[]string{"target 9400 tỷ đồng about", "target 18 %"}},
	{"a sentence that opens with the year ahead sets goals", "Trong năm tới, huyện sẽ thực hiện 18 chỉ tiêu, trong đó nổi bật là dự kiến tốc độ tăng trưởng kinh tế đạt 9,5%; thành lập mới 320 doanh nghiệp. Năm tới là năm cuối nhiệm kỳ. Năm qua, thu ngân sách đạt 1.200 tỷ đồng.",
		[]string{"target 18 chỉ tiêu", "target 9.5 %", "target 320 doanh nghiệp", "amount 1200 tỷ đồng"}},
	{"target named by chỉ tiêu", "Giải ngân vốn đầu tư công vượt chỉ tiêu 95% thành phố giao.", []string{"target 95 %"}},
	{"growth rate is a change", "Tổng sản phẩm trên địa bàn (GRDP) chỉ đạt 6,4%.", []string{"change 6.4 %"}},
	{"money in USD and scales", "Kim ngạch xuất khẩu đạt 1,2 triệu USD; tổng sản phẩm đạt 476 nghìn tỷ đồng.",
		[]string{"amount 1.2 triệu USD", "amount 476 nghìn tỷ đồng"}},
	{"abbreviated triệu đồng is written out", "Thu nhập bình quân đầu người khu vực đô thị: 96 tr.đ/người/năm, vùng ven 61 trđ.",
		[]string{"amount 96 triệu đồng/người/năm", "amount 61 triệu đồng"}},
	{"tỉ spelling", "Tổng doanh thu du lịch đạt 214.000 tỉ đồng.", []string{"amount 214000 tỉ đồng"}},
	{"ranges written with a dash and no spaces", "Năm 2025, GRDP tăng 7,5-8%, thu nhập bình quân đạt 60-65 triệu đồng/người/năm.",
		[]string{"change 7.5 %", "change 8 %", "amount 60 triệu đồng/người/năm", "amount 65 triệu đồng/người/năm"}},
	{"range takes the unit of its end", "Mỗi người được hỗ trợ từ 100 đến 200 triệu đồng.",
		[]string{"amount 100 triệu đồng", "amount 200 triệu đồng"}},
	{"both ends of a range of scaled counts", "Năm nay, sản lượng điện thương phẩm ước 1,8 - 2 tỷ kWh; kho lạnh chứa được từ 40 đến 45 nghìn tấn nông sản.",
		[]string{"amount 1.8 tỷ kWh", "amount 2 tỷ kWh", "amount 40 nghìn tấn", "amount 45 nghìn tấn"}},
	{"bà mẹ is counted", "Huyện phụng dưỡng suốt đời 12 bà mẹ Việt Nam anh hùng, giao 30 tân binh.",
		[]string{"amount 12 bà mẹ", "amount 30 tân binh"}},
	{"breakdown in parentheses", "Đã thi hành kỷ luật 25 đảng viên (khiển trách 20, cảnh cáo 4, khai trừ 1).",
		[]string{"amount 25 đảng viên", "amount 20 đảng viên", "amount 4 đảng viên", "amount 1 đảng viên"}},
	{"counted subject", "Số doanh nghiệp thành lập mới là 1.250.", []string{"amount 1250 doanh nghiệp"}},
	{"scaled count", "Thành phố đón khoảng 6,3 triệu lượt khách.", []string{"amount 6.3 triệu lượt khách about"}},
	{"classifier before the noun", "Chi bộ đã kết nạp được 6 đồng chí Đảng viên mới.", []string{"amount 6 Đảng viên"}},
	{"acronym before a ratio", "Huyện hoàn thành GPMB 14/17 dự án.", []string{"ratio 14/17 dự án"}},
	{"English decimal point", "Chỉ số giá tiêu dùng tăng 3.5%.", []string{"change 3.5 %"}},
	{"at least", "Tỉnh phấn đấu tăng trưởng từ 7% trở lên.", []string{"target 7 % over"}},
	{"bounds in words", "Năm qua, chi phí vận chuyển giảm ít nhất 12%, tỷ lệ hộ dùng nước sạch tối thiểu 95%.",
		[]string{"change -12 % over", "amount 95 % over"}},
	{"a count with a thousands dot is not a year", "Cả năm, các chi bộ kết nạp 1.957 đảng viên, bộ phận một cửa tiếp nhận 2.031 hồ sơ.",
		[]string{"amount 1957 đảng viên", "amount 2031 hồ sơ"}},
	{"percentage points", "Tỷ lệ thất nghiệp giảm 0,3 điểm phần trăm, tỷ lệ trẻ đến trường tăng 1,2 điểm % so với năm trước.",
		[]string{"change -0.3 điểm phần trăm", "change 1.2 điểm %"}},
	{"a change as a multiple", "Số doanh nghiệp thành lập mới tăng 1,7 lần so với cùng kỳ; vốn đăng ký tăng gấp 3 lần.",
		[]string{"change 1.7 lần", "change 3 lần"}},
	{"a multiple of a baseline", "Thu nhập bình quân đầu người năm 2025 ước đạt 68 triệu đồng, gấp 1,9 lần năm 2015.",
		[]string{"amount 68 triệu đồng", "change 1.9 lần"}},
	{"a multiple after bằng", "Năm 2024, doanh thu du lịch của huyện đạt 860 tỷ đồng, bằng 2,6 lần năm 2020; diện tích mặt bằng 3 lần bàn giao chậm.",
		[]string{"amount 860 tỷ đồng", "change 2.6 lần"}},
	{"a count after a document's word", "Cục Thuế đã thông báo 12 doanh nghiệp chậm nộp thuế.",
		[]string{"amount 12 doanh nghiệp"}},
	{"an acronym before a count", "Ban chỉ đạo GPMB 14 hộ dân đã nhận tiền bồi thường.",
		[]string{"amount 14 hộ dân"}},
	{"exceeding the estimate", "Thu ngân sách trên địa bàn thị xã vượt dự toán 14,5%, chi đầu tư phát triển vượt kế hoạch được giao 6%.",
		[]string{"exceed 14.5 %", "exceed 6 %"}},
	{"four digits before a known count noun", "Đến nay, toàn tỉnh có 2080 tổ chức cơ sở đảng; trong năm, 1995 đảng viên được tặng huy hiệu.",
		[]string{"amount 2080 tổ chức cơ sở đảng", "amount 1995 đảng viên"}},
}

// Near misses: numbers that are not figures.
var nearMissTests = []struct{ name, in string }{
	{"session and term", "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ quận khóa XII, nhiệm kỳ 2020-2025."},
	{"session number in digits", "Kỳ họp thứ 13 HĐND quận khóa 25 bế mạc."},
	{"years and dates", "Ngày 31/12/2020, quận tổng kết năm 2020; sáng 17/6 hội nghị tiếp tục."},
	{"durations", "Sau 6 tháng triển khai và 20 năm xây dựng, chương trình kéo dài 3 ngày."},
	{"document numbers", "Thực hiện Nghị quyết số 14-NQ/QU, Nghị quyết 98/2023/QH15 và Nghị định số 73/2023/NĐ-CP."},
	{"ordinals", "Ngành giáo dục lần thứ 6 liên tiếp dẫn đầu; nhiệm vụ thứ hai là chuyển đổi số."},
	{"industry 4.0", "Quận đẩy mạnh cách mạng công nghiệp 4.0."},
	{"the scale of a map or plan", "Huyện phê duyệt đồ án quy hoạch chi tiết 1/500 khu dân cư mới và bản đồ địa chính tỷ lệ 1/2.000."},
	{"addresses", "Trụ sở tại số 12 phố Lê Lợi, Phường 5, Quận 10."},
	{"lanes", "Đoàn khảo sát tuyến ngõ 12 phố Huế và ngách 5 ngõ Văn Chương."},
	{"dates before a noun", "Chậm nhất vào 1/7 tuyến đường phải thông xe."},
	{"phone numbers", "Đường dây nóng: 0912.345.678 hoặc 024-3825-1234."},
	{"a steering committee named by its number", "Trưởng Ban chỉ đạo 389 huyện báo cáo tại hội nghị; Ban Chỉ đạo 138 tỉnh họp sơ kết."},
	{"a ring road and a congress named by their numbers", "Thành phố khởi công đường Vành đai 3 đoạn qua huyện, chuẩn bị vành đai 4 và 5 nhằm giảm ùn tắc; báo chí đưa tin về Đại hội 20 đảng Cộng sản nước bạn."},
	{"documents named by their numbers", "Sở đã ban hành văn bản 2150 gửi các xã, thực hiện Thông tư 24 hướng dẫn việc chấm điểm và thông báo 1375 của Tỉnh ủy."},
	{"a number that gives a kind", "Thành phố thí điểm tuyến xe buýt 2 tầng, hạn chế ô tô dưới 16 chỗ vào phố cổ và khởi công khách sạn 5 sao trên đường cao tốc 6 làn."},
	{"an option, a turbine, a hamlet and army units named by their numbers", "Hội đồng chọn phương án 2 mở rộng về phía bắc, tổ máy 1 phát điện ổn định; dân xóm 4, 5 xã Yên Lạc và bộ đội Trung đoàn 926, Lữ đoàn 171 cùng dọn đường."},
	{"a pact, a navy ship and documents named by abbreviation and number", "Các nước TPP 11 đã họp tại Tokyo, tàu HQ 571 rời cảng sáng nay; xã làm đúng QĐ 45 của tỉnh, đóng tàu theo NĐ 58 và thực hiện NQ 19 đầy đủ."},
	{"the height of one building and the class of a resort", "Nhà đầu tư xin xây tòa tháp văn phòng cao 32 tầng, công trình bên cạnh quy mô 9 tầng, cùng khu nghỉ dưỡng 5 sao ven biển mang dịch vụ đẳng cấp 4 sao."},
	{"the seats of a class of vehicle and the lanes of one road", "Từ tháng sau, xe con dưới 9 chỗ và xe hợp đồng dưới 16 chỗ được đi vào phố; đường ven sông được mở rộng thành 6 làn, thiết kế 4 làn mỗi chiều, mỗi bên 2 làn, khối nhà điều hành tương đương 7 tầng, quy mô xây dựng 3 tầng."},
	{"the grade of a school, a diploma, a house and a road", "Ông từng học cấp 2 ở quê, dùng bằng cấp 3 để xin việc, sống trong căn nhà cấp 4 bên con đường cấp 5 dẫn vào trường cấp 1 của xã."},
	{"a phase, a ramp, a crossroads and a hospital named by their numbers", "Dự án bước vào giai đoạn 2 khởi công cầu vượt, nhánh 2 hướng về sân bay thông xe trước; chốt trực đặt ở ngã 4 xã bên, còn em bé được chuyển lên Nhi đồng 1 điều trị."},
	{"a class of vehicle bounded by từ or đến", "Bến xe cấm xe khách từ 30 chỗ vào nội đô, chỉ cho ô tô đến 9 chỗ đi qua cầu."},
	{"a meeting of a series", "Thành phố chuẩn bị chu đáo cho Hội nghị SOM 3 diễn ra tuần tới; các đoàn dự SOM 3 APEC đã có mặt."},
	{"a share of the votes a rule requires", "Nghị quyết được thông qua khi có ít nhất 2/3 số phiếu tán thành."},
	{"ranks", "Chỉ số cải cách hành chính xếp thứ 5/30 quận, huyện."},
	{"time of day", "Hội nghị bắt đầu lúc 8 giờ 30 phút."},
	{"age", "Độ tuổi áp dụng là 55 tuổi với nam."},
	{"people named, not counted", "HĐND tỉnh bầu bổ sung 2 tân Phó Chủ tịch UBND tỉnh; cả 2 ông đều là Giám đốc Sở, 2 bà còn lại là đại biểu."},
	{"bare year range", "Giai đoạn 2021 - 2025 có nhiều thách thức."},
	{"dashes in dates, codes and years", "Ngày 26-3-2024, thực hiện Nghị quyết 14-NQ/TU giai đoạn 2021-2025."},
	{"years before count nouns", "Năm 2024 đảng viên được học nghị quyết; từ 2026 doanh nghiệp được hỗ trợ; đến 2030 cán bộ được đào tạo; giai đoạn 2021-2025 dự án được rà soát; nhiệm kỳ 2020 - 2025 đại biểu dự họp."},
	{"times that are occasions", "Đoàn công tác đã kiểm tra 3 lần tại các xã; hội nghị được tổ chức 2 lần."},
	{"urgent is not a multiple", "Các xã cần gấp rút hoàn thành hồ sơ trước ngày 15/12."},
	{"a school year and a season before count nouns", "Bước vào năm học 2025 học sinh được miễn học phí; Tết 2026 đảng viên thăm hỏi gia đình chính sách."},
	{"a year before a word that counts nothing", "Đến năm 2030, tầm nhìn 2045 thành phố phát triển."},
	{"hours, dates, shares and scores written a/b are no ratio", "Tổ tuần tra 24/24 giờ; ngày 2/6 vừa qua, lãi chỉ bằng 1/6 cùng kỳ; giám khảo cho 10/10 cả hai phần."},
	{"a half, a third or a quarter is no ratio", "Nguồn nước ngầm chỉ đủ cho 1/4 số hộ; công viên chiếm gần 3/4 diện tích khu; 2/3 cử tri đã đi bầu."},
	{"a fraction of a whole is no ratio", "Ban kiểm soát cần ít nhất 1/2 tổng số người có chuyên môn kế toán; trận lốc làm đổ gần 1/3 tổng số cây trong vườn."},
	{"a span of years, a date and a guess are no range of counts", "Giai đoạn 2021 - 2025 tỉnh phát triển; ngày 17 - 6 họp; mỗi tổ mời 1 - 2 chuyên gia."},
	{"decades are a duration", "Sau hơn 2 thập kỷ phát triển, qua 3 thập niên đổi mới, xã đã khác."},
	{"triệu alone outside talk of money counts no money", "Dân số vùng dự kiến tăng lên 3 triệu vào năm 2040."},
	{"dates, spans of years and guesses written with a dash", "Sáng nay 14-11 họp bàn về cầu; giai đoạn 2021-2025 đầu tư; ngày 26-3 có họp; mỗi tổ mời 1-2 chuyên gia."},
	{"a name's own number after a name of two words", "Nhà máy Sông Hinh 2 tổ chức lễ khánh thành; Hội chợ Mùa Xuân 2024 tổ chức tại công viên; xã nằm cách Tuy Hòa 45 km."},
}

func TestExtractForms(t *testing.T) {
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			got := figs(Extract(tt.in))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Extract(%q) figures =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestExtractNearMisses(t *testing.T) {
	for _, tt := range nearMissTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(tt.in); len(got) != 0 {
				t.Errorf("Extract(%q) = %q; want no figures", tt.in, figs(got))
			}
		})
	}
}

// The measure, key, period and estimate of a typical sentence.
func TestExtractIndicator(t *testing.T) {
	in := "Trong 9 tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn quận ước đạt 1.460 tỷ đồng, đạt 25,3% dự toán giao, tăng 12% so với cùng kỳ."
	got := Extract(in)
	if len(got) != 1 {
		t.Fatalf("Extract = %d indicators %q; want 1", len(got), figs(got))
	}
	g := got[0]
	if g.Metric != "thu ngân sách nhà nước trên địa bàn quận" || g.Key != KeyBudgetRevenue ||
		g.Period != "9 tháng đầu năm 2024" || !g.Estimated {
		t.Errorf("Extract = metric %q key %q period %q estimated %v", g.Metric, g.Key, g.Period, g.Estimated)
	}
	if len(g.Figures) != 3 || g.Figures[0].VND != 1_460_000_000_000 || g.Figures[1].Baseline != "dự toán giao" ||
		g.Figures[2].Baseline != "cùng kỳ" {
		t.Errorf("Extract figures = %+v", g.Figures)
	}
	if !strings.HasPrefix(g.Text, "thu ngân sách") || !strings.HasSuffix(g.Text, "12% so với cùng kỳ") {
		t.Errorf("Extract text = %q", g.Text)
	}
}

func TestKeyOf(t *testing.T) {
	for in, want := range map[string]Key{
		"Thu ngân sách Nhà nước trên địa bàn":    KeyBudgetRevenue,
		"tổng chi ngân sách địa phương":          KeyBudgetSpending,
		"giá trị sản xuất ngoài nhà nước":        KeyProductionValue,
		"tốc độ tăng trưởng kinh tế":             KeyEconomicGrowth,
		"tổng vốn đầu tư toàn xã hội":            KeyTotalInvestment,
		"tỷ lệ giải ngân vốn đầu tư công":        KeyPublicInvestment,
		"tổng mức bán lẻ hàng hóa":               KeyTradeServices,
		"chỉ số sản xuất công nghiệp":            KeyIndustry,
		"kết nạp đảng viên":                      KeyPartyAdmission,
		"chỉ tiêu chủ yếu":                       KeyTargetsMet,
		"tỷ lệ hộ nghèo":                         KeyPoverty,
		"công tác giải phóng mặt bằng":           KeySiteClearance,
		"giao quân":                              KeyMilitaryEnlistment,
		"CẢI CÁCH HÀNH CHÍNH":                    KeyAdministrativeReform,
		"số lượng cán bộ dự hội nghị":            "",
		"thu nhập bình quân đầu người":           KeyIncome,
		"thuế thu nhập":                          KeyBudgetRevenue,
		"công nghiệp hóa, hiện đại hóa đất nước": KeyIndustry,
	} {
		if got := KeyOf(in); got != want {
			t.Errorf("KeyOf(%q) = %q; want %q", in, got, want)
		}
	}
}

// variants returns the input as NFD, with CRLF line ends and with no-break
// spaces: the same text as far as Extract is concerned.
func variants(s string) map[string]string {
	return map[string]string{
		"nfc":  s,
		"nfd":  norm.NFD.String(s),
		"crlf": strings.ReplaceAll(s, "\n", "\r\n"),
		"nbsp": strings.ReplaceAll(s, " ", "\u00a0"),
	}
}

// Every spelling of a text yields the same figures, and each indicator's
// Text is input[Start:End].
func TestExtractInvariants(t *testing.T) {
	inputs := []string{strings.Join(func() []string {
		var ss []string
		for _, tt := range extractTests {
			ss = append(ss, tt.in)
		}
		return ss
	}(), "\n")}
	for _, tt := range nearMissTests {
		inputs = append(inputs, tt.in)
	}
	for _, clean := range inputs {
		want := figs(Extract(clean))
		for name, in := range variants(clean) {
			got := Extract(in)
			if strings.Join(figs(got), "; ") != strings.Join(want, "; ") {
				t.Errorf("%s: figures %q; want %q", name, figs(got), want)
			}
			for _, ind := range got {
				if ind.Start < 0 || ind.End > len(in) || ind.Start > ind.End || in[ind.Start:ind.End] != ind.Text {
					t.Errorf("%s: indicator %q: Text is not input[%d:%d]", name, ind.Metric, ind.Start, ind.End)
				}
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	for _, tt := range nearMissTests {
		f.Add(tt.in)
	}
	f.Add("7 7/7 7 phiếu (3 đảng viên (khiển trách 1, 2)) - đạt 5 -")
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, in := range Extract(s) {
			if in.Start < 0 || in.End > len(s) || in.Start > in.End {
				t.Fatalf("Extract(%q): span [%d:%d] out of bounds", s, in.Start, in.End)
			}
			if s[in.Start:in.End] != in.Text {
				t.Fatalf("Extract(%q): Text %q is not input[%d:%d]", s, in.Text, in.Start, in.End)
			}
			if utf8.ValidString(s) && in.Start < len(s) && !utf8.RuneStart(s[in.Start]) {
				t.Fatalf("Extract(%q): span starts inside a rune", s)
			}
			if len(in.Figures) == 0 {
				t.Fatalf("Extract(%q): indicator %q without figures", s, in.Metric)
			}
		}
	})
}

// What a change measured as a multiple or an exceeded plan is measured
// against.
func TestChangeBaselines(t *testing.T) {
	for in, want := range map[string]string{
		"Số doanh nghiệp thành lập mới tăng 1,7 lần so với cùng kỳ.": "cùng kỳ",
		"Thu nhập bình quân đầu người gấp 1,9 lần năm 2015.":         "năm 2015",
		"Thu ngân sách trên địa bàn thị xã vượt dự toán 14,5%.":      "dự toán",
		"Chi đầu tư phát triển vượt kế hoạch được giao 6%.":          "kế hoạch được giao",
		"Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm so với đầu năm.":     "đầu năm",
	} {
		got := Extract(in)
		if len(got) != 1 || len(got[0].Figures) != 1 || got[0].Figures[0].Baseline != want {
			t.Errorf("Extract(%q) = %+v; want one figure with baseline %q", in, got, want)
		}
	}
}

// TestLabelledLines checks the lines of a summary or table, where a label
// and a colon name the measure of the figures after them.
func TestLabelledLines(t *testing.T) {
	in := "Một số chỉ tiêu chủ yếu năm 2025:\nThu nhập bình quân đầu người: 82 tr.đ/người/năm, tăng 7% so với năm 2024.\nTổng vốn đầu tư toàn xã hội: 9.120 tỷ đồng."
	got := Extract(in)
	want := []struct {
		metric string
		key    Key
		vnd    int64
	}{
		{"Thu nhập bình quân đầu người", KeyOf("thu nhập bình quân đầu người"), 82_000_000},
		{"Tổng vốn đầu tư toàn xã hội", KeyOf("tổng vốn đầu tư toàn xã hội"), 9_120_000_000_000},
	}
	if len(got) != len(want) {
		t.Fatalf("Extract = %d indicators %q; want %d", len(got), figs(got), len(want))
	}
	for i, w := range want {
		if g := got[i]; g.Metric != w.metric || g.Key != w.key || g.Key == "" || g.Figures[0].VND != w.vnd {
			t.Errorf("indicator %d = %q %q %d; want %q %q %d", i, g.Metric, g.Key, g.Figures[0].VND, w.metric, w.key, w.vnd)
		}
	}
}

// TestReportedMeasures checks sentences that report a figure through a
// speaker: who reports, the reporting verb and a period after it are no
// part of the measure, and a growth rate stays a change.
func TestReportedMeasures(t *testing.T) {
	for _, tt := range []struct{ in, metric, fig string }{
		{"Giám đốc Sở Kế hoạch và Đầu tư cho biết năm 2024 tốc độ tăng trưởng GRDP của tỉnh ước đạt 8,2%.",
			"tốc độ tăng trưởng GRDP của tỉnh", "change 8.2 %"},
		{"Phó Chủ tịch UBND huyện khẳng định 9 tháng đầu năm tăng trưởng kinh tế đạt 6,9%.",
			"tăng trưởng kinh tế", "change 6.9 %"},
		{"Ông Trần Văn Lộc, Trưởng phòng Tài chính, báo cáo rằng thu ngân sách huyện đạt 412 tỷ đồng.",
			"thu ngân sách huyện", "amount 412 tỷ đồng"},
		{"UBND thị xã đã báo cáo năm nay số doanh nghiệp thành lập mới đạt 356 doanh nghiệp.",
			"số doanh nghiệp thành lập mới", "amount 356 doanh nghiệp"},
		{"Đồng chí Bí thư nhấn mạnh quý III/2025 GRDP tăng 7,4% so với cùng kỳ.",
			"GRDP", "change 7.4 %"},
		{"Bà Lê Thu Hà, Giám đốc Kho bạc Nhà nước tỉnh, cho biết chi đầu tư phát triển đạt 1.020 tỷ đồng.",
			"chi đầu tư phát triển", "amount 1020 tỷ đồng"},
		// Nouns that are also reporting verbs stay in the measure.
		{"Tỷ lệ hồ sơ xử lý trên hệ thống thông tin một cửa đạt 97%.",
			"Tỷ lệ hồ sơ xử lý trên hệ thống thông tin một cửa", "amount 97 %"},
	} {
		got := Extract(tt.in)
		if len(got) != 1 || len(got[0].Figures) != 1 {
			t.Errorf("Extract(%q) = %q; want one figure", tt.in, figs(got))
			continue
		}
		if g := got[0]; g.Metric != tt.metric || fig(g.Figures[0]) != tt.fig {
			t.Errorf("Extract(%q) = %q %q; want %q %q", tt.in, g.Metric, fig(g.Figures[0]), tt.metric, tt.fig)
		}
	}
}

// TestDirectedFigures checks that the figures a speaker directs, in the
// sentence or in the list after "… yêu cầu:", are goals, and that the
// nouns "yêu cầu", "chỉ đạo" and requests for an account are not
// directives.
func TestDirectedFigures(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Chủ tịch UBND huyện yêu cầu các xã giải ngân ít nhất 85% vốn đầu tư công trước ngày 31/12.",
			[]string{"target 85 % over"}},
		{"Tỉnh ủy yêu cầu thu ngân sách đạt 100% dự toán.", []string{"target 100 %"}},
		{"Bí thư Huyện ủy đề nghị các cấp ủy, chính quyền:\n\n1. Kết nạp ít nhất 50 đảng viên mới.\n2. Đưa tỷ lệ hộ nghèo xuống dưới 2%.",
			[]string{"target 50 đảng viên over", "target 2 % under"}},
		{"Đồng chí đề nghị: các xã sớm hoàn thành kế hoạch. Năm 2024, huyện kết nạp 120 đảng viên.",
			[]string{"amount 120 đảng viên"}},
		{"Theo yêu cầu của tỉnh, huyện đã giải ngân 70% vốn được giao.", []string{"amount 70 %"}},
		{"Đại biểu đề nghị làm rõ vì sao tỷ lệ giải ngân chỉ đạt 42%.", []string{"amount 42 %"}},
		{"Thường trực Tỉnh ủy đã chỉ đạo các sở tháo gỡ vướng mắc, nhờ đó giải ngân đạt 91% kế hoạch.",
			[]string{"plan 91 %"}},
		{"Trường đáp ứng các yêu cầu: 98% học sinh lên lớp, 100% giáo viên đạt chuẩn.",
			[]string{"amount 98 %", "amount 100 %"}},
	} {
		if got := figs(Extract(tt.in)); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("Extract(%q) figures =\n  %q\nwant\n  %q", tt.in, got, tt.want)
		}
	}
}

// "điểm" counts places when a place noun follows it, and nothing alone.
func TestSiteCounts(t *testing.T) {
	for in, want := range map[string]string{
		"Năm qua, thành phố đã xử lý 9 điểm ngập úng.":             "điểm ngập úng",
		"Huyện cải tạo 6 điểm trường và 3 điểm du lịch cộng đồng.": "điểm trường",
		"Đội tuyển của xã đạt 27 điểm.":                            "",
		"Kỳ họp được kết nối tới 40 điểm cầu.":                     "",
	} {
		got := ""
		if in := Extract(in); len(in) > 0 {
			got = in[0].Figures[0].Unit
		}
		if got != want {
			t.Errorf("Extract(%q): first unit %q, want %q", in, got, want)
		}
	}
}
