package meeting

import (
	"strings"
	"time"
)

// yearCues are words before "năm 2017" that make it the year the report
// is about: "cả năm 2017", "chỉ tiêu năm 2023", "kinh tế - xã hội năm 2018",
// "kết quả năm 2017", "kỳ họp thường lệ cuối năm 2017", "giữa năm 2018".
var yearCues = []string{
	"cả", "trong", "chỉ tiêu", "nhiệm vụ", "kế hoạch", "thực hiện", "của",
	"tháng đầu", "tháng cuối", "chủ đề", "xã hội", "dự toán", "tháng", "quý",
	"công tác", "tổng kết", "kết quả", "tình hình", "kỳ họp cuối", "lệ cuối",
	"kỳ họp giữa", "lệ giữa",
}

// prevYearCues are words before "năm 2016" that make it the year before
// the report's: "so với cùng kỳ năm 2016", "so với cuối năm 2015".
var prevYearCues = []string{"cùng kỳ", "so với cuối", "so với"}

// contextYear returns the year a report is about when it says so: a period
// of that year ("6 tháng đầu năm 2017", "quý I/2021", "cả năm 2017"), else a
// full date printed within two months of the meeting's day. It returns 0
// when the report does not tell.
func (p *parser) contextYear(month, day int) int {
	l := p.doc.Lower[:p.end]
	best := 0
	var seen [8]int // the cued years, the latest first, for the year-end rule
	var open [8]int // years opening a sentence
	nOpen := 0
	note := func(y int) {
		for _, s := range seen {
			if s == y {
				return
			}
		}
		copy(seen[1:], seen[:len(seen)-1])
		seen[0] = y
		best = max(best, y)
	}
	for i := 0; ; {
		k := strings.Index(l[i:], "năm ")
		if k < 0 {
			break
		}
		k += i
		i = k + len("năm ")
		y0 := i
		y1 := digitsAt(l, y0)
		if y1-y0 != 4 || !wordEnd(l, y1) || !wordStart(l, k) {
			continue
		}
		y, _ := atoiSpan(l, y0, y1)
		if y < 1990 || y > 2100 {
			continue
		}
		if c, ok := p.yearCue(k); ok {
			note(y + c)
		} else if opening := k == 0 || l[k-1] == '\n' || k >= 2 && l[k-2:k] == ". "; opening && nOpen < len(open) && reportsResults(l, y1) {
			// "Năm 2012, thu ngân sách đạt …": a sentence opening on a year
			// states that year's results, or a past year's, or the
			// next year's plan; only the year-end rule below trusts it.
			open[nOpen] = y
			nOpen++
		}
	}
	// "cùng kỳ 2018": the year before.
	for i := 0; ; {
		k := strings.Index(l[i:], "cùng kỳ ")
		if k < 0 {
			break
		}
		i += k + len("cùng kỳ ")
		y1 := digitsAt(l, i)
		if y, ok := atoiSpan(l, i, y1); ok && y1-i == 4 && wordEnd(l, y1) && y >= 1990 && y < 2100 {
			note(y + 1)
		}
	}
	// "quý I/2021"
	for i := 0; ; {
		k := strings.Index(l[i:], "quý ")
		if k < 0 {
			break
		}
		k += i
		i = k + len("quý ")
		e := wordAt(l, i)
		if e < len(l)-4 && l[e] == '/' {
			y1 := digitsAt(l, e+1)
			if y, ok := atoiSpan(l, e+1, y1); ok && y1-e-1 == 4 && y >= 1990 && y < 2100 {
				note(y)
			}
		}
	}
	if best != 0 {
		// At the year's end a report reviews the year and plans the next:
		// "tổng kết năm 2025, nhiệm vụ năm 2026" in December is of 2025.
		if month >= 11 {
			for _, y := range seen {
				if y == best-1 {
					return y
				}
			}
			for _, y := range open[:nOpen] {
				if y == best-1 {
					return y // "Năm 2012, …" in a report planning 2013
				}
			}
		}
		return best
	}
	if y := p.nearbyFullDate(month, day); y != 0 || month < 11 || nOpen == 0 {
		return y
	}
	// A year-end meeting in a report whose only years open its sentences
	// ("Năm 2022, tổng giá trị sản xuất đạt …"): the year reviewed, the
	// one before the next year's plan when both are there.
	latest := 0
	for _, y := range open[:nOpen] {
		latest = max(latest, y)
	}
	for _, y := range open[:nOpen] {
		if y == latest-1 {
			return y
		}
	}
	return latest
}

// yearCue reports whether "năm" at k names the report's year or one next
// to it, and the offset to the report's year: 0 for "cả năm 2017", +1 for
// "so với cùng kỳ năm 2016", -1 for "Sang năm 2015".
func (p *parser) yearCue(k int) (offset int, ok bool) {
	l := p.doc.Lower
	j := k
	for j > 0 && l[j-1] == ' ' {
		j--
	}
	has := func(c string) bool { return strings.HasSuffix(l[:j], c) && wordStart(l, j-len(c)) }
	if has("sang") {
		return -1, true
	}
	for _, c := range prevYearCues {
		if has(c) {
			return 1, true
		}
	}
	for _, c := range [...]string{"kế hoạch", "dự toán", "chỉ tiêu"} {
		if has(c) {
			return 0, true // "so với kế hoạch năm 2017": this year's plan
		}
	}
	// "so với 11 tháng năm 2016": compared with the year before.
	if w := l[max(0, j-24):j]; strings.Contains(w, "so với ") {
		return 1, true
	}
	for _, c := range yearCues {
		if has(c) {
			return 0, true
		}
	}
	return 0, false
}

// nearbyFullDate returns the year of a full date the report prints (not a
// birth date) that lies within 60 days of the meeting's day, or 0.
func (p *parser) nearbyFullDate(month, day int) int {
	l := p.doc.Lower[:p.end]
	var buf [16]dayMention
	for _, dm := range p.daysIn(buf[:0], 0, len(l)) {
		if dm.date.Year < 1990 {
			continue
		}
		if ws, we := prevWord(l, dm.start); we > ws {
			w := l[ws:we]
			if w == "ngày" {
				ws, we = prevWord(l, ws)
				w = l[ws:we]
			}
			if w == "sinh" {
				continue
			}
		}
		full := time.Date(dm.date.Year, time.Month(dm.date.Month), dm.date.Day, 0, 0, 0, 0, time.UTC)
		for _, y := range [...]int{dm.date.Year, dm.date.Year - 1, dm.date.Year + 1} {
			t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
			if d := t.Sub(full); d < 60*24*time.Hour && d > -60*24*time.Hour {
				return y
			}
		}
	}
	return 0
}

// reportsResults reports whether the sentence going on at l[i:] states
// results ("đạt", "tăng", "ước"), as a year's review does and a
// biography ("Năm 2010, ông được bổ nhiệm …") does not.
func reportsResults(l string, i int) bool {
	e := min(len(l), i+300)
	if k := strings.Index(l[i:e], ". "); k >= 0 {
		e = i + k // not at the dot of "4.310"
	}
	if k := strings.IndexByte(l[i:e], '\n'); k >= 0 {
		e = i + k
	}
	s := l[i:e]
	return strings.Contains(s, " đạt ") || strings.Contains(s, " tăng ") || strings.Contains(s, " ước ")
}
