package roman_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vnreport/vnreport/roman"
)

func Example() {
	for _, s := range []string{"XV", "MCMXCIV", "IIII", "xv"} {
		n, err := roman.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "=", n)
	}
	// Output:
	// XV = 15
	// MCMXCIV = 1994
	// roman.Parse: parsing "IIII": invalid syntax at byte 3
	// roman.Parse: parsing "xv": invalid syntax at byte 0
}

func ExampleParse() {
	n, err := roman.Parse("MMXXIV")
	fmt.Println(n, err)

	_, err = roman.Parse("XM")
	if e, ok := errors.AsType[*roman.NumError](err); ok {
		fmt.Println("Func:", e.Func)
		fmt.Println("Num:", e.Num)
		fmt.Println("Pos:", e.Pos)
		fmt.Println("Err:", e.Err)
		fmt.Println("syntax error:", errors.Is(err, roman.ErrSyntax))
	}
	// Output:
	// 2024 <nil>
	// Func: Parse
	// Num: XM
	// Pos: 1
	// Err: invalid syntax
	// syntax error: true
}

func ExampleFormat() {
	s, err := roman.Format(1994)
	fmt.Println(s, err)

	_, err = roman.Format(4000)
	fmt.Println(err)
	fmt.Println("range error:", errors.Is(err, roman.ErrRange))
	// Output:
	// MCMXCIV <nil>
	// roman.Format: formatting 4000: value out of range
	// range error: true
}

func ExampleAppend() {
	b := []byte("Chương ")
	b, err := roman.Append(b, 12)
	fmt.Println(string(b), err)
	// Output:
	// Chương XII <nil>
}

func ExampleNumeral_String() {
	fmt.Println(roman.Numeral(15))
	fmt.Printf("khóa %v\n", roman.Numeral(14))
	fmt.Println(roman.Numeral(0))
	// Output:
	// XV
	// khóa XIV
	// %!Numeral(0)
}

func ExampleNumeral_UnmarshalText() {
	var body struct {
		Name string        `json:"name"`
		Term roman.Numeral `json:"term"`
	}
	err := json.Unmarshal([]byte(`{"name": "Quốc hội", "term": "XV"}`), &body)
	fmt.Println(body.Name, int(body.Term), err)

	err = json.Unmarshal([]byte(`{"term": "XVV"}`), &body)
	fmt.Println(err)
	// Output:
	// Quốc hội 15 <nil>
	// roman.Numeral.UnmarshalText: parsing "XVV": invalid syntax at byte 2
}
