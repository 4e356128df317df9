//go:build race

package hostile

// raceEnabled is set under the race detector, which drops pooled values
// at random and adds allocations of its own: CheckAlloc has nothing to
// measure then.
const raceEnabled = true
