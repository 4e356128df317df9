package indicators

import (
	"strings"
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
	low := strings.ToLower(vntext.Normalize(metric))
	if r := bestCue(low, 0, len(low), cueNoMoney); r >= 0 {
		return keyCues[r].key // noKey for the rows of measures without one
	}
	return ""
}

// cueKinds say which rows of keyCues may match a phrase; they combine.
type cueKind uint8

const (
	cueNoMoney cueKind = 0         // phrases, for a measure without money figures
	cueMoney   cueKind = 1 << iota // phrases, for a measure with money figures
	cueUnit                        // a figure's unit: the unit rows too
	cueWide                        // a sentence or heading around: not the own rows
)

// cueIndex lists the rows of keyCues by their first word, in table order.
var cueIndex = func() map[string][]int {
	m := make(map[string][]int, len(keyCues))
	for i, c := range keyCues {
		e := 0 // the first word ends where cueAt finds it ends: "tm" of "tm-dv"
		for e < len(c.cue) && textscan.WordRuneAt(c.cue, e) {
			e += max(1, runeLen(c.cue[e]))
		}
		m[c.cue[:e]] = append(m[c.cue[:e]], i)
	}
	return m
}()

// cueAt returns the first row of keyCues that matches low at the word
// starting at i, within low[s:e], and whose guards hold in low[s:e]; or -1.
func cueAt(low string, i, s, e int, kind cueKind) int {
	we := i
	for we < e && textscan.WordRuneAt(low, we) {
		we += max(1, runeLen(low[we]))
	}
	for _, r := range cueIndex[low[i:we]] {
		c := &keyCues[r]
		if c.unit && kind&cueUnit == 0 || c.money && kind&cueMoney == 0 || (c.own || c.weak) && kind&cueWide != 0 {
			continue
		}
		end := i + len(c.cue)
		if end > e || low[i:end] != c.cue || end < e && textscan.WordRuneAt(low, end) {
			continue
		}
		if guardsHold(low[s:e], c) && sentenceClear(low, i, c.sentUnless) && !after(low, i, c.notAfter) {
			return r
		}
	}
	return -1
}

func runeLen(b byte) int {
	switch {
	case b < 0xE0:
		return 1 + int(b>>7) // ASCII 1, two-byte lead 2
	case b < 0xF0:
		return 3
	}
	return 4
}

func guardsHold(phrase string, c *keyCue) bool {
	for _, w := range c.unless {
		if indexWord(phrase, w) >= 0 {
			return false
		}
	}
	for _, w := range c.with {
		if indexWord(phrase, w) >= 0 {
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
	s := max(strings.LastIndexByte(low[:i], '\n'), strings.LastIndex(low[:i], ". ")) + 1
	e := len(low)
	if k := strings.IndexByte(low[i:], '\n'); k >= 0 {
		e = i + k
	}
	if k := strings.Index(low[i:e], ". "); k >= 0 {
		e = i + k
	}
	for _, w := range words {
		if indexWord(low[s:e], w) >= 0 {
			return false
		}
	}
	return true
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

// wordStarts calls f with each word start in low[s:e] until f returns
// false.
func wordStarts(low string, s, e int, f func(i int) bool) {
	// One pass, a rune at a time: whether the rune before is a word rune
	// is carried over rather than decoded again.
	prev := textscan.WordRuneBefore(low, s)
	for i := s; i < e; {
		c := low[i]
		if c&0xC0 == 0x80 { // inside a rune: no word starts here
			i++
			prev = textscan.WordRuneBefore(low, i)
			continue
		}
		word, w := textscan.IsWordByte(c), 1
		if c >= utf8.RuneSelf {
			var r rune
			r, w = utf8.DecodeRuneInString(low[i:])
			word = textscan.IsWordRune(r)
		}
		if word && !prev && !f(i) {
			return
		}
		prev = word
		i += w
	}
}

// bestCue returns the row of keyCues that ranks first among those the
// phrase low[s:e] holds, or -1.
func bestCue(low string, s, e int, kind cueKind) int {
	best := -1
	wordStarts(low, s, e, func(i int) bool {
		if r := cueAt(low, i, s, e, kind); r >= 0 && (best < 0 || r < best) {
			best = r
		}
		return best != 0
	})
	return best
}

// lastCue returns the row of keyCues nearest the end of low[s:e]: the
// topic a sentence was on when it reached a figure; or -1. A word a longer
// cue covers is not matched again ("đảng viên" of "kết nạp đảng viên").
func lastCue(low string, s, e int, kind cueKind) int {
	last, skip := -1, s
	wordStarts(low, s, e, func(i int) bool {
		if i < skip {
			return true
		}
		if r := cueAt(low, i, s, e, kind); r >= 0 {
			last, skip = r, i+len(keyCues[r].cue)
		}
		return true
	})
	return last
}

// namesMeasure reports whether low[s:e] holds a cue of the key table that
// names a measure: a row neither weak nor for units only.
func namesMeasure(low string, s, e int) bool {
	r := bestCue(low, s, e, cueMoney)
	return r >= 0 && !keyCues[r].weak && keyCues[r].key != noKey
}
