package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/roman"
	"github.com/vnreport/vnreport/vntext"
)

// The national calendar a careful reader knows: the National Assembly is
// elected every five years (every four for the twelfth), and holds its
// first sitting in the summer after the election, then one regular sitting
// each autumn and one each spring: "kỳ họp thứ 3, Quốc hội khóa XIV" is
// the spring of 2017. Its extraordinary sittings ("kỳ họp bất thường")
// are numbered apart and tell nothing here.

// assemblyTerms gives the first year of each term of the National
// Assembly, by its khóa.
var assemblyTerms = []struct{ khoa, start, sittings int }{
	{11, 2002, 11},
	{12, 2007, 9},
	{13, 2011, 11},
	{14, 2016, 11},
	{15, 2021, 11},
}

// assemblyNames name the National Assembly before its khóa.
var assemblyNames = []string{"quốc hội khóa ", "quốc hội khoá ", "qh khóa ", "qh khoá "}

// assemblyYear returns the year of regular sitting n of the National
// Assembly of khóa k: the first sitting and the next, in the autumn, fall
// in the election year, and each year after holds a spring and an autumn
// one; the last, in the spring of the election year, closes the term.
func assemblyYear(k, n int) (int, bool) {
	for _, t := range assemblyTerms {
		if t.khoa == k && n >= 1 && n <= t.sittings {
			return t.start + (n-1)/2, true
		}
	}
	return 0, false
}

// assemblyClues appends a clue for each regular sitting of the National
// Assembly the report names with its khóa ("kỳ họp thứ 6, Quốc hội khóa
// XIV", "Kỳ họp thứ ba của QH khóa XIII"): the year it was held. Named in
// the title or lead, it is the meeting reported or one close to it, and
// outweighs what the report dates by its background.
func (p *parser) assemblyClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	const cue = "kỳ họp thứ "
	for i := 0; ; {
		k := strings.Index(l[i:], cue)
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len(cue)
		if !textscan.AtWordStart(l, at) {
			continue
		}
		n, e, ok := sittingNumber(l, i)
		if !ok {
			continue
		}
		khoa, ok := p.assemblyKhoa(e)
		if !ok {
			continue
		}
		y, ok := assemblyYear(khoa, n)
		if !ok {
			continue
		}
		if at < p.anchorEnd {
			// The sitting the report is about, or one held within weeks
			// of its meeting: the year is a fact of the calendar.
			out = append(out, yearClue{from: day(y, 1, 1), to: day(y+1, 1, 1), weight: 6, at: at})
			continue
		}
		// Named further on, it is a dated event like any other: the
		// meeting falls within months of its season (spring from the
		// third, autumn from the second, summer for the first).
		m := 5
		switch {
		case n == 1:
			m = 7
		case n%2 == 0:
			m = 10
		}
		out = append(out, yearClue{from: day(y, m-4, 1), to: day(y, m+6, 1), weight: 2, at: at})
	}
}

// sittingNumber reads the number of "kỳ họp thứ N" at l[i:], in digits
// or in words, and returns it with its end.
func sittingNumber(l string, i int) (n, end int, ok bool) {
	e := digitsAt(l, i)
	if e > i {
		n, ok = atoiSpan(l, i, e)
		return n, e, ok && textscan.AtWordEnd(l, e)
	}
	return vntext.OrdinalWordsAt(l, i)
}

// assemblyKhoa reads, just after a sitting's number at i, the National
// Assembly's khóa: ", Quốc hội khóa XIV", " của QH khóa 14", " (Quốc hội
// khoá XIII)".
func (p *parser) assemblyKhoa(i int) (int, bool) {
	l, t := p.doc.Lower, p.doc.Text
	for i < len(l) && strings.IndexByte(" ,-(", l[i]) >= 0 {
		i++
	}
	if textscan.PrefixWordAt(l, i, "của") {
		i = textscan.SkipSpaces(l, i+len("của"))
	}
	for _, name := range assemblyNames {
		if !strings.HasPrefix(l[i:], name) {
			continue
		}
		s := i + len(name)
		e := textscan.LetterEnd(t, s)
		if e == s {
			e = digitsAt(l, s)
			n, ok := atoiSpan(l, s, e)
			return n, ok && textscan.AtWordEnd(l, e)
		}
		n, err := roman.Parse(t[s:e])
		return n, err == nil
	}
	return 0, false
}

// A nationalDay is a day of the nation's calendar, as written after "N
// năm" (lower case, "ngày" left out), and its date.
type nationalDay struct {
	event            string
	year, month, day int
}

// nationalDays are the days whose anniversaries reports celebrate: "Kỷ
// niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh" is 2017, as 1890 is a fact
// a reader knows.
var nationalDays = []nationalDay{
	{"sinh chủ tịch hồ chí minh", 1890, 5, 19},
	{"sinh của chủ tịch hồ chí minh", 1890, 5, 19},
	{"sinh bác hồ", 1890, 5, 19},
	{"sinh của bác", 1890, 5, 19},
	{"sinh bác", 1890, 5, 19},
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
}

// anniversaryCueWords open the anniversary a meeting is held for.
var anniversaryCueWords = []string{"kỷ niệm ", "chào mừng ", "mừng "}

// nationalDayClues appends a clue for each anniversary of a day of
// nationalDays the report celebrates ("Kỷ niệm 90 năm Ngày thành lập
// Đảng", "chào mừng 75 năm Cách mạng Tháng Tám"): the meeting is held in
// the months leading up to that anniversary, or just after.
func (p *parser) nationalDayClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	for _, cue := range anniversaryCueWords {
		for i := 0; ; {
			k := strings.Index(l[i:], cue)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(cue)
			if !textscan.AtWordStart(l, at) {
				continue
			}
			e := digitsAt(l, i)
			n, ok := atoiSpan(l, i, e)
			if !ok || !textscan.PrefixWordAt(l, e, " năm") {
				continue
			}
			if d, ok := nationalDayAt(l, textscan.SkipSpaces(l, e+len(" năm"))); ok && d.year+n >= 1990 {
				t := day(d.year+n, d.month, d.day)
				out = append(out, yearClue{from: t.AddDate(0, -5, 0), to: t.AddDate(0, 2, 0), weight: 3, at: at})
			}
		}
	}
	return out
}

// nationalDayAt returns the row of nationalDays named at l[i:], "ngày"
// before it skipped.
func nationalDayAt(l string, i int) (nationalDay, bool) {
	if textscan.PrefixWordAt(l, i, "ngày") {
		i = textscan.SkipSpaces(l, i+len("ngày"))
	}
	for _, d := range nationalDays {
		if textscan.PrefixWordAt(l, i, d.event) {
			return d, true
		}
	}
	return nationalDay{}, false
}
