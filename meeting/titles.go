package meeting

import "strings"

// The word lists below are matched against the lower-case normalised text
// (vntext.Doc.Lower), one space between words.

// titleHeads are the words that open an office title ("Phó Bí thư",
// "Chủ tịch", "TUV"). A title runs on from its head over organ words
// (titleWords) to the person's name.
var titleHeads = wordSet(
	"ủy viên", "ủy viên bộ chính trị", "ủy viên trung ương đảng", "ủy viên ban chấp hành",
	"ủy viên ban thường vụ", "ủy viên thường trực", "ủy viên dự khuyết",
	"thành ủy viên", "tỉnh ủy viên", "quận ủy viên", "huyện ủy viên", "thị ủy viên", "đảng ủy viên",
	"tuv", "uvtv", "ubtv", "btv", "uvbtv", "uvtw", "tuv,", "uv", "uv btv", "uv bch", "uv.btv", "uvbch",
	"tổng bí thư", "bí thư", "phó bí thư", "bt", "phó bt", "thường trực ban bí thư",
	"chủ tịch", "phó chủ tịch", "chủ tịch nước", "phó chủ tịch nước", "pct", "ct", "phó ct",
	"thủ tướng", "phó thủ tướng",
	"chủ nhiệm", "phó chủ nhiệm", "trưởng ban", "phó trưởng ban", "phó ban",
	"trưởng phòng", "phó trưởng phòng", "giám đốc", "phó giám đốc", "tổng giám đốc",
	"bộ trưởng", "thứ trưởng", "đại biểu quốc hội", "đbqh", "trưởng đoàn", "phó trưởng đoàn",
	"chánh văn phòng", "phó chánh văn phòng", "chánh thanh tra", "chánh án", "viện trưởng",
	"hiệu trưởng", "chỉ huy trưởng", "tư lệnh", "chính ủy", "người đứng đầu",
	"trưởng công an", "cục trưởng", "vụ trưởng",
	"tổng thư ký", "phó tổng thư ký", "thư ký", "phó tổng giám đốc", "phó viện trưởng",
	"phó chánh án", "phó chánh thanh tra", "phó hiệu trưởng", "phó tư lệnh", "phó chính ủy",
	"phó cục trưởng", "phó vụ trưởng", "phó chỉ huy trưởng", "tổng cục trưởng", "phó trưởng công an",
)

// titlePrefixes may stand before a title head: "nguyên Bí thư", "tân Chủ
// tịch", "quyền Giám đốc".
var titlePrefixes = wordSet("nguyên", "tân", "quyền")

// titleWords are the lower-case words an office title runs on over
// ("Phó Bí thư thường trực Thành ủy", "chủ tịch HĐND tỉnh"). Capitalised
// words and acronyms always continue a title until a name begins.
var titleWords = wordSet(
	"ban", "sở", "phòng", "bộ", "đoàn", "hội", "khối", "cục", "viện", "vụ", "ủy", "trưởng", "phó",
	"thường vụ", "thường trực", "chấp hành", "chính trị", "trung ương", "nhân dân", "mặt trận",
	"tổ quốc", "việt nam", "tổ chức", "tuyên giáo", "dân vận", "kiểm tra", "nội chính",
	"văn phòng", "đại biểu", "liên hiệp", "phụ nữ", "nông dân", "cựu chiến binh", "thanh niên",
	"công đoàn", "kinh tế", "pháp chế", "văn hóa", "xã hội", "ngân sách", "dân tộc", "tài nguyên",
	"môi trường", "giao thông", "vận tải", "xây dựng", "tài chính", "kế hoạch", "đầu tư",
	"công thương", "y tế", "giáo dục", "đào tạo", "nông nghiệp", "phát triển", "nông thôn",
	"lao động", "thương binh", "tư pháp", "nội vụ", "công an", "quân sự", "thanh tra", "cơ quan",
	"doanh nghiệp", "quốc hội", "chính phủ", "hội đồng", "ủy ban", "đảng bộ", "đảng ủy",
	"thành ủy", "tỉnh ủy", "quận ủy", "huyện ủy", "thị ủy", "khoa học", "công nghệ", "thông tin",
	"truyền thông", "tuyên truyền", "quốc phòng", "an ninh", "bầu cử", "chuyên trách", "đảng",
	"thành đoàn", "tỉnh đoàn", "theo dõi", "các", "nhà nước", "bộ chính trị", "chính quyền",
	"thường trực hđnd", "kiêm", "thể thao", "du lịch",
	// level words: a place name follows them
	"tỉnh", "thành phố", "tp", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn",
)

// levelWords are followed by a place name, never directly by a person's.
var levelWords = wordSet("tỉnh", "thành phố", "tp", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn")

// surnames anchor a personal name: a name is two to five capitalised
// syllables opening with one of these (or an ethnic-minority prefix such
// as Y, K, Điểu or Ksor).
var surnames = wordSet(
	"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
	"hồ", "ngô", "dương", "lý", "đào", "đoàn", "vương", "trịnh", "trương", "lâm", "mai", "lương",
	"hà", "tô", "đinh", "tạ", "thái", "cao", "chu", "kiều", "lại", "quách", "tăng", "khuất",
	"triệu", "đồng", "nông", "lò", "phùng", "lưu", "la", "kim", "tôn", "từ", "hứa", "mạc", "lục",
	"giang", "châu", "diệp", "doãn", "đàm", "đậu", "giáp", "hầu", "kha", "khúc", "khổng", "lã",
	"mẫn", "nghiêm", "ninh", "ông", "phí", "quan", "sầm", "tiêu", "trang", "ung", "vi", "viên",
	"thân", "thạch", "cấn", "lường", "cầm", "bế", "ma", "tống", "điêu", "âu", "bạch", "cù", "tất",
	"đường", "hàn", "lạc", "mông", "sùng", "giàng", "vàng", "thào", "hờ", "lầu", "mùa", "lữ",
	"mã", "nhữ", "uông", "vừ", "bàn", "chử", "quản", "lều", "văng", "lỗ", "biện", "đới",
	// ethnic-minority name openings
	"y", "k", "h", "điểu", "ksor", "ksơr", "rơ", "siu", "nay", "rah", "kpă", "niê", "byă",
	"mlô", "êban", "hwing",
)

// places lists place names that open with a surname-like syllable or that
// commonly stand between a title and a name ("Bí thư Thành ủy Hà Nội
// Hoàng Trung Hải"), so that they are never read as a person.
var places = wordSet(
	"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "hà giang", "cao bằng", "bắc kạn",
	"tuyên quang", "lào cai", "điện biên", "lai châu", "sơn la", "yên bái", "hòa bình",
	"thái nguyên", "lạng sơn", "quảng ninh", "bắc giang", "phú thọ", "vĩnh phúc", "bắc ninh",
	"hải dương", "hưng yên", "thái bình", "hà nam", "nam định", "ninh bình", "thanh hóa",
	"nghệ an", "hà tĩnh", "quảng bình", "quảng trị", "thừa thiên huế", "huế", "quảng nam",
	"quảng ngãi", "bình định", "phú yên", "khánh hòa", "ninh thuận", "bình thuận", "kon tum",
	"gia lai", "đắk lắk", "đắk nông", "lâm đồng", "bình phước", "tây ninh", "bình dương",
	"đồng nai", "bà rịa", "vũng tàu", "long an", "tiền giang", "bến tre", "trà vinh", "vĩnh long",
	"đồng tháp", "an giang", "kiên giang", "hậu giang", "sóc trăng", "bạc liêu", "cà mau",
	"tp hcm", "tphcm", "sài gòn", "việt nam",
	"hoàng mai", "hà đông", "hồ tây", "lê chân", "ngô quyền", "lý sơn", "lâm hà", "cao lãnh",
	"phan thiết", "phan rang", "mai châu", "mai sơn", "lương sơn", "kim bảng", "kim sơn",
	"đồng hới", "đồng xoài", "đồng văn", "đồng tâm", "thái hòa", "vũ thư", "hà trung",
	"hà quảng", "đồng hỷ", "đồng xuân", "đồng anh", "hồng bàng", "lạc sơn", "lạc dương",
	"từ sơn", "từ liêm", "nam từ liêm", "bắc từ liêm", "hoàn kiếm", "ba đình", "đống đa",
	"hai bà trưng", "cầu giấy", "thanh xuân", "tây hồ", "long biên", "hà tiên", "châu đốc",
	"giang thành", "phú quốc", "trương định", "hồng lĩnh",
)

// personMarkers introduce a person: "ông", "bà", "đồng chí", "đ/c".
var personMarkers = wordSet("ông", "bà", "đồng chí", "đ/c", "đc", "đại biểu", "anh", "chị", "ngài")

// pluralWords before a marker make it a list ("các đồng chí").
var pluralWords = wordSet("các", "những", "hai", "ba", "cùng các")

// flagTable maps a lower-case word to the lexicons that have a phrase
// opening with it, one bit each, so that a token is looked up once. It is
// an open-addressing table: cheaper than a map for the one lookup made
// per word of the text.
var flagTable [1 << 12]flagEntry

type flagEntry struct {
	w string
	f uint32
}

var nextBit uint32 = 1

func flagHash(w string) int {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h>>8) & (len(flagTable) - 1)
}

func addFlag(w string, bit uint32) {
	h := flagHash(w)
	for flagTable[h].w != "" && flagTable[h].w != w {
		h = (h + 1) & (len(flagTable) - 1)
	}
	flagTable[h].w = w
	flagTable[h].f |= bit
}

// wordFlags returns the lexicon bits of the lower-case word w.
func wordFlags(w string) uint32 {
	if len(w) > 12 {
		return 0
	}
	for h := flagHash(w); ; h = (h + 1) & (len(flagTable) - 1) {
		e := &flagTable[h]
		if e.w == w {
			return e.f
		}
		if e.w == "" {
			return 0
		}
	}
}

// wordSet builds a set of lower-case phrases; it also records every
// phrase's first word with the longest phrase it opens, so that a lookup
// can stop early.
func wordSet(words ...string) lexicon {
	l := lexicon{set: make(map[string]bool, len(words)), first: map[string]int{}, bit: nextBit}
	nextBit <<= 1
	for _, w := range words {
		w = strings.TrimSuffix(w, ",")
		l.set[w] = true
		f, _, _ := strings.Cut(w, " ")
		addFlag(f, l.bit)
		if n := strings.Count(w, " ") + 1; n > l.first[f] {
			l.first[f] = n
		}
	}
	return l
}

// A lexicon is a set of phrases of one or more words.
type lexicon struct {
	set   map[string]bool
	first map[string]int // first word → most words of a phrase it opens
	bit   uint32         // this lexicon's bit in flagTable
}
