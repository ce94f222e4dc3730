// Package extractors assembles sayso's default pipeline from its stages, in
// an explicit order: segment (paragraphs, sentences, tokens), entities
// (people, places, organizations), quotes (direct, mixed and indirect
// quotes and their speakers).
package extractors

import (
	"cmp"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/tagger"
	"github.com/sayso/sayso/extractors/quotes"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// New builds the default pipeline. Models and tables are loaded here, once;
// the pipeline is then shared by every worker.
func New() (*pipeline.Pipeline, error) { return NewWithConfig(Config{}) }

// Config chooses what differs from the default pipeline.
type Config struct {
	// EntityModel replaces the shipped entity model (one written by sayso
	// train ner) when not nil.
	EntityModel *tagger.Model
	// Quotes are the quote stage's options; the zero Config uses
	// quotes.DefaultOptions.
	Quotes *quotes.Options
}

// NewWithConfig builds the default pipeline with the changes cfg asks for.
// The sentence segmenter and the entity model load at the same time: they
// are most of a run's start-up, and independent.
func NewWithConfig(cfg Config) (*pipeline.Pipeline, error) {
	var (
		seg    *segment.Segmenter
		segErr error
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		seg, segErr = segment.New()
	}()
	var ents *entities.Stage
	var entErr error
	if cfg.EntityModel != nil {
		ents = entities.NewWithModel(cfg.EntityModel)
	} else {
		ents, entErr = entities.New()
	}
	<-done
	if err := cmp.Or(entErr, segErr); err != nil {
		return nil, err
	}
	qopt := quotes.DefaultOptions()
	if cfg.Quotes != nil {
		qopt = *cfg.Quotes
	}
	return pipeline.New(seg, ents, quotes.NewWithOptions(qopt)), nil
}

// NewWithEntityModel builds the default pipeline with another entity model
// than the shipped one (one written by sayso train ner).
func NewWithEntityModel(m *tagger.Model) (*pipeline.Pipeline, error) {
	return NewWithConfig(Config{EntityModel: m})
}
