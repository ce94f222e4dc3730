package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sayso/sayso/eval"
)

// evalCommands are the scorers of "sayso eval": one entry per kind of
// gold ("sayso eval quotes", "sayso eval entities").
var evalCommands = []command{
	{"quotes", "score quotes and speakers against gold JSONL (the rules of shared/eval/score.py)", runEvalQuotes},
	{"entities", "score people, places and organizations by exact span and type (docs/entities.md)", runEvalEntities},
}

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "Usage: sayso eval KIND [flags] RECORDS...\n\nKinds:")
		for _, c := range evalCommands {
			fmt.Fprintf(stderr, "  %-9s %s\n", c.name, c.summary)
		}
		if len(args) == 0 {
			return exitFatal
		}
		return exitOK
	}
	for _, c := range evalCommands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "sayso eval: unknown kind %q\n", args[0])
	return exitFatal
}

func runEvalQuotes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso eval quotes --gold GOLD.jsonl [--resolved] [--threshold 0.5] RECORDS...")
		fmt.Fprintln(stderr, "\nRECORDS are sayso's output (YAML or JSON Lines) or a peer's JSON Lines; the gold format is")
		fmt.Fprintln(stderr, "described in docs/quotes.md. Prints precision, recall, F1 and speaker accuracy per kind.\n\nFlags:")
		fs.PrintDefaults()
	}
	goldPath := fs.String("gold", "", "gold quotes, one JSON object per article (`FILE`)")
	resolved := fs.Bool("resolved", false, "count a speaker only when its resolved name names the gold person (gold needs speaker.name)")
	threshold := fs.Float64("threshold", 0.5, "overlap / union at which two quote spans match")
	view := fs.String("view", "", "rewrite predictions to a gold set's conventions first: polnear (see docs/quotes.md; records must carry their text)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if *goldPath == "" || len(inputs) == 0 {
		fs.Usage()
		return exitFatal
	}
	f, err := os.Open(*goldPath)
	if err != nil {
		fmt.Fprintf(stderr, "sayso eval quotes: %v\n", err)
		return exitFatal
	}
	gold, err := eval.ReadGold(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "sayso eval quotes: %s: %v\n", *goldPath, err)
		return exitFatal
	}
	pred := map[string][]eval.PredQuote{}
	for _, in := range inputs {
		var r io.Reader = os.Stdin
		if in != "-" {
			pf, err := os.Open(in)
			if err != nil {
				fmt.Fprintf(stderr, "sayso eval quotes: %v\n", err)
				return exitFatal
			}
			defer pf.Close()
			r = pf
		}
		p, texts, err := eval.ReadPredictionsText(r)
		if err != nil {
			fmt.Fprintf(stderr, "sayso eval quotes: %s: %v\n", in, err)
			return exitFatal
		}
		switch *view {
		case "":
		case "polnear":
			if len(texts) == 0 {
				fmt.Fprintf(stderr, "sayso eval quotes: %s: --view polnear needs records with their text (extract without --no-text)\n", in)
				return exitFatal
			}
			p = eval.PolNeARView(p, texts)
		default:
			fmt.Fprintf(stderr, "sayso eval quotes: unknown --view %q\n", *view)
			return exitFatal
		}
		for id, q := range p {
			pred[id] = q
		}
	}
	eval.ScoreQuotes(gold, pred, eval.QuoteOptions{Threshold: *threshold, Resolved: *resolved}).Format(stdout)
	return exitOK
}
