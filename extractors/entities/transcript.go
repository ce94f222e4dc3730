package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/extractors/internal/turnlabel"
	"github.com/sayso/sayso/pipeline"
)

// Names in a transcript's turn labels (docs/entities-history.md, "Round 11"): a
// paragraph that opens with words in capitals and a colon, at least twice
// in the article, as extractors/quotes' findTranscript reads a transcript
// ("MAYOR DAVID LINWOOD: Thank you.", "LINWOOD: I don't know.", "SARAH
// KELLAWAY, CITY ENGINEER: …", "REPORTER (CHANNEL 7): …", "MODERATOR (JANE
// OKORO, COMMUNICATIONS DIRECTOR): …"). The tagger, which learnt names
// from their capitals, misses most of them.

// turnLabel is a transcript turn's label: the speaker's words [first, last)
// (titles included), the parenthesis' words [pFirst, pLast) (pFirst -1 if
// none).
type turnLabel struct {
	first, last   int
	pFirst, pLast int
}

// readTurnLabel reads the label that opens paragraph tokens [a, b) with
// package turnlabel's grammar, its speaker's words in capitals, and text
// after its colon. ok is false when the paragraph opens with no such label.
func (s *Stage) readTurnLabel(doc *pipeline.Document, a, b int) (turnLabel, bool) {
	l := turnlabel.Read(doc, a, b, func(k int) bool {
		return doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.AllCaps)
	})
	if l.NameEnd == a || l.Colon < 0 || l.Colon+1 >= b {
		return turnLabel{}, false
	}
	return turnLabel{first: a, last: l.NameEnd, pFirst: l.ParenFirst, pLast: l.ParenLast}, true
}

// transcriptLabels tags the names in a transcript's turn labels: two or
// three words after any titles that open with a known first name, or whose
// last word stands alone as another label, are a person ("MAYOR [DAVID
// LINWOOD]:", "(JANE OKORO, …)"); one word that is
// the last word of a person's name in the article is that person
// ("LINWOOD:"); a parenthesis whose words a list knows as an organization
// or that holds an outlet's word is an organization ("(CHANNEL 7)"). Roles
// ("MODERATOR:", "REPORTER") name no one and are left.
func (s *Stage) transcriptLabels(doc *pipeline.Document) {
	var labels []turnLabel
	for _, p := range doc.Paragraphs {
		if p.First >= p.Last {
			continue
		}
		if l, ok := s.readTurnLabel(doc, doc.Sentences[p.First].First, doc.Sentences[p.Last-1].Last); ok {
			labels = append(labels, l)
		}
	}
	if len(labels) < 2 {
		return
	}
	// Words that stand alone as a label: a surname ("MENON:").
	alone := map[string]bool{}
	for _, l := range labels {
		if l.last-l.first == 1 {
			alone[s.word(doc, l.first)] = true
		}
	}
	var added []pipeline.Mention
	person := func(a, b int) bool {
		first := a
		start := a // "DR. ANITA PRESCOTT": an honorific stays inside the mention
		for a < b-1 && (s.titleWordAt(doc, a) || honorifics[titleWord(s.word(doc, a))] || a > start && s.word(doc, a) == ".") {
			if !honorifics[titleWord(s.word(doc, a))] && s.word(doc, a) != "." {
				start = a + 1
			}
			a++
		}
		if start < a && s.word(doc, start) == "." {
			start = a
		}
		if n := b - a; n < 2 || n > 3 || s.titleWordAt(doc, b-1) {
			return false
		}
		if !s.gaz.Lookup(titleWord(s.word(doc, a))).Has(gazetteer.FirstName) && !alone[s.word(doc, b-1)] {
			return false
		}
		for k := a; k < b && a == first; k++ {
			// After a title the words are a person's, whatever else the
			// lists know them as ("DR. ANITA PRESCOTT": Prescott, Arizona).
			if cls := s.gaz.Lookup(titleWord(s.word(doc, k))); isPlace(cls) || isDemonym(cls) || cls.Has(gazetteer.OrgWord) {
				return false
			}
		}
		setMention(doc, pipeline.Span{Start: doc.Tokens[start].Start, End: doc.Tokens[b-1].End}, pipeline.Person, &added)
		return true
	}
	var single []turnLabel
	for _, l := range labels {
		if !person(l.first, l.last) {
			single = append(single, l)
		}
		if l.pFirst < 0 {
			continue
		}
		if e := s.nameRunCaps(doc, l.pFirst, l.pLast); (e == l.pLast || s.word(doc, e) == ",") && person(l.pFirst, e) {
			continue // "(JANE OKORO, COMMUNICATIONS DIRECTOR)", "(JANE OKORO)"
		}
		if s.outlet(doc, l.pFirst, l.pLast) {
			setMention(doc, pipeline.Span{Start: doc.Tokens[l.pFirst].Start, End: doc.Tokens[l.pLast-1].End}, pipeline.Organization, &added)
		}
	}
	replaceMentions(doc, added)
	// "LINWOOD:" after "MAYOR DAVID LINWOOD:" or "Mayor David Linwood said".
	surnames := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Person {
			if name := nameOf(pipeline.CleanName(doc.Slice(m.Span))); strings.Contains(name, " ") {
				surnames[strings.ToUpper(lastWord(name))] = true
			}
		}
	}
	added = added[:0]
	for _, l := range single {
		if l.last-l.first == 1 && surnames[s.word(doc, l.first)] {
			setMention(doc, doc.Tokens[l.first].Span, pipeline.Person, &added)
		}
	}
	replaceMentions(doc, added)
}

// titleWordAt reports whether token i, read with an initial capital, is a
// title ("MAYOR", "SEN.").
func (s *Stage) titleWordAt(doc *pipeline.Document, i int) bool {
	w := titleWord(s.word(doc, i))
	return s.gaz.Lookup(w).Has(gazetteer.Title) || extraTitles[w]
}

// nameRunCaps returns the end of the run of words in capitals from token i
// before end.
func (s *Stage) nameRunCaps(doc *pipeline.Document, i, end int) int {
	for i < end && doc.Tokens[i].Kind == pipeline.Word && doc.Tokens[i].Is(pipeline.AllCaps) {
		i++
	}
	return i
}
