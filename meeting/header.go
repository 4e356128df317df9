package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// parseHeader fills the page fields, the body that met, its kind, session,
// term, tenure and the meeting's date.
func (p *parser) parseHeader(m *Meeting) {
	p.prepare()
	if len(p.lines) == 0 {
		return
	}
	p.parsePage(m)
	// The places and events live only while the header is read: a
	// report's few dozen fit in these buffers on the stack, and only a
	// longer one allocates.
	var placeBuf [48]place
	var eventBuf [32]event
	places, events := p.scanMentions(placeBuf[:0], eventBuf[:0])

	leadStart := 0
	if p.titleLine >= 0 {
		leadStart = p.lines[p.titleLine].end
	}
	leadEnd := p.leadEnd(leadStart)
	ev := p.chooseAnchor(events, leadStart, leadEnd)
	if ev == nil {
		ev = p.datedAfterLead(places, events, leadEnd)
	}
	var body place
	var haveBody bool
	if ev != nil {
		body, haveBody = p.anchorBody(m, ev, places, events, leadStart)
	} else {
		body, haveBody = p.reportBody(m, places, leadEnd)
	}
	if haveBody {
		if m.Kind == "" {
			m.Kind = KindOther
		}
		p.completeBody(&body, places)
		m.Body = Body{Name: bodyName(&body), Organ: body.organName(), Level: body.level.String(), Locality: body.locality, Province: body.province}
		if m.Body.Province == "" && (body.level == levelProvince || body.level == levelCity && centralCities[body.locality]) {
			m.Body.Province = body.locality
		}
	} else if ev != nil && ev.kind == KindCouncilSession {
		body.fam = famCouncil // for the term and tenure of "kỳ họp" mentions
	} else if ev != nil {
		body.fam = famParty
	}
	if ev == nil {
		if haveBody {
			m.Tenure = p.bodyTenure(nil, &body, places)
		}
		return
	}
	p.headerNumbers(m, ev, &body, places, events, leadEnd)
	p.meetingDate(m, ev, places, leadStart, leadEnd)
}

// leadEnd returns the end of the lead: its first three sentences of some
// length after the headline.
func (p *parser) leadEnd(leadStart int) int {
	leadEnd := leadStart
	for n := 0; n < 3 && leadEnd < p.end && leadEnd-leadStart < 1500; {
		_, se := sentenceBounds(p.doc.Text, skipSpacePunct(p.doc.Text, leadEnd, "\n"), leadEnd, p.end)
		if se <= leadEnd {
			break
		}
		if hasWords(p.doc.Text[leadEnd:se], 8) {
			n++
		}
		leadEnd = se
	}
	return leadEnd
}

// anchorBody returns the body that holds the meeting ev names, and sets
// the anchor sentence and the kind (a council's sitting is its session).
func (p *parser) anchorBody(m *Meeting, ev *event, places []place, events []event, leadStart int) (body place, haveBody bool) {
	m.Kind = ev.kind
	ss, se := sentenceBounds(p.doc.Text, ev.start, 0, p.end)
	p.anchorStart, p.anchorEnd = ss, se
	if ev.hasBody {
		body, haveBody = ev.body, true
	}
	// The subject: "Ban Chấp hành Đảng bộ quận Thanh Xuân khóa VI tổ
	// chức Hội nghị …", "HĐND TP Hải Phòng tiến hành kỳ họp thứ 11".
	if subj, ok := p.subjectOf(places, ev, ss); ok {
		if !haveBody {
			body, haveBody = subj, true
		} else {
			fillBody(&body, &subj)
		}
	}
	if !haveBody {
		body, haveBody = p.bodyNamedBefore(ev, places, events, leadStart)
	}
	if !haveBody && !ev.weak {
		// "Ngày 12/5, tỉnh Tiền Giang tổ chức Hội nghị …", "tại phường
		// Yên Sở, Viện Quy hoạch … lấy ý kiến": a meeting whose organ
		// goes unnamed is the first place's the sentence names.
		body, haveBody = firstPlace(places, ss, se)
		if !haveBody && p.leadLine < len(p.lines) && ev.start >= p.lines[p.leadLine].end {
			// "Quang cảnh Hội nghị" under "Ngày 20/3, tại phường Yên
			// Sở, …": the lead's first sentence names the place.
			ln := p.lines[p.leadLine]
			ls, le := sentenceBounds(p.doc.Text, ln.start, ln.start, ln.end)
			body, haveBody = firstPlace(places, ls, le)
		}
	}
	if ev.weak {
		// "cuộc họp", "lễ công bố quyết định": the report is about the
		// lowest body it names around the meeting.
		ts, te := p.titleSpan()
		if _, before := firstPlace(places, ss, ev.start); before && p.meetsOthers(ev) || ev.subject {
			se = ev.start // "… chủ trì buổi đối thoại với người dân xã X": X is whom it meets
		}
		// "bên lề phiên họp HĐND TP Hà Nội, … Bí thư Quận ủy Hoàng Mai": the
		// council the sitting names met, not the lowest body around it.
		if low, ok := lowestPlace(places, ss, se, ts, te, true); ok && !councilSits(ev) && (!haveBody || levelRank[low.level] < levelRank[body.level]) {
			body, haveBody = low, true
		}
		// "cuộc họp giao ban của UBND", "phiên họp thường kỳ UBND" are
		// the committee's meetings: only a People's Council sits in session.
		if ev.sitting && ev.kind == KindConference && haveBody && body.organ != nil && body.organ.sits {
			m.Kind = KindCouncilSession
		}
	}
	if !haveBody || body.locality == "" || body.level == noLevel {
		body, haveBody = headlineBody(ev, events, leadStart, body, haveBody)
	}
	mergeTail(&ev.tail, &body.tail)
	return body, haveBody
}

// bodyNamedBefore returns the body of a mention of the same meeting
// earlier in the lead: "… tổ chức Hội nghị lần thứ 12. Hội nghị diễn ra
// vào chiều 27/3" is the meeting named before.
func (p *parser) bodyNamedBefore(ev *event, places []place, events []event, leadStart int) (body place, haveBody bool) {
	for i := range events {
		e := &events[i]
		if e.start >= ev.start {
			break
		}
		if e.start < leadStart || e.excluded || e.weak || e.kind != ev.kind {
			continue
		}
		if e.hasBody {
			body, haveBody = e.body, true
			continue
		}
		es, _ := sentenceBounds(p.doc.Text, e.start, 0, p.end)
		if subj, ok := p.subjectOf(places, e, es); ok {
			body, haveBody = subj, true
		}
	}
	return body, haveBody
}

// headlineBody completes body from the headline, which often names the
// body the lead leaves out, or the whole body: "Đại hội Đảng bộ huyện A lần
// thứ XXXI" over "Đại hội diễn ra trong 3 ngày …".
func headlineBody(ev *event, events []event, leadStart int, body place, haveBody bool) (place, bool) {
	for i := range events {
		e := &events[i]
		if e != ev && e.start < leadStart && !e.excluded && e.kind == ev.kind && e.hasBody {
			if !haveBody {
				body, haveBody = e.body, true
				continue
			}
			fillBody(&body, &e.body)
		}
	}
	return body, haveBody
}

// reportBody returns the body a report about no meeting is about: a
// decision, a year's review. Text too short to be a report gets no kind
// at all.
func (p *parser) reportBody(m *Meeting, places []place, leadEnd int) (body place, haveBody bool) {
	if hasWords(p.doc.Text[:p.end], 40) {
		m.Kind = KindOther
	}
	ts, te := p.titleSpan()
	if p.leadLine < len(p.lines) {
		ln := p.lines[p.leadLine]
		ss, se := sentenceBounds(p.doc.Text, ln.start, ln.start, ln.end)
		body, haveBody = lowestPlace(places, ss, se, ts, te, false)
		if !haveBody {
			// A sapo of figures, then "Tỉnh uỷ Hà Tĩnh vừa ban hành
			// báo cáo …": the rest of the lead names the body.
			body, haveBody = p.organPlace(places, se, leadEnd)
		}
		if !haveBody {
			// "Thời gian qua, UBND tỉnh đầu tư …", and further "tỉnh
			// Quảng Ngãi có …": an organ of a level the lead names
			// bare, whose place the article names elsewhere.
			body, haveBody = p.bareOrgan(places, ss, leadEnd)
		}
	} else {
		body, haveBody = lowestPlace(places, ts, te, ts, te, false)
	}
	return body, haveBody
}

// titleSpan returns the headline's span, or (0, 0).
func (p *parser) titleSpan() (int, int) {
	if p.titleLine < 0 {
		return 0, 0
	}
	return p.lines[p.titleLine].start, p.lines[p.titleLine].end
}

// A mentionKey is a word that may begin a mention: an organ, a level word
// or a meeting word.
type mentionKey struct {
	key   string
	head  uint64 // the key's first eight bytes (all of a shorter key), as textscan.Head8 reads them
	mask  uint64 // the bytes of head that are the key's
	ev    int    // index in eventKeys + 1, or 0 for a place
	level bool   // a level word: a mention only before a capital
}

// mentionKeys lists the keys by their first byte, meeting words first, so
// that one pass over the text finds every mention.
var mentionKeys = func() (t [256][]mentionKey) {
	add := func(k mentionKey) {
		n := min(len(k.key), 8)
		k.head = textscan.Head8(k.key, 0)
		k.mask = ^uint64(0) >> (64 - 8*n)
		t[k.key[0]] = append(t[k.key[0]], k)
	}
	for n, ek := range eventKeys {
		add(mentionKey{key: ek.key, ev: n + 1})
	}
	for _, o := range organs {
		add(mentionKey{key: o.key})
	}
	for _, lv := range levels {
		add(mentionKey{key: lv.key, level: true})
	}
	return t
}()

// mentionStarts holds the first bytes of the mention keys, so that
// scanMentions calls keysAt for a few words in a hundred.
var mentionStarts = func() (set startSet) {
	for _, ks := range mentionKeys {
		for _, k := range ks {
			if len(k.key) == 1 && !k.level {
				panic("meeting: a one-byte mention key must be an abbreviated level")
			}
			// A one-letter level ("H. Bình Chánh") is a mention only with
			// its dot: levelAt takes it so and no other way.
			set.add(k.key, '.')
		}
	}
	return set
}()

type hit struct {
	pos int
	ev  int // index in eventKeys + 1, or 0 for a place
}

// scanMentions finds every body, place and meeting mention in the report
// and appends them to places and events, which it reallocates only when
// they are too small for all.
func (p *parser) scanMentions(places []place, events []event) ([]place, []event) {
	l := p.doc.Lower[:p.end]
	// A report has a few dozen mentions: keep them on the stack.
	var buf [64]hit
	hits := p.mentionHits(buf[:0])
	// Size the lists from the hits, which bound them: growing lists of
	// these large structs by doubling would allocate several times more.
	nPlaces, nEvents := 0, 0
	for _, h := range hits {
		if h.ev > 0 {
			nEvents++
		} else {
			nPlaces++
		}
	}
	if nPlaces > cap(places) {
		places = make([]place, 0, nPlaces)
	}
	if nEvents > cap(events) {
		events = make([]event, 0, nEvents)
	}
	placeEnd := 0
	for _, h := range hits {
		if h.ev > 0 {
			ek := eventKeys[h.ev-1]
			ev := event{start: h.pos, kind: ek.kind, weak: ek.weak, sitting: ek.sitting, subject: ek.subject}
			p.readEvent(&ev, h.pos+len(ek.key))
			if ev.subject && !ev.excluded {
				p.organMeets(&ev, places)
			}
			events = append(events, ev)
			continue
		}
		if h.pos < placeEnd {
			continue
		}
		pl, ok := p.readPlace(h.pos)
		if !ok {
			continue
		}
		pl.coming = comingBefore(l, h.pos)
		pl.former = formerBefore(l, h.pos)
		places = append(places, pl)
		placeEnd = max(pl.end, h.pos+1)
	}
	return places, events
}

// maxMentions bounds the mentions of bodies and meetings the header reads.
// A report names a few dozen (89 at most over 7,000 articles); a text that
// names thousands, such as a sentence repeated, is read for its first
// ones, so that the places and events held stay few.
const maxMentions = 1024

// mentionHits appends the mentions of the report's text to hits, the first
// maxMentions of them.
func (p *parser) mentionHits(hits []hit) []hit {
	candidateStarts(p.doc.Lower[:p.end], &mentionStarts, func(j int) {
		if len(hits) < maxMentions {
			hits = p.mentionAt(hits, j)
		}
	})
	return hits
}

// mentionAt appends the mentions at a place candidateStarts found. After
// a byte of several (j is negated), a word starts only when they are no
// letter: "“Hội nghị".
func (p *parser) mentionAt(hits []hit, j int) []hit {
	l := p.doc.Lower[:p.end]
	if j < 0 {
		if j = ^j; textscan.WordRuneBefore(l, j) {
			return hits
		}
	}
	return p.keysAt(hits, j)
}

// keysAt appends the mentions whose key starts the word at Lower[i:].
func (p *parser) keysAt(hits []hit, i int) []hit {
	l := p.doc.Lower[:p.end]
	h := textscan.Head8(l, i)
	ks := mentionKeys[l[i]]
	for n := range ks {
		k := &ks[n] // not a copy of the key at each turn
		// The first eight bytes tell most keys apart without a call.
		if h&k.mask != k.head || len(k.key) > 8 && !strings.HasPrefix(l[i:], k.key) {
			continue
		}
		e := i + len(k.key)
		switch {
		case k.ev > 0:
			if textscan.AtWordEnd(l, e) {
				hits = append(hits, hit{i, k.ev})
			}
		case k.level:
			// Only "quận Thanh Xuân": a level word before a capital. The
			// key must end a word first: "h" starts every "hội".
			if !textscan.AtWordEnd(l, e) {
				continue
			}
			if _, e, ok := p.levelAt(i); ok {
				if isUpperStart(p.doc.Text, textscan.SkipSpaces(l, e)) {
					hits = append(hits, hit{i, 0})
				}
			}
		default:
			// One place hit a position: "ban chấp hành đảng bộ" also
			// starts with "ban chấp hành", and readPlace reads the same
			// place at a position whichever key found it.
			if n := len(hits); n == 0 || hits[n-1] != (hit{i, 0}) {
				hits = append(hits, hit{i, 0})
			}
		}
	}
	return hits
}

// headerNumbers fills the session, term, tenure and "(mở rộng)" of the
// meeting, from its own phrase first and then from the other mentions of
// the same body; a number only from the headline or the lead, where a
// previous meeting is seldom named.
func (p *parser) headerNumbers(m *Meeting, ev *event, b *place, places []place, events []event, leadEnd int) {
	m.Session = int(ev.session)
	m.Expanded = ev.expanded
	if m.Session == 0 {
		for i := range events {
			e := &events[i]
			if e == ev || e.excluded || e.weak || e.kind != ev.kind || e.session == 0 || e.start >= leadEnd {
				continue
			}
			if e.hasBody && !sameBody(b, &e.body) {
				continue
			}
			m.Session = int(e.session)
			break
		}
	}
	if ev.hasTerm() {
		m.Term = ev.term()
	} else if ev.kind != KindCongress { // a congress elects the next term
		votes := map[int]int{}
		firstTerm := map[int]Term{}
		for i := range places {
			pl := &places[i]
			if !pl.hasTerm() || pl.generic || pl.fam == famNone || !sameBody(b, pl) {
				continue
			}
			if pl.locality == "" && pl.level == noLevel && b.level != noLevel && pl.fam != b.fam {
				continue
			}
			t := pl.term()
			votes[t.Number]++
			if _, ok := firstTerm[t.Number]; !ok {
				firstTerm[t.Number] = t
			}
		}
		best := 0
		for n, c := range votes {
			if best == 0 || c > votes[best] || c == votes[best] && n < best {
				best = n
			}
		}
		if best != 0 {
			m.Term = firstTerm[best]
		}
	}
	m.Tenure = p.bodyTenure(ev, b, places)
}

// bodyTenure returns the tenure of the body b: the reading most mentions
// of it agree on, the meeting's own (ev, nil for a report of no meeting)
// first.
func (p *parser) bodyTenure(ev *event, b *place, places []place) Tenure {
	type vote struct {
		t     Tenure
		n     int
		first int
	}
	var votes []vote
	add := func(t Tenure, pos int) {
		for i := range votes {
			if votes[i].t == t {
				votes[i].n++
				return
			}
		}
		votes = append(votes, vote{t, 1, pos})
	}
	if ev != nil && ev.hasTenure() {
		add(ev.tenure(), -1)
	}
	for i := range places {
		pl := &places[i]
		if !pl.hasTenure() || pl.generic || pl.fam == famNone || !sameBody(b, pl) {
			continue
		}
		if pl.coming && (ev == nil || ev.kind != KindCongress) {
			continue // the next congress's tenure
		}
		if ev != nil && ev.hasTenure() && pl.tenurePos == ev.tenurePos {
			continue
		}
		add(pl.tenure(), int(pl.tenurePos))
	}
	best := -1
	for i := range votes {
		if best < 0 || votes[i].n > votes[best].n || votes[i].n == votes[best].n && votes[i].first < votes[best].first {
			best = i
		}
	}
	if best < 0 {
		return Tenure{}
	}
	return votes[best].t
}
