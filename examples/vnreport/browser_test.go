//go:build browser

// The browser test loads the -html page in headless Chromium. It is kept
// out of go test ./... by its build tag; .ci/run runs it with
//
//	go test -tags browser -run Browser ./examples/vnreport
//
// CHROMIUM names the browser (default /usr/bin/chromium) and SCREENSHOT
// where the page's screenshot goes (default a temporary file); the test
// logs the path.
package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium runs headless Chromium on the page, with a fragment ("#f3" or
// "") and extra flags, and returns its standard output.
func chromium(t *testing.T, page, fragment string, flags ...string) string {
	t.Helper()
	bin := os.Getenv("CHROMIUM")
	if bin == "" {
		bin = "/usr/bin/chromium"
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("no browser at %s (install Debian's chromium, or set CHROMIUM)", bin)
	}
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}, flags...)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page+fragment)...)
	out, err := cmd.Output()
	require.NoError(t, err, "chromium %s", strings.Join(flags, " "))
	return string(out)
}

// writePage writes the -html page of text, or of the file named in args,
// to a file and returns its path.
func writePage(t *testing.T, text string, args ...string) string {
	t.Helper()
	if len(args) == 0 {
		args = []string{"-"}
	}
	code, page, errs := runCLI(t, text, append([]string{"-html"}, args...)...)
	require.Equal(t, 0, code, errs)
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
	return path
}

// TestBrowserSpans loads the page of the fixture, counts the highlighted
// spans in the DOM the browser built, checks them against the JSON, and
// takes a screenshot.
func TestBrowserSpans(t *testing.T) {
	_, js, _ := runCLI(t, "", "-jsonl", filepath.Join("testdata", "fixture.txt"))
	m := lines(t, js)[0]
	path := writePage(t, "", filepath.Join("testdata", "fixture.txt"))

	dom := chromium(t, path, "", "--dump-dom")
	require.Contains(t, dom, `id="article"`)
	ids := map[string]map[string]bool{}
	article := dom[strings.Index(dom, `id="article"`):strings.Index(dom, "</article>")]
	for _, sm := range regexp.MustCompile(`<mark [^>]*data-span="([a-z]+\d+)" data-kind="([a-z]+)"`).FindAllStringSubmatch(article, -1) {
		if ids[sm[2]] == nil {
			ids[sm[2]] = map[string]bool{}
		}
		ids[sm[2]][sm[1]] = true
	}
	n := func(k string) int { v, _ := m[k].([]any); return len(v) }
	assert.Equal(t, n("chairs")+n("attendees"), len(ids["person"]), "people")
	assert.Equal(t, n("indicators"), len(ids["figure"]), "figures")
	assert.Equal(t, n("directives"), len(ids["directive"]), "directives")
	assert.Equal(t, n("references"), len(ids["reference"]), "references")
	assert.NotZero(t, len(ids["date"]), "dates")
	t.Logf("highlighted in the browser: %d people, %d figures, %d directives, %d references, %d dates",
		len(ids["person"]), len(ids["figure"]), len(ids["directive"]), len(ids["reference"]), len(ids["date"]))

	shot := os.Getenv("SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "page.png")
	}
	// the page opened on the first figure, selected: its fields show in
	// the details card
	first := ""
	for id := range ids["figure"] {
		if first == "" || len(id) < len(first) || len(id) == len(first) && id < first {
			first = id
		}
	}
	dom = chromium(t, path, "#"+first, "--dump-dom")
	details := dom[strings.Index(dom, `id="details"`):]
	details = details[:strings.Index(details, "</section>")]
	assert.Contains(t, details, "<dt>metric</dt>", "the script shows no fields for #%s", first)
	chromium(t, path, "#"+first, "--window-size=1400,1000", "--hide-scrollbars", "--screenshot="+shot)
	fi, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Greater(t, fi.Size(), int64(10_000), "the screenshot is nearly empty")
	t.Logf("screenshot: %s", shot)
}

// TestBrowserEscapes loads a page whose article holds markup: the browser
// builds no element of it, and its scripts never run (a script that ran
// would have changed the title).
func TestBrowserEscapes(t *testing.T) {
	text := "Quận ủy <script>document.title='pwned'</script> họp\n\n" +
		`Chiều 17/6, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 9. "><img src=x onerror="document.title='pwned'">` + "\n"
	dom := chromium(t, writePage(t, text), "", "--dump-dom")
	article := dom[strings.Index(dom, `id="article"`):strings.Index(dom, "</article>")]
	assert.NotContains(t, article, "<img")
	assert.NotContains(t, article, "<script")
	assert.Contains(t, article, "&lt;script&gt;")
	assert.NotContains(t, dom, "<title>pwned")
}
