package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// listedPeople makes a person of a name of two or three capitalised words
// that the tagger typed a place or an organization where it stands in a
// list of people: right after a person named in full and ", ", " and " or
// ", and ", and closing its item (a comma, " and ", the sentence's end:
// "the deaths of Alton Sterling and Philando Castile;", "co-founders Opal
// Tometi, Alicia Garza and Patrisse Cullors were": the last item may be
// followed by a lower-case word). Not a name the lists
// know whole (New Hampshire, Fox News) nor one holding a place's or an
// organization's word or a demonym, nor one opening with a title or a
// word news writes in lower case, nor one before a possessive or a
// capitalised word (", New Jersey Gov. Chris Christie").
//
// A mention an earlier pass removed (End -1, not yet swept out by
// replaceMentions) is passed over: the item before is the last one left.
func (s *Stage) listedPeople(doc *pipeline.Document) {
	var buf [4]string
	p := -1 // the mention before, removed ones left out
	for k := range doc.Mentions {
		if doc.Mentions[k].End < 0 {
			continue
		}
		m := &doc.Mentions[k]
		prevK := p
		p = k
		if prevK < 0 {
			continue
		}
		prev := doc.Mentions[prevK]
		if m.Type == pipeline.Person || prev.Type != pipeline.Person || prev.End > m.Start {
			continue
		}
		last := false // the list's last item, after "and"
		switch doc.Text[prev.End:m.Start] {
		case ", ":
		case " and ", ", and ":
			last = true
		default:
			continue
		}
		if first, _, n := wordsOf(doc.Slice(prev.Span)); n < 2 || !s.givenName(first) && s.model.Capitalisation(first) < 5 {
			continue // a person named in full, by a given name or a word news always capitalises (Alton; not "Chips Ahoy")
		}
		text := doc.Slice(m.Span)
		ws := appendFields(buf[:0], text)
		if len(ws) < 2 || len(ws) > 3 || s.listed(text) || gazetteer.KnownOrgs().Lookup(ws...) != 0 {
			continue
		}
		if _, ok := institutions[text]; ok {
			continue
		}
		if !s.closesItem(doc.Text[m.End:], last) || extraTitles[ws[0]] || s.lowerWord(ws[0]) {
			continue
		}
		person := true
		for _, w := range ws {
			cls := s.gaz.Lookup(w)
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || cls.Has(gazetteer.OrgWord) || cls.Has(gazetteer.PlaceWord) || cls.Has(gazetteer.Title) || isDemonym(cls) ||
				orgHeadWords[w] || bodyWords[w] || outletWords[w] {
				person = false
				break
			}
		}
		if person {
			m.Type = pipeline.Person
		}
	}
}

// closesItem reports text that follows the last word of a list's item: a
// comma, a semicolon, a period, a closing bracket, " and ", or nothing; and
// after the list's last item also a word in lower case (", Alicia Garza and
// Patrisse Cullors were").
func (s *Stage) closesItem(after string, last bool) bool {
	if after == "" || strings.HasPrefix(after, " and ") || strings.HasPrefix(after, "\n") {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(after[min(1, len(after)-1):]); last && after[0] == ' ' && unicode.IsLower(r) {
		return true
	}
	switch after[0] {
	case ',', ';', ')':
		return true
	case '.':
		return len(after) == 1 || after[1] == ' ' || after[1] == '\n'
	}
	return false
}
