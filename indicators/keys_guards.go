package indicators

// The row type of keyCues with its guards, and the word lists the guards
// look for around a figure: a row of keys_table.go names its list, and a
// word is added here.

// A keyCue is one row of the key table.
//
// Guards. with: the row holds only when one of these words is also in the
// phrase; unless: the row is skipped when one of these words is in it;
// sentUnless: skipped when one of these words is in the cue's sentence;
// notAfter: skipped when one of these words or marks stands right before
// the cue, spaces between;
// money: only for a money figure (the verb "thu" before an amount); own:
// only in the figure's own measure and clause, for words too common to
// name the topic of a whole sentence ("chi", "bầu"); weak: a broad word,
// own too, which decides only when nothing else around names a measure;
// unit: only as a figure's unit ("km", "con"); byUnit: as a figure's unit
// it decides before the measure ("phiếu", "huy chương"). A row whose key
// is noKey names a measure that fits no key: it decides that there is
// none ("lãi suất", "lợi nhuận").
type keyCue struct {
	cue    string   // the phrase, lower case
	key    Key      // the key it names
	with   []string // one of these must be in the phrase too
	unless []string // none of these may be in the phrase
	money  bool     // only for money figures
	// noMoney: never for money figures
	noMoney bool
	unit    bool // only as a figure's unit ("km", "con")
	weak    bool // a broad word: only in the figure's own phrase, and any other cue around beats it
	byUnit  bool // as a figure's unit, decides before the measure ("phiếu")
	own     bool // only in the figure's own measure and clause, not the sentence's
	// counted: the cue names things counted ("doanh nghiệp", "cử tri"): it
	// keys no figure that counts other things ("doanh nghiệp tặng 3 chiếc")
	counted bool
	// sentUnless: none of these may be in the sentence that holds the cue
	sentUnless []string
	// notAfter: none of these may stand right before the cue ("công" of
	// "công dân số", "%" of "34% GDP")
	notAfter []string
	// price: only for a measure whose figures are all prices, money per
	// something ("15 triệu đồng/m2", "400 triệu đồng/căn")
	price bool
	// rate: only for a measure whose figures are all percentage levels
	// (a tax's rate, "thuế nhập khẩu 30%"), not changes nor plan shares
	rate bool
	// perHead: never for a measure whose figures are all totals in
	// billions or millions of dollars (see totals): money per head
	perHead bool
	// sentWith: one of these must be in the sentence: for a unit row the
	// figure's ("km" of a road, not of a flight or a distance), for any
	// other the cue's ("kinh phí" of works)
	sentWith []string
}

// affectedUnits are what a project displaces, counted: the guard of the
// rows "ảnh hưởng", "tác động", "liên quan".
var affectedUnits = []string{"hộ", "hộ dân", "hộ gia đình", "ngôi mộ", "mộ", "công trình"}

// worksWords name works built along a length: the guard of the unit rows
// "km" and "m".
var worksWords = []string{"đường", "đại lộ", "tuyến", "cao tốc", "quốc lộ", "tỉnh lộ", "huyện lộ", "đường sắt", "metro", "kênh", "mương",
	"đê", "kè", "cầu", "đường dây", "bê tông", "nhựa hóa", "cứng hóa", "làm mới", "nâng cấp", "xây dựng", "sửa chữa", "cải tạo",
	"giao thông", "công trình", "dự án", "hạ tầng", "thi công", "khởi công", "cáp quang", "ống", "lưới điện", "hầm"}

// homeWorkWords name homes built, sold or handed over: the guard of the
// unit row "căn" ("xây 500 căn", not a flat's owner nor a house searched).
var homeWorkWords = []string{"xây", "khởi công", "hoàn thành", "bàn giao", "mở bán", "dự án", "nhà ở xã hội", "tái định cư", "đô thị", "quy mô"}

// homeLossWords name homes a disaster or a fire destroys, or built
// unlawfully and pulled down: they key none ("căn cứ" is a base).
var homeLossWords = []string{"lũ", "bão", "mưa", "ngập", "cháy", "lốc", "sạt lở", "sập", "tốc mái", "động đất", "thiên tai", "cuốn trôi",
	"hư hỏng", "trái phép", "không phép", "cưỡng chế", "tháo dỡ", "phá dỡ", "căn cứ"}

// animalWords name beasts and herding: the guard of the unit row "con".
var animalWords = []string{"gà", "vịt", "ngan", "ngỗng", "lợn", "heo", "bò", "trâu", "dê", "cừu", "ngựa", "thỏ", "gia súc", "gia cầm",
	"chăn nuôi", "đàn", "con giống", "cá", "tôm", "thủy sản", "chim", "ong", "hươu", "nai", "voọc", "hổ", "gấu", "khỉ", "rắn", "chó", "mèo"}

// produceWords name crops, catches and harvests: the guard of the unit
// rows "tấn", "kg", "tạ". Words that also stand in other words' company
// are left out ("ngô" is a surname, "tiêu" of "chỉ tiêu", "cá" of "cá
// nhân", "sản lượng" of oil and coal).
var produceWords = []string{"thu hoạch", "lúa", "gạo", "thóc", "sắn", "khoai", "mía", "rau", "trái cây", "hoa quả", "cà phê", "hồ tiêu",
	"chè", "thanh long", "chuối", "nhãn", "xoài", "bưởi", "chanh dây", "tôm", "thủy sản", "hải sản", "nông sản", "lương thực",
	"chăn nuôi", "gia cầm", "gia súc", "heo", "lợn"}

// treeWorkWords name the work on trees of streets and parks: the guard of
// the unit row "cây".
var treeWorkWords = []string{"di dời", "chặt hạ", "đốn hạ", "chặt", "đốn", "cây xanh", "cây cổ thụ", "bứng"}

// landWords name land and its clearing: the guard of the row "đền bù".
var landWords = []string{"đất", "ha", "m2", "giải tỏa", "tái định cư", "mặt bằng", "thu hồi", "di dời"}

// disasterWords name what else displaces households: with them, "ảnh
// hưởng" is no clearance for a project.
var disasterWords = []string{"lũ", "bão", "mưa", "ngập", "cháy", "hỏa hoạn", "lốc", "dịch", "động đất"}

// notDistance are the words holding "cách" that say no distance: a way,
// a reform, a time ago.
var notDistance = []string{"bằng cách", "một cách", "cách thức", "cách làm", "cách mạng", "cách ly", "cải cách", "tư cách",
	"nhân cách", "phong cách", "cách chức", "cách đây", "cách tân"}

// companyWords say that a sentence is on a company's accounts: there the
// bare verbs "thu", "chi" and the broad words "doanh thu", "tăng trưởng"
// are the company's, not a budget's, a market's or an economy's.
var companyWords = []string{"công ty", "cty", "tập đoàn", "tổng công ty", "cổ đông", "hđqt", "hội đồng quản trị", "cổ phiếu",
	"niêm yết", "lợi nhuận", "lãi ròng", "lãi sau thuế", "lãi trước thuế", "doanh thu thuần", "báo cáo tài chính"}

// privateCapital names money that is raised or attracted rather than
// budgeted: a project's total cost is public investment unless its
// sentence names one of these ("hợp đồng BT", "dự án đầu tư trong nước",
// a loan of the World Bank).
var privateCapital = []string{"nhà đầu tư", "doanh nghiệp", "công ty", "tập đoàn", "fdi", "nước ngoài", "tư nhân", "trong nước",
	"bt", "bot", "ppp", "xây dựng - chuyển giao", "đối tác công tư", "oda", "vốn vay", "ngân hàng thế giới", "wb", "adb", "jica"}

// notBallots name the slips that are no votes: the guard of the row
// "phiếu" (survey forms, deputies' written questions, meal and gift
// vouchers).
var notBallots = []string{"khảo sát", "điều tra", "chất vấn", "câu hỏi", "phiếu ăn", "phiếu uống", "phiếu mua hàng", "phiếu quà tặng"}

// budgetSpent are the verbs and uses of a budget that spend it: the guard
// of the row "ngân sách" ("trích ngân sách 1.000 tỷ đồng", "ngân sách
// quốc phòng").
var budgetSpent = []string{"hỗ trợ", "bố trí", "cấp", "phân bổ", "trích", "sử dụng", "dùng", "tạm ứng", "rót", "chi tiêu",
	"cấp phát", "quốc phòng", "quân sự"}

// worksMoneyWords name works built or mended: the guard of the row
// "kinh phí" that keys their money infrastructure ("kinh phí nâng cấp
// tuyến đường", "công trình có tổng kinh phí"). "Xây dựng" alone is not
// one ("xây dựng Đảng", "xây dựng cơ sở dữ liệu"), nor "dự án" alone.
var worksMoneyWords = []string{"công trình", "xây dựng cơ bản", "đầu tư xây dựng", "xây mới", "xây lắp", "khởi công", "thi công",
	"nâng cấp", "sửa chữa", "cải tạo", "mở rộng", "hạ tầng", "cầu", "cầu vượt", "tuyến đường", "con đường", "đường giao thông",
	"đường bộ", "cao tốc", "quốc lộ", "tỉnh lộ", "nút giao", "hầm", "kè", "đê", "kênh", "mương", "cống", "trụ sở", "bến xe", "đường dây", "lưới điện", "trạm biến áp",
	"nhà văn hóa", "trường học", "phòng học", "bê tông", "nhựa hóa", "cứng hóa", "chiếu sáng", "lắp đặt"}

// planningMinistry ends the name of the ministry or department of
// planning and investment before "đầu tư": there it names no investment.
var planningMinistry = []string{"kế hoạch và", "kế hoạch -", "kế hoạch –", "kế hoạch &", "bộ kế hoạch", "sở kế hoạch"}

// partyWords name the Party's members and bodies: the guard of the rows
// "kiểm tra" and "vi phạm" that make inspection the Party's.
var partyWords = []string{"đảng viên", "tổ chức đảng", "cấp ủy", "đảng", "chi bộ"}

// partyBodies are partyWords and the Party's committees by name: the
// guard of the row "giám sát", whose supervision is the Party's only
// where one of them is named ("Ban Thường vụ Thành ủy lập 4 đoàn giám
// sát"), not a council's, the Front's or a camera's.
var partyBodies = append([]string{"thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "ban thường vụ", "ubkt", "ủy ban kiểm tra"}, partyWords...)

// bankWords say that a sentence is on a bank's business: its deposits
// ("huy động vốn") are no investment raised.
var bankWords = []string{"ngân hàng", "tín dụng", "dư nợ", "tổng tài sản", "tiền gửi", "thị trường 1", "cho vay"}

// placeWords name the whole of a place or its living there: the guard of
// the row "hộ dân" that makes households its population.
var placeWords = []string{"toàn xã", "toàn phường", "toàn thị trấn", "toàn huyện", "toàn quận", "toàn thị xã", "toàn thành phố",
	"toàn tỉnh", "trên địa bàn", "sinh sống", "nhân khẩu", "dân số"}

// householdsActedOn say that the households counted are moved, struck
// or dealt with, not the place's people.
var householdsActedOn = []string{"bị", "ảnh hưởng", "ngập", "dự án", "di dời", "di chuyển", "sạt lở", "hỗ trợ", "vận động", "bàn giao"}

// notElection hold "bầu" in senses other than an election: a football
// club's owner by his name, the sky and the air.
var notElection = []string{"bầu đức", "bầu hiển", "bầu thắng", "bầu trời", "bầu khí quyển", "bầu không khí", "bầu bạn"}

// notEconomyGrowth say that a sentence's bare "tăng trưởng" is a firm's,
// a bank's or the traffic's: the guard of that weak row.
var notEconomyGrowth = append([]string{"khách hàng", "ngân hàng", "phương tiện", "xe máy", "ô tô"}, companyWords...)

// inspectWords say that a figure counts inspections or what they found:
// for such figures an office's name keys the field it inspects (see
// inAgencyName).
var inspectWords = []string{"kiểm tra", "thanh tra", "xử phạt", "phạt tiền", "vi phạm", "lập biên bản"}

// firmTakings say that a sentence's takings are a firm's accounts, its
// group's or its airline's, not trade: the guard of the weak row
// "doanh thu".
var firmTakings = append([]string{"hợp nhất", "hãng", "lntt", "lnst", "cổ tức", "bất động sản", "thương hiệu", "kế hoạch kinh doanh",
	"nhà mạng", "công ty mẹ", "đại hội cổ đông", "ghi nhận"}, companyWords...)

// notCases say that the "vụ" a sentence counts are crop seasons, a
// ministry's departments ("Vụ Pháp chế") or weapons tests ("5 vụ thử
// tên lửa"), not cases: the guard of the unit row "vụ".
var notCases = []string{"lúa", "đông xuân", "hè thu", "thu đông", "vụ mùa", "mùa vụ", "vụ chiêm", "gieo cấy", "gieo trồng", "canh tác",
	"vụ trưởng", "vụ chức năng", "thuộc bộ", "phòng thuộc", "cục, vụ", "vụ, cục", "vụ thử", "thử hạt nhân", "thử tên lửa"}

// firmProject say that a project's money is a firm's, lent, owed, earned
// or lost, not works built: with them the weak "dự án" keys no money.
var firmProject = append([]string{"ctcp", "doanh nghiệp", "nhà đầu tư", "lãi", "lỗ", "thua lỗ", "tạm ứng", "cho vay", "vay vốn",
	"hàng tồn kho", "bất động sản", "quỹ bảo trì"}, companyWords...)

// billWords say that the projects a sentence counts are bills before a
// legislature ("cho ý kiến về 6 dự án luật") or research, not works: the
// guard of the weak row "dự án".
var billWords = []string{"dự án luật", "dự thảo luật", "pháp lệnh", "dự thảo nghị quyết", "dự án nghiên cứu", "nghiên cứu khoa học"}

// keyUnits are the units of measurement or of things counted whose key
// rows name a topic for their own figures only: the key they decide
// carries to no figure in another unit (see measuresAlike). Cases and
// suspects ("vụ", "đối tượng") are not among them: the people after
// them continue their topic.
var keyUnits = []string{"km", "m", "mw", "kwh", "con", "căn", "cây", "tấn", "kg", "tạ"}
