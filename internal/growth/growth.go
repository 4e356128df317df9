// Package growth sizes the slices a parser fills as it reads a text, when
// how many values the text holds is known only at its end.
package growth

import "slices"

// Room returns s, the values read from the first at bytes of a text of n
// bytes, with room for one more. When s is full it grows to what the
// whole text seems to hold: its values so far scaled from at bytes to n,
// but at least a quarter more and at most four times as many, or eight
// once an eighth of the text is read (so a text dense at its start only
// wastes no more than it would hold at that density throughout). A text
// made of one value repeated ("12% 12% …", "a a a …") is then sized
// exactly after a few steps, where doubling would allocate about three
// times what it keeps.
func Room[T any](s []T, at, n int) []T {
	l := len(s)
	if l < cap(s) {
		return s
	}
	want := l + l/4
	if at > 0 {
		want = max(want, int(int64(l)*int64(n)/int64(at)))
	}
	most := 4 * l
	if 8*int64(at) >= int64(n) {
		most = 8 * l
	}
	want = min(want, most) + 16
	return slices.Grow(s, want-l)
}
