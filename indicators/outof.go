package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// outOfRatios finds the ratios written with "trên" between their numbers,
// "out of": "20 trên 57 dự án", "54 trên 59 đại biểu", also of a total
// ("42 trên tổng số 45 xã", "18 trong tổng số 23 hồ sơ"), whose first
// number may take the noun of the total ("312 hộ trong tổng số 340 hộ"):
// Value out of Total counted by the noun after them. A scale word after
// the total ("1 trên 80.000 tỷ") makes no ratio, nor does a rank ("đứng
// thứ 4 trong tổng số 18 huyện").
func (x *extractor) outOfRatios() []cand {
	t, low := x.t, x.low
	var out []cand
	// The second number opens a word right after the separator: the runs
	// of digits, fewer than the words "tr…", are where to look.
	for i := x.d.NextDigit(0); i < len(low); i = x.d.NextDigit(i + 1) {
		bs := i
		for i+1 < len(low) && textscan.IsDigit(low[i+1]) {
			i++ // to the run's last digit
		}
		sep := outOfSepBefore(low, bs)
		if sep == "" {
			continue
		}
		s := bs - len(sep)
		as, a, noun, ok := outOfFirst(t, low, s, len(sep) > len(" trên "))
		if !ok {
			continue
		}
		b, be := digitsAfter(t, bs)
		if be == bs {
			continue
		}
		if v, k, ok := groupedAfter(t, bs, be, b); ok {
			b, be = v, k
		}
		if a > b || b == 0 || as > 0 && (textscan.WordRuneBefore(t, as) || strings.IndexByte(",./", t[as-1]) >= 0) ||
			be < len(t) && strings.IndexByte(",./", t[be]) >= 0 && be+1 < len(t) && textscan.IsDigit(t[be+1]) {
			continue // a decimal or a longer number
		}
		j := textscan.SkipSpacesQuotes(t, be)
		w, we := wordAt(t, j)
		if w == "" || j == be || notCountWord[low[j:we]] || scaleWord[low[j:we]] || !countContextOK(t, low, as) {
			continue
		}
		end := countUnitEnd(low, j, we)
		if noun != "" && noun != low[j:we] {
			continue // "52 phiếu trên tổng số 60 đại biểu": two sets
		}
		c := cand{start: as, end: end, num: as}
		c.fig = Figure{Role: RoleRatio, Value: float64(a), Total: float64(b), Unit: t[j:end]}
		out = append(out, c)
	}
	return out
}

// outOfSeps join the two numbers of a ratio written out, lower case and
// spaced: the longest first.
var outOfSeps = [...]string{" trên tổng số ", " trong tổng số ", " trên "}

// outOfSepBefore returns the separator of outOfSeps that ends at low[i],
// or "".
func outOfSepBefore(low string, i int) string {
	if i < len(" trên ") || low[i-1] != ' ' {
		return ""
	}
	for _, sep := range outOfSeps {
		if strings.HasSuffix(low[:i], sep) {
			return sep
		}
	}
	return ""
}

// outOfFirst reads the first number of a ratio that ends at t[s], the
// separator's space: right before it, or, before a total ("tổng số"),
// before one word that counts ("312 hộ trong tổng số"), which it returns
// in lower case. A rank ("thứ 9") is none.
func outOfFirst(t, low string, s int, total bool) (as, a int, noun string, ok bool) {
	ne := s // where the number ends
	if total && s > 0 && !textscan.IsDigit(t[s-1]) {
		ws := textscan.WordStart(t, s)
		if ws < 2 || ws == s || t[ws-1] != ' ' || notCountWord[low[ws:s]] {
			return 0, 0, "", false
		}
		noun, ne = low[ws:s], ws-1
	}
	a, as = digitsBefore(t, ne)
	if as == ne {
		return 0, 0, "", false
	}
	if v, k, ok := groupedBefore(t, as, ne); ok {
		a, as = v, k
	}
	if rankBefore(low, as) || total && a == 1 {
		return 0, 0, "", false // "là 1 trong tổng số 6 giải": one of them
	}
	return as, a, noun, true
}

// scaleWord marks the words that scale a number: after "trên" they make
// an amount ("1 trên 80.000 tỷ"), not what a ratio counts.
var scaleWord = map[string]bool{"tỷ": true, "tỉ": true, "triệu": true, "nghìn": true, "ngàn": true, "vạn": true}

// withOutOf merges the ratios of outOfRatios into ratios, in text order.
func (x *extractor) withOutOf(ratios []cand) []cand {
	more := x.outOfRatios()
	if len(more) == 0 {
		return ratios
	}
	ratios = append(ratios, more...)
	sort.SliceStable(ratios, func(i, j int) bool { return ratios[i].start < ratios[j].start })
	return ratios
}

// rankBefore reports whether a rank ("thứ 4", "thứ 7 và 12") stands in
// the few words before low[i]: what follows is the field ranked.
func rankBefore(low string, i int) bool {
	j := i
	for range 5 {
		j = trimRightSpaces(low, j)
		ws := textscan.WordStart(low, j)
		if ws == j {
			return false
		}
		if low[ws:j] == "thứ" {
			n := textscan.SkipSpacesQuotes(low, j)
			return n < len(low) && textscan.IsDigit(low[n])
		}
		j = ws
	}
	return false
}
