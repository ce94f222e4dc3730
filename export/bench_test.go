package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExport writes the records of GUM's news documents (24 articles,
// 17k tokens, read from ../shared) in each format; throughput is in bytes of
// article text.
func BenchmarkExport(b *testing.B) {
	f, err := os.Open(filepath.Join(sharedDir(b), "data", "ner", "gum", "gum_news.bio"))
	if err != nil {
		b.Fatal(err)
	}
	recs, err := ReadBIO(f, "gum_news")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, r := range recs {
		size += len(r.Text)
	}
	for _, format := range []Format{CoNLL, SpaCy, Prose, Brat} {
		b.Run(string(format), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			dir := b.TempDir()
			for b.Loop() {
				var e *Exporter
				if format == Brat {
					e, err = NewBrat(dir, Options{Only: All})
				} else {
					e, err = New(format, io.Discard, Options{Only: All})
				}
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range recs {
					if err := e.Write(r); err != nil {
						b.Fatal(err)
					}
				}
				e.Close()
			}
		})
	}
}
