package meeting

import (
	"errors"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnreport/vnreport/vntext"
)

// headerTests are leads written in the forms reports use, with what the
// header should say. Fields left zero must stay empty.
var headerTests = []struct {
	name, in        string
	kind            Kind
	level, locality string
	session, term   int
	tenure          [2]int
	expanded        bool
	date, tod       string
}{
	{
		name: "council session in words",
		in:   "Sóc Sơn khai mạc kỳ họp cuối năm\n\nSáng 20/12, Kỳ họp thứ mười một HĐND huyện Sóc Sơn khóa XX đã khai mạc để xem xét các báo cáo kinh tế - xã hội.",
		kind: KindCouncilSession, level: "huyện", locality: "Sóc Sơn", session: 11, term: 20,
		date: "2021-12-20", tod: "sáng",
	},
	{
		name: "today's part of the day beside the day",
		in:   "Gia Lâm khai mạc kỳ họp thứ 8\n\nSáng nay (12/7), HĐND huyện Gia Lâm khóa XX khai mạc kỳ họp thứ 8 để xem xét các báo cáo 6 tháng đầu năm.",
		kind: KindCouncilSession, level: "huyện", locality: "Gia Lâm", session: 8, term: 20,
		date: "2021-07-12", tod: "sáng",
	},
	{
		name: "today's part of the day far from the day is another sitting's",
		in:   "Gia Lâm khai mạc kỳ họp thứ 8\n\nNgày 12/7, HĐND huyện Gia Lâm khóa XX khai mạc kỳ họp thứ 8 để xem xét báo cáo 6 tháng đầu năm, dự kiến bế mạc vào chiều nay sau khi thông qua các nghị quyết.",
		kind: KindCouncilSession, level: "huyện", locality: "Gia Lâm", session: 8, term: 20,
		date: "2021-07-12",
	},
	{
		name: "a standing committee's regular meeting before a labelled chair",
		in:   "Quận 12 đánh giá quý I\n\nChiều 12/4, Ban Thường vụ Quận ủy quận 12 họp phiên thường kỳ, đánh giá tình hình thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý II.\n\nChủ trì hội nghị: đồng chí Lê Văn Tâm, Bí thư Quận ủy quận 12.",
		kind: KindConference, level: "quận", locality: "12",
		date: "2021-04-12", tod: "chiều",
	},
	{
		name: "Hội in a place name",
		in:   "Phố cổ họp HĐND cuối năm\n\nChiều 13/12/2023, HĐND thành phố Hội An khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 14 để đánh giá kết quả năm 2023.",
		kind: KindCouncilSession, level: "thành phố", locality: "Hội An", session: 14, term: 12, tenure: [2]int{2021, 2026},
		date: "2023-12-13", tod: "chiều",
	},
	{
		name: "Kỳ in a place name, before a verb",
		in:   "Thành phố tổ chức Đại hội\n\nSáng 5/8/2020, Đảng bộ thành phố Tam Kỳ tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020 - 2025.",
		kind: KindCongress, level: "thành phố", locality: "Tam Kỳ", session: 22, tenure: [2]int{2020, 2025},
		date: "2020-08-05", tod: "sáng",
	},
	{
		name: "an apostrophe in a place name",
		in:   "Huyện sơ kết nửa năm\n\nSáng 5/7/2023, Ban Chấp hành Đảng bộ huyện Cư M'gar khóa XIII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 19.",
		kind: KindConference, level: "huyện", locality: "Cư M'gar", session: 19, term: 13, tenure: [2]int{2020, 2025},
		date: "2023-07-05", tod: "sáng",
	},
	{
		name: "the meeting named again with its day refers back to the body",
		in:   "Tỉnh ủy cho ý kiến về quy hoạch\n\nBan Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII tổ chức Hội nghị lần thứ 20 để cho ý kiến về dự thảo quy hoạch tỉnh. Hội nghị diễn ra trong chiều 14/9/2022.",
		kind: KindConference, level: "tỉnh", locality: "Hà Giang", session: 20, term: 17,
		date: "2022-09-14", tod: "chiều",
	},
	{
		name: "a meeting that prepares the congress is not the congress",
		in:   "Huyện Quốc Oai tổ chức Đại hội\n\nNgày 8/7/2020, Ban Thường vụ Huyện ủy đã họp để thống nhất chương trình Đại hội.\n\nNgày 14/7/2020, Đảng bộ huyện Quốc Oai tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2020 - 2025.",
		kind: KindCongress, level: "huyện", locality: "Quốc Oai", session: 24, tenure: [2]int{2020, 2025},
		date: "2020-07-14",
	},
	{
		name: "a place that opens with a word of titles",
		in:   "Huyện họp HĐND giữa năm\n\nSáng 11/7/2023, HĐND huyện Thường Tín khóa XX tổ chức kỳ họp thứ 13. Đại biểu Quốc hội và Thường trực Huyện ủy dự kỳ họp.",
		kind: KindCouncilSession, level: "huyện", locality: "Thường Tín", session: 13, term: 20,
		date: "2023-07-11", tod: "sáng",
	},
	{
		name: "NK for nhiệm kỳ",
		in:   "Thị trấn họp HĐND giữa năm\n\nSáng 8/7/2023, HĐND thị trấn Cần Thạnh khóa XII, NK 2021-2026 tổ chức kỳ họp thứ 8 để đánh giá kết quả 6 tháng đầu năm.",
		kind: KindCouncilSession, level: "thị trấn", locality: "Cần Thạnh", session: 8, term: 12, tenure: [2]int{2021, 2026},
		date: "2023-07-08", tod: "sáng",
	},
	{
		name: "the part of the day in a caption after the lead",
		in:   "Huyện Đông Anh bàn giải pháp thu ngân sách\n\nNgày 9/11, Huyện ủy Đông Anh tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 để đánh giá tình hình 10 tháng. Đồng chí Bí thư Huyện ủy chủ trì hội nghị. Các đại biểu thảo luận về nguồn thu. Quang cảnh hội nghị chiều 9/11. Ảnh: Minh Anh",
		kind: KindConference, level: "huyện", locality: "Đông Anh", session: 15,
		date: "2021-11-09", tod: "chiều",
	},
	{
		name: "the part of the day told before the day the meeting sentence gives",
		in:   "Quận Hoàng Mai chất vấn về trật tự đô thị\n\nSáng 8/12, các đại biểu HĐND quận Hoàng Mai chất vấn lãnh đạo UBND quận về trật tự xây dựng.\nNgày 8-12, HĐND quận Hoàng Mai khóa XX tổ chức kỳ họp thứ 4.",
		kind: KindCouncilSession, level: "quận", locality: "Hoàng Mai", session: 4, term: 20,
		date: "2021-12-08", tod: "sáng",
	},
	{
		name: "a day told with two parts has none",
		in:   "Quận Hoàng Mai chất vấn về trật tự đô thị\n\nNgày 8-12, HĐND quận Hoàng Mai khóa XX tổ chức kỳ họp thứ 4. Sáng 8/12, các đại biểu thảo luận tại tổ; chiều 8/12, kỳ họp chất vấn lãnh đạo UBND quận.",
		kind: KindCouncilSession, level: "quận", locality: "Hoàng Mai", session: 4, term: 20,
		date: "2021-12-08",
	},
	{
		name: "deputies meeting voters before a session is no session",
		in:   "Cử tri Long Biên kiến nghị về cầu dân sinh\n\nChiều 3/12, Tổ đại biểu HĐND thành phố Hà Nội tiếp xúc cử tri quận Long Biên trước kỳ họp thứ 3 HĐND thành phố khóa XVI. Cử tri đề nghị sớm xây cầu qua sông Đuống.",
		kind: KindOther, level: "quận", locality: "Long Biên",
		date: "2021-12-03", tod: "chiều",
	},
	{
		name: "a session reported to voters is their topic",
		in:   "Cử tri Gia Bình quan tâm giá phân bón\n\nSáng 10/7, Đoàn đại biểu Quốc hội tỉnh Bắc Ninh tiếp xúc cử tri huyện Gia Bình để báo cáo kết quả kỳ họp thứ 5, Quốc hội khóa XV. Nhiều cử tri hỏi về giá vật tư nông nghiệp.",
		kind: KindOther, level: "huyện", locality: "Gia Bình",
		date: "2023-07-10", tod: "sáng", // the Assembly of khóa XV sat a fifth time in 2023
	},
	{
		name: "a summit on whose eve the news comes is not the report's meeting",
		in:   "Giá dầu tăng nhẹ\n\nTrước thềm Hội nghị Bộ trưởng các nước xuất khẩu dầu mỏ, giá dầu thô tăng nhẹ trong phiên giao dịch cuối tuần.",
	},
	{
		name: "a dialogue is held by the body before it, not the commune it meets",
		in:   "Nghi Lộc giải đáp kiến nghị về đất tái định cư\n\nHơn hai trăm hộ dân được mời đến nghe chính quyền giải thích phương án bố trí đất ở mới.\n\nSáng 5/10, UBND huyện Nghi Lộc (Nghệ An) phối hợp với Mặt trận huyện tổ chức đối thoại với các hộ dân xã Nghi Yên về giá đất tái định cư. Phó Chủ tịch huyện trả lời từng ý kiến.",
		kind: KindConference, level: "huyện", locality: "Nghi Lộc",
		date: "2021-10-05", tod: "sáng",
	},
	{
		name: "the paragraph's opening day dates the meeting told after it",
		in:   "Cử tri ven sông Lam chờ cầu mới\n\nNgười dân ven sông Lam mong sớm có cầu mới, thay cho chiếc phà cũ đã chạy gần ba mươi năm và thường phải dừng mỗi khi nước lên cao.\n\nSáng 20/7, các đại biểu HĐND tỉnh Nghệ An dành trọn buổi để nghe giải trình về tiến độ các công trình giao thông. Bước vào ngày làm việc thứ hai của kỳ họp thứ 9 HĐND tỉnh Nghệ An, nhiều đại biểu đặt câu hỏi về cây cầu qua sông Lam.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Nghệ An", session: 9,
		date: "2021-07-20", tod: "sáng",
	},
	{
		name: "a paragraph's opening day on which something was told is not the meeting's",
		in:   "Cử tri ven sông Lam chờ cầu mới\n\nNgười dân ven sông Lam mong sớm có cầu mới, thay cho chiếc phà cũ đã chạy gần ba mươi năm và thường phải dừng mỗi khi nước lên cao.\n\nSáng 20/7, Văn phòng HĐND tỉnh Nghệ An cho biết các đại biểu đã dành trọn buổi để nghe giải trình về các công trình giao thông. Bước vào ngày làm việc thứ hai của kỳ họp thứ 9 HĐND tỉnh Nghệ An, nhiều đại biểu đặt câu hỏi về cây cầu qua sông Lam.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Nghệ An", session: 9,
	},
	{
		name: "the body after the day the meeting phrase fronts",
		in:   "Thành phố có tân Phó Chủ tịch UBND\n\nTại kỳ họp bất thường sáng 14/5, HĐND TP Vĩnh Yên đã bầu bà Lê Thu Hà giữ chức Phó Chủ tịch UBND thành phố với 30/30 đại biểu có mặt tán thành.\n\nSáng ngày 14-5, HĐND TP Vĩnh Yên khóa XIII tổ chức kỳ họp thứ 12 (kỳ họp bất thường) để kiện toàn nhân sự.",
		kind: KindCouncilSession, level: "thành phố", locality: "Vĩnh Yên", session: 12, term: 13,
		date: "2021-05-14", tod: "sáng",
	},
	{
		name: "province with its level word in brackets before the term",
		in:   "Xã họp cuối năm\n\nNgày 22/12/2025, Ban Chấp hành Đảng bộ xã Bát Tràng (thành phố Hà Nội) khóa I, nhiệm kỳ 2025 - 2030 tổ chức hội nghị lần thứ tư.",
		kind: KindConference, level: "xã", locality: "Bát Tràng", session: 4, term: 1, tenure: [2]int{2025, 2030},
		date: "2025-12-22",
	},
	{
		name: "term after the places above the council",
		in:   "Xã họp HĐND giữa năm\n\nSáng 9/7/2020, HĐND xã Bình Mỹ, huyện Củ Chi, TP Hồ Chí Minh khóa X, nhiệm kỳ 2016 - 2021 khai mạc kỳ họp thứ 12. Nhiệm kỳ trước, HĐND xã khóa IX đã họp 14 lần.",
		kind: KindCouncilSession, level: "xã", locality: "Bình Mỹ", session: 12, term: 10, tenure: [2]int{2016, 2021},
		date: "2020-07-09", tod: "sáng",
	},
	{
		name: "a bare 'Sau' names the meeting before",
		in:   "Quận sơ kết nửa năm\n\nSau kỳ họp thứ 11 HĐND quận khóa XX hồi cuối tháng 6, ngày 10/7/2023, Quận ủy Cầu Giấy tổ chức Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15 khóa XXV, nhiệm kỳ 2020 - 2025.",
		kind: KindConference, level: "quận", locality: "Cầu Giấy", session: 15, term: 25, tenure: [2]int{2020, 2025},
		date: "2023-07-10",
	},
	{
		name: "the body named only in the headline",
		in:   "Đại hội Đảng bộ huyện Quỳnh Lưu lần thứ XXX, nhiệm kỳ 2020 - 2025\n\nTrong hai ngày 20 và 21/8/2020, Đại hội diễn ra với sự tham dự của 300 đại biểu đại diện cho hơn 12.000 đảng viên trong toàn Đảng bộ.",
		kind: KindCongress, level: "huyện", locality: "Quỳnh Lưu", session: 30, tenure: [2]int{2020, 2025},
		date: "2020-08-20",
	},
	{
		name: "a chair's name after 'HĐND huyện' is no locality",
		in:   "Mê Linh: Khai mạc kỳ họp thứ 9 HĐND huyện khóa VI\n\nSáng 6/7/2023, HĐND huyện khóa VI khai mạc kỳ họp thứ 9. Chủ tịch HĐND huyện Nguyễn Văn Thắng chủ trì kỳ họp.",
		kind: KindCouncilSession, level: "huyện", locality: "Mê Linh", session: 9, term: 6,
		date: "2023-07-06", tod: "sáng",
	},
	{
		name: "rejoined brackets around (mở rộng) before the term",
		in:   "Quận ủy họp giữa năm\n\nSáng 12/7/2019 , Hội nghị Ban Chấp hành Đảng bộ quận Hoàng Mai lần thứ 22 ( mở rộng ) , khóa XXV , nhiệm kỳ 2015 - 2020 đã diễn ra .",
		kind: KindConference, level: "quận", locality: "Hoàng Mai", session: 22, term: 25, tenure: [2]int{2015, 2020}, expanded: true,
		date: "2019-07-12", tod: "sáng",
	},
	{
		name: "council session in compound words",
		in:   "Bình Định họp HĐND cuối năm\n\nSáng 8/12, HĐND tỉnh Bình Định khóa XIII khai mạc kỳ họp thứ mười bốn để quyết định dự toán ngân sách năm 2022.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Bình Định", session: 14, term: 13,
		date: "2021-12-08", tod: "sáng",
	},
	{
		name: "two-day session, the month written once",
		in:   "Vĩnh Long họp HĐND\n\nTrong hai ngày 13 và 14/7, HĐND tỉnh Vĩnh Long khóa X tổ chức kỳ họp thứ 7 để xem xét tình hình 6 tháng đầu năm 2022.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Vĩnh Long", session: 7, term: 10,
		date: "2022-07-13",
	},
	{
		name: "congress held over a range of days",
		in:   "Đại hội Đảng bộ huyện thành công\n\nTừ ngày 22 đến 24/9/2020, Đảng bộ huyện Kim Bảng tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - 2025.",
		kind: KindCongress, level: "huyện", locality: "Kim Bảng", session: 23, tenure: [2]int{2020, 2025},
		date: "2020-09-22",
	},
	{
		name: "range written with a dash",
		in:   "Hội nghị Tỉnh ủy\n\nNgày 27-28/12/2022, Ban Chấp hành Đảng bộ tỉnh Phú Yên khóa XVII tổ chức Hội nghị lần thứ 14.",
		kind: KindConference, level: "tỉnh", locality: "Phú Yên", session: 14, term: 17,
		date: "2022-12-27",
	},
	{
		name: "the congress that closed before the meeting",
		in:   "Tỉnh ủy Yên Bái họp phiên đầu tiên\n\nChiều 26/9/2020, ngay sau khi Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX bế mạc, Ban Chấp hành Đảng bộ tỉnh khóa XIX đã tổ chức Hội nghị lần thứ nhất để bầu Ban Thường vụ.",
		kind: KindConference, level: "tỉnh", locality: "Yên Bái", session: 1, term: 19,
		date: "2020-09-26", tod: "chiều",
	},
	{
		name: "a meeting told as earlier, after the report's own occasion",
		in:   "Ông Hòa làm Phó Bí thư Đảng đoàn\n\nSáng 14/3/2023, Đảng đoàn Mặt trận Tổ quốc tỉnh Nam Định tổ chức lễ công bố quyết định của Ban Thường vụ Tỉnh ủy. Trước đó, ngày 2/2, Hội nghị Ủy ban Mặt trận Tổ quốc tỉnh lần thứ năm đã bầu bổ sung ông Hòa làm Phó Chủ tịch.",
		kind: KindConference, level: "tỉnh", locality: "Nam Định",
		date: "2023-03-14", tod: "sáng",
	},
	{
		name: "a document's day in the sentence is not the meeting's",
		in:   "Giám sát công tác cán bộ ở Bảo Lạc\n\nChiều 14/9, đoàn giám sát thành lập theo Quyết định số 85-QĐ/TU ngày 2/8/2023 của Ban Thường vụ Tỉnh ủy đã làm việc với Huyện ủy Bảo Lạc tại hội nghị giao ban.",
		kind: KindConference, level: "huyện", locality: "Bảo Lạc",
		date: "2023-09-14", tod: "chiều",
	},
	{
		name: "sau khi khai mạc names the meeting itself",
		in:   "HĐND tỉnh khai mạc kỳ họp\n\nSáng 5/12/2022, sau khi khai mạc kỳ họp thứ 9 HĐND tỉnh Bạc Liêu khóa X, các đại biểu nghe báo cáo kinh tế - xã hội.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Bạc Liêu", session: 9, term: 10,
		date: "2022-12-05", tod: "sáng",
	},
	{
		name: "rejoined spacing around the bracketed day",
		in:   "HĐND TỈNH KHAI MẠC KỲ HỌP\n\nChiều nay ( 4/12 ) , HĐND tỉnh Sóc Trăng khóa IX khai mạc kỳ họp thứ 7 để đánh giá kết quả năm 2017 .",
		kind: KindCouncilSession, level: "tỉnh", locality: "Sóc Trăng", session: 7, term: 9,
		date: "2017-12-04", tod: "chiều",
	},
	{
		name: "a bloc's Party organisation has no locality of its own",
		in:   "Đại hội Đảng bộ Khối\n\nSáng 18/7/2025, Đảng bộ Khối các cơ quan tỉnh Hưng Yên tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025 - 2030.",
		kind: KindCongress, session: 10, tenure: [2]int{2025, 2030},
		date: "2025-07-18", tod: "sáng",
	},
	{
		name: "a province written with a dash",
		in:   "Tỉnh ủy Bà Rịa - Vũng Tàu họp\n\nSáng 11/7/2023, Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu khóa VII tổ chức Hội nghị lần thứ 13.",
		kind: KindConference, level: "tỉnh", locality: "Bà Rịa - Vũng Tàu", session: 13, term: 7,
		date: "2023-07-11", tod: "sáng",
	},
	{
		name: "a city written with a dash",
		in:   "Thành phố họp HĐND\n\nChiều 12/12/2022, HĐND thành phố Phan Rang - Tháp Chàm khóa XII tổ chức kỳ họp thứ 8.",
		kind: KindCouncilSession, level: "thành phố", locality: "Phan Rang - Tháp Chàm", session: 8, term: 12,
		date: "2022-12-12", tod: "chiều",
	},
	{
		name: "the old spelling with a dash",
		in:   "Tỉnh ủy họp\n\nSáng 3/12/2019, Ban Chấp hành Đảng bộ tỉnh Thừa Thiên - Huế khóa XV tổ chức Hội nghị lần thứ 20.",
		kind: KindConference, level: "tỉnh", locality: "Thừa Thiên - Huế", session: 20, term: 15,
		date: "2019-12-03", tod: "sáng",
	},
	{
		name: "a district and its city after a dash",
		in:   "Quận họp\n\nSáng 3/12/2019, Ban Chấp hành Đảng bộ quận Hoàn Kiếm - Hà Nội khóa XXV tổ chức Hội nghị lần thứ 20.",
		kind: KindConference, level: "quận", locality: "Hoàn Kiếm", session: 20, term: 25,
		date: "2019-12-03", tod: "sáng",
	},
	{
		name: "provincial committee, session after the body",
		in:   "Bắc Ninh bàn nhiệm vụ quý II\n\nNgày 15/3, Tỉnh ủy Bắc Ninh tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, khóa XX để đánh giá kết quả quý I/2023.",
		kind: KindConference, level: "tỉnh", locality: "Bắc Ninh", session: 12, term: 20,
		date: "2023-03-15",
	},
	{
		name: "ward congress after 2025",
		in:   "Phường Ngọc Hà tổ chức Đại hội\n\nChiều 2/8, Đảng bộ phường Ngọc Hà tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 200 đại biểu tham dự.",
		kind: KindCongress, level: "phường", locality: "Ngọc Hà", session: 1, tenure: [2]int{2025, 2030},
		date: "2025-08-02", tod: "chiều",
	},
	{
		name: "city council, subject before the session",
		in:   "Hà Nội họp HĐND\n\nSáng 9/12, HĐND TP Hà Nội khóa XVI, nhiệm kỳ 2021 - 2026 tiến hành kỳ họp thứ 14 tại Hội trường.",
		kind: KindCouncilSession, level: "thành phố", locality: "Hà Nội", session: 14, term: 16, tenure: [2]int{2021, 2026},
		date: "2021-12-09", tod: "sáng",
	},
	{
		name: "venue is not the meeting",
		in:   "Quảng Ninh khai mạc kỳ họp\n\nChiều 28/6, tại Trung tâm Hội nghị tỉnh, HĐND tỉnh Quảng Ninh khóa XIV khai mạc kỳ họp thứ 19 (kỳ họp thường lệ giữa năm).",
		kind: KindCouncilSession, level: "tỉnh", locality: "Quảng Ninh", session: 19, term: 14,
		date: "2021-06-28", tod: "chiều",
	},
	{
		name: "expanded, district named only later",
		in:   "Hội nghị Ban Chấp hành Đảng bộ quận (mở rộng)\n\nSáng 4/1, Ban Chấp hành Đảng bộ Quận khóa VII tổ chức Hội nghị lần thứ 15 (mở rộng) để tổng kết năm.\n\nNăm qua, kinh tế quận Cầu Giấy tăng trưởng khá, thu ngân sách của quận Cầu Giấy vượt dự toán.",
		kind: KindConference, level: "quận", locality: "Cầu Giấy", session: 15, term: 7, expanded: true,
		date: "2021-01-04", tod: "sáng",
	},
	{
		name: "another body's meetings are not this one",
		in:   "Hoàng Mai triển khai nhiệm vụ\n\nChiều 11/7, Ban Chấp hành Đảng bộ quận Hoàng Mai khóa VI tổ chức Hội nghị lần thứ 20 để quán triệt Nghị quyết Hội nghị Trung ương 9 (khóa XIII) và cho ý kiến vào nội dung trình kỳ họp thứ 15 HĐND quận khóa V, nhiệm kỳ 2021 - 2026.",
		kind: KindConference, level: "quận", locality: "Hoàng Mai", session: 20, term: 6,
		date: "2021-07-11", tod: "chiều",
	},
	{
		name: "city committee: the place from the subject",
		in:   "Thành ủy Hà Nội họp bàn nhiệm vụ\n\nSáng 5/7, Thành ủy Hà Nội tổ chức Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ Thành phố khóa XVII để cho ý kiến về dự thảo báo cáo chính trị.",
		kind: KindConference, level: "thành phố", locality: "Hà Nội", session: 17, term: 17,
		date: "2021-07-05", tod: "sáng",
	},
	{
		name: "commune committee without a level in the event",
		in:   "Xã Yên Thường tổng kết năm\n\nNgày 27/12, Đảng bộ xã Yên Thường tổ chức Hội nghị Ban Chấp hành lần thứ 3 để tổng kết công tác năm 2025.",
		kind: KindConference, level: "xã", locality: "Yên Thường", session: 3,
		date: "2025-12-27",
	},
	{
		name: "place only in the headline",
		in:   "Quảng Trị: Khai mạc kỳ họp thứ 20 HĐND tỉnh khóa VIII\n\nSáng 8/12, HĐND tỉnh khóa VIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 20 để xem xét các báo cáo thường kỳ cuối năm.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Quảng Trị", session: 20, term: 8, tenure: [2]int{2021, 2026},
		date: "2021-12-08", tod: "sáng",
	},
	{
		name: "tenure: the reading most mentions share",
		in:   "Tây Hồ sửa đổi quy chế làm việc\n\nChiều 3/4, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 7 để sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ quận khóa XXVII, nhiệm kỳ 2020 - 2024.\n\nHội nghị thống nhất thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ quận khóa XXVII, nhiệm kỳ 2020 - 2025 và Chương trình công tác của Ban Thường vụ Quận ủy Tây Hồ khóa XXVII, nhiệm kỳ 2020-2025.",
		kind: KindConference, level: "quận", locality: "Tây Hồ", session: 7, term: 27, tenure: [2]int{2020, 2025},
		date: "2021-04-03", tod: "chiều",
	},
	{
		name: "the city's term is not the district's",
		in:   "Tây Hồ quán triệt nghị quyết\n\nChiều 3/4, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 8 để quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng và Chương trình công tác của Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 - 2025.",
		kind: KindConference, level: "quận", locality: "Tây Hồ", session: 8,
		date: "2021-04-03", tod: "chiều",
	},
	{
		name: "a district written H. with its dot",
		in:   "Củ Chi họp HĐND\n\nSáng 18/12/2019, HĐND H. Củ Chi khóa X, nhiệm kỳ 2016 - 2021 khai mạc kỳ họp thứ 12 để xem xét tình hình kinh tế năm 2019.",
		kind: KindCouncilSession, level: "huyện", locality: "Củ Chi", session: 12, term: 10, tenure: [2]int{2016, 2021},
		date: "2019-12-18", tod: "sáng",
	},
	{
		name: "a numbered district written Q.",
		in:   "Q.3 sơ kết 6 tháng\n\nNgày 9-7-2019, Quận ủy Q.3 tổ chức Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 28 (khóa XI) sơ kết công tác 6 tháng đầu năm.",
		kind: KindConference, level: "quận", locality: "3", session: 28, term: 11,
		date: "2019-07-09",
	},
	{
		name: "Đồng inside a province's name",
		in:   "Tỉnh ủy họp\n\nNgày 14/7/2022, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XI tổ chức Hội nghị lần thứ 9 đánh giá 6 tháng đầu năm.",
		kind: KindConference, level: "tỉnh", locality: "Lâm Đồng", session: 9, term: 11,
		date: "2022-07-14",
	},
	{
		name: "province in spaced brackets between the body and its number",
		in:   "Bảo Yên bầu Ban Chấp hành Đảng bộ huyện khóa mới\n\nNgày 2/8/2020, Đại hội đại biểu Đảng bộ huyện Bảo Yên ( Lào Cai ) lần thứ XXIV , nhiệm kỳ 2020 - 2025 bế mạc.",
		kind: KindCongress, level: "huyện", locality: "Bảo Yên", session: 24, tenure: [2]int{2020, 2025},
		date: "2020-08-02",
	},
	{
		name: "yesterday afternoon opens the body, the sapo names the session",
		in:   "Ninh Thuận chất vấn chuyện thiếu nước\n\nTại kỳ họp HĐND tỉnh Ninh Thuận, nhiều đại biểu hỏi về hạn hán kéo dài ở các huyện ven biển.\n\nChiều qua, trong phiên chất vấn kỳ họp thứ 6 HĐND tỉnh Ninh Thuận khóa X, đại biểu đề nghị làm rõ tiến độ các hồ chứa nước.",
		kind: KindCouncilSession, level: "tỉnh", locality: "Ninh Thuận", session: 6, term: 10,
		tod: "chiều",
	},
	{
		name: "the next congress's tenure, written with đại biểu",
		in:   "Quận ủy sơ kết 6 tháng\n\nNgày 11/7/2019, Ban Chấp hành Đảng bộ quận Gò Vấp tổ chức hội nghị lần thứ 30 (khóa XI) sơ kết 6 tháng đầu năm.\n\nHội nghị bàn việc chuẩn bị Đại hội đại biểu Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 - 2025.",
		kind: KindConference, level: "quận", locality: "Gò Vấp", session: 30, term: 11,
		date: "2019-07-11",
	},
	{
		name: "the tenure of the cadres planned for the next committee",
		in:   "Thành ủy Vinh lấy phiếu tín nhiệm\n\nNgày 9/1/2020, Ban Chấp hành Đảng bộ thành phố Vinh nhiệm kỳ 2015 - 2020 tổ chức hội nghị lần thứ 25 tổng kết công tác năm 2019.\n\nHội nghị giới thiệu 12 đồng chí được quy hoạch Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2020 - 2025 và 4 đồng chí quy hoạch vào Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2020 - 2025.",
		kind: KindConference, level: "thành phố", locality: "Vinh", session: 25, tenure: [2]int{2015, 2020},
		date: "2020-01-09",
	},
	{
		name: "a bare organ in the lead, its place named further on",
		in:   "Số hóa hồ sơ đất đai\n\nNhững năm gần đây, UBND tỉnh đã bố trí kinh phí để số hóa hồ sơ địa chính và cấp giấy chứng nhận quyền sử dụng đất cho người dân.\n\nĐến nay, tỉnh Quảng Ngãi đã hoàn thành cơ sở dữ liệu đất đai ở 120 xã, phường.",
		kind: KindOther, level: "tỉnh", locality: "Quảng Ngãi",
	},
	{
		name: "a bare organ whose place the article never names",
		in:   "Số hóa hồ sơ đất đai\n\nNhững năm gần đây, UBND tỉnh đã bố trí kinh phí để số hóa hồ sơ địa chính và cấp giấy chứng nhận quyền sử dụng đất cho người dân.",
	},
	{
		name: "no meeting",
		in:   "Huyện Mê Linh đẩy mạnh xây dựng nông thôn mới\n\nNhững năm qua, huyện Mê Linh đã huy động nhiều nguồn lực để xây dựng nông thôn mới nâng cao, đời sống người dân được cải thiện rõ rệt.",
		kind: KindOther, level: "huyện", locality: "Mê Linh",
	},
	{
		name: "a province abroad is no body",
		in:   "Sáng 14/5, chính quyền tỉnh Hyogo (Nhật Bản) tổ chức hội nghị xúc tiến đầu tư với các doanh nghiệp Việt Nam.",
		kind: KindConference, date: "2021-05-14", tod: "sáng",
	},
	{
		name: "an older spelling of a province",
		in:   "Chiều 3/10, Tỉnh ủy Đắk Lăk tổ chức hội nghị sơ kết công tác dân vận 9 tháng.",
		kind: KindConference, level: "tỉnh", locality: "Đắk Lăk", date: "2021-10-03", tod: "chiều",
	},
}

// TestHeader parses each lead with a reference date of 31 December 2021,
// which resolves a year only where the text gives none.
func TestHeader(t *testing.T) {
	for _, tt := range headerTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in, WithReference(time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)))
			if err != nil {
				t.Fatal(err)
			}
			level, locality := m.Body.Level, m.Body.Locality
			term := m.Term.Number
			tenure := [2]int{m.Tenure.Start, m.Tenure.End}
			got := []any{m.Kind, level, locality, m.Session, term, tenure, m.Expanded, m.Date.String(), m.TimeOfDay}
			want := []any{tt.kind, tt.level, tt.locality, tt.session, tt.term, tt.tenure, tt.expanded, tt.date, tt.tod}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("kind, level, locality, session, term, tenure, expanded, date, time of day = %v\nwant %v", got, want)
					break
				}
			}
		})
	}
}

// pageTests are page layouts: where the headline, stamp, outlet and byline
// sit, and the site furniture that must not leak into any field.
var pageTests = []struct {
	name, in                         string
	title, published, source, author string
}{
	{
		name:      "a paragraph's dated event is no stamp",
		in:        "Chủ tịch Quốc hội tiếp đoàn đại biểu nước bạn\nSáng 12/6, tại Hà Nội, Ủy ban Thường vụ Quốc hội tổ chức phiên họp để nghe báo cáo về công tác đối ngoại của Quốc hội. Phát biểu tại phiên họp, Chủ tịch Quốc hội nhắc lại rằng lúc 11h30 ngày 30/4/1975, lá cờ giải phóng đã tung bay trên nóc Dinh Độc Lập, mở ra kỷ nguyên độc lập, thống nhất cho cả nước, và quan hệ hữu nghị giữa hai nước đã được vun đắp qua nhiều thế hệ lãnh đạo, góp phần quan trọng vào thắng lợi chung của sự nghiệp cách mạng hai nước.",
		title:     "Chủ tịch Quốc hội tiếp đoàn đại biểu nước bạn",
		published: "",
	},
	{
		name:      "stamp after the headline",
		in:        "Đông Anh: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 (20:57 17/06/2024)\n\n\nHNP - Chiều 17/6, Ban Chấp hành Đảng bộ huyện Đông Anh khóa XXIV tổ chức Hội nghị lần thứ 9 để đánh giá kết quả 6 tháng đầu năm.\n\nHoàng Yến\n\n\nCác bài mới đăng\n\nViết bình luận\nHọ tên:(*)\nNguyễn Văn An",
		title:     "Đông Anh: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9",
		published: "2024-06-17T20:57", source: "HNP", author: "Hoàng Yến",
	},
	{
		name:      "byline and stamp on their own lines",
		in:        "DÒNG SỰ KIỆN. * BẦU CỬ * ĐẠI HỘI ĐẢNG\n\nQuận Long Biên hoàn thành 20/20 chỉ tiêu năm 2020\n\nMinh Hà\n13-01-2021 20:36\nKinhtedothi - Ngày 13/1, Quận ủy Long Biên họp Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 4 (khóa VI) để tổng kết công tác năm.\nTin liên quan\n\nHội nghị đã thảo luận và thống nhất các chỉ tiêu năm 2021.",
		title:     "Quận Long Biên hoàn thành 20/20 chỉ tiêu năm 2020",
		published: "2021-01-13T20:36", source: "Kinhtedothi", author: "Minh Hà",
	},
	{
		name:      "Ngày đăng",
		in:        "Hoạt động Đảng\n\nTập trung lãnh đạo hoàn thành các chỉ tiêu năm 2018\nNgày đăng 12/07/2018 | 15:35  | Lượt xem: 120\n\nSáng 12/7/2018, Hội nghị lần thứ 18 của Ban Chấp hành Đảng bộ quận Hoàng Mai khóa XXV diễn ra do Thường trực Quận ủy điều hành.",
		title:     "Tập trung lãnh đạo hoàn thành các chỉ tiêu năm 2018",
		published: "2018-07-12T15:35",
	},
	{
		name:      "a date on the article's tool bar, without a clock",
		in:        "Trang chủ > Chính quyền\n\nHĐND thị trấn Tân Túc khai mạc kỳ họp giữa năm\n\nNgày 11/07/2020 | Chia sẻ | In | Lượt xem: 75\n\nSáng 10/7/2020, HĐND thị trấn Tân Túc khóa XI tổ chức kỳ họp thứ 14 để đánh giá kết quả 6 tháng đầu năm.",
		title:     "HĐND thị trấn Tân Túc khai mạc kỳ họp giữa năm",
		published: "2020-07-11",
	},
	{
		name:      "a sidebar of other articles above the headline",
		in:        "Tin nổi bật\nKỳ họp thứ 8 HĐND tỉnh Hà Nam khóa XIX bế mạc (05/07/2022)\nHội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh (28/06/2022)\n\nThị ủy Duy Tiên sơ kết nửa năm\n\nThứ Năm, 14/07/2022 - 15:20 | Lượt xem: 80\n\nNgày 13/7, Ban Chấp hành Đảng bộ thị xã Duy Tiên khóa XXIV tổ chức Hội nghị lần thứ 16 để sơ kết công tác 6 tháng đầu năm.",
		title:     "Thị ủy Duy Tiên sơ kết nửa năm",
		published: "2022-07-14T15:20",
	},
	{
		name:  "a sidebar of dated articles above the headline, and no stamp",
		in:    "Tin nổi bật\nKỳ họp thứ 8 HĐND tỉnh Hà Nam khóa XIX bế mạc (05/07/2022)\nHội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh (28/06/2022)\n\nThị ủy Duy Tiên sơ kết nửa năm\n\nNgày 13/7, Ban Chấp hành Đảng bộ thị xã Duy Tiên khóa XXIV tổ chức Hội nghị lần thứ 16 để sơ kết công tác 6 tháng đầu năm.",
		title: "Thị ủy Duy Tiên sơ kết nửa năm",
	},
	{
		name:      "Ngày xuất bản",
		in:        "HĐND quận Ba Đình họp giữa năm\n\nNgày xuất bản: 08/07/2022\n\nSáng 7/7, HĐND quận Ba Đình khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 6 để xem xét báo cáo 6 tháng đầu năm.",
		title:     "HĐND quận Ba Đình họp giữa năm",
		published: "2022-07-08",
	},
	{
		name:      "a stamp written year first",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nCập nhật: 2024-07-09 16:45:00\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a stamp with dots",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n09.07.2024 | 16:45\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a clock and ngày before the date",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n16h45 ngày 09/07/2024\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a stamp under the report",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.\nKỳ họp kéo dài hai ngày.\nCác đại biểu thảo luận tại tổ.\nChiều 10/7, kỳ họp bế mạc.\nKỳ họp thông qua 12 nghị quyết.\nHuyện tiếp tục đẩy mạnh giải ngân.\nĐại biểu chất vấn về đất đai.\nKỳ họp thành công tốt đẹp.\nThu Trang\nCập nhật lúc 17:40, 10/07/2024",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-10T17:40", author: "Thu Trang",
	},
	{
		name:      "a page pasted with its menus above the headline",
		in:        "Trang chủ\nThời sự\nChính trị\nKinh tế\nXã hội\nPháp luật\nVăn hóa\nThể thao\nĐịa phương\nHĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n09/07/2024 16:45\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm và bàn nhiệm vụ những tháng cuối năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a date alone under the headline, after its weekday",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nThứ Ba, 09/07/2024\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09",
	},
	{
		name:      "a stamp with a T between date and clock",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n2024-07-09T16:45:00+07:00\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a stamp in words with the year after a comma",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nĐăng ngày 09 tháng 7, 2024\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09",
	},
	{
		name:      "a stamp with the month in words",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nThứ Ba, 9 Tháng Bảy 2024 16:45\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-07-09T16:45",
	},
	{
		name:      "a date-only stamp with the month in words",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n20 Tháng Mười Hai, 2023\n\nSáng 19/12, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 17 để xem xét báo cáo kinh tế - xã hội năm 2023.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2023-12-20",
	},
	{
		name:      "a line of only a date under the headline, after a weekday",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nThứ Ba, 10/12/2024\n\nSáng 9/12, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 18 để xem xét báo cáo kinh tế - xã hội năm 2024.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2024-12-10",
	},
	{
		name:      "a line of only a date under the headline, after Ngày",
		in:        "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\nNgày 08/07/2023\n\nSáng 7/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 12 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title:     "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
		published: "2023-07-08",
	},
	{
		name:  "a year range is not a stamp",
		in:    "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm\n2021-2026 | 16:45\n\nSáng 9/7, HĐND huyện Sóc Sơn khóa XX tổ chức kỳ họp thứ 16 để xem xét báo cáo kinh tế - xã hội 6 tháng đầu năm.",
		title: "HĐND huyện Sóc Sơn bàn nhiệm vụ cuối năm",
	},
	{
		name:  "a site menu with a date is still a page clock",
		in:    "Thứ Bảy, 11/07/2020 | Đăng nhập | Liên hệ\n\nHĐND thị trấn Tân Túc khai mạc kỳ họp giữa năm\n\nSáng 10/7/2020, HĐND thị trấn Tân Túc khóa XI tổ chức kỳ họp thứ 14 để đánh giá kết quả 6 tháng đầu năm.",
		title: "HĐND thị trấn Tân Túc khai mạc kỳ họp giữa năm",
	},
	{
		name:   "a page clock is not a publication date",
		in:     "Thứ Tư, ngày 28 tháng 2 năm 2024\n\nPhát huy tính tiên phong của cán bộ, đảng viên\n\n(Thanhuytphcm.vn) - Chiều 5/10, Hội nghị Ban Chấp hành Đảng bộ quận 8 lần thứ 18 (mở rộng) khóa XII đã khai mạc.",
		title:  "Phát huy tính tiên phong của cán bộ, đảng viên",
		source: "Thanhuytphcm.vn",
	},
}

func TestPage(t *testing.T) {
	for _, tt := range pageTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := [4]string{m.Title, m.Published.String(), m.Source, m.Author}
			want := [4]string{tt.title, tt.published, tt.source, tt.author}
			if got != want {
				t.Errorf("title, published, source, author = %q\nwant %q", got, want)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n", "Xin chào.", "1234 5678", "\u00a0\r\n"} {
		m, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if m.Kind != "" || m.Body != (Body{}) || !m.Date.IsZero() || m.Session != 0 {
			t.Errorf("Parse(%q) = %+v, want an empty Meeting", in, m)
		}
	}
}

func TestDayForms(t *testing.T) {
	tests := []struct{ in, date, tod string }{
		{"Ngày 12.7, HĐND tỉnh Nghệ An khóa XVIII khai mạc kỳ họp thứ 7.", "--07-12", ""},
		{"Chiều ngày 17/6, Ban Chấp hành Đảng bộ huyện Ba Vì tổ chức Hội nghị lần thứ 9.", "--06-17", "chiều"},
		{"Sáng nay (5/10), HĐND quận Hà Đông khóa VI tổ chức kỳ họp thứ 14.", "--10-05", "sáng"},
		{"Tối 31/12/2023, HĐND TP Hải Phòng khóa XVI bế mạc kỳ họp thứ 13.", "2023-12-31", "tối"},
		{"Kỳ họp thứ 7 HĐND tỉnh Bắc Giang khóa XIX đã bế mạc vào trưa 8-12.", "--12-08", "trưa"},
		{"Kỳ họp thứ 7 HĐND tỉnh Bắc Giang khóa XIX đã thông qua 19/19 nghị quyết.", "", ""},
		{"Sáng thứ Hai (9/10), HĐND huyện Thanh Oai khóa XX khai mạc kỳ họp thứ 15.", "--10-09", "sáng"},
		{"Chiều Chủ nhật, 8/10, Ban Chấp hành Đảng bộ huyện Thanh Oai tổ chức Hội nghị lần thứ 21.", "--10-08", "chiều"},
		{"Chiều thứ Sáu, ngày 6/10, HĐND huyện Thanh Oai khóa XX bế mạc kỳ họp thứ 15.", "--10-06", "chiều"},
		{"Sáng mùng 9/10, HĐND huyện Thanh Oai khóa XX khai mạc kỳ họp thứ 15.", "--10-09", "sáng"},
		{"Chiều ngày mồng 2/10, Ban Chấp hành Đảng bộ huyện Thanh Oai tổ chức Hội nghị lần thứ 21.", "--10-02", "chiều"},
		{"Huyện Thanh Oai họp HĐND cuối năm\n(15:20 06/12/2023)\n\nSáng nay, HĐND huyện Thanh Oai khóa XX khai mạc kỳ họp thứ 15 để đánh giá kết quả năm 2023.", "2023-12-06", "sáng"},
		{"Huyện Thanh Oai họp HĐND cuối năm\n(08:10 01/01/2024)\n\nTối qua, HĐND huyện Thanh Oai khóa XX bế mạc kỳ họp thứ 15 sau hai ngày làm việc.", "2023-12-31", "tối"},
		{"Huyện Thanh Oai họp HĐND cuối năm\n\nSáng nay, HĐND huyện Thanh Oai khóa XX khai mạc kỳ họp thứ 15 để đánh giá kết quả năm 2023.", "", "sáng"},
	}
	for _, tt := range tests {
		m, err := Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Date.String(); got != tt.date || m.TimeOfDay != tt.tod {
			t.Errorf("Parse(%q): date %q %q, want %q %q", tt.in, got, m.TimeOfDay, tt.date, tt.tod)
		}
	}
}

func TestContextYear(t *testing.T) {
	tests := []struct{ in, date string }{
		{"Chiều 26/12, Đảng ủy xã Kim Lan tổ chức Hội nghị lần thứ 7 để tổng kết công tác năm 2025, bàn nhiệm vụ năm 2026.", "2025-12-26"},
		{"Sáng 10/1, Ban Chấp hành Đảng bộ huyện Thanh Trì tổ chức Hội nghị lần thứ 11 để tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.", "2024-01-10"},
		{"Sáng 20/7, HĐND tỉnh Hà Nam khai mạc kỳ họp thứ 8. Tổng thu ngân sách 6 tháng đầu năm 2022 ước đạt 5.100 tỷ đồng.", "2022-07-20"},
		{"Ngày 9/4, HĐND quận Long Biên tổ chức kỳ họp thứ 6. Quý I/2022, thu ngân sách tăng 12% so với cùng kỳ.", "2022-04-09"},
		{"Ngày 9/4, HĐND quận Long Biên tổ chức kỳ họp thứ 6. Thu ngân sách tăng 12% so với cùng kỳ năm 2021.", "2022-04-09"},
		{"Sáng 6/12, HĐND tỉnh Sóc Trăng khai mạc kỳ họp thứ 9, kỳ họp thường lệ cuối năm 2018. Kỳ họp sẽ quyết định dự toán ngân sách năm 2019.", "2018-12-06"},
		{"Hội nghị bàn về kinh tế - xã hội năm 2017\n\nChiều 5/12, Ban Chấp hành Đảng bộ tỉnh Nam Định khóa XIX bế mạc Hội nghị lần thứ 11. Năm 2016, thu ngân sách đạt 3.400 tỷ đồng. Năm 2017, tỉnh phấn đấu tăng trưởng 9%.", "2016-12-05"},
		{"Chiều 23/12, HĐND xã Đông Xá khóa XXI tổ chức kỳ họp thứ 6. Năm 2022, tổng giá trị sản xuất của xã đạt 412 tỷ đồng, tăng 7,5%.", "2022-12-23"},
		{"Chiều 23/12, HĐND xã Đông Xá khóa XXI tổ chức kỳ họp thứ 6. Năm 2010, ông Nguyễn Văn Hòa được bầu làm Chủ tịch UBND xã.", "--12-23"},
		{"Ngày 12/7, HĐND huyện Lý Nhân khai mạc kỳ họp thứ 5. Năm 2018, huyện đón 20.000 khách du lịch. Năm 2019, huyện phấn đấu đón 25.000 khách.", "--07-12"},
		{"Ngày 10/7, HĐND tỉnh Sóc Trăng khai mạc kỳ họp thứ 10. Cuối năm 2015, ông Nguyễn Văn Hòa được điều động về tỉnh.", "--07-10"},
		{"Ngày 9/4, HĐND quận Long Biên tổ chức kỳ họp thứ 6. Ông Nguyễn Văn Hòa sinh năm 1970, từ năm 2015 đến năm 2020 là Bí thư Quận ủy.", "--04-09"},
	}
	for _, tt := range tests {
		m, err := Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Date.String(); got != tt.date {
			t.Errorf("Parse(%q): date %q, want %q", tt.in, got, tt.date)
		}
	}
}

func TestContextYearCompared(t *testing.T) {
	in := "Sáng 8/12, HĐND tỉnh Long An khai mạc kỳ họp thứ 9. Thu ngân sách 11 tháng năm 2023 tăng 7% so với 11 tháng năm 2022 và đạt 98% so với kế hoạch năm 2023."
	m, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Date.String(); got != "2023-12-08" {
		t.Errorf("date %q, want 2023-12-08", got)
	}
}

// TestNewDocChangesInvalid checks that Parse rejects exactly the input that
// is not UTF-8, at the offset of the first bad byte (which it takes from
// vntext.Doc.InvalidAt rather than a second pass), and that NewDoc never
// gives back such input as its Text.
func TestNewDocChangesInvalid(t *testing.T) {
	for _, tc := range []struct {
		in  string
		off int
	}{
		{"\xff", 0},
		{"Hội nghị\xff", len("Hội nghị")},
		{"a\xcc", 1},              // a mark cut short after a letter
		{"e\u0301\xff", 3},        // an invalid byte after a combining mark
		{"quận \xe1\xbb", 7},      // a Vietnamese letter cut short
		{"\xe1\xbb\xa7y ban", 0},  // valid: no error
		{"Quận ủy\r\n\xc3", 13},   // after a line end NewDoc rewrites
		{"\u00a0\xed\xa0\x80", 2}, // a surrogate after a no-break space
	} {
		valid := utf8.ValidString(tc.in)
		if d := vntext.NewDoc(tc.in); !valid && d.Text == tc.in {
			t.Errorf("NewDoc(%q).Text is the invalid input itself", tc.in)
		}
		_, err := Parse(tc.in)
		var pe *ParseError
		switch {
		case valid && err != nil:
			t.Errorf("Parse(%q): %v", tc.in, err)
		case !valid && (!errors.As(err, &pe) || pe.Offset != tc.off):
			t.Errorf("Parse(%q): %v, want invalid UTF-8 at byte %d", tc.in, err, tc.off)
		}
	}
}
