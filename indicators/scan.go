package indicators

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
)

func digitsBefore(s string, i int) (int, int) {
	j := i
	for j > 0 && textscan.IsDigit(s[j-1]) {
		j--
	}
	v := 0
	for k := j; k < i && k-j < 7; k++ {
		v = v*10 + int(s[k]-'0')
	}
	return v, j
}

func digitsAfter(s string, i int) (int, int) {
	j := i
	v := 0
	for j < len(s) && textscan.IsDigit(s[j]) {
		if j-i < 7 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	return v, j
}

func isWordByteAt(s string, i int) bool {
	c := s[i]
	return textscan.IsDigit(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c >= 0x80
}

func pow10i(n int) int {
	v := 1
	for range n {
		v *= 10
	}
	return v
}

// wordAt returns the word (letters and digits) starting at s[i].
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !textscan.IsWordRune(r) {
			break
		}
		j += w
	}
	if j > i {
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(r) {
			return "", i
		}
	}
	return s[i:j], j
}
