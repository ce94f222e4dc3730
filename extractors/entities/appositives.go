package entities

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// Rules for names the tagger misses or mistypes that the words around them
// explain (docs/entities.md, "A second, blind set"): a name in apposition to
// a person's role ("Its director, Aoife Duggan, said") is a person; a name
// in apposition to a kind of organization ("Kindling, a San Francisco
// startup,") is an organization wherever it stands alone; a run of
// capitalised words ending in an organization's word ("Northgate
// Ventures", "The Four Day Week Foundation") is an organization.

var (
	//go:embed data/roles.txt
	rolesTxt string
	//go:embed data/orgkinds.txt
	orgKindsTxt string

	personRoles = lines(rolesTxt)
	orgKinds    = lines(orgKindsTxt)
)

// nameRun returns the end of the run of capitalised words that starts at
// token i, at most max words long, within the sentence.
func (s *Stage) nameRun(doc *pipeline.Document, sent pipeline.Sentence, i, max int) int {
	j := i
	for j < sent.Last && j-i < max && doc.Tokens[j].Kind == pipeline.Word && doc.Tokens[j].Is(pipeline.Capitalized) {
		j++
	}
	return j
}

// mentionsIn returns the indexes of the document's mentions that overlap
// sp, and whether one of them reaches outside it.
func mentionsIn(doc *pipeline.Document, sp pipeline.Span) (idx []int, outside bool) {
	for k, m := range doc.Mentions {
		if m.End < 0 || m.Start >= sp.End || sp.Start >= m.End {
			continue
		}
		idx = append(idx, k)
		if m.Start < sp.Start || m.End > sp.End {
			outside = true
		}
	}
	return idx, outside
}

// setMention makes sp a mention of type typ: it replaces the mentions
// inside it, unless one reaches outside it or one of typ already stands
// there; it reports whether it changed anything.
func setMention(doc *pipeline.Document, sp pipeline.Span, typ pipeline.EntityType, added *[]pipeline.Mention) bool {
	idx, outside := mentionsIn(doc, sp)
	if outside {
		return false
	}
	if len(idx) == 1 && doc.Mentions[idx[0]].Span == sp && doc.Mentions[idx[0]].Type == typ {
		return false
	}
	for _, k := range idx {
		doc.Mentions[k].End = -1
	}
	*added = append(*added, pipeline.Mention{Span: sp, Type: typ, Entity: -1})
	return true
}

// rolePeople makes a person of a name of two or three capitalised words
// set off by commas after a person's role ("Its director,
// Aoife Duggan, says", "His son, Michael Penhale, recalled"), or by a
// comma and the sentence's final period ("and his spokeswoman, Hope
// Hicks."), or right
// after it and before a comma, a speech verb or an auxiliary ("Hotel owner
// Reto Amstutz, whose family …", "captain Kwesi Appiah-Kubi would miss"),
// whatever the tagger typed it: the role says it is a
// person. Names the lists know as a place or an organization are left.
func (s *Stage) rolePeople(doc *pipeline.Document) {
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i+2 < sent.Last; i++ {
			// A name follows the role, after a comma or not: the cheap
			// test first, as this runs on every word.
			if !doc.Tokens[i+1].Is(pipeline.Capitalized) && !doc.Tokens[i+2].Is(pipeline.Capitalized) || !s.personRole(doc, sent, i) {
				continue
			}
			a := i + 1
			comma := s.word(doc, a) == ","
			if comma {
				a++
			}
			b := s.nameRun(doc, sent, a, 3)
			if b-a < 2 || b >= sent.Last {
				continue
			}
			var buf [3]string
			ws := buf[:0]
			for k := a; k < b; k++ {
				ws = append(ws, s.word(doc, k))
			}
			next := s.word(doc, b)
			closes := next == "," || next == "." && b == sent.Last-1 // "and his spokeswoman, Hope Hicks."
			if comma && !closes || !comma && next != "," && !speechVerbs[next] && !auxiliaries[next] && !s.givenNameFirst(doc, sent, a, b, ws) {
				continue
			}
			cls := s.gaz.Lookup(ws...)
			if isPlace(cls) || cls.Has(gazetteer.OrgName) || cls.Has(gazetteer.Company) || cls.Has(gazetteer.NewsOrg) ||
				orgHeadWords[ws[len(ws)-1]] || s.gaz.Lookup(ws[len(ws)-1]).Has(gazetteer.OrgWord) || extraTitles[ws[0]] || s.gaz.Lookup(ws[0]).Has(gazetteer.Title) {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Person, &added)
			i = b
		}
	}
	replaceMentions(doc, added)
}

// givenNameFirst reports a name of two words after a role in lower case
// whose first word the lists know as a given name and nothing else, and
// whose second is no common word ("sacked manager Dean Corrigan after"),
// whatever follows it.
func (s *Stage) givenNameFirst(doc *pipeline.Document, sent pipeline.Sentence, a, b int, ws []string) bool {
	if b-a != 2 || doc.Tokens[a-1].Is(pipeline.Capitalized) || !s.gaz.Lookup(ws[0]).Has(gazetteer.FirstName) || notEntities[ws[1]] {
		return false
	}
	c := s.model.Capitalisation(ws[1])
	return c == 0 || c >= 4
}

// personRole reports a person's role at token i: a role noun in lower case
// ("Its director, Aoife Duggan,"), or capitalised as the last word of a
// title after a title's first word ("Chief Executive Annika Holmqvist
// told", "Managing Director Tom Lee said").
func (s *Stage) personRole(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	w := s.word(doc, i)
	if personRoles[w] {
		return true
	}
	t := doc.Tokens[i]
	if !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || i == sent.First {
		return false
	}
	if p := s.word(doc, i-1); !titleLeads[p] && !extraTitles[p] && !s.gaz.Lookup(p).Has(gazetteer.Title) {
		return false // not "the Every Student Succeeds Act"
	}
	return personRoles[strings.ToLower(w)]
}

// titleLeads begin a title whose last word is a role ("Chief Executive",
// "Managing Director", "Deputy Editor"). Hand-written from news usage.
var titleLeads = set("Chief", "Managing", "Executive", "Deputy", "Senior", "Assistant", "Associate", "Vice", "Acting",
	"Interim", "Creative", "Artistic", "National", "Regional", "Editorial", "General")

// auxiliaries may follow a person's name right after a role, as the
// verb's first word ("captain Kwesi Appiah-Kubi would miss the match").
var auxiliaries = set("would", "will", "has", "had", "is", "was", "could", "can", "should", "must", "may", "might")

// speechVerbs may follow a person's name right after a role ("Hotel owner
// Reto Amstutz said").
var speechVerbs = set("said", "says", "told", "added", "wrote", "recalled")

// appositiveOrgs makes an organization of a one-word name set off by a
// comma before "a" or "an" and a kind of organization within four words
// ("Kindling, a San Francisco startup whose app …", "Streamline, the
// streaming service,"), and of every other place the article writes the
// word alone, capitalised and not joined to another capitalised word.
func (s *Stage) appositiveOrgs(doc *pipeline.Document) {
	var names []string
	var personWords map[string]bool
	for _, sent := range doc.Sentences {
		for i := sent.First; i+3 < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || s.word(doc, i+1) != "," {
				continue
			}
			if i > sent.First && doc.Tokens[i-1].Kind == pipeline.Word && doc.Tokens[i-1].Is(pipeline.Capitalized) && i-1 != sent.First {
				continue // the end of a longer name
			}
			if d := strings.ToLower(s.word(doc, i+2)); d != "a" && d != "an" {
				continue
			}
			kind := false
			for k := i + 3; k < sent.Last && k <= i+7; k++ {
				if orgKinds[s.word(doc, k)] {
					// The kind must head the phrase: "a former bank executive"
					// is a person.
					kind = k+1 >= sent.Last || !personHeads(s.word(doc, k+1))
					break
				}
				if doc.Tokens[k].Kind != pipeline.Word {
					break
				}
			}
			w := s.word(doc, i)
			cls := s.gaz.Lookup(w)
			if !kind || isPlace(cls) || cls.Has(gazetteer.FirstName) || cls.Has(gazetteer.Title) || cls.Has(gazetteer.Demonym) || notEntities[w] {
				continue
			}
			if personWords == nil {
				personWords = fullNameWords(doc)
			}
			if personWords[w] {
				continue // a surname: "Mark Haller … Haller, a former bank chief,"
			}
			names = append(names, w)
		}
	}
	names = s.staffOrgNames(doc, names)
	var added []pipeline.Mention
	names = s.kindBeforeOrgs(doc, names, &added)
	if len(names) == 0 {
		replaceMentions(doc, added)
		return
	}
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			w := s.word(doc, i)
			if doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) || !slices.Contains(names, w) || !s.standsAlone(doc, sent, i, i+1) {
				continue
			}
			setMention(doc, doc.Tokens[i].Span, pipeline.Organization, &added)
		}
	}
	replaceMentions(doc, added)
}

// kindBeforeOrgs makes an organization of a run of one to three
// capitalised words right after a kind of organization in lower case
// ("Swedish lift maker Nordvik Elevator", "ferry operator Haedong Marine",
// "the charity Oxfam"), and appends the run's first word to names, so
// that it is the organization where it stands alone ("Nordvik said"; a
// one-word name too, unless a word of a person's full name: round 25).
// Not a person's name ("property developer Tom Ruiz": a first name opens
// it) nor a place the lists know.
func (s *Stage) kindBeforeOrgs(doc *pipeline.Document, names []string, added *[]pipeline.Mention) []string {
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i+1 < sent.Last; i++ {
			t, next := doc.Tokens[i], doc.Tokens[i+1]
			// the tokens first, the list last: most words are followed by
			// no name (nameRun below would stop at once)
			if next.Kind != pipeline.Word || !next.Is(pipeline.Capitalized) || t.Kind != pipeline.Word || t.Is(pipeline.Capitalized) || !orgKinds[s.word(doc, i)] {
				continue
			}
			a := i + 1
			b := s.nameRun(doc, sent, a, 3)
			if b == a || b-a == 3 && b < sent.Last && doc.Tokens[b].Is(pipeline.Capitalized) {
				continue
			}
			if b+1 < sent.Last && (s.word(doc, b) == "for" || s.word(doc, b) == "of" || s.word(doc, b) == "and") && doc.Tokens[b+1].Is(pipeline.Capitalized) {
				continue // a longer name goes on: "the group Democracy for America"
			}
			var buf [3]string
			ws := buf[:0]
			for k := a; k < b; k++ {
				ws = append(ws, s.word(doc, k))
			}
			first := s.gaz.Lookup(ws[0])
			if isPlace(s.gaz.Lookup(ws...)) || first.Has(gazetteer.FirstName) || first.Has(gazetteer.Title) || first.Has(gazetteer.Demonym) ||
				notEntities[ws[0]] || doc.Tokens[a].Is(pipeline.AllCaps) && b-a == 1 {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Organization, added)
			if b-a >= 2 {
				if c := s.model.Capitalisation(ws[0]); c == 0 || c >= 4 {
					names = append(names, ws[0]) // not a common word news writes in lower case ("Democracy Corps")
				}
				s.sameRunOrgs(doc, ws, a, added)
			} else if c := s.model.Capitalisation(ws[0]); (c == 0 || c >= 4) && !fullNameWords(doc)[ws[0]] {
				names = append(names, ws[0]) // "Snack giant Nabisco … Nabisco issued"; not a surname ("Mark Haller")
			}
			i = b
		}
	}
	return names
}

// sameRunOrgs makes an organization of every other place the article writes
// the capitalised words ws as a run of their own ("Haedong Marine's chief
// executive" after "ferry operator Haedong Marine").
func (s *Stage) sameRunOrgs(doc *pipeline.Document, ws []string, except int, added *[]pipeline.Mention) {
	for _, sent := range doc.Sentences {
		for i := sent.First; i+len(ws) <= sent.Last; i++ {
			if i == except || !s.wordsAt(doc, i, ws) || !s.standsAlone(doc, sent, i, i+len(ws)) {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[i+len(ws)-1].End}, pipeline.Organization, added)
		}
	}
}

// sentenceDeterminers open a sentence in capitals but no name.
var sentenceDeterminers = set("The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our")

// bodyWords end the names of associations and ensembles (round 16: "the
// Elias Varga Orchestra"), besides data/orgheads.txt's company words; not
// Coalition or League, which also end wars' and competitions' names.
// College and Fund were added in round 22 ("a Centenary College graduate",
// "the Congressional Leadership Fund"), PAC in round 23 ("Granite Future
// PAC"; see namedPAC).
// Festivals are organizations by the guideline ("the Greenmoor Festival"
// books the bands).
var bodyWords = set("Foundation", "Association", "Collective", "Institute", "Society", "Trust", "Alliance", "Federation", "College", "Fund",
	"Orchestra", "Choir", "Philharmonic", "Festival", "PAC")

// seasonFestivals open the names of holidays called festivals ("the Spring
// Festival", "the Lantern Festival"), which are no organization.
var seasonFestivals = set("Spring", "Autumn", "Mid-Autumn", "Lantern", "Moon", "Harvest", "Ghost", "Qingming", "Winter", "Summer")

// orgWordRuns makes an organization of a run of two to five capitalised
// words (and a name's particles between them: "Van der Meulen Maritime"), replacing the mentions inside it, that ends in a company's word
// (data/orgheads.txt: "Northgate Ventures") or an association's
// (bodyWords: "The Four Day Week Foundation"), inside a sentence or after
// its opening determiner.
func (s *Stage) orgWordRuns(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i < sent.Last; i++ {
			if doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			j := s.particleRun(doc, sent, i, 6)
			det := sentenceDeterminers[s.word(doc, i)] && (i == sent.First || doc.Tokens[i-1].Kind != pipeline.Word)
			if det {
				i++
				// "[A Greystone Partners] report": the tagger's mention
				// with the sentence's article loses it.
				withDet := pipeline.Span{Start: doc.Tokens[i-1].Start, End: doc.Tokens[j-1].End}
				for k := range doc.Mentions {
					// "The" may be the name's own ("The New York Sun"); "A" never is.
					if m := &doc.Mentions[k]; m.End >= 0 && m.Span == withDet && j-i >= 2 && (s.word(doc, i-1) == "A" || s.word(doc, i-1) == "An") {
						m.End = -1
						added = append(added, pipeline.Mention{Span: pipeline.Span{Start: doc.Tokens[i].Start, End: withDet.End}, Type: m.Type, Entity: -1})
					}
				}
			}
			if j-i < 2 || j-i > 5 || i > sent.First && doc.Tokens[i-1].Kind == pipeline.Word && doc.Tokens[i-1].Is(pipeline.Capitalized) && !sentenceDeterminers[s.word(doc, i-1)] {
				i = j
				continue
			}
			last := s.word(doc, j-1)
			if !orgHeadWords[last] && !bodyWords[last] || last == "Festival" && j-i == 2 && seasonFestivals[s.word(doc, i)] ||
				i >= 2 && s.word(doc, i-1) == "and" && doc.Tokens[i-2].Is(pipeline.Capitalized) { // the end of a longer name: "Legal Defense and Educational Fund"
				i = j
				continue
			}
			if last == "PAC" {
				if s.word(doc, i) == "PAC" && j-i > 2 {
					i++ // "the super PAC [Patriot Majority PAC]"
				}
				if !s.namedPAC(doc, i, j-1) {
					i = j
					continue
				}
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j
		}
	}
	replaceMentions(doc, added)
}

// namedPAC reports whether the words from token i to the "PAC" at token
// pac name a political action committee ("Granite Future PAC", "Ready
// PAC"), not a kind of one ("the Super PAC"), a person's ("a Trump PAC":
// one word the lists know only as a name), nor a party's adjective's ("a
// Republican PAC").
func (s *Stage) namedPAC(doc *pipeline.Document, i, pac int) bool {
	const nameBits = 1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName
	if s.word(doc, pac-1) == "Super" {
		return false
	}
	if cls := s.gaz.Lookup(s.word(doc, i)); pac-i == 1 && cls != 0 && cls&^nameBits == 0 {
		return false
	}
	words := pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[pac-1].End}
	for _, m := range doc.Mentions {
		if m.End >= 0 && m.Span == words && m.Type == pipeline.Person {
			return false
		}
	}
	for k := i; k < pac; k++ {
		if !notEntities[s.word(doc, k)] {
			return true
		}
	}
	return false
}

// particleRun is nameRun that also goes on over a name's particle in lower
// case between two capitalised words ("Van der Meulen Maritime", "Banco
// de Chile"); particles count towards max.
func (s *Stage) particleRun(doc *pipeline.Document, sent pipeline.Sentence, i, max int) int {
	j := s.nameRun(doc, sent, i, max)
	for j > i && j+1 < sent.Last && j-i < max && nameParticles[s.word(doc, j)] {
		k := j
		for k < sent.Last && nameParticles[s.word(doc, k)] {
			k++
		}
		if k == sent.Last || !doc.Tokens[k].Is(pipeline.Capitalized) || doc.Tokens[k].Kind != pipeline.Word {
			break
		}
		j = s.nameRun(doc, sent, k, max-(k-i))
	}
	return j
}

// publicationNouns follow a publication's name in lower case ("told People
// magazine", "the Cornish Herald newspaper").
var publicationNouns = set("magazine", "newspaper", "tabloid", "weekly")

// journalNouns come before a publication's name after "the": "the
// journal Nature", "the newspaper Jyllands-Kurér", "the magazine Tideline".
// "weekly" and "daily" are left out: they are adjectives too ("the weekly GOP
// Power Rankings").
var journalNouns = set("journal", "journals", "newspaper", "magazine", "tabloid")

// pressName reports whether the word at token i, after "the newspaper" or
// "the magazine", may open the publication's name: not a person the
// article, the lists or the tagger name ("the newspaper Trump sued"), a
// time word or a place.
func (s *Stage) pressName(doc *pipeline.Document, i int, personWords *map[string]bool) bool {
	w := s.word(doc, i)
	cls := s.gaz.Lookup(w)
	if cls.Has(gazetteer.FirstName) || cls.Has(gazetteer.LastName) || cls.Has(gazetteer.PersonName) || cls.Has(gazetteer.TimeWord) ||
		cls.Has(gazetteer.Title) || extraTitles[w] || isPlace(cls) || isDemonym(cls) || notEntities[w] {
		return false
	}
	if personIn(doc, doc.Tokens[i].Span) {
		return false // the tagger's person: "the newspaper Trump sued"
	}
	if *personWords == nil {
		*personWords = fullNameWords(doc)
	}
	return !(*personWords)[w]
}

// platformVerbs put a social platform after "on" ("posted on Threads"), and
// so do a platform's users ("a user on X", round 11) and its posts and
// accounts ("in a post on Threads", round 13).
var platformVerbs = set("posted", "wrote", "tweeted", "posting", "writing", "shared", "responded", "replied", "user", "users",
	"post", "posts", "account", "accounts")

// publications makes an organization of a run of capitalised words right
// before a publication noun ("told People magazine"), of the name after
// "the journal" ("the journal Nature", whatever the tagger typed it), and of one
// capitalised word after a verb of posting and "on" ("posted on Threads",
// "wrote on X"), a time word aside, where no mention stands.
func (s *Stage) publications(doc *pipeline.Document) {
	var added []pipeline.Mention
	var personWords map[string]bool
	for sent := range runningText(doc) {
		for i := sent.First + 1; i < sent.Last; i++ {
			w := s.word(doc, i)
			if doc.Tokens[i-1].Is(pipeline.Capitalized) && publicationNouns[w] && !(i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && doc.Tokens[i+1].Is(pipeline.Capitalized)) {
				// not "Portuguese newspaper Correio da Manhã": the name after it
				a := i
				for a-1 > sent.First && i-a < 3 && doc.Tokens[a-1].Kind == pipeline.Word && doc.Tokens[a-1].Is(pipeline.Capitalized) {
					a--
				}
				if a < i && !isDemonym(s.gaz.Lookup(s.word(doc, a))) {
					sp := pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[i-1].End}
					if idx, _ := mentionsIn(doc, sp); len(idx) == 0 {
						added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Organization, Entity: -1})
					}
				}
			}
			// the name after "the journal" ("published in the journal
			// Nature", "the journal Science Advances") or "the newspaper"
			// ("The newspaper Jyllands-Kurér wrote", round 17)
			if (s.word(doc, i-1) == "the" || s.word(doc, i-1) == "The") && i+1 < sent.Last && doc.Tokens[i+1].Is(pipeline.Capitalized) && journalNouns[w] &&
				(w == "journal" || w == "journals" || s.pressName(doc, i+1, &personWords)) {
				if b := s.nameRun(doc, sent, i+1, 5); b-i-1 <= 4 {
					sp := pipeline.Span{Start: doc.Tokens[i+1].Start, End: doc.Tokens[b-1].End}
					setMention(doc, sp, pipeline.Organization, &added)
				}
			}
			if i+2 < sent.Last && s.word(doc, i+1) == "on" && platformVerbs[w] {
				t := doc.Tokens[i+2]
				p := s.word(doc, i+2)
				if t.Kind == pipeline.Word && t.Is(pipeline.Capitalized) && s.standsAlone(doc, sent, i+2, i+3) && !s.gaz.Lookup(p).Has(gazetteer.TimeWord) && !isPlace(s.gaz.Lookup(p)) {
					if idx, _ := mentionsIn(doc, t.Span); len(idx) == 0 {
						added = append(added, pipeline.Mention{Span: t.Span, Type: pipeline.Organization, Entity: -1})
					}
				}
			}
		}
	}
	replaceMentions(doc, added)
}

// personHeads reports whether w, after a kind of organization, makes the
// phrase name a person ("a bank executive", "a charity worker", "a startup
// founder").
func personHeads(w string) bool {
	return personRoles[w] || staffNouns[w] || workerNouns[w]
}

// workerNouns are people who work for or deal with an organization and
// that the role list lacks. Hand-written from news usage.
var workerNouns = set("worker", "workers", "officer", "teller", "pilot", "analyst", "customer", "customers", "client",
	"employee", "owner", "boss", "chief", "veteran", "insider")

// staffNouns name someone who speaks or works for an organization; "a"
// and one capitalised word before one of them name the organization ("A
// QuikBite spokesman said", "a Gulfline executive wrote"). Hand-written
// from news usage.
var staffNouns = set("spokesman", "spokeswoman", "spokesperson", "executive", "executives", "official", "officials",
	"employee", "employees", "representative")

// staffOrgNames appends to names each one-word name that stands between
// "a" or "an" and a staff noun ("a Gulfline executive"), so that it is an
// organization there and wherever it stands alone ("Gulfline's regional
// head"). A person's name does not take "a" but may stand there ("a Trump
// spokeswoman"): not a word of a person's full name in the article, nor a word
// the lists know as a given name, surname, person, title, place or
// demonym, nor a common word news writes in lower case.
func (s *Stage) staffOrgNames(doc *pipeline.Document, names []string) []string {
	var personWords map[string]bool
	for _, sent := range doc.Sentences {
		for i := sent.First + 1; i+1 < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || !staffNouns[s.word(doc, i+1)] {
				continue
			}
			if a := s.word(doc, i-1); a != "a" && a != "an" && a != "A" && a != "An" {
				continue
			}
			w := s.word(doc, i)
			cls := s.gaz.Lookup(w)
			if isPlace(cls) || cls.Has(gazetteer.FirstName) || cls.Has(gazetteer.LastName) || cls.Has(gazetteer.PersonName) ||
				cls.Has(gazetteer.Title) || extraTitles[w] || cls.Has(gazetteer.Demonym) || cls.Has(gazetteer.TimeWord) || notEntities[w] {
				continue
			}
			if c := s.model.Capitalisation(w); c != 0 && c < 4 {
				continue
			}
			if personWords == nil {
				personWords = fullNameWords(doc)
			}
			if !personWords[w] {
				names = append(names, w)
			}
		}
	}
	return names
}
