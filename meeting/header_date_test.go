package meeting

import (
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

// TestRelativeTimeOfDay checks which "sáng nay", "chiều qua" a sentence
// gives: the parts of the day in their order, each with the first of its
// words that stands whole.
func TestRelativeTimeOfDay(t *testing.T) {
	tests := []struct {
		in   string
		tod  string
		back int
	}{
		{"Chiều qua và sáng nay, huyện họp bàn việc chống hạn.", "sáng", 0},
		{"Tối hôm qua, Thường trực Huyện ủy họp khẩn.", "tối", 1},
		{"Trưa nayx, rồi chiều nay, xã tổ chức đối thoại.", "chiều", 0},
		{"Hội nghị kéo dài đến chiều hôm nay.", "chiều", 0},
		{"Không có buổi nào được nhắc tới.", "", 0},
		{strings.Repeat("Buổi sáng, ", 10) + "chiều qua đoàn đến xã.", "chiều", 1},
	}
	for _, tt := range tests {
		p := &parser{doc: vntext.NewDoc(tt.in)}
		tod, back := p.relativeTimeOfDay(0, len(p.doc.Text), nil, false)
		if tod != tt.tod || back != tt.back {
			t.Errorf("relativeTimeOfDay(%q) = %q, %d, want %q, %d", tt.in, tod, back, tt.tod, tt.back)
		}
	}
}
