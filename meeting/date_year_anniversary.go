package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Anniversaries a careful reader dates by what he knows: "Kỷ niệm 127 năm
// Ngày sinh Chủ tịch Hồ Chí Minh" is held in 2017, as 1890 is a fact; "45
// năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản" in 2018, as the
// two countries set up relations in 1973; "70 năm thành lập tỉnh (1947 -
// 2017)" in the last year of its span.

// A nationalDay is a day of the nation's calendar, as written after "N
// năm" (lower case, "ngày" left out), and its date.
type nationalDay struct {
	event            string
	year, month, day int
}

// nationalDays are the days whose anniversaries reports celebrate.
var nationalDays = []nationalDay{
	{"sinh chủ tịch hồ chí minh", 1890, 5, 19},
	{"sinh của chủ tịch hồ chí minh", 1890, 5, 19},
	{"sinh bác hồ", 1890, 5, 19},
	{"sinh của bác", 1890, 5, 19},
	{"sinh bác", 1890, 5, 19},
	{"sinh nhật bác", 1890, 5, 19},
	{"sinh nhật chủ tịch hồ chí minh", 1890, 5, 19},
	{"thành lập đảng cộng sản việt nam", 1930, 2, 3},
	{"thành lập đảng", 1930, 2, 3},
	{"báo chí cách mạng việt nam", 1925, 6, 21},
	{"thương binh - liệt sĩ", 1947, 7, 27},
	{"thương binh, liệt sĩ", 1947, 7, 27},
	{"thương binh liệt sĩ", 1947, 7, 27},
	{"cách mạng tháng tám", 1945, 8, 19},
	{"quốc khánh", 1945, 9, 2},
	{"thành lập quân đội nhân dân việt nam", 1944, 12, 22},
	{"giải phóng miền nam", 1975, 4, 30},
	{"giải phóng hoàn toàn miền nam", 1975, 4, 30},
	{"chiến thắng điện biên phủ", 1954, 5, 7},
	{"bác hồ ra đi tìm đường cứu nước", 1911, 6, 5},
	{"chủ tịch hồ chí minh ra đi tìm đường cứu nước", 1911, 6, 5},
	{"thực hiện di chúc của chủ tịch hồ chí minh", 1969, 9, 2},
	{"thực hiện di chúc của bác", 1969, 9, 2},
	{"chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc", 1948, 6, 11},
	{"nhà giáo việt nam", 1982, 11, 20},
	{"thầy thuốc việt nam", 1955, 2, 27},
	{"thành lập đoàn thanh niên cộng sản hồ chí minh", 1931, 3, 26},
	{"thành lập đoàn tncs hồ chí minh", 1931, 3, 26},
	{"thành lập hội liên hiệp phụ nữ việt nam", 1930, 10, 20},
	{"thành lập mặt trận tổ quốc việt nam", 1930, 11, 18},
	{"thành lập hội nông dân việt nam", 1930, 10, 14},
	{"thành lập công đoàn việt nam", 1929, 7, 28},
	{"thành lập hội cựu chiến binh việt nam", 1989, 12, 6},
	{"thành lập lực lượng công an nhân dân", 1945, 8, 19},
	{"thành lập công an nhân dân", 1945, 8, 19},
	{"thành lập bộ đội biên phòng", 1959, 3, 3},
	{"toàn quốc kháng chiến", 1946, 12, 19},
	{"tổng tuyển cử đầu tiên", 1946, 1, 6},
	{"giải phóng thủ đô", 1954, 10, 10},
	{"bác hồ về nước", 1941, 1, 28},
	{"truyền thống ngành tuyên giáo", 1930, 8, 1},
	{"truyền thống ngành kiểm tra đảng", 1948, 10, 16},
	{"truyền thống ngành tổ chức xây dựng đảng", 1930, 10, 14},
	{"truyền thống ngành dân vận", 1930, 10, 15},
	{"thành lập asean", 1967, 8, 8},
	{"thành lập hiệp hội các quốc gia đông nam á", 1967, 8, 8},
	{"việt nam gia nhập asean", 1995, 7, 28},
	{"việt nam gia nhập liên hợp quốc", 1977, 9, 20},
	{"việt nam gia nhập lhq", 1977, 9, 20},
	{"việt nam gia nhập wto", 2007, 1, 11},
	{"cách mạng tháng mười nga", 1917, 11, 7},
}

// leaderBirths are the births of the nation's founders and leaders whose
// anniversaries reports celebrate ("110 năm Ngày sinh đồng chí Trường
// Chinh"), by the name written after "sinh" and its title.
var leaderBirths = []nationalDay{
	{"trường chinh", 1907, 2, 9},
	{"lê duẩn", 1907, 4, 7},
	{"phạm văn đồng", 1906, 3, 1},
	{"võ nguyên giáp", 1911, 8, 25},
	{"tôn đức thắng", 1888, 8, 20},
	{"nguyễn văn linh", 1915, 7, 1},
	{"lê hồng phong", 1902, 9, 6},
	{"trần phú", 1904, 5, 1},
	{"hà huy tập", 1906, 4, 24},
	{"nguyễn văn cừ", 1912, 7, 9},
	{"nguyễn thị minh khai", 1910, 11, 1},
	{"lê đức thọ", 1911, 10, 10},
	{"võ văn kiệt", 1922, 11, 23},
	{"nguyễn chí thanh", 1914, 1, 1},
	{"huỳnh thúc kháng", 1876, 10, 1},
	{"phan châu trinh", 1872, 9, 9},
}

// diplomaticRelations are the days Việt Nam set up diplomatic relations
// with other countries, by the country's name.
var diplomaticRelations = []nationalDay{
	{"trung quốc", 1950, 1, 18},
	{"liên bang nga", 1950, 1, 30},
	{"nga", 1950, 1, 30},
	{"lào", 1962, 9, 5},
	{"campuchia", 1967, 6, 24},
	{"cuba", 1960, 12, 2},
	{"nhật bản", 1973, 9, 21},
	{"hoa kỳ", 1995, 7, 12},
	{"mỹ", 1995, 7, 12},
	{"hàn quốc", 1992, 12, 22},
	{"ấn độ", 1972, 1, 7},
	{"pháp", 1973, 4, 12},
	{"đức", 1975, 9, 23},
	{"vương quốc anh", 1973, 9, 11},
	{"australia", 1973, 2, 26},
	{"ô-xtrây-li-a", 1973, 2, 26},
	{"singapore", 1973, 8, 1},
	{"thái lan", 1976, 8, 6},
	{"indonesia", 1964, 12, 30},
	{"malaysia", 1973, 3, 30},
	{"philippines", 1976, 7, 12},
	{"myanmar", 1975, 5, 28},
	{"italy", 1973, 3, 23},
	{"canada", 1973, 8, 21},
	{"hà lan", 1973, 4, 9},
	{"israel", 1993, 7, 12},
	{"new zealand", 1975, 6, 19},
	{"mông cổ", 1954, 11, 17},
	{"brazil", 1989, 5, 8},
	{"argentina", 1973, 10, 25},
	{"chile", 1971, 3, 25},
	{"mexico", 1975, 5, 19},
}

// diplomaticCues after "N năm" name the setting up of diplomatic relations.
var diplomaticCues = []string{"quan hệ ngoại giao"}

// anniversaryCueWords open the anniversary a meeting is held for.
var anniversaryCueWords = []string{"kỷ niệm ", "chào mừng ", "mừng ", "nhân dịp ", "hướng tới ", "tiến tới "}

// nationalDayClues appends a clue for each anniversary the report
// celebrates ("Kỷ niệm 90 năm Ngày thành lập Đảng", "chào mừng 75 năm
// Cách mạng Tháng Tám", "nhân dịp 110 năm Ngày sinh đồng chí Trường
// Chinh"): the meeting is held in the months leading up to that
// anniversary, or just after.
func (p *parser) nationalDayClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	for at, ds := range yearCounts(l, anniversaryCueWords) {
		n, ok := atoiSpan(l, ds[0], ds[1])
		if !ok {
			continue
		}
		if c, ok := p.anniversaryOf(textscan.SkipSpaces(l, ds[1]+len(" năm")), n); ok {
			c.at = at
			out = append(out, c)
		}
	}
	return out
}

// anniversaryOf returns the clue of the n-th anniversary of what Lower[i:]
// names: a day of nationalDays, a leader's birth, diplomatic relations
// with a country the sentence names, or anything whose span of n years
// follows in brackets.
func (p *parser) anniversaryOf(i, n int) (yearClue, bool) {
	l := p.doc.Lower
	d, ok := nationalDayAt(l, i)
	if !ok {
		d, ok = p.relationsAt(i)
	}
	if ok && d.year+n >= 1990 {
		t := day(d.year+n, d.month, d.day)
		return yearClue{from: t.AddDate(0, -5, 0), to: t.AddDate(0, 2, 0), weight: 3}, true
	}
	_, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	for _, m := range vntext.FindPeriods(p.doc.Text[i:min(se, i+160)]) {
		if per := m.Period; per.Kind == vntext.PeriodRange && per.EndYear-per.Year == n && per.EndYear >= 1990 {
			// "70 năm thành lập tỉnh (1947 - 2017)": held in its last year.
			return yearClue{from: day(per.EndYear, 1, 1), to: day(per.EndYear+1, 1, 15), weight: 3}, true
		}
	}
	return yearClue{}, false
}

// nationalDayAt returns the row of nationalDays, or the birth of a leader
// of leaderBirths, named at l[i:], "ngày" before it skipped.
func nationalDayAt(l string, i int) (nationalDay, bool) {
	if textscan.PrefixWordAt(l, i, "ngày") {
		i = textscan.SkipSpaces(l, i+len("ngày"))
	}
	for _, d := range nationalDays {
		if textscan.PrefixWordAt(l, i, d.event) {
			return d, true
		}
	}
	if !textscan.PrefixWordAt(l, i, "sinh") {
		return nationalDay{}, false
	}
	tail := l[i:min(len(l), i+60)]
	for _, d := range leaderBirths {
		if textscan.ContainsWord(tail, d.event) {
			return d, true
		}
	}
	return nationalDay{}, false
}

// relationsAt returns the day Việt Nam set up diplomatic relations with the
// one country of diplomaticRelations the sentence names, when Lower[i:]
// names the relations: "45 năm thiết lập quan hệ ngoại giao Việt Nam -
// Nhật Bản". Two countries named tell nothing.
func (p *parser) relationsAt(i int) (nationalDay, bool) {
	l := p.doc.Lower
	tail := l[i:min(len(l), i+60)]
	found := false
	for _, c := range diplomaticCues {
		found = found || strings.Contains(tail, c)
	}
	if !found {
		return nationalDay{}, false
	}
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	var got nationalDay
	for _, d := range diplomaticRelations {
		if textscan.ContainsWord(l[ss:se], d.event) {
			if got.event != "" && got.year != d.year {
				return nationalDay{}, false
			}
			got = d
		}
	}
	return got, got.event != ""
}
