package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBeamDirectRunner runs the Beam pipeline with the direct runner, in
// process and without network, over a dump, a gzipped dump and the seed
// fixture, and checks one valid record per article.
func TestBeamDirectRunner(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.Mkdir(in, 0o755))
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(in, "seed.txt"), seed, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "dump.jsonl"), []byte(
		`{"id": "a", "text": "“We will rebuild,” Mayor Ana Ortiz said on Monday."}`+"\n"+
			"not json\n"+
			`{"id": "c", "title": "T", "text": "The council met in Springfield."}`+"\n"), 0o644))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id": "z", "text": "Reuters reported the deal."}` + "\n"))
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(in, "more.jsonl.gz"), gz.Bytes(), 0o644))

	for _, format := range []string{"jsonl", "yaml"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "out."+format)
			p, err := Build(Config{Input: filepath.Join(in, "*"), Output: out, Format: format})
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			_, err = direct.Execute(ctx, p)
			require.NoError(t, err)

			f, err := os.Open(out)
			require.NoError(t, err)
			defer f.Close()
			recs, err := pipeline.ReadRecords(f)
			require.NoError(t, err)
			var ids []string
			byID := map[string]*pipeline.Record{}
			for _, r := range recs {
				ids = append(ids, r.ID)
				byID[r.ID] = r
				assert.Empty(t, r.Validate(), r.ID)
			}
			sort.Strings(ids)
			seedID := filepath.Join(in, "seed.txt")
			badID := filepath.Join(in, "dump.jsonl") + ":2"
			want := []string{badID, seedID, "a", "c", "z"}
			sort.Strings(want)
			require.Equal(t, want, ids, "one record per article")
			assert.Contains(t, byID[badID].Error, "not a JSON object")
			assert.Equal(t, "T", byID["c"].Title)
			assert.NotEmpty(t, byID[seedID].Entities)
		})
	}
}

func TestBuildRejectsUnknownFormat(t *testing.T) {
	_, err := Build(Config{Input: "x", Output: "y", Format: "xml"})
	assert.ErrorContains(t, err, "unknown format")
}
