package meeting

import (
	"math/rand"
	"strings"
	"testing"
)

// soupWords are the genre's tokens; TestWordSoup shuffles them into text
// no reporter wrote, to reach combinations the fixtures and fuzzers miss.
var soupWords = strings.Fields(`Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ quận khóa XXV (mở rộng) ngày 17/6
	Bí thư Quận ủy Thành ủy viên đồng chí Đ/c ông bà các đồng chí: đề nghị yêu cầu nhấn mạnh giao lưu ý
	3.666 tỷ đồng 8,2% ( ) , . : ; - – số 14-NQ/QU Nghị quyết Chỉ thị 05-CT/TƯ ngày 25/4/2022 của về
	kỳ họp HĐND thành phố 19/19 chủ trì dự tham dự Đến dự có “ ” … Thứ nhất Thứ hai Chiều Sáng năm 2024
	nhiệm kỳ 2020 2025 Đại hội đại biểu Nguyễn Văn An Trần Thị Bình Lê Hoàng Ủy viên Ban Thường vụ
	Chủ tịch UBND Phó Hà Nội Thanh Xuân Ảnh: Tin liên quan HNP (20:57 17/06/2024) Thứ Tư,`)

func TestWordSoup(t *testing.T) {
	for seed := int64(0); seed < 300; seed++ {
		r := rand.New(rand.NewSource(seed))
		var b strings.Builder
		for b.Len() < 4000 {
			b.WriteString(soupWords[r.Intn(len(soupWords))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			if r.Intn(30) == 0 {
				b.WriteString("\n\n")
			}
		}
		text := b.String()
		m, err := Parse(text)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		checkSpans(t, text, m)
	}
}
