package indicators

import (
	"math"
	"slices"
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// dedupe drops restatements: a figure of the headline or lead that the
// body states again (a count of ten or more with whatever noun: "74 đại
// biểu đã trúng cử" in the lead, "bầu 74 người" in the body), a count
// repeated with the same noun, and an amount of money repeated with the
// same unit and role ("thu hút 6,5 tỷ USD vốn FDI … các nhà đầu tư đã
// rót 6,5 tỷ USD"), but never votes (ownFact). The first statement, with
// its context, is kept (the body's, for the lead's). A percentage may
// well repeat as another fact and is kept. Indicators left without
// figures are dropped.
func (x *extractor) dedupe() {
	lead := leadEnd(x.t)
	// Sets of the values in the body and of the values kept so far let
	// most figures skip the searches below: a value not in a set has no
	// equal there. Dropping figures only removes values from the body, so
	// body, filled before, holds all that statedLater can meet.
	// The exact sets behind them are made only when a value is met again.
	var (
		body, kept         valueSet
		bodyFigs, keptFigs *figureSet
	)
	for k := range x.out {
		if x.out[k].Start >= lead {
			for g := range x.out[k].Figures {
				body.add(x.out[k].Figures[g].Value)
			}
		}
	}
	// statedLater reports whether a figure of the lead is stated in the body.
	statedLater := func(f *Figure) bool {
		if !body.has(f.Value) {
			return false
		}
		if bodyFigs == nil {
			bodyFigs = x.sc.figureSet(0)
			bodyFigs.roles = false
			for k := range x.out {
				if x.out[k].Start >= lead {
					bodyFigs.addAll(x.out[k].Figures)
					bodyFigs.addCounts(x.out[k].Figures)
				}
			}
		}
		return bodyFigs.has(f) || restatedCount(f) && bodyFigs.hasCount(f.Value)
	}
	orig := slices.Grow(x.sc.orig[:0], len(x.out)) // what listings reads of the indicators before they move down
	for k := range x.out {
		orig = append(orig, listed{x.out[k].Start, x.out[k].Figures})
	}
	x.sc.orig = orig
	lists := listings{t: x.t, out: orig}
	n := 0
	for k := range x.out {
		in := &x.out[k]
		figs := in.Figures[:0]
		for _, f := range in.Figures {
			if in.Start < lead && statedLater(&f) {
				continue
			}
			if f.Role != RoleRatio && f.Unit != "%" && kept.has(f.Value) {
				if keptFigs == nil { // all the figures kept so far
					keptFigs = x.sc.figureSet(1)
					keptFigs.roles = true
					for _, in := range x.out[:n] {
						keptFigs.addAll(in.Figures)
					}
					keptFigs.addAll(figs)
				}
				if keptFigs.has(&f) && !lists.listedCount(k, &f) && !ownFact(f.Unit) {
					continue
				}
			}
			figs = append(figs, f)
			kept.add(f.Value)
			if keptFigs != nil {
				keptFigs.add(&f)
			}
		}
		if len(figs) == 0 {
			continue
		}
		if n != k {
			x.out[n] = *in
		}
		x.out[n].Figures = figs
		n++
	}
	x.out = x.out[:n]
}

// ownFactUnits are the units of counts that, stated again, state another
// fact: votes repeat from one person to the next ("bà A có 8 phiếu tín
// nhiệm thấp … ông B cũng có 8 phiếu").
var ownFactUnits = [...]string{"phiếu"}

// ownFact reports whether a count of unit u is never a restatement.
func ownFact(u string) bool {
	for _, w := range ownFactUnits {
		if strings.EqualFold(u, w) {
			return true
		}
	}
	return false
}

// A valueSet is a set of float64 values that may report values it does not
// hold, but never misses one it holds.
type valueSet [16]uint64

func (s *valueSet) slot(v float64) (int, uint64) {
	if v == 0 {
		v = 0 // -0 == 0
	}
	h := math.Float64bits(v) * 0x9E3779B97F4A7C15 >> 54 // 10 bits
	return int(h >> 6), 1 << (h & 63)
}

func (s *valueSet) add(v float64) { i, b := s.slot(v); s[i] |= b }

func (s *valueSet) has(v float64) bool { i, b := s.slot(v); return s[i]&b != 0 }

// leadEnd returns the end of the headline and lead: the first two
// non-empty lines.
func leadEnd(t string) int {
	lines := 0
	for _, e := range textscan.Lines(t, 0) { // found by IndexByte, not byte by byte
		if e < len(t) && e > 0 && t[e-1] != '\n' {
			lines++
			if lines == 2 {
				return e
			}
		}
	}
	return 0
}
