package vntext_test

import (
	"errors"
	"fmt"

	"github.com/vnreport/vnreport/vntext"
)

func ExampleParseWords() {
	for _, s := range []string{"hai mươi tư", "một trăm linh năm", "Mười lăm", "ba nghìn sáu trăm", "hai nghìn tỷ"} {
		v, err := vntext.ParseWords(s)
		fmt.Println(s, "=", v, err)
	}
	// Output:
	// hai mươi tư = 24 <nil>
	// một trăm linh năm = 105 <nil>
	// Mười lăm = 15 <nil>
	// ba nghìn sáu trăm = 3600 <nil>
	// hai nghìn tỷ = 2000000000000 <nil>
}

func ExampleParseWords_errors() {
	_, err := vntext.ParseWords("hai trăm năm")
	var ne *vntext.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Pos, errors.Is(err, vntext.ErrSyntax))
	}
	// Output:
	// ParseWords 10 true
}

func ExampleFindNumberWords() {
	text := "Năm nay, quận kết nạp ba mươi lăm đảng viên; một số chi bộ còn yếu."
	for _, m := range vntext.FindNumberWords(text) {
		fmt.Printf("%q = %d\n", text[m.Start:m.End], m.Value)
	}
	// Output:
	// "ba mươi lăm" = 35
}

func ExampleParseOrdinal() {
	for _, s := range []string{"thứ nhất", "đầu tiên", "thứ tư", "lần thứ 21", "lần thứ XIII"} {
		v, _ := vntext.ParseOrdinal(s)
		fmt.Println(s, "=", v)
	}
	// Output:
	// thứ nhất = 1
	// đầu tiên = 1
	// thứ tư = 4
	// lần thứ 21 = 21
	// lần thứ XIII = 13
}

func ExampleFindOrdinals() {
	text := "Thứ Tư, 28/02/2024, Hội nghị lần thứ XIII thảo luận Nghị quyết Hội nghị Trung ương 7. Thứ nhất, …"
	for _, m := range vntext.FindOrdinals(text) {
		fmt.Printf("%q = %d (%s)\n", text[m.Start:m.End], m.Value, m.Kind)
	}
	// Output:
	// "lần thứ XIII" = 13 (roman)
	// "Trung ương 7" = 7 (digits)
	// "Thứ nhất" = 1 (words)
}

func ExampleSentences() {
	text := `PGS.TS. Lê Minh dự hội nghị tại TP.HCM. Ông nói: “Phải làm ngay. Không chậm.” Thu đạt 3.666 tỷ đồng.`
	for _, sp := range vntext.Sentences(text) {
		fmt.Println(text[sp.Start:sp.End])
	}
	// Output:
	// PGS.TS. Lê Minh dự hội nghị tại TP.HCM.
	// Ông nói: “Phải làm ngay. Không chậm.”
	// Thu đạt 3.666 tỷ đồng.
}

func ExampleExpand() {
	for _, s := range []string{"HĐND", "HDND", "TP.HCM", "TƯ", "TU"} {
		long, ok := vntext.Expand(s)
		fmt.Println(s, "→", long, ok)
	}
	// Output:
	// HĐND → Hội đồng nhân dân true
	// HDND → Hội đồng nhân dân true
	// TP.HCM → Thành phố Hồ Chí Minh true
	// TƯ → Trung ương true
	// TU → Tỉnh ủy true
}

func ExampleParseWords_scales() {
	for _, s := range []string{"hai chục", "5 nghìn", "năm ngàn", "trăm", "một tỉ"} {
		v, err := vntext.ParseWords(s)
		fmt.Println(s, "=", v, err)
	}
	// Output:
	// hai chục = 20 <nil>
	// 5 nghìn = 5000 <nil>
	// năm ngàn = 5000 <nil>
	// trăm = 100 <nil>
	// một tỉ = 1000000000 <nil>
}
