package vntext

import "testing"

// TestFindQuantitiesEdges covers numbers at the very end of the text, where
// the unit and bound prefilters must not read past it.
func TestFindQuantitiesEdges(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"đạt 5", 1},
		{"đạt 5   ", 1},
		{"5 ", 1},
		{" 5", 1},
		{"hơn 5 tỷ", 1},
		{"HƠN 3,5 TRIỆU USD", 1},
		{"Khoảng 12 phần trăm", 1},
	}
	for _, tt := range tests {
		if got := FindQuantities(tt.text); len(got) != tt.want {
			t.Errorf("FindQuantities(%q) = %+v, want %d quantities", tt.text, got, tt.want)
		}
	}
}
