package vntext

import (
	"strings"
	"testing"
)

// TestFirstWordsAt checks firstWords.at, which compares eight bytes at
// once, against strings.HasPrefix for every word, at every offset of a few
// texts in lower case, up to their last byte.
func TestFirstWordsAt(t *testing.T) {
	texts := []string{
		"năm 2024, quý ba và sáu tháng đầu năm; nhiệm kỳ 2020-2025",
		"ngày 12 tháng 5, sáng chủ nhật, chiều tối, đêm qua",
		"giai đoạn thời kỳ niên khóa tính đến hết mười hai tháng",
		"nă", "n", "qu", "ba", "hai", "b", "tháng chạp, thứ ba, mười một",
	}
	for _, set := range []*firstWords{&pdFirstWords, &dtFirstWords} {
		for _, text := range texts {
			for i := range len(text) {
				want := false
				for _, fw := range set.by[text[i]] {
					want = want || strings.HasPrefix(text[i:], fw.w)
				}
				if got := set.at(text, i); got != want {
					t.Errorf("at(%q, %d) = %v, want %v", text, i, got, want)
				}
			}
		}
	}
}
