package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// An event is a mention of a meeting: "Hội nghị lần thứ 21", "kỳ họp thứ 4
// HĐND thành phố Đà Nẵng khóa IX", "Đại hội Đảng bộ quận … lần thứ XXIV".
type event struct {
	start, end int // span in Doc.Text
	kind       Kind
	body       place // the body named in the phrase, if any
	tail
	hasBody  bool
	weak     bool // "cuộc họp", "lễ công bố": a meeting only if nothing better is named
	sitting  bool // "cuộc họp", "phiên họp": a council's session when a council meets
	subject  bool // a bare "họp": the organ named right before it is the body that met
	excluded bool // another body's meeting: "Hội nghị Trung ương 7", "Đại hội … của Đảng"
}

// eventKeys are the words that name a meeting, with the kind they give.
// A weak one is a meeting only if nothing better is named; a sitting one
// ("cuộc họp", "phiên họp") is a council's session when a council meets;
// a subject one is a meeting only as the verb of an organ, in a sentence
// that opens on its day, and a council session's only as a council's (see
// organMeets).
var eventKeys = []struct {
	key     string
	kind    Kind
	weak    bool
	sitting bool
	subject bool
}{
	{"hội nghị", KindConference, false, false, false},
	{"kỳ họp", KindCouncilSession, false, false, false},
	{"đại hội", KindCongress, false, false, false},
	{"cuộc họp", KindConference, true, true, false},
	{"phiên họp", KindConference, true, true, false},
	{"họp phiên", KindConference, true, true, false}, // "Ban Thường vụ Quận ủy họp phiên thường kỳ"
	{"họp bất thường", KindCouncilSession, true, true, false},
	{"lễ công bố", KindConference, true, false, false},
	{"trao quyết định", KindConference, true, false, false},
	{"làm việc với", KindConference, true, false, false},
	{"tọa đàm", KindConference, true, false, false},        // "Huyện ủy … tổ chức tọa đàm “…”"
	{"buổi đối thoại", KindConference, true, false, false}, // leaders meet firms or residents (dialogueKeys)
	{"cuộc đối thoại", KindConference, true, false, false},
	{"tổ chức đối thoại", KindConference, true, false, false},
	{"chủ trì đối thoại", KindConference, true, false, false},
	{"toạ đàm", KindConference, true, false, false},
	{"tổ chức sơ kết", KindConference, true, false, false}, // "Ban Thường vụ Tỉnh ủy tổ chức sơ kết 1 năm …"
	{"tổ chức tổng kết", KindConference, true, false, false},
	{"buổi sơ kết", KindConference, true, false, false},
	{"buổi tổng kết", KindConference, true, false, false},
	{"họp khẩn", KindConference, true, false, false},
	{"buổi giao ban", KindConference, true, false, false}, // leaders with the departments; not "giao ban báo chí" (readEvent)
	{"cuộc giao ban", KindConference, true, false, false},
	{"họp giao ban", KindConference, true, false, false},
	{"phiên chất vấn", KindCouncilSession, true, true, false},  // a council's only when it names the council (councilSittingKeys)
	{"phiên thảo luận", KindCouncilSession, true, true, false}, // "phiên thảo luận của HĐND TP Hà Nội chiều 5/12"
	{"họp", KindConference, true, true, true},
	{"bầu", KindCouncilSession, true, false, true}, // "Sáng 8-12, HĐND tỉnh … đã bầu ông …": a council acts only in session
	{"thông qua", KindCouncilSession, true, false, true},
	{"biểu quyết", KindCouncilSession, true, false, true},
	{"miễn nhiệm", KindCouncilSession, true, false, true},
	{"bãi nhiệm", KindCouncilSession, true, false, true},
	{"bỏ phiếu", KindCouncilSession, true, false, true}, // "Chiều 23/3, Thường trực Thành ủy Hà Nội đã họp và chỉ đạo …"
	{"lễ kỷ niệm", KindOther, true, false, false},       // an occasion, with its day and hosts
	{"họp báo", KindOther, true, false, false},          // a press conference, no sitting
	{"tiếp xúc cử tri", KindOther, true, false, false},  // deputies meet voters: a meeting named after it is their topic (otherEvents)
	{"tiếp xúc với cử tri", KindOther, true, false, false},
}

// dialogueKeys are the eventKeys of a dialogue: "Chiều 28/8, Bí thư
// Huyện ủy chủ trì buổi đối thoại với phụ huynh xã …". The body that holds
// it is named before it; the places after it are whom it meets.
var dialogueKeys = []string{"buổi đối thoại", "cuộc đối thoại", "tổ chức đối thoại", "chủ trì đối thoại"}

// councilSittingKeys are the eventKeys of a session's sitting, which is a
// meeting only with the council it names: "phiên chất vấn của HĐND tỉnh
// …", not the National Assembly's "phiên thảo luận tổ".
var councilSittingKeys = []string{"phiên chất vấn", "phiên thảo luận"}

// councilSits reports whether ev names a People's Council as the body
// that sits: "phiên họp HĐND TP Hà Nội", "phiên chất vấn của HĐND tỉnh".
func councilSits(ev *event) bool {
	return ev.sitting && ev.hasBody && ev.body.organ != nil && ev.body.organ.sits
}

// meetsOthers reports whether ev is named by one of dialogueKeys.
func (p *parser) meetsOthers(ev *event) bool {
	for _, k := range dialogueKeys {
		if strings.HasPrefix(p.doc.Lower[ev.start:], k) {
			return true
		}
	}
	return false
}

// meetingCounts before a meeting word count meetings rather than name one,
// as a number word of two to ten does (see countsMeetings).
var meetingCounts = []string{"các", "những", "nhiều", "mấy"}

// countsMeetings reports whether the lower-case word w before a meeting
// word counts meetings: "các hội nghị", "năm kỳ họp".
func countsMeetings(w string) bool {
	n, ok := vntext.CountWord(w)
	return ok && n >= 2 || isOneOf(w, meetingCounts)
}

// eventSkip are words between a meeting word and its number or body.
var eventSkip = []string{
	"đại biểu", "chuyên đề", "bất thường", "thường lệ", "ban thường vụ",
}

// readEvent reads the meeting phrase whose key ends at j.
func (p *parser) readEvent(ev *event, j int) {
	lo := p.doc.Lower
	k := textscan.SkipSpaces(lo, j)
	if ev.sitting && textscan.PrefixWordAt(lo, k, "báo") {
		ev.excluded = true // "cuộc họp báo": a press conference, no sitting
	}
	if strings.HasSuffix(lo[ev.start:j], "giao ban") && (textscan.PrefixWordAt(lo, k, "báo chí") || !p.sentenceDated(ev.start)) {
		// "buổi giao ban báo chí" is a press briefing, where others speak;
		// a briefing is a meeting held only with its day: "Ngày 6/2, tại
		// buổi giao ban với các sở, ngành", not "vụ việc bắt đầu từ buổi
		// họp giao ban tháng 3".
		ev.excluded = true
	}
	for _, w := range eventSkip {
		if textscan.PrefixWordAt(lo, k, w) {
			k = textscan.SkipSpaces(lo, k+len(w))
		}
	}
	if ev.subject && textscan.PrefixWordAt(lo, k, "kỳ") {
		k = textscan.SkipSpaces(lo, k+len("kỳ")) // "HĐND … họp kỳ thứ nhất"
	}
	switch {
	case p.centreAt(k), textscan.PrefixWordAt(lo, k, "toàn quốc"), textscan.PrefixWordAt(lo, k, "quốc tế"):
		ev.excluded = true
	}
	// Before the body: "Hội nghị lần thứ 18 Ban Chấp hành …".
	e := p.readTail(&ev.tail, k)
	k = skipSpacePunct(lo, e, ",-")
	// "(kỳ họp bất thường)", "(bất thường)", "( chuyên đề )": what sort
	// of sitting, before the body.
	if k < len(lo) && lo[k] == '(' {
		if c := strings.IndexByte(lo[k:min(len(lo), k+40)], ')'); c > 0 {
			in := strings.TrimSpace(lo[k+1 : k+c])
			if strings.HasPrefix(in, "kỳ họp") || isOneOf(in, eventSkip) {
				k = skipSpacePunct(lo, k+c+1, ",")
			}
		}
	}
	if textscan.PrefixWordAt(lo, k, "của") {
		k = textscan.SkipSpaces(lo, k+len("của"))
	}
	if textscan.PrefixWordAt(lo, k, "đảng") && !textscan.PrefixWordAt(lo, k, "đảng bộ") && !textscan.PrefixWordAt(lo, k, "đảng ủy") {
		ev.excluded = true // "Đại hội lần thứ XIII của Đảng": the national Party
	}
	// "Tại kỳ họp bất thường chiều 3/8, HĐND TP Cần Thơ đã bầu …": the
	// body that met follows the day the phrase fronts.
	if k2, ok := p.skipDayPhrase(k); ok {
		if pl, ok := p.readPlace(k2); ok && pl.fam != famNone && !pl.generic {
			k = k2
		}
	}
	if pl, ok := p.readPlace(k); ok && pl.fam != famNone {
		if pl.generic {
			ev.excluded = true
		}
		ev.body, ev.hasBody = pl, true
		e = pl.end
		mergeTail(&ev.tail, &pl.tail)
	}
	// After the body: "… quận Ba Đình lần thứ 6 khóa XXVI".
	e2 := p.readTail(&ev.tail, e)
	if e2 > e {
		e = e2
	}
	ev.end = e
	p.excludeEvent(ev, j, k)
	if ev.kind == KindCouncilSession && !ev.subject && !(ev.hasBody && ev.body.organ != nil && ev.body.organ.sits) && p.commissionMeets(ev, k) {
		ev.kind = KindConference
	}
	for _, key := range councilSittingKeys {
		if strings.HasPrefix(lo[ev.start:], key) && !councilSits(ev) {
			ev.excluded = true
		}
	}
}

// commissionCues name a commission whose "kỳ họp" is its own meeting, not
// a council's session: "Ủy ban Kiểm tra Tỉnh ủy … tiến hành kỳ họp thứ 31".
var commissionCues = []string{"ủy ban kiểm tra", "ubkt"}

// councilCues name a council in session; a sentence that names one keeps
// its "kỳ họp" a council session.
var councilCues = []string{"hđnd", "hội đồng nhân dân", "quốc hội"}

// commissionMeets reports whether the "kỳ họp" ev, whose body would start
// at k, is a commission's: a committee other than the People's Committee
// or a Party committee named right after it ("Kỳ họp lần thứ 39 Ủy ban liên
// Chính phủ", "kỳ họp thứ 15 của Ủy ban Kiểm tra", "kỳ họp thứ 26 Ban Chấp
// hành Đảng bộ tỉnh"), or an inspection commission named in its sentence,
// which names no council ("Tại kỳ họp thứ 20, UBKT Tỉnh ủy …").
func (p *parser) commissionMeets(ev *event, k int) bool {
	lo := p.doc.Lower
	if textscan.PrefixWordAt(lo, k, "ủy ban") && !textscan.PrefixWordAt(lo, k, "ủy ban nhân dân") || ev.hasBody && ev.body.fam == famParty {
		return true // "kỳ họp thứ 26 Ban Chấp hành Đảng bộ tỉnh": a Party committee's
	}
	ss, se := sentenceBounds(p.doc.Text, ev.start, 0, p.end)
	s := lo[ss:se]
	return containsAnyWord(s, commissionCues) && !containsAnyWord(s, councilCues)
}

// gamesWords after "đại hội" name sports games, not a congress: "Đại hội
// Thể thao Đông Nam Á", "Đại hội Thể dục thể thao tỉnh", "Đại hội TDTT".
var gamesWords = []string{"thể thao", "thể dục", "tdtt"}

// excludeEvent marks the meeting phrase ev, whose key ends at j and whose
// body would start at k, as not the meeting held: a congress of another
// organ, a count of meetings, one of two that may be, a meeting to come, a
// venue, or a congress cited or prepared for.
func (p *parser) excludeEvent(ev *event, j, k int) {
	lo := p.doc.Lower
	if ev.kind == KindCongress {
		for _, w := range gamesWords {
			if textscan.PrefixWordAt(lo, textscan.SkipSpaces(lo, j), w) {
				ev.excluded = true // "Đại hội Thể thao châu Á": games, no congress
			}
		}
		if ev.hasBody && ev.body.fam != famParty {
			ev.excluded = true // a congress of the Front, a union …
		}
		if !ev.hasBody && k < len(lo) && !textscan.PrefixWordAt(lo, k, "lần") && p.startsOrgan(k) {
			ev.excluded = true
		}
	}
	// "năm kỳ họp", "các hội nghị", "nhiều cuộc họp": a count of meetings;
	// "kỳ họp thứ nhất hoặc kỳ họp tiếp theo": one of two that may be.
	if ws, we := prevWord(lo, ev.start); we > ws && countsMeetings(lo[ws:we]) {
		ev.excluded = true
	}
	if textscan.PrefixWordAt(lo, textscan.SkipSpaces(lo, ev.end), "hoặc") || p.wordsBefore(ev.start, 2, "hoặc") {
		ev.excluded = true
	}
	// "kỳ họp tiếp theo", "hội nghị sắp tới": a meeting to come.
	for _, w := range [...]string{"tiếp theo", "sắp tới", "tới"} {
		if textscan.PrefixWordAt(lo, textscan.SkipSpaces(lo, j), w) {
			ev.excluded = true
		}
	}
	// "Trung tâm Hội nghị", "phòng hội nghị": a venue; but "thảo luận ở
	// hội trường kỳ họp thứ 6" is the session's plenary debate.
	if pre := lo[max(0, ev.start-16):ev.start]; strings.HasSuffix(pre, "trung tâm ") || strings.HasSuffix(pre, "phòng ") || strings.HasSuffix(pre, "hội trường ") && ev.kind != KindCouncilSession {
		ev.excluded = true
	}
	// "Nghị quyết Đại hội …" cites a congress, and "chuẩn bị (cho) Đại hội",
	// "chương trình Đại hội", "văn kiện Đại hội", "nhân sự Đại hội" prepare
	// one, "từ nay đến Đại hội" awaits one: none is the meeting held.
	if ws, we := prevWord(lo, ev.start); we > ws {
		switch lo[ws:we] {
		case "quyết", "tới", "đến", "bị", "trình", "kiện", "sự", "liệu", "án", "trước":
			ev.excluded = true
		case "cho":
			// "chuẩn bị cho kỳ họp thứ 6": prepares one too.
			if bs, be := prevWord(lo, ws); be > bs && lo[bs:be] == "bị" {
				ev.excluded = true
			}
		}
	}
}

// wordsBefore reports whether the word w is one of the n words before i.
func (p *parser) wordsBefore(i, n int, w string) bool {
	l := p.doc.Lower
	for ; n > 0; n-- {
		ws, we := prevWord(l, i)
		if we <= ws {
			return false
		}
		if l[ws:we] == w {
			return true
		}
		i = ws
	}
	return false
}

// skipDayPhrase reads a day and its comma at Lower[k:] ("chiều 3/8, ",
// "ngày 12/7/2024, ", "sáng nay (5/10), ") and returns where what follows
// starts.
func (p *parser) skipDayPhrase(k int) (int, bool) {
	lo := p.doc.Lower
	j := k
	for _, w := range [...]string{"sáng", "trưa", "chiều", "tối", "hôm", "nay", "ngày"} {
		if textscan.PrefixWordAt(lo, j, w) {
			j = textscan.SkipSpaces(lo, j+len(w))
		}
	}
	if j < len(lo) && lo[j] == '(' {
		j = textscan.SkipSpaces(lo, j+1)
	}
	if j == k || j >= len(lo) || lo[j] < '0' || lo[j] > '9' {
		return 0, false
	}
	dm, ok := p.doc.DayAt(j, len(lo))
	if !ok || dm.Date.Month == 0 {
		return 0, false
	}
	e := textscan.SkipSpaces(lo, dm.End)
	if e < len(lo) && lo[e] == ')' {
		e = textscan.SkipSpaces(lo, e+1)
	}
	if e >= len(lo) || lo[e] != ',' {
		return 0, false
	}
	return textscan.SkipSpaces(lo, e+1), true
}

// startsOrgan reports a capitalised word at Text[k:] that is not a body:
// "Đại hội Công đoàn", "Đại hội Đoàn".
func (p *parser) startsOrgan(k int) bool {
	return isUpperStart(p.doc.Text, k)
}

// mergeTail fills what t does not state from u.
func mergeTail(t, u *tail) {
	if t.session == 0 {
		t.session = u.session
	}
	if !t.hasTerm() {
		t.termText, t.termNumber = u.termText, u.termNumber
	}
	if !t.hasTenure() {
		t.tenureStart, t.tenureEnd, t.tenurePos = u.tenureStart, u.tenureEnd, u.tenurePos
	}
	t.expanded = t.expanded || u.expanded
}

// reportCues, before a bare "họp", tell of a meeting rather than report
// it: "bà X cho biết Ban Thường vụ Huyện ủy đã họp", "Trước đó, …", "sẽ
// họp": the day the sentence opens on is not the meeting's.
var reportCues = []string{"cho biết", "cho hay", "xác nhận", "thông tin", "theo", "trước đó", "sẽ", "chuẩn bị", "yêu cầu", "đề nghị"}

// organMeets reads the bare "họp" ev (see eventKeys) as the meeting of the
// organ named right before it ("Thường trực Thành ủy Hà Nội đã họp", "Ban
// Chấp hành Đảng bộ TP Đà Nẵng họp") in a sentence that opens on its day
// and reports it, and a council's act ("HĐND tỉnh … đã bầu", "thông qua")
// as its session; any other is excluded.
func (p *parser) organMeets(ev *event, places []place) {
	ev.excluded = true
	if len(places) == 0 {
		return
	}
	pl := &places[len(places)-1]
	if pl.organ == nil || pl.generic || pl.end > ev.start || ev.kind == KindCouncilSession && !pl.organ.sits {
		return
	}
	lo := p.doc.Lower
	between := strings.TrimSpace(lo[pl.end:ev.start])
	if strings.HasPrefix(between, "(") && strings.HasSuffix(strings.TrimSuffix(strings.TrimSuffix(between, " đã"), " vừa"), ")") && len(between) < 48 {
		between = strings.TrimSpace(between[strings.LastIndexByte(between, ')')+1:])
	}
	if between != "" && between != "đã" && between != "vừa" {
		return
	}
	ss, _ := sentenceBounds(p.doc.Text, ev.start, 0, p.end)
	k, ok := p.skipDayPhrase(skipSpacePunct(lo, ss, ""))
	if !ok || k > pl.start || containsAnyWord(lo[k:ev.start], reportCues) {
		return
	}
	ev.excluded = false
	ev.body, ev.hasBody = *pl, true // not whom it meets: "họp với UBND quận"
}

// sentenceDated reports whether the sentence around Text[i] names a day
// as a day something happens on ("Ngày 6/2", "sáng nay, 6-2").
func (p *parser) sentenceDated(i int) bool {
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	var days [4]vntext.DayMention
	for _, dm := range p.doc.AppendDays(days[:0], ss, se) {
		if dm.Cued {
			return true
		}
	}
	return false
}
