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
	_, giua := qWordBefore(text, start, "giữa")
	k := -1
	for _, r := range rangeJoins {
		if !strings.HasPrefix(text[j:], r.w) || r.afterGiua && !giua {
			continue
		}
		k = j + len(r.w)
		break
	}
	if k < 0 {
		return unit{}, false
	}
	n := textscan.SkipSpaces(text, k)
	if n == k || n >= len(text) || !isDigit(text[n]) {
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
