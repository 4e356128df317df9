package indicators

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// Each row of roleCues, and the rules beside it, in a sentence written for
// this test: the role of the figure marked ⟦…⟧ and the cue that decided it.
var roleCueTests = []struct {
	name     string
	in       string
	role     Role
	cue      string
	negative bool
}{
	{"no cue", "Toàn huyện có ⟦1.250 hộ⟧ kinh doanh cá thể.", RoleAmount, "", false},
	{"growth verb", "Kinh tế của huyện tăng trưởng ⟦7,4%⟧.", RoleChange, "tăng trưởng", false},
	{"rise", "Thu ngân sách tăng ⟦12,5%⟧ so với cùng kỳ.", RoleChange, "tăng", false},
	{"fall", "Số vụ cháy giảm ⟦4 vụ⟧.", RoleChange, "giảm", true},
	{"multiple", "Vốn thu hút gấp ⟦2,1 lần⟧ năm trước.", RoleChange, "gấp", false},
	{"a multiple of another measure", "Thu nhập bình quân của xã gấp ⟦1,4 lần⟧ mức bình quân của huyện.", RoleAmount, "gấp: another measure", false},
	{"a multiple over time", "Kim ngạch xuất khẩu gấp ⟦2,3 lần⟧ so với cùng kỳ.", RoleChange, "gấp", false},
	{"a multiple of the present level", "Giá vé gửi xe ô tô ở trung tâm dự kiến cao gấp ⟦3 lần⟧ hiện nay.", RoleChange, "gấp", false},
	{"a multiple after bằng", "Lợi nhuận của hợp tác xã bằng ⟦3,2 lần⟧ năm 2019.", RoleChange, "bằng", false},
	{"bằng a multiple of another measure", "Mức hỗ trợ bằng ⟦1,5 lần⟧ mức lương cơ sở.", RoleAmount, "bằng: another measure", false},
	{"bằng a share is no change", "Chi thường xuyên bằng ⟦96%⟧ dự toán.", RolePlan, "dự toán", false},
	{"exceeded by a percentage", "Tổng thu đạt 540 tỷ đồng, vượt ⟦8,5%⟧.", RoleExceed, "vượt", false},
	{"exceeded by an amount", "Tổng thu vượt ⟦40 tỷ đồng⟧.", RoleAmount, "", false},
	{"exceeded the estimate", "Thu nội địa vượt dự toán ⟦6%⟧.", RoleExceed, "vượt dự toán", false},
	{"over a target", "Tỷ lệ thu gom rác vượt chỉ tiêu ⟦95%⟧ thành phố giao.", RoleTarget, "chỉ tiêu", false},
	{"a level after a fall", "Tỷ lệ hộ nghèo giảm còn ⟦1,2%⟧.", RoleAmount, "còn", false},
	{"a reduction of something", "Công an quận kéo giảm tai nạn giao thông ⟦11%⟧.", RoleChange, "kéo giảm", true},
	{"risen to a level", "Tỷ lệ che phủ rừng tăng lên ⟦43%⟧.", RoleAmount, "tăng lên", false},
	{"fallen to a level", "Tỷ lệ hộ nghèo giảm xuống ⟦2,4%⟧.", RoleAmount, "giảm xuống", false},
	{"a rise against the plan", "Vốn FDI thu hút tăng ⟦120%⟧ so với kế hoạch đã đề ra.", RoleExceed, "tăng so với kế hoạch", false},
	{"a rise against another plan", "Hàng dự trữ Tết tăng ⟦12%⟧ so với kế hoạch dự trữ năm trước.", RoleChange, "tăng", false},
	{"a target given", "Năm nay, huyện được giao chỉ tiêu thu ngân sách ⟦380 tỷ đồng⟧.", RoleTarget, "chỉ tiêu", false},
	{"a target in brackets", "Tỷ lệ khám phá án đạt 81%, chưa đạt chỉ tiêu đề ra (⟦85%⟧ trở lên).", RoleTarget, "chỉ tiêu", false},
	{"share of the plan", "Thu ngân sách đạt ⟦55,4%⟧ kế hoạch.", RolePlan, "kế hoạch", false},
	{"share of KH", "Giải ngân vốn đạt ⟦61%⟧ KH.", RolePlan, "kh", false},
	{"share of the estimate", "Chi ngân sách bằng ⟦48%⟧ dự toán.", RolePlan, "dự toán", false},
	{"share against the resolution", "Tổng thu đạt ⟦112%⟧ so với NQ.", RolePlan, "so với nq", false},
	{"share against the Nghị quyết", "Kết nạp đảng viên đạt ⟦104%⟧ so với Nghị quyết.", RolePlan, "so với nghị quyết", false},
	{"striven for in the clause", "Các phường phấn đấu cả năm thu đạt ⟦100%⟧ kế hoạch.", RoleTarget, "phấn đấu", false},
	{"an objective", "Mục tiêu năm tới là trồng mới ⟦150 ha⟧ rừng.", RoleTarget, "mục tiêu", false},
	{"an objective met is no goal", "Huyện hoàn thành mục tiêu đề ra, thu ngân sách đạt ⟦420 tỷ đồng⟧.", RoleAmount, "", false},
	{"a fact beside a goal", "Huyện phấn đấu nâng năng suất lúa, trong khi nhiều hợp tác xã hiện đã đạt ⟦7,2 tấn/ha⟧.", RoleAmount, "", false},
	{"a fact after the goal word of its clause", "Lý do để phấn đấu là thu nhập bình quân hiện chỉ ⟦38 triệu đồng⟧/người/năm.", RoleAmount, "", false},
	{"a fact in a directive", "Chủ tịch UBND tỉnh đề nghị hỗ trợ các hợp tác xã làm dịch vụ (số này hiện chỉ chiếm ⟦11%⟧ tổng số hợp tác xã).", RoleAmount, "chiếm", false},
	{"a directive carried out is still a directive", "Bí thư Thị ủy yêu cầu các phường thực hiện có hiệu quả việc thu ⟦100%⟧ phí vệ sinh.", RoleTarget, "yêu cầu", false},
	{"a goal after work done for it", "Theo mục tiêu đề ra, huyện đã triển khai nhiều giải pháp để giá trị sản xuất nông nghiệp đạt ⟦1.500 tỷ đồng⟧.", RoleTarget, "mục tiêu", false},
	{"a directive agreed on earlier", "Hội nghị đã thống nhất đề nghị tỉnh để lại cho huyện ⟦30%⟧ số thu vượt dự toán.", RoleTarget, "đề nghị", false},
	{"a plan spelled out in brackets", "Lợi nhuận trước thuế đạt 1.240 tỷ đồng, bằng 62% kế hoạch năm 2024 (⟦2.000 tỷ đồng⟧).", RoleTarget, "kế hoạch (…)", false},
	{"a target spelled out in brackets", "Tăng trưởng kinh tế cả năm ước đạt 7,1%, vượt chỉ tiêu Nghị quyết HĐND tỉnh đề ra (⟦6,8%⟧).", RoleTarget, "chỉ tiêu (…)", false},
	{"the second end of a plan's range in brackets", "Tỷ lệ đô thị hóa đạt 41,5%, cao hơn kế hoạch giai đoạn 2021 - 2025 (40 - ⟦41%⟧).", RoleTarget, "kế hoạch (…)", false},
	{"a bracket after a plan that is no plan", "Thu ngân sách đạt 102% kế hoạch, trong đó thu tiền sử dụng đất (⟦120 tỷ đồng⟧) vượt dự toán.", RoleAmount, "", false},
	{"what must be reached", "Để đạt mục tiêu cả năm, các quý còn lại phải tăng bình quân trên ⟦8%⟧.", RoleTarget, "phải tăng", false},
	{"what must be set aside", "Các dự án nhà ở thương mại trên 10 ha phải dành ⟦20%⟧ quỹ đất cho nhà ở xã hội.", RoleTarget, "phải dành", false},
	{"what needs allocating", "Trong năm tới, quận cần phân bổ ⟦25%⟧ vốn cho các công trình trường học.", RoleTarget, "cần phân bổ", false},
	{"what one had to do", "Năm ngoái, hợp tác xã đã phải dành ⟦300 triệu đồng⟧ để sửa kênh mương.", RoleAmount, "", false},
	{"what one once had to do", "Vụ trước, nhiều hộ từng phải giảm ⟦30%⟧ diện tích lúa vì hạn.", RoleChange, "giảm", true},
	{"a programme named for its goals", "Chương trình mục tiêu quốc gia giảm nghèo bền vững năm nay được cấp ⟦46 tỷ đồng⟧.", RoleAmount, "", false},
	{"an earmarked transfer", "Ngân sách trung ương bổ sung có mục tiêu cho tỉnh ⟦1.250 tỷ đồng⟧ để làm đường ven biển.", RoleAmount, "", false},
	{"what a missile strikes", "Tên lửa có thể tiêu diệt các mục tiêu trên không ở cự ly ⟦40 km⟧.", RoleAmount, "", false},
	{"a plan set", "Năm 2025, công ty đặt kế hoạch doanh thu 1.600 tỷ đồng, lợi nhuận sau thuế ⟦95 tỷ đồng⟧.", RoleTarget, "đặt kế hoạch", false},
	{"a result beside a plan", "Năm nay, hợp tác xã đặt kế hoạch lãi 2 tỷ đồng, cao hơn kết quả năm trước là ⟦1,6 tỷ đồng⟧.", RoleAmount, "", false},
	{"a plan said to be a figure", "Đến nay huyện mới giải ngân 120 tỷ đồng, trong khi kế hoạch vốn năm nay là ⟦300 tỷ đồng⟧.", RoleTarget, "kế hoạch", false},
	{"a plan's office is no plan", "Theo Sở Kế hoạch và Đầu tư, số doanh nghiệp thành lập mới là ⟦1.240 doanh nghiệp⟧.", RoleAmount, "", false},
	{"the second end of a plan's range", "Vốn đầu tư toàn xã hội tăng 9,1% (kế hoạch năm là 10 đến ⟦11%⟧).", RoleTarget, "kế hoạch (…)", false},
	{"a course set at the opening", "Định hướng những năm tới, học phí các trường công lập tăng ⟦10%⟧ mỗi năm.", RoleTarget, "định hướng", false},
	{"a course as a noun sets no goal", "Nhờ có những định hướng đúng, tỷ lệ hộ nghèo của xã giảm còn ⟦2,8%⟧.", RoleAmount, "còn", false},
	{"a goal nearly met", "Tốc độ tăng trưởng bình quân đạt 7,6%, đạt xấp xỉ mục tiêu đề ra, thu nhập bình quân đạt ⟦64 triệu đồng⟧.", RoleAmount, "", false},
	{"a bracket that opens with the plan", "Tăng trưởng kinh tế cả năm đạt 6,9% (kế hoạch tăng ⟦6,5%⟧).", RoleTarget, "kế hoạch (…)", false},
	{"a bracket that opens with a plan met", "Thu ngân sách đạt 420 tỷ đồng (kế hoạch đạt ⟦105%⟧).", RoleAmount, "", false},
	{"a result against the plan goes on with no plan", "Năm nay, tổng công ty đặt mục tiêu hoàn thành sớm kế hoạch. Cụ thể, sản lượng tiêu thụ đạt 4,2 triệu tấn, bằng 101% kế hoạch và tăng ⟦3,5%⟧ so với cùng kỳ.", RoleChange, "tăng", false},
	{"a growth aimed at", "Để đạt được tốc độ tăng trưởng ⟦7,5%⟧ cả năm, quý IV phải tăng trên 8%.", RoleTarget, "để đạt được", false},
	{"a growth wished for", "Nếu muốn tăng trưởng ⟦7%⟧ thì 6 tháng cuối năm phải tăng 7,6%.", RoleTarget, "nếu muốn", false},
	{"what a wish takes is no goal", "Nếu muốn hoàn thành cả 12 dự án thì huyện cần khoảng ⟦450 tỷ đồng⟧.", RoleAmount, "", false},
	{"a change told again", "Số hộ nghèo giảm 120 hộ, tương đương ⟦1,2%⟧ so với năm trước.", RoleChange, cueEquivalent, true},
	{"a saving told again", "Sau khi đấu thầu, thành phố giảm được 30% chi phí, tương đương gần ⟦400 tỷ đồng⟧.", RoleChange, cueEquivalent, true},
	{"a percentage after a percentage is a share", "Dự phòng rủi ro tăng 13,5%, tương đương khoảng ⟦1%⟧ tổng dư nợ.", RoleAmount, "", false},
	{"a level converted is no change", "Tổng vốn đầu tư đạt 434 tỷ đồng, tương đương ⟦18 triệu USD⟧.", RoleAmount, "", false},
	{"a shortfall is no goal", "Vốn ngân sách đã bố trí 3 nghìn tỷ đồng, như vậy đến năm 2030 còn thiếu ⟦2 nghìn tỷ đồng⟧.", RoleAmount, "", false},
	{"a plan made", "Thị xã đã lên kế hoạch di dời ⟦120 hộ⟧ ra khỏi vùng sạt lở.", RoleTarget, "lên kế hoạch", false},
	{"a goal after a programme's name", "Tỉnh triển khai Chương trình mục tiêu quốc gia với mục tiêu có ⟦60%⟧ số xã đạt chuẩn nông thôn mới.", RoleTarget, "mục tiêu", false},
	{"objectives met are no goals", "Năm qua, thị xã hoàn thành tốt các mục tiêu đề ra, tổng thu ngân sách đạt ⟦615 tỷ đồng⟧.", RoleAmount, "", false},
	{"the objectives of a plan met are no goals", "Công ty đã đạt được kế hoạch mục tiêu năm, lợi nhuận trước thuế đạt ⟦86 tỷ đồng⟧.", RoleAmount, "", false},
	{"an estimate set", "Dự toán chi ngân sách xã năm tới là ⟦31 tỷ đồng⟧.", RoleTarget, "dự toán", false},
	{"an estimate done", "Dự toán thu được thực hiện ⟦45 tỷ đồng⟧.", RoleAmount, "", false},
	{"a target topic", "Chỉ tiêu giảm tỷ lệ sinh con thứ ba ⟦0,2%⟧.", RoleTarget, "chỉ tiêu", false},
	{"the sentence sets goals", "Huyện định hướng đến năm 2030, tỷ lệ đô thị hóa đạt ⟦45%⟧.", RoleTarget, "định hướng", false},
	{"the horizon of a plan", "Theo quy hoạch, đến năm 2035, tỷ lệ đô thị hóa của tỉnh đạt ⟦55%⟧.", RoleTarget, "đến năm", false},
	{"from now to a year", "Từ nay đến năm 2030, thành phố mở thêm ⟦40 tuyến⟧ xe buýt.", RoleTarget, "từ nay đến", false},
	{"a plan named at the opening", "Theo kế hoạch, năm học tới quận sẽ xây mới ⟦4 trường⟧ mầm non.", RoleTarget, "theo kế hoạch", false},
	{"a project's figures still to come", "Theo đề án, từ năm 2026 đến năm 2028 dự kiến tỉnh đào tạo ⟦120 cán bộ⟧ trẻ.", RoleTarget, "theo đề án", false},
	{"a plan named over work done", "Theo kế hoạch, đến nay quận đã giải ngân ⟦120 tỷ đồng⟧.", RoleAmount, "", false},
	{"a plan named without the time ahead", "Theo quy hoạch, xã có ⟦320 ha⟧ đất nông nghiệp.", RoleAmount, "", false},
	{"the level a goal starts from", "Huyện phấn đấu nâng tỷ lệ che phủ rừng từ ⟦42%⟧ lên 45%.", RoleAmount, cueLevelFrom, false},
	{"the level a goal reaches", "Huyện phấn đấu nâng tỷ lệ che phủ rừng từ 42% lên ⟦45%⟧.", RoleTarget, "phấn đấu", false},
	{"a range of goals starts from no level", "Huyện phấn đấu đưa tỷ lệ lao động qua đào tạo đạt từ ⟦65%⟧ đến 70%.", RoleTarget, "phấn đấu", false},
	{"a target raised was a target", "Chỉ tiêu thu ngân sách tăng từ ⟦900 tỷ đồng⟧ lên 950 tỷ đồng.", RoleTarget, "chỉ tiêu", false},
	{"a date counted to", "Tính đến năm 2024, toàn tỉnh có ⟦312 hợp tác xã⟧.", RoleAmount, "", false},
	{"a span of past years", "Năm 2015 huyện có 96 trường, đến năm 2020 có ⟦104 trường⟧.", RoleAmount, "", false},
	{"the time ahead", "Thời gian tới, quận giải quyết việc làm cho ⟦5.000 lao động⟧.", RoleTarget, "thời gian tới", false},
	{"the half year ahead", "Trong 6 tháng cuối năm 2025, huyện tập trung gieo cấy ⟦3.200 ha⟧ lúa mùa.", RoleTarget, "6 tháng cuối năm", false},
	{"the last months of the year", "Những tháng cuối năm, thị xã tiếp tục giải ngân ⟦45 tỷ đồng⟧ vốn đầu tư công.", RoleTarget, "tháng cuối năm", false},
	{"the half year ahead as a subject opens no plan", "6 tháng cuối năm 2024 là giai đoạn cao điểm, huyện có ⟦14 dự án⟧ đang thi công.", RoleAmount, "", false},
	{"the time ahead as a subject opens no plan", "Năm tới là năm cuối nhiệm kỳ, tỉnh có ⟦15 khu⟧ công nghiệp.", RoleAmount, "", false},
	{"a directive", "Bí thư Huyện ủy yêu cầu các xã rà soát ⟦100%⟧ hộ dân.", RoleTarget, "yêu cầu", false},
	{"a plan named after a first clause", "Trước áp lực học sinh tăng, theo đề án, huyện sẽ xây thêm ⟦14 phòng học⟧ ở các xã ven sông.", RoleTarget, "theo đề án", false},
	{"an ellipsis before a capital ends the directive's sentence", "Chủ tịch huyện đề nghị các trường giữ vững kỷ cương… Về y tế, năm học vừa qua có ⟦36 trạm⟧ đạt chuẩn.", RoleAmount, "", false},
	{"an application is no directive", "Ông Hải phụ trách 25 hồ sơ đề nghị hoàn thuế của doanh nghiệp với tổng số tiền ⟦12 tỷ đồng⟧.", RoleAmount, "", false},
	{"work done after a directive", "Ban Thường vụ đề nghị các chi bộ rà soát… Sau một năm, toàn huyện đã có 312 trường hợp ký cam kết và ⟦95 trường hợp⟧ tự kiểm điểm.", RoleAmount, "", false},
	{"a ratio", "Huyện hoàn thành ⟦18/18⟧ chỉ tiêu.", RoleRatio, cueRatio, false},
	{"a listed change", "Giá thuê được giảm 5%, ⟦10%⟧ tùy diện tích.", RoleChange, cueListed, true},
	{"the rate of a change told again", "Tai nạn giao thông giảm 21 vụ, tỷ lệ ⟦8,4%⟧ so với cùng kỳ.", RoleChange, cueEquivalent, true},
	{"the level a change is measured from", "Quỹ thưởng năm nay là 8,2 tỷ đồng, tăng 1,7 tỷ đồng so với mức ⟦6,5 tỷ đồng⟧ của năm trước.", RoleAmount, "", false},
	{"the target a result is measured against", "Thu từ đất đạt 930 tỷ đồng, gấp 1,5 lần so với chỉ tiêu ⟦620 tỷ đồng⟧ tỉnh giao.", RoleTarget, "chỉ tiêu", false},
	{"a level after a change and its baseline", "Giá lúa tăng 500 đồng/kg so với tháng trước lên ⟦7.800 đồng/kg⟧.", RoleAmount, "", false},
	{"the end of a range of changes", "Thu ngân sách tăng 10 - ⟦12%⟧ so với cùng kỳ.", RoleChange, cueListed, false},
	{"the end of a range of falls", "Số vụ tai nạn giảm 5 đến ⟦7%⟧.", RoleChange, cueListed, true},
	{"a range of changes with an en dash", "Số vụ phạm pháp hình sự giảm từ ⟦4⟧–6% mỗi năm.", RoleChange, "giảm từ", true},
	{"a count of targets is no target", "Trong tổng số 28 chỉ tiêu có ⟦25 chỉ tiêu⟧ đạt.", RoleAmount, "", false},
	{"a year counted in a life is no horizon", "Đến năm thứ ba, hợp tác xã có ⟦45 thành viên⟧.", RoleAmount, "", false},
	{"the percentage of a change in brackets", "Số vụ cháy giảm 12 vụ (⟦18,5%⟧) so với năm trước.", RoleChange, cueListed, true},
	{"the percentage of a change of a noun of two words", "Tai nạn giao thông giảm 14 người chết (⟦12,5%⟧) so với cùng kỳ.", RoleChange, cueListed, true},
	{"a growth rate in brackets", "Kinh tế của huyện tăng trưởng khá (⟦7,1%⟧).", RoleChange, "tăng trưởng", false},
	{"a growth rate", "GRDP của tỉnh đạt ⟦6,8%⟧.", RoleChange, cueGrowth, false},
	{"a rate of increase", "Tốc độ tăng thu ngân sách đạt ⟦14%⟧.", RoleChange, "tốc độ tăng", false},
	{"a growth measure", "Tăng trưởng dư nợ tín dụng ước đạt ⟦11,2%⟧.", RoleChange, "tăng trưởng", false},
	{"a share of growth", "Tỷ trọng công nghiệp trong GRDP đạt ⟦41%⟧.", RoleAmount, "", false},
	{"a growth target", "Tỉnh giữ nguyên chỉ tiêu tăng trưởng GRDP ⟦7,2%⟧ cho năm nay.", RoleTarget, "chỉ tiêu", false},
	{"a share after bằng is no growth rate", "So với GDP thực hiện 520.000 tỷ đồng, bội chi của tỉnh bằng ⟦3,4%⟧.", RoleAmount, "bằng", false},
	{"a share of GDP is no growth rate", "Bội chi ngân sách của tỉnh năm nay bằng ⟦2,8%⟧ GDP.", RoleAmount, "bằng", false},
	{"a share in GRDP is no growth rate", "Khu vực dịch vụ đóng vai trò lớn, ⟦46%⟧ trong GRDP của thành phố.", RoleAmount, "grdp", false},
	{"a share of the gross product", "Kinh tế biển của tỉnh tạo ra ⟦31%⟧ tổng sản phẩm trên địa bàn.", RoleAmount, "tổng sản phẩm", false},
	{"accounting for a share", "Kinh tế tư nhân của huyện chiếm gần ⟦52%⟧ GRDP.", RoleAmount, "chiếm", false},
	{"accounting for a share of a growth measure", "Trong tăng trưởng kinh tế của tỉnh, nông nghiệp chiếm ⟦18%⟧.", RoleAmount, "chiếm", false},
	{"a contribution named before a parenthesis", "Năm qua, đóng góp của yếu tố năng suất tổng hợp (TFP) vào tăng trưởng GRDP đạt ⟦42,5%⟧.", RoleAmount, "đóng góp", false},
	{"a growth rate of GDP stays a change", "GDP của tỉnh năm nay đạt ⟦7,1%⟧, cao hơn năm trước.", RoleChange, cueGrowth, false},
	{"a growth rate after a comma", "Kinh tế của thị xã tăng trưởng khá, đạt bình quân ⟦6,3%⟧.", RoleChange, "tăng trưởng", false},
	{"a growth rate after a comma with an average", "Kinh tế của huyện tăng trưởng nhanh, đạt trung bình ⟦8,2%⟧ mỗi năm.", RoleChange, "tăng trưởng", false},
	{"a level reached after a rise and a comma", "Tỷ lệ che phủ rừng của huyện tăng nhanh, đạt ⟦46%⟧.", RoleAmount, "", false},
	{"money reached after growth and a comma", "Doanh thu du lịch tăng trưởng nhanh, đạt ⟦820 tỷ đồng⟧.", RoleAmount, "", false},
	{"a rise by an average", "Sản lượng lúa của xã tăng trung bình ⟦3,2%⟧ mỗi năm.", RoleChange, "tăng", false},
	{"a rate of growth in the clause", "Tỉnh khó đạt tốc độ tăng trưởng GRDP bình quân ⟦8%⟧ mỗi năm.", RoleChange, "tốc độ tăng", false},
	{"growth slowing to a rate", "Các chuyên gia cho rằng tăng trưởng kinh tế của khu vực sẽ chậm lại còn ⟦5,8%⟧.", RoleChange, "tăng trưởng", false},
	{"a growth rate of credit in the clause", "Hiện tăng trưởng tín dụng của các ngân hàng trên địa bàn khoảng ⟦12%⟧.", RoleChange, "tăng trưởng", false},
	{"a rate beside a growth rate", "Năm nay tăng trưởng kinh tế 6,5% và lạm phát ⟦3,8%⟧.", RoleAmount, "", false},
	{"money set aside for growth", "Huyện dành cho tăng trưởng xanh khoảng ⟦15%⟧ vốn đầu tư công.", RoleAmount, "", false},
	{"a share within growth", "Tăng trưởng của tỉnh có tỷ trọng dịch vụ khoảng ⟦40%⟧.", RoleAmount, "", false},
}

func TestRoleCues(t *testing.T) {
	for _, tt := range roleCueTests {
		t.Run(tt.name, func(t *testing.T) {
			in, want := marked(tt.in)
			for _, ind := range Extract(in) {
				for _, f := range ind.Figures {
					if math.Abs(f.Value) != want {
						continue
					}
					if f.Role != tt.role || f.RoleCue != tt.cue || (f.Value < 0) != tt.negative {
						t.Errorf("Extract(%q): figure %v has role %s, cue %q; want %s, cue %q, negative %v",
							tt.in, f.Value, f.Role, f.RoleCue, tt.role, tt.cue, tt.negative)
					}
					return
				}
			}
			t.Errorf("Extract(%q): no figure at the mark", tt.in)
		})
	}
}

// marked returns s without the marks ⟦ and ⟧ and the value of the number
// that opens the marked text, read the Vietnamese way ("1.250,5").
func marked(s string) (string, float64) {
	i, j := strings.Index(s, "⟦"), strings.Index(s, "⟧")
	if i < 0 || j < i {
		panic("marked: no ⟦…⟧ in " + s)
	}
	num, _, _ := strings.Cut(s[i+len("⟦"):j], " ")
	num, _, _ = strings.Cut(num, "%")
	num, _, _ = strings.Cut(num, "/")
	num = strings.ReplaceAll(strings.ReplaceAll(num, ".", ""), ",", ".")
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		panic("marked: " + err.Error())
	}
	return strings.NewReplacer("⟦", "", "⟧", "").Replace(s), v
}
