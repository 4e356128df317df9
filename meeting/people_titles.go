package meeting

import "strings"

// This file reads titles ("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy
// Thanh Xuân") for the mentions: where one starts (titleAt), how far it
// runs (titleSpan), and how the titles of the mentions are stored.

// titleAt returns the number of words of a title head (with any prefix
// such as "nguyên") at token i, or 0.
func (sc *scan) titleAt(i, end int) int {
	p := 0
	if sc.in(titlePrefixes, i) {
		p = 1
	}
	if n := sc.match(titleHeads, i+p, end); n > 0 {
		return p + n
	}
	return 0
}

// titleSpan reads one title from token i: its head, then organ words,
// acronyms and capitalised words up to a personal name. It returns the
// tokens [ts, te) of the title and, when a name follows, where it starts
// (else -1). Each token after the head is read by titleStep.
func (sc *scan) titleSpan(i, end int) (ts, te, nameAt int) {
	n := sc.titleAt(i, end)
	if n == 0 {
		return i, i, -1
	}
	r := titleRun{i: i, n: n, j: i + n, end: end}
	for r.j < end {
		switch sc.titleStep(&r) {
		case titleName:
			return i, r.te, r.nameAt
		case titleEnd:
			return i, r.j, -1
		}
	}
	return i, r.j, -1
}

// A titleRun is titleSpan reading one title, whose head is the tokens
// [i, i+n), up to end.
type titleRun struct {
	i, n, end int
	j         int  // the token being read
	level     bool // the words before j end on a level word ("tỉnh", "TP"): a place follows
	te        int  // titleName: where the title ends
	nameAt    int  // titleName: where the name starts
}

// A titleVerdict tells what titleStep made of token j.
type titleVerdict uint8

const (
	titleOn   titleVerdict = iota // read, r.j moved past it: the title runs on
	titleEnd                      // the title ends before r.j
	titleName                     // the title ends at r.te, before the name at r.nameAt
)

// titleStep reads token r.j of a title by the first of these rules that
// applies: a punctuation mark, two words apart, an acronym, a numbered
// place, a capitalised word, organ words in lower case, a "và" between
// fields; anything else ends the title.
func (sc *scan) titleStep(r *titleRun) titleVerdict {
	tk := sc.toks[r.j]
	switch {
	case tk.kind() != tWord:
		return sc.titleMark(r)
	case tk.s != sc.toks[r.j-1].e+1 && sc.toks[r.j-1].kind() == tWord:
		return titleEnd // words apart: not one space between them
	case tk.acro():
		r.level = sc.word(r.j) == "tp"
		r.j++
		return titleOn
	case strings.HasPrefix(sc.word(r.j), "tp.") && tk.upper():
		// "UBND TP.Hà Nội", "Thành ủy Tp.HCM": the city glued to its level
		// word, the rest of its name read as any place's
		r.level = false
		r.j++
		return titleOn
	case tk.digit() && sc.toks[r.j-1].acro() && isYear(sc.word(r.j)):
		r.j++ // "Chủ tịch Ủy ban Quốc gia APEC 2017": the year of an event the office serves
		return titleOn
	case tk.digit() && (r.level || strings.HasPrefix(sc.word(r.j), "q.") || strings.HasPrefix(sc.word(r.j), "p.")):
		// "Bí thư Quận ủy quận 12", "Q.1", "phường 5": a numbered place
		r.level = false
		r.j++
		return titleOn
	case sc.word(r.j-1) == "ban" && sc.isWords(r.j, "chỉ", "đạo"):
		r.j += 2 // the organ "Ban Chỉ đạo", not the verb
		return titleOn
	case tk.title():
		if k := sc.unitAt(r.j, r.end); k > 0 {
			r.j = k
			r.level = false
			return titleOn
		}
		return sc.titleCapital(r)
	}
	if k := sc.match(titleWords, r.j, r.end); k > 0 {
		return sc.titleOrgan(r, k)
	}
	if sc.termAt(r.j, r.end) {
		r.j += 2 // "Ủy viên Trung ương Đảng khóa XII": the term of the office
		r.level = false
		return titleOn
	}
	if sc.titleAnd(r.j, r.end) {
		r.j++ // "Sở Kế hoạch và Đầu tư"
		return titleOn
	}
	if n := sc.ofOrganAt(r); n > 0 {
		r.j += n // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", "Đoàn kiểm tra số 471"
		return titleOn
	}
	if n := sc.fieldPairAt(r.j, r.end); n > 0 {
		r.j += n // "Sở Kế hoạch và đầu tư": the second field in lower case
		r.level = false
		return titleOn
	}
	if sc.envoyPost(r) {
		r.j++ // "Đại sứ Việt Nam tại Nga": the country of the post, then the name
		r.level = true
		return titleOn
	}
	if sc.toks[r.j-1].upper() && sc.tailOfTitleWord(r.j) {
		// "Trường Chính trị", "Ban Chỉ huy Quân sự", "Trung tâm Y tế": the
		// second syllable, in lower case, of organ words whose first is
		// written in capitals
		r.j++
		r.level = false
		return titleOn
	}
	return titleEnd
}

// envoyPost reports whether the "tại" at r.j names where an envoy or a
// mission serves ("Đại sứ Việt Nam tại Nhật Bản X", "Trưởng Phái đoàn
// thường trực Việt Nam tại Liên hợp quốc Y"): a place in capitals follows,
// and the title so far holds one of envoyWords.
func (sc *scan) envoyPost(r *titleRun) bool {
	if sc.word(r.j) != "tại" || r.j+1 >= r.end || !sc.toks[r.j+1].title() {
		return false
	}
	for k := r.i; k < r.j; k++ {
		if sc.in(envoyWords, k) {
			return true
		}
	}
	return false
}

// envoyWords mark the title of an envoy or a mission abroad.
var envoyWords = wordSet("sứ", "lãnh", "phái")

// titleMark reads a punctuation mark inside a title: the stop of an
// abbreviation ("Chủ tịch HĐND TP. HCM"), a mark joining the fields of
// a committee (joinsFields) or the dash of an abbreviated ministry or
// department (acronymDash). Any other mark ends the title.
func (sc *scan) titleMark(r *titleRun) titleVerdict {
	if sc.abbrevStop(r.j, r.end) || sc.joinsFields(r) || sc.acronymDash(r) {
		r.j++
		return titleOn
	}
	if sc.acronymAside(r) {
		r.j += 3
		return titleOn
	}
	if k := sc.asideBeforeName(r); k > 0 {
		r.j = k
		return titleOn
	}
	return titleEnd
}

// isYear reports whether w is a year of four digits, 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// unitWords name an armed unit or a programme known by its number:
// "Tư lệnh Quân khu 7", "Chính ủy Sư đoàn 302", "Chủ nhiệm Đề án 2".
var unitWords = wordSet("quân khu", "quân đoàn", "sư đoàn", "binh đoàn", "lữ đoàn", "trung đoàn",
	"tiểu đoàn", "hải đoàn", "đề án")

// unitAt returns the token after a unit of unitWords and its number at
// token j, or 0 when none stands there.
func (sc *scan) unitAt(j, end int) int {
	n := sc.match(unitWords, j, end)
	if n == 0 || j+n >= end {
		return 0
	}
	if k := j + n; sc.toks[k].digit() && sc.toks[k].s == sc.toks[k-1].e+1 {
		return k + 1
	}
	return 0
}

// asideBeforeName returns the token after a bracketed aside inside a title
// that a personal name follows, or 0: the ministry of a department or the
// province of a commune, "Cục trưởng Cục Quản lý chất lượng (Bộ NN&PTNT)
// X", "Chủ tịch UBND xã Ngọc Vân (Bắc Giang) Y". The aside holds words
// and commas or dashes only, one of its words in capitals.
func (sc *scan) asideBeforeName(r *titleRun) int {
	j := r.j
	if sc.punct(j) != '(' || j <= r.i+r.n {
		return 0
	}
	upper := false
	for k := j + 1; k < r.end && k <= j+14; k++ {
		tk := sc.toks[k]
		if tk.kind() == tWord {
			if tk.digit() || clauseMarks[sc.word(k)] {
				return 0
			}
			upper = upper || tk.upper()
			continue
		}
		switch sc.punct(k) {
		case ',', '-', '&':
			continue
		case ')':
			if upper && k > j+1 && k+1 < r.end && sc.isSurname(k+1) {
				return k + 1
			}
		}
		return 0
	}
	return 0
}

// acronymAside reports whether the tokens at r.j are an organ's acronym in
// brackets inside a title, "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc
// (MTTQ) Việt Nam X", "Giám đốc Sở Giao thông Vận tải (GTVT) Y": the title
// runs on past it to the name.
func (sc *scan) acronymAside(r *titleRun) bool {
	j := r.j
	return sc.punct(j) == '(' && j > r.i+r.n && j+3 < r.end && sc.toks[j+1].acro() && sc.punct(j+2) == ')'
}

// joinsFields reports whether the mark at r.j joins the fields that name a
// committee: two by a dash ("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
// or three by a comma, the last after "và" ("Sở Văn hóa, Thể thao và Du
// lịch"). The field after it is organ words, not a level word, a title or
// a name.
func (sc *scan) joinsFields(r *titleRun) bool {
	j, end := r.j, r.end
	k := sc.match(titleWords, j+1, end)
	return (sc.punct(j) == '-' || sc.punct(j) == ',' && sc.word(j+1+k) == "và") &&
		j > r.i+r.n && k > 0 && sc.toks[j+1].title() &&
		!sc.isPhrase(levelWords, j+1, k, end) && sc.titleAt(j+1, end) == 0 && !sc.isSurname(j+1)
}

// acronymDash reports whether the mark at r.j is the dash between the
// abbreviated fields of a ministry or department, "Bộ NN-PTNT", "Sở
// GD-ĐT", "Sở VH-TT&DL" ("&" joins a word, the dash does not), or an "&"
// set apart by spaces, "Bộ NN & PTNT": acronyms on both sides of it, past
// the head. The title runs on to the name after them, which the later
// "Bộ trưởng" or "Giám đốc Sở" stands for.
func (sc *scan) acronymDash(r *titleRun) bool {
	j := r.j
	p := sc.punct(j)
	return (p == '-' || p == '&') && j > r.i+r.n && j+1 < r.end && sc.toks[j-1].acro() && sc.toks[j+1].acro()
}

// titleCapital reads a capitalised word inside a title: the organ "Ban Bí
// thư", a new title (which ends this one), organ words written with a
// capital, a personal name (nameInTitle), or else the capitalised words of
// a place, read whole.
func (sc *scan) titleCapital(r *titleRun) titleVerdict {
	j, end := r.j, r.end
	if sc.word(j-1) == "ban" && sc.isWords(j, "bí", "thư") {
		r.j += 2 // the organ "Ban Bí thư"
		return titleOn
	}
	if sc.word(j) == "đoàn" && sc.isWords(j-2, "trung", "ương") {
		r.j++ // "Trung ương Đoàn": the Youth Union, not a surname
		return titleOn
	}
	if sc.titleAt(j, end) > 0 && j > r.i+r.n { // a new title without a comma: "Thành ủy viên Bí thư"
		return titleEnd
	}
	// "Thành ủy", "Tỉnh ủy": organ words written with a capital;
	// "Nông nghiệp", "Nông dân" open with a surname, but a name
	// has no syllable in lower case
	if k := sc.match(titleWords, j, end); k > 0 && (!sc.isSurname(j) || k >= 2 && !sc.toks[j+1].upper()) {
		return sc.titleOrgan(r, k)
	}
	b := sc.capRun(j, end)
	if te, nameAt, ok := sc.nameInTitle(r, b); ok {
		r.te, r.nameAt = te, nameAt
		return titleName
	}
	r.j, r.level = b, false
	return titleOn
}

// titleOrgan reads the k organ words at r.j ("Ban Thường vụ", "tỉnh"),
// noting whether they are a level word.
func (sc *scan) titleOrgan(r *titleRun, k int) titleVerdict {
	r.level = sc.isPhrase(levelWords, r.j, k, r.end)
	r.j += k
	return titleOn
}

// nameInTitle finds a personal name in the run of capitalised words
// [r.j, b) of a title. It returns where the title ends (a place before
// the name stays in it) and where the name starts.
func (sc *scan) nameInTitle(r *titleRun, b int) (te, nameAt int, ok bool) {
	j, min := r.j, r.j
	if r.level {
		min = j + 1 // a place name follows a level word
	}
	// "UBND tỉnh Dương Tất Thắng": three capitalised words after
	// a level word are a full name more often than a place of
	// one syllable and a name of two
	if ns, ne, ok := sc.carveName(j, b, j, false); r.level && ok && ns == j && ne == b && b-j == 3 {
		return j, ns, true
	}
	if ns, _, ok := sc.carveName(j, b, min, false); ok {
		if ns > j {
			return ns, ns, true
		}
		return j, ns, true
	}
	// "HĐND thành phố Nguyễn Thị Quyết Tâm": a level word before a full name and no place
	if ns, ne, ok := sc.carveName(j, b, j, false); r.level && ok && ns == j && ne == b && b-j >= 3 {
		return j, ns, true
	}
	return 0, 0, false
}

// termAt reports whether the words at token j are the term of an office
// inside a title: "khóa" and its number, in Roman numerals or digits
// ("khóa XII", "khóa 14").
func (sc *scan) termAt(j, end int) bool {
	if sc.word(j) != "khóa" || j+1 >= end || sc.toks[j+1].kind() != tWord || sc.toks[j+1].s != sc.toks[j].e+1 {
		return false
	}
	w := sc.word(j + 1)
	return strings.Trim(w, "ivxl") == "" && sc.toks[j+1].acro() || strings.Trim(w, "0123456789") == "" && sc.toks[j+1].digit()
}

// titleAnd reports whether the "và" at token j joins two fields of an
// organ's name ("Sở Kế hoạch và Đầu tư"): the capitalised word after it
// opens no title, name or person marker.
func (sc *scan) titleAnd(j, end int) bool {
	return sc.word(j) == "và" && j+1 < end && sc.toks[j+1].title() && sc.titleAt(j+1, end) == 0 &&
		!sc.isSurname(j+1) && sc.match(personMarkers, j+1, end) == 0
}

// ofOrganAt returns how many tokens a title's tail takes at r.j when it
// names whose body the office is, "của" and an organ in capitals ("Ủy ban
// Kinh tế của Quốc hội", "Đoàn công tác của Ban Thường vụ Tỉnh ủy"), or
// which of a body's teams, "số" and its number ("Đoàn kiểm tra số 471"),
// or 0. The organ opens no title, name or person of its own: "Tổ tư vấn
// của Thủ tướng" goes to the adviser, not to the head of government.
func (sc *scan) ofOrganAt(r *titleRun) int {
	j, end := r.j, r.end
	if j <= r.i+r.n || j+1 >= end || sc.toks[j+1].s != sc.toks[j].e+1 {
		return 0
	}
	switch sc.word(j) {
	case "số":
		if sc.toks[j+1].digit() && sc.word(j-1) != "" {
			return 2
		}
	case "của":
		k := j + 1
		if !sc.toks[k].upper() || sc.titleAt(k, end) > 0 || sc.isSurname(k) || sc.match(personMarkers, k, end) > 0 {
			return 0
		}
		if sc.toks[k].acro() || sc.match(titleWords, k, end) > 0 {
			return 1
		}
	}
	return 0
}

// fieldPairAt returns how many tokens the "và" at token j and the field
// after it take when they end a pair of fieldPairs whose first field
// stands right before j, or 0.
func (sc *scan) fieldPairAt(j, end int) int {
	if sc.word(j) != "và" {
		return 0
	}
	for _, p := range fieldPairs {
		first, second, _ := strings.Cut(p, " và ")
		a, b := strings.Count(first, " ")+1, strings.Count(second, " ")+1
		if j-a >= 0 && sc.phrase(j-a, a, j) == first && sc.phrase(j+1, b, end) == second {
			return b + 1
		}
	}
	return 0
}

// abbrevStop reports whether the punctuation token j is the stop of an
// abbreviated city ("TP. HCM", "TP. Cần Thơ") inside a title: right
// after the word, and before the place it abbreviates, in upper case.
func (sc *scan) abbrevStop(j, end int) bool {
	if sc.punct(j) != '.' || j+1 >= end || sc.toks[j-1].kind() != tWord || sc.toks[j-1].e != sc.toks[j].s {
		return false
	}
	return sc.word(j-1) == "tp" && sc.toks[j+1].kind() == tWord && sc.toks[j+1].upper()
}

// addTitle appends sp to the titles of m, the mention being read. The
// titles of all mentions share one array, sc.spans, kept with the pooled
// scan; those of the mention being read are at its end, where they grow.
func (sc *scan) addTitle(m *mention, sp textSpan) {
	n := len(m.titles)
	if n > 0 && !sc.titlesAtEnd(m.titles) {
		m.titles = append(m.titles[:n:n], sp)
		return
	}
	sc.spans = append(sc.spans, sp)
	m.titles = sc.spans[len(sc.spans)-n-1 : len(sc.spans) : len(sc.spans)]
}

// cutTitles drops the titles of m after the first n.
func (sc *scan) cutTitles(m *mention, n int) {
	if len(m.titles) > n && sc.titlesAtEnd(m.titles) {
		sc.spans = sc.spans[:len(sc.spans)-len(m.titles)+n]
	}
	m.titles = m.titles[:n:n]
}

// titlesAtEnd reports whether the titles ts, not empty, are the last
// spans of sc.spans.
func (sc *scan) titlesAtEnd(ts []textSpan) bool {
	k := len(sc.spans) - len(ts)
	return k >= 0 && &sc.spans[k] == &ts[0]
}
