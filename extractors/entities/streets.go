package entities

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// streetWords end the name of a street, a square or a tower ("Mill
// Street", "Hawthorn Road", "Parnell Square"; "Trump Tower", "the Eiffel
// Tower", added in round 23). Not Lane, Way or Drive, which are also
// surnames or words of other names ("Diane Lane"). Hand-written by the
// sayso developers from general knowledge of local news.
var streetWords = set("Street", "Road", "Avenue", "Boulevard", "Square", "Crescent", "Terrace", "Tower", "Towers")

// ordinal reports a number written as an ordinal in figures ("42nd",
// "5th"), which names a street before a street's word ("42nd Street").
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for _, c := range []byte(w[:n-2]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// streetOpeners are words that open a sentence before a street's name but
// are no part of it ("No Wall Street bank", "Along Mill Street").
var streetOpeners = set("No", "But", "And", "Or", "So", "Yet", "On", "In", "At", "Near", "From", "Off", "Along", "Across", "Down", "Up", "Outside")

// streets makes a place of one or two capitalised words and a street's word
// ("Traders on [Mill Street]"), whatever the tagger typed them or missed,
// and an organization of a town's chamber of commerce ("the [Ballykeel
// Chamber of Commerce]"); not where a mention reaches outside the name
// ("the Wall Street Journal") or a capitalised word goes on after it.
func (s *Stage) streets(doc *pipeline.Document) {
	var added []pipeline.Mention
	capWord := func(k int) bool {
		return doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.Capitalized) && !doc.Tokens[k].Is(pipeline.AllCaps)
	}
	for sent := range runningText(doc) {
		for i := sent.First; i < sent.Last; i++ {
			w := s.word(doc, i)
			typ, end := pipeline.NoType, i+1
			switch {
			case streetWords[w]:
				typ = pipeline.Place
			case w == "Chamber" && i+2 < sent.Last && s.word(doc, i+1) == "of" && s.word(doc, i+2) == "Commerce":
				typ, end = pipeline.Organization, i+3
			default:
				continue
			}
			a := i
			for a-1 >= sent.First && i-(a-1) <= 2 && capWord(a-1) && !sentenceDeterminers[s.word(doc, a-1)] && !streetWords[s.word(doc, a-1)] {
				a--
			}
			// Not a word news writes in lower case ("But Wall Street", "No
			// Wall Street"), nor a hyphenated name before ("the Dodd-Frank
			// Wall Street reform").
			for a < i && (strings.Contains(s.word(doc, a), "-") || streetOpeners[s.word(doc, a)] || s.model.Capitalisation(s.word(doc, a)) == 1 || s.model.Capitalisation(s.word(doc, a)) == 2) {
				a++
			}
			if a == i && a-1 >= sent.First && typ == pipeline.Place && w != "Tower" && w != "Towers" && ordinal(s.word(doc, a-1)) {
				a-- // "42nd Street"
			}
			if a == i || end < sent.Last && capWord(end) || a-1 >= sent.First && strings.Contains(s.word(doc, a-1), "-") {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[end-1].End}, typ, &added)
			i = end - 1
		}
	}
	if len(added) > 0 {
		replaceMentions(doc, added)
	}
}
