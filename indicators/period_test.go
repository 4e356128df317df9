package indicators

import "testing"

// TestFigurePeriod checks the period and measure of a figure whose period
// the phrase rules alone did not read, one row a case (vntext's
// PeriodPhraseEnd reads them with the grammar of ParsePeriod).
func TestFigurePeriod(t *testing.T) {
	for _, c := range []struct{ in, metric, period string }{
		{"Trong quý 1/2024, thu ngân sách của huyện đạt 215 tỷ đồng.", "thu ngân sách của huyện", "quý 1/2024"},
		{"Tăng trưởng kinh tế quý 3 năm 2023 đạt 6,2%.", "Tăng trưởng kinh tế", "quý 3 năm 2023"},
		{"Tính đến ngày 31.12.2023, tổng dư nợ của ngân hàng đạt 1.250 tỷ đồng.", "tổng dư nợ của ngân hàng", "Tính đến ngày 31.12.2023"},
		{"Tính đến hết tháng 8/2024, toàn tỉnh kết nạp 1.120 đảng viên.", "kết nạp", "Tính đến hết tháng 8/2024"},
		{"Bốn tháng đầu năm 2024, tổng thu ngân sách của tỉnh đạt 4.300 tỷ đồng.", "tổng thu ngân sách của tỉnh", "Bốn tháng đầu năm 2024"},
		{"Năm 2021-2022, số học sinh của huyện đạt 12.400 em.", "số học sinh của huyện", "Năm 2021-2022"},
	} {
		got := Extract(c.in)
		if len(got) != 1 || got[0].Metric != c.metric || got[0].Period != c.period {
			var m, p string
			if len(got) > 0 {
				m, p = got[0].Metric, got[0].Period
			}
			t.Errorf("Extract(%q): %d indicators, metric %q period %q; want metric %q period %q", c.in, len(got), m, p, c.metric, c.period)
		}
	}
}
