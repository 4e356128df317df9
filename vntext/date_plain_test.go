package vntext

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindDatesCurlyQuotes checks that text with curly double quotes and
// ellipses, scanned as it is, gives the dates and source spans of the
// normalised scan.
func TestFindDatesCurlyQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string // the source spans of the dates
	}{
		{"Sáng 5/10, Quận ủy tổ chức hội nghị “Học tập và làm theo tư tưởng…”.", []string{"Sáng 5/10"}},
		{"Nghị quyết “về phát triển kinh tế” ban hành ngày 25/4/2022…", []string{"ngày 25/4/2022"}},
		{"Chủ đề năm nay là “Đoàn kết” (12/4) và “Đổi mới”.", []string{"12/4"}},
		{"Kết quả “đạt 12/15 chỉ tiêu”, vượt kế hoạch…", nil},
		{"Ngày 3/2 “kỷ niệm” thành lập Đảng.", []string{"Ngày 3/2"}},
	}
	for _, tt := range tests {
		if !dtPlain(tt.text) {
			t.Errorf("dtPlain(%q) = false, want true", tt.text)
		}
		got := FindDates(tt.text)
		var spans []string
		for _, m := range got {
			spans = append(spans, tt.text[m.Start:m.End])
		}
		if !reflect.DeepEqual(spans, tt.want) {
			t.Errorf("FindDates(%q) spans = %q, want %q", tt.text, spans, tt.want)
		}
		if slow := NewDoc(tt.text).FindDates(); !reflect.DeepEqual(got, slow) {
			t.Errorf("FindDates(%q) = %+v, normalised scan gives %+v", tt.text, got, slow)
		}
	}
}

// TestFindDatesPlainMatchesDoc compares the direct scan with the scan of
// the normalised text on random sentences of date words, numbers and
// quotes.
func TestFindDatesPlainMatchesDoc(t *testing.T) {
	pieces := []string{"ngày", "Ngày", "sáng", "Chiều", "tháng", "năm", "5/10", "12/4", "25/4/2022", "2024",
		"“", "”", "…", `"`, ",", ".", "(", ")", " ", " ", " ", "đạt", "phiếu", "hội nghị", "3", "-", "17/6", "lúc", "14h30"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := 2 + r.Intn(10); k > 0; k-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := sb.String()
		if !dtPlain(s) {
			t.Fatalf("dtPlain(%q) = false", s)
		}
		if got, slow := FindDates(s), NewDoc(s).FindDates(); !reflect.DeepEqual(got, slow) {
			t.Fatalf("FindDates(%q) = %+v, normalised scan gives %+v", s, got, slow)
		}
	}
}
