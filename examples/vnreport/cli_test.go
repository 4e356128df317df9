package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnreport/vnreport/internal/golden"
	"github.com/vnreport/vnreport/meeting"
)

// fixture is an article written for these tests (testdata/fixture.txt).
func fixture(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "fixture.txt"))
	require.NoError(t, err)
	return string(b)
}

// lines decodes JSON lines into maps.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var ls []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "line %q", sc.Text())
		ls = append(ls, l)
	}
	return ls
}

// TestHelp checks that -h names every mode with an example, the formats
// and the exit statuses.
func TestHelp(t *testing.T) {
	code, out, errs := runCLI(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
	for _, want := range []string{"-jsonl", "-in jsonl", "-csv", "-html", "-o OUTDIR", "-ref", "-max-size",
		"Examples:", "vnreport -html report.txt", "Exit status:", "130", "143", "byte-order mark"} {
		assert.Contains(t, errs, want)
	}
}

// TestUsageErrors checks what a wrong command line is told.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a folder alone", []string{dir}, "vnreport -jsonl " + dir},
		{"a folder for one page", []string{"-html", dir}, "-html -o OUTDIR " + dir},
		{"two articles", []string{"a.txt", "b.txt"}, "use -jsonl a.txt b.txt"},
		{"bad ref", []string{"-ref", "17/6/2024", "x"}, "YYYY-MM-DD"},
		{"bad input format", []string{"-in", "xml"}, "text and jsonl"},
		{"two outputs", []string{"-csv", "-html", "x"}, "choose one"},
		{"-o without -html", []string{"-o", dir, "x"}, "needs -html"},
		{"records to one page", []string{"-html", "-in", "jsonl"}, "-html -o OUTDIR"},
		{"bad size", []string{"-max-size", "lots", "x"}, "-max-size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.want)
		})
	}
}

// TestErrorNamesFileOnce checks that an unreadable file is named once.
func TestErrorNamesFileOnce(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	code, _, errs := runCLI(t, "", missing)
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, 1, strings.Count(errs, "missing.txt"), errs)
}

// TestNotUTF8 checks that text in a legacy encoding is called so.
func TestNotUTF8(t *testing.T) {
	// "Hội nghị" in Windows-1258: ộ is o, circumflex byte, dot-below byte.
	cp1258 := []byte("H\x6f\xe2\xf2i ngh\xec\xf2 l\xe2\xecn th\xf9\xec 12 Ban Ch\xe2\xec\xecp ha\xccnh.\n")
	f := filepath.Join(t.TempDir(), "cp1258.txt")
	require.NoError(t, os.WriteFile(f, cp1258, 0o644))
	code, _, errs := runCLI(t, "", f)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "not UTF-8")
	assert.Contains(t, errs, "iconv")
}

// TestReference checks that -ref resolves a year the text leaves out.
func TestReference(t *testing.T) {
	text := "Chiều 17/6, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 9.\n"
	for _, tt := range []struct{ ref, want string }{{"2024-06-20", "2024-06-17"}, {"2024-06-10", "2023-06-17"}} {
		code, out, errs := runCLI(t, text, "-ref", tt.ref, "-")
		require.Equal(t, 0, code, errs)
		var m struct{ Date string }
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		assert.Equal(t, tt.want, m.Date, "-ref %s", tt.ref)
	}
}

// TestRecords checks -in jsonl: one line per record in order, with its id,
// the published date as the reference, and an error line for a bad one.
func TestRecords(t *testing.T) {
	text := "Chiều 17/6, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 9.\n"
	rec := func(id any, published string) string {
		b, _ := json.Marshal(map[string]any{"id": id, "text": text, "published": published})
		return string(b)
	}
	in := strings.Join([]string{
		rec("a-1", "2024-06-20"),
		"",
		rec(42, "2024-06-10"),
		`{"id": "no-text"}`,
		`not json`,
		rec("bad-date", "20/6/2024"),
	}, "\n")
	code, out, errs := runCLI(t, in, "-in", "jsonl")
	assert.Equal(t, exitFailed, code)
	ls := lines(t, out)
	require.Len(t, ls, 5, out)
	assert.Equal(t, "a-1", ls[0]["id"])
	assert.Equal(t, "2024-06-17", ls[0]["date"])
	assert.Equal(t, 42.0, ls[1]["id"])
	assert.Equal(t, "2023-06-17", ls[1]["date"])
	assert.Equal(t, "no-text", ls[2]["id"])
	assert.Contains(t, ls[2]["error"], "no \"text\"")
	assert.Equal(t, "standard input:5", ls[3]["source_file"])
	assert.Contains(t, ls[3]["error"], "not a JSON record")
	assert.Contains(t, ls[4]["error"], "YYYY-MM-DD")
	for _, l := range ls[:2] {
		assert.NotContains(t, l, "source_file")
	}
	assert.Contains(t, errs, "standard input:5")

	// the same records from a file, with -csv: the source column is the id
	f := filepath.Join(t.TempDir(), "records.jsonl")
	require.NoError(t, os.WriteFile(f, []byte(rec("x-7", "2024-06-20")+"\n"), 0o644))
	code, out, errs = runCLI(t, "", "-in", "jsonl", "-csv", f)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, strings.Join(csvHeader, ",")+"\n", out) // no figures, so the header alone
}

// TestPathsFromStdin checks -jsonl -: the paths come from standard input.
func TestPathsFromStdin(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte(article), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(article), 0o644))
	code, out, errs := runCLI(t, b+"\n\n"+a+"\r\n", "-jsonl", "-")
	require.Equal(t, 0, code, errs)
	ls := lines(t, out)
	require.Len(t, ls, 2)
	assert.Equal(t, b, ls[0]["source_file"])
	assert.Equal(t, a, ls[1]["source_file"])
}

// TestFolders checks that hidden folders are skipped and that a folder
// with no .txt file is an error that says so.
func TestFolders(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "corpus", ".cache"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "corpus", "a.txt"), []byte(article), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "corpus", ".cache", "b.txt"), []byte(article), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty", "notes.md"), []byte("x"), 0o644))
	code, out, errs := runCLI(t, "", "-jsonl", filepath.Join(dir, "corpus"), filepath.Join(dir, "empty"))
	assert.Equal(t, exitFailed, code)
	ls := lines(t, out)
	require.Len(t, ls, 2, out)
	assert.Equal(t, filepath.Join(dir, "corpus", "a.txt"), ls[0]["source_file"])
	assert.Contains(t, ls[1]["error"], "no .txt files")
	assert.Contains(t, errs, "no .txt files")
}

// TestOverSize checks the size cap: an error line saying so, and the
// batch goes on.
func TestOverSize(t *testing.T) {
	dir := t.TempDir()
	big, small := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	require.NoError(t, os.WriteFile(big, bytes.Repeat([]byte("Hội nghị. "), 300), 0o644))
	require.NoError(t, os.WriteFile(small, []byte(article), 0o644))
	code, out, errs := runCLI(t, "", "-max-size", "1KB", "-jsonl", big, small)
	assert.Equal(t, exitFailed, code)
	ls := lines(t, out)
	require.Len(t, ls, 2)
	assert.Contains(t, ls[0]["error"], "larger than 1 KB")
	assert.Contains(t, ls[0]["error"], "-max-size")
	assert.NotContains(t, ls[1], "error")
	assert.Contains(t, errs, "big.txt")

	// standard input is capped too
	code, _, errs = runCLI(t, strings.Repeat("x", 2000), "-max-size", "1KB", "-")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "larger than 1 KB")
}

// TestSameEscaping checks that every JSON mode writes <, > and & as they
// are.
func TestSameEscaping(t *testing.T) {
	text := "Quận ủy <Tây Hồ> & HĐND: Hội nghị lần thứ 9\n\nChiều 17/6, Ban Chấp hành Đảng bộ quận Tây Hồ tổ chức Hội nghị lần thứ 9.\n"
	f := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(f, []byte(text), 0o644))
	_, one, _ := runCLI(t, "", f)
	_, batch, _ := runCLI(t, "", "-jsonl", f)
	for _, out := range []string{one, batch} {
		assert.Contains(t, out, "<Tây Hồ> &")
		assert.NotContains(t, out, `\u003c`)
	}
}

// TestJSONDecodesToMeeting checks that the CLI's output decodes into the
// Meeting that meeting.Parse returns.
func TestJSONDecodesToMeeting(t *testing.T) {
	text := fixture(t)
	want, err := meeting.Parse(text)
	require.NoError(t, err)
	want.Date.YearInferred = false
	for i := range want.Indicators {
		want.Indicators[i].KeyCue, want.Indicators[i].KeyFrom = "", ""
		for j := range want.Indicators[i].Figures {
			want.Indicators[i].Figures[j].RoleCue = ""
		}
	}
	_, out, _ := runCLI(t, text, "-")
	var got meeting.Meeting
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, want, &got)
}

// TestCSVGolden checks -csv on the fixture against testdata/fixture.golden.csv.
func TestCSVGolden(t *testing.T) {
	code, out, errs := runCLI(t, "", "-csv", filepath.Join("testdata", "fixture.txt"))
	require.Equal(t, 0, code, errs)
	path := filepath.Join("testdata", "fixture.golden.csv")
	if golden.Update() {
		require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "go test -update creates it")
	if d := golden.Diff(string(want), out); d != "" {
		t.Errorf("-csv differs from %s (go test -update rewrites it):\n%s", path, d)
	}
}

// failWriter fails every write after the first n.
type failWriter struct {
	n      int
	writes atomic.Int32
}

func (w *failWriter) Write(p []byte) (int, error) {
	if int(w.writes.Add(1)) > w.n {
		return 0, errors.New("no space left on device")
	}
	return len(p), nil
}

// manyFiles writes n copies of the article and returns their folder.
func manyFiles(t *testing.T, n int) string {
	dir := t.TempDir()
	for i := range n {
		require.NoError(t, os.WriteFile(filepath.Join(dir, strings.Repeat("a", 1+i/26)+string(rune('a'+i%26))+".txt"), []byte(article), 0o644))
	}
	return dir
}

// TestWriteFailure checks that the first failed write stops the batch
// with a clear error.
func TestWriteFailure(t *testing.T) {
	dir := manyFiles(t, 200)
	w := &failWriter{n: 1}
	var errb bytes.Buffer
	c := &cli{stdin: strings.NewReader(""), stdout: w, stderr: &errb}
	code := c.run([]string{"-jsonl", dir})
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, int32(2), w.writes.Load(), "writes after the failed one")
	assert.Contains(t, errb.String(), "writing the output failed")
	assert.Contains(t, errb.String(), "no space left")
}

// signalWriter sends a signal on its first write, as a user would press
// Ctrl-C while output flows.
type signalWriter struct {
	bytes.Buffer
	sigs chan os.Signal
	sig  os.Signal
}

func (w *signalWriter) Write(p []byte) (int, error) {
	if w.Len() == 0 {
		w.sigs <- w.sig
	}
	return w.Buffer.Write(p)
}

// TestSignal checks that SIGINT and SIGTERM end the output with whole
// lines and exit 130 and 143.
func TestSignal(t *testing.T) {
	dir := manyFiles(t, 200)
	for _, tt := range []struct {
		sig  os.Signal
		code int
	}{{syscall.SIGINT, exitInterrupt}, {syscall.SIGTERM, exitTerm}} {
		sigs := make(chan os.Signal, 1)
		w := &signalWriter{sigs: sigs, sig: tt.sig}
		var errb bytes.Buffer
		c := &cli{stdin: strings.NewReader(""), stdout: w, stderr: &errb, signals: sigs}
		done := make(chan int)
		go func() { done <- c.run([]string{"-jsonl", dir}) }()
		select {
		case code := <-done:
			assert.Equal(t, tt.code, code)
		case <-time.After(20 * time.Second):
			t.Fatal("no exit after the signal")
		}
		out := w.String()
		assert.True(t, strings.HasSuffix(out, "\n"), "torn last line")
		assert.Less(t, len(lines(t, out)), 200, "the batch went on after %v", tt.sig)
		assert.Contains(t, errb.String(), tt.sig.String())
	}
}
