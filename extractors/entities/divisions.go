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
// doubtful case 10), "city" ("the city of Brotherly Love") or "department"
// (the US "departments of State and Defense").
var divisionWords = set("canton", "province", "region", "county", "town", "village", "district", "prefecture",
	"municipality", "island")

// divisionPlurals name several divisions, whose names follow joined by
// commas and "and" ("the regions of Piura and Lambayeque").
var divisionPlurals = set("cantons", "provinces", "regions", "counties", "towns", "villages", "districts",
	"prefectures", "municipalities", "islands")

// divisions makes a place of a run of one to three capitalised words after
// a division's word and "of" ("the canton of [Zug]"), and of each run after
// a plural's ("the districts of [Kasese], [Kabarole] and [Bundibugyo]"),
// whatever the tagger typed it, unless a mention reaches outside the run.
func (s *Stage) divisions(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i+2 < sent.Last; i++ {
			if s.word(doc, i+1) != "of" { // the cheap test first: this runs on every word
				continue
			}
			w := s.word(doc, i)
			plural := divisionPlurals[w]
			if !divisionWords[w] && !plural {
				continue
			}
			for a := i + 2; a < sent.Last; {
				b := s.divisionName(doc, sent, a, &added)
				if !plural || b < 0 || b+1 >= sent.Last {
					break
				}
				if sep := s.word(doc, b); sep == "and" || sep == "," && s.word(doc, b+1) == "and" {
					a = b + 1
					if sep == "," {
						a++
					}
				} else if sep == "," {
					a = b + 1
				} else {
					break
				}
			}
		}
	}
	replaceMentions(doc, added)
}

// divisionName makes a place of the run of one to three capitalised words
// at token a, unless it is in capitals or the lists know it as an
// organization ("the province of Twitter", a militant group's joke); it
// returns the run's end, or -1 if there is no such run.
func (s *Stage) divisionName(doc *pipeline.Document, sent pipeline.Sentence, a int, added *[]pipeline.Mention) int {
	if doc.Tokens[a].Is(pipeline.AllCaps) {
		return -1
	}
	b := s.nameRun(doc, sent, a, 4)
	if n := b - a; n < 1 || n > 3 {
		return -1
	}
	var buf [3]string
	ws := buf[:0]
	for k := a; k < b; k++ {
		ws = append(ws, s.word(doc, k))
	}
	if gazetteer.KnownOrgs().Lookup(ws...) != 0 {
		return -1
	}
	setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Place, added)
	return b
}

// governmentWords follow a place that stands for its government ("the
// Delhi government", "U.S. government securities").
var governmentWords = set("government", "governments", "government's")

// governorWords follow a state whose governor is meant ("the Lagos State
// governor").
var governorWords = set("governor", "governor's", "governors", "governorship")

// placeGovernments makes a place of an organization mention the lists know
// as a place right before "government" or "governor": the place names
// whose government it is, as a place's name before any noun
// (docs/entities.md, doubtful case 3). So does a place and "State", as
// Nigerian and Indian news name their states ("the Lagos State
// governor"); capitalised ("Lagos State Government") the name goes on and
// is the organization's.
func (s *Stage) placeGovernments(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type != pipeline.Organization || m.End < 0 {
			continue
		}
		rest := doc.Text[m.End:]
		w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
		w = strings.TrimRight(w, ".,;:")
		if !strings.HasPrefix(rest, " ") || !governmentWords[w] && !governorWords[w] {
			continue
		}
		ws := strings.Fields(doc.Slice(m.Span))
		if isPlace(s.gaz.Lookup(ws...)) || len(ws) > 1 && ws[len(ws)-1] == "State" && isPlace(s.gaz.Lookup(ws[:len(ws)-1]...)) {
			m.Type = pipeline.Place
		}
	}
}

// seatCues end the words before a constituency's name in parliamentary
// news: "the Somerset seat of Wells", "the Tory MP for Wells", "Member of
// Parliament for Tooting", "the TD for Cork South-West". Hand-written from
// British, Irish and Australian usage; "member for" is left out ("a member
// for life").
var seatCues = [][]string{{"seat", "of"}, {"MP", "for"}, {"MPs", "for"}, {"MSP", "for"}, {"MLA", "for"},
	{"TD", "for"}, {"Parliament", "for"}}

// constituencies makes a place of a run of one to three capitalised words
// after a seat's cue ("the seat of [Wells]", "MP for [Wells]"), and of the
// same words wherever the tagger typed them a person in the article
// ("Tories hold [Wells]"), unless they are words of a person's full name
// here, a title or a person of more than one word is found in them (the
// seat a person held), or a list knows them as an organization. A constituency is named
// after its place.
func (s *Stage) constituencies(doc *pipeline.Document) {
	var added []pipeline.Mention
	seats := map[string]bool{}
	for sent := range runningText(doc) {
		for i := sent.First; i+2 < sent.Last; i++ {
			if w := s.word(doc, i+1); w != "of" && w != "for" { // the cheap test first
				continue
			}
			cue := false
			for _, c := range seatCues {
				cue = cue || s.wordsAt(doc, i, c)
			}
			if !cue || doc.Tokens[i+2].Is(pipeline.AllCaps) {
				continue
			}
			a := i + 2
			b := s.nameRun(doc, sent, a, 4)
			if n := b - a; n < 1 || n > 3 {
				continue
			}
			ws := make([]string, 0, b-a)
			for k := a; k < b; k++ {
				ws = append(ws, s.word(doc, k))
			}
			if gazetteer.KnownOrgs().Lookup(ws...) != 0 || s.titleAt(doc, a, b) > 0 {
				continue
			}
			sp := pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}
			if s.personNamed(doc, sp) {
				continue // the seat a person held: "the vacant seat of Justice Antonin Scalia"
			}
			setMention(doc, sp, pipeline.Place, &added)
			seats[doc.Slice(sp)] = true
		}
	}
	if len(seats) > 0 {
		personWords := fullNameWords(doc)
		for k := range doc.Mentions {
			m := &doc.Mentions[k]
			if m.End < 0 || m.Type != pipeline.Person {
				continue
			}
			if text := doc.Slice(m.Span); seats[text] && !personWords[text] {
				m.Type = pipeline.Place
			}
		}
	}
	replaceMentions(doc, added)
}

// personNamed reports whether a person's mention of more than one word
// overlaps sp.
func (s *Stage) personNamed(doc *pipeline.Document, sp pipeline.Span) bool {
	idx, _ := mentionsIn(doc, sp)
	for _, k := range idx {
		if m := doc.Mentions[k]; m.Type == pipeline.Person && strings.Contains(doc.Slice(m.Span), " ") {
			return true
		}
	}
	return false
}

// slashDatelines makes places of a dateline that names two or more places
// in capitals joined by slashes before its dash ("NAIROBI/MOMBASA — Talks
// …"), when each is a place the lists know or a word news writes
// capitalised (not "LIVE/UPDATE —").
func (s *Stage) slashDatelines(doc *pipeline.Document) {
	var added []pipeline.Mention
	var parts []pipeline.Span
	for _, sent := range doc.Sentences {
		if sent.Last-sent.First < 4 || !doc.Tokens[sent.First].Is(pipeline.AllCaps) || !s.paragraphOpens(doc, sent) {
			continue
		}
		parts = parts[:0]
		ok := true
		i := sent.First
		for ok {
			j := i
			var cased []string
			for j < sent.Last && doc.Tokens[j].Kind == pipeline.Word && doc.Tokens[j].Is(pipeline.AllCaps) {
				cased = append(cased, titleWord(s.word(doc, j)))
				j++
			}
			if j == i || j == sent.Last {
				ok = false
				break
			}
			c := s.model.Capitalisation(cased[0])
			ok = isPlace(s.gaz.Lookup(cased...)) || len(cased) == 1 && (c == 0 || c >= 4)
			parts = append(parts, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End})
			if s.word(doc, j) != "/" {
				ok = ok && doc.Tokens[j].Kind == pipeline.Dash && len(parts) >= 2
				break
			}
			i = j + 1
		}
		if !ok {
			continue
		}
		for _, sp := range parts {
			setMention(doc, sp, pipeline.Place, &added)
		}
	}
	replaceMentions(doc, added)
}
