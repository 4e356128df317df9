package vnreport_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/indicators"
	"github.com/vnreport/vnreport/meeting"
	"github.com/vnreport/vnreport/roman"
	"github.com/vnreport/vnreport/vntext"
)

// The examples below hold the README's Go snippets, each exactly as the
// README prints it (TestReadmeSnippets checks), so that they compile and
// print what the README says.

const readmeArticle = `Quận Ba Đình: Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 15

Chiều 20/6/2023, Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 15. Đồng chí Nguyễn Minh Khang, Thành ủy viên, Bí thư Quận ủy chủ trì hội nghị.
`

func Example_readmeMeeting() {
	article := readmeArticle
	m, err := meeting.Parse(article)
	if err != nil { // only for input that is not UTF-8 text (errors.Is(err, meeting.ErrInvalidText))
		log.Fatal(err)
	}
	fmt.Println(m.Kind, m.Body.Level, m.Body.Locality, m.Session, m.Term.Text, m.Date)
	for _, c := range m.Chairs {
		fmt.Println(c.Name, c.Titles, article[c.Start:c.End])
	}
	// Output:
	// conference quận Ba Đình 15 XXVI 2023-06-20
	// Nguyễn Minh Khang [Thành ủy viên Bí thư Quận ủy] Đồng chí Nguyễn Minh Khang, Thành ủy viên, Bí thư Quận ủy
}

// TestReadmeMeetingEmpty runs the README's meeting snippet on a text that
// states nothing: no field it reads may trip it.
func TestReadmeMeetingEmpty(t *testing.T) {
	m, err := meeting.Parse("Xin chào.")
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintln(m.Kind, m.Body.Level, m.Body.Locality, m.Session, m.Term.Text, m.Date)
	if strings.TrimSpace(got) != "0" {
		t.Errorf("the README's fields of an empty report print %q", got)
	}
}

func Example_readmeIndicators() {
	for _, in := range indicators.Extract("Thu ngân sách trên địa bàn quận đạt 1.460 tỷ đồng, đạt 25,3% dự toán giao.") {
		for _, f := range in.Figures {
			fmt.Println(in.Key, f.Role, f.Value, f.Unit)
		}
	}
	// Output:
	// budget_revenue amount 1460 tỷ đồng
	// budget_revenue plan 25.3 %
}

func Example_readmeVntext() {
	v, err := vntext.ParseNumber("4.863,4")
	fmt.Println(v, err) // 4863.4 <nil>
	_, err = vntext.ParseNumber("3.66")
	fmt.Println(errors.Is(err, vntext.ErrSyntax)) // true: "." groups thousands
	money, _ := vntext.ParseMoney("3.666 tỷ đồng")
	fmt.Println(money.Value, money.Unit, money.VND) // 3666 tỷ đồng 3666000000000
	for _, d := range vntext.FindDates("Chiều 17/6, Quận ủy họp; 19/19 chỉ tiêu đạt.") {
		fmt.Println(d.Date, d.TimeOfDay) // --06-17 chiều (19/19 is a ratio, not a date)
	}
	fmt.Println(vntext.Normalize("Quận uỷ hoà"), vntext.Fold("Quận Uỷ")) // Quận ủy hòa quan uy
	// Output:
	// 4863.4 <nil>
	// true
	// 3666 tỷ đồng 3666000000000
	// --06-17 chiều
	// Quận ủy hòa quan uy
}

func Example_readmeRoman() {
	n, err := roman.Parse("XXVI")
	fmt.Println(n, err) // 26 <nil>
	_, err = roman.Parse("IIII")
	fmt.Println(errors.Is(err, roman.ErrSyntax)) // true: not canonical
	s, _ := roman.Format(1999)
	fmt.Println(s) // MCMXCIX
	// Output:
	// 26 <nil>
	// true
	// MCMXCIX
}

// TestReadmeSnippets checks that every Go snippet of README.md is held,
// line for line, by an example of this file.
func TestReadmeSnippets(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	flat := func(s string) string {
		var ls []string
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				ls = append(ls, l)
			}
		}
		return strings.Join(ls, "\n")
	}
	body := flat(string(src))
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 4 {
		t.Fatalf("README.md has %d Go snippets; want the four of its examples", len(blocks))
	}
	for _, b := range blocks {
		if !strings.Contains(body, flat(b[1])) {
			t.Errorf("README snippet not held by an example of readme_test.go:\n%s", b[1])
		}
	}
}
