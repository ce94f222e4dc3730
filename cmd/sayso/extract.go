package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/extractors/quotes"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso extract [flags] INPUT...")
		fmt.Fprintln(stderr, "\nINPUT is a text file, an HTML page (.html, .htm), a directory (walked), a JSON Lines dump")
		fmt.Fprintln(stderr, "(.jsonl, .jsonl.gz) or - for stdin. Writes one record per article, in input order: a YAML")
		fmt.Fprintln(stderr, "stream (default) or JSON Lines.")
		fmt.Fprintln(stderr, "\nExit status: 0 all articles done, 1 some articles failed (see their error records), 2 the run")
		fmt.Fprintln(stderr, "could not start or go on (the output written so far can be finished with --resume).\n\nFlags:")
		fs.PrintDefaults()
	}
	out := fs.String("o", "", "write records to `FILE` instead of stdout")
	format := fs.String("format", "yaml", "output format: yaml or jsonl (one record per line, for streaming mappers)")
	noText := fs.Bool("no-text", false, "leave the article text out of the records")
	modelFile := fs.String("model", "", "use the entity model in `FILE` (written by sayso train ner) instead of the shipped one")
	mixed := fs.Bool("mixed", false, "label reported speech that holds a quoted fragment (said the plan was a “disaster”) kind mixed, not indirect")
	inner := fs.Bool("inner-speaker", false, "give “…,” Walker said, according to an AP account to Walker, not to the account the sentence names last (PolNeAR's convention)")
	minConf := fs.Float64("min-confidence", -1, "write only quotes at least this likely to be right, `P` in [0,1] (0: every quote found; default: the per-kind thresholds that maximise F1 on PolNeAR train)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed at once")
	timeout := fs.Duration("timeout", time.Minute, "time limit per article; one that runs longer gets an error record (0: none)")
	resume := fs.Bool("resume", false, "finish an interrupted run: keep the whole records already in -o FILE, cut off a torn last one, and process only the rest")
	shard := fs.String("shard", "", "process only shard `i/n`: every n-th article, starting at the i-th (0-based)")
	shards := fs.Int("shards", 0, "number of shards when the index comes from JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs); default $SAYSO_SHARDS")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary line")
	partialOK := fs.Bool("partial-ok", false, "exit 0 even if some articles failed (their error records say so): for streaming engines that fail a task on any non-zero exit")
	opt := ingest.DefaultOptions()
	fs.StringVar(&opt.IDField, "id-field", opt.IDField, "JSONL field holding the article id")
	fs.StringVar(&opt.TextField, "text-field", opt.TextField, "JSONL field holding the article text")
	fs.StringVar(&opt.TitleField, "title-field", opt.TitleField, "JSONL field holding the title")
	fs.StringVar(&opt.URLField, "url-field", opt.URLField, "JSONL field holding the URL")
	fs.StringVar(&opt.PublishedField, "published-field", opt.PublishedField, "JSONL field holding the publication date")
	fs.IntVar(&opt.MaxBytes, "max-bytes", 16<<20, "largest article text accepted, in bytes (0: no limit)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "sayso extract: "+format+"\n", a...)
		return exitFatal
	}
	if len(inputs) == 0 {
		return fail("no input given (a file, a directory, a .jsonl dump or - for stdin)")
	}
	bopt := batch.Options{
		Workers: *workers,
		Timeout: *timeout,
		Record:  pipeline.RecordOptions{OmitText: *noText},
	}
	if bopt.Format, err = batch.ParseFormat(*format); err != nil {
		return fail("unknown --format %q (yaml or jsonl)", *format)
	}
	if *workers < 1 {
		return fail("--workers must be at least 1")
	}
	if bopt.Shard, err = batch.ShardFromEnv(*shard, *shards, os.Getenv); err != nil {
		return fail("%v", err)
	}
	toFile := *out != "" && *out != "-"
	if *resume && !toFile {
		return fail("--resume needs the output file of the interrupted run (-o FILE)")
	}

	em, err := entityModel(*modelFile)
	if err != nil {
		return fail("%v", err)
	}
	qopt := quotes.DefaultOptions()
	qopt.Mixed = *mixed
	qopt.InnerSpeaker = *inner
	if *minConf > 1 || *minConf < 0 && *minConf != -1 {
		return fail("--min-confidence must be between 0 and 1")
	}
	if *minConf >= 0 {
		qopt.MinConfidenceDirect, qopt.MinConfidenceIndirect = *minConf, *minConf
	}
	p, err := extractors.NewWithConfig(extractors.Config{EntityModel: em, Quotes: &qopt})
	if err != nil {
		return fail("%v", err)
	}
	var dst io.Writer = stdout
	var file *os.File
	if toFile {
		file, bopt.Done, err = openOutput(*out, *resume, bopt.Format)
		if err != nil {
			return fail("%v", err)
		}
		dst = file
	}

	// A closed pipe downstream (sayso extract ... | head) must end the run
	// with a message, not kill it silently; an interrupt stops it cleanly,
	// with the records written so far whole.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	html := htmlHelper()
	if html != nil {
		opt.HTML = html
		defer html.Close()
	}
	r := ingest.Open(inputs, opt)
	var bar *progress
	if !*quiet && isTerminal(stderr) {
		total, known := ingest.TotalSize(inputs)
		bar = newProgress(stderr, r, total, known)
		bopt.Progress = bar.update
	}
	st, runErr := batch.Run(ctx, r, p, dst, bopt)
	r.Close()
	if bar != nil {
		bar.finish()
	}
	if file != nil {
		if err := file.Close(); err != nil && runErr == nil {
			runErr = fmt.Errorf("writing records: %w", err)
		}
	}
	if runErr != nil {
		msg := explainWriteError(runErr)
		if toFile {
			msg += fmt.Sprintf("; %d record(s) were written whole: finish with the same command and --resume", st.Articles+st.Resumed)
		}
		return fail("%s", msg)
	}
	if !*quiet {
		fmt.Fprintln(stderr, summary(st))
	}
	if st.Failed > 0 && !*partialOK {
		return exitSomeBad
	}
	return exitOK
}

// htmlHelper finds the sayso-html helper that reads HTML pages:
// $SAYSO_HTML_HELPER, else sayso-html beside this executable, else on the
// PATH. It is started only if an HTML page comes up.
func htmlHelper() *ingest.HTMLHelper {
	path := os.Getenv("SAYSO_HTML_HELPER")
	if path == "" {
		if self, err := os.Executable(); err == nil {
			if p := filepath.Join(filepath.Dir(self), "sayso-html"); isExecutable(p) {
				path = p
			}
		}
	}
	if path == "" {
		path, _ = exec.LookPath("sayso-html")
	}
	if path == "" {
		return nil
	}
	return &ingest.HTMLHelper{Path: path}
}

func isExecutable(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir() && info.Mode()&0o111 != 0
}

// openOutput creates the output file, or for --resume reopens it and
// prepares it with batch.Recover.
func openOutput(path string, resume bool, format batch.Format) (*os.File, []string, error) {
	if !resume {
		f, err := os.Create(path)
		return f, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	done, err := batch.Recover(f, format)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, done, nil
}

// explainWriteError says in words what went wrong with the output.
func explainWriteError(err error) string {
	switch {
	case errors.Is(err, syscall.EPIPE):
		return "the output was closed before all records were written (broken pipe)"
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full: " + err.Error()
	case errors.Is(err, context.Canceled):
		return "interrupted"
	}
	return err.Error()
}

// summary is the line printed at the end of a run.
func summary(st batch.Stats) string {
	secs := st.Elapsed.Seconds()
	s := fmt.Sprintf("sayso extract: %d article(s), %d failed", st.Articles, st.Failed)
	if st.TimedOut > 0 {
		s += fmt.Sprintf(" (%d past the time limit)", st.TimedOut)
	}
	s += fmt.Sprintf(", %d with problems", st.Problems)
	if st.Resumed > 0 {
		s += fmt.Sprintf(", %d already done by the interrupted run", st.Resumed)
	}
	return s + fmt.Sprintf("; %.1fs, %.0f articles/s, %.0f words/s",
		secs, rate(float64(st.Articles), secs), rate(float64(st.Words), secs))
}

func rate(n, secs float64) float64 {
	if secs <= 0 {
		return 0
	}
	return n / secs
}
