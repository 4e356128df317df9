package meeting

import (
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// TestFurnitureAgrees checks that the people and the figures end where the
// report does: a person or a figure in the site's furniture after it, or
// in a block of related headlines inside it, is neither a chair nor a
// figure of the report.
func TestFurnitureAgrees(t *testing.T) {
	const report = "Huyện ủy Thanh Trì sơ kết 6 tháng\n\n" +
		"Sáng 12/7, Ban Chấp hành Đảng bộ huyện Thanh Trì tổ chức Hội nghị lần thứ 15 để sơ kết công tác 6 tháng đầu năm 2024.\n\n" +
		"Tổng thu ngân sách trên địa bàn huyện đạt 1.250 tỷ đồng, bằng 62% dự toán.\n\n"
	const other = "Chiều 15/7, đồng chí Lê Thị Hoa, Bí thư Quận ủy Hoàng Mai chủ trì hội nghị. Tổng thu ngân sách quận đạt 2.300 tỷ đồng."
	for _, tt := range []struct{ name, in string }{
		{"a block of newer articles", report + "Tin mới hơn\n\nQuận ủy Hoàng Mai họp Hội nghị lần thứ 20\n\n" + other},
		{"a comment counter", report + "Tổng lượt bình luận: 0\n\n" + other},
		{"a comment box", report + "Ý kiến bạn đọc\n\n" + other},
		{"related headlines inside the report", report + "Tin liên quan\nĐồng chí Lê Thị Hoa chủ trì họp Quận ủy Hoàng Mai\nQuận Hoàng Mai thu ngân sách 2.300 tỷ đồng\n\nHội nghị bế mạc cùng ngày."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Chairs) != 0 {
				t.Errorf("chairs = %v; want none: the furniture is not the report", m.Chairs)
			}
			var figs []string
			for _, in := range m.Indicators {
				figs = append(figs, in.Text)
			}
			if len(figs) != 1 || !strings.Contains(figs[0], "1.250 tỷ đồng") {
				t.Errorf("indicators = %q; want the report's one", figs)
			}
		})
	}
}

// TestIsPageClock checks the site's date line, which opens on a weekday,
// against lines that only look like one.
func TestIsPageClock(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"thứ tư, ngày 28 tháng 2 năm 2024", true},
		{"thứ 5, 14/3/2024 - 08:15", true},
		{"chủ nhật, 02/6/2024", true},
		{"thứ nhất, tháng 6 là tháng cao điểm", false},
		{"thứ trưởng về dự hội nghị tháng 6", false},
		{"ngày 28 tháng 2 năm 2024", false},
	} {
		if got := isPageClock(tt.line); got != tt.want {
			t.Errorf("isPageClock(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestStampKeyword checks the words that make a line's date the article's,
// each of stampKeywords, against lines that share only a word with them.
func TestStampKeyword(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"ngày đăng: 05/07/2019", true},
		{"cập nhật lúc 17:40, 03/08/2023", true},
		{"đăng lúc 08:15 14/3/2024", true},
		{"đăng ngày 14/3/2024", true},
		{"bài đăng 14/3/2024", true},
		{"xuất bản 14/3/2024", true},
		{"thời gian đăng 14/3/2024", true},
		{"05/07/2019 | chia sẻ | in", true},
		{"lượt xem: 98", true},
		{"đăng ký tham gia trước 14/3/2024", false},
		{"bản tin ngày 14/3/2024", false},
		{"ngày 14/3/2024", false},
	} {
		if got := stampKeyword(tt.line); got != tt.want {
			t.Errorf("stampKeyword(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDateLine checks dateLine against the reading of all the days of the
// line, on date lines and on lines that only hold a date.
func TestDateLine(t *testing.T) {
	ref := func(p *parser, lo, hi int) (vntext.Date, bool) {
		l := p.doc.Lower
		days := p.doc.AppendDays(nil, lo, hi)
		if len(days) != 1 || days[0].Date.Year == 0 || strings.TrimRight(l[days[0].End:hi], " ") != "" {
			return vntext.Date{}, false
		}
		k := skipDateMarks(l, lo)
		if _, e, ok := vntext.WeekdayAt(l, k); ok {
			k = skipDateMarks(l, e)
		}
		if textscan.PrefixWordAt(l, k, "ngày") {
			k = skipDateMarks(l, k+len("ngày"))
		}
		d := days[0].Date
		d.HasClock = false
		return d, k == days[0].Start
	}
	for _, line := range []string{
		"Thứ Ba, 10/12/2024",
		"Ngày 08/07/2023",
		"(Thứ 5, 14/3/2024)",
		"Thứ 5, 14/3/2024",
		"Chủ nhật, ngày 28 tháng 2 năm 2024",
		"ngày 20 và 21/12/2023",
		"Ngày 08/07/2023 tại Hà Nội",
		"Hội nghị lần thứ 5 ngày 8/7/2023",
		"5 ngày 8/7/2023",
		"Thứ hai12/3/2024",
		"2024-12-10T15:30:00+07:00",
		"Ngày 8/7",
		"",
	} {
		d := vntext.NewDoc(line)
		p := newParser(d, config{})
		want, wantOK := ref(p, 0, len(d.Lower))
		if !wantOK {
			want = vntext.Date{}
		}
		if got, ok := p.dateLine(0, len(d.Lower)); got != want || ok != wantOK {
			t.Errorf("dateLine(%q) = %v, %v; want %v, %v", line, got, ok, want, wantOK)
		}
	}
}
