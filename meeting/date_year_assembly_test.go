package meeting

import "testing"

// TestAssemblyBound checks that a National Assembly named by its khóa
// bounds the year of a meeting day written without one from below
// (assemblyDays).
func TestAssemblyBound(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"a sitting comes after the first one",
			"Chiều 16/6, các đại biểu tại kỳ họp Quốc hội khóa XIV biểu quyết thông qua dự thảo Luật Đường sắt (sửa đổi). Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị nêu rõ yêu cầu.", "--06-16", ""},
		{"a deputy of an Assembly is elected first",
			"Sáng 8/4, Thường trực HĐND huyện tổ chức hội nghị tiếp xúc cử tri với đại biểu Quốc hội khóa XV. Theo Quyết định số 15 ngày 2/3/2021 của UBND tỉnh, huyện phải di dời chợ.", "--04-08", ""},
		{"the first sitting is prepared after the election",
			"Sáng 20/6, Văn phòng Quốc hội tổ chức hội nghị chuẩn bị kỳ họp thứ nhất, Quốc hội khóa XV. Nghị quyết số 12 ngày 15/5/2021 của Ủy ban Thường vụ giao nhiệm vụ cho các cơ quan.", "2021-06-20", "context"},
		{"an election is prepared months before",
			"Sáng 10/3, Ủy ban MTTQ quận tổ chức hội nghị hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu Quốc hội khóa XV. Theo Quyết định số 15 ngày 2/2/2021 của UBND thành phố, quận phải hoàn thành trước tháng 4.", "2021-03-10", "context"},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}
