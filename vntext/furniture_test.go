package vntext

import (
	"strings"
	"testing"
)

// TestFindArticle has one row per furniture rule: the text, where the
// report ends (the line it ends before, or "" for the whole text) and the
// lines inside it that are furniture.
func TestFindArticle(t *testing.T) {
	const head = "Huyện ủy họp sơ kết\n\nSáng 5/7, Huyện ủy tổ chức hội nghị sơ kết.\n\nHội nghị thống nhất các chỉ tiêu.\n\n"
	for _, tt := range []struct {
		name, in string
		endAt    string   // the line the report ends before, or ""
		inside   []string // lines before it that are furniture
	}{
		{name: "no furniture", in: head + "Hội nghị bế mạc cùng ngày."},
		{name: "newer articles end it", in: head + "Tin mới hơn\n\nÔng An chủ trì họp.", endAt: "Tin mới hơn"},
		{name: "a comment counter with its count", in: head + "Tổng lượt bình luận: 0\nÔng An dự.", endAt: "Tổng lượt bình luận: 0"},
		{name: "comments, a count in brackets", in: head + "Bình luận (3)\nÔng An dự.", endAt: "Bình luận (3)"},
		{name: "a decorated heading", in: head + ">> Các tin khác\nÔng An dự.", endAt: ">> Các tin khác"},
		{name: "a share bar", in: head + "Chia sẻ bài viết:\nÔng An dự.", endAt: "Chia sẻ bài viết:"},
		{name: "a heading in the first lines is a menu", in: "Bình luận\nXem thêm\n" + head},
		{name: "a sentence opening on the phrase is not one", in: head + "Bình luận về kết quả, ông An nói rõ thêm."},
		{name: "a phrase inside a longer word is not one", in: head + "Tin khác biệt\nÔng An dự."},
		{
			name:   "related headlines inside the report",
			in:     head + "Tin liên quan\nQuận ủy Ba Đình họp Hội nghị lần thứ 9\nHuyện Gia Lâm thu ngân sách 900 tỷ đồng\n\nHội nghị đã biểu quyết thông qua nghị quyết.",
			inside: []string{"Tin liên quan", "Quận ủy Ba Đình họp Hội nghị lần thứ 9", "Huyện Gia Lâm thu ngân sách 900 tỷ đồng"},
		},
		{
			name:   "a heading with its headline on one line",
			in:     head + "Xem thêm: Quận ủy Ba Đình họp Hội nghị lần thứ 9\nHội nghị đã biểu quyết thông qua nghị quyết.",
			inside: []string{"Xem thêm: Quận ủy Ba Đình họp Hội nghị lần thứ 9"},
		},
		{
			name:   "a photo caption",
			in:     "Huyện ủy họp sơ kết\n\nQuang cảnh hội nghị\n\nSáng 5/7, Huyện ủy tổ chức hội nghị.\nẢnh: Minh An",
			inside: []string{"Quang cảnh hội nghị", "Ảnh: Minh An"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDoc(tt.in)
			a := d.FindArticle()
			wantEnd := len(d.Text)
			if tt.endAt != "" {
				wantEnd = strings.Index(d.Text, tt.endAt)
			}
			if a.End != wantEnd {
				t.Errorf("End = %d (%q); want %d", a.End, d.Text[min(a.End, len(d.Text)):], wantEnd)
			}
			var inside []string
			for i := 0; i < a.End; {
				j := strings.IndexByte(d.Text[i:a.End], '\n')
				if j < 0 {
					j = a.End - i
				}
				if j > 0 && a.Furniture(i) {
					inside = append(inside, d.Text[i:i+j])
				}
				i += j + 1
			}
			if strings.Join(inside, "|") != strings.Join(tt.inside, "|") {
				t.Errorf("furniture inside = %q; want %q", inside, tt.inside)
			}
		})
	}
}

func TestHasPhotoCredit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"quang cảnh hội nghị. ảnh: minh châu", true},
		{"đại biểu biểu quyết tại kỳ họp (ảnh : thu hà)", true},
		{"hình ảnh của địa phương", false},
		{"ảnh hưởng của mưa lũ", false},
	} {
		if got := HasPhotoCredit(tt.in); got != tt.want {
			t.Errorf("HasPhotoCredit(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
