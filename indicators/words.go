package indicators

import (
	"sort"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Words after a number that show it does not count things: time units,
// function words and units of rank. Lower case.
var notCountWord = map[string]bool{
	"năm": true, "tháng": true, "ngày": true, "tuần": true, "giờ": true, "phút": true, "giây": true,
	"quý": true, "kỳ": true, "khóa": true, "nhiệm": true, "lần": true, "thế": true, "buổi": true,
	"h": true, "g": true, "của": true, "và": true, "trong": true, "đến": true, "tới": true, "với": true,
	"là": true, "có": true, "được": true, "cho": true, "các": true, "những": true, "tại": true,
	"ở": true, "so": true, "từ": true, "đã": true, "sẽ": true, "đang": true, "mới": true, "hay": true,
	"hoặc": true, "bằng": true, "như": true, "theo": true, "về": true, "nào": true, "trên": true,
	"dưới": true, "thứ": true, "số": true, "giai": true, "phiên": true, "đợt": true,
	"độ": true, "tuổi": true, "sau": true,
	"trước": true, "vào": true, "ra": true, "khi": true, "thì": true, "mà": true, "này": true,
	"đó": true, "cũng": true, "đều": true, "không": true, "chưa": true, "tăng": true, "giảm": true,
	"đạt": true, "vượt": true, "chiếm": true, "gồm": true, "trở": true, "lên": true, "xuống": true,
	"điểm": true, "bước": true, "x": true, "triệu": true, "tỷ": true, "tỉ": true,
	"nghìn": true, "ngàn": true, "trăm": true, "chục": true, "lượng": true, "lúc": true, "hàng": true,
	"tiếng": true, "đêm": true, "sáng": true, "chiều": true, "tối": true, "trưa": true,
	"thập": true, // "hơn 1 thập kỷ", "3 thập niên": a duration
	// bound words, which open the next figure: "giai đoạn 2 hơn 1.650 tỷ đồng"
	"hơn": true, "khoảng": true, "gần": true,
}

// afterShorthandMoney are the words, besides those of notCountWord and
// notAfterCount, after which "N tỷ" is money, not the count of the
// word after it (see shorthandMoney): "thì", "mà", "bị", "do", "mỗi",
// "xây" ("900 tỷ xây cầu").
var afterShorthandMoney = [...]string{"thì", "mà", "bị", "do", "mỗi", "xây", "nhưng"}

// moneyTalk are the words of a clause that speaks of money, lower case:
// in it, "N triệu" before a function word is triệu đồng (moneyClause).
var moneyTalk = [...]string{
	"giá", "chi", "chi phí", "trả", "vay", "lương", "thưởng", "hỗ trợ", "bồi thường", "nộp", "phạt", "thu nhập", "tiền",
	"bỏ ra", "đưa", "nhận", "đòi", "thanh toán", "gửi", "chiếm đoạt", "cưỡng đoạt", "thu về", "bán", "mua", "kinh phí",
}

// timeWord marks the words of notCountWord that measure time: "4 tỷ năm"
// is a duration, no money.
var timeWord = map[string]bool{
	"năm": true, "tháng": true, "ngày": true, "tuần": true, "giờ": true, "phút": true, "giây": true, "lần": true,
	"tuổi": true, "độ": true, "quý": true, "thế": true, "thập": true,
}

// notAfterCount are the conjunctions, adverbs and verbs, lower case, that
// follow a name's number or a subject's, not a count's: a bare number
// right before one counts nothing ("tháng 6 vừa qua", "giai đoạn 3 để",
// "Quận 1 vẫn", "năm 2030 còn", "Đội 7 tham gia", "kỷ niệm 60 thành
// lập"). A scaled number keeps them ("23.000 tỷ để giải phóng mặt bằng").
var notAfterCount = [...]string{"vừa", "để", "nhưng", "còn", "vẫn", "thực hiện", "tham gia", "tham dự", "thành lập"}

// Words before a number that make it an identifier, a rank or a time:
// "lần thứ 6", "khóa 12", "số 14", "điều 5", "năm 2020".
var notBeforeCount = map[string]bool{
	"thứ": true, "khóa": true, "khoá": true, "số": true, "điều": true, "khoản": true, "điểm": true,
	"chương": true, "mục": true, "phần": true, "năm": true, "tháng": true, "ngày": true, "quý": true,
	"kỳ": true, "lần": true, "đợt": true, "giai": true, "phòng": true, "tổ": true, "ấp": true,
	"thôn": true, "khu": true, "phố": true, "đường": true, "lộ": true, "nhà": true, "lô": true,
	"phường": true, "quận": true, "huyện": true, "xã": true, "hạng": true, "top": true, "tuổi": true,
	"lúc": true, "sáng": true, "chiều": true, "tối": true,
	"trưa": true, "đêm": true, "hôm": true, "giờ": true, "tầng": true, "tập": true, "trang": true,
	"câu": true, "bài": true, "ql": true, "km": true, "mã": true, "hotline": true, "tel": true,
	"điện": true, "thoại": true, "fax": true, "trong": true, "bước": true, "nhóm": true, "vòng": true,
	"bảng": true, "hình": true, "ảnh": true, "biểu": true, "mẫu": true,
	"quyết": true, "định": true, "thị": true, "thông": true,
	"luận": true, "hoạch": true, "văn": true,
	"độ": true, "loại": true, "thế": true, "kỷ": true, "vụ": true, "lớp": true, "kh": true,
	"ngõ": true, "ngách": true, "hẻm": true, "kiệt": true, "khóm": true, "tờ": true, "thửa": true,
	"ương": true, // "Nghị quyết Trung ương 4": a plenum
}

// Names of more than one word that a number ends, lower case: the number
// names the body, the road or the congress, it counts nothing ("Ban Chỉ
// đạo 389 tỉnh", after the decision that set the anti-smuggling committee
// up; "đường Vành đai 3 đoạn qua quận", "Đại hội 19 đảng Cộng sản"), nor
// do the numbers listed after it ("vành đai 3 và 4", "Vành đai 3, 4").
// Only the last word is looked at for a capital, so a name whose last
// word is lower case needs its row here: the option of a plan ("phương án
// 1 giữ nguyên", "phương án 2, 3"), a turbine ("tổ máy 2 phát điện"), a
// hamlet ("xóm 6, 7 xã Đông Sơn"), a military unit ("Sư đoàn 5", "Lữ đoàn
// 28 quản lý"), a pact or a navy ship by its acronym ("TPP 11", "tàu HQ
// 571"), the grade of a school, a diploma, a house or a road ("trường
// cấp 3", "bằng cấp 3", "nhà cấp 4", "đường cấp 3"), a phase ("giai đoạn
// 2 khởi công": notBeforeCount sees only "đoạn"), a ramp ("nhánh 1 hướng
// về"), a crossroads ("ngã 6"), a hospital ("Nhi đồng 2"). Not "đội" nor
// "biên đội": "đội 10 tàu" counts; nor a storm's "mạnh cấp 8", a measure.
var namesBeforeNumber = [...]string{
	"ban chỉ đạo", "vành đai", "đại hội", "phương án", "tổ máy", "xóm", "tpp", "hq",
	"bằng cấp", "học cấp", "trường cấp", "nhà cấp", "đường cấp", "giai đoạn", "nhánh", "ngã", "nhi đồng",
	"trung đoàn", "quân đoàn", "lữ đoàn", "sư đoàn", "tiểu đoàn", "binh đoàn", "đại đội", "trung đội",
}

// docNamesBeforeNumber are the kinds of document, lower case, whose
// number a bare number after them is ("Thông tư 130 hướng dẫn", "văn bản
// 2590 gửi các sở", "thông báo 1483"), unless a noun it counts follows
// ("đã thông báo 15 doanh nghiệp"). A kind whose last word alone tells it
// ("quyết định", "kế hoạch") is in notBeforeCount. The abbreviations
// "QĐ", "NĐ", "NQ" name one too ("theo NĐ 58 của Chính phủ").
var docNamesBeforeNumber = [...]string{"thông tư", "thông báo", "thông cáo", "văn bản", "công văn", "công điện", "tờ trình", "qđ", "nđ", "nq"}

// kindAttributes are the nouns, lower case, of a feature that a number
// before them gives a thing, each with the heads it follows: "xe 2 tầng",
// "ô tô dưới 9 chỗ", "khách sạn 5 sao", "cao tốc 4 làn", "nhà 5 tầng",
// "tòa tháp cao 40 tầng", "công trình quy mô 12 tầng", "xe con dưới 9
// chỗ", "mở rộng thành 6 làn".
// The number names a kind or a design, it counts nothing reported.
var kindAttributes = map[string][]string{
	"chỗ":  {"xe", "xe khách", "xe buýt", "ôtô", "ô tô", "taxi", "con", "hợp đồng", "phương tiện", "dịch vụ", "chở người", "cá nhân"},
	"bánh": {"xe", "môtô", "mô tô", "xe tải", "đầu kéo"},
	"sao":  {"khách sạn", "chuẩn", "tiêu chuẩn", "nghỉ dưỡng", "resort", "nhà hàng", "đẳng cấp"},
	"tầng": {"xe", "xe buýt", "nhà", "tòa nhà", "biệt thự", "tháp", "cao ốc", "chung cư", "cao", "quy mô", "xây dựng", "tương đương"},
	"làn":  {"cao tốc", "đường", "quy mô", "thiết kế", "mỗi bên", "thành", "rộng"},
}

// Counted nouns of more than one word, lower case, so that the unit reads
// "đảng viên" rather than "đảng".
var countUnits = [...]string{
	"đảng viên", "đại biểu", "chỉ tiêu", "tiêu chí", "dự án", "doanh nghiệp", "cơ sở", "cơ quan",
	"tổ chức cơ sở đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "lượt khách", "lượt người",
	"du khách", "hộ gia đình", "hộ nghèo", "hộ cận nghèo", "cán bộ", "công chức", "viên chức",
	"người lao động", "lao động", "học sinh", "sinh viên", "công trình", "nhà máy", "thủy điện", "thuỷ điện",
	"căn hộ", "căn nhà", "căn biệt thự", "huy chương vàng", "huy chương bạc", "huy chương đồng",
	"thanh niên", "tân binh", "công dân", "đơn vị", "trường học", "trạm y tế", "biên chế", "hồ sơ",
	"thủ tục hành chính", "tổ dân phố", "khu phố", "nhà đầu tư", "vụ án", "vụ việc", "đối tượng", "bị can", "bị cáo", "nhân khẩu",
	"ý kiến", "phiếu bầu", "số phiếu", "đồng chí", "nghị quyết", "vụ ngộ độc", "nội dung", "giấy phép", "giấy chứng nhận", "lượt người", "hộ dân",
	"chương trình", "kế hoạch", "nhiệm vụ", "giải pháp", "tuyến đường", "tuyến phố", "đề án", "cuộc thanh tra",
	"cuộc kiểm tra", "đoàn kiểm tra", "lượt khách", "khu dân cư", "làng nghề", "di tích", "trường hợp", "trường", "tổ chức", "vườn hoa", "bà mẹ",
	// Two-word nouns whose first word alone is no noun ("thành" of
	// "thành viên"): read whole, so that the unit names what is counted.
	"quốc gia", "dân tộc", "dân thường", "thành viên", "thí sinh", "cá nhân", "giáo viên", "địa phương", "công ty", "tác phẩm",
	"nhân viên", "lãnh đạo", "vấn đề", "công nhân", "tập thể", "kiến nghị", "bệnh nhân", "tỉnh thành",
	"máy bay", "văn kiện", "văn bản", "quyết định", "cảnh sát", "vị trí", "binh sĩ", "phương án",
	"biệt thự", "sự kiện", "sản phẩm", "bệnh viện", "nạn nhân", "khu vực", "hành khách",
	"ứng cử viên", "ứng viên", "ngôi nhà", "đoàn viên", "hội viên", "chi nhánh", "lĩnh vực", "ngân hàng", "trẻ em",
	"chiến sĩ", "cửa hàng", "thiết bị", "khách hàng", "phóng viên", "hạng mục", "tập đoàn", "đối tác",
	"gói thầu", "câu hỏi", "hoạt động", "gia đình", "hệ thống", "mô hình", "xe máy", "ô tô", "cây xanh",
	"chung cư", "nền kinh tế", "công an", "sáng kiến", "đề tài", "hợp tác xã",
	"giường bệnh", "bác sĩ", "phòng học", "dự luật", "dự thảo", "trang trại", "gia trại",
	"ủy viên", "uỷ viên", "dịch vụ", "phó giám đốc", "phó chủ tịch", "phó trưởng ban", "quan chức",
	"thành phố", "văn phòng", "chuyên đề", "chuyên gia", "hợp đồng", "đại diện", "thương hiệu",
	"địa điểm", "trung tâm", "thị trấn", "thị xã", "phương tiện", "nghị sĩ", "tài khoản", "thủ khoa",
	"cổ phiếu", "cổ phần", "chức danh", "nhà lãnh đạo", "mục tiêu", "hài cốt", "nhà ngoại giao", "nhà báo",
	"tổ hợp", "tên lửa", "nhà ga", "quân nhân", "diễn viên", "bác sỹ", "ngư dân",
	"đầu mối", "gian hàng", "thị trường", "nhà khoa học", "hoạt chất", "giảng viên", "nghệ nhân", "nghệ sĩ",
	"nhà hàng", "ban quản lý", "chức năng", "nguyên nhân", "điều kiện", "bộ trưởng", "siêu thị", "sĩ quan",
	"nhà văn", "nhà thầu", "học viên", "nghi phạm", "thủ tục", "sự cố", "nhân sự",
}

// Counted nouns that are written with a capital, lower case.
var upperUnits = [...]string{"huy chương", "đảng viên", "mw", "kw", "gw", "ha", "hecta", "nghị quyết", "đồng chí"}

// trimRightSpaces returns i moved back over the spaces and quotes before it.
func trimRightSpaces(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '"') {
		i--
	}
	return i
}

// endsWithWord reports whether low[:i] ends with the word w and returns
// where w starts.
func endsWithWord(low string, i int, w string) (int, bool) {
	return endsWithWordAt(low, trimRightSpaces(low, i), w)
}

// endsWithWordAt is endsWithWord for an i that no space or quote precedes.
func endsWithWordAt(low string, i int, w string) (int, bool) {
	s := i - len(w)
	// Comparing the last byte alone rejects most words cheaply.
	if s < 0 || len(w) > 0 && low[i-1] != w[len(w)-1] || low[s:i] != w {
		return 0, false
	}
	if s > 0 && textscan.WordRuneBefore(low, s) {
		return 0, false
	}
	return s, true
}

// Words that open a clause without being part of its measure.
var leading = [...]string{
	"trong đó", "riêng", "đồng thời", "ngoài ra", "bên cạnh đó", "và", "với", "còn", "cụ thể",
	"đặc biệt", "đáng chú ý", "nổi bật là", "trong", "đến nay", "hiện nay", "hiện", "tính đến", "sau", "qua", "theo đó",
	"nhìn chung", "đã", "cùng với đó", "tuy nhiên", "như vậy", "về", "trên", "cả", "đến", "tới",
	"trong khi đó", "trong khi", "khi", "nhưng", "song", "vẫn", "cũng", "dự kiến", "ước tính", "ước", "đối với", "phấn đấu",
	"xuống còn", "xuống", "còn lại", "tuy vậy", "kết quả", "tiếp đó", "trước đó", "sau đó", "bên cạnh", "nhờ đó", "do đó", "vì vậy", "theo báo cáo",
}

// leadingIndex indexes leading, longest phrase first: of two phrases that
// match at one place ("trong", "trong đó") the longer is taken.
var leadingIndex = func() *phraseIndex {
	ws := leading
	sort.SliceStable(ws[:], func(a, b int) bool { return len(ws[a]) > len(ws[b]) })
	return indexPhrases(ws[:]...)
}()

// wordStartByte reports whether a word may start at low[k] (k > 0): the
// byte before is ASCII and not a letter or digit. Bytes of Vietnamese
// letters are all non-ASCII, so this needs no decoding.
func wordStartByte(low string, k int) bool { return !wordByte[low[k-1]] }

// wordByte marks the bytes words are made of, by the byte: ASCII letters
// and digits, and every byte of a multi-byte rune.
var wordByte = func() (m [256]bool) {
	for c := range m {
		m[c] = c >= 0x80 || textscan.IsWordByte(byte(c))
	}
	return m
}()

// isWordBytesAt reports whether the word at low[i], bounded by a byte
// that is neither ASCII alphanumeric nor part of a multi-byte rune, is w.
func isWordBytesAt(low string, i int, w string) bool {
	e := i + len(w)
	return e <= len(low) && low[i:e] == w && (e == len(low) || !wordByte[low[e]])
}

// A byteSet marks a few ASCII bytes: a stop list such as the marks that
// end a clause, tested byte by byte (containsAny) rather than by
// strings.ContainsAny, which for a short string looks each rune up in the
// list, and for a long one builds the set again on every call.
type byteSet [256]bool

// bytesOf returns the set of the bytes of chars, which is ASCII.
func bytesOf(chars string) *byteSet {
	var m byteSet
	for i := 0; i < len(chars); i++ {
		m[chars[i]] = true
	}
	return &m
}

// containsAny reports whether s holds a byte of set: for an ASCII set, as
// strings.ContainsAny does, since no byte of a multi-byte rune is ASCII.
func (set *byteSet) containsAny(s string) bool {
	for i := 0; i < len(s); i++ {
		if set[s[i]] {
			return true
		}
	}
	return false
}

// The stop lists tested with containsAny, each for the rule named.
var (
	clauseMarks    = bytesOf(",.;:\n")                 // between a count and its breakdown (breakdownEnd)
	goalGapStops   = bytesOf(".:()\n")                 // in a clause that shares a goal (sharesGoal)
	labelStops     = bytesOf("0123456789,;:()\n")      // in the nouns a list opens with (nounListStart)
	quoteNameStops = bytesOf("0123456789.,;:%\n")      // in a quoted name after its number (quotedName)
	quoteWordStops = bytesOf("\"0123456789.,;:%()-\n") // in a word between a quote and a number (quoteOpening)
	digitBytes     = bytesOf("0123456789")             // in a baseline that is a time (timeBaseline)
	taskItemStops  = bytesOf("0123456789\"")           // in whom a directive directs (directLeadIn)
)
