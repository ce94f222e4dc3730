package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// doubleSurname reports a hyphenated word of two or more capitalised parts
// of two or more letters each, the rest in lower case: "Obi-Laurent",
// "Demirkan-Hale", not "Al-Qaeda"'s kin written in capitals, not
// "President-elect" nor "X-Ray".
func doubleSurname(w string) bool {
	parts := 0
	for p := range strings.SplitSeq(w, "-") {
		r, n := utf8.DecodeRuneInString(p)
		if n == 0 || !unicode.IsUpper(r) || utf8.RuneCountInString(p) < 2 {
			return false
		}
		for _, r := range p[n:] {
			if !unicode.IsLower(r) {
				return false
			}
		}
		parts++
	}
	return parts >= 2
}

// doubleSurnames makes one person of a given name and a hyphenated
// surname, which the tagger cuts at the hyphen or misses when it knows
// neither part ("Yusuf [Demirkan-Hale]", "[Tamsin] Achebe-Ward",
// "Nkemdirim Obi-Laurent" unfound), and a person of the surname where it
// stands alone in the article (a later mention, a transcript's label
// "Achebe-Ward:"). The pair must be a run of exactly two capitalised words;
// the first no list knows as anything but a name, and it is a first name
// the lists know or a word the article writes only before that surname;
// neither is a word news mostly writes in lower case. The pair counts when
// the tagger found a person in it or the surname stands alone elsewhere.
// Names the lists know as a place or an organization are left.
func (s *Stage) doubleSurnames(doc *pipeline.Document) {
	type site struct{ given, surname int }
	var sites []site
	alone := map[string]int{} // surname → times it stands without a capitalised word before it
	for _, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			t := doc.Tokens[i]
			w := doc.Slice(t.Span)
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || strings.IndexByte(w, '-') < 0 || !doubleSurname(w) {
				continue
			}
			if i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && doc.Tokens[i+1].Is(pipeline.Capitalized) {
				continue // a longer name: "Hewlett-Packard Enterprise"
			}
			g := i - 1
			if g < sent.First || doc.Tokens[g].Kind != pipeline.Word || !doc.Tokens[g].Is(pipeline.Capitalized) {
				alone[w]++
				continue
			}
			if doc.Tokens[g].Is(pipeline.AllCaps) || doc.Tokens[g].End+1 != t.Start || doc.Text[doc.Tokens[g].End] != ' ' ||
				g > sent.First && doc.Tokens[g-1].Kind == pipeline.Word && doc.Tokens[g-1].Is(pipeline.Capitalized) {
				continue
			}
			sites = append(sites, site{g, i})
		}
	}
	if len(sites) == 0 {
		return
	}
	const nameBits = 1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName
	var added []pipeline.Mention
	done := map[string]bool{}
	for _, st := range sites {
		given, surname := s.word(doc, st.given), s.word(doc, st.surname)
		gcls, scls := s.gaz.Lookup(given), s.gaz.Lookup(surname)
		if gcls&^nameBits != 0 || scls&^nameBits != 0 || notEntities[given] || extraTitles[given] ||
			gazetteer.KnownOrgs().Lookup(surname) != 0 || s.lowerWord(given) || s.lowerWord(surname) {
			continue
		}
		if !gcls.Has(gazetteer.FirstName) && !s.onlyBefore(doc, given, surname) {
			continue
		}
		sp := pipeline.Span{Start: doc.Tokens[st.given].Start, End: doc.Tokens[st.surname].End}
		if alone[surname] == 0 && !personIn(doc, sp) {
			continue
		}
		setMention(doc, sp, pipeline.Person, &added)
		done[surname] = true
	}
	for _, t := range doc.Tokens {
		if w := doc.Slice(t.Span); t.Kind == pipeline.Word && done[w] {
			setMention(doc, t.Span, pipeline.Person, &added)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// lowerWord reports a word news mostly writes in lower case.
func (s *Stage) lowerWord(w string) bool {
	c := s.model.Capitalisation(w)
	return c == 1 || c == 2
}

// onlyBefore reports whether every time the article writes the word given,
// surname follows it after a space.
func (s *Stage) onlyBefore(doc *pipeline.Document, given, surname string) bool {
	for i, t := range doc.Tokens {
		if t.Kind != pipeline.Word || doc.Slice(t.Span) != given {
			continue
		}
		if i+1 >= len(doc.Tokens) || doc.Slice(doc.Tokens[i+1].Span) != surname || doc.Tokens[i+1].Start != t.End+1 {
			return false
		}
	}
	return true
}

// personIn reports whether a person's mention overlaps sp.
func personIn(doc *pipeline.Document, sp pipeline.Span) bool {
	for _, m := range doc.Mentions {
		if m.End > sp.Start && m.Start < sp.End && m.Type == pipeline.Person {
			return true
		}
	}
	return false
}

// nickMarks open and close a nickname inside a name.
var nickMarks = map[string]bool{`"`: true, "“": true, "”": true}

// nicknames makes one person of a given name, a nickname of one to three
// capitalised words in quotation marks and a surname ("Rosco "Dusty"
// Pellegrini", "Dwayne "The Rock" Johnson"), where the tagger found a
// person in it, usually the surname alone. The given name must be a word
// no list knows as anything but a name, and nothing capitalised may stand
// right before it or after the surname: a quoted slogan between names
// ("Trump "Make America Great Again" Rally") is no nickname.
func (s *Stage) nicknames(doc *pipeline.Document) {
	const nameBits = 1<<gazetteer.FirstName | 1<<gazetteer.LastName | 1<<gazetteer.PersonName
	capWord := func(i int) bool {
		t := doc.Tokens[i]
		return t.Kind == pipeline.Word && t.Is(pipeline.Capitalized) && !t.Is(pipeline.AllCaps)
	}
	var added []pipeline.Mention
	for _, sent := range doc.Sentences {
		for g := sent.First; g+4 < sent.Last; g++ {
			open := g + 1
			if !capWord(g) || !nickMarks[s.word(doc, open)] || doc.Tokens[g].End+1 != doc.Tokens[open].Start ||
				g > sent.First && doc.Tokens[g-1].Kind == pipeline.Word && doc.Tokens[g-1].Is(pipeline.Capitalized) {
				continue
			}
			shut := open + 1
			for shut < sent.Last && shut-open <= 4 && capWord(shut) {
				shut++
			}
			n := shut - open - 1
			if n < 1 || n > 3 || shut+1 >= sent.Last || !nickMarks[s.word(doc, shut)] ||
				doc.Tokens[open].End != doc.Tokens[open+1].Start || doc.Tokens[shut-1].End != doc.Tokens[shut].Start {
				continue
			}
			sur := shut + 1
			if !capWord(sur) || doc.Tokens[shut].End+1 != doc.Tokens[sur].Start ||
				sur+1 < sent.Last && doc.Tokens[sur+1].Kind == pipeline.Word && doc.Tokens[sur+1].Is(pipeline.Capitalized) {
				continue
			}
			given := s.word(doc, g)
			if s.gaz.Lookup(given)&^nameBits != 0 || notEntities[given] || extraTitles[given] || s.lowerWord(given) {
				continue
			}
			sp := pipeline.Span{Start: doc.Tokens[g].Start, End: doc.Tokens[sur].End}
			if personIn(doc, sp) {
				setMention(doc, sp, pipeline.Person, &added)
			}
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// nicknameOpeners are the quotation marks that may open a nickname after
// its cue ("nicknamed 'Little Mo'").
var nicknameOpeners = set("'", `"`, "‘", "“")

// calledNicknames makes one person of a capitalised word and a given name
// the tagger found alone where the article says the person is called so
// ("known to supporters as Big Sam", "nicknamed 'Little Mo'"): the
// nickname is the person's name in that article, so every "[Big] Sam" is
// the person "Big Sam" (docs/entities-history.md, "Round 18"). The cue must stand
// right before the nickname, an opening quotation mark aside: "as" with
// "known" at most four words before it, "nicknamed" or "dubbed".
func (s *Stage) calledNicknames(doc *pipeline.Document) {
	tokenOf := func(pos int) int {
		return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= pos })
	}
	word := func(i int) string {
		if i < 0 || i >= len(doc.Tokens) {
			return ""
		}
		return s.word(doc, i)
	}
	// pair returns the token of the capitalised word right before the
	// one-word person m, or -1.
	pair := func(m pipeline.Mention) int {
		i := tokenOf(m.Start)
		if m.End < 0 || m.Type != pipeline.Person || i >= len(doc.Tokens) || doc.Tokens[i].End != m.End || i == 0 {
			return -1
		}
		p := doc.Tokens[i-1]
		if p.Kind != pipeline.Word || !p.Is(pipeline.Capitalized) || p.Is(pipeline.AllCaps) || p.End+1 != m.Start || honorifics[word(i-1)] {
			return -1
		}
		return i - 1
	}
	called := map[string]bool{}
	for _, m := range doc.Mentions {
		j := pair(m)
		if j < 0 {
			continue
		}
		c := j - 1
		if nicknameOpeners[word(c)] {
			c--
		}
		cue := word(c) == "nicknamed" || word(c) == "dubbed"
		for k := c - 1; k >= c-4 && k >= 0 && word(c) == "as" && !cue; k-- {
			cue = word(k) == "known"
		}
		if cue {
			called[doc.Text[doc.Tokens[j].Start:m.End]] = true
		}
	}
	if len(called) == 0 {
		return
	}
	var added []pipeline.Mention
	for _, m := range doc.Mentions {
		if j := pair(m); j >= 0 && called[doc.Text[doc.Tokens[j].Start:m.End]] {
			setMention(doc, pipeline.Span{Start: doc.Tokens[j].Start, End: m.End}, pipeline.Person, &added)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}
