package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// family groups organs whose terms and tenures run together: a People's
// Council and the People's Committee it elects share their nhiệm kỳ.
type family uint8

const (
	famNone    family = iota // a bare place name
	famParty                 // Ban Chấp hành, Đảng bộ, Đảng ủy, Thành ủy …
	famCouncil               // HĐND and UBND
)

type organDef struct {
	key   string // lower case, as matched in Doc.Lower
	name  string // canonical spelling
	fam   family
	level level // the level the organ's name implies
	sits  bool  // its sittings are sessions: the People's Council, not the People's Committee
}

// organs is searched in order, so a longer key comes before its prefix.
var organs = []organDef{
	{"ban chấp hành đảng bộ", "Ban Chấp hành Đảng bộ", famParty, noLevel, false},
	{"bch đảng bộ", "Ban Chấp hành Đảng bộ", famParty, noLevel, false},
	{"ban chấp hành", "Ban Chấp hành", famParty, noLevel, false},
	{"đảng bộ", "Đảng bộ", famParty, noLevel, false},
	{"đảng ủy", "Đảng ủy", famParty, noLevel, false},
	{"thành ủy", "Thành ủy", famParty, levelCity, false},
	{"tỉnh ủy", "Tỉnh ủy", famParty, levelProvince, false},
	{"quận ủy", "Quận ủy", famParty, levelUrbanDistrict, false},
	{"huyện ủy", "Huyện ủy", famParty, levelRuralDistrict, false},
	{"thị ủy", "Thị ủy", famParty, levelTown, false},
	{"hội đồng nhân dân", "Hội đồng nhân dân", famCouncil, noLevel, true},
	{"hđnd", "HĐND", famCouncil, noLevel, true},
	{"ủy ban nhân dân", "Ủy ban nhân dân", famCouncil, noLevel, false},
	{"ubnd", "UBND", famCouncil, noLevel, false},
}

// comingCues are the words that, written just before a body, name it as a
// congress will elect it, so that the tenure it carries is the coming one,
// not the present: "Đại hội Đảng bộ quận … nhiệm kỳ 2025 - 2030", "quy
// hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2026 - 2031" (the cadres
// planned for the next committee). not, written before the cue, makes it
// the present tenure again: the congress whose resolution is carried out
// ("Nghị quyết Đại hội Đảng bộ …") opened it.
var comingCues = []struct{ cue, not string }{
	{"đại hội đại biểu ", "nghị quyết "},
	{"đại hội ", "nghị quyết "},
	{"quy hoạch vào ", ""},
	{"quy hoạch ", ""},
}

// comingBefore reports whether the words just before Lower[i:] name the
// body there as a congress will elect it (see comingCues).
func comingBefore(l string, i int) bool {
	pre := l[:i]
	for _, c := range comingCues {
		if strings.HasSuffix(pre, c.cue) {
			return c.not == "" || !strings.HasSuffix(pre[:len(pre)-len(c.cue)], c.not)
		}
	}
	return false
}

// formerCues, with a title after them, name a post held before: the
// place of "nguyên Bí thư Tỉnh ủy Cao Bằng" or "thôi làm Chủ tịch UBND
// tỉnh" is where the person was, not the body that meets about them.
var formerCues = []string{"nguyên ", "thôi làm ", "thôi giữ chức "}

// formerTitles are the titles formerCues come before.
var formerTitles = []string{"bí thư ", "phó bí thư ", "phó bí thư thường trực ", "chủ tịch ", "phó chủ tịch ", "ủy viên ban thường vụ "}

// formerBefore reports whether the words just before Lower[i:] name the
// body there as a post held before (formerCues).
func formerBefore(l string, i int) bool {
	pre := l[:i]
	for _, t := range formerTitles {
		if !strings.HasSuffix(pre, t) {
			continue
		}
		for _, c := range formerCues {
			if strings.HasSuffix(pre[:len(pre)-len(t)], c) {
				return true
			}
		}
	}
	return false
}

// organsBy lists the organs by the first byte of their key, in their
// order, so that readPlace tries only the few that can match.
var organsBy = func() (t [256][]*organDef) {
	for i := range organs {
		o := &organs[i]
		t[o.key[0]] = append(t[o.key[0]], o)
	}
	return t
}()

// levels are the words that name an administrative level, longest first.
// An abbreviation ("H. Bình Chánh", "Q.1", "P. Bến Nghé", "TX. Sơn Tây")
// counts only as a capital letter with its dot.
var levels = []levelDef{
	{"thành phố", levelCity, false},
	{"thị trấn", levelTownship, false},
	{"thị xã", levelTown, false},
	{"tp", levelCity, false},
	{"tỉnh", levelProvince, false},
	{"quận", levelUrbanDistrict, false},
	{"huyện", levelRuralDistrict, false},
	{"phường", levelWard, false},
	{"xã", levelCommune, false},
	{"tx", levelTown, true},
	{"h", levelRuralDistrict, true},
	{"q", levelUrbanDistrict, true},
	{"p", levelWard, true},
}

type levelDef struct {
	key   string
	level level
	abbr  bool
}

// A level is an administrative level. It is a small number rather than
// its name so that places, of which a report has dozens, stay small.
type level uint8

// The levels, from the lowest; noLevel when a mention names none.
const (
	noLevel            level = iota
	levelCommune             // xã
	levelWard                // phường
	levelTownship            // thị trấn
	levelUrbanDistrict       // quận
	levelRuralDistrict       // huyện
	levelTown                // thị xã
	levelCity                // thành phố
	levelProvince            // tỉnh
)

var levelNames = [...]string{
	noLevel: "", levelCommune: "xã", levelWard: "phường", levelTownship: "thị trấn",
	levelUrbanDistrict: "quận", levelRuralDistrict: "huyện", levelTown: "thị xã",
	levelCity: "thành phố", levelProvince: "tỉnh",
}

// String returns the level's word as the JSON gives it: "quận", "thị xã";
// "" for noLevel.
func (l level) String() string { return levelNames[l] }

// levelsBy lists levels by the first byte of their key, in their order, so
// that levelAt, called at most word starts, tries only the few that can
// match.
var levelsBy = func() (t [256][]levelDef) {
	for _, l := range levels {
		t[l.key[0]] = append(t[l.key[0]], l)
	}
	return t
}()

// levelAt reads a level word at Lower[k:], with the dot of "TP." or of an
// abbreviation, and returns its level and end; ok is false when none is
// there.
func (p *parser) levelAt(k int) (lv level, end int, ok bool) {
	lo := p.doc.Lower
	if k < 0 || k >= len(lo) {
		return noLevel, k, false
	}
	for _, l := range levelsBy[lo[k]] {
		if !textscan.PrefixWordAt(lo, k, l.key) {
			continue
		}
		e := k + len(l.key)
		dot := e < len(lo) && lo[e] == '.'
		if l.abbr {
			if !dot || !isUpperStart(p.doc.Text, k) {
				return noLevel, k, false
			}
			return l.level, e + 1, true
		}
		if l.key == "tp" && dot {
			e++
		}
		return l.level, e, true
	}
	return noLevel, k, false
}

// levelRank orders levels from the lowest; a report that names several
// places is usually about the lowest one.
var levelRank = [...]int{
	levelCommune: 1, levelWard: 1, levelTownship: 1,
	levelUrbanDistrict: 2, levelRuralDistrict: 2, levelTown: 2,
	levelCity: 3, levelProvince: 3,
}

// centralCities are the cities directly under the central government: a
// body named after one of them without a level word is a city body.
var centralCities = map[string]bool{
	"Hà Nội": true, "Hồ Chí Minh": true, "Hải Phòng": true, "Đà Nẵng": true,
	"Cần Thơ": true, "Huế": true,
}

// provinces lists the provinces by name (modern tone marks, NFC).
var provinces = map[string]bool{
	"An Giang": true, "Bà Rịa - Vũng Tàu": true, "Bắc Giang": true, "Bắc Kạn": true,
	"Bạc Liêu": true, "Bắc Ninh": true, "Bến Tre": true, "Bình Định": true,
	"Bình Dương": true, "Bình Phước": true, "Bình Thuận": true, "Cà Mau": true,
	"Cao Bằng": true, "Đắk Lắk": true, "Đắk Nông": true, "Điện Biên": true,
	"Đồng Nai": true, "Đồng Tháp": true, "Gia Lai": true, "Hà Giang": true,
	"Hà Nam": true, "Hà Tĩnh": true, "Hải Dương": true, "Hậu Giang": true,
	"Hòa Bình": true, "Hưng Yên": true, "Khánh Hòa": true, "Kiên Giang": true,
	"Kon Tum": true, "Lai Châu": true, "Lâm Đồng": true, "Lạng Sơn": true,
	"Lào Cai": true, "Long An": true, "Nam Định": true, "Nghệ An": true,
	"Ninh Bình": true, "Ninh Thuận": true, "Phú Thọ": true, "Phú Yên": true,
	"Quảng Bình": true, "Quảng Nam": true, "Quảng Ngãi": true, "Quảng Ninh": true,
	"Quảng Trị": true, "Sóc Trăng": true, "Sơn La": true, "Tây Ninh": true,
	"Thái Bình": true, "Thái Nguyên": true, "Thanh Hóa": true, "Thừa Thiên Huế": true,
	"Tiền Giang": true, "Trà Vinh": true, "Tuyên Quang": true, "Vĩnh Long": true,
	"Vĩnh Phúc": true, "Yên Bái": true,
}

// provinceSpellings are other ways provinces are written, and provinces
// of before 2008, which a report names as Vietnamese provinces.
var provinceSpellings = map[string]bool{
	"Đắk Lăk": true, "Đăk Lăk": true, "Đăk Lắk": true, "Đắc Lắc": true, "Đắk Nông": true, "Đăk Nông": true,
	"Thừa Thiên - Huế": true, "Hà Tây": true, "Bà Rịa": true,
}

// knownProvince reports whether name is a province of Việt Nam, as
// provinces, centralCities or provinceSpellings write it.
func knownProvince(name string) bool {
	return provinces[name] || centralCities[name] || provinceSpellings[name]
}

// foreignName reports a place name no Vietnamese place has: a letter
// Vietnamese does not write (f, j, w, z) or a word that ends on a
// consonant no Vietnamese syllable ends on ("Hamburg", "Bonn",
// "Hyderabad"). The names of the Central Highlands end on k, r or l ("Đăk
// Song", "Cư M'gar"), which are kept; a one-letter word ("Vĩnh Lộc B") is
// a part's letter.
func foreignName(name string) bool {
	// The letters asked about are ASCII: they are lowered a byte at a
	// time, so that the name is neither copied nor split.
	for w := range strings.FieldsSeq(name) {
		if len(w) < 2 {
			continue
		}
		for i := 0; i < len(w); i++ {
			if c := lowerByte(w[i]); c == 'f' || c == 'j' || c == 'w' || c == 'z' {
				return true
			}
		}
		last, prev := lowerByte(w[len(w)-1]), lowerByte(w[len(w)-2])
		if strings.IndexByte("bdgsvx", last) >= 0 && (last != 'g' || prev != 'n') {
			return true
		}
		if last == prev && strings.IndexByte("bcdghklmnprstv", last) >= 0 {
			return true // "Bonn", "Ott"
		}
	}
	return false
}

// lowerByte lowers an ASCII capital and leaves any other byte as it is.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isHCMAlias reports a short form of Hồ Chí Minh City, upper case. It is
// asked of the first word of every place name, so it is a switch, not a
// map.
func isHCMAlias(w string) bool {
	switch w {
	case "HCM", "TPHCM", "HCMC":
		return true
	}
	return false
}

// notPlace lists capitalised words that cannot begin a place name: they
// begin titles, organs and other phrases that follow a level word.
var notPlace = map[string]bool{
	"Trung": true, "Thường": true, "Ban": true, "Đảng": true, "Hội": true,
	"Khóa": true, "Nhiệm": true, "Lần": true, "Kỳ": true, "UBND": true,
	"HĐND": true, "MTTQ": true, "Chủ": true, "Phó": true, "Bí": true,
	"Ủy": true, "Việt": true, "Nhân": true, "Mặt": true, "Công": true,
	"Văn": true, "Sở": true, "Phòng": true, "Đoàn": true, "Tổng": true,
	"Chính": true, "Quốc": true, "Nhà": true, "Đại": true,
	"Hiện": true, "Theo": true, "Tại": true, "Ngày": true, "Sáng": true,
	"Chiều": true, "Tối": true, "Trong": true, "Với": true, "Để": true,
	"Các": true, "Những": true, "Ông": true, "Bà": true,
	"Anh": true, "Chị": true, "Khối": true, // "Đảng bộ Khối các cơ quan tỉnh"
}

// nameSyllable reports whether "Hội" or "Kỳ" ending at Text[e] is a
// syllable of a place name ("Hội An", "Tam Kỳ", "Kỳ Anh", "xã Phú Hội")
// rather than the head of what follows a place: "Hội nghị", "Hội đồng",
// "Kỳ họp", "Hội Nông dân".
func (p *parser) nameSyllable(w string, e int) bool {
	if w != "Hội" && w != "Kỳ" {
		return false
	}
	k := textscan.SkipSpaces(p.doc.Text, e)
	next := p.doc.Text[k:textscan.WordEnd(p.doc.Text, k)]
	if w == "Kỳ" {
		return next != "họp"
	}
	switch next {
	case "nghị", "đồng", "thảo", "trường", "Liên", "Nông", "Cựu", "Phụ", "Chữ", "Người", "Luật", "Doanh", "Khuyến", "Sinh", "Nhà":
		return false
	}
	return true
}

// placeOpener reports whether w, a word that usually opens an organ or a
// title (see notPlace), opens a place name here: "huyện Quốc Oai",
// "Thường Tín", "Nhà Bè", "Văn Lâm", "Việt Yên", "Đại Lộc", "xã Đoàn
// Kết". The next word must be capitalised and make no phrase with it
// ("Quốc hội", "Văn phòng", "Đại hội", "Nhân dân", also in a title's
// capitals: "Quốc Hội").
func (p *parser) placeOpener(w string, e int) bool {
	tx := p.doc.Text
	k := textscan.SkipSpaces(tx, e)
	ke := textscan.WordEnd(tx, k)
	if ke == k || !isUpperStart(tx, k) || upperWord(tx[k:ke]) && ke-k > 1 {
		return false
	}
	next := p.doc.Lower[k:ke]
	switch p.doc.Lower[e-len(w) : e] {
	case "quốc":
		return !isOneOf(next, []string{"hội", "gia", "phòng", "tế", "lộ", "doanh"})
	case "thường":
		return !isOneOf(next, []string{"vụ", "trực", "xuyên", "kỳ", "lệ"})
	case "văn":
		return !isOneOf(next, []string{"phòng", "hóa", "kiện", "bản", "minh", "nghệ"})
	case "việt":
		return next != "nam"
	case "đại":
		return !isOneOf(next, []string{"hội", "biểu", "học", "diện", "tướng", "tá", "sứ", "đoàn", "úy"})
	case "nhà":
		return !isOneOf(next, []string{"nước", "văn", "máy", "thờ", "hát", "khách"})
	case "nhân":
		return !isOneOf(next, []string{"dân", "sự", "viên", "đạo"})
	case "đoàn":
		return !isOneOf(next, []string{"thanh", "chủ", "đại", "công", "kiểm", "giám", "đbqh", "luật", "viên"})
	}
	return false
}

// placeStop are capitalised words that end a place name: what follows it.
var placeStop = map[string]bool{
	"Khóa": true, "Nhiệm": true, "Lần": true, "Kỳ": true, "Ban": true,
	"Đảng": true, "Hội": true, "Chủ": true, "Phó": true,
	"Bí": true, "Ủy": true, "Ngày": true, "Sáng": true, "Chiều": true,
	"Tối": true, "Tại": true, "Theo": true, "Trong": true, "UBND": true,
	"HĐND": true, "Đồng": true,
}

// nameStarts are common family names; a run of capitalised words after a
// place name that starts with one is a person's name, not more of the place.
var nameStarts = map[string]bool{
	"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true, "Hoàng": true,
	"Huỳnh": true, "Phan": true, "Vũ": true, "Võ": true, "Đặng": true,
	"Bùi": true, "Đỗ": true, "Hồ": true, "Ngô": true, "Dương": true,
	"Lý": true, "Đinh": true, "Trương": true, "Đoàn": true, "Lương": true,
	"Tô": true, "Mai": true, "Trịnh": true, "Cao": true, "Lâm": true,
	"Hà": true, "Đào": true, "Tạ": true, "Văn": true, "Lưu": true,
	"Vương": true, "Thái": true, "Châu": true, "Kiều": true, "Tăng": true,
	"Chu": true, "Lại": true, "Đàm": true, "Quách": true, "Triệu": true,
}
