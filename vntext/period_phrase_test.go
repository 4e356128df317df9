package vntext

import (
	"strings"
	"testing"
)

// TestPeriodPhraseEnd checks the period phrases of running text, one row
// a case: in is lower case, as a Doc's Lower is; want is the phrase read
// at its start, or "" for none.
func TestPeriodPhraseEnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"6 tháng đầu năm 2024, thu ngân sách", "6 tháng đầu năm 2024"},
		{"9 tháng qua, toàn tỉnh", "9 tháng qua"},
		{"3 tháng cuối năm còn lại", "3 tháng cuối năm"},
		{"6 tháng, tỉnh thu", "6 tháng"},
		{"trong 6 tháng đầu năm, huyện", "trong 6 tháng đầu năm"},
		{"125 tháng", ""}, // no count of months has three digits
		{"quý i/2021 tăng", "quý i/2021"},
		{"quý iv năm 2020 đạt", "quý iv năm 2020"},
		{"quý ii, ngành", "quý ii"},
		{"quý 3 năm 2018", ""}, // the quarter in Roman numerals only
		{"khách quý đến thăm", ""},
		{"giai đoạn 2021-2025 đạt", "giai đoạn 2021-2025"},
		{"giai đoạn 2021 - 2025 đạt", "giai đoạn 2021 - 2025"},
		{"giai đoạn 2021, tỉnh", "giai đoạn 2021"},
		{"giai đoạn đầu", ""},
		{"năm 2020 đạt", "năm 2020"},
		{"năm nay ước", "năm nay"},
		{"năm học mới", ""}, // "năm" needs its year
		{"cả năm 2023 đạt", "cả năm 2023"},
		{"cả năm, tỉnh", "cả năm"},
		{"nửa đầu năm 2024 tăng", "nửa đầu năm 2024"},
		{"nửa năm qua", "nửa năm"},
		{"cuối năm 2025 đạt", "cuối năm 2025"},
		{"đầu năm đến nay", "đầu năm"},
		{"tính đến ngày 31/12/2020, toàn tỉnh", "tính đến ngày 31/12/2020"},
		{"tính đến nay, huyện", "tính đến nay"},
		{"tính đến cuối kỳ", ""},
		{"giai đoạn \"2021-2025\"", "giai đoạn \"2021-2025"}, // a straight quote between words
		{"tính toán", ""},
		{"x6 tháng", ""}, // not at a word start: see the row below
	} {
		i := 0
		if strings.HasPrefix(c.in, "x") {
			i = 1
		}
		got := c.in[i:PeriodPhraseEnd(c.in, i)]
		if got != c.want {
			t.Errorf("PeriodPhraseEnd(%q) reads %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPeriodPhraseEndBounds checks offsets out of range and every offset
// of a short text: PeriodPhraseEnd never panics and never goes back.
func TestPeriodPhraseEndBounds(t *testing.T) {
	s := "quý \"iv/2 năm 20 tính đến ngày 3/ trong giai đoạn 2020-"
	for i := -1; i <= len(s)+1; i++ {
		if e := PeriodPhraseEnd(s, i); e != i && (e < i || e > len(s)) {
			t.Errorf("PeriodPhraseEnd(%q, %d) = %d", s, i, e)
		}
	}
}
