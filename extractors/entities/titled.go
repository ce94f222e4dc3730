package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// titledPeople makes a person of a name of two or three capitalised words
// right after a person's title or honorific and before a comma, a speech
// verb or the sentence's end ("a civil engineer, Engr. [Tunde Bakare],
// said", "Advocate [Sibusiso Ngcobo] told", "[Mrs Folake Ogunleye], the
// commissioner"), whatever the tagger typed it or when it missed it: the
// title says a person follows, whether or not the name tables know the
// given name (Yoruba, Zulu, Filipino, Māori names). An honorific is part
// of the mention, as elsewhere. Names the lists know as a place or an
// organization, names ending in an organization's word and names holding
// a title or a role ("Madam Deputy Speaker", "Chief Executive Ann Lee",
// which rolePeople reads) are left.
func (s *Stage) titledPeople(doc *pipeline.Document) {
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) || mostlyCapitalised(doc, sent) {
			continue // a headline's capitals say nothing ("Senator Endorsed Trump")
		}
		for a := max(sent.First, 1); a+1 < sent.Last; a++ {
			if !doc.Tokens[a].Is(pipeline.Capitalized) || !doc.Tokens[a+1].Is(pipeline.Capitalized) {
				continue
			}
			honorific, ok := s.titleBefore(doc, sent, a)
			if !ok || s.extraTitle2(doc, a-1) {
				continue // nor the second word of a title ("Datuk Seri Zafrul")
			}
			b := s.nameRun(doc, sent, a, 3)
			if b-a < 2 || b < sent.Last && s.word(doc, b) != "," && !speechVerbs[s.word(doc, b)] && (s.word(doc, b) != "." || b+1 < sent.Last) {
				continue // not "Rep. Raúl M. Grijalva" cut at its initial
			}
			var buf [3]string
			ws := buf[:0]
			titled := false
			for k := a; k < b; k++ {
				ws = append(ws, s.word(doc, k))
				titled = titled || s.titleAt(doc, k, b) > 0 || titleLeads[ws[len(ws)-1]] || personRoles[strings.ToLower(ws[len(ws)-1])]
			}
			cls := s.gaz.Lookup(ws...)
			last := s.gaz.Lookup(ws[len(ws)-1])
			if isPlace(cls) || cls.Has(gazetteer.OrgName) || cls.Has(gazetteer.Company) || cls.Has(gazetteer.NewsOrg) ||
				orgHeadWords[ws[len(ws)-1]] || last.Has(gazetteer.OrgWord) || titled || honorifics[ws[0]] ||
				notEntities[ws[0]] || isDemonym(s.gaz.Lookup(ws[0])) {
				continue
			}
			start := a
			if honorific && s.honorificsInMention {
				start = a - 1
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[start].Start, End: doc.Tokens[b-1].End}, pipeline.Person, &added)
			a = b
		}
	}
	replaceMentions(doc, added)
}

// titleBefore reports whether a person's title or honorific ends right
// before token a, and whether it is an honorific (Mr, Mrs., Dr). A title
// written with a period the tokenizer split off ("Engr" ".") counts, also
// where the segmenter took that period for a sentence's end.
func (s *Stage) titleBefore(doc *pipeline.Document, sent pipeline.Sentence, a int) (honorific, ok bool) {
	p := s.word(doc, a-1)
	if a == sent.First && p != "." {
		return false, false
	}
	if honorifics[p] {
		return p != "Sir" && p != "Dame", p != "Sir" && p != "Dame"
	}
	if p == "." && a-2 >= 0 && doc.Tokens[a-2].End == doc.Tokens[a-1].Start {
		p = s.word(doc, a-2) + "."
		return false, extraTitles[p] || s.gaz.Lookup(p).Has(gazetteer.Title)
	}
	if doc.Tokens[a-1].Kind != pipeline.Word {
		return false, false
	}
	return false, extraTitles[p] || s.gaz.Lookup(p).Has(gazetteer.Title)
}

// mostlyCapitalised reports a sentence written in title case, with final
// punctuation or without: at least three words of four or more letters,
// seven in ten of them capitalised.
func mostlyCapitalised(doc *pipeline.Document, sent pipeline.Sentence) bool {
	words, caps := 0, 0
	for _, t := range doc.Tokens[sent.First:sent.Last] {
		if t.Kind == pipeline.Word && t.Len() >= 4 {
			words++
			if t.Is(pipeline.Capitalized) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}
