package meeting

import (
	"slices"
	"strings"
)

// directives reads the instructions given at the meeting. A directive
// needs a person as issuer: "UBND quận đề nghị" or "Hội nghị thống nhất"
// give none.
func (sc *scan) directives(m *Meeting) {
	prevIssuer, prevSent := -1, -1
	dirs := sc.dirs[:0] // copied to m.Directives at the end, in one allocation
	for si := range sc.sents {
		s := &sc.sents[si]
		if s.caption || sc.pastCarried(si) {
			continue // "Trước đó, … . Tại buổi làm việc, X yêu cầu …"
		}
		issuersHere := sc.issuers[:0] // the people who gave a directive in this sentence
		for i := s.ts; i < s.te; i++ {
			// the next token a directive verb may open
			if i = sc.nextCand(candDirective, i, s.te); i == s.te {
				break
			}
			n := sc.verbAt(i, s.te)
			if n == 0 {
				continue
			}
			if sc.pastBefore(s, i) {
				break // "Trước đó, tại phiên họp …, X yêu cầu": an earlier meeting's
			}
			verb := sc.phrase(i, n, s.te)
			mi := sc.issuerOf(i, n, s, prevIssuer, prevSent == si-1)
			if mi < 0 {
				i += n - 1
				continue
			}
			if !sc.hasContent(i, n, si, verb) {
				i += n - 1
				continue
			}
			pi := sc.ments[mi].person
			if c := directiveCueOf[verb]; c != nil && c.leader && !sc.leads(pi) {
				i += n - 1
				continue // an opinion of someone who does not lead the meeting
			}
			if slices.Contains(issuersHere, pi) {
				i += n - 1
				continue // one directive per issuer and sentence
			}
			issuersHere = append(issuersHere, pi)
			dirs = append(dirs, sc.directive(mi, i, n, si, verb))
			prevIssuer, prevSent = mi, si
			i += n - 1
		}
		sc.issuers = issuersHere
		// "Kết luận hội nghị, đồng chí X nêu rõ: …"
		if len(issuersHere) == 0 {
			if d, mi, ok := sc.introDirective(si); ok {
				dirs = append(dirs, d)
				prevIssuer, prevSent = mi, si
			}
		}
	}
	if len(dirs) > 0 {
		m.Directives = append(m.Directives, dirs...)
	}
	clear(dirs) // the pooled scan keeps no strings of the text
	sc.dirs = dirs[:0]
}

// leads reports whether person pi chairs the meeting or attends it as a
// guest of a higher level than the body that met (read by roles).
func (sc *scan) leads(pi int) bool {
	if pi < 0 || pi >= len(sc.seen) {
		return false
	}
	return sc.seen[pi]&1 != 0 || sc.seen[pi]&2 != 0 && sc.guestOf(pi, sc.level)
}

// issuerOf returns the mention that gives the directive whose verb is at
// token v, or -1: the subject right before the verb, a pronoun's last named
// person, the sentence's subject when the verb ends a chain of predicates
// ("X trao quyết định … và phát biểu căn dặn"), or the previous sentence's
// issuer for a sentence opening on the verb ("Đồng thời, đề nghị …").
func (sc *scan) issuerOf(v, n int, s *sentence, prev int, prevAdjacent bool) int {
	if mi := sc.quoteIssuer(v, s); mi >= 0 {
		return mi // "“… Tôi đề nghị …”, ông X nói"
	}
	if mi := sc.subjectBefore(v, s.ts); mi >= 0 {
		mm := &sc.ments[mi]
		if mm.plural {
			return -1
		}
		if mm.kind == mPronoun {
			return sc.lastPersonBefore(mm.ts)
		}
		if mm.person >= 0 {
			return mi
		}
		return -1
	}
	if r := sc.reportBefore(v, s.ts); r >= 0 {
		// "X cho biết đang yêu cầu …": the speaker's own instruction
		if mi := sc.subjectBefore(r, s.ts); mi >= 0 && !sc.ments[mi].plural && sc.ments[mi].person >= 0 {
			return mi
		}
	}
	k := v
	if sc.word(k-1) == "biểu" && sc.word(k-2) == "phát" {
		k -= 2
	}
	if c := sc.coordinated(k, s.ts); c == coordWord || c == coordComma && sc.commaRequest(v, n, s.te) {
		if mi := sc.clauseSubject(k, s); mi >= 0 {
			return mi
		}
	}
	// a sentence opening on the verb continues the previous speaker
	k = s.ts
	for sc.punct(k) == '"' || sc.punct(k) == '-' {
		k++
	}
	if w := sc.phrase(k, 2, s.te); w == "đồng thời" || w == "ngoài ra" {
		k += 2
		if sc.punct(k) == ',' {
			k++
		}
	}
	if k == v && prevAdjacent && prev >= 0 {
		w := sc.phrase(v, n, s.te)
		if w == "đề nghị" || w == "yêu cầu" || w == "giao" {
			return prev
		}
	}
	return -1
}

// How a predicate is joined to the one before it (coordinated).
const (
	coordNone  = iota
	coordWord  // "… và đề nghị", "…, đồng thời yêu cầu", "…; đồng thời cũng lưu ý", "…, song đề nghị"
	coordComma // a comma or semicolon alone: "X cho biết …, đề nghị …", "X đánh giá …; đề nghị …"
)

// coordinated reports whether the predicate starting at token k is the
// second of a pair, and how the two are joined.
func (sc *scan) coordinated(k, ts int) int {
	comma := false
	for k > ts && (sc.in(coordAdverbs, k-1) || sc.punct(k-1) == ',' || sc.punct(k-1) == ';') {
		comma = comma || sc.punct(k-1) == ',' || sc.punct(k-1) == ';'
		k--
	}
	switch {
	case sc.isWords(k-2, "đồng", "thời") || sc.isWords(k-2, "sau", "đó") || sc.word(k-1) == "và":
		return coordWord
	case (sc.word(k-1) == "song" || sc.word(k-1) == "nhưng") && sc.punct(k-2) == ',':
		return coordWord // "X ghi nhận …, song đề nghị …": a predicate set against the first
	case comma:
		return coordComma
	}
	return coordNone
}

// coordAdverbs may stand between the conjunction and the second verb.
var coordAdverbs = wordSet("cũng", "còn", "đã", "lại", "thì")

// clauseSubject returns the subject of a sentence's first clause when the
// verb before token k is coordinated with an earlier one: the last person
// before k who opens the sentence or a clause after a comma and is followed
// by a predicate ("Phát biểu tại hội nghị, đồng chí X ghi nhận … và đề
// nghị …"), or -1.
func (sc *scan) clauseSubject(k int, s *sentence) int {
	start := s.ts
	for sc.punct(start) == '"' || sc.punct(start) == '-' {
		start++
	}
	for mi := sc.firstMentionFrom(k) - 1; mi >= 0 && sc.ments[mi].ts >= s.ts; mi-- {
		mm := &sc.ments[mi]
		if mm.te >= k || mm.plural || !(mm.ts <= start+1 || sc.punct(mm.ts-1) == ',') {
			continue
		}
		if w := sc.word(mm.te); w == "" || w == "và" || w == "cùng" || w == "với" {
			continue // a list, or no predicate follows
		}
		if sc.passiveAfter(mm.te, k) {
			return -1 // "X đã được Ban Thường vụ chỉ định … và đề nghị …": X is directed
		}
		if sc.reportedClause(mm.te, k) {
			return -1 // "X cho biết các huyện đã rà soát và đề nghị …": the districts ask
		}
		if mm.kind == mPronoun {
			return sc.lastPersonBefore(mm.ts)
		}
		if mm.person >= 0 {
			return mi
		}
		return -1
	}
	return -1
}

// lastPersonBefore returns the mention a pronoun at token k stands for
// ("ông yêu cầu"), or -1: the last one before it that names a known person
// as the subject of its clause, within the two sentences before; else the
// last one that names a known person at all. A person named as an object
// ("biểu dương ông X", "theo báo cáo của ông X, …") is not whom "Đồng
// chí đề nghị …" goes on about.
func (sc *scan) lastPersonBefore(k int) int {
	last := -1
	floor := sc.sentenceOpen(sc.sentenceOpen(sc.sentenceOpen(k)-1) - 1)
	for mi := sc.firstMentionFrom(k) - 1; mi >= 0; mi-- {
		mm := &sc.ments[mi]
		if mm.person < 0 || mm.plural {
			continue
		}
		if last < 0 {
			last = mi
		}
		if mm.ts < floor {
			break
		}
		if sc.subjectLike(mi) {
			return mi
		}
	}
	return last
}

// subjectLike reports whether mention mi stands where a subject does: not
// after a word that takes a person as its object (objectMarks), and with a
// predicate after it, or an aside before one ("ĐB X (TP.HCM) cho rằng").
func (sc *scan) subjectLike(mi int) bool {
	mm := &sc.ments[mi]
	if sc.in(objectMarks, mm.ts-1) {
		return false
	}
	if sc.punct(mm.te) == '(' {
		return true
	}
	w := sc.word(mm.te)
	return w != "" && w != "và" && w != "cùng" && w != "với"
}

// objectMarks take the person after them as their object or owner: "công
// lớn của ông X", "biểu dương ông X", "trao quyết định cho ông X".
var objectMarks = wordSet("của", "cho", "với", "tặng", "dương", "mừng", "nghe", "gặp", "đón", "tiếp",
	"thăm", "theo", "bầu", "mời", "chất vấn")

// hasContent reports whether the verb at token v is followed by what it
// directs, or closes a quotation that does ("…", bà Tâm nhấn mạnh.). A
// question quoted is not an instruction.
func (sc *scan) hasContent(v, n, si int, verb string) bool {
	s := &sc.sents[si]
	words := sc.wordsAfter(v+n, s.te)
	if words == 0 && sc.punct(v+n) == ':' {
		return true // the items follow in the next paragraphs
	}
	if words == 0 {
		// the verb ends the sentence: it closes a quotation before it
		q := sc.l[max(sc.toks[s.ts].s, sc.toks[v].s-2000):sc.toks[v].s]
		if !strings.Contains(q, "\"") {
			return false
		}
		c := directiveCueOf[verb]
		if c == nil || !c.content {
			return true
		}
		if strings.Contains(q, "?") || strings.Contains(q, " nào ") || strings.Contains(q, " gì ") || strings.Contains(q, "bao nhiêu") {
			return false
		}
		return !c.task || sc.hasTask(s.ts, v)
	}
	if c := directiveCueOf[verb]; c != nil && c.content {
		if sc.word(v+n) == "tại" && words <= 5 {
			return false // "kết luận tại hội nghị"
		}
		if c.task && !sc.hasTask(v+n, s.te) && !sc.itemsFollow(v+n, si) && !sc.quotedTask(s, v, n) {
			return false // "nhấn mạnh Việt Nam luôn ủng hộ …": a statement
		}
		return words >= 3 || sc.punct(v+n) == ':'
	}
	return true
}

// quotedTask reports whether the verb at token v closes a quotation that
// names a task, and goes on with another predicate: "“Các xã phải hoàn
// thành …”, Bí thư Huyện ủy nhấn mạnh và ghi nhận …".
func (sc *scan) quotedTask(s *sentence, v, n int) bool {
	q := sc.l[sc.toks[s.ts].s:sc.toks[v].s]
	return sc.word(v+n) == "và" && strings.Contains(q, "\"") && sc.hasTask(s.ts, v)
}

// itemsFollow reports whether the sentence si ends on a colon and
// enumerated items follow it ("nhấn mạnh một số nội dung sau:" and "Một
// là, …", "- …"): the tasks are the items.
func (sc *scan) itemsFollow(k, si int) bool {
	if s := sc.sents[si]; sc.punct(s.te-1) != ':' {
		return false
	}
	start := len(sc.strs)
	items, _ := sc.items(k, si)
	sc.strs = sc.strs[:start]
	return len(items) > 0
}

// wordsAfter counts the words from token k to the end of the sentence,
// not counting a second verb joined by "và" ("nhấn mạnh và đề nghị.").
func (sc *scan) wordsAfter(k, te int) int {
	if sc.word(k) == "và" {
		if n := sc.verbAt(k+1, te); n > 0 && sc.wordsAfter(k+1+n, te) == 0 {
			return 0
		}
	}
	words := 0
	for ; k < te && words < 4; k++ { // enough to tell
		if sc.toks[k].kind() == tWord {
			words++
		}
	}
	return words
}

// introDirective reads "Kết luận hội nghị, đồng chí X …" and "Phát biểu
// chỉ đạo, X …": the person after the opening phrase directs.
func (sc *scan) introDirective(si int) (Directive, int, bool) {
	s := &sc.sents[si]
	k := s.ts
	if sc.isWords(k, "phát", "biểu") {
		k += 2
	}
	n := sc.match(introVerbs, k, s.te)
	if n == 0 {
		return Directive{}, -1, false
	}
	verb := sc.phrase(k, n, s.te)
	if strings.HasPrefix(verb, "kết luận") {
		verb = "kết luận"
	}
	j := k + n
	for j < s.te && j < k+n+6 && sc.punct(j) != ',' {
		if sc.toks[j].kind() != tWord || !sc.meetingWord(j) {
			return Directive{}, -1, false
		}
		j++
	}
	if sc.punct(j) != ',' {
		return Directive{}, -1, false
	}
	mi := sc.firstMentionFrom(j + 1)
	if mi >= len(sc.ments) || sc.ments[mi].ts != j+1 || sc.ments[mi].person < 0 || sc.ments[mi].plural {
		return Directive{}, -1, false
	}
	d := sc.directive(mi, k, n, si, verb)
	d.Addressees = nil // the verb opens the sentence; what follows is its subject
	return d, mi, true
}

// directive builds the Directive given by mention mi with the verb at
// token v in sentence si: its addressees, its text (from the verb to the
// end of the sentence, or the whole sentence when the verb closes a
// quotation) and the items listed after it.
func (sc *scan) directive(mi, v, n, si int, verb string) Directive {
	s := &sc.sents[si]
	d := Directive{Verb: verb}
	if sc.issuerVals == nil {
		sc.issuerVals = make([]Person, 0, 8)
	}
	sc.issuerVals = append(sc.issuerVals, sc.personValue(mi))
	d.Issuer = &sc.issuerVals[len(sc.issuerVals)-1]
	ts, te := int(sc.toks[s.ts].s), int(sc.toks[s.te-1].e)
	if sc.wordsAfter(v+n, s.te) > 0 { // the instruction follows the verb
		ts = int(sc.toks[v].s)
	}
	d.Addressees = sc.addressees(v+n, s.te)
	end := te
	if items, iend := sc.items(v+n, si); len(items) > 0 {
		d.Items = items
		end = iend
	}
	ts, end = trimSpan(sc.t, ts, end, ".;")
	d.Start, d.End = sc.d.SrcSpan(ts, end)
	d.Text = sc.d.Src[d.Start:d.End]
	return d
}
