package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Past events and documents in force the report dates: they bound the
// meeting's day from below (it is on or after them) instead of voting for
// their own year.

// pastEvent reports whether the date mention at Text[i:j] dates an
// event told as past: it opens its sentence ("Tháng 4/2016, ông … rời
// …") or a word of pastMarkers follows it in the sentence ("vào tháng
// 10-2017, UBND thành phố đã …"); and no word of futureMarkers is in the
// sentence ("Tháng 3/2018, thành phố sẽ …"), and the sentence tells
// something after it (a page's "Thứ Tư, ngày 28 tháng 2 năm 2024" line
// does not). Dated steps in a row share their tense: "tháng 8/2017 sẽ
// nạo vét 6 tuyến kênh. Tháng 10/2017 nạo vét 9 tuyến" plans both. A "vào" before
// the date is no sign: "diễn ra vào tháng 11/2017" is as often to come.
func (p *parser) pastEvent(i, j int) bool {
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	if p.futureSentence(ss, se) || !hasFields(p.doc.Text[j:se], 3) {
		return false // a page's date line tells no event
	}
	l := p.doc.Lower
	if strings.TrimSpace(strings.Trim(l[ss:i], "\"“”'‘’-–•*+ ")) != "" {
		for _, w := range pastMarkers {
			if textscan.ContainsWord(l[j:se], w) {
				return true
			}
		}
		return false
	}
	for range 3 {
		if ss == 0 {
			break
		}
		ps, pe := sentenceBounds(p.doc.Text, ss-1, 0, p.end)
		if ps >= ss-1 || !datesMonth(p.doc.Text[ps:pe]) {
			break
		}
		if p.futureSentence(ps, pe) {
			return false
		}
		ss = ps
	}
	return true
}

// namedDocument reports whether the year at Text[i:] ends the name of a
// document in force, a head of documentHeads written with its capital
// within the clause before it: "Luật Hợp tác xã năm 2012", "Hiến pháp
// năm 2013", whatever cue comes before the head ("sơ kết thi hành Luật
// Hợp tác xã năm 2012" reviews the law, not its year). A plan to come
// ("Luật Đất đai sửa đổi sẽ trình năm 2019") is none, nor a year a cue
// after the head governs ("Luật Đầu tư và kế hoạch năm 2018").
func (p *parser) namedDocument(i int) bool {
	t := p.doc.Text
	s := max(0, i-60)
	if k := strings.LastIndexAny(t[s:i], ".,;:()\n"); k >= 0 {
		s += k + 1
	}
	for _, h := range documentHeads {
		k := strings.LastIndex(t[s:i], h)
		if k < 0 || !textscan.AtWordStart(t, s+k) || p.futureSentence(s+k, i) || p.draftDocument(s+k, i) {
			continue
		}
		_, _, cued := nearestCue(p.doc.Lower[s+k+len(h):i], yearCueTable, yearPrepositions)
		return !cued

	}
	return false
}

// draftDocument reports whether a word of draftMarkers is in Lower[i:j]
// or in the two words before i: "dự án Luật …", "Bộ luật Lao động sửa
// đổi năm 2017" is not yet in force.
func (p *parser) draftDocument(i, j int) bool {
	l := p.doc.Lower
	ws, _ := prevWord(l, i)
	ws, _ = prevWord(l, ws)
	for _, w := range draftMarkers {
		if textscan.ContainsWord(l[ws:j], w) {
			return true
		}
	}
	return false
}

// futureSentence reports whether a word of futureMarkers is in
// Lower[s:e].
func (p *parser) futureSentence(s, e int) bool {
	for _, w := range futureMarkers {
		if textscan.ContainsWord(p.doc.Lower[s:e], w) {
			return true
		}
	}
	return false
}

// datesMonth reports whether s names a month with its year.
func datesMonth(s string) bool {
	for m := range vntext.AllDates(s) {
		if m.Date.Day == 0 && m.Date.Month != 0 && m.Date.Year != 0 {
			return true
		}
	}
	return false
}

// inDateSpan reports whether the date mention at l[i:j] is an end of a
// span written with a dash: "(tháng 1/2004 - 5/2010)", a post held then;
// a month of such a span is no clue to the meeting's year.
func inDateSpan(l string, i, j int) bool {
	k := textscan.SkipSpaces(l, j)
	for _, d := range dashes {
		if strings.HasPrefix(l[k:], d) {
			k = textscan.SkipSpaces(l, k+len(d))
			return k < len(l) && '0' <= l[k] && l[k] <= '9' || textscan.PrefixWordAt(l, k, "tháng") || textscan.PrefixWordAt(l, k, "ngày")
		}
	}
	b := textscan.SkipSpacesBack(l, i)
	for _, d := range dashes {
		if strings.HasSuffix(l[:b], d) {
			b = textscan.SkipSpacesBack(l, b-len(d))
			return b > 0 && '0' <= l[b-1] && l[b-1] <= '9'
		}
	}
	return false
}

// dashes join the ends of a span.
var dashes = []string{"-", "–"}

// pastVerbBefore reports whether a word of pastVerbs is in the clause
// before the year at Lower[i:], in a sentence of what was: "trở thành
// thành viên ASEAN năm 1995".
func (p *parser) pastVerbBefore(i int) bool {
	if ss, se := sentenceBounds(p.doc.Text, i, 0, p.end); p.futureSentence(ss, se) {
		return false // "thành lập các đoàn giám sát năm 2018, Quốc hội sẽ …"
	}
	clause := eventClause(p.doc.Lower, i)
	for _, w := range pastVerbs {
		if textscan.ContainsWord(clause, w) {
			return true
		}
	}
	return false
}

// cutoffDate reports whether the date mention at i is the day or month
// figures are counted up to: "tính đến ngày 31/12/2016", "tính đến hết
// tháng 4/2017", "tính tới cuối 10-2018". The report comes after it. An
// estimate ("ước tính đến …") or a sentence of plans ("sẽ", "phấn
// đấu") may look ahead, and tells nothing.
func (p *parser) cutoffDate(i int) bool {
	l := p.doc.Lower
	ws, we := prevWord(l, i)
	for n := 0; n < 4 && ws < we && isOneOf(l[ws:we], cutoffFillers); n++ {
		ws, we = prevWord(l, ws)
	}
	if ws == we || !isOneOf(l[ws:we], cutoffVerbs) {
		return false
	}
	ts, te := prevWord(l, ws)
	if l[ts:te] != "tính" {
		return false
	}
	if es, ee := prevWord(l, ts); l[es:ee] == "ước" {
		return false
	}
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	return !p.futureSentence(ss, se)
}

// codeYear returns the year written in the number of the document a day
// without its year dates: "số 333/2017/UBTVQH14 ngày 11/1",
// "12/2017/NQ-HĐND, ngày 14/7". A document is dated in the year of its
// number.
func (p *parser) codeYear(i int) (int, bool) {
	l := p.doc.Lower
	ws, we := prevWord(l, i)
	if l[ws:we] == "ngày" {
		ws, _ = prevWord(l, ws)
	}
	we = ws
	for we < i && l[we] != ' ' {
		we++
	}
	for ws > 0 && l[ws-1] != ' ' && l[ws-1] != '\n' {
		ws-- // the whole code: "333/2017/ubtvqh14", where a word ends at "/"
	}
	parts := strings.Split(strings.TrimRight(l[ws:we], ","), "/")
	if len(parts) < 3 {
		return 0, false
	}
	if _, ok := atoiSpan(parts[0], 0, len(parts[0])); !ok || len(parts[1]) != 4 {
		return 0, false
	}
	y, ok := atoiSpan(parts[1], 0, 4)
	return y, ok && y >= 1990 && y <= 2100 && parts[2] != ""
}

// codeDateClue appends the clue of a day without its year that dates a
// document whose number writes the year ("Nghị quyết số
// 333/2017/UBTVQH14 ngày 11/1"): as a document's dated day, the meeting
// comes after it, likely within half a year.
func (p *parser) codeDateClue(out []yearClue, m vntext.DateMatch) []yearClue {
	d := m.Date
	if d.Day == 0 || d.Month == 0 || m.Elided {
		return out
	}
	y, ok := p.codeYear(m.Start)
	if !ok {
		return out
	}
	s := day(y, d.Month, d.Day)
	return append(out, yearClue{from: s, to: s.AddDate(0, 7, 0), weight: 1, at: m.Start, loose: true})
}
