package indicators

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Facts beside goals, senses of goal words, and plans spelled out in
// brackets: the guards of the rows of roleCues that tell a figure a
// sentence states as it stands from the goals around it (notNow,
// statesNow, notForced), a goal word from its other senses (goalSense,
// steers, planIs), and the rows of cueParen (parenPlan).

// nowWords say that what follows them stands now or was done (also
// "kết quả", the results of a time before): a figure
// after them in its clause is a fact, whatever goal the sentence sets
// ("phấn đấu …, trong khi nhiều mô hình đã đạt 6 tấn/ha", "đề nghị …
// các HTX làm dịch vụ (số này hiện chỉ chiếm 9%)").
var nowWords = [...]string{"đã", "hiện nay", "hiện có", "hiện đang", "hiện chỉ", "hiện còn", "hiện tại", "hiện hữu", "hiện mới", "hiện vẫn", "hiện là", "đến nay", "kết quả", "còn thiếu"}

// statesNow reports whether a word of nowWords stands in low[from:to],
// after the last word of purposeWords there: "đã đưa ra các giải pháp
// để kim ngạch đạt 10 tỷ USD" states a goal.
func statesNow(low string, from, to int) bool {
	if from >= to || !nowSet.anyIn(low[from:to]) {
		return false // most clauses: no word of nowWords, even inside a word
	}
	own := low[from:to]
	for _, w := range purposeWords {
		if k := lastWord(own, w); k >= 0 {
			own = own[k+len(w):]
		}
	}
	for _, w := range nowWords {
		for k := 0; k < len(own); {
			j := textscan.IndexWord(own[k:], w)
			if j < 0 {
				break
			}
			if !strings.HasPrefix(w, "hiện") || !hienCompound(own, k+j) {
				return true
			}
			k += j + len(w)
		}
	}
	return false
}

var nowSet = newPhraseSet(nowWords[:]...)

// purposeWords open what an action is for: a goal.
var purposeWords = [...]string{"để", "nhằm"}

// lastWord returns where the last occurrence of the word w in s starts, or -1.
func lastWord(s, w string) int {
	last := -1
	for k := 0; k < len(s); {
		j := textscan.IndexWord(s[k:], w)
		if j < 0 {
			break
		}
		last, k = k+j, k+j+len(w)
	}
	return last
}

// hienCompounds end with "hiện" a word of their own: "thực hiện có hiệu
// quả" says nothing of the present.
var hienCompounds = [...]string{"thực", "thể", "xuất", "phát", "biểu", "hiển", "tái", "trình", "ẩn"}

// hienCompound reports whether the "hiện" at s[k:] ends a word of
// hienCompounds.
func hienCompound(s string, k int) bool {
	for _, w := range hienCompounds {
		if _, ok := endsWithWord(s, k, w); ok {
			return true
		}
	}
	return false
}

// notNow accepts a goal word of the figure's clause when no word of
// nowWords stands between it and the figure.
func notNow(low string, at, _, fig int) bool { return !statesNow(low, at, fig) }

// parenQualifiers may stand between a plan and the bracket that spells
// it out: who set it and for when ("kế hoạch năm 2024", "chỉ tiêu Nghị
// quyết Đại hội đề ra", "dự toán HĐND tỉnh giao"), besides years.
var parenQualifiers = [...]string{
	"năm", "cả năm", "giai đoạn", "nhiệm kỳ", "đã", "đề ra", "đặt ra", "được giao", "giao", "của", "quốc hội", "nghị quyết",
	"đại hội", "hđnd", "ubnd", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "trung ương", "chính phủ", "đhđcđ", "-", "–",
}

// parenPlan returns the row of cueParen whose plan a bracket right after
// it spells out, when the figure at low[fig:] opens that bracket (maybe
// after a word of levelBounds), within the sentence from sent; or nil.
func parenPlan(low string, sent, fig int) *roleCue {
	q := trimRightSpaces(low, fig)
	for _, w := range levelBounds {
		if k, ok := endsWithWordAt(low, q, w); ok {
			q = trimRightSpaces(low, k)
			break
		}
	}
	q = rangeOpening(low, sent, q)
	if q <= sent || low[q-1] != '(' {
		return nil
	}
	e := trimRightSpaces(low, q-1)
	for steps := 0; steps < 8 && e > sent; steps++ {
		for _, c := range parenCues {
			if _, ok := endsWithWordAt(low, e, c.phrase); ok {
				return c
			}
		}
		if _, de := digitsAfter(low, wordStart(low, e)); de == e && e-wordStart(low, e) == 4 {
			e = trimRightSpaces(low, wordStart(low, e)) // a year
			continue
		}
		moved := false
		for _, w := range parenQualifiers {
			if k, ok := endsWithWordAt(low, e, w); ok && k >= sent {
				e, moved = trimRightSpaces(low, k), true
				break
			}
		}
		if !moved {
			return nil
		}
	}
	return nil
}

// rangeOpening returns where the range whose second end follows low[:q]
// starts ("(25 - 26%)": before "25"), or q when low[:q] ends with no
// first end and joiner.
func rangeOpening(low string, sent, q int) int {
	j := q
	switch {
	case strings.HasSuffix(low[:q], "-"):
		j = q - len("-")
	case strings.HasSuffix(low[:q], "–"):
		j = q - len("–")
	default:
		k, ok := endsWithWordAt(low, q, "đến")
		if !ok {
			return q
		}
		j = k
	}
	j = trimRightSpaces(low, j)
	if j > sent && low[j-1] == '%' {
		j = trimRightSpaces(low, j-1)
	}
	n := j
	for n > sent && (textscan.IsDigit(low[n-1]) || low[n-1] == ',' || low[n-1] == '.') {
		n--
	}
	if n == j {
		return q
	}
	return trimRightSpaces(low, n)
}

// wordStart returns where the run of non-space bytes ending at low[e-1]
// starts.
func wordStart(low string, e int) int {
	for e > 0 && low[e-1] != ' ' {
		e--
	}
	return e
}

// forcedWords before "phải" or "cần" make what it must do a fact: "đành
// phải trồng 0,6 ha", "đã phải dành 2 tỷ đồng", "từng phải giảm 7 kg",
// "không cần tăng …". ("phải huy động" is no row: news tells with it
// what a body had to do.)
var forcedWords = [...]string{"đành", "đã", "từng", "không", "chưa"}

// notForced accepts "phải …", "cần …" at low[at:] that no word of
// forcedWords precedes.
func notForced(low string, at, _, _ int) bool {
	for _, w := range forcedWords {
		if _, ok := endsWithWord(low, at, w); ok {
			return false
		}
	}
	return true
}

// goalNotMet accepts "mục tiêu" that names a goal (goalSense) not met
// or missed (notMet).
func goalNotMet(low string, at, cl, fig int) bool {
	return goalSense(low, at) && notMet(low, at, cl, fig)
}

// goalSense rejects "mục tiêu" at low[at:] in a name or as what is aimed
// at: "Chương trình mục tiêu quốc gia", "ngân sách trung ương bổ sung có
// mục tiêu" (earmarked), "tên lửa tấn công các mục tiêu".
func goalSense(low string, at int) bool {
	if _, ok := endsWithWord(low, at, "chương trình"); ok {
		return false
	}
	if k, ok := endsWithWord(low, at, "có"); ok {
		for _, w := range earmarkVerbs {
			if _, ok := endsWithWord(low, k, w); ok {
				return false
			}
		}
	}
	for _, d := range [...]string{"các", "những", "một", "nhiều"} {
		if k, ok := endsWithWord(low, at, d); ok {
			at = k
			break
		}
	}
	for _, w := range aimVerbs {
		if _, ok := endsWithWord(low, at, w); ok {
			return false
		}
	}
	return true
}

// earmarkVerbs before "có mục tiêu" make a transfer earmarked: "bổ sung
// có mục tiêu", "hỗ trợ có mục tiêu".
var earmarkVerbs = [...]string{"bổ sung", "hỗ trợ", "trợ cấp", "cấp", "chi"}

// aimVerbs take "mục tiêu" as what is shot, tracked or struck.
var aimVerbs = [...]string{"tấn công", "tiêu diệt", "bắn", "bắn hạ", "bắn trúng", "đánh trúng", "đánh chặn", "khóa", "bám", "theo dõi", "không kích", "phá hủy"}

// planIs accepts "kế hoạch" at low[at:] that sets the figure it is said
// to be ("kế hoạch đề ra là 300 tỷ đồng", "(kế hoạch năm là 4%)"): the
// figure follows "là" or "ở mức" (maybe with a bound), the clause reports
// no result (setNotDone), and the words are no office's name ("Sở Kế
// hoạch và Đầu tư", "kế hoạch hóa gia đình").
func planIs(low string, at, cl, fig int) bool {
	after := textscan.SkipSpacesQuotes(low, at+len("kế hoạch"))
	for _, w := range planNames {
		if textscan.HasWordAt(low, after, w) {
			return false
		}
	}
	j := trimRightSpaces(low, fig)
	for _, w := range levelBounds {
		if k, ok := endsWithWordAt(low, j, w); ok {
			j = trimRightSpaces(low, k)
			break
		}
	}
	_, is := endsWithWordAt(low, j, "là")
	_, level := endsWithWordAt(low, j, "ở mức")
	return (is || level) && setNotDone(low, at, cl, fig)
}

// planNames follow "kế hoạch" in the names of offices and programmes.
var planNames = [...]string{"và đầu tư", "- đầu tư", "-đầu tư", "đầu tư", "hóa gia đình", "hoá gia đình"}

// steers accepts "định hướng" at low[at:] that sets a course for a time
// to come, opening its sentence or before a time ("Định hướng các năm
// sau, …", "huyện định hướng đến năm 2030 …"), not the noun of "có những
// định hướng hợp lý" nor "định hướng vào khách hàng".
func steers(low string, at, sent, _ int) bool {
	if at == textscan.SkipSpacesQuotes(low, sent) {
		return true
	}
	k := textscan.SkipSpacesQuotes(low, at+len("định hướng"))
	for _, w := range steerTimes {
		if textscan.HasWordAt(low, k, w) {
			return true
		}
	}
	return false
}

// steerTimes, after "định hướng", name the time it steers to.
var steerTimes = [...]string{"đến", "tới", "năm", "giai đoạn", "trong"}

// sharesOfPlan reports whether a percentage in low[from:to] is a share
// of a plan ("đạt 101,4% kế hoạch", "bằng 98% so với dự toán"): its
// sentence reports results against the plan.
func sharesOfPlan(low string, from, to int) bool {
	for k := from; k < to; {
		j := strings.IndexByte(low[k:to], '%')
		if j < 0 {
			return false
		}
		a := textscan.SkipSpacesQuotes(low, k+j+1)
		if textscan.HasWordAt(low, a, "so với") {
			a = textscan.SkipSpacesQuotes(low, a+len("so với"))
		}
		if a < to && planCue(low[a:to]) != nil {
			return true
		}
		k += j + 1
	}
	return false
}

// bracketPlan returns the row of cueParen that the bracket text low[o:fig]
// opens with, a plan the figure at fig spells out ("(kế hoạch tăng
// 6,2%)", "(chỉ tiêu năm là 90%)"), when no word of doneVerbs but
// "tăng"/"giảm" stands between; or nil.
func bracketPlan(low string, o, fig int) *roleCue {
	o = textscan.SkipSpacesQuotes(low, o)
	for _, c := range parenCues {
		if !textscan.HasWordAt(low, o, c.phrase) {
			continue
		}
		own := low[o+len(c.phrase) : fig]
		for _, w := range doneVerbs {
			if w != "tăng" && w != "giảm" && textscan.IndexWord(own, w) >= 0 {
				return nil
			}
		}
		return c
	}
	return nil
}

// aimCue returns the row of cueAim in the clause low[cl:fig] before the
// figure that aims at it: no word of aimConsequences stands between, as
// in "nếu muốn làm hết các dự án thì cần 44 tỷ USD", where the figure is
// what the wish takes, not the wish.
func aimCue(low string, cl, fig int) *roleCue {
	own := low[cl:fig]
	for _, g := range aimCues {
		k := textscan.IndexWord(own, g.phrase)
		if k < 0 {
			continue
		}
		rest := own[k+len(g.phrase):]
		for _, w := range aimConsequences {
			if textscan.IndexWord(rest, w) >= 0 {
				return nil
			}
		}
		return g
	}
	return nil
}

// aimConsequences open what a wish or a purpose takes: "nếu muốn … thì
// cần …", "muốn … phải …".
var aimConsequences = [...]string{"thì", "phải", "cần", "để"}

// equivalentWords, after a change and a comma, tell it again in other
// units: "giảm 120 hộ, tương đương 1,2%", "giảm 21 vụ, tỷ lệ 8,4%".
var equivalentWords = [...]string{"tương đương với", "tương ứng với", "tương đương", "tương ứng", "tỷ lệ", "tỉ lệ"}

// equivalentGap reports whether gap, between a change and the next
// figure, tells the same change again in other units: ", tương đương",
// "tương ứng với khoảng" ("giảm 120 hộ, tương đương 1,2%", "giảm 30% chi
// phí, tương đương gần 400 tỷ đồng" holds a noun between as well: at most
// three words before the comma).
func equivalentGap(gap string) bool {
	k := strings.IndexByte(gap, ',')
	if k < 0 || strings.Count(strings.TrimSpace(gap[:k]), " ") > 2 {
		return false
	}
	g := strings.TrimSpace(gap[k+1:])
	found := false
	for _, w := range equivalentWords {
		if strings.HasPrefix(g, w) {
			g, found = strings.TrimSpace(g[len(w):]), true
			break
		}
	}
	if !found {
		return false
	}
	for _, b := range levelBounds {
		if g == b {
			return true
		}
	}
	return g == "" || g == "xấp xỉ"
}
