package indicators

import "github.com/vnreport/vnreport/internal/textscan"

// A scale word alone after a number ("81 triệu", "1.200 tỷ") is read by
// vntext as money in đồng, as reports write amounts of money. But a
// measure that counts people or things ("lượng khách quốc tế đạt 12,6
// triệu", "dân số khoảng 1,5 triệu") counts them in millions: the text
// states no đồng, so the figure keeps its unit and carries no VND.

// countedMeasures are words of a measure that counts people or things.
var countedMeasures = [...]string{
	"dân số", "khách", "lượt", "nhân khẩu", "thuê bao", "lao động",
	"học sinh", "sinh viên", "hội viên", "đoàn viên",
}

// moneyMeasures are words of a measure that counts money; one of them
// keeps the figure money whatever else the measure names ("doanh thu từ
// khách du lịch").
var moneyMeasures = [...]string{
	"thu", "chi", "tiền", "vốn", "giá", "giá trị", "doanh thu", "doanh số", "lợi nhuận",
	"kinh phí", "ngân sách", "đầu tư", "nộp", "lương", "thu nhập", "nợ", "kim ngạch",
	"tài sản", "phí", "quỹ", "tài trợ", "ủng hộ", "hỗ trợ", "chi phí", "trị giá", "tổng mức",
}

// countedScales takes the VND off a figure whose unit is only scale words
// when its indicator's measure counts people or things and names no money.
func (x *extractor) countedScales() {
	for k := range x.out {
		in := &x.out[k]
		for i := range in.Figures {
			// The figure first: few are bare scales, and the measure
			// costs a lower-case copy.
			if f := &in.Figures[i]; f.VND != 0 && onlyScaleWords(f.Unit) && countsNoMoney(textscan.Lower(in.Metric)) {
				f.VND = 0
			}
		}
	}
}

// countsNoMoney reports whether the measure low (lower case) names a count
// of people or things and no money.
func countsNoMoney(low string) bool {
	for _, w := range moneyMeasures {
		if textscan.IndexWord(low, w) >= 0 {
			return false
		}
	}
	for _, w := range countedMeasures {
		if textscan.IndexWord(low, w) >= 0 {
			return true
		}
	}
	return false
}
