package meeting

import (
	"slices"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// TestLeaderYear checks how a leader named with his title bounds the year
// of a meeting day written without one (leaderTerms).
func TestLeaderYear(t *testing.T) {
	tests := []struct{ name, in, date, basis string }{
		{"a short time in office leaves one year",
			"Sáng 12/12, tại hội nghị sơ kết công tác chống ngập của quận Gò Vấp, Bí thư Thành ủy TP.HCM Đinh La Thăng đề nghị quận sớm xóa các điểm ngập.", "2016-12-12", "context"},
		{"the same office, a day early in the year",
			"Chiều 20/1, Bí thư Thành ủy TP HCM Đinh La Thăng dự hội nghị của Sở Giao thông vận tải bàn cách giảm kẹt xe ở cửa ngõ thành phố.", "2017-01-20", "context"},
		{"the title after the name, a person word before it",
			"Chiều 18/8, ông Đinh La Thăng, Bí thư Thành ủy TP.HCM, chủ trì hội nghị bàn giải pháp chống kẹt xe ở cửa ngõ phía bắc.", "2016-08-18", "context"},
		{"a year long before the office is no meeting's",
			"Sáng 20/5, Thủ tướng Nguyễn Xuân Phúc dự hội nghị bộ trưởng thương mại APEC tại Hà Nội. Việt Nam trở thành thành viên APEC năm 1998.", "--05-20", ""},
		{"a former holder bounds nothing",
			"Sáng 10/3, Hội Cựu chiến binh tổ chức hội nghị triển khai kế hoạch năm 2023, có nguyên Chủ tịch nước Trương Tấn Sang tới dự.", "2023-03-10", "context"},
		{"a deputy is another office",
			"Sáng 15/1, Phó Thủ tướng Nguyễn Xuân Phúc dự hội nghị triển khai nhiệm vụ năm 2014 của ngành công an.", "2014-01-15", "context"},
		{"a past deed bounds from below only",
			"Sáng 9/1, UBND tỉnh tổ chức hội nghị triển khai kế hoạch năm 2022. Năm 2019, Thủ tướng Nguyễn Xuân Phúc đã phê duyệt đề án của tỉnh.", "2022-01-09", "context"},
		{"one elected is not yet in office",
			"Sáng 12/12, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác năm 2016. Các đại biểu bàn về chính sách của Tổng thống đắc cử Donald Trump.", "2016-12-12", "context"},
		{"the office overrules a year the report recalls",
			"Sáng 6/2, Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị về phát triển ngành tôm tại Cà Mau. Hội nghị lần trước được tổ chức vào tháng 11/2015 tại tỉnh này.", "--02-06", ""},
		{"a deputy prime minister's own time in office",
			"Sáng 7/3, Phó Thủ tướng Trịnh Đình Dũng chủ trì hội nghị về an toàn giao thông đường sắt. Tháng 3/2015, Bộ Giao thông vận tải đã ban hành kế hoạch rà soát các lối đi tự mở.", "--03-07", ""},
		{"two heads of state abroad, whose times overlap in one year",
			"Chiều 7/9, tại Viêng Chăn, Tổng thống Mỹ Barack Obama gặp Tổng thống Philippines Rodrigo Duterte bên lề hội nghị cấp cao ASEAN.", "2016-09-07", "context"},
		{"an administration named is one past",
			"Sáng 18/4, Bộ Ngoại giao tổ chức hội nghị sơ kết công tác quý I năm 2019. Các đại biểu nhắc lại chính sách tái cân bằng của chính quyền Tổng thống Barack Obama.", "2019-04-18", "context"},
		{"a city's secretary bounds out a year before his time",
			"Sáng 4/3, Ban Thường vụ Thành ủy Đà Nẵng tổ chức hội nghị do Bí thư Thành ủy Đà Nẵng Nguyễn Xuân Anh chủ trì. Tháng 3/2014, thành phố đã khánh thành trung tâm hành chính mới.", "--03-04", ""},
	}
	for _, tt := range tests {
		checkDate(t, tt.name, tt.in, tt.date, tt.basis)
	}
}

// TestLeaderHits checks the one pass of leaderHits against
// textscan.WordHits for each name: a name inside a word, after a quote,
// at the start and at the end of the text.
func TestLeaderHits(t *testing.T) {
	texts := []string{
		"",
		"Tô Lâm",
		"Thủ tướng Phạm Minh Chính tiếp đoàn; “Tô Lâm” và xTô Lâm cùng Tổng Bí thư Tô Lâm",
		"Bí thư Thành ủy Đinh Tiến Dũng, Chủ tịch UBND TP Chu Ngọc Anh dự. " + strings.Repeat("Nguyễn Văn An, ", 12) + "Nguyễn Phú Trọng",
		"ông Nguyễn Thiện Nhân,Nguyễn Văn Nên(Donald Trump)",
	}
	for _, text := range texts {
		p := &parser{doc: vntext.NewDoc(text)}
		p.end = len(p.doc.Lower)
		got := p.leaderHits(nil)
		var want []leaderHit
		for i, lt := range leaderTerms {
			for at := range textscan.WordHits(p.doc.Lower, lt.name) {
				want = append(want, leaderHit{i, at})
			}
		}
		slices.SortStableFunc(want, func(a, b leaderHit) int { return a.at - b.at })
		if !slices.Equal(got, want) {
			t.Errorf("leaderHits(%q) = %v, want %v", text, got, want)
		}
	}
	// WordHits goes on after the end of each occurrence; the one pass
	// finds every occurrence at a word's start: the same while no name
	// starts again at a word of its own ("ng" of "phong" is no word).
	for _, lt := range leaderTerms {
		for k := 1; k < len(lt.name); k++ {
			if textscan.AtWordStart(lt.name, k) && strings.HasPrefix(lt.name, lt.name[k:]) {
				t.Errorf("the name %q overlaps itself", lt.name)
			}
		}
	}
}
