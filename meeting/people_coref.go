package meeting

import (
	"slices"
	"strings"
)

// This file resolves the mentions (scan.resolve), the last floor of
// newScan: it collects the people named in full and points each short
// name, title and pronoun at one of them, then builds the Person values.

// resolve collects the people named in full and points every short name
// and title at one of them, in four steps.
func (sc *scan) resolve() {
	counts := sc.namePeople()
	if len(sc.persons) == 0 {
		return
	}
	sc.gatherTitles(counts)
	sc.joinCutNames()
	sc.pointMentions()
}

// namePeople makes a person of each full name (its lower-case key) and
// points the full mentions at them. It returns how many titles each
// person's all will hold: those given with each full mention, until there
// are eight or more.
func (sc *scan) namePeople() (counts []int) {
	if sc.byKey == nil {
		sc.byKey = map[string]int{}
	}
	byKey := sc.byKey
	counts = sc.ints[:0]
	for mi := range sc.ments {
		m := &sc.ments[mi]
		if m.kind != mFull {
			continue
		}
		key := sc.l[sc.toks[m.ns].s:sc.toks[m.ne-1].e]
		pi, ok := byKey[key]
		if !ok {
			pi = len(sc.persons)
			byKey[key] = pi
			sc.persons = append(sc.persons, known{name: sc.t[sc.toks[m.ns].s:sc.toks[m.ne-1].e], key: key, last: -1,
				first: sc.mentionSpan(m)})
			counts = append(counts, 0)
		}
		if len(sc.persons[pi].titles) == 0 {
			sc.persons[pi].titles = m.titles
		}
		if counts[pi] < 8 {
			counts[pi] += len(m.titles)
		}
		m.person = pi
	}
	return counts
}

// gatherTitles fills each person's all with every title they are given,
// until there are eight or more: the counts (namePeople) tell where each
// person's run starts in one array.
func (sc *scan) gatherTitles(counts []int) {
	total := 0
	for _, n := range counts {
		total += n
	}
	all := slices.Grow(sc.allSpans[:0], total)
	for pi, n := range counts {
		sc.persons[pi].all = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	sc.allSpans, sc.ints = all, counts
	for mi := range sc.ments {
		if m := &sc.ments[mi]; m.kind == mFull && len(sc.persons[m.person].all) < 8 {
			sc.persons[m.person].all = append(sc.persons[m.person].all, m.titles...)
		}
	}
}

// joinCutNames points the mentions of a name cut short ("Võ Công", where
// the text misprints "Võ Công trí") at the person whose full name of three
// syllables it opens.
func (sc *scan) joinCutNames() {
	if sc.two == nil {
		sc.two = map[string]int{}
	}
	two := sc.two
	for pi := range sc.persons {
		if key := sc.persons[pi].key; strings.Count(key, " ") == 2 {
			two[key[:strings.LastIndexByte(key, ' ')]] = pi
		}
	}
	redirect := grow(sc.ints, len(sc.persons))
	sc.ints = redirect
	for pi := range sc.persons {
		redirect[pi] = pi
		if pj, ok := two[sc.persons[pi].key]; ok {
			redirect[pi] = pj
		}
	}
	for mi := range sc.ments {
		if p := sc.ments[mi].person; p >= 0 {
			sc.ments[mi].person = redirect[p]
		}
	}
}

// pointMentions points each short name and title at a person, walking in
// order so that "before" means before; recent holds the people last named
// in full, latest first, so that a lookup stays short. Pronouns are left
// to the readers of roles.
func (sc *scan) pointMentions() {
	var recentBuf [recentMax]int
	recent := recentBuf[:0]
	seen := 0 // people[:seen] have been named so far
	for mi := range sc.ments {
		m := &sc.ments[mi]
		switch m.kind {
		case mFull:
			recent = touch(recent, m.person)
			if m.person >= seen {
				seen = m.person + 1
			}
			continue
		case mShort:
			m.person = sc.bestPerson(recent, seen, func(p *known) bool {
				return nameEnds(p.key, sc.l[sc.toks[m.ns].s:sc.toks[m.ne-1].e])
			})
		case mTitle:
			if !m.plural { // "các Bộ trưởng nhấn mạnh …" speaks for a group
				m.person = sc.resolveTitle(mi, recent, seen)
			}
		}
	}
}

// recentMax bounds how far back a short name or title is looked up.
const recentMax = 32

// touch moves person pi to the front of recent.
func touch(recent []int, pi int) []int {
	for k, x := range recent {
		if x == pi {
			copy(recent[1:k+1], recent[:k])
			recent[0] = pi
			return recent
		}
	}
	if len(recent) < recentMax {
		recent = append(recent, 0)
	}
	copy(recent[1:], recent[:len(recent)-1])
	recent[0] = pi
	return recent
}

// bestPerson returns the person satisfying ok who was named in full last
// (among the recent ones), else one of the next people named after, else -1.
func (sc *scan) bestPerson(recent []int, seen int, ok func(*known) bool) int {
	for _, pi := range recent {
		if ok(&sc.persons[pi]) {
			return pi
		}
	}
	for pi := seen; pi < len(sc.persons) && pi < seen+16; pi++ {
		if ok(&sc.persons[pi]) {
			return pi
		}
	}
	return -1
}

// nameEnds reports whether the full name key ends with the given name(s) short.
func nameEnds(key, short string) bool {
	return key == short || strings.HasSuffix(key, short) && key[len(key)-len(short)-1] == ' '
}

// resolveTitle points a title-only mention at the person who holds that
// title. The last title may end in a short name ("Bí thư Thọ") or stand
// for the person alone ("Bí thư Thành ủy Đà Nẵng").
func (sc *scan) resolveTitle(mi int, recent []int, seen int) int {
	m := &sc.ments[mi]
	last := m.titles[len(m.titles)-1]
	lt := sc.l[last.s:last.e]
	// a short name at the end of the title: one or two title-case words
	if sp := strings.LastIndexByte(lt, ' '); sp > 0 {
		for _, cut := range []int{sp, strings.LastIndexByte(lt[:sp], ' ')} {
			if cut <= 0 {
				continue
			}
			short := lt[cut+1:]
			head := lt[:cut]
			if !titleHeads.set[strings.TrimPrefix(strings.TrimPrefix(head, "nguyên "), "tân ")] || !sc.upperAt(last.s+cut+1) {
				continue
			}
			if pi := sc.bestPerson(recent, seen, func(p *known) bool { return nameEnds(p.key, short) }); pi >= 0 {
				return pi
			}
		}
	}
	if strings.HasPrefix(lt, "người đứng đầu ") {
		organ := strings.TrimPrefix(lt, "người đứng đầu ")
		holds := func(organ string) func(p *known) bool {
			return func(p *known) bool {
				for _, t := range p.all {
					if strings.Contains(sc.l[t.s:t.e], organ) {
						return true
					}
				}
				return false
			}
		}
		if pi := sc.bestPerson(recent, seen, holds(organ)); pi >= 0 {
			return pi
		}
		head, _, _ := strings.Cut(organ, " ") // "HĐND thành phố" → any title in the HĐND
		return sc.bestPerson(recent, seen, holds(head))
	}
	return sc.bestPerson(recent, seen, func(p *known) bool {
		for _, t := range p.all {
			pt := sc.l[t.s:t.e]
			for _, mt := range m.titles {
				if titleMatch(pt, sc.l[mt.s:mt.e]) {
					return true
				}
			}
		}
		return false
	})
}

// titleMatch reports whether two titles name the same office, one being
// the other or the other with more words after it ("Bí thư Tỉnh ủy" and
// "Bí thư Tỉnh ủy Đồng Nai").
func titleMatch(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return a == b || strings.HasPrefix(a, b) && a[len(b)] == ' '
}

// mentionSpan is the span of mention m in Doc.Text, after a colon that
// ends an introduction before the name ("các đồng chí: Lê Văn A").
func (sc *scan) mentionSpan(m *mention) textSpan {
	ts := m.ts
	for k := m.ts; k < m.ns && k+1 < m.te; k++ {
		if sc.punct(k) == ':' {
			ts = k + 1
		}
	}
	return textSpan{int(sc.toks[ts].s), int(sc.toks[m.te-1].e)}
}

// personValue builds the Person of mention mi: the full name, the titles
// given there or, failing that, where the person was first named, and the
// span of that first full mention.
func (sc *scan) personValue(mi int) Person {
	m := &sc.ments[mi]
	p := &sc.persons[m.person]
	ts := m.titles
	if m.kind != mFull || len(ts) == 0 {
		ts = p.titles
	}
	start := len(sc.strs)
	for _, t := range ts {
		if s := strings.Trim(sc.t[t.s:t.e], " ,-;:"); s != "" {
			sc.addStr(s)
		}
	}
	out := Person{Name: p.name, Titles: sc.outStrings(start)}
	out.Start, out.End = sc.d.SrcSpan(p.first.s, p.first.e)
	return out
}
