package roman_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	_ "github.com/vnreport/vnreport/internal/golden" // accepts go test ./... -update (no golden files here)
	"github.com/vnreport/vnreport/roman"
)

type parseTest struct {
	in     string
	want   int
	pos    int   // NumError.Pos; ignored when err is nil
	err    error // nil, or the sentinel that NumError.Err must be
	reason string
}

var parseTests = []parseTest{
	// Accepted: one numeral for each subtractive form, each place and the extremes.
	{"I", 1, 0, nil, "smallest"},
	{"II", 2, 0, nil, "repeated one"},
	{"III", 3, 0, nil, "three ones"},
	{"IV", 4, 0, nil, "subtractive four"},
	{"V", 5, 0, nil, "five"},
	{"VIII", 8, 0, nil, "five and three ones"},
	{"IX", 9, 0, nil, "subtractive nine"},
	{"XIV", 14, 0, nil, "tens then subtractive ones"},
	{"XL", 40, 0, nil, "subtractive forty"},
	{"XC", 90, 0, nil, "subtractive ninety"},
	{"XCIX", 99, 0, nil, "not IC"},
	{"CD", 400, 0, nil, "subtractive four hundred"},
	{"CM", 900, 0, nil, "subtractive nine hundred"},
	{"CMXC", 990, 0, nil, "not XM"},
	{"MCMXCIV", 1994, 0, nil, "every place subtractive"},
	{"MMXXIV", 2024, 0, nil, "a year"},
	{"MMMDCCCLXXXVIII", 3888, 0, nil, "longest numeral"},
	{"MMMCMXCIX", 3999, 0, nil, "largest"},
	{"XV", 15, 0, nil, "Quốc hội khóa XV"},

	// Rejected: Pos is the first byte that no numeral can continue with.
	{"", 0, 0, roman.ErrSyntax, "empty"},
	{"IIII", 0, 3, roman.ErrSyntax, "four ones; write IV"},
	{"VIIII", 0, 4, roman.ErrSyntax, "five and four ones; write IX"},
	{"XXXX", 0, 3, roman.ErrSyntax, "four tens; write XL"},
	{"CCCC", 0, 3, roman.ErrSyntax, "four hundreds; write CD"},
	{"MMMM", 0, 3, roman.ErrSyntax, "4000 is above Max"},
	{"MMMMCMXCIX", 0, 3, roman.ErrSyntax, "4999"},
	{"VV", 0, 1, roman.ErrSyntax, "two fives; write X"},
	{"LL", 0, 1, roman.ErrSyntax, "two fifties; write C"},
	{"DD", 0, 1, roman.ErrSyntax, "two five hundreds; write M"},
	{"IXIX", 0, 2, roman.ErrSyntax, "nine twice"},
	{"VX", 0, 1, roman.ErrSyntax, "five subtracted; write V"},
	{"LC", 0, 1, roman.ErrSyntax, "fifty subtracted; write L"},
	{"DM", 0, 1, roman.ErrSyntax, "five hundred subtracted; write D"},
	{"VL", 0, 1, roman.ErrSyntax, "five subtracted from fifty; write XLV"},
	{"IC", 0, 1, roman.ErrSyntax, "one from a hundred; write XCIX"},
	{"IL", 0, 1, roman.ErrSyntax, "one from fifty; write XLIX"},
	{"ID", 0, 1, roman.ErrSyntax, "one from five hundred"},
	{"IM", 0, 1, roman.ErrSyntax, "one from a thousand"},
	{"XM", 0, 1, roman.ErrSyntax, "ten from a thousand; write CMXC"},
	{"XD", 0, 1, roman.ErrSyntax, "ten from five hundred; write CDXC"},
	{"IIV", 0, 2, roman.ErrSyntax, "double subtraction"},
	{"IIX", 0, 2, roman.ErrSyntax, "double subtraction"},
	{"XXC", 0, 2, roman.ErrSyntax, "double subtraction"},
	{"CCM", 0, 2, roman.ErrSyntax, "double subtraction"},
	{"IVI", 0, 2, roman.ErrSyntax, "one after subtractive four"},
	{"IXI", 0, 2, roman.ErrSyntax, "one after subtractive nine"},
	{"IXV", 0, 2, roman.ErrSyntax, "five after subtractive nine"},
	{"XLX", 0, 2, roman.ErrSyntax, "ten after subtractive forty"},
	{"XCX", 0, 2, roman.ErrSyntax, "ten after subtractive ninety"},
	{"CDC", 0, 2, roman.ErrSyntax, "hundred after subtractive four hundred"},
	{"CMC", 0, 2, roman.ErrSyntax, "hundred after subtractive nine hundred"},
	{"CMM", 0, 2, roman.ErrSyntax, "thousand after hundreds"},
	{"MCMC", 0, 3, roman.ErrSyntax, "hundred after CM"},
	{"MDM", 0, 2, roman.ErrSyntax, "thousand after five hundred"},
	{"VIV", 0, 2, roman.ErrSyntax, "subtractive after five"},
	{"XIIX", 0, 3, roman.ErrSyntax, "ones then ten"},
	{"IIIV", 0, 3, roman.ErrSyntax, "three ones then five"},
	{"IVX", 0, 2, roman.ErrSyntax, "ten after subtractive four"},
	{"XIIII", 0, 4, roman.ErrSyntax, "near miss of XIV"},
	{"MMMCMXCIXI", 0, 9, roman.ErrSyntax, "one past the largest numeral"},
	{"xiv", 0, 0, roman.ErrSyntax, "lower case"},
	{"Xiv", 0, 1, roman.ErrSyntax, "mixed case"},
	{"i", 0, 0, roman.ErrSyntax, "lower-case one"},
	{"X1", 0, 1, roman.ErrSyntax, "trailing digit"},
	{"1X", 0, 0, roman.ErrSyntax, "leading digit"},
	{" X", 0, 0, roman.ErrSyntax, "leading space"},
	{"X ", 0, 1, roman.ErrSyntax, "trailing space"},
	{"X.", 0, 1, roman.ErrSyntax, "trailing period"},
	{"+X", 0, 0, roman.ErrSyntax, "sign"},
	{"-X", 0, 0, roman.ErrSyntax, "sign"},
	{"0", 0, 0, roman.ErrSyntax, "no Roman zero"},
	{"N", 0, 0, roman.ErrSyntax, "nulla is not a numeral"},
	{"X\x00", 0, 1, roman.ErrSyntax, "NUL byte"},
	{"\u216b", 0, 0, roman.ErrSyntax, "Unicode ROMAN NUMERAL TWELVE"},
	{"X\u2160", 0, 1, roman.ErrSyntax, "Unicode ROMAN NUMERAL ONE after X"},
	{"XẾ", 0, 1, roman.ErrSyntax, "Vietnamese letter; Pos counts bytes"},
	{"ẾX", 0, 0, roman.ErrSyntax, "Vietnamese letter first"},
	{"XIV\xff", 0, 3, roman.ErrSyntax, "invalid UTF-8"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := roman.Parse(tt.in)
			if tt.err == nil {
				if err != nil || got != tt.want {
					t.Fatalf("Parse(%q) = %d, %v; want %d, nil (%s)", tt.in, got, err, tt.want, tt.reason)
				}
				return
			}
			if got != 0 || !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q) = %d, %v; want 0, %v (%s)", tt.in, got, err, tt.err, tt.reason)
			}
			e, ok := errors.AsType[*roman.NumError](err)
			if !ok {
				t.Fatalf("Parse(%q) error has type %T; want *roman.NumError", tt.in, err)
			}
			if e.Func != "Parse" || e.Num != tt.in || e.Pos != tt.pos || e.Err != tt.err {
				t.Errorf("Parse(%q) error = %#v; want Func Parse, Num %q, Pos %d, Err %v (%s)",
					tt.in, *e, tt.in, tt.pos, tt.err, tt.reason)
			}
		})
	}
}

// TestParsePosition checks Parse against a brute-force oracle on every string
// of up to 5 bytes over the numeral letters and one other byte: a string is
// accepted exactly when it is a numeral, and otherwise Pos is the length of its
// longest prefix that begins some numeral.
func TestParsePosition(t *testing.T) {
	numerals, prefixes := oracle(t)
	const alphabet = "IVXLCDM?"
	var walk func(s string)
	walk = func(s string) {
		got, err := roman.Parse(s)
		if want, ok := numerals[s]; ok {
			if err != nil || got != want {
				t.Errorf("Parse(%q) = %d, %v; want %d, nil", s, got, err, want)
			}
		} else {
			wantPos := len(s)
			for !prefixes[s[:wantPos]] {
				wantPos--
			}
			e, ok := errors.AsType[*roman.NumError](err)
			if !ok || e.Pos != wantPos || e.Err != roman.ErrSyntax {
				t.Errorf("Parse(%q) = %d, %v; want error with Pos %d", s, got, err, wantPos)
			}
		}
		if len(s) < 5 {
			for i := range len(alphabet) {
				walk(s + alphabet[i:i+1])
			}
		}
	}
	walk("")
}

// oracle returns every numeral that Format produces, with its value, and the
// set of all prefixes of those numerals, including "".
func oracle(tb testing.TB) (numerals map[string]int, prefixes map[string]bool) {
	numerals = make(map[string]int)
	prefixes = make(map[string]bool)
	for n := roman.Min; n <= roman.Max; n++ {
		s, err := roman.Format(n)
		if err != nil {
			tb.Fatalf("Format(%d) = %q, %v", n, s, err)
		}
		numerals[s] = n
		for i := range len(s) + 1 {
			prefixes[s[:i]] = true
		}
	}
	return numerals, prefixes
}

var formatTests = []struct {
	in   int
	want string
	err  error
}{
	{1, "I", nil},
	{4, "IV", nil},
	{9, "IX", nil},
	{14, "XIV", nil},
	{40, "XL", nil},
	{90, "XC", nil},
	{400, "CD", nil},
	{900, "CM", nil},
	{1994, "MCMXCIV", nil},
	{2024, "MMXXIV", nil},
	{3888, "MMMDCCCLXXXVIII", nil},
	{3999, "MMMCMXCIX", nil},
	{0, "", roman.ErrRange},
	{-1, "", roman.ErrRange},
	{-14, "", roman.ErrRange},
	{4000, "", roman.ErrRange},
	{math.MaxInt, "", roman.ErrRange},
	{math.MinInt, "", roman.ErrRange},
}

func TestFormat(t *testing.T) {
	for _, tt := range formatTests {
		got, err := roman.Format(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Format(%d) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil {
			e, ok := errors.AsType[*roman.NumError](err)
			if !ok || e.Func != "Format" || e.Pos != 0 {
				t.Errorf("Format(%d) error = %#v; want *NumError with Func Format and Pos 0", tt.in, err)
			}
		}
	}
}

func TestAppend(t *testing.T) {
	for _, tt := range formatTests {
		prefix := []byte("khóa ")
		got, err := roman.Append(prefix, tt.in)
		want := "khóa " + tt.want
		if string(got) != want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Append(%q, %d) = %q, %v; want %q, %v", prefix, tt.in, got, err, want, tt.err)
		}
		if e, ok := errors.AsType[*roman.NumError](err); err != nil && (!ok || e.Func != "Append") {
			t.Errorf("Append(%q, %d) error = %#v; want *NumError with Func Append", prefix, tt.in, err)
		}
	}
}

// TestRoundTrip checks Parse(Format(n)) == n for every representable n, and
// that Format, Append and Numeral.String agree.
func TestRoundTrip(t *testing.T) {
	buf := make([]byte, 0, 16)
	for n := roman.Min; n <= roman.Max; n++ {
		s, err := roman.Format(n)
		if err != nil {
			t.Fatalf("Format(%d) = %q, %v", n, s, err)
		}
		if got, err := roman.Parse(s); got != n || err != nil {
			t.Fatalf("Parse(Format(%d)) = Parse(%q) = %d, %v; want %d, nil", n, s, got, err, n)
		}
		if b, err := roman.Append(buf[:0], n); string(b) != s || err != nil {
			t.Fatalf("Append(nil, %d) = %q, %v; want %q, nil", n, b, err, s)
		}
		if got := roman.Numeral(n).String(); got != s {
			t.Fatalf("Numeral(%d).String() = %q; want %q", n, got, s)
		}
		if len(s) > 15 {
			t.Fatalf("Format(%d) = %q is longer than 15 bytes", n, s)
		}
	}
}

func TestNumErrorString(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{
			err:  func() error { _, err := roman.Parse("IIII"); return err }(),
			want: `roman.Parse: parsing "IIII": invalid syntax at byte 3`,
		},
		{
			err:  func() error { _, err := roman.Parse(""); return err }(),
			want: `roman.Parse: parsing "": invalid syntax at byte 0`,
		},
		{
			err:  func() error { _, err := roman.Parse("X\n"); return err }(),
			want: `roman.Parse: parsing "X\n": invalid syntax at byte 1`,
		},
		{
			err:  func() error { _, err := roman.Format(4000); return err }(),
			want: `roman.Format: formatting 4000: value out of range`,
		},
		{
			err:  func() error { _, err := roman.Append(nil, -1); return err }(),
			want: `roman.Append: formatting -1: value out of range`,
		},
		{
			err:  func() error { _, err := roman.Numeral(0).MarshalText(); return err }(),
			want: `roman.Numeral.MarshalText: formatting 0: value out of range`,
		},
		{
			err:  func() error { var n roman.Numeral; return n.UnmarshalText([]byte("VX")) }(),
			want: `roman.Numeral.UnmarshalText: parsing "VX": invalid syntax at byte 1`,
		},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("got nil error; want %q", tt.want)
			continue
		}
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q; want %q", got, tt.want)
		}
	}
}

// TestParseErrorOwnsInput checks that the error does not alias the caller's
// bytes, so that Parse(string(b)) stays safe when b is reused.
func TestParseErrorOwnsInput(t *testing.T) {
	b := []byte("IIII")
	_, err := roman.Parse(string(b))
	copy(b, "XXXX")
	if e, ok := errors.AsType[*roman.NumError](err); !ok || e.Num != "IIII" {
		t.Errorf("after reusing the input, error = %v; want Num %q", err, "IIII")
	}
}

func TestMustParse(t *testing.T) {
	if got := roman.MustParse("MCMXCIV"); got != 1994 {
		t.Errorf("MustParse(%q) = %d; want 1994", "MCMXCIV", got)
	}
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, roman.ErrSyntax) {
			t.Errorf("MustParse(%q) panicked with %v; want an ErrSyntax error", "IIII", r)
		}
	}()
	roman.MustParse("IIII")
}

func TestNumeral(t *testing.T) {
	tests := []struct {
		n     roman.Numeral
		valid bool
		str   string
	}{
		{0, false, "%!Numeral(0)"},
		{-7, false, "%!Numeral(-7)"},
		{1, true, "I"},
		{15, true, "XV"},
		{3999, true, "MMMCMXCIX"},
		{4000, false, "%!Numeral(4000)"},
	}
	for _, tt := range tests {
		if got := tt.n.IsValid(); got != tt.valid {
			t.Errorf("Numeral(%d).IsValid() = %v; want %v", int(tt.n), got, tt.valid)
		}
		if got := tt.n.String(); got != tt.str {
			t.Errorf("Numeral(%d).String() = %q; want %q", int(tt.n), got, tt.str)
		}
		text, err := tt.n.MarshalText()
		if tt.valid != (err == nil) || (err != nil && !errors.Is(err, roman.ErrRange)) {
			t.Errorf("Numeral(%d).MarshalText() = %q, %v", int(tt.n), text, err)
		}
		appended, err := tt.n.AppendText([]byte("khóa "))
		if tt.valid != (err == nil) || (err != nil && !errors.Is(err, roman.ErrRange)) {
			t.Errorf("Numeral(%d).AppendText() = %q, %v", int(tt.n), appended, err)
		}
		if !tt.valid {
			continue
		}
		if string(text) != tt.str || string(appended) != "khóa "+tt.str {
			t.Errorf("Numeral(%d): MarshalText() = %q, AppendText = %q; want %q", int(tt.n), text, appended, tt.str)
		}
		var back roman.Numeral
		if err := back.UnmarshalText(text); err != nil || back != tt.n {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %d, nil", text, int(back), err, int(tt.n))
		}
	}
}

func TestNumeralUnmarshalText(t *testing.T) {
	for _, tt := range parseTests {
		n := roman.Numeral(42)
		err := n.UnmarshalText([]byte(tt.in))
		if tt.err == nil {
			if err != nil || int(n) != tt.want {
				t.Errorf("UnmarshalText(%q) = %d, %v; want %d, nil", tt.in, int(n), err, tt.want)
			}
			continue
		}
		e, ok := errors.AsType[*roman.NumError](err)
		if !ok || e.Err != tt.err || e.Pos != tt.pos || e.Num != tt.in || e.Func != "Numeral.UnmarshalText" {
			t.Errorf("UnmarshalText(%q) error = %v; want %v at byte %d", tt.in, err, tt.err, tt.pos)
		}
		if n != 42 {
			t.Errorf("UnmarshalText(%q) failed but changed the Numeral to %d", tt.in, int(n))
		}
	}
}

func TestNumeralJSON(t *testing.T) {
	type term struct {
		Term roman.Numeral `json:"term"`
	}
	b, err := json.Marshal(term{15})
	if got, want := string(b), `{"term":"XV"}`; err != nil || got != want {
		t.Fatalf("json.Marshal = %s, %v; want %s, nil", got, err, want)
	}
	var got term
	if err := json.Unmarshal(b, &got); err != nil || got.Term != 15 {
		t.Fatalf("json.Unmarshal(%s) = %+v, %v; want {Term:15}, nil", b, got, err)
	}
	err = json.Unmarshal([]byte(`{"term":"XVV"}`), &got)
	if !errors.Is(err, roman.ErrSyntax) {
		t.Errorf("json.Unmarshal of a bad numeral: err = %v; want ErrSyntax", err)
	}
	_, err = json.Marshal(term{0})
	if !errors.Is(err, roman.ErrRange) {
		t.Errorf("json.Marshal of Numeral(0): err = %v; want ErrRange", err)
	}
}

func TestAllocs(t *testing.T) {
	b := []byte("MMMCMXCIX")
	buf := make([]byte, 0, 32)
	var n roman.Numeral
	tests := []struct {
		name string
		f    func()
	}{
		{"Parse", func() { roman.MustParse("MMMDCCCLXXXVIII") }},
		{"Parse(string(b))", func() {
			if _, err := roman.Parse(string(b)); err != nil {
				panic(err)
			}
		}},
		{"Append", func() {
			if _, err := roman.Append(buf[:0], 3888); err != nil {
				panic(err)
			}
		}},
		{"Numeral.AppendText", func() {
			if _, err := roman.Numeral(3888).AppendText(buf[:0]); err != nil {
				panic(err)
			}
		}},
		{"Numeral.UnmarshalText", func() {
			if err := n.UnmarshalText(b); err != nil {
				panic(err)
			}
		}},
	}
	for _, tt := range tests {
		if allocs := testing.AllocsPerRun(100, tt.f); allocs != 0 {
			t.Errorf("%s: got %v allocs, want 0 allocs", tt.name, allocs)
		}
	}
}
