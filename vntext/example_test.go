package vntext_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vnreport/vnreport/vntext"
)

func ExampleNormalize() {
	fmt.Println(vntext.Normalize("Quận uỷ hoà – “khoá XXV”"))
	// Output: Quận ủy hòa - "khóa XXV"
}

func ExampleFold() {
	fmt.Println(vntext.Fold("Hội nghị Quận Uỷ"))
	// Output: hoi nghi quan uy
}

func ExampleNewDoc() {
	input := "Sáng\u00a017/6, Quận uỷ Ba Đình họp."
	d := vntext.NewDoc(input)
	i := strings.Index(d.Lower, "quận ủy")
	start, end := d.SrcSpan(i, i+len("quận ủy"))
	fmt.Printf("%q\n", input[start:end])
	// Output: "Quận uỷ"
}

func ExampleParseNumber() {
	for _, s := range []string{"3.666", "4.863,4", "8,2", "3.66"} {
		v, err := vntext.ParseNumber(s)
		fmt.Println(s, v, errors.Is(err, vntext.ErrSyntax))
	}
	// Output:
	// 3.666 3666 false
	// 4.863,4 4863.4 false
	// 8,2 8.2 false
	// 3.66 0 true
}
