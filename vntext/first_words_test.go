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

// TestFirstWordsAtWord checks firstWords.atWord against strings.HasPrefix
// and the byte after the word: "chín" is no word at "chính", "ba" none at
// "ban", but "năm" is one before a digit or a letter of several bytes.
func TestFirstWordsAtWord(t *testing.T) {
	texts := []string{
		"chính phủ chín tháng, ban bạn ba quý, năm2024 tương tư",
		"nhiệm kỳ, giai đoạn, cả năm, tính đến, hai mươi, mười",
		"ba", "b", "chín", "chínH",
	}
	for _, text := range texts {
		for i := range len(text) {
			want := false
			for _, fw := range pdFirstWords.by[text[i]] {
				e := i + len(fw.w)
				want = want || strings.HasPrefix(text[i:], fw.w) && (e == len(text) || !asciiLetter(text[e]))
			}
			if got := pdFirstWords.atWord(text, i); got != want {
				t.Errorf("atWord(%q, %d) = %v, want %v", text, i, got, want)
			}
		}
	}
	if pdFirstWords.atWord("chính", 0) || !pdFirstWords.atWord("chín.", 0) {
		t.Errorf("atWord: chính or chín. misread")
	}
}
