package indicators

import (
	"sort"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// Plans across sentences: a sentence that sets goals or adopts a plan for
// the time ahead is often followed by sentences that spell the plan out,
// each opening with a connector of cueCarry ("HĐND thông qua kế hoạch
// năm 2026. Theo đó, GRDP tăng 8%; … Về xã hội, tỷ lệ hộ nghèo giảm
// 1%."). Their figures are targets too, and so are those of the sentences
// that open on their measure ("Thu ngân sách đạt …") after a plan adopted
// and spelt out. The chain runs within a paragraph and breaks at a
// sentence that opens with neither.

// maxCarry bounds how many sentences back a chain is followed.
const maxCarry = 6

// A carryMemo remembers whether the sentence at sent goes on with a plan,
// and what was read of the sentences the chains went back over.
type carryMemo struct {
	sent int
	cue  string // the cue of the chain, "" when it does not
	done bool
	// steps holds the last sentences read, oldest overwritten first: a
	// chain goes back over the sentences just read, where slots by
	// sentence start modulo 8 made two of a chain's six share a slot and
	// read each other again.
	steps [8]carryStep
	next  int // the slot the next sentence read takes
}

// A carryStep is what carriedFrom reads of the sentence at sent: the
// chains of the sentences after it go back over it, one for each that
// holds a figure, and read it once.
type carryStep struct {
	sent    int      // the sentence start, plus one: 0 is an empty slot
	cue     *roleCue // the connector it opens with (carryCue)
	first   bool     // it opens on its measure (namesMeasureFirst)
	prev, e int      // the sentence before in the paragraph and its end; prev -1 when none
}

// carriedPlan returns the cue that puts the sentence at low[sent] in the
// plan of the sentences before it, or "": the sentence opens with a
// connector of cueCarry, and the sentence before it, in the same
// paragraph, sets a plan (see setsPlan) or goes on with one.
func (x *extractor) carriedPlan(sent int) string {
	if m := &x.carry; m.done && m.sent == sent {
		return m.cue
	}
	cue, _ := x.carriedFrom(sent, maxCarry)
	x.carry.sent, x.carry.cue, x.carry.done = sent, cue, true
	return cue
}

// carriedFrom returns the cue of the plan the sentence at low[sent] goes
// on with, or "", and whether the plan was adopted (cueAdopt).
func (x *extractor) carriedFrom(sent, depth int) (string, bool) {
	if depth == 0 {
		return "", false
	}
	st := x.carryStep(sent)
	if st.cue == nil && !st.first || st.prev < 0 {
		return "", false
	}
	if st.cue == nil {
		// "HĐND thông qua kế hoạch năm 2026. Theo đó, GRDP tăng 8%. Thu
		// ngân sách đạt 12.500 tỷ đồng.": a sentence that opens on its
		// measure goes on with a plan adopted and spelt out before it.
		if cue, adopted := x.carriedFrom(st.prev, depth-1); adopted {
			return cue, true
		}
		return "", false
	}
	if cue, adopted := setsPlan(x.low, st.prev, st.e); cue != "" && (!adopted || st.cue.phrase == "theo đó") {
		return cue, adopted // after a plan adopted, only "Theo đó, …" spells it out
	}
	return x.carriedFrom(st.prev, depth-1)
}

// carryStep returns what carriedFrom reads of the sentence at low[sent],
// reading it unless a chain before did.
func (x *extractor) carryStep(sent int) carryStep {
	m := &x.carry
	for k := range m.steps {
		if m.steps[k].sent == sent+1 {
			return m.steps[k]
		}
	}
	low := x.low
	st := carryStep{sent: sent + 1, cue: carryCue(low, sent), prev: -1}
	st.first = st.cue == nil && namesMeasureFirst(low, sent)
	if st.cue != nil || st.first {
		// The sentence before: its end is the stop before sent, in the
		// same paragraph.
		e := trimRightSpaces(low, sent)
		if e > 0 && low[e-1] != '\n' && strings.IndexByte(low[e:sent], '\n') < 0 {
			if prev, _, _ := bounds(x.t, e-1); prev < e-1 {
				st.prev, st.e = prev, e
			}
		}
	}
	m.steps[m.next] = st
	m.next = (m.next + 1) % len(m.steps)
	return st
}

// namesMeasureFirst reports whether the sentence at low[sent] opens on the
// measure it states, as the items of a plan spelt out do ("Thu ngân sách
// đạt …"): not on an agent ("HĐND tỉnh …"), a period or date ("Năm 2024,
// …"), a number, a word that opens a clause ("Với …", "Trong khi …") or
// a clause that sets the scene ("Theo báo cáo, …", "Để thực hiện …").
func namesMeasureFirst(low string, sent int) bool {
	k := textscan.SkipSpacesQuotes(low, sent)
	if k >= len(low) || !wordByte[low[k]] || textscan.IsDigit(low[k]) {
		return false
	}
	rest := low[k:min(len(low), k+80)]
	return openingEnd(low, k) == k && !isAgent(rest) && !adverbial(rest) && leadingDateEnd(low, k) == k
}

// carryCue returns the row of cueCarry that opens the sentence at low[sent],
// or nil.
func carryCue(low string, sent int) *roleCue {
	k := textscan.SkipSpacesQuotes(low, sent)
	for _, c := range carryCues {
		if textscan.HasWordAt(low, k, c.phrase) {
			return c
		}
	}
	return nil
}

// setsPlan returns the cue by which the sentence low[s:e] sets a plan for
// the time ahead, or "", and whether it adopts one: it opens with the time ahead (cueOpening),
// adopts a plan (cueAdopt) or has a goal word (cueSentence) and no "đã".
func setsPlan(low string, s, e int) (cue string, adopted bool) {
	if g := openingCue(low, s); g != nil {
		return g.phrase, false
	}
	for _, c := range adoptCues {
		if k := textscan.IndexWord(low[s:e], c.phrase); k >= 0 && (c.guard == nil || c.guard(low, s+k, s, e)) {
			return c.phrase, true
		}
	}
	if textscan.IndexWord(low[s:e], "đã") >= 0 {
		return "", false // work done, whatever it strove for
	}
	for _, c := range sentenceCues {
		if k := textscan.IndexWord(low[s:e], c.phrase); k >= 0 && (c.guard == nil || c.guard(low, s+k, s, e)) {
			return c.phrase, false
		}
	}
	return "", false
}

// A doneIndex lists, for the sentence from sent, where "đã" (work done)
// stands and where its first year is, found in one scan when a figure of
// the sentence first asks: the checks of each figure then cost no scan of
// the text before it, however many figures a long sentence holds.
type doneIndex struct {
	sent, end int
	da        []int // the starts of "đã", in order
	year      int   // the start of the first year, or end
}

// between reports whether "đã" stands in low[from:to] of the sentence from
// sent.
func (d *doneIndex) between(x *extractor, sent, from, to int) bool {
	d.build(x, sent)
	k := sort.SearchInts(d.da, from)
	return k < len(d.da) && d.da[k]+len("đã") <= to
}

// yearBefore reports whether a year stands in the sentence before to.
func (d *doneIndex) yearBefore(to int) bool { return d.year+4 <= to }

func (d *doneIndex) build(x *extractor, sent int) {
	if d.end > 0 && d.sent == sent {
		return
	}
	low := x.low
	end := sentenceEnd(x.t, sent)
	*d = doneIndex{sent: sent, end: end, da: d.da[:0], year: end}
	for off := sent; off < end; {
		k := strings.Index(low[off:end], "đã")
		if k < 0 {
			break
		}
		if textscan.HasWordAt(low, off+k, "đã") {
			d.da = append(d.da, off+k)
		}
		off += k + len("đã")
	}
	for i := sent; i+4 <= end; i++ {
		if textscan.IsDigit(low[i]) && (i == sent || !textscan.IsDigit(low[i-1])) {
			if n, e := digitsAfter(low, i); e-i == 4 && n >= 1900 && n <= 2100 {
				d.year = i
				break
			}
		}
	}
}
