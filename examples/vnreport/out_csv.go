package main

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/vnreport/vnreport/indicators"
)

// csvHeader names the columns of -csv: one row per figure, with the
// meeting it was reported at.
var csvHeader = []string{
	"source", "title", "date", "kind", "level", "locality",
	"key", "metric", "period", "role", "value", "total", "unit", "bound", "baseline", "vnd",
	"start", "end",
}

// csvFormat writes one CSV row per figure (RFC 4180 through encoding/csv,
// a header row first). The file is UTF-8 without a byte-order mark, which
// LibreOffice and every CSV reader take as it is; Excel needs to be told
// the encoding (Data > From Text/CSV, UTF-8), as a BOM would show as junk
// before the first header in the other tools and in cat, and break
// concatenating files. Numbers use a decimal point. A text cell that a
// spreadsheet would run as a formula (opening with =, +, -, @, a tab or a
// carriage return) is written after a single quote.
type csvFormat struct{}

func (*csvFormat) begin(c *cli) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvHeader)
	w.Flush()
	_, err := c.stdout.Write(buf.Bytes())
	return err
}

func (*csvFormat) add(*result)    {}
func (*csvFormat) end(*cli) error { return nil }

func (*csvFormat) encode(r *result) {
	if r.err != nil || len(r.m.Indicators) == 0 {
		return
	}
	m := r.m
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	meetingCells := []string{
		cell(r.source()), cell(m.Title), m.Date.String(), string(m.Kind), cell(m.Body.Level), cell(m.Body.Locality),
	}
	for _, in := range m.Indicators {
		for _, f := range in.Figures {
			row := append(meetingCells[:len(meetingCells):len(meetingCells)], figureCells(&in, &f)...)
			w.Write(row)
		}
	}
	w.Flush()
	r.out = buf.Bytes()
}

// figureCells are the columns of one figure, key to end.
func figureCells(in *indicators.Indicator, f *indicators.Figure) []string {
	total := ""
	if f.Total != 0 || f.Role == indicators.RoleRatio {
		total = number(f.Total)
	}
	vnd := ""
	if f.VND != 0 {
		vnd = strconv.FormatInt(f.VND, 10)
	}
	return []string{
		string(in.Key), cell(in.Metric), cell(in.Period), string(f.Role), number(f.Value), total,
		cell(f.Unit), string(f.Bound), cell(f.Baseline), vnd,
		strconv.Itoa(in.Start), strconv.Itoa(in.End),
	}
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// cell guards a text cell that a spreadsheet would run as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
