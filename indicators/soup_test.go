package indicators

import (
	"math/rand"
	"strings"
	"testing"
)

// soupWords are the genre's tokens, shuffled by TestWordSoup into text no
// reporter wrote, to reach combinations the fixtures and fuzzers miss.
var soupWords = strings.Fields(`Hội nghị lần thứ 21 khóa XXV ngày 17/6 Bí thư Quận ủy đề nghị 3.666 tỷ đồng
	8,2% ( ) , . : ; - số 14-NQ/QU kỳ họp HĐND 19/19 chủ trì dự “ ” … Thứ nhất Chiều năm 2024 nhiệm
	2020 2025 đã được sẽ phấn đấu tăng giảm đạt vượt so với cùng kỳ kế hoạch dự toán thu ngân sách
	ước trên hơn gần khoảng đảng viên xã phường tiếp tục cũng vẫn UBND huyện tổng vốn đầu tư Về`)

func TestWordSoup(t *testing.T) {
	for seed := int64(0); seed < 200; seed++ {
		r := rand.New(rand.NewSource(seed))
		var b strings.Builder
		for b.Len() < 4000 {
			b.WriteString(soupWords[r.Intn(len(soupWords))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			if r.Intn(40) == 0 {
				b.WriteByte('\n')
			}
		}
		text := b.String()
		for _, in := range Extract(text) {
			if in.Start < 0 || in.End > len(text) || in.Start > in.End || text[in.Start:in.End] != in.Text {
				t.Fatalf("seed %d: indicator span [%d:%d] out of place", seed, in.Start, in.End)
			}
		}
	}
}
