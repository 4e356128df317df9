package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// keySpan holds, for an indicator being built, the offsets of its measure
// and of the bare verb its measure was cut from ("kết nạp" of "kết nạp 96
// đảng viên"), in the normalised text.
type keySpan struct{ ms, me, vs, ve int }

// The places looked at for an indicator's key, in order: the first that
// holds a cue decides. A contributor adds wording to keyCues, not here.
//
//  1. its measure, with the bare verb it was cut from: the first row wins;
//  2. its own text up to the end of the clause after its last figure
//     ("xảy ra 149 vụ phạm pháp hình sự"): the first row wins;
//  3. its figures' units ("36 km", "785 con");
//  4. the sentence before it, after the indicator before if that stands
//     in it: the cue nearest to it, the topic the sentence was on ("Về
//     tai nạn giao thông, xảy ra 54 vụ …");
//  5. the indicator before it, in the same sentence or the one before:
//     the figures of one topic follow each other (not to a figure that
//     counts other things, nor into a sentence that a speaker opens or
//     that quotes, see carries);
//     5b. for plan shares with no measure around them, the sentence
//     before when it states no figure (see priorCue);
//  6. the line before the paragraph when it is short: a heading ("Thu
//     ngân sách:"), never the headline (the first line, a blank line
//     after it).
//
// A weak row (a broad word such as "đầu tư", "dự án"), which only places
// 1 to 3 look for, decides only when places 1 to 6 hold nothing else, and
// only for its own figures: a key it decided is not carried over (5),
// unless it is a unit's ("vụ"); and a key carried over from an indicator
// before yields to the indicator's own weak row. In place 2, the baseline a figure
// is compared with ("so với tổng sản phẩm") is not looked at. A row whose key
// is noKey ("lãi suất", "tín dụng") decides that the measure has no key,
// and nothing after it is looked at.
func (x *extractor) decideKeys(spans []keySpan) {
	var h headings
	prevWeak := false // the indicator before was keyed by a weak row
	spreads := false  // the key before may be carried over: no broad word decided it
	for k := range x.out {
		in := &x.out[k]
		after := 0 // where the text of the indicator before ends
		if k > 0 {
			after = x.out[k-1].End
		}
		r, from, weak := x.keyRow(in, spans[k], after)
		if r < 0 && k > 0 && x.out[k-1].Key != "" && spreads && !(prevWeak && weak >= 0) && x.carries(&x.out[k-1], in) {
			// A broad word of its own beats one carried over.
			in.Key, in.KeyCue, in.KeyFrom = x.out[k-1].Key, x.out[k-1].KeyCue, "before"
			continue
		}
		if r < 0 && weak < 0 {
			r, from = x.priorCue(in, k), "prior"
		}
		if r < 0 {
			r, from = h.cue(x, in.Start), "heading"
		}
		prevWeak = r < 0 && weak >= 0
		if r < 0 {
			r, from = weak, "weak"
		}
		if r >= 0 && keyCues[r].key != noKey {
			in.Key, in.KeyCue, in.KeyFrom = keyCues[r].key, keyCues[r].cue, from
		}
		spreads = in.Key != "" && (from != "weak" || keyCues[r].unit)
	}
}

// keyRow returns the row of keyCues that decides in's key from places 1
// to 4 (see decideKeys) and the place's name, or -1; and apart, the first
// weak row found in 1 to 3, which decides only when nothing else around
// does. A unit marked byUnit ("phiếu") decides before the measure.
func (x *extractor) keyRow(in *Indicator, sp keySpan, after int) (r int, from string, weak int) {
	kind := cueNoMoney
	rate := len(in.Figures) > 0
	for _, f := range in.Figures {
		if f.VND != 0 || x.moneyUnits.get(f.Unit, isMoneyUnit) {
			kind = cueMoney
		}
		rate = rate && f.Unit == "%" && (f.Role == RoleAmount || f.Role == RoleTarget)
	}
	if rate {
		kind |= cueRate
	}
	if prices(in) {
		kind |= cuePrice
	}
	if totals(in) {
		kind |= cueTotal
	}
	ask := &inspectAsk{x: x, in: in} // cueInspect, found only when a cue needs it
	units := func(byUnit bool) int {
		for _, f := range in.Figures {
			if f.Unit != "" && f.Unit != "%" {
				if r := x.units.get(f.Unit, unitCue); r >= 0 && (!byUnit || keyCues[r].byUnit) &&
					(keyCues[r].sentWith == nil || !x.sentClear.clear(x.low, in.Start, keyCues[r].sentWith)) &&
					x.sentClear.clear(x.low, in.Start, keyCues[r].sentUnless) {
					return r
				}
			}
		}
		return -1
	}
	weak = -1
	strong := func(r int) bool {
		if r >= 0 && keyCues[r].counted && countsOther(in, keyCues[r].cue) {
			return false
		}
		if r >= 0 && keyCues[r].weak {
			if weak < 0 {
				weak = r
			}
			return false
		}
		return r >= 0
	}
	if r := units(true); r >= 0 {
		return r, "unit", weak
	}
	m := bestCueAsk(x.t, x.low, sp.ms, sp.me, kind, ask)
	if v := bestCueAsk(x.t, x.low, sp.vs, verbEnd(sp), kind, ask); v >= 0 && (m < 0 || v < m) {
		m = v
	}
	if strong(m) {
		return m, "measure", weak
	}
	if r := bestCueAsk(x.t, x.low, in.Start, x.beforeBaseline(sp.me, clauseEnd(x.t, in.End)), kind, ask); strong(r) {
		return r, "clause", weak
	}
	if r := units(false); strong(r) {
		return r, "unit", weak
	}
	sent, _, _ := x.keyBounds.at(x.t, in.Start)
	if after > sent && after <= in.Start {
		sent = after // the indicator before holds its own measure; carries decides
	}
	if r := lastCue(x.t, x.low, max(sent, wordsBack(x.low, in.Start, topicReach)), in.Start, kind|cueWide, ask); strong(r) {
		return r, "sentence", weak
	}
	return -1, "", weak
}

// verbEnd returns where the phrase of a bare verb cut from a measure
// ends for its cue: with the thing it counts when that follows it ("kiểm
// tra 45 tổ chức đảng": the Party's inspection, whose row asks for a
// Party word in its phrase), else at the verb's end.
func verbEnd(sp keySpan) int {
	if sp.vs < sp.ve && sp.ve <= sp.ms && sp.ms < sp.me {
		return sp.me
	}
	return sp.ve
}

// priorCue returns the row of keyCues that ranks first in the sentence
// before in's (place 5b of decideKeys), when in's figures are all plan
// shares and that sentence, in the same paragraph, states no figure: a
// report names its topic and then how far the plan went ("Giải ngân vốn
// đầu tư công cao hơn cùng kỳ. Ước cả năm đạt 110% kế hoạch."); or -1.
// Other figures are left alone: a bare percentage after a sentence of
// news is seldom on its topic.
func (x *extractor) priorCue(in *Indicator, k int) int {
	for _, f := range in.Figures {
		if f.Role != RolePlan && f.Role != RoleExceed {
			return -1
		}
	}
	sent, _, _ := x.keyBounds.at(x.t, in.Start)
	e := len(strings.TrimRight(x.t[:sent], " "))
	if e < 2 || x.t[e-1] != '.' {
		return -1
	}
	ps, _, _ := bounds(x.t, e-1)
	if strings.IndexByte(x.t[ps:sent], '\n') >= 0 || k > 0 && x.out[k-1].End > ps {
		return -1
	}
	return bestCue(x.t, x.low, ps, e, cueWide)
}

// A sentMemo remembers the last answers of sentenceClear for keyRow: the
// guards of units and of the cues it finds (cueAt). The figures of a
// sentence often share a unit or a cue, and the measure, the clause and
// the sentence around a figure overlap, so a guard would read the same
// sentence again for each.
type sentMemo struct {
	s, e  [8]int
	words [8]*string
	n     [8]int
	ok    [8]bool
	next  int // the slot the next answer takes
}

// clear returns sentenceClear(low, i, words), low being the same text at
// every call.
func (m *sentMemo) clear(low string, i int, words []string) bool {
	if len(words) == 0 {
		return true
	}
	s, e := sentenceSpan(low, i)
	for k := range m.s {
		if m.words[k] == &words[0] && m.n[k] == len(words) && m.s[k] == s && m.e[k] == e {
			return m.ok[k]
		}
	}
	ok := wordsClear(low[s:e], words)
	k := m.next
	m.s[k], m.e[k], m.words[k], m.n[k], m.ok[k] = s, e, &words[0], len(words), ok
	m.next = (k + 1) % len(m.s)
	return ok
}

// topicReach is how many words before an indicator the sentence's topic
// (place 4 of decideKeys) may stand: a cue further back is seldom what the
// figure measures ("… ký xác nhận hồ sơ có nguồn gốc đất sử dụng hợp pháp
// trước năm 1993, với tổng diện tích 1.800 m2").
const topicReach = 12

// wordsBack returns where the n-th space-separated word before low[i]
// starts, or 0.
func wordsBack(low string, i, n int) int {
	for ; n > 0 && i > 0; n-- { // byte by byte: the words are short
		for i > 0 && low[i-1] == ' ' {
			i--
		}
		for i > 0 && low[i-1] != ' ' {
			i--
		}
	}
	return i
}

// beforeBaseline returns where the baseline a figure is compared with
// ("so với tổng sản phẩm") opens in low[ms:e], or e: what a figure is
// compared with is not what it measures.
func (x *extractor) beforeBaseline(ms, e int) int {
	if ms < 0 || ms >= e {
		return e
	}
	if k := textscan.IndexWord(x.low[ms:e], "so với"); k >= 0 {
		return ms + k
	}
	return e
}

// sameParagraph reports whether no line ends between i and j.
func (x *extractor) sameParagraph(i, j int) bool {
	return i <= j && strings.IndexByte(x.t[i:j], '\n') < 0
}

// headings finds the heading line before a paragraph for decideKeys. It
// indexes the line breaks once and remembers the last paragraph it read,
// so that a text of many indicators costs linear time even on one long
// line or in one long paragraph.
type headings struct {
	breaks []int // offsets of '\n' in the text, made on first need
	made   bool
	para   int // the line break before the last paragraph looked at
	row    int // its heading's row of keyCues, or -1
}

// cue returns the first row of keyCues in the line before the paragraph
// holding t[i], when that line is short enough to be a heading; or -1.
func (h *headings) cue(x *extractor, i int) int {
	if !h.made {
		for j := 0; ; {
			k := strings.IndexByte(x.t[j:], '\n')
			if k < 0 {
				break
			}
			h.breaks = append(h.breaks, j+k)
			j += k + 1
		}
		h.made, h.para = true, -1
	}
	n := sort.SearchInts(h.breaks, i) // breaks[:n] stand before i
	if n == 0 || h.breaks[n-1] == 0 {
		return -1
	}
	p := h.breaks[n-1]
	if p == h.para {
		return h.row
	}
	h.para, h.row = p, -1
	e := len(strings.TrimRight(x.t[:p], " \r\n"))
	s := 0
	if m := sort.SearchInts(h.breaks, e); m > 0 {
		s = h.breaks[m-1] + 1
	}
	if e-s <= 160 && !x.headline(s, e) && !sentences(x.low[s:e]) {
		h.row = bestCue(x.t, x.low, s, e, cueWide)
	}
	return h.row
}

// sentences reports whether a line reads as running text rather than a
// heading: it ends in a full stop (the lead under a headline), holds a
// sentence break after a word ("… tại kỳ họp. Ảnh: Hoàng Điệp", a photo's
// caption) or a photo credit. A heading's own numbering ("1. Thu ngân
// sách", "II. Kinh tế") is no sentence break.
func sentences(line string) bool {
	line = strings.TrimRight(line, " ")
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "…") || vntext.HasPhotoCredit(line) {
		return true
	}
	for i := strings.Index(line, ". "); i >= 0; {
		if i > 0 && textscan.WordRuneBefore(line, i) && !textscan.IsDigit(line[i-1]) && !romanTail(line[:i]) {
			return true
		}
		k := strings.Index(line[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// romanTail reports whether s ends in a roman numeral standing as a word
// ("II", "iv"): a heading's number.
func romanTail(s string) bool {
	j := len(s)
	for j > 0 && strings.IndexByte("ivxlIVXL", s[j-1]) >= 0 {
		j--
	}
	return j < len(s) && (j == 0 || !textscan.WordRuneBefore(s, j))
}

// headline reports whether the line t[s:e] is the article's headline: its
// first line, whether a blank line sets it apart or the report runs on
// under it. The key never comes from it.
func (x *extractor) headline(s, e int) bool {
	return strings.TrimSpace(x.t[:s]) == ""
}

// carries reports whether the key of prev, the indicator before in, may be
// carried over to in (place 5 of decideKeys). A reader carries a topic
// only to a figure that continues it:
//   - within one paragraph, into the same sentence or the next one, never
//     past a whole sentence between them ("… 54 vụ tai nạn. Trong đó, làm
//     chết 39 người");
//   - into the next sentence only when it is no one's words: it neither
//     opens on a speaker ("Ông …", "Tôi …") nor quotes, for what a speaker
//     says is seldom on the figures before it;
//   - when it is no price carried from an amount (see prices), nor in
//     another unit than the one that decided the key (see measuresAlike);
//   - when it counts nothing else: a figure that counts things of its own
//     ("6 lô", "22 nước", "45 học sinh") names its measure, and takes no key
//     from one that counted other things (see countNoun).
func (x *extractor) carries(prev, in *Indicator) bool {
	if !x.sameParagraph(prev.End, in.Start) || !countsAlike(prev, in) || prices(in) && !prices(prev) && !producePrice(prev, in) || !measuresAlike(prev, in) {
		return false
	}
	sent, _, _ := x.keyBounds.at(x.t, in.Start)
	if prev.End > sent {
		return true
	}
	if j := len(strings.TrimRight(x.t[:sent], " \"")); j > 0 {
		if before, _, _ := bounds(x.t, j-1); prev.End <= before {
			return false // a whole sentence stands between
		}
	}
	head := x.low[sent:in.Start]
	if strings.IndexByte(head, '"') >= 0 { // the normalised text has straight quotes only
		return false
	}
	head = strings.TrimLeft(head, " ")
	for _, w := range speakerOpeners {
		if strings.HasPrefix(head, w) && !textscan.WordRuneAt(head, len(w)) {
			return false
		}
	}
	return true
}

// prices reports whether every figure of in is a price, money per
// something ("15 triệu đồng/m2", "12.000 đồng/kg"): a price measures no
// amount that the figures before it did, and takes no key from them.
func prices(in *Indicator) bool {
	for _, f := range in.Figures {
		if k := strings.IndexByte(f.Unit, '/'); k <= 0 || !isMoneyUnit(f.Unit[:k]) {
			return false
		}
	}
	return len(in.Figures) > 0
}

// totals reports whether every figure of in is money on a scale no one
// head's income reaches ("368 tỷ đồng", "9,4 tỷ USD", "32 triệu USD"):
// the total of a place, a firm or a group.
func totals(in *Indicator) bool {
	for _, f := range in.Figures {
		u := textscan.Lower(f.Unit)
		if !strings.HasPrefix(u, "tỷ") && !strings.HasPrefix(u, "tỉ") && !strings.HasPrefix(u, "nghìn tỷ") && !strings.HasPrefix(u, "ngàn tỷ") &&
			!strings.HasPrefix(u, "triệu tỷ") && !strings.HasPrefix(u, "triệu usd") && !strings.HasPrefix(u, "triệu đô") {
			return false
		}
	}
	return len(in.Figures) > 0
}

// measuresAlike reports whether in may take the key that a unit decided
// for prev ("km" of a road, "tấn" of a crop): only when each of its
// figures in a unit of measurement or counting is in prev's unit ("m2"
// after "m" too). A depth in metres names no topic for the weight of what
// was dug up ("3m … 200kg"), nor a range for a warhead.
func measuresAlike(prev, in *Indicator) bool {
	if !unitKeyed(prev.KeyCue) {
		return true
	}
	for _, f := range in.Figures {
		u := textscan.Lower(f.Unit)
		if u == "" || u == "%" || u == "lần" || u == "ha" || u == "hecta" || f.VND != 0 || isMoneyUnit(u) {
			continue // a share, money, the land the works or the farm take
		}
		alike := false
		for _, g := range prev.Figures {
			alike = alike || strings.TrimRight(textscan.Lower(g.Unit), "23") == strings.TrimRight(u, "23")
		}
		if !alike {
			return false
		}
	}
	return true
}

// unitKeyed reports whether cue is one of keyUnits.
func unitKeyed(cue string) bool {
	for _, u := range keyUnits {
		if u == cue {
			return true
		}
	}
	return false
}

// producePrice reports whether in prices a crop or a catch by weight or
// by head, or a farm's yield in money by hectare, after farm figures
// ("thu hoạch 17.000 tấn …, giá 40.000 đồng/kg", "… 150 triệu đồng/ha"):
// gold keys those agriculture.
func producePrice(prev, in *Indicator) bool {
	if prev.Key != KeyAgriculture {
		return false
	}
	for _, f := range in.Figures {
		u := textscan.Lower(f.Unit)
		if !strings.HasSuffix(u, "/kg") && !strings.HasSuffix(u, "/tấn") && !strings.HasSuffix(u, "/tạ") && !strings.HasSuffix(u, "/con") && !strings.HasSuffix(u, "/ha") {
			return false
		}
	}
	return true
}

// countsAlike reports whether every figure of in that counts things (see
// countNoun) counts what a figure of prev counts.
func countsAlike(prev, in *Indicator) bool {
	for _, f := range in.Figures {
		u := countNoun(f)
		if u == "" {
			continue
		}
		alike := false
		for _, g := range prev.Figures {
			alike = alike || strings.EqualFold(g.Unit, u)
		}
		if !alike {
			return false
		}
	}
	return true
}

// countNoun returns the lower-case unit of a figure that counts things
// ("lô", "nước", "dự án"), or "" for one that continues any measure: a
// share, money, a unit of measurement ("ha", "m3"), a multiple ("lần") or
// people ("người", "vị"), whom any topic counts (the dead of accidents,
// the accused of cases, the voters of a ballot).
func countNoun(f Figure) string {
	u := textscan.Lower(f.Unit)
	if u == "" || u == "%" || u == "lần" || u == "người" || u == "vị" || f.VND != 0 || isMoneyUnit(u) || measureUnits[u] {
		return ""
	}
	return u
}

// speakerOpeners open a sentence on a speaker, as whole words.
var speakerOpeners = []string{"ông", "bà", "tôi", "chúng tôi", "theo ông", "theo bà"}

// countAliases are the counted nouns (first) that a cue written otherwise
// (second) names too: "45 DN" for "doanh nghiệp".
var countAliases = [...][2]string{{"dn", "doanh nghiệp"}, {"doanh nghiệp", "dn"}, {"htx", "hợp tác xã"}}

// countAlias reports whether the counted noun u is another way of writing
// cue (see countAliases).
func countAlias(u, cue string) bool {
	for _, a := range countAliases {
		if u == a[0] && cue == a[1] {
			return true
		}
	}
	return false
}

// countsOther reports whether in counts things (see countNoun) that the
// cue does not name, and none that it names: "3 chiếc" for "doanh
// nghiệp", but not "45 DN" nor "12 trường" for "trường học", nor "194
// hợp tác xã với 90 ngàn thành viên" for "hợp tác xã".
func countsOther(in *Indicator, cue string) bool {
	other := false
	for _, f := range in.Figures {
		u := countNoun(f)
		switch {
		case u == "":
		case u == cue || countAlias(u, cue),
			strings.HasPrefix(cue, u+" ") || strings.HasSuffix(cue, " "+u) || strings.HasPrefix(u, cue+" ") || strings.HasSuffix(u, " "+cue):
			return false
		default:
			other = true
		}
	}
	return other
}

// inspects reports whether in counts an inspection or what it found ("Thanh
// tra Sở Nông nghiệp … triển khai 394 cuộc thanh tra", "phát hiện 41 cơ sở
// vi phạm"): gold keys those by the field inspected, which the office that
// inspects names.
func (x *extractor) inspects(in *Indicator) bool {
	e := clauseEnd(x.t, in.End)
	if e < len(x.t) && x.t[e] == ',' { // "… 2.475 cuộc thanh, kiểm tra"
		e = clauseEnd(x.t, e+1)
	}
	phrase := x.low[in.Start:e]
	for _, w := range inspectWords {
		if textscan.IndexWord(phrase, w) >= 0 {
			return true
		}
	}
	return false
}
