package entities

import (
	"slices"
	"sort"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// News outlets the lists do not know (docs/entities-history.md, "Round 11"): a
// reporter's outlet in a transcript's label ("REPORTER (CHANNEL 7):") and a
// paper named after its place ("the Hollywood Reporter", whose first word
// the tagger reads as the place).

// outletWords end or hold the names of broadcasters and newspapers.
// Hand-written from the names of news outlets; "Sun" and "Express" are left
// out (weather, trains).
var outletWords = set("Channel", "Radio", "TV", "Television", "News", "Gazette", "Times", "Post", "Herald",
	"Tribune", "Journal", "Press", "Telegraph", "Chronicle", "Courier", "Mirror", "Guardian", "Observer",
	"Magazine", "Network", "FM", "Daily", "Bulletin", "Examiner", "Inquirer", "Enquirer", "Standard", "Record",
	"Reporter", "Globe", "Bee", "Star", "Register", "Dispatch", "Independent", "Review")

// outlet reports whether the words [a, b) of a label's parenthesis name a
// news outlet or another organization: a list knows them (read with
// initial capitals) or one of them is an outlet's word.
func (s *Stage) outlet(doc *pipeline.Document, a, b int) bool {
	ws := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		if s.word(doc, k) == "," {
			return false
		}
		w := s.word(doc, k)
		if len(w) > 2 && doc.Tokens[k].Kind == pipeline.Word {
			w = titleWord(w)
		}
		ws = append(ws, w)
	}
	if cls := gazetteer.KnownOrgs().Lookup(ws...); cls != 0 {
		return true
	}
	if cls := s.gaz.Lookup(ws...); cls.Has(gazetteer.NewsOrg) || cls.Has(gazetteer.OrgName) || cls.Has(gazetteer.Company) {
		return true
	}
	for _, w := range ws {
		if outletWords[w] {
			return true
		}
	}
	return false
}

// placePapers makes an organization of a run of two or three capitalised
// words that opens with a place the lists know and ends in an outlet's word
// ("the Hollywood Reporter", "the Brackwater Gazette"), replacing the
// place the tagger found in it, outside headlines.
func (s *Stage) placePapers(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i < sent.Last; i++ {
			if doc.Tokens[i].Kind != pipeline.Word || !doc.Tokens[i].Is(pipeline.Capitalized) || doc.Tokens[i].Is(pipeline.AllCaps) {
				continue
			}
			if sentenceDeterminers[s.word(doc, i)] && (i == sent.First || doc.Tokens[i-1].Kind != pipeline.Word) {
				continue // "The Hollywood Reporter said": not the sentence's "The"
			}
			j := s.nameRun(doc, sent, i, 4)
			if i > sent.First && doc.Tokens[i-1].Kind == pipeline.Word && doc.Tokens[i-1].Is(pipeline.Capitalized) && !sentenceDeterminers[s.word(doc, i-1)] {
				i = j
				continue // inside a longer name
			}
			n := j - i
			if n < 2 || n > 3 || !outletWords[s.word(doc, j-1)] {
				i = j
				continue
			}
			head := 1
			if n == 3 && isPlace(s.gaz.Lookup(s.word(doc, i), s.word(doc, i+1))) {
				head = 2 // "the Tampa Bay Times"
			}
			var buf [2]string
			ws := buf[:0]
			for k := i; k < i+head; k++ {
				ws = append(ws, s.word(doc, k))
			}
			if !isPlace(s.gaz.Lookup(ws...)) {
				i = j
				continue
			}
			setMention(doc, pipeline.Span{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End}, pipeline.Organization, &added)
			i = j
		}
	}
	replaceMentions(doc, added)
}

// possessiveOrgs takes a capitalised word and its possessive into an
// organization's name that starts with an organization's word right after
// them ("[King's College London]", "[Queen's University Belfast]"), where
// the tagger began the name at the organization's word: an institution
// named after a patron or its members ("the [Women's Media Center]"), with
// the capitalised words before them that no mention holds. Not when the
// word is in a mention of its own ("[Trump]'s Foundation": a person's, no
// name).
func (s *Stage) possessiveOrgs(doc *pipeline.Document) {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.End < 0 || m.Type != pipeline.Organization {
			continue
		}
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= m.Start })
		if i < 2 || i >= len(doc.Tokens) || doc.Tokens[i].Start != m.Start || !s.gaz.Lookup(s.word(doc, i)).Has(gazetteer.OrgWord) {
			continue
		}
		if p := s.word(doc, i-1); p != "'s" && p != "’s" || doc.Tokens[i-2].End != doc.Tokens[i-1].Start {
			continue
		}
		w := doc.Tokens[i-2]
		if w.Kind != pipeline.Word || !w.Is(pipeline.Capitalized) || w.Is(pipeline.AllCaps) {
			continue
		}
		if idx, _ := mentionsIn(doc, w.Span); len(idx) > 0 {
			continue
		}
		m.Start = w.Start
		// and the capitalised words before it that no mention holds, inside
		// the sentence ("the [Democratic Women's Club of Florida]")
		si := sort.Search(len(doc.Sentences), func(si int) bool { return doc.Sentences[si].Last > i })
		for j := i - 3; si < len(doc.Sentences) && j > doc.Sentences[si].First; j-- {
			t := doc.Tokens[j]
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) || onlyPunctBefore(doc, doc.Sentences[si], j) {
				break
			}
			if idx, _ := mentionsIn(doc, t.Span); len(idx) > 0 {
				break
			}
			m.Start = t.Start
		}
	}
}

// shortOutlets makes an organization of a news outlet's last word after a
// lower-case "the" ("according to the [Post]", "the [Post]'s editor"),
// where the article names the outlet in full with that word last ("The
// Washington Post") and no mention covers it: news shortens a paper so once
// it has named it, and the tagger, which knows "the Times", misses the
// others (round 22).
func (s *Stage) shortOutlets(doc *pipeline.Document) {
	var heads []string
	for _, m := range doc.Mentions {
		if m.Type != pipeline.Organization {
			continue
		}
		if _, last, n := wordsOf(doc.Slice(m.Span)); n > 1 && outletWords[last] && !slices.Contains(heads, last) {
			heads = append(heads, last)
		}
	}
	if len(heads) == 0 {
		return
	}
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First + 1; i < sent.Last; i++ {
			t := doc.Tokens[i]
			if t.Kind != pipeline.Word || s.word(doc, i-1) != "the" || !slices.Contains(heads, s.word(doc, i)) || !s.standsAlone(doc, sent, i, i+1) {
				continue
			}
			if idx, _ := mentionsIn(doc, t.Span); len(idx) == 0 {
				added = append(added, pipeline.Mention{Span: t.Span, Type: pipeline.Organization, Entity: -1})
			}
		}
	}
	replaceMentions(doc, added)
}
