package meeting

import (
	"strings"

	"github.com/vnreport/vnreport/internal/textscan"
)

// A cueTable holds cue rows with, for each byte, the rows whose cue
// starts with it, so that nearestCue finds the last place of every row in
// one pass over a clause rather than a search of it for each row (a
// period's role reads some fifty rows).
type cueTable struct {
	rows  []yearCue
	first [256][]uint8 // indexes in rows, in their order
}

// maxCueRows bounds the rows of a cueTable: nearestCue keeps the place of
// each on the stack.
const maxCueRows = 64

// newCueTable indexes rows by their first byte.
func newCueTable(rows []yearCue) *cueTable {
	if len(rows) > maxCueRows {
		panic("meeting: too many cue rows for a cueTable")
	}
	t := &cueTable{rows: rows}
	for i, r := range rows {
		t.first[r.cue[0]] = append(t.first[r.cue[0]], uint8(i))
	}
	return t
}

// The tables of the cue rows nearestCue reads.
var (
	yearCueTable      = newCueTable(yearCueRows)
	planModifierTable = newCueTable(planModifiers)
	tenureReviewTable = newCueTable(tenureReviewCues)
)

// nearestCue returns the role of the cue of rows, or of preps at the
// clause's end, that ends last in clause (the longest of those ending
// there), and where that cue starts. A row counts at its last place in
// the clause only (strings.LastIndex), and only where that place stands
// as whole words. A row of roleWord is no cue: when it ends last, a head
// noun before it decides, else nothing does.
func nearestCue(clause string, rows *cueTable, preps []yearCue) (role yearRole, start int, ok bool) {
	end, size := -1, 0
	take := func(r yearCue, k int) {
		if e := k + len(r.cue); e > end || e == end && len(r.cue) > size {
			role, start, end, size, ok = r.role, k, e, len(r.cue), true
		}
	}
	var last [maxCueRows]int
	rows.lastIndexes(clause, &last)
	for i, r := range rows.rows {
		k := last[i]
		if k >= 0 && textscan.AtWordStart(clause, k) && textscan.AtWordEnd(clause, k+len(r.cue)) {
			take(r, k)
		}
	}
	for _, r := range preps {
		if k := len(clause) - len(r.cue); strings.HasSuffix(clause, r.cue) && textscan.AtWordStart(clause, k) {
			take(r, k)
		}
	}
	if ok && role == roleWord {
		// "kế hoạch đầu tư công": the word hides its "đầu", and a head
		// noun before it decides; another cue is another phrase's
		// ("như vậy trong phiên họp … cuối cùng của năm 2018").
		r, k, found := nearestCue(clause[:start], rows, nil)
		if found && nounHead(r) {
			return r, k, true
		}
		return roleUntold, 0, false
	}
	return role, start, ok
}

// nounHead reports whether a cue of role r is a noun that heads the
// phrase after it ("kế hoạch", "kết quả", "công tác"), which a word
// between it and the period does not break.
func nounHead(r yearRole) bool {
	switch r {
	case roleReview, rolePlan, roleAim, roleCarry, roleHead, roleSettle, roleOversee:
		return true
	}
	return false
}

// lastIndexes sets last[i] to strings.LastIndex(s, t.rows[i].cue) for
// each row: it reads s backwards, trying at each byte only the rows whose
// cue starts with it.
func (t *cueTable) lastIndexes(s string, last *[maxCueRows]int) {
	for i := range t.rows {
		last[i] = -1
	}
	for k := len(s) - 1; k >= 0; k-- {
		for _, i := range t.first[s[k]] {
			if last[i] < 0 && strings.HasPrefix(s[k:], t.rows[i].cue) {
				last[i] = k
			}
		}
	}
}
