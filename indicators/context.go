package indicators

import (
	"strings"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// The words around a figure decide its role, its measure and its period.
// All matching is on the lower-cased normalised text.

// clauseStart returns where the clause holding t[i] starts: the sentence
// start or a ';', ',', ':', '(', ')' or spaced dash that opens a clause.
func clauseStart(t string, i int) int { _, _, c := bounds(t, i); return c }

// boundsAt holds the bounds of the sentence, segment and clause of t[i].
type boundsAt struct{ i, sent, seg, cl int }

// bounds returns, in one backward scan from t[i], the starts of the
// sentence (after a line end or a '.', '!' or '?' that ends a sentence, not
// one inside a number such as "3.666"), of the segment (which also stops at ';', separating measures
// in reports) and of the clause holding t[i].
func bounds(t string, i int) (sent, seg, cl int) {
	return boundsSince(t, i, boundsAt{i: -1})
}

// boundsSince is bounds for t[i] given p, the bounds of an earlier
// position: the scan back from i stops at p.i, where the rest of the scan
// would repeat the one that found p's bounds. Figures are visited in text
// order, so a sentence with many figures is not scanned again for each.
func boundsSince(t string, i int, p boundsAt) (sent, seg, cl int) {
	seg, cl = -1, -1
	for j := i - 1; j >= 0; j-- {
		if j-7 >= max(p.i, 0) && !mayBound8(textscan.Load8(t, j-7)) {
			j -= 7 // with the loop's j--: t[j-7:j+1] holds no boundary byte
			continue
		}
		if !boundaryByte[t[j]] && j >= p.i {
			continue // fast path: letters and most ASCII
		}
		if j < p.i {
			if j == p.i-1 {
				if seg < 0 {
					seg = p.seg
				}
				if cl < 0 {
					cl = p.cl
				}
				return p.sent, seg, cl
			}
			p.i = -1 // a short aside skipped over p.i: scan on
		}
		c := t[j]
		level := 0 // 1 clause, 2 segment, 3 sentence
		switch c {
		case '\n':
			level = 3
		case '.', '!', '?':
			if c == '.' && (j > 0 && j+1 < len(t) && textscan.IsDigit(t[j-1]) && textscan.IsDigit(t[j+1]) ||
				j+1 < len(t) && t[j+1] != ' ' && t[j+1] != '\n' && t[j+1] != '"') {
				continue // inside a number or an abbreviation: "3.666", "TP.HCM"
			}
			level = 3
		case ';':
			level = 2
		case ',':
			if j > 0 && j+1 < len(t) && textscan.IsDigit(t[j-1]) && textscan.IsDigit(t[j+1]) {
				continue
			}
			level = 1
		case ':', '(':
			level = 1
		case ')':
			if shortParen(t, j) {
				j = strings.LastIndexByte(t[:j], '(')
				continue
			}
			level = 1
		case '-':
			if j > 0 && t[j-1] == ' ' && j+1 < len(t) && t[j+1] == ' ' && dashClause(t, j+2) {
				level = 1
			}
		case ellipsisLast:
			if ellipsisEnds(t, j) {
				level = 3
			}
		}
		if level == 0 {
			continue
		}
		at := textscan.SkipSpacesQuotes(t, j+1)
		if cl < 0 {
			cl = at
		}
		if level >= 2 && seg < 0 {
			seg = at
		}
		if level == 3 {
			return at, seg, cl
		}
	}
	at := textscan.SkipSpacesQuotes(t, 0)
	if seg < 0 {
		seg = at
	}
	if cl < 0 {
		cl = at
	}
	return at, seg, cl
}

// A boundsMemo answers bounds for positions asked mostly in text order:
// the scan back from each stops where the one before started (see
// boundsSince). Its zero value is ready to use.
type boundsMemo struct {
	last boundsAt
	set  bool
}

// at returns bounds(t, i).
func (m *boundsMemo) at(t string, i int) (sent, seg, cl int) {
	p := boundsAt{i: -1}
	if m.set {
		p = m.last
	}
	sent, seg, cl = boundsSince(t, i, p)
	m.last, m.set = boundsAt{i, sent, seg, cl}, true
	return sent, seg, cl
}

// boundaryByte marks the bytes that may end a sentence, segment or clause,
// and the last byte of "…", which may end a sentence (ellipsisEnds).
var boundaryByte = func() (m [256]bool) {
	for _, c := range []byte("\n.!?;,:()-") {
		m[c] = true
	}
	m[ellipsisLast] = true
	return m
}()

// ellipsisLast is the last byte of "…" (U+2026, E2 80 A6 in UTF-8).
const ellipsisLast = 0xA6

// ellipsisEnds reports whether t[j], a byte ellipsisLast, ends a "…"
// that ends a sentence: a capital opens the word after it ("… Hiện 12
// cống đã sửa", "kỷ cương… Về y tế"), where "gạo, cà phê… đều tăng" goes on.
func ellipsisEnds(t string, j int) bool {
	if j < 2 || t[j-2] != 0xE2 || t[j-1] != 0x80 {
		return false
	}
	k := textscan.SkipSpacesQuotes(t, j+1)
	return k > j+1 && k < len(t) && isUpperAt(t, k)
}

// mayBound8 reports whether one of the eight bytes of x may be a
// boundaryByte: a line end or ASCII punctuation from '!' to '?'. Digits
// pass too, but the letters and the bytes of other runes, most of a
// sentence, do not, so that the scan back skips them eight at a time.
func mayBound8(x uint64) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := x &^ high
	v := x ^ ellipsisLast*ones // a zero byte where x holds ellipsisLast
	return (textscan.BytesIn(y, '!', '?')|textscan.BytesIn(y, '\n', '\n'))&^x&high != 0 || (v-ones)&^v&high != 0
}

// dashClause reports whether a spaced dash before t[i] opens a new clause
// ("3.666 tỷ đồng - đạt 55,4% kế hoạch") rather than joining two nouns
// ("thương mại - dịch vụ").
func dashClause(t string, i int) bool {
	if i < len(t) && textscan.IsDigit(t[i]) {
		return i < 4 || !textscan.IsDigit(t[i-4]) // "2016 - 2021" is a range
	}
	low := textscan.Lower(t[i:min(len(t), i+12)])
	for _, w := range [...]string{"đạt", "tăng", "giảm", "vượt", "bằng", "chiếm", "ước"} {
		if textscan.HasWordAt(low, 0, w) {
			return true
		}
	}
	return false
}

// shortParen reports whether the ')' at t[j] closes a short aside without
// figures, such as "(GRDP)", which belongs to the phrase around it.
func shortParen(t string, j int) bool {
	k := strings.LastIndexByte(t[:j], '(')
	if k < 0 || j-k > 40 {
		return false
	}
	for _, c := range []byte(t[k:j]) {
		if textscan.IsDigit(c) || c == ',' || c == ';' || c == '.' || c == '\n' {
			return false
		}
	}
	return true
}

// maxClause bounds the scan for a clause end: a clause of prose is far
// shorter (the longest in thousands of real reports is about 500 bytes),
// while a table pasted as one line may hold thousands of figures with no
// break, each of which would otherwise scan to the end of the text.
const maxClause = 1024

// clauseEnd returns where the clause holding t[i] ends: at the next clause
// break, or at most maxClause bytes on, at a rune start.
func clauseEnd(t string, i int) int {
	for j := i; j < len(t); j++ {
		if j-i >= maxClause {
			for j > i && !utf8.RuneStart(t[j]) {
				j--
			}
			return j
		}
		c := t[j]
		if !boundaryByte[c] {
			continue // not one of the bytes below
		}
		switch c {
		case '\n', ';', ':', '(', ')':
			return j
		case '.', ',':
			if j > 0 && j+1 < len(t) && textscan.IsDigit(t[j-1]) && textscan.IsDigit(t[j+1]) {
				continue
			}
			return j
		case '-':
			if j > i && t[j-1] == ' ' && j+1 < len(t) && t[j+1] == ' ' {
				return j - 1
			}
			if j == i {
				return j
			}
		case ellipsisLast:
			if j-2 >= i && ellipsisEnds(t, j) {
				return j - 2
			}
		}
	}
	return len(t)
}

// Words at which the measure's noun phrase ends and the predicate begins.
var predicate = [...]string{
	"đạt", "ước", "dự kiến", "được", "là", "chiếm", "vượt", "có", "còn", "bằng", "gồm", "xảy ra",
	"tăng", "giảm", "gấp", "lên", "khoảng", "với", "đã", "tiếp tục", "luôn", "đều", "chỉ",
}

// predicateWords holds the first word of each predicate: 1 when that word
// alone is the predicate, 2 when a second word must follow.
var predicateWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range predicate {
		if i := strings.IndexByte(w, ' '); i >= 0 {
			if m[w[:i]] == 0 {
				m[w[:i]] = 2
			}
		} else {
			m[w] = 1
		}
	}
	return m
}()

// isPredicate reports whether the word low[k:we] opens the predicate.
func isPredicate(low string, k, we int) bool {
	if n := we - k; n >= 32 || predicateLens[low[k]]&(1<<n) == 0 {
		return false // no first word of a predicate has that first byte and length
	}
	switch predicateWords[low[k:we]] {
	case 0:
		return false
	case 2:
		for _, w := range predicate {
			if textscan.HasWordAt(low, k, w) {
				return true
			}
		}
		return false
	}
	w := low[k:we]
	if (w == "tăng" || w == "giảm") && nounUse(low, k, len(w)) {
		return false
	}
	if w == "bằng" && (strings.HasSuffix(low[:k], "mặt ") || strings.HasSuffix(low[:k], "cân ") ||
		strings.HasSuffix(low[:k], "đồng ") || strings.HasSuffix(low[:k], "công ")) {
		return false // "giải phóng mặt bằng", "cân bằng"
	}
	if w == "gấp" && textscan.HasWordAt(low, k, "gấp rút") {
		return false
	}
	if w == "chỉ" && (textscan.HasWordAt(low, k, "chỉ tiêu") || textscan.HasWordAt(low, k, "chỉ số") || textscan.HasWordAt(low, k, "chỉ đạo") || textscan.HasWordAt(low, k, "chỉ thị")) {
		return false
	}
	return true
}

// predicateByte marks the bytes that start a word of predicate, and
// predicateLens has bit n set for the first bytes of the first words of n
// bytes.
var predicateByte, predicateLens = func() (m [256]bool, lens [256]uint32) {
	for w := range predicateWords {
		m[w[0]] = true
		lens[w[0]] |= 1 << len(w)
	}
	return m, lens
}()

// metricSpan returns the part of the clause text low that names the
// measure: the noun phrase before the predicate, without the period and
// connectors that open the clause.
func metricSpan(low string) (int, int) {
	s := openingEnd(low, 0)
	e := len(low)
	for k := s; k < len(low); {
		c := low[k]
		if !wordByte[c] {
			k++
			continue
		}
		we := k + 1
		for we < len(low) && wordByte[low[we]] {
			we++
		}
		if reportByte[c] && we > k+1 && reportBucket[pairBucket(c, low[k+1])] {
			// "Chủ tịch UBND tỉnh cho biết năm 2023 tốc độ tăng trưởng
			// …": who reports, the reporting verb and a period after it
			// are no part of the measure.
			if re := reportEnd(low, s, k); re > k {
				s = openingEnd(low, re)
				k = s
				continue
			}
		}
		if k > s && vntext.PeriodPhraseEnd(low, k) > k {
			e = k
			break
		}
		if predicateByte[c] && isPredicate(low, k, we) {
			if low[k:we] == "đã" && k > s {
				// "Giám đốc Sở Tài chính đã báo cáo …"
				if re := reportEnd(low, s, textscan.SkipSpacesQuotes(low, we)); re > we {
					s = openingEnd(low, re)
					k = s
					continue
				}
			}
			if low[k:we] == "với" && k > s {
				// "tổ chức 6 phiên đấu giá với tổng số tiền … khoảng": the
				// phrase after "với" names what the figure measures.
				if ts, te := metricSpan(low[we:]); te > ts && !isGeneric(low[we+ts:we+te]) {
					return we + ts, we + te
				}
			}
			e = k
			break
		}
		k = we
	}
	e = trimRightSpaces(low, e)
	for e > s && strings.IndexByte(",;:-", low[e-1]) >= 0 {
		e = trimRightSpaces(low, e-1)
	}
	if e < s {
		e = s
	}
	s, e = trimFillers(low, s, e)
	// Keep a long phrase's last words: the noun nearest the figure.
	if n := strings.Count(low[s:e], " "); n > 12 {
		s = longMetricStart(low, s, e)
	}
	return s, e
}

// openingEnd returns where the words that open a clause without being
// part of its measure, from low[s], end: connectors of leading and
// period phrases.
func openingEnd(low string, s int) int {
	for moved := true; moved; {
		moved = false
		for s < len(low) && (low[s] == ' ' || low[s] == '"') {
			s++
		}
		if scopeOpening(low, s) {
			break // "cả nước có 44 đơn vị": the country is the measure's scope
		}
		for _, w := range leadingIndex.at(low, s) {
			// A one-word phrase must span the whole run of word bytes at
			// s: "về…" does not open with "về".
			if textscan.HasWordAt(low, s, w) && (strings.IndexByte(w, ' ') > 0 || isWordBytesAt(low, s, w)) {
				s += len(w)
				moved = true
				break
			}
		}
		if e := vntext.PeriodPhraseEnd(low, s); e > s {
			s, moved = e, true
		}
	}
	return s
}

// Reporting verbs: what follows them is what is reported, so the measure
// starts after them. Those that are also nouns ("công nghệ thông tin",
// "chế độ báo cáo") are verbs only after a speaker (see isSpeaker).
var (
	reportVerbs = [...]string{
		"cho biết", "cho hay", "cho rằng", "khẳng định", "nhấn mạnh", "nêu rõ", "thông tin", "thông báo",
		"báo cáo", "chia sẻ",
	}
	reportNouns = map[string]bool{"thông tin": true, "thông báo": true, "báo cáo": true, "chia sẻ": true}
	reportIndex = indexPhrases(reportVerbs[:]...)
	directIndex = indexPhrases(directWords[:]...)
	reportByte  = func() (m [256]bool) {
		for _, w := range reportVerbs {
			m[w[0]] = true
		}
		for _, w := range directWords {
			m[w[0]] = true
		}
		return m
	}()
	// reportBucket marks the phrase index buckets of those verbs, so that
	// most words are ruled out without a call.
	reportBucket = func() (m [128]bool) {
		for _, w := range reportVerbs {
			m[pairBucket(w[0], w[1])] = true
		}
		for _, w := range directWords {
			m[pairBucket(w[0], w[1])] = true
		}
		return m
	}()
)

// reportEnd returns the end of a reporting verb at low[k] whose speaker is
// low[s:k], with the words that close it ("thêm", "rằng", a comma or
// colon), or of a directive verb (see isDirective), or -1.
func reportEnd(low string, s, k int) int {
	for _, w := range reportIndex.at(low, k) {
		if !textscan.HasWordAt(low, k, w) {
			continue
		}
		e := k + len(w)
		closed := false // "rằng", "thêm" make a noun the verb
		for _, f := range [...]string{"thêm", "rằng", "là"} {
			if j := textscan.SkipSpacesQuotes(low, e); textscan.HasWordAt(low, j, f) {
				e, closed = j+len(f), closed || f != "là"
			}
		}
		// The speaker may be named in the clauses before: "Ông A, Giám
		// đốc Sở Tài chính, cho biết …".
		if reportNouns[w] && !closed && (k == s || !isSpeaker(low[s:k]) || nounBefore(low, s, k)) {
			continue
		}
		if j := textscan.SkipSpacesQuotes(low, e); j < len(low) && (low[j] == ',' || low[j] == ':') {
			e = j + 1
		}
		if strings.TrimSpace(low[e:]) == "" {
			return -1 // nothing reported: the verb is the phrase's own
		}
		return e
	}
	// "Tỉnh ủy yêu cầu thu ngân sách đạt …": who directs and the verb.
	for _, w := range directIndex.at(low, k) {
		if e := k + len(w); isDirective(low, s, k, w) && strings.TrimSpace(low[e:]) != "" {
			return e
		}
	}
	return -1
}

// nounBefore reports whether the word before low[k] makes the noun there
// part of a name: "Sở Thông tin", "công nghệ thông tin", "kỳ báo cáo".
func nounBefore(low string, s, k int) bool {
	j := trimRightSpaces(low, k)
	p := j
	for p > s && wordByte[low[p-1]] {
		p--
	}
	switch low[p:j] {
	case "sở", "bộ", "ban", "cục", "phòng", "vụ", "tâm", "nghệ", "thống", "toàn", "ninh", "kỳ", "độ", "bản", "nguồn":
		return true
	}
	return false
}

// speakers are the words that name who reports: titles, officials and
// the documents they report in.
var speakers = [...]string{
	"chủ tịch", "bí thư", "giám đốc", "trưởng", "phó", "ông", "bà", "đồng chí", "lãnh đạo", "đại diện",
	"báo cáo", "tờ trình", "đại biểu", "sở", "ban", "cục", "bộ", "ủy ban", "người phát ngôn", "thủ tướng",
}

// isSpeaker reports whether low, the words before a reporting verb, name
// who reports: a title, an official or a body ("Giám đốc Sở Tài chính",
// "UBND huyện").
func isSpeaker(low string) bool {
	if isAgent(low) {
		return true
	}
	for _, w := range speakers {
		if textscan.IndexWord(low, w) >= 0 {
			return true
		}
	}
	return false
}

// trimFillers drops words that end a clause before its figure without
// being part of the measure: "từ", "là", "ở mức".
func trimFillers(low string, s, e int) (int, int) {
	for moved := true; moved && e > s; {
		moved = false
		ti := trimRightSpaces(low, e)
		if ti == 0 {
			break
		}
		// A trim moves e, and the words of other buckets are tried
		// on the next round: the words that can end at one place
		// ("ở mức", "mức") share a bucket, so the result is the same.
		for _, w := range trailingFillers[low[ti-1]] {
			if k, ok := endsWithWord(low[:e], e, w); ok && k >= s {
				e = max(trimRightSpaces(low, k), s)
				moved = true
			}
		}
	}
	return s, e
}

var trailingFillers = byLastByte("từ", "là", "ở mức", "mức", "khoảng", "với", "được", "đạt", "ở", "có")

// nounUse reports whether "tăng"/"giảm" at low[k:] is part of a noun
// phrase ("tốc độ tăng trưởng", "tăng cường", "giảm nghèo") rather than
// the verb of the figure.
func nounUse(low string, k, n int) bool {
	rest := low[k+n:]
	for _, w := range [...]string{" cường", " nghèo", " thiểu", " trưởng kinh tế", " trưởng grdp", " trưởng gdp", " trưởng tổng"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	before := low[:k]
	return strings.HasSuffix(before, "tốc độ ") || strings.HasSuffix(before, "mức ") || strings.HasSuffix(before, "tỷ lệ ")
}

// isGeneric reports a measure too vague to stand alone, which therefore
// continues the measure before it: "tỷ lệ", "thu".
func isGeneric(low string) bool {
	switch strings.TrimSpace(low) {
	case "", "/", "tỷ lệ", "tỉ lệ", "thu", "chi", "con số này", "tổng", "trong đó", "bình quân", "tổng cộng", "số", "mức", "con số":
		return true
	}
	return false
}

// estimated reports "ước" or "dự kiến" in low[from:to].
func (x *extractor) estimated(from, to int) bool {
	s := x.low[from:to]
	if textscan.IndexWord(s, "dự kiến") >= 0 || textscan.IndexWord(s, "dự ước") >= 0 {
		return true
	}
	for off := 0; ; {
		k := textscan.IndexWord(s[off:], "ước")
		if k < 0 {
			return false
		}
		k += off
		pre := strings.TrimRight(s[:k], " ")
		if !strings.HasSuffix(pre, "hiệp") && !strings.HasSuffix(pre, "quy") && !strings.HasSuffix(pre, "công") &&
			!strings.HasSuffix(pre, "mong") && !strings.HasPrefix(s[k:], "ước mơ") {
			return true
		}
		off = k + len("ước")
	}
}

// scopeOpenings open with a word of leading but name the scope of the
// measure, which stays in it: "cả nước" is the country, not "nước".
var scopeOpenings = [...]string{"cả nước"}

// scopeOpening reports whether a phrase of scopeOpenings stands at low[s].
func scopeOpening(low string, s int) bool {
	for _, w := range scopeOpenings {
		if textscan.HasWordAt(low, s, w) {
			return true
		}
	}
	return false
}
