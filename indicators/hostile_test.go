package indicators

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/hostile"
)

// TestClauseEndBounded checks that the scan for a clause end stops at a
// clause break or maxClause bytes on, at a rune start.
func TestClauseEndBounded(t *testing.T) {
	long := strings.Repeat("12% ", maxClause)
	viet := "đ" + strings.Repeat("ạ", maxClause) // 2 + 3k bytes: the cut falls inside a rune
	for _, tt := range []struct {
		name string
		t    string
		i    int
		want int
	}{
		{"comma", "tăng 12%, đạt kế hoạch", 0, len("tăng 12%")},
		{"decimal comma", "tăng 12,5% so với", 0, len("tăng 12,5% so với")},
		{"spaced dash", "3.666 tỷ đồng - đạt 55%", 0, len("3.666 tỷ đồng")},
		{"short", "đạt 12%", 4, len("đạt 12%")},
		{"no break", long, 0, maxClause},
		{"no break, late start", long, 400, 400 + maxClause},
		{"cut at a rune start", viet, 0, 2 + 3*((maxClause-2)/3)},
	} {
		if got := clauseEnd(tt.t, tt.i); got != tt.want {
			t.Errorf("%s: clauseEnd(%d) = %d; want %d", tt.name, tt.i, got, tt.want)
		}
	}
}

// TestFoldUnit checks that folded units are equal exactly when
// strings.EqualFold says the units are.
func TestFoldUnit(t *testing.T) {
	units := []string{"người", "NGƯỜI", "Người", "hộ", "Hộ", "km", "KM", "\u212am", "usd", "USD", "tỷ đồng", "Tỷ Đồng", "ha", "đảng viên", "ĐẢNG VIÊN", "s", "ſ", ""}
	for _, a := range units {
		for _, b := range units {
			if got, want := foldUnit(a) == foldUnit(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldUnit(%q) == foldUnit(%q) is %v; EqualFold says %v", a, b, got, want)
			}
		}
	}
}

// TestRepeatedCounts checks that repeated equal counts and amounts of money
// are dropped as restatements, unless they are listed with other counts of
// their unit in one sentence, as before the look-ups replaced the scans.
func TestRepeatedCounts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int // figures kept
	}{
		{"Đến nay có 5 người. Đoàn gồm 5 người.", 1},
		{"Ông A được 53 phiếu, ông B được 19 phiếu và ông C được 53 phiếu.", 3},
		{strings.Repeat("Đoàn có 5 người. ", 200), 1},
		// Money repeated with its unit and role is one fact told twice.
		{"Năm nay tỉnh thu hút 2,4 tỷ USD vốn đầu tư nước ngoài. Các doanh nghiệp ngoại đã rót 2,4 tỷ USD vào các khu công nghiệp.", 1},
		{"Huyện bố trí 35 tỷ đồng cho giao thông nông thôn. Với 35 tỷ đồng này, 12 tuyến đường được nâng cấp.", 2},
		// Not when the roles differ: a goal and the result that met it.
		{"Dự toán thu ngân sách là 420 tỷ đồng. Hết năm, huyện thu được 420 tỷ đồng.", 2},
		// A count of the headline that the body states with another noun.
		{"Đại hội huyện bầu 35 đại biểu đi dự Đại hội tỉnh\nSáng 12/5, Đảng bộ huyện khai mạc Đại hội.\nĐại hội đã bầu 35 người đi dự Đại hội Đảng bộ tỉnh.", 1},
		// But two small counts of other things are often equal.
		{"Huyện kỷ luật 2 cán bộ xã\nChiều 3/4, Ủy ban Kiểm tra Huyện ủy họp.\nỦy ban đã ban hành 2 văn bản nhắc nhở các chi bộ.", 2},
		// Nor votes, which repeat from one person to the next.
		{"Bà Lan có 6 phiếu tín nhiệm thấp. Người có phiếu tín nhiệm thấp nhiều nhất là ông Tùng, với 6 phiếu.", 2},
		// Nor a percentage, which may be another fact.
		{"Tỷ lệ hộ dùng nước sạch đạt 100%. Tỷ lệ trẻ em được tiêm chủng đạt 100%.", 2},
	} {
		n := 0
		for _, in := range Extract(tt.in) {
			n += len(in.Figures)
		}
		if n != tt.want {
			t.Errorf("%.60q: %d figures; want %d", tt.in, n, tt.want)
		}
	}
}

// BenchmarkHostile runs Extract on every shape of internal/hostile, and on
// the testdata paragraphs repeated, at 100 KB and 1 MB; benchstat shows
// any growth of the time or memory per byte.
func BenchmarkHostile(b *testing.B) {
	hostile.Benchmark(b, benchArticle(b), func(s string) { Extract(s) })
}

// TestHostileAlloc checks that Extract allocates a bounded number of bytes
// per input byte on every hostile shape, not growing with the input. The
// pools are emptied first: what one document costs on its own.
func TestHostileAlloc(t *testing.T) {
	// A table pasted as one line ("12% 12% …") keeps MaxFigures figures
	// of the run; one indicator a sentence ("plans") is what costs most.
	// The limits sit some 10% above what is measured.
	hostile.CheckAlloc(t, "Extract", benchArticle(t), func(s string) { Extract(s) },
		hostile.Limits{"": 7, "real": 10, "plans": 11})
}

// TestDetachOwnSlices checks that a result which keeps the walk's slices
// (a document read alone, see detach) is not written over by the
// documents read after it with the same scratch.
func TestDetachOwnSlices(t *testing.T) {
	runtime.GC() // a pool keeps its values through one collection,
	runtime.GC() // not through two: the next scratch is a fresh one
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Năm nay tỷ lệ hộ nghèo của xã thứ %d giảm %d,5%%. ", i+1, i+2)
	}
	first := Extract(b.String())
	if n := len(first); n < 30 {
		t.Fatalf("%d indicators; want one a sentence", n)
	}
	want := fmt.Sprint(first)
	for range 3 {
		Extract(strings.Repeat("Huyện thu ngân sách 450 tỷ đồng, kết nạp 96 đảng viên. ", 50))
	}
	if got := fmt.Sprint(first); got != want {
		t.Errorf("the first result changed after later extractions:\n got %.200s\nwant %.200s", got, want)
	}
}

// TestAllCaps checks allCaps against its meaning in strings.ToUpper and
// strings.ToLower, which it reads in place of them so as not to allocate.
func TestAllCaps(t *testing.T) {
	for _, w := range []string{"", "SOM", "APEC", "TS", "Som", "som", "ĐẢNG", "Đảng", "123", "A1", "\xff", "SOM\xff", "ǅ", "ß", "İ", "ΣΑ", "-", "A-B"} {
		want := w != "" && strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := allCaps(w); got != want {
			t.Errorf("allCaps(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestMaxFigures checks that a run of figures with no new measure between
// them keeps its first MaxFigures figures, and that a list as long as a
// report states keeps all of its own.
func TestMaxFigures(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		want int
	}{
		{"table on one line", "Tỷ lệ bao phủ: " + strings.Repeat("12% ", 3*MaxFigures), MaxFigures},
		{"list of ten", "Tỷ lệ tiêm chủng của các xã lần lượt là 91%, 92%, 93%, 94%, 95%, 96%, 97%, 98%, 99% và 100%.", 10},
	} {
		n := 0
		for _, in := range Extract(tt.in) {
			n += len(in.Figures)
		}
		if n != tt.want {
			t.Errorf("%s: %d figures; want %d", tt.name, n, tt.want)
		}
	}
}

// TestSentenceSpanBounded checks that the sentence a key guard reads ends
// at a line break or ". ", or maxSentence bytes from the figure.
func TestSentenceSpanBounded(t *testing.T) {
	long := strings.Repeat("tăng 12% ", maxSentence)
	for _, tt := range []struct {
		name       string
		low        string
		i          int
		start, end int
	}{
		{"two sentences", "thu ngân sách đạt 90%. chi đạt 80%", 28, len("thu ngân sách đạt 90%."), len("thu ngân sách đạt 90%. chi đạt 80%")},
		{"line break", "dân số 1.200 người\nhộ nghèo 3%", 2, 0, len("dân số 1.200 người")},
		{"no end", long, 2 * maxSentence, maxSentence, 3 * maxSentence},
	} {
		if s, e := sentenceSpan(tt.low, tt.i); s != tt.start || e != tt.end {
			t.Errorf("%s: sentenceSpan(%d) = %d, %d; want %d, %d", tt.name, tt.i, s, e, tt.start, tt.end)
		}
	}
}
