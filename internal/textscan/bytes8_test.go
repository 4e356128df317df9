package textscan

import (
	"strings"
	"testing"
)

// nextDigitByByte is NextDigit read one byte at a time.
func nextDigitByByte(s string, i int) int {
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}

// TestNextDigit checks NextDigit against a reading byte by byte, at every
// offset of each row, and with every byte value at every place of a
// block and around it.
func TestNextDigit(t *testing.T) {
	rows := []string{
		"",
		"ngày 17/6, quận ủy họp; đêm 5-6/7 (thứ hai) năm 2024.",
		"không có số nào trong câu này cả, dù dài hơn tám byte",
		"\x00\x2f\x3a\xb0\xb9\xff/0123456789/\x30\x39\xc0\x39",
	}
	for c := range 256 {
		for at := range 20 {
			b := []byte("ngân sách: tỷ đồng,")
			b[at%len(b)] = byte(c)
			rows = append(rows, string(b))
		}
	}
	for _, s := range rows {
		for i := 0; i <= len(s); i++ {
			if got, want := NextDigit(s, i), nextDigitByByte(s, i); got != want {
				t.Fatalf("NextDigit(%q, %d) = %d; want %d", s, i, got, want)
			}
		}
	}
}

func BenchmarkNextDigit(b *testing.B) {
	s := strings.Repeat("Hội đồng nhân dân tỉnh khóa XVI tổ chức kỳ họp thứ 12 ngày 7/12. ", 64)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for i := NextDigit(s, 0); i < len(s); i = NextDigit(s, i+1) {
		}
	}
}
