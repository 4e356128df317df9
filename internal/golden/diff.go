package golden

import (
	"fmt"
	"strings"
)

// context is how many unchanged lines a hunk shows around a change.
const context = 3

// maxEdits bounds the work of the diff: past this many changed lines the
// two texts are shown as one replacement.
const maxEdits = 2000

// maxShown bounds the lines Diff prints.
const maxShown = 300

// edit is one line of the edit script from want to got: kept (' '),
// removed from want ('-') or added from got ('+'), with its line index in
// want and in got.
type edit struct {
	op   byte
	w, g int
}

// Diff returns the lines that differ between want and got as a unified
// diff: each hunk opens with "@@ -line,count +line,count @@", then shows
// the lines of want removed ("-"), the lines of got added ("+") and up to
// three unchanged lines around them (" "). One inserted line is one "+"
// line; the lines after it stay unchanged. Diff returns "" when want and
// got are equal, and stops after 300 lines.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	return format(w, g, script(w, g))
}

// script returns the shortest edit script from a to b, found after the
// common head and tail are set aside.
func script(a, b []string) []edit {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var es []edit
	for i := range head {
		es = append(es, edit{' ', i, i})
	}
	for _, e := range middle(a[head:len(a)-tail], b[head:len(b)-tail]) {
		es = append(es, edit{e.op, e.w + head, e.g + head})
	}
	for i := tail; i > 0; i-- {
		es = append(es, edit{' ', len(a) - i, len(b) - i})
	}
	return es
}

// middle is Myers' O(ND) difference algorithm: it walks the edit graph of
// a and b one more edit at a time, keeping for each diagonal k = x-y the
// furthest x reached, and then follows the kept frontiers back.
func middle(a, b []string) []edit {
	n, m := len(a), len(b)
	if n+m > maxEdits && n > 0 && m > 0 {
		return replace(n, m)
	}
	// v[k+off] is the furthest x on diagonal k; trace[d] is v's range
	// [-d-1, d+1] as it stood before step d.
	off := n + m + 1
	v := make([]int, 2*off+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return back(trace, n, m)
			}
		}
	}
	return replace(n, m) // not reached: d = n+m always ends the walk
}

// back follows the frontiers of middle from (n, m) to (0, 0) and returns
// the edits in order.
func back(trace [][]int, x, y int) []edit {
	var rev []edit
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d] // v[i] is diagonal i-d-1
		at := func(k int) int { return v[k+d+1] }
		k := x - y
		prev := k - 1
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			prev = k + 1
		}
		px := at(prev)
		py := px - prev
		for x > px && y > py {
			x, y = x-1, y-1
			rev = append(rev, edit{' ', x, y})
		}
		if d == 0 {
			break
		}
		if x == px {
			rev = append(rev, edit{'+', x, py})
		} else {
			rev = append(rev, edit{'-', px, y})
		}
		x, y = px, py
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// replace is the script that removes all n lines and adds all m.
func replace(n, m int) []edit {
	es := make([]edit, 0, n+m)
	for i := range n {
		es = append(es, edit{'-', i, 0})
	}
	for j := range m {
		es = append(es, edit{'+', n, j})
	}
	return es
}

// format writes the changed edits of es as hunks with their context.
func format(w, g []string, es []edit) string {
	var b strings.Builder
	shown := 0
	for i := 0; i < len(es); {
		if es[i].op == ' ' {
			i++
			continue
		}
		start := max(i-context, 0)
		end := hunkEnd(es, i)
		fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", es[start].w+1, count(es[start:end], '-'), es[start].g+1, count(es[start:end], '+'))
		for _, e := range es[start:end] {
			if shown == maxShown {
				b.WriteString("… (more lines differ)\n")
				return b.String()
			}
			line := g[e.g] // a kept line is the same in both
			if e.op == '-' {
				line = w[e.w]
			}
			b.WriteByte(e.op)
			b.WriteString(line + "\n")
			shown++
		}
		i = end
	}
	return b.String()
}

// hunkEnd returns the end of the hunk whose first change is es[i]: it runs
// on while the next change is at most two contexts away, and keeps one
// context of unchanged lines after the last.
func hunkEnd(es []edit, i int) int {
	last := i
	for j := i; j < len(es) && j <= last+2*context; j++ {
		if es[j].op != ' ' {
			last = j
		}
	}
	return min(last+1+context, len(es))
}

// count returns the lines of a hunk on one side: those kept and those
// with the given op.
func count(es []edit, op byte) int {
	c := 0
	for _, e := range es {
		if e.op == ' ' || e.op == op {
			c++
		}
	}
	return c
}
