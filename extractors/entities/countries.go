package entities

import (
	"sort"
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// countryPlaces makes a place of a country's name that the tagger typed an
// organization or a person where the country acts ("[Belgium] failed to
// discover a cell", "the German state next to [Belgium]"): the news gold
// tags a country as a place whatever it does, as statePlaces does for a US
// state. Not in a sports story, where a country's name is its team, nor for
// a word of a person's full name in the article (Chad Daniels, Jordan), nor
// for the end or start of a longer name the tagger cut ("Priorities [USA]",
// "[USA] Today").
func (s *Stage) countryPlaces(doc *pipeline.Document) {
	var personWords map[string]bool
	sport := -1
	var buf [4]string
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type == pipeline.Place {
			continue
		}
		ws := appendFields(buf[:0], doc.Slice(m.Span))
		if !s.gaz.Lookup(ws...).Has(gazetteer.Country) {
			continue
		}
		if personWords == nil {
			personWords = map[string]bool{}
			for _, o := range doc.Mentions {
				if _, _, n := wordsOf(doc.Slice(o.Span)); o.Type == pipeline.Person && n > 1 {
					for w := range strings.FieldsSeq(doc.Slice(o.Span)) {
						personWords[w] = true
					}
				}
			}
		}
		if sport < 0 {
			sport = 0
			if s.sportContext(doc) {
				sport = 1
			}
		}
		if sport == 1 || len(ws) == 1 && personWords[ws[0]] || s.gluedToName(doc, m.Span) {
			continue
		}
		m.Type = pipeline.Place
	}
}

// gluedToName reports a span with a capitalised word right before or after
// it: a part of a longer name.
func (s *Stage) gluedToName(doc *pipeline.Document, sp pipeline.Span) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= sp.Start })
	j := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= sp.End })
	capWord := func(k int) bool {
		return k >= 0 && k < len(doc.Tokens) && doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.Capitalized)
	}
	return capWord(i-1) && doc.Tokens[i-1].End+1 >= sp.Start || capWord(j) && doc.Tokens[j].Start <= sp.End+1
}
