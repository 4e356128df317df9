package indicators

// The key decision as data: each row of keyCues is a cue phrase, the key
// it names and the guards under which it holds. A contributor who meets a
// new wording adds a row here, and a row to TestKeyCues.
//
// Cues are lower-case Vietnamese as written, with the modern tone marks
// of [vntext.Normalize] ("thủy", "hòa", "ủy"); they match whole words.
//
// Precedence. Within one phrase the row that comes first wins, whatever
// its place in the phrase, so:
//   - a longer or more specific cue comes before the shorter one it holds
//     ("xuất khẩu lao động" before "xuất khẩu", "kết nạp" before
//     "đảng viên", "chỉ số sản xuất công nghiệp" before "sản xuất");
//   - a measure comes before the words of the frame that may surround it
//     ("chỉ tiêu thu ngân sách" is revenue, so "chỉ tiêu" is near the end;
//     "số vụ tai nạn giao thông" is traffic, so "vụ" cues come after);
//   - broad words that only name a field ("đầu tư", "dịch vụ", "dự án",
//     "kiểm tra") come last, where any named measure beats them.
//
// Guards: see the type keyCue (keys_guards.go).
//
// Where the phrases are looked for, and in which order, is decideKeys'
// business (key_decide.go): the measure, the clause of the figures, their
// units, the sentence before, the indicator before in the paragraph and a
// heading line.

var keyCues = [...]keyCue{
	// Measures that fit no key: they stop the search, so that no broader
	// word in them ("tiêu dùng", "mặt bằng") or around them keys them.
	{cue: "chỉ số giá tiêu dùng", key: noKey},
	{cue: "cpi", key: noKey},
	{cue: "lãi suất", key: noKey},
	{cue: "tín dụng đen", key: KeyCrime}, // loan sharking, before the credit that keys nothing
	{cue: "tín dụng", key: noKey},
	{cue: "dư nợ", key: noKey}, {cue: "nợ công", key: noKey}, {cue: "nợ chính phủ", key: noKey},
	{cue: "nợ của chính phủ", key: noKey}, {cue: "nợ nước ngoài", key: noKey},
	{cue: "đô thị hóa", key: noKey},
	// Medals counted fit no key, whoever won them: as the unit they decide
	// before the measure ("học sinh giỏi … 2 huy chương vàng").
	{cue: "huy chương", key: noKey, byUnit: true},
	{cue: "hcv", key: noKey, byUnit: true}, {cue: "hcb", key: noKey, byUnit: true}, {cue: "hcđ", key: noKey, byUnit: true},
	{cue: "sạt lở", key: noKey}, {cue: "thiên tai", key: noKey}, {cue: "mưa lũ", key: noKey}, {cue: "dông lốc", key: noKey},
	{cue: "giông lốc", key: noKey}, {cue: "lốc xoáy", key: noKey}, {cue: "cơn bão", key: noKey}, {cue: "bão số", key: noKey},
	// A company's accounts and the markets are no measure of the
	// taxonomy, whatever sector the company is in.
	{cue: "lợi nhuận", key: noKey}, {cue: "lãi trước thuế", key: noKey}, {cue: "lãi sau thuế", key: noKey},
	{cue: "lãi ròng", key: noKey}, {cue: "lãi gộp", key: noKey}, {cue: "thua lỗ", key: noKey},
	{cue: "lỗ lũy kế", key: noKey}, {cue: "doanh thu thuần", key: noKey}, {cue: "cổ phiếu", key: noKey},
	{cue: "cổ phần hóa", key: KeyEnterprises, own: true, counted: true}, // state firms equitised: firms, not shares
	{cue: "cổ phần", key: noKey},
	{cue: "cổ đông", key: noKey}, {cue: "vốn chủ sở hữu", key: noKey}, {cue: "vốn điều lệ", key: noKey}, {cue: "nợ xấu", key: noKey},
	{cue: "chứng khoán", key: noKey}, {cue: "giá vàng", key: noKey}, {cue: "tỷ giá", key: noKey},
	{cue: "thu nhập lãi", key: noKey}, {cue: "lãi thuần", key: noKey}, {cue: "tổng tài sản", key: noKey},
	{cue: "thu nhập thuần", key: noKey}, {cue: "thu nhập khác", key: noKey}, {cue: "thu nhập hoạt động", key: noKey},
	// Officials declaring their assets and income are no income per head.
	{cue: "kê khai tài sản", key: noKey},
	{cue: "minh bạch tài sản", key: noKey},
	{cue: "tài sản, thu nhập", key: noKey},
	// Laws drafted and athletes are no measure of the taxonomy either.
	{cue: "dự án luật", key: noKey},
	{cue: "dự luật", key: noKey},
	{cue: "vận động viên", key: noKey},
	{cue: "vđv", key: noKey},
	// People per square kilometre is the density of the population,
	// whatever the sentence is about (not "km" of a road).
	{cue: "người/km", key: KeyPopulation, byUnit: true, unit: true},
	{cue: "người/km2", key: KeyPopulation, byUnit: true, unit: true},
	// A vote's unit decides before any office the sentence names.
	// Survey forms, deputies' question slips and vouchers are no ballots.
	{cue: "phiếu", key: KeyVote, byUnit: true, unless: []string{"trái phiếu", "cổ phiếu"}, notAfter: []string{"trái", "cổ"},
		sentUnless: notBallots},
	// Labour sent abroad is employment, not export.
	{cue: "xuất khẩu lao động", key: KeyEmployment},
	{cue: "đi làm việc ở nước ngoài", key: KeyEmployment},
	// A tax's rate or a tariff is no revenue collected.
	{cue: "thuế suất", key: noKey}, {cue: "mức thuế", key: noKey}, {cue: "áp thuế", key: noKey}, {cue: "thuế quan", key: noKey},
	// Taxes are revenue, whatever they are levied on; a tax at a level in
	// percent is its rate, no revenue ("thuế nhập khẩu 30%").
	{cue: "thuế", key: noKey, rate: true, notAfter: []string{"thu"}},
	{cue: "thuế thu nhập", key: KeyBudgetRevenue},
	{cue: "thuế", key: KeyBudgetRevenue, unless: []string{"trước thuế", "sau thuế"}},
	// Revenue from trade is revenue, not trade.
	{cue: "thu từ hoạt động xuất nhập khẩu", key: KeyBudgetRevenue},
	// The Party's finances inspected are its inspectors' ("Ủy ban Kiểm tra soát xét việc thu, chi tài chính của 12 chi bộ").
	{cue: "thu chi ngân sách", key: KeyPartyDiscipline, with: partyWords}, {cue: "thu, chi ngân sách", key: KeyPartyDiscipline, with: partyWords},
	{cue: "thu ngân sách", key: KeyBudgetRevenue}, {cue: "thu cân đối", key: KeyBudgetRevenue}, // "tổng số thu cân đối ngân sách"
	{cue: "thu nsnn", key: KeyBudgetRevenue},
	{cue: "thu nội địa", key: KeyBudgetRevenue},
	{cue: "thu thuế", key: KeyBudgetRevenue},
	{cue: "thu tiền sử dụng đất", key: KeyBudgetRevenue},
	{cue: "tiền sử dụng đất", key: KeyBudgetRevenue},
	{cue: "nộp ngân sách", key: KeyBudgetRevenue}, {cue: "nộp vào ngân sách", key: KeyBudgetRevenue},
	{cue: "nộp về ngân sách", key: KeyBudgetRevenue}, {cue: "nộp cho ngân sách", key: KeyBudgetRevenue},
	// Money brought into a budget is its revenue, whoever brings it.
	{cue: "đóng góp cho ngân sách", key: KeyBudgetRevenue}, {cue: "đóng góp vào ngân sách", key: KeyBudgetRevenue},
	{cue: "thu về ngân sách", key: KeyBudgetRevenue}, {cue: "thu về cho ngân sách", key: KeyBudgetRevenue}, {cue: "thu vào ngân sách", key: KeyBudgetRevenue},
	{cue: "mang về cho ngân sách", key: KeyBudgetRevenue}, {cue: "mang lại cho ngân sách", key: KeyBudgetRevenue},
	{cue: "điều tiết cho ngân sách", key: KeyBudgetRevenue}, {cue: "điều tiết về ngân sách", key: KeyBudgetRevenue},
	// The share of revenue a province keeps ("tỷ lệ điều tiết", "ngân sách được giữ lại 18%").
	{cue: "tỷ lệ điều tiết", key: KeyBudgetRevenue}, {cue: "giữ lại", key: KeyBudgetRevenue, own: true, with: []string{"ngân sách"}},
	// Fees collected are revenue; a toll station, a BOT road's payback
	// and the things a fee is levied at ("35 tuyến đường") are not.
	{cue: "trạm thu phí", key: noKey},
	{cue: "thu phí", key: KeyBudgetRevenue, counted: true, unless: []string{"bot", "hoàn vốn", "miễn"}},
	{cue: "thu xuất nhập khẩu", key: KeyBudgetRevenue},
	{cue: "nguồn thu", key: KeyBudgetRevenue},
	// Tourism revenue is tourism, before "tổng thu".
	{cue: "khách du lịch", key: KeyTourism},
	{cue: "doanh thu du lịch", key: KeyTourism}, {cue: "thu từ du lịch", key: KeyTourism}, {cue: "thu du lịch", key: KeyTourism},
	{cue: "tổng thu", key: KeyBudgetRevenue, unless: []string{"tổng thu nhập"}}, // income is no revenue
	{cue: "chi ngân sách", key: KeyBudgetSpending},
	{cue: "chi nsnn", key: KeyBudgetSpending},
	{cue: "chi thường xuyên", key: KeyBudgetSpending},
	{cue: "chi đầu tư phát triển", key: KeyBudgetSpending},
	{cue: "tổng chi", key: KeyBudgetSpending, unless: []string{"tổng chi phí"}}, {cue: "dự toán chi", key: KeyBudgetSpending},
	{cue: "bội chi", key: KeyBudgetSpending},
	{cue: "bố trí ngân sách", key: KeyBudgetSpending},
	{cue: "cân đối ngân sách", key: KeyBudgetSpending},
	{cue: "ngân sách hỗ trợ", key: KeyBudgetSpending},
	{cue: "chi trả", key: KeyBudgetSpending, money: true, unless: []string{"cổ tức"}, sentUnless: companyWords}, // no dividend, no count of those paid
	{cue: "giải ngân", key: KeyPublicInvestment},
	{cue: "vốn đầu tư công", key: KeyPublicInvestment},
	{cue: "đầu tư công", key: KeyPublicInvestment},
	{cue: "kế hoạch vốn", key: KeyPublicInvestment},
	// A project's total cost is public investment unless a private or
	// foreign investor is named.
	{cue: "tổng mức đầu tư", key: KeyPublicInvestment, sentUnless: privateCapital},
	// Income per head before the growth of the economy ("GRDP bình quân
	// đầu người"), housing space before both.
	// Households and works a project touches are the land it clears
	// ("dự án ảnh hưởng đến 60 hộ dân"); a disaster's are keyed none by
	// the rows above. Before "nhà ở", which
	// the households' homes are.
	{cue: "ảnh hưởng", key: KeySiteClearance, own: true, with: affectedUnits, unless: disasterWords},
	{cue: "tác động", key: KeySiteClearance, own: true, with: affectedUnits, unless: disasterWords},
	{cue: "liên quan", key: KeySiteClearance, own: true, with: []string{"hộ dân", "hộ gia đình"}, unless: disasterWords},
	{cue: "nhà ở", key: noKey, price: true}, {cue: "căn hộ", key: noKey, price: true}, {cue: "chung cư", key: noKey, price: true}, // a home's price is no works
	{cue: "nhà ở", key: KeyInfrastructure},
	{cue: "thu nhập bình quân", key: KeyIncome},
	{cue: "bình quân đầu người", key: KeyIncome},
	{cue: "grdp / người", key: KeyIncome},
	{cue: "gdp / người", key: KeyIncome},
	// Income alone is per head only as money: not the low-income housed ("người thu nhập thấp"), a firm's, officials' declared.
	{cue: "thu nhập", key: KeyIncome, money: true, perHead: true, notAfter: []string{"tài sản,", "tài sản và", "tài sản"},
		unless: []string{"thu nhập thấp"}, sentUnless: companyWords},
	{cue: "năng suất lao động", key: KeyEconomicGrowth},
	{cue: "tăng trưởng kinh tế", key: KeyEconomicGrowth},
	// A share of the economy ("34% GDP") measures what it is a share of,
	// not the economy.
	{cue: "grdp", key: KeyEconomicGrowth, notAfter: []string{"%"}},
	{cue: "gdp", key: KeyEconomicGrowth, notAfter: []string{"%"}},
	{cue: "tổng sản phẩm", key: KeyEconomicGrowth, notAfter: []string{"%"}},
	{cue: "giá trị tăng thêm", key: KeyEconomicGrowth},
	{cue: "quy mô nền kinh tế", key: KeyEconomicGrowth},
	{cue: "quy mô kinh tế", key: KeyEconomicGrowth},
	{cue: "kinh tế tăng trưởng", key: KeyEconomicGrowth},
	// Land and its people before the works built on it.
	{cue: "giải phóng mặt bằng", key: KeySiteClearance},
	{cue: "gpmb", key: KeySiteClearance},
	{cue: "bàn giao mặt bằng", key: KeySiteClearance},
	{cue: "thu hồi đất", key: KeySiteClearance},
	{cue: "đất thu hồi", key: KeySiteClearance},
	{cue: "diện tích thu hồi", key: KeySiteClearance},
	{cue: "tái định cư", key: KeySiteClearance},
	{cue: "bồi thường", key: KeySiteClearance},
	// Compensation is for land cleared when the phrase names the land
	// ("đền bù 30 ha", "đất đã đền bù"), not a disaster's or an incident's
	// damage, a court's award or a fire's.
	{cue: "đền bù", key: KeySiteClearance, with: landWords, unless: []string{"sự cố", "thiệt hại", "môi trường"}},
	{cue: "mặt bằng", key: KeySiteClearance},
	{cue: "giải tỏa", key: KeySiteClearance, own: true, unless: []string{"kẹt xe", "ùn tắc", "tiền", "cây"}},
	{cue: "giao quân", key: KeyMilitaryEnlistment},
	{cue: "tuyển quân", key: KeyMilitaryEnlistment},
	{cue: "nghĩa vụ quân sự", key: KeyMilitaryEnlistment},
	{cue: "nhập ngũ", key: KeyMilitaryEnlistment},
	{cue: "tân binh", key: KeyMilitaryEnlistment}, {cue: "dân quân tự vệ", key: KeyMilitaryEnlistment}, // the militia trained
	{cue: "thủ tục hành chính", key: KeyAdministrativeReform},
	{cue: "cải cách hành chính", key: KeyAdministrativeReform},
	{cue: "dịch vụ công", key: KeyAdministrativeReform},
	{cue: "dịch vụ hành chính công", key: KeyAdministrativeReform},
	{cue: "một cửa", key: KeyAdministrativeReform},
	{cue: "pci", key: KeyAdministrativeReform},
	{cue: "par index", key: KeyAdministrativeReform},
	{cue: "papi", key: KeyAdministrativeReform},
	{cue: "sipas", key: KeyAdministrativeReform},
	{cue: "biên chế", key: KeyAdministrativeReform},
	{cue: "tinh giản", key: KeyAdministrativeReform},
	{cue: "sắp xếp", key: KeyAdministrativeReform},
	{cue: "sáp nhập", key: KeyAdministrativeReform},
	// The apparatus counted: public service units, the departments cut
	// ("giảm 9 đầu mối"); not a wholesale market ("chợ đầu mối").
	{cue: "đơn vị sự nghiệp", key: KeyAdministrativeReform},
	{cue: "đầu mối", key: KeyAdministrativeReform, unless: []string{"chợ"}},
	{cue: "hợp nhất", key: KeyAdministrativeReform, unless: []string{"lợi nhuận", "doanh thu", "báo cáo tài chính"}},
	// The Party: admission before discipline before organisations before
	// members, since each names đảng viên or tổ chức đảng too.
	{cue: "kết nạp", key: KeyPartyAdmission},
	{cue: "đảng viên mới", key: KeyPartyAdmission},
	{cue: "phát triển đảng", key: KeyPartyAdmission},
	{cue: "kỷ luật", key: KeyPartyDiscipline},
	{cue: "kỉ luật", key: KeyPartyDiscipline},
	{cue: "ủy ban kiểm tra", key: KeyPartyDiscipline}, {cue: "ubkt", key: KeyPartyDiscipline},
	// Members and organisations that broke the rules, or showed signs of it,
	// are the inspectors' ("xem xét 6 đảng viên có dấu hiệu sai phạm"); a pledge
	// not to is none.
	{cue: "vi phạm", key: KeyPartyDiscipline, with: partyWords, unless: []string{"không vi phạm", "cam kết"}},
	{cue: "khiển trách", key: KeyPartyDiscipline},
	{cue: "cảnh cáo", key: KeyPartyDiscipline},
	{cue: "cách chức", key: KeyPartyDiscipline},
	{cue: "khai trừ", key: KeyPartyDiscipline},
	{cue: "giám sát", key: KeyPartyDiscipline, with: partyBodies},
	{cue: "kiểm tra", key: KeyPartyDiscipline, with: partyWords},
	{cue: "tổ chức cơ sở đảng", key: KeyPartyOrganizations},
	{cue: "tổ chức đảng", key: KeyPartyOrganizations},
	{cue: "chi bộ", key: KeyPartyOrganizations},
	{cue: "đảng bộ cơ sở", key: KeyPartyOrganizations},
	{cue: "trong sạch, vững mạnh", key: KeyPartyOrganizations},
	{cue: "trong sạch vững mạnh", key: KeyPartyOrganizations},
	// Criticism ("phê bình", the lightest of the Party's sanctions) is
	// discipline where the phrase names members, organisations or their
	// committees; a literary critic's is not.
	{cue: "phê bình", key: KeyPartyDiscipline, with: []string{"đảng viên", "tổ chức đảng", "chi bộ", "cấp ủy", "đảng", "cán bộ", "kỷ luật"}},
	{cue: "huy hiệu đảng", key: KeyPartyMembers}, {cue: "tuổi đảng", key: KeyPartyMembers}, // "Huy hiệu 40 năm tuổi Đảng"
	{cue: "chuyển đảng chính thức", key: KeyPartyMembers}, // probationers made full members
	{cue: "đảng viên", key: KeyPartyMembers},
	// The yearly rating of members and officials ("hoàn thành xuất sắc
	// nhiệm vụ"); not a plan's targets nor a bank's branches.
	{cue: "hoàn thành xuất sắc", key: KeyPartyMembers, noMoney: true, unless: []string{"chỉ tiêu", "kế hoạch", "chi nhánh"}},
	{cue: "hoàn thành tốt nhiệm vụ", key: KeyPartyMembers, noMoney: true, unless: []string{"chỉ tiêu", "kế hoạch", "chi nhánh"}},
	// The people's welfare.
	{cue: "hộ nghèo", key: KeyPoverty},
	{cue: "cận nghèo", key: KeyPoverty},
	{cue: "giảm nghèo", key: KeyPoverty},
	{cue: "thoát nghèo", key: KeyPoverty},
	{cue: "bảo hiểm y tế", key: KeySocialInsurance},
	{cue: "bảo hiểm xã hội", key: KeySocialInsurance},
	{cue: "bảo hiểm thất nghiệp", key: KeySocialInsurance},
	{cue: "bhyt", key: KeySocialInsurance},
	{cue: "bhxh", key: KeySocialInsurance},
	{cue: "giải quyết việc làm", key: KeyEmployment}, {cue: "việc làm", key: KeyEmployment}, {cue: "đào tạo nghề", key: KeyEmployment},
	{cue: "qua đào tạo", key: KeyEmployment}, {cue: "thất nghiệp", key: KeyEmployment}, {cue: "lực lượng lao động", key: KeyEmployment},
	{cue: "nhân lực", key: KeyEmployment},
	// The labour force and labour sent abroad, before the industrial parks
	// they work in ("1.450 người trong độ tuổi lao động làm việc tại các khu công nghiệp").
	{cue: "độ tuổi lao động", key: KeyEmployment}, {cue: "đi lao động", key: KeyEmployment}, {cue: "lao động ở nước ngoài", key: KeyEmployment},
	{cue: "nông thôn mới", key: KeyNewRural},
	// Criteria are the new-rural programme's where a commune, the
	// programme or its nineteen are named; a law's or an award's are not.
	{cue: "tiêu chí", key: KeyNewRural, with: []string{"nông thôn", "ntm", "xã", "19"}},
	{cue: "xã đạt chuẩn", key: KeyNewRural},
	{cue: "trạm y tế", key: KeyHealth}, {cue: "bác sĩ", key: KeyHealth}, {cue: "giường bệnh", key: KeyHealth},
	{cue: "suy dinh dưỡng", key: KeyHealth}, {cue: "tiêm chủng", key: KeyHealth}, {cue: "vắc xin", key: KeyHealth},
	{cue: "khám chữa bệnh", key: KeyHealth},
	{cue: "bệnh viện", key: KeyHealth, counted: true},
	// Patients and the sick treated are health care.
	{cue: "bệnh nhân", key: KeyHealth},
	{cue: "người bệnh", key: KeyHealth},
	{cue: "ca bệnh", key: KeyHealth},
	{cue: "khám bệnh", key: KeyHealth},
	{cue: "ca mắc", key: KeyHealth},
	{cue: "ngộ độc", key: KeyHealth}, // food poisoning: before the unit "vụ" of crime
	// Epidemics of people, their cases counted ("hơn 300 ca sốt xuất huyết").
	{cue: "sốt xuất huyết", key: KeyHealth}, {cue: "tay chân miệng", key: KeyHealth}, {cue: "ca nhiễm", key: KeyHealth}, {cue: "sởi", key: KeyHealth},
	{cue: "y tế", key: KeyHealth},
	{cue: "học sinh", key: KeyEducation, counted: true},
	{cue: "tốt nghiệp", key: KeyEducation},
	{cue: "phổ cập", key: KeyEducation},
	{cue: "trường đạt chuẩn", key: KeyEducation},
	{cue: "trường chuẩn quốc gia", key: KeyEducation},
	{cue: "trường học", key: KeyEducation},
	{cue: "trường mầm non", key: KeyEducation},
	{cue: "nhóm trẻ", key: KeyEducation}, // pre-school groups, before the unit "nhóm"
	// Schooling named by its stage, rooms or intake.
	{cue: "mầm non", key: KeyEducation}, {cue: "mẫu giáo", key: KeyEducation}, {cue: "phòng học", key: KeyEducation},
	{cue: "lớp học", key: KeyEducation}, {cue: "nhập học", key: KeyEducation}, {cue: "tuyển sinh", key: KeyEducation}, {cue: "học phí", key: KeyEducation},
	{cue: "nhóm lớp", key: KeyEducation}, {cue: "ra lớp", key: KeyEducation}, // "huy động trẻ 5 tuổi ra lớp"
	// The departments of education and of farming by their short names
	// ("Sở GD&ĐT", "ngành NN&PTNT"), like "TN-MT" below.
	{cue: "gd&đt", key: KeyEducation}, {cue: "gd & đt", key: KeyEducation}, {cue: "gd-đt", key: KeyEducation}, {cue: "gd - đt", key: KeyEducation},
	{cue: "giáo viên", key: KeyEducation, counted: true},
	{cue: "thí sinh", key: KeyEducation, own: true, counted: true, unless: []string{"hoa hậu", "người đẹp", "hội thi", "cuộc thi"}},
	{cue: "kỳ thi", key: KeyEducation},
	{cue: "sinh viên", key: KeyEducation, counted: true},
	{cue: "giáo dục", key: KeyEducation},
	{cue: "gia đình văn hóa", key: KeyCulture}, {cue: "làng văn hóa", key: KeyCulture}, {cue: "khu dân cư văn hóa", key: KeyCulture},
	{cue: "tổ dân phố văn hóa", key: KeyCulture}, {cue: "thôn văn hóa", key: KeyCulture}, {cue: "danh hiệu văn hóa", key: KeyCulture},
	{cue: "di tích", key: KeyCulture},
	// The environment before farming ("che phủ rừng") and works
	// ("nước sạch").
	{cue: "che phủ rừng", key: KeyEnvironment},
	{cue: "tài nguyên và môi trường", key: KeyEnvironment},
	{cue: "tài nguyên - môi trường", key: KeyEnvironment},
	{cue: "tn-mt", key: KeyEnvironment},
	{cue: "tn - mt", key: KeyEnvironment},
	{cue: "nước sinh hoạt", key: KeyEnvironment},
	{cue: "khai thác trái phép", key: KeyEnvironment},
	{cue: "tn&mt", key: KeyEnvironment},
	{cue: "tài nguyên", key: KeyEnvironment},
	{cue: "rác thải", key: KeyEnvironment},
	{cue: "rác", key: KeyEnvironment}, // "bãi rác", "tấn rác"
	{cue: "chất thải", key: KeyEnvironment},
	{cue: "nước thải", key: KeyEnvironment},
	{cue: "thu gom", key: KeyEnvironment},
	{cue: "nước sạch", key: KeyEnvironment},
	{cue: "hợp vệ sinh", key: KeyEnvironment},
	{cue: "ô nhiễm", key: KeyEnvironment},
	{cue: "khí thải", key: KeyEnvironment},
	{cue: "bụi mịn", key: KeyEnvironment},
	{cue: "phát thải", key: KeyEnvironment},
	{cue: "môi trường", key: KeyEnvironment},
	{cue: "khoáng sản", key: KeyEnvironment},
	{cue: "khai thác cát", key: KeyEnvironment},
	{cue: "cây xanh", key: KeyEnvironment},
	// Public order: traffic before crime ("vi phạm").
	{cue: "tai nạn giao thông", key: KeyTrafficSafety},
	{cue: "tngt", key: KeyTrafficSafety},
	{cue: "atgt", key: KeyTrafficSafety},
	{cue: "vi phạm giao thông", key: KeyTrafficSafety},
	{cue: "an toàn giao thông", key: KeyTrafficSafety},
	{cue: "va chạm giao thông", key: KeyTrafficSafety},
	{cue: "tai nạn", key: KeyTrafficSafety, unless: []string{"tai nạn lao động"}},
	{cue: "va chạm", key: KeyTrafficSafety},
	{cue: "phạm pháp hình sự", key: KeyCrime},
	{cue: "tội phạm", key: KeyCrime}, {cue: "phạm tội", key: KeyCrime},
	{cue: "vụ án", key: KeyCrime},
	{cue: "ma túy", key: KeyCrime},
	{cue: "nghiện", key: KeyCrime},
	{cue: "cháy nổ", key: KeyCrime},
	{cue: "vụ cháy", key: KeyCrime},
	{cue: "hỏa hoạn", key: KeyCrime},
	// Fire safety is the fires' field: premises checked, drills held.
	{cue: "phòng cháy", key: KeyCrime},
	{cue: "chữa cháy", key: KeyCrime},
	{cue: "pccc", key: KeyCrime},
	{cue: "khởi tố", key: KeyCrime},
	{cue: "bị can", key: KeyCrime},
	{cue: "bị cáo", key: KeyCrime, unless: []string{"cáo buộc"}}, // not "bị cáo buộc", accused of
	{cue: "buôn lậu", key: KeyCrime},
	{cue: "tham ô", key: KeyCrime}, // embezzlement and fraud, sums and cases
	{cue: "chiếm đoạt", key: KeyCrime},
	{cue: "lừa đảo", key: KeyCrime},
	{cue: "hàng giả", key: KeyCrime},
	{cue: "gian lận thương mại", key: KeyCrime},
	{cue: "hình sự", key: KeyCrime},
	{cue: "triệt phá", key: KeyCrime},
	{cue: "bắt giữ", key: KeyCrime},
	{cue: "tịch thu", key: KeyCrime},
	{cue: "trật tự xã hội", key: KeyCrime},
	{cue: "khiếu nại", key: KeyComplaints},
	{cue: "tố cáo", key: KeyComplaints},
	{cue: "đơn thư", key: KeyComplaints},
	{cue: "kiến nghị của cử tri", key: KeyComplaints},
	{cue: "kiến nghị cử tri", key: KeyComplaints},
	{cue: "ý kiến cử tri", key: KeyComplaints},
	{cue: "tiếp công dân", key: KeyComplaints},
	{cue: "tiếp dân", key: KeyComplaints}, {cue: "lượt công dân", key: KeyComplaints}, // received: "tiếp 3.278 lượt công dân"
	{cue: "tiếp xúc cử tri", key: KeyComplaints},
	{cue: "kiến nghị", key: KeyComplaints, weak: true, noMoney: true, counted: true}, // proposals counted, not sums proposed or things other
	// Voters, once their proposals are keyed above, are the vote's.
	{cue: "cử tri", key: KeyVote, counted: true},
	{cue: "bầu cử", key: KeyVote},
	// Votes.
	{cue: "biểu quyết", key: KeyVote},
	{cue: "tán thành", key: KeyVote},
	{cue: "tín nhiệm", key: KeyVote},
	{cue: "trúng cử", key: KeyVote},
	{cue: "ứng cử", key: KeyVote}, // "ứng cử viên", "người ứng cử"
	{cue: "đại biểu có mặt", key: KeyVote},
	{cue: "cử tri đi bầu", key: KeyVote},
	// Investment attracted is investment, whichever sector it goes to
	// ("thu hút đầu tư vào nông nghiệp").
	{cue: "vốn đầu tư toàn xã hội", key: KeyTotalInvestment},
	{cue: "đầu tư toàn xã hội", key: KeyTotalInvestment},
	{cue: "đầu tư xã hội", key: KeyTotalInvestment},
	{cue: "thu hút đầu tư", key: KeyTotalInvestment},
	{cue: "fdi", key: KeyTotalInvestment},
	{cue: "đầu tư nước ngoài", key: KeyTotalInvestment},
	{cue: "đầu tư trực tiếp nước ngoài", key: KeyTotalInvestment},
	// The economy by sector. Sectors come before "giá trị sản xuất",
	// which is production_value only for the economy as a whole.
	{cue: "xuất khẩu", key: KeyExport},
	{cue: "thương mại hai chiều", key: KeyExport}, // exports and imports together
	{cue: "thương mại song phương", key: KeyExport},
	{cue: "nhập khẩu", key: KeyExport},
	{cue: "kim ngạch", key: KeyExport},
	{cue: "chỉ số sản xuất công nghiệp", key: KeyIndustry},
	{cue: "khu công nghiệp", key: KeyInfrastructure}, {cue: "cụm công nghiệp", key: KeyInfrastructure},
	{cue: "kcn", key: KeyInfrastructure}, // the short forms of the two above
	{cue: "ccn", key: KeyInfrastructure},
	{cue: "cây công nghiệp", key: KeyAgriculture}, // coffee, rubber, pepper: crops, not industry
	{cue: "công nghiệp", key: KeyIndustry},
	{cue: "tiểu thủ công nghiệp", key: KeyIndustry},
	{cue: "làng nghề", key: KeyIndustry},
	{cue: "sản lượng điện", key: KeyIndustry},
	// Oil and coal extracted are industry (mining), not farm output by the broad
	// "sản lượng"; in the figure's own phrase only, for around it they name the
	// field of a sentence on growth, ships or exports; not crude's price or revenue.
	{cue: "khai thác dầu", key: KeyIndustry, own: true}, {cue: "quy dầu", key: KeyIndustry, own: true},
	{cue: "khai thác than", key: KeyIndustry, own: true}, {cue: "khai khoáng", key: KeyIndustry, own: true},
	{cue: "dầu thô", key: KeyIndustry, own: true, unless: []string{"giá", "thu"}},
	{cue: "điện năng", key: KeyIndustry},
	{cue: "tiêu thụ điện", key: KeyIndustry},
	{cue: "điện thương phẩm", key: KeyIndustry},
	{cue: "du lịch", key: KeyTourism},
	{cue: "du khách", key: KeyTourism},
	{cue: "lượt khách", key: KeyTourism},
	{cue: "khách quốc tế", key: KeyTourism},
	{cue: "khách nội địa", key: KeyTourism},
	{cue: "lưu trú", key: KeyTourism},
	{cue: "nông nghiệp", key: KeyAgriculture, notAfter: []string{"phi"}}, // not "đất phi nông nghiệp"
	{cue: "lâm nghiệp", key: KeyAgriculture},
	{cue: "thủy sản", key: KeyAgriculture},
	{cue: "hải sản", key: KeyAgriculture},
	{cue: "tàu cá", key: KeyAgriculture}, // the fishing fleet
	{cue: "lương thực", key: KeyAgriculture},
	{cue: "gieo trồng", key: KeyAgriculture},
	{cue: "gieo cấy", key: KeyAgriculture}, {cue: "dồn điền", key: KeyAgriculture, own: true}, // fields consolidated
	{cue: "chăn nuôi", key: KeyAgriculture},
	{cue: "tổng đàn", key: KeyAgriculture},
	{cue: "đàn gia súc", key: KeyAgriculture},
	{cue: "gia súc", key: KeyAgriculture},
	{cue: "gia cầm", key: KeyAgriculture},
	{cue: "lợn", key: KeyAgriculture},
	{cue: "heo", key: KeyAgriculture, notAfter: []string{"cá"}}, // the southern word for "lợn"; not a dolphin
	{cue: "cây trồng", key: KeyAgriculture},
	{cue: "cây ăn quả", key: KeyAgriculture},
	{cue: "lúa", key: KeyAgriculture},
	{cue: "trồng rừng", key: KeyAgriculture},
	{cue: "rừng", key: KeyAgriculture},
	{cue: "nuôi trồng", key: KeyAgriculture}, {cue: "tái canh", key: KeyAgriculture}, // replanting coffee
	{cue: "nuôi tôm", key: KeyAgriculture}, {cue: "tôm nuôi", key: KeyAgriculture}, // not "tôm" alone: shrimp exported are exports
	{cue: "cá nuôi", key: KeyAgriculture},
	{cue: "đánh bắt", key: KeyAgriculture},
	{cue: "vụ đông", key: KeyAgriculture}, {cue: "vụ xuân", key: KeyAgriculture}, {cue: "vụ mùa", key: KeyAgriculture},
	{cue: "vụ hè thu", key: KeyAgriculture}, {cue: "vụ hè - thu", key: KeyAgriculture},
	{cue: "nông sản", key: KeyAgriculture}, {cue: "vải thiều", key: KeyAgriculture}, {cue: "chim yến", key: KeyAgriculture},
	{cue: "cánh đồng", key: KeyAgriculture},
	{cue: "nn&ptnt", key: KeyAgriculture}, {cue: "nn & ptnt", key: KeyAgriculture}, {cue: "nn-ptnt", key: KeyAgriculture}, {cue: "nn - ptnt", key: KeyAgriculture},
	// The sick counted are health care, after the herds' rows ("đàn lợn mắc bệnh").
	{cue: "mắc bệnh", key: KeyHealth, own: true, unless: []string{"hiểm nghèo", "bệnh nặng"}},
	{cue: "giá trị sản xuất", key: KeyProductionValue},
	{cue: "tổng mức bán lẻ", key: KeyTradeServices},
	{cue: "tm-dv", key: KeyTradeServices},
	{cue: "tmdv", key: KeyTradeServices},
	{cue: "bán lẻ", key: KeyTradeServices},
	{cue: "thương mại", key: KeyTradeServices},
	{cue: "doanh thu dịch vụ", key: KeyTradeServices},
	{cue: "vận tải", key: KeyTradeServices},
	{cue: "bưu chính", key: KeyTradeServices},
	{cue: "viễn thông", key: KeyTradeServices},
	{cue: "thuê bao", key: KeyTradeServices}, // telephone and internet subscribers
	{cue: "hàng hóa", key: KeyTradeServices},
	{cue: "tiêu dùng", key: KeyTradeServices},
	{cue: "chợ", key: KeyTradeServices},
	{cue: "siêu thị", key: KeyTradeServices},
	{cue: "hàng lưu động", key: KeyTradeServices},
	{cue: "dịch vụ", key: KeyTradeServices},
	// Investment: a business's capital before a project's.
	{cue: "doanh nghiệp thành lập mới", key: KeyEnterprises},
	{cue: "thành lập mới", key: KeyEnterprises, with: []string{"doanh nghiệp", "dn"}},
	// Firms counted, and their capital; not money they pay, take or give.
	{cue: "doanh nghiệp", key: KeyEnterprises, counted: true, with: []string{"vốn", "thành lập", "lập mới", "đăng ký"}},
	{cue: "doanh nghiệp", key: KeyEnterprises, counted: true, noMoney: true},
	{cue: "dn", key: KeyEnterprises, own: true, counted: true, noMoney: true}, // the short form, common in passing
	{cue: "vốn đăng ký", key: KeyTotalInvestment},
	{cue: "tổng vốn đầu tư", key: KeyTotalInvestment},
	{cue: "tổng vốn", key: KeyTotalInvestment, unless: []string{"vốn hóa"}}, // "39 dự án với tổng vốn 30 triệu USD"; not a market's capitalisation
	{cue: "tổng mức đầu tư", key: KeyTotalInvestment},
	{cue: "vốn đầu tư", key: KeyTotalInvestment},
	{cue: "chủ trương đầu tư", key: KeyTotalInvestment},
	{cue: "nhà đầu tư", key: KeyTotalInvestment},
	// A bank's deposits are no investment raised: a bank's figures name it.
	{cue: "huy động vốn", key: noKey, sentWith: bankWords}, {cue: "vốn huy động", key: noKey, sentWith: bankWords},
	{cue: "huy động vốn", key: KeyTotalInvestment},
	{cue: "vốn huy động", key: KeyTotalInvestment}, {cue: "nguồn vốn huy động", key: KeyTotalInvestment},
	// Works and the land they stand on.
	{cue: "công trình", key: KeyInfrastructure, counted: true},
	{cue: "khởi công", key: KeyInfrastructure},
	{cue: "đường giao thông", key: KeyInfrastructure},
	{cue: "giao thông nông thôn", key: KeyInfrastructure},
	{cue: "dự án giao thông", key: KeyInfrastructure},
	{cue: "tuyến đường", key: KeyInfrastructure},
	{cue: "bê tông hóa", key: KeyInfrastructure},
	{cue: "cứng hóa", key: KeyInfrastructure},
	{cue: "kênh mương", key: KeyInfrastructure},
	{cue: "chiếu sáng", key: KeyInfrastructure},
	{cue: "thủy điện", key: KeyInfrastructure},
	{cue: "hạ tầng", key: KeyInfrastructure},
	{cue: "khu đô thị", key: KeyInfrastructure},
	// Homes built or planned, counted or priced, are works like "nhà ở".
	{cue: "biệt thự", key: noKey, price: true}, {cue: "nhà phố", key: noKey, price: true},
	{cue: "căn hộ", key: KeyInfrastructure}, {cue: "chung cư", key: KeyInfrastructure},
	{cue: "biệt thự", key: KeyInfrastructure}, {cue: "nhà phố", key: KeyInfrastructure},
	{cue: "nhà văn hóa", key: KeyInfrastructure},
	{cue: "diện tích sàn", key: KeyInfrastructure},                           // floor space built
	{cue: "dân số", key: KeyPopulation, notAfter: []string{"công", "người"}}, // not "750 công dân số tiền …"
	{cue: "nhân khẩu", key: KeyPopulation},
	{cue: "tỷ suất sinh", key: KeyPopulation},
	{cue: "mức sinh", key: KeyPopulation},
	// Births by order and by sex, and family planning, are the population's.
	{cue: "sinh con thứ", key: KeyPopulation}, {cue: "giới tính khi sinh", key: KeyPopulation},
	{cue: "kế hoạch hóa gia đình", key: KeyPopulation}, {cue: "ds-khhgđ", key: KeyPopulation},
	{cue: "diện tích tự nhiên", key: KeyPopulation},
	{cue: "địa giới", key: KeyPopulation},
	// Households are the population where the figure's own clause counts
	// those of a place ("toàn phường có 12.000 hộ dân"); those a project
	// moves, a flood reaches or an official meets are not.
	{cue: "hộ dân", key: KeyPopulation, counted: true, own: true, with: placeWords, unless: householdsActedOn},
	// Records handled are administrative reform, after every named
	// measure ("hồ sơ thanh toán BHYT" is insurance); not a project's file
	// nor a nomination for an award.
	// Only in the figure's own clause, for records or a share: not money, other things counted, "theo hồ sơ", a case sent on.
	{cue: "hồ sơ", key: KeyAdministrativeReform, own: true, counted: true, noMoney: true, unless: []string{"đầu tư", "dự án",
		"chủ trương", "khen thưởng", "xét tặng", "giải thưởng", "danh hiệu", "panama", "pa-na-ma", "chuyển hồ sơ", "truy tố"}},
	// Awards and commendations fit no key, unless a measure is named.
	{cue: "khen thưởng", key: noKey, own: true},
	{cue: "xét tặng", key: noKey, own: true},
	// A distance ("cách trung tâm 10 km", "cách bờ 300m", the unit glued)
	// or a way ("tìm cách") measures nothing; after the rows of works.
	{cue: "cách", key: noKey, own: true, unless: notDistance},
	// Units that name their field alone; they come before the broad
	// words, which a unit may also be ("chỉ tiêu").
	{cue: "chỉ tiêu", key: KeyTargetsMet, unit: true},
	// Counted tasks, issues and groups of them measure nothing of the
	// taxonomy ("9 nhóm nhiệm vụ", "2 vấn đề"), unless the figure's own
	// words name a measure first ("5 nhóm tội phạm").
	{cue: "nhóm", key: noKey, unit: true},
	{cue: "vấn đề", key: noKey, unit: true},
	{cue: "nhiệm vụ", key: noKey, unit: true},
	{cue: "giải pháp", key: noKey, unit: true},
	{cue: "nội dung", key: noKey, unit: true},
	{cue: "chủ đề", key: noKey, unit: true},
	{cue: "tầng", key: noKey, unit: true},
	{cue: "km/h", key: noKey, unit: true, byUnit: true}, // a speed, whatever road it is on
	// Kilometres are of works only where the sentence names them: a
	// missile's flight, a storm's track or a walk are none.
	{cue: "km", key: KeyInfrastructure, unit: true, sentWith: worksWords},
	{cue: "m", key: KeyInfrastructure, unit: true, sentWith: worksWords, sentUnless: []string{"đường kính", "bán kính"}, notAfter: []string{"/"}}, // a road's width, no girth nor price per m2
	{cue: "mw", key: KeyInfrastructure, unit: true},
	{cue: "kwh", key: KeyIndustry, unit: true}, // electricity produced or sold
	// Head of stock are farming where the sentence names beasts or
	// herding: not knives, ships, children or "con số".
	{cue: "con", key: KeyAgriculture, unit: true, sentWith: animalWords},
	{cue: "căn", key: KeyInfrastructure, unit: true, sentWith: homeWorkWords, sentUnless: homeLossWords, notAfter: []string{"/"}}, // homes built, not lost nor priced per flat
	// Trees moved or felled are the city's greenery; an orchard's trees are
	// named by the rows of farming.
	{cue: "cây", key: KeyEnvironment, unit: true, sentWith: treeWorkWords},
	// Tonnes and kilograms are farm output where the sentence names a
	// crop, a catch or a harvest: not coal, a lorry's load or a ship.
	{cue: "tấn", key: KeyAgriculture, unit: true, sentWith: produceWords},
	{cue: "kg", key: KeyAgriculture, unit: true, sentWith: produceWords}, {cue: "tạ", key: KeyAgriculture, unit: true, sentWith: produceWords},
	{cue: "đối tượng", key: KeyCrime, unit: true, sentUnless: []string{"chính sách", "cảnh vệ", "bảo trợ", "người có công", "thụ hưởng"}}, // suspects, not beneficiaries
	{cue: "vụ", key: KeyCrime, unit: true, weak: true, unless: []string{"năm"}, sentUnless: notCases},                                     // crime, unless a field is named around; not crops ("2 vụ/năm") nor departments
	{cue: "em", key: KeyEducation, unit: true, notAfter: []string{"trẻ"}},                                                                 // pupils, not children
	{cue: "lao động", key: KeyEmployment, unit: true},
	// Schools counted ("12 trường THCS", "có 3 trường ĐH"); a school named
	// in the sentence is mostly where something else happened.
	{cue: "điểm trường", key: KeyEducation, unit: true},
	{cue: "trường", key: KeyEducation, unit: true, unless: []string{"trường hợp"}, notAfter: []string{"thị", "/"}, sentUnless: []string{"trường đoạn"}},
	// Residents counted ("13 triệu dân", "156.000 dân") are the
	// population; citizens, farmers and fishers are counted for other
	// things, a residential group ("tổ dân phố") is no head, nor "dân tộc".
	{cue: "dân", key: KeyPopulation, unit: true, notAfter: []string{"người", "công", "nông", "ngư", "hộ", "tổ", "khu"},
		unless: []string{"dân tộc", "dân thường"}, sentUnless: []string{"dân quân"}},
	// The verbs alone before money, and the budget that pays.
	// A company's takings and outlays are no budget's.
	{cue: "thu", key: KeyBudgetRevenue, money: true, own: true, unless: []string{"doanh thu", "thu nhập", "thu hút", "thu hồi", "thu gom", "phải thu", "thu lãi", "thu lời", "thu mua", "thu giữ"},
		sentUnless: companyWords},
	{cue: "chi", key: KeyBudgetSpending, money: true, own: true, unless: []string{"chi phí", "chi thưởng", "chi nhánh"}, sentUnless: companyWords},
	// A budget drawn on, used or advanced is spent; a defence budget is
	// a state's spending; the projects it funds, counted, are not.
	{cue: "ngân sách", key: KeyBudgetSpending, with: budgetSpent, unless: []string{"sử dụng đất"}, counted: true},
	// Broad words last: any named measure beats them. Words broader still
	// have no row, for alone they name the field a sentence is in far more
	// often than what a figure measures: "kinh tế" ("Ủy ban Kinh tế",
	// "thiệt hại về kinh tế"), "xây dựng" (what was built when, "diện
	// tích xây dựng"), "vi phạm" (of land, of rules, of sovereignty) and
	// "ngân sách" alone (money from, to or of a budget).
	// Votes and delegates are never money: not a football boss ("bầu Đức",
	// "ông bầu") nor the sum a deputy asks about; nor the air ("bầu trời").
	{cue: "bầu", key: KeyVote, weak: true, own: true, noMoney: true, notAfter: []string{"ông"}, unless: notElection},
	{cue: "đại biểu", key: KeyVote, weak: true, own: true, counted: true, noMoney: true},
	{cue: "tăng trưởng", key: KeyEconomicGrowth, weak: true, counted: true, sentUnless: notEconomyGrowth}, // not customers, a bank, vehicles
	// Money for works is the works' ("kinh phí xây cầu"), other money is spending; never a count it funds ("2 đoàn").
	{cue: "kinh phí", key: KeyInfrastructure, weak: true, money: true, sentWith: worksMoneyWords},
	{cue: "kinh phí", key: KeyBudgetSpending, weak: true, money: true},
	{cue: "chỉ tiêu", key: KeyTargetsMet, weak: true, noMoney: true}, // targets met are counted, not paid
	{cue: "xử phạt", key: KeyCrime, weak: true},
	// A project's owner ("chủ đầu tư") sells, builds and is fined: no
	// investment raised, unless a measure is named around.
	{cue: "chủ đầu tư", key: noKey, weak: true},
	{cue: "đầu tư", key: KeyTotalInvestment, weak: true, notAfter: planningMinistry},                                                // not the ministry's name
	{cue: "dự án", key: noKey, weak: true, money: true, sentWith: firmProject}, {cue: "dự án", key: noKey, weak: true, price: true}, // a firm's money, a price
	{cue: "dự án", key: KeyInfrastructure, weak: true, counted: true, sentUnless: billWords}, {cue: "năng suất", key: KeyAgriculture, weak: true},
	{cue: "sản lượng", key: KeyAgriculture, weak: true},
	{cue: "doanh thu", key: KeyTradeServices, weak: true, sentUnless: firmTakings}, // not a firm's accounts
	{cue: "hợp tác xã", key: KeyEnterprises, weak: true, counted: true},
	{cue: "htx", key: KeyEnterprises, weak: true, counted: true},
}
