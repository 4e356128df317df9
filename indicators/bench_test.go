package indicators

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnreport/vnreport/vntext"
)

// benchArticle joins the testdata paragraphs into an article of about 10 KB.
func benchArticle(b testing.TB) string {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no testdata paragraphs")
	}
	var sb strings.Builder
	for sb.Len() < 10_000 {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(src)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	s := benchArticle(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(s)
	}
}

// BenchmarkExtractDoc measures extraction alone, on a normalised document.
func BenchmarkExtractDoc(b *testing.B) {
	d := vntext.NewDoc(benchArticle(b))
	b.SetBytes(int64(len(d.Src)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractDoc(d)
	}
}
