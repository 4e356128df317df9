package meeting

// The cues that tell how a period a report names stands to the meeting's
// own day, and so which year a day written without one ("Chiều 17/6")
// falls in. A careful reader resolves "Sáng 10/1 … tổng kết công tác năm
// 2023, triển khai nhiệm vụ năm 2024" to 2024: a year is reviewed after it
// ends and planned before it starts. Each row is one cue phrase, read in
// the clause just before the period; the nearest cue decides.

// A yearRole is how a period stands to the meeting.
type yearRole uint8

const (
	roleUntold  yearRole = iota // no cue: the kind of period decides
	roleNone                    // tells nothing: a past event, a far goal
	roleReview                  // the period the meeting reviews: it meets at or after its end
	rolePlan                    // the period it plans: it meets before it starts
	roleAim                     // the period's plan, named: set before it, carried out in it
	roleCarry                   // the period it carries out: "thực hiện nhiệm vụ năm 2017"
	roleNext                    // "Sang năm 2015": the year after the meeting's
	roleWithin                  // the meeting falls in the period, or reviews it: "trong năm 2018"
	roleEarly                   // "những tháng đầu năm 2017": in spring or summer
	rolePrior                   // compared with: the meeting's period is a year later
	roleSession                 // "kỳ họp cuối năm 2018": the year-end session
	roleMidYear                 // "kỳ họp giữa năm 2018": the mid-year session
	roleOversee                 // "chương trình giám sát năm 2020": adopted the year before
	roleHead                    // a head noun: the cue before it decides, else a review
	roleSettle                  // "quyết toán ngân sách năm 2019": its accounts, settled a year or more after
	roleWord                    // a word holding a cue word but no cue ("đầu tư"): the cue before it decides
)

// A yearCue is a cue phrase, lower case, and the role it gives the period
// after it.
type yearCue struct {
	cue  string
	role yearRole
}

// yearCueRows are the cue phrases before a period.
var yearCueRows = []yearCue{
	// What the meeting reviews.
	{"tổng kết", roleReview},
	{"sơ kết", roleReview},
	{"kết quả", roleReview},
	{"tình hình", roleReview},
	{"đánh giá", roleReview},
	{"báo cáo", roleReview},
	{"kiểm điểm", roleReview}, // "kiểm điểm sự lãnh đạo, chỉ đạo năm 2016"
	{"ước", roleReview},
	{"ước tính", roleReview},
	{"đạt", roleReview},
	{"công tác", roleHead},         // "tổng kết công tác năm 2017, triển khai công tác năm 2018"
	{"quyết toán", roleSettle},     // "phê chuẩn quyết toán ngân sách năm 2019"
	{"so với kế hoạch", roleCarry}, // "đạt 98% so với kế hoạch năm 2023"
	{"so với dự toán", roleCarry},
	{"so với chỉ tiêu", roleCarry},
	{"so với nghị quyết", roleCarry},
	// What it plans: a plan named is set before its year and carried out
	// in it ("rà soát các chỉ tiêu năm 2023" in October 2023); a theme, an
	// estimate, a direction are set before it.
	{"kế hoạch", roleAim},
	{"kết hoạch", roleAim}, // a slip for "kế hoạch", written so in several reports
	{"nhiệm vụ", roleAim},
	{"chỉ tiêu", roleAim},
	{"phấn đấu", roleAim},
	{"mục tiêu", roleAim},
	{"chương trình công tác", roleAim},
	{"dự toán", rolePlan},
	{"phương hướng", rolePlan},
	{"chủ đề", rolePlan},
	{"triển khai", rolePlan},
	{"định hướng", rolePlan},
	{"chương trình giám sát", roleOversee},
	{"chương trình hoạt động giám sát", roleOversee},
	// When it meets.
	{"tháng đầu", roleEarly}, // "những tháng đầu năm 2017"
	{"kỳ họp cuối", roleSession},
	{"thường lệ cuối", roleSession},
	{"kỳ họp giữa", roleMidYear},
	{"thường lệ giữa", roleMidYear},
	// Compared with: the year before the meeting's.
	{"cùng kỳ", rolePrior},
	{"so với", rolePrior},
	{"so với cuối", rolePrior},
	{"so với cùng kỳ", rolePrior},
	{"như", rolePrior}, // "tránh lọt đề như năm 2018", "giữ nguyên như năm 2016"
	// Past events and far goals date nothing, wherever the clause names
	// them: "kể từ sau cuộc chiến tranh năm 1991".
	{"từ", roleNone},
	{"đến", roleNone},
	{"tới", roleNone},
	{"sinh", roleNone},
	{"vào", roleNone},
	{"sau", roleNone},
	{"trước", roleNone},
	{"tầm nhìn", roleNone},
	{"cuối", roleNone}, // "Cuối năm 2015, ông … được điều động"
	{"đầu", roleNone},
	{"hồi", roleNone},
	{"để", roleNone}, // "đấu thầu để năm 2020 bắt tay triển khai"
	// Words that hold a cue word above but say nothing of time: "kế
	// hoạch đầu tư công năm 2019" is a plan, "thu nhập bình quân đầu
	// người năm 2017" a result.
	{"đầu tư", roleWord},
	{"đầu người", roleWord},
	{"đầu tiên", roleWord},
	{"hàng đầu", roleWord},
	{"cuối cùng", roleWord},
	{"sau thuế", roleWord},
	{"bộ kế hoạch", roleWord}, // "Bộ Kế hoạch và Đầu tư": an office, no plan
	{"sở kế hoạch", roleWord},
}

// yearPrepositions are the cue words that govern only the period right
// after them: "trong năm 2016" is within it, where in "tỉnh khá trong khu
// vực, thu ngân sách năm 2016" the "trong" is another phrase's.
var yearPrepositions = []yearCue{
	{"cả", roleReview},
	{"sang", roleNext},
	{"trong", roleWithin},
}

// planModifiers are cues before a plan cue that decide what the plan is to
// the meeting: "thực hiện dự toán ngân sách năm 2015" and "so với kế
// hoạch năm 2023" review the year, "triển khai thực hiện nhiệm vụ năm
// 2024" plans it. The one nearest the plan cue decides.
var planModifiers = []yearCue{
	{"thực hiện", roleCarry},
	{"kết quả thực hiện", roleReview},
	{"tình hình thực hiện", roleReview},
	{"đánh giá thực hiện", roleReview},
	{"tổng kết thực hiện", roleReview},
	{"so với", roleCarry},
	{"đạt", roleCarry},
	{"vượt", roleCarry},
	{"kết quả", roleReview},
	{"tình hình", roleReview},
	{"tổng kết", roleReview},
	{"sơ kết", roleReview},
	{"đánh giá", roleReview},
	{"triển khai", rolePlan},
	{"triển khai thực hiện", rolePlan},
	{"tổ chức thực hiện", rolePlan},
	{"thông qua", rolePlan},
	{"bàn", rolePlan},
	{"đề ra", rolePlan},
	{"xây dựng", rolePlan},
	{"giao", rolePlan},
	{"quyết định", rolePlan},
}

// tenureReviewCues before a tenure a congress names make it the tenure the
// congress closes ("tổng kết nhiệm kỳ 2014 - 2019"), not the one it opens.
var tenureReviewCues = []yearCue{
	{"tổng kết", roleReview},
	{"kết quả", roleReview},
	{"đánh giá", roleReview},
	{"báo cáo", roleReview},
	{"thực hiện nghị quyết", roleReview},
}

// dateSkipWords before a month or day the report dates make it no clue to
// the meeting's year: a birth date, the end of a span, a deadline, a
// biography's "hồi".
var dateSkipWords = []string{"sinh", "đến", "tới", "hạn", "hồi"}

// sinceParts are the parts of a year a span up to now may open in ("từ
// cuối năm 2025 đến nay"), with the month they begin.
var sinceParts = []struct {
	word  string
	month int
}{
	{"đầu", 1}, {"giữa", 5}, {"cuối", 10},
}

// resultWords make a sentence that opens on a year ("Năm 2012, thu ngân
// sách đạt …") a review of that year, as a biography ("Năm 2010, ông được
// bổ nhiệm …") is not.
var resultWords = []string{"đạt", "tăng", "ước", "giảm"}

// planWords make a sentence that opens on a year a plan: "Năm 2017, tỉnh
// phấn đấu tăng trưởng 9%".
var planWords = []string{"phấn đấu", "mục tiêu", "kế hoạch", "chỉ tiêu"}

// anniversaryCues open a review of the years something has been carried
// out: "sơ kết 1 năm thực hiện …", "tổng kết 10 năm …".
var anniversaryCues = []string{"sơ kết ", "tổng kết "}

// pastVerbs before a year named without a cue make it a past event's,
// which bounds the meeting from below: "trở thành thành viên ASEAN năm
// 1995", "tham gia APEC năm 1998", "đã từng xảy ra năm 2014".
var pastVerbs = []string{"tham gia", "gia nhập", "trở thành", "thành lập", "ra đời", "từng"}

// demandWords make a sentence that names a year ask for results rather
// than tell them: "Ông Phúc đề nghị trong năm 2018 huyện phải giảm …".
var demandWords = []string{"đề nghị", "yêu cầu", "phải", "cần"}

// pastMarkers after a month the report dates tell an event before the
// meeting: "vào tháng 10-2017, UBND thành phố đã quyết định …".
var pastMarkers = []string{"đã"}

// futureMarkers in a sentence keep a month it opens from being a past
// event: "Tháng 3/2018, thành phố sẽ hoàn thành …", "dự kiến", a plan.
// "tới" counts only in the phrases of time to come: "có tới 73.000
// doanh nghiệp" is a count.
var futureMarkers = []string{"sẽ", "dự kiến", "phấn đấu", "kế hoạch", "mục tiêu", "sắp tới", "thời gian tới", "năm tới", "tới đây", "chậm nhất", "hạn chót"}

// documentHeads, written with their capital, open the name of a document
// whose year the name ends: "Luật Đất đai năm 2013" has been in force
// since, and tells nothing of the meeting's year but that it is later.
var documentHeads = []string{"Luật ", "Bộ luật ", "Hiến pháp ", "Pháp lệnh ", "Công ước "}

// draftMarkers around a document's name make it one not yet in force.
var draftMarkers = []string{"sửa đổi", "dự thảo", "dự án"}

// cutoffVerbs after "tính" make the day or month after them the one
// figures are counted up to: "tính đến ngày 31/12/2016".
var cutoffVerbs = []string{"đến", "tới"}

// cutoffFillers may stand between a cut-off's verb and its date: "tính
// đến hết ngày 30/6", "tính đến thời điểm 31/12", "tính đến cuối tháng 3".
var cutoffFillers = []string{"hết", "cuối", "giữa", "ngày", "tháng", "thời", "điểm"}

// comingWords before a date or a year's end make it one to come: "dự
// kiến cuối năm 2017", "mục tiêu đến tháng 6/2018".
var comingWords = []string{"sẽ", "dự kiến", "phấn đấu", "mục tiêu", "chậm nhất", "hạn chót"}

// nearWords before a year's end foresee it ("dự kiến cuối năm 2017"),
// where a goal ("phấn đấu", "mục tiêu") may be set for a later year.
var nearWords = []string{"sẽ", "dự kiến"}
