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
	for at := range textscan.WordHits(l, cue) {
		n, e, ok := sittingNumber(l, at+len(cue))
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
			// of its meeting: the year is a fact of the calendar, which
			// no period the sitting debates outvotes ("Chương trình xây
			// dựng luật năm 2018" at a sitting of 2017), unless it is
			// told as past ("Kỳ họp thứ 8 … đã cho phép").
			out = append(out, yearClue{from: day(y, 1, 1), to: day(y+1, 1, 1), weight: 6, at: at})
			if ss, se := sentenceBounds(p.doc.Text, at, 0, p.end); !containsAnyWord(p.doc.Lower[ss:se], pastMarkers) && !p.toldOfThen(at) {
				out = append(out, yearClue{from: day(y, 1, 1), to: day(y+1, 1, 15), limit: true, at: at})
			}
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
	return out
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
	l := p.doc.Lower
	for i < len(l) && strings.IndexByte(" ,-(", l[i]) >= 0 {
		i++
	}
	if textscan.PrefixWordAt(l, i, "của") {
		i = textscan.SkipSpaces(l, i+len("của"))
	}
	for _, name := range assemblyNames {
		if strings.HasPrefix(l[i:], name) {
			return p.khoaAt(i + len(name))
		}
	}
	return 0, false
}

// khoaAt reads the number of a khóa at Text[s:], in Roman numerals or
// digits: "XIV", "14".
func (p *parser) khoaAt(s int) (int, bool) {
	l, t := p.doc.Lower, p.doc.Text
	e := textscan.LetterEnd(t, s)
	if e == s {
		e = digitsAt(l, s)
		n, ok := atoiSpan(l, s, e)
		return n, ok && textscan.AtWordEnd(l, e)
	}
	n, err := roman.Parse(t[s:e])
	return n, err == nil
}

// electionMonthsBefore and electionMonthsAfter are how far before and
// after a general election a report that names it is held: the
// candidates are drawn up from the autumn before, the results confirmed
// by early summer.
const electionMonthsBefore, electionMonthsAfter = 8, 2

// electionClues appends a clue for each general election the report
// names by the National Assembly's khóa or the councils' tenure ("bầu cử
// đại biểu Quốc hội khóa XIV", "bầu cử đại biểu HĐND các cấp nhiệm kỳ
// 2016 - 2021"): the Assembly and the councils are elected together in
// late May of the tenure's first year, and a report that names the
// election is held in the months around it. An election recalled as
// past ("từ sau cuộc bầu cử …") tells nothing.
func (p *parser) electionClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	const cue = "bầu cử"
	for at := range textscan.WordHits(l, cue) {
		i := at + len(cue)
		if !textscan.AtWordEnd(l, i) || !electedBody(l, textscan.SkipSpaces(l, i)) {
			continue
		}
		y, ok := p.electionYear(i, min(len(l), i+90))
		if !ok {
			continue
		}
		if role, _ := p.periodRole(at, i); role == roleNone {
			continue
		}
		t := day(y, 5, 22)
		out = append(out, yearClue{from: t.AddDate(0, -electionMonthsBefore, 0), to: t.AddDate(0, electionMonthsAfter, 0), weight: 2, at: at})
	}
	return out
}

// electedBodies, after "bầu cử", name the bodies of a general election,
// as a council's vote for a post ("bầu cử chức vụ Chủ tịch UBND tỉnh") is
// none.
var electedBodies = []string{"đại biểu", "đbqh", "quốc hội", "qh", "hđnd", "hội đồng nhân dân"}

// electedBody reports whether a word of electedBodies opens l[i:].
func electedBody(l string, i int) bool {
	for _, w := range electedBodies {
		if textscan.PrefixWordAt(l, i, w) {
			return true
		}
	}
	return false
}

// electionYear reads, in Lower[i:j] after "bầu cử", the National
// Assembly's khóa or a tenure, and returns the year of that election.
func (p *parser) electionYear(i, j int) (int, bool) {
	l := p.doc.Lower
	if k := strings.IndexAny(l[i:j], ".;\n"); k >= 0 {
		j = i + k
	}
	for _, name := range assemblyNames {
		if k := strings.Index(l[i:j], name); k >= 0 {
			if khoa, ok := p.khoaAt(i + k + len(name)); ok {
				y, ok := assemblyYear(khoa, 1)
				return y, ok
			}
		}
	}
	if k := strings.Index(l[i:j], "nhiệm kỳ "); k >= 0 {
		if s, _, _, ok := p.readYears(i + k + len("nhiệm kỳ ")); ok && s >= 1990 {
			return s, true
		}
	}
	return 0, false
}

// partyCongresses are the days the national congresses of the Party
// opened, by their number: "Đại hội XII của Đảng" opened on 21 January
// 2016.
var partyCongresses = []struct{ n, year, month, day int }{
	{10, 2006, 4, 18},
	{11, 2011, 1, 12},
	{12, 2016, 1, 21},
	{13, 2021, 1, 25},
}

// partyCongressNames open the name of a national congress of the Party
// before its number.
var partyCongressNames = []string{"đại hội đại biểu toàn quốc lần thứ ", "đại hội lần thứ ", "đại hội "}

// partyCongressSkips before a congress's name make it one recalled or
// prepared for, not one held around the meeting: "Nghị quyết Đại hội XII
// của Đảng", "chuẩn bị Đại hội XIII của Đảng".
var partyCongressSkips = []string{
	"nghị quyết", "văn kiện", "tinh thần", "chuẩn bị", "tiến tới", "hướng tới", "sau", "từ", "nhiệm kỳ",
}

// partyCongressClues appends a clue for the national congress of the
// Party the headline, lead or sentence that names the meeting names
// ("Đại hội XII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII của
// Đảng"): the meeting is held in the weeks around it.
func (p *parser) partyCongressClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.anchorEnd]
	for _, name := range partyCongressNames {
		for at := range textscan.WordHits(l, name) {
			i := at + len(name)
			n, ok := p.khoaAt(i)
			if !ok {
				continue
			}
			if !p.ourParty(textscan.SkipSpaces(l, textscan.WordEnd(l, i))) || p.congressRecalled(at) {
				continue
			}
			for _, c := range partyCongresses {
				if c.n == n {
					t := day(c.year, c.month, c.day)
					out = append(out, yearClue{from: t.AddDate(0, -3, 0), to: t.AddDate(0, 2, 0), weight: 3, at: at})
				}
			}
		}
	}
	return out
}

// ourParty reports whether Lower[i:] names the Party of Việt Nam: "của
// Đảng", "của Đảng Cộng sản Việt Nam", not "của Đảng Cộng sản Trung Quốc".
func (p *parser) ourParty(i int) bool {
	l := p.doc.Lower
	const party, cs = "của đảng", " cộng sản"
	if !textscan.PrefixWordAt(l, i, party) {
		return false
	}
	k := i + len(party)
	if strings.HasPrefix(l[k:], cs) {
		return textscan.PrefixWordAt(l, k+len(cs)+1, "việt nam")
	}
	return !textscan.PrefixWordAt(l, textscan.SkipSpaces(l, k), "nhân dân")
}

// congressRecalled reports whether a word of partyCongressSkips is in the
// clause before the congress's name at Lower[i:].
func (p *parser) congressRecalled(i int) bool {
	return containsAnyWord(eventClause(p.doc.Lower, i), partyCongressSkips)
}

// partyCongressCycle is the cycle of the Party's congresses below the
// national one: every five years, in the year before the national
// congress (2010, 2015, 2020, 2025), the provinces' in its autumn and the
// districts' before them.
const partyCongressCycle = 5

// partyCycleLevels are the levels whose Party congresses keep the cycle;
// some grassroots cells meet halfway through it.
var partyCycleLevels = []string{"tỉnh", "thành phố", "quận", "huyện", "thị xã"}

// partyCycle reports whether m is a congress of a Party organisation that
// keeps partyCongressCycle: "Đại hội Đảng bộ thành phố Đà Nẵng lần thứ
// 21" is held in 2015, 2020 or 2025.
func partyCycle(m *Meeting) bool {
	return m.Kind == KindCongress && strings.HasSuffix(m.Body.Organ, "Đảng bộ") && isOneOf(m.Body.Level, partyCycleLevels)
}
