package indicators

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Extract returns the indicators reported in text, in text order. Offsets
// index text as given; Text is text[Start:End].
func Extract(text string) []Indicator { return ExtractDoc(vntext.NewDoc(text)) }

// ExtractDoc is like Extract on a document already normalised, so that a
// caller who also needs the Doc normalises once. Offsets index d.Src.
//
// ExtractDoc does not modify d and is safe for concurrent use.
func ExtractDoc(d *vntext.Doc, opts ...Option) []Indicator {
	x := extractor{d: d, t: d.Text, low: d.Lower, pFrom: -1}
	var c config
	for _, o := range opts {
		o(&c)
	}
	x.article = c.article
	x.sc = scratchPool.Get().(*scratch)
	x.run()
	out := detach(x.out)
	if x.out != nil {
		x.sc.out, x.sc.periods = x.out, x.periods
	}
	x.sc.release()
	for k := range out {
		in := &out[k]
		in.Start, in.End = d.SrcSpan(in.Start, in.End)
		in.Text = d.Src[in.Start:in.End]
	}
	return out
}

// An Option changes how ExtractDoc reads a document.
type Option func(*config)

type config struct {
	article *vntext.Article
}

// WithArticle hands ExtractDoc the report's extent among the site's
// furniture, as [vntext.Doc.FindArticle] found it, so that a caller who
// reads the document with other extractors finds it once and every
// extractor reads the same article.
func WithArticle(a *vntext.Article) Option { return func(c *config) { c.article = a } }

// A cand is a figure candidate, with offsets into the normalised text.
type cand struct {
	start, end int // the whole figure, bound and unit included
	num        int // where the number starts
	fig        Figure
}

type extractor struct {
	d       *vntext.Doc
	t, low  string
	article *vntext.Article // the report among the site's furniture; nil until found
	sc      *scratch        // the slices run works in
	out     []Indicator

	// Period phrases found so far, from pFrom up to pScanned.
	periods         []periodSpan
	pFrom, pScanned int

	goal     goalScan  // the search of the current sentence for goals (cueSentence)
	carry    carryMemo // whether the current sentence goes on with a plan
	sentDone doneIndex // where "đã" and a year stand in the current sentence
	tasks    spans     // the task lists, whose figures are goals
	directs  spans     // the directive verbs: [position, 0 unjudged, 1 directs, 2 not]
}

func (x *extractor) run() {
	cands := x.candidates(x.sc.cands)
	x.sc.cands = cands
	if len(cands) == 0 {
		return
	}
	if x.article == nil {
		a := x.d.FindArticle()
		x.article = &a
	}
	if ar := x.article; ar.End < len(x.low) || ar.HasBlocks() {
		k := 0
		for _, c := range cands {
			if !ar.Furniture(c.start) {
				cands[k] = c
				k++
			}
		}
		cands = cands[:k]
		if k == 0 {
			return
		}
	}
	x.tasks = taskLists(x.t, x.low)
	x.directs = findDirectives(x.low)
	x.periods = slices.Grow(x.sc.periods, 16)
	// Every figure comes from one candidate and opens at most one
	// indicator, so figs never grows; x.out starts at the room a report
	// needs, not at one indicator a figure, which a table pasted as one
	// line would waste. The figures of all indicators share
	// one backing array: figures join only the last indicator, so each
	// indicator's figures are contiguous in it.
	x.out = slices.Grow(x.sc.out, min(len(cands), len(x.t)/256+16))
	figs := slices.Grow(x.sc.figs, len(cands))
	x.sc.figs = figs
	spans := slices.Grow(x.sc.spans, cap(x.out)) // per indicator, where its key is looked for
	x.sc.spans = spans
	var (
		first   = 0  // index in figs of the first figure of x.out[cur]
		cur     = -1 // index in x.out of the indicator figures may join
		curSeg  = -1 // segment start of that indicator
		curSent = -1 // sentence start of that indicator
		prevEnd = 0
		prev    *Figure
		last    = boundsAt{i: -1} // the bounds of the figure before
	)
	for _, c := range cands {
		if c.start < prevEnd {
			continue // overlaps the figure before
		}
		sent, seg, cl := boundsSince(x.t, c.start, last)
		last = boundsAt{c.start, sent, seg, cl}
		if cl < prevEnd && prevEnd <= c.start {
			cl = prevEnd
		}
		if seg > prevEnd && cl < seg {
			cl = seg
		}
		lowPre := x.low[cl:c.start]
		x.role(&c, sent, cl)
		// "giảm 5%, 10%": a figure listed right after another shares its
		// role; "tăng 18 vụ (13,7%)": so does its percentage in brackets.
		if prev != nil && cur >= 0 && curSeg == seg && c.fig.Role == RoleAmount && prev.Role == RoleChange &&
			((prev.Unit == "%") == (c.fig.Unit == "%") && isListGap(x.low[prevEnd:c.start]) ||
				prev.Unit != "%" && c.fig.Unit == "%" && strings.TrimSpace(x.low[prevEnd:c.start]) == "(") {
			setRole(&c.fig, RoleChange, cueListed)
			if prev.Value < 0 {
				c.fig.Value, c.fig.VND = -c.fig.Value, -c.fig.VND
			}
			c.fig.Baseline = prev.Baseline
		}
		// "phấn đấu tỷ lệ hộ nghèo giảm 1-1,5%": the second end of a
		// range of a goal falls as its first does.
		if prev != nil && cur >= 0 && curSeg == seg && c.fig.Role == RoleTarget && prev.Role == RoleTarget &&
			prev.Value < 0 && c.fig.Value > 0 && prev.Unit == c.fig.Unit && isRangeGap(x.low[prevEnd:c.start]) {
			c.fig.Value, c.fig.VND = -c.fig.Value, -c.fig.VND
		}
		// "dự toán thu ngân sách là 86,5 tỷ đồng, chi ngân sách 74,2 tỷ
		// đồng": a figure in a clause that only names another measure
		// shares the goal of the figure before.
		if prev != nil && cur >= 0 && curSent == sent && c.fig.Role == RoleAmount && prev.Role == RoleTarget &&
			sameKind(prev, &c.fig) && sharesGoal(x.low[prevEnd:c.start]) {
			setRole(&c.fig, RoleTarget, cueSharedGoal)
		}
		ms, me := metricSpan(lowPre)
		if me <= ms && strings.Count(lowPre, " ") > 6 {
			// A long clause whose predicate opens it: the measure is the
			// phrase nearest the figure ("… với mục tiêu tăng trưởng GRDP từ 7%").
			ms, me = tailMetric(lowPre)
		}
		mStart, mEnd := cl+ms, cl+me
		metric := x.t[mStart:mEnd]
		generic := metric == "" || isGeneric(x.low[mStart:mEnd])
		sameSeg := cur >= 0 && curSeg == seg
		join := sameSeg && (generic || isPrefixWords(x.out[cur].Metric, metric))
		if !join {
			switch {
			case cur >= 0 && curSent == sent && metric != "" && isPrefixWords(x.out[cur].Metric, metric):
				// "thu ngân sách đạt …; dự kiến cả năm thu đạt …": the
				// short form names the measure again.
				metric = x.out[cur].Metric
			case generic:
				if s, e, ok := x.labelBefore(sent, cl); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				} else if s, e, ok := x.measureAfter(c, cl); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				} else if s, e, ok := x.sentenceSubject(sent, cl, c.start, prevEnd); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				}
			case isAgent(x.low[mStart:mEnd]):
				if s, e, ok := x.agentAction(mStart, c.start); ok && namesMeasure(x.low, s, e) {
					// "Về xây dựng Đảng, toàn Đảng bộ kết nạp 94 đảng viên":
					// an action the key table knows beats the field named.
					mStart, mEnd, metric = s, e, x.t[s:e]
				} else if s, e, ok := x.topic(sent, cl); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				} else if s, e, ok := x.measureAfter(c, cl); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				} else if s, e, ok := x.agentAction(mStart, c.start); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
				}
			case mStart == cl && cl > sent:
				mStart = x.nounListStart(sent, mStart)
				metric = x.t[mStart:mEnd]
			}
			ks := keySpan{} // the bare verb names the key too: "kết nạp 96 đảng viên"
			textStart := mStart
			junk := notJunk
			if mEnd > mStart && metric == x.t[mStart:mEnd] {
				var s, e int
				s, e, junk = x.tidyMetric(mStart, mEnd, &c)
				if junk == junkVerb {
					ks.vs, ks.ve = s, e
				}
				mStart, mEnd, metric = s, e, x.t[s:e]
			}
			frag := isFragment(x.low[mStart:mEnd])
			if junk != notJunk || metric == "" || frag || isAgent(x.low[mStart:mEnd]) && strings.Count(metric, " ") <= 2 || isGeneric(x.low[mStart:mEnd]) {
				if s, e, ok := x.countedPhrase(c); ok && (!frag || x.countsNoun(s, e)) {
					if junk == junkVerb {
						s = x.skipUnitWords(s, e)
					}
					// A bare classifier ("tháo dỡ 156 vụ") names less than its verb.
					if junk != junkVerb || strings.IndexByte(x.t[s:e], ' ') > 0 {
						mStart, mEnd, metric = s, e, x.t[s:e]
					}
				}
			}
			if frag = frag && isFragment(x.low[mStart:mEnd]); metric == "" || frag {
				if s, e, ok := x.lastResortMetric(c, cl, metric == ""); ok {
					mStart, mEnd, metric = s, e, x.t[s:e]
					frag = isFragment(x.low[s:e])
				}
			}
			in := Indicator{Start: min(mStart, c.start, textStart), End: max(c.end, mEnd), Metric: metric}
			if metric == "" {
				in.Start = c.start
			}
			sentMetric := "" // the measure the sentence was on
			if cur >= 0 && curSent == sent {
				sentMetric = x.out[cur].Metric
			}
			in.Metric = borrowMetric(in.Metric, x.low[mStart:mEnd], frag, &c.fig, sentMetric)
			in.Period = x.period(sent, cl, mEnd, c.start)
			x.out = append(grow(x.out), in)
			ks.ms, ks.me = mStart, mEnd
			spans = append(grow(spans), ks)
			cur, curSeg, curSent, first = len(x.out)-1, seg, sent, len(figs)
		}
		in := &x.out[cur]
		if in.End < c.end {
			in.End = c.end
		}
		if x.estimated(cl, c.start) || (!join && mStart < cl && x.estimated(mStart, c.start)) {
			in.Estimated = true
		}
		figs = append(figs, c.fig)
		// Capped, so that appending to one indicator's figures cannot
		// overwrite the next one's.
		in.Figures = figs[first:len(figs):len(figs)]
		prev = &figs[len(figs)-1]
		prevEnd = c.end
	}
	x.decideKeys(spans)
	for k := range x.out {
		x.growthRole(&x.out[k])
	}
	x.dedupe()
}

// growthRole makes the percentages that a growth measure reaches changes:
// "GRDP đạt 6,21%", "tốc độ tăng giá trị sản xuất đạt 11,3%", by the
// measure's row of cueMeasure or its key; a measure that is a share
// ("đóng góp của TFP vào tăng trưởng") keeps them amounts.
func (x *extractor) growthRole(in *Indicator) {
	pct := false
	for f := range in.Figures {
		if fg := &in.Figures[f]; fg.Role == RoleAmount && fg.Unit == "%" {
			pct = true
		}
	}
	if !pct {
		return
	}
	low := strings.ToLower(in.Metric)
	cue := measureCue(low)
	name := cueGrowth
	if cue != nil {
		name = cue.phrase
	}
	if cue == nil && KeyOf(in.Metric) != KeyEconomicGrowth || cue != nil && cue.role != RoleChange {
		return
	}
	for f := range in.Figures {
		if fg := &in.Figures[f]; fg.Role == RoleAmount && fg.Unit == "%" {
			setRole(fg, RoleChange, name)
		}
	}
}

// sameKind reports whether two figures are of one kind: both percentages,
// both money, or both counts.
func sameKind(a, b *Figure) bool {
	return (a.Unit == "%") == (b.Unit == "%") && (a.VND != 0) == (b.VND != 0)
}

// goalBreakers are the words of a clause that state what was done, so that
// its figure is no goal of the clause before: "dự toán 120 tỷ đồng, thực
// hiện 131 tỷ đồng".
var goalBreakers = [...]string{
	"đạt", "vượt", "hoàn thành", "bằng", "so", "tăng", "giảm", "thực hiện", "thực", "được", "đã", "ước",
	"còn", "chiếm", "có", "kết nạp", "giải ngân", "đến nay", "hiện", "nay", "nhưng", "song",
}

// sharesGoal reports whether gap, the text between a goal and the next
// figure, is a new clause that names a measure and nothing else: it opens
// with ',' or ';', has no agent ("huyện thu 130 tỷ đồng") and none of
// goalBreakers.
func sharesGoal(gap string) bool {
	g := strings.TrimLeft(gap, " ")
	if g == "" || g[0] != ',' && g[0] != ';' || strings.ContainsAny(g, ".:()\n") {
		return false
	}
	g = strings.TrimLeft(g[1:], " ")
	if g == "" || isAgent(g) {
		return false
	}
	for _, w := range goalBreakers {
		if indexWord(g, w) >= 0 {
			return false
		}
	}
	return true
}

// isListGap reports whether two figures are separated only by a list
// separator (", ", " và ", " hoặc ") or the dash or "đến" of a range.
func isListGap(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	switch s {
	case "", "và", "hoặc", "và lần lượt", "-", "–", "đến", "tới":
		return true // "tăng 10 - 12%", "giảm 5 đến 7%": a range's ends
	}
	return false
}

// isRangeGap reports whether s, between two figures, joins the ends of a
// range: "1 - 1,5%", "5 đến 7%".
func isRangeGap(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "–", "đến", "tới":
		return true
	}
	return false
}

// grow returns s with room for one more value, doubling its capacity when
// full: append grows a long slice by a quarter at a time, which allocates
// about five times what it keeps.
func grow[T any](s []T) []T {
	if len(s) == cap(s) {
		return slices.Grow(s, len(s)+16)
	}
	return s
}

// candidates lists, in text order, every number that is a figure. The
// quantities are read one at a time, with the next one at hand: a run of
// bare numbers ("1 1 1 …") holds one every two bytes, few of them figures.
//
// The candidates are appended to buf, which ExtractDoc keeps from one
// document to the next (scratch).
func (x *extractor) candidates(buf []cand) []cand {
	ratios := x.withOutOf(x.ratios())
	var (
		out       = slices.Grow(buf, len(ratios)+16)
		ri        int
		parenUnit string // the noun of a count followed by a breakdown
		parenEnd  = -1   // where that breakdown ends
		rangeEnd  = -1   // the index of the quantity that ends a range of counts
	)
	// step reads the k-th quantity q, with the next one nq when there is
	// one (more).
	step := func(k int, q, nq vntext.Quantity, more bool) {
		for ri < len(ratios) && ratios[ri].start < q.Start {
			out = append(grow(out), ratios[ri])
			ri++
		}
		numEnd := -1 // where a range's first number ends, when it reads the unit of the second
		ranged := k == rangeEnd
		if q.Kind == vntext.QuantityNumber && q.Unit == "" && more {
			r := x.rangeStart(q, nq)
			if r.End != q.End {
				numEnd, rangeEnd = q.End, k+1
			}
			q = r
		}
		if q.Kind == vntext.QuantityMoney && more {
			q = x.moneyRangeStart(q, nq)
		}
		if quotedName(x.t, q.NumStart) {
			return // "“3 không”", "“0 đồng”": a slogan's or a campaign's name
		}
		c := cand{start: q.Start, end: q.End, num: q.NumStart}
		c.fig = Figure{Value: q.Value, Bound: q.Bound, VND: q.VND}
		switch q.Kind {
		case vntext.QuantityPercent:
			c.fig.Unit = "%"
		case vntext.QuantityMoney:
			// "65 triệu đồng/người/năm": the unit as written, per what.
			c.fig.Unit = q.Unit
			if e := unitTail(x.t, q.End); e > q.End && strings.HasSuffix(x.t[:q.End], q.Unit) {
				c.end, c.fig.Unit = e, x.t[q.End-len(q.Unit):e]
			}
			c.fig.Unit = spellMoneyUnit(c.fig.Unit)
			if isPrice(c.fig.Unit) {
				c.fig.VND = 0 // a price ("500 đồng/lít") is no amount of đồng
			}
		default:
			u, e, ok := x.countUnit(q, ranged)
			if !ok && q.NumStart < parenEnd && x.listedNumber(q) {
				// "111 đảng viên (khiển trách 91, cảnh cáo 16)"
				u, e, ok = parenUnit, q.End, true
			}
			if !ok {
				u, e, ok = x.subjectCount(q)
			}
			if !ok {
				return
			}
			c.fig.Unit, c.end = u, e
			if numEnd >= 0 {
				// "từ 2,7 đến 3 tỷ kWh": the end of the range is a figure too.
				c.end = numEnd
			}
			if q.NumStart >= parenEnd {
				parenUnit, parenEnd = u, x.breakdownEnd(e)
			}
		}
		out = append(grow(out), c)
	}
	k, prev, have := 0, vntext.Quantity{}, false
	for q := range x.d.TextQuantitiesSeq() {
		if have {
			step(k, prev, q, true)
			k++
		}
		prev, have = q, true
	}
	if have {
		step(k, prev, vntext.Quantity{}, false)
	}
	out = append(out, ratios[ri:]...)
	return mergeCands(mergeCands(out, x.gluedQuantities()), x.dashRanges())
}

// spellMoneyUnit writes out the abbreviations of "triệu đồng" that tables
// print ("78 tr.đ/người/năm"), so that the unit names its currency as
// the other money units do: "triệu đồng/người/năm".
func spellMoneyUnit(u string) string {
	if len(u) < 3 || u[0]|0x20 != 't' || u[1]|0x20 != 'r' {
		return u // no abbreviation: and lower-casing would allocate
	}
	for _, a := range [...]string{"tr.đ", "trđ"} {
		if len(u) >= len(a) && strings.EqualFold(u[:len(a)], a) && (len(u) == len(a) || u[len(a)] == '/') {
			return "triệu đồng" + u[len(a):]
		}
	}
	return u
}

// breakdownEnd returns the end of a parenthesised breakdown that follows a
// count ending at e, within a few words ("111 đảng viên vi phạm (khiển
// trách 91, ...)"), or -1.
func (x *extractor) breakdownEnd(e int) int {
	t := x.t
	k := strings.IndexByte(t[e:min(len(t), e+40)], '(')
	if k < 0 || strings.ContainsAny(t[e:e+k], ",.;:\n") {
		return -1
	}
	close := strings.IndexByte(t[e+k:], ')')
	if close < 0 || close > 300 {
		return -1
	}
	return e + k + close
}

// listedNumber reports whether a bare number is an item of a breakdown:
// after a word, before ',', ';' or ')'.
func (x *extractor) listedNumber(q vntext.Quantity) bool {
	j := q.End
	for j < len(x.t) && x.t[j] == ' ' {
		j++
	}
	if j >= len(x.t) || strings.IndexByte(",;)", x.t[j]) < 0 {
		return false
	}
	return q.NumStart > 0 && x.t[q.NumStart-1] == ' ' && textscan.WordRuneBefore(x.t, q.NumStart-1)
}

// subjectCount reads a count whose noun is the clause's subject: "số
// doanh nghiệp đăng ký mới là 20.000".
func (x *extractor) subjectCount(q vntext.Quantity) (string, int, bool) {
	low := x.low
	j := q.End
	for j < len(low) && low[j] == ' ' {
		j++
	}
	if j < len(low) && strings.IndexByte(",;.)", low[j]) < 0 && low[j] != '\n' {
		return "", 0, false
	}
	if q.Unit != "" || q.Value != float64(int64(q.Value)) || yearDigits(x.t[q.NumStart:q.End]) {
		return "", 0, false
	}
	if _, ok := endsWithWord(low, q.Start, "là"); !ok {
		if _, ok := endsWithWord(low, q.Start, "đạt"); !ok {
			return "", 0, false
		}
	}
	cl := clauseStart(x.t, q.Start)
	k := skipSpacesQuotes(low, cl)
	for _, w := range [...]string{"tổng số", "số lượng", "số"} {
		if textscan.HasWordAt(low, k, w) {
			k = skipSpacesQuotes(low, k+len(w))
			w, we := wordAt(x.t, k)
			if w == "" || notCountWord[low[k:we]] {
				return "", 0, false
			}
			end := countUnitEnd(low, k, we)
			return x.t[k:end], q.End, true
		}
	}
	return "", 0, false
}

// rangeStart gives the first number of a range ("từ 100 đến 200 triệu
// đồng", "2,7 - 3 tỷ kWh", "8,3% - 8,5%") the unit of the second.
func (x *extractor) rangeStart(q, next vntext.Quantity) vntext.Quantity {
	if next.Unit == "" || next.Bound != "" {
		return q
	}
	gap := strings.TrimSpace(x.low[q.End:next.Start])
	if gap != "-" && gap != "đến" && gap != "tới" {
		return q
	}
	num := x.t[q.NumStart:q.End]
	switch next.Kind {
	case vntext.QuantityPercent:
		q.Kind, q.Unit = next.Kind, next.Unit
	case vntext.QuantityMoney:
		m, err := vntext.ParseMoney(num + " " + next.Unit)
		if err != nil {
			return q
		}
		q.Kind, q.Unit, q.Currency, q.VND = next.Kind, next.Unit, next.Currency, m.VND
	default:
		// A scaled count: "2,7 đến 3 tỷ kWh" is 2,7 tỷ kWh.
		q.Unit = next.Unit
		q.End = next.End
		return q
	}
	return q
}

// countUnit decides whether a bare number counts something and returns
// the noun it counts. ranged is set for the end of a range ("2,7 - 3
// triệu tấn"), whose dash makes no identifier of it.
func (x *extractor) countUnit(q vntext.Quantity, ranged bool) (string, int, bool) {
	t, low := x.t, x.low
	year := q.Unit == "" && yearDigits(t[q.NumStart:q.End])
	if year && !yearCountOK(t, low, q) {
		return "", 0, false // a year
	}
	if q.Value == 0 {
		return "", 0, false
	}
	if q.Bound == "" && !ranged && !countContextOK(t, low, q.NumStart) {
		return "", 0, false
	}
	i := q.End
	if i >= len(t) || t[i] != ' ' {
		return "", 0, false
	}
	i++
	w, we := wordAt(t, i)
	if w == "" {
		return "", 0, false
	}
	lw := low[i:we]
	if notCountWord[lw] {
		if e := changeUnitEnd(low, i, we, q.Start); e > 0 {
			return t[i:e], e, true // "giảm 0,8 điểm phần trăm", "gấp 1,4 lần"
		}
		if e := siteUnitEnd(low, i, we); e > 0 {
			return t[i:e], e, true // "xóa 14 điểm ngập", "25 điểm du lịch"
		}
		return "", 0, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && !upperUnitOK(t, low, i, w) {
		return "", 0, false
	}
	if honorific(t, low, i, we) {
		return "", 0, false
	}
	// Multi-word units from the table, longest first.
	end := countUnitEnd(low, i, we)
	// "6 đồng chí Đảng viên mới": the noun after the classifier is counted.
	if low[i:end] == "đồng chí" && textscan.HasWordAt(low, end+1, "đảng viên") {
		i, end = end+1, end+1+len("đảng viên")
	}
	end = unitTail(t, end) // "5,9 tấn/ha", "300 m²"

	unit := t[i:end]
	if q.Unit != "" {
		unit = t[q.End-len(q.Unit) : end] // "1,6 triệu lượt"
	}
	return unit, end, true
}

// honorific reports whether the word low[i:we] after a number names the
// people just mentioned rather than counting anything: "2 ông Nguyễn Văn
// Thành và Phạm Văn Hà", "cả 2 ông đã trúng cử", "2 tân Phó Chủ tịch".
// Persons are counted as "người", "đồng chí"; "bà mẹ" is counted.
func honorific(t, low string, i, we int) bool {
	switch low[i:we] {
	case "ông":
		return true
	case "bà":
		return !textscan.HasWordAt(low, skipSpacesQuotes(low, we), "mẹ")
	case "tân": // "new", before a title; "tân binh" is counted
		k := skipSpacesQuotes(t, we)
		return k < len(t) && isUpperAt(t, k)
	}
	return false
}

// siteUnitEnd reads "điểm" at low[i:we] when it names places rather than
// a score: "điểm ngập", "điểm đen", "điểm du lịch", "điểm trường". It
// returns the unit's end, or 0.
func siteUnitEnd(low string, i, we int) int {
	if low[i:we] != "điểm" {
		return 0
	}
	k := skipSpacesQuotes(low, we)
	for _, w := range [...]string{"ngập úng", "ngập", "đen", "nóng", "du lịch", "trường", "sạt lở", "ùn tắc", "di tích",
		"giao dịch", "tập kết", "bán", "thu gom", "cháy", "vui chơi", "sinh hoạt", "dân cư", "tiếp dân", "bưu điện"} {
		if textscan.HasWordAt(low, k, w) {
			return k + len(w)
		}
	}
	return 0
}

// changeUnitEnd reads the units that measure a change rather than count
// things, at low[i:we], a word that otherwise counts nothing: percentage
// points ("tăng 0,5 điểm phần trăm", "điểm %") and multiples after a verb
// of change ("tăng 2,5 lần", "gấp 1,4 lần", "tăng gấp 3 lần"), which
// without that verb count occasions ("kiểm tra 3 lần"). It returns the
// unit's end, or 0. start is where the figure, bound included, starts.
func changeUnitEnd(low string, i, we, start int) int {
	switch low[i:we] {
	case "điểm":
		k := skipSpacesQuotes(low, we)
		if textscan.HasWordAt(low, k, "phần trăm") {
			return k + len("phần trăm")
		}
		if k < len(low) && low[k] == '%' {
			return k + 1
		}
	case "lần":
		j := trimRightSpaces(low, start)
		if _, ok := endsWithWordAt(low, j, "lên"); ok {
			j = trimRightSpaces(low, j-len("lên"))
		}
		for _, v := range [...]string{"gấp", "tăng", "giảm"} {
			if _, ok := endsWithWordAt(low, j, v); ok {
				return we
			}
		}
	}
	return 0
}

// yearDigits reports whether num is written as a year: four plain digits
// from 1900 to 2100. A number with a thousands dot ("1.986") or a decimal
// part is never a year.
func yearDigits(num string) bool {
	if len(num) != 4 || !isDigit(num[0]) || !isDigit(num[1]) || !isDigit(num[2]) || !isDigit(num[3]) {
		return false
	}
	y := int(num[0]-'0')*1000 + int(num[1]-'0')*100 + int(num[2]-'0')*10 + int(num[3]-'0')
	return y >= 1900 && y <= 2100
}

// yearCountOK reports whether a number written as a year counts things
// all the same: a noun of countUnits follows it ("kết nạp 2050 đảng
// viên") and no word before it makes it a time ("đến 2030", "từ 2021").
// The words that make a number an identifier or a time are ruled out
// later, by countContextOK.
func yearCountOK(t, low string, q vntext.Quantity) bool {
	i := q.End
	if i+1 >= len(t) || t[i] != ' ' || !wordByte[low[i+1]] || isDigit(low[i+1]) {
		return false
	}
	j := trimRightSpaces(low, q.NumStart)
	if j > 0 && (low[j-1] == '-' || low[j-1] == '/') {
		return false // "2021-2025", "31/12/2024"
	}
	for _, w := range [...]string{"năm", "đến", "tới", "từ", "trước", "sau", "vào", "cuối", "đầu", "giữa", "hết", "trong", "đoạn", "kỳ", "tầm nhìn", "qua", "nay", "và", "học", "tết", "xuân", "mùa", "niên"} {
		if _, ok := endsWithWordAt(low, j, w); ok {
			return false
		}
	}
	i++
	_, we := wordAt(low, i)
	return countUnitEnd(low, i, we) > we || knownCountEnd(low, i, we) // a noun of the table follows
}

// knownCountEnd reports whether the one-word noun low[i:we] is itself a
// unit of countUnits ("trường").
func knownCountEnd(low string, i, we int) bool {
	for _, u := range countUnitIndex.at(low, i) {
		if u == low[i:we] {
			return true
		}
	}
	return false
}

// countUnitEnd returns the end of the longest unit of countUnits at
// low[i], or end if that is further.
func countUnitEnd(low string, i, end int) int {
	for _, u := range countUnitIndex.at(low, i) {
		if e := i + len(u); e > end && strings.HasPrefix(low[i:], u) && (e == len(low) || !textscan.WordRuneAt(low, e)) {
			end = e
		}
	}
	return end
}

var countUnitIndex = indexPhrases(countUnits[:]...)

// countContextOK rejects numbers whose preceding word makes them an
// identifier or a rank: "lần thứ 6", "khóa 12", "số 14", "Quận 12".
func countContextOK(t, low string, i int) bool {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j == i && j > 0 {
		return j == 0 || strings.IndexByte("(\n", t[j-1]) >= 0 || t[j-1] == '"' || t[j-1] == '/' && pairBefore(t, low, j-1)
	}
	if j == 0 {
		return true
	}
	if c := t[j-1]; c == '.' || c == '-' || c == ':' || c == '/' || c == '#' {
		return c == '.' || c == ':' || c == '/' && pairBefore(t, low, j-1)
	}
	ws := textscan.WordStart(t, j)
	prev := low[ws:j]
	if prev == "" {
		return true
	}
	for _, n := range namesBeforeNumber {
		if hasSuffixWord(low[:j], n) {
			return false
		}
	}
	if notBeforeCount[prev] && !(prev == "quyết" && strings.HasSuffix(low[:ws], "giải ")) &&
		!(prev == "trang" && strings.HasSuffix(low[:ws], "chỉnh ")) {
		// "giải quyết 2.105 hồ sơ" is not "quyết định 2105", nor
		// "chỉnh trang 23 tuyến đường" a page number.
		return false
	}
	// A capitalised word before a number names something ("Quận 12",
	// "Sư đoàn 9") unless it opens the sentence.
	// A Title-case word before a number names something ("Quận 12", "Sư
	// đoàn 9") unless it opens the sentence; an acronym ("GPMB 14/17 dự
	// án") is an object like any other.
	r, rw := utf8.DecodeRuneInString(t[ws:])
	if unicode.IsUpper(r) && !sentenceInitial(t, ws) {
		if r2, _ := utf8.DecodeRuneInString(t[ws+rw:]); ws+rw >= j || !unicode.IsUpper(r2) {
			return false
		}
	}
	return true
}

func sentenceInitial(t string, i int) bool {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	return strings.IndexByte(".\n:;!?\"(-", t[j-1]) >= 0
}

// upperUnitOK accepts a capitalised counted noun: acronyms ("HCB") and
// the few units written with a capital ("Huy chương", "MW", "Đảng viên").
func upperUnitOK(t, low string, i int, w string) bool {
	if len(w) <= 4 && strings.ToUpper(w) == w && w != "TP" && w != "UBND" {
		return true
	}
	for _, u := range upperUnits {
		if strings.HasPrefix(low[i:], u) {
			return true
		}
	}
	return false
}

// ratios finds "19/19 chỉ tiêu", "65/67 phiếu": two whole numbers, the first
// not above the second, followed by what they count. Dates ("5/10"),
// document numbers ("98/2023") and fractions of a year are left out.
func (x *extractor) ratios() []cand {
	t, low := x.t, x.low
	var out []cand
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], '/')
		if k < 0 {
			break
		}
		s := i + k
		i = s + 1
		a, as := digitsBefore(t, s)
		if as == s || s-as > 6 {
			continue
		}
		b, be := digitsAfter(t, s+1)
		if be == s+1 || be-s-1 > 6 {
			continue
		}
		// Word-segmented sources split "77/77" as "7 7/7 7".
		if as >= 2 && t[as-1] == ' ' && isDigit(t[as-2]) && (as == 2 || !isWordByteAt(t, as-3)) &&
			be+1 < len(t) && t[be] == ' ' && isDigit(t[be+1]) && (be+2 == len(t) || !isWordByteAt(t, be+2)) {
			a += int(t[as-2]-'0') * pow10i(s-as)
			b = b*10 + int(t[be+1]-'0')
			as, be = as-2, be+2
		}
		// "3.214/3.650 hồ sơ": thousands separators; a year after the
		// slash is then ruled out by its groups.
		grouped := false
		if v, k, ok := groupedBefore(t, as, s); ok {
			a, as = v, k
			if v, k, ok := groupedAfter(t, s+1, be, b); ok {
				b, be, grouped = v, k, true
			}
		} else if v, k, ok := groupedAfter(t, s+1, be, b); ok && s-as <= 3 {
			b, be, grouped = v, k, true
		}
		if as > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:as]); textscan.IsWordRune(r) || strings.ContainsRune("/.,-", r) {
				continue
			}
		}
		if be < len(t) && (strings.IndexByte("/.,-", t[be]) >= 0 && be+1 < len(t) && isDigit(t[be+1])) {
			continue
		}
		if be < len(t) && (isDigit(t[be]) || t[be] == '/' || textscan.WordRuneAt(t, be)) {
			continue
		}
		if a > b || b == 0 || b >= 1900 && !grouped {
			continue
		}
		if !countContextOK(t, low, as) || dateWordBefore(low, as) || a == 1 && b >= 100 && scaleBefore(low, as) {
			continue // "tỷ lệ 1/500": the scale of a map or plan
		}
		// What is counted.
		j := be
		for j < len(t) && t[j] == ' ' {
			j++
		}
		w, we := wordAt(t, j)
		if w == "" || j == be {
			if (j == len(t) || strings.IndexByte(",.;)\n", t[j]) >= 0) && votesBefore(t, low, as) {
				// "với số phiếu 51/51.": the votes are named before.
				c := cand{start: as, end: be, num: as}
				c.fig = Figure{Role: RoleRatio, Value: float64(a), Total: float64(b), Unit: "phiếu"}
				out = append(out, c)
				i = be
			}
			continue
		}
		lw := low[j:we]
		end := countUnitEnd(low, j, we)
		if notCountWord[lw] && (end == we || b <= 4) {
			// But "45/45 số phiếu" counts votes, with a noun of two
			// words; "2/3 số phiếu" is the share a rule requires.
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !upperUnitOK(t, low, j, w) {
			continue
		}
		c := cand{start: as, end: end, num: as}
		c.fig = Figure{Role: RoleRatio, Value: float64(a), Total: float64(b), Unit: t[j:end]}
		out = append(out, c)
		i = end
	}
	return out
}

// pairBefore reports whether the slash at t[sl] joins two counts of one
// set, each with its noun: "1.250 hộ / 4.870 nhân khẩu", "12 vụ án / 31
// bị can". Before the slash stand a number other than 1 and one or two
// words, none of which counts nothing (notCountWord) or is a capital
// letter alone ("đường băng 25 R / 07 L"); after it, a number that is not
// 1 or a power of ten, which makes a rate ("0,4 miligam / 1 lít", "36
// robot / 10.000 nhân viên", "1 xe / 2 đơn vị").
func pairBefore(t, low string, sl int) bool {
	n, _ := digitsAfter(t, skipSpacesQuotes(t, sl+1))
	for n > 1 && n%10 == 0 {
		n /= 10
	}
	if n <= 1 {
		return false
	}
	j := trimRightSpaces(t, sl)
	for range 2 {
		ws := textscan.WordStart(t, j)
		if ws == j || notCountWord[low[ws:j]] || isDigit(t[ws]) || j-ws == 1 && t[ws] != low[ws] {
			return false
		}
		if ws >= 2 && t[ws-1] == ' ' && isDigit(t[ws-2]) {
			a, as := digitsBefore(t, ws-1)
			return a != 1 || as > 0 && (t[as-1] == '.' || t[as-1] == ',')
		}
		if ws == 0 || t[ws-1] != ' ' {
			return false
		}
		j = ws - 1
	}
	return false
}

// quotedName reports whether the number at t[i] opens a short quoted
// phrase of words alone, the name of a slogan, campaign or title ("thực
// hiện phương châm “5 rõ”", "mua bán nhà "3 chung"", "“0 đồng”"): right
// after an opening quote, with the closing quote within a few words and
// no other digit or punctuation before it.
func quotedName(t string, i int) bool {
	j := i
	if j > 0 && t[j-1] == ' ' {
		j-- // "... " 3 chung " ...": quotes spaced off
	}
	var closing string
	switch {
	case strings.HasSuffix(t[:j], "“"):
		closing = "”"
	case strings.HasSuffix(t[:j], `"`) && (j < 2 || t[j-2] == ' ' || t[j-2] == '\n'):
		closing = `"`
	default:
		return false
	}
	k := i
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	e := strings.Index(t[k:min(len(t), k+64)], closing)
	if e < 0 {
		return false
	}
	return !strings.ContainsAny(t[k:k+e], "0123456789.,;:%")
}

// scaleBefore reports whether low[:i] ends with a word that a scale
// follows: "bản đồ địa chính tỷ lệ 1/500", "quy hoạch chi tiết 1/500".
func scaleBefore(low string, i int) bool {
	for _, w := range scaleNouns {
		if _, ok := endsWithWord(low, i, w); ok {
			return true
		}
	}
	return false
}

// scaleNouns are the words a map's or plan's scale follows.
var scaleNouns = [...]string{"tỷ lệ", "tỉ lệ", "chi tiết", "phân khu", "quy hoạch chung"}

func dateWordBefore(low string, i int) bool {
	j := i
	for j > 0 && low[j-1] == ' ' {
		j--
	}
	for _, w := range [...]string{"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới", "tháng", "quý", "lúc", "và", "số", "năm", "vào", "hết", "trước", "sau", "qua", "hạn"} {
		if strings.HasSuffix(low[:j], w) {
			k := j - len(w)
			if k == 0 || !textscan.WordRuneBefore(low, k) {
				return true
			}
		}
	}
	return false
}

func digitsBefore(s string, i int) (int, int) {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	v := 0
	for k := j; k < i && k-j < 7; k++ {
		v = v*10 + int(s[k]-'0')
	}
	return v, j
}

func digitsAfter(s string, i int) (int, int) {
	j := i
	v := 0
	for j < len(s) && isDigit(s[j]) {
		if j-i < 7 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	return v, j
}

func isWordByteAt(s string, i int) bool {
	c := s[i]
	return isDigit(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c >= 0x80
}

func pow10i(n int) int {
	v := 1
	for range n {
		v *= 10
	}
	return v
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordAt returns the word (letters and digits) starting at s[i].
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !textscan.IsWordRune(r) {
			break
		}
		j += w
	}
	if j > i {
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(r) {
			return "", i
		}
	}
	return s[i:j], j
}
