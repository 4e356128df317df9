package meeting

// This file finds the lists of people a role verb names after it: where
// a list starts (roleList: listAfter, frontedClause, eventList; sideList),
// and the people in it (listPeople, listGap).

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

// listAfter reports where a list of people starts after the role verb
// ending at token k: "Đến dự có …", "Tới dự hội nghị có đồng chí …",
// "dưới sự chủ trì của …", "được chủ trì bởi …", "Chủ tọa kỳ họp gồm …". It returns -1 when no
// list follows.
func (sc *scan) listAfter(k, te int) int {
	if sc.word(k) == "của" || sc.word(k) == "bởi" { // "được chủ trì bởi …"
		return k + 1
	}
	for n := 0; n < 8 && k+n < te; n++ {
		w := sc.word(k + n)
		switch w {
		case "có", "gồm", "là":
			if w == "có" && (sc.word(k+n+1) == "mặt" || sc.word(k+n-1) == "và") {
				return -1 // "có mặt"; "dự và có bài phát biểu": a second predicate
			}
			if w == "gồm" && sc.word(k+n+1) == "có" {
				return k + n + 2 // "Chủ trì hội nghị gồm có …"
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
		if sc.toks[k+n].upper() && n > 0 && !sc.meetingWord(k+n) {
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
// dự thảo kết luận có …", "Dự và chỉ đạo hội nghị thành lập công đoàn
// cơ sở Công ty … ngày 11/5 có …". The event runs up to "có", "gồm" or a
// colon within twenty-four tokens (an event with its host and its day),
// with no verb, clause word or person in it. It returns -1 when there is
// none.
func (sc *scan) eventList(k, te int) int {
	mi := sc.firstMentionFrom(k)
	for j := k; j < te && j < k+24; j++ {
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
// after a separator, up to stop. It returns how many it named and the
// token where the list ended.
func (sc *scan) listPeople(start, stop int, use func(mi int)) (int, int) {
	for start < stop && (sc.word(start) == "các" || sc.word(start) == "cùng" || sc.punct(start) == ':' ||
		sc.toks[start].digit() && sc.match(personMarkers, start+1, stop) > 0) {
		start++ // "gồm 3 đồng chí: …": the count of the people listed
	}
	named := 0
	prevEnd := start
	for mi := sc.firstMentionFrom(start); mi < len(sc.ments) && sc.ments[mi].ts < stop; mi++ {
		mm := &sc.ments[mi]
		if mm.ts > prevEnd && !sc.listGap(prevEnd, mm.ts, named == 0) {
			if named == 0 && mm.kind == mTitle {
				// "có lãnh đạo Ban Thường vụ, Ban Giám đốc Công an
				// tỉnh; Đại tá A": an office inside the group that
				// opens the list, read with it up to its separator
				continue
			}
			break
		}
		prevEnd = mm.te
		if mm.kind == mFull || mm.kind == mShort {
			use(mi)
			named++
		}
	}
	return named, prevEnd
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
		// tỉnh Phú Thọ như: ông A …": a heading before a colon; "có lãnh
		// đạo các sở, ngành; đồng chí A, …": a group not named first
		return words == 0 || words <= 10 && sc.punct(b-1) == ':' || words <= 16 && sc.groupItem(a, b)
	}
	// "A, Phó Cục trưởng, Cục H59, Tổng cục Hậu cần …; B": a long title
	// the scan did not read, up to the semicolon that closes A's item
	return words <= 8 || words <= 20 && sc.punct(b-1) == ';'
}

// groupItem reports whether tokens [a, b) are a group of guests named by
// what they are, listed before the people named ("có đại diện lãnh đạo
// các sở, ngành thành phố và đồng chí A", "có lãnh đạo Ban Thường vụ
// Đảng ủy; Đại tá A, …"): a groupHeads phrase, then up to a separator.
func (sc *scan) groupItem(a, b int) bool {
	if sc.match(groupHeads, a, b) == 0 {
		return false
	}
	return sc.punct(b-1) == ';' || sc.punct(b-1) == ',' || sc.word(b-1) == "và"
}

// groupHeads open a group of guests not named in a list of them.
var groupHeads = wordSet("lãnh đạo", "đại diện", "thành viên", "cán bộ")

// clauseMarks are the aspect and voice words that show a clause, not a
// title, between two people: "dưới sự điều hành của X, Quốc hội đã nghe
// Y trình bày …" lists no Y; nor does "…, sau khi Y tuyên bố …".
var clauseMarks = map[string]bool{"đã": true, "đang": true, "sẽ": true, "được": true, "bị": true, "vừa": true, "khi": true}

// meetingWords name a meeting or a part of one ("hội nghị", "kỳ họp").
var meetingWords = wordSet("hội", "nghị", "kỳ", "họp", "đại", "lễ", "buổi", "phiên", "cuộc", "khai",
	"mạc", "bế", "làm", "việc", "thảo", "luận", "chuyên", "đề", "này", "lần", "thứ", "hôm", "nay",
	"thường", "lệ", "và", "trao", "chỉ", "đạo", "phát", "biểu", "về", "phía", "trên", "cấp", "trung",
	"ương", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "khách", "mời", "đồng", "chí",
	"lãnh", "đạo", "quyết", "định", "công", "bố", "tại", "hội trường")

func (sc *scan) meetingWord(i int) bool {
	return sc.in(meetingWords, i)
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
	if vs != open && !(sc.toks[vs].upper() && vs > s.ts && sc.word(vs-1) != "" && !sc.toks[vs-1].upper()) {
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
