package meeting

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnreport/vnreport/internal/textscan"
	"github.com/vnreport/vnreport/vntext"
)

// wordStartHits is mentionHits the slow way: keysAt at every start of a
// word but the last byte.
func wordStartHits(p *parser) []hit {
	l := p.doc.Lower[:p.end]
	var hits []hit
	for i := 0; i+1 < len(l); i++ {
		if !utf8.RuneStart(l[i]) || !textscan.AtWordStart(l, i) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l[i:]); textscan.IsWordRune(r) {
			hits = p.keysAt(hits, i)
		}
	}
	return hits
}

func TestMentionHits(t *testing.T) {
	rows := []string{
		"",
		"x",
		"xã",
		"Hội nghị",
		"“Hội nghị” của Huyện ủy",
		"(HĐND tỉnh Nam Định)",
		"UBND-HĐND quận Ba Đình, H. Bình Chánh và P. 5",
		"3×tỉnh 4÷huyện Ủy ban nhân dân",
		"Chiều 17/6, Ban Chấp hành Đảng bộ quận Thanh Xuân khóa VI tổ chức Hội nghị lần thứ 21.",
		"đường…thành phố Huế, tx.Sơn Tây, TP.Vinh",
		"ạtỉnh ấhuyện xã",
		strings.Repeat("“tỉnh” huyện xã Hội nghị, ", 60), // more than a batch of wordCandidates
	}
	// Words and marks of the keys, joined at random, for the byte
	// boundaries of every kind at every offset of a word of eight bytes.
	parts := []string{"hội nghị", "tỉnh", "huyện", "xã", "h.", "tp", "ủy ban nhân dân", "đảng bộ", " ", "  ", "\n", ",", "(", "“", "…", "×", "à", "ạ", "a", "9", "Quận", "ĐẠI HỘI", "kỳ họp"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		var sb strings.Builder
		for range r.IntN(30) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		rows = append(rows, sb.String())
	}
	for _, s := range rows {
		d := vntext.NewDoc(s)
		p := newParser(d, config{})
		p.end = len(d.Lower)
		got, want := p.mentionHits(nil), wordStartHits(p)
		if !slices.Equal(got, want) {
			t.Errorf("%q: mentionHits = %v, want %v", s, got, want)
		}
	}
}

// TestHasFields checks hasFields against strings.Fields.
func TestHasFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a  b\nc ", "hội\tnghị lần thứ", "  \n "} {
		for n := range 5 {
			if got, want := hasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("hasFields(%q, %d) = %v; want %v", s, n, got, want)
			}
		}
	}
}
