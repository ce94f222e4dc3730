package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// headlineParts splits a mention that runs across a title-case headline
// ("Newly Released Memo Shows [State Department] Knew [Benghazi] Security
// Lacking.", "[Pence] Endorses [Paul Ryan] With [Trump]’s Blessing.") into
// the names it holds that the article gives elsewhere: the tagger reads a
// line of capitals as one long name. A headline here is a paragraph of one
// sentence whose every word of four or more letters is capitalised,
// wherever it stands (a related story's title in a list too), with or
// without a final period, as news feeds give them. Only a mention of three
// or more words that neither the lists nor the rest of the article name
// whole is split, only into runs of its words that the article names
// outside its headlines: exactly (State Department), as a one-word name
// (Benghazi) or as the surname of a person named in full (Pence after Mike
// Pence); and only where a word left over is a headline's word
// (headlineWord: Endorses, Reveals, With), so a caption's name ("Mohamed
// Mamdouh Assem, 24.") or a body's ("South Carolina Democratic Party")
// stays whole.
// It runs before headlines, which drops what no one vouches for.
func (s *Stage) headlineParts(doc *pipeline.Document) {
	var heads []pipeline.Sentence
	for _, p := range doc.Paragraphs {
		if p.Last-p.First == 1 && allCapitalised(doc, doc.Sentences[p.First]) {
			heads = append(heads, doc.Sentences[p.First])
		}
	}
	if len(heads) == 0 {
		return
	}
	inHead := func(sp pipeline.Span) bool {
		for _, h := range heads {
			if h.Contains(sp) {
				return true
			}
		}
		return false
	}
	var named map[string]pipeline.EntityType
	var added []pipeline.Mention
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		text := doc.Slice(m.Span)
		if _, _, n := wordsOf(text); n < 3 || !inHead(m.Span) || s.listed(text) {
			continue
		}
		if named == nil {
			named = map[string]pipeline.EntityType{}
			for _, o := range doc.Mentions {
				if inHead(o.Span) {
					continue
				}
				t := doc.Slice(o.Span)
				named[t] = o.Type
				if _, last, n := wordsOf(t); o.Type == pipeline.Person && n > 1 {
					if _, ok := named[last]; !ok {
						named[last] = o.Type
					}
				}
			}
		}
		if _, ok := named[text]; ok {
			continue
		}
		// the words of the mention, longest named run first from each word
		first, last := -1, -1
		for i, t := range doc.Tokens {
			if t.Start == m.Start {
				first = i
			}
			if t.End == m.End {
				last = i + 1
				break
			}
		}
		if first < 0 || last <= first {
			continue
		}
		var parts []pipeline.Mention
		breaks := false
		for i := first; i < last; i++ {
			if !doc.Tokens[i].Is(pipeline.Capitalized) {
				continue
			}
			n := len(parts)
			for j := last; j > i; j-- {
				sp := pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}
				if sp == m.Span {
					continue
				}
				if typ, ok := named[doc.Slice(sp)]; ok && !strings.ContainsAny(doc.Slice(sp), "\n") {
					parts = append(parts, pipeline.Mention{Span: sp, Type: typ, Entity: -1})
					i = j - 1
					break
				}
			}
			if len(parts) == n && s.headlineWord(s.word(doc, i)) {
				breaks = true
			}
		}
		if parts != nil && breaks {
			m.End = -1
			added = append(added, parts...)
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// allCapitalised reports a sentence in title case: three or more words of
// four or more letters, all capitalised (a possessive's ’s is no word).
func allCapitalised(doc *pipeline.Document, sent pipeline.Sentence) bool {
	words := 0
	for _, t := range doc.Tokens[sent.First:sent.Last] {
		if w := doc.Slice(t.Span); t.Kind == pipeline.Word && utf8.RuneCountInString(w) >= 4 {
			if r, _ := utf8.DecodeRuneInString(w); !t.Is(pipeline.Capitalized) && unicode.IsLetter(r) {
				return false
			}
			words++
		}
	}
	return words >= 3
}

// headlineWord reports a word that breaks a name in a title-case headline: one
// the model's unlabelled news does not always capitalise (a verb, a
// preposition: Endorses, Knew, With) and that no list knows as a part of a
// name (Times, Party, Airport, Burns are left alone).
func (s *Stage) headlineWord(w string) bool {
	c := s.model.Capitalisation(w)
	return c >= 1 && c <= 4 && s.gaz.Lookup(w) == 0
}

// hyphenedNames tags the parts of a hyphenated word that the article names
// elsewhere, with the type they have there: "[ISIS]-inspired terrorism", "a
// pro-[Clinton] super PAC", "[Paris]-[Brussels]", as the news gold tags a
// place in a compound ("the [U.S.]-led coalition"); a country's name is a
// place though the article names it nowhere else ("the [U.S.]-[Mexico]
// border"), unless the lists know the whole word or a person's mention
// holds it. Every other part must be
// a compound's lower-case affix (compoundAffixes: pro, anti, inspired,
// linked, era), so a double-barrelled name or a place (Wilkes-Barre,
// North-Rhine) is left alone, and so are a word the article names whole, one
// inside a longer mention (a company's name: Hewlett-Packard Enterprise) and
// a "super-PAC" or a "Botox-maker". A name here is a one-word mention outside
// hyphenated words that is no person's, or the surname of a person named in
// full, that the article always gives the same type and that is no demonym
// (anti-Soviet).
func (s *Stage) hyphenedNames(doc *pipeline.Document) {
	var named map[string]pipeline.EntityType
	var added []pipeline.Mention
	for _, t := range doc.Tokens {
		w := doc.Slice(t.Span)
		if t.Kind != pipeline.Word || !strings.Contains(w, "-") || !hasUpper(w) {
			continue
		}
		if named == nil {
			named = map[string]pipeline.EntityType{}
			for _, m := range doc.Mentions {
				text := doc.Slice(m.Span)
				first, last, n := wordsOf(text)
				if n > 1 && m.Type == pipeline.Person {
					first = last
				} else if n > 1 || m.Type == pipeline.Person {
					continue // a person by a surname the article gives in full, not a word the tagger made one (Zika)
				}
				if typ, ok := named[first]; ok && typ != m.Type {
					named[first] = pipeline.NoType // typed two ways: trust neither
				} else if !strings.Contains(first, "-") {
					named[first] = m.Type
				}
			}
		}
		if _, ok := named[w]; ok {
			continue
		}
		var parts []pipeline.Mention
		ok, at := true, t.Start
		countries := s.gaz.Lookup(w) == 0 && !s.personAt(doc, t.Span) // not Guinea-Bissau, not a double surname
		for p := range strings.SplitSeq(w, "-") {
			typ, known := named[p]
			if !known && countries && s.isCountry(p) {
				typ, known = pipeline.Place, true // the U.S.-Mexico border, US-China trade
			}
			if known && typ != pipeline.NoType && !s.gaz.Lookup(p).Has(gazetteer.Demonym) {
				parts = append(parts, pipeline.Mention{Span: pipeline.Span{Start: at, End: at + len(p)}, Type: typ, Entity: -1})
			} else if !compoundAffixes[p] {
				ok = false
				break
			}
			at += len(p) + 1
		}
		if !ok || parts == nil {
			continue
		}
		inside := true
		for _, m := range doc.Mentions {
			if m.Overlaps(t.Span) && (m.Start < t.Start || m.End > t.End) {
				inside = false
			}
		}
		if !inside {
			continue
		}
		for k := range doc.Mentions {
			if m := &doc.Mentions[k]; m.Overlaps(t.Span) {
				m.End = -1
			}
		}
		added = append(added, parts...)
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// isCountry reports a country's name the lists know, also written with
// periods (U.S., U.K.).
func (s *Stage) isCountry(w string) bool {
	if s.gaz.Lookup(w).Has(gazetteer.Country) {
		return true
	}
	l := acronymLetters(w)
	return l != "" && len(w) == 2*len(l) && s.gaz.Lookup(l).Has(gazetteer.Country)
}

// personAt reports a person's mention overlapping sp.
func (s *Stage) personAt(doc *pipeline.Document, sp pipeline.Span) bool {
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Person && m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// compoundAffixes are the lower-case words a name is hyphened to in news
// ("pro-Clinton", "ISIS-inspired", "Koch-backed", "Clinton-era"), written
// from the hyphenated words of the PolNeAR train articles; a part of two
// names (Paris-Brussels) needs none.
var compoundAffixes = set("pro", "anti", "pre", "post", "ex", "then", "non", "neo",
	"inspired", "linked", "led", "backed", "based", "born", "funded", "owned", "run", "brokered",
	"controlled", "allied", "aligned", "supported", "sponsored", "affiliated", "related", "era",
	"style", "like", "friendly", "leaning", "dominated", "centric", "appointed", "endorsed",
	"branded", "themed", "made", "trained", "passed", "backing", "supporting", "only", "stop", "out")

// openingWords drops a sentence's first word from a mention when the word
// is a common one the tagger took into the name because it is capitalised
// there ("[Internal] Trump University records", "[Chasing] Trump and Cruz
// was Rubio", "[Will] Cruz's gambit do any better?") and the rest is a name
// the article gives elsewhere: a mention of one type (Trump University) or
// the surname of a person named in full with another first word (Cruz
// after Ted Cruz). The word is one the model's unlabelled news seldom
// capitalises inside a sentence (Capitalisation 1–4 of 6) that no list
// knows, or one it almost never capitalises (1–2: Will, One) that no list
// knows as a title or a demonym; never a determiner (The) or a name's
// particle (De Blasio), nor where the article names the whole mention
// elsewhere. A given name the lists know (Hope Hicks, Grant Young, Rich
// Heffley) is capitalised too often to be taken for a common word, and one
// that news seldom capitalises is kept before a person's name (Tracy
// Martin), unless it opens a question as an auxiliary (Will).
func (s *Stage) openingWords(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		text := doc.Slice(m.Span)
		if _, _, n := wordsOf(text); n < 2 {
			continue
		}
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.Start })
		if i+1 >= len(doc.Tokens) || doc.Tokens[i].Start != m.Start || doc.Tokens[i].Kind != pipeline.Word || doc.Tokens[i+1].Start >= m.End {
			continue
		}
		si := sort.Search(len(doc.Sentences), func(si int) bool { return doc.Sentences[si].Last > i })
		if si == len(doc.Sentences) || !onlyPunctBefore(doc, doc.Sentences[si], i) {
			continue
		}
		w := s.word(doc, i)
		if sentenceDeterminers[w] || !s.commonOpening(w) || particle(w) {
			continue
		}
		rest := pipeline.Span{Start: doc.Tokens[i+1].Start, End: m.End}
		typ, ok := s.namedElsewhere(doc, text, doc.Slice(rest), w)
		if !ok {
			continue
		}
		// A given name before a person's name is another person of the
		// family (Tracy Martin after Trayvon Martin), unless it is an
		// auxiliary opening a question ("Will Sanders come down …?").
		if typ == pipeline.Person && s.gaz.Lookup(w).Has(gazetteer.FirstName) && !questionAuxiliary(doc, doc.Sentences[si], w) {
			continue
		}
		m.Span, m.Type = rest, typ
	}
}

// namedElsewhere returns the type of rest where the article names it
// elsewhere: as a mention of one type, or as the surname of a person named
// in full with a first word other than w; not when the article names whole
// (the mention opening with w) more than once. It scans the mentions
// rather than building maps: openingWords asks it of few mentions.
func (s *Stage) namedElsewhere(doc *pipeline.Document, whole, rest, w string) (pipeline.EntityType, bool) {
	typ, wholes, surname := pipeline.NoType, 0, false
	for _, o := range doc.Mentions {
		if o.End < 0 {
			continue
		}
		t := doc.Slice(o.Span)
		switch {
		case t == whole:
			wholes++
		case t == rest:
			if typ != pipeline.NoType && typ != o.Type {
				return pipeline.NoType, false // typed two ways: trust neither
			}
			typ = o.Type
		case o.Type == pipeline.Person && !strings.Contains(rest, " ") && strings.HasSuffix(t, " "+rest):
			if first, _, n := wordsOf(t); n > 1 && first != w {
				surname = true
			}
		}
	}
	if wholes > 1 {
		return pipeline.NoType, false
	}
	if typ != pipeline.NoType {
		return typ, true
	}
	return pipeline.Person, surname
}

// particle reports a name's particle written with a capital (De Blasio),
// without building a lower-case copy.
func particle(w string) bool {
	for p := range nameParticles {
		if strings.EqualFold(p, w) {
			return true
		}
	}
	return false
}

// questionAuxiliaries open a question ("Will Cruz's gambit do any better?").
var questionAuxiliaries = set("Will", "Would", "Can", "Could", "Should", "Shall", "May", "Might", "Must", "Did", "Does", "Do", "Is", "Was", "Are", "Were", "Has", "Have", "Had")

// questionAuxiliary reports w, an auxiliary, opening sent, a sentence that
// ends in a question mark.
func questionAuxiliary(doc *pipeline.Document, sent pipeline.Sentence, w string) bool {
	if !questionAuxiliaries[w] {
		return false
	}
	for k := sent.Last - 1; k >= sent.First; k-- {
		if doc.Tokens[k].Kind == pipeline.QuoteMark {
			continue
		}
		return doc.Slice(doc.Tokens[k].Span) == "?"
	}
	return false
}

// commonOpening reports a word that opens a sentence but that news writes
// in lower case inside one: rarely capitalised (1–4 of 6) and known to no
// list, or almost never (1–2) and no title or demonym.
func (s *Stage) commonOpening(w string) bool {
	c := s.model.Capitalisation(w)
	cls := s.gaz.Lookup(w)
	switch {
	case c >= 1 && c <= 2:
		return !cls.Has(gazetteer.Title) && !cls.Has(gazetteer.Demonym) && !extraTitles[w]
	case c >= 3 && c <= 4:
		return cls == 0 && !extraTitles[w]
	}
	return false
}
