package meeting

import "time"

// vote returns the year the clues vote for most for a meeting held on
// month/day, 0 when they tie or none votes; years outside lo–hi, or that
// put the meeting before a past event a bound dates, or outside the
// windows of the limits, or not a multiple of a cycle's years, are not
// counted. When the limits leave one year alone, it is that year. Limits that leave no day at all contradict each
// other (one names a leader as he was long ago) and tell nothing.
func vote(clues []yearClue, month, d, lo, hi int) int {
	var after time.Time
	lf, lt := time.Time{}, day(9999, 1, 1)
	limited := false
	every := 1
	for _, c := range clues {
		switch {
		case c.bound && c.from.After(after):
			// A week's slack: "Thứ ba, ngày 06-6-2017, Quốc hội tiếp
			// tục …" after a sitting of 5 June is its next day's
			// programme, told in the words of a past event.
			after = c.from
		case c.limit:
			limited = true
			lf, lt = maxTime(lf, c.from), minTime(lt, c.to)
		case c.every > 1:
			every = c.every
		}
	}
	if limited && !lf.Before(lt) {
		limited = false
	}
	after = after.AddDate(0, 0, -boundSlack)
	ok := func(y int) bool {
		t := day(y, month, d)
		return (lo == 0 || y >= lo && y <= hi) && y%every == 0 && !t.Before(after) && (!limited || !t.Before(lf) && t.Before(lt))
	}
	if limited && lt.Year()-lf.Year() <= 12 {
		if only, n := onlyYear(lf.Year(), lt.Year(), ok); n == 1 {
			return only
		}
	}
	// A year named without a cue counts alone when a limit or the
	// body's tenure holds the meeting within a few years: "Bí thư Thành
	// ủy …" in office two Februaries, "làm sao năm 2017, …" picks one.
	weakOK := limited && lt.Before(lf.AddDate(6, 0, 0)) || lo != 0 && hi-lo <= 6
	best := tally(clues, month, d, ok, weakOK)
	if limited && lt.Year() == 9999 && best != tally(clues, month, d, func(y int) bool {
		return (lo == 0 || y >= lo && y <= hi) && y%every == 0 && !day(y, month, d).Before(after)
	}, weakOK) {
		// The limits overrule the votes but close nothing from above:
		// what votes for a later year is no surer.
		return 0
	}
	return best
}

// boundSlack is how many days before a past event a meeting may still
// fall: a report tells the programme of the days after a sitting as it
// tells past events.
const boundSlack = 7

// tally returns the year the clues vote for most among those ok takes,
// 0 when two tie or none is voted for, or when the year is voted for only
// by one weak clue and weakOK is not set.
func tally(clues []yearClue, month, d int, ok func(int) bool, weakOK bool) int {
	votes := map[int]int{}
	for _, c := range clues {
		if c.bound || c.limit {
			continue
		}
		if y, yes := voteYear(c, month, d); yes && ok(y) {
			votes[y] += c.weight
		}
	}
	best, bestW, tie := 0, 0, false
	for y, w := range votes {
		switch {
		case w > bestW:
			best, bestW, tie = y, w, false
		case w == bestW:
			tie = true
		}
	}
	if tie {
		best, tie = breakTie(clues, votes, bestW, month, d)
	}
	if tie || !weakOK && bestW < 2 && onlyWeak(clues, month, d, best) {
		// "Theo ông Hòa, năm 2015 nhà máy …", "cầu dự kiến năm 2025
		// thông xe": a year named once in passing is as often a past
		// event's or a goal's as the report's own.
		return 0
	}
	return best
}

// breakTie returns the one year of those voted for with weight w that a
// clue that tells votes for: years named in passing ("năm 2013) thì hiệp
// định …") and months or documents named ("Quyết định … ngày 23/12/2015")
// do not outweigh a period the meeting reviews or plans. It reports a tie
// when none or more than one is.
func breakTie(clues []yearClue, votes map[int]int, w, month, d int) (int, bool) {
	best, n := 0, 0
	for y, v := range votes {
		if v == w && toldBy(clues, month, d, y) {
			best, n = y, n+1
		}
	}
	return best, n != 1
}

// toldBy reports whether a clue neither weak nor loose votes for the year
// y.
func toldBy(clues []yearClue, month, d, y int) bool {
	for _, c := range clues {
		if c.bound || c.limit || c.weak || c.loose {
			continue
		}
		if v, yes := voteYear(c, month, d); yes && v == y {
			return true
		}
	}
	return false
}

// onlyWeak reports whether no clue but weak ones votes for the year y.
func onlyWeak(clues []yearClue, month, d, y int) bool {
	for _, c := range clues {
		if c.bound || c.limit || c.weak {
			continue
		}
		if v, yes := voteYear(c, month, d); yes && v == y {
			return false
		}
	}
	return true
}

// onlyYear returns the years from–to that ok takes, the last of them,
// and how many there are.
func onlyYear(from, to int, ok func(int) bool) (y, n int) {
	for k := from; k <= to; k++ {
		if ok(k) {
			y, n = k, n+1
		}
	}
	return y, n
}

// maxTime and minTime return the later and the earlier of a and b.
func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// voteYear returns the year that puts month/day in c's window.
func voteYear(c yearClue, month, d int) (int, bool) {
	mid := c.from.Add(c.to.Sub(c.from) / 2)
	best, bestGap := 0, time.Duration(-1)
	for y := c.from.Year() - 1; y <= c.to.Year(); y++ {
		t := day(y, month, d)
		if t.Before(c.from) || !t.Before(c.to) {
			continue
		}
		gap := t.Sub(mid)
		if gap < 0 {
			gap = -gap
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best, bestGap >= 0
}
