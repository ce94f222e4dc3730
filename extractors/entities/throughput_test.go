//go:build unix

package entities_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// TestStageThroughput logs the stage's speed in words per CPU-second on
// PolNeAR dev articles (segmentation not counted). Run with -v.
func TestStageThroughput(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("speed is not measured in -short or -race runs")
	}
	f, err := os.Open(filepath.Join(corpus.SharedDir(), "data", "polnear", "dev", "articles.jsonl"))
	if err != nil {
		t.Skip("no PolNeAR dev articles")
	}
	defer f.Close()
	seg, err := segment.New()
	require.NoError(t, err)
	stage, err := entities.New()
	require.NoError(t, err)
	var docs []*pipeline.Document
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		doc := pipeline.NewDocument(a.ID, a.Text)
		require.NoError(t, seg.Process(doc))
		docs = append(docs, doc)
		for _, tk := range doc.Tokens {
			if tk.Kind == pipeline.Word {
				words++
			}
		}
	}
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for range 3 {
		for _, d := range docs {
			require.NoError(t, stage.Process(d))
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	t.Logf("entity stage: %d words in %v CPU: %.0f words per CPU-second", 3*words, cpu, float64(3*words)/cpu.Seconds())
}
