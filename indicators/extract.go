package indicators

import (
	"slices"
	"strings"

	"github.com/vnreport/vnreport/internal/growth"
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
	var c config
	for _, o := range opts {
		o(&c)
	}
	sc := scratchPool.Get().(*scratch)
	x := &sc.x
	*x = extractor{d: d, t: d.Text, low: d.Lower, pFrom: -1, article: c.article, sc: sc}
	x.run()
	if x.out != nil {
		sc.out, sc.periods = x.out, x.periods
	}
	out := sc.detach(x.out)
	sc.release()
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

	// The period phrases of the sentence at pFrom, read up to pScanned.
	periods         []periodSpan
	pFrom, pScanned int

	goal     goalScan  // the search of the current sentence for goals (cueSentence)
	carry    carryMemo // whether the current sentence goes on with a plan
	sentDone doneIndex // where "đã" and a year stand in the current sentence
	tasks    spans     // the task lists, whose figures are goals
	directs  spans     // the directive verbs: [position, 0 unjudged, 1 directs, 2 not]

	keyBounds  boundsMemo     // the bounds of the indicators decideKeys reads, in order
	units      unitMemo[int]  // the key rows of the units decideKeys met
	sentClear  sentMemo       // the sentence guards decideKeys met
	moneyUnits unitMemo[bool] // whether the units decideKeys met are money
}

// run reads the figures of the report in text order: each candidate gets
// its role and either joins the indicator before or opens one named by its
// measure; then the indicators get their keys and growth roles, and
// repeats go. The candidates are placed as they are found, never listed.
func (x *extractor) run() {
	var w walk
	x.candidates(func(c cand) {
		if !x.inArticle(c) {
			return
		}
		if !w.started {
			x.startWalk(&w)
		}
		if c.start >= w.prevEnd { // else it overlaps the figure before
			x.place(&w, c)
		}
	})
	if !w.started {
		return
	}
	x.endWalk(&w)
	x.countedScales()
	x.decideKeys(w.spans)
	for k := range x.out {
		x.growthRole(&x.out[k])
	}
	x.dedupe()
}

// inArticle reports whether candidate c stands in the report itself, not
// in the site's furniture around it.
func (x *extractor) inArticle(c cand) bool {
	if x.article == nil {
		a := x.d.FindArticle()
		x.article = &a
	}
	ar := x.article
	return ar.End >= len(x.low) && !ar.HasBlocks() || !ar.Furniture(c.start)
}

// A walk is what run carries from one figure to the next.
type walk struct {
	started bool      // the first figure of the report is met
	figs    []Figure  // the figures of all indicators, in one backing array
	spans   []keySpan // per indicator, where its key is looked for
	first   int       // index in figs of the first figure of x.out[cur]
	cur     int       // index in x.out of the indicator figures may join
	curSeg  int       // segment start of that indicator
	curSent int       // sentence start of that indicator
	prevEnd int       // where the figure before ends
	prev    *Figure   // the figure before
	last    boundsAt  // the bounds of the figure before
}

// startWalk starts the walk at the report's first figure: it finds the
// task lists and directives, and takes the scratch's slices.
func (x *extractor) startWalk(w *walk) {
	x.tasks = taskLists(x.t, x.low)
	x.directs = findDirectives(x.low)
	x.periods = slices.Grow(x.sc.periods, 16)
	x.out = x.sc.out[:0]
	*w = walk{started: true, figs: x.sc.figs[:0], spans: x.sc.spans[:0], cur: -1, curSeg: -1, curSent: -1, last: boundsAt{i: -1}}
}

// endWalk hands the walk's slices back to the scratch. The figures of all
// indicators share one backing array, the last figs grew to: figures join
// only the last indicator, so each indicator's figures are contiguous in
// it, in the order of the indicators. Those of an indicator closed before
// figs last grew still point into an older copy, which is let go.
func (x *extractor) endWalk(w *walk) {
	x.sc.figs, x.sc.spans = w.figs, w.spans
	j := 0
	for k := range x.out {
		n := len(x.out[k].Figures)
		x.out[k].Figures = w.figs[j : j+n : j+n]
		j += n
	}
}

// place reads candidate c, which does not overlap the figure before: its
// role, and the indicator it joins or opens.
func (x *extractor) place(w *walk, c cand) {
	sent, seg, cl := w.clause(x.t, c.start)
	lowPre := x.low[cl:c.start]
	ms, me := metricSpan(lowPre)
	if me <= ms && strings.Count(lowPre, " ") > 6 {
		// A long clause whose predicate opens it: the measure is the
		// phrase nearest the figure ("… với mục tiêu tăng trưởng GRDP từ 7%").
		ms, me = tailMetric(lowPre)
	}
	n := naming{start: cl + ms, end: cl + me}
	n.metric = x.t[n.start:n.end]
	generic := n.metric == "" || isGeneric(x.low[n.start:n.end])
	join := w.cur >= 0 && w.curSeg == seg && (generic || isPrefixWords(x.out[w.cur].Metric, n.metric))
	if join && len(x.out[w.cur].Figures) >= MaxFigures {
		// No room: its role is not worth reading, and the next clause
		// opens after it all the same.
		w.prevEnd = c.end
		return
	}
	x.role(&c, sent, cl)
	w.shareRole(x.low, &c, sent, seg)
	mStart := n.start
	if !join {
		mStart = x.openIndicator(w, &c, sent, seg, cl, generic, n)
	}
	in := &x.out[w.cur]
	if in.End < c.end {
		in.End = c.end
	}
	if x.estimated(cl, c.start) || (!join && mStart < cl && x.estimated(mStart, c.start)) {
		in.Estimated = true
	}
	w.figs = append(growth.Room(w.figs, c.start, len(x.t)), c.fig)
	// Capped, so that appending to one indicator's figures cannot
	// overwrite the next one's.
	in.Figures = w.figs[w.first:len(w.figs):len(w.figs)]
	w.prev = &w.figs[len(w.figs)-1]
	w.prevEnd = c.end
}

// clause returns the starts of the sentence, segment and clause of the
// figure at start. The clause opens no earlier than the figure before
// ends, nor than its segment opens.
func (w *walk) clause(t string, start int) (sent, seg, cl int) {
	sent, seg, cl = boundsSince(t, start, w.last)
	w.last = boundsAt{start, sent, seg, cl}
	if cl < w.prevEnd && w.prevEnd <= start {
		cl = w.prevEnd
	}
	if seg > w.prevEnd && cl < seg {
		cl = seg
	}
	return sent, seg, cl
}

// shareRole gives figure c the role, sign or goal it shares with the
// figure before in its segment or sentence.
func (w *walk) shareRole(low string, c *cand, sent, seg int) {
	prev := w.prev
	if prev == nil || w.cur < 0 {
		return
	}
	gap := low[w.prevEnd:c.start]
	// "giảm 5%, 10%": a figure listed right after another shares its
	// role; "tăng 18 vụ (13,7%)", "giảm 131 người chết (16,9%)": so does
	// its percentage in brackets.
	if w.curSeg == seg && c.fig.Role == RoleAmount && prev.Role == RoleChange &&
		((prev.Unit == "%") == (c.fig.Unit == "%") && isListGap(gap) ||
			prev.Unit != "%" && c.fig.Unit == "%" && bracketAfterNoun(gap)) {
		setRole(&c.fig, RoleChange, cueListed)
		if prev.Value < 0 {
			c.fig.Value, c.fig.VND = -c.fig.Value, -c.fig.VND
		}
		c.fig.Baseline = prev.Baseline
	}
	// "giảm 120 hộ, tương đương 1,2%": the same change told again.
	// Not a percentage after a percentage, a share of another whole
	// ("tăng 13,5%, tương đương khoảng 1%"), nor a share its own cue
	// decided ("tương đương 0,3% GDP").
	if w.curSent == sent && c.fig.Role == RoleAmount && c.fig.RoleCue == "" && prev.Role == RoleChange &&
		(prev.Unit != "%" || c.fig.Unit != "%") && equivalentGap(gap) {
		setRole(&c.fig, RoleChange, cueEquivalent)
		if prev.Value < 0 {
			c.fig.Value, c.fig.VND = -c.fig.Value, -c.fig.VND
		}
		if c.fig.Baseline == "" {
			c.fig.Baseline = prev.Baseline
		}
	}
	// "(kế hoạch năm là 11 đến 12%)": the second end of a range of a
	// goal is a goal, and "phấn đấu tỷ lệ hộ nghèo giảm 1-1,5%": it falls
	// as its first does.
	if w.curSeg == seg && c.fig.Role == RoleAmount && prev.Role == RoleTarget && prev.Unit == c.fig.Unit && isRangeGap(gap) {
		setRole(&c.fig, RoleTarget, prev.RoleCue)
	}
	if w.curSeg == seg && c.fig.Role == RoleTarget && prev.Role == RoleTarget &&
		prev.Value < 0 && c.fig.Value > 0 && prev.Unit == c.fig.Unit && isRangeGap(gap) {
		c.fig.Value, c.fig.VND = -c.fig.Value, -c.fig.VND
	}
	// "dự toán thu ngân sách là 86,5 tỷ đồng, chi ngân sách 74,2 tỷ
	// đồng": a figure in a clause that only names another measure
	// shares the goal of the figure before.
	if w.curSent == sent && c.fig.Role == RoleAmount && prev.Role == RoleTarget &&
		sameKind(prev, &c.fig) && sharesGoal(gap) {
		setRole(&c.fig, RoleTarget, cueSharedGoal)
	}
}

// A naming is the name of a new indicator's measure as it is worked out.
type naming struct {
	start, end int    // where the name stands in the text
	metric     string // the name: the text at start:end unless borrowed
	frag       bool   // the name is only a fragment of one
}

// take names the measure by t[s:e].
func (n *naming) take(t string, s, e int) { n.start, n.end, n.metric = s, e, t[s:e] }

// openIndicator appends the indicator that figure c opens, named from n,
// the phrase before c in its clause cl, and returns where its measure
// starts.
func (x *extractor) openIndicator(w *walk, c *cand, sent, seg, cl int, generic bool, n naming) int {
	x.nameMeasure(w, c, sent, cl, generic, &n)
	textStart := n.start
	ks := x.tidyName(c, cl, &n)
	in := Indicator{Start: min(n.start, c.start, textStart), End: max(c.end, n.end), Metric: n.metric}
	if n.metric == "" {
		in.Start = c.start
	}
	sentMetric := "" // the measure the sentence was on
	if w.cur >= 0 && w.curSent == sent {
		sentMetric = x.out[w.cur].Metric
	}
	in.Metric = borrowMetric(in.Metric, x.low[n.start:n.end], n.frag, &c.fig, sentMetric)
	in.Period = x.period(sent, cl, n.end, c.start)
	x.out = append(growth.Room(x.out, c.start, len(x.t)), in)
	ks.ms, ks.me = n.start, n.end
	w.spans = append(growth.Room(w.spans, c.start, len(x.t)), ks)
	w.cur, w.curSeg, w.curSent, w.first = len(x.out)-1, seg, sent, len(w.figs)
	return n.start
}

// nameMeasure looks further for the measure of figure c when the phrase
// before it names none well: the sentence's measure named again, a label,
// the measure after the figure, the sentence's subject or topic, an
// agent's action, or the start of a list of nouns.
func (x *extractor) nameMeasure(w *walk, c *cand, sent, cl int, generic bool, n *naming) {
	switch {
	case w.cur >= 0 && w.curSent == sent && n.metric != "" && isPrefixWords(x.out[w.cur].Metric, n.metric):
		// "thu ngân sách đạt …; dự kiến cả năm thu đạt …": the
		// short form names the measure again.
		n.metric = x.out[w.cur].Metric
	case generic:
		if s, e, ok := x.labelBefore(sent, cl); ok {
			n.take(x.t, s, e)
		} else if s, e, ok := x.measureAfter(*c, cl); ok {
			n.take(x.t, s, e)
		} else if s, e, ok := x.sentenceSubject(sent, cl, c.start, w.prevEnd); ok {
			n.take(x.t, s, e)
		}
	case isAgent(x.low[n.start:n.end]):
		if s, e, ok := x.agentAction(n.start, c.start); ok && namesMeasure(x.low, s, e) {
			// "Về xây dựng Đảng, toàn Đảng bộ kết nạp 94 đảng viên":
			// an action the key table knows beats the field named.
			n.take(x.t, s, e)
		} else if s, e, ok := x.topic(sent, cl); ok {
			n.take(x.t, s, e)
		} else if s, e, ok := x.measureAfter(*c, cl); ok {
			n.take(x.t, s, e)
		} else if s, e, ok := x.agentAction(n.start, c.start); ok {
			n.take(x.t, s, e)
		}
	case n.start == cl && cl > sent:
		n.start = x.nounListStart(sent, n.start)
		n.metric = x.t[n.start:n.end]
	}
}

// tidyName trims the measure's name of figure c to a measure, falling
// back on what the figure counts or, last, on a nearby phrase, and
// returns the key span of a bare verb cut from it ("kết nạp 96 đảng
// viên" names the key too).
func (x *extractor) tidyName(c *cand, cl int, n *naming) keySpan {
	ks := keySpan{}
	junk := notJunk
	if n.end > n.start && n.metric == x.t[n.start:n.end] {
		var s, e int
		s, e, junk = x.tidyMetric(n.start, n.end, c)
		if junk == junkVerb {
			ks.vs, ks.ve = s, e
		}
		n.take(x.t, s, e)
	}
	n.frag = isFragment(x.low[n.start:n.end])
	if junk != notJunk || n.metric == "" || n.frag || isAgent(x.low[n.start:n.end]) && strings.Count(n.metric, " ") <= 2 || isGeneric(x.low[n.start:n.end]) {
		// A unit alone ("ha") names no more than a field ("diện tích") or
		// an agent ("Huyện"), nor than a fragment.
		if s, e, ok := x.countedPhrase(*c); ok && (x.countsNoun(s, e) || !n.frag && (junk != notJunk || n.metric == "")) {
			if junk == junkVerb {
				s = x.skipUnitWords(s, e)
			}
			// A bare classifier ("tháo dỡ 156 vụ") names less than its verb.
			if junk != junkVerb || strings.IndexByte(x.t[s:e], ' ') > 0 {
				n.take(x.t, s, e)
			}
		}
	}
	if n.frag = n.frag && isFragment(x.low[n.start:n.end]); n.metric == "" || n.frag {
		if s, e, ok := x.lastResortMetric(*c, cl, n.metric == ""); ok {
			n.take(x.t, s, e)
			n.frag = isFragment(x.low[s:e])
		}
	}
	return ks
}

// growthRole makes the percentages that a growth measure reaches changes:
// "GRDP đạt 6,21%", "tốc độ tăng giá trị sản xuất đạt 11,3%", by the
// measure's row of cueMeasure or its key. A measure that is a share
// ("đóng góp của TFP vào tăng trưởng") keeps them amounts, and so does a
// percentage that a cue read as a share ("chiếm 30% GDP", "bằng 3,6%
// GDP").
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
	low := textscan.Lower(in.Metric)
	cue := measureCue(low)
	name := cueGrowth
	if cue != nil {
		name = cue.phrase
	}
	if cue == nil && KeyOf(in.Metric) != KeyEconomicGrowth || cue != nil && cue.role != RoleChange {
		return
	}
	for f := range in.Figures {
		if fg := &in.Figures[f]; fg.Role == RoleAmount && fg.Unit == "%" && !shareCue(fg.RoleCue) {
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
	"còn", "chiếm", "có", "kết nạp", "giải ngân", "đến nay", "hiện", "nay", "nhưng", "song", "kết quả",
}

// sharesGoal reports whether gap, the text between a goal and the next
// figure, is a new clause that names a measure and nothing else: it opens
// with ',' or ';', has no agent ("huyện thu 130 tỷ đồng") and none of
// goalBreakers.
func sharesGoal(gap string) bool {
	g := strings.TrimLeft(gap, " ")
	if g == "" || g[0] != ',' && g[0] != ';' || goalGapStops.containsAny(g) {
		return false
	}
	g = strings.TrimLeft(g[1:], " ")
	if g == "" || isAgent(g) {
		return false
	}
	for _, w := range goalBreakers {
		if textscan.IndexWord(g, w) >= 0 {
			return false
		}
	}
	return true
}

// bracketAfterNoun reports whether gap, between a count and a percentage,
// is the bracket that opens on the percentage, maybe after the rest of the
// counted noun: "(", " chết (" of "giảm 131 người chết (16,9%)".
func bracketAfterNoun(gap string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasSuffix(g, "(") {
		return false
	}
	g = strings.TrimSpace(strings.TrimSuffix(g, "("))
	if g == "" {
		return true
	}
	if strings.Count(g, " ") > 2 || strings.ContainsAny(g, "0123456789,.;:()%\"-") {
		return false
	}
	return textscan.IndexWord(g, "so với") < 0 && textscan.IndexWord(g, "và") < 0
}

// isListGap reports whether two figures are separated only by a list
// separator (", ", " và ", " hoặc ") or the dash or "đến" of a range.
func isListGap(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	switch s {
	case "", "và", "hoặc", "và lần lượt", "-", "đến", "tới":
		return true // "tăng 10 - 12%", "giảm 5 đến 7%": a range's ends
	}
	return false
}

// isRangeGap reports whether s, between two figures, joins the ends of a
// range: "1 - 1,5%", "5 đến 7%".
func isRangeGap(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "đến", "tới":
		return true
	}
	return false
}
