package entities

import (
	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// describedPeople makes a person of a name of two or three capitalised
// words followed by a comma and a description whose head is a person's
// role ("Glen Park, a spokesman for the utility,", "Jordan Hill, the
// mayor, said", "said Dallas Green, its chief executive."), whatever the
// tagger typed it (a place, most often: the lists know Glen Park and Jordan
// Hill as places): a place or a firm takes no such appositive. Only a run
// the tagger found whole, or one that opens with a given name; not when the
// name ends in an organization's word or opens with a title or a word news
// writes in lower case ("But", "Earlier"), nor a description that is a
// clause's subject ("Springfield, the mayor said, …").
func (s *Stage) describedPeople(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i+3 < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || i > sent.First && doc.Tokens[i-1].Is(pipeline.Capitalized) {
				continue
			}
			b := s.nameRun(doc, sent, i, 3)
			if b-i < 2 || b+2 >= sent.Last || s.word(doc, b) != "," || !s.roleAppositive(doc, sent, b+1) {
				i = b - 1
				continue
			}
			first, last := s.word(doc, i), s.word(doc, b-1)
			sp := pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[b-1].End}
			if orgHeadWords[last] || s.gaz.Lookup(last).Has(gazetteer.OrgWord) || extraTitles[first] || s.gaz.Lookup(first).Has(gazetteer.Title) ||
				sentenceDeterminers[first] || notEntities[first] || s.lowerWord(first) || !s.givenName(first) && !s.mentionAt(doc, sp) {
				i = b - 1
				continue
			}
			setMention(doc, sp, pipeline.Person, &added)
			i = b - 1
		}
	}
	replaceMentions(doc, added)
}

// appositiveClosers end a role's appositive: a comma, the sentence's end,
// a complement's preposition or a relative pronoun.
var appositiveClosers = set(",", ".", "for", "of", "at", "with", "in", "who", "and")

// roleAppositive reports a description at token k that a determiner or a
// possessive opens and a person's role heads within four words, the role
// followed by an appositive's closer and not by a verb ("a spokesman for
// the utility,", "the mayor,", "its chief executive.").
func (s *Stage) roleAppositive(doc *pipeline.Document, sent pipeline.Sentence, k int) bool {
	switch s.word(doc, k) {
	case "a", "an", "the", "its", "his", "her", "their":
	default:
		return false
	}
	for j := k + 1; j < sent.Last && j-k <= 4; j++ {
		t := doc.Tokens[j]
		if t.Kind != pipeline.Word || t.Is(pipeline.Capitalized) {
			return false
		}
		w := s.word(doc, j)
		if personRoles[w] || staffNouns[w] || s.gaz.Lookup(w).Has(gazetteer.Title) {
			return j+1 < sent.Last && appositiveClosers[s.word(doc, j+1)]
		}
	}
	return false
}

// mentionAt reports a mention of any type at exactly sp.
func (s *Stage) mentionAt(doc *pipeline.Document, sp pipeline.Span) bool {
	idx, _ := mentionsIn(doc, sp)
	return len(idx) == 1 && doc.Mentions[idx[0]].Span == sp
}
