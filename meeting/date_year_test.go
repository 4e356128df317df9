package meeting

import (
	"strings"
	"testing"
	"time"

	"github.com/vnreport/vnreport/vntext"
)

// TestYearFromContext checks the year a report's own context gives a
// meeting day written without one, and the basis the JSON reports.
func TestYearFromContext(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the date writes its year",
			"Ngày 14/7/2021, HĐND huyện Gia Lâm khóa XX khai mạc kỳ họp thứ 2.", "2021-07-14", "text"},
		{"a review of the years of a span, held in its last year",
			"Chiều 20/3, Huyện ủy tổ chức hội nghị tổng kết 15 năm (2006 - 2021) thực hiện Nghị quyết về nông nghiệp.", "2021-03-20", "context"},
		{"a quarter written with a dash, reviewed after it ends",
			"Chiều 18/7, Ban Thường vụ Tỉnh ủy Tây Ninh tổ chức hội nghị giao ban quý 2-2019 với báo chí.", "2019-07-18", "context"},
		{"a month and its year, reviewed the month after",
			"Sáng 8-2, UBND thành phố tổ chức hội nghị giao ban đánh giá công tác tháng 1-2018 với các sở, ngành.", "2018-02-08", "context"},
		{"a year reviewed at the start of the next",
			"Ngày 16/1, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 9. Hội nghị nghe báo cáo tổng kết công tác xây dựng Đảng năm 2019.", "2020-01-16", "context"},
		{"a theme chosen for the year to come",
			"Chiều 20/11, Thành ủy Hà Nội tổ chức Hội nghị lần thứ 15. Thành phố chọn chủ đề năm 2020 là năm đẩy mạnh cải cách hành chính.", "2019-11-20", "context"},
		{"the oversight programme is adopted the year before",
			"Sáng 11/7, HĐND thành phố khóa XV khai mạc kỳ họp thứ 9. Kỳ họp thông qua chương trình giám sát năm 2021 của HĐND thành phố.", "2020-07-11", "context"},
		{"the year's targets reviewed in the autumn",
			"Chiều 6/10, Quận ủy Tân Bình tổ chức hội nghị lần thứ 20 Ban Chấp hành Đảng bộ quận. Quận rà soát các chỉ tiêu năm 2022 để về đích sớm.", "2022-10-06", "context"},
		{"a budget carried out and a budget planned at the year's end",
			"Sáng 9/12, HĐND tỉnh khai mạc kỳ họp thứ 14. Kỳ họp xem xét báo cáo thực hiện dự toán ngân sách năm 2020, dự toán ngân sách năm 2021. Trong năm 2021, tỉnh cần tập trung giải ngân vốn đầu tư công.", "2020-12-09", "context"},
		{"nouns listed under one cue share it",
			"Sáng 6/12, HĐND thành phố khai mạc kỳ họp thứ 7. Kỳ họp xem xét tình hình kinh tế, văn hóa, xã hội năm 2021 và nhiệm vụ, giải pháp năm 2022.", "2021-12-06", "context"},
		{"a plan of public investment is a plan: its đầu is no cue",
			"Sáng 10/12, HĐND huyện khai mạc kỳ họp thứ 9. Kỳ họp xem xét kế hoạch đầu tư công năm 2021 của huyện.", "2020-12-10", "context"},
		{"a word holding a cue word after another phrase's cue tells nothing",
			"Chiều 27/12, HĐND thành phố khai mạc kỳ họp thứ 12. Chủ tịch HĐND nói như vậy tại phiên họp cuối cùng của năm 2019.", "--12-27", ""},
		{"figures counted up to a day are reported after it",
			"Chiều 14/6, HĐND tỉnh khai mạc kỳ họp thứ 5. Tính đến ngày 31/12/2019, toàn tỉnh còn 1.200 hộ nghèo.", "2020-06-14", "context"},
		{"figures counted up to the end of a month",
			"Sáng 20/11, Huyện ủy tổ chức hội nghị lần thứ 12. Tính đến hết tháng 10-2022, huyện thu ngân sách đạt 95% dự toán.", "2022-11-20", "context"},
		{"an estimate up to the year's end looks ahead",
			"Sáng 8/12, HĐND tỉnh khai mạc kỳ họp thứ 10. Thu ngân sách ước tính đến ngày 31/12/2019 đạt 5.000 tỷ đồng.", "--12-08", ""},
		{"a review of one year does not modify the plan of the next",
			"Chiều 10/2, Huyện ủy tổ chức hội nghị nghe báo cáo tình hình hoạt động năm 2019 và kế hoạch công tác năm 2020.", "2020-02-10", "context"},
		{"a deadline at the end of a year is set in that year",
			"Chiều 5/7, HĐND thành phố khai mạc kỳ họp thứ 4. Dự án xử lý nước thải dự kiến cuối năm 2021 hoàn thành.", "2021-07-05", "context"},
		{"a step planned for a month comes after the meeting",
			"Sáng 6/7, HĐND thành phố khai mạc kỳ họp thứ 4. Trong tháng 3-2023, thành phố sẽ khởi công cầu mới.", "2022-07-06", "context"},
		{"dated steps after one to come are to come too",
			"Sáng 6/7, HĐND thành phố khai mạc kỳ họp thứ 4. Tháng 10-2022 sẽ khởi công cầu Đông. Tháng 3-2023 thông xe nhánh phía Bắc. Tháng 5-2023 hoàn thành toàn tuyến.", "2022-07-06", "context"},
		{"a year's end named as a past start is no deadline",
			"Sáng 6/7, HĐND thành phố khai mạc kỳ họp thứ 4. Từ cuối năm 2021, thành phố đã khởi công cầu mới.", "--07-06", ""},
		{"a deadline in December may be a year ahead",
			"Sáng 9/12, HĐND tỉnh khai mạc kỳ họp thứ 11. Tỉnh dự kiến đến cuối năm 2020 xóa nhà tạm.", "--12-09", ""},
		{"a goal for a year's end may be years ahead",
			"Sáng 9/7, Tỉnh ủy tổ chức hội nghị lần thứ 5. Tỉnh phấn đấu đến cuối năm 2025 có 100% xã đạt chuẩn nông thôn mới.", "--07-09", ""},
		{"a review head before trong decides",
			"Sáng 10/1, Huyện ủy tổ chức hội nghị lần thứ 8. Hội nghị nghe báo cáo tình hình kinh tế - xã hội trong năm 2021.", "2022-01-10", "context"},
		{"a year's results told in February are the year before's",
			"Sáng 20/2, Huyện ủy tổ chức hội nghị lần thứ 9. Trong năm 2020, doanh thu du lịch của huyện đạt 500 tỷ đồng.", "2021-02-20", "context"},
		{"results asked for are no results told",
			"Sáng 7/2, Quận ủy tổ chức hội nghị lần thứ 5. Bí thư đề nghị trong năm 2021 quận phải giảm số vụ tai nạn giao thông.", "2021-02-07", "context"},
		{"the meeting named with its year, in December too",
			"Chiều 10/12, UBND tỉnh tổ chức Hội nghị xúc tiến thương mại năm 2022 với các doanh nghiệp.", "2022-12-10", "context"},
		{"a sentence opening on a year is read past TP. HCM",
			"Sáng 15/3, HĐND TP. HCM khai mạc kỳ họp thứ 7. Năm 2021, theo điều tra xã hội học, người dân TP. HCM chấm điểm thủ tục hành chính đạt 82%.", "2022-03-15", "context"},
		{"a deadline whose sẽ comes after TP. HCM",
			"Chiều 12/7, HĐND TP. HCM khai mạc kỳ họp thứ 9. Cuối năm 2022, TP. HCM sẽ nâng chuẩn hộ nghèo.", "2022-07-12", "context"},
		{"a day to come dates the meeting in the months before it",
			"Sáng 14/11, HĐND quận khai mạc kỳ họp thứ 7. Dự kiến cầu sẽ hoàn thành trước ngày 10-10-2023.", "2022-11-14", "context"},
		{"a year's results told in April are the year before's",
			"Sáng 12/4, Huyện ủy tổ chức hội nghị lần thứ 9. Trong năm 2021, huyện đã xây mới 12 trường học.", "2022-04-12", "context"},
		{"a year's results told in the autumn are that year's",
			"Sáng 20/9, Huyện ủy tổ chức hội nghị lần thứ 11. Trong năm 2021, huyện đã xây mới 12 trường học.", "2021-09-20", "context"},
		{"'có tới' is a count, not a time to come",
			"Sáng 17/5, Huyện ủy tổ chức hội nghị lần thứ 6. Trong năm 2021, số hộ thoát nghèo đạt kỷ lục, nhưng có tới 300 hộ đã tái nghèo.", "2022-05-17", "context"},
		{"the next day's programme is no past event the meeting comes after",
			"Sáng 5/6, HĐND thành phố khai mạc kỳ họp giữa năm 2022. Thứ hai, ngày 6-6-2022, HĐND thành phố tiếp tục làm việc tại hội trường.", "2022-06-05", "context"},
		{"a document's number writes the year of its day",
			"Sáng 14/7, HĐND tỉnh khai mạc kỳ họp thứ 5. Kỳ họp xem xét việc thực hiện Nghị quyết số 12/2022/NQ-HĐND ngày 8/4 của HĐND tỉnh.", "2022-07-14", "context"},
		{"an office's name is no plan",
			"Sáng 9/12, HĐND tỉnh khai mạc kỳ họp thứ 8. Giám đốc Sở Kế hoạch và Đầu tư cho biết năm 2021 tỉnh thu hút 40 dự án.", "--12-09", ""},
		{"a bare year after a comma is no list item",
			"Sáng 6/12, HĐND thành phố khai mạc kỳ họp thứ 7. Theo đánh giá của đoàn giám sát, năm 2021 là năm nhiều khó khăn.", "--12-06", ""},
		{"next year's opening",
			"Ngày 28/12, HĐND quận Lê Chân tổ chức kỳ họp thứ 10. Sang năm 2016, quận tiếp tục chỉnh trang đô thị.", "2015-12-28", "context"},
		{"a sentence opening on a year with its results, after a quote",
			"Ngày 12/12, HĐND thành phố khai mạc kỳ họp thứ 11. \" Năm 2018, tỷ lệ hộ nghèo giảm, nhưng chất lượng dịch vụ chưa cao \", ông Hòa nói.", "2018-12-12", "context"},
		{"a congress opens its tenure",
			"Sáng 16/8, Đại hội đại biểu Đảng bộ huyện Thường Tín lần thứ XXIV, nhiệm kỳ 2020 - 2025 khai mạc.", "2020-08-16", "context"},
		{"an event dated the month before",
			"Chiều 12/12, HĐND huyện khai mạc kỳ họp thứ 8. Kỳ họp trước đó vào tháng 7/2016 đã lấy phiếu tín nhiệm.", "2016-12-12", "context"},
		{"a span up to now that opened late last year",
			"Chiều 18-3, UBND phường Hoàng Liệt tổ chức hội nghị lấy ý kiến nhân dân. Từ cuối năm 2024 đến nay, phường đã nhận hơn 300 ý kiến.", "2025-03-18", "context"},
		{"a month something started from",
			"Ngày 11/6, HĐND thành phố khai mạc kỳ họp thứ 5. Bảng điện tử báo tình hình giao thông từ tháng 4-2018 đã phát huy hiệu quả.", "2018-06-11", "context"},
		{"a document dated days before",
			"Ngày 8/2, Tỉnh ủy Yên Bái tổ chức hội nghị công bố Quyết định số 439 ngày 3/2/2017 của Ban Bí thư.", "2017-02-08", "context"},
		{"a document numbered with a code, dated days before",
			"Ngày 8/2, Tỉnh ủy Yên Bái tổ chức hội nghị công bố Quyết định số 25-QĐ/TU ngày 3/2/2017 của Ban Thường vụ.", "2017-02-08", "context"},
		{"a document dated years before tells nothing",
			"Ngày 5/6, Huyện ủy Mỹ Đức tổ chức hội nghị sơ kết thực hiện Nghị quyết số 12 ngày 4/7/2007 của Tỉnh ủy.", "--06-05", ""},
		{"a birth date tells nothing",
			"Ngày 8/2, HĐND tỉnh tổ chức kỳ họp thứ 4. Ông Nguyễn Văn Hòa sinh ngày 20/5/1975 tại Nam Định.", "--02-08", ""},
		{"a post held since before the tenure tells nothing",
			"Ngày 30/1, HĐND thành phố Cần Thơ khóa IX (nhiệm kỳ 2016-2021) tổ chức kỳ họp bất thường. Từ tháng 7-2014 đến nay, ông Hòa là Chủ tịch UBND quận.", "--01-30", ""},
		{"a day since which something holds comes shortly before",
			"Sáng 22-1, HĐND tỉnh Thanh Hóa khóa XVII tổ chức kỳ họp bất thường. Từ ngày 15-12-2017 đến nay, ông Tuấn không đến cơ quan.", "2018-01-22", "context"},
		{"a month of a biography back then tells nothing",
			"Ngày 8/2, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Hồi tháng 8/2015, ông Hòa được bổ nhiệm Thứ trưởng.", "--02-08", ""},
		{"a year named without a cue, within the body's tenure, is the report's",
			"Chiều 7/2, Ban Chấp hành Đảng bộ Quận 9 khóa X, nhiệm kỳ 2015-2020 tổ chức hội nghị sơ kết. Bí thư đề nghị làm sao năm 2017, tội phạm giảm mạnh.", "2017-02-07", "context"},
		{"in December a year named without a cue may be the next",
			"Chiều 9/12, HĐND quận Hải An tổ chức kỳ họp thứ 5. Kỳ họp quyết định biên chế hành chính năm 2017.", "--12-09", ""},
		{"a year that something is for tells nothing",
			"Sáng 15-10, Thành ủy khai mạc Hội nghị lần thứ 18. Thành phố sẽ đấu thầu để năm 2020 bắt tay xây dựng khu đô thị.", "--10-15", ""},
		{"work reviewed for one year and begun for the next",
			"Chiều 27-12, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm 2019 và triển khai công tác năm 2020.", "2019-12-27", "context"},
		{"work of a year with no other cue is reviewed",
			"Sáng 9/1, Huyện ủy Ba Vì tổ chức hội nghị. Về công tác năm 2021, huyện hoàn thành 18/18 chỉ tiêu.", "2022-01-09", "context"},
		{"the oversight activities programme is adopted the year before",
			"Chiều 14/6, HĐND tỉnh bế mạc kỳ họp thứ 6, thông qua chương trình hoạt động giám sát của HĐND tỉnh năm 2023.", "2022-06-14", "context"},
		{"a spring sitting of the National Assembly",
			"Chiều 12/6, tại kỳ họp thứ 5, Quốc hội khóa XIV, các đại biểu thảo luận dự án Luật Đặc khu.", "2018-06-12", "context"},
		{"an autumn sitting named in words",
			"Sáng 3/11, Kỳ họp thứ tư của Quốc hội khoá XV tiếp tục phiên chất vấn.", "2022-11-03", "context"},
		{"a sitting number the term never reached tells nothing",
			"Sáng 25/5, kỳ họp thứ 13, Quốc hội khóa XIV thảo luận dự án luật.", "--05-25", ""},
		{"the anniversary of a national day a meeting is held for",
			"Chào mừng 90 năm Ngày thành lập Đảng Cộng sản Việt Nam, sáng 30/1, Quận ủy Hoàn Kiếm tổ chức hội nghị báo cáo viên.", "2020-01-30", "context"},
		{"a talk in the weeks before the leader's birthday",
			"Đông Anh tọa đàm học tập và làm theo Bác\nKỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, chiều 12/5, Huyện ủy Đông Anh tổ chức tọa đàm về học tập và làm theo Bác.", "2020-05-12", "context"},
		{"an anniversary of a day not in the calendar tells nothing",
			"Kỷ niệm 20 năm thành lập xã, sáng 3/4, Đảng ủy xã Tân Lập tổ chức hội nghị.", "--04-03", ""},
		{"a year's accounts are settled the year after",
			"Chiều 8/12, HĐND tỉnh khóa XVI bế mạc kỳ họp thứ 5. Kỳ họp phê chuẩn quyết toán ngân sách địa phương năm 2016.", "2017-12-08", "context"},
		{"or at the mid-year sitting after",
			"Sáng 12/7, HĐND tỉnh khai mạc kỳ họp thứ 4, xem xét phê chuẩn quyết toán ngân sách địa phương năm 2016.", "2017-07-12", "context"},
		{"an association's congress opens the tenure its sentence names",
			"Hội Luật gia tỉnh bầu ban chấp hành mới\nSáng 16/8, Hội Luật gia tỉnh Long An tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2019 - 2024.", "2019-08-16", "context"},
		{"or closes the tenure it reviews",
			"Hội Cựu chiến binh huyện tổ chức đại hội\nSáng 9/5, Đại hội Hội Cựu chiến binh huyện Củ Chi tổng kết nhiệm kỳ 2017 - 2022.", "2022-05-09", "context"},
		{"a weekday that agrees with the context",
			"Chiều Chủ nhật 28-5, Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết 5 tháng đầu năm 2017.", "2017-05-28", "context"},
		{"a weekday the context's year contradicts",
			"Sáng thứ Hai (28/5), Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết 5 tháng đầu năm 2017.", "--05-28", ""},
		{"a sitting's number before the day is no weekday",
			"Kỳ họp thứ 5, Quốc hội khóa XIV: thảo luận dự án luật\nTiếp tục kỳ họp thứ 5, ngày 12/6, Quốc hội thảo luận dự án Luật Đặc khu.", "2018-06-12", "context"},
		{"ten years of a law dated by its year",
			"Sáng 15/3, Huyện ủy Gia Lâm tổ chức hội nghị tổng kết 10 năm thực hiện Luật Hợp tác xã năm 2012.", "2022-03-15", "context"},
		{"a past year of a biography bounds the meeting from below",
			"Sáng 12/7, HĐND thành phố khai mạc kỳ họp thứ 4. Cũng trong năm 2011, thành phố giao đất cho công ty. Tháng 9/2014, ông Hòa được điều động làm Giám đốc Sở.", "--07-12", ""},
		{"a month an event took place before the meeting",
			"Ngày 24-8, quận Hải Châu tổ chức hội nghị phản biện dự án. Điều đáng nói là vào tháng 10-2017, UBND thành phố đã quyết định di dời trụ sở.", "--08-24", ""},
		{"a past month bounds, the reviewed period votes",
			"Sáng 10/7, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2019. Tháng 3/2016, ông Hòa được bầu làm Bí thư Huyện ủy.", "2019-07-10", "context"},
		{"a past month a plan sentence names is no past event",
			"Ngày 24-8, quận Hải Châu tổ chức hội nghị phản biện dự án. Tháng 10-2017, quận sẽ khởi công trụ sở mới.", "2017-08-24", "context"},
		{"dated steps in a row share the tense of the first",
			"Chiều 5/7, HĐND thành phố khai mạc kỳ họp thứ 4. Theo đó, tháng 8/2017 sẽ di dời 20 cây. Tháng 10/2017 di dời 36 cây. Tháng 3/2018 di dời 35 cây.", "2017-07-05", "context"},
		{"a year named without a cue for a past event votes for no year",
			"Sáng 9/2, UBND thành phố tổ chức hội nghị giao ban với Sở Xây dựng. Dự án được phê duyệt năm 2012 đã chậm tiến độ nhiều năm.", "--02-09", ""},
		{"a past event bounds the year another clue votes for",
			"Ngày 5/6, Huyện ủy tổ chức hội nghị chuyên đề. Trong năm 2014, huyện mở 3 tuyến đường. Cầu Lim khởi công năm 2016 đã thông xe.", "--06-05", ""},
		{"a year named without a cue for what will be is the report's",
			"Sáng 9/2, UBND thành phố tổ chức hội nghị giao ban với Sở Xây dựng. Cầu mới khởi công năm 2018 sẽ hoàn thành trong hai năm. Đường vành đai cũng khởi công năm 2018.", "2018-02-09", "context"},
		{"the year of a law's name votes for no year",
			"Chiều 20/4, Huyện ủy tổ chức hội nghị quán triệt Luật Đất đai năm 2013 cho cán bộ chủ chốt.", "--04-20", ""},
		{"a law to come is no document in force",
			"Chiều 20/4, Ban Chấp hành Đảng bộ huyện khóa XXIV, nhiệm kỳ 2015-2020 tổ chức hội nghị. Luật Đất đai sửa đổi sẽ trình năm 2019.", "2019-04-20", "context"},
		{"discipline is no law",
			"Chiều 20/4, Ban Chấp hành Đảng bộ huyện khóa XXIV, nhiệm kỳ 2015-2020 tổ chức hội nghị. Có 12 đảng viên bị kỷ luật năm 2018.", "2018-04-20", "context"},
		{"a cue before a law's name reviews the law, not its year",
			"Sáng 17/6, Bộ Nông nghiệp tổ chức hội nghị sơ kết thi hành Luật Hợp tác xã năm 2012. Trong năm 2017, các tỉnh hoàn thành đăng ký lại hợp tác xã.", "2017-06-17", "context"},
		{"a cue after a law's name governs the year",
			"Sáng 9/12, HĐND tỉnh khai mạc kỳ họp thứ 5, xem xét việc thi hành Luật Đầu tư công và kế hoạch năm 2018.", "2017-12-09", "context"},
		{"a law amended at the sitting is no law in force",
			"Chiều 25/5, HĐND tỉnh khóa XVIII, nhiệm kỳ 2016-2021 khai mạc kỳ họp thứ 9. Đại biểu góp ý dự thảo Luật Quy hoạch đô thị sửa đổi năm 2019.", "2019-05-25", "context"},
		{"a day of a past event bounds the meeting from below",
			"Sáng 14/1, Thành ủy tổ chức hội nghị công bố quyết định nghỉ hưu. Ngày 20/1/2018, ông Hòa đã được bầu làm Chủ tịch HĐND thành phố.", "--01-14", ""},
		{"a page's date line is no past event",
			"Thứ Năm, ngày 12 tháng 10 năm 2023\nChiều 5/10, Quận ủy tổ chức hội nghị lần thứ 18 Ban Chấp hành Đảng bộ quận.", "2023-10-05", "context"},
		{"a self-review of the year before",
			"Sáng 2/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị kiểm điểm tập thể, cá nhân năm 2018.", "2019-02-02", "context"},
		{"a year something joined back then bounds the meeting",
			"Sáng 27/2, Bộ Ngoại giao tổ chức hội nghị về hội nhập. Việt Nam trở thành thành viên ASEAN năm 1995.", "--02-27", ""},
		{"a year something that happened before",
			"Chiều 8/11, HĐND quận tổ chức kỳ họp thứ 6. Vụ việc tương tự đã từng xảy ra năm 2012 ở quận bên.", "--11-08", ""},
		{"a span of months of a biography tells nothing",
			"Chiều 3/7, Ủy ban Kiểm tra Trung ương tổ chức kỳ họp thứ 15. Bà Lan là Tổng giám đốc công ty (tháng 2/2006 - 4/2011).", "--07-03", ""},
		{"a year done, told in its last days",
			"Chiều 20/12, UBND thành phố tổ chức hội nghị với các tỉnh. Trong năm 2019, thành phố đã ký 12 thỏa thuận hợp tác.", "2019-12-20", "context"},
		{"a year to come, told in December, is no year done",
			"Chiều 11/12, HĐND thành phố bế mạc kỳ họp thứ 9. Trong năm 2016, nhiều công trình văn hóa sẽ được khởi công.", "--12-11", ""},
		{"a year compared with, in February, is the one before the year just ended",
			"Sáng 10/2, Sở Nông nghiệp tổ chức hội nghị bàn giải pháp cho con tôm. Giá trị sản xuất thủy sản tăng 6% so với năm 2015.", "2017-02-10", "context"},
		{"a year compared with, in July, is the one before",
			"Sáng 10/7, Sở Nông nghiệp tổ chức hội nghị bàn giải pháp cho con tôm. Giá trị sản xuất thủy sản tăng 6% so với năm 2015.", "2016-07-10", "context"},
		{"a year the current one is likened to is the one before",
			"Sáng 30/5, Sở Giáo dục tổ chức hội nghị triển khai kỳ thi. Quy chế được giữ ổn định như năm 2020.", "2021-05-30", "context"},
		{"a year joined to the first months of the next is reviewed with them",
			"Sáng 8/7, Tỉnh ủy tổ chức hội nghị. Báo cáo cho biết, trong năm 2020 và 6 tháng đầu năm 2021, kinh tế của tỉnh tăng trưởng khá.", "2021-07-08", "context"},
		{"a school year's first semester reviewed after it",
			"Sáng 20/1, Sở Giáo dục tổ chức hội nghị sơ kết học kỳ 1 năm học 2022-2023 bậc trung học.", "2023-01-20", "context"},
		{"a school year reviewed in its last summer, the next one planned",
			"Chiều 5/8, Sở Giáo dục tổ chức hội nghị tổng kết năm học 2020-2021 và triển khai nhiệm vụ năm học 2021-2022.", "2021-08-05", "context"},
		{"a school year something holds from tells nothing",
			"Chiều 5/6, Sở Giáo dục tổ chức hội nghị. Từ năm học 2024-2025, mọi trường học sẽ dùng sách mới.", "--06-05", ""},
		{"clues that tie tell nothing",
			"Ngày 5/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2017. Hội nghị bàn kế hoạch năm 2020.", "--01-05", ""},
		{"a review the meeting holds outweighs a year named with trong",
			"Ngày 5/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2017. Trong năm 2019, huyện sẽ hoàn thành cầu mới.", "2018-01-05", "context"},
		{"a year named in passing, twice, does not tie the year a plan tells",
			"Sáng 7/2, Quận ủy tổ chức hội nghị triển khai nhiệm vụ năm 2021. Theo báo cáo, năm 2020 quận có 54 vụ tai nạn. Ông Hòa cho biết năm 2020 có nhiều khó khăn.", "2021-02-07", "context"},
		{"the year a January meeting reviews, told again as the year's work",
			"Sáng 9/1, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020. Trong năm 2019, đơn vị huấn luyện đủ quân số. Trong năm 2019, lực lượng dân quân được củng cố. Đại tá Hòa cho biết trong năm 2019 không có vụ việc phức tạp.", "2020-01-09", "context"},
		{"a year told as past, in January, is the one before",
			"Sáng 15/1, Sở Y tế tổ chức hội nghị triển khai công tác. Trong năm 2019, toàn ngành đã khám cho hơn 2 triệu lượt người.", "2020-01-15", "context"},
		{"a year told as past, in the autumn, is the same",
			"Sáng 15/10, Sở Y tế tổ chức hội nghị giao ban. Trong năm 2019, toàn ngành đã khám cho hơn 2 triệu lượt người.", "2019-10-15", "context"},
		{"a year named once in passing tells nothing",
			"Chiều 14/5, Sở Công Thương tổ chức hội nghị về xuất khẩu nông sản. Theo ông Hòa, năm 2015 nhà máy ngừng hoạt động vì thiếu nguyên liệu.", "--05-14", ""},
		{"a year named once with an event's name",
			"Sáng 20/4, Công ty cổ phần Cảng Hòa Bình tổ chức đại hội. Đại hội cổ đông thường niên năm 2018 bầu lại hội đồng quản trị.", "2018-04-20", "context"},
		{"a year named twice without a cue is the report's",
			"Ngày 12/3, Bộ Nông nghiệp tổ chức hội nghị về an toàn thực phẩm. Theo Thứ trưởng, năm 2018, các tỉnh kiểm tra chặt cơ sở giết mổ. Cũng theo ông, năm 2018, chợ đầu mối phải có khu kiểm dịch.", "2018-03-12", "context"},
		{"a year named once within the body's tenure",
			"Ngày 30/1, HĐND thành phố khóa IX, nhiệm kỳ 2016-2021 tổ chức kỳ họp bất thường. Đại biểu thông qua danh mục các dự án chuyển mục đích sử dụng đất lúa năm 2019.", "2019-01-30", "context"},
		{"a plan written with a slip",
			"Chiều 19/4, UBND tỉnh tổ chức hội nghị về phòng chống hạn. Chủ tịch tỉnh cho biết sẽ ký kết hoạch phòng chống hạn năm 2018 ngay trong chiều nay.", "2018-04-19", "context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Date.String(); got != tt.date || m.DateBasis != tt.basis {
				t.Errorf("date %q basis %q, want %q %q", got, m.DateBasis, tt.date, tt.basis)
			}
		})
	}
}

// TestYearFromReference checks that the caller's reference date gives the
// year unless the report says another, and that the page's stamp comes
// first.
func TestYearFromReference(t *testing.T) {
	ref := WithReference(time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC))
	tests := []struct{ name, in, date, basis string }{
		{"the reference alone",
			"Sáng 12/7, HĐND tỉnh Bắc Giang khai mạc kỳ họp thứ 7.", "2018-07-12", "reference"},
		{"the reference agrees with the report",
			"Sáng 12/7, HĐND tỉnh Bắc Giang khai mạc kỳ họp thứ 7 để đánh giá 6 tháng đầu năm 2018.", "2018-07-12", "reference"},
		{"the report says another year",
			"Sáng 12/7, HĐND tỉnh Bắc Giang khai mạc kỳ họp thứ 7 để đánh giá 6 tháng đầu năm 2016.", "2016-07-12", "context"},
		{"the stamp comes first",
			"Bắc Giang họp HĐND\n(15:20 12/07/2017)\n\nSáng 12/7, HĐND tỉnh Bắc Giang khai mạc kỳ họp thứ 7.", "2017-07-12", "stamp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in, ref)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Date.String(); got != tt.date || m.DateBasis != tt.basis {
				t.Errorf("date %q basis %q, want %q %q", got, m.DateBasis, tt.date, tt.basis)
			}
		})
	}
}

// TestAnniversarySpanIsNoMeetingDay checks that the days of an
// anniversary's span of years are not taken for the meeting's day.
func TestAnniversarySpanIsNoMeetingDay(t *testing.T) {
	tests := []struct{ name, in, date string }{
		{"the span in the lead, the day in the next sentence",
			"Kỷ niệm ngày thành lập Đảng bộ tỉnh\nTỉnh ủy tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng bộ tỉnh (3/2/1930 - 3/2/2020). Buổi lễ diễn ra sáng 1/2 tại Nhà văn hóa tỉnh.", "2020-02-01"},
		{"a span of the same year is a meeting's days",
			"Hội nghị cán bộ toàn thành phố\nHội nghị diễn ra từ ngày 9/5/2017 - 11/5/2017 tại Hà Nội, do Thành ủy tổ chức.", "2017-05-09"},
		{"the day before the span is the meeting's",
			"Tuy Phước kỷ niệm ngày giải phóng\nSáng 18/4, Huyện ủy Tuy Phước tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện (19/4/1975 - 19/4/2025).", "2025-04-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Date.String(); got != tt.date {
				t.Errorf("date %q, want %q", got, tt.date)
			}
		})
	}
}

// TestCueTableLastIndexes checks the one pass of cueTable.lastIndexes
// against strings.LastIndex for every row, a cue written twice and one
// inside another word among them.
func TestCueTableLastIndexes(t *testing.T) {
	clauses := []string{
		"",
		"tổng kết công tác năm 2023, triển khai nhiệm vụ",
		"so với cùng kỳ và so với kế hoạch",
		"thực hiện kế hoạch, tổng kết thực hiện",
		"đạt kết quả cao, ước tính đạt",
		"nhiệm kỳ trước, tổng kết nhiệm kỳ",
		"sơ kết sơ kết",
	}
	for _, table := range []*cueTable{yearCueTable, planModifierTable, tenureReviewTable} {
		for _, c := range clauses {
			var last [maxCueRows]int
			table.lastIndexes(c, &last)
			for i, r := range table.rows {
				if want := strings.LastIndex(c, r.cue); last[i] != want {
					t.Errorf("lastIndexes(%q) of %q = %d, want %d", c, r.cue, last[i], want)
				}
			}
		}
	}
}

// TestYearsWritten checks which years a report writes for the period and
// date clues to count, and that without them both find no clue.
func TestYearsWritten(t *testing.T) {
	for _, tt := range []struct {
		text        string
		four, short bool
	}{
		{"Sáng 17/6, Hội đồng nhân dân tỉnh họp phiên bế mạc.", false, false},
		{"Kế hoạch năm 2025 được thông qua.", true, true},
		{"Sáng 12/7/18, đoàn công tác làm việc tại xã.", false, true},
		{"Thu 12.345 tỷ đồng, đạt 1989 hộ và 21005 lượt.", false, false},
		{"Giai đoạn 2016-2020 và 6 tháng đầu năm", true, true},
		{"Quyết định số 06/NQ-HĐND, 2101 người", false, false},
		{"Tỷ lệ 19/20 xã đạt chuẩn", false, true},
	} {
		p := &parser{doc: vntext.NewDoc(tt.text)}
		p.end = len(p.doc.Text)
		if four, short := p.yearsWritten(); four != tt.four || short != tt.short {
			t.Errorf("yearsWritten(%q) = %v, %v, want %v, %v", tt.text, four, short, tt.four, tt.short)
		}
		if !tt.four && len(p.periodClues(nil, nil)) != 0 || !tt.short && len(p.dateClues(nil)) != 0 {
			t.Errorf("%q: a period or date clue without a year written", tt.text)
		}
	}
}
