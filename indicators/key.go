package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// The keys of the taxonomy in SCHEMA.md. The wording that selects each is
// the table keyCues (keys_table.go).
const (
	KeyBudgetRevenue        Key = "budget_revenue"                 // thu ngân sách, thu nội địa
	KeyBudgetSpending       Key = "budget_spending"                // chi ngân sách, chi đầu tư phát triển
	KeyEconomicGrowth       Key = "economic_growth"                // tăng trưởng kinh tế, GRDP, GDP
	KeyIncome               Key = "income_per_capita"              // thu nhập bình quân đầu người
	KeyProductionValue      Key = "production_value"               // giá trị sản xuất
	KeyAgriculture          Key = "agriculture"                    // nông nghiệp, lương thực, thủy sản
	KeyIndustry             Key = "industry"                       // công nghiệp, chỉ số sản xuất công nghiệp
	KeyTradeServices        Key = "trade_services"                 // thương mại, dịch vụ, bán lẻ
	KeyExport               Key = "export"                         // xuất khẩu, kim ngạch
	KeyTourism              Key = "tourism"                        // khách du lịch, doanh thu du lịch
	KeyTotalInvestment      Key = "total_investment"               // vốn đầu tư toàn xã hội, FDI
	KeyPublicInvestment     Key = "public_investment_disbursement" // giải ngân vốn đầu tư công
	KeyEnterprises          Key = "enterprises"                    // doanh nghiệp thành lập mới
	KeyEmployment           Key = "employment"                     // việc làm, lao động, đào tạo nghề
	KeyPoverty              Key = "poverty"                        // hộ nghèo, hộ cận nghèo
	KeyNewRural             Key = "new_rural"                      // nông thôn mới, tiêu chí
	KeySocialInsurance      Key = "social_insurance"               // bảo hiểm y tế, bảo hiểm xã hội
	KeyEducation            Key = "education"                      // học sinh, trường đạt chuẩn
	KeyHealth               Key = "health"                         // trạm y tế, bác sĩ, tiêm chủng
	KeyCulture              Key = "culture"                        // gia đình văn hóa, làng văn hóa
	KeyEnvironment          Key = "environment"                    // rác thải, nước sạch, che phủ rừng
	KeySiteClearance        Key = "site_clearance"                 // giải phóng mặt bằng
	KeyInfrastructure       Key = "infrastructure"                 // công trình, km đường, khởi công
	KeyPopulation           Key = "population"                     // dân số, hộ dân, diện tích tự nhiên
	KeyAdministrativeReform Key = "administrative_reform"          // thủ tục hành chính, hồ sơ
	KeyComplaints           Key = "complaints"                     // khiếu nại, tố cáo, kiến nghị cử tri
	KeyCrime                Key = "crime"                          // phạm pháp hình sự, ma túy
	KeyTrafficSafety        Key = "traffic_safety"                 // tai nạn giao thông
	KeyMilitaryEnlistment   Key = "military_enlistment"            // giao quân, tuyển quân
	KeyPartyAdmission       Key = "party_admission"                // kết nạp đảng viên
	KeyPartyMembers         Key = "party_members"                  // đảng viên, huy hiệu Đảng
	KeyPartyOrganizations   Key = "party_organizations"            // tổ chức cơ sở đảng, chi bộ
	KeyPartyDiscipline      Key = "party_discipline"               // kiểm tra, giám sát, kỷ luật
	KeyTargetsMet           Key = "targets_met"                    // chỉ tiêu đạt và vượt
	KeyVote                 Key = "vote"                           // phiếu, biểu quyết, tán thành
)

// noKey marks the rows of keyCues whose measure fits no key.
const noKey Key = ""

// Keys lists the keys of the taxonomy, in the order of SCHEMA.md.
var Keys = [...]Key{
	KeyBudgetRevenue, KeyBudgetSpending, KeyEconomicGrowth, KeyIncome, KeyProductionValue,
	KeyAgriculture, KeyIndustry, KeyTradeServices, KeyExport, KeyTourism, KeyTotalInvestment,
	KeyPublicInvestment, KeyEnterprises, KeyEmployment, KeyPoverty, KeyNewRural, KeySocialInsurance,
	KeyEducation, KeyHealth, KeyCulture, KeyEnvironment, KeySiteClearance, KeyInfrastructure,
	KeyPopulation, KeyAdministrativeReform, KeyComplaints, KeyCrime, KeyTrafficSafety,
	KeyMilitaryEnlistment, KeyPartyAdmission, KeyPartyMembers, KeyPartyOrganizations,
	KeyPartyDiscipline, KeyTargetsMet, KeyVote,
}

// KeyOf returns the taxonomy key for a measure written in Vietnamese, such
// as "thu ngân sách Nhà nước trên địa bàn", or "" when none fits. Matching
// ignores case and tone-mark placement; the first row of the key table
// that the phrase holds wins.
func KeyOf(metric string) Key {
	low := textscan.Lower(vntext.Normalize(metric))
	if r := bestCue("", low, 0, len(low), cueNoMoney); r >= 0 {
		return keyCues[r].key // noKey for the rows of measures without one
	}
	return ""
}

// A cueKind says which rows of keyCues may match a phrase; kinds combine.
type cueKind uint8

const (
	cueNoMoney cueKind = 0         // phrases, for a measure without money figures
	cueMoney   cueKind = 1 << iota // phrases, for a measure with money figures
	cueUnit                        // a figure's unit: the unit rows too
	cueWide                        // a sentence or heading around: not the own rows
	cueRate                        // every figure a percentage level: the rows for rates too
	cueInspect                     // an inspection's figures: an office's name names the field inspected
	cuePrice                       // every figure a price, money per something: the rows for prices too
	cueTotal                       // every figure money in billions or millions of dollars: no row for one head's money
)

// cueIndex lists the rows of keyCues by their first word, in table order.
var cueIndex = func() map[string][]int {
	m := make(map[string][]int, len(keyCues))
	for i, c := range keyCues {
		w := c.cue[:wordRunEnd(c.cue, 0, len(c.cue))] // as cueAt finds it: "tm" of "tm-dv"
		m[w] = append(m[w], i)
	}
	return m
}()

// cueHeads holds a fingerprint (cueMark) of each first word of cueIndex,
// so that most words no row opens with are passed over without a
// look-up.
var cueHeads = func() (h [1 << 10]uint64) {
	for w := range cueIndex {
		if w != "" {
			m := cueMark(w)
			h[m>>6] |= 1 << (m & 63)
		}
	}
	return h
}()

// cueTable holds cueIndex by open addressing on cueMark: a word's rows
// are found in a probe or two, where the map hashes the whole word.
var cueTable = func() (t [1 << 10]struct {
	word string
	rows []int
}) {
	if len(cueIndex) > len(t)*3/4 {
		panic("indicators: cueTable is too small for the first words of keyCues")
	}
	for w, rows := range cueIndex {
		k := cueMark(w) % uint32(len(t))
		for t[k].word != "" {
			k = (k + 1) % uint32(len(t))
		}
		t[k].word, t[k].rows = w, rows
	}
	return t
}()

// cueRows returns cueIndex[w], for a word w that is not empty, m its cueMark.
func cueRows(w string, m uint32) []int {
	for k := m % uint32(len(cueTable)); cueTable[k].word != ""; k = (k + 1) % uint32(len(cueTable)) {
		if cueTable[k].word == w {
			return cueTable[k].rows
		}
	}
	return nil
}

// cueMark returns a 16-bit fingerprint of a word that is not empty: of its
// length and its first, middle and last bytes.
func cueMark(w string) uint32 {
	n := len(w)
	x := uint32(n)<<24 ^ uint32(w[0])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[n-1])
	return x * 0x9E3779B1 >> 16
}

// cueAt returns the first row of keyCues that matches low at the word
// low[i:we], within low[s:e], and whose guards hold in low[s:e]; or -1.
// a, when not nil, remembers the sentence guards' answers.
func cueAt(low string, i, we, s, e int, kind cueKind, a *inspectAsk) int {
	m := cueMark(low[i:we])
	if cueHeads[m>>6]&(1<<(m&63)) == 0 {
		return -1
	}
	for _, r := range cueRows(low[i:we], m) {
		c := &keyCues[r]
		if c.rate && kind&cueRate == 0 || c.price && kind&cuePrice == 0 || c.perHead && kind&cueTotal != 0 || c.unit && kind&cueUnit == 0 || c.money && kind&cueMoney == 0 || c.noMoney && kind&cueMoney != 0 || (c.own || c.weak) && kind&cueWide != 0 {
			continue
		}
		end := i + len(c.cue)
		if end > e || low[i:end] != c.cue || end < e && textscan.WordRuneAt(low, end) {
			continue
		}
		if c.sentWith != nil && kind&cueUnit == 0 && a.sentenceClear(low, i, c.sentWith) {
			continue // a unit's is checked in its figure's sentence, by keyRow
		}
		if guardsHold(low[s:e], c) && a.sentenceClear(low, i, c.sentUnless) && !after(low, i, c.notAfter) {
			return r
		}
	}
	return -1
}

// A unitMemo remembers what a look-up gave for the last units it was
// asked of: a report writes a few units, "tỷ đồng", "ha", "người", for
// most of its figures, and each indicator's units are looked up more than
// once. Its zero value is ready to use.
type unitMemo[V any] struct {
	unit [8]string
	val  [8]V
	next int // the slot the next unit takes
}

// get returns look(u), from the memo when u was asked of lately.
func (m *unitMemo[V]) get(u string, look func(string) V) V {
	for k := range m.unit {
		if m.unit[k] == u && u != "" {
			return m.val[k]
		}
	}
	v := look(u)
	m.unit[m.next], m.val[m.next] = u, v
	m.next = (m.next + 1) % len(m.unit)
	return v
}

// unitCue returns the row of keyCues that the unit u names, or -1.
func unitCue(u string) int {
	low := textscan.Lower(u)
	return bestCue("", low, 0, len(low), cueUnit)
}

// wordRunEnd returns the end of the run of word runes at low[i:], cut at e.
func wordRunEnd(low string, i, e int) int {
	return textscan.WordRunEnd(low, i, e)
}

func guardsHold(phrase string, c *keyCue) bool {
	for _, w := range c.unless {
		if textscan.IndexWord(phrase, w) >= 0 {
			return false
		}
	}
	for _, w := range c.with {
		if textscan.IndexWord(phrase, w) >= 0 {
			return true
		}
	}
	return len(c.with) == 0
}

// sentenceClear reports whether none of words is in the sentence of
// low that holds low[i]: from the line break or full stop before it to the
// one after it.
func sentenceClear(low string, i int, words []string) bool {
	if len(words) == 0 {
		return true
	}
	s, e := sentenceSpan(low, i)
	return wordsClear(low[s:e], words)
}

// maxSentence bounds the search for a sentence's ends on either side of
// low[i]: no sentence of a report runs so long (the longest over 7,000
// articles is under 3 KB), and a text with no sentence end, such as a
// table pasted as one line, then costs each figure a bounded search, not
// a scan to its ends.
const maxSentence = 4096

// sentenceSpan returns the bounds of the sentence of sentenceClear that
// holds low[i], at most maxSentence bytes on either side of i.
func sentenceSpan(low string, i int) (s, e int) {
	s, e = sentenceStart(low, i), min(len(low), i+maxSentence)
	if k := strings.IndexByte(low[i:e], '\n'); k >= 0 {
		e = i + k
	}
	if k := strings.Index(low[i:e], ". "); k >= 0 {
		e = i + k
	}
	return s, e
}

// wordsClear reports whether none of words stands whole in low.
func wordsClear(low string, words []string) bool {
	for _, w := range words {
		if textscan.IndexWord(low, w) >= 0 {
			return false
		}
	}
	return true
}

// sentenceStart returns where the sentence of sentenceClear that holds
// low[i] starts: after the last line break or ". " before i, or
// maxSentence bytes before i. One scan back stops at the nearer, where a
// search for each went back to its own.
func sentenceStart(low string, i int) int {
	for j := i - 1; j >= max(0, i-maxSentence); j-- {
		if c := low[j]; c == '\n' {
			return j + 1
		} else if c == ' ' && j > 0 && low[j-1] == '.' {
			return j
		}
	}
	return max(0, i-maxSentence)
}

// after reports whether one of words stands right before low[i], spaces
// between: a whole word, or a mark such as "%".
func after(low string, i int, words []string) bool {
	before := strings.TrimRight(low[:i], " ")
	for _, w := range words {
		if strings.HasSuffix(before, w) && (!textscan.WordRuneAt(w, 0) || !textscan.WordRuneBefore(before, len(before)-len(w))) {
			return true
		}
	}
	return false
}

// words calls f with each word of low[s:e] until f returns false: the
// word's start, where no word rune ends, and its end, where the run of
// word runes from there stops or e cuts it.
func words(low string, s, e int, f func(i, we int) bool) {
	i := s
	if textscan.WordRuneBefore(low, s) { // the rest of a word is none
		i = wordRunEnd(low, s, e)
	}
	for i < e {
		if c := low[i]; c < utf8.RuneSelf {
			if !textscan.IsWordByte(c) {
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(low[i:]); !textscan.IsWordRune(r) {
			i += w
			continue
		}
		we := wordRunEnd(low, i, e)
		if !f(i, we) {
			return
		}
		i = we
	}
}

// bestCue returns the row of keyCues that ranks first among those the
// phrase low[s:e] holds, or -1. When t, the text low is the lower case
// of, is given, a cue inside a firm's name is passed over (see inFirmName).
func bestCue(t, low string, s, e int, kind cueKind) int {
	return bestCueAsk(t, low, s, e, kind, nil)
}

// bestCueAsk is bestCue that, when a is not nil, asks a whether the
// figures count an inspection (cueInspect) only for a cue in an office's
// name, the one place the answer counts.
func bestCueAsk(t, low string, s, e int, kind cueKind, a *inspectAsk) int {
	best := -1
	words(low, s, e, func(i, we int) bool {
		if r := cueAt(low, i, we, s, e, kind, a); r >= 0 && (best < 0 || r < best) && !inFirmName(t, low, i, r) && a.agencyOK(t, low, s, i, kind) {
			best = r
		}
		return best != 0
	})
	return best
}

// lastCue returns the row of keyCues nearest the end of low[s:e]: the
// topic a sentence was on when it reached a figure; or -1. A word a longer
// cue covers is not matched again ("đảng viên" of "kết nạp đảng viên"),
// and a cue in the name of an office is passed over (inAgencyName).
// t is as for bestCue.
func lastCue(t, low string, s, e int, kind cueKind, a *inspectAsk) int {
	last, skip := -1, s
	words(low, s, e, func(i, we int) bool {
		if i < skip {
			return true
		}
		if r := cueAt(low, i, we, s, e, kind, a); r >= 0 && !inFirmName(t, low, i, r) && a.agencyOK(t, low, s, i, kind) {
			last, skip = r, i+len(keyCues[r].cue)
		}
		return true
	})
	return last
}

// An inspectAsk answers, once asked, whether an indicator counts an
// inspection (see inspects): a cue in an office's name alone needs it.
type inspectAsk struct {
	x            *extractor
	in           *Indicator
	asked, found bool
}

// agencyOK reports whether the cue at low[i:] may decide: it stands in no
// office's name (inAgencyName), or the figures count an inspection (kind
// has cueInspect, or a, when not nil, finds that they do).
func (a *inspectAsk) agencyOK(t, low string, s, i int, kind cueKind) bool {
	if kind&cueInspect != 0 || !inAgencyName(t, low, s, i) {
		return true
	}
	if a == nil {
		return false
	}
	if !a.asked {
		a.asked, a.found = true, a.x.inspects(a.in)
	}
	return a.found
}

// sentenceClear is sentenceClear, remembered by a's extractor (sentMemo)
// when a is not nil: low is then its lower-case text.
func (a *inspectAsk) sentenceClear(low string, i int, words []string) bool {
	if a == nil {
		return sentenceClear(low, i, words)
	}
	return a.x.sentClear.clear(low, i, words)
}

// namesMeasure reports whether low[s:e] holds a cue of the key table that
// names a measure: a row neither weak nor for units only.
func namesMeasure(low string, s, e int) bool {
	r := bestCue("", low, s, e, cueMoney)
	return r >= 0 && !keyCues[r].weak && keyCues[r].key != noKey
}

// firmHeads open a firm's name: a cue within the capitalised words after
// one ("Công ty TNHH Thương mại An Phú", "Ngân hàng TMCP Đầu tư và Phát
// triển", "Công ty Cổ phần Du lịch Biển Xanh", whose "Cổ phần" is as near
// as the cue is found) names the firm, not what a figure measures.
var firmHeads = []string{"công ty", "cty", "ctcp", "tập đoàn", "ngân hàng", "cổ phần"}

// inFirmName reports whether the cue at low[i:] stands in a firm's name in
// t, the text low is the lower case of: it is capitalised, and the run of
// capitalised words before it (with "và", "&", "-" between) opens on, or
// follows, one of firmHeads. t "" reports false, and so does a row r of
// a measure without a key: a firm's "Cổ phần" still says that its
// figures are its accounts.
func inFirmName(t, low string, i, r int) bool {
	if t == "" || keyCues[r].key == noKey {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[i:]); !unicode.IsUpper(r) {
		return false
	}
	run, from := i, -1 // where the run of capitalised words opens; where a head may open
	for n, j := 0, i; n < 8 && from < 0; n++ {
		for j > 0 && t[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && t[k-1] != ' ' && t[k-1] != '\n' {
			k--
		}
		w := t[k:j]
		if w == "" || strings.ContainsAny(w, ".,;:()\"") {
			from = run // the end of a sentence or clause before: the run alone
		} else if r, _ := utf8.DecodeRuneInString(w); w != "và" && w != "&" && w != "-" && !unicode.IsUpper(r) {
			from = max(0, run-16) // a lower-case word: "công ty" may end there
		} else {
			run, j = k, k
		}
	}
	if from < 0 {
		from = run
	}
	for _, h := range firmHeads {
		if textscan.IndexWord(low[from:i], h) >= 0 {
			return true
		}
	}
	return false
}

// agencyHeads open the name of an office or body, capitalised ("Sở Văn
// hóa, Thể thao và Du lịch", "Bộ Giao thông vận tải", "Tổ chức Y tế Thế
// giới", "Tham tán Thương mại"): a field word in it names who speaks or
// acts, not the topic a sentence's figures are on.
var agencyHeads = map[string]bool{"sở": true, "bộ": true, "tổ chức": true, "hiệp hội": true, "viện": true, "cục": true,
	"tổng cục": true, "ủy ban": true, "trung tâm": true, "phòng": true, "tham tán": true, "bộ trưởng": true, "đài": true}

// agencyFirst marks the first bytes of agencyHeads, so that inAgencyName
// hashes only the words that may be one.
var agencyFirst = func() (f [256]bool) {
	for h := range agencyHeads {
		f[h[0]] = true
	}
	return f
}()

// inAgencyName reports whether the cue at low[i:] stands within the first
// words of an office's name that opens, capitalised in t, on one of
// agencyHeads, no further back than s nor past a clause's mark.
func inAgencyName(t, low string, s, i int) bool {
	if t == "" {
		return false
	}
	var starts [8]int // where the words before i start, nearest first
	n, j := 0, i
	for n < len(starts) && j > s {
		e := strings.TrimRight(low[s:j], " ")
		if len(e) == 0 {
			break
		}
		k := len(e) // after the last space or line break of e, byte by byte: LastIndexAny decodes runes
		for k > 0 && e[k-1] != ' ' && e[k-1] != '\n' {
			k--
		}
		w := strings.TrimRight(e[k:], ",")
		if strings.ContainsAny(w, ".;:()\"") {
			break
		}
		starts[n] = s + k
		n++
		j = s + k
		if k > 0 && e[k-1] == '\n' {
			break
		}
	}
	for m := 0; m < n; m++ {
		ws := starts[m]
		we := wordRunEnd(low, ws, i)
		for _, hs := range [2]int{ws, -1} {
			if hs < 0 {
				if m+1 >= n {
					continue
				}
				hs = starts[m+1]
			}
			if !agencyFirst[low[hs]] {
				continue // no head opens with its first byte: the map is not looked up
			}
			if agencyHeads[strings.TrimRight(low[hs:we], ", ")] && !strings.HasPrefix(low[hs:], "bộ chính trị") {
				// the head and the word after it are capitalised: "Sở Y tế", not "Sở đã …"
				next := i
				if m > 0 {
					next = starts[m-1]
				}
				r, _ := utf8.DecodeRuneInString(t[hs:])
				r2, _ := utf8.DecodeRuneInString(t[next:])
				return unicode.IsUpper(r) && unicode.IsUpper(r2)
			}
		}
	}
	return false
}
