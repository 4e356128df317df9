package vntext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

var parseWordsTests = []struct {
	in   string
	want int64
	err  error
	pos  int
}{
	{"một", 1, nil, 0},
	{"Sáu", 6, nil, 0},
	{"BẢY", 7, nil, 0},
	{"bẩy", 7, nil, 0},
	{"mười", 10, nil, 0},
	{"mười một", 11, nil, 0},
	{"mười bốn", 14, nil, 0},
	{"mười lăm", 15, nil, 0},
	{"hai mươi", 20, nil, 0},
	{"hai mươi mốt", 21, nil, 0},
	{"hai mươi một", 21, nil, 0},
	{"hai mươi tư", 24, nil, 0},
	{"hai mươi bốn", 24, nil, 0},
	{"ba mươi lăm", 35, nil, 0},
	{"chín mươi chín", 99, nil, 0},
	{"một trăm", 100, nil, 0},
	{"một trăm linh năm", 105, nil, 0},
	{"hai trăm lẻ một", 201, nil, 0},
	{"ba trăm mười hai", 312, nil, 0},
	{"năm trăm bốn mươi", 540, nil, 0},
	{"một nghìn", 1000, nil, 0},
	{"một ngàn", 1000, nil, 0},
	{"ba nghìn sáu trăm", 3600, nil, 0},
	{"một nghìn không trăm linh năm", 1005, nil, 0},
	{"hai nghìn linh tư", 2004, nil, 0},
	{"mười lăm triệu", 15e6, nil, 0},
	{"hai triệu rưỡi", 2.5e6, nil, 0},
	{"một tỷ hai trăm triệu", 1.2e9, nil, 0},
	{"một tỉ", 1e9, nil, 0},
	{"hai nghìn tỷ", 2e12, nil, 0},
	{"chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu", 999999e6, nil, 0},
	{"không", 0, nil, 0},
	{"  hai  mươi  ", 20, nil, 0},
	{"hai mươi tu\u031b", 24, nil, 0}, // NFD
	{"Mười Lăm", 15, nil, 0},          // title case
	{"hai mu\u031bơi", 20, nil, 0},    // NFD in the middle
	// chục: the tens of the digit before it.
	{"hai chục", 20, nil, 0},
	{"Năm chục", 50, nil, 0},
	{"ba chục nghìn", 30_000, nil, 0},
	{"hai trăm ba chục", 230, nil, 0},
	// A number in digits before its multiplier words.
	{"5 nghìn", 5000, nil, 0},
	{"5 ngàn", 5000, nil, 0},
	{"1,5 triệu", 1_500_000, nil, 0},
	{"1.200 tỷ", 1_200_000_000_000, nil, 0},
	{"2 chục", 20, nil, 0},
	{"3 trăm nghìn", 300_000, nil, 0},
	{"4 nghìn tỷ", 4_000_000_000_000, nil, 0},
	{" 7 triệu ", 7_000_000, nil, 0},
	// Numbers with a scale in the middle.
	{"ba mươi lăm nghìn", 35_000, nil, 0},
	{"hai mươi mốt nghìn không trăm mười một", 21_011, nil, 0},
	{"bảy trăm hai mươi mốt nghìn không trăm mười hai", 721_012, nil, 0},
	{"một triệu hai trăm nghìn", 1_200_000, nil, 0},
	{"", 0, ErrSyntax, 0},
	{"   ", 0, ErrSyntax, 3},
	{"tư", 0, ErrSyntax, 0},                  // tư alone is not a numeral
	{"mốt", 0, ErrSyntax, 0},                 // nor mốt
	{"mười mốt", 0, ErrSyntax, 8},            // mốt only after mươi
	{"hai trăm năm", 0, ErrSyntax, 10},       // a unit after trăm needs linh
	{"hai ba", 0, ErrSyntax, 4},              // two numbers
	{"hai nghìn ba nghìn", 0, ErrSyntax, 11}, // scales must fall
	{"ba người", 0, ErrSyntax, 3},
	{"12", 0, ErrSyntax, 0},
	{"linh năm", 0, ErrSyntax, 0},
	{"nghìn", 1000, nil, 0}, // a scale alone counts one of it
	{"trăm", 100, nil, 0},   // and so does trăm
	{"Nghìn tỷ", 1_000_000_000_000, nil, 0},
	{"trăm năm", 0, ErrSyntax, 6}, // a hundred years
	{"một trăm nghìn tỷ tỷ", 0, ErrRange, 24},
	{"chục", 0, ErrSyntax, 0},           // chục needs its digit
	{"mười năm", 0, ErrSyntax, 8},       // five after mười is lăm: ten years
	{"hai mươi năm", 0, ErrSyntax, 11},  // twenty years
	{"1,2345 nghìn", 0, ErrSyntax, 0},   // not a whole number
	{"5 người", 0, ErrSyntax, 2},        // a noun, not a multiplier
	{"5nghìn", 0, ErrSyntax, 1},         // the word needs a space
	{"5 nghìn,", 0, ErrSyntax, 8},       // nothing may follow
	{"5 nghìn chục", 0, ErrSyntax, 9},   // chục comes before the scales
	{"3.66 triệu", 0, ErrSyntax, 2},     // ParseNumber's grouping
	{"9.999.999 tỷ tỷ", 0, ErrRange, 0}, // more than an int64
}

func TestParseWords(t *testing.T) {
	for _, tt := range parseWordsTests {
		got, err := ParseWords(tt.in)
		if tt.err == nil {
			if err != nil || got != tt.want {
				t.Errorf("ParseWords(%q) = %d, %v; want %d, nil", tt.in, got, err, tt.want)
			}
			continue
		}
		var ne *NumError
		if !errors.As(err, &ne) || !errors.Is(err, tt.err) {
			t.Errorf("ParseWords(%q) = %d, %v; want error %v", tt.in, got, err, tt.err)
			continue
		}
		if ne.Func != "ParseWords" || ne.Num != tt.in || ne.Pos != tt.pos {
			t.Errorf("ParseWords(%q) error = %+v; want Func ParseWords, Pos %d", tt.in, ne, tt.pos)
		}
	}
}

// TestFindNumberWords marks the expected matches with ⟦ ⟧.
var findNumberWordsTests = []struct {
	in     string
	values []int64
	reason string
}{
	{"kết nạp ⟦ba mươi lăm⟧ đảng viên mới", []int64{35}, "plain count"},
	{"Năm 2024, quận có ⟦hai⟧ phường đạt chuẩn", []int64{2}, "năm before a year is the noun"},
	{"trong năm nay và năm tháng tới", nil, "năm before tháng reads as year"},
	{"có ⟦năm⟧ người được khen thưởng", []int64{5}, "năm before a counting noun"},
	{"một số cơ sở còn hạn chế", nil, "một số means some"},
	{"thực hiện một cách nghiêm túc", nil, "một cách is an adverb"},
	{"Thứ hai, tăng cường kiểm tra", nil, "ordinal"},
	{"lần thứ mười ba", nil, "ordinal words"},
	{"⟦hai⟧ bên cùng ký kết", []int64{2}, "hai bên keeps its numeral"},
	{"suốt ⟦hai trăm⟧ năm qua", []int64{200}, "trăm then năm (year)"},
	{"không có vướng mắc", nil, "không is not"},
	{"kinh tế tư nhân", nil, "tư alone"},
	{"đạt ⟦hai nghìn tỷ⟧ đồng và ⟦mười hai⟧ dự án", []int64{2e12, 12}, "two numbers"},
	{"⟦Mười Lăm⟧ đại biểu", []int64{15}, "title case"},
	{"hàng nghìn người", nil, "a scale does not start a number"},
	{"⟦hai chục⟧ năm gắn bó", []int64{20}, "chục after a digit"},
	{"thiệt hại hàng chục tỷ đồng", nil, "chục does not start a number: hàng chục is tens of"},
	{"vài chục hộ dân", nil, "vài chục is a few tens"},
	{"sau ⟦mười⟧ năm xây dựng", []int64{10}, "mười năm is ten years"},
	{"⟦hai mươi⟧ năm công tác", []int64{20}, "năm after a number counts years"},
	{"⟦một⟧ năm đầy biến động", []int64{1}, "một năm is one year"},
}

func TestFindNumberWords(t *testing.T) {
	for _, tt := range findNumberWordsTests {
		in, spans := stripMarks(tt.in)
		got := FindNumberWords(in)
		if len(got) != len(spans) {
			t.Errorf("FindNumberWords(%q) = %+v; want %d matches (%s)", in, got, len(spans), tt.reason)
			continue
		}
		for i, m := range got {
			if m.Start != spans[i].Start || m.End != spans[i].End || m.Value != tt.values[i] {
				t.Errorf("FindNumberWords(%q)[%d] = %q %d; want %q %d (%s)", in, i,
					in[m.Start:m.End], m.Value, in[spans[i].Start:spans[i].End], tt.values[i], tt.reason)
			}
		}
	}
}

// stripMarks removes ⟦ and ⟧ from s and returns the spans they marked.
func stripMarks(s string) (string, []Span) {
	var b strings.Builder
	var spans []Span
	for _, r := range s {
		switch r {
		case '⟦':
			spans = append(spans, Span{Start: b.Len()})
		case '⟧':
			spans[len(spans)-1].End = b.Len()
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans
}

func TestFindNumberWordsOffsetsNFD(t *testing.T) {
	in := "có ba mu\u031bơi la\u0306m người" // NFD: spans must index this string
	got := FindNumberWords(in)
	if len(got) != 1 || got[0].Value != 35 || in[got[0].Start:got[0].End] != "ba mu\u031bơi la\u0306m" {
		t.Errorf("FindNumberWords(%q) = %+v", in, got)
	}
}

func FuzzParseWords(f *testing.F) {
	for _, tt := range parseWordsTests {
		f.Add(tt.in)
	}
	f.Add("\xff một")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseWords(s)
		if err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || ne.Pos < 0 || ne.Pos > len(s) {
				t.Fatalf("ParseWords(%q) error %v has bad position", s, err)
			}
			return
		}
		if v < 0 {
			t.Fatalf("ParseWords(%q) = %d < 0", s, v)
		}
		for _, m := range FindNumberWords(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || !utf8.RuneStart(s[m.Start]) {
				t.Fatalf("FindNumberWords(%q): bad span %+v", s, m)
			}
		}
	})
}
