package indicators

import (
	"slices"
	"strings"

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
