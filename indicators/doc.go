// Package indicators extracts the figures Vietnamese reports state —
// budget revenue, growth, investment, Party admissions, targets met — each
// attached to its measure, typed by role and quoted from the source.
//
//	for _, in := range indicators.Extract(article) {
//		fmt.Println(in.Metric, in.Key, in.Period)
//		for _, f := range in.Figures {
//			fmt.Println(" ", f.Role, f.Value, f.Unit, f.Bound)
//		}
//	}
//
// # Indicators and figures
//
// An [Indicator] is one measure with every figure stated for it. In
//
//	thu ngân sách trên địa bàn quận đạt 1.460 tỷ đồng, đạt 25,3% dự toán giao
//
// the measure (Metric) is "thu ngân sách trên địa bàn quận", its Key is
// [KeyBudgetRevenue], and it has two figures: an amount of 1460 tỷ đồng
// (VND 1460000000000, exact) and a plan share of 25.3% against "dự toán
// giao". The measure is the noun phrase that owns the figures, also when
// the verb is far from it ("Thu ngân sách, nhờ …, ước đạt …"), or the
// topic of the sentence ("Về giải phóng mặt bằng, huyện đã bàn giao
// 312/455 hộ"). Who reports or directs, the verb and a period after it
// are no part of it: "Chủ tịch UBND tỉnh cho biết năm 2023 tốc độ tăng
// trưởng GRDP ước đạt 7,1%" measures "tốc độ tăng trưởng GRDP". Period is the period phrase as written ("6 tháng đầu năm
// 2024", "quý I/2021", "Tính đến ngày 31/12/2020") when the sentence states
// one, as vntext.PeriodPhraseEnd reads it (a new form of period is taught
// there, with a row in its TestPeriodPhraseEnd), and Estimated is set for
// "ước" and "dự kiến".
//
// A [Figure]'s [Role] says what it tells:
//
//	amount  a level reached or counted     đạt 31.748 tỷ đồng; kết nạp được 217 đảng viên
//	change  a signed change                tăng 8,2% so với cùng kỳ; giảm 3,5% (Value -3.5)
//	plan    a share of a plan              đạt 55,4% kế hoạch; đạt 108% so với dự toán
//	exceed  by how much a plan was beaten  vượt 38,04%; vượt dự toán 12%
//	ratio   Value out of Total             19/19 chỉ tiêu; 42 trên tổng số 45 xã
//	target  a goal                         phấn đấu tăng trưởng 9%; vượt chỉ tiêu 95% TP giao
//
// A change may be measured in percentage points, Unit "điểm phần trăm"
// ("giảm 0,8 điểm phần trăm", Value -0.8), or as a multiple, Unit "lần"
// ("tăng 2,5 lần so với cùng kỳ", "gấp 1,8 lần năm 2020", whose Baseline
// is "năm 2020"); "lần" without a verb of change counts occasions and is
// not a figure.
//
// Bound is [BoundOver] for "trên", "hơn", "ít nhất", "tối thiểu" and "từ …
// trở lên", [BoundUnder] for "dưới", "chưa đến", and [BoundAbout] for
// "khoảng", "gần", "xấp xỉ", "trên dưới". Counts take the noun they count as Unit ("đảng viên",
// "tổ chức cơ sở đảng", "triệu lượt khách"), also when the noun comes
// before ("Số doanh nghiệp thành lập mới là 1.250") or in a breakdown
// ("25 đảng viên (khiển trách 20, cảnh cáo 4, khai trừ 1)"). Units of
// measure are read as written, also glued to the number or per something
// ("21.300 tấn", "795MW", "5,9 tấn/ha", "65 triệu đồng/người/năm"), but
// the abbreviations "tr.đ" and "trđ" are written out ("78 tr.đ/người/năm"
// has Unit "triệu đồng/người/năm"), and so is the đồng of a scale alone
// per something ("5 triệu/m2": "triệu đồng/m2"), so that the unit names
// its currency; "50 tỷ để …" is 50 tỷ (đồng). A range of counts is two
// figures, each counting the noun after the second end ("10 - 20 tấn",
// "50-100 người", "từ 150 đến 200 đảng viên"). A plan
// share or amount that its clause strives for or sets ("phấn đấu … đạt
// 95% kế hoạch", "dự toán … là 13.560 tỷ đồng") is a target, and so is the
// figure of a clause after it that only names another measure ("…, chi
// ngân sách địa phương 74,2 tỷ đồng"). The figures of a task list are
// targets too: the items after a lead-in that looks ahead and ends with
// its tasks ("yêu cầu … tập trung thực hiện tốt các nhiệm vụ sau:", "đề
// ra các nhiệm vụ, giải pháp:"), on its line or on the bulleted ("- ",
// "1.") or numbered ("Một là,", "Thứ hai,") lines below; a list of work
// done ("đã tập trung chỉ đạo các nhiệm vụ:") is not one. So are the
// figures a speaker directs, in the sentence ("Bí thư Tỉnh ủy yêu cầu các
// sở rút ngắn ít nhất 30% thời gian …") or in the items after "Đồng chí
// yêu cầu:"; "theo yêu cầu của", "đã yêu cầu" and "đề nghị làm rõ" direct
// nothing. A sentence that opens with the time ahead ("Trong năm tới, …",
// "Thời gian tới, …") or sets a horizon ("đến năm 2030, …", "từ nay
// đến …") states plans, and its figures are targets; so does a list of
// goals ("Một số chỉ tiêu chủ yếu … nhiệm kỳ 2025 - 2030: - …"), and the
// sentences that spell a plan out after it in the paragraph ("HĐND thông
// qua kế hoạch năm 2026. Theo đó, GRDP tăng 8%; …. Về xã hội, …").
// Growth rates are changes ("tăng trưởng khá (6,9%)", "tăng trưởng tín
// dụng đạt 9,6%", "tăng 18 vụ (13,7%)"); a level risen or fallen to is an
// amount ("tăng lên 30%", "giảm xuống 2%"); a rise against the plan is
// an exceed ("tăng 85% so với kế hoạch đề ra").
//
// # Measure phrases
//
// Where a measure's phrase starts and ends is decided from word tables:
// in measure.go, agents (who acts: "toàn tỉnh"), adverbialOpeners (a
// first clause that sets the scene: "Theo ông A, …", "Thời gian tới, …")
// and sayVerbs (a clause that names who speaks: "Ông A cho biết, …"); in
// metric.go, the words a phrase does not begin or end on (metricLeading,
// metricTrailing: "nguồn chi sẽ"), dateOpeners and the verbs after which
// the measure starts (countVerbs: "cấp 2.140 giấy chứng nhận";
// metricObjectVerbs: "bầu Chủ tịch UBND …"); in words.go, the words that
// open a clause without being part of its measure (leading: "trong đó",
// "cả") and, in context.go, the openings that stay in it (scopeOpenings:
// "cả nước"). Test in TestMetric (metric_test.go).
//
// # Units
//
// A count's unit is the noun after its number, as written. Nouns of more
// than one word are read whole from countUnits in words.go ("đảng viên",
// "cổ phiếu", "nhà báo": not "đảng", "cổ", "nhà"); a noun whose first word
// alone means another thing goes there. Test in TestUnits (units_test.go).
//
// # Role cues
//
// The words that decide a role are one table, roleCues in role_cues.go:
// each row is a phrase, where it is looked for (the verb before the
// figure, the baseline after it, the figure's clause, the sentence, the
// sentence's opening, the measure, the plan a bracket after it spells
// out), the role it gives and a guard where it does not always hold; the
// guards that tell a fact beside a goal ("hiện có", "đã") and the bracket
// rule are in role_facts.go, with the guards that tell a goal word from
// its other senses ("Chương trình mục tiêu quốc gia", "Sở Kế hoạch và
// Đầu tư"). [Figure.RoleCue] records the cue that decided each figure's
// role, and "vnreport -explain" prints it.
//
// Numbers that are not figures are left out: session and term numbers,
// years, dates, durations ("6 tháng", "20 năm"), document numbers,
// ordinals ("lần thứ 6"), ranks ("xếp thứ 5/30"), "4.0", addresses, phone
// numbers, ages and clock times, decades ("3 thập kỷ"), fractions of a
// whole ("1/3 diện tích", "2/3 số phiếu") and the numbers of a name
// ("Quận 12"; but "xã Tân Phước 420 hộ" counts). Neither are the figures of the site's
// furniture: the related articles and comments after the report ("Tin
// cùng chuyên mục", "Ý kiến bạn đọc"), and the headlines listed under a
// related-articles heading inside it ("Tin liên quan", "Xem thêm: …"),
// as [vntext.Doc.FindArticle] finds them.
// A figure of the headline or lead that the body states again is
// reported once, from the body, and a count repeated with the same noun
// is reported once.
//
// # Taxonomy
//
// Key follows the taxonomy of SCHEMA.md (the constants Key*, listed in
// [Keys]). It is decided by one table of cues, keyCues in keys_table.go:
// a cue phrase, the key it names and its guards ("đảng viên" is
// party_members, but "kết nạp" before it in the same phrase makes
// party_admission; "xuất khẩu lao động" is employment, not export; the
// word lists guards look for are in keys_guards.go). Within
// a phrase the earlier row wins, so specific rows come first. The phrases
// looked at are, in order: the measure, the clause of the figures, their
// units, the sentence before, the indicator before (in the same sentence
// or the one before it, when the figure counts nothing else) and a heading
// line; the first that holds a cue decides, [Indicator.KeyCue] records the
// cue and [Indicator.KeyFrom] the place. [KeyOf] applies the table to any
// phrase. A measure no cue names has no key.
//
// A percentage of an economic_growth measure is a change even when written
// as a level ("GRDP đạt 6,4%").
//
// # Offsets
//
// Start and End are byte offsets into the input exactly as given, whatever
// its normal form, line ends or spaces, so that input[Start:End] == Text.
// [ExtractDoc] works on a [vntext.Doc] that the caller has already made,
// so that a program that needs the normalised text too normalises once;
// [WithArticle] hands it the report's extent the caller found, so that
// it is found once too.
//
// # Concurrency
//
// Extract and ExtractDoc are safe for concurrent use.
package indicators
