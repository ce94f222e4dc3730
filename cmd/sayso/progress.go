package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/ingest"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal: progress is drawn only there.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress draws a run's progress on stderr: a bar over the input's bytes
// with an ETA when the inputs are files, a counter otherwise; articles/s,
// words/s and errors so far beside it.
type progress struct {
	bar  *progressbar.ProgressBar
	r    *ingest.Reader
	last time.Time
}

func newProgress(w io.Writer, r *ingest.Reader, total int64, known bool) *progress {
	max := total
	if !known {
		max = -1 // a spinner: no total, no ETA
	}
	bar := progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(known),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(known),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar, r: r}
}

// update is batch.Options.Progress: it runs after every record, so it
// redraws at most five times a second.
func (p *progress) update(st batch.Stats) {
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	secs := st.Elapsed.Seconds()
	p.bar.Describe(fmt.Sprintf("%d articles · %.0f/s · %s words/s · %d errors",
		st.Articles, rate(float64(st.Articles), secs), humanCount(rate(float64(st.Words), secs)), st.Failed))
	p.bar.Set64(p.r.BytesRead())
}

func (p *progress) finish() {
	p.bar.Finish()
}

// humanCount writes 12345 as 12.3k.
func humanCount(x float64) string {
	switch {
	case x >= 1e6:
		return fmt.Sprintf("%.1fM", x/1e6)
	case x >= 1e3:
		return fmt.Sprintf("%.1fk", x/1e3)
	}
	return fmt.Sprintf("%.0f", x)
}
