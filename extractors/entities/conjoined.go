package entities

import (
	"sort"
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// conjoinedNames splits a mention that runs over "and" between two names
// into the two: the tagger and the organization rules read "Republicans and
// Democrats", "the Border Patrol and the Drug Enforcement Administration"
// or "Quinnipiac and Fox News" as one body, though the news gold names each
// (round 22). A mention is split at the first "and", among those a
// capitalised word follows (after "the" or not; a lower-case word after an
// "and" leaves the mention whole), when
//   - "the" follows it ("[Britain] and the [European Union]"): names of
//     bodies seldom hold "and the";
//   - or the words on both sides are each a name on their own: a
//     mention of the article with that text, or a place, company,
//     organization or outlet the lists know ("[Quinnipiac] and [Fox
//     News]"), but not a region's first word alone (regionAdjectives:
//     "Central and South Asia"), which keeps "Office of Management and
//     Budget" and "Port Authority of New York and New Jersey" whole;
//   - or, when a lone month or weekday comes before it, it loses that word
//     ("almost July and [Congress]").
//
// Each part keeps the mention's type, unless it is a place the lists know
// or the article names it elsewhere with another type.
func (s *Stage) conjoinedNames(doc *pipeline.Document) {
	var added []pipeline.Mention
	n := len(doc.Mentions)
	for k := 0; k < n; k++ {
		m := doc.Mentions[k]
		if !strings.Contains(doc.Slice(m.Span), " and ") {
			continue
		}
		first := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.Start })
		last := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.End })
		for a := first + 1; a+1 < last; a++ {
			if s.word(doc, a) != "and" {
				continue
			}
			b := a + 1
			the := s.word(doc, b) == "the"
			if the {
				b++
			}
			if b >= last || !doc.Tokens[b].Is(pipeline.Capitalized) {
				break
			}
			left := pipeline.Span{Start: m.Start, End: doc.Tokens[a-1].End}
			right := pipeline.Span{Start: doc.Tokens[b].Start, End: m.End}
			switch {
			case a == first+1 && s.gaz.Lookup(s.word(doc, first)).Has(gazetteer.TimeWord):
				added = append(added, pipeline.Mention{Span: right, Type: s.partType(doc, right, m), Entity: -1})
			case the || s.nameOnItsOwn(doc, left, m.Span) && s.nameOnItsOwn(doc, right, m.Span):
				added = append(added,
					pipeline.Mention{Span: left, Type: s.partType(doc, left, m), Entity: -1},
					pipeline.Mention{Span: right, Type: s.partType(doc, right, m), Entity: -1})
			default:
				continue
			}
			doc.Mentions[k].End = -1
			break
		}
	}
	if len(added) > 0 {
		replaceMentions(doc, added)
	}
}

// regionAdjectives open the names of regions and places ("Central Asia",
// "North Carolina"): before "and" they share the name after it.
var regionAdjectives = set("Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
	"Upper", "Lower", "Greater", "Inner", "Outer", "Middle", "Northeast", "Northwest", "Southeast", "Southwest")

// nameOnItsOwn reports whether the text of sp is a name by itself: the text
// of a mention of the article other than the one at whole, or a place,
// company, organization or outlet the lists know.
func (s *Stage) nameOnItsOwn(doc *pipeline.Document, sp, whole pipeline.Span) bool {
	text := doc.Slice(sp)
	for _, m := range doc.Mentions {
		if m.End >= 0 && m.Span != whole && doc.Slice(m.Span) == text {
			return true
		}
	}
	if _, ok := institutions[text]; ok {
		return true
	}
	var buf [8]string
	ws := appendFields(buf[:0], text)
	if gazetteer.KnownOrgs().Lookup(ws...) != 0 {
		return true
	}
	if len(ws) == 1 && regionAdjectives[text] {
		return false // "Central and South Asia", "North and South Carolina"
	}
	cls := s.gaz.Lookup(ws...)
	return isPlace(cls) || cls.Has(gazetteer.Company) || cls.Has(gazetteer.OrgName) || cls.Has(gazetteer.NewsOrg)
}

// partType returns the type of a part of the joined mention m: a place the
// lists know is a place, a name the article gives elsewhere keeps that
// type, and any other part keeps m's.
func (s *Stage) partType(doc *pipeline.Document, sp pipeline.Span, m pipeline.Mention) pipeline.EntityType {
	text := doc.Slice(sp)
	for _, o := range doc.Mentions {
		if o.End >= 0 && o.Span != m.Span && doc.Slice(o.Span) == text {
			return o.Type
		}
	}
	var buf [8]string
	if isPlace(s.gaz.Lookup(appendFields(buf[:0], text)...)) {
		return pipeline.Place
	}
	return m.Type
}
