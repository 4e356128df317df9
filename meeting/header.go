package meeting

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
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
	var eventBuf [16]event
	places, events := p.scanMentions(placeBuf[:0], eventBuf[:0])

	leadStart := 0
	if p.titleLine >= 0 {
		leadStart = p.lines[p.titleLine].end
	}
	// The lead: its first three sentences of some length.
	leadEnd := leadStart
	for n := 0; n < 3 && leadEnd < p.end && leadEnd-leadStart < 1500; {
		_, se := sentenceBounds(p.doc.Text, skipSpacePunct(p.doc.Text, leadEnd, "\n"), leadEnd, p.end)
		if se <= leadEnd {
			break
		}
		if wordCount(p.doc.Text[leadEnd:se]) >= 8 {
			n++
		}
		leadEnd = se
	}
	ev := p.chooseAnchor(events, leadStart, leadEnd)
	if ev == nil {
		ev = p.datedAfterLead(places, events, leadEnd)
	}
	var body place
	var haveBody bool
	if ev != nil {
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
			// "… tổ chức Hội nghị lần thứ 12. Hội nghị diễn ra vào chiều
			// 27/3": the meeting named again is the one named before.
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
			if low, ok := lowestPlace(places, ss, se, ts, te); ok && (!haveBody || levelRank[low.level] < levelRank[body.level]) {
				body, haveBody = low, true
			}
			if ev.sitting && ev.kind == KindConference && haveBody && body.fam == famCouncil {
				m.Kind = KindCouncilSession
			}
		}
		// The headline often names the body the lead leaves out, or the
		// whole body: "Đại hội Đảng bộ huyện A lần thứ XXXI" over "Đại hội
		// diễn ra trong 3 ngày …".
		if !haveBody || body.locality == "" || body.level == noLevel {
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
		}
		mergeTail(&ev.tail, &body.tail)
	} else {
		// A report, but about no meeting: a decision, a year's review.
		// Text too short to be a report gets no kind at all.
		if hasWords(p.doc.Text[:p.end], 40) {
			m.Kind = KindOther
		}
		ts, te := p.titleSpan()
		if p.leadLine < len(p.lines) {
			ln := p.lines[p.leadLine]
			ss, se := sentenceBounds(p.doc.Text, ln.start, ln.start, ln.end)
			body, haveBody = lowestPlace(places, ss, se, ts, te)
			if !haveBody {
				// A sapo of figures, then "Tỉnh uỷ Hà Tĩnh vừa ban hành
				// báo cáo …": the rest of the lead names the body.
				body, haveBody = p.organPlace(places, se, leadEnd)
			}
		} else {
			body, haveBody = lowestPlace(places, ts, te, ts, te)
		}
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
		return
	}
	p.headerNumbers(m, ev, &body, places, events, leadEnd)
	p.meetingDate(m, ev, places, leadStart, leadEnd)
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
	head  uint64 // the key's first eight bytes (all of a shorter key), as head8 reads them
	mask  uint64 // the bytes of head that are the key's
	ev    int    // index in eventKeys + 1, or 0 for a place
	level bool   // a level word: a mention only before a capital
}

// mentionKeys lists the keys by their first byte, meeting words first, so
// that one pass over the text finds every mention.
var mentionKeys = func() (t [256][]mentionKey) {
	add := func(k mentionKey) {
		n := min(len(k.key), 8)
		k.head = head8(k.key, 0)
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

// head8 returns the eight bytes at s[i:] as a little-endian number, the
// bytes past the end of s as zeros.
func head8(s string, i int) uint64 {
	if i+8 <= len(s) {
		b := s[i : i+8]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	var h uint64
	for k := len(s) - 1; k >= i; k-- {
		h = h<<8 | uint64(s[k])
	}
	return h
}

// mentionFirst4 is a bit set of the hashes (first4Hash) of the first four
// bytes of the mention keys that have four bytes or more, and mentionShort
// a bit set, indexed like refPairs, of the first two bytes of the shorter
// keys ("tp", "xã"): a word can start a key only when it is in one of them,
// so that scanMentions calls keysAt for a few words in a hundred.
var mentionFirst4, mentionShort = func() (first4 [64]uint64, short [1024]uint64) {
	for _, ks := range mentionKeys {
		for _, k := range ks {
			if len(k.key) >= 4 {
				h := first4Hash(uint32(k.head))
				first4[h>>6] |= 1 << (h & 63)
				continue
			}
			second := byte('.')
			if len(k.key) >= 2 {
				second = k.key[1]
			} else if !k.level {
				panic("meeting: a one-byte mention key must be an abbreviated level")
			}
			// A one-letter level ("H. Bình Chánh") is a mention only with
			// its dot: levelAt takes it so and no other way.
			short[int(k.key[0])<<2|int(second>>6)] |= 1 << (second & 63)
		}
	}
	return first4, short
}()

// first4Hash hashes four bytes, as head8 reads them, to 12 bits.
func first4Hash(x uint32) uint32 { return x * 0x9E3779B1 >> 20 }

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
	hits := buf[:0]
	prevWord := false
	for i := 0; i < len(l); {
		// This loop visits every letter of the report: the common ones are
		// told from their bytes here, without a call.
		c := l[i]
		w, isWord := 1, false
		switch {
		case c < utf8.RuneSelf:
			isWord = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
		case 0xC3 <= c && c <= 0xC6 && i+1 < len(l) && l[i+1]&0xC0 == 0x80 && !(c == 0xC3 && (l[i+1] == 0x97 || l[i+1] == 0xB7)):
			w, isWord = 2, true // U+00C0–U+01BF but × and ÷: à, ă, đ, ơ, ư …
		case c == 0xE1 && i+2 < len(l) && 0xB8 <= l[i+1] && l[i+1] <= 0xBB && l[i+2]&0xC0 == 0x80:
			w, isWord = 3, true // U+1E00–U+1EFF: ạ … ỹ
		default:
			var r rune
			r, w = utf8.DecodeRuneInString(l[i:])
			isWord = textscan.IsWordRune(r)
		}
		if isWord && !prevWord && i+1 < len(l) {
			// Only where a key may start (a one-letter word at the very
			// end starts none: its dot is missing).
			h := first4Hash(uint32(head8(l, i)))
			if mentionFirst4[h>>6]&(1<<(h&63)) != 0 || mentionShort[int(c)<<2|int(l[i+1]>>6)]&(1<<(l[i+1]&63)) != 0 {
				hits = p.keysAt(hits, i)
			}
		}
		prevWord = isWord
		i += w
	}
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
			ev := event{start: h.pos, kind: ek.kind, weak: ek.weak, sitting: ek.sitting}
			p.readEvent(&ev, h.pos+len(ek.key))
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
		if pre := l[max(0, h.pos-len("nghị quyết đại hội đại biểu ")):h.pos]; strings.HasSuffix(pre, "đại hội ") || strings.HasSuffix(pre, "đại hội đại biểu ") {
			// "Đại hội (đại biểu) Đảng bộ quận …"; but the congress whose
			// resolution is carried out opened the present tenure.
			pl.congress = !strings.Contains(pre, "nghị quyết đại hội")
		}
		places = append(places, pl)
		placeEnd = max(pl.end, h.pos+1)
	}
	return places, events
}

// keysAt appends the mentions whose key starts the word at Lower[i:].
func (p *parser) keysAt(hits []hit, i int) []hit {
	l := p.doc.Lower[:p.end]
	h := head8(l, i)
	for _, k := range mentionKeys[l[i]] {
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
			// Only "quận Thanh Xuân": a level word before a capital.
			if _, e, ok := p.levelAt(i); ok && textscan.AtWordEnd(l, i+len(k.key)) {
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

// chooseAnchor picks the mention of the meeting the report is about: the
// first meeting named in the lead in a sentence that gives its day, else the
// first meeting named in the lead or in the headline, else the first
// occasion ("lễ công bố", "cuộc họp") named in the lead. A meeting named only
// further down is not what the report is about.
func (p *parser) chooseAnchor(events []event, leadStart, leadEnd int) *event {
	var firstLead, firstTitle, weakLead *event
	weakDated := false // weakLead's sentence names its day
	var days [4]dayMention
	for i := range events {
		ev := &events[i]
		if ev.excluded || !hasLower(p.doc.Text[ev.start:ev.end]) {
			continue // another body's meeting, or a ticker: "ĐẠI HỘI ĐẢNG"
		}
		inLead := ev.start >= leadStart && ev.start < leadEnd
		if ev.weak {
			if inLead && !weakDated {
				// The first occasion in the lead, or a later one whose
				// sentence names its day: "Tại phiên họp bất thường …, 90/91
				// đại biểu …" before "Sáng 24-1, … tổ chức phiên họp bất
				// thường".
				ss, se := sentenceBounds(p.doc.Text, ev.start, leadStart, p.end)
				for _, dm := range p.daysIn(days[:0], ss, se) {
					weakDated = weakDated || dm.cued
				}
				if weakLead == nil || weakDated {
					weakLead = ev
				}
			}
			continue
		}
		if inLead {
			ss, se := sentenceBounds(p.doc.Text, ev.start, leadStart, p.end)
			if p.toCome(ss, ev.start) {
				continue // "sẽ được thực hiện tại kỳ họp …": a meeting to come
			}
			if p.afterWhen(ss, ev.start) {
				continue // "ngay sau khi Đại hội … bế mạc, …": the meeting before
			}
			for _, dm := range p.daysIn(days[:0], ss, se) {
				if dm.cued {
					return ev
				}
			}
			if firstLead == nil {
				firstLead = ev
			}
		} else if ev.start < leadStart && firstTitle == nil {
			firstTitle = ev
		}
	}
	// "Chiều 12/4, Ban Thường vụ Quận ủy họp phiên thường kỳ …" before
	// "Chủ trì hội nghị: …": the dated meeting comes first, though its
	// word is weak.
	if weakDated && (firstLead == nil || weakLead.start < firstLead.start) {
		return weakLead
	}
	for _, ev := range []*event{firstLead, firstTitle, weakLead} {
		if ev != nil {
			return ev
		}
	}
	return nil
}

// datedAfterLead returns, for a report whose lead and headline name no
// meeting, the first meeting named soon after with its day in its
// sentence and the body that holds it: "Chiều 18-3, UBND phường Kim Liên
// tổ chức hội nghị …" after a sapo and a subheading.
func (p *parser) datedAfterLead(places []place, events []event, leadEnd int) *event {
	var days [4]dayMention
	for i := range events {
		ev := &events[i]
		if ev.start < leadEnd || ev.excluded || ev.weak || ev.start > leadEnd+1500 {
			continue
		}
		ss, _ := sentenceBounds(p.doc.Text, ev.start, leadEnd, p.end)
		for _, dm := range p.daysIn(days[:0], ss, ev.start) {
			if !dm.cued || wordCount(p.doc.Text[ss:dm.start]) > 2 {
				continue // the sentence must open on the day: "Chiều 18-3, …"
			}
			if _, ok := p.subjectOf(places, ev, ss); ok || ev.hasBody {
				return ev
			}
		}
	}
	return nil
}

// toCome reports whether the sentence from ss speaks of the meeting at i
// as to come: "sẽ" before it, not followed by a past marker ("11 dự án sẽ
// làm thay đổi … vừa được thông qua tại kỳ họp").
func (p *parser) toCome(ss, i int) bool {
	c := p.doc.Lower[ss:i]
	k := strings.LastIndex(c, " sẽ ")
	if k < 0 {
		return false
	}
	for _, w := range [...]string{"vừa", "đã"} {
		if containsWord(c[k:], w) {
			return false
		}
	}
	return true
}

// afterWhen reports whether "sau khi" or "trước khi" stands right before
// i: the meeting named there is the one before or after the report's, as in
// "ngay sau khi Đại hội … bế mạc, Ban Chấp hành … tổ chức Hội nghị lần thứ
// nhất" (where "sau khi khai mạc kỳ họp" names the report's own).
func (p *parser) afterWhen(ss, i int) bool {
	c := strings.TrimRight(p.doc.Lower[ss:i], " ")
	// Also a bare "Sau kỳ họp thứ 9 …, ngày 12/7, Quận ủy tổ chức Hội nghị".
	for _, w := range [...]string{"sau khi", "trước khi", "sau", "trước"} {
		if strings.HasSuffix(c, w) && textscan.AtWordStart(c, len(c)-len(w)) {
			return true
		}
	}
	return false
}

// listedWith reports whether the text between two places lists organs
// with dashes ("UBND - Ủy ban MTTQ Việt Nam "), so that the place named
// after the last is the first's too.
func listedWith(between string) bool {
	return len(between) < 80 && strings.HasPrefix(strings.TrimLeft(between, " "), "-") && !strings.ContainsAny(between, ",;.")
}

// subjectOf returns the body named before ev in its sentence, the subject
// of "… tổ chức Hội nghị".
func (p *parser) subjectOf(places []place, ev *event, ss int) (place, bool) {
	var best place
	ok := false
	for i := range places {
		pl := &places[i]
		if pl.start < ss || pl.end > ev.start {
			continue
		}
		if pl.fam == famNone || pl.generic {
			continue
		}
		if ev.hasBody && !sameBody(&ev.body, pl) {
			continue
		}
		best, ok = *pl, true
	}
	if ok && best.locality == "" {
		// "Huyện ủy - HĐND - UBND - Ủy ban MTTQ huyện Hoài Ân tổ chức …":
		// organs listed together share the place named after the last.
		for i := range places {
			pl := &places[i]
			if pl.start >= best.end && pl.end <= ev.start && pl.locality != "" && pl.level != noLevel && !pl.generic &&
				(best.level == noLevel || best.level == pl.level) && listedWith(p.doc.Text[best.end:pl.start]) {
				best.level, best.locality = pl.level, pl.locality
			}
		}
	}
	return best, ok
}

// organPlace returns the first body with its organ, level and locality
// named in Text[ss:se]: "Tỉnh uỷ Hà Tĩnh", not "các huyện Chương Mỹ, Mỹ
// Đức".
func (p *parser) organPlace(places []place, ss, se int) (place, bool) {
	for i := range places {
		pl := &places[i]
		if pl.start < ss || pl.start >= se || pl.generic || pl.fam == famNone || pl.locality == "" || pl.level == noLevel {
			continue
		}
		if ws, we := prevWord(p.doc.Lower, pl.start); p.doc.Lower[ws:we] != "của" {
			return *pl, true // not a document's issuer: "quyết định … của UBND tỉnh"
		}
	}
	return place{}, false
}

// firstPlace returns the first place with its level and locality named in
// Text[ss:se].
func firstPlace(places []place, ss, se int) (place, bool) {
	for i := range places {
		pl := &places[i]
		if pl.start >= ss && pl.start < se && !pl.generic && pl.locality != "" && pl.level != noLevel {
			return *pl, true
		}
	}
	return place{}, false
}

// lowestPlace returns the lowest-level place named in Text[ss:se] or in
// the title span, preferring the sentence.
func lowestPlace(places []place, ss, se, ts, te int) (place, bool) {
	var best place
	ok := false
	for _, span := range [][2]int{{ss, se}, {ts, te}} {
		for i := range places {
			pl := &places[i]
			if pl.start < span[0] || pl.start >= span[1] || pl.generic || pl.locality == "" || pl.level == noLevel {
				continue
			}
			if !ok || levelRank[pl.level] < levelRank[best.level] {
				best, ok = *pl, true
			}
		}
		if ok {
			return best, true
		}
	}
	return best, ok
}

// fillBody fills what b leaves out from o, when o can be the same body.
func fillBody(b, o *place) {
	if b.fam != famNone && o.fam != famNone && b.fam != o.fam {
		// A Party body and its place: only the place name carries over.
		if b.level != noLevel && o.level != noLevel && b.level != o.level {
			return
		}
	}
	if b.level != noLevel && o.level != noLevel && b.level != o.level {
		return
	}
	if b.locality != "" && o.locality != "" && b.locality != o.locality {
		return
	}
	if b.level == noLevel {
		b.level = o.level
	}
	if b.locality == "" {
		b.locality = o.locality
	}
	if b.province == "" {
		b.province = o.province
	}
	if b.organ == nil {
		b.organ, b.fam = o.organ, o.fam
	}
	if b.fam == o.fam {
		mergeTail(&b.tail, &o.tail)
	}
}

// completeBody names the place of a body the text introduces without it
// ("Ban Chấp hành Đảng bộ Quận khóa XXV"): the place of that level the
// report names most often.
func (p *parser) completeBody(b *place, places []place) {
	if b.locality != "" {
		return
	}
	counts := map[string]int{}
	first := map[string]int{}
	levelOf := map[string]level{}
	for i := range places {
		pl := &places[i]
		if pl.locality == "" || pl.generic {
			continue
		}
		if b.level != noLevel && pl.level != b.level {
			continue
		}
		if b.level == noLevel && pl.fam != b.fam {
			continue
		}
		w := 1
		if pl.fam == b.fam {
			w = 2
		}
		if _, seen := first[pl.locality]; !seen {
			first[pl.locality] = i
			levelOf[pl.locality] = pl.level
		}
		counts[pl.locality] += w
	}
	best := ""
	for loc, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && first[loc] < first[best] {
			best = loc
		}
	}
	if best != "" {
		b.locality = best
		if b.level == noLevel {
			b.level = levelOf[best]
		}
		return
	}
	// "Quảng Trị: Khai mạc kỳ họp …": the headline's lead-in names it.
	if b.level != noLevel && p.titleLine >= 0 {
		ln := p.lines[p.titleLine]
		t := p.doc.Text[ln.start:ln.end]
		if k := strings.Index(t, ": "); k > 0 && k < 40 {
			i := ln.start
			if lv, e, ok := p.levelAt(i); ok {
				if lv != b.level {
					return
				}
				i = textscan.SkipSpaces(p.doc.Lower, e)
			}
			if loc, e := p.readLocality(i); loc != "" && e == ln.start+k {
				b.locality = loc
			}
		}
	}
}

// bodyName spells the body's name: organ, level and place.
func bodyName(b *place) string {
	var parts []string
	if b.organ != nil {
		parts = append(parts, b.organ.name)
	}
	implied := b.organ != nil && b.organ.level != noLevel
	if b.level != noLevel && !implied {
		parts = append(parts, b.level.String())
	}
	if b.locality != "" {
		parts = append(parts, b.locality)
	}
	return strings.Join(parts, " ")
}

// organName returns the canonical name of the mention's organ, or "".
func (pl *place) organName() string {
	if pl.organ == nil {
		return ""
	}
	return pl.organ.name
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
	// Tenure: the reading most mentions of the body agree on.
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
	if ev.hasTenure() {
		add(ev.tenure(), -1)
	}
	for i := range places {
		pl := &places[i]
		if !pl.hasTenure() || pl.generic || pl.fam == famNone || !sameBody(b, pl) {
			continue
		}
		if pl.congress && ev.kind != KindCongress {
			continue // the next congress's tenure
		}
		if ev.hasTenure() && pl.tenurePos == ev.tenurePos {
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
	if best >= 0 {
		m.Tenure = votes[best].t
	}
}

// meetingDate fills the meeting's day and time of day from the sentence
// that names it, or else from the lead.
func (p *parser) meetingDate(m *Meeting, ev *event, places []place, leadStart, leadEnd int) {
	ss, se := p.anchorStart, p.anchorEnd
	var pick *dayMention
	var buf [4]dayMention
	days := p.daysIn(buf[:0], ss, se)
	for i := range days {
		d := &days[i]
		if !d.cued {
			continue
		}
		if d.start < ev.start {
			pick = d // the nearest before the meeting word
		} else if pick == nil {
			pick = d
			break
		}
	}
	if pick == nil && p.leadLine < len(p.lines) && !looksLikeDateLine(p.doc.Lower[p.lines[p.leadLine].start:p.lines[p.leadLine].end]) {
		// The lead's first day: "Ngày 6/10/2020, HĐND huyện … tổ chức".
		lo := p.lines[p.leadLine].start
		if ev.start >= leadStart && ev.start < lo {
			lo = ev.start
		}
		days = p.daysIn(buf[:0], lo, p.lines[p.leadLine].end) // pick is nil: buf is free
		for i := range days {
			if days[i].cued {
				pick = &days[i]
				break
			}
		}
	}
	if pick == nil {
		// "Tại phiên chất vấn chiều 12-7, …" further in the lead: a day
		// with its part of the day, given to a sitting.
		days = p.daysIn(buf[:0], leadStart, leadEnd)
		for i := range days {
			if days[i].tod != "" && p.sittingBefore(days[i].start) {
				pick = &days[i]
				break
			}
		}
	}
	tod := ""
	if pick != nil {
		tod = pick.tod
		d := pick.date
		basis := BasisText
		if d.Year == 0 {
			d, basis = p.resolveYear(m, places, d)
		}
		d.HasClock = false
		m.Date, m.DateBasis = d, basis
	}
	if tod == "" {
		// "Sáng nay, Thành ủy …", "Chiều qua, trong phiên chất vấn …": a
		// part of today or yesterday without a date.
		back := 0
		tod, back = p.relativeTimeOfDay(ss, se, pick, false)
		if tod == "" && pick == nil && leadStart < leadEnd {
			// The headline or sapo named the meeting; the body's first
			// sentence opens with its time: "Chiều qua, trong phiên …".
			tod, back = p.relativeTimeOfDay(leadStart, leadEnd, nil, true)
		}
		// Today and yesterday are days of the page's stamp.
		if tod != "" && pick == nil && m.Published.Year != 0 {
			t := time.Date(m.Published.Year, time.Month(m.Published.Month), m.Published.Day-back, 0, 0, 0, 0, time.UTC)
			m.Date = vntext.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
			m.DateBasis = BasisStamp
		}
	}
	m.TimeOfDay = tod
}

// sittingWords name a sitting of a meeting in the clause before its day:
// "Tại phiên chất vấn chiều 12-7", "tại kỳ họp sáng nay".
var sittingWords = []string{"phiên", "kỳ họp", "hội nghị", "đại hội", "cuộc họp"}

// sittingBefore reports whether the clause before i names a sitting.
func (p *parser) sittingBefore(i int) bool {
	l := p.doc.Lower
	cs := i
	for cs > 0 && i-cs < 80 && !strings.ContainsRune(",.;\n", rune(l[cs-1])) {
		cs--
	}
	for _, w := range sittingWords {
		if containsWord(l[cs:i], w) {
			return true
		}
	}
	return false
}

// relativeTimeOfDay finds "sáng nay", "chiều qua", "tối hôm qua" in
// Text[ss:se] (near pick's day when there is one; at a sentence's start when
// opening is set) and returns its part of the day, and 1 for yesterday.
func (p *parser) relativeTimeOfDay(ss, se int, pick *dayMention, opening bool) (tod string, daysBack int) {
	l := p.doc.Lower
	for _, t := range timesOfDay {
		for _, rel := range [...]string{" nay", " qua", " hôm nay", " hôm qua"} {
			from := ss
			for from < se {
				k := strings.Index(l[from:se], t+rel)
				if k < 0 {
					break
				}
				k += from
				from = k + len(t)
				if !textscan.AtWordStart(l, k) || !textscan.AtWordEnd(l, k+len(t)+len(rel)) {
					continue
				}
				if pick != nil && !p.near(k, pick.start) {
					continue
				}
				if opening {
					b := strings.TrimRight(l[:k], " ")
					if b != "" && !strings.HasSuffix(b, ".") && !strings.HasSuffix(b, "\n") {
						continue
					}
				}
				if strings.HasSuffix(rel, "qua") {
					return t, 1
				}
				return t, 0
			}
		}
	}
	return "", 0
}

// firstTenure returns the tenure that dates a meeting held at its start:
// a congress opens its tenure, and the first session of a council sits in
// the first year of its own (when the report states the tenure only for
// other councils elected at the same time, theirs). It returns the
// tenure's first year, or 0 for other meetings.
func (p *parser) firstTenure(m *Meeting, places []place) int {
	switch {
	case m.Kind == KindCongress:
		return m.Tenure.Start
	case m.Kind != KindCouncilSession || m.Session != 1:
		return 0
	case m.Tenure != (Tenure{}):
		return m.Tenure.Start
	}
	for i := range places {
		pl := &places[i]
		if pl.fam == famCouncil && pl.hasTenure() {
			return pl.tenure().Start
		}
	}
	return 0
}

// near reports whether two offsets are within a few words of each other.
func (p *parser) near(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return b-a < 24
}

// resolveYear supplies the year a day leaves out, and says where it
// comes from: the page's stamp, the caller's reference date, or the
// report's own context ("6 tháng đầu năm 2017", "kế hoạch năm 2018", the
// tenure of a congress or a first session). A year outside the body's
// tenure is never taken. The basis is "" when nothing tells the year.
func (p *parser) resolveYear(m *Meeting, places []place, d vntext.Date) (vntext.Date, string) {
	if m.Published.Year != 0 {
		d.Year = m.Published.Year
		if d.Month > m.Published.Month+1 {
			d.Year-- // "Ngày 28/12" on a page of 2 January
		}
		d.YearInferred = true
		return d, BasisStamp
	}
	lo, hi := 0, 0
	if m.Tenure != (Tenure{}) {
		// A body meets within its tenure; a congress may open it late
		// in the year before.
		lo, hi = m.Tenure.Start, m.Tenure.End
		if m.Kind == KindCongress {
			lo--
		}
	}
	var extra [1]yearClue
	clues := extra[:0]
	if start := p.firstTenure(m, places); start != 0 {
		clues = append(clues, yearClue{from: day(start, 1, 1), to: day(start+1, 1, 1), weight: 3})
	}
	y := p.contextYear(d.Month, d.Day, lo, hi, clues)
	if !p.cfg.ref.IsZero() {
		// The latest such day not after ref, unless the report says
		// another year.
		if r := d.Resolve(p.cfg.ref); (y == 0 || y == r.Year) && (lo == 0 || r.Year >= lo && r.Year <= hi) {
			return r, BasisReference
		}
	}
	if y != 0 {
		d.Year = y
		d.YearInferred = true
		return d, BasisContext
	}
	return d, ""
}
