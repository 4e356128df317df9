package meeting

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// A line is a non-empty line of Doc.Text, trimmed of spaces.
type line struct{ start, end int }

// prepare splits the report into lines, leaving out the site's furniture
// (see vntext.Doc.FindArticle).
func (p *parser) prepare() {
	t := p.doc.Text
	p.end = p.article.End
	// Gather the lines on the stack and keep a copy of just their number:
	// growing the list by doubling would allocate about four times more.
	var buf [64]line
	lines := buf[:0]
	for i := 0; i < p.end; {
		j := strings.IndexByte(t[i:p.end], '\n')
		if j < 0 {
			j = p.end
		} else {
			j += i
		}
		s, e := i, j
		for s < e && t[s] == ' ' {
			s++
		}
		for e > s && t[e-1] == ' ' {
			e--
		}
		if s < e && !p.article.Furniture(s) {
			lines = append(lines, line{s, e})
		}
		i = j + 1
	}
	p.lines = slices.Clone(lines)
}

func isOneOf(s string, list []string) bool {
	for _, w := range list {
		if s == w {
			return true
		}
	}
	return false
}

// hasWords reports whether s has at least n words, a word being a run of
// bytes other than ' ' (a line end does not part words), without reading
// much further than the n-th. It counts the words that start in eight
// bytes at once: it runs over every line of the page's top and over each
// sentence of the lead.
func hasWords(s string, n int) bool {
	const high = 0x8080808080808080
	if n <= 0 {
		return true
	}
	in := false // whether the byte before i is part of a word
	i := 0
	for ; i+8 <= len(s); i += 8 {
		word := ^bytesEqual(textscan.Load8(s, i), ' ') & high
		before := word<<8 | boolBit(in)<<7 // of the byte before each byte
		n -= bits.OnesCount64(word &^ before)
		if n <= 0 {
			return true
		}
		in = word>>63 != 0
	}
	for ; i < len(s) && n > 0; i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n--
		}
	}
	return n <= 0
}

// boolBit returns 1 for true and 0 for false.
func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// isPageClock reports a line such as "Thứ Tư, ngày 28 tháng 2 năm 2024":
// the site's clock, not the article's date.
func isPageClock(low string) bool {
	_, _, weekday := vntext.WeekdayAt(low, 0)
	return weekday && len(low) < 60 &&
		(strings.Contains(low, "tháng") || strings.Contains(low, "/"))
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// parsePage fills the title, publication date, outlet and byline, and
// records the first line of the report's lead. The rules run in order: each
// reads what the ones before it found.
func (p *parser) parsePage(m *Meeting) {
	p.titleLine = -1
	stampLine := p.pageStamp(m)
	if stampLine < 0 && m.Published.IsZero() {
		p.stampBelow(m)
	}
	p.headline(m, stampLine)
	if m.Published.IsZero() && p.titleLine >= 0 {
		p.dateUnderHeadline(m)
	}
	p.lead()
	p.leadOutlet(m)
	p.byline(m)
}

// lineText returns the k-th line of the report.
func (p *parser) lineText(k int) string {
	return p.doc.Text[p.lines[k].start:p.lines[k].end]
}

// datedListItem reports whether line k ends with a date in brackets
// ("Kỳ họp thứ 10 … khai mạc (05/07/2022)"), as a list of other articles
// prints each item; false for a k out of range.
func (p *parser) datedListItem(k int) bool {
	if k < 0 || k >= len(p.lines) {
		return false
	}
	s := p.lineText(k)
	return strings.HasSuffix(s, ")") && stripTrailingStamp(s) != s
}

// titleLike reports whether line k reads like a headline: a sentence of at
// least four words in mixed case, not the site clock, a date line, a
// breadcrumb or an item of a list of other dated articles.
func (p *parser) titleLike(k int) bool {
	ln := p.lines[k]
	s, low := p.doc.Text[ln.start:ln.end], p.doc.Lower[ln.start:ln.end]
	listItem := p.datedListItem(k) && (p.datedListItem(k-1) || p.datedListItem(k+1))
	return !isPageClock(low) && hasLower(s) && hasWords(s, 4) && !looksLikeDateLine(low) &&
		!strings.Contains(s, " | ") && !strings.Contains(s, " > ") && !listItem
}

// pageStamp finds the publication stamp among the first lines, above any
// paragraph of the report, sets m.Published from it and returns its line
// (-1 when there is none).
func (p *parser) pageStamp(m *Meeting) int {
	t, l := p.doc.Text, p.doc.Lower
	paragraphAbove := false
	for k := 0; k < len(p.lines) && k < 20; k++ {
		ln := p.lines[k]
		if k > 0 && hasWords(t[p.lines[k-1].start:p.lines[k-1].end], 20) {
			// A page pasted with its menus puts the headline and stamp
			// further down, but still above any paragraph of the report.
			if k >= 8 {
				break
			}
			paragraphAbove = true
		}
		if k >= 8 && (paragraphAbove || !looksLikeDateLine(l[ln.start:ln.end])) {
			if paragraphAbove {
				break
			}
			continue
		}
		if hasWords(t[ln.start:ln.end], stampLineWords) {
			continue // a paragraph's dates are events ("sinh ngày 15/5/1958")
		}
		if d, ok := p.stamp(ln.start, ln.end); ok {
			m.Published = d
			return k
		}
	}
	return -1
}

// stampLineWords is how many words make a line a paragraph, whose dates
// are never the page's stamp: a stamp line holds the date and a few words
// around it, or a headline.
const stampLineWords = 60

// stampBelow reads a stamp printed under the report ("Cập nhật lúc 17:40,
// 03/08/2023" by the byline): further down, only a short line that says
// it is the article's date counts. The last such line wins.
func (p *parser) stampBelow(m *Meeting) {
	l := p.doc.Lower
	for k := 8; m.Published.IsZero() && k < len(p.lines); k++ {
		ln := p.lines[k]
		if low := l[ln.start:ln.end]; !hasWords(low, 13) && stampKeyword(low) {
			if d, ok := p.stamp(ln.start, ln.end); ok {
				m.Published = d
			}
		}
	}
}

// headline sets m.Title and p.titleLine: the line above the publication
// stamp, else the first line among the first few that reads like one.
func (p *parser) headline(m *Meeting, stampLine int) {
	l := p.doc.Lower
	for k := 0; k < len(p.lines) && k < 6; k++ {
		// The headline sits right above the stamp, also under a sidebar of
		// other articles ("Tin nổi bật", each with its own date).
		if stampLine > 0 && k < stampLine-1 && (looksLikeDateLine(l[p.lines[stampLine].start:p.lines[stampLine].end]) || !p.titleLike(stampLine)) && p.titleLike(stampLine-1) {
			k = stampLine - 1
		}
		if !p.titleLike(k) {
			continue
		}
		if s := p.lineText(k); !hasWords(s, 46) {
			p.titleLine = k
			m.Title = strings.TrimSpace(stripTrailingStamp(s))
		}
		return
	}
}

// dateUnderHeadline reads a line right under the headline that holds only
// a full date ("Thứ Ba, 10/12/2024", "Ngày 08/07/2023") as the stamp; above
// the headline such a line is the site's clock.
func (p *parser) dateUnderHeadline(m *Meeting) {
	for k := p.titleLine + 1; k < len(p.lines) && k <= p.titleLine+2; k++ {
		ln := p.lines[k]
		if d, ok := p.dateLine(ln.start, ln.end); ok {
			m.Published = d
			return
		}
	}
}

// lead sets p.leadLine: the first paragraph after the headline, a line of
// 20 words or more, else the line right under the headline.
func (p *parser) lead() {
	first := p.titleLine + 1
	p.leadLine = min(first, len(p.lines)-1)
	for k := first; k < len(p.lines) && k < first+10; k++ {
		s := p.lineText(k)
		if hasWords(s, 20) && hasLower(s) {
			p.leadLine = k
			return
		}
	}
}

// leadOutlet sets m.Source from the outlet at the start of the lead:
// "HNP - ", "(Thanhuytphcm.vn) - ".
func (p *parser) leadOutlet(m *Meeting) {
	if p.leadLine >= len(p.lines) {
		return
	}
	s := p.lineText(p.leadLine)
	k := strings.Index(s, " - ")
	if k <= 0 || k >= 40 {
		return
	}
	tag := s[:k]
	if strings.HasPrefix(tag, "(") && strings.HasSuffix(tag, ")") {
		tag = tag[1 : len(tag)-1]
	}
	if tag == "" || strings.Contains(tag, " ") || utf8.RuneCountInString(tag) < 2 {
		return
	}
	r, _ := utf8.DecodeRuneInString(tag)
	if unicode.IsLetter(r) && !(upperWord(tag) && utf8.RuneCountInString(tag) > 6) {
		m.Source = tag
	}
}

// byline sets m.Author: the last line of the report, or a line by the
// stamp, when it is a short name.
func (p *parser) byline(m *Meeting) {
	for k := len(p.lines) - 1; k > p.leadLine && k >= len(p.lines)-3; k-- {
		if s := p.lineText(k); isName(s) {
			m.Author = s
			return
		}
	}
	for k := 0; k < p.leadLine && k < len(p.lines); k++ {
		if s := p.lineText(k); k != p.titleLine && isName(s) {
			m.Author = s
			return
		}
	}
}

// looksLikeDateLine reports a line that is only a date or time stamp.
func looksLikeDateLine(low string) bool {
	for _, r := range low {
		if unicode.IsLetter(r) {
			return strings.HasPrefix(low, "ngày đăng") || strings.HasPrefix(low, "cập nhật")
		}
	}
	return true
}

// stripTrailingStamp removes "(20:57 17/06/2024)" from the end of a title.
func stripTrailingStamp(s string) string {
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k > 0 {
			inner := s[k+1 : len(s)-1]
			if strings.ContainsAny(inner, "0123456789") && !hasLower(strings.ToUpper(inner)) && !strings.ContainsFunc(inner, unicode.IsLetter) {
				return s[:k]
			}
		}
	}
	return s
}

// isName reports whether s is a short byline: two to five capitalised
// words and nothing else.
func isName(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || upperWord(w) && utf8.RuneCountInString(w) > 1 {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return n >= 2 && n <= 5
}

// stamp finds a publication stamp in Text[lo:hi]: a full date next to a
// clock time ("(20:57 17/06/2024)", "13-01-2021 20:36"), or a full date
// after "Ngày đăng" / "Cập nhật".
func (p *parser) stamp(lo, hi int) (vntext.Date, bool) {
	l := p.doc.Lower
	// Whether the line has a keyword is asked only of a full date without
	// a clock, and then once: most lines have neither.
	keyword, keywordKnown := false, false
	var buf [4]vntext.DayMention
	for _, dm := range p.doc.AppendDays(buf[:0], lo, hi) {
		if dm.Date.Year == 0 {
			continue
		}
		d := dm.Date
		if d.HasClock { // "2024-12-10T15:30:00+07:00"
			return d, true
		}
		// A clock within a few bytes before or after the date.
		found := false
		// (13 bytes before: "15h42 ngày 25/11/2025").
		for i := max(lo, dm.Start-13); i < min(hi, dm.End+12); i++ {
			if i >= dm.Start && i < dm.End {
				continue
			}
			if l[i] >= '0' && l[i] <= '9' && textscan.AtWordStart(l, i) {
				if h, mi, _, ok := vntext.ClockAt(l, i); ok {
					d.Hour, d.Minute, d.HasClock = h, mi, true
					found = true
					break
				}
			}
		}
		if found {
			return d, true
		}
		if !keywordKnown {
			keyword, keywordKnown = stampKeyword(l[lo:hi]), true
		}
		if keyword {
			return d, true
		}
	}
	return vntext.Date{}, false
}

// dateLine reads Text[lo:hi] as a line that is only a full date, perhaps
// after a weekday or "Ngày": "Thứ Ba, 10/12/2024", "Ngày 08/07/2023".
func (p *parser) dateLine(lo, hi int) (vntext.Date, bool) {
	l := p.doc.Lower
	// Only a weekday and "Ngày" may come before it.
	k := skipDateMarks(l, lo)
	if _, e, ok := vntext.WeekdayAt(l, k); ok {
		k = skipDateMarks(l, e)
	}
	if textscan.PrefixWordAt(l, k, "ngày") {
		k = skipDateMarks(l, k+len("ngày"))
	}
	var dm vntext.DayMention
	if textscan.NextDigit(l[:k], lo) < k {
		// A number before ("Thứ 5, 14/3/2024") may start a day of its
		// own: the days of the whole line tell.
		var buf [2]vntext.DayMention
		days := p.doc.AppendDays(buf[:0], lo, hi)
		if len(days) != 1 {
			return vntext.Date{}, false
		}
		dm = days[0]
	} else {
		// The line's first day is the one at k, if any: reading only it
		// spares reading the days of a paragraph under the headline.
		var ok bool
		if dm, ok = p.doc.DayAt(k, hi); !ok || !textscan.AtWordStart(l, k) {
			return vntext.Date{}, false
		}
	}
	if k != dm.Start || dm.Date.Year == 0 || strings.TrimRight(l[dm.End:hi], " ") != "" {
		return vntext.Date{}, false
	}
	d := dm.Date
	d.HasClock = false
	return d, true
}

// skipDateMarks skips the spaces, commas and opening brackets between the
// words of a date line at l[i:].
func skipDateMarks(l string, i int) int {
	for i < len(l) && (l[i] == ' ' || l[i] == ',' || l[i] == '(') {
		i++
	}
	return i
}

// stampKeyword reports whether a line names its date as the article's:
// "Ngày đăng", "Cập nhật", or a tool bar.
func stampKeyword(low string) bool {
	if articleTools(low) {
		return true
	}
	for _, g := range stampKeywordGroups {
		if !strings.Contains(low, g[0]) {
			continue // nor any keyword of the group
		}
		for _, k := range g[1:] {
			if k == g[0] || strings.Contains(low, k) {
				return true
			}
		}
	}
	return false
}

// stampKeywords name a line's date as the article's.
var stampKeywords = [...]string{"ngày đăng", "cập nhật", "đăng lúc", "đăng ngày", "bài đăng", "xuất bản", "thời gian đăng"}

// stampKeywordGroups lists stampKeywords under a word each has, first in
// its group: "đăng" for those with it, the keyword itself for the others,
// so that a line is read once for each group, not for each keyword.
var stampKeywordGroups = func() (groups [][]string) {
	for _, k := range stampKeywords {
		w := k
		if strings.Contains(k, "đăng") {
			w = "đăng"
		}
		i := slices.IndexFunc(groups, func(g []string) bool { return g[0] == w })
		if i < 0 {
			groups, i = append(groups, []string{w}), len(groups)
		}
		groups[i] = append(groups[i], k)
	}
	return groups
}()

// articleTools reports a line of the article's own tool bar ("05/07/2019 |
// Chia sẻ | In | Lượt xem: 98"): a full date on it is the article's, not
// the site clock's, even without a clock time.
func articleTools(low string) bool {
	if !strings.Contains(low, " | ") && !strings.Contains(low, "lượt xem") {
		return false
	}
	for _, w := range [...]string{"lượt xem", "lượt đọc", "chia sẻ", "in bài", "bình luận", "gửi bài"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
