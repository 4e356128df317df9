package roman_test

import (
	"testing"

	"github.com/vnreport/vnreport/roman"
)

var benchNumerals = []struct {
	name string
	s    string
	n    int
}{
	{"short", "I", 1},
	{"typical", "MMXXIV", 2024},
	{"max", "MMMCMXCIX", 3999},
	{"longest", "MMMDCCCLXXXVIII", 3888},
}

func BenchmarkParse(b *testing.B) {
	for _, bm := range benchNumerals {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bm.s)))
			for b.Loop() {
				roman.Parse(bm.s)
			}
		})
	}
	// The error path allocates one *NumError and a copy of the input.
	b.Run("invalid", func(b *testing.B) {
		const s = "MMMCMXCIXI"
		b.ReportAllocs()
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			roman.Parse(s)
		}
	})
}

func BenchmarkFormat(b *testing.B) {
	for _, bm := range benchNumerals {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bm.s)))
			for b.Loop() {
				roman.Format(bm.n)
			}
		})
	}
}

func BenchmarkAppend(b *testing.B) {
	buf := make([]byte, 0, 16)
	for _, bm := range benchNumerals {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bm.s)))
			for b.Loop() {
				roman.Append(buf[:0], bm.n)
			}
		})
	}
}
