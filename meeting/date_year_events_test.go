package meeting

import "testing"

// TestEventYear checks the year an event named with a bare year gives a
// meeting day written without one.
func TestEventYear(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the event the headline names",
			"Khai mạc Đối thoại Shangri-La 2019\nTối 31/5, tại Singapore, hội nghị an ninh châu Á khai mạc với sự tham dự của bộ trưởng quốc phòng nhiều nước.", "2019-05-31", "context"},
		{"an acronym opens the headline",
			"APEC 2017: các quan chức bàn về thương mại số\nSáng 9/5, tại Hà Nội, Hội nghị quan chức cao cấp lần thứ hai khai mạc.", "2017-05-09", "context"},
		{"an event head before lower-case words",
			"Sáng 14/9, tại Tokyo, hội nghị thượng đỉnh doanh nhân nữ toàn cầu 2018 bước sang ngày làm việc thứ hai với nhiều phiên thảo luận.", "2018-09-14", "context"},
		{"an event in the body, the year it is held",
			"Sáng 12/3, UBND tỉnh Quảng Nam tổ chức hội nghị về công tác an ninh. Tỉnh sẵn sàng phục vụ các hoạt động trong khuôn khổ Năm APEC 2017 tại Hội An.", "2017-03-12", "context"},
		{"the lunar new year is prepared in the months before",
			"Chiều 20/12, UBND thành phố tổ chức hội nghị bàn việc chăm lo cho người nghèo dịp Tết Canh Tý 2020 với các sở, ngành.", "2019-12-20", "context"},
		{"a goal far ahead tells nothing",
			"Sáng 4/10, Bộ Ngoại giao tổ chức hội nghị bàn cách thực hiện Tầm nhìn Cộng đồng ASEAN 2025 với các bộ, ngành.", "--10-04", ""},
		{"an agenda tells nothing",
			"Sáng 4/10, Bộ Kế hoạch tổ chức hội nghị bàn cách thực hiện Chương trình nghị sự 2030 về phát triển bền vững.", "--10-04", ""},
		{"a treaty in force bounds the meeting from below",
			"Sáng 4/10, Bộ Tài nguyên tổ chức hội nghị bàn việc thực thi hiệp định khí hậu Paris 2015 và kế hoạch giảm phát thải.", "--10-04", ""},
		{"a code named by its abbreviation",
			"Chiều 24/5, Ủy ban Pháp luật tổ chức hội nghị góp ý dự án sửa đổi BLHS 2015 với các chuyên gia.", "--05-24", ""},
		{"the last of a series is past",
			"Sáng 19/8, Tổng cục Thể dục thể thao tổ chức hội nghị bàn chuẩn bị lực lượng. Lần gần nhất, Olympic Tokyo 2020 chỉ mang về một tấm huy chương.", "--08-19", ""},
		{"an election is recalled long after",
			"Sáng 2/7, Ủy ban Tình báo tổ chức hội nghị kín. Họ bàn về nghi vấn can thiệp bầu cử Mỹ 2016 của nước ngoài.", "--07-02", ""},
		{"a quarter's numeral is no acronym",
			"Sáng 3/7, UBND tỉnh Quảng Ninh tổ chức hội nghị giao ban. Tỉnh phấn đấu quý III hoặc quý IV 2017 sẽ khởi công đường cao tốc.", "--07-03", ""},
		{"a title won is no event",
			"Chiều 6/9, Sở Du lịch tổ chức hội nghị xúc tiến du lịch với sự có mặt của Hoa hậu Việt Nam 2016 và nhiều nghệ sĩ.", "--09-06", ""},
		{"a range of years is no event",
			"Sáng 6/9, Hội Nông dân tỉnh tổ chức hội nghị. Ban Chấp hành Hội Nông dân tỉnh khóa IX 2018 - 2023 gồm 35 người.", "--09-06", ""},
		{"a count is no year",
			"Sáng 6/9, Sở Lao động tổ chức hội nghị. Hội chợ việc làm đã giới thiệu việc làm cho 2017 người.", "--09-06", ""},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}
