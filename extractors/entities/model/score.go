package model

import (
	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/eval"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

// Score tags the gold documents with m and scores exact spans per type.
// With consistency, whole documents are tagged with TagDocument.
func Score(m *tagger.Model, gold []conll.Document, consistency bool) *eval.Score {
	return eval.BIODocs(gold, func(d conll.Document) [][]string {
		sents := make([][]string, len(d.Sentences))
		out := make([][]tagger.Label, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
			out[i] = make([]tagger.Label, len(s.Tokens))
		}
		if consistency {
			m.TagDocument(sents, out)
		} else {
			for i, s := range sents {
				m.Tag(s, out[i])
			}
		}
		tags := make([][]string, len(out))
		for i, ls := range out {
			tags[i] = make([]string, len(ls))
			for j, l := range ls {
				tags[i][j] = l.String()
			}
		}
		return tags
	})
}

// HeldOut scores m (sentence by sentence) on the reporting splits: the
// held-out news-like split and UNER English-EWT test.
func HeldOut(m *tagger.Model, shared string) ([]corpus.Set, []*eval.Score, error) {
	l := corpus.NewLoader(shared)
	var sets []corpus.Set
	var scores []*eval.Score
	for _, load := range []func() (corpus.Set, error){l.NewsTest, l.EWTTest} {
		s, err := load()
		if err != nil {
			return nil, nil, err
		}
		sets = append(sets, s)
		scores = append(scores, Score(m, s.Docs, false))
	}
	return sets, scores, nil
}
