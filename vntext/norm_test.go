package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var normalizeTests = []struct {
	in, want string
}{
	{"", ""},
	{"Hội nghị", "Hội nghị"},
	{"Quận uỷ", "Quận ủy"},
	{"hoà bình", "hòa bình"},
	{"thuỵ", "thụy"},
	{"Khoá XXV", "Khóa XXV"},
	{"HOÀ", "HÒA"},
	{"loè", "lòe"},
	{"tuỳ", "tùy"}, // ù is two bytes, ỳ three: the text gets shorter
	{"luỹ kế", "lũy kế"},
	{"Loẽ", "Lõe"},
	{"quý I", "quý I"}, // qu: the tone stays on y
	{"hoàng", "hoàng"}, // closed syllable
	{"khuyến khích", "khuyến khích"},
	{"a\r\nb\rc", "a\nb\nc"},
	{"a\u00a0b\tc", "a b c"},
	{"2020 – 2025 — x", "2020 - 2025 - x"},
	{"“Phải làm”", `"Phải làm"`},
	{"‘a’", "'a'"},
	{"a\u200bb\ufeff", "ab"},
	{"x\xffy", "x\uFFFDy"},
	{"Hội nghi\u0323 (tô\u0309ng kết)", "Hội nghị (tổng kết)"}, // a mark after a letter inside a run of plain text
	{"Hô\u0323i nghị toa\u0300 ", "Hội nghị tòa "},             // a mark after a letter that ends a run, after o
	{"hoạ\u0301 x", "hoạ\u0301 x"},                             // a second mark: the cluster is composed as NFC has it
	{"Hội\u00a0nghị\u00a0\u00b0C", "Hội nghị \u00b0C"},         // U+0080–U+00BF end no run: none composes
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if got := Normalize(norm.NFD.String(tt.in)); got != tt.want {
			t.Errorf("Normalize(NFD(%q)) = %q; want %q", tt.in, got, tt.want)
		}
		if got := Normalize(tt.want); got != tt.want {
			t.Errorf("Normalize(%q) is not idempotent: %q", tt.want, got)
		}
	}
}

// TestNormalizeAtEveryAlignment puts each case after 0 to 9 dots
// and before as many again: normalize reads eight bytes at a time, and a
// letter, a mark or an old tone may fall anywhere in the eight.
func TestNormalizeAtEveryAlignment(t *testing.T) {
	for _, tt := range normalizeTests {
		for k := range 10 {
			pad := strings.Repeat(".", k)
			in, want := pad+tt.in+pad, pad+tt.want+pad
			if got := Normalize(in); got != want {
				t.Errorf("Normalize(%q) = %q; want %q", in, got, want)
			}
			if got := NewDoc(in).Lower; got != strings.ToLower(want) && utf8.ValidString(want) && !strings.ContainsRune(want, '\uFFFD') {
				t.Errorf("NewDoc(%q).Lower = %q; want %q", in, got, strings.ToLower(want))
			}
		}
	}
}

func TestNormalizeReturnsInputWhenNormal(t *testing.T) {
	s := "Hội nghị Ban Chấp hành Đảng bộ quận Thanh Xuân"
	allocs := testing.AllocsPerRun(100, func() { _ = Normalize(s) })
	if allocs != 0 {
		t.Errorf("Normalize of normal text allocated %v times; want 0", allocs)
	}
}

func TestNormalizeNFDAllocations(t *testing.T) {
	// A text typed in NFD is composed cluster by cluster from nfcOfNFD:
	// the output, its edits and composeCluster's buffer are all it costs.
	s := norm.NFD.String("Hội nghị Ban Chấp hành Đảng bộ quận Thanh Xuân lần thứ mười hai, nhiệm kỳ 2020-2025")
	if got := Normalize(s); got != norm.NFC.String(s) {
		t.Fatalf("Normalize(NFD) = %q", got)
	}
	if allocs := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); allocs > 4 {
		t.Errorf("Normalize of an NFD text allocated %v times; want at most 4", allocs)
	}
}

func TestNFCOfNFD(t *testing.T) {
	for d, c := range nfcOfNFD {
		if got := norm.NFC.String(d); got != c {
			t.Errorf("nfcOfNFD[%q] = %q; norm.NFC gives %q", d, c, got)
		}
	}
	for _, r := range "ạắằẳẵặấầẩẫậđẹếềểễệịọốồổỗộớờởỡợụứừửữựỳỵỷỹ" {
		if _, ok := nfcOfNFD[norm.NFD.String(string(r))]; !ok && r != 'đ' {
			t.Errorf("nfcOfNFD lacks %q", r)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Quận Uỷ", "quan uy"},
		{"Quận ủy", "quan uy"},
		{"Đảng bộ", "dang bo"},
		{"HĐND", "hdnd"},
		{norm.NFD.String("Hội nghị"), "hoi nghi"},
		{"Ưu tiên", "uu tien"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestDocSpans checks that a phrase found in the normalised text maps back
// to exactly its source bytes, however the source was written.
func TestDocSpans(t *testing.T) {
	clean := "Chiều 17/6, Quận ủy Thanh Xuân tổ chức “Hội nghị” lần thứ 21 – khóa XXV."
	variants := map[string]string{
		"clean": clean,
		"nfd":   norm.NFD.String(clean),
		"crlf":  "Dòng đầu\r\n" + clean,
		"nbsp":  strings.ReplaceAll(clean, " ", "\u00a0"),
		"old":   strings.ReplaceAll(strings.ReplaceAll(clean, "ủy", "uỷ"), "khóa", "khoá"),
	}
	for name, src := range variants {
		d := NewDoc(src)
		for _, phrase := range []string{"quận ủy thanh xuân", "hội nghị", "khóa xxv", "17/6"} {
			i := strings.Index(d.Lower, phrase)
			if i < 0 {
				t.Errorf("%s: %q not found in %q", name, phrase, d.Lower)
				continue
			}
			s, e := d.SrcSpan(i, i+len(phrase))
			if got := Fold(src[s:e]); got != Fold(phrase) {
				t.Errorf("%s: span of %q = src[%d:%d] = %q", name, phrase, s, e, src[s:e])
			}
		}
		if len(d.Lower) != len(d.Text) {
			t.Errorf("%s: len(Lower) = %d, len(Text) = %d", name, len(d.Lower), len(d.Text))
		}
	}
}

func TestSrcSpanClamps(t *testing.T) {
	d := NewDoc("a\u00a0b")
	if s, e := d.SrcSpan(-5, 99); s != 0 || e != len(d.Src) {
		t.Errorf("SrcSpan(-5, 99) = %d, %d; want 0, %d", s, e, len(d.Src))
	}
	if s, e := d.SrcSpan(2, 1); s != e {
		t.Errorf("SrcSpan(2, 1) = %d, %d; want an empty span", s, e)
	}
	// both ends past the text: the empty span at its end, which slices Src
	for _, src := range []string{"abc", "a\u00a0b"} {
		d := NewDoc(src)
		if s, e := d.SrcSpan(5, 9); s != len(src) || e != len(src) {
			t.Errorf("NewDoc(%q).SrcSpan(5, 9) = %d, %d; want %d, %d", src, s, e, len(src), len(src))
		}
	}
}

// TestSrcSpanAroundDeletion checks that two spans side by side around a
// character normalisation removed (a soft hyphen, a zero-width space) do
// not overlap in the source: the span after it takes it, the span before
// it does not, unless it ends the text.
func TestSrcSpanAroundDeletion(t *testing.T) {
	for _, tt := range []struct {
		src           string
		at            int // where the two spans meet in Text
		before, after [2]int
	}{
		{"0%\u00ad1", 2, [2]int{0, 2}, [2]int{2, 5}},
		{"12\u200b34", 2, [2]int{0, 2}, [2]int{2, 7}},
		{"ab\u00ad", 2, [2]int{0, 4}, [2]int{2, 4}},
	} {
		d := NewDoc(tt.src)
		if s, e := d.SrcSpan(0, tt.at); [2]int{s, e} != tt.before {
			t.Errorf("NewDoc(%q).SrcSpan(0, %d) = %d, %d; want %v", tt.src, tt.at, s, e, tt.before)
		}
		if s, e := d.SrcSpan(tt.at, len(d.Text)); [2]int{s, e} != tt.after {
			t.Errorf("NewDoc(%q).SrcSpan(%d, end) = %d, %d; want %v", tt.src, tt.at, s, e, tt.after)
		}
	}
}

// TestLetterLeadsAreStarters checks the fast path of clusterEnd: every
// rune it skips without a table lookup begins a new NFC cluster.
func TestLetterLeadsAreStarters(t *testing.T) {
	for _, rng := range [][2]rune{{0xC0, 0x1BF}, {0x1E00, 0x1EFF}} {
		for r := rng[0]; r <= rng[1]; r++ {
			s := string(r)
			if !isLetterLead(s, 0) {
				t.Fatalf("isLetterLead(%U) = false", r)
			}
			if !norm.NFC.PropertiesString(s).BoundaryBefore() {
				t.Errorf("%U has no NFC boundary before it; clusterEnd must not skip it", r)
			}
		}
	}
}

// TestLatin1SymbolsAreStarters checks the fast path of mayCompose: no
// rune U+0080–U+00BF (lead byte 0xC2) continues the character before it.
func TestLatin1SymbolsAreStarters(t *testing.T) {
	for r := rune(0x80); r <= 0xBF; r++ {
		if s := "a" + string(r); clusterEnd(s, 1) != 1 {
			t.Errorf("%U continues the cluster before it; mayCompose must not skip it", r)
		}
	}
}

func TestInvalidAt(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"Quận ủy", -1},
		{"\xff", 0},
		{"Hội nghị\xff", len("Hội nghị")},
		{"a\xcc", 1},                // a mark cut short after a letter
		{"e\u0301\xff", 3},          // after a combining mark
		{"Quận ủy\r\n\xc3", 13},     // after a line end that is rewritten
		{"\u00a0\xed\xa0\x80", 2},   // an encoded surrogate
		{"quận \xe1\xbb x \xff", 7}, // the first of two
	}
	for _, tt := range tests {
		if got := NewDoc(tt.in).InvalidAt(); got != tt.want {
			t.Errorf("NewDoc(%q).InvalidAt() = %d, want %d", tt.in, got, tt.want)
		}
	}
	var d Doc
	if d.InvalidAt() != -1 {
		t.Errorf("zero Doc: InvalidAt() = %d, want -1", d.InvalidAt())
	}
}

// TestLower checks lower, which works eight bytes at a time, against
// lowerRune applied rune by rune, at every alignment of each row.
func TestLower(t *testing.T) {
	for _, in := range []string{
		"",
		"HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ XX",
		"Quận ủy Hoàng Mai: @[`{ AZaz 09",
		"ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC, Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ẹ Ỉ Ọ Ụ Ỳ Ỵ Ỷ Ỹ",
		"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ ×÷ Ÿ",
		"ΑΒΓ ДЖЯ Ⴀ Ṡ İ \u212a Ⅻ €", // Greek, Cyrillic, Georgian keep their length; İ, the Kelvin sign and Ⅻ are kept
	} {
		for pad := range 9 {
			s := strings.Repeat("x", pad) + in
			var want strings.Builder
			for _, r := range s {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				want.WriteRune(lowerRune(r, utf8.RuneLen(r)))
			}
			if got := lower(s, nil); got != want.String() {
				t.Errorf("lower(%q) = %q; want %q", s, got, want.String())
			}
		}
	}
}

// TestLowerTables checks lower, which reads lowerTwo and lower1E, against
// lowerRune for every rune of two bytes and of U+1E00–U+1EFF, inside the
// words lower reads eight bytes at a time and in its tail.
func TestLowerTables(t *testing.T) {
	for r := rune(0x80); r < 0x1F00; r++ {
		if r == 0x800 {
			r = 0x1E00
		}
		want := string(lowerRune(r, utf8.RuneLen(r)))
		for _, pad := range []string{"", "xxxxxxxx"} {
			if got := lower(pad+string(r)+pad, nil); got != pad+want+pad {
				t.Errorf("lower(%q) = %q; want %q", pad+string(r)+pad, got, pad+want+pad)
			}
		}
	}
}
