// Package entities finds the people, places and organizations a document
// names and groups their mentions into entities. It needs the segment stage
// before it (tokens with case flags, sentences).
//
// A sequence tagger (package tagger, the model shipped in package model)
// labels the tokens of each sentence, then one pass over the document makes
// the labels consistent (a name keeps one type; a surname after a full name
// is that person). Rules then clean the mentions up, from tables in data/ and
// in package gazetteer:
//   - titles are not part of a person's mention ("foreign minister Ali
//     Bagheri" → Ali Bagheri); honorifics are (Mr. McGurk), but not of the
//     entity's name;
//   - demonyms, months, weekdays, dates and publication boilerplate ("Sign
//     in", "Privacy Policy") are never entities;
//   - a few names have a fixed type (the White House is an organization) and
//     some institutions are found in lower case (the state department);
//   - in a headline, where every word is capitalised, only names the lists
//     or the rest of the article vouch for are kept.
//   - for other house styles: a name ending in a company's or club's word
//     (data/orgheads.txt) is an organization, and so is its first word
//     alone (Northway after Northway Trains); a title inside a name splits
//     it (Millbrook Mayor Joan Fitzgerald); a known first name and a
//     surname is a person (Jordan Price); a dateline in capitals is a place.
//   - for news: the parties' plurals are the parties, their adjectives are
//     not; the House, a party-state tag's state (D-Calif.), a compound's
//     place (U.S.-led), middle initials (Franklin D. Roosevelt), a demonym
//     as a surname (Mark Cuban); no person inside a work's quoted title.
//   - and, from a second news set: a surname with an elided particle is one
//     name (D’Souza); a family's plural surname is people (the Clintons);
//     a US state's name is a place, and so is the state abbreviation after
//     a place's comma; the Fed; news organizations in their own capitals
//     (POLITICO, USA TODAY); "Institute for ..."; firms joined by "&";
//     "House Speaker"; "the Ford administration" is the person; plural
//     titles (Sens.) and "super PAC" are no names; the words are read
//     without the opening quote of two apostrophes the tokenizer leaves
//     on them.
//   - and, from a third: initials glued before a surname (E. J. Fleming);
//     a hyphenated pair of the article's surnames is two people (the
//     Cruz-Fiorina ticket); a state alone in brackets after a name is a
//     place (Sen. Jane Doe (Vt.)). (The segment stage splits names glued by a
//     slash or an ellipsis: Helal/LinkedIn, Ryan…to.)
//   - named storms are not entities (Cyclone Phailin); a name and a regnal
//     number are a person (Thutmose III); a one-word name twice after "in",
//     "near" or "from" is a place, not a person (Coron); a natural feature's
//     name is a place (Danube Delta), and so is what "of" introduces after a
//     title (Duke of York); an event's name is no entity (Suez Crisis).
//   - and, for parliamentary and world news: parties by their short names
//     (the Tories, Reform UK; the Conservatives beside such a party); a
//     constituency after "seat of" or "MP for" is a place (Wells); a
//     patron's possessive is part of an institution (King's College
//     London); journals (The Lancet); clubs in football reports (Castlemoor
//     City, signed from Fluminense); a show's quoted title is a work.
//   - and, for organizations the tagger misses (bodies.go): bodies of faith
//     (Archdiocese of Newark, St. Mary's Cathedral), papers after a cue
//     (writing in the Sunday Review, told the Bookseller), an acronym after
//     an agency or a broadcaster (AEMET), groups named for a cause
//     (Taxpayers for Fairhaven, the advocacy group Fix It Forward); an
//     office held for a place is no part of it (Port Arlen Mayor).
//   - and, for interviews and biographies: a given name before a
//     double-barrelled surname (Yusuf Demirkan-Hale) and a nickname in
//     marks inside a name (Rosco "Dusty" Pellegrini) are one person; works'
//     titles without marks and awards' names are no entities (the novel The
//     Salt Orchard (1964), the Halvorsen Medal); towns' teams in sport
//     (Harrogate against Selby); foreign bodies by their head words
//     (Institut Agronomique de Montfaucon, Boligfonden); newspapers by
//     their masthead's word (the Evening Courier).
//   - and, from a fourth news set (glued.go, countries.go): a run across a
//     title-case headline is split into the names the article gives
//     elsewhere (Pence Endorses Paul Ryan); a hyphenated word's parts the
//     article names are tagged (pro-Clinton, Paris-Brussels); a country the
//     tagger typed an organization is a place; acronyms with periods the
//     lists know as organizations (E.U., F.B.I.).
//
// Mentions are then grouped: a person's mentions by surname (Brett McGurk,
// Mr. McGurk, McGurk), others by their text, and a one-word mention that
// begins a longer organization's name (State, the State Department) joins it.
// Each entity's name is its fullest mention without titles or honorifics.
package entities

import (
	_ "embed"
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/extractors/entities/model"
	"github.com/sayso/sayso/extractors/entities/tagger"
	"github.com/sayso/sayso/extractors/internal/names"
	"github.com/sayso/sayso/pipeline"
)

// Tables, parsed once at package init and only read afterwards.
var (
	//go:embed data/notentities.txt
	notEntitiesTxt string
	//go:embed data/institutions.txt
	institutionsTxt string
	//go:embed data/orgheads.txt
	orgHeadsTxt string
	//go:embed data/titles.txt
	titlesTxt string
	//go:embed data/usstates.txt
	usStatesTxt string
	//go:embed data/statenames.txt
	stateNamesTxt string
	//go:embed data/shows.txt
	showsTxt string

	notEntities  = lines(notEntitiesTxt)
	institutions = typedLines(institutionsTxt)
	// institutionStarts: the first bytes of the institutions' names.
	institutionStarts = startBytesOf(institutions)
	// orgHeadWords end a company's or club's name; clubWords, a subset,
	// also name the club alone.
	orgHeadWords, clubWords = orgHeadLines(orgHeadsTxt)
	extraTitles             = lines(titlesTxt)
	extraTitles2            = firstWords(extraTitles) // first words of the two-word titles
	usStates                = lines(usStatesTxt)
	stateNames              = lines(stateNamesTxt)
	shows                   = byFirstWord(lines(showsTxt))
	showStarts              = firstBytes(shows)
)

// govLevels name the level of government a title before a name is held
// at ("City Councilwoman", "County Commissioner").
var govLevels = set("City", "County", "Town", "Village", "Township", "Borough", "Parish")

// honorifics stay inside a person's mention ("Mr. McGurk") but not in the
// entity's name. Other titles (President, foreign minister) are left out of
// the mention; they come from gazetteer.Title.
var honorifics = set("Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Mx.", "Sir", "Dame")

// titledHonorifics are the honorifics of knighthood, whose place in a
// person's mention the conventions have not settled: rules that add an
// honorific to a name leave them out.
var titledHonorifics = set("Sir", "Dame")

// orgTails may follow an organization's name after a comma: "The New York
// Sun Company, LLC".
var orgTails = set("LLC", "Inc.", "Inc", "Ltd.", "Ltd", "LLP", "PLC", "plc", "Co.", "Corp.", "GmbH", "S.A.", "AG")

// Stage is the entity stage. It is safe for concurrent use.
type Stage struct {
	model *tagger.Model
	gaz   *gazetteer.Table
	pool  sync.Pool // *scratch
	// honorificsInMention keeps "Mr." in the mention "Mr. McGurk" (the
	// project's convention, as in the seed's gold); CoNLL-style data leaves
	// it out.
	honorificsInMention bool
}

// New returns the entity stage with the shipped model.
func New() (*Stage, error) {
	m, err := model.Default()
	if err != nil {
		return nil, err
	}
	return NewWithModel(m), nil
}

// NewWithModel returns the entity stage with a given tagger model (trained
// with the default gazetteer).
func NewWithModel(m *tagger.Model) *Stage {
	return &Stage{model: m, gaz: gazetteer.Default(), honorificsInMention: true}
}

// WithBIOConventions returns a copy of the stage that follows the
// conventions of CoNLL-style gold (UNER, GUM): honorifics are outside the
// mention ("Mr. [McGurk]"). Used to score against such data.
func (s *Stage) WithBIOConventions() *Stage {
	return &Stage{model: s.model, gaz: s.gaz}
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "entities" }

// scratch is per-document working memory, reused across documents.
type scratch struct {
	words  [][]string
	labels [][]tagger.Label
	flat   []string
	lflat  []tagger.Label
	cands  []cand
}

// replaceMentions drops the document's mentions marked with End -1, adds
// added, and sorts them again.
func replaceMentions(doc *pipeline.Document, added []pipeline.Mention) {
	kept := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		if m.End >= 0 {
			kept = append(kept, m)
		}
	}
	doc.Mentions = append(kept, added...)
	if len(added) > 0 {
		sortMentions(doc.Mentions)
	}
}

// wordsOf returns the first and the last of the space-separated words of s
// and how many there are, without allocating.
func wordsOf(s string) (first, last string, n int) {
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			first = w
		}
		last, n = w, n+1
	}
	return first, last, n
}

// appendFields appends the space-separated words of s to dst, split as
// strings.Fields splits them. Rules that loop over mentions pass one slice
// back in (ws = appendFields(ws[:0], text)), or a small array on the stack,
// so they do not allocate a slice per mention.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// cand is a mention candidate over tokens [first, last) of the document.
type cand struct {
	first, last int
	typ         pipeline.EntityType
	sent        int
}

// Process implements pipeline.Stage: it fills doc.Mentions and doc.Entities.
func (s *Stage) Process(doc *pipeline.Document) error {
	sc, _ := s.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer s.pool.Put(sc)
	s.tag(doc, sc)
	sc.cands = sc.cands[:0]
	for si, sent := range doc.Sentences {
		labels := sc.labels[si]
		for i := 0; i < len(labels); {
			l := labels[i]
			if !l.Begins() {
				i++
				continue
			}
			j := i + 1
			for j < len(labels) && labels[j] == l+1 {
				j++
			}
			sc.cands = append(sc.cands, cand{sent.First + i, sent.First + j, typeOf(l), si})
			i = j
		}
	}
	sc.cands = s.orgRuns(doc, sc.cands)
	s.trimPlaceTitles(doc, sc.cands)
	sc.cands = s.splitTitled(doc, sc.cands)
	sc.cands = s.splitPeopleOf(doc, sc.cands)
	sc.cands = s.middleInitials(doc, sc.cands)
	s.leadingInitials(doc, sc.cands)
	s.firstNameRuns(doc, sc.cands)
	sc.cands = s.addRuleMentions(doc, sc.flat, sc.cands)
	sc.cands = s.acronymDefinitions(doc, sc.flat, sc.cands)
	doc.Mentions = doc.Mentions[:0]
	for _, c := range sc.cands {
		if c, ok := s.clean(doc, c); ok {
			doc.Mentions = append(doc.Mentions, pipeline.Mention{
				Span:   pipeline.Span{Start: doc.Tokens[c.first].Start, End: doc.Tokens[c.last-1].End},
				Type:   c.typ,
				Entity: -1,
			})
		}
	}
	s.orgHeads(doc)
	sortMentions(doc.Mentions)
	s.elidedNames(doc)
	s.elidedSurnames(doc)
	s.particleNames(doc)
	s.kunyas(doc)
	s.capsNewsOrgs(doc)
	s.knownOrgs(doc)
	s.parties(doc)
	s.stateParties(doc)
	s.rolePeople(doc)
	s.describedPeople(doc)
	s.listedPeople(doc)
	s.titledPeople(doc)
	s.transcriptLabels(doc)
	s.appositiveOrgs(doc)
	s.kindLists(doc)
	s.orgWordRuns(doc)
	s.publications(doc)
	s.placePapers(doc)
	s.possessiveOrgs(doc)
	s.officeOrgs(doc)
	s.faithBodies(doc)
	s.foreignBodies(doc)
	s.pressNames(doc)
	s.mastheads(doc)
	s.dailyPapers(doc)
	s.tickers(doc)
	s.kindAcronyms(doc)
	s.causeGroups(doc)
	s.describedGroups(doc)
	s.storms(doc)
	s.regnalNames(doc)
	s.placeCues(doc)
	s.divisions(doc)
	s.streets(doc)
	s.constituencies(doc)
	s.placeGovernments(doc)
	s.slashDatelines(doc)
	s.conjoinedNames(doc)
	s.postNominalsOff(doc)
	s.surnameFirst(doc)
	s.spreadNames(doc)
	s.shortOutlets(doc)
	s.partyStates(doc)
	s.placeCompounds(doc)
	s.dottedAcronyms(doc)
	s.quotedTitles(doc)
	s.unmarkedTitles(doc)
	s.awardNames(doc)
	s.chambers(doc)
	s.stateTowns(doc)
	s.statePlaces(doc)
	s.countryPlaces(doc)
	s.administrations(doc)
	s.hyphenedPeople(doc)
	s.hyphenedNames(doc)
	s.doubleSurnames(doc)
	s.nicknames(doc)
	s.calledNicknames(doc)
	s.clubs(doc)
	sport := s.sportContext(doc) // asked by the three team rules: one scan of the words, not three
	s.townTeams(doc, sport)
	s.clubTeams(doc, sport)
	s.prefixClubs(doc, sport)
	s.laws(doc)
	s.headlineParts(doc)
	s.headlines(doc)
	s.openingWords(doc)
	showTitles(doc)
	sortMentions(doc.Mentions)
	doc.Mentions = dropOverlaps(doc.Mentions)
	s.familyNames(doc)
	group(doc, s.givenName)
	return nil
}

// tag runs the tagger over every sentence, as one document.
func (s *Stage) tag(doc *pipeline.Document, sc *scratch) {
	n := len(doc.Tokens)
	if cap(sc.flat) < n {
		sc.flat = make([]string, n)
		sc.lflat = make([]tagger.Label, n)
	}
	sc.flat, sc.lflat = sc.flat[:n], sc.lflat[:n]
	for i, t := range doc.Tokens {
		sc.flat[i] = doc.Text[t.Start:t.End]
		sc.lflat[i] = tagger.O
	}
	sc.words, sc.labels = sc.words[:0], sc.labels[:0]
	for _, sent := range doc.Sentences {
		words := sc.flat[sent.First:sent.Last]
		if allCaps(doc, sent) {
			words = s.recase(words)
		} else if n := capsLead(doc, sent); n > 0 {
			// A dateline in capitals: "LOS ANGELES, Sept. 28 (UPI) —".
			words = append(s.recase(words[:n]), words[n:]...)
		}
		sc.words = append(sc.words, words)
		sc.labels = append(sc.labels, sc.lflat[sent.First:sent.Last])
	}
	s.model.TagDocument(sc.words, sc.labels)
}

// runningText yields the document's sentences of running text: not a line
// in capitals nor a title-case headline, where capitalisation says nothing
// about names.
func runningText(doc *pipeline.Document) iter.Seq[pipeline.Sentence] {
	return func(yield func(pipeline.Sentence) bool) {
		for _, sent := range doc.Sentences {
			if allCaps(doc, sent) || titleCase(doc, sent) {
				continue
			}
			if !yield(sent) {
				return
			}
		}
	}
}

// allCaps reports whether a sentence is written in capitals only (a
// headline, a heading of a transcript): at least three words of two or
// more letters, all of them in capitals.
func allCaps(doc *pipeline.Document, sent pipeline.Sentence) bool {
	n := 0
	for _, t := range doc.Tokens[sent.First:sent.Last] {
		if t.Kind != pipeline.Word {
			continue
		}
		if t.Is(pipeline.AllCaps) {
			n++
		} else if !isUpper(doc.Slice(t.Span)) {
			return false
		}
	}
	return n >= 3
}

// appendUpper appends s in capitals to dst, as strings.ToUpper writes it.
func appendUpper(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToUpper(r))
	}
	return dst
}

// isUpper reports whether s is as strings.ToUpper would write it (no
// letter that has a capital form), without building the copy: rules ask it
// of every word and every mention.
func isUpper(s string) bool {
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// capsLead returns the number of words of two or more capitals that start
// a sentence if there are at least two of them (a dateline: "LOS ANGELES,
// Sept. 28"), else 0.
func capsLead(doc *pipeline.Document, sent pipeline.Sentence) int {
	n := 0
	for _, t := range doc.Tokens[sent.First:sent.Last] {
		if t.Kind != pipeline.Word || !t.Is(pipeline.AllCaps) {
			break
		}
		n++
	}
	if n < 2 {
		return 0
	}
	return n
}

// recase writes an all-capitals sentence as running text would, for the
// tagger, which learnt names from their capitals: a word usually
// capitalised in news (as the model's unlabelled text says) gets an initial
// capital, others are lower-cased, and short unknown words stay as they are
// (acronyms: AP, NHS). The tokens and their offsets do not change.
func (s *Stage) recase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		switch c := s.model.Capitalisation(w); {
		case c >= 4:
			out[i] = titleWord(w)
		case c == 0 && utf8.RuneCountInString(w) <= 3:
			out[i] = w
		default:
			out[i] = strings.ToLower(w)
		}
	}
	return out
}

// listed reports whether a gazetteer lists text, as written or, for text in
// capitals, with initial capitals (UKRAINE, Ukraine).
func (s *Stage) listed(text string) bool {
	var buf [8]string
	ws := appendFields(buf[:0], text)
	if s.gaz.Lookup(ws...) != 0 {
		return true
	}
	if !isUpper(text) {
		return false
	}
	for i, w := range ws {
		ws[i] = titleWord(w)
	}
	return s.gaz.Lookup(ws...) != 0
}

// titleWord upper-cases the first letter of w and lower-cases the rest.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

func typeOf(l tagger.Label) pipeline.EntityType {
	switch l.Type() {
	case "PER":
		return pipeline.Person
	case "LOC":
		return pipeline.Place
	case "ORG":
		return pipeline.Organization
	}
	return pipeline.NoType
}

func (s *Stage) word(doc *pipeline.Document, i int) string {
	return doc.Text[doc.Tokens[i].Start:doc.Tokens[i].End]
}

// clean trims a candidate to its name and decides whether it is one.
func (s *Stage) clean(doc *pipeline.Document, c cand) (cand, bool) {
	sent := doc.Sentences[c.sent]
	// A leading "the" is not part of a name, unless the table's name holds
	// it ("The Hague").
	for c.first < c.last-1 && strings.EqualFold(s.word(doc, c.first), "the") {
		if _, fixed := institutions[doc.Text[doc.Tokens[c.first].Start:doc.Tokens[c.last-1].End]]; fixed {
			break
		}
		c.first++
	}
	// The level of government before a title is no part of the name:
	// "City Councilwoman [Angela Ruiz]", "County Commissioner [X Y]".
	if c.last-c.first == 4 && govLevels[s.word(doc, c.first)] && s.titleAt(doc, c.first+1, c.last) == 1 {
		c.first++
	}
	// A person's title, a first name and one more word make a person
	// whatever the tagger's type: "Councilman [Joe Park]" (a place for the
	// tagger). Not a longer name: "Senator John Heinz History Center".
	if c.typ != pipeline.Person {
		if n := s.titleAt(doc, c.first, c.last); n > 0 && c.last-c.first-n == 2 && !honorifics[s.word(doc, c.first)] &&
			doc.Tokens[c.first+n].Is(pipeline.Capitalized) && doc.Tokens[c.last-1].Is(pipeline.Capitalized) &&
			s.gaz.Lookup(s.word(doc, c.first+n)).Has(gazetteer.FirstName) && !orgHeadWords[s.word(doc, c.last-1)] {
			c.typ = pipeline.Person
		}
	}
	// The second word of a two-word title the tagger's person began with:
	// "Datuk [Seri Zafrul]" is Datuk Seri [Zafrul].
	if c.typ == pipeline.Person && c.last-c.first > 1 && c.first > sent.First && s.extraTitle2(doc, c.first-1) {
		c.first++
	}
	// Titles before a name are not part of it: "foreign minister Ali
	// Bagheri", "President Biden". They may span two tokens.
	for c.typ == pipeline.Person && c.last-c.first > 1 {
		n := s.titleAt(doc, c.first, c.last)
		if n == 0 || c.last-c.first-n < 1 {
			break
		}
		c.first += n
	}
	// "of" does not begin a name; after a capitalised title it introduces
	// the place the title is held for ("Duke [of York]" → Duke of [York]).
	if c.last-c.first > 1 && s.word(doc, c.first) == "of" {
		c.first++
		if c.typ == pipeline.Person && c.first-2 >= sent.First && doc.Tokens[c.first-2].Is(pipeline.Capitalized) {
			c.typ = pipeline.Place
		}
	}
	// A title and "of" before an organization are not part of it: "Chairman
	// of the Australian Centre for ...", "Secretary of the Treasury".
	if c.typ == pipeline.Organization {
		if n := s.titleAt(doc, c.first, c.last); n > 0 && c.first+n+1 < c.last && s.word(doc, c.first+n) == "of" {
			c.first += n + 1
			for c.first < c.last-1 && strings.EqualFold(s.word(doc, c.first), "the") {
				c.first++
			}
		}
	}
	// "Secretary of State" names an office, not the State Department: a
	// "State" after it is no name ("the former Secretary of State"), and a
	// name after that is the office holder's ("then-Secretary of State
	// [Clinton]").
	if s.officeState(doc, c.first) {
		if c.last-c.first == 1 {
			return c, false
		}
		c.first++
		c.typ = pipeline.Person
	}
	// A trailing possessive, punctuation or lower-case word is not part of
	// a name ("the Springdale Township [hall]"), unless the name is a
	// lower-case department opening a sentence ("Foreign ministry").
	department := false
	if c.first == sent.First {
		_, department = institutions[lowerFirst(doc.Text[doc.Tokens[c.first].Start:doc.Tokens[c.last-1].End])]
	}
	for c.last > c.first+1 && !department {
		w := s.word(doc, c.last-1)
		lower := doc.Tokens[c.last-1].Kind == pipeline.Word && !hasUpper(w) && hasUpper(s.word(doc, c.first)) && !runConnector[w]
		// nor, in an organization's, an adjective before a lower-case word
		// ("the [House] Democratic leadership")
		_, fixed := institutions[w] // "Senate [Republicans] have" stays
		adjective := c.typ == pipeline.Organization && (notEntities[w] || isDemonym(s.gaz.Lookup(w))) && !fixed &&
			c.last < sent.Last && doc.Tokens[c.last].Is(pipeline.Lower)
		if w == "." && s.abbreviation(doc, c.last-1) {
			break
		}
		if adjective {
			c.last--
			// what is left may be a place: "the [Kentucky] Republican"
			ws := make([]string, 0, c.last-c.first)
			for k := c.first; k < c.last; k++ {
				ws = append(ws, s.word(doc, k))
			}
			if isPlace(s.gaz.Lookup(ws...)) {
				c.typ = pipeline.Place
			}
			continue
		}
		if lower || w == "'s" || w == "’s" || doc.Tokens[c.last-1].Kind == pipeline.Punct || doc.Tokens[c.last-1].Kind == pipeline.QuoteMark {
			c.last--
			continue
		}
		break
	}
	// A party's adjective before a place is no part of it ("Republican
	// [South Carolina] Sen. Lindsey Graham").
	if c.last-c.first >= 2 && partyAdjectives[s.word(doc, c.first)] {
		ws := make([]string, 0, c.last-c.first-1)
		for k := c.first + 1; k < c.last; k++ {
			ws = append(ws, s.word(doc, k))
		}
		if isPlace(s.gaz.Lookup(ws...)) {
			c.first++
			c.typ = pipeline.Place
		}
	}
	// Nor before a legislature: "a Democratic [Senate]", "the Republican
	// [Congress]" (the chamber with a majority, no body of that name).
	if c.last-c.first == 2 && partyAdjectives[s.word(doc, c.first)] && legislatureWords[s.word(doc, c.first+1)] {
		c.first++
		c.typ = pipeline.Organization
	}
	// A state's abbreviation keeps its period, also at the end of a
	// sentence ("in Fresno, Calif.").
	if c.typ == pipeline.Place && c.last < sent.Last && s.word(doc, c.last) == "." &&
		doc.Tokens[c.last].Start == doc.Tokens[c.last-1].End && stateAbbrev(s.word(doc, c.last-1)+".") {
		c.last++
	}
	// A capitalised "The" inside a sentence is part of an organization's
	// name (reported by The Washington Post), as it is on a line that holds
	// nothing but the name (a masthead, also in capitals: "THE CANADIAN
	// PRESS"); at the start of a sentence it is not (The Financial Times
	// reports ...).
	if c.typ == pipeline.Organization && c.first > sent.First && (s.word(doc, c.first-1) == "The" || s.word(doc, c.first-1) == "THE" && doc.Tokens[c.first].Is(pipeline.AllCaps)) &&
		(c.first-1 > sent.First && !onlyPunctBefore(doc, sent, c.first-1) && doc.Tokens[c.first-2].Kind != pipeline.Dash || c.last == sent.Last) {
		c.first--
	}
	// A capitalised word between an honorific and a person's name is the
	// person's first name: "Dr. Mette [Lindqvist]".
	if c.typ == pipeline.Person && c.first-2 >= sent.First && honorifics[s.word(doc, c.first-2)] &&
		doc.Tokens[c.first-1].Kind == pipeline.Word && doc.Tokens[c.first-1].Is(pipeline.Capitalized) && s.titleAt(doc, c.first-1, c.last) == 0 {
		c.first--
	}
	// An honorific just before a person's name belongs to the mention.
	if s.honorificsInMention && c.typ == pipeline.Person && c.first > sent.First && honorifics[s.word(doc, c.first-1)] {
		c.first--
	}
	if !s.honorificsInMention {
		for c.last-c.first > 1 && honorifics[s.word(doc, c.first)] {
			c.first++
		}
	}
	// "Company, LLC"
	if c.typ == pipeline.Organization && c.last+1 < sent.Last && s.word(doc, c.last) == "," && orgTails[s.word(doc, c.last+1)] {
		c.last += 2
	}
	text := doc.Text[doc.Tokens[c.first].Start:doc.Tokens[c.last-1].End]
	if c.last-c.first == 1 && honorifics[text] {
		return c, false
	}
	if s.notEntity(doc, c) {
		return c, false
	}
	// A hashtag is no name, whatever it spells (#NeverTrump, #SanBernardino).
	if text[0] == '#' {
		return c, false
	}
	if t, ok := institutions[text]; ok {
		c.typ = t
	}
	// A name ending in a company's or club's word is an organization
	// (Fenwick Securities, Westbrook Harriers).
	if c.last-c.first >= 2 && orgHeadWords[s.word(doc, c.last-1)] && doc.Tokens[c.first].Is(pipeline.Capitalized) {
		c.typ = pipeline.Organization
	}
	if s.geographic(doc, c) {
		c.typ = pipeline.Place
	}
	if s.dateline(doc, c.sent, c.first, c.last) {
		c.typ = pipeline.Place
	}
	// A person's mention must hold a capitalised word.
	if !hasUpper(text) {
		if _, ok := institutions[text]; !ok {
			return c, false
		}
	}
	return c, true
}

// titleAt returns how many tokens of a title start at token i (0 if none),
// trying two-word titles first.
func (s *Stage) titleAt(doc *pipeline.Document, i, end int) int {
	if i+1 < end && (s.gaz.Lookup(s.word(doc, i), s.word(doc, i+1)).Has(gazetteer.Title) || s.extraTitle2(doc, i)) {
		return 2
	}
	w := s.word(doc, i)
	if honorifics[w] {
		return 0
	}
	if s.gaz.Lookup(w).Has(gazetteer.Title) || extraTitles[w] {
		return 1
	}
	return 0
}

// extraTitle2 reports a two-word title of data/titles.txt at token i
// ("Tan Sri", "Datuk Seri").
func (s *Stage) extraTitle2(doc *pipeline.Document, i int) bool {
	if !doc.Tokens[i].Is(pipeline.Capitalized) || !doc.Tokens[i+1].Is(pipeline.Capitalized) || !extraTitles2[s.word(doc, i)] {
		return false
	}
	return extraTitles[s.word(doc, i)+" "+s.word(doc, i+1)]
}

// notEntity reports demonyms, months and weekdays, dates ("October 7"),
// boilerplate and bare titles.
func (s *Stage) notEntity(doc *pipeline.Document, c cand) bool {
	text := doc.Text[doc.Tokens[c.first].Start:doc.Tokens[c.last-1].End]
	if notEntities[text] || s.inHolidayName(doc, c) || s.inTableName(doc, c.first, c.last) {
		return true
	}
	if _, ok := institutions[text]; ok {
		return false // a fixed name, though a demonym list holds it (Democrats)
	}
	first := s.word(doc, c.first)
	cls := s.gaz.Lookup(first)
	if c.last-c.first == 1 && (isDemonym(cls) || cls.Has(gazetteer.TimeWord) || cls.Has(gazetteer.Title) || extraTitles[first]) {
		return true
	}
	// a kind of body, no name: "a super PAC", "the Super PAC's ads"
	if c.last-c.first == 1 && c.first > 0 && genericHeads[first] && genericKinds[strings.ToLower(s.word(doc, c.first-1))] {
		return true
	}
	// the first word of a two-word title ("[Vice] President Joe Biden")
	if c.last-c.first == 1 && c.last < len(doc.Tokens) && s.titleAt(doc, c.first, c.last+1) == 2 {
		return true
	}
	// A month or weekday followed only by numbers is a date.
	if cls.Has(gazetteer.TimeWord) || notEntities[first] {
		allNum := true
		for k := c.first + 1; k < c.last; k++ {
			if doc.Tokens[k].Kind != pipeline.Number && doc.Tokens[k].Kind != pipeline.Punct {
				allNum = false
			}
		}
		if allNum {
			return true
		}
	}
	if s.eventName(doc, c) {
		return true
	}
	// Whole-mention demonym phrases: "Iranian officials" never reach here as
	// names, but "Islamic" alone may.
	var buf [8]string
	return isDemonym(s.gaz.Lookup(appendFields(buf[:0], text)...))
}

// genericHeads after a word of genericKinds name a kind of body, not one
// body: US campaign finance's "super PAC" (an independent-expenditure
// committee).
var (
	genericHeads = set("PAC", "PACs")
	genericKinds = set("super")
)

// isDemonym: in a demonym list and not also a place (some lists hold
// "Philippines").
func isDemonym(cls gazetteer.Set) bool {
	return cls.Has(gazetteer.Demonym) && !cls.Has(gazetteer.Country) && !cls.Has(gazetteer.Region) &&
		!cls.Has(gazetteer.BigCity) && !cls.Has(gazetteer.City)
}

// orgRuns makes a run of capitalised words (joined by of, the, for, and,
// &, and "on" after a committee: onSubject) that holds an organization word after its first word one
// organization, replacing what the tagger found inside it: "Ministry of
// Defence", "University of the Witwatersrand", "Newfoundland and Labrador
// Court of Appeal". Candidates that reach outside the run are left alone.
func (s *Stage) orgRuns(doc *pipeline.Document, cands []cand) []cand {
	var out []cand
	changed := false
	k := 0 // next candidate to copy
	for si, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; {
			if !doc.Tokens[i].Is(pipeline.Capitalized) || doc.Tokens[i].Kind != pipeline.Word {
				i++
				continue
			}
			j := i + 1
			for j < sent.Last {
				if doc.Tokens[j].Is(pipeline.Capitalized) && doc.Tokens[j].Kind == pipeline.Word {
					j++
					continue
				}
				// one or two connectors ("of the") before a capitalised word;
				// "and" does not join two complete names (the British Library
				// and Columbia University; a department and another).
				c := j
				for c < sent.Last && c < j+2 && (runConnector[s.word(doc, c)] || c == j && s.onSubject(doc, j)) {
					c++
				}
				w := s.word(doc, j)
				if c > j && c < sent.Last && doc.Tokens[c].Is(pipeline.Capitalized) &&
					!(w == "for" && seatBodies[s.word(doc, j-1)]) && // "House of Assembly for the Progressive Conservative Party": a seat's party
					!((w == "and" || w == "&") && (s.gaz.Lookup(s.word(doc, j-1)).Has(gazetteer.OrgWord) || chamberWords[s.word(doc, j-1)] ||
						bodyHeads[s.word(doc, c)])) {
					j = c + 1
					continue
				}
				break
			}
			start := i
			// A sentence's first word is capitalised anyway: drop it when it
			// is an article ("The", and "An") or a word mostly written
			// in lower case (Since, After).
			if start < j && (start == sent.First || onlyPunctBefore(doc, sent, start)) {
				w := s.word(doc, start)
				if c := s.model.Capitalisation(w); strings.EqualFold(w, "the") || w == "An" || c == 1 || c == 2 {
					start++
				}
			}
			for start < j && runConnector[s.word(doc, start)] {
				start++
			}
			org := false
			if j-start >= 2 && !doc.Tokens[start].Is(pipeline.AllCaps) {
				for t := start + 1; t < j; t++ {
					if s.gaz.Lookup(s.word(doc, t)).Has(gazetteer.OrgWord) && doc.Tokens[t].Is(pipeline.Capitalized) {
						org = true
					}
				}
				// an organization's word and "of" or "for" begin one too
				// ("Federation of American Scientists", "Institute for the
				// Study of Labor")
				if next := s.word(doc, start+1); j-start >= 3 && (next == "of" || next == "for" && !seatBodies[s.word(doc, start)]) && s.gaz.Lookup(s.word(doc, start)).Has(gazetteer.OrgWord) {
					org = true
				}
			}
			// two names joined by "&" are a firm, even where the tagger
			// made people of them ("Cushman & Wakefield", "Procter &
			// Gamble"); not two first names (a couple: "Hillary &
			// Chelsea") nor a title ("Giuliani & Sen.")
			firm := j-start == 3 && s.word(doc, start+1) == "&" && s.firmPartners(s.word(doc, start), s.word(doc, start+2))
			if org || firm {
				// candidates inside [start, j) are replaced; none may cross
				// it, but one may take in the article "A" that opens the
				// sentence, which reads as an initial, not a word of the run
				// ("[A Department] for Education spokesman said")
				lead := start
				if start-1 >= sent.First && s.word(doc, start-1) == "A" && (start-1 == sent.First || onlyPunctBefore(doc, sent, start-1)) {
					lead = start - 1
				}
				inside, crosses, people, orgs := 0, false, 0, 0
				for _, c := range cands {
					if c.first < j && lead < c.last {
						if c.first < lead || c.last > j || c.typ == pipeline.Person && !firm {
							crosses = true
						}
						switch c.typ {
						case pipeline.Person:
							people++
						case pipeline.Organization:
							orgs++ // "[Harrow] & Finch": the firm cut at its "&"
						}
						inside++
					}
				}
				if !org && people == 0 && orgs == 0 {
					crosses = true // a firm only where the tagger saw people or part of it as an organization
				}
				if !crosses && inside > 0 {
					for k < len(cands) && cands[k].first < lead {
						out = append(out, cands[k])
						k++
					}
					for k < len(cands) && cands[k].first < j {
						k++
					}
					out = append(out, cand{start, j, pipeline.Organization, si})
					changed = true
				}
			}
			i = j
		}
	}
	if !changed {
		return cands
	}
	return append(out, cands[k:]...)
}

// onHeads are the bodies named after their subject with "on": "the House
// Select Committee on Benghazi", "the Commission on Civil Rights", "the
// Council on Foreign Relations".
var onHeads = set("Committee", "Subcommittee", "Commission", "Council", "Board", "Caucus", "Panel")

// onSubject reports an "on" at i that joins such a body to its subject: the
// word before it is a capitalised head of onHeads, the word after it is
// capitalised and no day or month ("the Ethics Committee on Monday").
func (s *Stage) onSubject(doc *pipeline.Document, i int) bool {
	if s.word(doc, i) != "on" || i == 0 || i+1 >= len(doc.Tokens) || !onHeads[s.word(doc, i-1)] {
		return false
	}
	next := doc.Tokens[i+1]
	return next.Kind == pipeline.Word && next.Is(pipeline.Capitalized) && !s.gaz.Lookup(s.word(doc, i+1)).Has(gazetteer.TimeWord)
}

// bodyHeads begin a government body's name; "and" before one joins two
// names, not one ("the Department for Transport and the Department for
// Education").
var bodyHeads = set("Department", "Ministry")

// seatBodies are legislatures whose seats news names with "for": "Member of
// [Parliament] for [Tooting]", no organization "Parliament for Tooting".
var seatBodies = set("Parliament", "Assembly", "Congress", "Senate", "House", "Commons", "Legislature")

// firmPartners reports two words that can name the partners of a firm: not
// both first names, no title, no single letter.
func (s *Stage) firmPartners(a, b string) bool {
	ca, cb := s.gaz.Lookup(a), s.gaz.Lookup(b)
	title := func(w string, c gazetteer.Set) bool { return c.Has(gazetteer.Title) || extraTitles[w] }
	return !(ca.Has(gazetteer.FirstName) && cb.Has(gazetteer.FirstName)) && !title(a, ca) && !title(b, cb) &&
		utf8.RuneCountInString(a) > 1 && utf8.RuneCountInString(b) > 1 // not "Ann & I"
}

var runConnector = set("of", "the", "for", "and", "&", "de", "du", "la", "von", "van")

// addRuleMentions adds names the tagger does not produce: institutions in
// the institutions table (the state department), and groups named by a
// capitalised plural after "the" (the Houthis, the Taliban) that no list
// knows as something else. Candidates overlapping a tagged mention are left
// out.
//
// words holds every token's text (slices of doc.Text).
func (s *Stage) addRuleMentions(doc *pipeline.Document, words []string, cands []cand) []cand {
	n := len(cands)
	var modifiers map[string]bool
	// taken: the tagger's candidates are sorted and disjoint; the ones
	// added here come in text order, so only the last can overlap.
	taken := func(a, b int) bool {
		k := sort.Search(n, func(k int) bool { return cands[k].last > a })
		if k < n && cands[k].first < b {
			return true
		}
		return len(cands) > n && cands[len(cands)-1].last > a
	}
	for si, sent := range doc.Sentences {
		// a dateline in capitals (TUCSON, Ariz., ...; LIMA, Peru (AP))
		if j := s.datelineEnd(doc, sent); j > sent.First {
			if !taken(sent.First, j) {
				cands = append(cands, cand{sent.First, j, pipeline.Place, si})
			}
			// and the state or country after its comma ("Ariz.")
			e := j + 2
			if e < sent.Last && s.word(doc, e) == "." {
				e++
			}
			if s.word(doc, j) == "," && !taken(j+1, e) && !monthWords[s.word(doc, j+1)] {
				cands = append(cands, cand{j + 1, e, pipeline.Place, si})
			}
		}
		for i := sent.First; i < sent.Last; i++ {
			// institutions of one to three words; a single word only
			// capitalised (Congress, the Kremlin: the tagger misses them
			// where nothing around says "name")
			// (one lookup, not three, for a word no institution's name
			// starts with; a sentence's first word may be lower-cased below)
			starts := i == sent.First || institutionStarts.may(s.word(doc, i))
			for l := 3; l >= 1 && starts; l-- {
				if i+l > sent.Last || l == 1 && !doc.Tokens[i].Is(pipeline.Capitalized) {
					continue
				}
				text := doc.Text[doc.Tokens[i].Start:doc.Tokens[i+l-1].End]
				t, ok := institutions[text]
				if !ok && l > 1 && i == sent.First {
					// a lower-case department opening a sentence
					// ("Foreign ministry spokesman Gao said")
					var kb [64]byte // the key built on the stack: no allocation per sentence
					r, n := utf8.DecodeRuneInString(text)
					key := append(utf8.AppendRune(kb[:0], unicode.ToLower(r)), text[n:]...)
					t, ok = institutions[string(key)]
				}
				if ok && !taken(i, i+l) {
					cands = append(cands, cand{i, i + l, t, si})
					break
				}
			}
			// news organizations the lists know (AP, The New York Times); a
			// single capitalised word (Time) is too ambiguous.
			if doc.Tokens[i].Is(pipeline.Capitalized) {
				for l := min(4, sent.Last-i); l >= 1; l-- {
					if !s.gaz.Lookup(words[i:i+l]...).Has(gazetteer.NewsOrg) || taken(i, i+l) {
						continue
					}
					if l > 1 || doc.Tokens[i].Is(pipeline.AllCaps) {
						cands = append(cands, cand{i, i + l, pipeline.Organization, si})
					}
					break
				}
			}
			// a club: a capitalised word and a club's nickname (Calder Rovers)
			if i+1 < sent.Last && clubWords[words[i+1]] && doc.Tokens[i].Kind == pipeline.Word && doc.Tokens[i].Is(pipeline.Capitalized) &&
				!doc.Tokens[i].Is(pipeline.AllCaps) && !taken(i, i+2) && !strings.EqualFold(words[i], "the") {
				cands = append(cands, cand{i, i + 2, pipeline.Organization, si})
			}
			// a known first name and a demonym is a person whose surname
			// the demonym is (Mark Cuban, Paul English)
			if s.demonymSurname(doc, sent, i) && !taken(i, i+2) {
				cands = append(cands, cand{i, i + 2, pipeline.Person, si})
			}
			// a name and an Arabic surname with its article (Anwar
			// al-Awlaki, Bashar al-Assad)
			if s.arabicName(doc, sent, i) && !taken(i, i+2) {
				cands = append(cands, cand{i, i + 2, pipeline.Person, si})
			}
			// the + capitalised plural: a group (the Houthis, the Taliban)
			if i > sent.First && strings.EqualFold(s.word(doc, i-1), "the") && s.groupName(doc, i, &modifiers) && !taken(i, i+1) {
				cands = append(cands, cand{i, i + 1, pipeline.Organization, si})
			}
		}
	}
	if len(cands) > n {
		sortCands(cands)
	}
	return cands
}

// capsNewsOrgs finds the news organizations the lists know written in the
// capitals some use for their own name ("POLITICO", "USA TODAY"), replacing
// what the tagger found inside them ("[USA] TODAY"). A word of four or more
// capitals is read with an initial capital, and alone must be one news
// usually capitalises (not "TIME"); shorter ones are acronyms as they stand.
func (s *Stage) capsNewsOrgs(doc *pipeline.Document) {
	var added []pipeline.Mention
	ws := make([]string, 0, 4)
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			for l := min(4, sent.Last-i); l >= 1; l-- {
				ws = ws[:0]
				long := false
				for k := i; k < i+l; k++ {
					w := s.word(doc, k)
					if doc.Tokens[k].Kind != pipeline.Word || !doc.Tokens[k].Is(pipeline.AllCaps) {
						break
					}
					if utf8.RuneCountInString(w) >= 4 {
						if w = titleWord(w); l == 1 && s.model.Capitalisation(w) < 5 {
							break
						}
						long = true
					}
					ws = append(ws, w)
				}
				if len(ws) < l || !long || !s.gaz.Lookup(ws...).Has(gazetteer.NewsOrg) {
					continue
				}
				sp := pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[i+l-1].End}
				ok := true
				for _, m := range doc.Mentions {
					if m.Start < sp.End && sp.Start < m.End && (m.Start < sp.Start || m.End > sp.End || m.Span == sp && m.Type == pipeline.Organization) {
						ok = false
					}
				}
				if ok {
					for k := range doc.Mentions {
						if m := &doc.Mentions[k]; m.Start >= sp.Start && m.End <= sp.End {
							m.End = -1 // dropped below
						}
					}
					added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Organization, Entity: -1})
				}
				i += l - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return
	}
	replaceMentions(doc, added)
}

// articleSurname reports a surname written with the Arabic article, "al-"
// and a capitalised name ("al-Awlaki"), and answers the name without it.
func articleSurname(w string) (string, bool) {
	art, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !arabicArticles[art] {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest, unicode.IsUpper(r)
}

// arabicArticles are the forms of the Arabic article that news writes in
// lower case before a surname (al-Awlaki, el-Sayed, ash-Shami), as Reuters
// and AP transliterate them.
var arabicArticles = set("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")

// nameParticles join the parts of a person's name in lower case: "Khalid
// bin Saif al-Nuaimi", "María de la Rosa", "Pieter van der Linde".
var nameParticles = set("bin", "ibn", "bint", "de", "la", "del", "della", "van", "der", "den", "von", "da", "dos", "das", "di", "du", "le")

// capitalParticles are nameParticles capitalised, as a sentence's first
// word or Belgian and Dutch names write them ("De Wever", "Van Dyke").
var capitalParticles = func() map[string]bool {
	out := map[string]bool{}
	for p := range nameParticles {
		out[titleWord(p)] = true
	}
	return out
}()

// particleNames makes one person of a name whose parts lower-case
// particles or an Arabic article join, which the tagger cuts or misses:
// "[Khalid] bin [Saif al-Nuaimi]" is Khalid bin Saif al-Nuaimi, "de la
// [Rosa] said" is de la Rosa, and "el-Sayed" alone is a person where the
// article names someone "Amira el-Sayed". A run counts when one of its
// words is already a person's or it ends with an article surname after a
// capitalised word that is no title; a title at its start stays out.
func (s *Stage) particleNames(doc *pipeline.Document) {
	toks := doc.Tokens
	inPerson := func(i int) bool {
		for _, m := range doc.Mentions {
			if m.End >= 0 && m.Type == pipeline.Person && m.Start <= toks[i].Start && toks[i].End <= m.End {
				return true
			}
		}
		return false
	}
	nameWord := func(i int) bool {
		if i < 0 || i >= len(toks) || toks[i].Kind != pipeline.Word {
			return false
		}
		if _, ok := articleSurname(s.word(doc, i)); ok {
			return true
		}
		return toks[i].Is(pipeline.Capitalized) && !toks[i].Is(pipeline.AllCaps)
	}
	particle := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].Kind == pipeline.Word && nameParticles[s.word(doc, i)]
	}
	surnames := map[string]bool{}
	var added []pipeline.Mention
	for i := 0; i < len(toks); i++ {
		if !nameWord(i) {
			continue
		}
		a, b := i, i+1 // the run [a, b)
		for {
			j := b
			for particle(j) {
				j++
			}
			if !nameWord(j) || j > b && toks[j].Is(pipeline.SentStart) || j == b && toks[j].Is(pipeline.SentStart) {
				break
			}
			b = j + 1
		}
		i = b - 1
		a0 := a
		for a < b && (extraTitles[s.word(doc, a)] || s.gaz.Lookup(s.word(doc, a)).Has(gazetteer.Title)) {
			a++
		}
		if a >= b {
			continue
		}
		// particles before a person alone: "de la Rosa said"
		if b-a == 1 && particle(a-1) && inPerson(a) {
			for particle(a - 1) {
				a--
			}
			if nameWord(a - 1) {
				continue // a name before: the tagger's run decides
			}
		}
		joined, article := false, false
		for k := a; k < b; k++ {
			joined = joined || particle(k)
			_, ok := articleSurname(s.word(doc, k))
			article = ok && k == b-1
		}
		if !joined && !article {
			continue // most runs: no particle, no article (inPerson scans every mention)
		}
		person := false
		for k := a; k < b && !person; k++ {
			person = nameWord(k) && inPerson(k)
		}
		if person && !inPerson(a) && !particle(a) && !s.patronymBefore(doc, a, b, inPerson) {
			// "Transport Minister [María Fernanda de la Rosa Echeverri]":
			// the words before the tagger's person are an office, up to
			// its last title, particle or word the lists know as no name;
			// the given names after it stay, next to the tagger's person
			// ("[Youssef] Kamal el-Masri"; not "Los Hijos de [Trump]")
			cut := a
			for k := a; k < b && !inPerson(k); k++ {
				const nameBits = 1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName
				if s.titleAt(doc, k, b) > 0 || s.gaz.Lookup(s.word(doc, k))&^nameBits != 0 || personRoles[strings.ToLower(s.word(doc, k))] || particle(k) {
					cut = k + 1
				}
			}
			a = cut
		}
		last := s.word(doc, b-1)
		switch {
		case !joined && !article:
			continue
		case b-a == 1 && article:
			// a surname with its article alone: a person only if the
			// article names someone so
			if !surnames[strings.ToLower(last)] {
				continue
			}
		case !person && !(article && toks[a].Is(pipeline.Capitalized) && !notEntities[s.word(doc, a)]):
			continue
		}
		// an honorific the title loop passed belongs to the person, as
		// in clean ("Dr. Layla al-Hashimi"); Sir and Dame are not decided
		if s.honorificsInMention && a > a0 && honorifics[s.word(doc, a-1)] && !titledHonorifics[s.word(doc, a-1)] {
			a--
		}
		sp := pipeline.Span{Start: toks[a].Start, End: toks[b-1].End}
		same := false
		for k := range doc.Mentions {
			if m := &doc.Mentions[k]; m.End > sp.Start && m.Start < sp.End {
				if m.Span == sp && m.Type == pipeline.Person {
					same = true
					continue
				}
				m.End = -1
			}
		}
		if b-a >= 2 {
			surnames[strings.ToLower(last)] = true
		}
		if !same {
			added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Person, Entity: -1})
		}
	}
	replaceMentions(doc, added)
}

// kunyaWords open an Arabic teknonym, "father of" and "mother of": "Abu
// Faisal", "Umm Ahmed" name one person, not the child.
var kunyaWords = set("Abu", "Umm")

// kunyas takes a kunya's first word into the person the tagger found after
// it ("Umm [Ahmed]" is Umm Ahmed).
func (s *Stage) kunyas(doc *pipeline.Document) {
	toks := doc.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != pipeline.Word || toks[i+1].Is(pipeline.SentStart) || !kunyaWords[s.word(doc, i)] {
			continue
		}
		for k := range doc.Mentions {
			if m := &doc.Mentions[k]; m.End >= 0 && m.Type == pipeline.Person && m.Start == toks[i+1].Start {
				m.Start = toks[i].Start
			}
		}
	}
}

// patronyms join a given name to a father's name: "Hamad bin [Nasser Al
// Thani]", "Said bin [Khalfan al-Busaidi]".
var patronyms = set("bin", "ibn", "bint")

// patronymBefore reports that the words of the run [a, b) before the
// tagger's person end with a patronym: they are the person's given name,
// no office ("Sheikh Hamad bin [Nasser Al Thani]", the title already left
// out).
func (s *Stage) patronymBefore(doc *pipeline.Document, a, b int, inPerson func(int) bool) bool {
	for k := a + 1; k < b; k++ {
		if inPerson(k) {
			return patronyms[s.word(doc, k-1)]
		}
	}
	return false
}

// arabicName reports a capitalised word no list knows as anything but a
// name, followed by a surname with "al-" that ends the run of capitals:
// "Anwar al-Awlaki", "Bashar al-Assad" (the tagger misses the lower-case
// article).
func (s *Stage) arabicName(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	if i+1 >= sent.Last || i+2 < sent.Last && doc.Tokens[i+2].Kind == pipeline.Word && doc.Tokens[i+2].Is(pipeline.Capitalized) {
		return false
	}
	first := doc.Tokens[i]
	if first.Kind != pipeline.Word || !first.Is(pipeline.Capitalized) || first.Is(pipeline.AllCaps) {
		return false
	}
	if _, ok := articleSurname(s.word(doc, i+1)); !ok {
		return false
	}
	cls := s.gaz.Lookup(s.word(doc, i))
	name := cls &^ (1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName)
	return name == 0 && !notEntities[s.word(doc, i)] && !extraTitles[s.word(doc, i)]
}

// demonymSurname reports a known first name at token i followed by a
// demonym that ends the run of capitalised words: "Mark Cuban", but not
// "Jordan Israeli" (a place first) nor "Mark Cuban Foundation".
func (s *Stage) demonymSurname(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	if i+1 >= sent.Last || i > sent.First && doc.Tokens[i-1].Is(pipeline.Capitalized) && !onlyPunctBefore(doc, sent, i) ||
		i+2 < sent.Last && doc.Tokens[i+2].Is(pipeline.Capitalized) {
		return false
	}
	first, last := doc.Tokens[i], doc.Tokens[i+1]
	if first.Kind != pipeline.Word || last.Kind != pipeline.Word || !first.Is(pipeline.Capitalized) || !last.Is(pipeline.Capitalized) ||
		first.Is(pipeline.AllCaps) || last.Is(pipeline.AllCaps) {
		return false
	}
	fcls := s.gaz.Lookup(s.word(doc, i))
	surname := s.word(doc, i+1)
	return fcls.Has(gazetteer.FirstName) && !isPlace(fcls) && !fcls.Has(gazetteer.Demonym) && !fcls.Has(gazetteer.Title) &&
		isDemonym(s.gaz.Lookup(surname)) && !notEntities[surname] // not "Roman Catholic", "Hi Americans"
}

// orgHeads adds the bare first word of a multi-word organization whose last
// word is an organization word (State for the State Department, Defense for
// the Defense Ministry) where it stands alone later in the document, as in
// "State officials". The first word of a company's or club's name
// (data/orgheads.txt: Northway for Northway Trains, Halvorsen for Halvorsen
// Foods Inc) is that organization wherever it stands alone, whatever the
// tagger typed it, unless a list knows the word as a place, a person's first
// name, a demonym or a title; so is a club's nickname (Harriers for
// Westbrook Harriers).
func (s *Stage) orgHeads(doc *pipeline.Document) {
	var heads []string
	var retype []bool // the head overrides the tagger's type
	var ws []string
	for _, m := range doc.Mentions {
		if m.Type != pipeline.Organization {
			continue
		}
		ws = appendFields(ws[:0], nameOf(doc.Slice(m.Span)))
		if len(ws) < 2 || !hasUpper(ws[0]) || slices.Contains(heads, ws[0]) {
			continue
		}
		last := ws[len(ws)-1]
		company := orgHeadWords[last] || orgTails[last]
		if company && s.ownName(ws[0]) && !surnameOfPerson(doc, ws[0]) {
			heads = append(heads, ws[0])
			retype = append(retype, true)
		} else if len(ws) == 2 && s.gaz.Lookup(last).Has(gazetteer.OrgWord) && !notEntities[ws[0]] && !isDemonym(s.gaz.Lookup(ws[0])) {
			// Not an adjective that is no name alone: "the Republican
			// Party" does not make "Republican voters" the party.
			heads = append(heads, ws[0])
			retype = append(retype, false)
		}
		if clubWords[last] && !slices.Contains(heads, last) {
			heads = append(heads, last)
			retype = append(retype, true)
		}
	}
	if len(heads) == 0 {
		return
	}
	n := len(doc.Mentions)
	for k := range doc.Mentions[:n] {
		m := &doc.Mentions[k]
		if m.Type == pipeline.Organization {
			continue
		}
		if h := slices.Index(heads, doc.Slice(m.Span)); h >= 0 && retype[h] {
			m.Type = pipeline.Organization
		}
	}
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			w := s.word(doc, i)
			h := slices.Index(heads, w)
			if h < 0 || i == sent.First && !retype[h] || (i+1 < sent.Last && doc.Tokens[i+1].Is(pipeline.Capitalized)) || s.officeState(doc, i) {
				continue
			}
			sp := doc.Tokens[i].Span
			if !overlapsAny(doc.Mentions[:n], sp) {
				doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: sp, Type: pipeline.Organization, Entity: -1})
			}
		}
	}
}

// surnameOfPerson reports whether w ends a person's name of two words or
// more in the document: a company named after its owner (Trump Restaurants
// LLC beside Donald Trump) does not make the owner's surname alone the
// company.
func surnameOfPerson(doc *pipeline.Document, w string) bool {
	for _, m := range doc.Mentions {
		if m.Type != pipeline.Person {
			continue
		}
		name := nameOf(doc.Slice(m.Span))
		if i := strings.LastIndexByte(name, ' '); i > 0 && name[i+1:] == w {
			return true
		}
	}
	return false
}

// ownName reports whether a company's first word is a name of its own
// (Northway, Halvorsen), not a place, a first name, a demonym, a title or
// a common word the lists know.
func (s *Stage) ownName(w string) bool {
	cls := s.gaz.Lookup(w)
	if isPlace(cls) || cls.Has(gazetteer.FirstName) || cls.Has(gazetteer.Demonym) || cls.Has(gazetteer.Title) ||
		cls.Has(gazetteer.TimeWord) || cls.Has(gazetteer.OrgWord) || cls.Has(gazetteer.PlaceWord) || strings.EqualFold(w, "the") {
		return false
	}
	// a word news mostly writes in lower case (General, National) is not
	c := s.model.Capitalisation(w)
	return c != 1 && c != 2
}

// overlapsAny reports whether sp overlaps one of ms, which are sorted by
// start and disjoint.
func overlapsAny(ms []pipeline.Mention, sp pipeline.Span) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start })
	return i < len(ms) && ms[i].Start < sp.End
}

// groupName reports a capitalised plural after "the" that names a group:
// no list knows it, it does not look like a people's name (-ans, -ese,
// -ites), the word is not usually written in lower case (the Walls), and
// its singular stands elsewhere in the document as a capitalised modifier
// (Houthi fighters, the Houthis).
//
// modifiers caches, per document, the capitalised words followed by a
// lower-case word; it is built on first use.
func (s *Stage) groupName(doc *pipeline.Document, i int, modifiers *map[string]bool) bool {
	t := doc.Tokens[i]
	w := s.word(doc, i)
	if !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ans", "ese", "ites", "ists", "ss"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	if s.gaz.Lookup(w) != 0 || notEntities[w] || (i+1 < len(doc.Tokens) && doc.Tokens[i+1].Is(pipeline.Capitalized)) {
		return false
	}
	if c := s.model.Capitalisation(w); c != 0 && c < 4 {
		return false
	}
	if *modifiers == nil {
		*modifiers = map[string]bool{}
		for k := 0; k+1 < len(doc.Tokens); k++ {
			if doc.Tokens[k].Is(pipeline.Capitalized) && doc.Tokens[k+1].Is(pipeline.Lower) {
				(*modifiers)[doc.Slice(doc.Tokens[k].Span)] = true
			}
		}
	}
	return (*modifiers)[w[:len(w)-1]]
}

// headlines drops, in a headline (a first paragraph of one title-case
// sentence), mentions that no list knows and that the rest of the document
// does not name.
func (s *Stage) headlines(doc *pipeline.Document) {
	if len(doc.Mentions) == 0 || len(doc.Paragraphs) == 0 || doc.Paragraphs[0].Last-doc.Paragraphs[0].First != 1 {
		return
	}
	head := doc.Sentences[doc.Paragraphs[0].First]
	if !titleCase(doc, head) {
		return
	}
	elsewhere := map[string]bool{}
	// Words the article names elsewhere, by their lower-case form: a
	// one-word name, or the surname of a person named in full.
	named := map[string]pipeline.EntityType{}
	for _, m := range doc.Mentions {
		if !head.Contains(m.Span) {
			text := doc.Slice(m.Span)
			elsewhere[text] = true
			if first, last, n := wordsOf(text); n == 1 {
				named[strings.ToLower(first)] = m.Type
			} else if m.Type == pipeline.Person {
				named[strings.ToLower(last)] = m.Type
				elsewhere[personKey(first, last)] = true
			}
		}
	}
	kept := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		text := doc.Slice(m.Span)
		// a person named elsewhere by the same first and last word is
		// named here, whatever stands between (a nickname in marks)
		first, last, n := wordsOf(text)
		if head.Contains(m.Span) && !elsewhere[text] && !s.listed(text) && (m.Type != pipeline.Person || n < 3 || !elsewhere[personKey(first, last)]) {
			if _, ok := named[strings.ToLower(text)]; !ok {
				continue
			}
		}
		kept = append(kept, m)
	}
	// Headline words left untagged that the article names ("Biden Meets
	// Sunak" over "President Joe Biden met ... Rishi Sunak").
	for i := head.First; i < head.Last; i++ {
		t := doc.Tokens[i]
		if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || slices.ContainsFunc(kept, func(m pipeline.Mention) bool { return m.Overlaps(t.Span) }) {
			continue
		}
		if typ, ok := named[strings.ToLower(doc.Slice(t.Span))]; ok {
			kept = append(kept, pipeline.Mention{Span: t.Span, Type: typ, Entity: -1})
		}
	}
	doc.Mentions = kept
}

// titleCase reports a headline: a sentence that does not end in . ! or ?
// and in which most longer words are capitalised.
func titleCase(doc *pipeline.Document, s pipeline.Sentence) bool {
	if s.Last > s.First {
		switch doc.Slice(doc.Tokens[s.Last-1].Span) {
		case ".", "!", "?":
			return false
		}
	}
	return mostlyCapitalised(doc, s)
}

func onlyPunctBefore(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	for k := sent.First; k < i; k++ {
		if k := doc.Tokens[k].Kind; k != pipeline.Punct && k != pipeline.QuoteMark && k != pipeline.Dash {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func sortCands(c []cand) {
	sort.SliceStable(c, func(i, j int) bool { return c[i].first < c[j].first })
}

func sortMentions(m []pipeline.Mention) {
	sort.SliceStable(m, func(i, j int) bool { return m[i].Start < m[j].Start })
}

// familyNames makes a person of a two- or three-word mention typed otherwise
// that starts with a known first name and ends with the surname of a person
// named in the document (Chelsea Clinton beside Hillary Clinton), and of the
// plural of such a surname: the family ("the Clintons", "the Bushes").
func (s *Stage) familyNames(doc *pipeline.Document) {
	surnames := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Person {
			if _, last, n := wordsOf(nameOf(doc.Slice(m.Span))); n > 1 {
				surnames[last] = true
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Type == pipeline.Person {
			continue
		}
		first, last, n := wordsOf(doc.Slice(m.Span))
		if n >= 2 && n <= 3 && surnames[last] && s.gaz.Lookup(first).Has(gazetteer.FirstName) {
			m.Type = pipeline.Person
		}
		if n == 1 && (surnames[strings.TrimSuffix(first, "s")] || surnames[strings.TrimSuffix(first, "es")]) && strings.HasSuffix(first, "s") {
			m.Type = pipeline.Person
		}
	}
}

// dropOverlaps keeps, of mentions that overlap (a rule stretched one over
// its neighbour: "Company, LLC"), the longer one. ms is sorted by start.
func dropOverlaps(ms []pipeline.Mention) []pipeline.Mention {
	kept := ms[:0]
	for _, m := range ms {
		if n := len(kept); n > 0 && kept[n-1].Overlaps(m.Span) {
			if m.Len() > kept[n-1].Len() {
				kept[n-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// givenName reports a word the lists know as a given name.
func (s *Stage) givenName(w string) bool { return s.gaz.Lookup(w).Has(gazetteer.FirstName) }

// group collects mentions into entities and names each one, in text order.
// People: a full name is keyed by its first and last word (Hillary Clinton,
// Hillary Rodham Clinton); a lone surname or first name joins the person
// named with it most often before (the article's subject; ties go to the
// latest), or failing that the first named with it after, so Chelsea
// Clinton and Hillary Clinton stay two people and "Clinton" goes with the
// one the article is about. A double surname or its first half joins the
// name of three or four words that ends with it ("López Obrador", "Quispe"
// after "Rosa María Quispe Huamán"), unless it opens with a given name
// ("Joe Scarborough" is not "Trump rips Joe Scarborough"). Others: by
// their text, case-insensitively; a one-word organization joins the
// multi-word one it begins (State, the State Department).
func group(doc *pipeline.Document, givenName func(string) bool) {
	doc.Entities = doc.Entities[:0]
	byKey := map[string]int{}
	firstWords := map[string]int{} // first word of multi-word organizations
	acronyms := map[string]int{}   // type:initials of multi-word names
	lastSeen := map[int]int{}      // entity -> index of its latest mention
	// Full names of people, in text order, by their last and first word.
	type full struct {
		key string
		at  int
	}
	byLast, byFirst := map[string][]full{}, map[string][]full{}
	// The last two words of names of three or four words, and the word
	// before the last: a Spanish or Portuguese name's double surname and
	// its first half ("López Obrador", "Quispe" after "Rosa María Quispe
	// Huamán").
	byTail, byPaternal := map[string][]full{}, map[string][]full{}
	// The surname of a name whose particles join it, from the first
	// particle on ("von der Leyen" of "Ursula von der Leyen", "da Silva"),
	// the way news writes it alone.
	byParticle, byBefore := map[string][]full{}, map[string][]full{}
	names := make([]string, len(doc.Mentions))
	for mi, m := range doc.Mentions {
		names[mi] = nameOf(pipeline.CleanName(doc.Slice(m.Span)))
		if m.Type != pipeline.Person {
			continue
		}
		name := names[mi]
		first, last, n := wordsOf(name)
		if n == 3 || n == 4 {
			tail := name[strings.LastIndexByte(name[:strings.LastIndexByte(name, ' ')], ' ')+1:]
			if p, _, _ := strings.Cut(tail, " "); hasUpper(p[:1]) && !strings.HasSuffix(p, ".") {
				k := personKey(first, last)
				byPaternal[strings.ToUpper(p)] = append(byPaternal[strings.ToUpper(p)], full{k, mi})
				byTail[strings.ToUpper(tail)] = append(byTail[strings.ToUpper(tail)], full{k, mi})
			}
		}
		if n >= 3 {
			if at, before := particleSurname(name); at > 0 {
				k := personKey(first, last)
				byParticle[strings.ToUpper(name[at:])] = append(byParticle[strings.ToUpper(name[at:])], full{k, mi})
				if before != "" {
					// the name before the particles, news's short form of a
					// Portuguese name ("Lula" of "Luiz Inácio Lula da Silva")
					byBefore[strings.ToUpper(before)] = append(byBefore[strings.ToUpper(before)], full{k, mi})
				}
			}
		}
	}
	var up []byte
	for mi, m := range doc.Mentions {
		if m.Type != pipeline.Person {
			continue
		}
		name := names[mi]
		if first, last, n := wordsOf(name); n > 1 {
			if up = appendUpper(up[:0], name); n == 2 && len(byTail[string(up)]) > 0 && !givenName(first) {
				continue // "Quispe Huamán" is the full name's, not a name of its own
			}
			// Keyed in capitals: "LINWOOD:" in a transcript's label joins
			// "DAVID LINWOOD", "Jane" joins "JANE OKORO".
			k := personKey(first, last)
			if rest, ok := articleSurname(last); ok {
				// "Sisi" and "Mr. Sisi" after "Abdel Fattah el-Sisi"
				byLast[strings.ToUpper(rest)] = append(byLast[strings.ToUpper(rest)], full{k, mi})
			}
			last, first = strings.ToUpper(last), strings.ToUpper(first)
			byLast[last] = append(byLast[last], full{k, mi})
			byFirst[first] = append(byFirst[first], full{k, mi})
		}
	}
	// pick returns the key of the person named with w most often before
	// mention mi, else of the first named with it after.
	pick := func(fs []full, mi int) (string, bool) {
		best, bestN, bestAt := "", 0, -1
		for _, f := range fs {
			e, ok := byKey[f.key]
			if !ok || lastSeen[e] >= mi {
				continue
			}
			if n := len(doc.Entities[e].Mentions); n > bestN || n == bestN && lastSeen[e] > bestAt {
				best, bestN, bestAt = f.key, n, lastSeen[e]
			}
		}
		if best != "" {
			return best, true
		}
		for _, f := range fs {
			if f.at > mi {
				return f.key, true
			}
		}
		return "", false
	}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		name := names[mi]
		key := m.Type.String() + ":" + strings.ToLower(name)
		if m.Type == pipeline.Person {
			first, last, n := wordsOf(name)
			up = appendUpper(up[:0], name) // looked up in capitals: BIDEN in a headline
			tail := ""
			if n == 2 && len(byTail[string(up)]) > 0 && !givenName(first) {
				if k, ok := pick(byTail[string(up)], mi); ok {
					if _, known := byKey[personKey(first, last)]; !known {
						tail = k // "López Obrador"
					}
				}
			}
			if n > 1 && tail == "" && (nameParticles[first] || capitalParticles[first]) {
				// "von der Leyen", "De la Fuente" opening a sentence: the
				// surname of the full name that ends with it
				if k, ok := pick(byParticle[string(up)], mi); ok {
					tail = k
				}
			}
			if tail != "" {
				key = tail
			} else if n > 1 {
				key = personKey(first, last)
			} else if k, ok := pick(byLast[string(up)], mi); ok {
				key = k
			} else if k, ok := pick(byFirst[string(up)], mi); ok {
				key = k
			} else if k, ok := pick(byPaternal[string(up)], mi); ok && !givenName(name) {
				key = k
			} else if k, ok := pick(byBefore[string(up)], mi); ok {
				key = k
			} else {
				key = "person:" + name
			}
		}
		e, ok := byKey[key]
		if !ok {
			// An acronym and its long form, in either order (CPJ, the
			// Committee to Protect Journalists).
			if letters := acronymLetters(name); letters != "" {
				e, ok = acronyms[m.Type.String()+":"+letters]
			} else if ini := longFormInitials(name); ini != "" {
				e, ok = byKey[m.Type.String()+":"+strings.ToLower(ini)]
			}
			if ok {
				byKey[key] = e
			}
		}
		if !ok && m.Type == pipeline.Organization && !strings.Contains(name, " ") {
			// "State" after "the State Department" (only a first word counts:
			// "Sun" does not join "The New York Sun").
			e, ok = firstWords[strings.ToLower(name)]
		}
		if !ok {
			e = len(doc.Entities)
			byKey[key] = e
			doc.Entities = append(doc.Entities, pipeline.Entity{Type: m.Type, Name: name})
			if ini := longFormInitials(name); ini != "" {
				if _, dup := acronyms[m.Type.String()+":"+ini]; !dup {
					acronyms[m.Type.String()+":"+ini] = e
				}
			}
			if first, _, multi := strings.Cut(name, " "); multi && m.Type == pipeline.Organization {
				if _, dup := firstWords[strings.ToLower(first)]; !dup {
					firstWords[strings.ToLower(first)] = e
				}
			}
		}
		if cur := doc.Entities[e].Name; words(name) > words(cur) ||
			words(name) == words(cur) && (isUpper(cur) && !isUpper(name) || formalOf(name, cur)) {
			doc.Entities[e].Name = name // the fullest name, as running text writes it
		}
		m.Entity = e
		lastSeen[e] = mi
		doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, mi)
	}
	for e := range doc.Entities {
		if doc.Entities[e].Type == pipeline.Person {
			doc.Entities[e].Name = runningName(doc, doc.Entities[e])
		}
	}
}

// particleSurname finds the surname a particle opens in a person's name of
// three words or more: the byte offset of the first particle after the
// first word, with a capitalised word after it ("von" in "Ursula von der
// Leyen", "da" in "Luiz Inácio Lula da Silva", Belgian and Dutch "De" in
// "Bart De Wever"), 0 if none; and the word before the particles when it is
// not the first word ("Lula").
func particleSurname(name string) (at int, before string) {
	prev, prevAt := "", -1
	for i := 0; i < len(name); {
		j := strings.IndexByte(name[i:], ' ')
		if j < 0 {
			j = len(name) - i
		}
		w := name[i : i+j]
		if i > 0 && (nameParticles[w] || capitalParticles[w]) && strings.IndexFunc(name[i+j:], unicode.IsUpper) >= 0 {
			if prevAt > 0 {
				before = prev
			}
			return i, before
		}
		prev, prevAt = w, i
		i += j + 1
	}
	return 0, ""
}

// runningName writes a person's name in capitals (a transcript's label:
// "JANE OKORO") as running text does when the article also names the person
// in running text ("Thank you, Jane"): each word as the running text spells
// it, else with an initial capital. Otherwise the name stands as it is.
func runningName(doc *pipeline.Document, e pipeline.Entity) string {
	if !isUpper(e.Name) {
		return e.Name
	}
	spelt := map[string]string{}
	for _, mi := range e.Mentions {
		text := nameOf(pipeline.CleanName(doc.Slice(doc.Mentions[mi].Span)))
		if isUpper(text) {
			continue
		}
		for _, w := range strings.Fields(text) {
			spelt[strings.ToUpper(w)] = w
		}
	}
	if len(spelt) == 0 {
		return e.Name
	}
	ws := strings.Fields(e.Name)
	for i, w := range ws {
		if sp, ok := spelt[w]; ok {
			ws[i] = sp
		} else {
			ws[i] = titleWord(w)
		}
	}
	return strings.Join(ws, " ")
}

// personKey keys a person's full name by its first and last word.
func personKey(first, last string) string {
	return "person:" + names.Formal(strings.ToLower(first)) + " " + strings.ToLower(last)
}

// formalOf reports name as the formal form of cur, a name of as many words
// whose first word is its short form: "Kenneth Starr" of "Ken Starr".
func formalOf(name, cur string) bool {
	nf, _, ok1 := strings.Cut(name, " ")
	cf, _, ok2 := strings.Cut(cur, " ")
	return ok1 && ok2 && names.IsShortFor(cf, nf)
}

// nameOf is a mention's text without honorifics.
func nameOf(text string) string {
	for {
		first, rest, ok := strings.Cut(text, " ")
		if !ok || !honorifics[first] {
			return text
		}
		text = rest
	}
}

func words(s string) int { return strings.Count(s, " ") + 1 }

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

func lines(s string) map[string]bool {
	m := map[string]bool{}
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

func typedLines(s string) map[string]pipeline.EntityType {
	m := map[string]pipeline.EntityType{}
	for l := range strings.SplitSeq(s, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if t, name, ok := strings.Cut(l, "\t"); ok {
			m[strings.TrimSpace(name)] = pipeline.ParseEntityType(t)
		}
	}
	return m
}

// startBytes holds the first byte and the first two bytes of a table's
// keys, as bit sets small enough to stay in the processor's first-level
// cache: may answers whether a key can start with a word — a name that
// starts at a token starts with the token's text — without a map lookup
// (tuned: a map of every prefix of the keys was slower than the lookups it
// saved, its size being what a lookup pays).
type startBytes struct {
	one [256 / 64]uint64
	two [65536 / 64]uint64
}

func startBytesOf[V any](table map[string]V) *startBytes {
	b := &startBytes{}
	for k := range table {
		if k == "" {
			continue
		}
		b.one[k[0]/64] |= 1 << (k[0] % 64)
		if len(k) >= 2 {
			p := uint16(k[0])<<8 | uint16(k[1])
			b.two[p/64] |= 1 << (p % 64)
		}
	}
	return b
}

// may reports whether some key starts with w; false is certain.
func (b *startBytes) may(w string) bool {
	switch len(w) {
	case 0:
		return true
	case 1:
		return b.one[w[0]/64]&(1<<(w[0]%64)) != 0
	}
	p := uint16(w[0])<<8 | uint16(w[1])
	return b.two[p/64]&(1<<(p%64)) != 0
}

// firstWords returns the first words of the table's entries of two words.
func firstWords(table map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range table {
		if a, _, ok := strings.Cut(k, " "); ok {
			out[a] = true
		}
	}
	return out
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// orgHeadLines reads data/orgheads.txt: one word a line, "club<TAB>word"
// for a club's nickname.
func orgHeadLines(s string) (heads, clubs map[string]bool) {
	heads, clubs = map[string]bool{}, map[string]bool{}
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if kind, w, ok := strings.Cut(l, "\t"); ok && kind == "club" {
			clubs[w] = true
			l = w
		}
		heads[l] = true
	}
	return heads, clubs
}

// datelineEnd returns the end of a dateline in capitals that opens the
// sentence (LIMA, Peru (AP) —; TUCSON, Ariz., March 4), or sent.First if
// there is none: words in capitals followed by a comma and a place (or an
// abbreviation such as "Ariz."), or by a news agency in parentheses.
func (s *Stage) datelineEnd(doc *pipeline.Document, sent pipeline.Sentence) int {
	j := sent.First
	for j < sent.Last && doc.Tokens[j].Kind == pipeline.Word && doc.Tokens[j].Is(pipeline.AllCaps) {
		j++
	}
	if j == sent.First || j+1 >= sent.Last {
		return sent.First
	}
	run := make([]string, 0, j-sent.First)
	for k := sent.First; k < j; k++ {
		run = append(run, s.word(doc, k))
	}
	if cls := s.gaz.Lookup(run...); cls.Has(gazetteer.NewsOrg) || cls.Has(gazetteer.OrgName) || cls.Has(gazetteer.Company) {
		return sent.First
	}
	if _, ok := institutions[strings.Join(run, " ")]; ok {
		return sent.First
	}
	next, after := s.word(doc, j), s.word(doc, j+1)
	switch {
	case next == "," && doc.Tokens[j+1].Kind == pipeline.Number && j+2 < sent.Last && monthWords[strings.TrimSuffix(s.word(doc, j+2), ".")] &&
		s.paragraphOpens(doc, sent):
		// "MTHATHA, 14 March —": the day before the month, as news
		// outside the US dates its datelines
		return j
	case next == "," && doc.Tokens[j+1].Is(pipeline.Capitalized):
		cls := s.gaz.Lookup(after)
		if isPlace(cls) || strings.HasSuffix(after, ".") || j+2 < sent.Last && s.word(doc, j+2) == "." {
			return j
		}
		// a country of two or three words whose first is no place ("RIYADH,
		// Saudi Arabia (AP)", "ABU DHABI, United Arab Emirates")
		place := []string{after}
		for k := j + 2; k < j+4 && k < sent.Last && doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.Capitalized); k++ {
			if place = append(place, s.word(doc, k)); isPlace(s.gaz.Lookup(place...)) {
				return j
			}
		}
		// "BOGOTÁ, Nov 27 (AFP) -", "VIENNA, Nov. 27 (Reuters) -": a wire's
		// dateline with its date, a day's number after a month
		if monthWords[strings.TrimSuffix(after, ".")] && s.paragraphOpens(doc, sent) {
			k := j + 2
			if k < sent.Last && s.word(doc, k) == "." {
				k++
			}
			if k < sent.Last && doc.Tokens[k].Kind == pipeline.Number {
				return j
			}
		}
	case next == "(" && s.gaz.Lookup(after).Has(gazetteer.NewsOrg):
		return j
	case doc.Tokens[j].Kind == pipeline.Dash && doc.Tokens[j+1].Is(pipeline.Capitalized) && s.paragraphOpens(doc, sent):
		// "BERNE – Voters …", "VIENNA – Talks …": a European outlet's
		// dateline and a dash; a known place, or a word news writes
		// capitalised (not "UPDATE –") or a word of five letters or more
		// that the model never saw ("KAIKŌURA —"; not "PSA —").
		cased := make([]string, len(run))
		for k, w := range run {
			cased[k] = titleWord(w)
		}
		if c := s.model.Capitalisation(cased[0]); isPlace(s.gaz.Lookup(cased...)) || len(run) == 1 && (c >= 4 || c == 0 && utf8.RuneCountInString(run[0]) >= 5) {
			return j
		}
	}
	return sent.First
}

// monthWords are the months as datelines write them, in full or cut.
var monthWords = set("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

// paragraphOpens reports whether sent is the first sentence of its paragraph.
func (s *Stage) paragraphOpens(doc *pipeline.Document, sent pipeline.Sentence) bool {
	return sent.Paragraph >= 0 && sent.Paragraph < len(doc.Paragraphs) && doc.Tokens[sent.First].Start == doc.Paragraphs[sent.Paragraph].Start
}

// dateline reports whether [first, last) is a dateline in capitals.
func (s *Stage) dateline(doc *pipeline.Document, si, first, last int) bool {
	sent := doc.Sentences[si]
	return first == sent.First && s.datelineEnd(doc, sent) == last
}

func isPlace(cls gazetteer.Set) bool {
	return cls.Has(gazetteer.Country) || cls.Has(gazetteer.BigCity) || cls.Has(gazetteer.City) || cls.Has(gazetteer.Region)
}

// placeTitles are offices held for a place: a capitalised word before one
// inside a person's name is that place ("Millbrook Mayor [Joan
// Fitzgerald]"). Before other titles it is an organization ("Skyward Chief
// Executive ...").
var placeTitles = set("Mayor", "Governor", "Gov.", "Premier", "Councillor", "Councilor", "Sheriff", "Senator", "Sen.")

// trimPlaceTitles cuts an office held for a place off the end of a place's
// or an organization's candidate that a capitalised word (the holder's
// name) follows: "[Port Arlen Mayor] Luis Ferreira" → [Port Arlen] Mayor
// Luis Ferreira, where the tagger, having seen the place earlier in the
// article, took the office into it (round 16).
func (s *Stage) trimPlaceTitles(doc *pipeline.Document, cands []cand) {
	for ci := range cands {
		c := &cands[ci]
		if c.typ == pipeline.Person || c.last-c.first < 2 || !placeTitles[s.word(doc, c.last-1)] {
			continue
		}
		if sent := doc.Sentences[c.sent]; c.last < sent.Last && doc.Tokens[c.last].Kind == pipeline.Word && doc.Tokens[c.last].Is(pipeline.Capitalized) {
			c.last--
		}
	}
}

// splitTitled splits a person's candidate that holds a title after its
// first word into the name before the title and the person after it:
// "Millbrook Mayor Joan Fitzgerald" → [Millbrook] Mayor [Joan Fitzgerald];
// so too a place's candidate that holds an office held for a place (round
// 16: the tagger, having seen the place earlier, read "[Port Selden Mayor
// Ines Batista]" as one place).
func (s *Stage) splitTitled(doc *pipeline.Document, cands []cand) []cand {
	var out []cand
	for ci, c := range cands {
		if c.typ != pipeline.Person && c.typ != pipeline.Place || c.last-c.first < 3 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		split := false
		for k := c.first + 1; k < c.last-1; k++ {
			n := s.titleAt(doc, k, c.last)
			if n == 0 || k+n >= c.last || !doc.Tokens[k].Is(pipeline.Capitalized) || c.typ == pipeline.Place && !placeTitles[s.word(doc, k)] {
				continue
			}
			typ := pipeline.Organization
			if placeTitles[s.word(doc, k)] || isPlace(s.gaz.Lookup(s.word(doc, c.first))) {
				typ = pipeline.Place
			}
			if out == nil {
				out = append(make([]cand, 0, len(cands)+1), cands[:ci]...)
			}
			out = append(out, cand{c.first, k, typ, c.sent}, cand{k, c.last, pipeline.Person, c.sent})
			split = true
			break
		}
		if !split && out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return cands
	}
	return out
}

// officeState reports a "State" at token i that names an office with the
// words before it, "Secretary of State" (also "Secretaries of", and
// hyphened: "then-Secretary of"), not the State Department.
func (s *Stage) officeState(doc *pipeline.Document, i int) bool {
	if i < 2 || s.word(doc, i) != "State" || s.word(doc, i-1) != "of" {
		return false
	}
	w := s.word(doc, i-2)
	return strings.HasSuffix(w, "Secretary") || strings.HasSuffix(w, "Secretaries")
}

// splitPeopleOf splits a person's candidate that runs across "of" after a
// full name: "Sen. [Rand Paul] of [Kentucky]", "said political scientist
// [Patrick Murray] of [Christie]" (what he said of him). The part before
// "of" is two or three capitalised words opening with a given name the lists
// know (not "Joan of Arc"); the part after, capitalised words, is a place
// where the lists know one, an organization where it holds an
// organization's word, a person where the lists know a surname, and is left
// out otherwise.
func (s *Stage) splitPeopleOf(doc *pipeline.Document, cands []cand) []cand {
	var out []cand
	for ci, c := range cands {
		k := c.first + 2
		for k < c.last && k <= c.first+3 && s.word(doc, k) != "of" {
			k++
		}
		if c.typ != pipeline.Person || k >= c.last-1 || k > c.first+3 || s.word(doc, k) != "of" ||
			!s.gaz.Lookup(s.word(doc, c.first)).Has(gazetteer.FirstName) {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		words := make([]string, 0, c.last-k-1)
		capitalised := true
		for i := c.first; i < c.last; i++ {
			if i != k && (doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized)) {
				capitalised = false
			}
			if i > k {
				words = append(words, s.word(doc, i))
			}
		}
		if !capitalised {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]cand, 0, len(cands)+1), cands[:ci]...)
		}
		out = append(out, cand{c.first, k, pipeline.Person, c.sent})
		cls := s.gaz.Lookup(words...)
		typ := pipeline.NoType
		switch {
		case isPlace(cls):
			typ = pipeline.Place
		case slices.ContainsFunc(words, func(w string) bool { return s.gaz.Lookup(w).Has(gazetteer.OrgWord) }):
			typ = pipeline.Organization
		case len(words) == 1 && cls.Has(gazetteer.LastName):
			typ = pipeline.Person
		}
		if typ != pipeline.NoType {
			out = append(out, cand{k + 1, c.last, typ, c.sent})
		}
	}
	if out == nil {
		return cands
	}
	return out
}

// partyAdjectives stand before a politician's state or title, no part of a
// name ("Republican South Carolina Sen. Lindsey Graham").
var partyAdjectives = set("Republican", "Democratic", "Democrat")

// legislatureWords name a legislature or one of its chambers alone; a
// party's adjective before one is no part of the name.
var legislatureWords = set("Senate", "House", "Congress", "Assembly", "Legislature")

// chamberWords name a chamber of a legislature alone, once the article has
// said which ("the House and the Senate").
var chamberWords = set("House", "Senate", "Assembly")

// legislatures are names of a legislature or a chamber that, named in an
// article, make its "the House" or "the Assembly" a chamber: Congress, the
// Senate, and Westminster's ("told the House" after "the Commons").
var legislatures = set("Senate", "Congress", "Commons", "House of Commons", "House of Lords", "Parliament")

// chamberCues follow "House" when it names the chamber: "House Speaker Paul
// Ryan", "House Democrats", "House GOP leaders", "House Minority Leader".
var chamberCues = set("Speaker", "Democrats", "Republicans", "GOP", "Democratic", "Republican", "Majority", "Minority")

// chambers finds the House (or a state's Assembly) of a legislature the
// tagger left out, in an article that names the Senate, Congress or
// Westminster's Commons or Parliament (legislatures): "the House" not followed by a
// capitalised word, and "House" before a chamber cue. A party's members or
// the GOP right after a chamber are one body with it ("[House GOP] leaders",
// "top [Senate Republicans]").
//
// "House Speaker" is the chamber in any article, and a "House" the tagger
// typed otherwise before a chamber cue becomes the chamber; in an article
// that names the Senate or Congress, so does a "House" inside a sentence
// before a lower-case word ("a top House leader").
func (s *Stage) chambers(doc *pipeline.Document) {
	legislature := false
	for _, m := range doc.Mentions {
		if t := doc.Slice(m.Span); m.Type == pipeline.Organization && legislatures[t] {
			legislature = true
			break
		}
	}
	n := len(doc.Mentions)
	changed := false
	drop := map[int]bool{}
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			if !doc.Tokens[i].Is(pipeline.Capitalized) { // chamber words are capitalised
				continue
			}
			w := s.word(doc, i)
			if !chamberWords[w] {
				continue
			}
			sp := doc.Tokens[i].Span
			k := sort.Search(n, func(k int) bool { return doc.Mentions[k].End > sp.Start })
			own := k < n && doc.Mentions[k].Span == sp
			if k < n && doc.Mentions[k].Start < sp.End && !own {
				continue // inside a longer name (the White House)
			}
			next := ""
			if i+1 < sent.Last {
				next = s.word(doc, i+1)
			}
			if !legislature && (w != "House" || next != "Speaker") {
				continue
			}
			// the body after the chamber: "House GOP", "Senate Republicans"
			if body := k + 1; own && body < n || !own && k < n {
				if !own {
					body = k
				}
				b := doc.Mentions[body]
				if (next == "GOP" || next == "Democrats" || next == "Republicans") && b.Span == doc.Tokens[i+1].Span {
					doc.Mentions[body].Start = sp.Start
					doc.Mentions[body].Type = pipeline.Organization
					if own {
						drop[k] = true
					}
					changed = true
					continue
				}
			}
			if w != "House" && w != "Assembly" {
				continue
			}
			if own {
				if chamberCues[next] && doc.Mentions[k].Type != pipeline.Organization {
					doc.Mentions[k].Type = pipeline.Organization
				}
				continue
			}
			nextCap := i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && doc.Tokens[i+1].Is(pipeline.Capitalized)
			nextLower := i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && !nextCap
			if chamberCues[next] || i > sent.First && strings.EqualFold(s.word(doc, i-1), "the") && !nextCap ||
				i > sent.First && !onlyPunctBefore(doc, sent, i) && nextLower {
				doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: sp, Type: pipeline.Organization, Entity: -1})
				changed = true
			}
		}
	}
	if !changed {
		return
	}
	kept := doc.Mentions[:0]
	for k, m := range doc.Mentions {
		if !drop[k] {
			kept = append(kept, m)
		}
	}
	doc.Mentions = kept
	sortMentions(doc.Mentions)
}

// compoundSuffixes make an adjective of a place before them: "U.S.-led",
// "Iran-backed", "London-based".
var compoundSuffixes = set("led", "backed", "based", "born", "funded", "owned", "run", "made", "brokered", "controlled", "allied")

// placeCompounds adds the place of a hyphenated compound the tokenizer keeps
// as one word ("the [U.S.]-led coalition", "[Iran]-backed militias").
func (s *Stage) placeCompounds(doc *pipeline.Document) {
	n := len(doc.Mentions)
	for i, t := range doc.Tokens {
		w := doc.Slice(t.Span)
		h := strings.LastIndexByte(w, '-')
		if h <= 0 || !compoundSuffixes[w[h+1:]] {
			continue
		}
		sp := pipeline.Span{Start: t.Start, End: t.Start + h}
		// the place may begin a word earlier: "New York-based"
		if i > 0 && doc.Tokens[i-1].Kind == pipeline.Word && doc.Tokens[i-1].Is(pipeline.Capitalized) && !strings.EqualFold(s.word(doc, i-1), "the") {
			if !isPlace(s.gaz.Lookup(s.word(doc, i-1), w[:h])) {
				continue
			}
			sp.Start = doc.Tokens[i-1].Start
		} else if !isPlace(s.gaz.Lookup(w[:h])) {
			continue
		}
		if !overlapsAny(doc.Mentions[:n], sp) {
			doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: sp, Type: pipeline.Place, Entity: -1})
		}
	}
	if len(doc.Mentions) > n {
		sortMentions(doc.Mentions)
	}
}

// titleConnectors may stand in lower case inside a title ("Meet the Press").
var titleConnectors = set("of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by")

// quotedTitles drops a person's mention that is a strict part of a work's
// title in quotation marks: MSNBC's "Morning [Joe]", "[Andrea Mitchell]
// Reports", the book "The Making of [Donald Trump]"; after "on" or "told",
// an organization that is the whole title too (told "Fox News Sunday"). A
// work is no entity, and neither is what its title holds. Only titles after
// an organization's possessive, a work's word, "on" or "told" count: a quoted slogan or headline ("Never
// Trump", "Donald Trump Leads") names the person. Places inside one are left
// alone: a quoted nickname ("The Jake") or motto ("Protector of Mexico")
// holds real places.
func (s *Stage) quotedTitles(doc *pipeline.Document) {
	changed := false
	for i := 0; i < len(doc.Tokens); i++ {
		if doc.Tokens[i].Kind != pipeline.QuoteMark {
			continue
		}
		// the title: capitalised words and connectors up to the closing mark
		j := i + 1
		for j < len(doc.Tokens) && j-i <= 7 && doc.Tokens[j].Kind == pipeline.Word &&
			(doc.Tokens[j].Is(pipeline.Capitalized) || titleConnectors[s.word(doc, j)]) {
			j++
		}
		// a comma may close the title inside the marks ("Reports,")
		end := j
		if end < len(doc.Tokens) && s.word(doc, end) == "," {
			end++
		}
		if j-i < 3 || end >= len(doc.Tokens) || doc.Tokens[end].Kind != pipeline.QuoteMark || !doc.Tokens[i+1].Is(pipeline.Capitalized) {
			continue
		}
		show := i >= 1 && showCues[s.word(doc, i-1)]
		if !show && !s.workCue(doc, i) {
			continue
		}
		title := pipeline.Span{Start: doc.Tokens[i+1].Start, End: doc.Tokens[j-1].End}
		for k := range doc.Mentions {
			m := &doc.Mentions[k]
			if m.End >= 0 && (m.Type == pipeline.Person && m.Start >= title.Start && m.End <= title.End && m.Span != title ||
				show && m.Type == pipeline.Organization && m.Span == title) {
				m.End = -1
				changed = true
			}
		}
		i = end
	}
	if !changed {
		return
	}
	replaceMentions(doc, nil)
}

// showCues put a broadcast's title in quotation marks right after them:
// "said on “Meet the Press”", "told “Fox News Sunday”". The whole title
// is then no organization either (a show is a work, not its broadcaster).
var showCues = set("on", "told")

// workWords introduce a work's title: the show "Meet the Press".
var workWords = set("show", "program", "programme", "book", "memoir", "novel", "film", "movie", "documentary",
	"play", "musical", "series", "column", "podcast", "album", "song", "segment", "special", "textbook", "novella")

// workCue reports whether the quotation mark at token i opens a work's
// title: after an organization's possessive (NBC's "Meet the Press") or a
// work's word (the book "...", a documentary called "...").
func (s *Stage) workCue(doc *pipeline.Document, i int) bool {
	if i >= 2 && (s.word(doc, i-1) == "'s" || s.word(doc, i-1) == "’s") {
		end := doc.Tokens[i-2].End
		for _, m := range doc.Mentions {
			if m.End == end && m.Type == pipeline.Organization {
				return true
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if workWords[s.word(doc, k)] {
			return true
		}
	}
	return false
}

// partyStates adds the state of a lawmaker's party-state tag as a place:
// "Sen. Jane Doe (D-[Calif.])", "(R-[Texas])", "(I-[VT])", and the tag set
// off by a comma right after a person's name, AP's style: "Sen. Jane Doe,
// R-[Texas], said". The tokenizer keeps "D-Calif" as one word and the
// tagger sees no place in it. A state alone in brackets right after a
// person's name is one too: "Sen. Jane Doe ([Vt.])", the Washington Post's
// style.
func (s *Stage) partyStates(doc *pipeline.Document) {
	n := len(doc.Mentions)
	for i := 1; i < len(doc.Tokens); i++ {
		t := doc.Tokens[i]
		w := doc.Slice(t.Span)
		if sp, ok := s.bracketedState(doc, i, n); ok {
			doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: sp, Type: pipeline.Place, Entity: -1})
			continue
		}
		if len(w) < 4 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) ||
			s.word(doc, i-1) != "(" && !(s.word(doc, i-1) == "," && personEndsAt(doc.Mentions[:n], doc.Tokens[i-1].Start)) {
			continue
		}
		state := pipeline.Span{Start: t.Start + 2, End: t.End}
		name := w[2:]
		switch {
		case i+1 < len(doc.Tokens) && s.word(doc, i+1) == "." && doc.Tokens[i+1].Start == t.End && usStates[name+"."]:
			state.End = doc.Tokens[i+1].End
		case usStates[name] || usStates[name+"."]:
		default:
			continue
		}
		if !overlapsAny(doc.Mentions[:n], state) {
			doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: state, Type: pipeline.Place, Entity: -1})
		}
	}
	if len(doc.Mentions) > n {
		sortMentions(doc.Mentions)
	}
}

// personEndsAt reports a person's mention among ms that ends at offset end.
func personEndsAt(ms []pipeline.Mention, end int) bool {
	for _, m := range ms {
		if m.Type == pipeline.Person && m.End == end {
			return true
		}
	}
	return false
}

// bracketedState reports a US state's name or abbreviation alone in
// brackets at token i ("(Vt.)", "(Vt" "." ")") right after a person's
// mention among the first n mentions, and its span.
func (s *Stage) bracketedState(doc *pipeline.Document, i, n int) (pipeline.Span, bool) {
	if i < 2 || s.word(doc, i-1) != "(" || doc.Tokens[i].Kind != pipeline.Word {
		return pipeline.Span{}, false
	}
	sp := doc.Tokens[i].Span
	j := i + 1
	if j < len(doc.Tokens) && s.word(doc, j) == "." && doc.Tokens[j].Start == sp.End {
		sp.End = doc.Tokens[j].End
		j++
	}
	if j >= len(doc.Tokens) || s.word(doc, j) != ")" || !usStates[doc.Slice(sp)] || overlapsAny(doc.Mentions[:n], sp) {
		return pipeline.Span{}, false
	}
	before := doc.Tokens[i-2].End
	for _, m := range doc.Mentions[:n] {
		if m.Type == pipeline.Person && m.End == before {
			return sp, true
		}
	}
	return pipeline.Span{}, false
}

// middleInitials carries a person's candidate that ends in a middle initial
// over the initial's period and the surname after it: the tokenizer splits
// "T." into "T" and ".", and the tagger then often stops there ("[Peter T].
// King", "[Franklin D]. [Roosevelt]"). A candidate that starts at the surname
// is absorbed.
func (s *Stage) middleInitials(doc *pipeline.Document, cands []cand) []cand {
	out := cands[:0]
	for ci := 0; ci < len(cands); ci++ {
		c := cands[ci]
		end := doc.Sentences[c.sent].Last
		if c.typ == pipeline.Person && c.last-c.first >= 2 && c.last+1 < end && initial(s.word(doc, c.last-1)) &&
			s.word(doc, c.last) == "." && doc.Tokens[c.last].Start == doc.Tokens[c.last-1].End {
			next := doc.Tokens[c.last+1]
			if next.Kind == pipeline.Word && next.Is(pipeline.Capitalized) && !next.Is(pipeline.AllCaps) {
				c.last += 2
				if ci+1 < len(cands) && cands[ci+1].first == c.last-1 {
					c.last = max(c.last, cands[ci+1].last)
					ci++
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// leadingInitials carries a person's candidate that starts with an initial
// back over the initials before it: the tokenizer splits "E." into "E" and
// ".", and the tagger then keeps only the last one ("E. [J. Fleming]").
func (s *Stage) leadingInitials(doc *pipeline.Document, cands []cand) {
	for ci := range cands {
		c := &cands[ci]
		if c.typ != pipeline.Person || c.last-c.first < 3 || !initial(s.word(doc, c.first)) || s.word(doc, c.first+1) != "." {
			continue
		}
		for c.first >= 2 && initial(s.word(doc, c.first-2)) && s.word(doc, c.first-1) == "." &&
			doc.Tokens[c.first-1].Start == doc.Tokens[c.first-2].End && doc.Tokens[c.first].Start > doc.Tokens[c.first-1].End &&
			(ci == 0 || cands[ci-1].last <= c.first-2) {
			c.first -= 2
		}
	}
}

// initial reports a single capital letter (the "T" of "Peter T. King").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// firstNameRuns makes a one-word place or organization that is a known
// first name, followed by a capitalised word no list knows as a place or
// an organization's word, a person: "Jordan Price cancelled out ...".
func (s *Stage) firstNameRuns(doc *pipeline.Document, cands []cand) {
	for ci := range cands {
		c := &cands[ci]
		if c.typ == pipeline.Person || c.last-c.first != 1 || c.last >= doc.Sentences[c.sent].Last {
			continue
		}
		if ci+1 < len(cands) && cands[ci+1].first == c.last {
			continue
		}
		w, next := doc.Tokens[c.first], doc.Tokens[c.last]
		if w.Is(pipeline.AllCaps) || next.Kind != pipeline.Word || !next.Is(pipeline.Capitalized) || next.Is(pipeline.AllCaps) {
			continue
		}
		if c.last+1 < doc.Sentences[c.sent].Last && doc.Tokens[c.last+1].Is(pipeline.Capitalized) {
			continue
		}
		if !s.gaz.Lookup(s.word(doc, c.first)).Has(gazetteer.FirstName) {
			continue
		}
		ncls := s.gaz.Lookup(s.word(doc, c.last))
		if isPlace(ncls) || ncls.Has(gazetteer.OrgWord) || ncls.Has(gazetteer.PlaceWord) || ncls.Has(gazetteer.Title) ||
			ncls.Has(gazetteer.TimeWord) || ncls.Has(gazetteer.Demonym) || ncls.Has(gazetteer.NewsOrg) || orgHeadWords[s.word(doc, c.last)] {
			continue
		}
		c.last++
		c.typ = pipeline.Person
	}
}

// orgJobs are jobs held at a firm: the name after "analyst at" or before
// "analyst" and a person is the firm's ("Analysts at Fenwick Securities",
// "an analyst at Piper Sandler", "Bernstein analyst Laura Chen").
var orgJobs = set("analyst", "analysts", "economist", "economists", "strategist", "strategists")

// spreadNames works over the article's mentions (sorted, disjoint) once the
// rules have typed them:
//   - an organization of several words is found wherever its words stand,
//     also without its legal form, absorbing a shorter mention inside it
//     ("fined [Northway] Trains" beside "Northway Trains"; "Halvorsen
//     Foods" beside "Halvorsen Foods Inc");
//   - the surname of a person named in full is that person where it stands
//     alone inside a sentence ("when Price went down" after "Jordan Price");
//   - a lone word typed a person after a preposition ("the borough of
//     Millbrook") that the article names as a place elsewhere, and that is
//     no word of a person's name, is that place;
//   - a name after "analyst at" or before "analyst" and a person is an
//     organization.
func (s *Stage) spreadNames(doc *pipeline.Document) {
	var orgs [][]string
	surnames := map[string]bool{}
	givenNames := map[string]bool{}
	personWords := map[string]bool{}
	places := map[string]bool{}
	var buf []string
	for _, m := range doc.Mentions {
		buf = appendFields(buf[:0], nameOf(doc.Slice(m.Span)))
		ws := buf
		switch m.Type {
		case pipeline.Organization:
			if len(ws) > 1 && hasUpper(ws[0]) && !strings.EqualFold(ws[0], "the") {
				ws = slices.Clip(slices.Clone(ws)) // kept: not the reused buf
				orgs = append(orgs, ws)
				if n := len(ws); n > 2 && orgTails[ws[n-1]] {
					orgs = append(orgs, ws[:n-1])
				}
			}
		case pipeline.Person:
			if len(ws) > 1 {
				if last := ws[len(ws)-1]; len(last) > 1 && strings.Trim(last, "IVX") != "" {
					surnames[last] = true // not a regnal number (Norton I)
					// "al-Assad" stands alone as "Al-Assad" or "Assad"
					if rest, ok := articleSurname(last); ok {
						surnames[strings.ToUpper(last[:1])+last[1:]] = true
						surnames[rest] = true
					}
				}
				for _, w := range ws {
					personWords[w] = true
				}
				if !honorifics[ws[0]] && !initial(strings.TrimSuffix(ws[0], ".")) {
					givenNames[ws[0]] = true
				}
			}
		case pipeline.Place:
			if len(ws) == 1 {
				places[ws[0]] = true
			}
		}
	}
	ox := indexOrgs(orgs)
	changed := false
	ms := doc.Mentions
	for k := range ms {
		m := &ms[k]
		text := doc.Slice(m.Span)
		if m.Type == pipeline.Person && places[text] && !personWords[text] && s.afterPreposition(doc, m.Start) {
			m.Type = pipeline.Place
		}
		// "Harrow said", "Harrow, 31, told": the surname of a person named
		// in full, typed otherwise, is that person before a speech verb or
		// an age, and so is the given name, unless the lists know it as a
		// place ("Without Kofi, who creates?" beside "Kofi Amankwah-Boateng").
		if m.Type != pipeline.Person && (surnames[text] || givenNames[text] && !isPlace(s.gaz.Lookup(text))) && !ox.opens(text) && s.personCue(doc, m.End) {
			m.Type = pipeline.Person
		}
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			sp := doc.Tokens[i].Span
			w := s.word(doc, i)
			// a known organization's words
			for _, ws := range ox.startingWith(w) {
				j := i + len(ws)
				if j > sent.Last || !s.wordsAt(doc, i, ws) || j < sent.Last && doc.Tokens[j].Is(pipeline.Capitalized) && doc.Tokens[j].Kind == pipeline.Word {
					continue
				}
				full := pipeline.Span{Start: sp.Start, End: doc.Tokens[j-1].End}
				a := sort.Search(len(ms), func(k int) bool { return ms[k].End > full.Start })
				b := a
				ok := true
				for b < len(ms) && ms[b].Start < full.End {
					if ms[b].Start < full.Start || ms[b].End > full.End || ms[b].Type == pipeline.Person || ms[b].Span == full {
						ok = false
					}
					b++
				}
				if !ok {
					continue
				}
				for k := a; k < b; k++ {
					ms[k].End = -1 // dropped below
				}
				added = append(added, pipeline.Mention{Span: full, Type: pipeline.Organization, Entity: -1})
				changed = true
				break
			}
			// a surname alone
			if surnames[w] && (i > sent.First && !onlyPunctBefore(doc, sent, i) || s.subjectCue(doc, sent, i+1)) && doc.Tokens[i].Is(pipeline.Capitalized) &&
				!(i+1 < sent.Last && doc.Tokens[i+1].Is(pipeline.Capitalized)) && !overlapsAny(ms, sp) && !overlapsAny(added, sp) &&
				!s.tableNameEndingAt(doc, i-1, i) { // not the "Day" of "Labour Day" after "Kristen Day"
				if s.honorificsInMention && i > 0 && honorifics[s.word(doc, i-1)] && !overlapsAny(ms, doc.Tokens[i-1].Span) {
					sp.Start = doc.Tokens[i-1].Start // "And [Mr. King] held off"
				}
				added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Person, Entity: -1})
				changed = true
			} else if givenNames[w] && !surnames[w] && i > sent.First && !onlyPunctBefore(doc, sent, i) && doc.Tokens[i].Is(pipeline.Capitalized) &&
				!(i+1 < sent.Last && doc.Tokens[i+1].Is(pipeline.Capitalized)) && !overlapsAny(ms, sp) && !overlapsAny(added, sp) && s.loneGivenName(doc, ox, i) {
				// a given name alone ("Voters said Jeb was tired"; round 23)
				added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Person, Entity: -1})
				changed = true
			}
			// a firm's analyst
			if orgJobs[w] {
				if k := sort.Search(len(ms), func(k int) bool { return ms[k].End > sp.Start }); k > 0 && ms[k-1].End == doc.Tokens[i-1].End &&
					ms[k-1].Type != pipeline.Organization && k < len(ms) && ms[k].Type == pipeline.Person && i+1 < sent.Last && ms[k].Start == doc.Tokens[i+1].Start {
					ms[k-1].Type = pipeline.Organization
				}
				if i+2 < sent.Last && s.word(doc, i+1) == "at" {
					if k := sort.Search(len(ms), func(k int) bool { return ms[k].End > doc.Tokens[i+2].Start }); k < len(ms) && ms[k].Start == doc.Tokens[i+2].Start {
						ms[k].Type = pipeline.Organization
					}
				}
			}
		}
	}
	if !changed {
		return
	}
	replaceMentions(doc, added)
}

// loneGivenName reports whether the given name at token i, of a person the
// article names in full, may stand alone for that person inside a sentence
// ("Voters said Jeb was tired" after "Jeb Halvorsen"): a word the lists
// know as nothing but a name (not a place, title, month or demonym), nor
// one news mostly writes in lower case ("Will", "Mark"),
// that opens none of the article's organizations, and not inside a table's
// name.
func (s *Stage) loneGivenName(doc *pipeline.Document, ox orgIndex, i int) bool {
	w := s.word(doc, i)
	const nameBits = 1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName
	if s.gaz.Lookup(w)&^nameBits != 0 {
		return false
	}
	if notEntities[w] || extraTitles[w] || s.lowerWord(w) || ox.opens(w) || s.tableNameEndingAt(doc, i-1, i) {
		return false
	}
	// Not after a capitalised word, glued by an apostrophe or not: an
	// epithet makes a nickname ("Little Marco", "Lyin’ Ted", "Hail Carly"),
	// a title or an honorific a named person, a title-case headline says
	// nothing.
	k := i - 1
	if w := s.word(doc, k); (w == "’" || w == "'") && k > 0 && doc.Tokens[k-1].End == doc.Tokens[k].Start {
		k--
	}
	return !(doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.Capitalized))
}

// orgFirstWord reports whether w opens one of the article's organizations
// of more than one word.
func orgFirstWord(orgs [][]string, w string) bool {
	for _, ws := range orgs {
		if ws[0] == w {
			return true
		}
	}
	return false
}

// orgIndex holds the organizations spreadNames looks for. A long text
// (a live blog, pages glued together) names hundreds, most of them many
// times: trying every one at every token grew as the square of the text.
// Past manyOrgs they are found by their first word, each once; a news
// article's few are tried in turn, which builds no map.
type orgIndex struct {
	orgs    [][]string
	byFirst map[string][][]string // past manyOrgs: the distinct organizations by first word, in the order of orgs
}

const manyOrgs = 64

func indexOrgs(orgs [][]string) orgIndex {
	x := orgIndex{orgs: orgs}
	if len(orgs) <= manyOrgs {
		return x
	}
	x.byFirst = make(map[string][][]string)
	for _, ws := range orgs {
		list := x.byFirst[ws[0]]
		// A repeat is found by its first copy, or nowhere.
		if !slices.ContainsFunc(list, func(o []string) bool { return slices.Equal(o, ws) }) {
			x.byFirst[ws[0]] = append(list, ws)
		}
	}
	return x
}

// startingWith returns the organizations to try at a token w: every one
// (a few), or those whose first word is w.
func (x orgIndex) startingWith(w string) [][]string {
	if x.byFirst == nil {
		return x.orgs
	}
	return x.byFirst[w]
}

// opens reports whether w opens one of the organizations.
func (x orgIndex) opens(w string) bool {
	if x.byFirst == nil {
		return orgFirstWord(x.orgs, w)
	}
	_, ok := x.byFirst[w]
	return ok
}

// subjectCue reports whether the words from token i on say that the word
// before them, opening a sentence, is a person speaking or acting: a
// speech verb ("Tamihana said"), one lower-case word and a speech verb
// ("Tamihana later told"), or a comma ("Tamihana, asked about it, said").
// A surname alone opening a sentence is that person only then.
func (s *Stage) subjectCue(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	if i >= sent.Last {
		return false
	}
	w := s.word(doc, i)
	if speechVerbs[w] || w == "," {
		return true
	}
	return i+1 < sent.Last && doc.Tokens[i].Is(pipeline.Lower) && speechVerbs[s.word(doc, i+1)]
}

// personCue reports a speech verb, an age in commas or a comma and "who"
// right after the mention that ends at offset end: "Harrow said",
// "Harrow, 31, told", "Harrow, who".
func (s *Stage) personCue(doc *pipeline.Document, end int) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= end })
	if i >= len(doc.Tokens) {
		return false
	}
	if speechVerbs[s.word(doc, i)] {
		return true
	}
	if i+1 < len(doc.Tokens) && s.word(doc, i) == "," && s.word(doc, i+1) == "who" {
		return true // "Amankwah-Boateng, who plays in Belgium,"
	}
	if i+2 < len(doc.Tokens) && s.word(doc, i) == "," && s.word(doc, i+2) == "," {
		w := s.word(doc, i+1)
		return len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
	}
	return false
}

// wordsAt reports whether the tokens from i are ws.
func (s *Stage) wordsAt(doc *pipeline.Document, i int, ws []string) bool {
	for k, w := range ws {
		if i+k >= len(doc.Tokens) || s.word(doc, i+k) != w {
			return false
		}
	}
	return true
}

var placePrepositions = set("of", "in", "at", "to", "from", "near")

// afterPreposition reports whether the token ending just before offset
// start is a preposition that introduces places.
func (s *Stage) afterPreposition(doc *pipeline.Document, start int) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= start })
	return i > 0 && placePrepositions[s.word(doc, i-1)]
}

// abbreviation reports whether the full stop at token i ends an
// abbreviated name before a comma ("TUCSON, Ariz., March 4").
func (s *Stage) abbreviation(doc *pipeline.Document, i int) bool {
	if i == 0 || i+1 >= len(doc.Tokens) || s.word(doc, i+1) != "," || doc.Tokens[i-1].End != doc.Tokens[i].Start {
		return false
	}
	prev := doc.Tokens[i-1]
	return prev.Kind == pipeline.Word && prev.Is(pipeline.Capitalized) && !prev.Is(pipeline.AllCaps) && prev.End-prev.Start <= 5
}

// stormWords name a storm when a capitalised name follows them ("Cyclone
// Phailin", "Hurricane Milton", "Tropical Storm Ana"). A storm is an event,
// not a person (GUM, UNER and the BIO data's MISC leave it out), whatever the
// tagger made of its name.
var stormWords = set("Hurricane", "Cyclone", "Typhoon", "Storm", "Superstorm", "Supertyphoon", "Tornado")

// storms drops the mentions of named storms: "Cyclone Phailin", and
// "Phailin" alone anywhere in the article once it has been named so.
func (s *Stage) storms(doc *pipeline.Document) {
	names := map[string]bool{}
	for _, sent := range doc.Sentences {
		for i := sent.First; i+1 < sent.Last; i++ {
			next := doc.Tokens[i+1]
			if next.Kind == pipeline.Word && next.Is(pipeline.Capitalized) && !next.Is(pipeline.AllCaps) && stormWords[s.word(doc, i)] {
				names[s.word(doc, i+1)] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	kept := doc.Mentions[:0]
	var ws []string
	for _, m := range doc.Mentions {
		ws = appendFields(ws[:0], doc.Slice(m.Span))
		if !s.stormName(ws, names) {
			kept = append(kept, m)
		}
	}
	doc.Mentions = kept
}

// stormName reports a mention that is a storm's name, alone or after storm
// words and their abbreviations ("Tropical Storm Ana", "T C Phailin").
func (s *Stage) stormName(ws []string, names map[string]bool) bool {
	if !names[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !stormWords[w] && w != "Tropical" && w != "Super" && (len(w) > 2 || !isUpper(w)) {
			return false
		}
	}
	return true
}

// regnalNumbers are II to XXXIX: after a name they make it a monarch's or a
// pope's ("Thutmose III", "King Charles III", "Pope Leo XIV"). The single
// letters are left out: "I" is far more often the pronoun, "X" the platform
// or a model ("Citation X"), "V" a grade or a type.
var regnalNumbers = func() map[string]bool {
	tens := []string{"", "X", "XX", "XXX"}
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	m := map[string]bool{}
	for _, t := range tens {
		for _, o := range ones {
			if n := t + o; len(n) > 1 {
				m[n] = true
			}
		}
	}
	return m
}()

// notRegnal are words a Roman numeral follows that are no one's name
// ("World War II", "Title IX", "Super Bowl LVII", "Vatican II").
var notRegnal = set("War", "Title", "Part", "Phase", "Episode", "Bowl", "Chapter", "Act", "Article", "Section",
	"Class", "Type", "Grade", "Stage", "Level", "Round", "Volume", "Book", "Schedule", "Annex", "Appendix",
	"Amendment", "Division", "League", "Tier", "Category", "Vatican", "Apollo", "Star", "Wars", "Rocky",
	"Mark", "Model", "Series", "Form", "Unit", "Ward", "Zone", "District", "Block", "Year", "Generation", "Project", "Formula")

// regnalNames makes a name followed by a regnal number a person, the
// number included: "Thutmose III", "[Charles III]". An organization is
// left alone, as are names the lists know as places or organizations and
// not as first names, unless a title comes before ("King [Abdullah II]").
func (s *Stage) regnalNames(doc *pipeline.Document) {
	var added []pipeline.Mention
	ms := doc.Mentions
	for _, sent := range doc.Sentences {
		for i := sent.First + 1; i < sent.Last; i++ {
			p := doc.Tokens[i-1]
			if p.Kind != pipeline.Word || !p.Is(pipeline.Capitalized) || p.Is(pipeline.AllCaps) || !regnalNumbers[s.word(doc, i)] {
				continue
			}
			w := s.word(doc, i-1)
			cls := s.gaz.Lookup(w)
			titled := i-2 >= sent.First && s.titleAt(doc, i-2, i) > 0 // "King Abdullah II", whatever the lists know Abdullah as
			if notRegnal[w] || (isPlace(cls) || cls.Has(gazetteer.OrgWord) || cls.Has(gazetteer.Company) || cls.Has(gazetteer.TimeWord) ||
				cls.Has(gazetteer.Title) || cls.Has(gazetteer.Demonym)) && !cls.Has(gazetteer.FirstName) && !titled {
				continue
			}
			end := doc.Tokens[i].End
			k := sort.Search(len(ms), func(k int) bool { return ms[k].End >= p.End })
			switch {
			case k < len(ms) && ms[k].Start <= p.Start && (ms[k].End == p.End || ms[k].End == end):
				if ms[k].Type != pipeline.Organization {
					ms[k].End, ms[k].Type = end, pipeline.Person
				}
			case (k == len(ms) || ms[k].Start >= end) && (i-2 < sent.First || !doc.Tokens[i-2].Is(pipeline.Capitalized) || s.titleAt(doc, i-2, i) > 0):
				added = append(added, pipeline.Mention{Span: pipeline.Span{Start: p.Start, End: end}, Type: pipeline.Person, Entity: -1})
			}
		}
	}
	if len(added) > 0 {
		doc.Mentions = append(ms, added...)
		sortMentions(doc.Mentions)
	}
}

// placeCueWords, just before a one-word name, say it is a place: "in
// Coron", "from Coron". One such use can be a person's ("confidence in
// Biden"), so placeCues asks for two.
var placeCueWords = set("in", "near", "from")

// placeCues makes a one-word name the tagger typed a person a place
// throughout the article when at least two of its mentions, as a person or
// a place, follow a place cue and are not possessives ("Coron was registered
// as a town ... in Coron ... from Coron"). Names a list knows as a first
// name, a surname or a person's are left alone, as are the words of a
// person's name of two or more capitalised words in the article (Clinton
// beside Hillary Clinton) and names written with an honorific (Mr.
// VandeHei).
func (s *Stage) placeCues(doc *pipeline.Document) {
	personWords := map[string]bool{}
	cues := map[string]int{}
	var ws []string
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Organization {
			continue
		}
		text := doc.Slice(m.Span)
		name := nameOf(text)
		ws = appendFields(ws[:0], name)
		if m.Type == pipeline.Person && (name != text || len(ws) > 1 && !slices.ContainsFunc(ws, func(w string) bool { return !hasUpper(w) })) {
			for _, w := range ws {
				personWords[w] = true
			}
			continue
		}
		if len(ws) > 1 {
			continue
		}
		first := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.Start })
		last := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End >= m.End })
		possessive := last+1 < len(doc.Tokens) && (s.word(doc, last+1) == "'s" || s.word(doc, last+1) == "’s")
		if first > 0 && placeCueWords[s.word(doc, first-1)] && !possessive {
			cues[name]++
		}
	}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		text := doc.Slice(m.Span)
		if m.Type != pipeline.Person || cues[text] < 2 || personWords[text] {
			continue
		}
		if cls := s.gaz.Lookup(text); !cls.Has(gazetteer.FirstName) && !cls.Has(gazetteer.LastName) && !cls.Has(gazetteer.PersonName) {
			m.Type = pipeline.Place
		}
	}
}

// geoHeads end the name of a natural feature ("Pacific Ocean", "Danube
// Delta", "Rocky Mountains"); geoLeads begin one ("Lake Chad", "Mount
// Kenya").
var (
	geoHeads = set("Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "River", "Lake", "Lakes", "Mountains", "Mountain",
		"Hills", "Valley", "Island", "Islands", "Peninsula", "Desert", "Coast", "Canyon", "Falls", "Delta", "Glacier",
		"Creek", "Plateau", "Basin", "Archipelago", "Isthmus")
	geoLeads = set("Lake", "Mount", "Mt.", "Cape", "Isle")
)

// geographic reports a name of two or more capitalised words that names a
// natural feature: a place whatever the tagger typed it, unless it ends in
// an organization's word ("Mount Sinai Hospital") or is a person whose first
// word is a known first name ("Michael Bay").
func (s *Stage) geographic(doc *pipeline.Document, c cand) bool {
	if c.last-c.first < 2 || !doc.Tokens[c.first].Is(pipeline.Capitalized) || !doc.Tokens[c.last-1].Is(pipeline.Capitalized) {
		return false
	}
	last := s.word(doc, c.last-1)
	if orgHeadWords[last] || s.gaz.Lookup(last).Has(gazetteer.OrgWord) ||
		c.typ == pipeline.Person && s.gaz.Lookup(s.word(doc, c.first)).Has(gazetteer.FirstName) {
		return false
	}
	return geoHeads[last] || geoLeads[s.word(doc, c.first)]
}

// eventHeads end the name of an event, a law or a prize ("Suez Crisis",
// "Paris Agreement", "World Cup", "Nobel Prize"); eventLeads begin one before
// "of" ("War of the First Coalition", "Treaty of London"). Events are not
// entities (GUM and UNER leave them out, as CoNLL's MISC).
var (
	eventHeads = set("War", "Wars", "Crisis", "Revolution", "Treaty", "Agreement", "Accord", "Accords",
		"Festival", "Championship", "Championships", "Cup", "Games", "Olympics", "Summit", "Award", "Awards",
		"Prize", "Marathon", "Tournament", "Uprising", "Massacre", "Scandal", "Convention")
	eventLeads = set("War", "Battle", "Treaty", "Siege", "Peace", "Sack", "Edict")
)

// eventName reports a name of two or more words that names an event; a name
// holding an organization's word is left alone ("Ministry of War"), except
// after an event's first word ("War of the First Coalition").
func (s *Stage) eventName(doc *pipeline.Document, c cand) bool {
	if c.last-c.first < 2 || !doc.Tokens[c.first].Is(pipeline.Capitalized) {
		return false
	}
	if eventLeads[s.word(doc, c.first)] && s.word(doc, c.first+1) == "of" {
		return true
	}
	if !eventHeads[s.word(doc, c.last-1)] || !doc.Tokens[c.last-1].Is(pipeline.Capitalized) {
		return false
	}
	for k := c.first; k < c.last-1; k++ {
		if w := s.word(doc, k); orgHeadWords[w] || s.gaz.Lookup(w).Has(gazetteer.OrgWord) {
			return false
		}
	}
	return true
}

// inHolidayName reports a candidate inside a holiday's name: a name
// other than a person's right before "Day" ("Labour Day", "Australia
// Day", "Patriots Day"), or any part of a holiday the notEntities table
// names in full ("Martin Luther King Jr. Day", "St. Patrick's Day"). A
// person's name before "Day" is a person otherwise: "said Kristen Day".
func (s *Stage) inHolidayName(doc *pipeline.Document, c cand) bool {
	n := len(doc.Tokens)
	k := c.last
	if s.word(doc, k-1) == "Day" {
		k-- // the tagger took "Day" in: "[Labour Day]", "[Kristen Day]"
	}
	for k < n && k-c.last < 4 && s.word(doc, k) != "Day" &&
		(doc.Tokens[k].Is(pipeline.Capitalized) || s.word(doc, k) == "." || s.word(doc, k) == "'s" || s.word(doc, k) == "’s") {
		k++
	}
	if k >= n || s.word(doc, k) != "Day" {
		return false
	}
	if k == c.last || k == c.last+1 && strings.HasSuffix(s.word(doc, c.last), "s") && !doc.Tokens[c.last].Is(pipeline.Capitalized) {
		if c.typ != pipeline.Person {
			return true
		}
	}
	return s.tableNameEndingAt(doc, c.first, k)
}

// inTableName reports the tokens first to last (exclusive) inside a longer
// name of the notEntities table that starts up to three tokens before them
// and ends up to two after them: "Eve" of "New Year's Eve", "Cadillac" of
// "the Cadillac tax", "Zika" of "the Zika virus".
func (s *Stage) inTableName(doc *pipeline.Document, first, last int) bool {
	for a := max(0, first-3); a <= first; a++ {
		for k := last - 1; k <= last+1 && k < len(doc.Tokens); k++ {
			if (a < first || k >= last) && notEntities[doc.Text[doc.Tokens[a].Start:doc.Tokens[k].End]] {
				return true
			}
		}
	}
	return false
}

// tableNameEndingAt reports a name of the notEntities table that ends
// with token k and starts at token first or up to four tokens before it.
func (s *Stage) tableNameEndingAt(doc *pipeline.Document, first, k int) bool {
	for a := max(0, first-4); a <= first && a <= k; a++ {
		if notEntities[doc.Text[doc.Tokens[a].Start:doc.Tokens[k].End]] {
			return true
		}
	}
	return false
}

// elidedNames joins a name to the single capital and apostrophe before it
// (D’Souza, O'Malley): the tokenizer splits "D’Souza" into "D", "’" and
// "Souza", and the tagger, which knows "O’" names from its data, often
// stops at "Dinesh D" or keeps only "Souza". A mention that ends in such a
// capital takes the apostrophe and the word after it; one that starts after
// them takes them; a mention the longer one now covers is dropped.
func (s *Stage) elidedNames(doc *pipeline.Document) {
	text := doc.Text
	changed := false
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		// "[Dinesh D]’Souza": the mention's last word is one capital
		if r, n := utf8.DecodeLastRuneInString(text[:m.End]); unicode.IsUpper(r) && m.End-n > m.Start {
			if b, _ := utf8.DecodeLastRuneInString(text[:m.End-n]); !unicode.IsLetter(b) && b != '.' {
				if end := elidedWordEnd(text, m.End); end > 0 {
					m.End = end
					changed = true
					continue
				}
			}
		}
		// "D’[Souza]"
		if a, n := utf8.DecodeLastRuneInString(text[:m.Start]); a == '’' || a == '\'' {
			c, cn := utf8.DecodeLastRuneInString(text[:m.Start-n])
			if r, _ := utf8.DecodeRuneInString(text[m.Start:]); unicode.IsUpper(c) && unicode.IsUpper(r) {
				before, _ := utf8.DecodeLastRuneInString(text[:m.Start-n-cn])
				if m.Start-n-cn == 0 || !unicode.IsLetter(before) && before != '’' && before != '\'' {
					m.Start -= n + cn
					changed = true
				}
			}
		}
	}
	if changed {
		sortMentions(doc.Mentions)
		doc.Mentions = dropOverlaps(doc.Mentions)
	}
}

// elidedSurnames makes a person of each lone occurrence of an elided
// surname ("D’Souza", "O'Malley") of a person the article names in full
// ("Dinesh D’Souza"): the tokenizer splits it into a capital, the
// apostrophe and a word, and the tagger, which sees "D" alone, often misses
// it, so the article's later "D’Souza replied" went unfound (round 22).
func (s *Stage) elidedSurnames(doc *pipeline.Document) {
	var surnames []string
	for _, m := range doc.Mentions {
		if m.Type != pipeline.Person {
			continue
		}
		_, last, n := wordsOf(doc.Slice(m.Span))
		if r, rn := utf8.DecodeRuneInString(last); n > 1 && unicode.IsUpper(r) && elidedWordEnd(last, rn) == len(last) && !slices.Contains(surnames, last) {
			surnames = append(surnames, last)
		}
	}
	var added []pipeline.Mention
	for _, sur := range surnames {
		for i := 0; ; {
			k := strings.Index(doc.Text[i:], sur)
			if k < 0 {
				break
			}
			sp := pipeline.Span{Start: i + k, End: i + k + len(sur)}
			i = sp.End
			before, _ := utf8.DecodeLastRuneInString(doc.Text[:sp.Start])
			after, _ := utf8.DecodeRuneInString(doc.Text[sp.End:])
			if sp.Start > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || sp.End < len(doc.Text) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
				continue
			}
			if overlapsAny(doc.Mentions, sp) {
				continue
			}
			// the honorific before it is the mention's ("Mr. [D’Souza]" → "[Mr. D’Souza]")
			if sp.Start > 0 && doc.Text[sp.Start-1] == ' ' {
				j := sp.Start - 1
				for j > 0 && (doc.Text[j-1] == '.' || doc.Text[j-1] >= 'A' && doc.Text[j-1] <= 'Z' || doc.Text[j-1] >= 'a' && doc.Text[j-1] <= 'z') {
					j--
				}
				if w := doc.Text[j : sp.Start-1]; honorifics[w] && !titledHonorifics[w] {
					sp.Start = j
				}
			}
			added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Person, Entity: -1})
		}
	}
	if len(added) > 0 {
		doc.Mentions = append(doc.Mentions, added...)
		sortMentions(doc.Mentions)
	}
}

// elidedWordEnd returns the end of the apostrophe and capitalised word at
// text[i:] ("’Souza"), or 0.
func elidedWordEnd(text string, i int) int {
	a, n := utf8.DecodeRuneInString(text[i:])
	if a != '’' && a != '\'' {
		return 0
	}
	j := i + n
	if r, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsUpper(r) {
		return 0
	}
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		j += n
	}
	return j
}

// provinceAbbrevs are Canadian provinces as The Canadian Press abbreviates
// them after a town ("SAINT-FÉLICIEN, Que."), written down by the sayso
// developers from general knowledge of its style.
var provinceAbbrevs = set("Alta.", "Man.", "Nfld.", "Ont.", "Que.", "Sask.")

// stateAbbrev reports a US state's or a Canadian province's abbreviation
// with its period ("Calif.", "Que.").
func stateAbbrev(w string) bool { return usStates[w] || provinceAbbrevs[w] }

// statePlaces makes a place of a US state's name the tagger typed otherwise
// ("Rand Paul’s [Kentucky] supporters", "in states like [Wisconsin]"), unless
// the article names a person with that word (Denzel Washington, Virginia
// Foxx); and adds the state's abbreviation after a place and its comma that
// the tagger left out ("Greeley, [Colo.]").
func (s *Stage) statePlaces(doc *pipeline.Document) {
	personWords := map[string]bool{}
	for _, m := range doc.Mentions {
		if _, _, n := wordsOf(doc.Slice(m.Span)); m.Type == pipeline.Person && n > 1 {
			for w := range strings.FieldsSeq(doc.Slice(m.Span)) {
				personWords[w] = true
			}
		}
	}
	n := len(doc.Mentions)
	for k := 0; k < n; k++ {
		m := &doc.Mentions[k]
		if t := doc.Slice(m.Span); m.Type != pipeline.Place && stateNames[t] && !personWords[t] {
			m.Type = pipeline.Place
		}
		if m.Type != pipeline.Place {
			continue
		}
		// the token after the place's comma
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.End })
		if i+1 >= len(doc.Tokens) || s.word(doc, i) != "," {
			continue
		}
		st := doc.Tokens[i+1].Span
		if i+2 < len(doc.Tokens) && s.word(doc, i+2) == "." && doc.Tokens[i+2].Start == st.End && stateAbbrev(s.word(doc, i+1)+".") {
			st.End = doc.Tokens[i+2].End
		} else if !usStates[s.word(doc, i+1)] {
			continue
		}
		if !overlapsAny(doc.Mentions[:n], st) { // the sorted ones; added ones follow other places
			doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: st, Type: pipeline.Place, Entity: -1})
		}
	}
	if len(doc.Mentions) > n {
		sortMentions(doc.Mentions)
	}
}

// leaderEras follow a leader's surname that names his or her government
// or time: "the [Ford] administration", "the [Clinton] presidency".
var leaderEras = set("administration", "presidency", "era")

// administrations makes a person of a one-word organization before a word
// of leaderEras ("the Reagan administration"): the tagger reads such a name
// as the body, but the news gold, like the seed, names the person.
func (s *Stage) administrations(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type != pipeline.Organization || strings.ContainsRune(doc.Slice(m.Span), ' ') {
			continue
		}
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.End })
		if i < len(doc.Tokens) && leaderEras[s.word(doc, i)] && i >= 2 && doc.Tokens[i-1].Span == m.Span && strings.EqualFold(s.word(doc, i-2), "the") {
			m.Type = pipeline.Person
		}
	}
}

// hyphenedPeople splits a hyphenated word whose every part is the surname of
// a person the article names in full into those people: "the [Cruz]-[Fiorina]
// ticket", "the [Reagan]-[Schweiker] alliance". Whatever the tagger made of
// the whole word goes. The full names must be elsewhere in the article, so a
// double-barrelled surname or a place (Wilkes-Barre) is left alone, and so is
// a word that is itself the surname of a person named in full (a biography's
// subject whose parents are the two names).
func (s *Stage) hyphenedPeople(doc *pipeline.Document) {
	var surnames map[string]bool
	var added []pipeline.Mention
	for _, t := range doc.Tokens {
		w := doc.Slice(t.Span)
		if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || !strings.Contains(w, "-") {
			continue
		}
		if surnames == nil {
			surnames = map[string]bool{}
			for _, m := range doc.Mentions {
				if first, last, n := wordsOf(doc.Slice(m.Span)); m.Type == pipeline.Person && n >= 2 && !initial(strings.TrimSuffix(first, ".")) {
					surnames[last] = true
				}
			}
		}
		if surnames[w] {
			continue // "Harriet Lindqvist-Moore", daughter of Anders Lindqvist and Margaret Moore: her own surname
		}
		parts := strings.Split(w, "-")
		ok := len(parts) >= 2
		for _, p := range parts {
			ok = ok && surnames[p]
		}
		if !ok {
			continue
		}
		for k := range doc.Mentions {
			if m := &doc.Mentions[k]; m.End > t.Start && m.Start < t.End {
				m.End = -1
			}
		}
		at := t.Start
		for _, p := range parts {
			added = append(added, pipeline.Mention{Span: pipeline.Span{Start: at, End: at + len(p)}, Type: pipeline.Person, Entity: -1})
			at += len(p) + 1
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// knownOrgConnectors may stand inside a known organization's name in lower
// case ("Bank of America", "Rock the Vote").
var knownOrgConnectors = set("of", "the", "and", "&", "for", "de", "du", "la", "in", "on", "at")

// knownOrgs makes an organization of a capitalised name the article writes
// exactly as a known organization's whole name (gazetteer.KnownOrgs:
// companies and chains from Wikidata, the compromise lexicon's
// organizations and teams, news organizations) where the tagger found
// nothing, or found the same words as another type or in parts. The name
// must stand alone (no capitalised word joined to it: "Allstate Arena"),
// outside a line in capitals. The article's own evidence wins: a word of a
// person's full name in the article, a place the lists know, a first or
// last name, or a word news mostly writes in lower case is left as the
// tagger had it. It also adds US broadcast call signs (callSign).
func (s *Stage) knownOrgs(doc *pipeline.Document) {
	known := gazetteer.KnownOrgs()
	var personWords map[string]bool
	var added []pipeline.Mention
	ws := make([]string, 0, 4)
	for _, sent := range doc.Sentences {
		if allCaps(doc, sent) {
			continue
		}
		for i := sent.First; i < sent.Last; i++ {
			if doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) && !startsWithDigit(s.word(doc, i)) {
				continue
			}
			for l := min(4, sent.Last-i); l >= 1; l-- {
				ws = ws[:0]
				for k := i; k < i+l; k++ {
					w := s.word(doc, k)
					if doc.Tokens[k].Kind != pipeline.Word || k > i && !doc.Tokens[k].Is(pipeline.Capitalized) && !knownOrgConnectors[w] {
						break
					}
					ws = append(ws, w)
				}
				if len(ws) < l || !doc.Tokens[i+l-1].Is(pipeline.Capitalized) && !startsWithDigit(ws[l-1]) {
					continue
				}
				call := l == 1 && s.callSign(doc, sent, i)
				if !call && known.Lookup(ws...) == 0 && !(l == 1 && s.hyphenedCompany(ws[0])) || !s.standsAlone(doc, sent, i, i+l) ||
					s.inTableName(doc, i, i+l) {
					continue
				}
				if !call && l == 1 {
					if personWords == nil {
						personWords = fullNameWords(doc)
					}
					if !s.knownOrgWord(doc, i, personWords) {
						continue
					}
				}
				sp := pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[i+l-1].End}
				if s.retypeKnownOrg(doc, sp) {
					added = append(added, pipeline.Mention{Span: sp, Type: pipeline.Organization, Entity: -1})
				}
				i += l - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return
	}
	replaceMentions(doc, added)
}

// hyphenedCompany reports a company's hyphened name from the company list
// (a tagger feature, not in KnownOrgs, whose one-word entries are too often
// common words): Hewlett-Packard, Coca-Cola, Wal-Mart. No part may be a
// place the lists know (Wisconsin-Madison, Owens-Illinois).
func (s *Stage) hyphenedCompany(w string) bool {
	if !strings.Contains(w, "-") || !s.gaz.Lookup(w).Has(gazetteer.Company) {
		return false
	}
	for p := range strings.SplitSeq(w, "-") {
		if p == "" || !hasUpper(p[:1]) || isPlace(s.gaz.Lookup(p)) {
			return false
		}
	}
	return true
}

// retypeKnownOrg decides whether a known organization's name at sp replaces
// the mentions there, and marks those it replaces as dropped (End -1). It
// does not when a mention reaches outside sp (the name is part of a longer
// one), when the tagger already found an organization there ("The [New
// York Times]" opening a sentence), or when the words are a place the
// lists know.
func (s *Stage) retypeKnownOrg(doc *pipeline.Document, sp pipeline.Span) bool {
	for _, m := range doc.Mentions {
		if m.End < 0 || m.Start >= sp.End || sp.Start >= m.End {
			continue
		}
		if m.Start < sp.Start || m.End > sp.End || m.Type == pipeline.Organization {
			return false
		}
		if m.Type == pipeline.Place && s.listed(doc.Slice(m.Span)) {
			var buf [8]string
			if isPlace(s.gaz.Lookup(appendFields(buf[:0], doc.Slice(m.Span))...)) {
				return false
			}
		}
	}
	for k := range doc.Mentions {
		if m := &doc.Mentions[k]; m.End >= 0 && m.Start >= sp.Start && m.End <= sp.End {
			m.End = -1
		}
	}
	return true
}

// articles open a sentence in capitals but no name ("A QuikBite spokesman").
var articles = set("The", "A", "An")

// standsAlone reports whether tokens [i, j) are no part of a longer
// capitalised name: the words beside them are not capitalised (a
// sentence's opening article aside) and not joined to them by a hyphen
// ("Comcast-owned"); a slash may join names ("CNN/WMUR").
func (s *Stage) standsAlone(doc *pipeline.Document, sent pipeline.Sentence, i, j int) bool {
	if i > sent.First {
		p := doc.Tokens[i-1]
		if p.End == doc.Tokens[i].Start && s.word(doc, i-1) == "-" {
			return false
		}
		if p.Kind == pipeline.Word && p.Is(pipeline.Capitalized) && !(i-1 == sent.First && articles[s.word(doc, i-1)]) {
			return false
		}
	}
	if j < sent.Last {
		n := doc.Tokens[j]
		if n.Kind == pipeline.Word && n.Is(pipeline.Capitalized) {
			return false
		}
		if n.Start == doc.Tokens[j-1].End && s.word(doc, j) == "-" {
			return false
		}
	}
	return true
}

// knownOrgWord reports whether a one-word known organization at token i is
// that organization in this article: not a word of a person's full name
// here, not a place, first name, last name, person, demonym, title or other
// name-part the lists know, not on the not-entities list, and either in
// capitals or a word news does not usually write in lower case.
func (s *Stage) knownOrgWord(doc *pipeline.Document, i int, personWords map[string]bool) bool {
	w := s.word(doc, i)
	cls := s.gaz.Lookup(w)
	if personWords[w] || notEntities[w] || isPlace(cls) || isDemonym(cls) || cls.Has(gazetteer.FirstName) ||
		cls.Has(gazetteer.LastName) || cls.Has(gazetteer.PersonName) || cls.Has(gazetteer.Title) ||
		cls.Has(gazetteer.TimeWord) || cls.Has(gazetteer.OrgWord) || cls.Has(gazetteer.PlaceWord) {
		return false
	}
	if doc.Tokens[i].Is(pipeline.AllCaps) {
		return true
	}
	c := s.model.Capitalisation(w)
	return c != 1 && c != 2
}

// fullNameWords returns the words of the article's people named by more
// than one word.
func fullNameWords(doc *pipeline.Document) map[string]bool {
	words := map[string]bool{}
	var ws []string
	for _, m := range doc.Mentions {
		if m.End < 0 || m.Type != pipeline.Person {
			continue
		}
		if ws = appendFields(ws[:0], doc.Slice(m.Span)); len(ws) > 1 {
			for _, w := range ws {
				words[w] = true
			}
		}
	}
	return words
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// callSignCues are words near a US broadcast call sign that say it names a
// station ("WEEI radio", "a WBUR poll", "NBC affiliate WHO").
var callSignCues = set("radio", "station", "affiliate", "poll", "television", "channel", "Radio", "TV", "AM", "FM", "broadcast", "newscast")

// callSign reports a US broadcast station's call sign standing as a name at
// token i: W or K and two or three more capitals, with -AM, -FM or -TV
// after it (WNBC-TV), a station's word within three words before it or four
// after (WEEI radio, a WBUR poll, "WKOW, the ABC affiliate"), or "in" or
// "of" and a place the lists know after it (WVIT in Hartford). Not where the words beside it are in capitals (a
// heading: "WHAT SECTOR") and not a Roman numeral's tail (WWII).
func (s *Stage) callSign(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	w := s.word(doc, i)
	base, suffix, _ := strings.Cut(w, "-")
	if suffix != "" && suffix != "AM" && suffix != "FM" && suffix != "TV" {
		return false
	}
	if n := len(base); n < 3 || n > 4 || base[0] != 'W' && base[0] != 'K' || strings.Trim(base[1:], "IVX") == "" {
		return false
	}
	for k := 1; k < len(base); k++ {
		if base[k] < 'A' || base[k] > 'Z' {
			return false
		}
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= sent.First && k < sent.Last && doc.Tokens[k].Kind == pipeline.Word && doc.Tokens[k].Is(pipeline.AllCaps) {
			return false
		}
	}
	if suffix != "" {
		return true
	}
	for k := max(sent.First, i-3); k < min(sent.Last, i+5); k++ {
		if k != i && callSignCues[s.word(doc, k)] {
			return true
		}
	}
	// a station's city after it: "WVIT in Hartford", "WKOW of Madison"
	if i+2 < sent.Last && (s.word(doc, i+1) == "in" || s.word(doc, i+1) == "of") && isPlace(s.gaz.Lookup(s.word(doc, i+2))) {
		return true
	}
	return false
}

// lowerFirst returns s with its first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if l := unicode.ToLower(r); l != r {
		return string(l) + s[n:]
	}
	return s
}
