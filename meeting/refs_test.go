package meeting

import (
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

// refWant is one expected reference; Date is in Date.String form.
type refWant struct {
	kind, number, date, issuer, title string
}

var refTests = []struct {
	name string
	in   string
	want []refWant
}{
	{"full", `Quận ủy triển khai Nghị quyết số 21-NQ/QU, ngày 12/3/2023 của Quận ủy về “Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2023-2025”.`,
		[]refWant{{"Nghị quyết", "21-NQ/QU", "2023-03-12", "Quận ủy", "Nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2023-2025"}}},
	{"year code", `Thực hiện Nghị quyết 45/2022/QH15 của Quốc hội về thí điểm cơ chế đặc thù.`,
		[]refWant{{"Nghị quyết", "45/2022/QH15", "", "Quốc hội", ""}}},
	{"decree", `Căn cứ Nghị định số 61/2024/NĐ-CP của Chính phủ, quận đã rà soát.`,
		[]refWant{{"Nghị định", "61/2024/NĐ-CP", "", "Chính phủ", ""}}},
	{"TƯ kept", `Tiếp tục thực hiện Chỉ thị số 05-CT/TƯ của Bộ Chính trị.`,
		[]refWant{{"Chỉ thị", "05-CT/TƯ", "", "Bộ Chính trị", ""}}},
	{"conclusion", `Quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.`,
		[]refWant{{"Kết luận", "21-KL/TW", "", "Ban Chấp hành Trung ương", ""}}},
	{"lower case kind", `theo tinh thần nghị quyết số 09-NQ/TU ngày 5 tháng 8 năm 2021 của Ban Thường vụ Thành ủy; đồng thời`,
		[]refWant{{"Nghị quyết", "09-NQ/TU", "2021-08-05", "Ban Thường vụ Thành ủy", ""}}},
	{"government", `Nghị quyết số 68/NQ-CP, ngày 1/7/2021 của Chính phủ được triển khai kịp thời.`,
		[]refWant{{"Nghị quyết", "68/NQ-CP", "2021-07-01", "Chính phủ", ""}}},
	{"council", `Điều chỉnh Nghị quyết số 12/NQ-HĐND, ngày 20/12/2022 của Hội đồng nhân dân huyện.`,
		[]refWant{{"Nghị quyết", "12/NQ-HĐND", "2022-12-20", "Hội đồng nhân dân huyện", ""}}},
	{"decision about", `Quyết định số 2345/QĐ-UBND ngày 3/10/2023 của UBND thành phố về việc phê duyệt quy hoạch phân khu, các phòng ban thực hiện.`,
		[]refWant{{"Quyết định", "2345/QĐ-UBND", "2023-10-03", "UBND thành phố", "việc phê duyệt quy hoạch phân khu"}}},
	{"circular", `Thông tư số 05/2024/TT-BNV hướng dẫn chi tiết.`,
		[]refWant{{"Thông tư", "05/2024/TT-BNV", "", "", ""}}},
	{"list with và", `Quán triệt Nghị quyết số 03-NQ/TU và 04-NQ/TU của Tỉnh ủy.`,
		[]refWant{{"Nghị quyết", "03-NQ/TU", "", "Tỉnh ủy", ""}, {"Nghị quyết", "04-NQ/TU", "", "Tỉnh ủy", ""}}},
	{"list with comma", `thực hiện các Chỉ thị số 05-CT/TW, 12-CT/TW của Bộ Chính trị`,
		[]refWant{{"Chỉ thị", "05-CT/TW", "", "Bộ Chính trị", ""}, {"Chỉ thị", "12-CT/TW", "", "Bộ Chính trị", ""}}},
	{"list after date", `Nghị quyết số 01-NQ/HU ngày 4/1/2024 và số 02-NQ/HU ngày 9/1/2024 của Huyện ủy`,
		[]refWant{{"Nghị quyết", "01-NQ/HU", "2024-01-04", "Huyện ủy", ""}, {"Nghị quyết", "02-NQ/HU", "2024-01-09", "Huyện ủy", ""}}},
	{"plan and project", `Kế hoạch số 88-KH/TU và Đề án số 03-ĐA/QU được ban hành.`,
		[]refWant{{"Kế hoạch", "88-KH/TU", "", "", ""}, {"Đề án", "03-ĐA/QU", "", "", ""}}},
	{"rule", `Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng.`,
		[]refWant{{"Quy định", "69-QĐ/TW", "", "Bộ Chính trị", ""}}},
	{"rejoined spaces", `thực hiện Nghị quyết số 15 - NQ / TU của Thành ủy .`,
		[]refWant{{"Nghị quyết", "15-NQ/TU", "", "Thành ủy", ""}}},
	{"bare with số", `theo Quyết định số 512 của Ban Bí thư`,
		[]refWant{{"Quyết định", "512", "", "Ban Bí thư", ""}}},
	{"bare list with của", `thực hiện Nghị quyết 18, 19 của Hội nghị Trung ương 6 (khóa XII)`,
		[]refWant{{"Nghị quyết", "18", "", "Hội nghị Trung ương 6", ""}, {"Nghị quyết", "19", "", "Hội nghị Trung ương 6", ""}}},
	{"duplicate kept once", `Nghị quyết số 07-NQ/QU đề ra mục tiêu. Thực hiện Nghị quyết số 07-NQ/QU, quận đạt kết quả.`,
		[]refWant{{"Nghị quyết", "07-NQ/QU", "", "", ""}}},
	{"law with code", `Luật số 59/2020/QH14 có hiệu lực.`,
		[]refWant{{"Luật", "59/2020/QH14", "", "", ""}}},
	{"abbreviated kind", `triển khai NQ số 10-NQ/ĐU của Đảng ủy phường`,
		[]refWant{{"Nghị quyết", "10-NQ/ĐU", "", "Đảng ủy phường", ""}}},

	{"qualified kind", `Ban hành Chương trình hành động số 07-CTr/QU thực hiện nghị quyết.`,
		[]refWant{{"Chương trình", "07-CTr/QU", "", "", ""}}},
	{"qualified resolution", `Nghị quyết chuyên đề số 04-NQ/ĐU của Đảng ủy phường`,
		[]refWant{{"Nghị quyết", "04-NQ/ĐU", "", "Đảng ủy phường", ""}}},
	{"notice of conclusion", `Thông báo kết luận số 155-TB/TW được quán triệt.`,
		[]refWant{{"Thông báo", "155-TB/TW", "", "", ""}}},
	{"list across kinds", `thực hiện Nghị quyết số 14-NQ/QU, 05-KH/QU của Quận ủy`,
		[]refWant{{"Nghị quyết", "14-NQ/QU", "", "Quận ủy", ""}, {"Kế hoạch", "05-KH/QU", "", "Quận ủy", ""}}},
	{"colon list", `quán triệt các Nghị quyết: số 01-NQ/TU, số 02-NQ/TU.`,
		[]refWant{{"Nghị quyết", "01-NQ/TU", "", "", ""}, {"Nghị quyết", "02-NQ/TU", "", "", ""}}},
	{"report of conclusion", `Báo cáo kết luận số 12-KL/TW của Bộ Chính trị`,
		[]refWant{{"Kết luận", "12-KL/TW", "", "Bộ Chính trị", ""}}},
	{"second kind in gap", `Nghị quyết và Kế hoạch số 05-KH/QU`,
		[]refWant{{"Kế hoạch", "05-KH/QU", "", "", ""}}},

	// A document's name between its kind and "số" is its title.
	{"titled law", `Huyện quán triệt Luật Thủy sản số 18/2017/QH14 tới ngư dân các xã ven biển.`,
		[]refWant{{"Luật", "18/2017/QH14", "", "", "Thủy sản"}}},
	{"long title with và", `Các xã phải nắm vững Luật Phòng cháy chữa cháy và cứu nạn cứu hộ số 55/2024/QH15 của Quốc hội.`,
		[]refWant{{"Luật", "55/2024/QH15", "", "Quốc hội", "Phòng cháy chữa cháy và cứu nạn cứu hộ"}}},
	{"titled project", `Đề án Phát triển du lịch sinh thái số 04-ĐA/HU được thông qua.`,
		[]refWant{{"Đề án", "04-ĐA/HU", "", "", "Phát triển du lịch sinh thái"}}},
	{"title opening on a Vietnamese capital", `Thực hiện Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 tại xã.`,
		[]refWant{{"Pháp lệnh", "02/2020/UBTVQH14", "", "", "Ưu đãi người có công với cách mạng"}}},
	{"lower-case kind inside a title", `Sở Tư pháp giới thiệu Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 với cán bộ.`,
		[]refWant{{"Luật", "64/2025/QH15", "", "", "Ban hành văn bản quy phạm pháp luật"}}},
	{"titled plan and law", `theo Kế hoạch Chuyển đổi số số 12-KH/TU và Luật Đất đai số 31/2024/QH15`,
		[]refWant{{"Kế hoạch", "12-KH/TU", "", "", "Chuyển đổi số"}, {"Luật", "31/2024/QH15", "", "", "Đất đai"}}},
	{"digital in a qualifier", `Chương trình chuyển đổi số số 05-CTr/TU đi vào cuộc sống.`,
		[]refWant{{"Chương trình", "05-CTr/TU", "", "", ""}}},
	{"qualifier names another document", `Xã lập kế hoạch thực hiện luật số 47/2024/QH15 ngay trong quý.`,
		[]refWant{{"Luật", "47/2024/QH15", "", "", ""}}},
	{"title names another document", `Huyện ra Kế hoạch Tuyên truyền Luật Hợp tác xã số 17/2023/QH15 trong năm nay.`,
		[]refWant{{"Luật", "17/2023/QH15", "", "", "Hợp tác xã"}}},
	{"programme with the code CT", `Tỉnh ủy ban hành Chương trình hành động số 21-CT/TU về chuyển đổi số.`,
		[]refWant{{"Chương trình", "21-CT/TU", "", "", ""}}},
	{"directive across a programme", `Chương trình hành động thực hiện Chỉ thị số 05-CT/TW được triển khai.`,
		[]refWant{{"Chỉ thị", "05-CT/TW", "", "", ""}}},
	{"notice of conclusions with a bare number", `theo thông báo kết luận 217 của Ban Thường vụ Tỉnh ủy, huyện đã khắc phục.`,
		[]refWant{{"Thông báo", "217", "", "Ban Thường vụ Tỉnh ủy", ""}}},
	{"code of another kind", `Chương trình Hành động thực hiện nghị quyết số 09-NQ/TU được bàn kỹ.`,
		[]refWant{{"Nghị quyết", "09-NQ/TU", "", "", ""}}},

	// Near misses: nothing cited.
	{"titled law with a bare number", `Luật Đất đai số 31 có hiệu lực sớm.`, nil},
	{"title across a comma", `Luật Đất đai, Nhà ở số 31/2024/QH15`, nil},
	{"gap needs a code", `Chương trình hành động số 3 năm tới`, nil},
	{"bare in slogan", `theo phương châm “Kế hoạch 1, nhiệm vụ 10, thực hiện 20”.`, nil},
	{"discipline count", `thi hành kỷ luật 12 đảng viên vi phạm.`, nil},
	{"plenum without number", `Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.`, nil},
	{"law without number", `Luật Đất đai năm 2024 có nhiều điểm mới.`, nil},
	{"plan years", `Chương trình 2021-2025 của quận đạt kết quả.`, nil},
	{"decision as verb", `Hội nghị quyết định 5 nội dung quan trọng.`, nil},
	{"report figures", `báo cáo 6 tháng đầu năm cho thấy`, nil},
}

func TestParseReferences(t *testing.T) {
	for _, tt := range refTests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Meeting{}
			p := newParser(vntext.NewDoc(tt.in), config{})
			p.parseReferences(m)
			if len(m.References) != len(tt.want) {
				t.Fatalf("parseReferences(%q) found %d references %+v; want %d", tt.in, len(m.References), m.References, len(tt.want))
			}
			for i, r := range m.References {
				w := tt.want[i]
				got := refWant{r.Kind, r.Number, r.Date.String(), r.Issuer, r.Title}
				if got != w {
					t.Errorf("reference %d = %+v; want %+v", i, got, w)
				}
				if tt.in[r.Start:r.End] != r.Text {
					t.Errorf("reference %d: input[%d:%d] = %q; Text = %q", i, r.Start, r.End, tt.in[r.Start:r.End], r.Text)
				}
			}
		})
	}
}

// TestParseReferencesOffsets checks that spans index the input as given
// when it is NFD, has old tone marks and CRLF line ends.
func TestParseReferencesOffsets(t *testing.T) {
	in := "Thực hiện Nghị quyết số 14-NQ/QU của Quận uỷ,\r\ncác chi bộ..."
	in = strings.Replace(in, "ệ", "e\u0323\u0302", 1) // NFD for one letter
	m, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.References) != 1 {
		t.Fatalf("got %d references; want 1", len(m.References))
	}
	r := m.References[0]
	if got := in[r.Start:r.End]; got != r.Text || !strings.HasPrefix(got, "Nghị quyết") || !strings.HasSuffix(got, "Quận uỷ") {
		t.Errorf("input[%d:%d] = %q, Text %q", r.Start, r.End, got, r.Text)
	}
	if r.Issuer != "Quận ủy" {
		t.Errorf("Issuer = %q; want %q", r.Issuer, "Quận ủy")
	}
}

func FuzzParseReferences(f *testing.F) {
	for _, tt := range refTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := &Meeting{}
		p := newParser(vntext.NewDoc(s), config{})
		p.parseReferences(m)
		for _, r := range m.References {
			if r.Start < 0 || r.End > len(s) || r.Start > r.End || s[r.Start:r.End] != r.Text {
				t.Fatalf("bad span %d:%d for %q", r.Start, r.End, s)
			}
		}
	})
}

// TestRefKindsFoldApart checks that no two canonical kinds of document fold
// to the same key, so that parseReferences may tell documents apart by the
// kind as written.
func TestRefKindsFoldApart(t *testing.T) {
	kinds := map[string]bool{}
	for _, k := range refKinds {
		kinds[k.kind] = true
	}
	for _, k := range refAbbrevKinds {
		kinds[k] = true
	}
	for _, k := range refCodeKinds {
		kinds[k] = true
	}
	folded := map[string]string{}
	for k := range kinds {
		f := vntext.Fold(k)
		if o, ok := folded[f]; ok {
			t.Errorf("kinds %q and %q both fold to %q", o, k, f)
		}
		folded[f] = k
	}
}
