package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// polnear loads the PolNeAR dev articles: $SAYSO_SHARED, else ../shared
// beside the module, else /work/shared.
func polnear(tb testing.TB) *Corpus {
	tb.Helper()
	for _, d := range []string{os.Getenv("SAYSO_SHARED"), "../../shared", "/work/shared"} {
		path := filepath.Join(d, "data/polnear/dev/articles.jsonl")
		if _, err := os.Stat(path); d != "" && err == nil {
			c, err := Load([]string{path}, ingest.DefaultOptions())
			require.NoError(tb, err)
			return c
		}
	}
	tb.Fatal("PolNeAR dev articles not found: set SAYSO_SHARED")
	return nil
}

func defaultPipeline(tb testing.TB) *pipeline.Pipeline {
	p, err := extractors.New()
	require.NoError(tb, err)
	return p
}

func TestStagesAndWhole(t *testing.T) {
	c := polnear(t)
	assert.Len(t, c.Articles, 84)
	p := defaultPipeline(t)
	rs := Stages(p, c, 1)
	require.Len(t, rs, len(p.Stages())+3)
	for _, r := range rs {
		assert.Equal(t, c.Words, r.Words)
		assert.Positive(t, r.WordsPerSec(), r.Name)
	}
	w, err := Whole(p, c, 2, 2, batch.JSONL)
	require.NoError(t, err)
	assert.Equal(t, 2*c.Words, w.Words, "two rounds, every article")
	assert.Positive(t, w.WordsPerCPUSec())
	assert.Positive(t, PeakRSS())
}

// BenchmarkStage times each stage of the default pipeline on its own over
// the PolNeAR dev articles; bytes/s are bytes of article text.
func BenchmarkStage(b *testing.B) {
	c := polnear(b)
	p := defaultPipeline(b)
	// Documents as each stage receives them: run the stages before it.
	stages := p.Stages()
	for i, s := range stages {
		docs := make([]*pipeline.Document, len(c.Articles))
		b.Run(s.Name(), func(b *testing.B) {
			b.SetBytes(c.Bytes)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				for k, a := range c.Articles {
					d := docs[k]
					if d == nil {
						d = &pipeline.Document{}
						docs[k] = d
					}
					d.Reset()
					d.ID = a.ID
					d.SetText(a.Text)
					for _, before := range stages[:i] {
						before.Process(d)
					}
				}
				b.StartTimer()
				for _, d := range docs {
					s.Process(d)
				}
			}
		})
	}
}

// BenchmarkRecords times turning processed documents into records and
// encoding them.
func BenchmarkRecords(b *testing.B) {
	c := polnear(b)
	p := defaultPipeline(b)
	var docs []*pipeline.Document
	var recs []*pipeline.Record
	for _, a := range c.Articles {
		d := pipeline.NewDocument(a.ID, a.Text)
		p.Run(d)
		docs = append(docs, d)
		recs = append(recs, pipeline.NewRecord(d, pipeline.RecordOptions{}))
	}
	b.Run("record", func(b *testing.B) {
		b.SetBytes(c.Bytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				pipeline.NewRecord(d, pipeline.RecordOptions{})
			}
		}
	})
	var buf []byte
	b.Run("yaml", func(b *testing.B) {
		b.SetBytes(c.Bytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				buf, _ = pipeline.AppendYAML(buf[:0], r)
			}
		}
	})
	b.Run("jsonl", func(b *testing.B) {
		b.SetBytes(c.Bytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				buf, _ = batch.AppendJSONL(buf[:0], r)
			}
		}
	})
}

// BenchmarkWhole is a whole batch run (pipeline, records, YAML, ordered
// output) over the PolNeAR dev articles.
func BenchmarkWhole(b *testing.B) {
	c := polnear(b)
	p := defaultPipeline(b)
	for _, w := range []int{1, 2} {
		b.Run(map[int]string{1: "workers=1", 2: "workers=2"}[w], func(b *testing.B) {
			b.SetBytes(c.Bytes)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Whole(p, c, 1, w, batch.YAML); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkProse is prose v2's own pipeline, model loaded once.
func BenchmarkProse(b *testing.B) {
	c := polnear(b)
	b.SetBytes(c.Bytes)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Prose(c, 1); err != nil {
			b.Fatal(err)
		}
	}
}
