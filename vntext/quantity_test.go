package vntext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnreport/vnreport/internal/hostile"
)

var parseMoneyTests = []struct {
	in   string
	want Money
	err  error
	pos  int
}{
	{"3.666 tỷ đồng", Money{3666, "tỷ đồng", CurrencyVND, 3_666_000_000_000}, nil, 0},
	{"4.863,4 tỷ đồng", Money{4863.4, "tỷ đồng", CurrencyVND, 4_863_400_000_000}, nil, 0},
	{"1,2 triệu USD", Money{1.2, "triệu USD", CurrencyUSD, 0}, nil, 0},
	{"476 nghìn tỷ đồng", Money{476, "nghìn tỷ đồng", CurrencyVND, 476_000_000_000_000}, nil, 0},
	{"1 triệu tỷ đồng", Money{1, "triệu tỷ đồng", CurrencyVND, 1_000_000_000_000_000}, nil, 0},
	{"214.000 tỉ đồng", Money{214000, "tỉ đồng", CurrencyVND, 214_000_000_000_000}, nil, 0},
	{"1.000 tỷ", Money{1000, "tỷ", CurrencyVND, 1_000_000_000_000}, nil, 0}, // scale alone means đồng
	{"100.000 đồng", Money{100000, "đồng", CurrencyVND, 100_000}, nil, 0},
	{"33,8 triệu đồng", Money{33.8, "triệu đồng", CurrencyVND, 33_800_000}, nil, 0},
	{"78 tr.đ", Money{78, "tr.đ", CurrencyVND, 78_000_000}, nil, 0}, // as tables abbreviate triệu đồng
	{"4,5 trđ", Money{4.5, "trđ", CurrencyVND, 4_500_000}, nil, 0},
	{"5.400 USD", Money{5400, "USD", CurrencyUSD, 0}, nil, 0},
	{"2 triệu đô la", Money{2, "triệu đô la", CurrencyUSD, 0}, nil, 0},
	{"1,5 tỷ đô la Mỹ", Money{1.5, "tỷ đô la Mỹ", CurrencyUSD, 0}, nil, 0},
	{"40 đô", Money{40, "đô", CurrencyUSD, 0}, nil, 0}, // đô alone ends the amount
	{"mười đô", Money{10, "đô", CurrencyUSD, 0}, nil, 0},
	{"mười đô Mỹ", Money{10, "đô Mỹ", CurrencyUSD, 0}, nil, 0},
	{"3 Tỷ Đồng", Money{3, "Tỷ Đồng", CurrencyVND, 3_000_000_000}, nil, 0},
	{"0,5 đồng", Money{0.5, "đồng", CurrencyVND, 1}, nil, 0}, // half a đồng rounds up
	// The number in words: its scale words are part of the number.
	{"mười đồng", Money{10, "đồng", CurrencyVND, 10}, nil, 0},
	{"hai trăm nghìn đồng", Money{200_000, "đồng", CurrencyVND, 200_000}, nil, 0},
	{"Năm triệu đồng", Money{5_000_000, "đồng", CurrencyVND, 5_000_000}, nil, 0},
	{"ba mươi lăm nghìn VNĐ", Money{35_000, "VNĐ", CurrencyVND, 35_000}, nil, 0},
	{"một tỷ hai trăm triệu đồng", Money{1_200_000_000, "đồng", CurrencyVND, 1_200_000_000}, nil, 0},
	{"hai chục nghìn đồng", Money{20_000, "đồng", CurrencyVND, 20_000}, nil, 0},
	{"mười đô la", Money{10, "đô la", CurrencyUSD, 0}, nil, 0},
	{"hai triệu USD", Money{2_000_000, "USD", CurrencyUSD, 0}, nil, 0},
	{"mươ\u0300i đô\u0300ng", Money{10, "đô\u0300ng", CurrencyVND, 10}, nil, 0}, // NFD
	{"hai đồng chí", Money{}, ErrSyntax, 0},
	{"tư nhân đồng", Money{}, ErrSyntax, 0},
	{"mười người", Money{}, ErrSyntax, 0},
	{"hàng chục tỷ đồng", Money{}, ErrSyntax, 0},
	{"", Money{}, ErrSyntax, 0},
	{"tỷ đồng", Money{}, ErrSyntax, 0},
	{"3.666", Money{}, ErrSyntax, 5},
	{"3.666 tỷ", Money{3666, "tỷ", CurrencyVND, 3_666_000_000_000}, nil, 0},
	{"3.666 tỷ người", Money{}, ErrSyntax, 10},
	{"3.66 tỷ đồng", Money{}, ErrSyntax, 2},
	{"8,2%", Money{}, ErrSyntax, 4},
	{"9.999.999 triệu tỷ đồng", Money{}, ErrRange, 0},                   // more than an int64 of đồng
	{"1 tỷ tỷ đồng", Money{1, "tỷ tỷ đồng", CurrencyVND, 1e18}, nil, 0}, // odd, but it fits
	{"1 nghìn tỷ tỷ đồng", Money{}, ErrRange, 2},                        // the scale overflows
	{"1 tỷ tỷ tỷ đồng", Money{}, ErrRange, 2},
	{"1 tỷ tỷ tỷ USD", Money{}, ErrRange, 2},
}

func TestParseMoney(t *testing.T) {
	for _, tt := range parseMoneyTests {
		got, err := ParseMoney(tt.in)
		if tt.err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || !errors.Is(err, tt.err) || ne.Pos != tt.pos || ne.Func != "ParseMoney" {
				t.Errorf("ParseMoney(%q) error = %v; want %v at byte %d", tt.in, err, tt.err, tt.pos)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseMoney(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

var parsePercentTests = []struct {
	in   string
	want float64
	err  error
}{
	{"8,2%", 8.2, nil},
	{"8,2 %", 8.2, nil},
	{"8,2 phần trăm", 8.2, nil},
	{"100%", 100, nil},
	{"108 Phần Trăm", 108, nil},
	{"8,2", 0, ErrSyntax},
	{"%", 0, ErrSyntax},
	{"8,2% ", 0, ErrSyntax},
	{"8,2 tỷ", 0, ErrSyntax},
}

func TestParsePercent(t *testing.T) {
	for _, tt := range parsePercentTests {
		got, err := ParsePercent(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParsePercent(%q) error = %v; want %v", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParsePercent(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// In findQuantitiesTests, ⟦ and ⟧ mark the spans FindQuantities must
// report; they are removed before the call.
var findQuantitiesTests = []struct {
	in     string
	kinds  []QuantityKind
	values []float64
	bounds []Bound
	reason string
}{
	{"thu đạt ⟦hơn 3.200 tỷ đồng⟧, tăng ⟦8,2%⟧ so với cùng kỳ",
		[]QuantityKind{QuantityMoney, QuantityPercent}, []float64{3200, 8.2}, []Bound{BoundOver, ""}, "money with a bound, percent"},
	{"với tỷ lệ ⟦gần 68%⟧ kế hoạch", []QuantityKind{QuantityPercent}, []float64{68}, []Bound{BoundAbout}, "gần is about"},
	{"⟦Khoảng 1,2 triệu USD⟧", []QuantityKind{QuantityMoney}, []float64{1.2}, []Bound{BoundAbout}, "capitalised bound"},
	{"đạt ⟦trên dưới 50%⟧", []QuantityKind{QuantityPercent}, []float64{50}, []Bound{BoundAbout}, "trên dưới before trên"},
	{"số vụ ⟦chưa đến 10⟧ vụ", []QuantityKind{QuantityNumber}, []float64{10}, []Bound{BoundUnder}, "chưa đến"},
	{"số học viên ⟦ít hơn 20⟧ người", []QuantityKind{QuantityNumber}, []float64{20}, []Bound{BoundUnder}, "ít hơn is fewer than"},
	{"Quỹ khuyến học xã nhận thêm ⟦hơn một tỷ đồng⟧ và ⟦12 tỷ đồng⟧ vốn vay.",
		[]QuantityKind{QuantityMoney, QuantityMoney}, []float64{1e9, 12}, []Bound{BoundOver, ""}, "money in words, in text order with digits"},
	{"Mỗi hộ được hỗ trợ ⟦năm trăm nghìn đồng⟧.", []QuantityKind{QuantityMoney}, []float64{500000}, []Bound{""}, "scales in words are part of the number"},
	{"ủng hộ ⟦hai tỷ USD⟧ cho dự án", []QuantityKind{QuantityMoney}, []float64{2e9}, []Bound{""}, "dollars in words"},
	{"cả năm ⟦hơn hai tỷ đồng⟧; hai trăm năm sáu tỷ đồng", []QuantityKind{QuantityMoney}, []float64{2e9}, []Bound{BoundOver}, "a run of words that is not one number gives no amount, not a part of one"},
	{"Hội đồng nhân dân, hai đồng chí, một đồng minh, năm trăm đồng", nil, nil, nil, "đồng in a word is no currency; nor under a thousand in words"},
	{"thiệt hại hàng chục tỷ đồng, mỗi hộ mất vài trăm nghìn đồng", nil, nil, nil, "rough sizes in words are no amount"},
	{"Bảng giá: ⟦USD1,5⟧, ⟦VND2.000⟧-⟦VND3.000⟧", []QuantityKind{QuantityMoney, QuantityMoney, QuantityMoney}, []float64{1.5, 2000, 3000}, []Bound{"", "", ""}, "currency code before the number"},
	{"mã SP-USD12 và USD1,2 tỷ", nil, nil, nil, "a code inside a longer token, or with a unit after, is no amount"},
	{"rút ngắn ⟦ít nhất 25%⟧ thời gian", []QuantityKind{QuantityPercent}, []float64{25}, []Bound{BoundOver}, "ít nhất is over"},
	{"giảm ⟦tối thiểu 15%⟧ chi phí", []QuantityKind{QuantityPercent}, []float64{15}, []Bound{BoundOver}, "tối thiểu is over"},
	{"tỷ lệ hộ nghèo ⟦không quá 1,5%⟧", []QuantityKind{QuantityPercent}, []float64{1.5}, []Bound{BoundUnder}, "không quá is at most"},
	{"bội chi ⟦không vượt quá 120 tỷ đồng⟧", []QuantityKind{QuantityMoney}, []float64{120}, []Bound{BoundUnder}, "không vượt quá before không quá"},
	{"giá vé ⟦tối đa 50.000 đồng⟧/lượt", []QuantityKind{QuantityMoney}, []float64{50000}, []Bound{BoundUnder}, "tối đa is at most"},
	{"mức hỗ trợ ⟦không dưới 3 triệu đồng⟧", []QuantityKind{QuantityMoney}, []float64{3}, []Bound{BoundOver}, "không dưới is at least"},
	{"chi phí ⟦không hơn 2 tỷ đồng⟧", []QuantityKind{QuantityMoney}, []float64{2}, []Bound{BoundUnder}, "a negated hơn is at most"},
	{"các xã đạt từ ⟦80% trở lên⟧", []QuantityKind{QuantityPercent}, []float64{80}, []Bound{BoundOver}, "trở lên after the figure"},
	{"hộ có thu nhập ⟦1,5 triệu đồng trở xuống⟧", []QuantityKind{QuantityMoney}, []float64{1.5}, []Bound{BoundUnder}, "trở xuống after the unit"},
	{"tăng cao ⟦hơn 2%⟧ so với cùng kỳ", []QuantityKind{QuantityPercent}, []float64{2}, []Bound{BoundOver}, "cao hơn is read as hơn (a difference in reports)"},
	{"xuất khẩu đạt ⟦3,2 tỷ đô la Mỹ⟧, tăng", []QuantityKind{QuantityMoney}, []float64{3.2}, []Bound{""}, "đô la Mỹ is one currency"},
	{"có ⟦5⟧ đô thị loại II", []QuantityKind{QuantityNumber}, []float64{5}, []Bound{""}, "đô thị is no currency"},
	{"giá ⟦5⟧ đô mỗi chiếc", []QuantityKind{QuantityNumber}, []float64{5}, []Bound{""}, "đô alone in running text is not read"},
	{"lợi nhuận ⟦âm 985 tỷ đồng⟧", []QuantityKind{QuantityMoney}, []float64{-985}, []Bound{""}, "âm is minus"},
	{"nhiệt độ xuống ⟦âm 2⟧ độ", []QuantityKind{QuantityNumber}, []float64{-2}, []Bound{""}, "âm before a bare number"},
	{"quan tâm ⟦4⟧ nhóm vấn đề", []QuantityKind{QuantityNumber}, []float64{4}, []Bound{""}, "âm inside tâm is no sign"},
	{"lợi nhuận ⟦âm 985 tỷ đồng⟧", []QuantityKind{QuantityMoney}, []float64{-985}, []Bound{""}, "âm is minus"},
	{"nhiệt độ xuống ⟦âm 2⟧ độ", []QuantityKind{QuantityNumber}, []float64{-2}, []Bound{""}, "âm before a bare number"},
	{"quan tâm ⟦4⟧ nhóm vấn đề", []QuantityKind{QuantityNumber}, []float64{4}, []Bound{""}, "âm inside tâm is no sign"},
	{"thu nhập từ ⟦60⟧ đến ⟦65 triệu đồng⟧", []QuantityKind{QuantityMoney, QuantityMoney}, []float64{60, 65}, []Bound{"", ""}, "a range's first end takes the second's unit"},
	{"tăng từ ⟦5⟧ tới ⟦7%⟧", []QuantityKind{QuantityPercent, QuantityPercent}, []float64{5, 7}, []Bound{"", ""}, "tới joins a range of percentages"},
	{"giữa ⟦1,1⟧ và ⟦1,3 đô la⟧", []QuantityKind{QuantityMoney, QuantityMoney}, []float64{1.1, 1.3}, []Bound{"", ""}, "và joins a range after giữa"},
	{"lần lượt ⟦5⟧ và ⟦7 tỷ đồng⟧", []QuantityKind{QuantityNumber, QuantityMoney}, []float64{5, 7}, []Bound{"", ""}, "và alone joins a list"},
	{"từ ⟦3⟧ đến ⟦5⟧ người", []QuantityKind{QuantityNumber, QuantityNumber}, []float64{3, 5}, []Bound{"", ""}, "a range of counts has no unit to share"},
	{"tăng ⟦7,5⟧-⟦8%⟧", []QuantityKind{QuantityPercent, QuantityPercent}, []float64{7.5, 8}, []Bound{"", ""}, "a dash range of percentages"},
	{"giá ⟦khoảng 40⟧-⟦50 nghìn đồng⟧/kg", []QuantityKind{QuantityMoney, QuantityMoney}, []float64{40, 50}, []Bound{BoundAbout, ""}, "a dash range of money, its bound on the first end"},
	{"vốn ⟦khoảng 1.800 tỷ đồng⟧-⟦2.300 tỷ đồng⟧", []QuantityKind{QuantityMoney, QuantityMoney}, []float64{1800, 2300}, []Bound{BoundAbout, ""}, "a dash range of money that repeats its unit"},
	{"chủng SARS-CoV-2 và COVID-19 của ⟦5 tỷ đồng⟧", []QuantityKind{QuantityMoney}, []float64{5}, []Bound{""}, "a code's digits after a dash stay skipped"},
	{"giai đoạn 2021-2025, tăng 2-3 lần", nil, nil, nil, "years and counts joined by a dash are skipped"},
	{"giảm 10-5% là sai", nil, nil, nil, "a range must not fall"},
	{"ngày 26-3-2019 mức ⟦5%⟧", []QuantityKind{QuantityPercent}, []float64{5}, []Bound{""}, "a date is no range"},
	{"kết nạp ⟦217⟧ đảng viên", []QuantityKind{QuantityNumber}, []float64{217}, []Bound{""}, "bare number"},
	{"đón ⟦1,6 triệu⟧ lượt khách", []QuantityKind{QuantityNumber}, []float64{1.6}, []Bound{""}, "scale before a noun"},
	{"ngày 31/12/2020, giai đoạn 2020-2025, số 14-NQ/QU, công nghiệp 4.0, F0, 10km",
		nil, nil, nil, "dates, ranges, codes and identifiers are skipped"},
	{"tăng ⟦7.5%⟧", []QuantityKind{QuantityPercent}, []float64{7.5}, []Bound{""}, "English decimal point before %"},
	{"kết nạp ⟦6⟧ đồng chí", []QuantityKind{QuantityNumber}, []float64{6}, []Bound{""}, "đồng chí is not money"},
	{"gần như ⟦100%⟧", []QuantityKind{QuantityPercent}, []float64{100}, []Bound{""}, "gần như is not a bound"},
}

// unmark removes ⟦ ⟧ and returns the marked spans.
func unmark(s string) (string, [][2]int) {
	var b strings.Builder
	var spans [][2]int
	start := -1
	for _, r := range s {
		switch r {
		case '⟦':
			start = b.Len()
		case '⟧':
			spans = append(spans, [2]int{start, b.Len()})
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans
}

func TestFindQuantities(t *testing.T) {
	for _, tt := range findQuantitiesTests {
		t.Run(tt.reason, func(t *testing.T) {
			in, spans := unmark(tt.in)
			got := FindQuantities(in)
			if len(got) != len(spans) {
				t.Fatalf("FindQuantities(%q) = %+v; want %d quantities", in, got, len(spans))
			}
			for k, q := range got {
				if q.Start != spans[k][0] || q.End != spans[k][1] {
					t.Errorf("quantity %d = %q; want %q", k, in[q.Start:q.End], in[spans[k][0]:spans[k][1]])
				}
				if q.Kind != tt.kinds[k] || q.Value != tt.values[k] || q.Bound != tt.bounds[k] {
					t.Errorf("quantity %d = %+v; want kind %s value %v bound %q", k, q, tt.kinds[k], tt.values[k], tt.bounds[k])
				}
			}
		})
	}
}

func TestFindQuantitiesFields(t *testing.T) {
	s := "đạt hơn 4.863,4 tỷ đồng"
	got := FindQuantities(s)
	want := Quantity{Start: strings.Index(s, "hơn"), NumStart: strings.Index(s, "4"), End: len(s), Kind: QuantityMoney,
		Value: 4863.4, Unit: "tỷ đồng", Currency: CurrencyVND, Bound: BoundOver, BoundWord: "hơn", VND: 4_863_400_000_000}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("FindQuantities = %+v; want %+v", got, want)
	}
}

// Doc.FindQuantities reports the same quantities for every spelling of a
// text, with offsets into each input as given.
func TestDocFindQuantitiesVariants(t *testing.T) {
	clean := "Thu ngân sách ước đạt trên 3.666 tỷ đồng,\ntăng 8,2 phần trăm; giải ngân khoảng 1,2 triệu USD."
	variants := map[string]string{
		"nfc":  clean,
		"nfd":  norm.NFD.String(clean),
		"crlf": strings.ReplaceAll(clean, "\n", "\r\n"),
		"nbsp": strings.ReplaceAll(clean, " ", "\u00a0"),
	}
	want := FindQuantities(clean)
	if len(want) != 3 {
		t.Fatalf("FindQuantities(clean) found %d quantities; want 3", len(want))
	}
	for name, in := range variants {
		got := NewDoc(in).FindQuantities()
		if len(got) != len(want) {
			t.Errorf("%s: %d quantities; want %d", name, len(got), len(want))
			continue
		}
		for k := range got {
			if got[k].Value != want[k].Value || got[k].Kind != want[k].Kind || got[k].Bound != want[k].Bound || got[k].VND != want[k].VND {
				t.Errorf("%s: quantity %d = %+v; want %+v", name, k, got[k], want[k])
			}
			src := in[got[k].Start:got[k].End]
			if Normalize(src) != clean[want[k].Start:want[k].End] {
				t.Errorf("%s: span %q does not normalise to %q", name, src, clean[want[k].Start:want[k].End])
			}
		}
	}
}

func TestFindQuantitiesAllocs(t *testing.T) {
	// Skipped numbers cost nothing: dates, codes and terms do not allocate.
	s := strings.Repeat("Ngày 31/12/2020, Hội nghị khóa XII, nhiệm kỳ 2020-2025, bàn Nghị quyết 14-NQ/QU. ", 20)
	if n := testing.AllocsPerRun(10, func() { FindQuantities(s) }); n != 0 {
		t.Errorf("FindQuantities allocates %v times on text without quantities; want 0", n)
	}
}

func FuzzParseMoney(f *testing.F) {
	for _, tt := range parseMoneyTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			var ne *NumError
			if !errors.As(err, &ne) || ne.Pos < 0 || ne.Pos > len(s) {
				t.Fatalf("ParseMoney(%q) error %v has no valid position", s, err)
			}
			return
		}
		if m.Currency != CurrencyVND && m.Currency != CurrencyUSD {
			t.Fatalf("ParseMoney(%q) = %+v: no currency", s, m)
		}
		if m.Value < 0 || m.VND < 0 {
			t.Fatalf("ParseMoney(%q) = %+v: negative", s, m)
		}
	})
}

func FuzzParsePercent(f *testing.F) {
	for _, tt := range parsePercentTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParsePercent(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParsePercent(%q) error %v is neither ErrSyntax nor ErrRange", s, err)
			}
			return
		}
		if v < 0 {
			t.Fatalf("ParsePercent(%q) = %v", s, v)
		}
	})
}

func FuzzFindQuantities(f *testing.F) {
	for _, tt := range findQuantitiesTests {
		in, _ := unmark(tt.in)
		f.Add(in)
	}
	for _, s := range hostile.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, q := range NewDoc(s).FindQuantities() {
			if q.Start < last || q.Start > q.NumStart || q.NumStart > q.End || q.End > len(s) {
				t.Fatalf("FindQuantities(%q): bad span %+v", s, q)
			}
			if q.Start < len(s) && !utf8.RuneStart(s[q.Start]) {
				t.Fatalf("FindQuantities(%q): span %+v starts inside a rune", s, q)
			}
			last = q.End
		}
	})
}

func BenchmarkFindQuantities(b *testing.B) {
	para := "Thu ngân sách Nhà nước trên địa bàn quận ước 6 tháng đầu năm đạt trên 3.666 tỷ đồng, " +
		"đạt 55,4% kế hoạch, tăng 8,2% so với cùng kỳ năm 2023; kết nạp được 217 đảng viên. "
	s := strings.Repeat(para, 10_000/len(para)+1)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FindQuantities(s)
	}
}

// TextQuantities reports offsets of d.Text, which Doc.FindQuantities maps to d.Src.
func TestDocTextQuantities(t *testing.T) {
	src := norm.NFD.String("Thu đạt\u00a0hơn 3.666 tỷ đồng")
	d := NewDoc(src)
	tq, sq := d.TextQuantities(), d.FindQuantities()
	if len(tq) != 1 || len(sq) != 1 {
		t.Fatalf("TextQuantities = %+v, FindQuantities = %+v; want one each", tq, sq)
	}
	if got := d.Text[tq[0].Start:tq[0].End]; got != "hơn 3.666 tỷ đồng" {
		t.Errorf("TextQuantities span = %q", got)
	}
	if s, e := d.SrcSpan(tq[0].Start, tq[0].End); s != sq[0].Start || e != sq[0].End {
		t.Errorf("SrcSpan(TextQuantities) = [%d:%d]; FindQuantities = [%d:%d]", s, e, sq[0].Start, sq[0].End)
	}
}

// An amount written in two scales is one amount, given in the larger.
func TestFindQuantitiesCompound(t *testing.T) {
	tests := []struct {
		in   string
		want Quantity
	}{
		{"vốn điều chỉnh là 212 tỷ 800 triệu đồng.", Quantity{Kind: QuantityMoney, Value: 212.8, Unit: "tỷ đồng", Currency: CurrencyVND, VND: 212_800_000_000}},
		{"thu hơn 2 tỉ 50 triệu", Quantity{Kind: QuantityMoney, Value: 2.05, Unit: "tỉ", Currency: CurrencyVND, Bound: BoundOver, BoundWord: "hơn", VND: 2_050_000_000}},
	}
	for _, tt := range tests {
		got := FindQuantities(tt.in)
		if len(got) != 1 {
			t.Fatalf("FindQuantities(%q) = %+v; want one amount", tt.in, got)
		}
		g := got[0]
		if g.Kind != tt.want.Kind || g.Value != tt.want.Value || g.Unit != tt.want.Unit || g.Currency != tt.want.Currency ||
			g.VND != tt.want.VND || g.Bound != tt.want.Bound || tt.in[g.NumStart:g.End] != strings.TrimRight(tt.in[g.NumStart:], ".") {
			t.Errorf("FindQuantities(%q) = %+v; want %+v", tt.in, g, tt.want)
		}
	}
	// Not compounds: a second figure, and a fraction before tỷ.
	for _, in := range []string{"3 tỷ đồng, 20 trường", "1,5 tỷ 300 triệu đồng"} {
		if got := FindQuantities(in); len(got) == 1 && got[0].VND != 0 && got[0].Unit == "tỷ đồng" && strings.Contains(in, "300") {
			t.Errorf("FindQuantities(%q) = %+v; want no compound", in, got)
		}
	}
}
