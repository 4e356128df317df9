package textscan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLowerString checks Lower against strings.ToLower on every rune up to
// U+1FFF alone and between words, and on some bytes that are not UTF-8.
func TestLowerString(t *testing.T) {
	cases := []string{"", "tỷ đồng", "Tỷ Đồng", "người", "NGƯỜI", "ha", "km2", "m³", "µg", "tỉ\xff", "\xc3", "ấ\xe1\xb8", "Ω", "ǅ"}
	for r := rune(0); r < 0x2000; r++ {
		cases = append(cases, string(r), "ô"+string(r)+"ng", string(r)+"ế")
	}
	for _, s := range cases {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	if s := "tỷ đồng"; !utf8.ValidString(s) || Lower(s) != s {
		t.Errorf("Lower(%q) changed it", s)
	}
}
