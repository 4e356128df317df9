package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// The figures a speaker directs are goals: "Bí thư yêu cầu các xã kết nạp
// 50 đảng viên". The directive verbs are found once for the whole text and
// judged only when a figure after one asks.

// directWords direct work still to do: the figures after them in a
// sentence where a speaker directs ("Bí thư Tỉnh ủy yêu cầu các sở rút
// ngắn 30% thời gian …") are goals. "chỉ đạo" is left out: reports use it
// mostly for work done or as a noun ("lãnh đạo, chỉ đạo thực hiện").
var directWords = [...]string{"yêu cầu", "đề nghị"}

// directNotAfter are the words before a directive verb that make it none:
// work done ("đã yêu cầu"), a noun ("theo yêu cầu", "các yêu cầu") or an
// application ("hồ sơ đề nghị hoàn thuế", "đơn đề nghị").
var directNotAfter = map[string]bool{
	"theo": true, "của": true, "các": true, "những": true, "sự": true, "nhiều": true, "đã": true,
	"được": true, "ứng": true, "hiện": true, "có": true, "và": true, "cầu": true, "lãnh": true,
	"sơ": true, "đơn": true, "giấy": true, "phiếu": true,
}

// directNotObjects, right after a directive verb, ask for an account of
// the past or name whose request it is: "đề nghị làm rõ", "yêu cầu giải
// trình", "yêu cầu của".
var directNotObjects = [...]string{"của", "làm rõ", "giải trình", "cho biết", "lý giải", "giải thích", "báo cáo", "đánh giá"}

// directiveBefore returns where the first directive verb of the sentence
// from sent stands before end (see isDirective), or -1. The verbs are
// found once for the whole text (see findDirectives) and judged when a
// figure after them asks.
func (x *extractor) directiveBefore(sent, end int) int {
	d := &x.directs
	for d.n > 0 && d.s[0][0] < sent {
		copy(d.s[:], d.s[1:d.n])
		d.n--
	}
	for i := 0; i < d.n && d.s[i][0] < end; i++ {
		e := &d.s[i]
		if e[1] == 0 {
			e[1] = 2
			for _, w := range directWords {
				if textscan.HasWordAt(x.low, e[0], w) && isDirective(x.low, sent, e[0], w) {
					e[1] = 1
				}
			}
		}
		if e[1] == 1 {
			return e[0]
		}
	}
	return -1
}

// findDirectives records where the directive verbs of the text stand, in
// text order, each with 0 (not judged yet); a text with more than
// maxSpans keeps the first ones.
func findDirectives(low string) spans {
	var pos [3 * maxSpans]int
	n := 0
	for _, w := range directWords {
		for off := 0; n < len(pos); {
			k := strings.Index(low[off:], w)
			if k < 0 {
				break
			}
			if textscan.HasWordAt(low, off+k, w) {
				pos[n], n = off+k, n+1
			}
			off += k + len(w)
		}
	}
	sort.Ints(pos[:n])
	var sp spans
	for _, p := range pos[:min(n, maxSpans)] {
		sp.s[sp.n] = [2]int{p, 0}
		sp.n++
	}
	return sp
}

// isDirective reports whether the word w at low[p] is a verb by which a
// speaker named before it in the sentence directs work: "Đồng chí yêu
// cầu", "UBND tỉnh đề nghị các sở". It is not one after "đã" (work done),
// as a noun ("theo yêu cầu", "các yêu cầu", "3 yêu cầu"), naming an
// application ("hồ sơ đề nghị hoàn thuế", "đơn đề nghị") or when what
// is asked is an account of the past ("đề nghị làm rõ", "yêu cầu giải
// trình").
func isDirective(low string, sent, p int, w string) bool {
	if !textscan.HasWordAt(low, p, w) || p == sent {
		return false
	}
	j := trimRightSpaces(low, p)
	k := j
	for k > sent && wordByte[low[k-1]] {
		k--
	}
	if directNotAfter[low[k:j]] || k == j || textscan.IsDigit(low[j-1]) {
		return false
	}
	a := textscan.SkipSpacesQuotes(low, p+len(w))
	for _, n := range directNotObjects {
		if textscan.HasWordAt(low, a, n) {
			return false
		}
	}
	return isSpeaker(low[sent:p])
}
