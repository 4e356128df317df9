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
	for c := range 256 { // two bytes side by side, for the borrow of the first
		for d := range 256 {
			rows = append(rows, string([]byte{'a', 'b', 'c', byte(c), byte(d), 'x', 'y', 'z'}))
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

// TestHead8 checks Head8, and Load8 where eight bytes are there, against
// the bytes read one by one, with zeros past the end.
func TestHead8(t *testing.T) {
	s := "Kỳ họp 12"
	for i := 0; i <= len(s); i++ {
		var want uint64
		for k := 7; k >= 0; k-- {
			want <<= 8
			if i+k < len(s) {
				want |= uint64(s[i+k])
			}
		}
		if got := Head8(s, i); got != want {
			t.Errorf("Head8(%q, %d) = %#x; want %#x", s, i, got, want)
		}
		if i+8 <= len(s) && Load8(s, i) != want {
			t.Errorf("Load8(%q, %d) = %#x; want %#x", s, i, Load8(s, i), want)
		}
	}
}

// TestBytesIn checks BytesIn against a byte-by-byte test, for every byte
// below 0x80 in every lane and a few ranges.
func TestBytesIn(t *testing.T) {
	ranges := [][2]uint64{{'0', '9'}, {'a', 'z'}, {'A', 'Z'}, {0, 0x7f}, {' ', ' '}}
	for _, r := range ranges {
		for c := uint64(0); c < 0x80; c++ {
			for lane := uint(0); lane < 8; lane++ {
				y := c << (8 * lane)
				var want uint64
				if r[0] <= c && c <= r[1] {
					want = 0x80 << (8 * lane)
				}
				// the other lanes hold 0, in range only when lo is 0
				if r[0] == 0 {
					want |= 0x8080808080808080 &^ (0x80 << (8 * lane))
				}
				if got := BytesIn(y, r[0], r[1]); got != want {
					t.Errorf("BytesIn(%#x, %#x, %#x) = %#x; want %#x", y, r[0], r[1], got, want)
				}
			}
		}
	}
}
