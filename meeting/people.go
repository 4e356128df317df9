package meeting

import (
	"slices"
	"strings"
)

// parsePeople fills the chairs and attendees, and the directives: an
// issuer named again by title or pronoun only is resolved against the
// people named before, so both are read from one scan of the text.
func (p *parser) parsePeople(m *Meeting) {
	if len(p.doc.Text) >= 1<<31 {
		return // token offsets are 32-bit
	}
	sc := newScan(p.doc, &p.article)
	defer sc.release()
	if len(sc.ments) == 0 {
		return
	}
	sc.roles(m)
	sc.directives(m)
}

type role uint8

const (
	roleChair role = iota + 1
	roleAttend
)

// agentAfter reports where the people start after a nominalised verb
// joined to a second one, "sự tham dự và chỉ đạo của …", with k the token
// after the first verb; or -1.
func (sc *scan) agentAfter(k, te int) int {
	if sc.word(k) != "và" {
		return -1
	}
	for m := 2; m <= 4 && k+m < te; m++ {
		if sc.toks[k+m-1].kind != tWord {
			return -1
		}
		if sc.word(k+m) == "của" {
			return k + m + 1
		}
	}
	return -1
}

// roleAdverbs may stand between a subject and its verb.
var roleAdverbs = wordSet("cũng", "đã", "đang", "sẽ", "còn", "thì", "lại", "luôn", "vừa", "cùng", "vẫn",
	"đồng", "trực tiếp", "đặc biệt", "tiếp tục", "một lần nữa", "kiên quyết", "thẳng thắn",
	"nghiêm khắc", "trân trọng", "khẩn thiết", "liên tục", "nhiều lần", "mạnh mẽ", "nhất trí",
	"đồng thời", "tiếp đó", "sau đó", "cũng đã", "dẫn đầu")

// subjectBefore returns the mention that is the subject of the verb at
// token v: the one ending right before it, past adverbs and a comma, or -1.
func (sc *scan) subjectBefore(v, ts int) int {
	k := v
	for k > ts {
		// a mention ending here is the subject, even when its last word
		// is also an adverb ("Tỉnh ủy Lâm Đồng đề nghị", with "đồng" of
		// "đồng chủ trì")
		if mi := sc.mentionEndingAt(k); mi >= 0 && sc.ments[mi].ts >= ts {
			return mi
		}
		// "Chủ tịch UBND tỉnh - ông X - đã chủ trì": the dash that closes
		// an aside, as a comma does
		if p := sc.punct(k - 1); p == ',' || p == '-' && k < len(sc.toks) && !sc.toks[k].upper {
			k--
			continue
		}
		// "X dự và chủ trì hội nghị": a role verb joined before this one
		if sc.word(k-1) == "và" && k-2 > ts {
			if j := sc.roleVerbEndingAt(k - 1); j >= 0 {
				k = j
				continue
			}
		}
		found := false
		for n := 3; n >= 1; n-- {
			if k-n >= ts && sc.toks[k-n].kind == tWord {
				if sc.isPhrase(roleAdverbs, k-n, n, k) {
					k -= n
					found = true
					break
				}
			}
		}
		if !found {
			break
		}
	}
	mi := sc.mentionEndingAt(k)
	if mi < 0 {
		mi = sc.companyBefore(k, ts)
	}
	if mi < 0 || sc.ments[mi].ts < ts {
		return -1
	}
	return mi
}

// companyBefore returns the person whose company ends at token k: "X
// cùng các lãnh đạo UBND TP, Sở GTVT đã đến dự", where the people who
// came with X are not named; or -1.
func (sc *scan) companyBefore(k, ts int) int {
	for j := k - 1; j > ts && j >= k-16; j-- {
		switch {
		case sc.word(j) == "cùng":
			return sc.mentionEndingAt(j)
		case sc.punct(j) == ',':
		case sc.toks[j].kind != tWord || clauseMarks[sc.word(j)]:
			return -1
		}
	}
	return -1
}

// roleVerbEndingAt returns where the role verb ending at token k starts
// (with the word that may open it, "tham" dự), or -1.
func (sc *scan) roleVerbEndingAt(k int) int {
	for n := 1; n <= 2; n++ {
		if r, m := sc.roleVerbAt(k - n); r != 0 && m == n {
			return sc.roleVerbStart(k-n, n)
		}
	}
	return -1
}

// mentionEndingAt returns the mention whose tokens end at k, or -1.
func (sc *scan) mentionEndingAt(k int) int {
	lo, hi := 0, len(sc.ments)
	for lo < hi { // first mention with te >= k
		mid := (lo + hi) / 2
		if sc.ments[mid].te < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sc.ments) && sc.ments[lo].te == k {
		return lo
	}
	return -1
}

// firstMentionFrom returns the first mention starting at or after token k.
func (sc *scan) firstMentionFrom(k int) int {
	lo, hi := 0, len(sc.ments)
	for lo < hi {
		mid := (lo + hi) / 2
		if sc.ments[mid].ts < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// listAfter reports where a list of people starts after the role verb
// ending at token k: "Đến dự có …", "Tới dự hội nghị có đồng chí …",
// "dưới sự chủ trì của …", "Chủ tọa kỳ họp gồm …". It returns -1 when no
// list follows.
func (sc *scan) listAfter(k, te int) int {
	if sc.word(k) == "của" {
		return k + 1
	}
	for n := 0; n < 8 && k+n < te; n++ {
		w := sc.word(k + n)
		switch w {
		case "có", "gồm", "là":
			if w == "có" && sc.word(k+n+1) == "mặt" {
				return -1
			}
			return k + n + 1
		case "":
			switch sc.punct(k + n) {
			case ':': // "Chủ trì hội nghị: đồng chí …"
				return k + n + 1
			case ',':
				continue
			}
			return -1
		case "còn":
			continue
		}
		if sc.toks[k+n].upper && n > 0 && !sc.meetingWord(k+n) {
			return -1
		}
		if !sc.meetingWord(k + n) {
			return -1
		}
	}
	return -1
}

// eventList reports where a list of people starts after a role verb
// whose event is named in words listAfter does not know: "Dự lễ truy
// điệu có …", "Tham dự hội đàm về phía Việt Nam có: …", "Dự buổi công bố
// dự thảo kết luận có …". The event runs up to "có", "gồm" or a colon
// within fourteen tokens, with no verb, clause word or person in it. It
// returns -1 when there is none.
func (sc *scan) eventList(k, te int) int {
	mi := sc.firstMentionFrom(k)
	for j := k; j < te && j < k+14; j++ {
		if mi < len(sc.ments) && sc.ments[mi].ts == j {
			return -1 // a person before the list: the verb's subject or object
		}
		switch w := sc.word(j); {
		case w == "có" || w == "gồm":
			if sc.word(j+1) == "mặt" || j == k {
				return -1
			}
			return j + 1
		case w == "":
			if p := sc.punct(j); p == ':' && j > k {
				return j + 1
			} else if p != ',' && p != '-' {
				return -1
			}
		case clauseMarks[w] || sc.requestAt(j, te):
			return -1
		default:
			if r, _ := sc.roleVerbAt(j); r != 0 {
				return -1
			}
		}
	}
	return -1
}

// requestAt reports whether a directive verb that is no noun as well
// stands at token j: "yêu cầu", "đề nghị", "giao", but not the "kết
// luận" of "dự thảo kết luận".
func (sc *scan) requestAt(j, te int) bool {
	n := sc.verbAt(j, te)
	if n == 0 {
		return false
	}
	c := directiveCueOf[sc.phrase(j, n, te)]
	return c != nil && !c.content
}

// listPeople calls use with each person named in the list that starts at
// token start: the first right there (after "các", ":"), each next one
// after a separator, up to stop. It returns how many it named.
func (sc *scan) listPeople(start, stop int, use func(mi int)) int {
	for start < stop && (sc.word(start) == "các" || sc.word(start) == "cùng" || sc.punct(start) == ':' ||
		sc.toks[start].digit && sc.match(personMarkers, start+1, stop) > 0) {
		start++ // "gồm 3 đồng chí: …": the count of the people listed
	}
	named := 0
	prevEnd := start
	for mi := sc.firstMentionFrom(start); mi < len(sc.ments) && sc.ments[mi].ts < stop; mi++ {
		mm := &sc.ments[mi]
		if mm.ts > prevEnd && !sc.listGap(prevEnd, mm.ts, named == 0) {
			break
		}
		prevEnd = mm.te
		if mm.kind == mFull || mm.kind == mShort {
			use(mi)
			named++
		}
	}
	return named
}

// listGap reports whether tokens [a, b) may separate two people in a
// list: punctuation, "và", "các", "cùng", or, between two people,
// a few words of a title the scan did not read.
func (sc *scan) listGap(a, b int, first bool) bool {
	words := 0
	for k := a; k < b; k++ {
		switch w := sc.word(k); w {
		case "":
		case "và", "các", "cùng", "với":
		default:
			if r, _ := sc.roleVerbAt(k); r != 0 || sc.verbAt(k, b) > 0 || clauseMarks[w] {
				return false
			}
			words++
		}
	}
	if first {
		// "có các đồng chí lãnh đạo tỉnh: A, …", "có các đồng chí lãnh đạo
		// tỉnh Phú Thọ như: ông A …": a heading before a colon
		return words == 0 || words <= 10 && sc.punct(b-1) == ':'
	}
	return words <= 8
}

// clauseMarks are the aspect and voice words that show a clause, not a
// title, between two people: "dưới sự điều hành của X, Quốc hội đã nghe
// Y trình bày …" lists no Y.
var clauseMarks = map[string]bool{"đã": true, "đang": true, "sẽ": true, "được": true, "bị": true, "vừa": true}

// meetingWords name a meeting or a part of one ("hội nghị", "kỳ họp").
var meetingWords = wordSet("hội", "nghị", "kỳ", "họp", "đại", "lễ", "buổi", "phiên", "cuộc", "khai",
	"mạc", "bế", "làm", "việc", "thảo", "luận", "chuyên", "đề", "này", "lần", "thứ", "hôm", "nay",
	"thường", "lệ", "và", "trao", "chỉ", "đạo", "phát", "biểu", "về", "phía", "trên", "cấp", "trung",
	"ương", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "khách", "mời", "đồng", "chí",
	"lãnh", "đạo", "quyết", "định", "công", "bố", "tại", "hội trường")

func (sc *scan) meetingWord(i int) bool {
	return sc.in(meetingWords, i)
}

// roles reads the chairs and attendees.
func (sc *scan) roles(m *Meeting) {
	rr := roleReader{sc: sc, chairs: sc.chairs[:0], attend: sc.attend[:0], carry: -1}
	rr.seen = grow(sc.seen, len(sc.persons))
	rr.firstMention = sc.ints[:0]
	for range sc.persons {
		rr.firstMention = append(rr.firstMention, -1)
	}
	for si := range sc.sents {
		rr.sentence(si)
	}
	rr.finish(m)
	sc.chairs, sc.attend, sc.seen, sc.ints = rr.chairs, rr.attend, rr.seen, rr.firstMention
}

// A roleReader gathers the people who take each role, sentence by
// sentence.
type roleReader struct {
	sc             *scan
	chairs, attend []int   // person indexes in the order they take each role
	seen           []uint8 // the role bits of each person: 1 chair, 2 attend
	firstMention   []int   // the mention whose value stands for each person
	// carry is the paragraph whose people named in full attend: "Tham
	// dự kỳ họp có …" named nobody in its own.
	carry int
}

// use gives the person of mention mi the role r.
func (rr *roleReader) use(r role, mi int) {
	m := &rr.sc.ments[mi]
	pi := m.person
	if pi < 0 || m.kind == mPronoun {
		return
	}
	if fm := rr.firstMention[pi]; fm < 0 || m.kind == mFull && rr.sc.ments[fm].kind != mFull {
		rr.firstMention[pi] = mi
	}
	if r == roleChair && rr.seen[pi]&1 == 0 {
		rr.seen[pi] |= 1
		rr.chairs = append(rr.chairs, pi)
	}
	if r == roleAttend && rr.seen[pi]&2 == 0 {
		rr.seen[pi] |= 2
		rr.attend = append(rr.attend, pi)
	}
}

// sentence reads the roles given in sentence si.
func (rr *roleReader) sentence(si int) {
	sc := rr.sc
	s := &sc.sents[si]
	if s.para == rr.carry && !s.caption {
		for mi := sc.firstMentionFrom(s.ts); mi < len(sc.ments) && sc.ments[mi].ts < s.te; mi++ {
			if sc.ments[mi].kind == mFull {
				rr.use(roleAttend, mi)
			}
		}
	}
	if s.caption {
		return
	}
	past := -1 // unknown until a role verb needs it
	if start := sc.sideList(s); start >= 0 && !sc.past(si) {
		// "Về phía tỉnh có đồng chí A, …; đồng chí B, …": the guests
		// of each side, listed as in "Dự hội nghị, về phía tỉnh có …"
		stop := s.te
		for k := start; k < stop; k++ {
			if r2, _ := sc.roleVerbAt(k); r2 != 0 {
				stop = k
				break
			}
		}
		sc.listPeople(start, stop, func(mi int) { rr.use(roleAttend, mi) })
	}
	for i := s.ts; i < s.te; i++ {
		if sc.toks[i].first&roleVerbs.bit == 0 {
			continue // no role verb: decided here, without a call
		}
		r, n := sc.roleVerbAt(i)
		if r == 0 {
			continue
		}
		if past < 0 {
			past = 0
			if sc.past(si) {
				past = 1
			}
		}
		if past == 1 {
			return
		}
		i = rr.verb(s, r, i, n)
	}
}

// verb gives the role r to the people of the role verb of n words at
// token i in sentence s: the list after it, else the subject before it.
// It returns the token the sentence's scan goes on after.
func (rr *roleReader) verb(s *sentence, r role, i, n int) int {
	sc := rr.sc
	vs := sc.roleVerbStart(i, n)
	if start, stop, loose := sc.roleList(s, vs, i+n); start >= 0 {
		// the people listed up to the next role verb
		if stop < 0 {
			stop = min(s.te, start+300)
		}
		for k := start; k < stop; k++ {
			if r2, _ := sc.roleVerbAt(k); r2 != 0 && r2 != r {
				stop = k
				break
			}
		}
		named := sc.listPeople(start, stop, func(mi int) { rr.use(r, mi) })
		if named == 0 && r == roleAttend && !loose {
			rr.carry = s.para + 1
		}
		if named > 0 || !loose {
			return stop - 1
		}
		// a loose reading that named nobody: the verb may still have its
		// subject before it
	}
	if c := sc.roleCueAt(i, n); sc.word(vs-1) == "sự" || c != nil && c.listOnly {
		return i // "sự tham dự", the presidium: a role by its list alone
	}
	if mi := sc.subjectBefore(vs, s.ts); mi >= 0 {
		var chainBuf [8]int
		for _, mj := range sc.subjectChain(mi, s.ts, chainBuf[:0]) {
			rr.use(r, mj)
		}
	}
	return i
}

// roleList reports where the people of the role verb [vs, k) in sentence
// s are listed: after it ("Dự hội nghị có …", "dưới sự chủ trì của …"),
// after the comma of a sentence it opens ("Chủ trì kỳ họp, ông X …"), or
// after the words of its event ("Dự lễ truy điệu có …"). stop is -1 when
// the list runs on; loose is set for the last two readings, which name
// nobody more often.
func (sc *scan) roleList(s *sentence, vs, k int) (start, stop int, loose bool) {
	start = sc.listAfter(k, s.te)
	if start < 0 && sc.word(vs-1) == "sự" {
		start = sc.agentAfter(k, s.te)
	}
	if start >= 0 {
		return start, -1, false
	}
	if start, stop = sc.frontedClause(vs, k, s); start >= 0 {
		return start, stop, true
	}
	if sc.word(vs-1) != "sự" {
		if start = sc.eventList(k, s.te); start >= 0 {
			return start, -1, true
		}
	}
	return -1, -1, false
}

// subjectChain returns, in text order, the people of a subject ending
// with mention mi: "A và B đồng chủ trì", "A, B và C chủ trì", and "Các
// đồng chí: A - title; B - title; C - title chủ trì". It walks back from
// mi to the first, within the sentence starting at token ts.
func (sc *scan) subjectChain(mi, ts int, chain []int) []int {
	chain = append(chain, mi)
	for k := sc.ments[mi].ts; ; {
		var mj int
		if p := sc.punct(k - 1); sc.word(k-1) == "và" || p == ',' || p == ';' {
			mj = sc.mentionEndingAt(k - 1)
		} else if mj = sc.mentionEndingAt(k); mj < 0 || sc.ments[mj].kind != mFull {
			// "A, Chủ tịch UBND B dự": when A's mention ran on over B's
			// title it ends where B's name starts.
			break
		}
		if mj < 0 || sc.ments[mj].ts < ts || mj == chain[len(chain)-1] {
			break
		}
		chain = append(chain, mj)
		k = sc.ments[mj].ts
	}
	slices.Reverse(chain)
	return chain
}

// finish sets the chairs and attendees of m; a chair is not listed again
// among the attendees.
func (rr *roleReader) finish(m *Meeting) {
	sc := rr.sc
	m.Chairs = slices.Grow(m.Chairs, len(rr.chairs))
	for _, pi := range rr.chairs {
		m.Chairs = append(m.Chairs, sc.personValue(rr.firstMention[pi]))
	}
	n := 0
	for _, pi := range rr.attend {
		if rr.seen[pi]&1 == 0 {
			n++
		}
	}
	m.Attendees = slices.Grow(m.Attendees, n)
	for _, pi := range rr.attend {
		if rr.seen[pi]&1 == 0 {
			m.Attendees = append(m.Attendees, sc.personValue(rr.firstMention[pi]))
		}
	}
}

// frontedClause reads a sentence that opens on the role verb [vs, k)
// and the meeting it names, its subject after a comma: "Chủ trì kỳ họp,
// ông X …", "Tới dự và phát biểu tại phiên khai mạc kỳ họp thứ 11, Phó
// Chủ tịch Quốc hội X …", "Điều hành phiên thảo luận, Chủ tịch HĐND tỉnh
// X …". It returns the tokens [start, stop) of the subject, the people
// named one after the other ("A và B"), or -1, -1 when the clause is
// anything else ("Dự APEC, …", "Dự hội nghị có …") or no person follows
// the comma. The verb opens the sentence, or is written with a capital
// after a word in lower case, where a stop was left out.
func (sc *scan) frontedClause(vs, k int, s *sentence) (start, stop int) {
	open := s.ts
	for sc.punct(open) == '"' || sc.punct(open) == '-' {
		open++
	}
	if vs != open && !(sc.toks[vs].upper && vs > s.ts && sc.word(vs-1) != "" && !sc.toks[vs-1].upper) {
		return -1, -1
	}
	if sc.word(k) == "và" { // "dự và phát biểu tại …", "dự và chỉ đạo …"
		j := k + 1
		for j < k+4 && sc.word(j) != "" && !sc.meetingWord(j) {
			j++
		}
		k = j
	}
	if sc.word(k) == "tại" {
		k++
	}
	if !sc.meetingWord(k) || sc.word(k) == "và" {
		return -1, -1
	}
	for j := k; j < s.te && j < k+30; j++ {
		switch w := sc.word(j); {
		case w == "có" || w == "gồm" || w == "là":
			return -1, -1 // a list of guests follows the verb, not the comma
		case w != "":
			continue
		case sc.punct(j) != ',':
			return -1, -1
		}
		mi := sc.firstMentionFrom(k)
		if mi >= len(sc.ments) || sc.ments[mi].ts != j+1 || sc.ments[mi].plural {
			return -1, -1
		}
		stop = sc.ments[mi].te
		for mi++; mi < len(sc.ments) && sc.ments[mi].ts <= stop+1; mi++ {
			// "A và B", "A, B"; "ThS. A": a degree before the name
			if p := sc.punct(stop); sc.ments[mi].ts == stop+1 && sc.word(stop) != "và" && p != ',' &&
				!(p == '.' && sc.ments[mi-1].kind == mPronoun) {
				break
			}
			stop = sc.ments[mi].te
		}
		return j + 1, stop
	}
	return -1, -1
}

// sideList reports where the people start in a sentence opening "Về phía
// tỉnh có …", "Về phía Ban Thường vụ Thành ủy có …", or -1.
func (sc *scan) sideList(s *sentence) int {
	k := s.ts
	for sc.punct(k) == '"' || sc.punct(k) == '-' {
		k++
	}
	if !sc.isWords(k, "về", "phía") {
		return -1
	}
	for j := k + 2; j < s.te && j < k+10; j++ {
		switch sc.word(j) {
		case "":
			return -1 // "Về phía huyện, có 5 xã …" tells of something else
		case "có":
			return j + 1
		}
	}
	return -1
}

// trimSpan trims spaces and the given cut characters from both ends of
// t[s:e] and returns the new bounds.
func trimSpan[T int | int32](t string, s, e T, cut string) (T, T) {
	for s < e && (t[s] == ' ' || strings.IndexByte(cut, t[s]) >= 0) {
		s++
	}
	for e > s && (t[e-1] == ' ' || strings.IndexByte(cut, t[e-1]) >= 0) {
		e--
	}
	return s, e
}
