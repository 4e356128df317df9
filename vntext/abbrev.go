package vntext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An Abbrev is a common abbreviation of Vietnamese official writing with
// its full forms. Long holds the usual reading first; more than one
// reading means the abbreviation is ambiguous and context decides.
type Abbrev struct {
	Short string   // as usually written: "HĐND", "TP.HCM", "NĐ-CP"
	Long  []string // full forms, the most common first
}

// abbrevTable is the source of Abbreviations and Expand.
var abbrevTable = []Abbrev{
	{"HĐND", []string{"Hội đồng nhân dân"}},
	{"UBND", []string{"Ủy ban nhân dân"}},
	{"MTTQ", []string{"Mặt trận Tổ quốc"}},
	{"UBMTTQ", []string{"Ủy ban Mặt trận Tổ quốc"}},
	{"TP", []string{"Thành phố"}},
	{"TPHCM", []string{"Thành phố Hồ Chí Minh"}},
	{"TP.HCM", []string{"Thành phố Hồ Chí Minh"}},
	{"HCM", []string{"Hồ Chí Minh"}},
	{"HN", []string{"Hà Nội"}},
	{"GPMB", []string{"Giải phóng mặt bằng"}},
	{"UVTV", []string{"Ủy viên Ban Thường vụ"}},
	{"UVBTV", []string{"Ủy viên Ban Thường vụ"}},
	{"TUV", []string{"Thành ủy viên", "Tỉnh ủy viên"}},
	{"BCH", []string{"Ban Chấp hành"}},
	{"BTV", []string{"Ban Thường vụ"}},
	{"BCT", []string{"Bộ Chính trị"}},
	{"BBT", []string{"Ban Bí thư"}},
	{"ANCT", []string{"An ninh chính trị"}},
	{"TTATXH", []string{"Trật tự an toàn xã hội"}},
	{"ANTT", []string{"An ninh trật tự"}},
	{"XDCB", []string{"Xây dựng cơ bản"}},
	{"CCHC", []string{"Cải cách hành chính"}},
	{"KT-XH", []string{"Kinh tế - xã hội"}},
	{"KTXH", []string{"Kinh tế - xã hội"}},
	{"QU", []string{"Quận ủy"}},
	{"HU", []string{"Huyện ủy"}},
	{"TU", []string{"Tỉnh ủy", "Thành ủy"}},
	{"ĐU", []string{"Đảng ủy"}},
	{"TW", []string{"Trung ương"}},
	{"TƯ", []string{"Trung ương"}},
	{"NQ", []string{"Nghị quyết"}},
	{"CT", []string{"Chỉ thị", "Chủ tịch"}},
	{"KL", []string{"Kết luận"}},
	{"QĐ", []string{"Quyết định", "Quy định"}},
	{"KH", []string{"Kế hoạch"}},
	{"ĐA", []string{"Đề án"}},
	{"NĐ", []string{"Nghị định"}},
	{"NĐ-CP", []string{"Nghị định của Chính phủ"}},
	{"NQ-CP", []string{"Nghị quyết của Chính phủ"}},
	{"CP", []string{"Chính phủ"}},
	{"TT", []string{"Thông tư", "Thị trấn"}},
	{"HD", []string{"Hướng dẫn"}},
	{"TB", []string{"Thông báo"}},
	{"TTr", []string{"Tờ trình"}},
	{"BC", []string{"Báo cáo"}},
	{"CTr", []string{"Chương trình"}},
	{"QH", []string{"Quốc hội"}},
	{"BT", []string{"Bí thư"}},
	{"PBT", []string{"Phó Bí thư"}},
	{"PCT", []string{"Phó Chủ tịch"}},
	{"UBKT", []string{"Ủy ban Kiểm tra"}},
	{"CCB", []string{"Cựu chiến binh"}},
	{"HTX", []string{"Hợp tác xã"}},
	{"DN", []string{"Doanh nghiệp"}},
	{"THCS", []string{"Trung học cơ sở"}},
	{"THPT", []string{"Trung học phổ thông"}},
	{"NSNN", []string{"Ngân sách nhà nước"}},
	{"TCCSĐ", []string{"Tổ chức cơ sở đảng"}},
	{"CNH-HĐH", []string{"Công nghiệp hóa, hiện đại hóa"}},
	{"CNH, HĐH", []string{"Công nghiệp hóa, hiện đại hóa"}},
	{"ĐBQH", []string{"Đại biểu Quốc hội"}},
	{"MTQG", []string{"Mục tiêu quốc gia"}},
	{"NTM", []string{"Nông thôn mới"}},
	{"KCN", []string{"Khu công nghiệp"}},
	{"BHXH", []string{"Bảo hiểm xã hội"}},
	{"BHYT", []string{"Bảo hiểm y tế"}},
	{"TNCS", []string{"Thanh niên Cộng sản"}},
	{"LHPN", []string{"Liên hiệp Phụ nữ"}},
	{"TX", []string{"Thị xã"}},
}

// abbrevIndex maps abbrevKey(Short) to the entry.
var abbrevIndex = func() map[string]*Abbrev {
	m := make(map[string]*Abbrev, len(abbrevTable))
	for i := range abbrevTable {
		k := abbrevKey(abbrevTable[i].Short)
		if _, dup := m[k]; !dup {
			m[k] = &abbrevTable[i]
		}
	}
	return m
}()

// abbrevKey is the lookup form of an abbreviation: normalised, upper case,
// Đ as D, without dots and spaces. Ư stays, so that TƯ (Trung ương) and
// TU (Tỉnh ủy) stay apart.
func abbrevKey(s string) string {
	s = Normalize(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '.' || r == ' ':
			continue
		case r == 'đ' || r == 'Đ':
			r = 'D'
		case r == 'ư':
			r = 'Ư'
		case 'a' <= r && r <= 'z':
			r -= 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Expand returns the usual full form of the abbreviation abbr ("HĐND" →
// "Hội đồng nhân dân") and whether abbr is known. Lookups ignore case,
// dots, spaces and the difference between Đ and D ("HDND", "TP. HCM"
// and "Tp.HCM" are found), but not between Ư and U: "TƯ" is Trung ương
// while "TU" is Tỉnh ủy.
//
// Some abbreviations have more than one reading; Expand returns the
// most common one and [Abbreviations] lists them all. "TU" is Tỉnh ủy in
// a province but Thành ủy in a centrally governed city (the "124-KH/TU"
// of Hà Nội is the Thành ủy's); "CT" is Chỉ thị in a document number
// ("05-CT/TW") but Chủ tịch before a body ("CT UBND"); "QĐ" is Quyết định,
// or Quy định in Party numbers ("29-QĐ/TW"); "TT" is Thông tư or Thị trấn.
func Expand(abbr string) (string, bool) {
	if a, ok := abbrevIndex[abbrevKey(abbr)]; ok {
		return a.Long[0], true
	}
	return "", false
}

// Abbreviations returns the table behind [Expand], sorted by Short. The
// slice is a copy the caller may change.
func Abbreviations() []Abbrev {
	out := make([]Abbrev, len(abbrevTable))
	for i, a := range abbrevTable {
		out[i] = Abbrev{a.Short, slices.Clone(a.Long)}
	}
	slices.SortFunc(out, func(a, b Abbrev) int { return strings.Compare(a.Short, b.Short) })
	return out
}

// An AbbrevMatch is a known abbreviation found by [FindAbbreviations]:
// text[Start:End] of the text as given, with its usual full form.
type AbbrevMatch struct {
	Start, End int
	Short      string // as written
	Long       string // the usual full form, as Expand returns it
}

// FindAbbreviations returns the known abbreviations in text, in order. A
// candidate is a whole token of at least two characters, letters with at
// least two upper case, possibly joined by '-' or '.' ("KT-XH", "TP.HCM");
// inside a document number ("14-NQ/QU") each part between '/' is a token.
func FindAbbreviations(text string) []AbbrevMatch {
	d := NewDoc(text)
	t := d.Text
	var out []AbbrevMatch
	for i := 0; i < len(t); {
		r, w := utf8.DecodeRuneInString(t[i:])
		if !isAbbrevRune(r) || (i > 0 && unicode.IsLetter(lastRune(t[:i]))) {
			i += w
			continue
		}
		j := i
		upper := 0
		for j < len(t) {
			r2, w2 := utf8.DecodeRuneInString(t[j:])
			if isAbbrevRune(r2) {
				if r2 >= 'A' && r2 <= 'Z' || r2 == 'Đ' || r2 == 'Ư' {
					upper++
				}
				j += w2
				continue
			}
			if (r2 == '-' || r2 == '.') && j+1 < len(t) {
				if r3, _ := utf8.DecodeRuneInString(t[j+1:]); isAbbrevRune(r3) && r3 != 'đ' {
					j++
					continue
				}
			}
			break
		}
		tok := t[i:j]
		if r2, _ := utf8.DecodeRuneInString(t[j:]); j < len(t) && (unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2)) {
			upper = 0 // part of a longer word: "QUẬN" is not QU
		}
		if upper >= 2 {
			if long, ok := Expand(tok); ok {
				s, e := d.SrcSpan(i, j)
				out = append(out, AbbrevMatch{Start: s, End: e, Short: text[s:e], Long: long})
			}
		}
		i = j
	}
	return out
}

// isAbbrevRune reports whether r can be part of an abbreviation.
func isAbbrevRune(r rune) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || r == 'Đ' || r == 'đ' || r == 'Ư' || r == 'ư'
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
