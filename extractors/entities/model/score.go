package model

import (
	"github.com/sayso/sayso/extractors/entities/conll"
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
