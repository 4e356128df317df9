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

// TestTextDatesPeriods checks that Doc.TextDates and Doc.TextPeriods, which
// scan d.Text as it is, give the matches AllDates and AllPeriods give for
// d.Text, also when d.Text holds characters that make AllDates normalise
// it again (a bullet, a symbol) and for a prefix of it.
func TestTextDatesPeriods(t *testing.T) {
	tests := []string{
		"Sáng 5/10, Huyện ủy tổ chức hội nghị tổng kết năm 2024.",
		"• Ngày 12-3-2025, HĐND xã họp; 6 tháng đầu năm 2025 thu ngân sách đạt 80%.",
		"Giai đoạn 2021 – 2025 → quý II/2024 (từ 3/2 đến 5/2/2024) ★ nhiệm kỳ 2020-2025",
		"Tháng 6-2017, \u00a0 kế hoạch năm 2018\r\n và\tngày 28 tháng 2 năm 2024.",
	}
	for _, src := range tests {
		d := NewDoc(src)
		for _, end := range []int{len(d.Text), len(d.Text) / 2} {
			text := d.Text[:end]
			var wantD, gotD []DateMatch
			for m := range AllDates(text) {
				wantD = append(wantD, m)
			}
			for m := range d.TextDates(end) {
				gotD = append(gotD, m)
			}
			if !reflect.DeepEqual(gotD, wantD) {
				t.Errorf("TextDates(%q) = %v, want %v", text, gotD, wantD)
			}
			var wantP, gotP []PeriodMatch
			for m := range AllPeriods(text) {
				wantP = append(wantP, m)
			}
			for m := range d.TextPeriods(end) {
				gotP = append(gotP, m)
			}
			if !reflect.DeepEqual(gotP, wantP) {
				t.Errorf("TextPeriods(%q) = %v, want %v", text, gotP, wantP)
			}
		}
	}
}
