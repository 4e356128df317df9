package indicators

import "testing"

// The measure's phrase: a noun phrase that owns the figures, never a
// fragment. Sentences written for these tests.
var metricTests = []struct {
	name, in, want string
}{
	{"bare verb gives way to the counted noun", "Trong năm, huyện đã cấp 3.015 giấy chứng nhận quyền sử dụng đất.",
		"giấy chứng nhận quyền sử dụng đất"},
	{"bare verb with a classifier stays", "Năm qua, đã tháo dỡ 48 vụ.", "tháo dỡ"},
	{"admission keeps its name", "Đảng bộ đã kết nạp 64 đảng viên.", "kết nạp"},
	{"the country stays in the measure", "Năm nay cả nước có 1.250 hợp tác xã nông nghiệp.", "cả nước"},
	{"a share of the number of what follows", "Có 97% số hộ dân tham gia bảo hiểm y tế.", "hộ dân tham gia bảo hiểm y tế"},
	{"society is no commune that acts", "Xã hội hóa giáo dục huy động được 12 tỷ đồng.", "Xã hội hóa giáo dục huy động"},
	{"an urgent verb is no multiple", "Huyện khẩn trương, gấp rút hoàn thành 12 công trình.", "gấp rút hoàn thành"},
	{"office voted on, not a cut title", "Hội đồng nhân dân tỉnh tiến hành quy trình miễn nhiệm và bầu bổ sung các chức danh, ông Trần Văn Bình trúng cử Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 với 48/50 phiếu tán thành.",
		"Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026"},
	{"list tail gives way to the counted noun", "Dự họp có lãnh đạo các sở, ngành và Thường trực HĐND 18 phường.", "phường"},
	{"leading conjunction trimmed", "Các đại biểu nhất trí cao, và biểu quyết thông qua Nghị quyết với 98% đại biểu tán thành.",
		"biểu quyết thông qua Nghị quyết"},
	{"noun after a bare percentage", "Qua khảo sát, 41% (1.250) ý kiến đề nghị giữ nguyên mô hình.", "ý kiến đề nghị giữ nguyên mô hình"},
	{"noun after a percentage of what", "Phấn đấu đến năm 2030 giảm xuống dưới 3% GDP.", "GDP"},
	{"a restatement names the measure before", "Kim ngạch xuất khẩu đạt 1,5 tỷ USD, tương đương 35.000 tỷ đồng.", "Kim ngạch xuất khẩu"},
	{"a total before the figure gives way to its noun", "Trong tổng số 31 chỉ tiêu chủ yếu của huyện có 27 chỉ tiêu đạt và vượt.", "chỉ tiêu chủ yếu của huyện"},
	{"a fragment gives way to the counted noun", "Sau sáp nhập, phường mới gồm 5 khu dân cư cũ.", "khu dân cư cũ"},
	{"a fragment is the sentence's measure", "Thu nội địa đạt 820 tỷ đồng, riêng hết quý III là 610 tỷ đồng.", "Thu nội địa"},
	{"a unit is the sentence's measure", "Diện tích lúa gieo cấy đạt 4.300 ha, so với 4.150 ha năm trước.", "Diện tích lúa gieo cấy"},
	{"an action the key table knows beats the field", "Về công tác xây dựng Đảng, toàn Đảng bộ kết nạp được 57 đảng viên mới.", "kết nạp"},
	{"after a fragment, the noun past the scale", "Đến nay đã có hơn 2,4 triệu lượt khách.", "triệu lượt khách"},
	{"a percentage nothing names keeps its unit, never an empty measure", "Trong tổng số, 32% là nam, 30% là nữ.", "%"},
	{"a pronoun gives way to the counted noun", "Năm nay chúng tôi đã tiếp nhận 35 tình nguyện viên.", "tình nguyện viên"},
	{"a dimension gives way to what the sentence named", "Cầu mới có tổng mức đầu tư 320 tỷ đồng, dài 180 m.", "Cầu mới"},
	{"a verb of receiving gives way to the counted noun", "Xã đã nhận 12 máy bơm nước từ dự án.", "máy bơm nước từ dự án"},
	{"a place glued to its level word is no measure", "Theo ông, TP.HCM dự kiến xây mới 3 nhà thi đấu.", "nhà thi đấu"},
	{"an agent that has a measure gives way to it", "Tỉnh có tổng diện tích tự nhiên 512.300 ha.", "tổng diện tích tự nhiên"},
	{"a unit alone names less than a field", "Huyện có diện tích 120 ha.", "diện tích"},
	{"a word of time gives way to the counted noun", "Trước đây chỉ có 12 hợp tác xã.", "hợp tác xã"},
	{"a verb of the figure gives way to its subject", "Kim ngạch xuất khẩu đạt 420 triệu USD, tăng 12%.", "Kim ngạch xuất khẩu"},
	{"whom the figure is according to is no noun of a list", "Theo Giám đốc Sở, vốn cho dự án đường vành đai cần 1.800 tỷ đồng.", "vốn cho dự án đường vành đai"},
	{"the time ahead is no noun of a list", "Thời gian tới, lượng rác thải sinh hoạt lên tới 900 tấn mỗi ngày.", "lượng rác thải sinh hoạt"},
	{"who speaks is no noun of a list", "Ông Hải cho biết, diện tích rừng trồng mới đạt 640 ha.", "diện tích rừng trồng mới"},
	{"a list of nouns stays one measure", "Thu, chi ngân sách xã đều đạt 105% dự toán.", "Thu, chi ngân sách xã"},
	{"a month opening the measure is when, not what", "Đội đã trồng mới nhiều cây. Tháng 9/2023 trồng mới 120 cây xanh ven đường.", "trồng mới"},
	{"a day opening the measure is when, not what", "Theo báo cáo, ngày 15/8 ngành điện đã cấp điện cho 2.300 hộ dân.", "ngành điện"},
	{"an auxiliary before the verb names nothing", "Tổng chi phí của dự án cầu mới sẽ lên tới 310 tỷ đồng.", "Tổng chi phí của dự án cầu mới"},
	{"scale words are not the measure", "Năm qua, tỉnh đón 4,2 triệu lượt khách du lịch nội địa.", "khách du lịch nội địa"},
}

func TestMetric(t *testing.T) {
	for _, tt := range metricTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.in)
			if len(got) == 0 {
				t.Fatalf("Extract(%q) = no indicators", tt.in)
			}
			if got[len(got)-1].Metric != tt.want {
				t.Errorf("Extract(%q) metric = %q; want %q", tt.in, got[len(got)-1].Metric, tt.want)
			}
		})
	}
}
