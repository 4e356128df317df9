package vntext

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// This file holds what the two ends of a range share: "từ 1000 đến 2000
// đồng" writes the unit once, after the second end, and means it for both.

// rangeJoins are the words that join the two ends of a range, with
// whether the range must open on "giữa" ("giữa 1,1 và 1,3 đô la"): "và"
// alone joins two figures of a list as often as the ends of a range.
var rangeJoins = [...]struct {
	w         string
	afterGiua bool
}{{"đến", false}, {"tới", false}, {"-", false}, {"–", false}, {"và", true}}

// rangeUnit reads the unit a bare number ending at text[e] borrows from
// the second end of a range it opens: after a joining word, a number in
// digits followed by a percent or an amount of money. start is where the
// first number starts.
func rangeUnit(text string, start, e int) (unit, bool) {
	j := textscan.SkipSpaces(text, e)
	if j == e {
		return unit{}, false
	}
	k := -1
	for _, r := range rangeJoins {
		if !strings.HasPrefix(text[j:], r.w) {
			continue
		}
		if _, giua := qWordBefore(text, start, "giữa"); r.afterGiua && !giua {
			continue
		}
		k = j + len(r.w)
		break
	}
	if k < 0 {
		return unit{}, false
	}
	n := textscan.SkipSpaces(text, k)
	if n == k || n >= len(text) || !textscan.IsDigit(text[n]) {
		return unit{}, false
	}
	_, ne, err := scanNumber(text, n)
	if err != nil || ne < len(text) && text[ne] != ' ' && text[ne] != '%' {
		return unit{}, false
	}
	u, ok := scanUnit(text, ne)
	if !ok || u.kind == QuantityNumber {
		return unit{}, false
	}
	return u, true
}

// dashFirst reads the number n at text[i:end] as the first end of a range
// written with a dash and no spaces, "7,5-8%", "60-65 triệu đồng": the
// second end, after the dash at text[end], must be a percentage or an
// amount of money no smaller than n, and ends no date or code ("26-3-2019",
// "14-NQ/TU"). The first end takes the second's unit; scanning resumes
// after the dash.
func dashFirst(text string, i, end int, n number) (Quantity, int, bool) {
	if i > 0 && text[i-1] == '-' || end+1 >= len(text) || text[end] != '-' {
		return Quantity{}, 0, false // "2019-60-65": a code
	}
	m, ne, err := scanNumber(text, end+1)
	if err != nil || m.Float() < n.Float() {
		return Quantity{}, 0, false
	}
	if ne < len(text) && (text[ne] == '-' || text[ne] == '/') {
		return Quantity{}, 0, false
	}
	u, ok := scanUnit(text, ne)
	if !ok || u.kind == QuantityNumber || u.kind == QuantityMoney && m.Mant == 0 {
		return Quantity{}, 0, false
	}
	q := Quantity{Start: i, NumStart: i, End: end, Kind: QuantityNumber, Value: n.Float()}
	q.setUnit(text, n, u)
	if b, w, s := boundBefore(text, i); b != "" {
		q.Bound, q.BoundWord, q.Start = b, w, s
	}
	return q, end + 1, true
}
