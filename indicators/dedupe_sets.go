package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sets dedupe looks figures up in, so that a text of thousands of
// equal counts ("5 người 5 người …") costs linear time: a figure is looked
// up, not compared with every figure kept before it.

// figKey holds what makes two figures state the same number: value,
// total, whether it is a ratio, the unit folded and, for money in a set
// that tells roles apart, the role ("dự toán 500 tỷ đồng" and "thực hiện
// 500 tỷ đồng" are two facts).
type figKey struct {
	value, total float64
	ratio        bool
	unit         string // folded (foldUnit)
	role         Role   // money only
}

// A figureSet holds figures by their figKey.
type figureSet struct {
	m     map[figKey]struct{}
	fold  unitFolder
	roles bool // amounts of money of different roles are different figures
}

func (s *figureSet) keyOf(f *Figure) figKey {
	k := figKey{f.Value, f.Total, f.Role == RoleRatio, s.fold.fold(f.Unit), ""}
	if s.roles && isMoney(f) {
		k.role = f.Role
	}
	return k
}

// anyNoun is the unit under which a figure set also holds the counts that
// restatedCount accepts, whatever they count.
const anyNoun = "\x00"

// minRestated is the least count that the body restates with another noun
// ("74 đại biểu" in the lead, "74 người" in the body): two small counts of
// different things ("2 cán bộ", "2 văn bản") are often equal.
const minRestated = 10

// restatedCount reports whether f is a count the body may restate with
// another noun: no ratio, percentage or money, and at least minRestated.
func restatedCount(f *Figure) bool {
	return f.Role != RoleRatio && f.Unit != "%" && !isMoney(f) && f.Value >= minRestated
}

// addCounts adds, under anyNoun, the values of the figures of figs that
// restatedCount accepts.
func (s *figureSet) addCounts(figs []Figure) {
	for g := range figs {
		if restatedCount(&figs[g]) {
			s.m[figKey{value: figs[g].Value, unit: anyNoun}] = struct{}{}
		}
	}
}

// hasCount reports whether the set holds a count of value v under anyNoun.
func (s *figureSet) hasCount(v float64) bool {
	_, ok := s.m[figKey{value: v, unit: anyNoun}]
	return ok
}

// isMoney reports whether f is an amount of money: in đồng, or in USD.
func isMoney(f *Figure) bool {
	return f.VND != 0 || strings.Contains(f.Unit, "USD") || strings.Contains(f.Unit, "usd")
}

func (s *figureSet) add(f *Figure) { s.m[s.keyOf(f)] = struct{}{} }

func (s *figureSet) addAll(figs []Figure) {
	for g := range figs {
		s.add(&figs[g])
	}
}

func (s *figureSet) has(f *Figure) bool { _, ok := s.m[s.keyOf(f)]; return ok }

// A unitFolder folds units, keeping the last: the figures of a text
// mostly repeat a unit, and folding one that is not ASCII allocates.
type unitFolder struct{ unit, folded string }

func (u *unitFolder) fold(unit string) string {
	if unit != u.unit {
		u.unit, u.folded = unit, foldUnit(unit)
	}
	return u.folded
}

// foldUnit returns u with each rune replaced by the least rune of its case
// folding orbit, so that two units are equal under strings.EqualFold
// exactly when their folded forms are equal.
func foldUnit(u string) string {
	ascii, lower := true, false
	for i := 0; i < len(u); i++ {
		c := u[i]
		ascii = ascii && c < utf8.RuneSelf
		lower = lower || 'a' <= c && c <= 'z'
	}
	switch {
	case ascii && !lower:
		return u
	case ascii:
		return strings.ToUpper(u) // in ASCII the least of an orbit is the upper case
	}
	var b strings.Builder
	for _, r := range u {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

// listings answers listedCount for the indicators out of text t, keeping
// what it learns: the sentence of each indicator and, for each unit, the
// values of its counts.
type listings struct {
	fold  unitFolder
	t     string
	out   []listed
	sents []int            // the sentence start of each indicator, filled on first use
	units []indicatorUnits // by indicator, filled on first use
}

// A listed is what listings reads of an indicator: where it starts, and
// its figures.
type listed struct {
	start int
	figs  []Figure
}

// indicatorUnits sums up the counts of an indicator by folded unit: in
// one, when they are all of one unit, as most are, else in a map.
type indicatorUnits struct {
	done bool
	n    int    // the units counted, up to two
	unit string // the first
	one  unitValues
	many map[string]unitValues // when n is 2: all units
}

// get returns the values of the counts of unit u.
func (iu *indicatorUnits) get(u string) (unitValues, bool) {
	if iu.many != nil {
		uv, ok := iu.many[u]
		return uv, ok
	}
	return iu.one, iu.n == 1 && iu.unit == u
}

// add counts value v of unit u.
func (iu *indicatorUnits) add(u string, v float64) {
	if iu.n == 1 && u != iu.unit {
		iu.many, iu.n = map[string]unitValues{iu.unit: iu.one}, 2
	}
	uv, ok := iu.get(u)
	switch {
	case !ok:
		uv = unitValues{v: v}
	case !uv.two && v != uv.v:
		uv.two = true
	}
	if iu.many != nil {
		iu.many[u] = uv
	} else {
		iu.n, iu.unit, iu.one = 1, u, uv
	}
}

// unitValues sums up the counts of one unit in an indicator: the first
// value, and whether another differs from it.
type unitValues struct {
	v   float64
	two bool
}

// listedCount reports whether the count f of out[k] is one of a list of
// counts of its unit in one sentence ("ông A được 53 phiếu tín nhiệm cao,
// 19 phiếu tín nhiệm và 3 phiếu tín nhiệm thấp"): each states its own
// fact, so an equal count before it is no restatement.
func (l *listings) listedCount(k int, f *Figure) bool {
	if l.sents == nil {
		l.sents = make([]int, len(l.out))
		last := boundsAt{i: -1}
		for j := range l.out {
			sent, seg, cl := boundsSince(l.t, l.out[j].start, last)
			l.sents[j], last = sent, boundsAt{l.out[j].start, sent, seg, cl}
		}
		l.units = make([]indicatorUnits, len(l.out))
	}
	unit := l.fold.fold(f.Unit)
	for j := max(0, k-3); j < min(len(l.out), k+4); j++ {
		if j != k && l.sents[j] != l.sents[k] {
			continue
		}
		if uv, ok := l.unitsOf(j).get(unit); ok && (uv.two || uv.v != f.Value) {
			return true
		}
	}
	return false
}

// unitsOf returns the sums of the counts of out[j] by folded unit.
func (l *listings) unitsOf(j int) *indicatorUnits {
	iu := &l.units[j]
	if !iu.done {
		iu.done = true
		for g := range l.out[j].figs {
			if h := &l.out[j].figs[g]; h.Role != RoleRatio {
				iu.add(l.fold.fold(h.Unit), h.Value)
			}
		}
	}
	return iu
}
