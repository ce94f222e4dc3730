package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sayso/sayso/export"
	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/eval"
	"github.com/sayso/sayso/extractors/entities/model"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

// runTrain dispatches "sayso train WHAT".
func runTrain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(stderr, "Usage: sayso train ner [--from RECORDS...] [--eval SPLIT] [flags]\n\nRetrains the entity tagger from shared/data/ner (see docs/entities.md),"+
			"\nwith reviewed records added (see docs/training-data.md).")
		return exitFatal
	}
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.String("shared", corpus.SharedDir(), "the shared `DIR` holding data/ner and data/polnear")
	out := fs.String("o", "ner.bin", "write the model to `FILE` (the shipped one is extractors/entities/model/ner.bin)")
	var from, evalSplits []string
	fs.Func("from", "add the entities of the records in `FILE` (YAML/JSONL records or BIO) to the training data; repeatable, and further file arguments count too", func(v string) error {
		from = append(from, v)
		return nil
	})
	only := fs.String("only", "accepted", "which records count (as in sayso export): accepted, reviewed or all")
	fs.Func("eval", "also score the shipped model and the new one on `SPLIT`: a BIO file, or "+strings.Join(heldOutNames, " or ")+"; repeatable", func(v string) error {
		evalSplits = append(evalSplits, v)
		return nil
	})
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	from = append(from, rest...)
	if *shared == "" {
		fmt.Fprintln(stderr, "sayso train ner: no shared data found; give --shared DIR or set SAYSO_SHARED")
		return exitFatal
	}
	var extra []conll.Document
	if len(from) > 0 {
		o, err := export.ParseOnly(*only)
		if err != nil {
			fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
			return exitFatal
		}
		var st export.Stats
		extra, st, err = recordsAsBIO(from, o, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
			return exitFatal
		}
		fmt.Fprintf(stderr, "sayso train ner: adding %d record(s) of %d (--only %s): %d sentences, %d entity mentions\n",
			st.Exported, st.Records, o, st.Units, st.Mentions)
		if st.Exported == 0 {
			fmt.Fprintln(stderr, "sayso train ner: no record counts; --only all takes unreviewed records as they are")
			return exitSomeBad
		}
	}
	var splits []corpus.Set
	for _, name := range evalSplits {
		s, err := loadSplit(*shared, name)
		if err != nil {
			fmt.Fprintf(stderr, "sayso train ner: --eval %s: %v\n", name, err)
			return exitFatal
		}
		splits = append(splits, s)
	}
	fmt.Fprintf(stderr, "sayso train ner: training from %s ...\n", *shared)
	m, rep, err := buildModel(*shared, extra)
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
	if len(splits) > 0 {
		before, err := model.Default()
		if err != nil {
			fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
			return exitFatal
		}
		for _, sp := range splits {
			fmt.Fprintf(stdout, "== %s (%d tokens, entity stage): shipped model -> new model\n", sp.Name, sp.Tokens())
			writeBeforeAfter(stdout, entities.NewWithModel(before).EvalBIO(sp.Docs), entities.NewWithModel(m).EvalBIO(sp.Docs))
		}
	}
	fmt.Fprintln(stderr, "sayso train ner: the binary embeds extractors/entities/model/ner.bin; to ship this model, write it there,"+
		" update model/recorded.go and MODEL.md with the scores above, and rebuild (see docs/entities.md)")
	return exitOK
}

// buildModel trains the entity model; a variable so that tests can train a
// small one.
var buildModel = model.BuildWith

// recordsAsBIO reads records and turns those that count into BIO documents
// with the CoNLL exporter, so that training sees them exactly as
// 'sayso export --format conll' writes them (the pipeline's own tokens).
func recordsAsBIO(paths []string, only export.Only, stderr io.Writer) ([]conll.Document, export.Stats, error) {
	var buf bytes.Buffer
	ex, err := export.New(export.CoNLL, &buf, export.Options{Only: only})
	if err != nil {
		return nil, export.Stats{}, err
	}
	in := export.OpenInputs(paths, nil)
	defer in.Close()
	for {
		rec, err := in.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "sayso train ner: %v\n", err)
			continue
		}
		if err := ex.Write(rec); err != nil {
			return nil, export.Stats{}, err
		}
	}
	if err := ex.Close(); err != nil {
		return nil, export.Stats{}, err
	}
	st := ex.Stats()
	for i, p := range st.Problems {
		if i == maxShownProblems {
			fmt.Fprintf(stderr, "sayso train ner: ... and %d more problem(s)\n", len(st.Problems)-i+st.MoreProblems)
			break
		}
		fmt.Fprintf(stderr, "sayso train ner: %s\n", p)
	}
	docs, err := conll.Read(&buf)
	return docs, st, err
}

// heldOutNames are the reporting splits --eval knows by name.
var heldOutNames = []string{"news-test", "ewt-test"}

// loadSplit reads the split --eval names: a BIO file, or a reporting split.
func loadSplit(shared, name string) (corpus.Set, error) {
	l := corpus.NewLoader(shared)
	switch name {
	case heldOutNames[0]:
		return l.NewsTest()
	case heldOutNames[1]:
		return l.EWTTest()
	}
	docs, err := conll.ReadFile(name)
	return corpus.Set{Name: name, Docs: docs}, err
}

// writeBeforeAfter prints two scores side by side.
func writeBeforeAfter(w io.Writer, before, after *eval.Score) {
	row := func(t string, b, a eval.Counts) {
		fmt.Fprintf(w, "entities %-3s P %.3f R %.3f F1 %.3f -> P %.3f R %.3f F1 %.3f (%+.3f)\n",
			t, b.P(), b.R(), b.F1(), a.P(), a.R(), a.F1(), a.F1()-b.F1())
	}
	for _, t := range eval.Types {
		row(t, *before.ByType[t], *after.ByType[t])
	}
	row("ALL", before.All(), after.All())
}

// entityModel loads the entity model in path (written by sayso train ner),
// or returns the shipped one when path is empty.
func entityModel(path string) (*tagger.Model, error) {
	if path == "" {
		return model.Default()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := model.Load(b)
	if err != nil {
		return nil, fmt.Errorf("%s: not an entity model written by sayso train ner: %w", path, err)
	}
	return m, nil
}
