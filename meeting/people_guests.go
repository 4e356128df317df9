package meeting

// This file is the one home of what makes a speaker a guest: a leader of
// a higher level than the body that met who speaks at its meeting attends
// it ("Phát biểu tại kỳ họp, Chủ tịch Quốc hội X …", "Tại hội nghị, đồng
// chí Y, Phó Bí thư Tỉnh ủy phát biểu …" at a district's conference),
// while the body's own leaders who speak are its hosts. The speech is the
// "phát biểu" row of roleCues (role_verbs.go); the levels are the rows of
// titleLevels. Test: TestGuestSpeakers (people_guests_test.go).

import "github.com/vnreport/vnreport/internal/textscan"

// A titleLevel is a word of an office title that tells the level of the
// office: 3 national, 2 provincial, 1 district.
type titleLevel struct {
	phrase string // lower case, matched at word bounds in the title
	rank   int
}

// titleLevels tell the level of a title by its organ. "Thành ủy" and
// "thành phố" are read apart (cityRank): a city is a province beside its
// districts (quận) but a district of a province elsewhere.
var titleLevels = []titleLevel{
	{"bộ chính trị", 3}, {"ban bí thư", 3}, {"trung ương", 3}, {"quốc hội", 3}, {"chính phủ", 3},
	{"thủ tướng", 3}, {"chủ tịch nước", 3}, {"tổng bí thư", 3}, {"bộ trưởng", 3}, {"thứ trưởng", 3},
	{"thống đốc", 3}, {"tổng kiểm toán", 3}, // the State Bank's and the State Audit's heads
	{"tỉnh ủy", 2}, {"tỉnh", 2}, {"tuv", 2},
	{"huyện ủy", 1}, {"quận ủy", 1}, {"thị ủy", 1}, {"huyện", 1}, {"quận", 1}, {"thị xã", 1},
	{"xã", 0}, {"phường", 0}, {"thị trấn", 0}, {"đảng ủy", 0},
}

// cityWords name a city's organs; their rank is cityRank.
var cityWords = []string{"thành ủy", "thành phố", "tp"}

// bodyRanks give the level of the body that met by its Body.Level.
var bodyRanks = map[string]int{"tỉnh": 2, "thành phố": 2, "quận": 1, "huyện": 1, "thị xã": 1,
	"phường": 0, "xã": 0, "thị trấn": 0}

// cityRank is the rank of a city's organ for a body of the given level:
// the body's own for a city's, a province's beside a district of a city
// (quận), else a district's.
func cityRank(level string) int {
	if level == "quận" || level == "thành phố" {
		return 2
	}
	return 1
}

// guestOf reports whether person pi is a guest of a body of the given
// level: one of the titles the text gives them is of a higher level, and
// none is of the body's own (a district's secretary who sits on the
// province's committee hosts the district's meeting).
func (sc *scan) guestOf(pi int, level string) bool {
	body, ok := bodyRanks[level]
	if !ok || pi < 0 {
		return false
	}
	higher := false
	for _, t := range sc.persons[pi].all {
		r := titleRank(sc.l[t.s:t.e], level)
		if r == body {
			return false
		}
		higher = higher || r > body
	}
	return higher
}

// titleRank returns the highest level a title's words tell, or -1.
func titleRank(title, level string) int {
	best := -1
	for _, tl := range titleLevels {
		if tl.rank > best && textscan.ContainsWord(title, tl.phrase) {
			best = tl.rank
		}
	}
	for _, w := range cityWords {
		if r := cityRank(level); r > best && textscan.ContainsWord(title, w) {
			best = r
		}
	}
	return best
}

// speechAtMeeting: "phát biểu" tells of a guest's speech at the meeting
// in a sentence that opens on it and the meeting, its speaker after the
// comma ("Phát biểu chỉ đạo tại kỳ họp, X …", "Phát biểu chỉ đạo hội
// nghị, X …"), or that opens on the
// meeting ("Tại hội nghị, X phát biểu …"); never a press briefing's. "X
// phát biểu tại hội nghị." alone is most often a photo's caption.
func speechAtMeeting(sc *scan, i, n int) bool {
	open := sc.sentenceOpen(i)
	k := i + n
	for j := 0; j < 2; j++ {
		m := sc.match(speechKinds, k, len(sc.toks))
		if m == 0 {
			break
		}
		k += m
	}
	if i == open && k > i+n && sc.word(k) != "tại" && sc.meetingWord(k) {
		k-- // "Phát biểu chỉ đạo hội nghị, X …": the meeting the speech is given to
	} else if i != open || sc.word(k) != "tại" {
		k = open
		if sc.word(k) != "tại" {
			return false
		}
	}
	return sc.meetingWord(k+1) && !sc.isWords(k+1, "buổi", "họp", "báo") && !sc.isWords(k+1, "họp", "báo")
}

// speechKinds name what a speech does: "phát biểu chỉ đạo", "phát biểu ý
// kiến", "phát biểu khai mạc".
var speechKinds = wordSet("chỉ đạo", "ý kiến", "khai mạc", "bế mạc", "kết luận", "chào mừng", "tham luận")

// sentenceOpen returns the first token of the sentence holding token i,
// past opening quotes and dashes.
func (sc *scan) sentenceOpen(i int) int {
	si := sc.sentenceAt(i)
	if si == len(sc.sents) {
		return i
	}
	k := sc.sents[si].ts
	for sc.punct(k) == '"' || sc.punct(k) == '-' {
		k++
	}
	return k
}
