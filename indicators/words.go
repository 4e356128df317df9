package indicators

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
// names the body, it counts nothing ("Ban Chỉ đạo 389 tỉnh", after the
// decision that set the anti-smuggling committee up).
var namesBeforeNumber = [...]string{"ban chỉ đạo"}

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
	"quốc gia", "thành viên", "thí sinh", "cá nhân", "giáo viên", "địa phương", "công ty", "tác phẩm",
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
}

// Counted nouns that are written with a capital, lower case.
var upperUnits = [...]string{"huy chương", "đảng viên", "mw", "kw", "gw", "ha", "hecta", "nghị quyết", "đồng chí"}
