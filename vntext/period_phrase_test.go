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
		// The periods of the calendar, read by the grammar of ParsePeriod
		// (each was none or cut short before it).
		{"quý 3 năm 2018 tăng", "quý 3 năm 2018"},
		{"trong quý 1/2024 trình", "trong quý 1/2024"},
		{"quý 4, doanh thu", "quý 4"},
		{"quý ii-2023 xuống", "quý ii-2023"},
		{"tính đến cuối năm 2023, toàn tỉnh", "tính đến cuối năm 2023"},
		{"tính đến hết tháng 8/2024, huyện", "tính đến hết tháng 8/2024"},
		{"tính đến ngày 31.12.2023, tổng", "tính đến ngày 31.12.2023"},
		{"tính đến ngày 30-6-2024, sản lượng", "tính đến ngày 30-6-2024"},
		{"bốn tháng đầu năm 2024, tỉnh", "bốn tháng đầu năm 2024"},
		{"trong sáu tháng cuối năm, ngành", "trong sáu tháng cuối năm"},
		{"năm 2021-2022 đạt", "năm 2021-2022"},
		{"năm 2016 - 2020; nghị quyết", "năm 2016 - 2020"},
		{"nhiệm kỳ 2020-2025", ""}, // a term, not a period of figures
		{"1907 - 1988", ""},        // a bare range of years
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
