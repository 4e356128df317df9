package vntext

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var parsePeriodTests = []struct {
	in   string
	want string // Period.String(); "" with err
	kind PeriodKind
	err  error
	pos  int
}{
	{"quý I/2021", "2021-Q1", PeriodQuarter, nil, 0},
	{"Quý II-2022", "2022-Q2", PeriodQuarter, nil, 0},
	{"quý 3 năm 2018", "2018-Q3", PeriodQuarter, nil, 0},
	{"quý IV", "Q4", PeriodQuarter, nil, 0},
	{"QUÝ iii năm 2020", "2020-Q3", PeriodQuarter, nil, 0},
	{"quý ba", "Q3", PeriodQuarter, nil, 0},
	{"quý 4 năm 2018", "2018-Q4", PeriodQuarter, nil, 0},
	{"quý 4 của năm 2018", "2018-Q4", PeriodQuarter, nil, 0},
	{"Quý Hai năm 2020", "2020-Q2", PeriodQuarter, nil, 0},
	{"quý tư", "Q4", PeriodQuarter, nil, 0},
	{"6 tháng đầu năm 2024", "2024-H1", PeriodFirstMonths, nil, 0},
	{"Sáu tháng đầu năm", "H1", PeriodFirstMonths, nil, 0},
	{"9 tháng đầu năm", "9M", PeriodFirstMonths, nil, 0},
	{"9 tháng năm 2024", "2024-9M", PeriodFirstMonths, nil, 0},
	{"6 tháng cuối năm", "H2", PeriodLastMonths, nil, 0},
	{"ba tháng cuối năm 2023", "2023-L3M", PeriodLastMonths, nil, 0},
	{"mười một tháng đầu năm 2023", "2023-11M", PeriodFirstMonths, nil, 0},
	{"Năm tháng đầu năm 2023", "2023-5M", PeriodFirstMonths, nil, 0},
	{"năm 2024", "2024", PeriodYear, nil, 0},
	{"cả năm 2023", "2023", PeriodYear, nil, 0},
	{"2020 - 2025", "2020/2025", PeriodRange, nil, 0},
	{"2020-2025", "2020/2025", PeriodRange, nil, 0},
	{"2020 – 2025", "2020/2025", PeriodRange, nil, 0},
	{"giai đoạn 2021-2025", "2021/2025", PeriodRange, nil, 0},
	{"nhiệm kỳ 2020-2025", "2020/2025", PeriodRange, nil, 0},
	{"Nhiệm kỳ 2020 – 2025", "2020/2025", PeriodRange, nil, 0},
	{"năm 2016-2020", "2016/2020", PeriodRange, nil, 0},
	{"Tính đến ngày 31/12/2020", "../2020-12-31", PeriodAsOf, nil, 0},
	{"tính đến hết ngày 30/6", "../--06-30", PeriodAsOf, nil, 0},
	{"tính đến hết năm 2020", "../2020", PeriodAsOf, nil, 0},
	{"Tính đến hết tháng 6", "../--06", PeriodAsOf, nil, 0},
	{norm.NFD.String("Sáu tháng đầu năm 2024"), "2024-H1", PeriodFirstMonths, nil, 0},

	{"", "", 0, ErrSyntax, 0},
	{"2024", "", 0, ErrSyntax, 4},
	{"quý V", "", 0, ErrSyntax, 5},
	{"quý 5/2021", "", 0, ErrRange, 5},
	{"quý I/21", "", 0, ErrSyntax, 7},
	{"13 tháng đầu năm", "", 0, ErrRange, 0},
	{"6 tháng đầu", "", 0, ErrSyntax, 15},
	{"2025-2020", "", 0, ErrRange, 5},
	{"nhiệm kỳ 2020", "", 0, ErrSyntax, 17},
	{"Tính đến ngày 31/2/2020", "", 0, ErrRange, 19},
	{"năm nay", "", 0, ErrSyntax, 5},
	{"quý năm", "", 0, ErrSyntax, 5},
	{"quý một thông điệp", "", 0, ErrSyntax, 11},
	{"quý I/2021 tăng", "", 0, ErrSyntax, 12},
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range parsePeriodTests {
		got, err := ParsePeriod(tt.in)
		if tt.err == nil {
			if err != nil || got.String() != tt.want || got.Kind != tt.kind {
				t.Errorf("ParsePeriod(%q) = %v (%v), %v; want %s (%v)", tt.in, got, got.Kind, err, tt.want, tt.kind)
			}
			continue
		}
		var ne *NumError
		if !errors.Is(err, tt.err) || !errors.As(err, &ne) || ne.Pos != tt.pos || ne.Func != "ParsePeriod" || !got.IsZero() {
			t.Errorf("ParsePeriod(%q) = %v, %v; want error %v at %d", tt.in, got, err, tt.err, tt.pos)
		}
	}
}

func TestPeriodFields(t *testing.T) {
	p, err := ParsePeriod("nhiệm kỳ 2020-2025")
	if err != nil || p != (Period{Kind: PeriodRange, Year: 2020, EndYear: 2025, Term: true}) {
		t.Errorf("ParsePeriod(nhiệm kỳ 2020-2025) = %+v, %v", p, err)
	}
	p, err = ParsePeriod("Tính đến ngày 31/12/2020")
	if err != nil || p.AsOf != (Date{Year: 2020, Month: 12, Day: 31}) {
		t.Errorf("ParsePeriod(Tính đến ngày 31/12/2020) = %+v, %v", p, err)
	}
	if s := (Period{}).String(); s != "" {
		t.Errorf("Period{}.String() = %q", s)
	}
	if s := PeriodAsOf.String(); s != "as_of" {
		t.Errorf("PeriodAsOf.String() = %q", s)
	}
}

// pm is a found period in a test: the matched text and Period.String().
type pm struct{ span, period string }

var findPeriodsTests = []struct {
	in   string
	want []pm
}{
	{"Thu ngân sách 6 tháng đầu năm 2024 đạt 55,4% dự toán.", []pm{{"6 tháng đầu năm 2024", "2024-H1"}}},
	{"Sáu tháng đầu năm, quận hoàn thành 19/19 chỉ tiêu; quý III tăng 8,2%.", []pm{{"Sáu tháng đầu năm", "H1"}, {"quý III", "Q3"}}},
	{"GRDP quý I/2021 tăng; 9 tháng đầu năm ước đạt 75%.", []pm{{"quý I/2021", "2021-Q1"}, {"9 tháng đầu năm", "9M"}}},
	{"Ban Chấp hành khóa VI, nhiệm kỳ 2020 – 2025 họp.", []pm{{"nhiệm kỳ 2020 – 2025", "2020/2025"}}},
	{"Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.", []pm{{"năm 2021-2025", "2021/2025"}}},
	{"HĐND khóa IX (2016-2021) đã bầu", []pm{{"2016-2021", "2016/2021"}}},
	{"giai đoạn 2021-2025 và nhiệm vụ chính trị năm 2024", []pm{{"giai đoạn 2021-2025", "2021/2025"}, {"năm 2024", "2024"}}},
	{"Tính đến ngày 31/12/2020, tổng thu ngân sách đạt", []pm{{"Tính đến ngày 31/12/2020", "../2020-12-31"}}},
	{"kết quả cả năm 2023 và 6 tháng cuối năm", []pm{{"cả năm 2023", "2023"}, {"6 tháng cuối năm", "H2"}}},
	{"Kết quả quý một, tính đến hết tháng 3", []pm{{"quý một", "Q1"}, {"tính đến hết tháng 3", "../--03"}}},

	// Not periods.
	{"từ tháng 8 năm 2020 đến ngày 28 tháng 2 năm 2024", nil},
	{"Nghị quyết số 98/2023/QH15 và Nghị định 73/2023/NĐ-CP", nil},
	{"trong 20 năm qua, 3 tháng nữa", nil},
	{"mã 2020-2025/QĐ", nil},
	{"năm nay, năm học mới", nil},
	{"gửi tới khách quý một thông điệp", nil},
	{"số điện thoại 2020-2021-2022", nil},
}

func TestFindPeriods(t *testing.T) {
	for _, tt := range findPeriodsTests {
		var got []pm
		for _, m := range FindPeriods(tt.in) {
			got = append(got, pm{tt.in[m.Start:m.End], m.Period.String()})
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindPeriods(%q) = %q; want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindPeriods(%q) = %q; want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestFindPeriodsSpans(t *testing.T) {
	base := "Sáu tháng đầu năm 2024,\nnhiệm kỳ 2020 – 2025; quý IV"
	for name, in := range map[string]string{
		"NFC":  base,
		"NFD":  norm.NFD.String(base),
		"CRLF": strings.ReplaceAll(base, "\n", "\r\n"),
		"NBSP": strings.ReplaceAll(base, " ", "\u00a0"),
	} {
		ms := FindPeriods(in)
		want := []string{"2024-H1", "2020/2025", "Q4"}
		if len(ms) != len(want) {
			t.Errorf("%s: FindPeriods = %+v; want %v", name, ms, want)
			continue
		}
		for i, m := range ms {
			p, err := ParsePeriod(in[m.Start:m.End])
			if err != nil || p != m.Period || p.String() != want[i] {
				t.Errorf("%s: match %q = %v; ParsePeriod gives %v, %v; want %s", name, in[m.Start:m.End], m.Period, p, err, want[i])
			}
		}
		if got := NewDoc(in).FindPeriods(); len(got) != len(ms) || got[1] != ms[1] {
			t.Errorf("%s: Doc.FindPeriods = %+v; want %+v", name, got, ms)
		}
	}
}
