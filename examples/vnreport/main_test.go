package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/vnreport/vnreport/internal/golden" // accepts go test ./... -update (no golden files here)
)

const article = `Quận Tây Hồ: Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ quận (09:30 15/01/2022)

HNP - Chiều 14/1, Ban Chấp hành Đảng bộ quận Tây Hồ khóa XXVII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 8 để tổng kết công tác năm 2021.
`

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb, false)
	return code, out.String(), errb.String()
}

func TestSample(t *testing.T) {
	code, out, errs := runCLI(t, "")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if m["kind"] == nil || m["body"] == nil {
		t.Errorf("sample gives no kind or body:\n%s", out)
	}
	if !strings.Contains(out, "\n  ") {
		t.Errorf("output is not indented")
	}
}

func TestFileAndStdin(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	code, fromFile, errs := runCLI(t, "", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	code, fromStdin, errs := runCLI(t, article, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if fromFile != fromStdin {
		t.Errorf("file and stdin differ:\n%s\n%s", fromFile, fromStdin)
	}
	var m struct {
		Session int    `json:"session"`
		Date    string `json:"date"`
		Body    struct{ Locality string }
	}
	if err := json.Unmarshal([]byte(fromFile), &m); err != nil {
		t.Fatal(err)
	}
	if m.Session != 8 || m.Date != "2022-01-14" || m.Body.Locality != "Tây Hồ" {
		t.Errorf("got session %d, date %q, locality %q", m.Session, m.Date, m.Body.Locality)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "b.txt")
	os.WriteFile(bin, []byte("\x00\x01\x02binary\xff\xfe"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, 1},
		{"binary", []string{bin}, 1},
		{"bad flag", []string{"-nope"}, 2},
		{"two files", []string{bin, bin}, 2},
		{"jsonl without inputs", []string{"-jsonl"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if out != "" {
				t.Errorf("stdout %q, want none", out)
			}
			if errs == "" {
				t.Errorf("no message on stderr")
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	var want []string
	// Many files, so that the workers finish out of order.
	for i := 0; i < 40; i++ {
		name := filepath.Join(sub, string(rune('a'+i/26))+string(rune('a'+i%26))+".txt")
		text := article
		if i%7 == 3 {
			text += strings.Repeat("Thu ngân sách đạt 1.234 tỷ đồng, tăng 5,6%. ", 500)
		}
		os.WriteFile(name, []byte(text), 0o644)
		want = append(want, name)
	}
	os.WriteFile(filepath.Join(sub, "notes.md"), []byte("not an article"), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\x00\x00\x00"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	one := filepath.Join(dir, "one.txt")
	os.WriteFile(one, []byte(article), 0o644)
	want = append([]string{one}, want...)
	want = append(want, bad, missing)

	code, out, errs := runCLI(t, "", "-jsonl", one, sub, bad, missing)
	if code == 0 {
		t.Errorf("exit 0 with a bad input")
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	var got []string
	for sc.Scan() {
		var l struct {
			SourceFile string `json:"source_file"`
			Error      string `json:"error"`
			Session    int    `json:"session"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, l.SourceFile)
		isBad := l.SourceFile == bad || l.SourceFile == missing
		if isBad != (l.Error != "") {
			t.Errorf("%s: error %q", l.SourceFile, l.Error)
		}
		if !isBad && l.Session != 8 {
			t.Errorf("%s: session %d, want 8", l.SourceFile, l.Session)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("files in order\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs, "bad.txt") || !strings.Contains(errs, "missing.txt") {
		t.Errorf("stderr does not name the bad inputs: %q", errs)
	}
}
