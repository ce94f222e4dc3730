package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// divisionWords name a country's or a state's divisions in lower case
// before "of" and the division's name ("the canton of Zug", "the province
// of Alberta", "the town of Hart"). Hand-written from news usage; not
// "state" ("the State of [Virginia]" is a title's, docs/entities.md
// doubtful case 10) nor "city" ("the city of Brotherly Love").
var divisionWords = set("canton", "province", "region", "county", "town", "village", "district", "prefecture",
	"municipality", "island", "department")

// divisions makes a place of a run of one to three capitalised words after
// a division's word and "of" ("the canton of [Zug]"), whatever the tagger
// typed it, unless a mention reaches outside the run or the lists know the
// run as an organization.
func (s *Stage) divisions(doc *pipeline.Document) {
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) || titleCase(doc, sent) {
			continue
		}
		for i := sent.First; i+2 < sent.Last; i++ {
			if !divisionWords[s.word(doc, i)] || s.word(doc, i+1) != "of" {
				continue
			}
			a := i + 2
			if doc.Tokens[a].Is(pipeline.AllCaps) {
				continue
			}
			b := s.nameRun(doc, sent, a, 4)
			if n := b - a; n < 1 || n > 3 {
				continue
			}
			var buf [3]string
			ws := buf[:0]
			for k := a; k < b; k++ {
				ws = append(ws, s.word(doc, k))
			}
			if gazetteer.KnownOrgs().Lookup(ws...) != 0 {
				continue // "the province of Twitter", a militant group's joke
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Place, &added)
		}
	}
	replaceMentions(doc, added)
}

// governmentWords follow a place that stands for its government ("the
// Delhi government", "U.S. government securities").
var governmentWords = set("government", "governments", "government's")

// placeGovernments makes a place of an organization mention the lists know
// as a place right before "government": the place names whose government
// it is, as a place's name before any noun (docs/entities.md, doubtful case
// 3).
func (s *Stage) placeGovernments(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type != pipeline.Organization || m.End < 0 {
			continue
		}
		rest := doc.Text[m.End:]
		w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
		if !strings.HasPrefix(rest, " ") || !governmentWords[strings.TrimRight(w, ".,;:")] {
			continue
		}
		if isPlace(s.gaz.Lookup(strings.Fields(doc.Slice(m.Span))...)) {
			m.Type = pipeline.Place
		}
	}
}
