package vntext

import (
	"strings"
	"testing"
)

func BenchmarkParseNumber(b *testing.B) {
	const s = "4.863,4"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseNumber(s); err != nil {
			b.Fatal(err)
		}
	}
}

// benchArticle is about 10 KB of report-like text.
var benchArticle = strings.Repeat("Chiều 17/6, Quận ủy Hoàng Mai họp Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 21 (khóa XXV). "+
	"Thu ngân sách Nhà nước 6 tháng đầu năm 2024 ước đạt trên 3.666 tỷ đồng, đạt 55,4% kế hoạch, tăng 8,2% so với cùng kỳ. "+
	"Quận uỷ yêu cầu các cấp uỷ tập trung hoàn thành 19/19 chỉ tiêu theo Nghị quyết số 14-NQ/QU, ngày 25/4/2022.\n", 40)

func BenchmarkNewDoc(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		NewDoc(benchArticle)
	}
}

func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(benchArticle)
	}
}
