package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// Tidying the measure's phrase: users read Metric, so it must be a noun
// phrase that owns the figures, not a fragment of one.

// Verbs that take a count as their object in reports: alone before the
// count they name an action, not a measure ("cấp 2.140 giấy chứng nhận",
// "thông qua 11 nghị quyết"), and the counted noun is the measure
// instead. "kết nạp" is left out: it is the measure's own name.
var countVerbs = map[string]bool{
	"cấp": true, "cấp mới": true, "thông qua": true, "bàn giao": true,
	"đón": true, "hoàn thành": true, "thu hút": true, "xem xét": true, "bầu": true, "cho": true,
	"thu hồi": true, "kiểm tra": true, "phát hiện": true, "tổng hợp": true, "dành": true, "khiến": true,
	"xử phạt": true, "tháo dỡ": true, "trao": true, "hỗ trợ": true, "giải quyết": true, "tiếp nhận": true,
	"tuyển": true, "tuyển dụng": true, "xây dựng": true, "đề nghị": true, "thêm": true, "bổ sung": true,
	"thành lập": true, "tổ chức": true, "ban hành": true, "xét": true, "tặng": true, "làm": true,
	"sáp nhập": true, "giải thể": true, "sắp xếp": true, "đầu tư": true, "triển khai": true, "có": true,
	"gồm": true, "đạt": true, "lấy": true, "bầu bổ sung": true, "đào tạo": true, "xử lý": true,
	"khởi công": true, "khánh thành": true, "tiếp": true, "cử": true, "đưa": true, "chọn": true,
	"nhận": true, "nhận được": true, "thiếu": true, "còn thiếu": true, "sử dụng": true, "giữ": true,
	"bán": true, "bán ra": true, "mua": true, "ký": true, "ký kết": true, "cần": true, "mất": true,
	"bắt": true, "bắt giữ": true, "thu giữ": true, "cắt": true, "chuyển": true, "di dời": true,
	"xây": true, "xây mới": true, "lắp đặt": true, "mua sắm": true,
}

// Words that open a phrase without belonging to it.
var metricLeading = [...]string{"cùng với", "và", "cùng", "hoặc", "hay", "mà"}

// metricTrailing are the auxiliaries a measure's phrase may end on before
// its verb, which name nothing: "nguồn chi sẽ", "Dịch vụ xe điện cũng",
// "kim ngạch xuất khẩu vẫn".
var metricTrailing = [...]string{"sẽ", "cũng", "đang", "vẫn", "phải", "cần", "đã", "đều", "vừa"}

// trimMetricEnd returns the end of the measure's phrase low[s:e] without
// the punctuation, leading words and auxiliaries it ends on ("nguồn chi
// sẽ").
func trimMetricEnd(low string, s, e int) int {
	for moved := true; moved && e > s; {
		moved = false
		for e > s && strings.IndexByte(" ,;:-\"", low[e-1]) >= 0 {
			e, moved = e-1, true
		}
		if e <= s {
			break // no word ending here starts after s
		}
		// low[e-1] is no space or quote: the words are tried where they
		// must end, those that end with its byte alone.
		for _, w := range metricLeadingByLast[low[e-1]] {
			if k, ok := endsWithWordAt(low, e, w); ok && k > s {
				e, moved = trimRightSpaces(low, k), true
				break
			}
		}
		// (e may have moved back to s, or to 0 over spaces: then no
		// word matches after s.)
		for _, w := range metricTrailingByLast[low[max(e, 1)-1]] {
			if k, ok := endsWithWordAt(low, e, w); ok && k > s {
				e, moved = trimRightSpaces(low, k), true
				break
			}
		}
	}
	return e
}

// metricLeadingByLast and metricTrailingByLast list those words by their
// last byte, in table order.
var metricLeadingByLast, metricTrailingByLast = wordsByLast(metricLeading[:]), wordsByLast(metricTrailing[:])

func wordsByLast(ws []string) (m [256][]string) {
	for _, w := range ws {
		m[w[len(w)-1]] = append(m[w[len(w)-1]], w)
	}
	return m
}

// dateOpeners may stand before a date that opens a measure's phrase.
var dateOpeners = [...]string{"ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"}

// leadingDateEnd returns the end of the date at low[s:], with a word of
// dateOpeners before it and the spaces and comma after it: a day ("ngày
// 12/5", "31/12/2016") or a month ("tháng 10/2017", "tháng 8", "tháng 3
// năm 2018"). It returns s when no date opens there.
func leadingDateEnd(low string, s int) int {
	k := s
	for _, w := range dateOpeners {
		if textscan.HasWordAt(low, k, w) {
			k = textscan.SkipSpacesQuotes(low, k+len(w))
			break
		}
	}
	e := k
	if textscan.HasWordAt(low, k, "tháng") {
		m := textscan.SkipSpacesQuotes(low, k+len("tháng"))
		n, me := digitsAfter(low, m)
		if me == m || me-m > 2 || n < 1 || n > 12 {
			return s
		}
		e = me
		if y, ye := digitsAfter(low, e+1); e < len(low) && strings.IndexByte("/.-", low[e]) >= 0 && ye-e-1 == 4 && y >= 1900 {
			e = ye
		} else if textscan.HasWordAt(low, textscan.SkipSpacesQuotes(low, e), "năm") {
			ys := textscan.SkipSpacesQuotes(low, textscan.SkipSpacesQuotes(low, e)+len("năm"))
			if _, ye := digitsAfter(low, ys); ye-ys == 4 {
				e = ye
			}
		}
	} else if _, de, ok := vntext.DateAt(low, k); ok {
		e = de
	} else {
		return s
	}
	if e < len(low) && low[e] != ' ' && low[e] != ',' {
		return s // "tháng 8x": no date
	}
	for e < len(low) && (low[e] == ' ' || low[e] == ',') {
		e++
	}
	return e
}

// Words that take what follows as their object: in a long phrase the
// measure starts after the last of them ("bầu Chủ tịch UBND thành phố
// nhiệm kỳ 2016 - 2021 với 65/67 phiếu" measures the office voted on).
var metricObjectVerbs = map[string]bool{
	"bầu": true, "cử": true, "làm": true, "giữ": true, "biết": true, "là": true, "cho": true,
}

// tidyMetric trims a measure low[s:e] (offsets into the text) of the
// words that open or close it without belonging to it, and keeps a word
// pair the phrase was cut inside ("tịch UBND" of "Chủ tịch UBND"). junk
// is set when what is left names no measure: a bare verb before a count,
// or the tail of a list ("ngành và Thường trực HĐND").
func (x *extractor) tidyMetric(s, e int, c *cand) (int, int, junkKind) {
	low, t := x.low, x.t
	if e <= s {
		return s, e, notJunk
	}
	// Keep a word pair cut in the middle: the word before is capitalised
	// and this one is not ("Chủ tịch", "Thường trực", "Huyện ủy").
	for k := 0; k < 3 && s > 1 && t[s-1] == ' ' && isLowerAt(t, s) && titleSecond[low[s:wordAtEnd(low, s)]]; k++ {
		ps := s - 1
		for ps > 0 && textscan.WordRuneBefore(t, ps) {
			ps--
			for ps > 0 && !utf8.RuneStart(t[ps]) {
				ps--
			}
		}
		if ps == s-1 || !isUpperAt(t, ps) {
			break
		}
		s = ps
	}
	for moved := true; moved && s < e; {
		moved = false
		for s < e && strings.IndexByte(" ,;:-.\"", low[s]) >= 0 {
			s, moved = s+1, true
		}
		for _, w := range metricLeading {
			if textscan.HasWordAt(low, s, w) && s+len(w) < e && !textscan.HasWordAt(low, s, "cùng kỳ") {
				s, moved = s+len(w), true
				break
			}
		}
		if k := totalEnd(low, s, e); k > s {
			s, moved = k, true
		}
		if k := leadingDateEnd(low, s); k > s && k < e {
			// "Tháng 9/2017 nạo vét 14 tuyến kênh", "Ngày 12/5 cơ quan điều
			// tra …": when, not what.
			s, moved = k, true
		}
	}
	e = trimMetricEnd(low, s, e)
	if e <= s {
		return s, s, junkList
	}
	m := low[s:e]
	// "ngành và Thường trực HĐND": a list cut after its first item.
	if i := strings.IndexByte(m, ' '); i > 0 && textscan.HasWordAt(m, i+1, "và") && isLowerAt(t, s) {
		if p := trimRightSpaces(t, s); p > 0 && t[p-1] == ',' {
			return s, e, junkList
		}
	}
	if c.fig.Unit != "%" && c.fig.VND == 0 && c.fig.Unit != "" && !isMoneyUnit(c.fig.Unit) {
		v := strings.TrimPrefix(strings.TrimPrefix(m, "đã "), "mới ")
		if countVerbs[v] && trimRightSpaces(low, c.start) <= e+len(" được") {
			return s, e, junkVerb
		}
	}
	return s, e, notJunk
}

// totalWords open the total a figure is a part of: "trong tổng số 28
// chỉ tiêu, có 25 chỉ tiêu đạt", "trong số 6 lô đất".
var totalWords = [...]string{"trong tổng số", "trong số", "tổng số", "số"}

// totalEnd returns where the noun counted by a total that opens the
// measure low[s:e] starts ("chỉ tiêu" of "tổng số 28 chỉ tiêu"), or s:
// the measure is the noun, not the total, which is a figure of its own.
func totalEnd(low string, s, e int) int {
	for _, w := range totalWords {
		if !textscan.HasWordAt(low, s, w) {
			continue
		}
		k := textscan.SkipSpacesQuotes(low, s+len(w))
		_, de := digitsAfter(low, k)
		_, de, _ = groupedAfter(low, k, de, 0) // "số 11.000 doanh nghiệp"
		if de > k && de+1 < e && low[de] == ' ' && textscan.WordRuneAt(low, de+1) && !textscan.IsDigit(low[de+1]) {
			return de + 1
		}
		return s
	}
	return s
}

// junkKind says why a measure's phrase names no measure.
type junkKind uint8

const (
	notJunk  junkKind = iota
	junkList          // the tail of a list, or nothing left
	junkVerb          // a bare verb before its count
)

func isLowerAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLower(r)
}

func isUpperAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsUpper(r)
}

// longMetricStart returns where a long measure low[s:e] starts: after the
// last word that takes an object, among its last twelve words, or else
// nine words before its end.
func longMetricStart(low string, s, e int) int {
	k := e
	for n := 0; n < 12; n++ {
		sp := strings.LastIndexByte(low[s:k], ' ')
		if sp < 0 {
			break
		}
		if w := low[s+sp+1 : k]; metricObjectVerbs[w] && k < e {
			k = textscan.SkipSpacesQuotes(low, k)
			for _, w := range [...]string{"bổ sung", "chức"} {
				if textscan.HasWordAt(low, k, w) {
					k = textscan.SkipSpacesQuotes(low, k+len(w))
				}
			}
			if _, de := digitsAfter(low, k); de > k && de < e && low[de] == ' ' {
				k = de + 1 // "bầu bổ sung 1 Phó Bí thư": the office
			}
			return k
		}
		k = s + sp
	}
	k = e
	for c := 0; c < 9; c++ {
		k = strings.LastIndexByte(low[s:k], ' ') + s
	}
	return k + 1
}

// titleSecond lists, lower case, the second words of capitalised titles
// and bodies, which a measure must not start with: "Chủ tịch", "Thường
// trực", "Bí thư", "Thường vụ", "Tỉnh ủy", "Giám đốc".
var titleSecond = map[string]bool{
	"tịch": true, "trực": true, "thư": true, "vụ": true, "ủy": true, "uỷ": true, "đốc": true,
	"trưởng": true, "nhiệm": true,
}

// wordAtEnd returns the end of the word wordAt reads at low[i], or i.
func wordAtEnd(low string, i int) int {
	_, e := wordAt(low, i)
	return e
}

// isMoneyUnit reports whether the unit u names a currency ("tỷ đồng",
// "triệu USD", "đồng/kg", "đô la"), as a word and not as letters of
// another ("đôi", "đông") nor in comrades, contracts or towns ("đồng
// chí", "hợp đồng", "đô thị").
func isMoneyUnit(u string) bool {
	u = textscan.Lower(u)
	if strings.IndexByte(u, 'd') < 0 && strings.IndexByte(u, "đ"[0]) < 0 {
		return false // neither "usd", "vnd" nor "đồng", "đô": most units
	}
	if strings.Contains(u, "usd") || strings.Contains(u, "vnd") {
		return true
	}
	if !strings.Contains(u, "đồng") && !strings.Contains(u, "đô") {
		return false
	}
	for _, w := range notMoneyWords {
		u = strings.ReplaceAll(u, w, "")
	}
	return textscan.IndexWord(u, "đồng") >= 0 || textscan.IndexWord(u, "đô") >= 0 || textscan.IndexWord(u, "đôla") >= 0
}

// notMoneyWords hold "đồng" or "đô" and name no money: the counted nouns
// a unit may be ("5 đồng chí", "12 hợp đồng").
var notMoneyWords = []string{"đồng chí", "hợp đồng", "đồng bào", "cánh đồng", "hội đồng", "cộng đồng", "đồng hồ", "đồng đội",
	"đồng nghiệp", "đồng phục", "đô thị", "thủ đô"}

// measureUnits are units of measurement, lower case, which name no measure
// by themselves ("bàn giao 126 ha mặt bằng" measures "mặt bằng").
var measureUnits = map[string]bool{
	"ha": true, "hecta": true, "tấn": true, "km": true, "km2": true, "m": true, "m2": true, "m3": true,
	"kg": true, "mw": true, "kw": true, "kwh": true, "gw": true, "lượt": true, "tỷ": true, "tỉ": true,
	"triệu": true, "nghìn": true, "ngàn": true, "trăm": true,
}

// skipUnitWords skips the scale words and units of measurement that open
// a counted phrase t[s:e], unless nothing would be left.
func (x *extractor) skipUnitWords(s, e int) int {
	for k := s; k < e; {
		w, we := wordAt(x.low, k)
		if w == "" || !measureUnits[w] {
			if k > s && we > k {
				return k
			}
			return s
		}
		k = textscan.SkipSpacesQuotes(x.low, we)
	}
	return s
}

// restating are the words that state a figure again in other terms ("tương
// đương", "tức là"): alone before a figure, they name the measure of the
// figure before.
var restating = map[string]bool{
	"tương đương": true, "tương ứng": true, "tức": true, "tức là": true, "hay": true, "bằng": true,
}

// fragmentWords are words that never name a measure alone: pronouns,
// conjunctions, adverbs and prepositions left before a figure when the
// measure is elsewhere ("hết", "không thể", "đây", "thì", "cùng").
var fragmentWords = map[string]bool{
	"hết": true, "không": true, "thể": true, "đây": true, "đó": true, "này": true, "sẽ": true, "cùng": true,
	"thì": true, "tại": true, "mới": true, "để": true, "so": true, "nay": true, "thậm": true, "chí": true,
	"vào": true, "việc": true, "của": true, "nếu": true, "như": true, "đang": true, "tất": true, "cả": true,
	"lần": true, "lượt": true, "phải": true, "chưa": true, "dù": true, "nhất": true, "nơi": true, "cứ": true,
	"thấy": true, "trở": true, "bao": true, "tức": true, "cũng": true, "đã": true, "được": true, "là": true,
	"có": true, "với": true, "và": true, "hơn": true, "gần": true, "khoảng": true, "chỉ": true, "còn": true,
	"riêng": true, "trong": true, "ngoài": true, "trên": true, "dưới": true, "từ": true, "đến": true,
	"lên": true, "xuống": true, "theo": true, "thêm": true, "các": true, "những": true, "mỗi": true,
	"hiện": true, "tới": true, "đều": true, "vẫn": true, "nhưng": true, "song": true, "hay": true, "hoặc": true,
	"mà": true, "rồi": true, "nên": true, "vì": true, "do": true, "bởi": true, "khi": true, "đồng": true,
	"thời": true, "nữa": true, "ra": true, "về": true, "usd": true, "tỷ": true, "tỉ": true, "triệu": true,
	// Pronouns and forms of address, number words, and the words of time
	// and quantity that open a sentence ("mỗi năm", "trước đây", "nhiều").
	"tôi": true, "chúng": true, "ta": true, "họ": true, "nó": true, "mình": true, "vậy": true,
	"anh": true, "chị": true, "ông": true, "bà": true, "một": true, "hai": true, "ba": true, "bốn": true,
	"năm": true, "trước": true, "sau": true, "nhiều": true, "ít": true, "cho": true,
	// Verbs of the figure itself, whose subject is named before them.
	"đạt": true, "tăng": true, "giảm": true, "thuộc": true, "cần": true,
	// Adjectives of degree ("thấp nhất", "lớn").
	"thấp": true, "lớn": true, "nhỏ": true, "nặng": true,
}

// dimensionWords give the size of a thing the sentence named before
// ("cầu mới dài 215 m, rộng 28 m"): alone, they are its measure's
// dimension, not its measure.
var dimensionWords = map[string]bool{"dài": true, "rộng": true, "cao": true, "sâu": true}

// isFragment reports whether a measure low is only words of fragmentWords
// and numbers: no measure at all ("hết", "không thể", "2", "USD").
func isFragment(low string) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(low, func(r rune) bool { return !textscan.IsWordRune(r) }) {
		if !fragmentWords[w] && strings.Trim(w, "0123456789") != "" {
			return false
		}
		n++
	}
	return n > 0
}

// isMeasureUnit reports whether u is a unit of measurement or of money
// ("ha", "m2", "tỷ đồng", "USD", "người/km2"), which names no measure; a
// counted noun ("đảng viên", "hộ") does.
func isMeasureUnit(u string) bool {
	u, _, _ = strings.Cut(textscan.Lower(u), "/")
	n := 0
	for w := range strings.FieldsSeq(u) {
		if !measureUnits[w] && !moneyWords[w] {
			return false
		}
		n++
	}
	return n > 0
}

// moneyWords are the currencies as written.
var moneyWords = map[string]bool{"đồng": true, "usd": true, "vnd": true, "vnđ": true, "đô": true, "la": true}

// lastResortMetric returns the measure of a figure whose clause names none
// before it, or only a fragment: the noun after a percentage ("41% ý
// kiến"), or, when nothing at all was found (empty), the clause before it.
func (x *extractor) lastResortMetric(c cand, cl int, empty bool) (int, int, bool) {
	if s, e, ok := x.nounAfter(c); ok {
		return s, e, true
	}
	if empty {
		return x.clauseLead(cl, c.start)
	}
	return 0, 0, false
}

// borrowMetric returns the measure of a figure given what its clause names
// (metric, low its lower case) and the measure the sentence was on before
// it (sentMetric, "" if none): an empty measure is what the figure counts
// ("đảng viên"), else the sentence's measure, else the unit, so that no
// measure is ever empty; a fragment, a
// restatement ("tương đương") or a bare unit of measurement is the
// sentence's measure when there is one, and else, for a fragment, the
// noun counted.
func borrowMetric(metric, low string, frag bool, f *Figure, sentMetric string) string {
	switch {
	case metric == "" && f.Unit != "%" && !isMeasureUnit(f.Unit):
		return f.Unit
	case metric == "" && sentMetric != "":
		return sentMetric
	case metric == "":
		return f.Unit // the last resort: "%" says at least what is measured
	case metric != "" && sentMetric != "" && (frag || restating[low] || isMeasureUnit(metric)):
		return sentMetric
	case dimensionWords[low] && sentMetric != "" && !dimensionWords[textscan.Lower(sentMetric)]:
		return sentMetric
	case frag && f.Unit != "%" && f.VND == 0 && f.Unit != "" && !isMeasureUnit(f.Unit):
		return f.Unit // "họ có 20 thành viên": what is counted
	}
	return metric
}

// countsNoun reports whether the counted phrase low[s:e] names a noun
// after its scale words and units ("triệu lượt khách"), not a unit alone
// or a unit and a period ("ha năm trước" of "so với 4.150 ha năm trước").
func (x *extractor) countsNoun(s, e int) bool {
	k := s
	for k < e {
		w, we := wordAt(x.low, k)
		if w == "" || !measureUnits[w] && !scaleWords[w] && !moneyWords[w] {
			break
		}
		k = textscan.SkipSpacesQuotes(x.low, we)
	}
	w, _ := wordAt(x.low, k)
	return k < e && vntext.PeriodPhraseEnd(x.low, k) == k && !periodNouns[w]
}

// periodNouns open a period rather than a counted noun: "năm trước",
// "cùng kỳ", "tháng này".
var periodNouns = map[string]bool{"năm": true, "tháng": true, "quý": true, "kỳ": true, "cùng": true, "ngày": true, "tuần": true}
