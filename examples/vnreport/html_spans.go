package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/vnreport/vnreport/meeting"
	"github.com/vnreport/vnreport/vntext"
)

// A span is one extracted item of the article, to highlight.
type span struct {
	ID         string  // "p0", "f3" …: unique in the page
	Kind       string  // person, date, figure, directive, reference
	Class      string  // CSS classes: the kind and its variety (role)
	Label      string  // a short name for the tooltip: "chair", "plan", …
	Fields     []field // what was extracted, shown on hover or focus
	Title      string  // the label and fields, one a line, for the title attribute
	start, end int     // byte offsets of the source
}

// A field is one name and value shown for a span.
type field struct{ Name, Value string }

// A part is a piece of the article page: text, or the opening or closing
// of a span. A span that crosses another is closed and opened again, so
// that the elements nest; its pieces share its ID.
type part struct {
	Text  string
	Open  *span
	Close bool
}

// spansOf lists the spans of m over src: people by role, the dates in the
// text, figures by the role of their first figure, directives and
// references.
func spansOf(m *meeting.Meeting, src string) []*span {
	var out []*span
	add := func(prefix string, s *span) {
		if s.start < 0 || s.end > len(src) || s.start >= s.end {
			return
		}
		s.ID = prefix + strconv.Itoa(len(out))
		out = append(out, s)
	}
	for _, r := range []struct {
		role   string
		people []meeting.Person
	}{{"chair", m.Chairs}, {"attendee", m.Attendees}} {
		for _, p := range r.people {
			fs := []field{{"name", p.Name}, {"role", r.role}}
			for _, t := range p.Titles {
				fs = append(fs, field{"title", t})
			}
			add("p", &span{Kind: "person", Class: "person " + r.role, Label: r.role, Fields: fs, start: p.Start, end: p.End})
		}
	}
	for _, d := range vntext.FindDates(src) {
		fs := []field{{"date", d.Date.String()}}
		if d.TimeOfDay != vntext.NoTimeOfDay {
			fs = append(fs, field{"time of day", d.TimeOfDay.String()})
		}
		add("t", &span{Kind: "date", Class: "date", Label: "date", Fields: fs, start: d.Start, end: d.End})
	}
	for _, in := range m.Indicators {
		role := "amount"
		if len(in.Figures) > 0 {
			role = string(in.Figures[0].Role)
		}
		fs := []field{{"metric", in.Metric}, {"key", string(in.Key)}, {"period", in.Period}}
		if in.Estimated {
			fs = append(fs, field{"estimated", "yes"})
		}
		for _, f := range in.Figures {
			fs = append(fs, field{"figure", figureText(f.Role, f.Value, f.Total, f.Unit, string(f.Bound), f.Baseline)})
		}
		add("f", &span{Kind: "figure", Class: "figure " + role, Label: role, Fields: fs, start: in.Start, end: in.End})
	}
	for _, d := range m.Directives {
		fs := []field{{"verb", d.Verb}}
		if d.Issuer != nil {
			fs = append(fs, field{"issuer", d.Issuer.Name})
		}
		for _, a := range d.Addressees {
			fs = append(fs, field{"addressee", a})
		}
		for _, it := range d.Items {
			fs = append(fs, field{"item", it})
		}
		add("d", &span{Kind: "directive", Class: "directive", Label: "directive", Fields: fs, start: d.Start, end: d.End})
	}
	for _, r := range m.References {
		fs := []field{{"kind", r.Kind}, {"number", r.Number}, {"date", r.Date.String()}, {"issuer", r.Issuer}, {"title", r.Title}}
		add("r", &span{Kind: "reference", Class: "reference", Label: "reference", Fields: fs, start: r.Start, end: r.End})
	}
	for _, s := range out {
		s.Fields = slices.DeleteFunc(s.Fields, func(f field) bool { return f.Value == "" })
		var b strings.Builder
		b.WriteString(s.Label)
		for _, f := range s.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
		s.Title = b.String()
	}
	return out
}

// figureText writes one figure for the tooltip: "plan 55.4 % of kế hoạch".
func figureText(role any, value, total float64, unit, bound, baseline string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v ", role)
	if bound != "" {
		b.WriteString(bound + " ")
	}
	b.WriteString(number(value))
	if total != 0 {
		b.WriteString("/" + number(total))
	}
	if unit != "" {
		b.WriteString(" " + unit)
	}
	if baseline != "" {
		b.WriteString(" against " + baseline)
	}
	return b.String()
}

// parts cuts src into text and the openings and closings of spans, nested:
// at each boundary the spans that go on stay open unless one opened after
// them ends, and the spans that start open, longest first.
func parts(src string, spans []*span) []part {
	sorted := slices.Clone(spans)
	slices.SortStableFunc(sorted, func(a, b *span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	cuts := []int{0, len(src)}
	for _, s := range sorted {
		cuts = append(cuts, s.start, s.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var out []part
	var open []*span // the stack of open elements
	next := 0        // the next span of sorted to open
	for i, at := range cuts {
		// close down to the first span that ends here
		keep := len(open)
		for k, s := range open {
			if s.end <= at {
				keep = k
				break
			}
		}
		reopen := slices.Clone(open[keep:])
		for range open[keep:] {
			out = append(out, part{Close: true})
		}
		open = open[:keep]
		for _, s := range reopen {
			if s.end > at {
				open = append(open, s)
				out = append(out, part{Open: s})
			}
		}
		for next < len(sorted) && sorted[next].start == at {
			open = append(open, sorted[next])
			out = append(out, part{Open: sorted[next]})
			next++
		}
		if i+1 < len(cuts) {
			out = append(out, part{Text: src[at:cuts[i+1]]})
		}
	}
	for range open {
		out = append(out, part{Close: true})
	}
	return out
}
