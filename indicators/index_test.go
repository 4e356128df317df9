package indicators

import "testing"

func TestNextDigit(t *testing.T) {
	naive := func(s string, i int) int {
		for ; i < len(s); i++ {
			if isDigit(s[i]) {
				return i
			}
		}
		return len(s)
	}
	// Every byte value at every place of a block, and around the blocks.
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("ngân sách: tỷ đồng,")
			b[at%len(b)] = byte(c)
			s := string(b)
			for i := 0; i <= len(s); i++ {
				if got, want := nextDigit(s, i), naive(s, i); got != want {
					t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}
