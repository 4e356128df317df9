package indicators

import (
	"slices"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Units of measurement: written after a number, with a space ("21.300
// tấn") or glued to it ("795MW"), and compound units per something
// ("5,9 tấn/ha", "65 triệu đồng/người/năm").

// gluedUnits lists, lower case, the units a report may glue to their
// number. Longer spellings come first so that "kwh" wins over "kw".
var gluedUnits = [...]string{
	"kwh", "mwh", "gwh", "kw", "mw", "gw", "km2", "km²", "km", "m2", "m²", "m3", "m³", "ha", "kg", "tấn",
	"m", // last: "cầu dài 367m", after the units it opens
}

// unitTail extends a unit ending at t[e] over a superscript ("m²") and
// over "/…" parts glued to it ("tấn/ha", "đồng/người/năm"): a '/' followed
// directly by a word, or spaced off on both sides ("đồng / tháng").
func unitTail(t string, e int) int {
	for e < len(t) {
		switch {
		case strings.HasPrefix(t[e:], "²") || strings.HasPrefix(t[e:], "³"):
			e += len("²")
		case t[e] == '/' && e+1 < len(t) && !textscan.IsDigit(t[e+1]) && textscan.WordRuneAt(t, e+1),
			strings.HasPrefix(t[e:], " / ") && e+3 < len(t) && textscan.WordRuneAt(t, e+3) && !textscan.IsDigit(t[e+3]):
			// "2 triệu đồng / tháng": sources that space their words
			// space the slash too.
			if t[e] == ' ' {
				e += 2
			}
			w, we := wordAt(t, e+1)
			if w == "" {
				return e
			}
			e = we
		default:
			return e
		}
	}
	return e
}

// gluedQuantities finds numbers with a unit glued to them, "795MW",
// "7ha", which the quantity scanner leaves out as words. Figures with a
// bound word before them take it: "khoảng 7ha".
func (x *extractor) gluedQuantities() []cand {
	t, low := x.t, x.low
	var out []cand
	// i visits the ends of runs of digits.
	for i := x.d.NextDigit(0); i < len(t); i = x.d.NextDigit(i + 1) {
		for i < len(t) && textscan.IsDigit(t[i]) {
			i++
		}
		if i == len(t) {
			break
		}
		c := low[i]
		if c != 'k' && c != 'm' && c != 'g' && c != 'h' && c != 't' {
			continue
		}
		unit := ""
		for _, u := range gluedUnits {
			if strings.HasPrefix(low[i:], u) && (i+len(u) == len(low) || !textscan.WordRuneAt(low, i+len(u))) {
				unit = u
				break
			}
		}
		if unit == "" {
			continue
		}
		// The number: digits with '.' groups and a ',' decimal part.
		ns := i
		for ns > 0 && (textscan.IsDigit(t[ns-1]) || (t[ns-1] == '.' || t[ns-1] == ',') && ns >= 2 && textscan.IsDigit(t[ns-2])) {
			ns--
		}
		first, ranged := x.gluedRangeStart(ns)
		if ns > 0 && !ranged && (textscan.WordRuneBefore(t, ns) || strings.IndexByte("/-.,", t[ns-1]) >= 0) {
			continue
		}
		v, err := vntext.ParseNumber(t[ns:i])
		if err != nil || v == 0 || !ranged && !countContextOK(t, low, ns) && !measuredAfterName(low, ns, i) {
			continue
		}
		e := unitTail(t, i+len(unit))
		if first.end > 0 && first.fig.Value < v {
			first.fig.Unit = t[i:e] // "35-40ha", "12.000 - 15.000ha": both ends
			out = append(out, first)
		}
		cd := cand{start: ns, end: e, num: ns}
		cd.fig = Figure{Value: v, Unit: t[i:e]}
		if b, s := vntext.BoundBefore(t, ns); b != "" {
			cd.start, cd.fig.Bound = s, b
		}
		out = append(out, cd)
	}
	return out
}

// gluedRangeStart reads the first end of a range whose second end, a
// number with a glued unit, starts at t[ns]: a dash before it, spaced or
// not, an en dash too ("35-40ha", "12.000 - 15.000ha", "6m – 8m"). It
// reports whether there is a range, and returns the first end as a
// candidate when it is a bare number (a glued one is read on its own):
// its end is 0 otherwise.
func (x *extractor) gluedRangeStart(ns int) (cand, bool) {
	t, low := x.t, x.low
	j := trimRightSpaces(t, ns)
	switch {
	case j > 0 && t[j-1] == '-':
		j--
	case j >= len("–") && t[j-len("–"):j] == "–":
		j -= len("–")
	default:
		return cand{}, false
	}
	if j == ns-1 && t[j] == '-' && j > 0 && !textscan.IsDigit(t[j-1]) {
		return cand{}, false // "COVID-19m"
	}
	fe := trimRightSpaces(t, j)
	if fe == 0 {
		return cand{}, false
	}
	if !textscan.IsDigit(t[fe-1]) {
		// "6m – 8m": the first end carries its own unit.
		k := fe
		for k > 0 && fe-k < 4 && t[k-1] >= 'a' && t[k-1] <= 'z' || k > 0 && fe-k < 4 && t[k-1] >= 'A' && t[k-1] <= 'Z' {
			k--
		}
		return cand{}, k < fe && k > 0 && textscan.IsDigit(t[k-1]) && slices.Contains(gluedUnits[:], low[k:fe])
	}
	fs := numberStart(t, fe)
	if fs > 0 && (textscan.WordRuneBefore(t, fs) || strings.IndexByte("/-.,", t[fs-1]) >= 0) || yearDigits(t[fs:fe]) ||
		!countContextOK(t, low, fs) {
		return cand{}, false
	}
	a, err := vntext.ParseNumber(t[fs:fe])
	if err != nil || a == 0 {
		return cand{}, false
	}
	c := cand{start: fs, end: fe, num: fs}
	c.fig = Figure{Value: a}
	if b, s := vntext.BoundBefore(t, fs); b != "" {
		c.start, c.fig.Bound = s, b
	}
	return c, true
}

// groupedBefore extends the digits t[as:s] of a ratio's first number back
// over '.'-separated groups of three ("5.000/5.000 ha", "3.214/3.650 hồ
// sơ"). It returns the value, where the number starts and whether it had
// groups.
func groupedBefore(t string, as, s int) (int, int, bool) {
	if s-as != 3 || as < 2 || t[as-1] != '.' || !textscan.IsDigit(t[as-2]) {
		return 0, as, false
	}
	v, _ := digitsAfter(t, as)
	mult := 1000
	for k := as - 1; ; {
		j := k
		for j > 0 && textscan.IsDigit(t[j-1]) {
			j--
		}
		n := k - j
		if n < 1 || n > 3 || mult > 1e9 {
			return 0, as, false
		}
		d, _ := digitsAfter(t, j)
		v += d * mult
		if n == 3 && j >= 2 && t[j-1] == '.' && textscan.IsDigit(t[j-2]) {
			mult *= 1000
			k = j - 1
			continue
		}
		return v, j, true
	}
}

// groupedAfter extends a ratio's second number t[i:be] (value b) over
// '.'-separated groups of three.
func groupedAfter(t string, i, be, b int) (int, int, bool) {
	if be-i > 3 {
		return b, be, false
	}
	grouped := false
	for be+4 <= len(t) && t[be] == '.' && textscan.IsDigit(t[be+1]) && textscan.IsDigit(t[be+2]) && textscan.IsDigit(t[be+3]) &&
		(be+4 == len(t) || !textscan.IsDigit(t[be+4])) && b < 1e9 {
		d, _ := digitsAfter(t, be+1)
		b = b*1000 + d
		be += 4
		grouped = true
	}
	return b, be, grouped
}

// votesBefore reports whether a ratio at t[as] with no noun after it
// counts votes: "với số phiếu 51/51", "tỷ lệ phiếu bầu 48/50". The word
// "phiếu" must be in the ratio's clause, or the clause before a
// parenthesis the ratio opens, at most three words before it.
func votesBefore(t, low string, as int) bool {
	cl := clauseStart(t, as)
	if p := trimRightSpaces(t, cl); p > 0 && t[p-1] == '(' {
		cl = clauseStart(t, p-1) // "với tỷ lệ phiếu tuyệt đối (95/95)"
	}
	k := strings.LastIndex(low[cl:as], "phiếu")
	if k < 0 || !textscan.HasWordAt(low, cl+k, "phiếu") {
		return false
	}
	return strings.Count(strings.TrimSpace(low[cl+k:as]), " ") <= 3
}

// scaleWords are the words that scale an amount of money.
var scaleWords = map[string]bool{"nghìn": true, "ngàn": true, "triệu": true, "tỷ": true, "tỉ": true}

// onlyScaleWords reports whether a unit is scale words alone ("triệu",
// "nghìn tỷ"), the press's shorthand for đồng.
func onlyScaleWords(u string) bool {
	n := 0
	for w := range strings.FieldsSeq(textscan.Lower(u)) {
		if !scaleWords[w] {
			return false
		}
		n++
	}
	return n > 0
}

// moneyCurrency returns a money unit without its leading scale words:
// "tỷ USD" → "USD", "nghìn tỷ đồng" → "đồng".
func moneyCurrency(u string) string {
	ws := strings.Fields(u)
	k := 0
	for k < len(ws) && scaleWords[textscan.Lower(ws[k])] {
		k++
	}
	return strings.Join(ws[k:], " ")
}

// moneyRangeStart gives the first end of a range of money its currency
// when only the second end writes it: "800 triệu - 1 tỷ USD" is 800 triệu
// USD, not 800 triệu đồng.
func (x *extractor) moneyRangeStart(q, next vntext.Quantity) vntext.Quantity {
	if next.Kind != vntext.QuantityMoney || next.Bound != "" || !onlyScaleWords(q.Unit) {
		return q
	}
	cur := moneyCurrency(next.Unit)
	if cur == "" {
		return q
	}
	if gap := strings.TrimSpace(x.low[q.End:next.Start]); gap != "-" && gap != "đến" && gap != "tới" {
		return q
	}
	m, err := vntext.ParseMoney(x.t[q.NumStart:q.End] + " " + cur)
	if err != nil {
		return q
	}
	q.Unit, q.Currency, q.VND = m.Unit, m.Currency, m.VND
	return q
}

// priceDenominators are the units a price is quoted per: "đồng/lít",
// "đồng/kg", "triệu đồng/m2". An amount per person or per year ("triệu
// đồng/người/năm") is still an amount of đồng: an income per head.
var priceDenominators = map[string]bool{
	"lít": true, "kg": true, "tấn": true, "tạ": true, "ha": true, "sào": true, "m": true, "m2": true,
	"m3": true, "km": true, "kwh": true, "gam": true, "g": true, "con": true, "chiếc": true, "lượt": true,
	// Gold by the tael, shares, homes, vehicles and tickets, and a rate of
	// exchange ("22.650 VND/USD").
	"lượng": true, "chỉ": true, "cổ": true, "cổ phiếu": true, "cp": true, "căn": true, "căn hộ": true,
	"xe": true, "vé": true, "suất": true, "sản phẩm": true, "usd": true,
}

// isPrice reports whether a money unit is a price per a unit of goods.
func isPrice(u string) bool {
	_, per, ok := strings.Cut(textscan.Lower(u), "/")
	if !ok {
		return false
	}
	per, _, _ = strings.Cut(strings.TrimSpace(per), "/")
	return priceDenominators[strings.TrimSpace(per)]
}

// shorthandMoney reports whether the number of q, scaled by "tỷ" alone,
// is the press's shorthand for tỷ đồng: the word lw at low[i:] after it
// names nothing counted but is a function word or a verb ("12 tỷ để lát
// vỉa hè", "300 tỷ cho dự án", "900 tỷ xây cầu"), not a time ("4 tỷ
// năm") nor a count ("7 tỷ người").
func shorthandMoney(low string, q vntext.Quantity, i int, lw string) bool {
	if q.Unit != "tỷ" && q.Unit != "tỉ" && q.Unit != "triệu" || timeWord[lw] {
		return false
	}
	if q.Unit == "triệu" && !moneyClause(low, q.Start) {
		return false // "dân số vùng lên 3 triệu vào năm 2040": people
	}
	if notCountWord[lw] || slices.Contains(afterShorthandMoney[:], lw) {
		return true
	}
	for _, v := range notAfterCount {
		if textscan.HasWordAt(low, i, v) {
			return true
		}
	}
	return false
}

// moneyClause reports whether the clause before low[start] speaks of
// money (moneyTalk): "triệu" alone is then triệu đồng ("chủ quán nộp
// phạt 80 triệu để được mở lại", "căn hộ giá 450 triệu cho công nhân"),
// where it may as well count people ("dân số vùng lên 3 triệu").
func moneyClause(low string, start int) bool {
	cl := max(clauseStart(low, start), start-120)
	for _, w := range moneyTalk {
		if textscan.IndexWord(low[cl:start], w) >= 0 {
			return true
		}
	}
	return false
}
