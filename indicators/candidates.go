package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// candidates hands emit, in text order, every number that is a figure.
// The quantities are read one at a time, with the next one at hand, and
// each candidate goes to emit as it is read: a run of bare numbers ("1 1 1
// …") holds one every two bytes, and a table pasted as one line a figure
// every four, so that a list of them would cost more than the figures
// kept.
func (x *extractor) candidates(emit func(cand)) {
	// The state lives in the scratch: the loop's body is a closure, which
	// would move it to the heap for every document.
	c := &x.sc.cands
	c.m = candMerge{emit: emit, glued: x.withDashRanges(x.gluedQuantities())}
	c.s = candScan{emit: c.m.add, ratios: x.withOutOf(x.ratios()), parenEnd: -1, rangeEnd: -1}
	for q := range x.d.TextQuantitiesSeq() {
		if c.have {
			x.readQuantity(&c.s, c.k, c.prev, q, true)
			c.k++
		}
		c.prev, c.have = q, true
	}
	if c.have {
		x.readQuantity(&c.s, c.k, c.prev, vntext.Quantity{}, false)
	}
	for _, r := range c.s.ratios[c.s.ri:] {
		c.m.add(r)
	}
	c.m.flush()
}

// A candMerge merges the numbers glued to their unit ("7ha"), found in
// text order, into the candidates of the quantity scan as they come: a
// glued candidate goes before the candidates that start after it. (Ranges
// joined by a dash, "10-12%", are quantities of vntext.FindQuantities.)
type candMerge struct {
	emit  func(cand)
	glued []cand
}

// add passes on c, after the glued candidates that start before it.
func (m *candMerge) add(c cand) {
	for len(m.glued) > 0 && m.glued[0].start < c.start {
		m.emit(m.glued[0])
		m.glued = m.glued[1:]
	}
	m.emit(c)
}

// flush passes on the glued candidates left.
func (m *candMerge) flush() {
	for _, c := range m.glued {
		m.emit(c)
	}
	m.glued = nil
}

// A candScan is what candidates carries from one quantity to the next.
type candScan struct {
	emit      func(cand) // where each candidate goes
	ratios    []cand     // the ratios found first, merged in text order
	ri        int        // the first ratio not yet emitted
	parenUnit string     // the noun of a count followed by a breakdown
	parenEnd  int        // where that breakdown ends
	rangeEnd  int        // the index of the quantity that ends a range of counts
}

// readQuantity reads the k-th quantity q, with the next one nq when there
// is one (more), after the ratios that stand before it.
func (x *extractor) readQuantity(s *candScan, k int, q, nq vntext.Quantity, more bool) {
	for s.ri < len(s.ratios) && s.ratios[s.ri].start <= q.Start {
		s.emit(s.ratios[s.ri])
		s.ri++
	}
	numEnd := -1 // where a range's first number ends, when it reads the unit of the second
	ranged := k == s.rangeEnd
	// A range's first end: a bare number, or one that vntext gave the unit
	// of the second end ("từ 60 đến 65 triệu đồng/người/năm"), which is
	// read again with what the unit is per.
	borrowed := q.Unit != "" && !strings.HasSuffix(x.t[:q.End], q.Unit)
	if (q.Kind == vntext.QuantityNumber && q.Unit == "" || borrowed) && more {
		r := x.rangeStart(q, nq)
		if r.End != q.End {
			numEnd, s.rangeEnd = q.End, k+1
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
		x.moneyUnit(&c, q)
	default:
		if !x.countCand(s, &c, q, ranged, numEnd) {
			return
		}
	}
	s.emit(c)
}

// moneyUnit gives money candidate c its unit as written, per what: "65
// triệu đồng/người/năm".
func (x *extractor) moneyUnit(c *cand, q vntext.Quantity) {
	c.fig.Unit = q.Unit
	if e := unitTail(x.t, q.End); e > q.End && strings.HasSuffix(x.t[:q.End], q.Unit) {
		c.end, c.fig.Unit = e, x.t[q.End-len(q.Unit):e]
	}
	c.fig.Unit = spellMoneyUnit(c.fig.Unit)
	if isPrice(c.fig.Unit) {
		c.fig.VND = 0 // a price ("500 đồng/lít") is no amount of đồng
	}
}

// countCand gives count candidate c its unit: the noun it counts, the noun
// of the count whose breakdown lists it, or the subject counted. It
// reports false when the number counts nothing.
func (x *extractor) countCand(s *candScan, c *cand, q vntext.Quantity, ranged bool, numEnd int) bool {
	u, e, ok := x.countUnit(q, ranged)
	if !ok && q.NumStart < s.parenEnd && x.listedNumber(q) && !yearDigits(x.t[q.NumStart:q.End]) {
		// "111 đảng viên (khiển trách 91, cảnh cáo 16)", but not a
		// year: "(98,6% cùng kỳ 2021)", "(SN 1990)"
		u, e, ok = s.parenUnit, q.End, true
	}
	if !ok {
		u, e, ok = x.subjectCount(q)
	}
	if !ok {
		return false
	}
	c.fig.Unit, c.end = u, e
	if numEnd >= 0 {
		// "từ 2,7 đến 3 tỷ kWh": the end of the range is a figure too.
		c.end = numEnd
	}
	if q.NumStart >= s.parenEnd {
		s.parenUnit, s.parenEnd = u, x.breakdownEnd(e)
	}
	return true
}

// spellMoneyUnit writes out the abbreviations of "triệu đồng" that tables
// print ("78 tr.đ/người/năm"), and the đồng that a scale per something
// leaves out ("5 triệu/m2"), so that the unit names its currency as the
// other money units do: "triệu đồng/người/năm", "triệu đồng/m2".
func spellMoneyUnit(u string) string {
	for _, sc := range perScales {
		// "9 triệu/m2", "650 tỉ / năm": a scale alone, per something,
		// is of đồng.
		if rest, ok := strings.CutPrefix(u, sc); ok && (strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, " /")) {
			return sc + " đồng" + rest
		}
	}
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

// perScales are the scales that stand for an amount of đồng before a
// slash ("triệu/m2", "tỷ/km"), longest first.
var perScales = [...]string{"nghìn tỷ", "ngàn tỷ", "tỷ", "tỉ", "triệu"}

// breakdownEnd returns the end of a parenthesised breakdown that follows a
// count ending at e, within a few words ("111 đảng viên vi phạm (khiển
// trách 91, ...)"), or -1.
func (x *extractor) breakdownEnd(e int) int {
	t := x.t
	k := strings.IndexByte(t[e:min(len(t), e+40)], '(')
	if k < 0 || clauseMarks.containsAny(t[e:e+k]) {
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
	k := textscan.SkipSpacesQuotes(low, cl)
	for _, w := range [...]string{"tổng số", "số lượng", "số"} {
		if textscan.HasWordAt(low, k, w) {
			k = textscan.SkipSpacesQuotes(low, k+len(w))
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
// đồng", "2,7 - 3 tỷ kWh", "8,3% - 8,5%", "10 - 20 tấn") the unit of the
// second.
func (x *extractor) rangeStart(q, next vntext.Quantity) vntext.Quantity {
	if next.Bound != "" || next.Unit == "" && (next.Kind != vntext.QuantityNumber || q.Unit != "") {
		return q
	}
	gap := strings.TrimSpace(x.low[q.End:next.Start])
	if gap != "-" && gap != "đến" && gap != "tới" {
		return q
	}
	if next.Unit == "" {
		// A range of counts: "10 - 20 tấn", "từ 150 đến 200 hộ" count
		// what the noun after the second end names. Not a span of
		// years ("2016 - 2020"), nor a first number that names ("ngày
		// 17 - 6"), nor "1 - 2 buổi", "3 - 4 người": a guess of one or
		// two, no figure reported.
		if yearDigits(x.t[q.NumStart:q.End]) || yearDigits(x.t[next.NumStart:next.End]) ||
			!countContextOK(x.t, x.low, q.NumStart) || next.Value-q.Value == 1 && next.Value <= 10 {
			return q
		}
		q.End = next.End
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
		// "22.650 - 22.720 VND/USD": per what, as the second end writes
		// it, so that a rate is no amount on either end.
		if e := unitTail(x.t, next.End); e > next.End && strings.HasSuffix(x.t[:next.End], next.Unit) {
			q.Unit = x.t[next.End-len(next.Unit) : e]
		}
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
	if q.Bound == "" && !ranged && !countContextOK(t, low, q.NumStart) && !measuredAfterName(low, q.NumStart, q.End+1) &&
		!countedAfterName(t, low, q.NumStart, q.End+1) {
		return "", 0, false
	}
	if q.Bound == "" && !ranged && docNumber(low, q) {
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
	if shorthandMoney(low, q, i, lw) {
		return q.Unit, q.End, true // "12 tỷ để lát vỉa hè": tỷ đồng
	}
	for _, v := range notAfterCount {
		if q.Unit == "" && textscan.HasWordAt(low, i, v) {
			return "", 0, false
		}
	}
	if notCountWord[lw] {
		if e := changeUnitEnd(low, i, we, q.Start); e > 0 {
			return t[i:e], e, true // "giảm 0,8 điểm phần trăm", "gấp 1,4 lần"
		}
		if e := siteUnitEnd(low, i, we); e > 0 {
			return t[i:e], e, true // "xóa 14 điểm ngập", "25 điểm du lịch"
		}
		return "", 0, false
	}
	if q.Unit == "" && q.Bound == "" && seriesNumber(t, low, q, w) {
		return "", 0, false // "Hội nghị SOM 2", "SOM 2 APEC"
	}
	if q.Unit == "" && kindNumber(low, q, lw) {
		return "", 0, false // "xe 2 tầng", "khách sạn 5 sao"
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
		return !textscan.HasWordAt(low, textscan.SkipSpacesQuotes(low, we), "mẹ")
	case "tân": // "new", before a title; "tân binh" is counted
		k := textscan.SkipSpacesQuotes(t, we)
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
	k := textscan.SkipSpacesQuotes(low, we)
	for _, w := range [...]string{"ngập úng", "ngập", "đen", "nóng", "du lịch", "trường", "sạt lở", "ùn tắc", "di tích",
		"giao dịch", "tập kết", "bán", "thu gom", "cháy", "vui chơi", "sinh hoạt", "dân cư", "tiếp dân", "bưu điện"} {
		if textscan.HasWordAt(low, k, w) {
			return k + len(w)
		}
	}
	return 0
}

// multipleVerbs are the verbs after which "N lần" is a multiple: "tăng
// 2,5 lần", "gấp 1,4 lần", "bằng 6,4 lần năm 2019".
var multipleVerbs = [...]string{"gấp", "tăng", "giảm", "bằng"}

// nounBằng reports whether the "bằng" at low[k:] ends a noun ("mặt bằng",
// "cân bằng", "công bằng", "đồng bằng") rather than compares.
func nounBằng(low string, k int) bool {
	for _, w := range [...]string{"mặt", "cân", "công", "đồng"} {
		if _, ok := endsWithWord(low, trimRightSpaces(low, k), w); ok {
			return true
		}
	}
	return false
}

// changeUnitEnd reads the units that measure a change rather than count
// things, at low[i:we], a word that otherwise counts nothing: percentage
// points ("tăng 0,5 điểm phần trăm", "điểm %") and multiples after a verb
// of multipleVerbs ("tăng 2,5 lần", "gấp 1,4 lần", "tăng gấp 3 lần"),
// which without that verb count occasions ("kiểm tra 3 lần"). It returns the
// unit's end, or 0. start is where the figure, bound included, starts.
func changeUnitEnd(low string, i, we, start int) int {
	switch low[i:we] {
	case "điểm":
		k := textscan.SkipSpacesQuotes(low, we)
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
		for _, v := range multipleVerbs {
			if k, ok := endsWithWordAt(low, j, v); ok && !(v == "bằng" && nounBằng(low, k)) {
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
	if len(num) != 4 || !textscan.IsDigit(num[0]) || !textscan.IsDigit(num[1]) || !textscan.IsDigit(num[2]) || !textscan.IsDigit(num[3]) {
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
	if i+1 >= len(t) || t[i] != ' ' || !wordByte[low[i+1]] || textscan.IsDigit(low[i+1]) {
		return false
	}
	j := trimRightSpaces(low, q.NumStart)
	if j > 0 && (low[j-1] == '-' || low[j-1] == '/') {
		return false // "2021-2025", "31/12/2024"
	}
	for _, w := range [...]string{"năm", "đến", "tới", "từ", "trước", "sau", "vào", "cuối", "đầu", "giữa", "hết", "trong", "đoạn", "kỳ", "tầm nhìn", "qua", "nay", "và", "học", "tết", "xuân", "mùa", "niên", "nhất"} {
		if _, ok := endsWithWordAt(low, j, w); ok {
			return false
		}
	}
	if ws := textscan.WordStart(t, j); ws < j && strings.ToUpper(t[ws:j]) == t[ws:j] && !textscan.IsDigit(t[ws]) {
		return false // "SEA Games 2021 tổ chức ở Hà Nội": an edition
	}
	i++
	_, we := wordAt(low, i)
	e := countUnitEnd(low, i, we)
	if low[i:e] == "tổ chức" {
		return false // "… 2023 tổ chức ở Tuyên Quang": held; but "2080 tổ chức cơ sở đảng"
	}
	return e > we || knownCountEnd(low, i, we) // a noun of the table follows
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
	if namedNumber(low, j) {
		return false
	}
	if c := t[j-1]; c == '.' || c == '-' || c == ':' || c == '/' || c == '#' {
		return c == '.' || c == ':' || c == '/' && pairBefore(t, low, j-1)
	}
	ws := textscan.WordStart(t, j)
	prev := low[ws:j]
	if prev == "" {
		return true
	}
	if notBeforeCount[prev] && !(prev == "quyết" && strings.HasSuffix(low[:ws], "giải ")) &&
		!(prev == "trang" && strings.HasSuffix(low[:ws], "chỉnh ")) &&
		!(prev == "số" && totalOfCount(low, ws)) {
		// "giải quyết 2.105 hồ sơ" is not "quyết định 2105", nor
		// "chỉnh trang 23 tuyến đường" a page number, nor "tổng số 250
		// đảng viên" a number that names.
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

// totalOfCount reports whether "số" at low[ws:] is the word of a total
// that a count follows: "có tổng số 250 đảng viên", not the total a part
// is of ("trong tổng số 24 chỉ tiêu, có 20 chỉ tiêu đạt"), which the
// ratio of outOfRatios reads when the part comes before it.
func totalOfCount(low string, ws int) bool {
	k, ok := endsWithWord(low, ws, "tổng")
	if !ok {
		return false
	}
	_, in := endsWithWord(low, k, "trong")
	_, on := endsWithWord(low, k, "trên")
	return !in && !on
}

func sentenceInitial(t string, i int) bool {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	return strings.IndexByte(".\n:;!?\"(-", t[j-1]) >= 0 || strings.HasSuffix(t[:j], "…")
}

// upperUnitOK accepts a capitalised counted noun: acronyms ("HCB") and
// the few units written with a capital ("Huy chương", "MW", "Đảng viên").
func upperUnitOK(t, low string, i int, w string) bool {
	if len(w) <= 4 && strings.ToUpper(w) == w && w != "TP" && w != "UBND" {
		return true
	}
	for _, u := range upperUnits {
		if textscan.HasWordAt(low, i, u) { // "Hai Bà Trưng" is no "ha"
			return true
		}
	}
	return false
}
