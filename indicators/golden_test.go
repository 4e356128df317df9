package indicators

import (
	"testing"

	"github.com/vnreport/vnreport/internal/golden"
)

// TestGolden runs Extract on each testdata/*.txt paragraph and compares the
// indented JSON with testdata/NAME.golden.json.
// Use go test ./indicators -run Golden -update to create or update them.
func TestGolden(t *testing.T) {
	golden.Each(t, 10, func(t *testing.T, src, path string) {
		got := Extract(src)
		for _, ind := range got {
			if src[ind.Start:ind.End] != ind.Text {
				t.Errorf("indicator %q: Text %q is not input[%d:%d]", ind.Metric, ind.Text, ind.Start, ind.End)
			}
		}
		golden.JSON(t, path, got)
	})
}
