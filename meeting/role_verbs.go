package meeting

import "strings"

// This file is the one home of the ways a report says who chaired a
// meeting and who attended it. To teach the parser a new way of saying
// "chaired by" or "attended", add a row to roleCues (and, if the phrase
// is also used for something else, a guard); the lexicon the scanner
// looks words up in is built from the table, so nothing else needs to be
// kept in step. Then add a case of your own writing to peopleTests in
// people_test.go.

// A roleCue is one phrase that gives a person a role at the meeting.
type roleCue struct {
	phrase string // lower case, one space between words: "chủ trì"
	role   role
	// before lists the words that may stand right before the phrase as
	// part of the verb, one or two ("tham dự", "tới dự", "đến tham dự",
	// "đồng chủ trì"): the subject is looked for before them.
	before []string
	// guard, when set, must accept the phrase at token i (its first word)
	// with n words for it to be a role verb there.
	guard func(sc *scan, i, n int) bool
	// listOnly: the phrase gives the role to the list after it alone,
	// never to a subject before it.
	listOnly bool
	// guest: the role holds only for a person of a higher level than the
	// body that met (guestOf, people_guests.go): a guest who speaks.
	guest bool
}

// roleCues are the chair and attend verbs, and the nouns that work as
// them ("Đoàn Chủ tịch" names the congress's chairs by its list).
var roleCues = []roleCue{
	{phrase: "chủ trì", role: roleChair, before: []string{"đồng"}, guard: notLeadAgency},
	{phrase: "chủ tọa", role: roleChair, before: []string{"đồng"}},
	{phrase: "điều hành", role: roleChair, before: []string{"đồng"}, guard: chairsMeeting},
	{phrase: "điều khiển", role: roleChair, guard: steersSitting},
	{phrase: "dự", role: roleAttend, before: []string{"tham", "tới", "đến", "về", "đến tham", "tới tham", "về tham"}, guard: attendsMeeting},
	{phrase: "có mặt", role: roleAttend},
	{phrase: "hiện diện", role: roleAttend}, // "có sự hiện diện của …"
	{phrase: "chỉ đạo", role: roleAttend, guard: guidanceOfMeeting},
	{phrase: "đoàn chủ tịch", role: roleChair, guard: presidiumListed, listOnly: true},
	{phrase: "phát biểu", role: roleAttend, guard: speechAtMeeting, guest: true},
}

// roleVerbs is the lexicon of the phrases of roleCues, and roleCueOf maps
// each phrase to its row. Both are derived from the table.
var roleVerbs, roleCueOf = func() (lexicon, map[string]*roleCue) {
	phrases := make([]string, len(roleCues))
	of := make(map[string]*roleCue, len(roleCues))
	for k := range roleCues {
		phrases[k] = roleCues[k].phrase
		of[roleCues[k].phrase] = &roleCues[k]
	}
	return wordSet(phrases...), of
}()

// roleVerbAt reports the role verb at token i ("chủ trì", "dự", "có
// mặt"): its role and its length in tokens, or 0, 0.
func (sc *scan) roleVerbAt(i int) (role, int) {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].first()&roleVerbs.bit == 0 {
		return 0, 0
	}
	n := sc.match(roleVerbs, i, len(sc.toks))
	if n == 0 {
		return 0, 0
	}
	c := sc.roleCueAt(i, n)
	if c == nil || c.guard != nil && !c.guard(sc, i, n) {
		return 0, 0
	}
	return c.role, n
}

// roleCueAt returns the row of the role verb of n words at token i, or
// nil.
func (sc *scan) roleCueAt(i, n int) *roleCue {
	return roleCueOf[sc.phrase(i, n, len(sc.toks))]
}

// roleVerbStart returns where the role verb of n words at token i starts,
// with the longest entry of its row's before list: "tham" in "tham dự",
// "đến" in "đến tham dự" ("X đã đến tham dự" has X for its subject).
func (sc *scan) roleVerbStart(i, n int) int {
	c := sc.roleCueAt(i, n)
	if c == nil {
		return i
	}
	start := i
	for _, b := range c.before {
		m := strings.Count(b, " ") + 1
		if i-m >= 0 && i-m < start && sc.phrase(i-m, m, i) == b {
			start = i - m
		}
	}
	return start
}

// chairsMeeting: "điều hành" chairs when a meeting or a part of one is
// its object ("điều hành phần thảo luận", "điều hành hội nghị"), when it
// ends the sentence, the meeting left implied ("Kỳ họp do ông X, Chủ
// tịch HĐND tỉnh điều hành."), or as the noun of "dưới sự điều hành
// của X" or the passive "được điều hành bởi X" of a sitting. Else it is
// running a city or a firm.
func chairsMeeting(sc *scan, i, n int) bool {
	if sc.word(i-1) == "sự" && sc.word(i+n) == "của" || sc.word(i+n) == "bởi" {
		// "dưới sự điều hành của …": of a session, not of a government
		return sc.sessionNear(i)
	}
	return sc.in(chairObject, i+n) || i+n >= len(sc.toks) || sc.punct(i+n) == '.'
}

// steersSitting: "điều khiển" chairs only with a sitting for its object
// ("điều khiển phiên họp", "điều khiển thảo luận"); at the end of a
// sentence it is driving ("xe ô tô do X điều khiển."), and "điều khiển
// phần mềm" is software.
func steersSitting(sc *scan, i, n int) bool {
	return sc.in(chairObject, i+n) && !sc.isWords(i+n, "phần", "mềm")
}

// chairObject lists what "điều hành" takes when it means chairing a
// meeting.
var chairObject = wordSet("phần", "hội", "kỳ", "phiên", "buổi", "cuộc", "đại", "thảo")

// notLeadAgency: "chủ trì, phối hợp với …" gives a task's lead to an
// office ("giao Giám đốc Sở GD-ĐT chủ trì, phối hợp với quận …"), which
// chairs no sitting.
func notLeadAgency(sc *scan, i, n int) bool {
	k := i + n
	if sc.punct(k) == ',' {
		k++
	}
	return !sc.isWords(k, "phối", "hợp")
}

// attendsMeeting: "dự" is the verb, not the first syllable of another
// word (dự án, dự toán …) nor the second ("vinh dự", "danh dự", an
// honour; "can dự", be involved): "Hội nghị vinh dự có sự tham dự của …"
// names its guest after the verb, not after "vinh dự". A name ending
// in one of them (Vinh, Can, Danh) before "dự" is the subject.
func attendsMeeting(sc *scan, i, n int) bool {
	w := sc.word(i - 1)
	if (w == "vinh" || w == "can" || w == "danh") && sc.mentionEndingAt(i) >= 0 {
		w = "" // "Đồng chí Nguyễn Đắc Vinh dự …": the given name, not "vinh dự"
	}
	return !sc.in(notAttend, i+n) && w != "vinh" && w != "can" && w != "danh"
}

// notAttend lists the words after "dự" that make another word of it.
var notAttend = wordSet("án", "toán", "thảo", "kiến", "báo", "bị", "trữ", "định", "tính", "khuyết",
	"phòng", "luật", "thi", "đoán", "liệu", "tuyển", "trù", "phần", "kiện", "đầu", "chi", "thu")

// guidanceOfMeeting: "Hội nghị có sự chỉ đạo của đồng chí X": the
// guidance the meeting had is a guest's. Given elsewhere ("theo sự chỉ
// đạo của Trung ương"), it tells nothing of who came.
func guidanceOfMeeting(sc *scan, i, n int) bool {
	return sc.word(i+n) == "của" && sc.word(i-1) == "sự" && sc.meetingHas(i-2)
}

// presidiumListed: "Đoàn Chủ tịch Đại hội gồm các đồng chí: …": the
// presidium chairs the congress, with or without "điều hành". The body is
// also a standing one ("Đoàn Chủ tịch UBTW MTTQ Việt Nam"), so it is a
// role only with the list of its members after it.
func presidiumListed(sc *scan, i, n int) bool {
	return sc.listAfter(i+n, len(sc.toks)) >= 0
}

// meetingHas reports whether token k is the "có" of a meeting that has
// something, past adverbs: "Hội nghị có", "Kỳ họp vinh dự có", "Đại
// hội còn có".
func (sc *scan) meetingHas(k int) bool {
	if sc.word(k) != "có" {
		return false
	}
	for k--; k >= 0; k-- {
		switch sc.word(k) {
		case "vinh", "rất", "cũng", "còn", "đã", "lại":
			continue
		case "dự":
			if sc.word(k-1) == "vinh" {
				continue
			}
		}
		break
	}
	return sc.meetingWord(k)
}

// chairedSittings name a sitting or what is done at one.
var chairedSittings = map[string]bool{"hội nghị": true, "kỳ họp": true, "đại hội": true, "hội thảo": true,
	"cuộc họp": true, "phiên họp": true, "thảo luận": true, "biểu quyết": true, "tọa đàm": true}

// sessionNear reports whether the sentence around token i names a sitting
// (chairedSittings) within sixty tokens of it.
func (sc *scan) sessionNear(i int) bool {
	for _, dir := range [2]int{-1, 1} {
		for k := i; k >= 0 && k < len(sc.toks) && (k-i)*dir < 60; k += dir {
			if p := sc.punct(k); p == '.' || p == '!' || p == '?' {
				break
			}
			if chairedSittings[sc.phrase(k, 2, len(sc.toks))] {
				return true
			}
		}
	}
	return false
}
