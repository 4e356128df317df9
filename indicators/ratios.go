package indicators

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// ratios finds "19/19 chỉ tiêu", "65/67 phiếu": two whole numbers, the first
// not above the second, followed by what they count. Dates ("5/10"),
// document numbers ("98/2023") and fractions of a year are left out.
func (x *extractor) ratios() []cand {
	var out []cand
	for i := 0; i < len(x.t); {
		k := strings.IndexByte(x.t[i:], '/')
		if k < 0 {
			break
		}
		s := i + k
		i = s + 1
		a, b, as, be, ok := ratioNumbers(x.t, x.low, s)
		if !ok {
			continue
		}
		if c, ok := x.ratioCand(a, b, as, be); ok {
			out = append(out, c)
			i = c.end
		}
	}
	return out
}

// ratioNumbers reads the whole numbers a and b around the slash at t[s],
// t[as:be] the two, and reports whether they may be a ratio: not a date,
// a document number or a map's scale.
func ratioNumbers(t, low string, s int) (a, b, as, be int, ok bool) {
	a, as = digitsBefore(t, s)
	if as == s || s-as > 6 {
		return
	}
	b, be = digitsAfter(t, s+1)
	if be == s+1 || be-s-1 > 6 {
		return
	}
	// Word-segmented sources split "77/77" as "7 7/7 7".
	if as >= 2 && t[as-1] == ' ' && textscan.IsDigit(t[as-2]) && (as == 2 || !isWordByteAt(t, as-3)) &&
		be+1 < len(t) && t[be] == ' ' && textscan.IsDigit(t[be+1]) && (be+2 == len(t) || !isWordByteAt(t, be+2)) {
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
			return
		}
	}
	if be < len(t) && (strings.IndexByte("/.,-", t[be]) >= 0 && be+1 < len(t) && textscan.IsDigit(t[be+1])) {
		return
	}
	if be < len(t) && (textscan.IsDigit(t[be]) || t[be] == '/' || textscan.WordRuneAt(t, be)) {
		return
	}
	if a > b || b == 0 || b >= 1900 && !grouped {
		return
	}
	if !countContextOK(t, low, as) || dateWordBefore(low, as) && (a <= 31 && b <= 12 || endsWithSo(low, as)) || a == 1 && b >= 100 && scaleBefore(low, as) {
		return // "tỷ lệ 1/500": the scale of a map or plan
	}
	return a, b, as, be, true
}

// ratioCand returns the ratio a/b at t[as:be] with what it counts, the
// word after it or votes named before it; false when it counts nothing.
func (x *extractor) ratioCand(a, b, as, be int) (cand, bool) {
	t, low := x.t, x.low
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
			return c, true
		}
		return cand{}, false
	}
	lw := low[j:we]
	end := countUnitEnd(low, j, we)
	if a == 24 && (b == 24 || b == 7) || slices.Contains(notRatioNouns[:], lw) || slices.ContainsFunc(notAfterCount[:], func(v string) bool {
		return textscan.HasWordAt(low, j, v)
	}) {
		// "trực 24/24", "ngày 3/5 vừa qua", "bằng 1/4 cùng kỳ",
		// "chấm 10/10 cả hai phần": hours, dates, shares, scores.
		return cand{}, false
	}
	if a < b && b <= 4 && !slices.Contains(fractionCounts[:], low[j:end]) {
		// "chỉ đủ cho 1/4 số hộ", "chiếm gần 3/4 diện tích khu",
		// "2/3 thành viên": halves, thirds and quarters are shares of a
		// whole, not so many counted out of so many.
		return cand{}, false
	}
	if notCountWord[lw] && (end == we || b <= 4) || lw == "tổng" && b <= 5 {
		// But "45/45 số phiếu" counts votes, with a noun of two
		// words; "2/3 số phiếu" is the share a rule requires, and
		// "1/3 tổng số cây", "ít nhất 1/2 tổng số người" a
		// fraction of a whole.
		return cand{}, false
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !upperUnitOK(t, low, j, w) {
		return cand{}, false
	}
	c := cand{start: as, end: end, num: as}
	c.fig = Figure{Role: RoleRatio, Value: float64(a), Total: float64(b), Unit: t[j:end]}
	return c, true
}

// notRatioNouns are the words, lower case, after "a/b" that count
// nothing: "bằng 1/4 cùng kỳ" is a share of the same period, "10/10 cả
// hai phần" a score, "12/12 nên" a school grade.
var notRatioNouns = [...]string{"cùng", "cả", "nên"}

// fractionCounts are the nouns after which a half, a third or a quarter
// ("2/3 chỉ tiêu", "3/4 tiêu chí") still counts so many out of so many.
var fractionCounts = [...]string{"chỉ tiêu", "tiêu chí"}

// pairBefore reports whether the slash at t[sl] joins two counts of one
// set, each with its noun: "1.250 hộ / 4.870 nhân khẩu", "12 vụ án / 31
// bị can". Before the slash stand a number other than 1 and one or two
// words, none of which counts nothing (notCountWord) or is a capital
// letter alone ("đường băng 25 R / 07 L"); after it, a number that is not
// 1 or a power of ten, which makes a rate ("0,4 miligam / 1 lít", "36
// robot / 10.000 nhân viên", "1 xe / 2 đơn vị").
func pairBefore(t, low string, sl int) bool {
	n, _ := digitsAfter(t, textscan.SkipSpacesQuotes(t, sl+1))
	for n > 1 && n%10 == 0 {
		n /= 10
	}
	if n <= 1 {
		return false
	}
	j := trimRightSpaces(t, sl)
	for range 2 {
		ws := textscan.WordStart(t, j)
		if ws == j || notCountWord[low[ws:j]] || textscan.IsDigit(t[ws]) || j-ws == 1 && t[ws] != low[ws] {
			return false
		}
		if ws >= 2 && t[ws-1] == ' ' && textscan.IsDigit(t[ws-2]) {
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

// quotedName reports whether the number at t[i] stands in a short quoted
// phrase of words alone, the name of a slogan, campaign or title ("thực
// hiện phương châm “5 rõ”", "mua bán nhà "3 chung"", "“0 đồng”", "cuộc
// vận động “Toàn dân 5 tốt”", "phong trào “Sinh viên 5 tốt”"): at most
// three words after an opening quote, with the closing quote within a few
// words and no other digit or punctuation before it. An opening quote is
// one preceded by an even number of quotes on its line, so a closing quote
// and the words after it are no name. t is normalised text, where curly
// quotes and guillemets are '"'.
func quotedName(t string, i int) bool {
	q := quoteOpening(t, i)
	if q < 0 {
		return false
	}
	k := i
	for k < len(t) && textscan.IsDigit(t[k]) {
		k++
	}
	e := strings.IndexByte(t[k:min(len(t), k+64)], '"')
	if e < 0 || quoteNameStops.containsAny(t[k:k+e]) {
		return false
	}
	return strings.Count(strings.TrimSpace(t[q+1:k+e]), " ") < 6
}

// quoteOpening returns where the opening quote stands that the number at
// t[i] follows with at most three words of letters between, or -1.
func quoteOpening(t string, i int) int {
	j := i
	if j > 0 && t[j-1] == ' ' {
		j-- // "... " 3 chung " ...": quotes spaced off
	}
	q := -1
	for words := 0; q < 0; words++ {
		if j > 0 && t[j-1] == '"' {
			q = j - 1
			break
		}
		ws := strings.LastIndexByte(t[:j], ' ')
		w := t[ws+1 : j]
		if words == 3 || quoteWordStops.containsAny(strings.TrimPrefix(w, `"`)) {
			return -1
		}
		if strings.HasPrefix(w, `"`) {
			q = ws + 1
		} else if ws < 0 {
			return -1
		}
		j = ws
	}
	if q >= 1 && t[q-1] != ' ' && t[q-1] != '\n' {
		return -1
	}
	line := strings.LastIndexByte(t[:q], '\n') + 1
	if strings.Count(t[line:q], `"`)%2 != 0 {
		return -1 // a closing quote
	}
	return q
}

// endsWithSo reports whether low[:i] ends with "số", which a document's
// number follows ("Quyết định số 46/48").
func endsWithSo(low string, i int) bool {
	_, ok := endsWithWord(low, i, "số")
	return ok
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
