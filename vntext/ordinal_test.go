package vntext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

var parseOrdinalTests = []struct {
	in   string
	want int
	err  error
	pos  int
}{
	{"thứ nhất", 1, nil, 0},
	{"thứ nhì", 2, nil, 0},
	{"thứ hai", 2, nil, 0},
	{"thứ ba", 3, nil, 0},
	{"thứ tư", 4, nil, 0},
	{"thứ năm", 5, nil, 0},
	{"thứ sáu", 6, nil, 0},
	{"thứ bảy", 7, nil, 0},
	{"thứ tám", 8, nil, 0},
	{"thứ chín", 9, nil, 0},
	{"thứ mười", 10, nil, 0},
	{"thứ mười ba", 13, nil, 0},
	{"thứ hai mươi mốt", 21, nil, 0},
	{"Thứ Nhất", 1, nil, 0},
	{"lần thứ 21", 21, nil, 0},
	{"lần thứ VI", 6, nil, 0},
	{"lần thứ XIII", 13, nil, 0},
	{"thứ 13", 13, nil, 0},
	{"thu\u031b\u0301 tư", 4, nil, 0}, // NFD
	{"đầu tiên", 1, nil, 0},
	{"Đầu Tiên", 1, nil, 0},
	{"lần đầu tiên", 1, nil, 0},
	{"đầu tiên của", 0, ErrSyntax, 13},
	{"đầu", 0, ErrSyntax, 0},
	{"", 0, ErrSyntax, 0},
	{"thứ", 0, ErrSyntax, 5},
	{"hai", 0, ErrSyntax, 0},
	{"thứ trưởng", 0, ErrSyntax, 6},
	{"lần thứ IIII", 0, ErrSyntax, 12}, // not canonical
	{"lần thứ vi", 0, ErrSyntax, 12},   // lower-case Roman
	{"thứ 2a", 0, ErrSyntax, 7},
	{"thứ hai mươi x", 0, ErrSyntax, 17},
	{"thứ 99999999999", 0, ErrRange, 15},
}

func TestParseOrdinal(t *testing.T) {
	for _, tt := range parseOrdinalTests {
		got, err := ParseOrdinal(tt.in)
		if tt.err == nil {
			if err != nil || got != tt.want {
				t.Errorf("ParseOrdinal(%q) = %d, %v; want %d, nil", tt.in, got, err, tt.want)
			}
			continue
		}
		var ne *NumError
		if !errors.As(err, &ne) || !errors.Is(err, tt.err) {
			t.Errorf("ParseOrdinal(%q) = %d, %v; want error %v", tt.in, got, err, tt.err)
			continue
		}
		if ne.Func != "ParseOrdinal" || ne.Pos != tt.pos {
			t.Errorf("ParseOrdinal(%q) error = %+v; want Pos %d", tt.in, ne, tt.pos)
		}
	}
}

var findOrdinalsTests = []struct {
	in     string
	values []int
	kinds  []OrdinalForm
	reason string
}{
	{"Hội nghị ⟦lần thứ 21⟧ Ban Chấp hành", []int{21}, []OrdinalForm{OrdinalDigits}, "digits"},
	{"Đại hội ⟦lần thứ VI⟧ và ⟦lần thứ XIII⟧", []int{6, 13}, []OrdinalForm{OrdinalRoman, OrdinalRoman}, "roman"},
	{"tại kỳ họp ⟦thứ 13⟧, HĐND", []int{13}, []OrdinalForm{OrdinalDigits}, "session"},
	{"Hội nghị ⟦lần thứ mười ba⟧", []int{13}, []OrdinalForm{OrdinalWords}, "words"},
	{"Hội nghị ⟦Trung ương 7⟧ (khóa XII)", []int{7}, []OrdinalForm{OrdinalDigits}, "plenum"},
	{"⟦Thứ nhất⟧, làm tốt. ⟦Thứ hai⟧, tăng cường. ⟦Thứ tư⟧, đổi mới", []int{1, 2, 4}, []OrdinalForm{OrdinalWords, OrdinalWords, OrdinalWords}, "items"},
	{"Hội nghị ⟦lần thứ 4⟧, ngày 5/6/2024", []int{4}, []OrdinalForm{OrdinalDigits}, "lần keeps the ordinal before a date"},
	{"Thứ Tư, ngày 28 tháng 2 năm 2024", nil, nil, "weekday, capitalised"},
	{"Thứ 4, 28/02/2024", nil, nil, "weekday with digits"},
	{"thứ tư, ngày 28/2", nil, nil, "weekday before ngày"},
	{"sáng thứ năm tuần này", nil, nil, "weekday after sáng"},
	{"vào thứ Bảy và Chủ nhật", nil, nil, "weekday"},
	{"Thứ trưởng Bộ Nội vụ", nil, nil, "not a number"},
	{"đứng ⟦thứ 3⟧ toàn thành phố", []int{3}, []OrdinalForm{OrdinalDigits}, "rank"},
	{"Hội nghị Trung ương lần này", nil, nil, "plenum without number"},
	{"⟦Lần đầu tiên⟧, quận đạt chuẩn", []int{1}, []OrdinalForm{OrdinalWords}, "đầu tiên with lần"},
	{"là đơn vị ⟦đầu tiên⟧ của thành phố", []int{1}, []OrdinalForm{OrdinalWords}, "đầu tiên"},
	{"⟦Đầu tiên⟧, cần rà soát", []int{1}, []OrdinalForm{OrdinalWords}, "đầu tiên opening a list"},
	{"đầu năm, đầu tư, đầu tiếng", nil, nil, "đầu alone"},
}

func TestFindOrdinals(t *testing.T) {
	for _, tt := range findOrdinalsTests {
		in, spans := stripMarks(tt.in)
		got := FindOrdinals(in)
		if len(got) != len(spans) {
			t.Errorf("FindOrdinals(%q) = %+v; want %d matches (%s)", in, got, len(spans), tt.reason)
			continue
		}
		for i, m := range got {
			if m.Start != spans[i].Start || m.End != spans[i].End || m.Value != tt.values[i] || m.Kind != tt.kinds[i] {
				t.Errorf("FindOrdinals(%q)[%d] = %q %d %s; want %q %d %s (%s)", in, i, in[m.Start:m.End], m.Value, m.Kind,
					in[spans[i].Start:spans[i].End], tt.values[i], tt.kinds[i], tt.reason)
			}
		}
	}
}

func FuzzParseOrdinal(f *testing.F) {
	for _, tt := range parseOrdinalTests {
		f.Add(tt.in)
	}
	for _, tt := range findOrdinalsTests {
		in, _ := stripMarks(tt.in)
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseOrdinal(s)
		if err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || ne.Pos < 0 || ne.Pos > len(s) {
				t.Fatalf("ParseOrdinal(%q) error %v has bad position", s, err)
			}
		} else if v < 0 {
			t.Fatalf("ParseOrdinal(%q) = %d", s, v)
		}
		last := 0
		for _, m := range FindOrdinals(s) {
			if m.Start < last || m.End > len(s) || m.Start >= m.End || !utf8.RuneStart(s[m.Start]) {
				t.Fatalf("FindOrdinals(%q): bad span %+v", s, m)
			}
			last = m.End
		}
	})
}

// ordinalWordsAtTests read at the first byte of at in in; read is the
// text the words take.
var ordinalWordsAtTests = []struct {
	in, at, read string
	n            int
}{
	{"kỳ họp thứ mười ba, HĐND", "mười", "mười ba", 13},
	{"lần thứ Tư", "Tư", "Tư", 4},
	{"thứ nhất", "nhất", "nhất", 1},
	{"thứ nhì", "nhì", "nhì", 2},
	{"thứ hai mươi mốt của", "hai", "hai mươi mốt", 21},
	{"thứ mười năm", "mười", "mười", 10}, // five after mười is lăm
	{"thứ trưởng", "trưởng", "", 0},
}

func TestOrdinalWordsAt(t *testing.T) {
	for _, tt := range ordinalWordsAtTests {
		i := strings.Index(tt.in, tt.at)
		n, end, ok := OrdinalWordsAt(tt.in, i)
		if n != tt.n || ok != (tt.read != "") || ok && tt.in[i:end] != tt.read {
			t.Errorf("OrdinalWordsAt(%q, %d) = %d, %d, %v; want %d reading %q", tt.in, i, n, end, ok, tt.n, tt.read)
		}
	}
}

// TestOrdinalWordCountWord checks the one-word readers, one row a word:
// its number after "thứ" and as a count, 0 for none.
func TestOrdinalWordCountWord(t *testing.T) {
	for _, c := range []struct {
		w              string
		ordinal, count int
	}{
		{"nhất", 1, 0}, {"một", 0, 1}, {"nhì", 2, 0}, {"hai", 2, 2}, {"ba", 3, 3},
		{"tư", 4, 0}, {"bốn", 4, 4}, {"năm", 5, 5}, {"lăm", 0, 0}, {"sáu", 6, 6},
		{"bảy", 7, 7}, {"bẩy", 7, 7}, {"tám", 8, 8}, {"chín", 9, 9}, {"mười", 10, 10},
		{"mốt", 0, 0}, {"không", 0, 0}, {"mươi", 0, 0}, {"trăm", 0, 0},
		{"mười hai", 0, 0}, {"", 0, 0}, {"Hai", 0, 0}, {"các", 0, 0},
	} {
		o, ook := OrdinalWord(c.w)
		n, nok := CountWord(c.w)
		if o != c.ordinal && (ook || c.ordinal != 0) || ook != (c.ordinal != 0) || n != c.count || nok != (c.count != 0) {
			t.Errorf("%q: OrdinalWord %d %v, CountWord %d %v; want %d, %d", c.w, o, ook, n, nok, c.ordinal, c.count)
		}
	}
}
