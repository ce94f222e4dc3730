// Package batch runs the pipeline over a stream of articles with a pool of
// workers and writes one record per article, in input order. It streams:
// at most a fixed window of articles is in flight whatever the size of the
// dump, so memory does not grow with it.
//
// An article that cannot be read, fails, or runs past the time limit yields
// an error record and the run goes on: records out = articles in. Only a
// failure to write (a full disk, a closed pipe) or a cancelled context stops
// a run early, and then the output holds only whole records up to some
// article, plus perhaps a torn last one that Recover cuts away, so that the
// run can be resumed (see resume.go).
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

// Source yields articles in order; *ingest.Reader is one.
type Source interface {
	Next() (ingest.Article, bool)
}

// Options control a run. The zero value runs one worker per core, with no
// time limit, writing YAML.
type Options struct {
	Workers int    // goroutines running the pipeline; 0 means runtime.NumCPU()
	Format  Format // YAML (default) or JSONL
	Record  pipeline.RecordOptions
	Timeout time.Duration // per article; 0 means none

	// MaxAbandoned bounds how many articles that ran past Timeout may still
	// be running in the background (Go cannot stop a goroutine; an abandoned
	// one ends after the stage it is in). When one more would pass the
	// bound, the run stops with ErrTooManyStuck: its output is whole and
	// resumable. 0 means Workers.
	MaxAbandoned int

	Shard Shard // which articles of the input are this run's; the zero value takes all

	// Done lists, in order, the ids of the records already in the output of
	// an interrupted run (see Recover). The first len(Done) articles of this
	// run's share of the input are skipped after checking that their ids
	// match, so that nothing is written twice.
	Done []string

	// Progress, if set, is called from the writing goroutine after each
	// record with the counts so far; it must be quick.
	Progress func(Stats)
}

// Stats count what a run did.
type Stats struct {
	Articles  int   // records written, error records included
	Failed    int   // error records: articles that could not be read or processed
	TimedOut  int   // of Failed, those that ran past the time limit
	Problems  int   // records written with problems listed in their errors
	Resumed   int   // articles skipped because an earlier run wrote them
	Bytes     int64 // article text processed, in bytes
	Words     int64 // article text processed, in words (runs of non-space)
	Abandoned int   // timed-out articles still running when the run ended
	Elapsed   time.Duration
}

// ErrTooManyStuck ends a run in which too many articles ran past the time
// limit and are still running.
var ErrTooManyStuck = errors.New("too many articles are still running past the time limit (a stage may be stuck in a loop); stopping")

// window is how many articles may be in flight per worker: read, being
// processed, or processed and waiting for an earlier one to be written.
const window = 4

type job struct {
	seq int
	a   ingest.Article
}

type result struct {
	seq      int
	buf      *[]byte // the encoded record
	failed   bool
	timedOut bool
	problems bool
	bytes    int64
	words    int64
}

// Run processes every article of src with p and writes one encoded record
// per article to w, in input order, each with a single Write call. It stops
// early only if writing fails, ctx is cancelled, Done does not match the
// input, or too many articles are stuck; the records written before that are
// whole.
func Run(ctx context.Context, src Source, p *pipeline.Pipeline, w io.Writer, opt Options) (Stats, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.MaxAbandoned <= 0 {
		opt.MaxAbandoned = opt.Workers
	}
	win := opt.Workers * window
	enc := opt.Format.encoder()

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		st      Stats
		tokens  = make(chan struct{}, win) // one per article in flight
		jobs    = make(chan job, opt.Workers)
		results = make(chan result, win)
		wg      sync.WaitGroup
		stuck   atomic.Int32
		pool    = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}
		readErr error
		total   int          // articles sent to workers
		resumed atomic.Int64 // articles skipped by the reader
	)

	// Reader: shard, skip what a previous run wrote, hand out the rest.
	go func() {
		defer close(jobs)
		index, kept := -1, 0
		for {
			a, ok := src.Next()
			if !ok {
				if kept < len(opt.Done) {
					readErr = fmt.Errorf("cannot resume: the output holds %d records but the input has only %d articles; was the output written from other inputs or flags?", len(opt.Done), kept)
					cancel(readErr)
				}
				return
			}
			index++
			if !opt.Shard.Takes(index) {
				continue
			}
			kept++
			if kept <= len(opt.Done) {
				if want := opt.Done[kept-1]; a.ID != want {
					readErr = fmt.Errorf("cannot resume: record %d of the output is %q but article %d of the input is %q; was the output written from other inputs or flags?", kept, want, kept, a.ID)
					cancel(readErr)
					return
				}
				resumed.Add(1)
				continue
			}
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq: total, a: a}:
				total++
			case <-ctx.Done():
				return
			}
		}
	}()

	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wk := worker{p: p, enc: enc, opt: &opt, stuck: &stuck, pool: &pool}
			defer wk.stop()
			for j := range jobs {
				if ctx.Err() != nil {
					return // stopping: take no more articles
				}
				r, err := wk.process(j)
				if err != nil {
					cancel(err)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					pool.Put(r.buf)
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer: put results back in input order and write them.
	pending := make([]*result, win)
	next := 0
	var werr error
	for r := range results {
		if werr != nil {
			continue // drain so the workers can end
		}
		pending[r.seq%win] = &r
		for pending[next%win] != nil && pending[next%win].seq == next {
			res := pending[next%win]
			pending[next%win] = nil
			if _, err := w.Write(*res.buf); err != nil {
				werr = fmt.Errorf("writing records: %w", err)
				cancel(werr)
				break
			}
			pool.Put(res.buf)
			st.Articles++
			st.Bytes += res.bytes
			st.Words += res.words
			if res.failed {
				st.Failed++
			}
			if res.timedOut {
				st.TimedOut++
			}
			if res.problems {
				st.Problems++
			}
			next++
			<-tokens
			if opt.Progress != nil {
				st.Resumed = int(resumed.Load())
				st.Elapsed = time.Since(start)
				st.Abandoned = int(stuck.Load())
				opt.Progress(st)
			}
		}
	}
	st.Resumed = int(resumed.Load())
	st.Elapsed = time.Since(start)
	st.Abandoned = int(stuck.Load())
	switch {
	case werr != nil:
		return st, werr
	case readErr != nil:
		return st, readErr
	case ctx.Err() != nil:
		return st, context.Cause(ctx)
	}
	return st, nil
}

// worker runs the pipeline for one goroutine of the pool, reusing its
// document and timer from article to article.
type worker struct {
	p     *pipeline.Pipeline
	enc   encoder
	opt   *Options
	stuck *atomic.Int32
	pool  *sync.Pool
	doc   *pipeline.Document
	timer *time.Timer
}

func (wk *worker) stop() {
	if wk.timer != nil {
		wk.timer.Stop()
	}
}

// process turns one article into its encoded record. A non-nil error means
// the run must stop (too many stuck articles); the result is still whole.
func (wk *worker) process(j job) (result, error) {
	a := &j.a
	r := result{seq: j.seq, buf: wk.pool.Get().(*[]byte)}
	var rec *pipeline.Record
	var fatal error
	if a.Err != nil {
		rec = pipeline.ErrorRecord(a.ID, a.Source, a.Err)
	} else {
		r.bytes, r.words = int64(len(a.Text)), int64(CountWords(a.Text))
		if wk.doc == nil {
			wk.doc = &pipeline.Document{}
		}
		doc := wk.doc
		doc.Reset()
		doc.ID, doc.Source, doc.Title, doc.URL, doc.Published = a.ID, a.Source, a.Title, a.URL, a.Published
		doc.SetText(a.Text)
		if wk.opt.Timeout <= 0 {
			wk.p.Run(doc)
			rec = pipeline.NewRecord(doc, wk.opt.Record)
		} else if wk.runWithin(doc) {
			rec = pipeline.NewRecord(doc, wk.opt.Record)
		} else {
			wk.doc = nil // the abandoned goroutine still owns it
			r.timedOut = true
			rec = pipeline.ErrorRecord(a.ID, a.Source, fmt.Errorf("processing took longer than the %v time limit (--timeout); the article was abandoned", wk.opt.Timeout))
			if int(wk.stuck.Load()) > wk.opt.MaxAbandoned {
				fatal = ErrTooManyStuck
			}
		}
	}
	r.failed = rec.Error != ""
	r.problems = !r.failed && len(rec.Errors) > 0
	b, err := wk.enc.append((*r.buf)[:0], rec)
	if err != nil {
		// Encoding a record cannot fail for well-formed strings; if it does,
		// the article still gets a record.
		r.failed, r.problems = true, false
		b, _ = wk.enc.append((*r.buf)[:0], pipeline.ErrorRecord(a.ID, a.Source, err))
	}
	*r.buf = b
	return r, fatal
}

// runWithin runs the pipeline on doc in its own goroutine and waits at most
// the time limit. It reports false if it gave up; the goroutine then stops
// after its current stage and counts as stuck until it does. The run's own
// context is not passed down: an article is either processed whole or not
// at all, never written with stages missing.
func (wk *worker) runWithin(doc *pipeline.Document) bool {
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	var settled atomic.Bool // set by whichever comes first: the end of the run or the give-up
	go func() {
		defer close(done)
		wk.p.RunContext(runCtx, doc)
		if !settled.CompareAndSwap(false, true) {
			wk.stuck.Add(-1) // it had been given up on
		}
		cancel()
	}()
	if wk.timer == nil {
		wk.timer = time.NewTimer(wk.opt.Timeout)
	} else {
		wk.timer.Reset(wk.opt.Timeout)
	}
	select {
	case <-done:
		wk.timer.Stop()
		return true
	case <-wk.timer.C:
		if !settled.CompareAndSwap(false, true) {
			<-done // it finished just now
			return true
		}
		wk.stuck.Add(1)
		cancel()
		return false
	}
}

// CountWords counts runs of non-space bytes, as wc -w does for text in
// ASCII-compatible encodings; it is the "words" of throughput figures.
func CountWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// Process turns one article into its record, without a time limit.
func Process(p *pipeline.Pipeline, a ingest.Article, opt pipeline.RecordOptions) *pipeline.Record {
	if a.Err != nil {
		return pipeline.ErrorRecord(a.ID, a.Source, a.Err)
	}
	doc := pipeline.NewDocument(a.ID, a.Text)
	doc.Source, doc.Title, doc.URL, doc.Published = a.Source, a.Title, a.URL, a.Published
	p.Run(doc)
	return pipeline.NewRecord(doc, opt)
}
