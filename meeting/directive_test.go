package meeting

import (
	"reflect"
	"strings"
	"testing"
)

var directiveTests = []struct {
	name       string
	in         string
	issuers    []string // one per directive, in order
	verbs      []string
	addressees []string // of the first directive
	items      []string // of the first directive
	reason     string
}{
	{
		name:   "a group after và keeps no company before a directing verb",
		in:     "Trước ý kiến của ông Phạm Quang Minh và một số hộ dân xã Đông Dư, dự thảo kết luận cho rằng cần đo đạc lại diện tích đất.",
		reason: "X và + a group is X's company only before a role verb",
	},
	{
		name:   "broad task words inside a statement direct nothing",
		in:     "Chiều 9/11, Huyện ủy Yên Thế tổng kết năm. Đồng chí Hà Văn Lực, Bí thư Huyện ủy nhấn mạnh, việc sáp nhập các thôn là một nhiệm vụ chính trị quan trọng của cả nhiệm kỳ. Đồng chí Hà Văn Lực cũng nhấn mạnh huyện muốn học hỏi cách làm của các địa phương bạn để thực hiện các dự án nước sạch.",
		reason: "nhiệm vụ far into the clause and thực hiện after để name the topic and the aim of a statement, not a task",
	},
	{
		name:   "what will go on is a pledge or a forecast, not a task",
		in:     "Sáng 20/12, Sở Công Thương tỉnh Long An tổng kết năm. Giám đốc Sở Công Thương Trịnh Văn Đạt nhấn mạnh năm tới ngành sẽ tiếp tục đồng hành cùng doanh nghiệp. Ông Trịnh Văn Đạt cũng nhấn mạnh các khu công nghiệp đang tiếp tục thu hút nhà đầu tư.",
		reason: "tiếp tục after sẽ or đang tells what will go on or is going on",
	},
	{
		name:    "a task emphasised by its verb made a noun",
		in:      "Chiều 9/11, Huyện ủy Yên Thế tổng kết năm. Đồng chí Hà Văn Lực, Bí thư Huyện ủy nhấn mạnh việc thực hiện nghiêm quy chế dân chủ ở cơ sở.",
		issuers: []string{"Hà Văn Lực"},
		verbs:   []string{"nhấn mạnh"},
		reason:  "việc thực hiện right after the verb is the task emphasised",
	},
	{
		name:    "a pronoun stands for the last subject, not for a person named as an object",
		in:      "Sáng 5/3, Huyện ủy Krông Nô họp quý I. Phát biểu chỉ đạo, đồng chí Đặng Văn Khoa, Phó Bí thư Tỉnh ủy ghi nhận kết quả của huyện, đồng thời biểu dương ông Lưu Đình Tuệ, Chủ tịch xã Nâm Nung. Đồng chí đề nghị huyện tập trung thu ngân sách.",
		issuers: []string{"Đặng Văn Khoa", "Đặng Văn Khoa"},
		verbs:   []string{"chỉ đạo", "đề nghị"},
		reason:  "the man praised is the object of biểu dương; Đồng chí goes on about the one who spoke",
	},
	{
		name:    "streets named after people are no one",
		in:      "Chiều 3/10, Quận ủy Tân Bình họp quý III. Phát biểu chỉ đạo, đồng chí Lê Văn Khải, Trưởng Ban Tuyên giáo Thành ủy đề nghị quận sớm mở rộng các tuyến đường Trần Quốc Hoàn, Lê Văn Sỹ. Về dân vận, đồng chí đề nghị quận lắng nghe ý kiến người dân.",
		issuers: []string{"Lê Văn Khải", "Lê Văn Khải"},
		verbs:   []string{"đề nghị", "đề nghị"},
		reason:  "a name written bare after đường or phố names the street, so the pronoun after it is still the leader",
	},
	{
		name:       "issuer, verb and addressees",
		in:         "Phát biểu kết luận, Bí thư Quận ủy Nguyễn Hữu Phước đề nghị các cấp ủy, chính quyền và các đơn vị tiếp tục tập trung thực hiện các nhiệm vụ trọng tâm.",
		issuers:    []string{"Nguyễn Hữu Phước"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các cấp ủy", "chính quyền", "các đơn vị"},
	},
	{
		name:       "a delegate's constituency in brackets between the name and the verb",
		in:         "Sáng 5/12, HĐND thành phố Hà Nội khai mạc kỳ họp thứ 11. Đại biểu Trần Văn Hòa (Cầu Giấy) đề nghị thành phố sớm cải tạo các chung cư cũ.",
		issuers:    []string{"Trần Văn Hòa"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"thành phố"},
		reason:     "the bracketed aside stands where a comma's would",
	},
	{
		name:    "a delegation in brackets after the title",
		in:      "Chiều 20/6, Quốc hội thảo luận dự án luật. Thiếu tướng Lê Văn Hòa, Bộ trưởng Bộ Quốc phòng (đoàn đại biểu tỉnh Nghệ An) yêu cầu Chính phủ sớm trình đề án.",
		issuers: []string{"Lê Văn Hòa"},
		verbs:   []string{"yêu cầu"},
	},
	{
		name:   "an aside that dates the office to another time",
		in:     "Sáng 5/12, HĐND thành phố khai mạc kỳ họp thứ 11. Năm 2015, ông Trần Văn Hòa (khi đó là Bí thư Quận ủy) đã chỉ đạo dừng dự án.",
		reason: "'khi đó' puts the instruction at another time, not at the meeting",
	},
	{
		name:   "a steering committee in a title is no instruction",
		in:     "Chiều 9/4, UBND tỉnh Sơn La họp về công tác phòng, chống dịch. Ông Cầm Văn Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo phòng chống dịch tỉnh cho biết đã có 12 ca bệnh trên địa bàn.",
		reason: "'ban chỉ đạo' names a committee; 'cho biết' reports, it directs nobody",
	},
	{
		name:       "the verb after a steering committee's title still directs",
		in:         "Chiều 9/4, UBND tỉnh Sơn La họp về công tác phòng, chống dịch. Ông Cầm Văn Tuấn, Trưởng ban chỉ đạo phòng chống dịch tỉnh, yêu cầu các huyện khẩn trương rà soát các ca nghi nhiễm.",
		issuers:    []string{"Cầm Văn Tuấn"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các huyện"},
	},
	{
		name:       "a one-sentence paragraph opening 'Phát biểu chỉ đạo,' is no photo caption",
		in:         "Dự hội nghị có đồng chí Hoàng Văn Toản, Phó Bí thư Tỉnh ủy.\n\nPhát biểu chỉ đạo, đồng chí Hoàng Văn Toản yêu cầu các cấp ủy sớm cụ thể hóa nghị quyết.\n\nĐồng chí Hoàng Văn Toản phát biểu chỉ đạo hội nghị.",
		issuers:    []string{"Hoàng Văn Toản"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các cấp ủy"},
		reason:     "a caption names its subject first; running text may open on the speech and its comma",
	},
	{
		name:       "an issuer whose given name is a level word",
		in:         "Đồng chí Lâm Quốc Huyện, Bí thư Huyện ủy chủ trì hội nghị. Kết luận hội nghị, Bí thư Huyện ủy Lâm Quốc Huyện yêu cầu các xã đẩy nhanh tiến độ xây dựng nông thôn mới.",
		issuers:    []string{"Lâm Quốc Huyện"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các xã"},
		reason:     "Huyện closing a three-syllable name after its title is the given name, not the organ",
	},
	{
		name:       "issuer named again by title",
		in:         "Phó Bí thư Thường trực Thành ủy Đà Nẵng Lê Thị Thu tham dự hội nghị. Phó Bí thư Thường trực Thành ủy Đà Nẵng yêu cầu UBND quận đẩy nhanh tiến độ giải phóng mặt bằng.",
		issuers:    []string{"Lê Thị Thu"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"UBND quận"},
	},
	{
		name:       "issuer named by pronoun",
		in:         "Đồng chí Bùi Văn Kiên ghi nhận kết quả quận đạt được. Đồng chí đề nghị các phường rà soát lại các chỉ tiêu còn thấp.",
		issuers:    []string{"Bùi Văn Kiên"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các phường"},
	},
	{
		name:       "issuer named by given name",
		in:         "Ông Đào Mạnh Hưng, Chủ tịch UBND huyện, báo cáo tình hình. Ông Hưng yêu cầu các xã hoàn thành việc thu ngân sách trước tháng 12.",
		issuers:    []string{"Đào Mạnh Hưng"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các xã"},
	},
	{
		name:    "a title ending in a given name",
		in:      "Bí thư Tỉnh ủy Hà Văn Long dự hội nghị. Bí thư Long nhấn mạnh, các huyện phải hoàn thành chỉ tiêu nông thôn mới.",
		issuers: []string{"Hà Văn Long"},
		verbs:   []string{"nhấn mạnh"},
	},
	{
		name:    "items after a colon",
		in:      "Kết luận hội nghị, đồng chí Cao Văn Định nhấn mạnh:\nThứ nhất, tập trung hoàn thành các chỉ tiêu kinh tế.\nThứ hai, đẩy mạnh cải cách hành chính.\n- Rà soát thủ tục.\nThứ ba, chăm lo an sinh xã hội.\n\nHội nghị bế mạc.",
		issuers: []string{"Cao Văn Định"},
		verbs:   []string{"nhấn mạnh"},
		items:   []string{"tập trung hoàn thành các chỉ tiêu kinh tế.", "đẩy mạnh cải cách hành chính.", "chăm lo an sinh xã hội."},
	},
	{
		name:    "bullet items",
		in:      "Bà Kiều Thị Nhung yêu cầu:\n- Tăng cường kiểm tra trật tự xây dựng.\n- Đẩy nhanh giải ngân vốn đầu tư công.",
		issuers: []string{"Kiều Thị Nhung"},
		verbs:   []string{"yêu cầu"},
		items:   []string{"Tăng cường kiểm tra trật tự xây dựng.", "Đẩy nhanh giải ngân vốn đầu tư công."},
	},
	{
		name:       "inline items",
		in:         "Ông Tăng Văn Phú đề nghị các sở, ngành: thứ nhất, rà soát các dự án chậm tiến độ; thứ hai, công khai kết quả xử lý.",
		issuers:    []string{"Tăng Văn Phú"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các sở", "ngành"},
		items:      []string{"rà soát các dự án chậm tiến độ", "công khai kết quả xử lý"},
	},
	{
		name:    "a quotation closed by the verb",
		in:      "\"Phải làm xong trong quý này\", ông Hồ Văn Khánh yêu cầu.",
		issuers: []string{"Hồ Văn Khánh"},
		verbs:   []string{"yêu cầu"},
	},
	{
		name:   "a question is not a directive",
		in:     "\"Cơ quan nào chịu trách nhiệm về việc này?\", đại biểu Lục Văn Bình nhấn mạnh.",
		reason: "nhấn mạnh after a quoted question",
	},
	{
		name:   "bodies give no directive",
		in:     "Hội nghị thống nhất giao Ban Thường vụ hoàn thiện dự thảo. UBND quận đề nghị HĐND quận thông qua tờ trình. Cử tri đề nghị xử lý nghiêm sai phạm.",
		reason: "only people count as issuers",
	},
	{
		name:       "giao before a board named in upper case",
		in:         "Bí thư Huyện ủy Đinh Công Sơn giao Ban Tổ chức Huyện ủy chuẩn bị đề án nhân sự trong tháng tới.",
		issuers:    []string{"Đinh Công Sơn"},
		verbs:      []string{"giao"},
		addressees: []string{"Ban Tổ chức Huyện ủy"},
		reason:     "giao Ban is the verb and its addressee, not the compound giao ban",
	},
	{
		name:       "giao before the standing board",
		in:         "Đồng chí Mạc Thị Yến giao Ban Thường vụ Đảng ủy phường xây dựng lộ trình cụ thể cho từng khu dân cư.",
		issuers:    []string{"Mạc Thị Yến"},
		verbs:      []string{"giao"},
		addressees: []string{"Ban Thường vụ Đảng ủy phường"},
	},
	{
		name:       "giao before a board written ban",
		in:         "Ông Lạc Văn Cường giao ban Tuyên giáo Quận ủy chuẩn bị tài liệu tuyên truyền về đại hội.",
		issuers:    []string{"Lạc Văn Cường"},
		verbs:      []string{"giao"},
		addressees: []string{"ban Tuyên giáo Quận ủy"},
		reason:     "a board's name in upper case after a lower-case ban",
	},
	{
		name:    "giao before a deputy's title",
		in:      "Chủ tịch UBND huyện Lò Văn Sáng giao Phó Chủ tịch UBND huyện phụ trách khối kinh tế đôn đốc tiến độ các công trình.",
		issuers: []string{"Lò Văn Sáng"},
		verbs:   []string{"giao"},
		reason:  "giao Phó is the verb before a title, not the compound giao phó",
	},
	{
		name:       "the addressee ends before chủ trì",
		in:         "Bí thư Đảng ủy xã Vi Văn Đức giao UBND xã chủ trì, phối hợp với các thôn rà soát lại danh sách hộ nghèo.",
		issuers:    []string{"Vi Văn Đức"},
		verbs:      []string{"giao"},
		addressees: []string{"UBND xã"},
		reason:     "giao X chủ trì, phối hợp với Y: chủ trì is the task",
	},
	{
		name:   "a briefing is no directive",
		in:     "Bí thư Quận ủy Tạ Quang Vinh dự họp giao ban thường kỳ với các phường. Ông Tạ Quang Vinh chủ trì buổi giao ban Ban Thường vụ Quận ủy.",
		reason: "giao ban before lower-case words, and before a board that is its subject, is a briefing",
	},
	{
		name:   "a caption gives no directive",
		in:     "Đồng chí Huỳnh Văn Tâm kết luận tại hội nghị.",
		reason: "kết luận with nothing after it",
	},
	{
		name:   "nouns are not verbs",
		in:     "Theo chỉ đạo của Thủ tướng, quận đã hoàn thành nhiệm vụ được giao và đáp ứng yêu cầu đề ra.",
		reason: "chỉ đạo, giao and yêu cầu used as nouns",
	},
	{
		name:    "coordinated predicate",
		in:      "Phó Bí thư Thường trực Thành ủy Ninh Văn Hòa đã trao quyết định, tặng hoa chúc mừng và phát biểu căn dặn cán bộ được điều động phải sớm nắm bắt công việc.",
		issuers: []string{"Ninh Văn Hòa"},
		verbs:   []string{"căn dặn"},
	},
	{
		name:   "a predicate of the clause a speaker reports",
		in:     "Ông Lê Văn Tâm, Phó Giám đốc Sở Nông nghiệp cho biết nhiều xã đã chủ động rà soát và chỉ đạo các hợp tác xã gieo cấy đúng khung thời vụ.",
		reason: "the communes direct, not the speaker: the reported clause has its own subject and tense",
	},
	{
		name:    "the speaker's own predicates after a report verb",
		in:      "Ông Lê Văn Tâm, Phó Giám đốc Sở Nông nghiệp cho biết sẽ tiếp thu và chỉ đạo các phòng chuyên môn sớm hướng dẫn nông dân.",
		issuers: []string{"Lê Văn Tâm"},
		verbs:   []string{"chỉ đạo"},
	},
	{
		name:    "a sole office after a title chain opens a new clause",
		in:      "Sáng 12/3, Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp về tín dụng. Sau khi nghe báo cáo của ông Đào Minh Tú, Phó Thống đốc NHNN, Thủ tướng giao Ngân hàng Nhà nước chủ trì rà soát các khoản nợ xấu.",
		issuers: []string{"Nguyễn Xuân Phúc"},
		verbs:   []string{"giao"},
		reason:  "'Thủ tướng' before a predicate is the subject, not a second title of the deputy governor",
	},
	{
		name:    "a sole office after a guest's name opens a new clause",
		in:      "Chiều 5/4, Thủ tướng Nguyễn Xuân Phúc làm việc với tỉnh Quảng Trị. Ghi nhận ý kiến của ông Võ Văn Hưng, Thủ tướng đề nghị tỉnh sớm hoàn thành quy hoạch khu kinh tế.",
		issuers: []string{"Nguyễn Xuân Phúc"},
		verbs:   []string{"đề nghị"},
	},
	{
		name:    "a sentence going on with an earlier event the one before told of",
		in:      "Sáng 8/3, HĐND quận Ba Đình khai mạc kỳ họp thứ 9. Trước đó, ngày 2/3, Chủ tịch UBND quận Lê Văn Hải đã làm việc với các phường về trật tự đô thị. Tại buổi làm việc, ông Lê Văn Hải yêu cầu các phường xử lý dứt điểm vi phạm lấn chiếm vỉa hè. Tại kỳ họp, ông Lê Văn Hải đề nghị các đại biểu tập trung thảo luận.",
		issuers: []string{"Lê Văn Hải"},
		verbs:   []string{"đề nghị"},
		reason:  "'Tại buổi làm việc' names again the meeting of 2/3 that 'Trước đó' opened",
	},
	{
		name:   "'nhấn mạnh' a need, not a task",
		in:     "Phát biểu tại hội nghị, Bí thư Huyện ủy Trần Minh Đức nhấn mạnh, việc mở rộng quốc lộ qua địa bàn huyện là hết sức cần thiết.",
		reason: "'cần thiết' is an adjective, not the modal 'cần'",
	},
	{
		name:   "'nhấn mạnh' what was done",
		in:     "Phát biểu tại hội nghị, Bí thư Huyện ủy Trần Minh Đức nhấn mạnh, thời gian qua các xã đã tập trung triển khai nhiều mô hình kinh tế hiệu quả.",
		reason: "a task cue after 'đã' reports what was done",
	},
	{
		name:    "'nhấn mạnh' closing a quoted task, then another predicate",
		in:      "“Các xã phải hoàn thành dứt điểm việc cấp giấy chứng nhận trong quý III”, Bí thư Huyện ủy Trần Minh Đức nhấn mạnh và ghi nhận cố gắng của các đơn vị.",
		issuers: []string{"Trần Minh Đức"},
		verbs:   []string{"nhấn mạnh"},
	},
	{
		name:   "a directing verb as a noun, qualified before 'của'",
		in:     "Ông Trần Minh Đức cho biết khi xảy ra sạt lở, được sự hỗ trợ và chỉ đạo kịp thời của Huyện ủy, các xã đã sớm ổn định đời sống người dân.",
		reason: "'chỉ đạo kịp thời của Huyện ủy' is the committee's guidance, a noun",
	},
	{
		name:       "đồng chí and a title",
		in:         "Đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy dự hội nghị. Đồng chí Bí thư Tỉnh ủy đề nghị các huyện khẩn trương hoàn thành kế hoạch.",
		issuers:    []string{"Nguyễn Văn Lợi"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các huyện"},
	},
	{
		name:       "a directive verb second in a pair joined by và",
		in:         "Phát biểu tại buổi làm việc, đồng chí Hoàng Minh Tú ghi nhận những nỗ lực của xã và đề nghị xã tiếp tục rà soát các hộ cận nghèo.",
		issuers:    []string{"Hoàng Minh Tú"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"xã"},
		reason:     "the subject of the first verb gives the second",
	},
	{
		name:       "a directive verb after đồng thời",
		in:         "Bà Phùng Thị Lan biểu dương các đơn vị đã hoàn thành chỉ tiêu, đồng thời yêu cầu các phòng, ban khẩn trương khắc phục hạn chế.",
		issuers:    []string{"Phùng Thị Lan"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các phòng", "ban"},
	},
	{
		name:   "an unnamed delegate",
		in:     "Ông Trịnh Văn Quý trình bày báo cáo. Đại biểu cũng đề nghị UBND tỉnh sớm giao vốn cho các xã.",
		reason: "đại biểu with no name after it is nobody the text names",
	},
	{
		name:   "an organ as the first subject",
		in:     "Dự có đồng chí Lục Văn Hòa. Hội đồng thẩm định thống nhất và đề nghị UBND tỉnh phê duyệt đề án.",
		reason: "the pair's subject is an organ, not a person",
	},
	{
		name:    "người đứng đầu",
		in:      "Chủ tịch HĐND thành phố Nguyễn Thị Quế phát biểu khai mạc kỳ họp. Người đứng đầu HĐND thành phố đề nghị các đại biểu tập trung thảo luận.",
		issuers: []string{"Nguyễn Thị Quế"},
		verbs:   []string{"đề nghị"},
	},
	{
		name:    "the opening phrase names who directs",
		in:      "Kết luận hội nghị, đồng chí Thạch Thị Ngọc, Bí thư Tỉnh ủy, nêu rõ: các cấp ủy cần tập trung lãnh đạo hoàn thành nhiệm vụ năm.",
		issuers: []string{"Thạch Thị Ngọc"},
		verbs:   []string{"kết luận"},
	},
	{
		name:       "an issuer whose titles are set off by dashes",
		in:         "Phát biểu tổng kết , ông Khúc Văn Lợi - Bí thư Huyện ủy - yêu cầu các xã rà soát lại quỹ đất công .",
		issuers:    []string{"Khúc Văn Lợi"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các xã"},
		reason:     "the closing dash ends the aside; the name before it is the subject of yêu cầu",
	},
	{
		name:       "a title ending in a place whose last word is also an adverb",
		in:         "Ông Nông Văn Tài, Phó Bí thư Tỉnh ủy Lâm Đồng đề nghị các sở sớm rà soát các dự án chậm tiến độ.",
		issuers:    []string{"Nông Văn Tài"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các sở"},
		reason:     "Đồng ends the mention before the verb; it is not the adverb of 'đồng chủ trì'",
	},
	{
		name:    "the giao of Ngoại giao in a title is no directive",
		in:      "Bộ trưởng Ngoại giao Lạc Minh Quân phát biểu tại hội nghị. Ông Lê Văn Hào - Phó Chủ tịch Hội Luật gia Việt Nam nhấn mạnh các hội viên cần sâu sát cơ sở hơn.",
		issuers: []string{"Lê Văn Hào"},
		verbs:   []string{"nhấn mạnh"},
		reason:  "Ngoại giao and Luật gia run on in the titles: no giao directive, and the name before the title is the subject",
	},
	{
		name:    "nhấn mạnh a statement is no directive; nhấn mạnh a task is",
		in:      "Ông Hứa Văn Tường, Giám đốc Sở Công Thương, nhấn mạnh năm nay là năm bản lề của nhiệm kỳ. \"Tỉnh luôn đồng hành cùng doanh nghiệp\", ông Tường nhấn mạnh. Phó Chủ tịch UBND tỉnh Nghiêm Văn Hòa trình bày đề án và nhấn mạnh: mục tiêu là một đô thị đáng sống. Bí thư Tỉnh ủy Chu Thị Lan nhấn mạnh các sở cần khẩn trương tháo gỡ vướng mắc cho doanh nghiệp.",
		issuers: []string{"Chu Thị Lan"},
		verbs:   []string{"nhấn mạnh"},
		reason:  "what is emphasised must name a task (cần, phải, nhiệm vụ …) for nhấn mạnh to direct",
	},
	{
		name:    "no directive from an earlier meeting the report mentions in passing",
		in:      "Trước đó, tại phiên họp ngày 3/5, Chủ tịch UBND tỉnh Đậu Văn Minh đã yêu cầu các sở rà soát toàn bộ dự án. Bí thư Tỉnh ủy Lưu Thị Thu lưu ý các trường phải tuyển sinh sớm hơn so với năm trước.",
		issuers: []string{"Lưu Thị Thu"},
		verbs:   []string{"lưu ý"},
		reason:  "a past cue before the verb frames another meeting; one after it is part of what is said",
	},
	{
		name:       "a request joined to the subject's first predicate by a comma alone",
		in:         "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Mạc Văn Chiến thông tin tỉnh sẽ hoàn thiện hồ sơ trong tháng 5, đề nghị các bộ sớm thẩm định dự án.",
		issuers:    []string{"Mạc Văn Chiến"},
		verbs:      []string{"đề nghị"},
		addressees: []string{"các bộ"},
		reason:     "X thông tin …, đề nghị …: one subject, two predicates",
	},
	{
		name:   "request nouns and 'lãnh đạo, chỉ đạo' after a comma are no directive",
		in:     "Ông Lục Văn Bảo, Giám đốc Công ty, đã buông lỏng lãnh đạo, chỉ đạo, để xảy ra sai phạm. Bí thư Huyện ủy Trịnh Văn Lộc khẳng định huyện đã hoàn thành các mục tiêu, yêu cầu đề ra.",
		reason: "chỉ đạo in a list of duties and yêu cầu before đề ra are nouns",
	},
	{
		name:       "a report verb carrying the speaker's own instruction",
		in:         "Tại kỳ họp, Chủ tịch UBND tỉnh Đào Minh Khoa cho biết đang yêu cầu các sở rà soát lại toàn bộ các dự án chậm tiến độ.",
		issuers:    []string{"Đào Minh Khoa"},
		verbs:      []string{"yêu cầu"},
		addressees: []string{"các sở"},
		reason:     "cho biết + a tense mark + the verb: one subject, the verb no noun",
	},
	{
		name:    "a report verb, a comma and the tense mark",
		in:      "Ông Hà Văn Lực, Giám đốc Công an tỉnh cho hay, đã chỉ đạo công an các huyện khẩn trương xác minh vụ việc.",
		issuers: []string{"Hà Văn Lực"},
		verbs:   []string{"chỉ đạo"},
	},
	{
		name:   "a report of a request, no tense mark: the noun",
		in:     "Ông Hà Văn Lực cho biết yêu cầu của người dân là chính đáng.",
		reason: "yêu cầu của is a noun",
	},
	{
		name:   "a subject that is directed, not directing",
		in:     "Ông Trịnh Quốc Bảo, Phó Chánh Văn phòng UBND tỉnh đã được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Phó Bí thư Huyện ủy và đề nghị giới thiệu để HĐND huyện bầu giữ chức Chủ tịch UBND huyện.",
		reason: "the passive clause's subject is the one the board proposes, not the issuer",
	},
	{
		name:    "an emphasis whose tasks are the items after its colon",
		in:      "Đồng chí Phùng Văn Hải, Bí thư Huyện ủy nhấn mạnh một số nội dung trọng tâm như sau:\n- Tập trung tháo gỡ khó khăn cho sản xuất.\n- Đẩy mạnh cải cách hành chính.",
		issuers: []string{"Phùng Văn Hải"},
		verbs:   []string{"nhấn mạnh"},
		items:   []string{"Tập trung tháo gỡ khó khăn cho sản xuất.", "Đẩy mạnh cải cách hành chính."},
	},
	{
		name:   "an emphasis on points stated inline is a statement",
		in:     "Đồng chí Phùng Văn Hải nhấn mạnh ba điểm chính: kinh tế ổn định; xã hội phát triển.",
		reason: "no task word and no items after the colon",
	},
	{
		name:    "the chair's view of what must be done directs",
		in:      "Đồng chí Vi Văn Định, Bí thư Huyện ủy chủ trì hội nghị. Kết thúc hội nghị, đồng chí Vi Văn Định cho rằng, thời gian tới các cấp ủy cần tập trung tháo gỡ khó khăn cho sản xuất.",
		issuers: []string{"Vi Văn Định"},
		verbs:   []string{"cho rằng"},
		reason:  "cho rằng + a modal among its first words, from the meeting's chair",
	},
	{
		name:    "a minister named again by the bare title, first named with a department's acronyms",
		in:      "Sáng 8/5, UBND tỉnh Nam Định tổ chức hội nghị về sản xuất vụ mùa. Dự hội nghị có Bộ trưởng Bộ NN-PTNT Đặng Quốc Khánh. Phát biểu tại hội nghị, Bộ trưởng đề nghị tỉnh cần sớm rà soát quy hoạch vùng lúa.",
		issuers: []string{"Đặng Quốc Khánh"},
		verbs:   []string{"đề nghị"},
		reason:  "Bộ NN-PTNT is part of the title the bare Bộ trưởng stands for",
	},
	{
		name:    "a group named by a plural title is no one person",
		in:      "Chiều 14/9, hội nghị bộ trưởng kinh tế khai mạc tại Đà Nẵng, do Bộ trưởng Bộ Công Thương Lý Quốc Hưng chủ trì. Các Bộ trưởng cũng đề nghị các nước sớm hoàn tất hiệp định. Bộ trưởng Lý Quốc Hưng yêu cầu các nhóm công tác sớm trình báo cáo.",
		issuers: []string{"Lý Quốc Hưng"},
		verbs:   []string{"yêu cầu"},
		reason:  "các Bộ trưởng speaks for all the ministers, not for the one named",
	},
	{
		name:    "predicates of one subject chained by semicolons",
		in:      "Tại buổi tiếp, Chủ tịch nước Đào Minh Khang đánh giá cao kết quả hợp tác giữa hai địa phương; khẳng định Việt Nam luôn dành ưu tiên cho quan hệ với Lào; đề nghị hai tỉnh thường xuyên cử đoàn sang thăm nhau.",
		issuers: []string{"Đào Minh Khang"},
		verbs:   []string{"đề nghị"},
		reason:  "a semicolon joins the predicates of the subject as a comma does",
	},
	{
		name:    "giao as an intersection, a foreign ministry and a target given",
		in:      "Chủ tịch UBND quận Lê Văn Tám kiểm tra tại giao lộ Lý Thường Kiệt. Bộ trưởng Ngoại giao Mai Văn Lâm dự hội nghị. Ông Tám cho biết quận mới đạt 40% kế hoạch thành phố giao và phải làm nhiều hơn. Ông Tám giao các phường rà soát lại vỉa hè.",
		issuers: []string{"Lê Văn Tám"},
		verbs:   []string{"giao"},
		reason:  "giao lộ, Ngoại giao and a target given (giao và …) direct nobody",
	},
	{
		name:    "nhắc nhở with a task, not a reminder received",
		in:      "Đồng chí Hà Văn Khải, Bí thư Huyện ủy chủ trì hội nghị. Ông Lò Văn Tâm bị nhắc nhở vì đến muộn. Đồng chí Hà Văn Khải nhắc nhở các chi bộ cần nắm chắc tình hình đảng viên.",
		issuers: []string{"Hà Văn Khải"},
		verbs:   []string{"nhắc nhở"},
		reason:  "nhắc nhở directs as lưu ý does when a task follows it",
	},
	{
		name:   "a guest speaker's opinion who is no leader of the meeting",
		in:     "Dự hội nghị có ông Tạ Quang Huy, chuyên gia kinh tế. Ông Tạ Quang Huy cho rằng cần có cách tiếp cận mới với thị trường.",
		reason: "an expert who attends gives a view, not an instruction",
	},
	{
		name:   "the chair's view of what should be, a passive modal",
		in:     "Đồng chí Vi Văn Định, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Vi Văn Định cho rằng, việc này cần được xem xét thấu đáo.",
		reason: "cần được: how a matter should be seen, no task given",
	},
	{
		name:    "a predicate set against the first by song or nhưng",
		in:      "Đồng chí Mông Văn Tú, Phó Bí thư Tỉnh ủy ghi nhận kết quả của huyện, song đề nghị huyện sớm hoàn thành giải phóng mặt bằng.",
		issuers: []string{"Mông Văn Tú"},
		verbs:   []string{"đề nghị"},
		reason:  "after a comma, song and nhưng join a second predicate of the subject as đồng thời does",
	},
	{
		name:    "nêu rõ a task with a modal, from the one who chairs",
		in:      "Đồng chí Nông Văn Chí, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Nông Văn Chí nêu rõ, thời gian tới các chi bộ cần đổi mới nội dung sinh hoạt. Đồng chí cũng nêu rõ, trồng cây thì phải 5 năm mới thấy kết quả. Ông Hoàng Văn Lai, Trưởng thôn nêu rõ, thôn cần thêm kinh phí.",
		issuers: []string{"Nông Văn Chí"},
		verbs:   []string{"nêu rõ"},
		reason:  "as cho rằng: a modal opening what a leader of the meeting states is a task; phải before a number is how long a thing takes, and one who does not lead states a view",
	},
	{
		name:    "the one questioned or disciplined before a comma is no subject of the verb after it",
		in:      "Đại biểu Lò Văn Tiến chất vấn Giám đốc Sở Xây dựng Hà Văn Lục, yêu cầu Sở giải trình việc chậm cấp phép. Ủy ban Kiểm tra quyết định kỷ luật đối với ông Triệu Văn Sinh, đồng thời đề nghị huyện rút kinh nghiệm.",
		issuers: []string{"Lò Văn Tiến"},
		verbs:   []string{"yêu cầu"},
		reason:  "after chất vấn or đối với, a person is the object of the first clause; the second predicate belongs to its subject",
	},
	{
		name:    "a directive in the first person, its speaker named after the quotation",
		in:      "Sáng 12/4, Huyện ủy Tân Kỳ họp quý I. “Nhiều xã còn để chậm việc cấp sổ đỏ. Tôi đề nghị các xã phải rà soát xong trong tháng 5”, ông Đậu Văn Hùng, Bí thư Huyện ủy nói.",
		issuers: []string{"Đậu Văn Hùng"},
		verbs:   []string{"đề nghị"},
		reason:  "tôi in a quotation is whoever the quotation is said by",
	},
	{
		name:    "a directive in the first person, its speaker named before the colon",
		in:      "Bà Hà Thị Nga, Chủ tịch UBND huyện phát biểu: “Tôi cũng yêu cầu các phòng, ban khẩn trương giải quyết đơn thư của dân”.",
		issuers: []string{"Hà Thị Nga"},
		verbs:   []string{"yêu cầu"},
		reason:  "the verb of saying and its colon open the quotation",
	},
	{
		name:   "a quotation whose speaker is not named, or a body speaking",
		in:     "Ông Kha Văn Long, Chủ tịch UBND xã cũng có mặt. “Chúng tôi đề nghị huyện hỗ trợ kinh phí làm đường.” Chủ tịch UBND huyện Lò Văn Sơn cho biết sẽ xem xét. “Tôi đề nghị làm rõ trách nhiệm.” Trưởng phòng Nội vụ Lê Văn Mạnh cho biết đã rà soát.",
		reason: "chúng tôi is a body asking; a quotation closed by a stop is followed by the next sentence, someone else's",
	},
	{
		name:   "the one a speaker accuses is not the speaker",
		in:     "Ông Vi Văn Tâm gửi đơn tố cáo bà Lộc Thị Hoa, cho biết: “Tôi đã đề nghị thanh tra làm rõ việc này”.",
		reason: "the person before the colon is the object of tố cáo; only a subject opening the sentence or a clause speaks",
	},
}

func TestDirectives(t *testing.T) {
	for _, tt := range directiveTests {
		t.Run(tt.name, func(t *testing.T) {
			m := peopleOf(tt.in)
			var issuers, verbs []string
			for _, d := range m.Directives {
				if d.Issuer == nil {
					t.Fatalf("directive without issuer: %+v", d)
				}
				issuers = append(issuers, d.Issuer.Name)
				verbs = append(verbs, d.Verb)
				if tt.in[d.Start:d.End] != d.Text {
					t.Errorf("input[%d:%d] = %q; Text = %q", d.Start, d.End, tt.in[d.Start:d.End], d.Text)
				}
			}
			if !reflect.DeepEqual(issuers, tt.issuers) {
				t.Fatalf("issuers = %q; want %q (%s)", issuers, tt.issuers, tt.reason)
			}
			if !reflect.DeepEqual(verbs, tt.verbs) {
				t.Errorf("verbs = %q; want %q", verbs, tt.verbs)
			}
			if len(m.Directives) == 0 {
				return
			}
			if got := m.Directives[0].Addressees; tt.addressees != nil && !reflect.DeepEqual(got, tt.addressees) {
				t.Errorf("addressees = %q; want %q", got, tt.addressees)
			}
			if got := m.Directives[0].Items; !reflect.DeepEqual(got, tt.items) {
				t.Errorf("items = %q; want %q", got, tt.items)
			}
		})
	}
}

// TestDirectiveSpans checks input[Start:End] == Text on the text as given,
// in NFD, with CRLF and with old tone marks, and that the variants find
// the same directives.
func TestDirectiveSpans(t *testing.T) {
	for _, tt := range directiveTests {
		want := peopleOf(tt.in).Directives
		for name, v := range peopleVariants(tt.in) {
			got := peopleOf(v).Directives
			if len(got) != len(want) {
				t.Errorf("%s, %s: %d directives; want %d", tt.name, name, len(got), len(want))
				continue
			}
			for i, d := range got {
				if d.Start < 0 || d.End > len(v) || d.Start > d.End || v[d.Start:d.End] != d.Text {
					t.Errorf("%s, %s: span [%d:%d] does not give Text %q", tt.name, name, d.Start, d.End, d.Text)
				}
				if d.Issuer.Name != want[i].Issuer.Name || d.Verb != want[i].Verb || !reflect.DeepEqual(d.Items, want[i].Items) {
					t.Errorf("%s, %s: %v %q %q; want %v %q %q", tt.name, name, d.Issuer.Name, d.Verb, d.Items, want[i].Issuer.Name, want[i].Verb, want[i].Items)
				}
			}
		}
	}
}

func TestDirectiveText(t *testing.T) {
	in := "Bí thư Quận ủy Vương Đình Huệ nhấn mạnh: quận cần hoàn thành các chỉ tiêu năm. Hội nghị bế mạc."
	ds := peopleOf(in).Directives
	if len(ds) != 1 || !strings.HasPrefix(ds[0].Text, "nhấn mạnh: quận cần") || strings.Contains(ds[0].Text, "bế mạc") {
		t.Errorf("directives of %q = %+v", in, ds)
	}
}

func BenchmarkPeople(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 10<<10 {
		for _, tt := range directiveTests {
			sb.WriteString(tt.in)
			sb.WriteString("\n")
		}
		for _, tt := range peopleTests {
			sb.WriteString(tt.in)
			sb.WriteString("\n")
		}
	}
	src := strings.ReplaceAll(sb.String(), "Các bài mới đăng", "")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		peopleOf(src)
	}
}
