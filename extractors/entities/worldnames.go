package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// surnameFirst finds the surname of a name written surname first (Chinese,
// Korean, Vietnamese, Hungarian order) where it stands alone: the first
// word of a person's full name is a surname when the article writes it
// after an honorific ("Xi Jinping … Mr. Xi said"), or when the tagger
// found it alone as a person or it opens a sentence as a subject
// ("Prabowo, a former general, said"; subjectCue) and the lists know it
// as no given name. Then
// "Mr. Xi" and every lone capitalised "Xi" not inside a mention (a
// headline's "Xi and von der Leyen clash") are that person. The tagger
// misses them: a two-letter word, a surname it takes for a given name.
// Not a word news mostly writes in lower case ("He" of He Lifeng).
// spreadNames spreads surnames in the English order (the last word).
func (s *Stage) surnameFirst(doc *pipeline.Document) {
	var firsts map[string]bool // first words of people's full names
	for _, m := range doc.Mentions {
		if m.Type != pipeline.Person {
			continue
		}
		first, _, n := wordsOf(nameOf(doc.Slice(m.Span)))
		if n < 2 || n > 3 || len(first) < 2 || !hasUpper(first[:1]) || initial(first) {
			continue
		}
		if firsts == nil {
			firsts = map[string]bool{}
		}
		firsts[first] = true
	}
	if firsts == nil {
		return
	}
	toks := doc.Tokens
	var surnames map[string]bool
	confirm := func(w string) {
		if c := s.model.Capitalisation(w); c != 0 && c < 4 {
			return // a word news mostly writes in lower case ("Mr. He" of He Lifeng; "He said")
		}
		if surnames == nil {
			surnames = map[string]bool{}
		}
		surnames[w] = true
	}
	for i := 0; i+1 < len(toks); i++ {
		if w := s.word(doc, i+1); firsts[w] && honorifics[s.word(doc, i)] && !titledHonorifics[s.word(doc, i)] {
			confirm(w) // "Mr. Xi"
		}
	}
	for _, sent := range doc.Sentences {
		if w := s.word(doc, sent.First); firsts[w] && sent.First+1 < sent.Last && s.subjectCue(doc, sent, sent.First+1) &&
			!s.gaz.Lookup(w).Has(gazetteer.FirstName) {
			confirm(w) // "Prabowo, a former general, said"
		}
	}
	for _, m := range doc.Mentions {
		if w := doc.Slice(m.Span); m.Type == pipeline.Person && firsts[w] && !s.gaz.Lookup(w).Has(gazetteer.FirstName) {
			confirm(w) // the tagger's lone "Wang"
		}
	}
	if surnames == nil {
		return
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			t := toks[i]
			if t.Kind != pipeline.Word || !surnames[s.word(doc, i)] || overlapsAny(doc.Mentions, t.Span) ||
				i+1 < sent.Last && toks[i+1].Is(pipeline.Capitalized) && toks[i+1].Kind == pipeline.Word {
				continue // not the first word of the full name, nor "Xi Jinping Thought"
			}
			sp := t.Span
			if i > sent.First && honorifics[s.word(doc, i-1)] && !titledHonorifics[s.word(doc, i-1)] {
				if s.honorificsInMention {
					sp.Start = toks[i-1].Start // "[Mr. Xi] said"
				}
			} else if i > sent.First && toks[i-1].Is(pipeline.Capitalized) && toks[i-1].Kind == pipeline.Word && s.titleAt(doc, i-1, i) == 0 {
				continue // inside a run of capitals the tagger left ("Xi Road")
			}
			added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Person, Entity: -1})
		}
	}
	replaceMentions(doc, added)
}

// postNominals are the letters British, Irish, Commonwealth and Nigerian
// news writes after a person's name: silks (KC, QC, SC, SAN), members of
// parliaments (MP, MEP, MSP, MLA, TD) and orders (OBE, CBE, MBE, KBE, DBE).
// Hand-written by the sayso developers from general knowledge of the usage
// (round 25).
var postNominals = set("KC", "QC", "SC", "SAN", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "CBE", "MBE", "KBE", "DBE")

// postNominalsOff leaves the letters after a person's name of two words or
// more out of the mention, as titles before it are: "[Michael Mansfield]
// KC", "[Diane Abbott] MP". Whichever rule read the run of capitals, the
// letters are no surname ("KC" alone is no person).
func (s *Stage) postNominalsOff(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type != pipeline.Person || m.End < 0 {
			continue
		}
		name := doc.Slice(m.Span)
		sp := strings.LastIndexByte(name, ' ')
		if sp < 0 || !postNominals[name[sp+1:]] || strings.IndexByte(strings.TrimSpace(name[:sp]), ' ') < 0 {
			continue
		}
		m.End = m.Start + len(strings.TrimRight(name[:sp], " "))
	}
}
