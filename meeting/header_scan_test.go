package meeting

import (
	"strings"
	"testing"
)

// TestSentenceBounds checks the walks of sentenceBounds, eight bytes at a
// time, against a walk a byte at a time, at every offset of a few texts.
func TestSentenceBounds(t *testing.T) {
	slow := func(s string, i, lo, hi int) (int, int) {
		lo, hi = max(lo, i-maxSentence), min(hi, i+maxSentence)
		start := i
		for start > lo && !(sentenceMark[s[start-1]] && isSentenceEnd(s, start-1)) {
			start--
		}
		end := i
		for end < hi {
			if sentenceMark[s[end]] && isSentenceEnd(s, end) {
				end++
				break
			}
			end++
		}
		return start, end
	}
	texts := []string{
		"",
		"Sáng nay, HĐND huyện họp. Chiều qua, đoàn đến xã!",
		"Tổng thu đạt 4.310 tỷ đồng. TP. HCM và Q. 1 dự họp? Có.\nDòng sau",
		strings.Repeat("Một câu không có dấu chấm nào cả ", 8) + ".",
		"a.b.c. d? e! f\n\ng",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, r := range [][2]int{{0, len(s)}, {i / 2, len(s) - 1}, {3, 20}} {
				lo, hi := r[0], min(r[1], len(s))
				gs, ge := sentenceBounds(s, i, lo, hi)
				ws, we := slow(s, i, lo, hi)
				if gs != ws || ge != we {
					t.Fatalf("sentenceBounds(%q, %d, %d, %d) = %d, %d, want %d, %d", s, i, lo, hi, gs, ge, ws, we)
				}
			}
		}
	}
}

// TestQuotedMarksLastIn checks lastIn against strings.LastIndexAny, the
// curly quotes, other characters of three bytes and the empty text among
// them.
func TestQuotedMarksLastIn(t *testing.T) {
	const ascii = ",;:()\n\""
	m := newQuotedMarks(ascii)
	for _, s := range []string{
		"", "a", "“", "”", "Thủ tướng “Nguyễn", "ông A (Bộ trưởng) – nói…", "x‘y’z", "a,b;c:d", "không có dấu nào",
		"“Hội nghị” đã bàn: kế hoạch", "\u2020\u2019\u201e",
	} {
		if got, want := m.lastIn(s), strings.LastIndexAny(s, ascii+"“”"); got != want {
			t.Errorf("lastIn(%q) = %d, want %d", s, got, want)
		}
	}
}
