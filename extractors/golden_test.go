package extractors

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden records under fixtures/")

// TestGolden runs the default pipeline over every fixtures/*/article.txt and
// compares the YAML record with article.golden.yaml beside it.
func TestGolden(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	articles, err := filepath.Glob("../fixtures/*/article.txt")
	require.NoError(t, err)
	require.NotEmpty(t, articles, "no fixtures found")
	for _, path := range articles {
		name := filepath.Base(filepath.Dir(path))
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			doc := pipeline.NewDocument(name, string(text))
			doc.Source = "fixtures/" + name + "/article.txt"
			p.Run(doc)
			got, err := pipeline.MarshalYAML(pipeline.NewRecord(doc, pipeline.RecordOptions{OmitText: true}))
			require.NoError(t, err)
			golden := filepath.Join(filepath.Dir(path), "article.golden.yaml")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden record: run go test ./extractors -run Golden -update and review it")
			require.Equal(t, string(want), string(got), "record differs from %s (if the change is deliberate: -update, then review the diff)", golden)
		})
	}
}
