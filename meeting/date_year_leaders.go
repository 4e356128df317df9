package meeting

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Leaders a careful reader knows: "Thủ tướng Nguyễn Xuân Phúc" is named so
// only while he held the office, from April 2016 to April 2021, so a
// meeting at which he is named so falls within those years. A leader
// named with his title bounds the meeting's day on both sides; named
// in a sentence that dates a past event ("Năm 2017, Thủ tướng … đã phê
// duyệt"), or as one who held it then ("khi đó"), only from below, as he
// may have left the office since. A former holder ("nguyên Thủ tướng")
// tells nothing, nor a deputy ("Phó Thủ tướng").

// A leaderTerm is one holder's time in an office: from the day the
// office was taken to the day it was left (zero while held). Where the
// day is not known to the day, from is the earliest and to the latest it
// may be.
type leaderTerm struct {
	name     string   // lower case, as written after the title
	titles   []string // the office's titles, lower case, the longest first
	from, to ymd
}

// ymd is a calendar day.
type ymd struct{ y, m, d int }

// leaderSlack is how long after leaving an office a leader is still named
// by its title: a report written in the days after names the post he
// held, and a visit or a death is reported for some weeks.
const leaderSlack = 60 * 24 * time.Hour

// The titles of the offices, lower case, the longest first.
var (
	partyChief        = []string{"tổng bí thư"}
	statePresident    = []string{"chủ tịch nước"}
	primeMinister     = []string{"thủ tướng chính phủ", "thủ tướng"}
	assemblyChair     = []string{"chủ tịch quốc hội"}
	deputyPremier     = []string{"phó thủ tướng chính phủ", "phó thủ tướng thường trực", "phó thủ tướng"}
	securityMinister  = []string{"bộ trưởng bộ công an"}
	hanoiSecretary    = []string{"bí thư thành ủy hà nội", "bí thư thành ủy"}
	hcmcSecretary     = []string{"bí thư thành ủy tp.hcm", "bí thư thành ủy tp hcm", "bí thư thành ủy tphcm", "bí thư thành ủy tp. hcm", "bí thư thành ủy tp hồ chí minh", "bí thư thành ủy"}
	hanoiChairman     = []string{"chủ tịch ubnd tp hà nội", "chủ tịch ubnd thành phố hà nội", "chủ tịch ubnd tp. hà nội", "chủ tịch ubnd tp", "chủ tịch ubnd thành phố"}
	hcmcChairman      = []string{"chủ tịch ubnd tp.hcm", "chủ tịch ubnd tp hcm", "chủ tịch ubnd tphcm", "chủ tịch ubnd tp. hcm", "chủ tịch ubnd tp hồ chí minh", "chủ tịch ubnd thành phố hồ chí minh", "chủ tịch ubnd tp", "chủ tịch ubnd thành phố"}
	danangSecretary   = []string{"bí thư thành ủy đà nẵng", "bí thư thành ủy tp đà nẵng", "bí thư thành ủy thành phố đà nẵng", "bí thư thành ủy"}
	danangChairman    = []string{"chủ tịch ubnd tp đà nẵng", "chủ tịch ubnd thành phố đà nẵng", "chủ tịch ubnd tp. đà nẵng", "chủ tịch ubnd đà nẵng", "chủ tịch ubnd tp", "chủ tịch ubnd thành phố"}
	germanChancellor  = []string{"thủ tướng"}
	japanesePremier   = []string{"thủ tướng"}
	britishPremier    = []string{"thủ tướng"}
	usPresident       = []string{"tổng thống"}
	koreanPresident   = []string{"tổng thống"}
	filipinoPresident = []string{"tổng thống"}
	laoPremier        = []string{"thủ tướng"}
	chinesePresident  = []string{"chủ tịch"}
	organisationHead  = []string{"trưởng ban tổ chức trung ương"}
	propagandaHead    = []string{"trưởng ban tuyên giáo trung ương"}
	foreignMinister   = []string{"bộ trưởng bộ ngoại giao"}
	financeMinister   = []string{"bộ trưởng bộ tài chính"}
)

// leaderTerms are the holders of the offices reports name most, national
// (the deputy prime ministers among them) and of the two largest cities,
// and a few foreign heads of state and government often named in the
// news. A holder of one office in two spells takes no row: two rows of
// one name and title would contradict each other.
var leaderTerms = []leaderTerm{
	{"nguyễn phú trọng", partyChief, ymd{2011, 1, 19}, ymd{2024, 7, 19}},
	{"tô lâm", partyChief, ymd{2024, 8, 3}, ymd{}},
	{"trương tấn sang", statePresident, ymd{2011, 7, 25}, ymd{2016, 4, 2}},
	{"trần đại quang", statePresident, ymd{2016, 4, 2}, ymd{2018, 9, 21}},
	{"nguyễn phú trọng", statePresident, ymd{2018, 10, 23}, ymd{2021, 4, 5}},
	{"nguyễn xuân phúc", statePresident, ymd{2021, 4, 5}, ymd{2023, 1, 18}},
	{"võ văn thưởng", statePresident, ymd{2023, 3, 2}, ymd{2024, 3, 21}},
	{"tô lâm", statePresident, ymd{2024, 5, 22}, ymd{2024, 10, 21}},
	{"lương cường", statePresident, ymd{2024, 10, 21}, ymd{}},
	{"nguyễn tấn dũng", primeMinister, ymd{2006, 6, 27}, ymd{2016, 4, 7}},
	{"nguyễn xuân phúc", primeMinister, ymd{2016, 4, 7}, ymd{2021, 4, 5}},
	{"phạm minh chính", primeMinister, ymd{2021, 4, 5}, ymd{}},
	{"nguyễn sinh hùng", assemblyChair, ymd{2011, 7, 23}, ymd{2016, 3, 31}},
	{"nguyễn thị kim ngân", assemblyChair, ymd{2016, 3, 31}, ymd{2021, 3, 31}},
	{"vương đình huệ", assemblyChair, ymd{2021, 3, 31}, ymd{2024, 4, 26}},
	{"trần thanh mẫn", assemblyChair, ymd{2024, 5, 20}, ymd{}},
	{"hoàng trung hải", deputyPremier, ymd{2007, 8, 2}, ymd{2016, 4, 9}},
	{"nguyễn xuân phúc", deputyPremier, ymd{2011, 8, 3}, ymd{2016, 4, 7}},
	{"vũ đức đam", deputyPremier, ymd{2013, 11, 13}, ymd{2023, 1, 5}},
	{"phạm bình minh", deputyPremier, ymd{2013, 11, 13}, ymd{2023, 1, 5}},
	{"trương hòa bình", deputyPremier, ymd{2016, 4, 9}, ymd{2021, 4, 6}},
	{"trịnh đình dũng", deputyPremier, ymd{2016, 4, 9}, ymd{2021, 4, 6}},
	{"vương đình huệ", deputyPremier, ymd{2016, 4, 9}, ymd{2020, 2, 7}},
	{"tô lâm", securityMinister, ymd{2016, 4, 9}, ymd{2024, 6, 6}},
	{"hoàng trung hải", hanoiSecretary, ymd{2016, 2, 1}, ymd{2020, 2, 8}},
	{"vương đình huệ", hanoiSecretary, ymd{2020, 2, 7}, ymd{2021, 4, 1}},
	{"đinh tiến dũng", hanoiSecretary, ymd{2021, 3, 1}, ymd{2024, 6, 8}},
	{"bùi thị minh hoài", hanoiSecretary, ymd{2024, 6, 7}, ymd{}},
	{"đinh la thăng", hcmcSecretary, ymd{2016, 2, 1}, ymd{2017, 5, 15}},
	{"nguyễn thiện nhân", hcmcSecretary, ymd{2017, 4, 1}, ymd{2020, 11, 1}},
	{"nguyễn văn nên", hcmcSecretary, ymd{2020, 10, 1}, ymd{}},
	{"nguyễn đức chung", hanoiChairman, ymd{2015, 12, 1}, ymd{2020, 8, 15}},
	{"chu ngọc anh", hanoiChairman, ymd{2020, 7, 15}, ymd{2022, 6, 10}},
	{"nguyễn thành phong", hcmcChairman, ymd{2016, 1, 1}, ymd{2021, 7, 1}},
	{"nguyễn xuân anh", danangSecretary, ymd{2015, 10, 15}, ymd{2017, 10, 15}},
	{"trương quang nghĩa", danangSecretary, ymd{2017, 10, 1}, ymd{2020, 11, 1}},
	{"huỳnh đức thơ", danangChairman, ymd{2015, 1, 1}, ymd{2021, 3, 31}},
	{"angela merkel", germanChancellor, ymd{2005, 11, 22}, ymd{2021, 12, 8}},
	{"shinzo abe", japanesePremier, ymd{2012, 12, 26}, ymd{2020, 9, 16}},
	{"theresa may", britishPremier, ymd{2016, 7, 13}, ymd{2019, 7, 24}},
	{"donald trump", usPresident, ymd{2017, 1, 20}, ymd{2021, 1, 20}},
	{"barack obama", usPresident, ymd{2009, 1, 20}, ymd{2017, 1, 20}},
	{"moon jae-in", koreanPresident, ymd{2017, 5, 10}, ymd{2022, 5, 10}},
	{"rodrigo duterte", filipinoPresident, ymd{2016, 6, 30}, ymd{2022, 6, 30}},
	{"thongloun sisoulith", laoPremier, ymd{2016, 4, 20}, ymd{2021, 3, 22}},
	{"tập cận bình", chinesePresident, ymd{2012, 11, 15}, ymd{}},
	{"phạm minh chính", organisationHead, ymd{2016, 1, 28}, ymd{2021, 4, 30}},
	{"võ văn thưởng", propagandaHead, ymd{2016, 1, 28}, ymd{2021, 4, 30}},
	{"phạm bình minh", foreignMinister, ymd{2011, 8, 3}, ymd{2021, 4, 8}},
	{"đinh tiến dũng", financeMinister, ymd{2013, 1, 1}, ymd{2021, 4, 8}},
}

// leaderFormer, as the word before a title, make the holder a former or
// a deputy one: "nguyên Thủ tướng", "Phó Thủ tướng".
var leaderFormer = []string{"nguyên", "cố", "cựu", "phó"}

// leaderThen, in the sentence that names a leader, tell that he held the
// office then, not now: "Thủ tướng khi đó", "từng là", "dưới thời", "chính
// quyền Tổng thống …" (an administration named is most often one past).
var leaderThen = []string{"khi đó", "lúc đó", "khi ấy", "lúc ấy", "thời điểm đó", "lúc bấy giờ", "khi bấy giờ", "trước đây", "từng", "thời", "tiền nhiệm", "chính quyền"}

// leaderGapStops, between a title and a name, make the name another
// person's, or one not yet in office: "Thủ tướng tiếp ông …", "Thủ tướng
// cùng Bộ trưởng …", "Tổng thống đắc cử …".
var leaderGapStops = []string{"đắc cử", "và", "cùng", "với", "tiếp", "gặp", "của", "cho", "ông", "bà", "đồng chí"}

// leaderPersonWords, before a name, open a person's mention whose titles
// follow: "ông Đinh La Thăng, Bí thư Thành ủy".
var leaderPersonWords = []string{"ông", "bà"}

// leaderClues appends a limit for each leader the report names with his
// title (leaderTerms): the meeting falls within his time in office, or
// after its start only where the sentence tells of the past.
func (p *parser) leaderClues(out []yearClue) []yearClue {
	l := p.doc.Lower[:p.end]
	var buf [16]leaderHit
	hits := p.leaderHits(buf[:0])
	for i := range leaderTerms {
		lt := &leaderTerms[i]
		for _, h := range hits {
			if h.term != i {
				continue
			}
			at := h.at
			e := at + len(lt.name)
			if !textscan.AtWordEnd(l, e) || !p.titledBefore(at, lt.titles) && !p.titledAfter(at, e, lt.titles) {
				continue
			}
			c := yearClue{from: day(lt.from.y, lt.from.m, lt.from.d), limit: true, at: at}
			c.to = day(9999, 1, 1)
			if lt.to != (ymd{}) && !p.toldOfThen(at) {
				c.to = day(lt.to.y, lt.to.m, lt.to.d).Add(leaderSlack)
			}
			out = append(out, c)
		}
	}
	return out
}

// A leaderHit is the name of leaderTerms[term] at Lower[at:].
type leaderHit struct{ term, at int }

// leaderHits appends to hits where the report names a leader of
// leaderTerms at the start of a word, in the order of the text: for each
// term, the offsets textscan.WordHits yields for its name (no name starts
// again at a word of its own: TestLeaderHits), found in one pass over the
// report rather than one for each of some thirty names.
func (p *parser) leaderHits(hits []leaderHit) []leaderHit {
	l := p.doc.Lower[:p.end]
	candidateStarts(l, &leaderStarts, func(j int) {
		if j < 0 {
			j = ^j
		}
		if !textscan.AtWordStart(l, j) {
			return
		}
		h := textscan.Head8(l, j)
		for _, k := range leaderKeys[l[j]] {
			if name := leaderTerms[k.term].name; h&k.mask == k.head && (len(name) <= 8 || strings.HasPrefix(l[j:], name)) {
				hits = append(hits, leaderHit{k.term, j})
			}
		}
	})
	return hits
}

// A leaderKey is the name of leaderTerms[term] by its first eight bytes
// (all of a shorter name), as textscan.Head8 reads them, and mask, which
// of them are the name's.
type leaderKey struct {
	head, mask uint64
	term       int
}

// leaderKeys lists the names of leaderTerms by their first byte, in the
// order of the terms, so that leaderHits compares a word with the few
// names that start like it, and most at one look.
var leaderKeys = func() (t [256][]leaderKey) {
	for i, lt := range leaderTerms {
		mask := ^uint64(0) >> (64 - 8*min(len(lt.name), 8))
		t[lt.name[0]] = append(t[lt.name[0]], leaderKey{textscan.Head8(lt.name, 0) & mask, mask, i})
	}
	return t
}()

// leaderStarts holds the first bytes of the leaders' names, all of four
// bytes or more, for leaderHits.
var leaderStarts = func() (set startSet) {
	for _, lt := range leaderTerms {
		if len(lt.name) < 4 {
			panic("meeting: a leader's name must have four bytes or more")
		}
		set.add(lt.name, 0)
	}
	return set
}()

// titleClauseMarks end the clause before a leader's name: ,;:()\n" “ ”.
var titleClauseMarks = newQuotedMarks(",;:()\n\"")

// titledBefore reports whether one of titles ends the clause before the
// name at Lower[i:], a few words of place or country between ("Thủ tướng
// Đức Angela Merkel"), and no former or deputy holder is meant.
func (p *parser) titledBefore(i int, titles []string) bool {
	l := p.doc.Lower
	cs := max(0, i-100)
	if k := titleClauseMarks.lastIn(l[cs:i]); k >= 0 {
		cs += k + 1
	}
	clause := l[cs:i]
	for _, t := range titles {
		k := strings.LastIndex(clause, t)
		if k < 0 || !textscan.AtWordStart(clause, k) || !textscan.AtWordEnd(clause, k+len(t)) {
			continue
		}
		gap := clause[k+len(t):]
		if strings.Count(gap, " ") > 8 || strings.ContainsAny(gap, ".") && !strings.Contains(gap, "tp.") || containsAnyWord(gap, leaderGapStops) {
			return false
		}
		ws, we := prevWord(clause, k)
		return !isOneOf(clause[ws:we], leaderFormer)
	}
	return false
}

// titledAfter reports whether one of titles opens one of the
// comma-separated titles after the name at Lower[s:i], which a person
// word opens: "ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành
// ủy TP.HCM". Without it the name may be one of a list whose next
// person's title follows ("Thủ tướng X, Chủ tịch nước Y").
func (p *parser) titledAfter(s, i int, titles []string) bool {
	t, l := p.doc.Text, p.doc.Lower
	if ws, we := prevWord(l, s); !isOneOf(l[ws:we], leaderPersonWords) && !strings.HasSuffix(l[:s], "đồng chí ") {
		return false
	}
	for range 4 {
		if i >= len(l) || l[i] != ',' {
			return false
		}
		i = textscan.SkipSpaces(l, i+1)
		if r, _ := utf8.DecodeRuneInString(t[i:]); !unicode.IsUpper(r) {
			return false // the sentence goes on: "…, đã phát biểu"
		}
		for _, ti := range titles {
			if textscan.PrefixWordAt(l, i, ti) {
				return true
			}
		}
		k := strings.IndexAny(l[i:min(len(l), i+120)], ",;.()\n")
		if k < 0 {
			return false
		}
		i += k
	}
	return false
}

// toldOfThen reports whether the sentence around Lower[i:] dates a past
// event by its year or says that its leader held his office then.
func (p *parser) toldOfThen(i int) bool {
	ss, se := sentenceBounds(p.doc.Text, i, 0, p.end)
	s := p.doc.Lower[ss:se]
	// The year first: one pass over the digits is cheaper than the
	// search for each word of leaderThen.
	for k := textscan.NextDigit(s, 0); k < len(s); k = textscan.NextDigit(s, k+1) {
		e := digitsAt(s, k)
		if y, ok := atoiSpan(s, k, e); ok && e-k == 4 && y >= 1945 && y <= 2100 && textscan.AtWordEnd(s, e) && (k == 0 || !textscan.WordRuneBefore(s, k)) {
			return true
		}
		k = e
	}
	return containsAnyWord(s, leaderThen)
}
