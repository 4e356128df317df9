package meeting

import "slices"

// roomForOne returns s with room for one more value, doubling its capacity when
// full: append grows a long slice by a quarter at a time, which for the
// tokens of a long text allocates about five times what it keeps.
func roomForOne[T any](s []T) []T {
	if len(s) == cap(s) {
		return slices.Grow(s, len(s)+16)
	}
	return s
}
