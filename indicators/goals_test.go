package indicators

import (
	"strings"
	"testing"
)

// Figures that a clause sets as goals, and near misses that report
// results. Sentences written for these tests.
var goalTests = []struct {
	name string
	in   string
	want []string
}{
	{"plan share striven for", "Các xã tập trung thu nợ thuế, phấn đấu cả năm đạt trên 98% kế hoạch thu.",
		[]string{"target 98 % over"}},
	{"objective with a plan share", "Mục tiêu năm 2025 là giải ngân đạt 100% kế hoạch vốn.", []string{"target 100 %"}},
	{"budget estimate set", "HĐND huyện thông qua dự toán thu ngân sách năm 2025 là 820 tỷ đồng.", []string{"target 820 tỷ đồng"}},
	{"target set", "Chỉ tiêu đề ra là kết nạp 150 đảng viên.", []string{"target 150 đảng viên"}},
	{"plan share reached", "Thu ngân sách đạt 820 tỷ đồng, bằng 104% dự toán.", []string{"amount 820 tỷ đồng", "plan 104 %"}},
	{"targets counted", "Trong tổng số 24 chỉ tiêu, có 20 chỉ tiêu đạt và vượt kế hoạch.",
		[]string{"amount 20 chỉ tiêu"}},
	{"estimate exceeded", "Thu ngân sách vượt dự toán 35 tỷ đồng.", []string{"amount 35 tỷ đồng"}},
	{"the items of a task list", "Kết luận hội nghị, Bí thư Huyện ủy yêu cầu các chi bộ tập trung thực hiện tốt các nhiệm vụ sau:\n\n- Đẩy mạnh thu ngân sách, chống thất thu;\n\n- Rà soát nguồn để kết nạp đủ 35 đảng viên trong quý IV;\n- Hoàn thành giải ngân 100% vốn đầu tư công.\n\nNăm qua, toàn huyện kết nạp 28 đảng viên.",
		[]string{"target 35 đảng viên", "target 100 %", "amount 28 đảng viên"}},
	{"a task list in words", "Hội nghị đề ra các nhiệm vụ, giải pháp:\nMột là, cải tạo 14 tuyến đường nội thị.\nHai là, kết nạp 60 đảng viên.\nThị xã có 9 phường.",
		[]string{"target 14 tuyến đường", "target 60 đảng viên", "amount 9 phường"}},
	{"a task list on one line", "Đồng chí đề nghị Đảng ủy xã thực hiện tốt các nhiệm vụ trọng tâm: một là, trồng mới 120 ha rừng; hai là, kết nạp 15 đảng viên.",
		[]string{"target 120 ha", "target 15 đảng viên"}},
	{"the tasks of a year", "Phương hướng, nhiệm vụ năm 2026:\n1. Thu ngân sách trên địa bàn đạt 530 tỷ đồng.\n2. Tỷ lệ hộ nghèo giảm còn 1,5%.",
		[]string{"target 530 tỷ đồng", "target 1.5 %"}},
	{"tasks set", "Hội nghị đã thông qua các nhiệm vụ, giải pháp chủ yếu:\n- Giải ngân 100% vốn đầu tư công được giao.",
		[]string{"target 100 %"}},
	{"the goals of a term", "Một số chỉ tiêu chủ yếu của Đảng bộ huyện nhiệm kỳ 2025 - 2030: - Tốc độ tăng trưởng kinh tế bình quân từ 8% trở lên. - Thu nhập bình quân đầu người đạt 95 triệu đồng.",
		[]string{"target 8 % over", "target 95 triệu đồng"}},
	{"goals listed below their lead-in", "Hội nghị thống nhất các mục tiêu cụ thể:\n- Kết nạp 120 đảng viên;\n- Tỷ lệ hộ nghèo giảm 1,5%.",
		[]string{"target 120 đảng viên", "target -1.5 %"}},
	{"goals adopted with a resolution", "Kỳ họp đã thông qua Nghị quyết về kế hoạch năm 2026 với các chỉ tiêu chủ yếu: thu ngân sách đạt 760 tỷ đồng; trồng mới 210 ha rừng.",
		[]string{"target 760 tỷ đồng", "target 210 ha"}},
	{"goals a congress sets for its term", "Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030:\n- Kết nạp 1.200 đảng viên mới;\n- Tỷ lệ hộ nghèo giảm còn 0,8%.",
		[]string{"target 1200 đảng viên", "target 0.8 %"}},
	{"goals met before a list are results", "Năm qua, huyện đã hoàn thành các chỉ tiêu chủ yếu: thu ngân sách đạt 640 tỷ đồng; trồng mới 150 ha rừng.",
		[]string{"amount 640 tỷ đồng", "amount 150 ha"}},
	{"a list of indicators reached", "Một số chỉ tiêu cụ thể của năm: thu ngân sách đạt 412 tỷ đồng, tăng 9%.",
		[]string{"amount 412 tỷ đồng", "change 9 %"}},
	{"a plan adopted, spelt out after it", "HĐND huyện thông qua kế hoạch phát triển kinh tế - xã hội năm 2026. Theo đó, tổng giá trị sản xuất tăng 9%; thu ngân sách đạt 640 tỷ đồng.",
		[]string{"target 9 %", "target 640 tỷ đồng"}},
	{"a plan adopted, spelt out over several sentences", "HĐND tỉnh thông qua kế hoạch năm 2026. Theo đó, tổng sản phẩm trên địa bàn tăng 8,5%. Thu ngân sách đạt 13.400 tỷ đồng. Tỷ lệ hộ nghèo giảm 1%.",
		[]string{"target 8.5 %", "target 13400 tỷ đồng", "target -1 %"}},
	{"a plan spelt out, then an agent's work", "HĐND tỉnh thông qua kế hoạch năm 2026. Theo đó, thu ngân sách đạt 13.400 tỷ đồng. Kỳ họp cũng xem xét 18 nội dung.",
		[]string{"target 13400 tỷ đồng", "amount 18 nội dung"}},
	{"a goal spelt out, then facts", "Huyện phấn đấu năm tới thu hút 12 dự án. Cụ thể, vốn đăng ký đạt 900 tỷ đồng. Số doanh nghiệp thành lập mới là 85 doanh nghiệp.",
		[]string{"target 12 dự án", "target 900 tỷ đồng", "amount 85 doanh nghiệp"}},
	{"the time ahead, spelt out after it", "Trong năm tới, huyện phấn đấu thu hút 12 dự án. Về xã hội, tỷ lệ hộ nghèo giảm 1,2%.",
		[]string{"target 12 dự án", "target -1.2 %"}},
	{"a new paragraph ends the plan", "Trong năm tới, huyện phấn đấu thu hút 12 dự án.\nVề xã hội, năm qua tỷ lệ hộ nghèo giảm 1,2%.",
		[]string{"target 12 dự án", "change -1.2 %"}},
	{"a plan adopted, then facts of a year", "HĐND tỉnh thông qua kế hoạch đầu tư công năm 2026. Theo đó, năm 2025 tỉnh đã giải ngân 3.150 tỷ đồng.",
		[]string{"amount 3150 tỷ đồng"}},
	{"a list of work done", "Năm qua, Huyện ủy đã tập trung chỉ đạo thực hiện các nhiệm vụ trọng tâm:\n- Kết nạp 52 đảng viên mới;\n- Thu ngân sách đạt 410 tỷ đồng.",
		[]string{"amount 52 đảng viên", "amount 410 tỷ đồng"}},
	{"the pair of a budget estimate", "HĐND xã thông qua nghị quyết, theo đó dự toán thu ngân sách xã là 42,3 tỷ đồng, chi ngân sách xã 39,8 tỷ đồng.",
		[]string{"target 42.3 tỷ đồng", "target 39.8 tỷ đồng"}},
	{"a directive after a word on tasks", "Về nhiệm vụ, đồng chí Bí thư yêu cầu các xã:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"target 45 đảng viên", "target 120 ha"}},
	{"goals set after a word on tasks", "Về nhiệm vụ, huyện đề ra các mục tiêu cụ thể:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"target 45 đảng viên", "target 120 ha"}},
	{"a word on tasks that leads no list", "Để làm tốt nhiệm vụ, Huyện ủy họp bàn:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"amount 45 đảng viên", "amount 120 ha"}},
	{"the results of the tasks", "Kết quả thực hiện các nhiệm vụ trọng tâm:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"amount 45 đảng viên", "amount 120 ha"}},
	{"tasks carried out, no word looking ahead", "Trong năm, huyện triển khai nhiều nhiệm vụ:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"amount 45 đảng viên", "amount 120 ha"}},
	{"a task list lettered", "Hội nghị đề ra các nhiệm vụ, giải pháp:\na) Kết nạp 45 đảng viên mới;\nb) Trồng mới 120 ha rừng.",
		[]string{"target 45 đảng viên", "target 120 ha"}},
	{"goals met are no goals set", "Năm qua, huyện đạt và vượt các chỉ tiêu chủ yếu đề ra:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"amount 45 đảng viên", "amount 120 ha"}},
	{"a goal noun before its qualifier", "Huyện xác định chỉ tiêu chủ yếu năm 2026:\n- Kết nạp 45 đảng viên mới;\n- Trồng mới 120 ha rừng.",
		[]string{"target 45 đảng viên", "target 120 ha"}},
	{"a goal noun that names no list", "Để có cơ sở giao chỉ tiêu cho năm tới, huyện rà soát lại thực trạng:\n- Toàn huyện có 45 trường học;\n- Kết nạp 28 đảng viên.",
		[]string{"amount 45 trường học", "amount 28 đảng viên"}},
	{"a long sentence leads no list", "Bên cạnh những thuận lợi cơ bản, huyện cũng nhận diện rõ những khó khăn, thách thức trong bối cảnh giá vật tư tăng cao, thời tiết diễn biến bất thường và nguồn lực đầu tư cho các mục tiêu giai đoạn tới còn hạn chế, cụ thể như sau:\n- Giá phân bón tăng 30%;\n- Có 12 xã bị ngập úng.",
		[]string{"change 30 %", "amount 12 xã"}},
	{"a directive whose work is done since", "Chủ tịch UBND huyện đề nghị các xã rà soát và đến nay đã hoàn thành:\n- Cấp 120 giấy chứng nhận;\n- Giải tỏa 35 hộ.",
		[]string{"amount 120 giấy chứng nhận", "amount 35 hộ"}},
	{"an account adopted, spelt out after it", "HĐND huyện thông qua quyết toán ngân sách năm 2024. Theo đó, tổng chi đạt 1.240 tỷ đồng.",
		[]string{"amount 1240 tỷ đồng"}},
	{"a resolution adopted that sets no plan", "HĐND tỉnh thông qua nghị quyết sáp nhập các đơn vị hành chính. Theo đó, tỉnh có 98 xã, phường.",
		[]string{"amount 98 xã"}},
	{"an estimate and what was done", "Dự toán thu ngân sách năm 2025 là 40 tỷ đồng, thực hiện 45,2 tỷ đồng; dự toán chi là 38 tỷ đồng, huyện chi 36 tỷ đồng.",
		[]string{"target 40 tỷ đồng", "amount 45.2 tỷ đồng", "target 38 tỷ đồng", "amount 36 tỷ đồng"}},
}

func TestGoals(t *testing.T) {
	for _, tt := range goalTests {
		t.Run(tt.name, func(t *testing.T) {
			got := figs(Extract(tt.in))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Extract(%q) figures =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
}
