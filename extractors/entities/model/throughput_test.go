package model

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

// TestThroughput logs tagging speed in tokens per CPU-second (process CPU
// time, so that other processes on the machine do not skew it). Run with -v;
// the benchmark BenchmarkTag gives the wall-clock view.
func TestThroughput(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("speed is not measured in -short or -race runs")
	}
	shared := corpus.SharedDir()
	docs, err := conll.ReadFile(filepath.Join(shared, "data", "ner", "uner_en_pud_test.bio"))
	if err != nil {
		t.Skip("no shared data")
	}
	m, err := Default()
	require.NoError(t, err)
	out := make([]tagger.Label, 512)
	toks := 0
	c0 := cpuTime()
	for range 5 {
		for _, d := range docs {
			for _, s := range d.Sentences {
				m.Tag(s.Tokens, out)
				toks += len(s.Tokens)
			}
		}
	}
	cpu := cpuTime() - c0
	t.Logf("tagged %d tokens in %v CPU: %.0f tokens per CPU-second", toks, cpu, float64(toks)/cpu.Seconds())
}
