package indicators

import "testing"

// TestKeyCues checks the key decision, one row per cue or guard of
// keys_table.go and per place decideKeys looks at. Each text is one short
// report passage; the key and cue are those of the indicator holding the
// figure whose value is given.
func TestKeyCues(t *testing.T) {
	for _, tc := range []struct {
		text  string
		value float64
		key   Key
		cue   string
	}{
		// The measure decides; the earlier row wins within it.
		{"Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng.", 1250, KeyBudgetRevenue, "thu ngân sách"},
		{"Chi ngân sách địa phương ước đạt 980 tỷ đồng.", 980, KeyBudgetSpending, "chi ngân sách"},
		{"Toàn huyện kết nạp 112 đảng viên mới.", 112, KeyPartyAdmission, "kết nạp"},
		{"Đảng bộ huyện hiện có 4.350 đảng viên.", 4350, KeyPartyMembers, "đảng viên"},
		{"Ủy ban kiểm tra các cấp thi hành kỷ luật 14 đảng viên.", 14, KeyPartyDiscipline, "kỷ luật"},
		{"Số người đi xuất khẩu lao động đạt 650 người.", 650, KeyEmployment, "xuất khẩu lao động"},
		{"Kim ngạch xuất khẩu đạt 420 triệu USD.", 420, KeyExport, "xuất khẩu"},
		{"Tỷ lệ hộ nghèo giảm còn 2,1%.", 2.1, KeyPoverty, "hộ nghèo"},
		{"Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91%.", 91, KeySocialInsurance, "bảo hiểm y tế"},
		{"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 11%.", 11, KeyTradeServices, "tổng mức bán lẻ"},
		{"Thu nhập bình quân đầu người đạt 62 triệu đồng.", 62, KeyIncome, "thu nhập bình quân"},
		{"Tổng sản phẩm trên địa bàn (GRDP) tăng 7,1%.", 7.1, KeyEconomicGrowth, "grdp"},
		{"Giá trị sản xuất nông nghiệp đạt 1.900 tỷ đồng.", 1900, KeyAgriculture, "nông nghiệp"},
		{"Giá trị sản xuất trên địa bàn đạt 9.800 tỷ đồng.", 9800, KeyProductionValue, "giá trị sản xuất"},
		{"Tỷ lệ giải ngân vốn đầu tư công đạt 68%.", 68, KeyPublicInvestment, "giải ngân"},
		{"Thu hút đầu tư nước ngoài đạt 310 triệu USD.", 310, KeyTotalInvestment, "thu hút đầu tư"},
		{"Có 245 doanh nghiệp thành lập mới trong năm.", 245, KeyEnterprises, "doanh nghiệp thành lập mới"},
		{"Lượt khách du lịch đến tỉnh tăng 15%.", 15, KeyTourism, "khách du lịch"},
		{"Tỷ lệ che phủ rừng đạt 46%.", 46, KeyEnvironment, "che phủ rừng"},
		{"Đã có 18 xã đạt chuẩn nông thôn mới.", 18, KeyNewRural, "nông thôn mới"},
		{"Tỷ lệ trường đạt chuẩn quốc gia đạt 82%.", 82, KeyEducation, "trường đạt chuẩn"},
		{"Tỷ lệ trẻ em suy dinh dưỡng giảm còn 9%.", 9, KeyHealth, "suy dinh dưỡng"},
		{"Tỷ lệ gia đình văn hóa đạt 93%.", 93, KeyCulture, "gia đình văn hóa"},
		{"Đã bàn giao mặt bằng 35 ha cho các dự án.", 35, KeySiteClearance, "bàn giao mặt bằng"},
		{"Dự án nâng cấp tuyến đê ảnh hưởng đến khoảng 85 hộ dân.", 85, KeySiteClearance, "ảnh hưởng"},
		{"Việc mở rộng nút giao tác động tới gần 40 công trình nhà ở.", 40, KeySiteClearance, "tác động"},
		{"Phương án điều chỉnh liên quan đến 120 hộ dân đang sinh sống.", 120, KeySiteClearance, "liên quan"},
		{"Huyện đã giải tỏa 26 hộ để mở rộng chợ.", 26, KeySiteClearance, "giải tỏa"},
		{"Mưa lũ ảnh hưởng đến 300 hộ dân ven sông.", 300, "", ""},
		{"Thu hút đầu tư vào nông nghiệp đạt 1.200 tỷ đồng.", 1200, KeyTotalInvestment, "thu hút đầu tư"},
		{"Trong năm có thêm 320 DN thành lập mới.", 320, KeyEnterprises, "thành lập mới"},
		{"Toàn tỉnh hiện có khoảng 4.100 DN đang hoạt động.", 4100, KeyEnterprises, "dn"},
		{"Diện tích đất thu hồi trong năm là 42 ha.", 42, KeySiteClearance, "đất thu hồi"},
		{"Mức bội chi được giữ ở 1,2% GRDP.", 1.2, KeyBudgetSpending, "bội chi"},
		{"Số người nghiện có hồ sơ quản lý là 215 người.", 215, KeyCrime, "nghiện"},
		{"Toàn tỉnh có 9.850 thí sinh dự thi.", 9850, KeyEducation, "thí sinh"},
		{"Tỷ suất sinh giảm 0,3% so với năm trước.", -0.3, KeyPopulation, "tỷ suất sinh"},
		{"Trong năm có 14 hợp tác xã được thành lập.", 14, KeyEnterprises, "hợp tác xã"},
		{"Năm nay thành phố triển khai 7 dự án giao thông trọng điểm.", 7, KeyInfrastructure, "dự án giao thông"},
		{"Dự án cải tạo trụ sở có tổng mức đầu tư 45 tỷ đồng.", 45, KeyPublicInvestment, "tổng mức đầu tư"},
		{"Dự án cải tạo trụ sở có tổng mức đầu tư 45 tỷ đồng. Công ty An Phát là nhà thầu.", 45, KeyPublicInvestment, "tổng mức đầu tư"},
		{"Dự án cải tạo trụ sở có tổng mức đầu tư 45 tỷ đồng\nCông ty An Phát là nhà thầu.", 45, KeyPublicInvestment, "tổng mức đầu tư"},
		{"Tuyến đường làm theo hợp đồng BT, tổng mức đầu tư 2.100 tỷ đồng.", 2100, KeyTotalInvestment, "tổng mức đầu tư"},
		{"Dự án dùng vốn vay ODA với tổng mức đầu tư 900 tỷ đồng.", 900, KeyTotalInvestment, "tổng mức đầu tư"},
		{"Năm qua, đầu tư đạt khoảng 31% so với tổng sản phẩm.", 31, KeyTotalInvestment, "đầu tư"},
		{"Kinh tế giữ mức tăng 7,1%, đầu tư đạt khoảng 31% so với tổng sản phẩm.", 31, KeyTotalInvestment, "đầu tư"},
		{"Dân số toàn huyện là 185.000 người.", 185000, KeyPopulation, "dân số"},
		{"Giải quyết 1.420 hồ sơ thủ tục hành chính đúng hạn.", 1420, KeyAdministrativeReform, "thủ tục hành chính"},
		{"Đã giải quyết 57 đơn khiếu nại của công dân.", 57, KeyComplaints, "khiếu nại"},
		{"Số vụ tai nạn giao thông giảm 6 vụ.", -6, KeyTrafficSafety, "tai nạn giao thông"},
		{"Huyện hoàn thành giao quân 160 thanh niên.", 160, KeyMilitaryEnlistment, "giao quân"},
		{"Có 97% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.", 97, KeyPartyOrganizations, "tổ chức cơ sở đảng"},
		{"Có 28/30 chỉ tiêu đạt và vượt kế hoạch.", 28, KeyTargetsMet, "chỉ tiêu"},
		{"Có 97,5% cử tri tham gia bầu cử.", 97.5, KeyVote, "cử tri"},
		{"Hoạt động tiếp xúc cử tri tăng 12% so với năm trước.", 12, KeyComplaints, "tiếp xúc cử tri"},
		{"Ngành TN-MT phát hiện 58 trường hợp vi phạm.", 58, KeyEnvironment, "tn-mt"},
		{"Sở NN&PTNT đã thanh tra 120 cơ sở kinh doanh phân bón.", 120, KeyAgriculture, "nn&ptnt"},
		{"Năm học này Sở GD-ĐT kiểm tra 64 cơ sở dạy thêm.", 64, KeyEducation, "gd-đt"},
		{"Toàn huyện hiện có 46 trường THCS.", 46, KeyEducation, "trường"},
		{"Huyện còn 12 điểm trường lẻ ở vùng cao.", 12, KeyEducation, "điểm trường"},
		{"Buổi diễn gồm 3 trường đoạn nghệ thuật.", 3, "", ""},
		{"Từ đầu năm, thành phố ghi nhận 1.250 ca sốt xuất huyết.", 1250, KeyHealth, "sốt xuất huyết"},
		{"Trong quý I có 85 trẻ mắc bệnh tay chân miệng.", 85, KeyHealth, "tay chân miệng"},
		{"Hiện có 3.200 người mắc bệnh lao đang được điều trị.", 3200, KeyHealth, "mắc bệnh"},
		{"Công đoàn thăm 25 đoàn viên mắc bệnh hiểm nghèo.", 25, "", ""},
		{"Tổng thu từ du lịch năm nay ước đạt 2.800 tỷ đồng.", 2800, KeyTourism, "thu từ du lịch"},
		{"Năm qua các cấp ủy đã kiểm tra 45 tổ chức đảng.", 45, KeyPartyDiscipline, "kiểm tra"},
		{"Có 21 đồng chí được tặng Huy hiệu 50 năm tuổi Đảng.", 21, KeyPartyMembers, "tuổi đảng"},
		{"Các cấp ủy đã giám sát 64 tổ chức đảng và 130 đảng viên.", 64, KeyPartyDiscipline, "giám sát"},
		{"Năm qua, giá trị thu nhập toàn xã ước đạt 370 tỷ đồng.", 370, "", ""},
		{"Năm qua, tổng thu nhập toàn xã ước đạt 410 tỷ đồng.", 410, "", ""},
		{"Công tác giải ngân vốn đầu tư công có chuyển biến rõ nét. Ước cả năm đạt 96% kế hoạch.", 96, KeyPublicInvestment, "giải ngân"},
		{"Từ năm tới, tỷ lệ ngân sách tỉnh được giữ lại giảm còn 21%.", 21, KeyBudgetRevenue, "giữ lại"},
		{"Trong năm nay nước này đã tiến hành 4 vụ thử tên lửa.", 4, "", ""},
		{"Trung ương giữ nguyên tỷ lệ điều tiết cho thành phố ở mức 18%.", 18, KeyBudgetRevenue, "tỷ lệ điều tiết"},
		{"Thành phố tổ chức nhiều lễ hội du lịch. Có 90% người được hỏi hài lòng.", 90, "", ""},
		{"Ngân hàng cho biết huy động vốn đạt 52.000 tỷ đồng, dư nợ tín dụng tăng 9%.", 52000, "", ""},
		{"Huy động vốn cho xây dựng nông thôn mới đạt 320 tỷ đồng.", 320, KeyNewRural, "nông thôn mới"},
		{"Huyện đã huấn luyện cho 950 dân quân tự vệ.", 950, KeyMilitaryEnlistment, "dân quân tự vệ"},
		{"Tập đoàn báo cáo thu nhập 2,1 tỷ USD trong năm.", 2.1, "", ""},
		{"Thu nhập của người trồng chè đạt 48 triệu đồng mỗi năm.", 48, KeyIncome, "thu nhập"},
		{"Ban Thường vụ Huyện ủy đã lập 6 đoàn giám sát chuyên đề.", 6, KeyPartyDiscipline, "giám sát"},
		{"Năm nay Thường trực HĐND giám sát 3 chuyên đề.", 3, "", ""},
		{"Dự án lắp đặt 420 camera giám sát giao thông.", 420, "", ""},
		{"Mức học phí mầm non là 150.000 đồng/tháng.", 150000, KeyEducation, "mầm non"},
		{"Học phí bậc đại học tăng lên 14 triệu đồng/năm.", 14, KeyEducation, "học phí"},
		{"Dịch sởi làm 86 trẻ phải nhập viện điều trị.", 86, KeyHealth, "sởi"},
		{"Trong năm đã chuyển đảng chính thức cho 37 đồng chí.", 37, KeyPartyMembers, "chuyển đảng chính thức"},
		{"Xã có 2.100 người trong độ tuổi lao động làm việc tại các khu công nghiệp.", 2100, KeyEmployment, "độ tuổi lao động"},
		{"Hiện có 260 người đi lao động ở Hàn Quốc và Nhật Bản.", 260, KeyEmployment, "đi lao động"},
		{"Đảng ủy xã đã kiểm tra 12 chi bộ trực thuộc.", 12, KeyPartyDiscipline, "kiểm tra"},
		{"Đảng bộ xã có 12 chi bộ trực thuộc.", 12, KeyPartyOrganizations, "chi bộ"},
		{"Diện tích cây công nghiệp lâu năm đạt 3.400 ha.", 3400, KeyAgriculture, "cây công nghiệp"},
		{"Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%.", 99.8, KeyEducation, "ra lớp"},
		{"Các xã đã dồn điền đổi thửa được 215 ha.", 215, KeyAgriculture, "dồn điền"},
		{"Tỷ lệ sinh con thứ 3 trở lên giảm còn 9,6%.", 9.6, KeyPopulation, "sinh con thứ"},
		{"Tỷ số giới tính khi sinh là 113 bé trai/100 bé gái.", 113, KeyPopulation, "giới tính khi sinh"},
		{"Khu vực TM-DV chiếm 61% cơ cấu kinh tế.", 61, KeyTradeServices, "tm-dv"},
		{"Số thuế nợ đọng còn 120 tỷ đồng.", 120, KeyBudgetRevenue, "thuế"},
		{"Ông B nắm 2 triệu cổ phiếu của công ty.", 2, "", ""},
		{"Lợi nhuận trước thuế của công ty đạt 85 tỷ đồng.", 85, "", ""},
		{"Công ty chi thưởng cho ban giám đốc 900 triệu đồng.", 900, "", ""},
		{"Doanh thu hợp nhất của tập đoàn tăng 14%.", 14, "", ""},
		// A company's takings, outlays and growth are no budget's nor economy's.
		{"Năm nay công ty thu về 1.200 tỷ đồng từ bán hàng.", 1200, "", ""},
		{"Tổng công ty đã chi 45 tỷ đồng cho quảng cáo.", 45, "", ""},
		{"Lợi nhuận quý này khả quan, doanh số tăng trưởng 18% so với cùng kỳ.", 18, "", ""},
		{"Công ty sẽ phát hành thêm 2 triệu cổ phiếu để nâng vốn từ 90 tỷ lên 150 tỷ đồng.", 150, "", ""},
		{"Toàn huyện còn 412 hộ thiếu nước sinh hoạt.", 412, KeyEnvironment, "nước sinh hoạt"},
		{"Ngành TN - MT xử lý 17 vụ khai thác trái phép.", 17, KeyEnvironment, "tn - mt"},
		{"Quốc hội thông qua 12 dự án luật tại kỳ họp.", 12, "", ""},
		{"Kỳ họp cho ý kiến vào 6 dự luật và thông qua 4 nghị quyết.", 6, "", ""},
		{"Nợ công ở mức 37% GDP, thấp hơn trần cho phép.", 37, "", ""},
		{"Về thể thao, đoàn có 45 vận động viên tham dự.", 45, "", ""},
		{"Đội tuyển học sinh giỏi của huyện giành 4 huy chương vàng.", 4, "", ""},
		// A share of the economy measures what it is a share of.
		{"Vốn đầu tư toàn xã hội đạt khoảng 33% GRDP của tỉnh.", 33, KeyTotalInvestment, "vốn đầu tư toàn xã hội"},
		{"Bội chi ngân sách là 3.200 tỷ đồng, bằng 2,9% GDP.", 2.9, KeyBudgetSpending, "chi ngân sách"},
		{"Tổng sản phẩm trên địa bàn tăng 6,8%.", 6.8, KeyEconomicGrowth, "tổng sản phẩm"},
		// "dân số" is no population after "công" or "người".
		{"Qua giải quyết đơn thư, đã trả lại quyền lợi cho 320 công dân số tiền 5 tỷ đồng.", 320, KeyComplaints, "đơn thư"},
		// Declared assets and income, a bank's accounts: no key.
		{"Số người đã kê khai tài sản, thu nhập năm nay đạt 99,5%.", 99.5, "", ""},
		{"Thu nhập lãi thuần của ngân hàng đạt 840 tỷ đồng.", 840, "", ""},
		{"Đoàn thể thao của tỉnh có 36 VĐV tham gia đại hội.", 36, "", ""},
		{"Toàn tỉnh có khoảng 620.000 người trong lực lượng lao động.", 620000, KeyEmployment, "lực lượng lao động"},
		{"Nhà máy cam kết cắt giảm 15% lượng khí thải vào năm tới.", -15, KeyEnvironment, "khí thải"},
		{"Phường mới có mật độ khoảng 9.500 người/km2, cao nhất quận.", 9500, KeyPopulation, "người/km2"},
		{"Sau khi mở tuyến đường, khu vực có 4.200 người/km 2.", 4200, KeyPopulation, "người/km"},
		{"Xã Tân An nằm cách trung tâm huyện khoảng 14 km.", 14, "", ""},
		{"Tuyến đường dài 9 km, cách trung tâm huyện 20 km.", 9, KeyInfrastructure, "tuyến đường"},
		{"Bằng cách huy động nhân dân, xã làm mới 6 km đường.", 6, KeyInfrastructure, "km"},
		{"Kim ngạch thương mại hai chiều giữa hai tỉnh đạt 1,2 tỷ USD.", 1.2, KeyExport, "thương mại hai chiều"},
		{"Mục tiêu đến năm 2025 có 80% dịch vụ hành chính công trực tuyến mức độ 4.", 80, KeyAdministrativeReform, "dịch vụ hành chính công"},
		{"Khoảng 35% số trẻ em bị bạo lực là do người quen gây ra.", 35, "", ""},
		{"Trường tiếp nhận thêm 45 em vào lớp một.", 45, KeyEducation, "em"},
		{"Hội nghị thống nhất 6 nhóm giải pháp chủ yếu cho năm tới.", 6, "", ""},
		{"Tại phiên chất vấn, đại biểu nêu 3 vấn đề về đất đai.", 3, "", ""},
		{"Công an huyện triệt phá 4 nhóm tội phạm trộm cắp.", 4, KeyCrime, "triệt phá"},
		{"Quận hỗ trợ 48 nhóm trẻ độc lập tư thục nâng cấp cơ sở vật chất.", 48, KeyEducation, "nhóm trẻ"},
		{"Cơ quan bảo hiểm tiếp nhận 2.100 hồ sơ đề nghị thanh toán BHYT.", 2100, KeySocialInsurance, "bhyt"},
		{"Hội đồng thi đua xem xét 45 hồ sơ đề nghị khen thưởng.", 45, "", ""},
		{"Bộ phận một cửa giải quyết 3.400 hồ sơ đúng hạn.", 3400, KeyAdministrativeReform, "một cửa"},
		{"Phường đã giải quyết 860 hồ sơ đúng hạn.", 860, KeyAdministrativeReform, "hồ sơ"},
		// Guards: a tax is revenue; "thu" alone is revenue only before money.
		{"Thuế thu nhập cá nhân tăng 12%.", 12, KeyBudgetRevenue, "thuế thu nhập"},
		{"Phường thu 45 tỷ đồng.", 45, KeyBudgetRevenue, "thu"},
		{"Tổng doanh thu của các hợp tác xã đạt 75 tỷ đồng.", 75, KeyTradeServices, "doanh thu"},
		{"Ngân sách thành phố hỗ trợ 30% kinh phí.", 30, KeyBudgetSpending, "ngân sách"},
		// "kinh phí": works' money is infrastructure, other money spending,
		// and a count it funds is keyed by neither.
		{"Xã sửa chữa cây cầu treo qua suối với tổng kinh phí 18 tỷ đồng.", 18, KeyInfrastructure, "kinh phí"},
		{"Muốn kéo đường dây 35kV về các bản thì cần kinh phí khoảng 60 tỷ đồng.", 60, KeyInfrastructure, "kinh phí"},
		{"Kinh phí tổ chức hội thảo khoa học là 2 tỷ đồng.", 2, KeyBudgetSpending, "kinh phí"},
		{"Đoàn có thêm 12 thành viên đi theo kinh phí xã hội hóa.", 12, "", ""},
		{"Tỉnh đã cử 9 đoàn đi học tập với tổng kinh phí 3 tỷ đồng.", 9, "", ""},
		// Party members found in breach, and the inspectors' committee.
		{"Trong năm có 23 đảng viên có dấu hiệu vi phạm đã được làm rõ.", 23, KeyPartyDiscipline, "vi phạm"},
		{"Năm qua, cấp ủy và UBKT các cấp đã thi hành kỷ luật 41 đảng viên.", 41, KeyPartyDiscipline, "ubkt"},
		{"Có 100% đảng viên ký cam kết không vi phạm quy định.", 100, KeyPartyMembers, "đảng viên"},
		// Households are a place's population, not those a project or a flood touches.
		{"Toàn phường có 12.400 hộ dân đang sinh sống.", 12400, KeyPopulation, "hộ dân"},
		{"Chủ tịch UBND huyện đã tiếp đại diện 17 hộ dân.", 17, "", ""},
		{"Toàn xã có 215 hộ dân bị ngập sâu.", 215, "", ""},
		// Votes and delegates are no money, and "bầu" is not always a vote.
		{"Đại biểu Trần Văn Nam hỏi vì sao quận đã bố trí 90 tỷ đồng mà chưa làm.", 90, "", ""},
		{"Các ông bầu sẵn sàng bỏ ra 80 triệu đồng cho một đêm diễn.", 80, "", ""},
		{"Hội nghị đã bầu 15 đồng chí vào Ban Chấp hành.", 15, KeyVote, "bầu"},
		// A bank's branch spends no budget; goods seized are no revenue.
		{"Ngân hàng thưởng mỗi chi nhánh hoàn thành kế hoạch 800 triệu đồng.", 800, "", ""},
		{"Đội quản lý thị trường đã thu giữ 1.300 đôi giày giả.", 1300, "", ""},
		// A tax's rate is no revenue; its takings and their growth are.
		{"Thuế nhập khẩu ô tô từ ngoài khối hiện ở mức 70%.", 70, "", ""},
		{"Số thu từ thuế tăng 12% so với cùng kỳ.", 12, KeyBudgetRevenue, "thuế"},
		{"Thu thuế đạt 96% dự toán.", 96, KeyBudgetRevenue, "thuế"},
		// Income alone: money of the figure's own clause, not a firm's nor housing for the low-income.
		{"Công nhân may ở xã có thu nhập khoảng 7 triệu đồng/tháng.", 7, KeyIncome, "thu nhập"},
		{"Thu nhập thuần từ dịch vụ thẻ đạt 640 tỷ đồng.", 640, "", ""},
		{"Thành phố sẽ xây thêm 3.000 căn nhà cho người thu nhập thấp.", 3000, KeyInfrastructure, "căn"},
		// Balanced revenue is revenue; Party finances inspected are discipline.
		{"Năm 2024 tổng thu cân đối ngân sách của tỉnh ước đạt 17.500 tỷ đồng.", 17500, KeyBudgetRevenue, "thu cân đối"},
		{"Đảng ủy khối đã rà soát 41 tổ chức đảng về thu chi ngân sách.", 41, KeyPartyDiscipline, "thu chi ngân sách"},
		// Paying out is spending in money only, and never a dividend.
		{"Huyện đã hoàn thành việc chi trả 4,2 tỷ đồng tiền hỗ trợ cho người dân.", 4.2, KeyBudgetSpending, "chi trả"},
		{"Đại hội cổ đông quyết định chi trả cổ tức năm nay ở mức 12%.", 12, "", ""},
		{"Đến nay mới chi trả được cho 3 hộ.", 3, "", ""},
		// Suspects counted are crime; beneficiaries of a policy are not.
		{"Công an huyện đã bắt tạm giam 6 đối tượng.", 6, KeyCrime, "đối tượng"},
		{"Phường đang quản lý 58 đối tượng chính sách.", 58, "", ""},
		// Growth alone is the economy's, not a bank's customers nor the traffic.
		{"Năm nay kinh tế thành phố đạt mức tăng trưởng 7,2%.", 7.2, KeyEconomicGrowth, "tăng trưởng"},
		{"Ngân hàng đặt kế hoạch tăng trưởng 200.000 khách hàng mới.", 200000, "", ""},
		{"Số xe máy đăng ký mới tăng trưởng bình quân 9%/năm.", 9, "", ""},
		// Records handled, in their own clause only.
		{"Trung tâm hành chính công đã tiếp nhận 52.000 hồ sơ.", 52000, KeyAdministrativeReform, "hồ sơ"},
		{"Cơ quan điều tra đã chuyển hồ sơ đề nghị truy tố 6 người.", 6, "", ""},
		{"Theo hồ sơ lưu trữ, khu đất rộng 3,4 ha.", 3.4, "", ""},
		// Firms: counted, or their capital; not the money they give.
		{"Vốn đăng ký bình quân mỗi doanh nghiệp đạt 9,6 tỷ đồng.", 9.6, KeyEnterprises, "doanh nghiệp"},
		{"Xã được một số doanh nghiệp hỗ trợ 150 triệu đồng.", 150, "", ""},
		// A field word in an office's name is no topic of the sentence.
		{"Theo Sở Văn hóa và Du lịch, toàn tỉnh có 25 khu bảo tồn.", 25, "", ""},
		{"Giám đốc Sở Y tế cho biết có 40 cán bộ được điều động.", 40, "", ""},
		{"Về du lịch, năm nay tỉnh đón 2,3 triệu lượt khách.", 2.3, KeyTourism, "du lịch"},
		{"Thanh tra Sở Nông nghiệp và Phát triển nông thôn đã tiến hành 120 cuộc thanh tra.", 120, KeyAgriculture, "nông nghiệp"},
		{"Năm qua, 3 cán bộ diện Trung ương quản lý bị kỷ luật.", 3, KeyPartyDiscipline, "kỷ luật"},
		// Profit made, goods bought or seized are no revenue of a budget.
		{"Mỗi năm gia đình anh thu lãi khoảng 600 triệu đồng.", 600, "", ""},
		{"Thương lái thu mua cá với giá 12.000 đồng/kg.", 12000, "", ""},
		// Takings are trade, but not a firm's accounts.
		{"Năm 2018, doanh thu hợp nhất của hãng đạt 33.000 tỷ đồng.", 33000, "", ""},
		{"Doanh thu du lịch ước đạt 4.200 tỷ đồng.", 4200, KeyTourism, "doanh thu du lịch"},
		// Proposals counted are complaints; a sum a body proposes is not.
		{"Đoàn đã tổng hợp 46 kiến nghị của cử tri.", 46, KeyComplaints, "kiến nghị của cử tri"},
		{"Hiệp hội gửi đến Thành ủy 7 kiến nghị.", 7, KeyComplaints, "kiến nghị"},
		{"Tỉnh kiến nghị Trung ương hỗ trợ 250 tỷ đồng.", 250, "", ""},
		// The ministry's name names no investment.
		{"Về dự thảo, Sở Kế hoạch và Đầu tư tiếp thu 42 ý kiến góp ý của các ngành.", 42, "", ""},
		{"Giám đốc Sở Kế hoạch Đầu tư bị cáo buộc nhận 300 triệu đồng.", 300, "", ""},
		{"Số trái phiếu phát hành đạt 2.000 tỷ đồng.", 2000, "", ""},
		// A vote's unit decides before the office voted on.
		{"Ông A được bầu làm Giám đốc Sở Giao thông vận tải với 47/50 phiếu.", 47, KeyVote, "phiếu"},
		// A measure that fits no key stops the search.
		{"Về thương mại, mặt bằng lãi suất giảm 1,5%.", -1.5, "", ""},
		{"Về tín dụng, tổng dư nợ tăng 9%.", 9, "", ""},
		// The clause after the figure names what it counts.
		{"Trên địa bàn xảy ra 75 vụ phạm pháp hình sự.", 75, KeyCrime, "phạm pháp hình sự"},
		// A unit alone names its field.
		{"Nâng cấp và mở rộng 12 km.", 12, KeyInfrastructure, "km"},
		// The sentence before gives its topic, the nearest cue first.
		{"Về chăn nuôi, sau dịch bệnh số lượng giảm 3%.", -3, KeyAgriculture, "chăn nuôi"},
		// The indicator before in the paragraph gives its key.
		{"Số vụ tai nạn giao thông là 21 vụ. Làm chết 9 người.", 9, KeyTrafficSafety, "tai nạn giao thông"},
		{"Số vụ tai nạn giao thông là 21 vụ. Trong đó, làm chết 9 người.", 9, KeyTrafficSafety, "tai nạn giao thông"},
		{"Số vụ tai nạn giao thông là 21 vụ. Ông Hùng cho biết đã mời 40 người đến làm việc.", 40, "", ""},
		{"Số vụ tai nạn giao thông là 21 vụ. Giám đốc nói: “Năm tới cần thêm 40 người”.", 40, "", ""},
		{"Số vụ tai nạn giao thông là 21 vụ, làm chết 9 người.", 9, KeyTrafficSafety, "tai nạn giao thông"},
		{"Tổng vốn đầu tư toàn xã hội đạt 5.400 tỷ đồng. Riêng khu vực tư nhân góp 2.100 tỷ đồng.", 2100, KeyTotalInvestment, "vốn đầu tư toàn xã hội"},
		{"Toàn tỉnh có 320 xã đạt chuẩn nông thôn mới, trong đó 45 xã ở miền núi.", 45, KeyNewRural, "nông thôn mới"},
		// Not past a whole sentence, nor to a figure counting other things.
		{"Thu ngân sách đạt 820 tỷ đồng. Đoàn công tác của tỉnh đã làm việc tại huyện. Riêng quý IV đạt 300 tỷ đồng.", 300, "", ""},
		{"Khách du lịch đến tỉnh đạt 1,2 triệu lượt. Đoàn khảo sát đã đến 7 nước trong khu vực.", 7, "", ""},
		{"Kim ngạch xuất khẩu đạt 150 triệu USD, sản phẩm của tỉnh có mặt tại 12 nước.", 12, "", ""},
		// Nor from a key a unit decided to a figure in another unit; money and land go on.
		{"Khi thi công móng, công nhân đào sâu 4 m. Tại đó phát hiện nhiều đạn cối, tổng cộng 150 kg.", 150, "", ""},
		{"Tuyến kè dài 1.200 m, kinh phí 45 tỷ đồng.", 45, KeyInfrastructure, "m"},
		// Nor to a price from an amount; a price from a price is carried.
		{"Kim ngạch xuất khẩu đạt 150 triệu USD. Giá bình quân ở mức 45.000 đồng/kg.", 45000, "", ""},
		{"Sản lượng vải thiều ước đạt 160.000 tấn. Giá bán tại vườn khoảng 25.000 đồng/kg.", 25000, KeyAgriculture, "vải thiều"}, // a crop's price is farming's
		{"Diện tích nuôi tôm công nghệ cao đạt 900 ha. Bình quân mỗi hecta đạt khoảng 2 tỷ đồng/ha.", 2, KeyAgriculture, "nuôi tôm"},
		{"Tổng thu từ phí tham quan đạt 12 tỷ đồng, vé người lớn 80.000 đồng/lượt.", 80000, "", ""},
		{"Giá căn hộ chung cư khoảng 30 triệu đồng/m2, nhà phố 90 triệu đồng/m2.", 90, "", ""},
		// A heading line names the topic of the paragraph under it.
		{"Mở đầu.\nCông tác giảm nghèo\nCả năm có 240 hộ thoát ra khỏi danh sách.", 240, KeyPoverty, "giảm nghèo"},
		{"Huyện vượt kế hoạch thu ngân sách\n\nNăm nay, toàn huyện có 25 xã tham gia hội thi.", 25, "", ""},
		{"Huyện vượt kế hoạch thu ngân sách\nNăm nay, toàn huyện có 25 xã tham gia hội thi.", 25, "", ""},
		{"Mở đầu.\n1. Công tác giảm nghèo\nCả năm có 240 hộ thoát ra khỏi danh sách.", 240, KeyPoverty, "giảm nghèo"},
		// A photo's caption or the lead under a headline is no heading.
		{"Mở đầu.\nHội nghị đánh giá kết quả thu ngân sách nửa đầu năm.\nĐoàn đã thăm 35 gia đình chính sách.", 35, "", ""},
		{"Mở đầu.\nCác đại biểu biểu quyết tại kỳ họp. Ảnh: Minh Anh\nQuận đã trao 1.500 suất quà cho các gia đình chính sách.", 1500, "", ""},
		{"Số vụ TNGT giảm 8 vụ so với cùng kỳ.", -8, KeyTrafficSafety, "tngt"},
		{"Trong năm xảy ra 6 vụ hỏa hoạn.", 6, KeyCrime, "hỏa hoạn"},
		// Things counted key no figure that counts other things.
		{"Các doanh nghiệp trên địa bàn đã trao tặng 12 căn nhà tình nghĩa.", 12, "", ""},
		{"Đoàn đại biểu đã gặp gỡ cử tri của 18 phường.", 18, "", ""},
		{"Toàn tỉnh hiện có khoảng 4.100 doanh nghiệp đang hoạt động.", 4100, KeyEnterprises, "doanh nghiệp"},
		{"Trường có 1.250 học sinh, tăng 3% so với năm học trước.", 3, KeyEducation, "học sinh"},
		{"Toàn huyện có 46 hợp tác xã với hơn 3.000 thành viên.", 3000, KeyEnterprises, "hợp tác xã"},
		{"Dự án mới hoàn thành 2 gói thầu.", 2, "", ""},
		{"Lãi sau thuế của công ty đạt 120 tỷ đồng, tăng 9%.", 9, "", ""},
		{"Phường có 7 người ứng cử cho 5 ghế đại biểu.", 7, KeyVote, "ứng cử"},
		{"Công an huyện đã thụ lý 26 vụ.", 26, KeyCrime, "vụ"},
		{"Nhờ giống mới, bà con nay cấy được 3 vụ lúa mỗi năm.", 3, KeyAgriculture, "lúa"},
		{"Vùng nuôi ven biển thả được 2 vụ/năm.", 2, "", ""},
		{"Hiện Bộ có 12 vụ thuộc bộ và 40 phòng.", 12, "", ""},
		{"Đoàn có 3 phó trưởng đoàn là vụ trưởng, gồm 3 vụ của Bộ.", 3, "", ""},
		{"Về tai nạn đường sắt, cả năm xảy ra 14 vụ.", 14, KeyTrafficSafety, "tai nạn"},
		{"Nước này áp thuế 25% lên hàng nhập khẩu.", 25, "", ""},
		{"Thuế suất thuế thu nhập cá nhân khi bán nhà là 2%.", 2, "", ""},
		{"Chi phí nhiên liệu chiếm 30% tổng chi phí của hãng.", 30, "", ""},
		{"Cuộc thi viết trao 12 giải cho thí sinh các trường.", 12, "", ""},
		{"Toàn tỉnh có 9.850 thí sinh đăng ký dự thi tại 40 điểm thi.", 9850, KeyEducation, "thí sinh"},
		{"Lũy kế 9 tháng, chỉ tiêu này đạt 370 tỷ đồng.", 370, "", ""},
		{"Tổng số tiền phải nộp vào ngân sách là 312 tỷ đồng.", 312, KeyBudgetRevenue, "nộp vào ngân sách"},
		{"Năm nay tỉnh đã cổ phần hóa được 85% số đơn vị theo kế hoạch.", 85, KeyEnterprises, "cổ phần hóa"},
		// Words too broad to name a measure alone key nothing.
		{"Ủy ban Kinh tế của tỉnh có 8 thành viên.", 8, "", ""},
		{"Thiệt hại về kinh tế ước khoảng 12 tỷ đồng.", 12, "", ""},
		{"Đoàn kiểm tra phát hiện 14 trường hợp vi phạm quy định về quảng cáo.", 14, "", ""},
		{"Khu nhà này được xây dựng trên diện tích 900 m2.", 900, "", ""},
		// A broad word keys its own figures only, none carried on from them.
		{"Huyện đang làm 12 dự án, trong đó 5 dự án đã xong.", 5, KeyInfrastructure, "dự án"},
		{"Huyện đang làm 12 dự án, trong đó 5 dự án đã xong và còn thiếu 40 tỷ đồng.", 40, "", ""},
		// A cue in a firm's name names the firm, not the measure; a lower
		// -case word or a sentence before ends the name.
		{"Công ty TNHH Thương mại Hòa Bình vay ngân hàng 40 tỷ đồng.", 40, "", ""},
		{"Tập đoàn Công nghiệp Sông Lam đã bỏ ra 75 tỷ đồng để mua máy bơm.", 75, "", ""},
		{"Ngân hàng TMCP Đầu tư và Phát triển cho vay 60 tỷ đồng.", 60, "", ""},
		{"Công ty đã đóng cửa. Thương mại trên địa bàn tăng 9%.", 9, KeyTradeServices, "thương mại"},
		{"Các công ty may cho biết xuất khẩu tăng 12%.", 12, KeyExport, "xuất khẩu"},
		// A project's owner is no investment raised.
		{"Chủ đầu tư đã bán 120 lô đất nền trước khi có giấy phép.", 120, "", ""},
		{"Chủ đầu tư đã bán 120 căn hộ trước khi có giấy phép.", 120, KeyInfrastructure, "căn hộ"}, // homes are works, whoever sells them
		{"Chủ đầu tư cho biết tổng vốn đầu tư là 800 tỷ đồng.", 800, KeyTotalInvestment, "tổng vốn đầu tư"},
		// Compensation for land is clearance; for damage it is not.
		{"Xã đã đền bù xong 35 ha đất nông nghiệp cho dự án.", 35, KeySiteClearance, "đền bù"},
		{"Nhà máy chấp nhận đền bù 900 triệu đồng cho các hộ nuôi cá.", 900, "", ""},
		// A storm's damage fits no key, whatever it hit.
		{"Trận dông lốc làm tốc mái 8 trường học và 40 căn nhà.", 8, "", ""},
		{"Cơn bão làm đổ 25 cột điện trên tuyến đường ven biển.", 25, "", ""},
		// Kilometres are of works only where the sentence names them.
		{"Năm nay huyện làm mới 18 km đường giao thông nông thôn.", 18, KeyInfrastructure, "đường giao thông"},
		{"Tỉnh đã nhựa hóa thêm 26 km trong năm.", 26, KeyInfrastructure, "km"},
		{"Quả tên lửa bay được chừng 640 km rồi rơi xuống biển.", 640, "", ""},
		{"Trên tuyến đường này xe chỉ chạy được 15 km/h vào giờ cao điểm.", 15, "", ""},
		{"Tâm áp thấp nằm cách bờ khoảng 310 km về phía đông.", 310, "", ""},
		// The sentence's topic reaches a dozen words back, no further.
		{"Về tai nạn giao thông, toàn huyện xảy ra 21 vụ.", 21, KeyTrafficSafety, "tai nạn giao thông"},
		{"Công tác giải phóng mặt bằng được các cấp quan tâm chỉ đạo sát sao, nhiều hộ dân đã tự nguyện tháo dỡ công trình, bàn giao đất sớm và trong năm nay, riêng phường Tân An có 18 gia đình được khen.", 18, "", ""},
		// Members' and officials' yearly ratings.
		{"Có 91,5% đảng viên được xếp loại, trong đó cán bộ hoàn thành xuất sắc nhiệm vụ chiếm 14%.", 14, KeyPartyMembers, "hoàn thành xuất sắc"},
		{"Ngân hàng thưởng các phòng hoàn thành xuất sắc nhiệm vụ 200 triệu đồng mỗi phòng.", 200, "", ""},
		// Fees collected are revenue; toll stations and BOT paybacks are not.
		{"Năm nay thu phí, lệ phí đạt 86 tỷ đồng.", 86, KeyBudgetRevenue, "thu phí"},
		{"Tỉnh có 6 trạm thu phí trên các quốc lộ.", 6, "", ""},
		{"Thời gian thu phí hoàn vốn của tuyến BOT là 19 năm, mức thấp nhất 35.000 đồng.", 35000, "", ""},
		// Criteria are the new-rural programme's only where it is named.
		{"Xã Tân Lập đã đạt 17/19 tiêu chí, phấn đấu về đích trong năm.", 17, KeyNewRural, "tiêu chí"},
		{"Năm nay huyện có thêm 4 xã hoàn thành các tiêu chí.", 4, KeyNewRural, "tiêu chí"},
		{"Dự thảo luật đưa ra 3 tiêu chí để xác định doanh nghiệp siêu nhỏ.", 3, "", ""},
		{"Số vụ tai nạn giao thông giảm cả 3 tiêu chí so với năm trước.", 3, KeyTrafficSafety, "tai nạn giao thông"},
		// Head counted are stock where the sentence names beasts.
		{"Xã có 640 con trâu, bò được tiêm phòng.", 640, KeyAgriculture, "con"},
		{"Hộ anh Minh nuôi 85 con dê trên đồi.", 85, KeyAgriculture, "con"},
		{"Công an thu giữ 2 con dao tại hiện trường.", 2, "", ""},
		{"Bình quân mỗi phụ nữ sinh 1,9 con.", 1.9, "", ""},
		// A broad word yields to a named measure around it.
		{"Về xuất khẩu, riêng phần đầu tư đạt 120 triệu USD.", 120, KeyExport, "xuất khẩu"},
		// Words of the south, of telecoms and of power; food poisoning.
		{"Số heo xuất chuồng trong quý đạt 410.000 con.", 410000, KeyAgriculture, "heo"},
		{"Đến cuối quý, số thuê bao di động trên địa bàn đạt 1,2 triệu.", 1.2, KeyTradeServices, "thuê bao"},
		{"Điện năng tiêu thụ trên địa bàn tăng 9,4%.", 9.4, KeyIndustry, "điện năng"},
		{"Trong năm xảy ra 3 vụ ngộ độc thực phẩm.", 3, KeyHealth, "ngộ độc"},
		{"Diện tích đất phi nông nghiệp đến năm 2030 là 12.400 ha.", 12400, "", ""},
		// Residents counted are the population; citizens are not.
		{"Huyện Bình Chánh hiện có khoảng 700.000 dân.", 700000, KeyPopulation, "dân"},
		{"Ông cho biết đô thị này có hơn 9 triệu dân.", 9, KeyPopulation, "dân"},
		{"Mỗi tháng phường tiếp 120 công dân.", 120, "", ""},
		// Criticism of members is Party discipline; a critic's is not.
		{"Chi bộ đã phê bình 4 đảng viên thiếu gương mẫu.", 4, KeyPartyDiscipline, "phê bình"},
		{"Cuốn sách tập hợp 30 bài phê bình văn học.", 30, "", ""},
		// Patients are health care; homes built are works.
		{"Bệnh viện huyện đã tiếp nhận 1.240 bệnh nhân trong quý.", 1240, KeyHealth, "bệnh nhân"},
		{"Năm nay có thêm 3 ca bệnh sởi được ghi nhận.", 3, KeyHealth, "ca bệnh"},
		{"Thành phố đã hoàn thành 2.400 căn hộ cho công nhân.", 2400, KeyInfrastructure, "căn hộ"},
		{"Giá căn hộ chung cư tại khu vực này khoảng 32 triệu đồng/m2.", 32, "", ""}, // a home's price is no works
		{"Nhà ở xã hội của tỉnh nay bán từ 9 triệu đồng/m2.", 9, "", ""},
		{"Công ty mở bán đợt đầu với giá 450 triệu đồng/căn, tại dự án khởi công năm ngoái.", 450, "", ""},
		{"Dự án khởi công 620 căn nhà ở xã hội, tổng vốn 800 tỷ đồng.", 620, KeyInfrastructure, "khởi công"},
		{"Dự án gồm 96 biệt thự ven hồ.", 96, KeyInfrastructure, "biệt thự"},
		// Waste, fire safety, the fishing fleet, capital, floor space, trees.
		{"Mỗi ngày bãi rác của huyện tiếp nhận khoảng 140 tấn.", 140, KeyEnvironment, "rác"},
		{"Đoàn đã kiểm tra 312 cơ sở về phòng cháy, chữa cháy.", 312, KeyCrime, "phòng cháy"},
		{"Toàn tỉnh hiện có 2.850 tàu cá đang hoạt động.", 2850, KeyAgriculture, "tàu cá"},
		{"Trong quý có 12 dự án mới với tổng vốn 85 triệu USD.", 85, KeyTotalInvestment, "tổng vốn"},
		{"Tổng vốn hóa của thị trường tiền ảo đạt 190 tỷ USD.", 190, "", ""},
		{"Tòa nhà có tổng diện tích sàn 24.000 m2.", 24000, KeyInfrastructure, "diện tích sàn"},
		{"Để mở rộng đường, quận sẽ di dời 35 cây và chặt hạ 12 cây.", 12, KeyEnvironment, "cây"},
		{"Vườn nhà ông có 35 cây ăn quả đang cho trái.", 35, KeyAgriculture, "cây ăn quả"},
		// Tonnes are farm output where a crop or catch is named.
		{"Vụ này nông dân thu hoạch được 2.300 tấn thanh long.", 2300, KeyAgriculture, "tấn"},
		{"Năm nay mỏ khai thác được 1,2 triệu tấn than.", 1.2, "", ""},
		{"Diện tích nuôi tôm của huyện đạt 860 ha.", 860, KeyAgriculture, "nuôi tôm"},
		// Metres of works; the apparatus counted.
		{"Theo thiết kế, cầu dài 420 m, rộng 18 m.", 420, KeyInfrastructure, "m"},
		{"Bức tượng cao 4,5 m đặt giữa quảng trường.", 4.5, "", ""},
		{"Sau sắp xếp, thành phố giảm được 14 đơn vị sự nghiệp công lập.", -14, KeyAdministrativeReform, "đơn vị sự nghiệp"},
		{"Thành phố hiện có 3 chợ đầu mối.", 3, KeyTradeServices, "chợ"},
		// Schooling by its stage, rooms and intake.
		{"Tỷ lệ trẻ 5 tuổi đi mẫu giáo đạt 99,6%.", 99.6, KeyEducation, "mẫu giáo"},
		{"Năm học mới, huyện đưa vào sử dụng thêm 46 phòng học.", 46, KeyEducation, "phòng học"},
		// Defendants are crime's; industrial parks by their short forms.
		{"Tòa đã xét xử 126 bị cáo trong năm.", 126, KeyCrime, "bị cáo"},
		{"Công an tỉnh triệt xóa 12 ổ nhóm tín dụng đen.", 12, KeyCrime, "tín dụng đen"},
		{"Năm qua số vụ phạm tội giảm 8,5%.", -8.5, KeyCrime, "phạm tội"},
		{"Năm nay thành phố sẽ xây thêm 1.200 căn cho công nhân.", 1200, KeyInfrastructure, "căn"},
		{"Cơn bão làm 35 căn nhà bị tốc mái.", 35, "", ""},
		{"Toàn tỉnh có 12 CCN đã hoàn thành hạ tầng.", 12, KeyInfrastructure, "ccn"},
		// Embezzlement, fine dust, electricity produced; a firm's name.
		{"Hai kế toán đã chiếm đoạt hơn 780 triệu đồng của xã.", 780, KeyCrime, "chiếm đoạt"},
		{"Nồng độ bụi mịn trung bình năm là 42 µg/m3.", 42, KeyEnvironment, "bụi mịn"},
		{"Nhà máy phát lên lưới 1,8 tỷ kWh trong năm.", 1.8, KeyIndustry, "kwh"},
		{"Công ty Cổ phần Du lịch Biển Xanh đã xây 12 căn nhà ven bờ.", 12, "", ""},
		// A distance in metres measures no work either.
		{"Bãi tắm nằm cách trung tâm xã chừng 300 m về phía tây.", 300, "", ""},
		// A budget: money brought into it is revenue, money drawn on it spent;
		// the projects it funds, counted, are works.
		{"Năm qua, các doanh nghiệp đóng góp cho ngân sách huyện 640 tỷ đồng.", 640, KeyBudgetRevenue, "đóng góp cho ngân sách"},
		{"Thành phố trích ngân sách 85 tỷ đồng để nạo vét kênh.", 85, KeyBudgetSpending, "ngân sách"},
		{"Nước này dự kiến tăng ngân sách quốc phòng thêm 6%.", 6, KeyBudgetSpending, "ngân sách"},
		{"Huyện có 14 dự án sử dụng vốn ngân sách.", 14, KeyInfrastructure, "dự án"},
		{"Công ty đã thu về 620 tỷ đồng từ dự án này.", 620, "", ""}, // a firm's money, not works
		{"Năm ngoái dự án của tập đoàn lỗ 85 tỷ đồng.", 85, "", ""},
		{"Dự án được phê duyệt với số vốn 240 tỷ đồng.", 240, KeyInfrastructure, "dự án"},
		{"Hiện một số dự án chào bán chỉ 11 triệu đồng/m2.", 11, "", ""},       // a price
		{"Tại kỳ họp tới, Quốc hội sẽ cho ý kiến về 7 dự án luật.", 7, "", ""}, // bills, not works
		{"Trong chương trình xây dựng luật, pháp lệnh, Chính phủ trình 9 dự án.", 9, "", ""},
		// Survey forms, question slips and vouchers are no ballots.
		{"Sở đã phát ra 3.200 phiếu khảo sát tại các phường.", 3200, "", ""},
		{"Kỳ họp nhận được 27 phiếu chất vấn của đại biểu.", 27, "", ""},
		{"Kết quả, ông Trần Văn B được 42/45 phiếu tín nhiệm cao.", 42, KeyVote, "phiếu"},
		// A girth is no road's width.
		{"Hàng cây ven đường có đường kính gốc tới 1,5 m.", 1.5, "", ""},
		// A nation counted is no head of population.
		{"Xã có 9 dân tộc cùng sinh sống.", 9, "", ""},
		// A distance with its unit glued, beside a road, measures no work.
		{"Trụ sở mới nằm sát quốc lộ, cách trung tâm xã chưa tới 700m.", 700, "", ""},
		// Oil extracted is industry; a price of crude is not.
		{"Sản lượng khai thác dầu thô 9 tháng đạt 8,2 triệu tấn.", 8.2, KeyIndustry, "khai thác dầu"},
		{"Giá dầu thô thế giới giảm còn 48 USD/thùng.", 48, "", ""},
		// Shrimp farmed, coffee replanted, citizens received.
		{"Diện tích tôm nuôi bị thiệt hại do hạn mặn là 2.300 ha.", 2300, KeyAgriculture, "tôm nuôi"},
		{"Diện tích tái canh cà phê của huyện đạt 1.150 ha.", 1150, KeyAgriculture, "tái canh"},
		{"Năm qua, các cơ quan đã tiếp 2.145 lượt công dân đến trình bày.", 2145, KeyComplaints, "lượt công dân"},
	} {
		var got *Indicator
		ins := Extract(tc.text)
	find:
		for k := range ins {
			for _, f := range ins[k].Figures {
				if f.Value == tc.value {
					got = &ins[k]
					break find
				}
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %v in %+v", tc.text, tc.value, ins)
			continue
		}
		if got.Key != tc.key || got.KeyCue != tc.cue {
			t.Errorf("%q: key %q by %q; want %q by %q (metric %q)", tc.text, got.Key, got.KeyCue, tc.key, tc.cue, got.Metric)
		}
	}
}

// TestKeysTable checks the table itself: every key of the taxonomy has a
// row, and every row names a key of the taxonomy or none.
func TestKeysTable(t *testing.T) {
	known := map[Key]bool{noKey: true}
	for _, k := range Keys {
		known[k] = true
	}
	seen := map[Key]bool{}
	for _, c := range keyCues {
		if !known[c.key] {
			t.Errorf("row %q: key %q is not in the taxonomy", c.cue, c.key)
		}
		seen[c.key] = true
	}
	for _, k := range Keys {
		if !seen[k] {
			t.Errorf("key %q has no row", k)
		}
	}
	if len(Keys) != 35 {
		t.Errorf("%d keys; SCHEMA.md has 35", len(Keys))
	}
}

// The memo of keyRow's sentence guards answers as sentenceClear does, for
// each figure of a sentence and across sentences.
func TestSentMemoAsSentenceClear(t *testing.T) {
	low := "huyện nâng cấp 12 km đường và 3 km kênh. chuyến bay dài 900 km, cách 40 km.\nxã làm mới 2 km đê"
	var m sentMemo
	for _, ws := range [][]string{worksWords, notDistance, nil} {
		for i := 0; i < len(low); i++ {
			if want := sentenceClear(low, i, ws); m.clear(low, i, ws) != want {
				t.Errorf("at %d: memo says %v, sentenceClear %v", i, !want, want)
			}
		}
	}
}
