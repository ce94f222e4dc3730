// Package extractors assembles sayso's default pipeline from its stages, in
// an explicit order: segment (paragraphs, sentences, tokens), entities
// (people, places, organizations), quotes (direct, mixed and indirect
// quotes and their speakers).
package extractors

import (
	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/tagger"
	"github.com/sayso/sayso/extractors/quotes"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// New builds the default pipeline. Models and tables are loaded here, once;
// the pipeline is then shared by every worker.
func New() (*pipeline.Pipeline, error) {
	ents, err := entities.New()
	if err != nil {
		return nil, err
	}
	return with(ents)
}

// NewWithEntityModel builds the default pipeline with another entity model
// than the shipped one (one written by sayso train ner).
func NewWithEntityModel(m *tagger.Model) (*pipeline.Pipeline, error) {
	return with(entities.NewWithModel(m))
}

func with(ents *entities.Stage) (*pipeline.Pipeline, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	return pipeline.New(seg, ents, quotes.New()), nil
}
