package indicators

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Words between a verb and its figure that do not change the role.
var fillers = [...]string{
	"bình quân", "trung bình", "ước đạt", "ước tính", "ước", "dự kiến", "được", "thêm", "lên đến", "lên tới", "lên",
	"đến", "tới", "là", "ở mức", "mức", "tương ứng", "lần lượt", "chỉ còn", "khoảng", "gần", "hơn", "trên",
	"so với cùng kỳ", "so cùng kỳ", "đạt", "trưởng", "nhẹ", "mạnh", "nhanh", "đáng kể", "khá", "chỉ", "tương đối", "cao",
	"đề ra", "đặt ra",
}

// fillersByLast indexes fillers by their last byte: a word ends at i
// only if its last byte is low[i-1].
var fillersByLast = byLastByte(fillers[:]...)

func byLastByte(words ...string) (m [256][]string) {
	for _, w := range words {
		m[w[len(w)-1]] = append(m[w[len(w)-1]], w)
	}
	return m
}

// setRole gives f the role r, decided by the cue phrase.
func setRole(f *Figure, r Role, cue string) { f.Role, f.RoleCue = r, cue }

// role sets c.fig.Role (unless it is a ratio), the sign of a change and
// the baseline, from the cues of roleCues around the figure, and records
// the cue that decided it in RoleCue. The steps run in order, each may
// override the ones before: the verb, the baseline after the figure, a
// goal in the clause, a directive, a task list, a goal or the time ahead
// in the sentence, a target topic.
func (x *extractor) role(c *cand, sent, cl int) {
	f := &c.fig
	if f.Role == RoleRatio {
		f.RoleCue = cueRatio
		return
	}
	setRole(f, RoleAmount, "")
	verb, i := x.verbCue(c.start, cl)
	if verb == nil {
		verb = x.verbBefore(c.start, i, cl, f.Unit == "%")
	}
	pbs, pbe := -1, -1 // a plan word between "vượt" and the figure
	if verb == nil {
		if ps, pe, ok := exceededPlanBefore(x.low, i, cl); ok && f.Unit == "%" {
			setRole(f, RoleExceed, "vượt "+x.low[ps:pe])
			pbs, pbe = ps, pe
		}
	} else if !verb.pct || f.Unit == "%" {
		setRole(f, verb.role, verb.phrase)
		if verb.fall {
			f.Value, f.VND = -f.Value, -f.VND
		}
	}
	x.baseline(c)
	if pbs >= 0 && f.Role == RoleExceed && f.Baseline == "" {
		f.Baseline = x.t[pbs:pbe] // "vượt dự toán 12%"
	}
	if f.Role == RoleAmount && f.Unit == "%" && f.RoleCue == "" {
		if s := shareOf(x.low, c.end, cl, c.start); s != nil {
			setRole(f, s.role, s.phrase)
		}
	}
	x.goalRole(c, sent, cl)
}

// verbBefore returns the verb of the clause before the figure at start,
// whose own clause from cl holds only fillers before it (the walk back
// stopped at i): any verb before the bracket the figure stands alone in
// ("tăng trưởng khá (6,9%)"), a row with comma set before the comma
// of a percentage's clause ("tăng trưởng nhanh, đạt 7,4%"); else nil.
func (x *extractor) verbBefore(start, i, cl int, pct bool) *roleCue {
	if q := trimRightSpaces(x.low, start) - 1; q >= 0 && x.low[q] == '(' {
		v, _ := x.verbCue(q, clauseStart(x.t, q))
		return v
	}
	q := trimRightSpaces(x.low, cl) - 1
	if !pct || i != cl || q < 0 || x.low[q] != ',' {
		return nil
	}
	if v, _ := x.verbCue(q, clauseStart(x.t, q)); v != nil && v.comma {
		return v
	}
	return nil
}

// shareLinks may stand between a percentage and the whole it is a share
// of: "28% trong GRDP", "3% tổng GDP".
var shareLinks = [...]string{"trong", "của", "tổng"}

// shareOf returns the row that makes the percentage at low[fig:end], in
// the clause from cl, a share: the whole named right after it (cueShareOf,
// "3,6% GDP") or a share named in its clause before it ("đóng góp … đạt
// 39%"); nil when there is none.
func shareOf(low string, end, cl, fig int) *roleCue {
	j := textscan.SkipSpacesQuotes(low, end)
	if c := shareOfAt(low, j); c != nil {
		return c
	}
	for _, w := range shareLinks {
		if textscan.HasWordAt(low, j, w) {
			if c := shareOfAt(low, textscan.SkipSpacesQuotes(low, j+len(w))); c != nil {
				return c
			}
		}
	}
	return clauseCue(low, cl, fig, RoleAmount)
}

// shareOfAt returns the row of cueShareOf that low[j:] opens with, or nil.
func shareOfAt(low string, j int) *roleCue {
	for _, c := range shareOfCues {
		if textscan.HasWordAt(low, j, c.phrase) {
			return c
		}
	}
	return nil
}

// verbCue walks back from the figure at start over fillers to the verb
// that governs it, within the clause from cl. It returns the verb's row,
// or nil, and where the walk stopped.
func (x *extractor) verbCue(start, cl int) (*roleCue, int) {
	low, i := x.low, start
	for steps := 0; steps < 6; steps++ {
		ti := trimRightSpaces(low, i)
		if ti == 0 {
			break // nothing ends there
		}
		for _, v := range verbCues[low[ti-1]] {
			if s, ok := endsWithWordAt(low, ti, v.phrase); ok && s >= cl && (v.guard == nil || v.guard(low, s, cl, start)) {
				return v, s
			}
		}
		moved := false
		for _, w := range fillersByLast[low[ti-1]] {
			if s, ok := endsWithWordAt(low, ti, w); ok && s >= cl {
				i, moved = s, true
				break
			}
		}
		if !moved {
			break
		}
	}
	return nil, i
}

// baseline reads what follows the figure: a plan share's plan or the
// baseline of a change. The figure then extends over its baseline, so
// that the next clause starts after.
func (x *extractor) baseline(c *cand) {
	low, f := x.low, &c.fig
	j := c.end
	for j < len(low) && low[j] == ' ' {
		j++
	}
	ce := clauseEnd(low, j)
	tail := low[j:ce]
	bs := -1 // where the baseline starts
	if strings.HasPrefix(tail, "so với ") || strings.HasPrefix(tail, "so ") {
		k := strings.IndexByte(tail, ' ') + 1
		if strings.HasPrefix(tail[k:], "với ") {
			k += len("với ")
		}
		if p := planCue(tail[k:]); p != nil && f.Unit == "%" && f.Role != RoleExceed {
			switch {
			case f.Role != RoleChange:
				setRole(f, p.role, "so với "+p.phrase)
			case f.Value > 0 && barePlan(tail[k+len(p.phrase):]):
				// "tăng 185% so với kế hoạch": by how much the plan was beaten.
				setRole(f, RoleExceed, f.RoleCue+" so với "+p.phrase)
			}
		}
		if f.Role == RoleChange || f.Role == RolePlan || f.Role == RoleExceed {
			bs = j + k
		}
	} else if p := planCue(tail); f.Unit == "%" && p != nil && (f.Role == RoleAmount || f.Role == RoleExceed) {
		if f.Role == RoleAmount {
			setRole(f, p.role, p.phrase)
		}
		bs = j
	} else if (f.RoleCue == "gấp" || f.RoleCue == "bằng") && f.Unit == "lần" {
		bs = j // "gấp 1,8 lần năm 2020": what the multiple is of
	}
	if bs >= 0 && bs < ce {
		be := max(baselineEnd(low, bs, ce), bs)
		f.Baseline = x.t[bs:be]
		if n := textscan.SkipSpacesQuotes(low, be); n == len(low) || !textscan.IsDigit(low[n]) {
			// Not "so với mức 6,5 tỷ đồng", "so với chỉ tiêu 620 tỷ
			// đồng": the figure after is the baseline's level, and its
			// own clause names it.
			c.end = be
		}
		if k, ok := endsWithWord(low, be, "trở lên"); ok && k >= bs {
			f.Baseline = strings.TrimSpace(x.t[bs:k])
			if f.Bound == "" {
				f.Bound = BoundOver
			}
		}
	}
	if (f.RoleCue == "gấp" || f.RoleCue == "bằng") && f.Baseline != "" && !timeBaseline(textscan.Lower(f.Baseline)) {
		// "gấp 1,66 lần mức tăng bình quân cả nước": a multiple of another
		// measure, not a change over time.
		setRole(f, RoleAmount, f.RoleCue+": another measure")
	}
	// "từ 7% trở lên": at least.
	if f.Bound == "" && strings.HasPrefix(tail, "trở lên") {
		f.Bound = BoundOver
	}
}

// goalRole makes a figure a target, or a reduction a change, by the cues
// of its clause and sentence (see cueClause, cueTopic, cueSentence,
// cueOpening), a directive or a task list.
func (x *extractor) goalRole(c *cand, sent, cl int) {
	low, f := x.low, &c.fig
	// A plan share is a goal too when its own clause strives for it
	// ("phấn đấu cả năm đạt trên 95% kế hoạch vốn"), and so is an amount
	// that a budget estimate or a target is set at.
	if f.Role == RolePlan || f.Role == RoleAmount {
		if g := clauseCue(low, cl, c.start, RoleTarget); g != nil {
			setRole(f, g.role, g.phrase)
		}
	}
	x.setGoal(c, sent, cl)
	// A figure its own clause states as a fact ("hiện có", "đã") is none
	// of the goals its sentence sets.
	if f.Role != RoleTarget && f.Role != RolePlan && !statesNow(low, cl, c.start) {
		if g := x.goalBefore(sent, c.start); g != nil {
			setRole(f, g.role, g.phrase)
		} else if g := openingCue(low, sent); g != nil {
			setRole(f, g.role, g.phrase)
		} else if p := x.carriedPlan(sent); p != "" && !x.sentDone.between(x, sent, sent, c.start) && !x.sentDone.yearBefore(c.start) &&
			!sharesOfPlan(low, sent, sentenceEnd(x.t, sent)) {
			// "Theo đó, GRDP tăng 8%", but not "Cụ thể, năm 2015, …":
			// a year of its own is a fact of that year, nor "Cụ thể, …
			// đạt 101% kế hoạch": a result measured against the plan.
			setRole(f, RoleTarget, "plan before: "+p)
		}
		// "chỉ tiêu giảm thiểu 90%": a clause that names a target.
		// "(gần 348.000 tỷ đồng)" after "chỉ tiêu thu ngân sách": the
		// parenthesis belongs to the clause before it.
		ocl := cl
		if q := openParen(x.t, sent, cl); q >= 0 {
			ocl = clauseStart(x.t, q)
		}
		k := -1
		for _, g := range topicCues {
			if !strings.Contains(low[ocl:c.start], g.phrase) {
				continue // most clauses have none: skip openingEnd
			}
			if k < 0 {
				k = openingEnd(low, ocl)
			}
			if textscan.HasWordAt(low, k, g.phrase) && (g.guard == nil || g.guard(low, k, ocl, c.start)) {
				setRole(f, g.role, g.phrase)
				break
			}
		}
	}
	// "nâng tỷ lệ che phủ rừng từ 42% lên 45%": the level a goal starts
	// from is where things stand, not the goal; but a target raised
	// ("chỉ tiêu lợi nhuận tăng từ 1.100 tỷ lên 1.250 tỷ") was one before.
	if f.Role == RoleTarget && !goalNoun(f.RoleCue) && levelFrom(low, c.start, c.end) {
		setRole(f, RoleAmount, cueLevelFrom)
	}
	// "kéo giảm phạm pháp hình sự gần 37%": a reduction with its object;
	// "tốc độ tăng trưởng GDP bình quân 7%": a rate of growth. Neither
	// holds for a share, nor for the level a move starts from.
	if f.Role == RoleAmount && f.Unit == "%" && !shareCue(f.RoleCue) && f.RoleCue != cueLevelFrom {
		if g := clauseCue(low, cl, c.start, RoleChange); g != nil {
			setRole(f, g.role, g.phrase)
			if g.fall {
				f.Value, f.VND = -f.Value, -f.VND
			}
		}
	}
}

// setGoal makes c's figure a target when a bracket after a plan spells
// the plan out, when a speaker directs it or when it is a task's.
func (x *extractor) setGoal(c *cand, sent, cl int) {
	low, f := x.low, &c.fig
	if f.Role == RoleTarget {
		return
	}
	// "đạt 53% kế hoạch năm 2024 (3.550 tỷ đồng)": the plan itself.
	if g := parenPlan(low, sent, c.start); g != nil && f.Role != RoleRatio {
		setRole(f, g.role, g.phrase+" (…)")
		return
	}
	// "Đồng chí yêu cầu các sở rút ngắn ít nhất 30% thời gian": a figure
	// directed, not reached, unless its clause states it as a fact. A
	// plan share is directed in its own clause only, as a plan share
	// strived for.
	if f.Role != RoleRatio {
		if d := x.directiveBefore(sent, c.start); d >= 0 && (f.Role != RolePlan || d >= cl) &&
			!x.sentDone.between(x, sent, d, c.start) && !statesNow(low, max(cl, d), c.start) {
			setRole(f, RoleTarget, directWordAt(low, d))
			return
		}
	}
	// "Để đạt được tốc độ tăng trưởng 7%, …": what is aimed at.
	if g := aimCue(low, cl, c.start); g != nil && f.Role != RoleRatio {
		setRole(f, g.role, g.phrase)
		return
	}
	// "(kế hoạch tăng 6,2%)": a bracket that opens with a plan holds it.
	if q := openParen(x.t, sent, c.start); q >= 0 && f.Role != RoleRatio {
		if g := bracketPlan(low, q+1, c.start); g != nil {
			setRole(f, g.role, g.phrase+" (…)")
			return
		}
	}
	if x.tasks.in(c.start) {
		// "… các nhiệm vụ sau: - kết nạp đủ 20 đảng viên": a task's figure.
		setRole(f, RoleTarget, cueTaskList)
	}
}

// levelBounds may stand between "từ" and the level a move starts from:
// "từ khoảng 2 triệu đồng lên …", "từ mức 42% lên 45%".
var levelBounds = [...]string{"khoảng", "hơn", "gần", "trên", "dưới", "mức"}

// levelFrom reports whether the figure at low[start:end] is the level a
// move starts from: "từ" before it (maybe with a bound: "từ khoảng") and
// "lên" or "xuống" after it, before another number ("từ 42% lên 45%",
// "từ 2,5 triệu đồng xuống còn 700.000 đồng"), not the first end of a
// range ("từ 5 đến 7%").
func levelFrom(low string, start, end int) bool {
	j := trimRightSpaces(low, start)
	for _, w := range levelBounds {
		if k, ok := endsWithWordAt(low, j, w); ok {
			j = trimRightSpaces(low, k)
			break
		}
	}
	if _, ok := endsWithWordAt(low, j, "từ"); !ok {
		return false
	}
	k := textscan.SkipSpacesQuotes(low, end)
	if !textscan.HasWordAt(low, k, "lên") && !textscan.HasWordAt(low, k, "xuống") {
		return false
	}
	for n := k; n < min(len(low), k+30); n++ {
		if textscan.IsDigit(low[n]) {
			return true
		}
	}
	return false
}

// openParen returns where the parenthesis that holds t[cl] opens, within
// the sentence from sent, or -1: the clauses of "(gần 348.000 tỷ đồng,
// tăng hơn 15% …)" belong to the clause before it.
func openParen(t string, sent, cl int) int {
	lo := max(sent, cl-200)
	q := strings.LastIndexByte(t[lo:cl], '(')
	if q < 0 {
		return -1
	}
	if strings.IndexByte(t[lo+q:cl], ')') < 0 {
		return lo + q
	}
	depth := 0
	for j := cl - 1; j >= lo; j-- {
		switch t[j] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return -1
}

// exceededPlanBefore reports whether low[:i] ends with "vượt" and what
// it beat, a plan word, maybe with who set it: "vượt dự toán 12%",
// "vượt kế hoạch năm 5%", "vượt dự toán được giao 8%". It returns the
// span of the plan words, within the clause from cl. "vượt chỉ tiêu 95%"
// is left to the verb walk: the schema reads it as a target.
func exceededPlanBefore(low string, i, cl int) (int, int, bool) {
	// "vượt" stands within the few words before: look for it first.
	if !strings.Contains(low[max(cl, i-40):i], "vượt") {
		return 0, 0, false
	}
	e := trimRightSpaces(low, i)
	j := e
	for _, q := range [...]string{"được giao", "giao", "đề ra", "năm"} {
		if s, ok := endsWithWordAt(low, j, q); ok && s > cl {
			j = trimRightSpaces(low, s)
			break
		}
	}
	for _, p := range [...]string{"dự toán", "kế hoạch"} {
		s, ok := endsWithWordAt(low, j, p)
		if !ok || s <= cl {
			continue
		}
		if v, ok := endsWithWord(low, s, "vượt"); ok && v >= cl {
			return s, e, true
		}
	}
	return 0, 0, false
}

// openingCue returns the row of cueOpening with which the sentence at
// low[sent] opens, a clause of its own ("Trong năm tới, …", "Thời gian
// tới, …", "Trong 6 tháng cuối năm 2024, …"): what it states are plans.
// It returns nil when there is none.
func openingCue(low string, sent int) *roleCue {
	k := textscan.SkipSpacesQuotes(low, sent)
	for _, w := range [...]string{"trong", "những"} {
		if textscan.HasWordAt(low, k, w) {
			k = textscan.SkipSpacesQuotes(low, k+len(w))
		}
	}
	for _, g := range openingCues {
		if textscan.HasWordAt(low, k, g.phrase) {
			e := textscan.SkipSpacesQuotes(low, k+len(g.phrase))
			if _, ye := digitsAfter(low, e); ye-e == 4 {
				e = textscan.SkipSpacesQuotes(low, ye) // "6 tháng cuối năm 2024, …"
			}
			if e < len(low) && low[e] == ',' {
				return g
			}
			return nil
		}
	}
	return nil
}

// planCue returns the row of cueBaseline that s opens with: what a plan
// share is measured against ("kế hoạch", "dự toán", "KH", "DT"), or nil.
func planCue(s string) *roleCue {
	for _, c := range baselineCues {
		if textscan.HasWordAt(s, 0, c.phrase) {
			return c
		}
	}
	return nil
}

// baselineEnd returns where a baseline starting at low[bs] ends: at the
// clause end, before a word that starts another statement ("và tăng …",
// "với 128 thanh niên"), or after eight words.
func baselineEnd(low string, bs, ce int) int {
	words := 0
	for k := bs; k < ce; {
		we := k
		for we < ce && wordByte[low[we]] {
			we++
		}
		if we == k {
			k++
			continue
		}
		switch low[k:we] {
		case "và", "với", "nhưng", "song", "tăng", "giảm", "đạt", "trong", "là", "do", "nhờ", "khi":
			return trimRightSpaces(low, k)
		}
		if textscan.IsDigit(low[k]) {
			if e := vntext.PeriodPhraseEnd(low, k); e > k && e <= ce {
				k = e // "so với 6 tháng đầu năm 2017"
				continue
			}
		}
		if textscan.IsDigit(low[k]) && !(we-k == 4 && (strings.HasSuffix(low[:k], "năm ") || k > 0 && low[k-1] == '/')) {
			return trimRightSpaces(low, k) // another figure; a year of the baseline stays
		}
		if words++; words == 8 {
			return we
		}
		k = we
	}
	return trimRightSpaces(low, ce)
}

// clauseCue returns the first row of cueClause giving the role r whose
// phrase is a word of the figure's clause before it, low[cl:fig], and
// whose guard holds at one of its places there, or nil.
func clauseCue(low string, cl, fig int, r Role) *roleCue {
	own := low[cl:fig]
	if ps := clausePhrases(r); ps != nil && !ps.anyIn(own) {
		return nil // most clauses hold none of the role's phrases
	}
	for _, c := range clauseCues {
		if c.role != r {
			continue
		}
		for from := 0; from < len(own); {
			k := textscan.IndexWord(own[from:], c.phrase)
			if k < 0 {
				break
			}
			if c.guard == nil || c.guard(low, cl+from+k, cl, fig) {
				return c
			}
			from += k + len(c.phrase)
		}
	}
	return nil
}

// directWordAt returns the word of directWords at low[d].
func directWordAt(low string, d int) string {
	for _, w := range directWords {
		if textscan.HasWordAt(low, d, w) {
			return w
		}
	}
	return ""
}

// planQualifiers say who set a plan or for when, so that the plan is the
// plan of the figure's measure: "kế hoạch đã đề ra", "dự toán được giao".
var planQualifiers = [...]string{"đã đề ra", "đề ra", "được giao", "giao", "năm", "cả năm", "của"}

// barePlan reports whether rest, the words after a plan word, name no
// other plan ("kế hoạch dự trữ hàng hóa" is a plan of its own): nothing,
// the clause's end or a word of planQualifiers.
func barePlan(rest string) bool {
	k := textscan.SkipSpacesQuotes(rest, 0)
	if k == len(rest) || !wordByte[rest[k]] {
		return true
	}
	for _, q := range planQualifiers {
		if textscan.HasWordAt(rest, k, q) {
			return true
		}
	}
	return false
}

// timeWords name a time a multiple is measured from: "gấp 1,8 lần năm
// 2020", "so với cùng kỳ", "so với cuối năm 2015".
var timeWords = [...]string{"năm", "cùng kỳ", "kỳ", "trước", "giai đoạn", "tháng", "quý", "đầu", "cuối", "nhiệm kỳ", "ngày", "hiện nay", "hiện tại"}

// timeBaseline reports whether the lower-case baseline low names a time:
// a word of timeWords or a number (a year, a date).
func timeBaseline(low string) bool {
	if digitBytes.containsAny(low) {
		return true
	}
	for _, w := range timeWords {
		if textscan.IndexWord(low, w) >= 0 {
			return true
		}
	}
	return false
}
