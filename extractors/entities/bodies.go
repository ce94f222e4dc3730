package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// Organizations the tagger misses or types a place or a person (docs/entities-history.md,
// "Round 16"): bodies of faith named by their head word, newspapers and
// magazines named after a day or a region, acronyms set beside an agency or
// a broadcaster, and groups named "X for Y" or "X Against Y".

// faithHeads end the name of a body of faith ("Grace Street Baptist Church",
// "Beth Shalom Synagogue", "St. Mary's Cathedral") or, before "of" and a
// place, open it ("Archdiocese of Newark", "Church of England"). Hand-written
// from news about congregations. "Parish" is left out (Louisiana's parishes
// are places: "Jefferson Parish"), and so are "Temple" (a surname: "Shirley
// Temple") and "Center" (a conference centre is a place), except "Temple"
// and "Congregation" opening a name ("Temple Beth Israel"), see faithOpeners.
var faithHeads = set("Church", "Synagogue", "Mosque", "Cathedral", "Chapel", "Basilica", "Ministries", "Archdiocese", "Diocese")

// saintWords open a saint's name in a church's ("St. Mary's Cathedral").
var saintWords = set("St", "St.", "Ste", "Ste.", "Saint", "Sainte")

// describedBy reports whether a capitalised word is a hyphened description
// ("Alabama-based", "Iowa-born"): its last part is in lower case.
func describedBy(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k >= 0 && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z'
}

// faithOpeners open a congregation's name before its own capitalised words.
var faithOpeners = set("Temple", "Congregation")

// faithBodies makes an organization of the capitalised words that end in a
// faith head, with a saint's "St." and a possessive inside them, and of the
// "of" and capitalised words after the head ("Archdiocese of Newark"),
// replacing the places and people the tagger made of them; not where the
// head is the first word of a longer name ("Church Street", "Chapel Hill"),
// and not in headlines.
func (s *Stage) faithBodies(doc *pipeline.Document) {
	var added []pipeline.Mention
	capWord := func(k int) bool {
		t := doc.Tokens[k]
		return t.Kind == pipeline.Word && t.Is(pipeline.Capitalized) && !t.Is(pipeline.AllCaps)
	}
	for sent := range runningText(doc) {
		for i := sent.First; i < sent.Last; i++ {
			w := s.word(doc, i)
			var a, b int
			switch {
			case capWord(i) && faithHeads[w]:
				a, b = i, i+1
				for a > sent.First {
					p := s.word(doc, a-1)
					switch {
					case capWord(a-1) && !sentenceDeterminers[p] && !describedBy(p):
						a--
						continue
					case p == "." && a-2 >= sent.First && doc.Tokens[a-2].End == doc.Tokens[a-1].Start && saintWords[s.word(doc, a-2)]:
						a -= 2
						continue
					case (p == "'s" || p == "’s") && a-3 >= sent.First && doc.Tokens[a-2].End == doc.Tokens[a-1].Start && capWord(a-2) &&
						(saintWords[s.word(doc, a-3)] || s.word(doc, a-3) == "." && a-4 >= sent.First && saintWords[s.word(doc, a-4)]):
						a -= 2 // a saint's possessive, not a place's ("Coralville's Solid Rock Church")
						continue
					}
					break
				}
				if b < sent.Last && capWord(b) {
					continue // "Church Street"
				}
				if b+1 < sent.Last && s.word(doc, b) == "of" && capWord(b+1) {
					b = s.nameRun(doc, sent, b+1, 3)
				}
				if b-a < 2 {
					continue
				}
			case capWord(i) && i+1 < sent.Last && capWord(i+1) && faithOpeners[w]:
				if i > sent.First && capWord(i-1) && !sentenceDeterminers[s.word(doc, i-1)] {
					continue
				}
				a, b = i, s.nameRun(doc, sent, i+1, 3)
			default:
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End}, pipeline.Organization, &added)
			i = b - 1
		}
	}
	replaceMentions(doc, added)
}

// pressHeads end the names of newspapers and magazines that a region or a
// day of the week opens ("the Northern Quarterly", "the Sunday Review"),
// which the lists do not know. Hand-written from mastheads.
var pressHeads = set("Quarterly", "Weekly", "Monthly", "Digest", "Review", "Gazette", "Herald", "Tribune", "Journal",
	"Chronicle", "Courier", "Bulletin", "Examiner", "Inquirer", "Telegraph", "Dispatch", "Observer")

// pressCues stand before "the" and a publication's name: one tells it,
// writes for or in it, is quoted according to it or interviewed with it.
var pressCues = set("told", "for", "in", "to", "with")

// pressNames makes an organization of "the" and two or three capitalised
// words ending in a press head after a press cue ("writing in the Sunday
// Review", "who reviews fiction for the Northern Quarterly"), and of one
// capitalised word after "told the" ("told the Bookseller") or after "told"
// alone (toldMagazine), replacing what the tagger made of them; not in
// headlines.
func (s *Stage) pressNames(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First + 2; i < sent.Last; i++ {
			if s.word(doc, i-1) == "told" && s.toldMagazine(doc, sent, i) {
				added = append(added, pipeline.Mention{Span: doc.Tokens[i].Span, Type: pipeline.Organization, Entity: -1})
				continue
			}
			if s.word(doc, i-1) != "the" || !pressCues[s.word(doc, i-2)] || !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			j := s.nameRun(doc, sent, i, 4)
			if j-i == 1 && s.word(doc, i-2) == "told" && s.toldOutlet(doc, i) {
				// "He told the Bookseller that …": no person takes "the"
				setMention(doc, doc.Tokens[i].Span, pipeline.Organization, &added)
				continue
			}
			if n := j - i; n < 2 || n > 3 || !pressHeads[s.word(doc, j-1)] {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j - 1
		}
	}
	replaceMentions(doc, added)
}

// toldMagazine reports whether the word i right after "told" is a magazine
// or an outlet named by one word ("told Billboard that", "told Vogue last
// year"): a capitalised word the lists do not know as a person's name, no
// word of a person's full name in the article nor after a first name
// anywhere in it, where no mention stands.
func (s *Stage) toldMagazine(doc *pipeline.Document, sent pipeline.Sentence, i int) bool {
	t := doc.Tokens[i]
	if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || !s.toldOutlet(doc, i) {
		return false
	}
	if i+1 < sent.Last && doc.Tokens[i+1].Is(pipeline.Capitalized) {
		return false
	}
	w := s.word(doc, i)
	cls := s.gaz.Lookup(w)
	if cls.Has(gazetteer.FirstName) || cls.Has(gazetteer.LastName) || cls.Has(gazetteer.PersonName) || fullNameWords(doc)[w] {
		return false
	}
	for k := 1; k < len(doc.Tokens); k++ {
		if s.word(doc, k) == w && s.gaz.Lookup(s.word(doc, k-1)).Has(gazetteer.FirstName) {
			return false // "The Laura Ingraham Show" … "told Ingraham"
		}
	}
	idx, _ := mentionsIn(doc, t.Span)
	return len(idx) == 0
}

// afterTold are the words that may follow the one told ("told the
// Bookseller that", "told the Post on Monday"), besides punctuation.
var afterTold = set("that", "on", "in", "last", "this", "earlier", "when", "after", "before", "he", "she", "it", "they", "we", "i", "about")

// toldOutlet reports whether the word i after "told the" names an
// outlet: not a title or a role ("told the Pope"), a place or a demonym,
// followed by punctuation or a word that opens what was told, not a noun it
// describes.
func (s *Stage) toldOutlet(doc *pipeline.Document, i int) bool {
	t := doc.Tokens[i]
	w := s.word(doc, i)
	if t.Kind != pipeline.Word || t.Is(pipeline.AllCaps) || personRoles[strings.ToLower(w)] || extraTitles[w] {
		return false
	}
	if i+1 < len(doc.Tokens) && doc.Tokens[i+1].Kind == pipeline.Word && !afterTold[strings.ToLower(s.word(doc, i+1))] {
		return false // "told the Biblical story": an adjective
	}
	cls := s.gaz.Lookup(w)
	return !isPlace(cls) && !cls.Has(gazetteer.Title) && !isDemonym(cls) && !cls.Has(gazetteer.TimeWord) && !notEntities[w]
}

// acronymKinds name a kind of public body before its acronym ("Spain's
// meteorological agency, AEMET", "state broadcaster ERT"). Hand-written from
// news usage.
var acronymKinds = set("agency", "broadcaster", "regulator", "watchdog", "ministry", "network", "union", "service")

// kindAcronyms makes an organization of an acronym in capitals (three to
// six letters; not "network TV") right after an acronym kind, or after it and a comma, whatever
// the tagger made of it, unless the lists know it as a place ("the agency
// in the US").
func (s *Stage) kindAcronyms(doc *pipeline.Document) {
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for i := sent.First + 1; i < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || !t.Is(pipeline.AllCaps) {
				continue // tested before the list: few words are in capitals
			}
			k := i - 1
			if s.word(doc, k) == "," && k > sent.First {
				k--
			}
			if !acronymKinds[s.word(doc, k)] {
				continue
			}
			w := s.word(doc, i)
			if len(w) < 3 || len(w) > 6 || acronymLetters(w) != w || isPlace(s.gaz.Lookup(w)) {
				continue
			}
			if i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && doc.Tokens[i+1].Is(pipeline.Capitalized) {
				continue // a longer name
			}
			setMention(doc, t.Span, pipeline.Organization, &added)
		}
	}
	replaceMentions(doc, added)
}

// partyMembers name a party's members, whom news rallies "for" or wins
// "against" someone ("rallies Democrats for Clinton").
var partyMembers = set("Democrats", "Republicans", "Conservatives", "Liberals", "Tories", "Socialists")

// causeGroups makes an organization of a capitalised plural noun, "for" or
// "against" (or "For", "Against") and one to four capitalised words
// ("Taxpayers for Fairhaven", "Parents Against Closures", "Americans for
// Prosperity"), replacing the place or person the tagger made of the end:
// a group named for a cause, not the place. Not at a sentence's start
// with the connector in lower case ("Thanks for Dover's help"), nor after a capitalised word (a longer name
// the tagger reads as a whole: "Center for Global Development").
func (s *Stage) causeGroups(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i+2 < sent.Last; i++ {
			t := doc.Tokens[i]
			w := s.word(doc, i)
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
				continue
			}
			c := s.word(doc, i+1)
			if c != "for" && c != "against" && c != "For" && c != "Against" {
				continue
			}
			if i > sent.First && doc.Tokens[i-1].Kind == pipeline.Word && doc.Tokens[i-1].Is(pipeline.Capitalized) || onlyPunctBefore(doc, sent, i) && (c == "for" || c == "against") {
				continue
			}
			cls := s.gaz.Lookup(w)
			if isPlace(cls) || cls.Has(gazetteer.Title) || cls.Has(gazetteer.LastName) || partyMembers[w] && (c == "for" || c == "against") {
				continue
			}
			j := s.nameRun(doc, sent, i+2, 4)
			if j == i+2 {
				continue
			}
			if j+1 < sent.Last && s.word(doc, j) == "of" && doc.Tokens[j+1].Is(pipeline.Capitalized) {
				j = s.nameRun(doc, sent, j+1, 3) // "Students For Life of America"
			}
			setMention(doc, pipeline.Span{Start: t.Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j - 1
		}
	}
	replaceMentions(doc, added)
}

// groupKinds stand before "group" in a description set before a group's
// name ("the repair advocacy group Fix It Forward", "the trade group
// Retail Voice"). Hand-written from news usage.
var groupKinds = set("advocacy", "activist", "lobby", "lobbying", "pressure", "campaign", "campaigning", "protest", "watchdog",
	"rights", "environmental", "militant", "rebel", "trade", "industry", "civic")

// describedGroups makes an organization of two to four capitalised words
// right after a group kind and "group", whatever the tagger made of them;
// not a title's or a time word's run, nor a possessive ("the advocacy group
// Trump's allies fund"), nor in headlines.
func (s *Stage) describedGroups(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First + 2; i < sent.Last; i++ {
			if s.word(doc, i-1) != "group" || !groupKinds[s.word(doc, i-2)] || !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			j := s.nameRun(doc, sent, i, 5)
			if n := j - i; n < 2 || n > 4 {
				continue
			}
			if j < sent.Last && (s.word(doc, j) == "'s" || s.word(doc, j) == "’s") {
				continue
			}
			cls := s.gaz.Lookup(s.word(doc, i))
			if cls.Has(gazetteer.Title) || extraTitles[s.word(doc, i)] || cls.Has(gazetteer.TimeWord) {
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j - 1
		}
	}
	replaceMentions(doc, added)
}

// mastheadHeads end a newspaper's name after "the" and one or two
// capitalised words wherever it stands ("the Sunday Examiner's reviewer",
// "the paper, the Evening Courier"): the press heads that name nothing
// but a newspaper. "Review", "Digest", "Bulletin", "Journal" and "Observer"
// are left to pressNames' cues ("the Spending Review", "the Permanent
// Observer").
var mastheadHeads = set("Gazette", "Herald", "Tribune", "Chronicle", "Courier", "Examiner", "Inquirer", "Telegraph", "Dispatch")

// mastheads makes an organization of "the" and one or two capitalised
// words ending in a masthead's head (mastheadHeads), whatever follows
// ("the Sunday Examiner's reviewer"), and of the head alone after "the"
// where the article names such a paper ("writing criticism for the
// Examiner" after "the Sunday Examiner"), replacing what the tagger made
// of them; not in headlines or lines in capitals.
func (s *Stage) mastheads(doc *pipeline.Document) {
	var added []pipeline.Mention
	named := map[string]bool{}
	var alone []pipeline.Span
	for sent := range runningText(doc) {
		for i := sent.First + 1; i < sent.Last; i++ {
			if a := s.word(doc, i-1); a != "the" && a != "The" || !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			j := s.nameRun(doc, sent, i, 4)
			if !mastheadHeads[s.word(doc, j-1)] {
				continue
			}
			if j-i == 1 {
				alone = append(alone, doc.Tokens[i].Span)
				continue
			}
			if j-i > 3 {
				continue
			}
			named[s.word(doc, j-1)] = true
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j - 1
		}
	}
	for _, sp := range alone {
		if named[doc.Slice(sp)] {
			setMention(doc, sp, pipeline.Organization, &added)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// dailyPapers makes organizations of newspapers named with "Daily" and
// of one-word papers after "told The" (docs/entities-history.md, "Round 18"):
//   - "the" and "Daily" and one or two capitalised words wherever they
//     stand ("told the Daily Star that", "The Daily Beacon can reveal"),
//     not "The Daily Show" (a work); a capitalised "The" inside a sentence
//     is part of the name, as in the seed's "The New York Sun";
//   - the paper's last word alone after a lower-case "the" where the
//     article names it so ("a chat with the Beacon" after "The Daily
//     Beacon"), even a word the lists know as a town;
//   - "told The" and one capitalised word that ends the clause or comes
//     before a word that opens what was told ("he told The Hindu."): a
//     capitalised "The" inside a sentence opens a title, and no role
//     follows it.
//
// Replacing what the tagger made of them; not in headlines.
func (s *Stage) dailyPapers(doc *pipeline.Document) {
	var added []pipeline.Mention
	named := map[string]bool{}
	var alone []pipeline.Span
	for sent := range runningText(doc) {
		for i := sent.First + 1; i < sent.Last; i++ {
			a := s.word(doc, i-1)
			if a != "the" && a != "The" || doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) || doc.Tokens[i].Is(pipeline.AllCaps) {
				continue
			}
			start := doc.Tokens[i].Start
			if a == "The" {
				if i-1 == sent.First {
					continue
				}
				start = doc.Tokens[i-1].Start
			}
			j := s.nameRun(doc, sent, i, 4)
			switch {
			case s.word(doc, i) == "Daily" && j-i >= 2 && j-i <= 3 && s.word(doc, j-1) != "Show":
				named[s.word(doc, j-1)] = true
				setMention(doc, pipeline.Span{Start: start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
				i = j - 1
			case j-i == 1 && a == "the":
				alone = append(alone, doc.Tokens[i].Span)
			case j-i == 1 && i >= 2 && s.word(doc, i-2) == "told" && s.toldTitle(doc, i):
				setMention(doc, pipeline.Span{Start: start, End: doc.Tokens[i].End}, pipeline.Organization, &added)
			}
		}
	}
	for _, sp := range alone {
		if named[doc.Slice(sp)] {
			setMention(doc, sp, pipeline.Organization, &added)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// toldTitle reports whether the word i after "told The" is a title's:
// no role or title ("told The Pope" is no paper), and punctuation or a
// word that opens what was told after it.
func (s *Stage) toldTitle(doc *pipeline.Document, i int) bool {
	w := s.word(doc, i)
	if personRoles[strings.ToLower(w)] || extraTitles[w] || s.gaz.Lookup(w).Has(gazetteer.Title) {
		return false
	}
	return i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Kind != pipeline.Word || afterTold[strings.ToLower(s.word(doc, i+1))]
}

// stockExchanges name a market before a ticker in brackets ("(NYSE: HVF)",
// "(Nasdaq: CRMB)"). Hand-written from business wires' house style.
var stockExchanges = set("NYSE", "NASDAQ", "Nasdaq", "LSE", "TSX", "TSXV", "ASX", "HKEX", "SGX", "NSE", "BSE", "JSE", "Euronext")

// tickers reads a business wire's "(EXCHANGE: TICKER)": the exchange is an
// organization, the ticker, a symbol of a share, none (docs/entities-history.md,
// "Round 18"), whatever the tagger made of them.
func (s *Stage) tickers(doc *pipeline.Document) {
	var added []pipeline.Mention
	for i := 1; i+3 < len(doc.Tokens); i++ {
		if s.word(doc, i-1) != "(" || !stockExchanges[s.word(doc, i)] || s.word(doc, i+1) != ":" || s.word(doc, i+3) != ")" {
			continue
		}
		t := doc.Tokens[i+2]
		if t.Kind != pipeline.Word || !t.Is(pipeline.AllCaps) {
			continue
		}
		setMention(doc, doc.Tokens[i].Span, pipeline.Organization, &added)
		idx, _ := mentionsIn(doc, t.Span)
		for _, k := range idx {
			doc.Mentions[k].End = -1
		}
	}
	replaceMentions(doc, added)
}

// officeHolders hold an office whose staff is named after them ("the
// Shasta County Sheriff's Office", "the Manhattan District Attorney's
// Office", "the Governor's Office"). Hand-written from US and British local
// news.
var officeHolders = set("Sheriff", "Attorney", "Attorneys", "Governor", "Mayor", "Coroner", "Prosecutor", "Examiner", "Comptroller",
	"Controller", "Auditor", "Treasurer", "Clerk", "Marshal", "Marshals", "Commissioner", "Assessor", "Recorder", "Defender",
	"General", "Chancellor", "President", "Speaker", "Minister", "Secretary", "Fiscal", "Constable")

// officeHeads end such a name.
var officeHeads = set("Office", "Department", "Bureau")

// officeOrgs makes an organization of an office named after its holder,
// with the capitalised words before it that name the place or the office
// ("Shasta County Sheriff's Office", "U.S. Attorney's Office"), replacing
// what the tagger made of its parts (a place, "Office" alone).
func (s *Stage) officeOrgs(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First + 2; i < sent.Last; i++ {
			if p := s.word(doc, i-1); p != "'s" && p != "’s" || !officeHeads[s.word(doc, i)] || !officeHolders[s.word(doc, i-2)] {
				continue
			}
			a := i - 2
			for a > sent.First {
				t := doc.Tokens[a-1]
				if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) && !strings.Contains(s.word(doc, a-1), ".") || sentenceDeterminers[s.word(doc, a-1)] {
					break
				}
				a--
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[i].End}, pipeline.Organization, &added)
		}
	}
	replaceMentions(doc, added)
}
