package main

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/vnreport/vnreport/indicators"
)

// explainFormat writes, for -explain, why each figure reads as it does:
// per indicator its metric, key and the cue that decided the key, and per
// figure its role and the cue that decided the role. It is text for a
// reader, not a contract: a line per indicator, an indented line per
// figure, and a "== SOURCE" line before each input of a batch.
type explainFormat struct{ batch bool }

func (*explainFormat) begin(*cli) error { return nil }
func (*explainFormat) add(*result)      {}
func (*explainFormat) end(*cli) error   { return nil }

func (e *explainFormat) encode(r *result) {
	if r.err != nil {
		return
	}
	var buf bytes.Buffer
	if e.batch {
		fmt.Fprintf(&buf, "== %s\n", r.source())
	}
	for k := range r.m.Indicators {
		explainIndicator(&buf, &r.m.Indicators[k])
	}
	r.out = buf.Bytes()
}

// explainIndicator writes one indicator and its figures.
func explainIndicator(buf *bytes.Buffer, in *indicators.Indicator) {
	fmt.Fprintf(buf, "%q [%d:%d] key=%s", in.Metric, in.Start, in.End, orNone(string(in.Key)))
	if in.KeyCue != "" {
		fmt.Fprintf(buf, " (key cue %q, %s)", in.KeyCue, in.KeyFrom)
	}
	buf.WriteByte('\n')
	for _, f := range in.Figures {
		v := strconv.FormatFloat(f.Value, 'f', -1, 64)
		if f.Role == indicators.RoleRatio {
			v += "/" + strconv.FormatFloat(f.Total, 'f', -1, 64)
		}
		fmt.Fprintf(buf, "  %-6s %s %s", f.Role, v, f.Unit)
		if f.Baseline != "" {
			fmt.Fprintf(buf, " (baseline %q)", f.Baseline)
		}
		fmt.Fprintf(buf, "  role cue %q\n", orNone(f.RoleCue))
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
