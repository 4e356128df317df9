package meeting

import "slices"

// This file reads the roles of the people a scan found (scan.roles): each
// sentence is read for the chair and attend verbs (role_verbs.go), and the
// people of a verb are the list after it (people_lists.go), else the
// subject before it (people_subjects.go).

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

// roles reads the chairs and attendees.
func (sc *scan) roles(m *Meeting) {
	rr := roleReader{sc: sc, chairs: sc.chairs[:0], attend: sc.attend[:0], carry: -1, level: m.Body.Level}
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
	sc.level = m.Body.Level
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
	level string // the level of the body that met, for guests (guestOf)
}

// use gives the person of mention mi the role r; a guest cue's role only
// to a guest.
func (rr *roleReader) use(r role, mi int, c *roleCue) {
	m := &rr.sc.ments[mi]
	pi := m.person
	if pi < 0 || m.kind == mPronoun || c != nil && c.guest && !rr.sc.guestOf(pi, rr.level) {
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
				rr.use(roleAttend, mi, nil)
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
		sc.listPeople(start, stop, func(mi int) { rr.use(roleAttend, mi, nil) })
	}
	for i := s.ts; i < s.te; i++ {
		// the next token a role verb may open
		if i = sc.nextCand(candRole, i, s.te); i == s.te {
			break
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
	c := sc.roleCueAt(i, n)
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
		named, end := sc.listPeople(start, stop, func(mi int) { rr.use(r, mi, c) })
		if named == 0 && r == roleAttend && !loose {
			rr.carry = s.para + 1
		}
		if named > 0 {
			// the scan goes on where the list ended: "Cùng dự có A;
			// tham dự tại điểm cầu Hà Nội có B" lists B after its own verb
			return max(end, i+n) - 1
		}
		if !loose {
			// nobody named: a role word after the verb may still name
			// its own ("Điều hành đại hội là Đoàn Chủ tịch gồm …")
			return i + n - 1
		}
		// a loose reading that named nobody: the verb may still have its
		// subject before it
	}
	if sc.word(vs-1) == "sự" || c != nil && c.listOnly {
		return i // "sự tham dự", the presidium: a role by its list alone
	}
	if mi := sc.subjectBefore(vs, s.ts); mi >= 0 {
		var chainBuf [8]int
		for _, mj := range sc.subjectChain(mi, s.ts, chainBuf[:0]) {
			rr.use(r, mj, c)
		}
	}
	return i
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
