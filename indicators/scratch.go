package indicators

import (
	"sync"

	"github.com/vnreport/vnreport/vntext"
)

// A scratch holds the slices an extraction works in. They are kept from
// one document to the next (scratchPool), so that a document allocates
// only what it returns, sized to it (see detach).
type scratch struct {
	out     []Indicator
	orig    []listed // dedupe's copy of what listings reads of out
	figs    []Figure
	spans   []keySpan
	periods []periodSpan
	sets    [2]figureSet // dedupe's, made when a value repeats (see figureSet)
	fresh   bool         // made for this document: the pool had none to give
	cands   candState    // candidates' loop state, off the heap

	// x is the extraction itself: some 400 bytes that its closures would
	// otherwise put on the heap for every document. release clears it, so
	// that the pool keeps no text.
	x extractor
}

// scratchPool keeps the scratches of documents done for the next ones.
var scratchPool = sync.Pool{New: func() any { return &scratch{fresh: true} }}

// maxScratch bounds the room a pooled slice may keep: a huge document's
// slices go to the garbage collector rather than the pool.
const maxScratch = 1 << 14

// maxSet bounds the figures a pooled figure set may have held: clearing a
// map costs the room it grew to, which every later document would pay.
const maxSet = 1 << 10

// pooled reports whether the scratch goes back to the pool: whether no
// slice has grown beyond maxScratch.
func (sc *scratch) pooled() bool {
	keep := func(n int) bool { return n <= maxScratch }
	return keep(cap(sc.out)) && keep(cap(sc.orig)) && keep(cap(sc.figs)) && keep(cap(sc.spans)) && keep(cap(sc.periods))
}

// release clears the slices of the strings of the text and returns sc to
// the pool.
func (sc *scratch) release() {
	if sc.pooled() {
		clear(sc.out[:cap(sc.out)])
		clear(sc.orig[:cap(sc.orig)])
		clear(sc.figs[:cap(sc.figs)])
		clear(sc.spans[:cap(sc.spans)])
		clear(sc.periods[:cap(sc.periods)])
		sets := sc.sets
		for k := range sets {
			if len(sets[k].m) > maxSet {
				sets[k].m = nil // a map does not shrink, and clear costs its size
			}
			clear(sets[k].m)
			sets[k].fold = unitFolder{}
		}
		*sc = scratch{out: sc.out[:0], orig: sc.orig[:0], figs: sc.figs[:0], spans: sc.spans[:0], periods: sc.periods[:0], sets: sets}
		scratchPool.Put(sc)
	}
}

// figureSet returns the k-th figure set of the scratch, empty; its map is
// kept from one document to the next.
func (sc *scratch) figureSet(k int) *figureSet {
	s := &sc.sets[k]
	if s.m == nil {
		s.m = map[figKey]struct{}{}
	}
	return s
}

// detach copies the indicators of the scratch, and their figures, to
// slices of their own, exactly as long: nil stays nil. When the scratch
// goes to the garbage collector rather than the pool, or was made for this
// document (a document read alone, or the first of a batch), and at least
// half of a slice is kept, the indicators keep that slice where it is: a
// table pasted as one line would otherwise hold its figures twice. The
// scratch lets go of it, so that no later document writes over it.
func (sc *scratch) detach(out []Indicator) []Indicator {
	if out == nil {
		return nil
	}
	own := !sc.pooled() || sc.fresh
	res := out[:len(out):len(out)]
	if own && 2*len(out) >= cap(sc.out) {
		sc.out = nil
	} else {
		res = make([]Indicator, len(out))
		copy(res, out)
	}
	n := 0
	for k := range res {
		n += len(res[k].Figures)
	}
	if own && 2*n >= cap(sc.figs) {
		sc.figs = nil
		return res
	}
	figs := make([]Figure, n)
	j := 0
	for k := range res {
		if res[k].Figures == nil {
			continue
		}
		m := copy(figs[j:], res[k].Figures)
		res[k].Figures = figs[j : j+m : j+m]
		j += m
	}
	return res
}

// candState is what candidates carries through its loop: the merge, the
// scan, and the quantity before the one at hand (the k-th).
type candState struct {
	m    candMerge
	s    candScan
	k    int
	prev vntext.Quantity
	have bool
}
