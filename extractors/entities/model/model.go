// Package model ships the trained entity tagger inside the binary and says
// how to rebuild it. Default loads the embedded model once per process; the
// model is read-only and shared by all goroutines.
//
// ner.bin is rebuilt by `sayso train ner` (or Build), from the open data in
// shared/data/ner; MODEL.md beside it lists the data, licences and scores.
package model

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

//go:embed ner.bin
var embedded []byte

// Default returns the embedded model, loaded on first use.
var Default = sync.OnceValues(func() (*tagger.Model, error) {
	return Load(embedded)
})

// Load reads a model trained with the default gazetteer, building the
// gazetteer while the weights are read.
func Load(b []byte) (*tagger.Model, error) {
	lex := make(chan *gazetteer.Table, 1)
	go func() { lex <- gazetteer.Default() }()
	return tagger.LoadBytesWith(b, func() tagger.Lexicon { return <-lex })
}

// Embedded returns the bytes of the shipped model.
func Embedded() []byte { return embedded }

// Options are the settings the shipped model was trained with.
func Options(unlabelled []string) tagger.Options {
	return tagger.Options{
		Epochs:     10,
		Seed:       1,
		MinCount:   1,
		Lexicon:    gazetteer.Default(),
		Unlabelled: unlabelled,
		Classes:    64,
		Stacked:    true,
		Folds:      5,
		Bags:       3,
		Prune:      1000,
		Note:       "sayso entity tagger: corpus.Final (train+dev, GUM train x3), stacked (5 folds), 3 bags; word classes from PolNeAR train text",
	}
}

// GUMWeight is how many times GUM's training documents are repeated.
const GUMWeight = 3

// Report says what Build did.
type Report struct {
	Tokens     int // labelled training tokens (with repeats)
	Unlabelled int // unlabelled texts
	Duration   time.Duration
}

// Build trains the shipped model from the shared folder (see corpus for the
// data and splits). The same data always gives the same model bytes.
func Build(shared string) (*tagger.Model, Report, error) { return BuildWith(shared, nil) }

// BuildWith trains as Build does with extra labelled documents added to the
// training data: reviewed records exported as BIO (sayso train ner --from).
func BuildWith(shared string, extra []conll.Document) (*tagger.Model, Report, error) {
	start := time.Now()
	l := corpus.NewLoader(shared)
	l.GUMWeight = GUMWeight
	final, err := l.Final()
	if err != nil {
		return nil, Report{}, err
	}
	final.Docs = append(final.Docs[:len(final.Docs):len(final.Docs)], extra...)
	unl, err := corpus.Unlabelled(shared)
	if err != nil {
		return nil, Report{}, fmt.Errorf("unlabelled text: %w", err)
	}
	opt := Options(unl)
	if len(extra) > 0 {
		opt.Note += fmt.Sprintf(" + %d documents from records", len(extra))
	}
	opt.SelfTrainTexts = len(unl)
	// The labelled text also feeds the word classes (not self-training).
	opt.Unlabelled = append(append([]string(nil), unl...), corpus.Texts(final.Docs)...)
	m, err := tagger.Train(final.Docs, opt)
	if err != nil {
		return nil, Report{}, err
	}
	return m, Report{Tokens: final.Tokens(), Unlabelled: len(unl), Duration: time.Since(start)}, nil
}
