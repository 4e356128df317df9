package indicators

import (
	"slices"
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// dashRanges finds the ranges of counts written with a dash and no
// spaces, "50-100 người", "1.000-2.000 tấn", which the quantity scanner
// leaves out with dates and codes ("26-3", "2021-2025"): each end is a
// figure counting the noun after the second. Not a date or a code (a
// dash or a slash around them, a word of time before), a span of years,
// nor a guess of one or two ("1-2 sự kiện").
func (x *extractor) dashRanges() []cand {
	t, low := x.t, x.low
	var out []cand
	for off := 0; off < len(t); {
		k := strings.IndexByte(t[off:], '-')
		if k < 0 {
			break
		}
		s := off + k
		off = s + 1
		if s == 0 || s+1 >= len(t) || !textscan.IsDigit(t[s-1]) || !textscan.IsDigit(t[s+1]) {
			continue
		}
		as := numberStart(t, s)
		be := numberEnd(t, s+1)
		if be >= len(t) || t[be] != ' ' || as > 0 && (textscan.WordRuneBefore(t, as) || strings.IndexByte("/-.,", t[as-1]) >= 0) {
			continue
		}
		a, err1 := vntext.ParseNumber(t[as:s])
		b, err2 := vntext.ParseNumber(t[s+1 : be])
		if err1 != nil || err2 != nil || a <= 0 || b <= a || b-a == 1 && b <= 10 ||
			yearDigits(t[as:s]) || yearDigits(t[s+1:be]) {
			continue
		}
		if !countContextOK(t, low, as) || slices.ContainsFunc(dashDateWords[:], func(w string) bool {
			_, ok := endsWithWord(low, as, w)
			return ok
		}) {
			continue // "ngày 26-3", "sáng nay 14-11": a date
		}
		if w := low[max(0, as-24):as]; strings.Contains(w, "ngày") && !strings.Contains(w, "ban ngày") ||
			textscan.IndexWord(w, "số") >= 0 && !strings.Contains(w, "số lượng") && !strings.Contains(w, "tổng số") {
			continue // "từ ngày 3 đến 4-5", "số 12-14 phố Huế": days, addresses
		}
		q := vntext.Quantity{Start: as, NumStart: as, End: be, Kind: vntext.QuantityNumber, Value: b}
		u, e, ok := x.countUnit(q, true)
		if !ok {
			continue
		}
		first := cand{start: as, end: s, num: as}
		first.fig = Figure{Value: a, Unit: u}
		if bd, bs := vntext.BoundBefore(t, as); bd != "" {
			first.start, first.fig.Bound = bs, bd
		}
		second := cand{start: s + 1, end: e, num: s + 1}
		second.fig = Figure{Value: b, Unit: u}
		out = append(out, first, second)
		off = e
	}
	return out
}

// dashDateWords are the words, lower case, after which "a-b" is a day
// and a month: "ngày 26-3", "sáng nay 14-11", "hạn 15-6". "từ" and
// "đến" open ranges of counts as often ("từ 4.200-4.500 tấn").
var dashDateWords = [...]string{"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "lúc", "tháng", "năm", "quý", "vào", "hạn", "trước", "sau", "qua", "hết"}

// numberStart returns where the number ending at t[e] starts: digits with
// '.' groups and a ',' decimal part.
func numberStart(t string, e int) int {
	ns := e
	for ns > 0 && (textscan.IsDigit(t[ns-1]) || (t[ns-1] == '.' || t[ns-1] == ',') && ns >= 2 && textscan.IsDigit(t[ns-2])) {
		ns--
	}
	return ns
}

// numberEnd returns where the number starting at t[i] ends.
func numberEnd(t string, i int) int {
	for i < len(t) && (textscan.IsDigit(t[i]) || (t[i] == '.' || t[i] == ',') && i+1 < len(t) && textscan.IsDigit(t[i+1])) {
		i++
	}
	return i
}

// withDashRanges merges the ranges of dashRanges into the glued
// candidates, in text order.
func (x *extractor) withDashRanges(glued []cand) []cand {
	more := x.dashRanges()
	if len(more) == 0 {
		return glued
	}
	glued = append(glued, more...)
	sort.SliceStable(glued, func(i, j int) bool { return glued[i].start < glued[j].start })
	return glued
}
