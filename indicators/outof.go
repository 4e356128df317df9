package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// outOfRatios finds the ratios written with "trên" between their numbers,
// "out of": "20 trên 57 dự án", "54 trên 59 đại biểu", Value out of Total
// counted by the noun after them. A scale word after the total ("1 trên
// 80.000 tỷ") makes no ratio.
func (x *extractor) outOfRatios() []cand {
	t, low := x.t, x.low
	var out []cand
	const sep = " trên "
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], sep)
		if k < 0 {
			break
		}
		s := off + k
		off = s + len(sep)
		a, as := digitsBefore(t, s)
		if as == s {
			continue
		}
		if v, k, ok := groupedBefore(t, as, s); ok {
			a, as = v, k
		}
		bs := s + len(sep)
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
		c := cand{start: as, end: end, num: as}
		c.fig = Figure{Role: RoleRatio, Value: float64(a), Total: float64(b), Unit: t[j:end]}
		out = append(out, c)
	}
	return out
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
