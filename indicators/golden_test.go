package indicators

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "update the testdata/*.golden.json files")

// TestGolden runs Extract on each testdata/*.txt paragraph and compares the
// indented JSON with testdata/NAME.golden.json.
// Use go test ./indicators -run Golden -update to create or update them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("found %d testdata paragraphs; want at least 10", len(files))
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := Extract(string(src))
			for _, ind := range got {
				if string(src[ind.Start:ind.End]) != ind.Text {
					t.Errorf("indicator %q: Text %q is not input[%d:%d]", ind.Metric, ind.Text, ind.Start, ind.End)
				}
			}
			res, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			res = append(res, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if golden == in {
				t.Fatal("golden file would overwrite the input") // never destroy an input
			}
			if *update {
				if err := os.WriteFile(golden, res, 0o644); err != nil {
					t.Error(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(res, want) {
				t.Errorf("Extract(%s) differs from %s:\n%s", in, golden, lineDiff(string(want), string(res)))
			}
		})
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl + "\n")
			if shown++; shown == 5 {
				break
			}
		}
	}
	return b.String()
}
