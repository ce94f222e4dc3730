package entities

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// pluralKinds are the plurals of data/orgkinds.txt's kinds of organization
// ("insurers", "companies"), which open a list of them.
var pluralKinds = func() map[string]bool {
	out := map[string]bool{"corporations": true}
	for k := range orgKinds {
		switch {
		case strings.HasSuffix(k, "y") && !strings.HasSuffix(k, "ey"):
			out[k[:len(k)-1]+"ies"] = true // company, charity
		default:
			out[k+"s"] = true
		}
	}
	return out
}()

// kindLists makes organizations of a list of names right after a plural
// kind of organization in lower case, or after the kind and "such as",
// "like" or "including": "Health insurers [Cigna], [Aetna], [Humana] and
// [UnitedHealth Group]", "Drug companies such as [Pfizer], … and [Eli
// Lilly]" (round 25: the tagger typed such one-off companies people and
// places). A list has two names or more, joined by commas and a final
// "and" or "or"; a name is one to three capitalised words, or two joined
// by "&" ("Johnson & Johnson"). A list holding a name the lists know as a
// place, a month or a demonym, or a name ending in a word of a person's
// full name in the article ("the lobbying firms Manafort and Gates worked
// with"), is left whole.
func (s *Stage) kindLists(doc *pipeline.Document) {
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i+2 < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || t.Is(pipeline.Capitalized) || !pluralKinds[s.word(doc, i)] {
				continue
			}
			a := i + 1
			switch w := s.word(doc, a); {
			case w == "such" && a+1 < sent.Last && s.word(doc, a+1) == "as":
				a += 2
			case w == "like" || w == "including":
				a++
			}
			var items []pipeline.Span
			ok, closed := true, false
			for a < sent.Last && ok && !closed {
				b := s.nameRun(doc, sent, a, 3)
				if b == a {
					ok = false
					break
				}
				if b+1 < sent.Last && s.word(doc, b) == "&" && doc.Tokens[b+1].Is(pipeline.Capitalized) {
					b = s.nameRun(doc, sent, b+1, 2) // "Johnson & Johnson"
				}
				first := s.gaz.Lookup(s.word(doc, a))
				if isPlace(s.gaz.Lookup(s.word(doc, a))) || first.Has(gazetteer.TimeWord) || first.Has(gazetteer.Demonym) || first.Has(gazetteer.Title) ||
					notEntities[s.word(doc, a)] || monthWords[s.word(doc, a)] {
					ok = false
					break
				}
				items = append(items, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End})
				// the separator: ",", ", and", "and", "or"
				switch {
				case b < sent.Last && s.word(doc, b) == "," && b+1 < sent.Last && (s.word(doc, b+1) == "and" || s.word(doc, b+1) == "or"):
					a, closed = b+2, true
				case b < sent.Last && s.word(doc, b) == ",":
					a = b + 1
				case b < sent.Last && (s.word(doc, b) == "and" || s.word(doc, b) == "or"):
					a, closed = b+1, true
				default:
					ok = false // no list goes on here ("insurers Cigna said")
				}
				if closed {
					c := s.nameRun(doc, sent, a, 3)
					if c == a {
						ok = false
						break
					}
					if c+1 < sent.Last && s.word(doc, c) == "&" && doc.Tokens[c+1].Is(pipeline.Capitalized) {
						c = s.nameRun(doc, sent, c+1, 2)
					}
					if isPlace(s.gaz.Lookup(s.word(doc, a))) || notEntities[s.word(doc, a)] || monthWords[s.word(doc, a)] {
						ok = false
						break
					}
					items = append(items, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[c-1].End})
				}
			}
			if !ok || !closed || len(items) < 2 {
				continue
			}
			if s.namesPeople(doc, items) {
				continue // "one of the lobbying firms Manafort and Gates worked with"
			}
			for _, sp := range items {
				setMention(doc, sp, pipeline.Organization, &added)
			}
		}
	}
	replaceMentions(doc, added)
}

// namesPeople reports whether the last word of one of the list's items is a
// word of a person's full name the article writes outside the list.
func (s *Stage) namesPeople(doc *pipeline.Document, items []pipeline.Span) bool {
	list := pipeline.Span{Start: items[0].Start, End: items[len(items)-1].End}
	var ws []string
	for _, m := range doc.Mentions {
		if m.End < 0 || m.Type != pipeline.Person || m.Start >= list.Start && m.End <= list.End {
			continue
		}
		if ws = appendFields(ws[:0], doc.Slice(m.Span)); len(ws) < 2 {
			continue
		}
		for _, sp := range items {
			name := doc.Text[sp.Start:sp.End]
			if slices.Contains(ws, name[strings.LastIndexByte(name, ' ')+1:]) {
				return true
			}
		}
	}
	return false
}
