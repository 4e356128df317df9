package vntext

import (
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

var parseDateTests = []struct {
	in   string
	want string // Date.String(); "" with err
	err  error
	pos  int
}{
	{"12/7/2018", "2018-07-12", nil, 0},
	{"12/07/2018", "2018-07-12", nil, 0},
	{"13-01-2021", "2021-01-13", nil, 0},
	{"12-6-2020", "2020-06-12", nil, 0},
	{"12.7.2018", "2018-07-12", nil, 0},
	{"ngày 28 tháng 2 năm 2024", "2024-02-28", nil, 0},
	{"Ngày 28 tháng 2, năm 2024", "2024-02-28", nil, 0},
	{"21 tháng 09 năm 2025", "2025-09-21", nil, 0},
	{"NGÀY 5 THÁNG 10 NĂM 2023", "2023-10-05", nil, 0},
	{"20:57 17/06/2024", "2024-06-17T20:57", nil, 0},
	{"13-01-2021 20:36", "2021-01-13T20:36", nil, 0},
	{"12/07/2018 | 15:35", "2018-07-12T15:35", nil, 0},
	{"17h ngày 4-12", "--12-04T17:00", nil, 0},
	{"9h30 ngày 1/8/2017", "2017-08-01T09:30", nil, 0},
	{"17/6", "--06-17", nil, 0},
	{"ngày 13/1", "--01-13", nil, 0},
	{"12-6", "--06-12", nil, 0},
	{"28 tháng 2", "--02-28", nil, 0},
	{"tháng 8-2020", "2020-08", nil, 0},
	{"tháng 8/2020", "2020-08", nil, 0},
	{"tháng 8.2020", "2020-08", nil, 0}, // the press's dot between month and year
	{"Tháng 8 năm 2020", "2020-08", nil, 0},
	{"  17/6  ", "--06-17", nil, 0},
	{"Sáng 12/7", "--07-12", nil, 0},
	{"Chiều nay (17/6)", "--06-17", nil, 0},
	{"17/6 chiều", "--06-17", nil, 0},
	{"Sáng ngày 5/10", "--10-05", nil, 0},
	{"Tối ngày 20 tháng 12 năm 2023", "2023-12-20", nil, 0},
	{"Thứ Tư, ngày 28 tháng 2 năm 2024", "2024-02-28", nil, 0},
	{"Thứ 4, 28/02/2024", "2024-02-28", nil, 0},
	{"Chủ nhật, 3/3/2024", "2024-03-03", nil, 0},
	{"29/2", "--02-29", nil, 0},
	{"ngày 17/6 năm 2024", "2024-06-17", nil, 0},
	{"29/2/2024", "2024-02-29", nil, 0},
	// Months named in words, mồng and mùng.
	{"ngày 7 tháng Ba", "--03-07", nil, 0},
	{"ngày 7 tháng ba", "--03-07", nil, 0},
	{"mồng 3 tháng ba", "--03-03", nil, 0},
	{"Mùng 6 tháng Giêng", "--01-06", nil, 0},
	{"ngày mồng 3 tháng 3 năm 2017", "2017-03-03", nil, 0},
	{"ngày 25 tháng Chạp", "--12-25", nil, 0},
	{"ngày 30 tháng Tư năm 1975", "1975-04-30", nil, 0},
	{"ngày 2 tháng Chín năm 1945", "1945-09-02", nil, 0},
	{"ngày 20 tháng mười một", "--11-20", nil, 0},
	{"ngày 31 tháng mười hai năm 2023", "2023-12-31", nil, 0},
	{"ngày 1 tháng Năm", "--05-01", nil, 0},
	{"ngày 19 tháng Năm năm 1890", "1890-05-19", nil, 0},
	{"12 tháng mười năm 2017", "2017-10-12", nil, 0},
	{"thứ 2 mồng 6 tháng 2", "--02-06", nil, 0},
	{"thứ hai ngày mồng 6 tháng 2", "--02-06", nil, 0},
	{"chủ nhật ngày mồng 9 tháng 4", "--04-09", nil, 0},
	{"tháng mười năm 2017", "2017-10", nil, 0},
	{"Tháng Tám năm 1945", "1945-08", nil, 0},
	{"tháng Giêng", "--01", nil, 0},
	{"tháng Chạp", "--12", nil, 0},
	{"tháng sáu", "--06", nil, 0},
	{"tháng 6", "--06", nil, 0},
	{"7:30 chiều ngày 20/4/2017", "2017-04-20T19:30", nil, 0},
	{"ngày đầu tiên của tháng ba", "--03-01", nil, 0},
	{"ngày đầu tiên của tháng 3 năm 2024", "2024-03-01", nil, 0},
	{"vào lúc 7:30 chiều ngày 20 tháng 4 năm 2017", "2017-04-20T19:30", nil, 0},
	{"lúc 4:00 chiều ngày 23/4", "--04-23T16:00", nil, 0},
	{"lúc 4 giờ chiều ngày 23 tháng 4", "--04-23T16:00", nil, 0},
	{"8 giờ 30 sáng ngày 12/3/2024", "2024-03-12T08:30", nil, 0},
	{"14 giờ 30 phút ngày 5/6/2023", "2023-06-05T14:30", nil, 0},
	{"1 giờ trưa ngày 2/9", "--09-02T13:00", nil, 0},
	{"12 giờ trưa ngày 2/9", "--09-02T12:00", nil, 0},
	{"10 giờ đêm ngày 30/4", "--04-30T22:00", nil, 0},
	{"2 giờ đêm ngày 30/4", "--04-30T02:00", nil, 0},
	{"19h30 tối ngày 15/8/2022", "2022-08-15T19:30", nil, 0},
	{"9 giờ ngày 7/5/2024", "2024-05-07T09:00", nil, 0},
	{"Vào ngày 5/6", "--06-05", nil, 0},
	{"ngày 28 tháng 2 của năm 2024", "2024-02-28", nil, 0},
	// Years of two digits.
	{"3/9/91", "1991-09-03", nil, 0},
	{"3/3/17", "2017-03-03", nil, 0},
	{"2/9/45", "1945-09-02", nil, 0},
	{"ngày 30/4/75", "1975-04-30", nil, 0},
	{"29/2/00", "2000-02-29", nil, 0},
	{"29/2/01", "", ErrRange, 0},
	{"ngày 5 tháng năm 2020", "", ErrSyntax, 15}, // năm before a year is the year
	{"ngày 7 tháng Mười Ba", "", ErrSyntax, 15},  // 13 is no month
	{"ngày 32 tháng Ba", "", ErrRange, 6},
	// NFD input and old tone marks.
	{norm.NFD.String("Chiều ngày 28 tháng 2 năm 2024"), "2024-02-28", nil, 0},

	{"31/2/2024", "", ErrRange, 0},
	{"13/13/2020", "", ErrRange, 3},
	{"29/2/2023", "", ErrRange, 0},
	{"31/4", "", ErrRange, 0},
	{"0/5", "", ErrRange, 0},
	{"ngày 32 tháng 1", "", ErrRange, 6},
	{"tháng 13/2020", "", ErrRange, 7},
	{"tháng 8.20", "", ErrSyntax, 9}, // a dot before a year of four digits only
	{"19/19", "", ErrRange, 3},
	{"", "", ErrSyntax, 0},
	{"ngày", "", ErrSyntax, 5},
	{"hôm qua", "", ErrSyntax, 0},
	{"2020-2025", "", ErrSyntax, 5},
	{"12/7/18", "2018-07-12", nil, 0},
	{"12/7/018", "", ErrSyntax, 5},
	{"12-7-18", "", ErrSyntax, 5},
	{"2024-06-17", "2024-06-17", nil, 0},
	{"2024-6-17", "", ErrSyntax, 5},
	{"2024-02-30", "", ErrRange, 8},
	{"17/6 chỉ tiêu", "", ErrSyntax, 5},
	{"123/4", "", ErrSyntax, 0},
	{"tháng 8", "--08", nil, 0},
	{"tháng 13", "", ErrRange, 7},
	{"ngày 15 đến 17/10", "", ErrSyntax, 9},
	{"Chiều nay (17/6", "", ErrSyntax, 17},
	{"17/6/2024/QĐ", "", ErrSyntax, 9},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		got, err := ParseDate(tt.in)
		if tt.err == nil {
			if err != nil || got.String() != tt.want {
				t.Errorf("ParseDate(%q) = %v, %v; want %s, nil", tt.in, got, err, tt.want)
			}
			continue
		}
		var ne *NumError
		if !errors.Is(err, tt.err) || !errors.As(err, &ne) || ne.Pos != tt.pos || ne.Func != "ParseDate" || !got.IsZero() {
			t.Errorf("ParseDate(%q) = %v, %v; want error %v at %d", tt.in, got, err, tt.err, tt.pos)
		}
	}
}

func TestParseDateErrorPosNFD(t *testing.T) {
	// The position indexes the input as given, not its normalised form.
	in := norm.NFD.String("ngày 31 tháng 2")
	_, err := ParseDate(in)
	var ne *NumError
	if !errors.As(err, &ne) || !errors.Is(err, ErrRange) || !strings.HasPrefix(in[ne.Pos:], "31") {
		t.Errorf("ParseDate(NFD %q) = %v; want ErrRange at the 31", in, err)
	}
}

var resolveTests = []struct {
	in, ref, want string
}{
	{"17/6", "2024-06-20", "2024-06-17"},
	{"17/6", "2024-06-17", "2024-06-17"},
	{"17/6", "2024-06-10", "2023-06-17"},
	{"31/12", "2024-01-02", "2023-12-31"},
	{"29/2", "2024-03-01", "2024-02-29"},
	{"29/2", "2025-06-01", "2024-02-29"},
	{"29/2", "2024-02-28", "2020-02-29"},
	{"tháng 8/2020", "2024-06-20", "2020-08"},
	{"12/7/2018", "2024-06-20", "2018-07-12"},
}

func TestResolve(t *testing.T) {
	for _, tt := range resolveTests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := time.Parse(time.DateOnly, tt.ref)
		got := d.Resolve(ref)
		if got.String() != tt.want {
			t.Errorf("ParseDate(%q).Resolve(%s) = %s; want %s", tt.in, tt.ref, got, tt.want)
		}
		if got.YearInferred != (d.Year == 0) {
			t.Errorf("ParseDate(%q).Resolve(%s).YearInferred = %v", tt.in, tt.ref, got.YearInferred)
		}
	}
	// A month without a day resolves by the month.
	if got := (Date{Month: 7}).Resolve(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)); got.Year != 2023 {
		t.Errorf("Date{Month: 7}.Resolve(2024-06-30).Year = %d; want 2023", got.Year)
	}
	if got := (Date{}).Resolve(time.Now()); !got.IsZero() || got.YearInferred {
		t.Errorf("Date{}.Resolve = %+v; want zero", got)
	}
	// A zero reference, or one before any year, infers nothing.
	for _, ref := range []time.Time{{}, time.Date(1, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(1, 3, 5, 0, 0, 0, 0, time.UTC)} {
		for _, d := range []Date{{Month: 2, Day: 29}, {Month: 6, Day: 17}} {
			if got := d.Resolve(ref); got != d {
				t.Errorf("%+v.Resolve(%s) = %+v; want it unchanged", d, ref.Format(time.DateOnly), got)
			}
		}
	}
	if got := (Date{Month: 2, Day: 1}).Resolve(time.Date(1, 3, 5, 0, 0, 0, 0, time.UTC)); got.Year != 1 || !got.YearInferred {
		t.Errorf("1 February read on 5 March of year 1 = %+v; want year 1, inferred", got)
	}
}

// dm is a found date in a test: the matched text and Date.String().
type dm struct{ span, date string }

var findDatesTests = []struct {
	in   string
	want []dm
}{
	{"Chiều 17/6, Ban Chấp hành Đảng bộ quận họp phiên thường kỳ.", []dm{{"Chiều 17/6", "--06-17"}}},
	{"Sáng 12/7, Hội nghị khai mạc. Chiều nay (7/2), đoàn làm việc.", []dm{{"Sáng 12/7", "--07-12"}, {"Chiều nay (7/2)", "--02-07"}}},
	{"Kỳ họp diễn ra 17/6 chiều, kết thúc sớm.", []dm{{"17/6 chiều", "--06-17"}}},
	{"Ngày 6-2, Ban Thường vụ họp.", []dm{{"Ngày 6-2", "--02-06"}}},
	{"Tối ngày 20 tháng 12 năm 2023 đoàn trở về.", []dm{{"Tối ngày 20 tháng 12 năm 2023", "2023-12-20"}}},
	{"Thứ Tư, ngày 28 tháng 2 năm 2024\nHội nghị", []dm{{"Thứ Tư, ngày 28 tháng 2 năm 2024", "2024-02-28"}}},
	{"Cập nhật: Thứ 4, 28/02/2024 - 10:15", []dm{{"Thứ 4, 28/02/2024 - 10:15", "2024-02-28T10:15"}}},
	{"Cập nhật lúc 08:05:30, 17/06/2024 (GMT+7)", []dm{{"08:05:30, 17/06/2024", "2024-06-17T08:05"}}},
	{"Đăng ngày 2024-06-17 lúc 9h", []dm{{"ngày 2024-06-17", "2024-06-17"}}},
	{"Hội nghị diễn ra trong hai ngày (17-18/6) tại trụ sở", []dm{{"17", "--06-17"}, {"18/6", "--06-18"}}},
	{"nhân dịp mùng 2/9 năm nay", []dm{{"2/9", "--09-02"}}},
	{"Hội nghị họp các ngày 5, 6 và 7/12.", []dm{{"ngày 5", "--12-05"}, {"6", "--12-06"}, {"7/12", "--12-07"}}},
	{"Tối qua (16/6), đoàn công tác về tới", []dm{{"Tối qua (16/6)", "--06-16"}}},
	{"Chủ nhật, 3/3/2024", []dm{{"Chủ nhật, 3/3/2024", "2024-03-03"}}},
	{"Tin đăng (20:57 17/06/2024) trên cổng", []dm{{"20:57 17/06/2024", "2024-06-17T20:57"}}},
	{"13-01-2021 20:36\nTin tức", []dm{{"13-01-2021 20:36", "2021-01-13T20:36"}}},
	{"Ngày đăng 12/07/2018 | 15:35 | Lượt xem: 289", []dm{{"12/07/2018 | 15:35", "2018-07-12T15:35"}}},
	{"lúc 17h ngày 4-12, Thủ tướng chỉ đạo", []dm{{"17h ngày 4-12", "--12-04T17:00"}}},
	{"Đề án số 02-ĐA/QU, ngày 30/10/2020 của Quận ủy", []dm{{"ngày 30/10/2020", "2020-10-30"}}},
	{"Nghị quyết số 06/NQ-HĐND, ngày 15/7/2020 của HĐND huyện", []dm{{"ngày 15/7/2020", "2020-07-15"}}},
	{"Tại cuộc họp hôm 19/6, ông được miễn nhiệm.", []dm{{"19/6", "--06-19"}}},
	{"kỳ họp sẽ khai mạc vào ngày 3/7, kéo dài đến 5/7.", []dm{{"ngày 3/7", "--07-03"}, {"5/7", "--07-05"}}},
	{"Trong hai ngày 30/6 và 1/7, Tỉnh ủy họp.", []dm{{"ngày 30/6", "--06-30"}, {"1/7", "--07-01"}}},
	{"Đại hội diễn ra từ ngày 15 đến 17/10.", []dm{{"ngày 15", "--10-15"}, {"17/10", "--10-17"}}},
	{"Kỳ họp diễn ra từ ngày 5-7/12/2023.", []dm{{"ngày 5", "2023-12-05"}, {"7/12/2023", "2023-12-07"}}},
	{"dành trọn ngày làm việc thứ ba (8/12) để chất vấn", []dm{{"8/12", "--12-08"}}},
	{"lễ giỗ tổ 10/3 âm lịch", []dm{{"10/3", "--03-10"}}},
	{"ông sinh ngày 20/5/1970, quê Thái Bình", []dm{{"ngày 20/5/1970", "1970-05-20"}}},
	{"Hồi tháng 8/2015, ông được bổ nhiệm", []dm{{"tháng 8/2015", "2015-08"}}},
	{"Sáng mồng 3 tháng Ba, đoàn về thăm", []dm{{"Sáng mồng 3 tháng Ba", "--03-03"}}},
	{"Hội làng mở vào mùng 10 tháng Giêng hằng năm", []dm{{"10 tháng Giêng", "--01-10"}}},
	{"lễ kỷ niệm ngày 30 tháng Tư năm 1975", []dm{{"ngày 30 tháng Tư năm 1975", "1975-04-30"}}},
	{"từ ngày 20 đến 26 tháng Chạp", []dm{{"ngày 20", "--12-20"}, {"26 tháng Chạp", "--12-26"}}},
	{"Cách mạng tháng Tám năm 1945 thành công", []dm{{"tháng Tám năm 1945", "1945-08"}}},
	{"ban hành ngày 4/5/20 về việc", []dm{{"ngày 4/5/20", "2020-05-04"}}},
	{"Ngày đầu tiên của tháng Bảy, luật có hiệu lực", []dm{{"Ngày đầu tiên của tháng Bảy", "--07-01"}}},
	{"Ông sinh 12/3/58, quê Nam Định", []dm{{"12/3/58", "1958-03-12"}}},
	{"từ tháng 3 năm 2017 đến nay", []dm{{"tháng 3 năm 2017", "2017-03"}}},
	{"nghỉ hưu từ ngày 1-1-2018.", []dm{{"ngày 1-1-2018", "2018-01-01"}}},
	{"Tính đến ngày 31/12/2020, tổng thu ngân sách", []dm{{"ngày 31/12/2020", "2020-12-31"}}},
	{"sáng nay (10-7), Bí thư trả lời", []dm{{"sáng nay (10-7)", "--07-10"}}},
	{"hội nghị được tổ chức 21 tháng 09 năm 2025 tại", []dm{{"21 tháng 09 năm 2025", "2025-09-21"}}},
	{"Sáng thứ Hai (12/7), ông đến", []dm{{"Sáng thứ Hai (12/7)", "--07-12"}}},

	// Near misses: none of these is a date.
	{"tăng trưởng 8,2%, thu ngân sách đạt 55,4% dự toán", nil},
	{"với 19/19 chỉ tiêu chủ yếu đạt và vượt", nil},
	{"đại hội của 53/53 tổ chức cơ sở đảng", nil},
	{"ý kiến của 26/27 đại biểu", nil},
	{"đạt 404/495 tiêu chí", nil},
	{"đều được 65/67 phiếu", nil},
	{"chỉ cần 3/5 người đồng ý", nil},
	{"khoảng 1/2 thời gian", nil},
	{"chỉ định thầu 4/6 dự án", nil},
	{"vận hành 24/24 giờ", nil},
	{"tỷ lệ phiếu tuyệt đối (9 5/9 5).", nil},
	{"Cách mạng công nghiệp 4.0 và phiên bản 2.5", nil},
	{"Nghị quyết số 98/2023/QH15 của Quốc hội", nil},
	{"Nghị quyết số 14-NQ/QU của Quận ủy", nil},
	{"Nghị quyết số 06/NQ-HĐND", nil},
	{"Nghị định 73/2023/NĐ-CP", nil},
	{"Quyết định số 1234/QĐ-UBND", nil},
	{"Thông tư 01/2020/TT-BNV", nil},
	{"Liên hệ 0912-345-678 hoặc 028.3829.1234", nil},
	{"đội nhà thắng 3-1", nil},
	{"nhiệm kỳ 2020-2025", nil},
	{"giai đoạn 2020 - 2025", nil},
	{"thu hút 10/2023 lao động", nil},
	{"giảm từ 2-3%", nil},
	{"từ 10-12 người", nil},
	{"vận hành từ 27-40 m3/s", nil},
	{"kỳ họp thứ 4, HĐND thành phố", nil},
	{"ngày 31/2", nil},
	{"Sáng 13/13", nil},
	{"tỷ lệ 12/12 xã", nil},
	{"đạt 7/7", nil},
	{"chiếm 2/3.", nil},
	{"nhà số 12/5 đường Lê Lợi", nil},
	{"với 9/5, còn lại", nil},
	{"cứ 3 tháng một lần kiểm tra", nil},
	{"trong 6 tháng hai năm liền", nil},
	{"kéo dài 11 tháng năm 2017", nil},
	{"tinh thần tháng Giêng là tháng ăn chơi", nil},
	{"trong tháng 6, quận", nil},
	{"nhà số 12/3/15 phố Huế", nil},
	{"canô số hiệu 12-04-02 bị nạn", nil},
}

func TestFindDates(t *testing.T) {
	for _, tt := range findDatesTests {
		var got []dm
		for _, m := range FindDates(tt.in) {
			got = append(got, dm{tt.in[m.Start:m.End], m.Date.String()})
		}
		if !equalDMs(got, tt.want) {
			t.Errorf("FindDates(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func equalDMs(a, b []dm) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFindDatesDetails(t *testing.T) {
	ms := FindDates("Thứ Tư, ngày 28 tháng 2 năm 2024. Chiều 17/6 và Tối 18/6; Chủ nhật, 3/3; từ ngày 15 đến 17/10")
	want := []DateMatch{
		{Date: Date{Year: 2024, Month: 2, Day: 28}, Weekday: time.Wednesday, HasWeekday: true},
		{Date: Date{Month: 6, Day: 17}, TimeOfDay: Afternoon},
		{Date: Date{Month: 6, Day: 18}, TimeOfDay: Evening},
		{Date: Date{Month: 3, Day: 3}, Weekday: time.Sunday, HasWeekday: true},
		{Date: Date{Month: 10, Day: 15}, Elided: true},
		{Date: Date{Month: 10, Day: 17}},
	}
	if len(ms) != len(want) {
		t.Fatalf("FindDates found %d matches; want %d: %+v", len(ms), len(want), ms)
	}
	for i, m := range ms {
		m.Start, m.End = 0, 0
		if m != want[i] {
			t.Errorf("match %d = %+v; want %+v", i, m, want[i])
		}
	}
}

func TestFindDatesSpans(t *testing.T) {
	// The same article in several encodings: spans index the input as given.
	base := "Chiều ngày 17/6,\nhội nghị lần thứ 4 – khóa XII – diễn ra tới 18/6.\nThứ Năm, 20/6/2024 | 20:30"
	inputs := map[string]string{
		"NFC":  base,
		"NFD":  norm.NFD.String(base),
		"CRLF": strings.ReplaceAll(base, "\n", "\r\n"),
		"NBSP": strings.ReplaceAll(base, " ", "\u00a0"),
		"BOM":  "\ufeff" + strings.ReplaceAll(base, "Chiều", "Chi\u200bều"),
	}
	want := []string{"--06-17", "--06-18", "2024-06-20T20:30"}
	for name, in := range inputs {
		ms := FindDates(in)
		if len(ms) != len(want) {
			t.Errorf("%s: FindDates found %d dates; want %d: %+v", name, len(ms), len(want), ms)
			continue
		}
		for i, m := range ms {
			span := in[m.Start:m.End]
			d, err := ParseDate(span)
			if err != nil || m.Date.String() != want[i] || d.String() != want[i] {
				t.Errorf("%s: match %d = %q %s (re-parsed %v, %v); want %s", name, i, span, m.Date, d, err, want[i])
			}
		}
		if ms[0].TimeOfDay != Afternoon || !ms[2].HasWeekday || ms[2].Weekday != time.Thursday {
			t.Errorf("%s: cues lost: %+v", name, ms)
		}
		doc := NewDoc(in)
		if got := doc.FindDates(); len(got) != len(ms) || got[0] != ms[0] || got[2] != ms[2] {
			t.Errorf("%s: Doc.FindDates = %+v; want %+v", name, got, ms)
		}
	}
}

func TestAllDatesStops(t *testing.T) {
	n := 0
	for range AllDates("Sáng 1/7, chiều 2/7, tối 3/7") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("AllDates yielded %d before break; want 2", n)
	}
}

func TestTimeOfDayString(t *testing.T) {
	for tod, want := range map[TimeOfDay]string{NoTimeOfDay: "", Morning: "sáng", Noon: "trưa", Afternoon: "chiều", Evening: "tối", Night: "đêm", 9: "TimeOfDay(9)"} {
		if got := tod.String(); got != want {
			t.Errorf("TimeOfDay(%d).String() = %q; want %q", tod, got, want)
		}
	}
	b, _ := Afternoon.MarshalText()
	if string(b) != "chiều" {
		t.Errorf("Afternoon.MarshalText() = %q", b)
	}
}

var dateAtTests = []struct {
	in   string
	i    int
	want string // Date.String(); "" when none
	end  int
}{
	{"ngày 25/4/2022 của Quận ủy", 6, "2022-04-25", 15},
	{"ngày 25-4-2022", 6, "2022-04-25", 15},
	{"ngày 25.4.2022", 6, "2022-04-25", 15},
	{"ngày 4/7, ", 6, "--07-04", 9},
	{"ngày 25 tháng 4 năm 2022 về", 6, "2022-04-25", 27},
	{"ngày 3/9/91", 6, "1991-09-03", 12},
	{"ngày 15 đến 17/10", 6, "", 6},
	{"ngày 31/4/2022", 6, "", 6},
	{"ngày ký", 6, "", 6},
	{"25/4", -1, "", -1},
	{"25/4", 4, "", 4},
}

func TestDateAt(t *testing.T) {
	for _, tt := range dateAtTests {
		d, end, ok := DateAt(tt.in, tt.i)
		if ok != (tt.want != "") || d.String() != tt.want || end != tt.end {
			t.Errorf("DateAt(%q, %d) = %v, %d, %v; want %q, %d", tt.in, tt.i, d, end, ok, tt.want, tt.end)
		}
	}
}

// monthNameAtTests read after "tháng "; read is the text the name takes.
var monthNameAtTests = []struct {
	in, read string
	month    int
}{
	{"tháng Giêng", "Giêng", 1},
	{"tháng chạp", "chạp", 12},
	{"tháng Mười Hai, 2014", "Mười Hai", 12},
	{"tháng mười một", "mười một", 11},
	{"tháng tư", "tư", 4},
	{"tháng Năm 2017", "Năm", 5}, // MonthNameAt leaves the year to its caller
	{"tháng mười ba", "", 0},
	{"tháng sau", "", 0},
}

func TestMonthNameAt(t *testing.T) {
	for _, tt := range monthNameAtTests {
		i := len("tháng ")
		m, end, ok := MonthNameAt(tt.in, i)
		if m != tt.month || ok != (tt.read != "") || ok && tt.in[i:end] != tt.read {
			t.Errorf("MonthNameAt(%q, %d) = %d, %d, %v; want %d reading %q", tt.in, i, m, end, ok, tt.month, tt.read)
		}
	}
}
