package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/model"
)

// runTrain dispatches "sayso train WHAT".
func runTrain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(stderr, "Usage: sayso train ner [flags]\n\nRetrains the entity tagger from shared/data/ner (see docs/entities.md).")
		return exitFatal
	}
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.String("shared", corpus.SharedDir(), "the shared `DIR` holding data/ner and data/polnear")
	out := fs.String("o", "ner.bin", "write the model to `FILE` (the shipped one is extractors/entities/model/ner.bin)")
	if _, err := parseFlags(fs, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if *shared == "" {
		fmt.Fprintln(stderr, "sayso train ner: no shared data found; give --shared DIR or set SAYSO_SHARED")
		return exitFatal
	}
	fmt.Fprintf(stderr, "sayso train ner: training from %s ...\n", *shared)
	m, rep, err := model.Build(*shared)
	if err != nil {
		fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
		return exitFatal
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
		return exitFatal
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(stdout, "trained on %d labelled tokens and %d unlabelled texts in %.1fs: %d features, %d bytes -> %s\n",
		rep.Tokens, rep.Unlabelled, rep.Duration.Seconds(), m.Features(), n, *out)
	sets, scores, err := model.HeldOut(m, *shared)
	if err != nil {
		fmt.Fprintf(stderr, "sayso train ner: scoring: %v\n", err)
		return exitFatal
	}
	for i, s := range scores {
		fmt.Fprintf(stdout, "== %s (%d tokens, tagger alone)\n", sets[i].Name, sets[i].Tokens())
		s.Write(stdout)
	}
	fmt.Fprintln(stderr, "sayso train ner: the binary embeds extractors/entities/model/ner.bin; to ship this model, write it there,"+
		" update model/recorded.go and MODEL.md with the scores above, and rebuild (see docs/entities.md)")
	return exitOK
}
