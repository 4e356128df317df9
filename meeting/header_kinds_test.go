package meeting

import "testing"

// TestOccasionKinds checks the occasions a report may be about besides a
// numbered meeting: a district committee's round table or review, an
// urgent meeting, an anniversary held by the district's organs together.
func TestOccasionKinds(t *testing.T) {
	tests := []struct {
		name, in                   string
		kind                       Kind
		level, locality, date, tod string
	}{
		{"a round table of a district committee",
			"Tọa đàm về sinh hoạt chi bộ\n\nSáng 12-5, Huyện ủy Thanh Oai tổ chức tọa đàm “Nâng cao chất lượng sinh hoạt chi bộ”. Tọa đàm thu hút hơn 100 đại biểu.",
			KindConference, "huyện", "Thanh Oai", "--05-12", "sáng"},
		{"a standing committee holds a review",
			"Hà Nam sơ kết trách nhiệm người đứng đầu\n\nNgày 14/6, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức sơ kết 2 năm thực hiện Quy định số 05 ngày 10/6/2021 về trách nhiệm người đứng đầu.",
			KindConference, "tỉnh", "Hà Nam", "2023-06-14", ""},
		{"a review meeting in the phrase",
			"Long An giảm buôn lậu\n\nNgày 30/6, tại buổi sơ kết công tác phòng chống buôn lậu 6 tháng đầu năm 2022, Phó Chủ tịch UBND tỉnh Long An cho biết số vụ vi phạm giảm.",
			KindConference, "tỉnh", "Long An", "2022-06-30", ""},
		{"an urgent meeting",
			"Ninh Thuận chống hạn\n\nNgày 22-4, lãnh đạo Tỉnh ủy Ninh Thuận đã họp khẩn với các sở, ngành để triển khai kế hoạch chống hạn.",
			KindConference, "tỉnh", "Ninh Thuận", "--04-22", ""},
		{"an anniversary held by organs listed together",
			"Kỷ niệm ngày giải phóng Phù Mỹ\n\nSáng 25/3, Huyện ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam huyện Phù Mỹ tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện (25/3/1975 - 25/3/2025).",
			KindOther, "huyện", "Phù Mỹ", "2025-03-25", "sáng"},
		{"a province as the subject, its organ unnamed",
			"Hậu Giang tìm đầu ra cho trái cây\n\nNgày 9/8, tỉnh Hậu Giang tổ chức Hội nghị kết nối tiêu thụ trái cây với các doanh nghiệp.",
			KindConference, "tỉnh", "Hậu Giang", "--08-09", ""},
		{"the occasion named again with its day",
			"Miễn nhiệm đại biểu HĐND tỉnh\n\nTại phiên họp bất thường của HĐND tỉnh Nghệ An khóa XVIII, 80/82 đại biểu đã tán thành.\n\nSáng 3-3, HĐND tỉnh Nghệ An tổ chức phiên họp bất thường để miễn nhiệm một đại biểu.",
			KindCouncilSession, "tỉnh", "Nghệ An", "--03-03", "sáng"},
		{"the day of a sitting later in the lead",
			"Chất vấn về khai thác cát\n\nGiám đốc Sở Tài nguyên và Môi trường đã trả lời chất vấn tại kỳ họp thứ 10 HĐND tỉnh Bến Tre khóa IX.\n\nĐây là ngày làm việc cuối của kỳ họp. Tại phiên chất vấn chiều 8-12, nhiều đại biểu hỏi về bờ sông sạt lở.",
			KindCouncilSession, "tỉnh", "Bến Tre", "--12-08", "chiều"},
		{"a People's Committee's meeting is no council session",
			"Hậu Giang đẩy nhanh giải ngân\n\nSáng 14/3, Chủ tịch UBND tỉnh Hậu Giang chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công quý I.",
			KindConference, "tỉnh", "Hậu Giang", "--03-14", "sáng"},
		{"an inspection commission's session is its meeting, not a council's",
			"Kỷ luật nguyên giám đốc sở\n\nTừ ngày 8 đến 10/5, Ủy ban Kiểm tra Tỉnh ủy Gia Lai tiến hành kỳ họp thứ 22, xem xét kỷ luật một số đảng viên vi phạm.",
			KindConference, "tỉnh", "Gia Lai", "--05-08", ""},
		{"a joint commission's session named after its number",
			"Hai nước bàn hợp tác\n\nNgày 9/1, kỳ họp lần thứ 12 Ủy ban hỗn hợp về hợp tác kinh tế giữa hai nước khai mạc tại Hà Nội.",
			KindConference, "", "", "--01-09", ""},
		{"the plenary hall of a session is no venue",
			"Đại biểu hỏi về rác thải\n\nSáng 9-12, thảo luận tại hội trường kỳ họp thứ 7 HĐND tỉnh Bến Tre khóa X, nhiều đại biểu hỏi về bãi rác quá tải.",
			KindCouncilSession, "tỉnh", "Bến Tre", "--12-09", "sáng"},
		{"an organ's bare meeting verb on a day",
			"Thành ủy chỉ đạo xử lý\n\nChiều 12/5, Thường trực Thành ủy Vinh đã họp và chỉ đạo làm rõ trách nhiệm của các phòng, ban trong vụ việc.",
			KindConference, "thành phố", "Vinh", "--05-12", "chiều"},
		{"a council's bare meeting verb is its session",
			"Thị xã bầu chủ tịch mới\n\nSáng 3/7, HĐND thị xã Sơn Tây khóa XVIII họp kỳ thứ hai bầu Chủ tịch UBND thị xã.",
			KindCouncilSession, "thị xã", "Sơn Tây", "--07-03", "sáng"},
		{"a meeting told by a spokesman is not dated by the telling",
			"Kỷ luật cán bộ xã\n\nNgày 4/10, Chánh Văn phòng Huyện ủy cho biết Ban Thường vụ Huyện ủy Krông Pắc đã họp và thống nhất kỷ luật hai cán bộ xã.",
			KindOther, "huyện", "Krông Pắc", "", ""},
		{"a meeting to come is none",
			"Tỉnh bàn nhân sự\n\nNgày 4/10, HĐND tỉnh Phú Yên sẽ họp để bầu bổ sung Phó Chủ tịch UBND tỉnh.",
			KindOther, "tỉnh", "Phú Yên", "", ""},
		{"a council's question time names the council",
			"Đại biểu hỏi về nước sạch\n\nTại phiên chất vấn của HĐND tỉnh Quảng Ngãi chiều 9-12, nhiều đại biểu hỏi về tiến độ cấp nước sạch cho vùng ven biển.",
			KindCouncilSession, "tỉnh", "Quảng Ngãi", "--12-09", "chiều"},
		{"a debate of the National Assembly is no council's sitting",
			"Đại biểu góp ý luật đất đai\n\nTại phiên thảo luận tổ chiều 9-11, đại biểu Quốc hội tỉnh Quảng Ngãi đề nghị sửa quy định thu hồi đất.",
			KindOther, "tỉnh", "Quảng Ngãi", "", ""},
		{"the council whose sitting it is met, not a district named around it",
			"Bí thư quận trả lời báo chí\n\nNgày 8/12, bên lề phiên họp HĐND TP Hà Nội, Bí thư Quận ủy Hoàng Mai trao đổi với phóng viên về việc giải phóng mặt bằng.",
			KindCouncilSession, "thành phố", "Hà Nội", "--12-08", ""},
		{"sports games are no congress",
			"Tỉnh chuẩn bị đón vận động viên\n\nTỉnh Cà Mau đăng cai Đại hội Thể dục thể thao vùng Đồng bằng sông Cửu Long lần thứ VIII, khai mạc ngày 5/8 tại sân vận động tỉnh Cà Mau.",
			KindOther, "tỉnh", "Cà Mau", "", ""},
		{"a meeting that prepares sports games",
			"Tỉnh chuẩn bị đón vận động viên\n\nSáng 5/8, UBND tỉnh Cà Mau họp bàn công tác chuẩn bị Đại hội Thể dục thể thao vùng Đồng bằng sông Cửu Long lần thứ VIII.",
			KindConference, "tỉnh", "Cà Mau", "--08-05", "sáng"},
		{"a reply prepared for a session to come",
			"Cử tri hỏi về đường ven biển\n\nNgày 28-11, UBND TP Đà Nẵng gửi văn bản trả lời ý kiến cử tri để chuẩn bị cho kỳ họp thứ 8 HĐND TP khóa IX, dự kiến diễn ra từ ngày 6-12.",
			KindOther, "thành phố", "Đà Nẵng", "", ""},
		{"a council's vote on a day is its session",
			"Ninh Bình thu phí tham quan\n\nChiều 6/12, với 48/50 đại biểu tán thành, HĐND tỉnh Ninh Bình khóa XIV đã thông qua nghị quyết về phí tham quan danh thắng.",
			KindCouncilSession, "tỉnh", "Ninh Bình", "--12-06", "chiều"},
		{"a vote a council is asked for is no session",
			"Ninh Bình tính thu phí tham quan\n\nNgày 6/12, UBND tỉnh Ninh Bình cho biết sẽ trình HĐND tỉnh thông qua mức phí tham quan danh thắng mới.",
			KindOther, "tỉnh", "Ninh Bình", "", ""},
		{"a Party committee's vote is no council session",
			"Tỉnh ủy cho ý kiến quy hoạch\n\nNgày 6/12, Ban Thường vụ Tỉnh ủy Ninh Bình thông qua đề án phát triển du lịch giai đoạn tới.",
			KindOther, "tỉnh", "Ninh Bình", "", ""},
		{"leaders' briefing with the departments on its day",
			"Tỉnh giao việc cho các sở\n\nSáng 11/4, tại buổi giao ban với các sở, ngành, Chủ tịch UBND tỉnh Sơn La yêu cầu hoàn thành kế hoạch thu ngân sách.",
			KindConference, "tỉnh", "Sơn La", "--04-11", "sáng"},
		{"a press briefing is no meeting",
			"Sở Y tế thông tin về dịch sốt xuất huyết\n\nChiều 11/4, tại buổi giao ban báo chí do Ban Tuyên giáo Tỉnh ủy Sơn La chủ trì, Giám đốc Sở Y tế thông tin số ca bệnh đã giảm.",
			KindOther, "tỉnh", "Sơn La", "", ""},
		{"a person's initials after a level's letter are no place",
			"Xem xét kỷ luật giáo viên\n\nLiên quan đến cô giáo H. T.M. ở huyện Cam Lâm bị phụ huynh tố cáo, chiều 12-3, Phòng Giáo dục huyện Cam Lâm đã làm việc với nhà trường.",
			KindConference, "huyện", "Cam Lâm", "--03-12", "chiều"},
		{"the Central Committee in its capitals is not the body",
			"Bế mạc Hội nghị Trung ương\n\nChiều 18/10, Hội nghị lần thứ tám Ban Chấp hành T.Ư Đảng khóa XI bế mạc tại Hà Nội sau sáu ngày, thông qua hai nghị quyết.\n\nHai nghị quyết bàn về đổi mới giáo dục và về chiến lược bảo vệ Tổ quốc.",
			KindOther, "", "", "", ""},
		{"a post held before is not the body that meets",
			"Bổ nhiệm Chủ tịch Ủy ban\n\nSáng 12-2, tại lễ công bố quyết định, Thủ tướng trao quyết định bổ nhiệm ông Trần Văn A, nguyên Bí thư Tỉnh ủy Lạng Sơn, làm Chủ tịch Ủy ban Quản lý vốn.",
			KindConference, "", "", "--02-12", "sáng"},
		{"the post left is not the body, the post taken is",
			"Tân Phó bí thư Thành ủy\n\nChiều 27/2, Trưởng Ban Tổ chức Trung ương trao quyết định chỉ định ông Trần Văn B thôi làm Bí thư Tỉnh ủy Long An, giữ chức Phó bí thư Thành ủy Cần Thơ.",
			KindConference, "thành phố", "Cần Thơ", "--02-27", "chiều"},
		{"an occasion to come is none",
			"Chủ tịch huyện nghỉ hưu trước tuổi\n\nNgày 24/2, nguồn tin cho biết ngày mai Ban Thường vụ Tỉnh ủy Bạc Liêu sẽ trao quyết định nghỉ hưu trước tuổi cho Chủ tịch UBND huyện Phước Long.",
			KindOther, "huyện", "Phước Long", "", ""},
		{"a future said in a quote at an occasion held",
			"Thành phố cần vốn cho tuyến metro\n\n“Nếu chậm thanh toán, nhà thầu sẽ ngưng thi công”, Phó Chủ tịch UBND tỉnh Bình Dương nói tại buổi làm việc với Bộ Kế hoạch và Đầu tư chiều 5/6.",
			KindConference, "tỉnh", "Bình Dương", "--06-05", "chiều"},
		{"a caption with a future run into the lead's day",
			"Quận bàn chống ngập\n\nCác tuyến cống sẽ được nạo vét trước mùa mưa Chiều 20/4, Quận ủy quận 8 tổ chức hội nghị bàn công tác chống ngập năm nay.",
			KindConference, "quận", "8", "--04-20", "chiều"},
		{"a meeting to come on a day told after it (too short a text for any kind)",
			"Hai nguyên thủ sẽ gặp nhau\n\nHai nhà lãnh đạo sẽ gặp nhau lần đầu tại hội nghị thượng đỉnh ở thủ đô Helsinki vào ngày 16/7 tới, theo thông báo của Nhà Trắng.",
			"", "", "", "", ""},
		{"a Party committee's session is a conference",
			"Tỉnh ủy thông báo kết quả họp\n\nTại kỳ họp thứ 12 Ban Chấp hành Đảng bộ tỉnh Lào Cai ngày 17/6, các ủy viên đã thống nhất giới thiệu nhân sự bầu bổ sung.",
			KindConference, "tỉnh", "Lào Cai", "--06-17", ""},
		{"a press conference is no sitting",
			"Quận thông tin về vỉa hè\n\nChiều 29-5, tại cuộc họp báo thường kỳ của UBND quận 3, Phó Chủ tịch UBND quận cho biết sẽ tiếp tục lập lại trật tự vỉa hè.",
			KindOther, "quận", "3", "--05-29", "chiều"},
		{"a count of sittings names none, and a day given to no sitting is not the meeting's",
			"Huyện vẫn thiếu phó ban\n\nTại HĐND huyện Cờ Đỏ, từ đầu nhiệm kỳ đến nay đã qua năm kỳ họp nhưng vẫn thiếu phó ban.\n\nVề việc này, sáng 6-2, ông Lê Văn Hòa, Phó Chủ tịch HĐND huyện, cho biết đang chờ ý kiến.",
			KindOther, "huyện", "Cờ Đỏ", "", ""},
		{"one of two sittings that may be is none",
			"Huyện chưa bầu đủ chức danh\n\nTheo quy định, HĐND huyện Cờ Đỏ phải bầu đủ chức danh tại kỳ họp thứ nhất hoặc tại kỳ họp tiếp theo, nhưng đến nay vẫn còn thiếu hai phó ban.",
			KindOther, "huyện", "Cờ Đỏ", "", ""},
		{"a sitting's sort in brackets, in a sentence that also looks ahead",
			"Hải Dương đầu tư cầu mới\n\nBa dự án cầu sẽ nối liền hai bờ sông, vừa được thông qua tại Kỳ họp thứ 7 (bất thường) của HĐND tỉnh Hải Dương khóa XVI ngày 14-4.",
			KindCouncilSession, "tỉnh", "Hải Dương", "--04-14", ""},
		{"a congress awaited is not the meeting",
			"Bí thư yêu cầu chấm dứt xây dựng sai phép\n\nBí thư Thành ủy yêu cầu các quận, từ nay đến đại hội đảng bộ các quận, phải chấm dứt xây dựng sai phép.\n\nYêu cầu được đưa ra tại phiên bế mạc Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa XIV.",
			KindConference, "thành phố", "Cần Thơ", "", ""},
		{"a meeting named after a long sapo and a subheading",
			"Người dân Khương Đình góp ý quy hoạch\n\nTrong bối cảnh Hà Nội đang chỉnh trang đô thị mạnh mẽ, phương án mở rộng trục đường Vành đai 3 đang được người dân rất quan tâm và theo dõi.\n\nKhông chỉ là một dự án giao thông, tuyến đường được kỳ vọng mở ra không gian sống mới cho hàng chục nghìn hộ dân ở khu vực phía nam.\n\nNhiều ý kiến tâm huyết\n\nChiều 12-4, UBND phường Khương Đình tổ chức hội nghị lấy ý kiến cộng đồng dân cư về phương án tuyến.",
			KindConference, "phường", "Khương Đình", "--04-12", "chiều"},
		{"the lead names the place of a meeting named in a caption",
			"Phường Lĩnh Nam góp ý quy hoạch\n\nNgày 21/3, tại phường Lĩnh Nam, Viện Quy hoạch xây dựng Hà Nội lấy ý kiến cộng đồng dân cư đối với phương án tuyến đường.\n\nQuang cảnh Hội nghị\n\nTuyến đường dài khoảng 12km, đi qua 6 phường.",
			KindConference, "phường", "Lĩnh Nam", "--03-21", ""},
		{"a report of no meeting names its body after a sapo of figures",
			"Gần 300 đảng viên bị kỷ luật\n\nTrong số gần 300 đảng viên bị kỷ luật trong năm qua, có 5 người bị khai trừ khỏi Đảng.\n\nTỉnh ủy Quảng Trị vừa ban hành báo cáo tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng. Theo đó, nhiều đảng viên bị khiển trách.",
			KindOther, "tỉnh", "Quảng Trị", "", ""},
		{"a report of no meeting does not take one of many places listed",
			"Nhiều huyện thay chủ tịch\n\nNhiều huyện sẽ bầu chủ tịch mới trong tháng tới để thay người nghỉ hưu theo quy định.\n\nTheo nguồn tin, các huyện Chương Mỹ, Mỹ Đức, Gia Lâm sẽ họp HĐND bất thường để bầu chủ tịch mới thay thế người tiền nhiệm nghỉ chờ hưu.",
			KindOther, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{string(m.Kind), m.Body.Level, m.Body.Locality, m.Date.String(), m.TimeOfDay}
			want := []string{string(tt.kind), tt.level, tt.locality, tt.date, tt.tod}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("kind, level, locality, date, time of day = %q, want %q", got, want)
					break
				}
			}
		})
	}
}

// TestTenureAndPlaceAsWritten checks the tenure of a committee whose
// congress's resolution the report cites, and a province written with a
// dash kept as written.
func TestTenureAndPlaceAsWritten(t *testing.T) {
	tests := []struct {
		name, in, locality string
		tenure             Tenure
	}{
		{"the congress whose resolution is carried out opened the tenure",
			"Bí thư làm việc với Quận 7\n\nSáng nay (9/2), Bí thư Thành ủy làm việc với Quận ủy Quận 7. Quận báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ quận khóa XI, nhiệm kỳ 2020-2025.",
			"7", Tenure{Start: 2020, End: 2025}},
		{"the next congress's tenure is not the body's",
			"Quận ủy họp\n\nSáng 9/2, Ban Chấp hành Đảng bộ quận Hoàng Mai tổ chức Hội nghị lần thứ 30 bàn công tác chuẩn bị Đại hội Đảng bộ quận nhiệm kỳ 2020-2025.",
			"Hoàng Mai", Tenure{}},
		{"a report of no meeting gives its body's tenure",
			"Huyện vẫn thiếu phó ban\n\nTại HĐND huyện Cờ Đỏ (nhiệm kỳ 2021-2026), từ đầu nhiệm kỳ đến nay vẫn còn thiếu hai phó ban chuyên trách của Ban Pháp chế.",
			"Cờ Đỏ", Tenure{Start: 2021, End: 2026}},
		{"a place whose last syllable opens a title elsewhere",
			"Thành phố họp bàn\n\nSáng 3/12, Thành ủy Uông Bí tổ chức Hội nghị lần thứ 15 bàn nhiệm vụ năm tới.",
			"Uông Bí", Tenure{}},
		{"a township whose last syllable opens a board's name elsewhere",
			"Thị trấn họp dân\n\nSáng 3/12, UBND thị trấn Nam Ban (Lâm Hà) tổ chức hội nghị lấy ý kiến nhân dân về quy hoạch.",
			"Nam Ban", Tenure{}},
		{"a province with a dash, as written",
			"Tỉnh ủy họp\n\nSáng 3/12, Ban Chấp hành Đảng bộ tỉnh Thừa Thiên - Huế tổ chức Hội nghị lần thứ 21.",
			"Thừa Thiên - Huế", Tenure{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if m.Body.Locality != tt.locality || m.Tenure != tt.tenure {
				t.Errorf("locality %q tenure %v, want %q %v", m.Body.Locality, m.Tenure, tt.locality, tt.tenure)
			}
		})
	}
}

// TestOrganShortNameInBrackets checks that "(HĐND)" after the organ's
// full name does not hide the place and term that follow.
func TestOrganShortNameInBrackets(t *testing.T) {
	in := "Kỳ họp thứ năm HĐND tỉnh Long An\n\nNgày 11-6, Hội đồng nhân dân (HĐND) tỉnh Long An khóa X tổ chức kỳ họp thứ năm chuyên đề về môi trường."
	m, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if m.Body.Locality != "Long An" || m.Term.Number != 10 {
		t.Errorf("locality %q term %d, want Long An 10", m.Body.Locality, m.Term.Number)
	}
}

// TestForeignName checks that no Vietnamese province, city or highland
// district reads as a place abroad, and that cities abroad do.
func TestForeignName(t *testing.T) {
	for name := range provinces {
		if foreignName(name) {
			t.Errorf("province %q read as abroad", name)
		}
	}
	for _, name := range []string{"Đăk Song", "Cư M'gar", "Krông Pắc", "Ea Kar", "Dur Kmăl", "Vĩnh Lộc B", "Buôn Ma Thuột", "Phan Rang - Tháp Chàm", "Uông Bí"} {
		if foreignName(name) {
			t.Errorf("%q read as abroad", name)
		}
	}
	for _, name := range []string{"Hamburg", "Bonn", "Hyderabad", "New York", "Kinokawa"} {
		if !foreignName(name) {
			t.Errorf("%q not read as abroad", name)
		}
	}
	m, err := Parse("Thủ tướng dự hội nghị G20\n\nChiều 7/7, Hội nghị Thượng đỉnh G20 khai mạc tại thành phố Hamburg, Đức, với đại diện của hai mươi nền kinh tế.")
	if err != nil {
		t.Fatal(err)
	}
	if m.Body.Locality != "" {
		t.Errorf("body %+v, want none for a city abroad", m.Body)
	}
}
