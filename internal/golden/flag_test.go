package golden

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryTestPackageAcceptsUpdate checks that every package of the
// module with tests imports this one, so that go test ./... -update from
// the root does not stop at "flag provided but not defined".
func TestEveryTestPackageAcceptsUpdate(t *testing.T) {
	root := filepath.Join("..", "..")
	const imp = `"github.com/vnreport/vnreport/internal/golden"`
	dirs := map[string]bool{} // package directory → imports this package
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dirs[dir] = dirs[dir] || strings.Contains(string(src), imp) || dir == "."
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 5 {
		t.Fatalf("found tests in %d directories; is the module root %s?", len(dirs), root)
	}
	for dir, ok := range dirs {
		if !ok {
			t.Errorf("the tests in %s do not import internal/golden: go test ./... -update fails there (add a blank import)", dir)
		}
	}
}
