package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/bench"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/ingest"
)

func runBench(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso bench [flags] INPUT...")
		fmt.Fprintln(stderr, "\nMeasures words per second for each stage of the default pipeline, for a whole run with 1 and")
		fmt.Fprintln(stderr, "with --workers workers, and for prose v2's own pipeline, over the articles of INPUT (held in")
		fmt.Fprintln(stderr, "memory), and the process's peak memory. Example:")
		fmt.Fprintln(stderr, "  sayso bench ../shared/data/polnear/dev/articles.jsonl\n\nFlags:")
		fs.PrintDefaults()
	}
	rounds := fs.Int("rounds", 5, "passes over the articles for each measurement")
	workers := fs.Int("workers", runtime.NumCPU(), "workers for the parallel whole-run measurement")
	withProse := fs.Bool("prose", true, "also measure prose v2's pipeline (one pass: it is slow)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if len(inputs) == 0 || *rounds < 1 || *workers < 1 {
		fs.Usage()
		return exitFatal
	}
	c, err := bench.Load(inputs, ingest.DefaultOptions())
	if err != nil {
		fmt.Fprintf(stderr, "sayso bench: %v\n", err)
		return exitFatal
	}
	p, err := extractors.New()
	if err != nil {
		fmt.Fprintf(stderr, "sayso bench: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(stdout, "%d articles, %d words, %.1f MB; %d rounds; %s/%s, %d cores, %s\n\n",
		len(c.Articles), c.Words, float64(c.Bytes)/1e6, *rounds, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	// A warm-up pass, so that lazily built tables do not count.
	if _, err := bench.Whole(p, c, 1, 1, batch.YAML); err != nil {
		fmt.Fprintf(stderr, "sayso bench: %v\n", err)
		return exitFatal
	}

	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage (1 goroutine)\twords/s\tMB/s\tshare\t")
	stages := bench.Stages(p, c, *rounds)
	var total float64
	for _, r := range stages[:len(stages)-1] { // yaml and jsonl are alternatives
		total += r.Wall.Seconds()
	}
	for _, r := range stages {
		share := fmt.Sprintf("%.0f%%", 100*r.Wall.Seconds()/total)
		if r.Name == "jsonl" {
			share = "(instead of yaml)"
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%s\t\n", r.Name, r.WordsPerSec(), float64(r.Bytes)/1e6/r.Wall.Seconds(), share)
	}
	tw.Flush()

	fmt.Fprintln(stdout)
	tw = tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "whole run\tworkers\twords/s\twords/CPU-s\tspeed-up\t")
	var one bench.Result
	for _, w := range []int{1, *workers} {
		if w == 1 && one.Workers == 1 {
			continue
		}
		for _, f := range []batch.Format{batch.YAML, batch.JSONL} {
			r, err := bench.Whole(p, c, *rounds, w, f)
			if err != nil {
				fmt.Fprintf(stderr, "sayso bench: %v\n", err)
				return exitFatal
			}
			speedup := "1.00×"
			if w == 1 && f == batch.YAML {
				one = r
			} else if f == batch.YAML {
				speedup = fmt.Sprintf("%.2f× (%.2f of linear)", r.WordsPerSec()/one.WordsPerSec(), r.WordsPerSec()/one.WordsPerSec()/float64(w))
			} else {
				speedup = ""
			}
			fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%s\t\n", r.Name, w, r.WordsPerSec(), r.WordsPerCPUSec(), speedup)
		}
	}
	if *withProse {
		r, err := bench.Prose(c, 1)
		if err != nil {
			fmt.Fprintf(stderr, "sayso bench: prose: %v\n", err)
			return exitFatal
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%s\t\n", r.Name, 1, r.WordsPerSec(), r.WordsPerCPUSec(),
			fmt.Sprintf("sayso is %.1f× faster per CPU-second", one.WordsPerCPUSec()/r.WordsPerCPUSec()))
	}
	tw.Flush()
	fmt.Fprintf(stdout, "\npeak memory (RSS) of this process: %.1f MiB\n", float64(bench.PeakRSS())/(1<<20))
	return exitOK
}
