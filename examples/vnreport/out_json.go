package main

import (
	"bytes"
	"encoding/json"

	"github.com/vnreport/vnreport/meeting"
)

// encodeJSON encodes v as JSON without HTML escaping (the same choice in
// every mode: "<", ">" and "&" stay as they are), indented when indent is
// set, with a final newline.
func encodeJSON(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// jsonIndented writes the one input's Meeting as indented JSON.
type jsonIndented struct{}

func (jsonIndented) begin(*cli) error { return nil }
func (jsonIndented) add(*result)      {}
func (jsonIndented) end(*cli) error   { return nil }

func (jsonIndented) encode(r *result) {
	if r.err != nil {
		return
	}
	r.out, r.err = encodeJSON(r.m, true)
}

// A line is one output line of -jsonl and -in jsonl: the meeting or the
// error, with the file or record it came from.
type line struct {
	SourceFile string          `json:"source_file,omitempty"`
	ID         json.RawMessage `json:"id,omitempty"`
	Error      string          `json:"error,omitempty"`
	*meeting.Meeting
}

// jsonLines writes one line per input, whatever happens to it.
type jsonLines struct{}

func (jsonLines) begin(*cli) error { return nil }
func (jsonLines) add(*result)      {}
func (jsonLines) end(*cli) error   { return nil }

func (jsonLines) encode(r *result) {
	l := line{ID: r.id, Meeting: r.m}
	if r.id == nil {
		l.SourceFile = r.name
	}
	if r.err != nil {
		l.Meeting, l.Error = nil, r.err.Error()
	}
	b, err := encodeJSON(l, false)
	if err != nil {
		r.err = err
		b, _ = encodeJSON(line{SourceFile: r.name, Error: err.Error()}, false)
	}
	r.out = b
}
