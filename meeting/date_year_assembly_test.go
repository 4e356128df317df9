package meeting

import "testing"

// TestAssemblyBound checks that a National Assembly named by its khóa
// bounds the year of a meeting day written without one from below
// (assemblyDays).
func TestAssemblyBound(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"a sitting comes after the first one",
			"Chiều 16/6, tại kỳ họp của Quốc hội khóa XIV, các đại biểu bấm nút thông qua Luật Thủy sản (sửa đổi). Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị nêu rõ yêu cầu.", "--06-16", ""},
		{"a deputy of an Assembly is elected first",
			"Sáng 8/4, Thường trực HĐND huyện tổ chức hội nghị tiếp xúc cử tri với đại biểu Quốc hội khóa XV. Theo Quyết định số 15 ngày 2/3/2021 của UBND tỉnh, huyện phải di dời chợ.", "--04-08", ""},
		{"the first sitting is prepared after the election",
			"Sáng 20/6, Văn phòng Quốc hội tổ chức hội nghị chuẩn bị kỳ họp thứ nhất, Quốc hội khóa XV. Nghị quyết số 12 ngày 15/5/2021 của Ủy ban Thường vụ giao nhiệm vụ cho các cơ quan.", "2021-06-20", "context"},
		{"an election is prepared months before",
			"Sáng 10/3, Ủy ban MTTQ quận tổ chức hội nghị hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu Quốc hội khóa XV. Theo Quyết định số 15 ngày 2/2/2021 của UBND thành phố, quận phải hoàn thành trước tháng 4.", "2021-03-10", "context"},
		{"the sitting the headline names outweighs the years it debates",
			"Kỳ họp thứ 3, Quốc hội khóa XIV: bàn chương trình luật\nSáng 23/5, Quốc hội thảo luận dự kiến Chương trình xây dựng luật năm 2018. Các dự án đưa vào chương trình năm 2018 gồm 24 dự án. Năm 2018 cần ưu tiên luật về an ninh mạng. Ủy ban đề nghị năm 2018 xem xét thêm hai luật. Một số đại biểu muốn năm 2018 bổ sung luật về đặc khu. Ban soạn thảo cho rằng năm 2018 đủ thời gian. Việc giám sát năm 2018 cũng được bàn. Cơ quan thẩm tra tán thành danh mục năm 2018.", "2017-05-23", "context"},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}
