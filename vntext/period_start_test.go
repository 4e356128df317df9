package vntext

import (
	"strings"
	"testing"
)

// TestPeriodPhraseMayStart checks that no period phrase starts at a byte
// PeriodPhraseMayStart rules out, at every byte of texts rich in periods,
// one row a text, and that it rules out most words.
func TestPeriodPhraseMayStart(t *testing.T) {
	for _, text := range []string{
		"Trong quý 1/2024, thu ngân sách đạt 215 tỷ đồng, bằng 30% dự toán năm.",
		"Sáu tháng đầu năm 2023, toàn huyện kết nạp 96 đảng viên; cả năm phấn đấu 180 đảng viên.",
		"Tính đến ngày 31/12/2023, giai đoạn 2021-2025 và nhiệm kỳ 2020-2025 đã có 12 xã đạt chuẩn.",
		"Năm học 2023-2024, niên khóa mới; thời kỳ 2021-2030, 9 tháng qua, mười hai tháng, tháng 8 năm nay.",
		"Từ đầu năm đến nay, trong 5 năm tới, hết tháng 6, đến năm 2030, năm 2025 và các năm tiếp theo.",
	} {
		low := strings.ToLower(text)
		for i := range len(low) {
			if e := PeriodPhraseEnd(low, i); e > i && !PeriodPhraseMayStart(low[i]) {
				t.Errorf("%q: PeriodPhraseMayStart(%q) is false, yet %q is a period phrase", text, low[i], low[i:e])
			}
		}
	}
	ruled := 0
	for _, w := range strings.Fields("công tác xây dựng đảng được chú trọng và đạt kết quả tích cực") {
		if !PeriodPhraseMayStart(w[0]) {
			ruled++
		}
	}
	if ruled == 0 {
		t.Error("PeriodPhraseMayStart rules out none of a sentence without periods")
	}
}
