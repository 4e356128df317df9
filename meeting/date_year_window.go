package meeting

import "time"

// The windows of days a period's role gives the meeting: when it is held,
// for a year, a school year or a shorter period it reviews, plans or
// compares with.

// schoolYearClue returns the clue of the school year that opens in the
// autumn of y, whose role is role: it is reviewed from its first
// semester's end to its last summer ("sơ kết học kỳ 1 năm học 2016-2017",
// "tổng kết năm học 2016-2017"), planned from its spring admissions to
// its first weeks, and otherwise named from the spring before it to its
// end, the nearer year the likelier.
func schoolYearClue(y int, role yearRole) yearClue {
	switch role {
	case roleReview:
		return yearClue{from: day(y+1, 1, 1), to: day(y+1, 10, 1), weight: 2}
	case rolePlan, roleAim:
		return yearClue{from: day(y, 3, 1), to: day(y, 11, 1), weight: 2}
	}
	return yearClue{from: day(y, 3, 1), to: day(y+1, 9, 1), weight: 1}
}

// yearWindow returns the days a meeting falls in when it stands to the
// year y as role says.
func yearWindow(y int, role yearRole) (yearClue, bool) {
	switch role {
	case roleReview: // "tổng kết năm 2023": from its last months to the next summer
		return yearClue{from: day(y, 11, 1), to: day(y+1, 7, 1)}, true
	case rolePlan: // "dự toán năm 2024": from the autumn before to spring
		return yearClue{from: day(y-1, 10, 1), to: day(y, 4, 1)}, true
	case roleAim: // "chỉ tiêu năm 2023": set the autumn before, carried out in it
		return yearClue{from: day(y-1, 10, 1), to: day(y+1, 1, 1)}, true
	case roleCarry:
		return yearClue{from: day(y, 1, 1), to: day(y+1, 1, 1)}, true
	case roleNext: // "Sang năm 2015, …" in the half-year before
		return yearClue{from: day(y-1, 7, 1), to: day(y, 2, 1)}, true
	case roleWithin: // "trong năm 2018": during it; in December it may be planned
		return yearClue{from: day(y, 1, 1), to: day(y, 12, 1)}, true
	case roleEarly:
		return yearClue{from: day(y, 2, 1), to: day(y, 9, 1)}, true
	case rolePrior: // "so với năm 2015": from March 2016; in January and February 2017 the year just ended is compared
		return yearClue{from: day(y+1, 3, 1), to: day(y+2, 3, 15), weight: -1}, true
	case roleSession:
		return yearClue{from: day(y, 11, 1), to: day(y+1, 1, 1)}, true
	case roleMidYear:
		return yearClue{from: day(y, 6, 1), to: day(y, 9, 1)}, true
	case roleOversee:
		return yearClue{from: day(y-1, 6, 1), to: day(y, 1, 1)}, true
	case roleSettle: // a council settles a year's accounts at one of the next year's sittings, the Assembly in the spring after
		return yearClue{from: day(y+1, 6, 1), to: day(y+2, 7, 15)}, true
	}
	return yearClue{}, false
}

// appendSpan appends the clue of a period [s, e) shorter than a year: a
// meeting reviews it from its last month to three months after, plans it
// from two months before to its end, and compares with it a year later.
// The role def stands when the words before tell nothing.
func appendSpan(out []yearClue, s, e time.Time, role, def yearRole, w int) []yearClue {
	switch role {
	case roleNone:
		return out
	case roleUntold, roleWithin, roleEarly, roleSession, roleMidYear, roleOversee, roleCarry, roleNext, roleSettle, roleHead:
		role = def
	case roleAim:
		role = rolePlan
	}
	switch role {
	case roleReview:
		return append(out, yearClue{from: e.AddDate(0, -1, 0), to: e.AddDate(0, 3, 0), weight: w})
	case rolePlan:
		return append(out, yearClue{from: s.AddDate(0, -2, 0), to: e, weight: w})
	case rolePrior:
		return append(out, yearClue{from: e.AddDate(1, -1, 0), to: e.AddDate(1, 3, 0), weight: w})
	}
	return append(out, yearClue{from: e.AddDate(0, -1, 0), to: e.AddDate(0, 3, 0), weight: w})
}
