package meeting

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/golden"
	"github.com/vnreport/vnreport/internal/hostile"
)

// FuzzParse checks that Parse never panics, that it rejects exactly the
// invalid UTF-8 inputs, and that every span it returns indexes the input.
func FuzzParse(f *testing.F) {
	for _, in := range golden.Inputs(f, 1) {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		s := string(src)
		f.Add(s[:min(len(s), 2000)])
	}
	for _, s := range []string{
		"", "\n\n", "Hội nghị", "kỳ họp thứ", "Đại hội lần thứ XXIV,",
		"Chiều 17/6, Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ quận Hoàng Mai khóa VI khai mạc.",
		"HNP - Ngày 31/2, HĐND TP khóa (nhiệm kỳ 2020 -",
		"Quận ủy quận 9 tháng năm 2023 khóa 0 nhiệm kỳ 9999-2025 (mở rộng",
		"Thứ Tư, ngày 28 tháng 2 năm 2024\n\x00\xff",
	} {
		f.Add(s)
	}
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Parse(s)
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatalf("Parse(%q): no error for invalid UTF-8", s)
			}
			return
		}
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		checkSpans(t, s, m)
		if strings.TrimSpace(m.Body.Locality) != m.Body.Locality {
			t.Errorf("locality %q has outer spaces", m.Body.Locality)
		}
	})
}
