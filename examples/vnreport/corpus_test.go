package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/indicators"
	"github.com/vnreport/vnreport/meeting"
)

// TestCorpusInvariants runs vnreport -jsonl over the folder of real
// articles that VNREPORT_CORPUS names, and checks what must hold on any
// input: no input fails, every span quotes its input (text is
// input[start:end]), no metric is empty, every key is in the taxonomy,
// and kinds and dates are well formed. Without VNREPORT_CORPUS it is
// skipped: the project's tests carry no corpus of their own. .ci/run sets
// it to ../shared/corpus/unlabelled when that exists:
//
//	VNREPORT_CORPUS=../shared/corpus/unlabelled go test -run CorpusInvariants ./examples/vnreport
func TestCorpusInvariants(t *testing.T) {
	dir := os.Getenv("VNREPORT_CORPUS")
	if dir == "" {
		t.Skip("VNREPORT_CORPUS is not set")
	}
	var out, errs bytes.Buffer
	if code := run([]string{"-jsonl", dir}, nil, &out, &errs, false); code != exitOK {
		t.Errorf("vnreport -jsonl %s: exit %d: %s", dir, code, firstLine(errs.String()))
	}
	var c invariantCheck
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		c.line(sc.Bytes())
	}
	for _, msg := range c.msgs {
		t.Error(msg)
	}
	if c.articles == 0 {
		t.Fatalf("no article under %s", dir)
	}
	t.Logf("%d articles, %d spans, %d indicators (%.0f%% keyed): %d problems",
		c.articles, c.spans, c.indicators, 100*float64(c.keyed)/float64(max(c.indicators, 1)), c.problems)
}

// An invariantCheck counts what it has checked and the problems found,
// and keeps the first twenty of these.
type invariantCheck struct {
	articles, spans, indicators, keyed, problems int
	msgs                                         []string
}

var (
	validKinds = map[string]bool{string(meeting.KindConference): true, string(meeting.KindCongress): true,
		string(meeting.KindCouncilSession): true, string(meeting.KindOther): true}
	dateForm = regexp.MustCompile(`^(\d{4}|-)-\d\d-\d\d$`)
)

// problem notes one broken invariant.
func (c *invariantCheck) problem(format string, a ...any) {
	if c.problems++; c.problems <= 20 {
		c.msgs = append(c.msgs, fmt.Sprintf(format, a...))
	}
}

// line checks the output line of one article.
func (c *invariantCheck) line(line []byte) {
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		c.problem("a line that is not JSON: %v", err)
		return
	}
	file, _ := m["source_file"].(string)
	if e, ok := m["error"]; ok {
		c.problem("%s: %v", file, e)
		return
	}
	src, err := os.ReadFile(file)
	if err != nil {
		c.problem("%v", err)
		return
	}
	c.articles++
	c.walk(file, string(src), m)
	if k, ok := m["kind"].(string); ok && !validKinds[k] {
		c.problem("%s: kind %q", file, k)
	}
	if d, ok := m["date"].(string); ok && !dateForm.MatchString(d) {
		c.problem("%s: date %q", file, d)
	}
	inds, _ := m["indicators"].([]any)
	for _, v := range inds {
		c.indicator(file, v.(map[string]any))
	}
}

// indicator checks the metric and key of one indicator.
func (c *invariantCheck) indicator(file string, in map[string]any) {
	c.indicators++
	if metric, _ := in["metric"].(string); strings.TrimSpace(metric) == "" {
		c.problem("%s: empty metric at %v", file, in["start"])
	}
	key, _ := in["key"].(string)
	if key == "" {
		return
	}
	c.keyed++
	for _, k := range indicators.Keys {
		if string(k) == key {
			return
		}
	}
	c.problem("%s: key %q is not in the taxonomy", file, key)
}

// walk checks every object under v that has start, end and text.
func (c *invariantCheck) walk(file, src string, v any) {
	switch v := v.(type) {
	case map[string]any:
		s, okS := v["start"].(float64)
		e, okE := v["end"].(float64)
		if text, ok := v["text"].(string); ok && okS && okE {
			c.spans++
			if !(0 <= s && s <= e && int(e) <= len(src)) || src[int(s):int(e)] != text {
				c.problem("%s: span %v:%v does not quote %q", file, s, e, clip(text))
			}
		}
		for _, x := range v {
			c.walk(file, src, x)
		}
	case []any:
		for _, x := range v {
			c.walk(file, src, x)
		}
	}
}

// clip shortens s for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestInvariantCheck checks that the check of TestCorpusInvariants finds
// each kind of problem it looks for.
func TestInvariantCheck(t *testing.T) {
	path := t.TempDir() + "/a.txt"
	if err := os.WriteFile(path, []byte("Thu ngân sách đạt 120 tỷ đồng."), 0o644); err != nil {
		t.Fatal(err)
	}
	src := func(s string) string { return strings.ReplaceAll(s, "SRC", path) }
	for _, tt := range []struct {
		name string
		line string
		want int
	}{
		{"good", src(`{"source_file":"SRC","kind":"other","date":"--06-17","indicators":[{"metric":"Thu ngân sách","key":"budget_revenue","text":"Thu","start":0,"end":3}]}`), 0},
		{"bad span", src(`{"source_file":"SRC","indicators":[{"metric":"Thu ngân sách","text":"Chi","start":0,"end":3}]}`), 1},
		{"span past the end", src(`{"source_file":"SRC","references":[{"text":"x","start":90,"end":91}]}`), 1},
		{"empty metric", src(`{"source_file":"SRC","indicators":[{"metric":" ","figures":[]}]}`), 1},
		{"key outside", src(`{"source_file":"SRC","indicators":[{"metric":"Thu","key":"revenue"}]}`), 1},
		{"kind and date", src(`{"source_file":"SRC","kind":"meeting","date":"17/6/2024"}`), 2},
		{"error line", src(`{"source_file":"SRC","error":"not UTF-8 text"}`), 1},
		{"not JSON", `{"source_file":`, 1},
	} {
		var c invariantCheck
		c.line([]byte(tt.line))
		if c.problems != tt.want {
			t.Errorf("%s: %d problems %q; want %d", tt.name, c.problems, c.msgs, tt.want)
		}
	}
}
