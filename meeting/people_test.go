package meeting

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
	"golang.org/x/text/unicode/norm"
)

// peopleOf runs the people and directive step alone on src.
func peopleOf(src string) *Meeting {
	m := &Meeting{}
	p := newParser(vntext.NewDoc(src), config{})
	p.parsePeople(m)
	return m
}

func personNames(ps []Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

var peopleTests = []struct {
	name      string
	in        string
	chairs    []string
	attendees []string
	reason    string
}{
	{
		name:   "điều khiển a sitting chairs it; điều khiển a vehicle does not",
		in:     "Chiều 12/6, Quốc hội thảo luận tại hội trường. Phó Chủ tịch Quốc hội Tạ Thị Hồng điều khiển phiên thảo luận. Ông Trần Văn Hải điều khiển xe máy vượt đèn đỏ.",
		chairs: []string{"Tạ Thị Hồng"},
		reason: "điều khiển takes a sitting as điều hành does; with a vehicle it is driving",
	},
	{
		name:      "gồm có opens a list as gồm does",
		in:        "Sáng 2/4, Huyện ủy Ba Vì tổ chức hội nghị. Chủ trì hội nghị gồm có đồng chí Đỗ Văn Tâm, Bí thư Huyện ủy và đồng chí Kiều Thị Thoa, Chủ tịch UBND huyện. Dự hội nghị gồm có đồng chí Lý Văn Sáu, Phó Bí thư Thành ủy.",
		chairs:    []string{"Đỗ Văn Tâm", "Kiều Thị Thoa"},
		attendees: []string{"Lý Văn Sáu"},
	},
	{
		name:      "a group after a comma that came with the person named before it",
		in:        "Sáng 20/8, Thành ủy Vinh tổ chức hội nghị. Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Vương Đình Lộc, lãnh đạo các phòng, ban chuyên môn của thành phố cùng tham dự.",
		attendees: []string{"Vương Đình Lộc"},
		reason:    "a group after a comma and before cùng is the person's company, as with và or cùng",
	},
	{
		name:      "a given name that makes a word with dự",
		in:        "Sáng 3/3, Huyện ủy Đô Lương tổ chức hội nghị. Đồng chí Thái Văn Vinh dự hội nghị. Hội nghị vinh dự có đồng chí Lê Văn Can tới dự.",
		attendees: []string{"Thái Văn Vinh", "Lê Văn Can"},
		reason:    "Vinh closing a name before dự is the subject's given name, not vinh dự (an honour)",
	},
	{
		name:      "the body a person acts for, between the person and the verb",
		in:        "Sáng 14/10, Đảng bộ huyện Mỹ Hào khai mạc Đại hội lần thứ XXIV. Đồng chí Đỗ Văn Khiêm, Bí thư Huyện ủy thay mặt Đoàn Chủ tịch điều hành phiên khai mạc. Ông Vũ Hồng Sơn, Phó Chủ tịch UBND tỉnh thay mặt Ban Thường vụ Tỉnh ủy dự và phát biểu. Ông Lê Văn Tích thay mặt Hội Nông dân xã ký văn bản gửi huyện dự kiến kinh phí.",
		chairs:    []string{"Đỗ Văn Khiêm"},
		attendees: []string{"Vũ Hồng Sơn"},
		reason:    "thay mặt and a body in capitals or office words stand between a subject and its verb; a body followed by other verbs (ký, gửi) does not",
	},
	{
		name:      "given names Hội, Phòng, Đảng beside the organs they also name",
		in:        "Ngày 7/12/2022, Huyện ủy Yên Lạc tổ chức Hội nghị lần thứ 15. Đồng chí Trần Văn Hội, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lê Đình Phòng, Trưởng Phòng Nội vụ và đồng chí Nguyễn Hữu Đảng, Chủ tịch Hội Nông dân tỉnh.",
		chairs:    []string{"Trần Văn Hội"},
		attendees: []string{"Lê Đình Phòng", "Nguyễn Hữu Đảng"},
		reason:    "the last syllable of a three-syllable name is a given name, not the organ word",
	},
	{
		name:      "given names that are level words (Quận, Huyện, Tỉnh, Xã)",
		in:        "Chiều 9/10, Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa XIX họp phiên thứ 21. Đồng chí Đỗ Minh Quận, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và đồng chí Phùng Thị Xã, Phó Bí thư Tỉnh ủy chủ trì. Tham dự có đồng chí Vũ Đình Huyện, Trưởng Ban Dân vận Tỉnh ủy và ông Lò Văn Tỉnh, Chủ tịch UBND huyện Trạm Tấu.",
		chairs:    []string{"Đỗ Minh Quận", "Phùng Thị Xã"},
		attendees: []string{"Vũ Đình Huyện", "Lò Văn Tỉnh"},
		reason:    "a level word closing a name of three syllables, with no place name after it, is the given name",
	},
	{
		name:      "a level word before a place, a name or a number is still a level word",
		in:        "Sáng 2/11, Quận ủy Quận 5 tổ chức Hội nghị lần thứ 12. Đồng chí Mai Thanh Bình, Bí thư Quận ủy Quận 5 chủ trì. Dự hội nghị có đồng chí Hồ Văn Quận, Chủ tịch UBND Huyện Cần Giờ và Bí thư Đảng ủy phường Nguyễn Thái Bình Quận 1.",
		chairs:    []string{"Mai Thanh Bình"},
		attendees: []string{"Hồ Văn Quận"},
		reason:    "Quận 5, Huyện Cần Giờ and the ward named after a person in Quận 1 are places; only the Quận ending a name is a given name",
	},
	{
		name:   "the presidium of a congress, listed after gồm",
		in:     "Sáng 20/8, Đảng bộ xã Tân Lập khai mạc Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2025 - 2030. Đoàn Chủ tịch Đại hội gồm các đồng chí: Phan Văn Tài, Bí thư Đảng ủy xã; Lê Thị Ngọc, Phó Bí thư Thường trực Đảng ủy xã; Vũ Minh Đức, Chủ tịch UBND xã.",
		chairs: []string{"Phan Văn Tài", "Lê Thị Ngọc", "Vũ Minh Đức"},
		reason: "the presidium runs the congress: its members chair it, with or without điều hành",
	},
	{
		name:   "a list headed by the count of its people",
		in:     "Đoàn Chủ tịch điều hành Đại hội gồm 3 đồng chí: Tô Minh Khải, Bí thư Đảng ủy phường; Lã Thị Hằng, Phó Bí thư Đảng ủy phường; Vi Văn Thắng, Chủ tịch UBND phường. Đoàn Thư ký gồm 2 đồng chí.",
		chairs: []string{"Tô Minh Khải", "Lã Thị Hằng", "Vi Văn Thắng"},
		reason: "the number before đồng chí counts the list; it does not part the verb from it",
	},
	{
		name:      "a presidium after gồm and a colon, each title after a dash",
		in:        "Tới dự có đồng chí Hồ Quang Minh, Phó Bí thư Tỉnh ủy. Đoàn Chủ tịch gồm: Chu Văn Hải - Bí thư Huyện ủy; Mạc Thị Yến - Phó Bí thư Thường trực Huyện ủy.",
		chairs:    []string{"Chu Văn Hải", "Mạc Thị Yến"},
		attendees: []string{"Hồ Quang Minh"},
	},
	{
		name:      "the standing presidium of a front is a title, not a chair",
		in:        "Dự Đại hội có đồng chí Tạ Văn Long, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Thay mặt Đoàn Chủ tịch, đồng chí Tạ Văn Long phát biểu.",
		attendees: []string{"Tạ Văn Long"},
		reason:    "without a list of members after it, Đoàn Chủ tịch names a body",
	},
	{
		name:      "a presidium after the guests in one sentence ends their list",
		in:        "Đến dự có đồng chí Giáp Văn Sơn, Trưởng Ban Tổ chức Tỉnh ủy; Đoàn Chủ tịch Đại hội gồm các đồng chí Lục Văn Bình, Bí thư Đảng ủy và Ninh Thị Hoa, Phó Bí thư Đảng ủy.",
		chairs:    []string{"Lục Văn Bình", "Ninh Thị Hoa"},
		attendees: []string{"Giáp Văn Sơn"},
	},
	{
		name:   "điều hành closing the sentence, the meeting implied",
		in:     "Sáng 8/12/2023, HĐND tỉnh Hòa Bình khóa XVII khai mạc kỳ họp thứ 14. Kỳ họp do ông Bùi Đức Hinh, Chủ tịch HĐND tỉnh điều hành. Ông Hinh cho rằng cần đổi mới công tác quản lý, điều hành.",
		chairs: []string{"Bùi Đức Hinh"},
		reason: "a person right before a final điều hành chairs; a noun phrase before it does not",
	},
	{
		name:   "given names that also open words (Nghị, Chương)",
		in:     "Chiều 4/12, Huyện ủy Mỹ Đức tổ chức Hội nghị lần thứ 30. Hội nghị diễn ra dưới sự chủ trì của các đồng chí: Bùi Văn Nghị - Bí thư Huyện ủy; Đinh Công Chương - Phó Bí thư Huyện ủy. Hội nghị quán triệt Nghị quyết của Thành ủy.",
		chairs: []string{"Bùi Văn Nghị", "Đinh Công Chương"},
		reason: "a stop word ending a name is its given name; opening one it is still a word",
	},
	{
		name:      "two title-name pairs joined by a comma before dự",
		in:        "Sáng 6/12, HĐND tỉnh Long An khóa IX khai mạc kỳ họp thứ 8. Bí thư Tỉnh ủy Phạm Văn Rạnh, Chủ tịch UBND tỉnh Trần Văn Cần dự kỳ họp.",
		attendees: []string{"Phạm Văn Rạnh", "Trần Văn Cần"},
		reason:    "the first name's titles may run on over the second's; both are subjects of dự",
	},
	{
		name:      "titles then name then tham dự",
		in:        "Sáng 3/4, Ban Chấp hành Đảng bộ quận Cầu Giấy khóa VI tổ chức Hội nghị lần thứ 9. Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Cầu Giấy Phạm Minh Đức tham dự.",
		attendees: []string{"Phạm Minh Đức"},
		reason:    "the place name after the organ is not part of the name",
	},
	{
		name:   "dưới sự chủ trì của a list",
		in:     "Hội nghị diễn ra dưới sự chủ trì của các đồng chí: Lê Văn Hùng - Thành ủy viên, Bí thư Quận ủy; Trần Thị Hoa - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; Đỗ Quang Vinh - Phó Bí thư Quận ủy, Chủ tịch UBND quận.",
		chairs: []string{"Lê Văn Hùng", "Trần Thị Hoa", "Đỗ Quang Vinh"},
	},
	{
		name:   "a list of chairs before chủ trì",
		in:     "Các đồng chí: Hà Văn Thạch - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lò Thị Mai - Phó Bí thư Thường trực Tỉnh ủy; Cầm Văn Đông - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
		chairs: []string{"Hà Văn Thạch", "Lò Thị Mai", "Cầm Văn Đông"},
	},
	{
		name:      "Đến dự có",
		in:        "Đến dự có Phó Chủ tịch HĐND thành phố Nguyễn Văn Bình và Trưởng Ban Tổ chức Thành ủy Hứa Minh Tâm.",
		attendees: []string{"Nguyễn Văn Bình", "Hứa Minh Tâm"},
	},
	{
		name:      "Tới dự hội nghị có đồng chí …; đồng chí …",
		in:        "Tới dự hội nghị có đồng chí Hoàng Anh Tuấn - Phó Trưởng ban Tuyên giáo Thành ủy; đồng chí Vũ Thị Mai - Phó Trưởng ban Dân vận Thành ủy.",
		attendees: []string{"Hoàng Anh Tuấn", "Vũ Thị Mai"},
	},
	{
		name:      "Dự hội nghị có các đồng chí:",
		in:        "Dự hội nghị có các đồng chí: Ngô Văn Thắng, Tỉnh ủy viên, Giám đốc Sở Tài chính; Lý Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
		attendees: []string{"Ngô Văn Thắng", "Lý Thị Lan"},
	},
	{
		name:   "a colon after the role verb opens the list",
		in:     "Chủ trì hội nghị: đồng chí Hà Văn Bình, Thành ủy viên, Bí thư Quận ủy.",
		chairs: []string{"Hà Văn Bình"},
	},
	{
		name:      "a rank or a degree before the name",
		in:        "Dự hội nghị có Thiếu tướng Đặng Văn Khoa, Phó Tư lệnh Quân khu. Tới dự còn có PGS.TS Lưu Thị Nga, Giám đốc Học viện, và ThS Tạ Quang Vinh.",
		attendees: []string{"Đặng Văn Khoa", "Lưu Thị Nga", "Tạ Quang Vinh"},
	},
	{
		name:   "chủ trì hội nghị after the subject",
		in:     "Bí thư Huyện ủy Đinh Công Sơn chủ trì hội nghị.",
		chairs: []string{"Đinh Công Sơn"},
	},
	{
		name:   "Chủ trì hội nghị có",
		in:     "Chủ trì hội nghị có đồng chí Mai Văn Tâm, Bí thư Đảng ủy phường.",
		chairs: []string{"Mai Văn Tâm"},
	},
	{
		name:   "điều hành phần thảo luận",
		in:     "Sau phần báo cáo, đồng chí Phan Thanh Bình, Phó Chủ tịch HĐND tỉnh đã điều hành phần thảo luận.",
		chairs: []string{"Phan Thanh Bình"},
	},
	{
		name:   "quản lý điều hành is not chairing",
		in:     "Ông Phan Thanh Bình cho rằng việc quản lý điều hành bộ máy còn chậm.",
		reason: "điều hành without a meeting after it",
	},
	{
		name:   "Chủ tọa kỳ họp gồm",
		in:     "Chủ tọa kỳ họp gồm ông Lương Quốc Huy và bà Tạ Thị Nga.",
		chairs: []string{"Lương Quốc Huy", "Tạ Thị Nga"},
	},
	{
		name:   "do … chủ trì",
		in:     "Hội nghị do đồng chí Khuất Văn Đông, Bí thư Thị ủy chủ trì.",
		chairs: []string{"Khuất Văn Đông"},
	},
	{
		name:      "the list after an attendance line with no names",
		in:        "Tham dự kỳ họp có lãnh đạo Thường trực HĐND tỉnh, đại diện các sở, ngành của tỉnh.\n\nĐại diện lãnh đạo tỉnh: Đ/c Y Khoa Niê – TUV, PCT UBND tỉnh; Đ/c Điểu K'Ré – TUV, Bí thư Huyện ủy.",
		attendees: []string{"Y Khoa Niê", "Điểu K'Ré"},
		reason:    "ethnic-minority names with Y and Điểu, and a list that continues in the next paragraph",
	},
	{
		name:   "a chair is not also an attendee",
		in:     "Bí thư Quận ủy Trịnh Xuân Lộc chủ trì hội nghị. Đồng chí Trịnh Xuân Lộc cũng tham dự lễ trao quyết định.",
		chairs: []string{"Trịnh Xuân Lộc"},
	},
	{
		name:   "captions name nobody",
		in:     "Đồng chí Lâm Quang Hải dự hội nghị. Ảnh: Minh Anh\n\nĐồng chí Lâm Quang Hải phát biểu tại hội nghị.",
		reason: "a photo caption is not the report",
	},
	{
		name:   "a title alone is nobody",
		in:     "Bí thư Thành ủy Hà Nội chủ trì hội nghị. Đoàn công tác đã đến dự lễ khánh thành tại quận Hoàng Mai.",
		reason: "Hà Nội and Hoàng Mai are places, not people",
	},
	{
		name:   "site chrome ends the report",
		in:     "Quận ủy tổng kết năm\n\nSáng 5/1, Quận ủy tổ chức hội nghị tổng kết năm.\n\nHội nghị bế mạc chiều cùng ngày.\n\nCác bài mới đăng\n\nĐồng chí Nguyễn Văn Tú dự hội nghị tổng kết năm.",
		reason: "the list of other articles is not this report",
	},
	{
		name:   "an earlier meeting",
		in:     "Đúng một năm trước, cuộc họp do Chủ tịch HĐND Lê Thành Công chủ trì đã biểu quyết miễn nhiệm ông Dũng.",
		reason: "the chair of an earlier meeting",
	},
	{
		name:      "a short name resolves to the full one",
		in:        "Ông Đào Mạnh Hưng, Phó Bí thư Tỉnh ủy, được giới thiệu. Đây là lần đầu ông Hưng tham dự kỳ họp HĐND tỉnh.",
		attendees: []string{"Đào Mạnh Hưng"},
	},
	{
		name:      "Chủ tịch nước … đến dự",
		in:        "Sáng 15/10, Đại hội khai mạc, Chủ tịch nước Nguyễn Minh Triết đã đến dự.",
		attendees: []string{"Nguyễn Minh Triết"},
	},
	{
		name:      "sự tham dự của",
		in:        "Hội nghị có sự tham dự của đồng chí Kiều Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy.",
		attendees: []string{"Kiều Văn Long"},
	},
	{
		name:      "về phía tỉnh có",
		in:        "Dự hội nghị, về phía tỉnh có đồng chí Nguyễn Văn Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Thị Hằng, Phó Chủ tịch UBND tỉnh.",
		attendees: []string{"Nguyễn Văn Lợi", "Trần Thị Hằng"},
	},
	{
		name:      "a sentence opening on về phía … có",
		in:        "Sáng 9/3, Huyện ủy Ea Súp tổ chức hội nghị. Về phía tỉnh có đồng chí Y Niêm Byă, Phó Chủ tịch HĐND tỉnh; đồng chí Siu Thị Hơn, Phó Trưởng Ban Dân vận Tỉnh ủy.",
		attendees: []string{"Y Niêm Byă", "Siu Thị Hơn"},
		reason:    "each side's guests are listed after về phía … có",
	},
	{
		name:   "về phía with no list",
		in:     "Về phía huyện, có 5 xã đã đạt chuẩn nông thôn mới. Về phía người dân cũng cần tích cực tham gia.",
		reason: "a comma before có, or no có: not a list of guests",
	},
	{
		name:      "a heading before the list",
		in:        "Dự kỳ họp có các đồng chí lãnh đạo tỉnh: Đinh Văn Tâm, Chủ tịch HĐND tỉnh; Nay Phi La, Phó Chủ tịch UBND tỉnh.",
		attendees: []string{"Đinh Văn Tâm", "Nay Phi La"},
	},
	{
		name:      "về dự after the titles",
		in:        "Hội nghị vinh dự được đón đồng chí Tạ Quang Bình, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư về dự.",
		attendees: []string{"Tạ Quang Bình"},
	},
	{
		name:      "a delegation led by someone attends",
		in:        "Đoàn công tác do đồng chí Phạm Văn Tình dẫn đầu đến dự hội nghị.",
		attendees: []string{"Phạm Văn Tình"},
	},
	{
		name:      "a two-syllable name after a place the lists do not know",
		in:        "Bí thư Quận ủy Gò Vấp Lê Thanh tham dự.",
		attendees: []string{"Lê Thanh"},
	},
	{
		name:      "a chair whose title ends in a numbered district",
		in:        "Tới dự có đồng chí Võ Thị Lan - Phó Trưởng Ban Dân vận Thành ủy. Đồng chí Hồ Văn Tâm - Thành ủy viên, Bí thư Quận ủy quận 8 chủ trì hội nghị.",
		chairs:    []string{"Hồ Văn Tâm"},
		attendees: []string{"Võ Thị Lan"},
		reason:    "a number after a level word is the place the title names",
	},
	{
		name:   "a chair after a named district",
		in:     "Đồng chí Đỗ Minh Quang - Thành ủy viên, Bí thư Quận ủy quận Tân Bình chủ trì hội nghị.",
		chairs: []string{"Đỗ Minh Quang"},
	},
	{
		name:   "an abbreviated numbered district",
		in:     "Đồng chí Đỗ Minh Quang - Bí thư Quận ủy Q.3 điều hành phần thảo luận.",
		chairs: []string{"Đỗ Minh Quang"},
	},
	{
		name:      "double surnames",
		in:        "Trưởng Ban Dân vận Thành ủy TPHCM Lê Nguyễn Thanh Hương dự hội nghị. Tham dự còn có bà Tôn Nữ Minh Thư và ông Trần Phan Quốc Bảo.",
		attendees: []string{"Lê Nguyễn Thanh Hương", "Tôn Nữ Minh Thư", "Trần Phan Quốc Bảo"},
		reason:    "a surname right before a three-syllable name is part of it",
	},
	{
		name:      "Thái and other less common surnames",
		in:        "Dự kỳ họp có Phó Chủ tịch Quốc hội Tòng Thị Hoa; ông Sử Văn Tĩnh, Phó Chủ tịch UBND tỉnh và bà Bành Thị Lan, Trưởng Ban Dân tộc tỉnh.",
		attendees: []string{"Tòng Thị Hoa", "Sử Văn Tĩnh", "Bành Thị Lan"},
		reason:    "Tòng, Sử and Bành open names as the common surnames do",
	},
	{
		name:      "a place of two syllables after a level word is not a surname",
		in:        "Chủ tịch UBND huyện Văn Lâm Nguyễn Đức Thắng dự hội nghị.",
		attendees: []string{"Nguyễn Đức Thắng"},
	},
	{
		name:   "an earlier event",
		in:     "Trước đó, ông Đặng Văn Hiếu đã dự lễ khởi công cầu mới.",
		reason: "trước đó tells of another day",
	},
	{
		name:   "dự án is not dự",
		in:     "Ông Tống Văn Hải dự án xây dựng cầu mới.",
		reason: "dự án, dự toán, dự thảo are nouns",
	},
	{
		name:   "titles set off by a dash on each side, before the verb",
		in:     "Phiên họp do bà Đinh Thị Mai Hương - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh - điều hành.",
		chairs: []string{"Đinh Thị Mai Hương"},
		reason: "a dash closing the titles as a comma or bracket would makes the name the subject of the verb after it",
	},
	{
		name:      "a dashed aside in the word-segmented style, with en dashes",
		in:        "Ông Khúc Văn Lợi – Bí thư Huyện ủy – chủ trì buổi làm việc . Bà Âu Thị Thanh - Trưởng Ban Dân vận Huyện ủy - cũng dự .",
		chairs:    []string{"Khúc Văn Lợi"},
		attendees: []string{"Âu Thị Thanh"},
		reason:    "spaces before the stops and dashes normalised from en dashes still close the aside; an adverb may follow it",
	},
	{
		name:   "two dashed asides joined by và",
		in:     "Ông Khúc Văn Lợi - Bí thư Huyện ủy - và bà Âu Thị Thanh - Chủ tịch UBND huyện - đồng chủ trì hội nghị.",
		chairs: []string{"Khúc Văn Lợi", "Âu Thị Thanh"},
	},
	{
		name:      "vinh dự before có sự tham dự của",
		in:        "Buổi làm việc rất vinh dự có sự tham dự của đồng chí Quách Thị Ngân - Phó Chủ tịch UBND tỉnh. Đại hội cũng vinh dự có sự tham dự của ông Lò Văn Sơn, Trưởng Ban Tổ chức Tỉnh ủy.",
		attendees: []string{"Quách Thị Ngân", "Lò Văn Sơn"},
		reason:    "the dự of vinh dự, an honour, is no verb of attending; the guest is named after the verb that follows",
	},
	{
		name:      "a dashed aside whose title ends in an abbreviated city",
		in:        "Phiên chất vấn do ông Thạch Văn Dũng - Chủ tịch HĐND TP. Cần Thơ - điều hành . Có mặt tại phiên họp còn có bà Kiều Thị Nga - Phó Chủ tịch UBND TP. HCM .",
		chairs:    []string{"Thạch Văn Dũng"},
		attendees: []string{"Kiều Thị Nga"},
		reason:    "the stop of TP. is inside the title, so the dash after the city closes the aside",
	},
	{
		name:      "the presence, or the attendance and guidance, of a guest",
		in:        "Hội nghị còn có sự hiện diện của bà Mạc Thị Lụa, Phó Trưởng Ban Dân vận Thành ủy. Buổi làm việc có sự tham dự và chỉ đạo của đồng chí Hà Quốc Tuấn - Phó Bí thư Thường trực Thành ủy.",
		attendees: []string{"Mạc Thị Lụa", "Hà Quốc Tuấn"},
		reason:    "hiện diện is being present; the agent after 'sự tham dự và chỉ đạo của' took part",
	},
	{
		name:      "the guidance a meeting had, but not guidance followed",
		in:        "Kỳ họp vinh dự có sự chỉ đạo của đồng chí Phan Thế Vinh, Bí thư Tỉnh ủy. Theo sự chỉ đạo của ông Tạ Văn Cường, các huyện đã rà soát quỹ đất.",
		attendees: []string{"Phan Thế Vinh"},
		reason:    "the meeting having someone's guidance has that person there; a sentence acting on someone's guidance does not",
	},
	{
		name:   "a sentence opening on chủ trì and the meeting, the chair after the comma",
		in:     "Sáng 8/7, HĐND huyện Kim Sơn khai mạc kỳ họp thứ 12. Chủ trì kỳ họp, ông Hà Văn Lực, Chủ tịch HĐND huyện, đề nghị các đại biểu tập trung thảo luận.",
		chairs: []string{"Hà Văn Lực"},
		reason: "the clause before the comma has no subject of its own: the person after it chairs",
	},
	{
		name:      "a national leader attending and speaking, named after the clause",
		in:        "Tới dự và phát biểu tại phiên khai mạc kỳ họp thứ 9 HĐND tỉnh sáng 3/12, Phó Chủ tịch Quốc hội Trần Minh Khoa đánh giá cao kết quả tỉnh đạt được. Bà Lê Thị Thoa, Giám đốc Sở Tài chính, báo cáo dự toán ngân sách.",
		attendees: []string{"Trần Minh Khoa"},
		reason:    "tới dự và phát biểu tại + the meeting, then the subject: only the subject attends, not the people of the next sentences",
	},
	{
		name:   "điều hành opening the sentence",
		in:     "Điều hành phiên thảo luận, Chủ tịch HĐND tỉnh Lương Thị Hạnh nêu rõ cần làm rõ trách nhiệm của từng sở.",
		chairs: []string{"Lương Thị Hạnh"},
	},
	{
		name:   "the stop before the clause left out, the verb written with a capital",
		in:     "Các đại biểu thảo luận về dự thảo nghị quyết Chủ trì phiên họp, bà Đinh Thị Hoa - Phó Chủ tịch HĐND thành phố yêu cầu các sở trả lời rõ.",
		chairs: []string{"Đinh Thị Hoa"},
		reason: "a capitalised Chủ trì after a word in lower case opens a sentence whose stop is missing",
	},
	{
		name:      "a clause that names no meeting, or a list after có, is not the fronted clause",
		in:        "Dự kiến trong tuần tới, ông Vũ Văn Hải sẽ làm việc với các xã. Tham dự hội nghị có ông Chu Đức Anh, Phó Bí thư Huyện ủy, bà Mạc Thị Lan, Trưởng ban Dân vận Huyện ủy.",
		attendees: []string{"Chu Đức Anh", "Mạc Thị Lan"},
	},
	{
		name:   "dưới sự điều hành của a session's chair, and no one from the clause after",
		in:     "Chiều 6/12, dưới sự điều hành của Phó Chủ tịch HĐND tỉnh Lưu Văn Khải, kỳ họp đã nghe Giám đốc Sở Tài chính Đoàn Thị Minh trình bày tờ trình về dự toán ngân sách.",
		chairs: []string{"Lưu Văn Khải"},
		reason: "a clause with đã between two people is no list: the second person presents, she does not chair",
	},
	{
		name:   "dưới sự điều hành of a government is no chair",
		in:     "Dưới sự điều hành của Chủ tịch UBND tỉnh Trịnh Quốc Vũ, tỉnh đã thu hút nhiều dự án lớn.",
		reason: "without a sitting in the sentence, điều hành is running the province",
	},
	{
		name:   "vẫn before the verb, and a department in an ampersand acronym",
		in:     "Dù là ngày nghỉ, ông Tô Văn Lâm, Giám đốc Sở NN&PTNT tỉnh, vẫn chủ trì cuộc họp về phòng chống hạn.",
		chairs: []string{"Tô Văn Lâm"},
	},
	{
		name:      "an event named in words of its own before có",
		in:        "Tham dự hội đàm về phía Việt Nam có: Phó Thủ tướng Khổng Minh Đạt; Bộ trưởng Bộ Công Thương Vi Thị Hằng. Dự buổi công bố dự thảo kết luận thanh tra có Chủ tịch UBND tỉnh Lục Văn Hòa.",
		attendees: []string{"Khổng Minh Đạt", "Vi Thị Hằng", "Lục Văn Hòa"},
		reason:    "the words between the verb and có name the event; no verb, clause word or person stands among them",
	},
	{
		name:      "có after an event that lists no one carries nobody over",
		in:        "Tham dự cuộc thi năm nay có hơn 700 đội.\n\nÔng Lê Văn Tâm, Trưởng ban tổ chức, cho biết giải thưởng tăng gấp đôi.",
		attendees: nil,
		reason:    "a loose reading that names nobody does not make the next paragraph's people guests",
	},
	{
		name:   "dự và chủ trì: the chair who came",
		in:     "Đồng chí Hầu Văn Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị.",
		chairs: []string{"Hầu Văn Lâm"},
		reason: "the subject of the first of two joined role verbs is the second's too; a chair is not listed again as a guest",
	},
	{
		name:   "a name set off by dashes before the verb",
		in:     "Sáng 14/6, Chủ tịch UBND tỉnh - ông Phí Văn Đức - đã chủ trì buổi làm việc với các sở.",
		chairs: []string{"Phí Văn Đức"},
	},
	{
		name:   "a national committee's name in lower case after its first word",
		in:     "Phó Thủ tướng Kha Văn Tùng, Chủ tịch Ủy ban An toàn giao thông quốc gia đã chủ trì hội nghị.",
		chairs: []string{"Kha Văn Tùng"},
	},
	{
		name:      "the people who came with the subject, unnamed",
		in:        "Bí thư Thành ủy Ngô Văn Tuấn cùng các lãnh đạo UBND thành phố, Sở Giao thông vận tải đã đến dự.",
		attendees: []string{"Ngô Văn Tuấn"},
		reason:    "X cùng + the company: X is the subject of the verb after it",
	},
	{
		name:      "the people who came with the subject, after và",
		in:        "Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy và các đồng chí lãnh đạo các sở, ngành thành phố cũng tới dự hội nghị. Bà Lê Thị Hoa, Chủ tịch HĐND huyện và đại diện các ban, ngành đã có mặt.",
		attendees: []string{"Nguyễn Văn An", "Lê Thị Hoa"},
		reason:    "X và + a group named by what its members are: X is the subject of the verb after it",
	},
	{
		name:      "a group of guests listed before the people named",
		in:        "Cùng dự có lãnh đạo Ban Thường vụ Đảng ủy Công an tỉnh; Đại tá Lê Văn Hải, Phó Giám đốc Công an tỉnh; Đại tá Vũ Đình Khang, Phó Giám đốc Công an tỉnh. Tham dự hội nghị còn có đại diện lãnh đạo các sở, ngành thành phố và đồng chí Trịnh Quốc Bảo, Phó Chủ tịch UBND huyện.",
		attendees: []string{"Lê Văn Hải", "Vũ Đình Khang", "Trịnh Quốc Bảo"},
		reason:    "a first item led by lãnh đạo/đại diện and closed by ';', ',' or 'và' is no heading: the people after it are listed",
	},
	{
		name:      "a long event with its host and day between the verb and its list",
		in:        "Dự và chỉ đạo hội nghị sơ kết công tác quý I của Công ty Điện lực Gia Lâm ngày 11/3 có các đồng chí: Lê Văn Hải - Phó Chủ tịch UBND huyện; Vũ Đình Khang - Trưởng phòng Kinh tế huyện.",
		attendees: []string{"Lê Văn Hải", "Vũ Đình Khang"},
		reason:    "the event the verb names may run to twenty-four tokens before có",
	},
	{
		name:      "a longer heading before the colon of a list",
		in:        "Tới dự có các đồng chí lãnh đạo tỉnh Tuyên Quang như: ông Ma Văn Khiêm - Bí thư Tỉnh ủy; bà Hà Thị Nguyệt - Phó Chủ tịch UBND tỉnh.",
		attendees: []string{"Ma Văn Khiêm", "Hà Thị Nguyệt"},
	},
	{
		name:      "two people after the fronted clause",
		in:        "Đến dự đại hội, đồng chí Trịnh Văn Tùng, Bí thư Tỉnh ủy và đồng chí Lò Thị Mai, Chủ tịch UBND tỉnh tặng hoa chúc mừng đại hội. Đồng chí Hoàng Văn Hòa báo cáo chính trị.",
		attendees: []string{"Trịnh Văn Tùng", "Lò Thị Mai"},
	},
	{
		name:   "a passive chair, its agent after bởi; a clause after sau khi lists nobody",
		in:     "Ngày 4/6, HĐND tỉnh Lạng Sơn họp phiên bất thường. Phiên họp được điều hành bởi Chủ tịch HĐND tỉnh Lục Thị Hậu, sau khi ông Lương Văn Tú, Chánh Văn phòng đọc tờ trình.",
		chairs: []string{"Lục Thị Hậu"},
		reason: "bởi names the agent as của does; khi opens a clause, not a list",
	},
	{
		name:   "a chair verb naming the presidium, which lists its members",
		in:     "Sáng 15/8, Đảng bộ xã Hòa Bình khai mạc Đại hội lần thứ XVIII. Điều hành đại hội là Đoàn Chủ tịch gồm các đồng chí: Tống Văn Kiên, Bí thư Đảng ủy xã; Mã Thị Hằng, Chủ tịch UBND xã.",
		chairs: []string{"Tống Văn Kiên", "Mã Thị Hằng"},
		reason: "a list that names nobody after the verb leaves the presidium's own list to be read",
	},
	{
		name:      "an organ's acronym in brackets inside a guest's title",
		in:        "Chiều 20/3, huyện Thanh Sơn ra quân trồng năm nghìn cây keo đầu năm. Đến dự buổi ra quân có Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam Lê Văn Quý, Chủ tịch Hội Nông dân tỉnh Trần Văn Lực; Giám đốc Sở Giao thông Vận tải (GTVT) Đào Minh Hải.",
		attendees: []string{"Lê Văn Quý", "Trần Văn Lực", "Đào Minh Hải"},
		reason:    "(MTTQ) and (GTVT) are asides of the title, which runs on to the name",
	},
	{
		name:      "national leaders listed by the committees of the National Assembly they head",
		in:        "Sáng 3/10, đoàn Quốc hội Campuchia sang thăm và làm việc tại Hà Nội. Cùng dự buổi đón đoàn có các đồng chí: Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng; Trưởng Ban Công tác đại biểu Lê Minh Châu; Chánh án Tòa án nhân dân tối cao Võ Đức Hiển.",
		attendees: []string{"Hoàng Thanh Tùng", "Lê Minh Châu", "Võ Đức Hiển"},
		reason:    "Pháp luật, Công tác đại biểu and tối cao are organ words: the titles run on to the names",
	},
	{
		name:      "the leader of a delegation that attends",
		in:        "Sáng 9/8, hội nghị bộ trưởng ngoại giao ASEAN khai mạc tại Viêng Chăn. Phó Thủ tướng, Bộ trưởng Ngoại giao Trịnh Văn An dẫn đầu đoàn Việt Nam tham dự hội nghị.",
		attendees: []string{"Trịnh Văn An"},
		reason:    "dẫn đầu đoàn …: the one who leads the delegation attends with it",
	},
	{
		name:      "a task's lead office, chủ trì phối hợp, chairs no sitting",
		in:        "Chiều 3/4, UBND quận Hải Châu họp về công tác tuyển sinh. Ông Phan Văn Long, Giám đốc Sở GD-ĐT dự họp. Chủ tịch UBND quận Lê Thị Tâm giao Giám đốc Sở GD-ĐT chủ trì, phối hợp với các phường rà soát số học sinh.",
		attendees: []string{"Phan Văn Long"},
		reason:    "chủ trì, phối hợp gives the lead of a task, not of a meeting",
	},
	{
		name:   "a firm run by someone is no chaired sitting",
		in:     "Ngày 4/6, HĐND tỉnh Lạng Sơn họp phiên bất thường. Khu nghỉ dưỡng được điều hành bởi ông Lương Văn Tú, Giám đốc công ty.",
		reason: "điều hành bởi chairs only with a sitting in the sentence",
	},
	{
		name:      "a subject before đến tham dự, and a dead man whose family comes",
		in:        "Sáng 12/9, trường Chính trị tỉnh khai giảng lớp cao cấp lý luận chính trị. Phó Bí thư Tỉnh ủy Hà Văn Lâm đã đến tham dự. Chiều cùng ngày, con đường mang tên ông Trịnh Văn Bảo được gắn biển; lãnh đạo thành phố cùng thân nhân gia đình ông Trịnh Văn Bảo đã tới tham dự.",
		attendees: []string{"Hà Văn Lâm"},
		reason:    "đến and tới may open tham dự, so the subject is looked for before them; a person named after gia đình does not come",
	},
	{
		name:      "a list opening on a group with an office in it, and a long title closed by a semicolon",
		in:        "Chiều 14/4, Công an tỉnh Thái Bình tổng kết đợt cao điểm trấn áp tội phạm. Cùng dự có lãnh đạo Đảng ủy, Ban Giám đốc Công an tỉnh; Đại tá Phạm Văn Lộc, Phó Cục trưởng, Cục C07, Tổng cục Cảnh sát (Bộ Công an), thành viên Tổ công tác liên ngành năm 2024 của Bộ; Thượng tá Đinh Thị Hoa, Trưởng phòng Tham mưu.",
		attendees: []string{"Phạm Văn Lộc", "Đinh Thị Hoa"},
		reason:    "the office inside the opening group is read with the group up to its semicolon; a title the scan cannot read runs to the semicolon of its item",
	},
	{
		name:      "the year of an event after its acronym, inside a title",
		in:        "Sáng 12/5, Hội nghị các quan chức cao cấp khai mạc tại Nha Trang. Thứ trưởng Bộ Ngoại giao Lê Hoài Nam, Chủ tịch SOM APEC 2027, đã tới dự và phát biểu khai mạc phiên họp.",
		attendees: []string{"Lê Hoài Nam"},
		reason:    "2027 after APEC belongs to the title, which the verb follows past its comma",
	},
	{
		name:      "titles chained by dashes, and the organ Ban Chỉ đạo",
		in:        "Sáng 15/5, Ban Tuyên giáo Tỉnh ủy Đắk Lắk họp báo về lễ hội cà phê. Ông Trần Văn Hòa - Ủy viên Ban Thường vụ Tỉnh ủy - Trưởng ban Tuyên giáo Tỉnh ủy đến dự họp báo. Ông Lê Văn Mạnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Lễ hội chủ trì họp báo.",
		chairs:    []string{"Lê Văn Mạnh"},
		attendees: []string{"Trần Văn Hòa"},
		reason:    "a title after a dash chains on a name whose titles began with a dash; Chỉ đạo after Ban names the organ, not the verb",
	},
	{
		name:      "armed units and programmes known by their number, inside titles",
		in:        "Sáng 5/3, Bộ Chỉ huy Quân sự tỉnh Bình Phước tổng kết công tác quốc phòng. Thiếu tướng Trần Văn Bảy, Phó Tư lệnh Quân khu 7 dự và chỉ đạo hội nghị. Dự hội nghị có Đại tá Lê Văn Hòa, Chính ủy Sư đoàn 302; Thượng tá Võ Minh Tâm, Chủ nhiệm Đề án 2.",
		attendees: []string{"Trần Văn Bảy", "Lê Văn Hòa", "Võ Minh Tâm"},
		reason:    "Quân khu 7, Sư đoàn 302 and Đề án 2 end the titles with their number, so the subject and the list are read past them",
	},
	{
		name:      "a second attend verb inside the sentence of a list",
		in:        "Sáng 9/1, Chính phủ họp trực tuyến với các địa phương. Cùng dự có Phó Thủ tướng Lê Minh Khải; Bộ trưởng Bộ Tài chính Hồ Đức Phớc; tham dự tại điểm cầu Hà Nội có Bí thư Thành ủy Đinh Tiến Dũng; ông Trần Sỹ Thanh, Chủ tịch UBND thành phố.",
		attendees: []string{"Lê Minh Khải", "Hồ Đức Phớc", "Đinh Tiến Dũng", "Trần Sỹ Thanh"},
		reason:    "the scan goes on where the first list ended, and reads the second verb's own list",
	},
	{
		name:      "a name of two syllables that the title after a comma runs into",
		in:        "Sáng 21/6, Hội Nhà báo tỉnh Nghệ An trao giải báo chí năm 2024. Đến dự có Trưởng Ban Tuyên giáo Tỉnh ủy Hồ Văn Tuấn, Giám đốc Sở Tư pháp Lê Quý; Chủ tịch Hội Nhà báo tỉnh Phan Thị Hà.",
		attendees: []string{"Hồ Văn Tuấn", "Lê Quý", "Phan Thị Hà"},
		reason:    "the titles after the comma are Lê Quý's, whose name of two syllables ends the item",
	},
	{
		name:      "a bracketed aside inside a title, before the name",
		in:        "Chiều 8/4, huyện Tân Yên tổng kết phong trào nông thôn mới. Dự hội nghị có Phó Giám đốc Sở Nông nghiệp (Bắc Giang) Lương Văn Tùng; Chủ tịch UBND xã Ngọc Vân (huyện Tân Yên) Dương Thị Lụa.",
		attendees: []string{"Lương Văn Tùng", "Dương Thị Lụa"},
		reason:    "the province or district in brackets belongs to the title, which runs on to the name after it",
	},
	{
		name:      "dự và có bài phát biểu, and danh dự, an honour",
		in:        "Sáng 12/10, Hội Cựu chiến binh tỉnh Tiền Giang kỷ niệm 30 năm thành lập. Phó Chủ tịch nước Võ Thị Thu đã tới dự và có bài phát biểu chúc mừng. Buổi lễ có sự tham dự của ông Lâm Văn Sang - Chủ tịch danh dự Hội Cựu chiến binh tỉnh; ông Trần Minh Đức - Chủ tịch UBND tỉnh. Các đại biểu nhắc tới danh dự của người lính.",
		attendees: []string{"Võ Thị Thu", "Lâm Văn Sang", "Trần Minh Đức"},
		reason:    "có after và is a second predicate, not the list of a role verb; dự after danh is the honour, which neither ends a list nor names one",
	},
	{
		name:      "names of two syllables listed after a heading's colon or after another name",
		in:        "Sáng 2/6, Tỉnh ủy Lai Châu tổng kết công tác tuyên giáo. Dự hội nghị có nguyên Bí thư Tỉnh ủy: Lò Văn Puốn, Giàng Páo; các Phó Chủ tịch UBND tỉnh: Tống Thanh Hải, Hà Trọng, Lê Văn Lương. Ảnh: Vũ Linh.",
		attendees: []string{"Lò Văn Puốn", "Giàng Páo", "Tống Thanh Hải", "Hà Trọng", "Lê Văn Lương"},
		reason:    "two capitalised syllables are a name when a list of people holds them; the photo's credit after Ảnh: is no one",
	},
}

func TestPeople(t *testing.T) {
	for _, tt := range peopleTests {
		t.Run(tt.name, func(t *testing.T) {
			m := peopleOf(tt.in)
			if got := personNames(m.Chairs); !reflect.DeepEqual(got, tt.chairs) {
				t.Errorf("chairs = %q; want %q (%s)", got, tt.chairs, tt.reason)
			}
			if got := personNames(m.Attendees); !reflect.DeepEqual(got, tt.attendees) {
				t.Errorf("attendees = %q; want %q (%s)", got, tt.attendees, tt.reason)
			}
		})
	}
}

func TestPersonTitles(t *testing.T) {
	tests := []struct {
		in     string
		name   string
		titles []string
	}{
		{
			"Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Cầu Giấy Phạm Minh Đức tham dự.",
			"Phạm Minh Đức", []string{"Ủy viên Ban Thường vụ Thành ủy", "Bí thư Quận ủy Cầu Giấy"},
		},
		{
			"Dự có đồng chí Trần Thị Hoa - Phó Bí thư Thường trực Quận uỷ, Chủ tịch HĐND quận.",
			"Trần Thị Hoa", []string{"Phó Bí thư Thường trực Quận ủy", "Chủ tịch HĐND quận"},
		},
		{
			"Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Trung chủ trì hội nghị.",
			"Hoàng Văn Trung", []string{"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"},
		},
		{
			"Phó Chủ tịch Thường trực HĐND TP Nguyễn Ngọc Lâm chủ trì cuộc họp.",
			"Nguyễn Ngọc Lâm", []string{"Phó Chủ tịch Thường trực HĐND TP"},
		},
		{
			"Tham dự có đồng chí Ksor Thị Hoa, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.",
			"Ksor Thị Hoa", []string{"UV BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"},
		},
		{
			"Dự có ông Khúc Văn Lợi, Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
			"Khúc Văn Lợi", []string{"Giám đốc Sở Văn hóa, Thể thao và Du lịch"},
		},
		{
			// offices of the state and the army whose organ words were not read
			"Ông Khổng Văn Đạt, Giám đốc Bảo hiểm xã hội tỉnh chủ trì hội nghị.",
			"Khổng Văn Đạt", []string{"Giám đốc Bảo hiểm xã hội tỉnh"},
		},
		{
			"Dự có Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Đinh Văn Khải.",
			"Đinh Văn Khải", []string{"Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"},
		},
		{
			// boards named by what they do, the second syllable in lower case
			"Ông Mạc Đình Phú, Trưởng ban Quản lý các khu công nghiệp tỉnh chủ trì hội nghị.",
			"Mạc Đình Phú", []string{"Trưởng ban Quản lý các khu công nghiệp tỉnh"},
		},
		{
			// a rank after the marker; a capitalised organ word whose second syllable is in lower case
			"Dự có đồng chí Đại tá Lục Văn Khang, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện.",
			"Lục Văn Khang", []string{"Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"},
		},
		{
			"Bà Âu Thị Mai, Hiệu trưởng Trường Chính trị tỉnh dự hội nghị.",
			"Âu Thị Mai", []string{"Hiệu trưởng Trường Chính trị tỉnh"},
		},
		{
			// whose body the office is, and which of its teams, after the name
			"Ông Hầu Văn Chiến, Trưởng đoàn kiểm tra số 12 của Ban Thường vụ Tỉnh ủy, dự hội nghị.",
			"Hầu Văn Chiến", []string{"Trưởng đoàn kiểm tra số 12 của Ban Thường vụ Tỉnh ủy"},
		},
		{
			"Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội Kiều Thị Thoa dự hội nghị.",
			"Kiều Thị Thoa", []string{"Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội"},
		},
		{
			// a department's second field in lower case, before the name
			"Dự có Giám đốc Sở Tài nguyên và môi trường Hà Văn Bình.",
			"Hà Văn Bình", []string{"Giám đốc Sở Tài nguyên và môi trường"},
		},
		{
			"Bộ trưởng Bộ Thông tin và truyền thông Lê Quang Thái dự hội nghị.",
			"Lê Quang Thái", []string{"Bộ trưởng Bộ Thông tin và truyền thông"},
		},
		{
			"Tham dự có Phó Giám đốc Sở Nông nghiệp và phát triển nông thôn Vũ Thị Hoa.",
			"Vũ Thị Hoa", []string{"Phó Giám đốc Sở Nông nghiệp và phát triển nông thôn"},
		},
		{
			"Đồng chí Kiều Văn Thành, Ủy viên Trung ương Đảng, Tổng Thư ký Quốc hội dự kỳ họp.",
			"Kiều Văn Thành", []string{"Ủy viên Trung ương Đảng", "Tổng Thư ký Quốc hội"},
		},
		{
			"Đại biểu Quốc hội Vàng A Dình dự kỳ họp.",
			"Vàng A Dình", []string{"Đại biểu Quốc hội"},
		},
		{
			"Đồng chí Hầu Văn Tấn, Ủy viên Trung ương Đảng khóa XII, Bí thư Tỉnh ủy chủ trì hội nghị.",
			"Hầu Văn Tấn", []string{"Ủy viên Trung ương Đảng khóa XII", "Bí thư Tỉnh ủy"},
		},
		{
			"Hội nghị do ông Lã Văn Khải, Chủ tịch Hội Luật gia tỉnh khoá 5 chủ trì.",
			"Lã Văn Khải", []string{"Chủ tịch Hội Luật gia tỉnh khóa 5"},
		},
		{
			"Đến dự có ông Lưu Văn Phúc – Trưởng Ban Văn hóa - Xã hội HĐND tỉnh.",
			"Lưu Văn Phúc", []string{"Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"},
		},
		{
			"Tham dự có ông Đàm Quang Vinh - Phó Chủ tịch Hội Luật gia Việt Nam.",
			"Đàm Quang Vinh", []string{"Phó Chủ tịch Hội Luật gia Việt Nam"},
		},
		{
			"Dự có ông Lã Văn Tình, Phó Giám đốc Sở TN&MT.",
			"Lã Văn Tình", []string{"Phó Giám đốc Sở TN&MT"},
		},
		{
			// the dash between the acronyms of a department, glued or spaced, is no end of the title
			"Tới dự có Giám đốc Sở GD-ĐT Lương Thị Hạnh.",
			"Lương Thị Hạnh", []string{"Giám đốc Sở GD-ĐT"},
		},
		{
			"Tới dự có Thống đốc Ngân hàng Nhà nước Phan Minh Đức.",
			"Phan Minh Đức", []string{"Thống đốc Ngân hàng Nhà nước"},
		},
		{
			// Đoàn after Trung ương is the Youth Union, not a surname before the name
			"Tới dự có Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Văn Sang.",
			"Lê Văn Sang", []string{"Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
		},
		{
			"Dự có Tổng Thanh tra Chính phủ Lại Văn Khang.",
			"Lại Văn Khang", []string{"Tổng Thanh tra Chính phủ"},
		},
		{
			"Có mặt tại lễ đón có Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc Tạ Minh Khôi.",
			"Tạ Minh Khôi", []string{"Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc"},
		},
		{
			"Tham dự có Trưởng Ban Dân nguyện Hà Văn Lộc.",
			"Hà Văn Lộc", []string{"Trưởng Ban Dân nguyện"},
		},
		{
			"Chủ tịch UBND TP.Hà Nội Lê Văn Bình chủ trì cuộc họp.",
			"Lê Văn Bình", []string{"Chủ tịch UBND TP.Hà Nội"},
		},
		{
			"Dự có Bộ trưởng NN & PTNT Đặng Quốc Khánh.",
			"Đặng Quốc Khánh", []string{"Bộ trưởng NN & PTNT"},
		},
		{
			"Tới dự có Bộ trưởng Bộ NN - PTNT Đặng Quốc Khánh.",
			"Đặng Quốc Khánh", []string{"Bộ trưởng Bộ NN - PTNT"},
		},
		{
			// "Nông" opens a surname, but "Nông nghiệp", in lower case after it, is an organ's word
			"Tham dự có Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hà Công Tuấn.",
			"Hà Công Tuấn", []string{"Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
		},
		{
			"Dự hội nghị có Chủ tịch Hội Nông dân tỉnh Lò Văn Páo.",
			"Lò Văn Páo", []string{"Chủ tịch Hội Nông dân tỉnh"},
		},
		{
			// three capitalised words after a level word: a full name, not a place and a name
			"Phó Chủ tịch UBND tỉnh Dương Tất Khang dự hội nghị.",
			"Dương Tất Khang", []string{"Phó Chủ tịch UBND tỉnh"},
		},
		{
			"Bí thư Huyện ủy huyện Trần Lâm Hùng dự hội nghị.",
			"Trần Lâm Hùng", []string{"Bí thư Huyện ủy huyện"},
		},
	}
	for _, tt := range tests {
		m := peopleOf(tt.in)
		all := append(m.Chairs, m.Attendees...)
		if len(all) != 1 || all[0].Name != tt.name || !reflect.DeepEqual(all[0].Titles, tt.titles) {
			t.Errorf("people of %q = %+v; want %s %q", tt.in, all, tt.name, tt.titles)
		}
	}
}

// TestAppositiveTitles checks who holds a title written between two names:
// the name after it when the title runs straight into that name, the name
// before it when the title ends the clause or a verb follows.
func TestAppositiveTitles(t *testing.T) {
	tests := []struct {
		in     string
		titles map[string][]string
	}{
		{
			"Ông Đặng Quốc Khánh, Chủ tịch UBND TP Vũ Thị Mai dự hội nghị.",
			map[string][]string{"Đặng Quốc Khánh": nil, "Vũ Thị Mai": {"Chủ tịch UBND TP"}},
		},
		{
			"Đồng chí Lý Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Thị Nga tham dự.",
			map[string][]string{"Lý Văn Sơn": nil, "Hà Thị Nga": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"}},
		},
		{
			"Đồng chí Lý Văn Sơn - Phó Bí thư Tỉnh ủy dự hội nghị.",
			map[string][]string{"Lý Văn Sơn": {"Phó Bí thư Tỉnh ủy"}},
		},
		{
			"Dự có ông Lý Văn Sơn, Phó Bí thư Tỉnh ủy và bà Hà Thị Nga, Chủ tịch HĐND tỉnh.",
			map[string][]string{"Lý Văn Sơn": {"Phó Bí thư Tỉnh ủy"}, "Hà Thị Nga": {"Chủ tịch HĐND tỉnh"}},
		},
	}
	for _, tt := range tests {
		m := peopleOf(tt.in)
		got := map[string][]string{}
		for _, p := range append(m.Chairs, m.Attendees...) {
			got[p.Name] = p.Titles
		}
		if !reflect.DeepEqual(got, tt.titles) {
			t.Errorf("titles of %q = %q; want %q", tt.in, got, tt.titles)
		}
	}
}

// TestPeopleVariants checks that NFD text, old-style tone marks and CRLF
// give the same people (their spans differ with the bytes).
func TestPeopleVariants(t *testing.T) {
	for _, tt := range peopleTests {
		want := peopleOf(tt.in)
		for name, v := range peopleVariants(tt.in) {
			got := peopleOf(v)
			got.Chairs, got.Attendees = withoutSpans(got.Chairs), withoutSpans(got.Attendees)
			want.Chairs, want.Attendees = withoutSpans(want.Chairs), withoutSpans(want.Attendees)
			if !reflect.DeepEqual(got.Chairs, want.Chairs) || !reflect.DeepEqual(got.Attendees, want.Attendees) {
				t.Errorf("%s, %s: got %+v %+v; want %+v %+v", tt.name, name, got.Chairs, got.Attendees, want.Chairs, want.Attendees)
			}
		}
	}
}

// withoutSpans returns ps with every Start and End zero.
func withoutSpans(ps []Person) []Person {
	out := slices.Clone(ps)
	for i := range out {
		out[i].Start, out[i].End = 0, 0
	}
	return out
}

// peopleVariants returns src in NFD, with CRLF line ends, and with old-style
// tone marks and no-break spaces.
func peopleVariants(src string) map[string]string {
	return map[string]string{
		"NFD":                norm.NFD.String(src),
		"CRLF":               strings.ReplaceAll(src, "\n", "\r\n"),
		"old tones and NBSP": strings.NewReplacer("ủy", "uỷ", "hòa", "hoà", "Thành ủy", "Thành\u00a0uỷ").Replace(src),
	}
}

func TestPeopleNeverPanics(t *testing.T) {
	for _, s := range []string{"", "ông", "đồng chí:", "Bí thư", "dưới sự chủ trì của", "Đến dự có", "\xff\xfe", "Nguyễn", "- Thứ nhất,", "Y K H'", "ông \"", strings.Repeat("Bí thư Quận ủy ", 500)} {
		peopleOf(s)
	}
}

func FuzzPeople(f *testing.F) {
	for _, tt := range peopleTests {
		f.Add(tt.in)
	}
	for _, tt := range directiveTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := peopleOf(s)
		for _, d := range m.Directives {
			if d.Start < 0 || d.End > len(s) || d.Start > d.End || s[d.Start:d.End] != d.Text {
				t.Fatalf("span [%d:%d] of %q does not give %q", d.Start, d.End, s, d.Text)
			}
			if d.Issuer == nil || d.Issuer.Name == "" {
				t.Fatalf("directive without issuer in %q", s)
			}
		}
		for _, p := range append(m.Chairs, m.Attendees...) {
			if p.Name == "" {
				t.Fatalf("nameless person in %q", s)
			}
		}
	})
}
