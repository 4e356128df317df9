// Package hostile holds the input shapes that once cost the parsers more
// than linear time or memory — long runs of figures with no clause break,
// runs of punctuation, of numbers and of no-break spaces — and the helpers
// that benchmark and measure the parsers on them. The benchmarks,
// allocation tests and fuzz seeds of every package draw on the same table.
package hostile

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// A Shape is a unit of text repeated to make a hostile input.
type Shape struct {
	Name string // short name for a sub-benchmark or test
	Unit string // the repeated text
}

// Shapes lists the hostile units: figures without clause breaks, number
// runs, no-break spaces, invalid UTF-8 and punctuation runs.
var Shapes = []Shape{
	{"pct", "12% "},
	{"people", "5 người "},
	{"estimate", "ước đạt 12 "},
	{"reach-pct", "đạt 12,5% "},
	{"money", "đạt 12 tỷ đồng "},
	{"plans", "HĐND thông qua kế hoạch năm tới. Toàn huyện thu 5 người. "}, // one long line: each indicator once looked back to its start for a heading
	{"nbsp-pct", "12%\u00a0"},
	{"nbsp", "\u00a0"},
	{"invalid", "\xff "}, // a byte that is not UTF-8 every two: U+FFFD in Text, an edit each
	{"ones", "1 "},
	{"words", "a "},
	{"comma", ","},
	{"paren", "("},
	{"quote", `"`},
	{"nul", "\x00"},
	{"dot", "."},
	{"dot-space", ". "},
	{"dash", "- "},
	{"mixed-punct", `,("`},
}

// Text returns unit repeated to at least n bytes.
func Text(unit string, n int) string {
	return strings.Repeat(unit, (n+len(unit)-1)/len(unit))
}

// Sizes are the input sizes of the benchmarks: 10× apart, so that
// benchstat shows any growth of the time or memory per byte.
var Sizes = []struct {
	Name string
	N    int
}{{"100KB", 100_000}, {"1MB", 1_000_000}}

// Benchmark runs f on every shape, and on real text repeated, at every
// size, as the sub-benchmarks "shape/size" of b.
func Benchmark(b *testing.B, real string, f func(string)) {
	shapes := append([]Shape{{"real", real}}, Shapes...)
	for _, sh := range shapes {
		for _, sz := range Sizes {
			b.Run(sh.Name+"/"+sz.Name, func(b *testing.B) {
				s := Text(sh.Unit, sz.N)
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					f(s)
				}
			})
		}
	}
}

// Measure returns the bytes and the allocations f makes per byte of s,
// on a call after a first (which fills the tables a parser builds once)
// with the pools a parser keeps emptied: what one document costs a
// process that reads no other, as it costs a batch whose documents are too
// large for the pools. It runs with one P and the collector off, so that
// no collection falls inside the call measured.
func Measure(f func(string), s string) (bytes, allocs float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	f(s)
	runtime.GC() // a pool keeps its values through one collection,
	runtime.GC() // not through two
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f(s)
	runtime.ReadMemStats(&m1)
	n := float64(len(s))
	return float64(m1.TotalAlloc-m0.TotalAlloc) / n, float64(m1.Mallocs-m0.Mallocs) / n
}

// The sizes CheckAlloc compares, 10× apart, small enough for go test.
const (
	checkSmall = 4_000
	checkLarge = 40_000
)

// Limits are the bytes a parser may allocate per input byte, by shape
// name; the entry "" holds for the shapes not named.
type Limits map[string]float64

// CheckAlloc fails t when f allocates more bytes per input byte than
// limits allow on any shape (or on real, repeated) at 40 KB, or when the
// bytes or the allocations it makes per input byte grow from 4 KB to 40 KB
// more than twice over (a slice doubled once more): a cost that grows
// faster than the input. It measures memory (runtime.MemStats) with the
// parser's pools emptied (Measure), never time, so that a loaded machine
// cannot fail it.
func CheckAlloc(t *testing.T, name, real string, f func(string), limits Limits) {
	t.Helper()
	if raceEnabled {
		t.Skip("allocations are not measured under the race detector")
	}
	shapes := append([]Shape{{"real", real}}, Shapes...)
	for _, sh := range shapes {
		limit, ok := limits[sh.Name]
		if !ok {
			limit = limits[""]
		}
		bs, as := Measure(f, Text(sh.Unit, checkSmall))
		bl, al := Measure(f, Text(sh.Unit, checkLarge))
		if bl > limit || bl > 2*bs+1 {
			t.Errorf("%s on %s: %.1f B allocated per input byte at %d KB, %.1f at %d KB; want at most %.0f, and no growth",
				name, sh.Name, bs, checkSmall/1000, bl, checkLarge/1000, limit)
		}
		if al > 2*as+0.01 {
			t.Errorf("%s on %s: %.3f allocations per input byte at %d KB, %.3f at %d KB; want no growth",
				name, sh.Name, as, checkSmall/1000, al, checkLarge/1000)
		}
	}
}

// Seeds returns each shape repeated to about 48 bytes: fuzz seeds small
// enough for the fuzzer to mutate quickly.
func Seeds() []string {
	out := make([]string, len(Shapes))
	for i, sh := range Shapes {
		out[i] = Text(sh.Unit, 48)
	}
	return out
}
