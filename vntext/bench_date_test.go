package vntext

import (
	"strings"
	"testing"
)

// dateBenchArticle is about 10 KB of report-like text with dates, ratios,
// document numbers and periods, written for this benchmark.
var dateBenchArticle = strings.Repeat(
	"Sáng 12/7, Ban Chấp hành Đảng bộ quận tổ chức Hội nghị lần thứ 15, khóa VI, nhiệm kỳ 2020-2025. "+
		"Theo báo cáo, 6 tháng đầu năm 2024 quận hoàn thành 19/19 chỉ tiêu, thu ngân sách đạt 55,4% dự toán, tăng 8,2%. "+
		"Hội nghị quán triệt Nghị quyết số 14-NQ/QU, ngày 25/4/2022 của Quận ủy và Nghị định 73/2023/NĐ-CP. "+
		"Kỳ họp diễn ra từ ngày 15 đến 17/10, với 26/27 đại biểu có mặt; trước đó, hôm 19/6, Thường trực đã họp.\n",
	24)

func BenchmarkFindDates(b *testing.B) {
	b.SetBytes(int64(len(dateBenchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if ms := FindDates(dateBenchArticle); len(ms) == 0 {
			b.Fatal("no dates")
		}
	}
}

func BenchmarkAllDates(b *testing.B) {
	b.SetBytes(int64(len(dateBenchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		for range AllDates(dateBenchArticle) {
		}
	}
}

func BenchmarkFindDatesNFD(b *testing.B) {
	in := strings.ReplaceAll(dateBenchArticle, " ", "\u00a0")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		FindDates(in)
	}
}

func BenchmarkParseDate(b *testing.B) {
	const s = "Thứ Tư, ngày 28 tháng 2 năm 2024"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDate(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindPeriods(b *testing.B) {
	b.SetBytes(int64(len(dateBenchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if ms := FindPeriods(dateBenchArticle); len(ms) == 0 {
			b.Fatal("no periods")
		}
	}
}
