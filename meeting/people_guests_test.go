package meeting

import (
	"reflect"
	"testing"
)

// guestTests: a leader of a higher level who speaks at a body's meeting
// attends it; the body's own leaders who speak do not.
var guestTests = []struct {
	name      string
	in        string
	attendees []string
}{
	{
		name:      "a national leader speaking at a district council's session",
		in:        "Sáng 12/7, HĐND huyện Yên Dũng khóa XIX khai mạc kỳ họp thứ 7. Phát biểu tại kỳ họp, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Hòa ghi nhận những kết quả huyện đạt được.",
		attendees: []string{"Trần Văn Hòa"},
	},
	{
		name:      "a province's leader speaking with guidance, named before the title",
		in:        "Chiều 3/4, Huyện ủy Lục Nam tổ chức Hội nghị lần thứ 9. Phát biểu chỉ đạo tại hội nghị, đồng chí Lê Thị Thu, Phó Bí thư Tỉnh ủy đề nghị huyện tập trung tháo gỡ khó khăn.",
		attendees: []string{"Lê Thị Thu"},
	},
	{
		name:      "a speech whose meeting follows its kind with no tại",
		in:        "Sáng 21/12, Huyện ủy Tam Nông tổ chức hội nghị tổng kết năm. Phát biểu chỉ đạo hội nghị, đồng chí Hà Thị Lý, Phó Chủ tịch UBND tỉnh biểu dương những cố gắng của huyện. Phát biểu bế mạc hội nghị, đồng chí Đinh Văn Tú, Bí thư Huyện ủy nhấn mạnh các nhiệm vụ trọng tâm.",
		attendees: []string{"Hà Thị Lý"},
	},
	{
		name:      "a sentence opening on the meeting, the speech after the name",
		in:        "Ngày 5/9, Đảng bộ quận Hoàng Mai tổ chức hội nghị sơ kết. Tại hội nghị, đồng chí Phạm Văn Lộc, Phó Chủ tịch UBND thành phố phát biểu, biểu dương những cố gắng của quận.",
		attendees: []string{"Phạm Văn Lộc"},
	},
	{
		name: "the body's own secretary, also on the province's committee, hosts",
		in:   "Sáng 12/7, HĐND huyện Yên Dũng khóa XIX khai mạc kỳ họp thứ 7. Phát biểu tại kỳ họp, đồng chí Ngô Văn Sơn, Tỉnh ủy viên, Bí thư Huyện ủy đề nghị các đại biểu phát huy trách nhiệm.",
	},
	{
		name: "a city's secretary at the city's own conference hosts",
		in:   "Chiều 28/6, Ban Chấp hành Đảng bộ thành phố Hải Phòng tổ chức Hội nghị lần thứ 10. Phát biểu bế mạc hội nghị, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Đỗ Minh Tâm nhấn mạnh các cấp ủy cần tập trung lãnh đạo.",
	},
	{
		name: "a press briefing is not the meeting",
		in:   "Sáng 12/7, HĐND huyện Yên Dũng khóa XIX khai mạc kỳ họp thứ 7. Phát biểu tại buổi họp báo, Thứ trưởng Bộ Tài chính Vũ Minh Hải cho biết kết quả.",
	},
	{
		name: "a speech named after the speaker alone is most often a caption",
		in:   "Sáng 12/7, HĐND huyện Yên Dũng khóa XIX khai mạc kỳ họp thứ 7. Đồng chí Vũ Minh Hải, Thứ trưởng Bộ Tài chính phát biểu tại kỳ họp.",
	},
	{
		name: "a body whose level is not known has no guests",
		in:   "Sáng 9/3, Bộ Nông nghiệp tổ chức hội nghị về xuất khẩu tôm. Phát biểu tại hội nghị, Phó Thủ tướng Hà Văn Thịnh cho rằng ngành tôm có nhiều cơ hội.",
	},
}

func TestGuestSpeakers(t *testing.T) {
	for _, tt := range guestTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := personNames(m.Attendees); !reflect.DeepEqual(got, tt.attendees) {
				t.Errorf("attendees = %q; want %q (body %q %q)", got, tt.attendees, m.Body.Level, m.Body.Locality)
			}
		})
	}
}

func TestTitleRank(t *testing.T) {
	tests := []struct {
		title, level string
		want         int
	}{
		{"ủy viên bộ chính trị", "tỉnh", 3},
		{"phó bí thư tỉnh ủy", "huyện", 2},
		{"bí thư thành ủy", "quận", 2},
		{"bí thư thành ủy", "thành phố", 2},
		{"bí thư thành ủy", "xã", 1},
		{"bí thư huyện ủy", "huyện", 1},
		{"chủ tịch ubnd xã", "xã", 0},
		{"trưởng phòng nội vụ", "huyện", -1},
		{"chủ tịch ubnd thị xã", "xã", 1}, // "thị xã" above the "xã" in it
	}
	for _, tt := range tests {
		if got := titleRank(tt.title, tt.level); got != tt.want {
			t.Errorf("titleRank(%q, %q) = %d; want %d", tt.title, tt.level, got, tt.want)
		}
	}
}
