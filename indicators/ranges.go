package indicators

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// dashRanges finds the ranges of percentages and money written with a
// dash and no spaces, which the quantity scan leaves out (it reads
// "14-NQ" and "26-3" as codes and dates): "tăng 7,5-8%", "đạt 60-65 triệu
// đồng". Each end is a figure, the unit after the second read for both.
// A range of years ("2016-2020"), a date or a code (another '-' or '/'
// after the second number, a word before the first) is none.
func (x *extractor) dashRanges() []cand {
	t := x.t
	var out []cand
	for off := 0; off < len(t); {
		k := strings.IndexByte(t[off:], '-')
		if k < 0 {
			break
		}
		d := off + k
		off = d + 1
		if d == 0 || d+1 >= len(t) || !isDigit(t[d-1]) || !isDigit(t[d+1]) {
			continue
		}
		ls := d
		for ls > 0 && (isDigit(t[ls-1]) || (t[ls-1] == '.' || t[ls-1] == ',') && ls >= 2 && isDigit(t[ls-2])) {
			ls--
		}
		if ls > 0 && (textscan.WordRuneBefore(t, ls) || strings.IndexByte("/-.,", t[ls-1]) >= 0) {
			continue
		}
		re := d + 1
		for re < len(t) && (isDigit(t[re]) || (t[re] == '.' || t[re] == ',') && re+1 < len(t) && isDigit(t[re+1])) {
			re++
		}
		if re < len(t) && (t[re] == '-' || t[re] == '/') {
			continue // a date or a code: "26-3-2019", "14-NQ/TU"
		}
		if !unitMayFollow(x.low, re) {
			continue // "2021-2025 của", "3-4 lần": no percentage or money to read
		}
		// The second end with its unit, read as the quantity scan reads it.
		var q vntext.Quantity
		found := false
		for q2 := range vntext.NewDoc(t[d+1 : min(len(t), re+40)]).TextQuantitiesSeq() {
			q, found = q2, q2.NumStart == 0
			break
		}
		if !found || q.Kind != vntext.QuantityPercent && q.Kind != vntext.QuantityMoney {
			continue
		}
		lo, err := vntext.ParseNumber(t[ls:d])
		if err != nil || lo > q.Value || q.Kind == vntext.QuantityMoney && q.Value == 0 {
			continue
		}
		unit, end := "%", d+1+q.End
		if q.Kind == vntext.QuantityMoney {
			unit = q.Unit
			// "60-65 triệu đồng/người/năm": the unit as written, per what.
			if e := unitTail(t, end); e > end && strings.HasSuffix(t[:end], q.Unit) {
				unit, end = t[end-len(q.Unit):e], e
			}
			unit = spellMoneyUnit(unit)
		}
		first := cand{start: ls, end: d, num: ls, fig: Figure{Value: lo, Unit: unit}}
		second := cand{start: d + 1, end: end, num: d + 1, fig: Figure{Value: q.Value, Unit: unit, VND: q.VND}}
		if q.VND != 0 {
			first.fig.VND = int64(float64(q.VND) * lo / q.Value)
		}
		if isPrice(unit) {
			first.fig.VND, second.fig.VND = 0, 0
		}
		out = append(out, first, second)
		off = second.end
	}
	return out
}

// rangeUnitWords open the unit of a percentage or an amount of money after
// a number: only then is a range's second end worth reading in full.
var rangeUnitWords = [...]string{"%", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "đồng", "usd", "đô", "vnd", "vnđ", "euro", "phần trăm"}

// unitMayFollow reports whether low[i:], after spaces, opens with one of
// rangeUnitWords.
func unitMayFollow(low string, i int) bool {
	for i < len(low) && low[i] == ' ' {
		i++
	}
	for _, w := range rangeUnitWords {
		if strings.HasPrefix(low[i:], w) {
			return true
		}
	}
	return false
}
