package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// keySpan holds, for an indicator being built, the offsets of its measure
// and of the bare verb its measure was cut from ("kết nạp" of "kết nạp 96
// đảng viên"), in the normalised text.
type keySpan struct{ ms, me, vs, ve int }

// The places looked at for an indicator's key, in order: the first that
// holds a cue decides. A contributor adds wording to keyCues, not here.
//
//  1. its measure, with the bare verb it was cut from: the first row wins;
//  2. its own text up to the end of the clause after its last figure
//     ("xảy ra 149 vụ phạm pháp hình sự"): the first row wins;
//  3. its figures' units ("36 km", "785 con");
//  4. the sentence before it: the cue nearest to it, the topic the
//     sentence was on ("Về tai nạn giao thông, xảy ra 54 vụ …");
//  5. the indicator before it in the same paragraph: the figures of one
//     topic follow each other (not into a later sentence that a speaker
//     opens or that quotes, see carries);
//  6. the line before the paragraph when it is short: a heading ("Thu
//     ngân sách:"), never the headline (the first line, a blank line
//     after it).
//
// A weak row (a broad word such as "đầu tư", "kinh tế"), which only places
// 1 to 3 look for, decides only when places 1 to 6 hold nothing else; but
// a key carried over from the indicator before (5) that a weak row decided
// yields to the indicator's own weak row. In place 2, the baseline a figure
// is compared with ("so với tổng sản phẩm") is not looked at. A row whose key
// is noKey ("lãi suất", "tín dụng") decides that the measure has no key,
// and nothing after it is looked at.
func (x *extractor) decideKeys(spans []keySpan) {
	var h headings
	prevWeak := false // the indicator before was keyed by a weak row
	for k := range x.out {
		in := &x.out[k]
		r, weak := x.keyRow(in, spans[k])
		if r < 0 && k > 0 && x.sameParagraph(x.out[k-1].End, in.Start) && x.out[k-1].Key != "" && !(prevWeak && weak >= 0) && x.carries(x.out[k-1].End, in.Start) {
			// A broad word of its own beats one carried over.
			in.Key, in.KeyCue = x.out[k-1].Key, x.out[k-1].KeyCue
			continue
		}
		if r < 0 {
			r = h.cue(x, in.Start)
		}
		prevWeak = r < 0 && weak >= 0
		if r < 0 {
			r = weak
		}
		if r >= 0 && keyCues[r].key != noKey {
			in.Key, in.KeyCue = keyCues[r].key, keyCues[r].cue
		}
	}
}

// keyRow returns the row of keyCues that decides in's key from places 1
// to 4 (see decideKeys), or -1; and apart, the first weak row found in 1 to 3,
// which decides only when nothing else around does. A unit marked byUnit
// ("phiếu") decides before the measure.
func (x *extractor) keyRow(in *Indicator, sp keySpan) (r, weak int) {
	kind := cueNoMoney
	for _, f := range in.Figures {
		if f.VND != 0 || isMoneyUnit(f.Unit) {
			kind = cueMoney
		}
	}
	units := func(byUnit bool) int {
		for _, f := range in.Figures {
			if f.Unit != "" && f.Unit != "%" {
				u := strings.ToLower(f.Unit)
				if r := bestCue(u, 0, len(u), cueUnit); r >= 0 && (!byUnit || keyCues[r].byUnit) {
					return r
				}
			}
		}
		return -1
	}
	weak = -1
	strong := func(r int) bool {
		if r >= 0 && keyCues[r].weak {
			if weak < 0 {
				weak = r
			}
			return false
		}
		return r >= 0
	}
	if r := units(true); r >= 0 {
		return r, weak
	}
	m := bestCue(x.low, sp.ms, sp.me, kind)
	if v := bestCue(x.low, sp.vs, sp.ve, kind); v >= 0 && (m < 0 || v < m) {
		m = v
	}
	if strong(m) {
		return m, weak
	}
	if r := bestCue(x.low, in.Start, x.beforeBaseline(sp.me, clauseEnd(x.t, in.End)), kind); strong(r) {
		return r, weak
	}
	if r := units(false); strong(r) {
		return r, weak
	}
	sent, _, _ := bounds(x.t, in.Start)
	if r := lastCue(x.low, sent, in.Start, kind|cueWide); strong(r) {
		return r, weak
	}
	return -1, weak
}

// beforeBaseline returns where the baseline a figure is compared with
// ("so với tổng sản phẩm") opens in low[ms:e], or e: what a figure is
// compared with is not what it measures.
func (x *extractor) beforeBaseline(ms, e int) int {
	if ms < 0 || ms >= e {
		return e
	}
	if k := indexWord(x.low[ms:e], "so với"); k >= 0 {
		return ms + k
	}
	return e
}

// sameParagraph reports whether no line ends between i and j.
func (x *extractor) sameParagraph(i, j int) bool {
	return i <= j && strings.IndexByte(x.t[i:j], '\n') < 0
}

// headings finds the heading line before a paragraph for decideKeys. It
// indexes the line breaks once and remembers the last paragraph it read,
// so that a text of many indicators costs linear time even on one long
// line or in one long paragraph.
type headings struct {
	breaks []int // offsets of '\n' in the text, made on first need
	made   bool
	para   int // the line break before the last paragraph looked at
	row    int // its heading's row of keyCues, or -1
}

// cue returns the first row of keyCues in the line before the paragraph
// holding t[i], when that line is short enough to be a heading; or -1.
func (h *headings) cue(x *extractor, i int) int {
	if !h.made {
		for j := 0; ; {
			k := strings.IndexByte(x.t[j:], '\n')
			if k < 0 {
				break
			}
			h.breaks = append(h.breaks, j+k)
			j += k + 1
		}
		h.made, h.para = true, -1
	}
	n := sort.SearchInts(h.breaks, i) // breaks[:n] stand before i
	if n == 0 || h.breaks[n-1] == 0 {
		return -1
	}
	p := h.breaks[n-1]
	if p == h.para {
		return h.row
	}
	h.para, h.row = p, -1
	e := len(strings.TrimRight(x.t[:p], " \r\n"))
	s := 0
	if m := sort.SearchInts(h.breaks, e); m > 0 {
		s = h.breaks[m-1] + 1
	}
	if e-s <= 160 && !x.headline(s, e) {
		h.row = bestCue(x.low, s, e, cueWide)
	}
	return h.row
}

// headline reports whether the line t[s:e] is the article's headline: its
// first line, set apart by a blank line. The key never comes from it.
func (x *extractor) headline(s, e int) bool {
	if strings.TrimSpace(x.t[:s]) != "" {
		return false
	}
	rest := strings.TrimLeft(x.t[e:], " \r")
	return strings.HasPrefix(rest, "\n") && strings.HasPrefix(strings.TrimLeft(rest[1:], " \r"), "\n")
}

// carries reports whether the key of an indicator ending at prevEnd may be
// carried over to one starting at start (place 5 of decideKeys): always
// within one sentence; into a later sentence only when that sentence is no
// one's words — it neither opens on a speaker ("Ông …", "Tôi …") nor
// quotes — for what a speaker says is seldom on the figures before it.
func (x *extractor) carries(prevEnd, start int) bool {
	sent, _, _ := bounds(x.t, start)
	if prevEnd > sent {
		return true
	}
	head := x.low[sent:start]
	if strings.IndexByte(head, '"') >= 0 { // the normalised text has straight quotes only
		return false
	}
	head = strings.TrimLeft(head, " ")
	for _, w := range speakerOpeners {
		if strings.HasPrefix(head, w) && !textscan.WordRuneAt(head, len(w)) {
			return false
		}
	}
	return true
}

// speakerOpeners open a sentence on a speaker, as whole words.
var speakerOpeners = []string{"ông", "bà", "tôi", "chúng tôi", "theo ông", "theo bà"}
