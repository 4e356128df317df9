package indicators

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/internal/golden"
)

// TestGolden runs Extract on each testdata/*.txt paragraph and compares the
// indented JSON with testdata/NAME.golden.json.
// Use go test ./indicators -run Golden -update to create or update them.
func TestGolden(t *testing.T) {
	for _, in := range golden.Inputs(t, 10) {
		t.Run(strings.TrimSuffix(filepath.Base(in), ".txt"), func(t *testing.T) {
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
			golden.JSON(t, golden.Path(in), got)
		})
	}
}
