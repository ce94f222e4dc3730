// Package bench measures sayso's throughput: words per second for each
// stage of a pipeline, for record encoding, and for whole batch runs, with
// prose v2's own pipeline measured the same way for comparison. It is the
// library behind `sayso bench`; go test -bench in each package gives the
// same figures per function.
//
// Words are runs of non-space characters (batch.CountWords), as wc -w
// counts them.
package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

// Result is one measurement.
type Result struct {
	Name    string
	Words   int64         // words processed (over all rounds)
	Bytes   int64         // text bytes processed (over all rounds)
	Wall    time.Duration // elapsed time
	CPU     time.Duration // process CPU time (user + system), when measured; else equal to Wall
	Workers int           // goroutines, for whole runs
}

// WordsPerSec is throughput against the clock.
func (r Result) WordsPerSec() float64 { return perSec(r.Words, r.Wall) }

// WordsPerCPUSec is throughput against CPU time: what a core does.
func (r Result) WordsPerCPUSec() float64 { return perSec(r.Words, r.CPU) }

func perSec(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// Corpus is a set of articles held in memory.
type Corpus struct {
	Articles []ingest.Article
	Words    int64
	Bytes    int64
}

// Load reads every article of inputs into memory.
func Load(inputs []string, opt ingest.Options) (*Corpus, error) {
	r := ingest.Open(inputs, opt)
	defer r.Close()
	c := &Corpus{}
	for {
		a, ok := r.Next()
		if !ok {
			break
		}
		if a.Err != nil {
			return nil, fmt.Errorf("%s: %w", a.Source, a.Err)
		}
		c.Articles = append(c.Articles, a)
		c.Words += int64(batch.CountWords(a.Text))
		c.Bytes += int64(len(a.Text))
	}
	if len(c.Articles) == 0 {
		return nil, fmt.Errorf("no articles in %v", inputs)
	}
	return c, nil
}

// Stages times each stage of p on its own over the corpus, rounds times,
// on one goroutine, then the making of records and their encoding as YAML
// and as JSON Lines. Each stage sees the document as the pipeline would
// hand it over.
//
// Times are the goroutine's own CPU time (the OS thread's, with the
// goroutine locked to it), so that other processes on a busy machine do not
// inflate them.
func Stages(p *pipeline.Pipeline, c *Corpus, rounds int) []Result {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	now := threadTime
	if now() == 0 {
		now = func() time.Duration { return time.Duration(time.Now().UnixNano()) }
	}
	since := func(t time.Duration) time.Duration { return now() - t }
	stages := p.Stages()
	times := make([]time.Duration, len(stages)+3)
	var buf []byte
	doc := &pipeline.Document{}
	for range rounds {
		for _, a := range c.Articles {
			doc.Reset()
			doc.ID, doc.Source = a.ID, a.Source
			doc.SetText(a.Text)
			for i, s := range stages {
				t := now()
				s.Process(doc)
				times[i] += since(t)
			}
			t := now()
			rec := pipeline.NewRecord(doc, pipeline.RecordOptions{})
			times[len(stages)] += since(t)
			t = now()
			buf, _ = pipeline.AppendYAML(buf[:0], rec)
			times[len(stages)+1] += since(t)
			t = now()
			buf, _ = batch.AppendJSONL(buf[:0], rec)
			times[len(stages)+2] += since(t)
		}
	}
	names := make([]string, 0, len(times))
	for _, s := range stages {
		names = append(names, s.Name())
	}
	names = append(names, "record", "yaml", "jsonl")
	out := make([]Result, len(times))
	for i, d := range times {
		out[i] = Result{Name: names[i], Words: c.Words * int64(rounds), Bytes: c.Bytes * int64(rounds), Wall: d, CPU: d, Workers: 1}
	}
	return out
}

// Whole runs a complete batch (pipeline, records, encoding, ordered output
// to io.Discard) over the corpus rounds times with the given workers, and
// measures the process's CPU time during it.
func Whole(p *pipeline.Pipeline, c *Corpus, rounds, workers int, format batch.Format) (Result, error) {
	src := &repeat{c: c, rounds: rounds}
	runtime.GC()
	cpu0 := cpuTime()
	t := time.Now()
	st, err := batch.Run(context.Background(), src, p, io.Discard, batch.Options{Workers: workers, Format: format})
	wall := time.Since(t)
	cpu := cpuTime() - cpu0
	if cpu <= 0 {
		cpu = wall * time.Duration(workers)
	}
	return Result{Name: "whole (" + format.String() + ")", Words: st.Words, Bytes: st.Bytes, Wall: wall, CPU: cpu, Workers: workers}, err
}

// Prose runs prose v2's own pipeline (tokenize, segment, tag, named
// entities) over the corpus, with its model loaded once and shared, the
// fastest way prose can be used.
func Prose(c *Corpus, rounds int) (Result, error) {
	m := prose.ModelFromData("bench")
	runtime.GC()
	cpu0 := cpuTime()
	t := time.Now()
	for range rounds {
		for _, a := range c.Articles {
			if _, err := prose.NewDocument(a.Text, prose.UsingModel(m)); err != nil {
				return Result{}, err
			}
		}
	}
	wall := time.Since(t)
	cpu := cpuTime() - cpu0
	if cpu <= 0 {
		cpu = wall
	}
	return Result{Name: "prose v2 pipeline", Words: c.Words * int64(rounds), Bytes: c.Bytes * int64(rounds), Wall: wall, CPU: cpu, Workers: 1}, nil
}

// repeat yields a corpus's articles rounds times, with distinct ids.
type repeat struct {
	c         *Corpus
	rounds, i int
}

func (r *repeat) Next() (ingest.Article, bool) {
	n := len(r.c.Articles)
	if r.i >= n*r.rounds {
		return ingest.Article{}, false
	}
	a := r.c.Articles[r.i%n]
	if r.i >= n {
		a.ID = fmt.Sprintf("%s#%d", a.ID, r.i/n)
	}
	r.i++
	return a, true
}
