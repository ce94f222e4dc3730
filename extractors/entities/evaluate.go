package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/eval"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// FromTokens builds a document from already tokenized sentences, as the
// segment stage would have: the tokens joined by spaces, one sentence a
// line, with token kinds and case flags set. It lets the entity stage run on
// gold tokenization (BIO files).
func FromTokens(id string, sents [][]string) *pipeline.Document {
	var b strings.Builder
	var toks []pipeline.Token
	var ss []pipeline.Sentence
	for si, words := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		first := len(toks)
		start := b.Len()
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			t := pipeline.Token{Span: pipeline.Span{Start: b.Len(), End: b.Len() + len(w)}}
			b.WriteString(w)
			t.Kind, t.Flags = segment.Classify(w)
			if i == 0 {
				t.Flags |= pipeline.SentStart
				if si == 0 {
					t.Flags |= pipeline.ParaStart
				}
			}
			toks = append(toks, t)
		}
		ss = append(ss, pipeline.Sentence{Span: pipeline.Span{Start: start, End: b.Len()}, First: first, Last: len(toks)})
	}
	doc := pipeline.NewDocument(id, b.String())
	doc.Tokens = toks
	doc.Sentences = ss
	doc.Paragraphs = []pipeline.Paragraph{{Span: pipeline.Span{Start: 0, End: b.Len()}, First: 0, Last: len(ss)}}
	return doc
}

// EvalBIO runs the stage on the gold documents' own tokens and scores its
// mentions against the gold spans, exactly, per type. It follows the BIO
// data's conventions (honorifics outside mentions).
func (s *Stage) EvalBIO(gold []conll.Document) *eval.Score {
	s = s.WithBIOConventions()
	return eval.BIODocs(gold, func(d conll.Document) [][]string {
		sents := make([][]string, len(d.Sentences))
		for i, sent := range d.Sentences {
			sents[i] = sent.Tokens
		}
		doc := FromTokens("gold", sents)
		if err := s.Process(doc); err != nil {
			doc.Mentions = nil
		}
		return MentionTags(doc)
	})
}

// MentionTags writes a document's mentions back as BIO2 tags per sentence,
// over its tokens. A mention that does not start and end on token
// boundaries covers the tokens it touches.
func MentionTags(doc *pipeline.Document) [][]string {
	out := make([][]string, len(doc.Sentences))
	for i, sent := range doc.Sentences {
		out[i] = make([]string, sent.Last-sent.First)
		for j := range out[i] {
			out[i][j] = "O"
		}
	}
	for _, m := range doc.Mentions {
		typ := map[pipeline.EntityType]string{pipeline.Person: "PER", pipeline.Place: "LOC", pipeline.Organization: "ORG"}[m.Type]
		if typ == "" {
			continue
		}
		for si, sent := range doc.Sentences {
			if !sent.Overlaps(m.Span) {
				continue
			}
			first := true
			for k := sent.First; k < sent.Last; k++ {
				if doc.Tokens[k].Overlaps(m.Span) {
					if first {
						out[si][k-sent.First] = "B-" + typ
						first = false
					} else {
						out[si][k-sent.First] = "I-" + typ
					}
				}
			}
		}
	}
	return out
}

// Entities lists a document's mentions as scored entities with code point
// offsets, as in gold JSONL.
func Entities(doc *pipeline.Document) []eval.Entity {
	ix := pipeline.NewRuneIndex(doc.Text)
	out := make([]eval.Entity, 0, len(doc.Mentions))
	for _, m := range doc.Mentions {
		a, b := ix.Span(m.Span)
		out = append(out, eval.Entity{Type: m.Type.String(), Start: a, End: b})
	}
	return out
}
