package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLEscapes checks that an article holding markup shows it as text:
// no element, attribute or script of the article reaches the page.
func TestHTMLEscapes(t *testing.T) {
	text := "Quận ủy <script>alert(1)</script> họp\n\n" +
		"Chiều 17/6, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 9. " +
		`Đồng chí Lê Văn "><img src=x onerror=alert(2)> Nam - Bí thư Quận ủy chủ trì hội nghị. ` +
		"Thu ngân sách đạt 1.234 tỷ đồng </mark><b onmouseover=alert(3)>x</b>.\n"
	code, out, errs := runCLI(t, text, "-html", "-")
	require.Equal(t, 0, code, errs)
	for _, bad := range []string{"<script>alert", "<img", "onerror=alert(2)>", "<b ", "</mark><b"} {
		assert.NotContains(t, out, bad)
	}
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.Contains(t, out, "&lt;img src=x onerror=alert(2)&gt;")
	// the page's own script is the only one, and the policy allows only it
	assert.Equal(t, 1, strings.Count(out, "<script>"))
	assert.Contains(t, html.UnescapeString(out), "script-src '"+scriptHash+"'")
}

// TestHTMLSpans checks that the page holds one highlighted span per
// person, figure, directive and reference of the JSON, nested properly.
func TestHTMLSpans(t *testing.T) {
	text := fixture(t)
	_, js, _ := runCLI(t, text, "-jsonl", filepath.Join("testdata", "fixture.txt"))
	m := lines(t, js)[0]
	code, page, errs := runCLI(t, text, "-html", "-")
	require.Equal(t, 0, code, errs)
	ids := map[string]map[string]bool{}
	for _, sm := range regexp.MustCompile(`data-span="([a-z]+\d+)" data-kind="([a-z]+)"`).FindAllStringSubmatch(page, -1) {
		if ids[sm[2]] == nil {
			ids[sm[2]] = map[string]bool{}
		}
		ids[sm[2]][sm[1]] = true
	}
	n := func(k string) int { v, _ := m[k].([]any); return len(v) }
	assert.Equal(t, n("chairs")+n("attendees"), len(ids["person"]))
	assert.Equal(t, n("indicators"), len(ids["figure"]))
	assert.Equal(t, n("directives"), len(ids["directive"]))
	assert.Equal(t, n("references"), len(ids["reference"]))
	assert.NotZero(t, len(ids["date"]))
	assert.Equal(t, strings.Count(page, "<mark class=")-11, strings.Count(page, "</mark>")-11, "unbalanced marks") // 11 in the key
}

// TestHTMLBatch checks -html -o: a page per article and an index listing
// every input, the failed ones too.
func TestHTMLBatch(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.txt"), []byte(fixture(t)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "b.txt"), []byte("\x00\x01"), 0o644))
	code, stdout, _ := runCLI(t, "", "-html", "-o", out, in)
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, filepath.Join(out, "index.html")+"\n", stdout)
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), `href="0001-a.html"`)
	assert.Contains(t, string(index), "binary data")
	assert.Contains(t, string(index), "Ban Chấp hành Đảng bộ huyện Mỹ Đức")
	_, err = os.Stat(filepath.Join(out, "0001-a.html"))
	assert.NoError(t, err)
}

// TestHTMLRecords checks -html -o with -in jsonl: a page per record, named
// by its id.
func TestHTMLRecords(t *testing.T) {
	out := t.TempDir()
	rec, err := json.Marshal(map[string]string{"id": "bài/42", "text": fixture(t), "published": "2024-07-09"})
	require.NoError(t, err)
	code, _, errs := runCLI(t, string(rec)+"\n", "-in", "jsonl", "-html", "-o", out)
	require.Equal(t, 0, code, errs)
	page, err := os.ReadFile(filepath.Join(out, "0001-42.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "vnreport · bài/42")
}
