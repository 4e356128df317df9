package meeting

import "github.com/vnreport/vnreport/internal/growth"

// This file finds the mentions of people in each sentence
// (scan.findMentions), the third floor of newScan: a person marker and what
// follows it, a chain of titles and the name after it, or a full name
// alone, with the titles set after it in apposition.

// mentionOpeners are the lexicons whose words may open a mention other than
// a name: a person marker or a title (its head, or a prefix before it).
var mentionOpeners = personMarkers.bit | titleHeads.bit | titlePrefixes.bit

// findMentions finds the mentions in sentence si.
func (sc *scan) findMentions(si int) {
	s := sc.sents[si]
	var pending []textSpan // titles before "- ông X"
	pendingEnd := -1
	for i := s.ts; i < s.te; {
		// the next token where a marker, title or name may start
		if i = sc.nextCand(candMention, i, s.te); i == s.te {
			break
		}
		tk := sc.toks[i]
		var m mention
		next := i + 1
		found := false
		// most candidates are capitalised words of no lexicon: their
		// flags spare them the calls that would find no marker or title
		f, n := tk.first(), 0
		if f&personMarkers.bit != 0 {
			n = sc.match(personMarkers, i, s.te)
			// "Đồng chí Thượng tá X", "ông TS. X": a rank or a degree
			// after the marker is part of it
			for k := n; k > 0 && n < 6; n += k {
				k = sc.match(personMarkers, i+n, s.te)
				if k == 0 || sc.word(i+n) == "bà" || sc.word(i+n) == "ông" {
					break
				}
			}
		}
		title := f&(titlePrefixes.bit|titleHeads.bit) != 0 // else titleAt(i) is 0
		if n > 0 && !(n == 1 && sc.word(i) == "bà" && sc.word(i+1) == "con") && (!title || sc.titleAt(i, s.te) <= n) {
			m, next, found = sc.afterMarker(i, i+n, s.te)
		} else if title && sc.titleAt(i, s.te) > 0 {
			m, next, found = sc.titleMention(i, s.te)
			// "các Bộ trưởng", "những Phó Chủ tịch": a group, no one
			// person; "hai Thủ tướng" are the two named before
			m.plural = m.kind == mTitle && (sc.word(i-1) == "các" || sc.word(i-1) == "những")
		} else if tk.title() && sc.isSurname(i) && !sc.streetAt(i) {
			b := sc.capRun(i, s.te)
			if ns, ne, ok := sc.carveName(i, b, i, false); ok && ns == i && (ne-ns >= 3 || sc.appositiveAt(ne, s.te) || sc.listedName(ns, ne, s.ts, s.te)) {
				m = mention{ts: i, te: ne, ns: ns, ne: ne, kind: mFull, person: -1}
				m.te = sc.appositive(&m, ne, s.te)
				next, found = m.te, true
			} else {
				next = b
			}
		}
		if found {
			if pendingEnd >= 0 && m.kind == mFull && pendingEnd == m.ts {
				m.titles = append(pending, m.titles...)
				m.ts = sc.ments[len(sc.ments)-1].ts
				sc.ments = sc.ments[:len(sc.ments)-1] // the title-only mention was this person
			}
			pending, pendingEnd = nil, -1
			if m.kind == mTitle && m.ns == m.ne {
				// "Bí thư Thành ủy … - ông Đinh La Thăng": the titles belong to the name after the dash
				if p := sc.punct(m.te); (p == '-' || p == ',') && m.te+1 < s.te {
					if sc.match(personMarkers, m.te+1, s.te) > 0 || sc.toks[m.te+1].title() && sc.isSurname(m.te+1) {
						pending, pendingEnd = m.titles, m.te+1
						if sc.match(personMarkers, m.te+1, s.te) > 0 {
							pendingEnd = m.te + 1
						}
					}
				}
			}
			sc.ments = append(growth.Room(sc.ments, int(sc.toks[m.ts].s), len(sc.t)), m)
			if next <= i {
				next = i + 1
			}
		}
		i = next
	}
}

// streetWords name, before a name written bare, what is named after the
// person: "đường Phan Văn Trị", "phố Lý Thường Kiệt".
var streetWords = wordSet("đường", "phố", "lộ", "ngõ", "hẻm")

// streetAt reports whether the name written bare at token i names a
// street: a streetWords word before it, or before the names listed ahead
// of it ("các tuyến đường A, B và C", "vòng xoay A - B").
func (sc *scan) streetAt(i int) bool {
	for n := 0; n < 6; n++ {
		if sc.in(streetWords, i-1) {
			return true
		}
		if p := sc.punct(i - 1); p != ',' && p != '-' && sc.word(i-1) != "và" {
			return false
		}
		k := i - 2
		for k >= 0 && sc.toks[k].kind() == tWord && sc.toks[k].title() {
			k--
		}
		if k+1 > i-2 {
			return false
		}
		i = k + 1
	}
	return false
}

// listedName reports whether the name of two syllables [ns, ne) is an item
// of a list of people in the sentence [ts, te): after the colon that closes
// a title ("nguyên Tổng Bí thư: A, B"; "các Phó Giám đốc: A, B") or after a
// comma or "và" that follows a full name ("A, B"), and closed by another
// separator. Alone, two capitalised syllables are as often a place.
func (sc *scan) listedName(ns, ne, ts, te int) bool {
	if ne < te && sc.punct(ne) != ',' && sc.punct(ne) != ';' && sc.punct(ne) != '.' && sc.word(ne) != "và" {
		return false
	}
	if len(sc.ments) == 0 || ns-2 < ts {
		return false
	}
	last := &sc.ments[len(sc.ments)-1]
	switch {
	case sc.punct(ns-1) == ':':
		return last.kind == mTitle && last.te == ns-1
	case sc.punct(ns-1) == ',' || sc.word(ns-1) == "và":
		return last.kind == mFull && last.te == ns-1 && last.ts >= ts
	}
	return false
}

// afterMarker reads what follows a person marker at tokens [i, j).
func (sc *scan) afterMarker(i, j, end int) (mention, int, bool) {
	m := mention{ts: i, person: -1}
	if i > 0 && sc.in(pluralWords, i-1) {
		m.plural = true
	}
	marker := sc.phrase(i, j-i, end)
	if sc.punct(j) == ':' {
		j++
	}
	if j >= end {
		return m, j, false
	}
	if sc.titleAt(j, end) > 0 { // "đồng chí Bí thư Quận ủy"
		tm, next, ok := sc.titleMention(j, end)
		tm.ts, tm.plural = i, m.plural
		return tm, next, ok
	}
	tk := sc.toks[j]
	if !tk.title() {
		if m.plural || marker == "đại biểu" || marker == "anh" || marker == "chị" {
			return m, j, false
		}
		m.te, m.kind = j, mPronoun
		return m, j, true
	}
	b := sc.capRun(j, end)
	if ns, ne, ok := sc.carveName(j, b, j, true); ok && ns == j {
		m.ns, m.ne, m.kind = ns, ne, mFull
		m.te = sc.appositive(&m, ne, end)
		return m, m.te, true
	}
	if b-j <= 2 {
		m.ns, m.ne, m.te, m.kind = j, b, b, mShort
		m.te = sc.appositive(&m, b, end)
		return m, m.te, true
	}
	return m, b, false
}

// appositiveAt reports whether a title follows token k after a comma or dash.
func (sc *scan) appositiveAt(k, end int) bool {
	p := sc.punct(k)
	return (p == ',' || p == '-' || p == '(') && sc.titleAt(k+1, end) > 0
}

// appositive reads titles after a name ("Nguyễn Văn Nam - Thành ủy viên,
// Bí thư Quận ủy") into m and returns the end of the mention.
func (sc *scan) appositive(m *mention, k, end int) int {
	if !sc.appositiveAt(k, end) {
		return k
	}
	k0, n0 := k, len(m.titles)
	k++
	for {
		ts, te, nameAt := sc.titleSpan(k, end)
		if te <= ts {
			break
		}
		if nameAt < 0 && sc.soleSubject(ts, te, end) {
			return ts - 1 // the chain ends at the comma before the new subject
		}
		if nameAt >= 0 && nameAt == te {
			// "A, Chủ tịch UBND TP B dự": a title is written before its
			// holder, so titles that run into a full name are that name's
			if _, ne, ok := sc.carveName(nameAt, sc.capRun(nameAt, end), nameAt, false); ok && (ne-nameAt >= 3 || sc.itemEnds(ne, end)) {
				sc.cutTitles(m, n0)
				return k0
			}
		}
		sc.addTitle(m, sc.span(ts, te))
		k = te
		if nameAt >= 0 {
			break
		}
		if p := sc.punct(k); (p == ',' || p == '-' && sc.punct(k0) == '-') && sc.titleAt(k+1, end) > 0 {
			k++ // "X - Ủy viên Bộ Chính trị - Trưởng ban Tuyên giáo": titles chained as they began
			continue
		}
		if p := sc.punct(k); p == ')' || p == '-' && sc.closesAside(k0, k, end) {
			k++
		}
		break
	}
	return k
}

// itemEnds reports whether a list item ends at token k: a comma, a
// semicolon, a stop, "và" or the end. A name of two syllables that a title
// runs into is a name there ("…, Bộ trưởng Bộ Công an Tô Lâm; …").
func (sc *scan) itemEnds(k, end int) bool {
	p := sc.punct(k)
	return k >= end || p == ',' || p == ';' || p == '.' || sc.word(k) == "và"
}

// soleSubject reports whether the title [ts, te), read after a comma in
// a chain, is one of soleOffices standing alone before a lower-case word:
// the subject of a new clause ("…, Thủ tướng yêu cầu …").
func (sc *scan) soleSubject(ts, te, end int) bool {
	return te < end && sc.toks[te].kind() == tWord && !sc.toks[te].upper() && soleOffices[sc.phrase(ts, te-ts, end)]
}

// closesAside reports whether the dash at token k closes the titles that
// the dash at k0 opened: "ông X - Chủ tịch HĐND tỉnh - chủ trì" sets them
// off as brackets or a pair of commas do, and the name is the subject of
// the verb after them. A dash before a title chains another title or a
// new holder instead, so the aside closes only before a lower-case word.
func (sc *scan) closesAside(k0, k, end int) bool {
	return sc.punct(k0) == '-' && k+1 < end && sc.toks[k+1].kind() == tWord && !sc.toks[k+1].upper()
}

// titleMention reads a chain of titles from token i, and the name after it
// if there is one.
func (sc *scan) titleMention(i, end int) (mention, int, bool) {
	m := mention{ts: i, person: -1}
	k := i
	for {
		ts, te, nameAt := sc.titleSpan(k, end)
		if te <= ts {
			break
		}
		sc.addTitle(&m, sc.span(ts, te))
		k = te
		if nameAt >= 0 {
			b := sc.capRun(nameAt, end)
			_, ne, ok := sc.carveName(nameAt, b, nameAt, false)
			if !ok {
				// read from its own start, the run opens on a place
				// ("A Thái Bình A"): the titles stand alone
				break
			}
			m.ns, m.ne, m.kind = nameAt, ne, mFull
			m.te = sc.appositive(&m, ne, end)
			return m, m.te, true
		}
		if p := sc.punct(k); p == ',' && sc.titleAt(k+1, end) > 0 {
			k++
			continue
		}
		break
	}
	if len(m.titles) == 0 {
		return m, i + 1, false
	}
	// a short name right after a bare head ("Bí thư Thọ") was read into
	// the title; resolveTitle splits it off
	m.te, m.kind = k, mTitle
	return m, k, true
}
