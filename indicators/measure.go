package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Finding the measure a figure belongs to when its own clause does not
// name it.

// isPrefixWords reports whether short is a whole-word prefix of long,
// ignoring case: "thu" of "thu ngân sách".
func isPrefixWords(long, short string) bool {
	if short == "" || len(short) >= len(long) {
		return false
	}
	return long[len(short)] == ' ' && strings.EqualFold(long[:len(short)], short)
}

// measureAfter reads the measure named after a figure that opens its
// clause: "99,2% hồ sơ được giải quyết đúng hạn" measures "hồ sơ".
func (x *extractor) measureAfter(c cand, cl int) (int, int, bool) {
	if c.fig.Unit != "%" {
		return 0, 0, false
	}
	if pre := strings.TrimSpace(x.low[cl:c.start]); pre != "" {
		// "Toàn quận có 99,1% hộ gia đình …", "Có 98,5% dân số …": only an
		// agent or a verb before the figure.
		if pre != "có" && (!isAgent(pre) || strings.Count(pre, " ") > 4) {
			return 0, 0, false
		}
	}
	if c.fig.Baseline != "" {
		return 0, 0, false // what follows is the baseline
	}
	s := textscan.SkipSpacesQuotes(x.low, c.end)
	if textscan.HasWordAt(x.low, s, "số") {
		s = textscan.SkipSpacesQuotes(x.low, s+len("số"))
	}
	e := clauseEnd(x.low, s)
	ms, me := metricSpan(x.low[s:e])
	if me <= ms || isGeneric(x.low[s+ms:s+me]) {
		return 0, 0, false
	}
	return s + ms, s + me, true
}

// sentenceSubject returns the measure named in the first clause of the
// sentence when the figure's own clause does not name one: in "Thu ngân
// sách, nhờ nguồn thu từ đất, ước đạt 2.640 tỷ đồng" the verb is far from
// its subject. The first clause must come before any earlier figure.
func (x *extractor) sentenceSubject(sent, cl, c0, prevEnd int) (int, int, bool) {
	if cl <= sent || prevEnd > sent || strings.TrimSpace(x.low[cl:c0]) == "" {
		return 0, 0, false
	}
	e := clauseEnd(x.low, sent)
	if e > cl {
		return 0, 0, false
	}
	ms, me := metricSpan(x.low[sent:e])
	if me > ms && isAgent(x.low[sent+ms:sent+me]) {
		// "Quận đã hoàn thành giao quân năm 2024, đạt 100% chỉ tiêu"
		return x.agentAction(sent+ms, e)
	}
	if me <= ms || isGeneric(x.low[sent+ms:sent+me]) {
		return 0, 0, false
	}
	return sent + ms, sent + me, true
}

// topic returns X of a sentence opening "Về X," (or "Đối với X,"), the
// subject a report's sentence is about.
func (x *extractor) topic(sent, cl int) (int, int, bool) {
	low := x.low
	s := textscan.SkipSpacesQuotes(low, sent)
	for _, w := range [...]string{"về", "đối với", "trong công tác", "với"} {
		if textscan.HasWordAt(low, s, w) {
			s = textscan.SkipSpacesQuotes(low, s+len(w))
			e := clauseEnd(low, s)
			if e > cl || e-s > 80 || e <= s {
				return 0, 0, false
			}
			return s, trimRightSpaces(low, e), true
		}
	}
	return 0, 0, false
}

// Words that name who acts rather than what is measured.
var agents = [...]string{
	"toàn quận", "toàn huyện", "toàn tỉnh", "toàn thành phố", "thành phố", "thị xã", "thị trấn",
	"quận", "huyện", "tỉnh", "xã", "phường", "tp", "toàn đảng bộ", "đảng bộ", "các tổ chức cơ sở đảng", "tổ chức cơ sở đảng",
	"các cấp ủy", "cấp ủy", "đảng ủy", "các chi bộ", "chi bộ", "hội nghị", "kỳ họp", "đại hội", "ubnd", "hđnd",
	"ủy ban nhân dân", "hội đồng nhân dân", "quận ủy", "huyện ủy", "thành ủy", "tỉnh ủy",
}

// isAgent reports whether a measure starts with who acts — "huyện",
// "Quận thu hút", "các tổ chức cơ sở đảng", "tỉnh phấn đấu tăng trưởng
// GRDP" — rather than naming what is measured.
func isAgent(low string) bool {
	low = strings.TrimSpace(low)
	if strings.HasPrefix(low, "xã hội") {
		return false
	}
	for _, a := range agentIndex.at(low, 0) {
		if textscan.HasWordAt(low, 0, a) {
			return true
		}
	}
	return false
}

var agentIndex = indexPhrases(agents[:]...)

// agentAction returns what an agent did, as the measure: "bàn giao" of
// "huyện đã bàn giao", "tăng trưởng GRDP" of "tỉnh phấn đấu tăng trưởng GRDP".
func (x *extractor) agentAction(s, end int) (int, int, bool) {
	low := x.low
	// Skip the agent, a level word and a place name after it: "Đảng bộ
	// quận", "UBND huyện Gia Lâm".
	for moved := true; moved; {
		moved = false
		k := textscan.SkipSpacesQuotes(low, s)
		for _, a := range agentIndex.at(low, k) {
			if textscan.HasWordAt(low, k, a) && k+len(a) <= end {
				s, moved = k+len(a), true
				break
			}
		}
		if moved {
			continue
		}
		if k+1 < end && low[k] == '.' && isUpperAt(x.t, k+1) {
			k++ // "TP.HCM": the place's name is glued to the level word
		}
		if k < end {
			r, _ := utf8.DecodeRuneInString(x.t[k:])
			if _, we := wordAt(x.t, k); unicode.IsUpper(r) && we > k && we <= end {
				s, moved = we, true
			}
		}
	}
	for moved := true; moved; {
		moved = false
		s = textscan.SkipSpacesQuotes(low, s)
		for _, w := range [...]string{"đã", "được", "sẽ", "phấn đấu", "đã được", "tiếp tục", "cũng", "vẫn", "có", "hiện có"} {
			if textscan.HasWordAt(low, s, w) && s+len(w) <= end && !textscan.HasWordAt(low, s, "có thể") {
				s += len(w)
				moved = true
			}
		}
	}
	if s >= end {
		return 0, 0, false
	}
	ms, me := metricSpan(low[s:end])
	if me <= ms {
		return 0, 0, false
	}
	return s + ms, s + me, true
}

// nounListStart extends a measure that opens its clause back over a bare
// noun opening the sentence: "Doanh thu thương mại, dịch vụ đạt …".
func (x *extractor) nounListStart(sent, ms int) int {
	low := x.low
	k := trimRightSpaces(low, ms)
	if k == 0 || low[k-1] != ',' || k-1 <= sent {
		return ms
	}
	prev := low[sent : k-1]
	if strings.Count(prev, " ") > 5 || labelStops.containsAny(prev) {
		return ms
	}
	if ps, pe := metricSpan(prev); ps != 0 || pe != trimRightSpaces(prev, len(prev)) || isAgent(prev) || adverbial(prev) {
		return ms // the first clause has its own predicate or is not a noun
	}
	return sent
}

// adverbialOpeners open a clause that sets the scene of a sentence, not a
// noun the sentence lists: "Theo ông A, …", "Thời gian tới, …", "Mới
// đây, …", "Tại hội nghị, …".
var adverbialOpeners = [...]string{
	"theo", "tại", "trong", "từ", "sau", "trước", "đến", "cho đến", "tính đến", "mới đây", "gần đây", "vừa qua",
	"thời gian", "năm", "những năm", "hàng năm", "tuần", "tháng", "quý", "ngày", "sáng", "chiều", "tối", "hôm",
	"hiện nay", "đến nay", "trước đây", "trước mắt", "sắp tới", "thời điểm", "dịp này", "nhân dịp", "ngay",
	"liên quan", "về", "đối với", "riêng", "ngoài ra", "bên cạnh", "đồng thời", "cụ thể", "trong đó",
	"tương tự", "chẳng hạn", "ví dụ", "đơn cử", "thực tế", "tổng cộng", "ngược lại", "thậm chí", "cuối cùng",
	"dù vậy", "tuy nhiên", "tuy vậy", "do vậy", "do đó", "vì vậy", "như vậy", "từ đó", "đặc biệt", "quá trình",
	"để", "nhằm", "nếu", "muốn", "với",
}

var adverbialIndex = indexPhrases(adverbialOpeners[:]...)

// sayVerbs end a clause that names who speaks: "Ông A cho biết, …".
var sayVerbs = [...]string{"cho biết", "cho hay", "khẳng định", "nói", "nhấn mạnh", "thông tin", "chia sẻ", "cho rằng", "nhận định", "đánh giá", "thừa nhận"}

// adverbial reports whether the lower-case clause low opens with one of
// adverbialOpeners or ends with one of sayVerbs.
func adverbial(low string) bool {
	for _, w := range adverbialIndex.at(low, 0) {
		if textscan.HasWordAt(low, 0, w) {
			return true
		}
	}
	return hasSuffixAnyWord(low, sayVerbs[:])
}

// tailMetric returns the measure after the last word that opens a
// phrase ("với", "về", "là", "và", "của", "thì") in low, or an empty span.
func tailMetric(low string) (int, int) {
	best := -1
	for _, w := range [...]string{"với", "về", "là", "và", "của", "thì"} {
		for off := 0; ; {
			k := textscan.IndexWord(low[off:], w)
			if k < 0 {
				break
			}
			if k+off+len(w) > best {
				best = k + off + len(w)
			}
			off += k + len(w)
		}
	}
	if best < 0 {
		return 0, 0
	}
	ms, me := metricSpan(low[best:])
	if me <= ms || isGeneric(low[best+ms:best+me]) {
		return 0, 0
	}
	return best + ms, best + me
}

// countedPhrase returns, for a count or ratio, the counted noun and what
// is said of it, up to the clause end or the next number: "xã đạt chuẩn
// nông thôn mới" of "15/15 xã đạt chuẩn nông thôn mới". It names the
// measure when nothing before the figure does.
func (x *extractor) countedPhrase(c cand) (int, int, bool) {
	if c.fig.Unit == "%" || c.fig.VND != 0 || c.fig.Unit == "" {
		return 0, 0, false
	}
	s := c.end - len(c.fig.Unit)
	if s < c.start || !strings.EqualFold(x.t[s:c.end], c.fig.Unit) {
		return 0, 0, false
	}
	ce := clauseEnd(x.low, c.end)
	e, words := c.end, 0
	for k := c.end; k < ce && words < 8; {
		if x.low[k] == ' ' {
			k++
			continue
		}
		if textscan.IsDigit(x.low[k]) {
			break
		}
		we := k
		for we < ce && x.low[we] != ' ' {
			we++
		}
		if w := x.low[k:we]; w == "với" || w == "và" || w == "trong" || w == "của" || w == "cho" || w == "tại" || w == "để" || w == "nhưng" {
			break
		}
		e, k = we, we
		words++
	}
	// "chỉ tiêu chủ yếu đều đạt và vượt": drop the verbs that end it.
	for moved := true; moved; {
		moved = false
		for _, w := range [...]string{"đều", "đạt", "đã", "được", "có", "là", "đều đạt"} {
			if k, ok := endsWithWord(x.low[:e], e, w); ok && k > c.end {
				e, moved = trimRightSpaces(x.low, k), true
			}
		}
	}
	return s, e, true
}

// labelBefore returns the label of a line that lists a figure after a
// colon, as tables and summaries do: "Thu nhập bình quân đầu người: 78
// triệu đồng/người/năm", or the measure of the clause before a
// parenthesis that opens with the figure. The clause of the figure must
// open right after the colon or parenthesis.
func (x *extractor) labelBefore(sent, cl int) (int, int, bool) {
	k := trimRightSpaces(x.low, cl)
	if k <= sent || x.low[k-1] != ':' && x.low[k-1] != '(' {
		return 0, 0, false
	}
	if x.low[k-1] == '(' {
		// "chỉ tiêu thu ngân sách rất cao (gần 348.000 tỷ đồng)": the
		// clause before the parenthesis names the measure.
		sent = clauseStart(x.t, k-1)
	}
	ms, me := metricSpan(x.low[sent : k-1])
	if me <= ms || isGeneric(x.low[sent+ms:sent+me]) || isAgent(x.low[sent+ms:sent+me]) {
		return 0, 0, false
	}
	return sent + ms, sent + me, true
}

// nounAfter returns the noun phrase that follows a percentage in its clause
// when the clause names nothing before it ("Chỉ có 12% ý kiến tán
// thành", "xuống dưới 4% GDP"): a parenthesis right after the figure is
// skipped, and a baseline ("so với", "kế hoạch") is no measure.
func (x *extractor) nounAfter(c cand) (int, int, bool) {
	low := x.low
	s := textscan.SkipSpacesQuotes(low, c.end)
	if s < len(low) && low[s] == '(' {
		if p := strings.IndexByte(low[s:], ')'); p > 0 && p < 40 {
			s = textscan.SkipSpacesQuotes(low, s+p+1)
		}
	}
	if c.fig.Unit != "%" || c.fig.Baseline != "" || s >= len(low) || !textscan.WordRuneAt(low, s) || textscan.IsDigit(low[s]) || vntext.PeriodPhraseEnd(low, s) > s {
		return 0, 0, false
	}
	for _, w := range [...]string{"so", "kế hoạch", "dự toán", "cùng kỳ", "trở lên", "trở xuống", "đến", "và", "với"} {
		if textscan.HasWordAt(low, s, w) {
			return 0, 0, false
		}
	}
	e := clauseEnd(low, s)
	ms, me := metricSpan(low[s:e])
	if me <= ms {
		return 0, 0, false
	}
	return s + ms, s + me, true
}

// clauseLead returns the words of the clause before a figure, c0, when
// nothing better names its measure: the last resort, so that a measure is
// never empty.
func (x *extractor) clauseLead(cl, c0 int) (int, int, bool) {
	s, e := textscan.SkipSpacesQuotes(x.low, cl), trimRightSpaces(x.low, c0)
	for e > s && strings.IndexByte(",;:-(", x.low[e-1]) >= 0 {
		e = trimRightSpaces(x.low, e-1)
	}
	if e <= s || !textscan.WordRuneAt(x.low, s) {
		return 0, 0, false
	}
	return s, e, true
}
