// Package golden compares what a test produces with a file kept in
// testdata, and rewrites that file when the tests run with -update:
//
//	go test ./... -update   # from the repository root, then review git diff
//
// Importing the package registers the -update flag, so every test package
// of the module imports it (those without golden files with a blank
// import), and the flag is accepted wherever go test passes it.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files from the current output")

// Suffix ends the name of every golden file.
const Suffix = ".golden.json"

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Inputs returns the files testdata/*.txt of the package under test, in
// name order, and fails t when there are fewer than least.
func Inputs(t testing.TB, least int) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < least {
		t.Fatalf("found %d testdata/*.txt; want at least %d", len(files), least)
	}
	return files
}

// Each runs f as a subtest of t for each input testdata/*.txt (failing
// when there are fewer than least), named after the file without ".txt",
// with the file's text and the path of its golden file.
func Each(t *testing.T, least int, f func(t *testing.T, src, golden string)) {
	t.Helper()
	for _, in := range Inputs(t, least) {
		t.Run(strings.TrimSuffix(filepath.Base(in), ".txt"), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			f(t, string(src), Path(in))
		})
	}
}

// Path returns the golden file of an input: testdata/NAME.txt gives
// testdata/NAME.golden.json.
func Path(input string) string {
	return strings.TrimSuffix(input, filepath.Ext(input)) + Suffix
}

// JSON checks v, written as indented JSON with a final newline, against
// the golden file path (see [Check]).
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	Check(t, path, append(got, '\n'))
}

// Check compares got with the golden file path and reports a line diff
// when they differ. With -update it writes got to path instead. It refuses
// a path not ending in [Suffix], so that no input is ever overwritten.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if !strings.HasSuffix(path, Suffix) {
		t.Fatalf("golden file %s does not end in %s", path, Suffix)
	}
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("output differs from %s (go test -update rewrites it; review the change with git diff):\n%s",
			path, Diff(string(want), string(got)))
	}
}
