package entities_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// BenchmarkStage runs the entity stage alone over segmented news articles
// (PolNeAR dev texts, from the shared folder); bytes are article bytes.
func BenchmarkStage(b *testing.B) {
	shared := corpus.SharedDir()
	f, err := os.Open(filepath.Join(shared, "data", "polnear", "dev", "articles.jsonl"))
	if err != nil {
		b.Skip("no PolNeAR dev articles")
	}
	defer f.Close()
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	stage, err := entities.New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*pipeline.Document
	size, words := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		doc := pipeline.NewDocument(a.ID, a.Text)
		if err := seg.Process(doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(a.Text)
		for _, t := range doc.Tokens {
			if t.Kind == pipeline.Word {
				words++
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := stage.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
