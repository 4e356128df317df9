package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The word lists below are matched against the lower-case normalised text
// (vntext.Doc.Lower), one space between words.

// soleOffices are the offices one person holds in the whole country, a
// title complete without an organ or a name. After a name and a comma,
// one of them followed by a predicate opens a new clause whose subject it
// is, not a title of that name: "Tiếp ông X, Thủ tướng đề nghị …", "X,
// Phó Thống đốc NHNN, Thủ tướng giao …" (soleSubject).
var soleOffices = map[string]bool{
	"thủ tướng": true, "thủ tướng chính phủ": true, "phó thủ tướng": true, "phó thủ tướng chính phủ": true,
	"tổng bí thư": true, "chủ tịch nước": true, "phó chủ tịch nước": true,
}

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
	"tổng tham mưu trưởng", "phó tổng tham mưu trưởng", "tham mưu trưởng",
	// the heads of the state's own offices, the Youth Union and the papers:
	// "Thống đốc Ngân hàng Nhà nước", "Tổng Thanh tra Chính phủ", "Tổng
	// Kiểm toán Nhà nước", "Bí thư thứ nhất Trung ương Đoàn", "Tổng Biên tập
	// Báo Nhân Dân", "Đại sứ", "Trợ lý Tổng Bí thư"
	"thống đốc", "phó thống đốc", "tổng thanh tra", "phó tổng thanh tra", "tổng kiểm toán",
	"phó tổng kiểm toán", "bí thư thứ nhất", "tổng biên tập", "phó tổng biên tập", "đại sứ",
	"trợ lý tổng bí thư", "trợ lý chủ tịch nước", "trợ lý thủ tướng", "trợ lý bộ trưởng",
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
	"thường trực hđnd", "kiêm", "thể thao", "du lịch", "chỉ huy", "trung tâm",
	// the words after the capitalised first word of an organ's name
	// ("Hội Luật gia Việt Nam", "Viện Kiểm sát nhân dân", "Hội Chữ thập đỏ")
	"luật gia", "luật sư", "ngoại giao", "kiểm sát", "hải quan", "nhà báo", "sinh viên",
	"hợp tác xã", "chữ thập đỏ", "khuyến học", "người cao tuổi", "văn học nghệ thuật",
	"doanh nhân", "cán sự", "phát thanh", "truyền hình", "an toàn", "quốc gia",
	// the committees of the National Assembly and the offices of the state
	// ("Ban Dân nguyện", "Ủy ban Pháp luật", "Cục Chống tham nhũng",
	// "Ban Công tác đại biểu", "Tòa án nhân dân tối cao", "Tổng cục Năng lượng")
	"dân nguyện", "pháp luật", "tham nhũng", "công tác", "tối cao", "đối ngoại", "vấn đề",
	"năng lượng", "thiếu niên", "nhi đồng", "kiểm toán", "thống kê", "tôn giáo", "thi đua",
	"khen thưởng", "ngân hàng", "cộng sản", "đặc mệnh toàn quyền",
	// boards and offices named by what they do, their second syllable in
	// lower case ("Ban Quản lý các khu công nghiệp", "Ban Chỉ đạo cải cách
	// hành chính", "Trung tâm Xúc tiến thương mại", "Cơ quan Cảnh sát điều tra")
	"quản lý", "nghiên cứu", "quy hoạch", "thương mại", "cảnh sát", "xúc tiến", "đổi mới",
	"cải cách hành chính", "kiến trúc", "ngoại vụ", "điều tra", "biên phòng", "phòng cháy",
	"chữa cháy", "cứu nạn", "thi hành án", "chứng khoán", "khu công nghiệp", "khu kinh tế",
	"bảo hiểm", "kho bạc", "tòa án", "chính sách", "phụ trách", "quân đội",
	// level words: a place name follows them
	"tỉnh", "thành phố", "tp", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn",
)

// fieldPairs are the names of departments and ministries made of two
// fields joined by "và", as reports write them with the second in lower
// case ("Sở Kế hoạch và đầu tư", "Bộ Thông tin và truyền thông"): the
// title runs on over "và" and the second field only where the first
// stands before it (titleAnd, people_titles.go).
var fieldPairs = []string{
	"kế hoạch và đầu tư", "tài nguyên và môi trường", "giáo dục và đào tạo",
	"thông tin và truyền thông", "khoa học và công nghệ", "nông nghiệp và phát triển nông thôn",
	"văn hóa và thể thao", "thể thao và du lịch", "thương binh và xã hội", "quy hoạch và kiến trúc",
}

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
	// Thái and other surnames met in reports: "Tòng Thị …", "Sử Ngọc …", "Bành Thanh …"
	"tòng", "sử", "bành",
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

// personMarkers introduce a person: "ông", "bà", "đồng chí", "đ/c", a rank.
var personMarkers = wordSet("ông", "bà", "đồng chí", "đ/c", "đc", "đại biểu", "anh", "chị", "ngài",
	// military and police ranks: "Dự hội nghị có Thượng tướng X, …"
	"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
	// degrees: "có PGS.TS X", "TS. X"
	"ts", "ths", "pgs.ts", "gs.ts", "pgs", "gs", "ts.", "ths.", "pgs.ts.", "gs.ts.")

// pluralWords before a marker make it a list ("các đồng chí").
var pluralWords = wordSet("các", "những", "hai", "ba", "cùng các")

// flagTable maps a lower-case word to what the lexicons hold of it, so
// that a token is looked up once: the lexicons that have a phrase opening
// with it (one bit each), those that hold the word as a phrase by itself,
// and the most words of a phrase it opens. It is a cuckoo hash table keyed
// by the word's bytes packed in two integers (wordKey): a word is in one of
// two slots (flagSlots), so that a lookup reads both and takes the one
// that matches without a branch, where a third of the words of a text are
// in no lexicon and a branch on it would be mispredicted. Words
// longer than twelve bytes are never looked up: no lexicon word is that
// long (wordSet makes sure).
var flagTable [1 << flagBits]flagEntry

const flagBits = 11

type flagEntry struct {
	a, b uint64 // wordKey; b == 0 for an empty slot
	lex  uint16 // the word's entry in lexFlags
}

// lexFlags holds what the lexicons hold of each word of flagTable, in the
// order the words were added, from 1: a token keeps the index of its word
// (token.lex) rather than its flags. Entry 0 is the words of no lexicon.
var lexFlags [lexMask + 1]flags

// lexMask bounds the index of lexFlags: flagTable is at most half full.
const lexMask = 1<<(flagBits-1) - 1

// flags are the lexicon bits of a word.
type flags struct {
	first uint64 // lexicons with a phrase opening with the word
	self  uint64 // lexicons with the word as a phrase of one word
	maxN  uint8  // the most words of a phrase the word opens, in any lexicon
	tail  bool   // the word stands after the first in a phrase of some lexicon
}

// phraseTable maps each phrase of two or more words to the lexicons that
// hold it. A phrase is keyed by the lexFlags entries of its words
// (phraseKey), which the tokens carry: looking one up reads no text.
var phraseTable [1 << phraseBits]struct {
	key  uint64 // phraseKey; 0 for an empty slot
	bits uint64 // the lexicons holding the phrase
}

const (
	phraseBits = 11
	lexBits    = flagBits - 1 // the bits of a lexFlags index
	maxPhrase  = 64 / lexBits // the most words a phraseKey holds
)

// phraseKey returns the key of the phrase whose first words have the key
// k, extended by a word with the lexFlags entry lex.
func phraseKey(k uint64, lex uint16) uint64 { return k<<lexBits | uint64(lex) }

// phraseSlot returns the slot of phraseTable holding the phrase with key
// k, or the empty one where it would go.
func phraseSlot(k uint64) int {
	h := int(k * 0x9E3779B97F4A7C15 >> (64 - phraseBits))
	for phraseTable[h].key != k && phraseTable[h].key != 0 {
		h = (h + 1) & (len(phraseTable) - 1)
	}
	return h
}

// phraseLex returns the lexicons holding the phrase with key k.
func phraseLex(k uint64) uint64 { return phraseTable[phraseSlot(k)].bits }

// phraseUsed counts the slots of phraseTable in use.
var phraseUsed int

// nextBit is the bit wordSet gives the next lexicon; 0 once all 64
// are taken.
var nextBit uint64 = 1

// wordKey packs a word of up to twelve bytes into two integers, so that
// two words are equal exactly when their keys are: a word of eight bytes
// or fewer is a, its bytes little-endian (as one load of eight bytes,
// masked, reads them: scan.addWord); a longer one, its first eight bytes and its
// last four in b. b holds the length too.
func wordKey(w string) (a, b uint64) {
	n := len(w)
	if n > 8 {
		a, b = textscan.Load8(w, 0), uint64(load32(w[n-4:]))
	} else {
		for i := 0; i < n; i++ {
			a |= uint64(w[i]) << (8 * i)
		}
	}
	return a, b | uint64(n)<<32
}

// keyMask[n] keeps the first n bytes of eight, n <= 8.
var keyMask = func() (m [16]uint64) {
	for n := 1; n <= 8; n++ {
		m[n] = ^uint64(0) >> (64 - 8*n)
	}
	return m
}()

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// flagSlots returns the two slots of flagTable where the word with key
// (a, b) may be, never the same one.
func flagSlots(a, b uint64) (h1, h2 int) {
	h := (a ^ b*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15
	h1 = int(h >> (64 - flagBits))
	return h1, h1 ^ int(h>>(64-2*flagBits)|1)&(len(flagTable)-1)
}

// flagLex returns the entry in lexFlags of the word with key (a, b), or 0.
// It is flagSlots written out, so that it is small enough to inline in
// scan.addWord, which calls it for every word of a text.
func flagLex(a, b uint64) uint16 {
	h := (a ^ b*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15
	h1 := h >> (64 - flagBits)
	e1 := &flagTable[h1]
	e2 := &flagTable[(h1^(h>>(64-2*flagBits)|1))&(1<<flagBits-1)]
	var lex uint16
	if (e1.a^a)|(e1.b^b) == 0 {
		lex = e1.lex
	}
	if (e2.a^a)|(e2.b^b) == 0 {
		lex = e2.lex
	}
	return lex
}

// flagUsed counts the slots of flagTable in use, while the lexicons are built.
var flagUsed int

// addFlag returns the entry of w in lexFlags, taking a slot of flagTable
// and an entry for it if it has none.
func addFlag(w string) uint16 {
	if len(w) > 12 {
		panic("meeting: a lexicon word longer than addWord looks up: " + w)
	}
	a, b := wordKey(w)
	if lex := flagLex(a, b); lex != 0 {
		return lex
	}
	if flagUsed++; flagUsed > lexMask {
		panic("meeting: flagTable too small for the lexicons")
	}
	lex := uint16(flagUsed)
	flagInsert(flagEntry{a: a, b: b, lex: lex})
	return lex
}

// flagInsert puts e into flagTable: into its first slot, moving the word
// there to its other slot, and so on, until one is free.
func flagInsert(e flagEntry) {
	h, _ := flagSlots(e.a, e.b)
	for range 2 * len(flagTable) {
		e, flagTable[h] = flagTable[h], e
		if e.b == 0 {
			return
		}
		// the word moved out goes to its other slot
		h1, h2 := flagSlots(e.a, e.b)
		if h == h1 {
			h = h2
		} else {
			h = h1
		}
	}
	panic("meeting: flagTable too small for the lexicons")
}

// wordSet builds a set of lower-case phrases, and records them in
// flagTable and phraseTable under a bit of their own.
func wordSet(words ...string) lexicon {
	l := lexicon{set: make(map[string]bool, len(words)), bit: nextBit}
	if nextBit == 0 {
		panic("meeting: more than 64 lexicons")
	}
	nextBit <<= 1
	for _, w := range words {
		w = strings.TrimSuffix(w, ",")
		l.set[w] = true
		ws := strings.Fields(w)
		if strings.Join(ws, " ") != w || len(ws) > maxPhrase {
			panic("meeting: a lexicon phrase not one space apart, or longer than a phraseKey holds: " + w)
		}
		var key uint64
		for k, x := range ws {
			lex := addFlag(x)
			key = phraseKey(key, lex)
			if k > 0 {
				lexFlags[lex].tail = true
			}
		}
		e := &lexFlags[addFlag(ws[0])]
		e.first |= l.bit
		if len(ws) == 1 {
			e.self |= l.bit
		} else {
			if h := phraseSlot(key); phraseTable[h].key == 0 {
				if phraseUsed++; phraseUsed > len(phraseTable)/2 {
					panic("meeting: phraseTable too small for the lexicons")
				}
				phraseTable[h].key = key
			}
			phraseTable[phraseSlot(key)].bits |= l.bit
		}
		e.maxN = max(e.maxN, uint8(len(ws)))
	}
	return l
}

// A lexicon is a set of phrases of one or more words.
type lexicon struct {
	set map[string]bool
	bit uint64 // this lexicon's bit in lexFlags and phraseTable
}
