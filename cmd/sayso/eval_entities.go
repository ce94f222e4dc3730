package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/eval"
	"github.com/sayso/sayso/extractors/entities/model"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

// runEvalEntities is "sayso eval entities" (args: what follows "entities").
func runEvalEntities(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval entities", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso eval entities --gold FILE [--articles FILE | --pred FILE | RECORDS] [--tagger]")
		fmt.Fprintln(stderr, "\nScores people, places and organizations by exact span and type (P/R/F1 per type).")
		fmt.Fprintln(stderr, "  --gold X.bio                 runs the entity stage on the gold tokens")
		fmt.Fprintln(stderr, "  --gold X.jsonl --articles A  runs sayso on the articles ({\"id\",\"text\"} JSONL)")
		fmt.Fprintln(stderr, "  --gold X.jsonl --pred P      scores existing records (YAML stream or JSONL); so does --gold X.jsonl P")
		fmt.Fprintln(stderr, "Gold JSONL: {\"id\", \"entities\": [{\"type\": \"PER|LOC|ORG\", \"start\", \"end\"}]}, code point offsets.\n\nFlags:")
		fs.PrintDefaults()
	}
	gold := fs.String("gold", "", "gold `FILE`: CoNLL-style .bio or JSONL")
	articles := fs.String("articles", "", "articles `FILE` (JSONL with id and text) to run sayso on")
	pred := fs.String("pred", "", "records `FILE` to score instead of running sayso")
	taggerOnly := fs.Bool("tagger", false, "with .bio gold: score the tagger alone, sentence by sentence, without the stage's rules")
	modelFile := fs.String("model", "", "with .bio gold: score the entity model in `FILE` (written by sayso train ner) instead of the shipped one")
	pos, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	// "sayso eval entities --gold G RECORDS", as "sayso eval quotes" reads.
	if len(pos) == 1 && *pred == "" && *articles == "" {
		*pred = pos[0]
	} else if len(pos) > 0 {
		fmt.Fprintf(stderr, "sayso eval entities: unexpected %q (records go in --pred FILE or alone after the flags)\n", strings.Join(pos, " "))
		return exitFatal
	}
	if *gold == "" {
		fs.Usage()
		return exitFatal
	}
	var (
		score   *eval.Score
		missing int
	)
	if strings.HasSuffix(*gold, ".jsonl") {
		score, missing, err = evalJSONL(*gold, *articles, *pred)
	} else {
		score, err = evalBIO(*gold, *taggerOnly, *modelFile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sayso eval entities: %v\n", err)
		return exitFatal
	}
	score.Write(stdout)
	fmt.Fprintf(stdout, "documents: %d, without a record: %d\n", score.Docs, missing)
	return exitOK
}

func evalBIO(path string, taggerOnly bool, modelFile string) (*eval.Score, error) {
	docs, err := conll.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := entityModel(modelFile)
	if err != nil {
		return nil, err
	}
	if taggerOnly {
		return model.Score(m, docs, false), nil
	}
	return entities.NewWithModel(m).EvalBIO(docs), nil
}

func evalJSONL(goldPath, articles, predPath string) (*eval.Score, int, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, 0, err
	}
	gold, err := eval.ReadJSONL(f)
	f.Close()
	if err != nil {
		return nil, 0, err
	}
	var pred []eval.Doc
	switch {
	case predPath != "":
		pf, err := os.Open(predPath)
		if err != nil {
			return nil, 0, err
		}
		recs, err := pipeline.ReadRecords(pf)
		pf.Close()
		if err != nil {
			return nil, 0, err
		}
		for _, r := range recs {
			d := eval.Doc{ID: r.ID}
			for _, e := range r.Entities {
				for _, m := range e.Mentions {
					d.Entities = append(d.Entities, eval.Entity{Type: e.Type, Start: m.Start, End: m.End})
				}
			}
			pred = append(pred, d)
		}
	case articles != "":
		p, err := extractors.New()
		if err != nil {
			return nil, 0, err
		}
		r := ingest.Open([]string{articles}, ingest.DefaultOptions())
		defer r.Close()
		for {
			a, ok := r.Next()
			if !ok {
				break
			}
			if a.Err != nil {
				continue
			}
			doc := pipeline.NewDocument(a.ID, a.Text)
			p.Run(doc)
			pred = append(pred, eval.Doc{ID: a.ID, Entities: entities.Entities(doc)})
		}
	default:
		return nil, 0, errors.New("JSONL gold needs --articles or --pred")
	}
	s, missing := eval.Docs(gold, pred)
	return s, missing, nil
}
