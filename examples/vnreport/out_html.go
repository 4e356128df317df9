package main

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vnreport/vnreport/meeting"
)

//go:embed html/*.tmpl
var htmlFiles embed.FS

// pages are the page and index templates. html/template escapes every
// value by where it goes, so an article's text, whatever it holds, shows
// as text: it can open no element and run nothing.
var pages = template.Must(template.ParseFS(htmlFiles, "html/*.tmpl"))

// pageScript shows the fields of the span under the pointer or the focus
// in the details card; a link to page.html#ID (a span's data-span) opens
// the page with that span selected. It only copies nodes the template
// built.
const pageScript = `
(function () {
  var panel = document.querySelector("#details dl");
  function show(e) {
    var m = e.target.closest && e.target.closest("mark[data-span]");
    if (!m) return;
    var src = document.querySelector('#fields dl[data-for="' + m.dataset.span + '"]');
    if (src) panel.replaceChildren.apply(panel, Array.from(src.cloneNode(true).childNodes));
  }
  var art = document.getElementById("article");
  art.addEventListener("mouseover", show);
  art.addEventListener("focusin", show);
  var id = location.hash.slice(1);
  var m = id && document.querySelector('mark[data-span="' + CSS.escape(id) + '"]');
  if (m) m.focus();
})();
`

// scriptHash allows pageScript, and no other script, in the page's
// Content-Security-Policy.
var scriptHash = func() string {
	h := sha256.Sum256([]byte(pageScript))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}()

// pageData is what the page template shows.
type pageData struct {
	Source     string
	M          *meeting.Meeting
	Header     []field
	Parts      []part
	Spans      []*span
	Counts     string
	Index      bool // in a batch, with a link to index.html
	Script     template.JS
	ScriptHash string
}

// renderPage builds the page of one parsed article.
func renderPage(r *result, index bool) ([]byte, error) {
	src := string(r.src)
	spans := spansOf(r.m, src)
	d := pageData{
		Source: r.source(), M: r.m, Header: headerFields(r.m), Parts: parts(src, spans), Spans: spans,
		Counts: countText(spans), Index: index, Script: template.JS(pageScript), ScriptHash: scriptHash,
	}
	var buf bytes.Buffer
	err := pages.ExecuteTemplate(&buf, "page", d)
	return buf.Bytes(), err
}

// headerFields are the meeting's header, for its card.
func headerFields(m *meeting.Meeting) []field {
	fs := []field{
		{"title", m.Title}, {"kind", string(m.Kind)}, {"body", m.Body.Name}, {"level", m.Body.Level},
		{"locality", m.Body.Locality}, {"province", m.Body.Province},
	}
	if m.Session != 0 {
		fs = append(fs, field{"session", strconv.Itoa(m.Session)})
	}
	if m.Term != (meeting.Term{}) {
		fs = append(fs, field{"term", fmt.Sprintf("%s (%d)", m.Term.Text, m.Term.Number)})
	}
	if m.Tenure != (meeting.Tenure{}) {
		fs = append(fs, field{"tenure", fmt.Sprintf("%d–%d", m.Tenure.Start, m.Tenure.End)})
	}
	if m.Expanded {
		fs = append(fs, field{"expanded", "yes"})
	}
	fs = append(fs, field{"date", m.Date.String()}, field{"time of day", m.TimeOfDay},
		field{"published", m.Published.String()}, field{"source", m.Source}, field{"author", m.Author})
	out := fs[:0]
	for _, f := range fs {
		if f.Value != "" {
			out = append(out, f)
		}
	}
	return out
}

// countText counts the spans by kind: "2 person, 5 date, …".
func countText(spans []*span) string {
	var kinds []string
	n := map[string]int{}
	for _, s := range spans {
		if n[s.Kind] == 0 {
			kinds = append(kinds, s.Kind)
		}
		n[s.Kind]++
	}
	var b strings.Builder
	for i, k := range kinds {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s", n[k], k)
	}
	if b.Len() == 0 {
		return "nothing found"
	}
	return b.String()
}

// htmlPage writes the page of the one input to stdout.
type htmlPage struct{}

func (*htmlPage) begin(*cli) error { return nil }
func (*htmlPage) add(*result)      {}
func (*htmlPage) end(*cli) error   { return nil }

func (*htmlPage) encode(r *result) {
	if r.err == nil {
		r.out, r.err = renderPage(r, false)
	}
}

// htmlBatch writes a page per input into a folder, and index.html listing
// them all, failed inputs included.
type htmlBatch struct {
	dir  string
	rows []indexRow
}

// An indexRow is one input in index.html.
type indexRow struct {
	N                                       int
	Page, Source, Title, Error              string
	Kind, Body, Date                        string
	People, Figures, Directives, References int
}

func newHTMLBatch(dir string) (*htmlBatch, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("-o %s: %v", dir, unwrapPath(err))
	}
	return &htmlBatch{dir: dir}, nil
}

func (*htmlBatch) begin(*cli) error { return nil }

func (h *htmlBatch) encode(r *result) {
	if r.err != nil {
		return
	}
	b, err := renderPage(r, true)
	if err == nil {
		name := fmt.Sprintf("%04d-%s.html", r.seq, pageName(r.source()))
		if err = os.WriteFile(filepath.Join(h.dir, name), b, 0o644); err == nil {
			r.out = nil
			r.page = name
			return
		}
	}
	r.err = err
}

func (h *htmlBatch) add(r *result) {
	row := indexRow{N: len(h.rows) + 1, Page: r.page, Source: r.source()}
	if r.err != nil {
		row.Error = r.err.Error()
	} else {
		m := r.m
		row.Title, row.Kind, row.Body, row.Date = m.Title, string(m.Kind), m.Body.Name, m.Date.String()
		row.People, row.Figures = len(m.Chairs)+len(m.Attendees), len(m.Indicators)
		row.Directives, row.References = len(m.Directives), len(m.References)
	}
	h.rows = append(h.rows, row)
}

func (h *htmlBatch) end(c *cli) error {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "index", h.rows); err != nil {
		return err
	}
	index := filepath.Join(h.dir, "index.html")
	if err := os.WriteFile(index, buf.Bytes(), 0o644); err != nil {
		return err
	}
	_, err := fmt.Fprintln(c.stdout, index)
	return err
}

// pageName makes a file name of a source: its base name without .txt,
// letters, digits, '-' and '_' kept.
func pageName(source string) string {
	base := strings.TrimSuffix(filepath.Base(source), ".txt")
	var b strings.Builder
	for _, r := range base {
		switch {
		case r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "article"
	}
	return strings.Trim(b.String(), "-")
}
