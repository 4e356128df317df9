package vntext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var sentencesTests = []struct {
	name string
	in   string
	want []string
}{
	{"two", "Hội nghị đã thành công. Các đại biểu ra về.",
		[]string{"Hội nghị đã thành công.", "Các đại biểu ra về."}},
	{"marks", "Đạt chưa? Đạt rồi! Tiếp tục… Xong.",
		[]string{"Đạt chưa?", "Đạt rồi!", "Tiếp tục…", "Xong."}},
	{"ellipsis dots", "Còn nhiều việc... Cần làm ngay.",
		[]string{"Còn nhiều việc...", "Cần làm ngay."}},
	{"ellipsis mid-sentence", "Các chỉ tiêu… đều đạt. Tốt.",
		[]string{"Các chỉ tiêu… đều đạt.", "Tốt."}},
	{"numbers and places", "Tại TP.HCM, Q.2 và P.5 thu 3.666 tỷ đồng, gấp 4.0 lần. Hết.",
		[]string{"Tại TP.HCM, Q.2 và P.5 thu 3.666 tỷ đồng, gấp 4.0 lần.", "Hết."}},
	{"titles", "PGS.TS. Trần Văn Bình và ThS. Lê Thu Hà phát biểu. TS. Ngô Minh trả lời.",
		[]string{"PGS.TS. Trần Văn Bình và ThS. Lê Thu Hà phát biểu.", "TS. Ngô Minh trả lời."}},
	{"place abbreviation", "Về TP. Hồ Chí Minh công tác. Xong.",
		[]string{"Về TP. Hồ Chí Minh công tác.", "Xong."}},
	{"comrade", "Đ/c Nguyễn Hùng chủ trì. Đ/c Hà dự.",
		[]string{"Đ/c Nguyễn Hùng chủ trì.", "Đ/c Hà dự."}},
	{"quotation", `Bí thư nói: “Phải làm ngay. Không được chậm.” Sau đó hội nghị bế mạc.`,
		[]string{`Bí thư nói: “Phải làm ngay. Không được chậm.”`, "Sau đó hội nghị bế mạc."}},
	{"straight quotes", `Ông nhấn mạnh "Dân là gốc. Phải nghe dân." Tiếp theo là thảo luận.`,
		[]string{`Ông nhấn mạnh "Dân là gốc. Phải nghe dân."`, "Tiếp theo là thảo luận."}},
	{"rejoined", `Hội nghị làm việc khẩn trương . Bí thư nói : " Phải làm ngay . " Sau đó bế mạc .`,
		[]string{"Hội nghị làm việc khẩn trương .", `Bí thư nói : " Phải làm ngay . "`, "Sau đó bế mạc ."}},
	{"paragraphs", "Dòng đầu\nDòng hai không dấu\r\n\r\nDòng ba.",
		[]string{"Dòng đầu", "Dòng hai không dấu", "Dòng ba."}},
	{"lower after dot", "Thu đạt 5 tỷ đồng. trong đó thuế chiếm phần lớn.",
		[]string{"Thu đạt 5 tỷ đồng. trong đó thuế chiếm phần lớn."}},
	{"roman numeral ends", "Đại hội khóa X. Sau đó bầu Ban Chấp hành.",
		[]string{"Đại hội khóa X.", "Sau đó bầu Ban Chấp hành."}},
	{"paren after", "Đạt 98% (vượt kế hoạch.) Tiếp theo.",
		[]string{"Đạt 98% (vượt kế hoạch.)", "Tiếp theo."}},
	{"spaces only", "   \n  ", nil},
	{"empty", "", nil},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentencesTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
			var seq []string
			for sp := range SentencesSeq(tt.in) {
				seq = append(seq, tt.in[sp.Start:sp.End])
			}
			if strings.Join(seq, "|") != strings.Join(got, "|") {
				t.Errorf("SentencesSeq(%q) = %q; Sentences gives %q", tt.in, seq, got)
			}
		})
	}
}

func TestSentencesNFD(t *testing.T) {
	in := "Hội nghi\u0323 kết thúc. Ca\u0301c đại biểu về."
	got := Sentences(in)
	if len(got) != 2 || in[got[1].Start:got[1].End] != "Ca\u0301c đại biểu về." {
		t.Errorf("Sentences(%+q) = %v", in, got)
	}
}

func TestSentencesSeqStops(t *testing.T) {
	n := 0
	for range SentencesSeq("Một. Hai. Ba.") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("SentencesSeq yielded %d after break", n)
	}
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentencesTests {
		f.Add(tt.in)
	}
	f.Add("a.\xff B. \u201cC.\u201d D")
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		last := 0
		covered := make([]bool, len(s))
		for _, sp := range spans {
			if sp.Start < last || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("Sentences(%q): bad span %+v after %d", s, sp, last)
			}
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
			last = sp.End
		}
		for i, r := range s {
			if unicode.IsSpace(r) || r == utf8.RuneError || Normalize(string(r)) == "" ||
				strings.TrimSpace(Normalize(string(r))) == "" || unicode.Is(unicode.Mn, r) {
				continue
			}
			if !covered[i] {
				t.Fatalf("Sentences(%q) = %v leaves %q at %d out", s, spans, r, i)
			}
		}
	})
}

// benchText is about 10 KB of report text, written for the benchmark.
var benchText = strings.Repeat(`Sáng 12/7, Ban Chấp hành Đảng bộ quận tổ chức Hội nghị lần thứ 15 (mở rộng). `+
	`Đ/c Trần Văn Bình, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy chủ trì hội nghị. `+
	`Thu ngân sách 6 tháng đầu năm đạt 3.666 tỷ đồng, bằng 55,4% dự toán… tăng 8,2% so với cùng kỳ. `+
	`PGS.TS. Lê Minh và ThS. Ngô Hà tham dự tại TP.HCM. Bí thư nhấn mạnh: “Phải làm ngay. Không chậm trễ.” `+
	"Hội nghị thống nhất các nội dung!\n", 20)

func BenchmarkSentences(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(benchText)
	}
}
