package indicators

import (
	"strings"
	"testing"
)

// Figures that a clause sets as goals, and near misses that report
// results. Sentences written for these tests.
var goalTests = []struct {
	name string
	in   string
	want []string
}{
	{"plan share striven for", "Các xã tập trung thu nợ thuế, phấn đấu cả năm đạt trên 98% kế hoạch thu.",
		[]string{"target 98 % over"}},
	{"objective with a plan share", "Mục tiêu năm 2025 là giải ngân đạt 100% kế hoạch vốn.", []string{"target 100 %"}},
	{"budget estimate set", "HĐND huyện thông qua dự toán thu ngân sách năm 2025 là 820 tỷ đồng.", []string{"target 820 tỷ đồng"}},
	{"target set", "Chỉ tiêu đề ra là kết nạp 150 đảng viên.", []string{"target 150 đảng viên"}},
	{"plan share reached", "Thu ngân sách đạt 820 tỷ đồng, bằng 104% dự toán.", []string{"amount 820 tỷ đồng", "plan 104 %"}},
	{"targets counted", "Trong tổng số 24 chỉ tiêu, có 20 chỉ tiêu đạt và vượt kế hoạch.",
		[]string{"amount 20 chỉ tiêu"}},
	{"estimate exceeded", "Thu ngân sách vượt dự toán 35 tỷ đồng.", []string{"amount 35 tỷ đồng"}},
}

func TestGoals(t *testing.T) {
	for _, tt := range goalTests {
		t.Run(tt.name, func(t *testing.T) {
			got := figs(Extract(tt.in))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Extract(%q) figures =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
}
