package meeting

import "testing"

// TestAnniversaryYear checks the year an anniversary a reader knows the
// start of gives a meeting day written without one.
func TestAnniversaryYear(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the leader's birthday without the word kỷ niệm",
			"Nhân dịp 127 năm Ngày sinh nhật Bác, sáng 17/5, Đảng ủy khối tổ chức hội nghị báo cáo viên.", "2017-05-17", "context"},
		{"a founder's birth",
			"Sáng 8/2, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên kỷ niệm 110 năm Ngày sinh đồng chí Trường Chinh.", "2017-02-08", "context"},
		{"diplomatic relations with the one country the sentence names",
			"Chiều 20/6, Thành ủy tổ chức hội nghị gặp mặt nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Campuchia.", "2017-06-20", "context"},
		{"relations with two countries tell nothing",
			"Chiều 20/6, Bộ Ngoại giao tổ chức hội nghị, hướng tới kỷ niệm 45 năm thiết lập quan hệ ngoại giao với Nhật Bản và Pháp.", "--06-20", ""},
		{"a span of the years counted, in brackets",
			"Sáng 12/10, Tỉnh ủy tổ chức hội nghị chào mừng 70 năm thành lập tỉnh (1947 - 2017).", "2017-10-12", "context"},
		{"a span that is not the years counted tells nothing",
			"Sáng 12/10, Tỉnh ủy tổ chức hội nghị chào mừng 70 năm thành lập tỉnh, nhiệm kỳ (2015 - 2020) của Đảng bộ.", "--10-12", ""},
		{"joining the United Nations",
			"Chiều 19/9, Bộ Ngoại giao tổ chức hội nghị kỷ niệm 40 năm Việt Nam gia nhập Liên hợp quốc.", "2017-09-19", "context"},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}

// TestElectionYear checks the year a general election the report names
// gives a meeting day written without one.
func TestElectionYear(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the Assembly's khóa in Roman numerals",
			"Chiều 14/4, Ủy ban bầu cử thành phố tổ chức hội nghị về công tác bầu cử đại biểu Quốc hội khóa XV.", "2021-04-14", "context"},
		{"in digits, the results confirmed after",
			"Sáng 9/6, Hội đồng bầu cử quốc gia tổ chức hội nghị tổng kết cuộc bầu cử đại biểu Quốc hội khoá 14.", "2016-06-09", "context"},
		{"the councils' tenure",
			"Sáng 20/1, Ban Thường vụ Huyện ủy tổ chức hội nghị triển khai công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.", "2021-01-20", "context"},
		{"a council's vote for a post is no general election",
			"Ngày 27/3, HĐND tỉnh khóa XVIII, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp bất thường, tiến hành bầu cử chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021.", "--03-27", ""},
		{"an election recalled as past tells nothing",
			"Sáng 20/10, Ủy ban tổ chức hội nghị. Từ sau cuộc bầu cử Quốc hội khóa XIV, ông Hòa chuyển công tác.", "--10-20", ""},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}

// checkDate checks, as subtest name, the date and basis Parse gives in.
func checkDate(t *testing.T, name, in, date, basis string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		m, err := Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Date.String(); got != date || m.DateBasis != basis {
			t.Errorf("date %q basis %q, want %q %q", got, m.DateBasis, date, basis)
		}
	})
}

// TestPartyCongressYear checks the year the Party's national congress,
// named where the report names its meeting, gives a day written without
// one.
func TestPartyCongressYear(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the congress the lead names",
			"Sáng 26/1, tại Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, các đoàn đại biểu tổ chức hội nghị thảo luận công tác nhân sự.", "2021-01-26", "context"},
		{"its resolution tells nothing",
			"Sáng 26/3, Huyện ủy tổ chức hội nghị học tập Nghị quyết Đại hội XIII của Đảng cho cán bộ chủ chốt.", "--03-26", ""},
		{"another country's party tells nothing",
			"Sáng 18/10, Đại hội XIX của Đảng Cộng sản Trung Quốc khai mạc tại Bắc Kinh, các đoàn tổ chức hội nghị.", "--10-18", ""},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}

// TestPartyCycle checks that a congress of a Party organisation of a
// district or higher is held in a year of the five-year cycle
// (partyCongressCycle).
func TestPartyCycle(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"the cycle and a leader's time in office leave one year",
			"Sáng 15/10, Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII khai mạc với sự có mặt của Chủ tịch nước Trương Tấn Sang.", "2015-10-15", "context"},
		{"a commune's congress keeps no cycle here",
			"Sáng 15/10, Đại hội Đảng bộ xã Tân Lập lần thứ XX khai mạc với sự có mặt của Chủ tịch nước Trương Tấn Sang.", "--10-15", ""},
		{"a conference keeps none",
			"Sáng 15/10, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận với sự có mặt của Chủ tịch nước Trương Tấn Sang.", "--10-15", ""},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}
