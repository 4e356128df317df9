package indicators

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/vntext"
)

// The keys of the taxonomy. See the package documentation for the words
// that select each.
const (
	KeyBudgetRevenue        Key = "budget_revenue"                 // thu ngân sách, thu nội địa
	KeyBudgetSpending       Key = "budget_spending"                // chi ngân sách, chi đầu tư phát triển
	KeyProductionValue      Key = "production_value"               // giá trị sản xuất
	KeyEconomicGrowth       Key = "economic_growth"                // tăng trưởng kinh tế, GRDP, GDP
	KeyTotalInvestment      Key = "total_investment"               // vốn đầu tư toàn xã hội
	KeyPublicInvestment     Key = "public_investment_disbursement" // giải ngân vốn đầu tư công
	KeyTradeServices        Key = "trade_services"                 // thương mại, dịch vụ, bán lẻ
	KeyIndustry             Key = "industry"                       // công nghiệp, chỉ số sản xuất công nghiệp
	KeyExport               Key = "export"                         // xuất khẩu, kim ngạch
	KeyTourism              Key = "tourism"                        // khách du lịch, doanh thu du lịch
	KeyIncome               Key = "income_per_capita"              // thu nhập bình quân đầu người
	KeyPartyAdmission       Key = "party_admission"                // kết nạp đảng viên
	KeyPartyDiscipline      Key = "party_discipline"               // kỷ luật đảng viên
	KeyPartyOrganizations   Key = "party_organizations"            // tổ chức cơ sở đảng
	KeyTargetsMet           Key = "targets_met"                    // chỉ tiêu đạt và vượt
	KeyNewRural             Key = "new_rural"                      // nông thôn mới, tiêu chí
	KeyPoverty              Key = "poverty"                        // hộ nghèo, hộ cận nghèo
	KeySiteClearance        Key = "site_clearance"                 // giải phóng mặt bằng
	KeyMilitaryEnlistment   Key = "military_enlistment"            // giao quân, tuyển quân
	KeyAdministrativeReform Key = "administrative_reform"          // cải cách hành chính, thủ tục
	KeyVote                 Key = "vote"                           // phiếu, biểu quyết, tán thành
	KeyEnterprises          Key = "enterprises"                    // doanh nghiệp thành lập mới
	KeyCrime                Key = "crime"                          // phạm pháp hình sự, tai nạn giao thông
)

// keyWords maps folded keywords to keys; the first match wins, so the more
// specific words come first.
var keyWords = [...]struct {
	w string
	k Key
}{
	{"giai ngan", KeyPublicInvestment},
	{"von dau tu cong", KeyPublicInvestment},
	{"dau tu toan xa hoi", KeyTotalInvestment},
	{"tong von dau tu", KeyTotalInvestment},
	{"thu ngan sach", KeyBudgetRevenue},
	{"thu noi dia", KeyBudgetRevenue},
	{"khach du lich", KeyTourism}, // "tổng thu từ khách du lịch" is tourism
	{"tong thu", KeyBudgetRevenue},
	{"chi ngan sach", KeyBudgetSpending},
	{"tong chi", KeyBudgetSpending},
	{"chi dau tu phat trien", KeyBudgetSpending},
	{"thu nhap binh quan", KeyIncome},
	{"binh quan dau nguoi", KeyIncome},
	{"giai phong mat bang", KeySiteClearance},
	{"gpmb", KeySiteClearance},
	{"giao quan", KeyMilitaryEnlistment},
	{"tuyen quan", KeyMilitaryEnlistment},
	{"nghia vu quan su", KeyMilitaryEnlistment},
	{"cai cach hanh chinh", KeyAdministrativeReform},
	{"thu tuc hanh chinh", KeyAdministrativeReform},
	{"dich vu cong", KeyAdministrativeReform},
	{"ket nap", KeyPartyAdmission},
	{"dang vien moi", KeyPartyAdmission},
	{"phat trien dang", KeyPartyAdmission},
	{"ky luat", KeyPartyDiscipline},
	{"to chuc co so dang", KeyPartyOrganizations},
	{"chi bo", KeyPartyOrganizations},
	{"ho ngheo", KeyPoverty},
	{"can ngheo", KeyPoverty},
	{"giam ngheo", KeyPoverty},
	{"nong thon moi", KeyNewRural},
	{"chi tieu", KeyTargetsMet},
	{"tieu chi", KeyNewRural},
	{"phieu", KeyVote},
	{"bieu quyet", KeyVote},
	{"tan thanh", KeyVote},
	{"gia tri san xuat", KeyProductionValue},
	{"tang truong", KeyEconomicGrowth},
	{"grdp", KeyEconomicGrowth},
	{"gdp", KeyEconomicGrowth},
	{"tong san pham", KeyEconomicGrowth},
	{"xuat khau", KeyExport},
	{"kim ngach", KeyExport},
	{"du lich", KeyTourism},
	{"du khach", KeyTourism},
	{"luot khach", KeyTourism},
	{"cong nghiep", KeyIndustry},
	{"thuong mai", KeyTradeServices},
	{"dich vu", KeyTradeServices},
	{"ban le", KeyTradeServices},
	{"doanh nghiep", KeyEnterprises},
	{"pham phap", KeyCrime},
	{"tai nan giao thong", KeyCrime},
}

// keyFor chooses the key of an indicator from its metric, or else from
// the nouns its figures count.
func keyFor(in *Indicator) Key {
	if k := KeyOf(in.Metric); k != "" {
		return k
	}
	for _, f := range in.Figures {
		if f.Unit != "%" {
			if k := KeyOf(f.Unit); k != "" {
				return k
			}
		}
	}
	return ""
}

// KeyOf returns the taxonomy key for a measure written in Vietnamese, such
// as "thu ngân sách Nhà nước trên địa bàn", or "" when none fits. Matching
// ignores case and diacritics.
func KeyOf(metric string) Key {
	// Measures are short: fold into a buffer on the stack.
	var buf [128]byte
	f := appendFold(buf[:0], metric)
	best := len(keyWords)
	for i := 0; i+2 < len(f); i++ {
		if f[i] != ' ' {
			continue
		}
		// A word starts at i+1: try the keywords that begin with its
		// first two letters, then a space, in order.
		for _, k := range keyIndex[keyBucket(f[i+1], f[i+2])] {
			if k >= best {
				break
			}
			w := keyWords[k].w
			if e := i + 1 + len(w); e < len(f) && string(f[i+1:e]) == w && f[e] == ' ' {
				best = k
			}
		}
	}
	if best == len(keyWords) {
		return ""
	}
	return keyWords[best].k
}

// keyIndex lists, by their first two letters (see keyBucket), the indices
// of the keywords in increasing order.
var keyIndex = func() (m [27 * 27][]int) {
	for k, kw := range keyWords {
		b := keyBucket(kw.w[0], kw.w[1])
		m[b] = append(m[b], k)
	}
	return m
}()

// keyBucket numbers a pair of bytes for keyIndex: each a lower-case ASCII
// letter or anything else. Every keyword starts with two letters.
func keyBucket(a, b byte) int {
	letter := func(c byte) int {
		if 'a' <= c && c <= 'z' {
			return int(c-'a') + 1
		}
		return 0
	}
	return letter(a)*27 + letter(b)
}

// The Latin letters Vietnamese uses lie in two blocks; foldLatin and
// foldExtended map the letters of each to their bare ASCII lower-case
// letter, as [vntext.Fold] does, or to 0 for the others. They are built
// once from Fold itself.
const (
	foldLatinLo, foldLatinHi       = 0xC0, 0x1B0
	foldExtendedLo, foldExtendedHi = 0x1EA0, 0x1EF9
)

var foldLatin, foldExtended = foldBlock(foldLatinLo, foldLatinHi), foldBlock(foldExtendedLo, foldExtendedHi)

func foldBlock(lo, hi rune) []byte {
	m := make([]byte, hi-lo+1)
	for r := lo; r <= hi; r++ {
		if f := vntext.Fold(string(r)); len(f) == 1 {
			m[r-lo] = f[0]
		}
	}
	return m
}

// foldRune returns the bare ASCII letter r folds to, or 0.
func foldRune(r rune) byte {
	switch {
	case foldLatinLo <= r && r <= foldLatinHi:
		return foldLatin[r-foldLatinLo]
	case foldExtendedLo <= r && r <= foldExtendedHi:
		return foldExtended[r-foldExtendedLo]
	}
	return 0
}

// appendFold appends " " + vntext.Fold(s) + " " to b, for keyword matching
// without Fold's normalisation pass: s is already normalised text.
func appendFold(b []byte, s string) []byte {
	b = append(b, ' ')
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case foldRune(r) != 0:
			b = append(b, foldRune(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return append(b, ' ')
}
