package meeting

// This file is the one home of the verbs that give an instruction at a
// meeting. To teach the parser a new one, add a row to directiveCues (with
// a guard if the phrase also means something else); the lexicon the
// scanner looks words up in is built from the table. Then add a case of
// your own writing to directiveTests in directive_test.go.

// A directiveCue is one verb that gives an instruction.
type directiveCue struct {
	phrase string // lower case, one space between words
	// content: the verb gives an instruction only when something follows
	// it: "nhấn mạnh:" does, "kết luận tại hội nghị" (a caption) does not.
	content bool
	// task: what follows (or the quotation the verb closes) must name a
	// task (taskCues): "nhấn mạnh các cấp cần …", not "nhấn mạnh Việt Nam
	// luôn ủng hộ …".
	task bool
	// comma: the verb may be joined to an earlier predicate of its subject
	// by a comma alone ("X thông tin …, đề nghị …"); the others are too
	// often nouns in a list there ("buông lỏng lãnh đạo, chỉ đạo").
	comma bool
	// leader: the verb directs only from one who chairs the meeting or
	// attends it as a guest of a higher level (guestOf); from anyone else
	// it is an opinion ("cho rằng").
	leader bool
	// guard, when set, must accept the verb at token i (n words, the
	// sentence ending at end).
	guard func(sc *scan, i, n, end int) bool
}

// directiveCues are the directing verbs, as Directive.Verb gives them.
var directiveCues = []directiveCue{
	{phrase: "đề nghị", comma: true},
	{phrase: "yêu cầu", comma: true},
	{phrase: "chỉ đạo", content: true, guard: notSteering},
	{phrase: "nhấn mạnh", content: true, task: true},
	{phrase: "giao", guard: givesTask},
	{phrase: "lưu ý", content: true},
	{phrase: "kết luận", content: true},
	{phrase: "căn dặn"},
	{phrase: "nhắc nhở", content: true, task: true}, // "nhắc nhở các cấp ủy cần …", not "bị nhắc nhở"
	{phrase: "cho rằng", content: true, task: true, leader: true, guard: opinionTask},
	{phrase: "nêu rõ", content: true, task: true, leader: true, guard: opinionTask},
}

// directiveVerbs is the lexicon of the phrases of directiveCues, and
// directiveCueOf maps each phrase to its row; both are derived from the
// table.
var directiveVerbs, directiveCueOf = func() (lexicon, map[string]*directiveCue) {
	phrases := make([]string, len(directiveCues))
	of := make(map[string]*directiveCue, len(directiveCues))
	for k := range directiveCues {
		phrases[k] = directiveCues[k].phrase
		of[directiveCues[k].phrase] = &directiveCues[k]
	}
	return wordSet(phrases...), of
}()

// taskCues show that what a leader emphasises is a task: a modal ("cần",
// "phải"), a directing verb, or the words for tasks and measures.
var taskCues = wordSet("cần", "phải", "yêu cầu", "đề nghị", "tiếp tục", "tập trung", "đẩy mạnh",
	"chú trọng", "quan tâm", "tăng cường", "nâng cao", "khẩn trương", "nghiêm túc", "không được",
	"hãy", "nên", "nhiệm vụ", "giải pháp", "sớm", "quyết liệt", "chủ động", "kịp thời", "kiên quyết",
	"chỉ đạo", "triển khai", "thực hiện", "đảm bảo", "bảo đảm", "phấn đấu", "rà soát", "không để")

// notGive lists the words after "giao" that make another word of it
// ("giao lộ", an intersection; "giao thương", trade), or another sense of
// it ("giao với quốc lộ", to cross; "dự toán Quốc hội giao và …", given).
var notGive = wordSet("thông", "lưu", "dịch", "ban", "tiếp", "quân", "hàng", "thoa", "kết", "khoán", "đất", "nộp", "nhận", "phó", "ước",
	"lộ", "thương", "diện", "tranh", "thừa", "hữu", "hảo", "chiến", "cắt", "với", "và")

// banOrgans name the boards of a Party committee or a council that
// "Ban" opens: "Ban Tổ chức", "Ban Thường vụ", "Ban Kinh tế - Ngân sách".
var banOrgans = map[string]bool{
	"thường vụ": true, "chấp hành": true, "tổ chức": true, "tuyên giáo": true, "dân vận": true,
	"nội chính": true, "chỉ đạo": true, "quản lý": true, "pháp chế": true, "kinh tế": true,
	"văn hóa": true, "dân tộc": true, "đô thị": true, "bảo vệ": true, "kiểm tra": true,
}

// nameAfterGive reports whether the word after "giao" at token g, which
// could make a compound with it ("giao ban", a briefing; "giao phó"),
// instead opens the name of whom the verb addresses: "giao Ban Tổ chức
// Tỉnh ủy tham mưu …", "giao Phó Chủ tịch UBND tỉnh …". The case decides.
// After "giao" in lower case, a word in upper case opens a name: the
// second syllable of a compound is written in lower case. After "Giao",
// where the case tells nothing, "Ban" must be followed by a board's name
// or a word in upper case. A lower-case "ban" is the board only before a
// board's name in upper case ("giao ban Tuyên giáo …"), never before
// lower-case words ("giao ban thường kỳ") or another "Ban" ("giao ban Ban
// Thường vụ", the board's briefing).
func (sc *scan) nameAfterGive(g, end int) bool {
	b := g + 1
	if b+1 >= end || sc.toks[b].acro() || sc.toks[b+1].kind() != tWord {
		return false
	}
	if sc.toks[b].title() && !sc.toks[g].upper() {
		return true
	}
	if sc.word(b) != "ban" {
		return false
	}
	organ := banOrgans[sc.phrase(b+1, 2, end)]
	if sc.toks[b].title() {
		return organ || sc.toks[b+1].upper()
	}
	return organ && sc.toks[b+1].upper() && !sc.toks[b+1].acro()
}

// reportVerbs tell what their subject says; a directive verb after one,
// with a mark of its tense, is the speaker's own instruction: "X cho
// biết đang yêu cầu các sở …", "Y cho hay đã chỉ đạo …".
var reportVerbs = wordSet("cho biết", "cho hay")

// reportTense marks the directive verb of a report as a verb of the same
// subject ("đã", "đang", "sẽ", "vừa"), not a noun.
var reportTense = wordSet("đã", "đang", "sẽ", "vừa")

// reportBefore returns where the report verb starts when the directive
// verb at token v follows one, past a comma and a tense mark (with
// "cũng" before it), or -1.
func (sc *scan) reportBefore(v, ts int) int {
	k := v
	if !sc.in(reportTense, k-1) {
		return -1
	}
	k--
	if sc.word(k-1) == "cũng" {
		k--
	}
	if sc.punct(k-1) == ',' {
		k--
	}
	for n := 2; n >= 1; n-- {
		if k-n >= ts && sc.isPhrase(reportVerbs, k-n, n, k) {
			return k - n
		}
	}
	return -1
}

// quoteVerbs tell who speaks a quotation, named after it ("”, ông X
// nói") or before it with a colon ("Bí thư nhấn mạnh: “…"); a directive
// in the first person inside it ("Tôi đề nghị …") is the speaker's
// (quoteIssuer, directive_quote.go).
var quoteVerbs = wordSet("nói", "phát biểu", "nhấn mạnh", "khẳng định", "cho biết", "cho hay", "kết luận",
	"chỉ đạo", "yêu cầu", "đề nghị", "lưu ý", "nêu rõ", "nói rõ", "bày tỏ", "chia sẻ", "thông tin",
	"phân tích", "quán triệt", "nhắc nhở", "chất vấn", "đề xuất", "kiến nghị", "cho rằng", "nêu")

// speechVerbs report what their subject says or thinks. A predicate
// joined by "và" after the clause one of them reports belongs to that
// clause when it has a subject of its own: "X cho biết nhiều địa phương
// đã quan tâm và chỉ đạo …" (the localities direct), unlike "X cho biết sẽ
// tiếp thu và chỉ đạo …" (X does).
var speechVerbs = wordSet("cho biết", "cho hay", "chia sẻ", "nói", "thông tin", "cho rằng")

// clauseTense marks a reported clause's own predicate after its subject.
var clauseTense = wordSet("đã", "đang", "vừa")

// reportedClause reports whether the predicate at token k, joined to an
// earlier one, belongs to a clause reported by a speech verb right after
// the mention ending at token e: one opening on a subject of its own (not
// on a tense mark) that a tense mark then follows, with no quotation
// between (a quotation closed before "và" leaves the speaker the subject)
// and no pronoun for the speaker.
func (sc *scan) reportedClause(e, k int) bool {
	p := -1
	for j := e; j < k && j <= e+3; j++ {
		if n := sc.match(speechVerbs, j, k); n > 0 {
			p = j + n
			break
		}
		if sc.toks[j].kind() == tWord && !sc.in(coordAdverbs, j) && sc.word(j) != "cũng" {
			return false
		}
	}
	if p < 0 {
		return false
	}
	for sc.punct(p) == ',' || sc.punct(p) == ':' {
		p++
	}
	if p >= k || sc.in(clauseTense, p) || sc.word(p) == "sẽ" || sc.word(p) == "cũng" {
		return false
	}
	// the conjunction and adverbs of the predicate at k ("và đã yêu cầu")
	for k > p && (sc.in(coordAdverbs, k-1) || sc.punct(k-1) == ',' || sc.punct(k-1) == ';' || sc.word(k-1) == "và") {
		k--
	}
	if sc.isWords(k-2, "đồng", "thời") {
		k -= 2
	}
	tense := false
	for j := p + 1; j < k; j++ {
		if sc.punct(j) == '"' {
			return false
		}
		tense = tense || sc.in(clauseTense, j)
	}
	// "X cho biết sau khi … thì bà đã …": the speaker, by a pronoun
	for mi := sc.firstMentionFrom(p); mi < len(sc.ments) && sc.ments[mi].ts < k; mi++ {
		if sc.ments[mi].kind == mPronoun {
			return false
		}
	}
	return tense
}

// passiveAfter reports whether the clause after a subject ending at
// token e, up to k, is passive: "được" or "bị" after its adverbs.
func (sc *scan) passiveAfter(e, k int) bool {
	for j := e; j < k && j < e+4; j++ {
		switch sc.word(j) {
		case "được", "bị":
			return true
		case "đã", "vừa", "cũng", "mới", "đang":
			continue
		}
		return false
	}
	return false
}

// introVerbs open a sentence whose subject then speaks as the one who
// directs: "Kết luận hội nghị, đồng chí X nêu rõ", "Phát biểu chỉ đạo, …".
var introVerbs = wordSet("kết luận", "chỉ đạo", "kết luận và chỉ đạo")

// nounModifiers qualify a directing verb used as a noun, the way it is
// given, when "của" and who gave it follow: "chỉ đạo quyết liệt của
// Tỉnh ủy", "yêu cầu cấp bách của thực tiễn".
var nounModifiers = map[string]bool{
	"kịp thời": true, "sát sao": true, "quyết liệt": true, "trực tiếp": true, "điều hành": true,
	"xuyên suốt": true, "thường xuyên": true, "sâu sắc": true, "chặt chẽ": true, "cấp bách": true,
	"đúng đắn": true, "sâu sát": true,
}

// verbAt returns the length in tokens of a directive verb at token i, or 0.
func (sc *scan) verbAt(i, end int) int {
	n := sc.match(directiveVerbs, i, end)
	if n == 0 {
		return 0
	}
	c := directiveCueOf[sc.phrase(i, n, end)]
	if c == nil || c.guard != nil && !c.guard(sc, i, n, end) {
		return 0
	}
	if sc.word(i+n) == "của" || sc.word(i+n) == "số" {
		return 0 // a noun: "đề nghị của …", "Kết luận số 14-KL/TW"
	}
	if sc.word(i+n+2) == "của" && nounModifiers[sc.phrase(i+n, 2, end)] {
		return 0 // "sự chỉ đạo sát sao của Thành ủy"
	}
	return n
}

// opinionTask: what "cho rằng" or "nêu rõ" says is a task when a modal
// opens it, within its first words: "cho rằng, thời gian tới các cấp ủy
// cần …", not "cho rằng kết quả đạt được là đáng ghi nhận, song cần …".
func opinionTask(sc *scan, i, n, end int) bool {
	words := 0
	for k := i + n; k < end && words < 8; k++ {
		switch sc.word(k) {
		case "":
			continue
		case "cần", "phải":
			// "cần được xem xét": a view of what should be; "phải 5 năm
			// mới …": how long a thing takes
			return sc.word(k+1) != "được" && (k+1 >= end || !sc.toks[k+1].digit())
		}
		words++
	}
	return false
}

// givesTask: "giao" gives a task, not the first syllable of another word
// ("giao thông", "giao ban", "giao lưu") unless a name follows
// (nameAfterGive), nor the second ("bàn giao", "ngoại giao"), nor a task
// received ("được giao").
func givesTask(sc *scan, i, n, end int) bool {
	w := sc.word(i - 1)
	return !(sc.in(notGive, i+n) && !sc.nameAfterGive(i, end) || w == "bàn" || w == "được" || w == "ngoại")
}

// notSteering: "chỉ đạo" after "ban" names a steering committee, a title
// of the one before it ("Phó Thủ tướng X, Trưởng ban chỉ đạo Tây Nguyên
// cho biết …", "Ủy ban chỉ đạo …"), not an instruction.
func notSteering(sc *scan, i, n, end int) bool {
	return sc.word(i-1) != "ban"
}

// commaRequest reports whether the n words at token v are a verb of a
// comma row of directiveCues used as a verb: not the noun of a list
// ("mục tiêu, yêu cầu đề ra", "yêu cầu và nguyện vọng").
func (sc *scan) commaRequest(v, n, end int) bool {
	if c := directiveCueOf[sc.phrase(v, n, end)]; c == nil || !c.comma {
		return false
	}
	switch sc.word(v + n) {
	case "", "đặt", "đề", "và", "nêu", "là", "được", "này", "đó":
		return false
	}
	return true
}

// doneMarks before a task cue make it a report of what was done, not a
// task: "Chính phủ đã tập trung chỉ đạo …", "được triển khai đồng bộ".
var doneMarks = wordSet("đã", "được", "vừa")

// isModal reports whether w is a modal among taskCues: it opens a task
// whatever stands before it ("kết quả đạt được phải …").
func isModal(w string) bool {
	return w == "cần" || w == "phải" || w == "hãy" || w == "nên"
}

// notTask lists a task cue with the word that makes another word of it,
// before ("không phải", is not) or after ("cần thiết", necessary).
var notTask = [...]struct{ before, cue, after string }{
	{cue: "cần", after: "thiết"}, {before: "không", cue: "phải"}, {before: "chưa", cue: "phải"},
}

// hasTask reports whether tokens [a, b) name a task (taskCues), not one
// reported done (doneMarks, with the cues right after it) nor another
// word (notTask).
func (sc *scan) hasTask(a, b int) bool {
	done := -1 // where the cues after a done mark end ("đã tập trung triển khai")
	for k := a; k < b; k++ {
		if sc.toks[k].first()&taskCues.bit == 0 {
			continue
		}
		n := sc.match(taskCues, k, b)
		switch {
		case n == 0 || sc.notTaskAt(k) || sc.broadCueAt(k, n, a):
		case (sc.in(doneMarks, k-1) || k == done) && !isModal(sc.word(k)):
			done = k + n
			k += n - 1
		default:
			return true
		}
	}
	return false
}

// broadCues are the task cues that name a task only where they stand:
// the nouns for tasks as what is emphasised, within the first words
// ("nhấn mạnh các nhiệm vụ trọng tâm …", not "… sẽ hoàn thành tốt nhiệm
// vụ mới"), and the verbs for doing, or for going on, not after "sẽ" or
// "đang" (statedMarks) nor after a purpose or a
// nominaliser inside a statement ("… để thực hiện các dự án", "…, việc
// triển khai tốt X sẽ tạo ra …"), though "nhấn mạnh việc thực hiện X"
// emphasises a task.
var broadCues = map[string]bool{"nhiệm vụ": true, "giải pháp": true, "thực hiện": true, "triển khai": true,
	"đảm bảo": true, "bảo đảm": true, "nâng cao": true, "tiếp tục": true}

// statedMarks before a broad verb tell what will go on or is going on,
// a forecast, a pledge or a fact: "… sẽ tiếp tục ủng hộ", "đang tiếp tục
// cải thiện".
var statedMarks = wordSet("sẽ", "đang")

// purposeMarks before a broad verb make it the aim or the topic of a
// statement, not a task.
var purposeMarks = wordSet("để", "nhằm", "việc", "góp phần", "trong việc", "tích cực")

// broadCueAt reports whether the task cue of n words at token k, in the
// tokens read from a on, is one of broadCues that names no task there.
func (sc *scan) broadCueAt(k, n, a int) bool {
	w := sc.phrase(k, n, len(sc.toks))
	if !broadCues[w] {
		return false
	}
	if w == "nhiệm vụ" || w == "giải pháp" {
		return k-a > 4
	}
	if sc.in(statedMarks, k-1) {
		return true
	}
	if k-a <= 3 {
		return false // "nhấn mạnh (đến) việc thực hiện …": the task emphasised
	}
	return sc.in(purposeMarks, k-1) || sc.isPhrase(purposeMarks, k-2, 2, k)
}

// notTaskAt reports whether the task cue at token k is another word
// (notTask).
func (sc *scan) notTaskAt(k int) bool {
	w := sc.word(k)
	for _, n := range notTask {
		if w == n.cue && (n.before != "" && sc.word(k-1) == n.before || n.after != "" && sc.word(k+1) == n.after) {
			return true
		}
	}
	return false
}
