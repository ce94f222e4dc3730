package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// sportWords say an article is about a sport: three different ones make
// a sports context. Hand-written from match reports and interviews.
var sportWords = set("match", "matches", "league", "referee", "referees", "penalty", "goal", "goals", "fixture",
	"fixtures", "captain", "captained", "striker", "midfielder", "defender", "goalkeeper", "half-time", "kick-off",
	"pitch", "stadium", "season", "derby", "cup", "playoff", "playoffs", "innings", "wicket", "try", "tries",
	"footballer", "footballers", "games")

// sportContext reports an article about a sport: three different
// sportWords in it, alone or as a part of a hyphened word
// ("footballer-turned-pundit").
func (s *Stage) sportContext(doc *pipeline.Document) bool {
	sport := map[string]bool{}
	for i := range doc.Tokens {
		w := s.word(doc, i)
		if sportWords[w] {
			sport[w] = true
		} else if strings.Contains(w, "-") {
			for part := range strings.SplitSeq(w, "-") {
				if sportWords[part] {
					sport[part] = true
				}
			}
		}
	}
	return len(sport) >= 3
}

// matchWords stand between two teams: "Harrogate against Selby",
// "Leeds v Hull".
var matchWords = set("against", "v", "v.", "vs", "vs.", "versus")

// townTeams makes organizations of two teams named by their towns that a
// match's word joins ("Harrogate against Selby, a wet Sunday"), in a
// sports context (sportWords), and of the same words where the article
// writes them alone elsewhere ("who captained Selby for years"), whatever
// the tagger typed them: a town's name stands for its team in sport. Each
// side is one capitalised word with none beside it, not a country or a
// region, a title, a demonym, nor the last word of a person
// the article names in full ("Forsyth against Ellery" are players), and
// not both first names ("Jordan against Morgan").
func (s *Stage) townTeams(doc *pipeline.Document, sport bool) {
	if !sport {
		return
	}
	surnames := map[string]bool{}
	for _, m := range doc.Mentions {
		if _, last, n := wordsOf(doc.Slice(m.Span)); m.Type == pipeline.Person && n >= 2 {
			surnames[last] = true
		}
	}
	side := func(sent pipeline.Sentence, i int) bool {
		if i < sent.First || i >= sent.Last {
			return false
		}
		t := doc.Tokens[i]
		if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) {
			return false
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= sent.First && j < sent.Last && doc.Tokens[j].Kind == pipeline.Word && doc.Tokens[j].Is(pipeline.Capitalized) {
				return false
			}
		}
		w := s.word(doc, i)
		cls := s.gaz.Lookup(w)
		return !cls.Has(gazetteer.Country) && !cls.Has(gazetteer.Region) &&
			!cls.Has(gazetteer.Title) && !isDemonym(cls) && !cls.Has(gazetteer.TimeWord) && !notEntities[w] &&
			!extraTitles[w] && !surnames[w]
	}
	teams := map[string]bool{}
	for _, sent := range doc.Sentences {
		for i := sent.First + 1; i+1 < sent.Last; i++ {
			if matchWords[s.word(doc, i)] && side(sent, i-1) && side(sent, i+1) && !(s.firstName(doc, i-1) && s.firstName(doc, i+1)) {
				teams[s.word(doc, i-1)] = true
				teams[s.word(doc, i+1)] = true
			}
		}
	}
	if len(teams) == 0 {
		return
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			if teams[s.word(doc, i)] && side(sent, i) {
				setMention(doc, doc.Tokens[i].Span, pipeline.Organization, &added)
			}
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// firstName reports a word at token i that the lists know as a first name.
func (s *Stage) firstName(doc *pipeline.Document, i int) bool {
	return s.gaz.Lookup(s.word(doc, i)).Has(gazetteer.FirstName)
}

// clubTeams makes organizations, in a sports context (sportContext), of
// a place of two or more words ending in a club's word ("played for
// [Stockport County]", "travel to [Ashby Town]"), unless the lists know
// the whole name as a place; and of the club's town standing alone
// where the article names the club in full ("[Castleton]'s first goal"
// beside "Castleton United"), whether the tagger made it a place, a
// person or nothing: in sport a town stands for its club, as in
// townTeams. Not after a place's preposition ("in Manchester" stays a
// place), next to another capitalised word, nor the surname of a person
// the article names in full.
func (s *Stage) clubTeams(doc *pipeline.Document, sport bool) {
	if !sport {
		return
	}
	towns := map[string]bool{}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.End < 0 || (m.Type != pipeline.Place && m.Type != pipeline.Organization) {
			continue
		}
		text := doc.Slice(m.Span)
		first, last, n := wordsOf(text)
		if n < 2 || !clubTails[last] {
			continue
		}
		if m.Type == pipeline.Place {
			if isPlace(s.gaz.Lookup(strings.Fields(text)...)) {
				continue
			}
			m.Type = pipeline.Organization
		}
		if n == 2 {
			towns[first] = true
		}
	}
	if len(towns) == 0 {
		return
	}
	surnames := map[string]bool{}
	for _, m := range doc.Mentions {
		if _, last, n := wordsOf(doc.Slice(m.Span)); m.End >= 0 && m.Type == pipeline.Person && n >= 2 {
			surnames[last] = true
		}
	}
	capital := func(i int) bool {
		t := doc.Tokens[i]
		return t.Kind == pipeline.Word && t.Is(pipeline.Capitalized)
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			w := s.word(doc, i)
			if !towns[w] || surnames[w] || (i > sent.First && capital(i-1)) || (i+1 < sent.Last && capital(i+1)) ||
				s.afterPreposition(doc, doc.Tokens[i].Start) {
				continue
			}
			sp := doc.Tokens[i].Span
			idx, _ := mentionsIn(doc, sp)
			if len(idx) > 1 || len(idx) == 1 && (doc.Mentions[idx[0]].Span != sp || doc.Mentions[idx[0]].Type == pipeline.Organization) {
				continue
			}
			setMention(doc, sp, pipeline.Organization, &added)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// clubPrefixes open the names of continental European and American clubs
// ("AC Milan", "FC Porto", "Real Madrid", "Borussia Dortmund"); clubSuffixes
// end them ("Valencia CF", "Chelsea FC"). Hand-written from football
// reporting; "US" is left out (the US Army).
var (
	clubPrefixes = set("AC", "AS", "SS", "FC", "CF", "AFC", "RC", "RCD", "SL", "CD", "SC", "SV", "VfB", "VfL", "TSG",
		"Inter", "Real", "Atletico", "Atlético", "Sporting", "Olympique", "Borussia", "Dynamo", "Dinamo", "Deportivo", "Racing")
	clubSuffixes = set("FC", "CF", "AFC", "SC")
)

// prefixClubs makes an organization of a club's prefix and the one or two
// capitalised words after it ("AC Milan", "AS Roma"; a prefix that is a
// word only before a place or in a sports story: "Inter Milan", "Atletico
// Madrid"), or, in a sports story, of a capitalised word and a club's
// suffix ("Valencia CF"), whatever the tagger made of the parts (a place,
// a person).
func (s *Stage) prefixClubs(doc *pipeline.Document, sport bool) {
	capital := func(i int) bool {
		t := doc.Tokens[i]
		return t.Kind == pipeline.Word && t.Is(pipeline.Capitalized)
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i+1 < sent.Last; i++ {
			var a, b int
			switch w := s.word(doc, i); {
			case capital(i+1) && clubPrefixes[w] && !clubPrefixes[s.word(doc, i+1)] && (i == sent.First || !capital(i-1)):
				// A prefix that is a word ("Real", "Inter") only before a
				// place or in a sports story: not "Real GDP".
				if !doc.Tokens[i].Is(pipeline.AllCaps) && !isPlace(s.gaz.Lookup(s.word(doc, i+1))) && !sport {
					continue
				}
				a, b = i, s.nameRun(doc, sent, i+1, 2)
			case capital(i) && clubSuffixes[s.word(doc, i+1)] && (i == sent.First || !capital(i-1)) && sport:
				a, b = i, i+2
			default:
				continue
			}
			if setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Organization, &added) {
				i = b - 1
			}
		}
	}
	replaceMentions(doc, added)
}
