package entities

import (
	_ "embed"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Parties of Westminster-style parliaments by their short names
// (docs/entities-history.md, "Round 13"): "the Tories", "Reform UK", and, in an
// article that names such a party, "the Conservatives", "Reform", "the
// Coalition".

//go:embed data/parties.txt
var partiesTxt string

// partyNames are the names of data/parties.txt as word lists, by their
// first word; a name is ambiguous (kind alsoparty) when US news also uses
// the word for other things.
var partyNames = parsePartyNames(partiesTxt)

type partyName struct {
	words     []string
	ambiguous bool
}

func parsePartyNames(s string) map[string][]partyName {
	out := map[string][]partyName{}
	for _, l := range strings.Split(s, "\n") {
		kind, name, ok := strings.Cut(l, "\t")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		ws := strings.Fields(name)
		out[ws[0]] = append(out[ws[0]], partyName{ws, kind == "alsoparty"})
	}
	return out
}

// parties makes an organization of each party name of the table that stands
// alone in running text, replacing what the tagger found inside it ("Her
// [Reform UK] rival", where the tagger saw the place UK). An ambiguous name
// counts only in an article where an unambiguous one stands, and not as a
// sentence's first word. A mention reaching outside the name (a longer
// name) is left as it is, unless it is only parties and "and".
func (s *Stage) parties(doc *pipeline.Document) {
	s.partyInitials(doc)
	type hit struct {
		first, last int
		ambiguous   bool
	}
	var hits []hit
	anchored := false
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i < sent.Last; i++ {
			if doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			for _, p := range partyNames[s.word(doc, i)] {
				j := i + len(p.words)
				if j > sent.Last || !s.wordsAt(doc, i, p.words) || !s.standsAlone(doc, sent, i, j) && !s.afterOpening(doc, sent, i, j) {
					continue
				}
				if p.ambiguous && (i == sent.First || onlyPunctBefore(doc, sent, i)) {
					continue
				}
				hits = append(hits, hit{i, j, p.ambiguous})
				anchored = anchored || !p.ambiguous
				i = j - 1
				break
			}
		}
	}
	if !anchored {
		return
	}
	// a mention the tagger made of two parties and "and" between them
	// ("[the Greens and the Coalition]") is the two parties
	for k, m := range doc.Mentions {
		if m.End < 0 {
			continue
		}
		n, pos := 0, m.Start
		for _, h := range hits {
			if doc.Tokens[h.first].Start < m.Start || doc.Tokens[h.last-1].End > m.End {
				continue
			}
			if gap := strings.TrimSpace(doc.Text[pos:doc.Tokens[h.first].Start]); n > 0 && gap != "and" && gap != "and the" && gap != "," {
				break
			}
			n, pos = n+1, doc.Tokens[h.last-1].End
		}
		if n >= 2 && pos == m.End {
			doc.Mentions[k].End = -1
		}
	}
	var added []pipeline.Mention
	for _, h := range hits {
		sp := pipeline.Span{Start: doc.Tokens[h.first].Start, End: doc.Tokens[h.last-1].End}
		setMention(doc, sp, pipeline.Organization, &added)
	}
	if len(added) > 0 {
		replaceMentions(doc, added)
	}
}

// afterOpening reports whether tokens [i, j) stand alone after a
// sentence's first word, which is a word news mostly writes in lower case
// ("Her [Reform UK] rival").
func (s *Stage) afterOpening(doc *pipeline.Document, sent pipeline.Sentence, i, j int) bool {
	if i-1 < sent.First || !(i-1 == sent.First || onlyPunctBefore(doc, sent, i-1)) {
		return false
	}
	if c := s.model.Capitalisation(s.word(doc, i-1)); c != 1 && c != 2 {
		return false
	}
	return s.standsAlone(doc, sent, i-1, j)
}

// partyInitials are the initials Irish and British local papers put in
// brackets after a councillor's or a member's name ("Cllr Siobhán Dunne
// (FF)", "Cllr Tom Hart (Lab)"). Hand-written by the sayso developers from
// general knowledge of Irish and British local reporting; alone, most of
// them are other things (SF for San Francisco), so they count only there.
var partyInitials = set("FF", "FG", "SF", "Lab", "Con", "LD", "SDLP")

// partyInitials makes an organization of party initials alone in brackets
// right after a person's mention.
func (s *Stage) partyInitials(doc *pipeline.Document) {
	var added []pipeline.Mention
	person := func(end int) bool {
		for _, m := range doc.Mentions {
			if m.End == end && m.Type == pipeline.Person {
				return true
			}
		}
		return false
	}
	for i := 1; i+2 < len(doc.Tokens); i++ {
		if s.word(doc, i) != "(" || s.word(doc, i+2) != ")" || !partyInitials[s.word(doc, i+1)] || !person(doc.Tokens[i-1].End) {
			continue
		}
		setMention(doc, doc.Tokens[i+1].Span, pipeline.Organization, &added)
	}
	if len(added) > 0 {
		replaceMentions(doc, added)
	}
}

// usPartyMembers are the words US news names a party's members by, which
// the guideline makes the party (an organization).
var usPartyMembers = set("Democrats", "Republicans", "Dems", "GOP")

// stateParties splits a mention of a state's party members in two: the
// state, a place, and the members, the party ("[Nevada] [Democrats] met",
// round 23), as the news gold writes them; a movement before the members
// is no name ("Tea Party [Republicans]"). A chamber's members stay one
// body ("Senate Republicans"), as any other name before them.
func (s *Stage) stateParties(doc *pipeline.Document) {
	var added []pipeline.Mention
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		text := doc.Slice(m.Span)
		cut := strings.LastIndexByte(text, ' ')
		if cut < 0 || !usPartyMembers[text[cut+1:]] {
			continue
		}
		head := text[:cut]
		party := pipeline.Mention{Span: pipeline.Span{Start: m.Start + cut + 1, End: m.End}, Type: pipeline.Organization, Entity: -1}
		switch {
		case stateNames[head]:
			added = append(added, pipeline.Mention{Span: pipeline.Span{Start: m.Start, End: m.Start + cut}, Type: pipeline.Place, Entity: -1}, party)
		case head == "Tea Party":
			added = append(added, party)
		default:
			continue
		}
		m.End = -1
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}
