package vntext

import (
	"slices"
	"testing"
)

var expandTests = []struct {
	in   string
	want string
	ok   bool
}{
	{"HĐND", "Hội đồng nhân dân", true},
	{"HDND", "Hội đồng nhân dân", true}, // Đ written as D
	{"hđnd", "Hội đồng nhân dân", true},
	{"UBND", "Ủy ban nhân dân", true},
	{"MTTQ", "Mặt trận Tổ quốc", true},
	{"UBMTTQ", "Ủy ban Mặt trận Tổ quốc", true},
	{"TP", "Thành phố", true},
	{"TPHCM", "Thành phố Hồ Chí Minh", true},
	{"TP.HCM", "Thành phố Hồ Chí Minh", true},
	{"TP. HCM", "Thành phố Hồ Chí Minh", true},
	{"GPMB", "Giải phóng mặt bằng", true},
	{"UVTV", "Ủy viên Ban Thường vụ", true},
	{"TUV", "Thành ủy viên", true},
	{"BCH", "Ban Chấp hành", true},
	{"BTV", "Ban Thường vụ", true},
	{"ANCT", "An ninh chính trị", true},
	{"TTATXH", "Trật tự an toàn xã hội", true},
	{"XDCB", "Xây dựng cơ bản", true},
	{"CCHC", "Cải cách hành chính", true},
	{"KT-XH", "Kinh tế - xã hội", true},
	{"QU", "Quận ủy", true},
	{"HU", "Huyện ủy", true},
	{"TU", "Tỉnh ủy", true},
	{"TW", "Trung ương", true},
	{"TƯ", "Trung ương", true},
	{"tư", "Trung ương", true},
	{"NQ", "Nghị quyết", true},
	{"CT", "Chỉ thị", true},
	{"KL", "Kết luận", true},
	{"QĐ", "Quyết định", true},
	{"KH", "Kế hoạch", true},
	{"ĐA", "Đề án", true},
	{"DA", "Đề án", true},
	{"NĐ-CP", "Nghị định của Chính phủ", true},
	{"QH", "Quốc hội", true},
	{"BT", "Bí thư", true},
	{"PBT", "Phó Bí thư", true},
	{"", "", false},
	{"XYZ", "", false},
	{"Hội đồng", "", false},
}

func TestExpand(t *testing.T) {
	for _, tt := range expandTests {
		got, ok := Expand(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Expand(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	a := Abbreviations()
	if !slices.IsSortedFunc(a, func(x, y Abbrev) int {
		if x.Short < y.Short {
			return -1
		}
		if x.Short > y.Short {
			return 1
		}
		return 0
	}) {
		t.Error("Abbreviations() is not sorted")
	}
	for _, e := range a {
		if len(e.Long) == 0 {
			t.Errorf("%s has no full form", e.Short)
		}
		if got, ok := Expand(e.Short); !ok || got == "" {
			t.Errorf("Expand(%q) = %q, %v for a listed abbreviation", e.Short, got, ok)
		}
	}
	a[0].Long[0] = "changed"
	if Abbreviations()[0].Long[0] == "changed" {
		t.Error("Abbreviations() shares its table with the caller")
	}
}

func TestFindAbbreviations(t *testing.T) {
	in, spans := stripMarks("⟦UBND⟧ quận và ⟦HĐND⟧ phối hợp phát triển ⟦KT-XH⟧ tại ⟦TP.HCM⟧ theo số 14-⟦NQ⟧/⟦QU⟧; QUẬN ỦY họp")
	got := FindAbbreviations(in)
	if len(got) != len(spans) {
		t.Fatalf("FindAbbreviations(%q) = %+v; want %d matches", in, got, len(spans))
	}
	for i, m := range got {
		if m.Start != spans[i].Start || m.End != spans[i].End || m.Short != in[m.Start:m.End] || m.Long == "" {
			t.Errorf("match %d = %+v (%q); want %q", i, m, in[m.Start:m.End], in[spans[i].Start:spans[i].End])
		}
	}
}
