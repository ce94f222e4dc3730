package entities

import (
	"sort"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Sports clubs in football reports (docs/entities-history.md, "Round 13"): a club
// named after its town and a word its short name keeps ("Castlemoor City",
// called "City"), and a player's former club after a transfer's cue
// ("signed from Fluminense"). The tagger reads both as places.

// transferCues come before a player's former club: "signed from
// Fluminense", "joined from Ajax", "on loan from Benfica". Hand-written
// from football reporting.
var transferCues = [][]string{{"signed", "from"}, {"joined", "from"}, {"loan", "from"}, {"arrived", "from"},
	{"signing", "from"}}

// clubTails end clubs' names and are the short name a club goes by
// ("Castlemoor City" is "City", "Alderton United" "United"). Hand-written
// from British football's club names.
var clubTails = set("City", "United", "Town", "County", "Athletic", "Albion", "Rovers", "Rangers", "Wanderers",
	"Harriers", "Villa", "Hotspur")

// clubs retypes as organizations, in an article that names a club (a
// one-word organization standing for a club that another mention's last
// word is, or a name ending in a club's word: "Harbridge Rovers"):
//   - a place of two or more words ending in a club's short name
//     (clubTails) that the article uses alone, at least twice, as an
//     organization ("Castlemoor City" beside "City remain top"), unless a
//     place's preposition comes before it ("in Mexico City") or the lists
//     know the whole name as a place;
//   - a one-word place right after a transfer's cue ("signed from
//     [Fluminense]").
func (s *Stage) clubs(doc *pipeline.Document) {
	short := map[string]int{} // one-word organizations, as written
	club := false
	for _, m := range doc.Mentions {
		if m.End < 0 || m.Type != pipeline.Organization {
			continue
		}
		text := doc.Slice(m.Span)
		if !strings.Contains(text, " ") {
			short[text]++
		} else if clubWords[lastWord(text)] || lastWord(text) == "FC" {
			club = true
		}
	}
	retype := func(m *pipeline.Mention) {
		m.Type = pipeline.Organization
		club = true
	}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.End < 0 || m.Type != pipeline.Place {
			continue
		}
		text := doc.Slice(m.Span)
		if last := lastWord(text); strings.Contains(text, " ") && clubTails[last] && short[last] >= 2 && !s.afterPreposition(doc, m.Start) &&
			!isPlace(s.gaz.Lookup(strings.Fields(text)...)) {
			retype(m)
		}
	}
	if !club {
		return
	}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.End < 0 || m.Type != pipeline.Place || strings.Contains(doc.Slice(m.Span), " ") {
			continue
		}
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.Start })
		for _, c := range transferCues {
			if i >= len(c) && s.wordsAt(doc, i-len(c), c) {
				m.Type = pipeline.Organization
				break
			}
		}
	}
}
