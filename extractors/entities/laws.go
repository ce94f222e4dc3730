package entities

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// lawHeads end the names of laws and treaties, which the news gold, like
// the seed, does not annotate ("the Affordable Care Act", "the Freedom of
// Information Act", "the Trans-Pacific Partnership"). "Pact" is left out:
// "the Warsaw Pact" was an alliance, a body. "Partnership" ends a treaty's
// name only with a trade word in it or an acronym defined after it; bodies
// are named so too ("the Partnership for Public Service").
var lawHeads = set("Act", "Agreement", "Treaty", "Accord", "Partnership")

// laws drops the mentions of laws and treaties, and of their acronyms the
// article defines in brackets right after the name ("the Freedom of
// Information Act (FOIA)", "the Trans-Pacific Partnership (TPP)"), wherever
// the acronym stands (round 22). The tagger and the organization rules read
// such a name, and still more its acronym in capitals, as a body.
func (s *Stage) laws(doc *pipeline.Document) {
	var acronyms []string
	toks := doc.Tokens
	for i := 2; i+1 < len(toks); i++ {
		if s.word(doc, i-1) != "(" || s.word(doc, i+1) != ")" || !toks[i].Is(pipeline.AllCaps) || len(s.word(doc, i)) < 2 {
			continue
		}
		if head := s.word(doc, i-2); lawHeads[head] && toks[i-2].Is(pipeline.Capitalized) {
			acronyms = append(acronyms, s.word(doc, i))
		}
	}
	dropped := false
	for k, m := range doc.Mentions {
		text := doc.Slice(m.Span)
		if slices.Contains(acronyms, text) || s.lawName(doc, text, acronyms) {
			doc.Mentions[k].End = -1
			dropped = true
		}
	}
	if dropped {
		replaceMentions(doc, nil)
	}
}

// lawName reports a mention's text that names a law or a treaty: two or
// more words, the last a law's head, a "Partnership" only with "Trade" or
// "Pacific" in the name (the Trans-Pacific Partnership) or an acronym
// defined after it in the article.
func (s *Stage) lawName(doc *pipeline.Document, text string, acronyms []string) bool {
	_, last, n := wordsOf(text)
	if n < 2 || !lawHeads[last] {
		return false
	}
	if last != "Partnership" {
		return true
	}
	if strings.Contains(text, "Trade") || strings.Contains(text, "Pacific") {
		return true
	}
	for _, a := range acronyms {
		if strings.Contains(doc.Text, text+" ("+a+")") {
			return true
		}
	}
	return false
}
