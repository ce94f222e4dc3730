package model

import (
	"bytes"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

// TestLoadTime checks the 100 ms budget for loading the embedded model. It
// measures the process's CPU time (best of five loads), which other
// processes sharing the machine do not inflate the way they inflate wall
// time; the wall time is logged beside it.
func TestLoadTime(t *testing.T) {
	var m *tagger.Model
	cpu, wall := time.Hour, time.Hour
	for range 5 {
		c0, w0 := cpuTime(), time.Now()
		var err error
		m, err = Load(Embedded())
		require.NoError(t, err)
		cpu, wall = min(cpu, cpuTime()-c0), min(wall, time.Since(w0))
	}
	require.Greater(t, m.Features(), 1000)
	limit := 100 * time.Millisecond
	if raceEnabled {
		limit *= 10 // the race detector slows loading several-fold
	}
	assert.Less(t, cpu, limit, "CPU time to load the embedded model")
	t.Logf("loaded %d features from %d bytes: %v CPU, %v wall", m.Features(), len(Embedded()), cpu, wall)
}

func TestModelRoundTrip(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	var buf writerBuf
	_, err = m.WriteTo(&buf)
	require.NoError(t, err)
	if !bytes.Equal(Embedded(), buf) {
		n := 0
		for n < len(buf) && n < len(Embedded()) && buf[n] == Embedded()[n] {
			n++
		}
		t.Errorf("a loaded model writes back other bytes: %d vs %d bytes, first difference at %d", len(buf), len(Embedded()), n)
	}
}

type writerBuf []byte

func (w *writerBuf) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }

func tagTokens(m *tagger.Model, toks []string) []string {
	ls := make([]tagger.Label, len(toks))
	m.Tag(toks, ls)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.String()
	}
	return out
}

func TestKnownSentences(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	cases := []struct {
		sentence string
		want     []conll.Span
	}{
		{"Brett McGurk met Ali Bagheri in Oman on Thursday .",
			[]conll.Span{{Type: "PER", Start: 0, End: 2}, {Type: "PER", Start: 3, End: 5}, {Type: "LOC", Start: 6, End: 7}}},
		{"The United Nations said Russia and China blocked the resolution .",
			[]conll.Span{{Type: "ORG", Start: 1, End: 3}, {Type: "LOC", Start: 4, End: 5}, {Type: "LOC", Start: 6, End: 7}}},
		{"Angela Merkel , the German chancellor , visited Paris in January .",
			[]conll.Span{{Type: "PER", Start: 0, End: 2}, {Type: "LOC", Start: 8, End: 9}}},
	}
	for _, c := range cases {
		toks := tagger.RoughSentences(c.sentence)[0]
		got := conll.Spans(tagTokens(m, toks))
		assert.Equal(t, c.want, got, c.sentence)
	}
}

// TestConcurrentUse tags from many goroutines at once; run with -race.
func TestConcurrentUse(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	sents := tagger.RoughSentences("Brett McGurk met Ali Bagheri in Oman. The Financial Times reported it from London. Iran denied it.")
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = tagTokens(m, s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for i, s := range sents {
					assert.Equal(t, want[i], tagTokens(m, s))
				}
			}
		}()
	}
	wg.Wait()
}

// Recorded held-out scores of the shipped model (see MODEL.md). The test
// fails if the model drops more than 0.01 below them.
var recorded = map[string]float64{
	"news-test": recordedNewsF1,
	"ewt-test":  recordedEWTF1,
}

func TestHeldOutF1(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("no shared/data/ner")
	}
	m, err := Default()
	require.NoError(t, err)
	l := corpus.NewLoader(shared)
	for name, load := range map[string]func() (corpus.Set, error){"news-test": l.NewsTest, "ewt-test": l.EWTTest} {
		set, err := load()
		require.NoError(t, err)
		s := Score(m, set.Docs, false)
		f1 := s.All().F1()
		t.Logf("%s F1 %.4f", name, f1)
		assert.GreaterOrEqual(t, f1, recorded[name]-0.01, name)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(Embedded())))
	for b.Loop() {
		if _, err := Load(Embedded()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag tags the held-out news sentences; bytes are token bytes.
func BenchmarkTag(b *testing.B) {
	shared := corpus.SharedDir()
	if shared == "" {
		b.Skip("no shared data")
	}
	docs, err := conll.ReadFile(filepath.Join(shared, "data", "ner", "uner_en_pud_test.bio"))
	if err != nil {
		b.Skip(err)
	}
	m, err := Default()
	require.NoError(b, err)
	var sents [][]string
	size, toks := 0, 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents = append(sents, s.Tokens)
			toks += len(s.Tokens)
			for _, w := range s.Tokens {
				size += len(w) + 1
			}
		}
	}
	out := make([]tagger.Label, 512)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s, out)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
