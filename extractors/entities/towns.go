package entities

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// stateTowns reads "Town, State" as two places, the way US news names a
// town: "a [Neptune], [N.J.], native", "in [Nashville], [Tennessee].",
// "[Washington], [D.C.]" (the news gold's convention, two places). The
// tagger often joins the pair into one place, or misses a small town the
// lists do not know, or takes it for a person ("of Baldwin, Miss."). So,
// where a comma is followed by a US state's name or abbreviation
// (statenames.txt, usstates.txt) that closes its phrase (closesPhrase: a
// comma, a full stop, a semicolon, a colon, a bracket or a line's end
// follows it):
//   - a place that runs over the comma into the state is cut before the
//     comma;
//   - one to three capitalised words before the comma that no mention
//     covers are a place, if none is a weekday, month, title, demonym, a
//     word of the notEntities table or one the model's news mostly writes
//     in lower case ("Friday, Texas, sued"; "Then, Ohio."), and no
//     capitalised word comes before them;
//   - a one-word person or organization there is a place when "of", "in",
//     "to", "from", "near" or "at" (placePrepositions) comes before it and
//     the article names no one in full with the word;
//
// and the state is added as a place where no mention covers it. A postal
// code ("VA") closes a pair only for a place already tagged: alone after a
// comma it is too often something else.
func (s *Stage) stateTowns(doc *pipeline.Document) {
	var personWords map[string]bool
	n := len(doc.Mentions)
	toks := doc.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if s.word(doc, i) != "," || toks[i].Start != toks[i-1].End {
			continue
		}
		end, code := s.stateAt(doc, i+1)
		if end == 0 || !s.closesPhrase(doc, end) {
			continue
		}
		state := pipeline.Span{Start: toks[i+1].Start, End: toks[end-1].End}
		town := pipeline.Span{End: toks[i-1].End}
		k := s.joinedPlace(doc, n, toks[i-1].Start, state.End)
		switch {
		case k >= 0: // "[Nashville, Tennessee]"
			doc.Mentions[k].End = town.End
		case code:
			continue
		default:
			a := s.townStart(doc, i)
			if a < 0 {
				continue
			}
			town.Start = toks[a].Start
			m := mentionIndex(doc.Mentions[:n], town)
			switch {
			case m < 0 && !overlapsAny(doc.Mentions[:n], town):
				doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: town, Type: pipeline.Place, Entity: -1})
			case m < 0:
				continue
			case doc.Mentions[m].Type == pipeline.Place:
			case a == i-1 && a > 0 && placePrepositions[s.word(doc, a-1)]:
				if personWords == nil {
					personWords = fullNameWords(doc)
				}
				if personWords[s.word(doc, a)] {
					continue
				}
				doc.Mentions[m].Type = pipeline.Place
			default:
				continue
			}
		}
		if !overlapsAny(doc.Mentions[:n], state) && !overlapsAny(doc.Mentions[n:], state) {
			doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: state, Type: pipeline.Place, Entity: -1})
		}
	}
	if len(doc.Mentions) > n {
		sortMentions(doc.Mentions)
	}
}

// stateAt returns the token after a US state's name or abbreviation that
// starts at token j ("New Hampshire", "Tennessee", "N.J." as "N.J" and ".",
// "Calif."), 0 if none starts there, and whether it is a postal code
// ("VA").
func (s *Stage) stateAt(doc *pipeline.Document, j int) (int, bool) {
	toks := doc.Tokens
	if j >= len(toks) || toks[j].Kind != pipeline.Word || !toks[j].Is(pipeline.Capitalized) {
		return 0, false
	}
	w := s.word(doc, j)
	if j+1 < len(toks) && toks[j+1].Start == toks[j].End+1 && stateNames[doc.Text[toks[j].Start:toks[j+1].End]] {
		return j + 2, false // "New Hampshire"
	}
	if j+1 < len(toks) && s.word(doc, j+1) == "." && toks[j+1].Start == toks[j].End && usStates[w+"."] {
		return j + 2, false // "N.J" "."
	}
	if stateNames[w] || usStates[w] {
		return j + 1, len(w) == 2 && isUpper(w)
	}
	return 0, false
}

// closesPhrase reports whether the state that ends before token e closes its
// phrase: the text ends, or a comma, full stop, semicolon, colon or closing
// bracket, or a line break, comes next. A state abbreviation's own full stop
// closes it too ("of Baldwin, Miss. He said").
func (s *Stage) closesPhrase(doc *pipeline.Document, e int) bool {
	if e >= len(doc.Tokens) || strings.HasSuffix(s.word(doc, e-1), ".") {
		return true
	}
	switch s.word(doc, e) {
	case ",", ".", ";", ":", ")":
		return true
	}
	return strings.ContainsRune(doc.Text[doc.Tokens[e-1].End:doc.Tokens[e].Start], '\n')
}

// joinedPlace returns the index among the first n mentions of a place that
// starts at or before offset start and ends at offset end, running over a
// town's comma into its state, or -1.
func (s *Stage) joinedPlace(doc *pipeline.Document, n, start, end int) int {
	for k, m := range doc.Mentions[:n] {
		if m.Type == pipeline.Place && m.Start <= start && m.End == end {
			return k
		}
	}
	return -1
}

// mentionIndex returns the index of the mention among ms with span sp, or
// -1 (Stage.mentionAt, a method, reports one mention of the document there).
func mentionIndex(ms []pipeline.Mention, sp pipeline.Span) int {
	for k, m := range ms {
		if m.Span == sp {
			return k
		}
	}
	return -1
}

// townStart returns the first token of the one to three capitalised words
// (with an abbreviation's full stop: "Ft. Worth") that end right before the
// comma at token i and may name a town, or -1.
func (s *Stage) townStart(doc *pipeline.Document, i int) int {
	toks := doc.Tokens
	a, words := i, 0
	for a > 0 && words < 4 {
		t := toks[a-1]
		if s.word(doc, a-1) == "." && a >= 2 && toks[a-2].End == t.Start && s.abbreviated(doc, a-2) {
			a--
			continue
		}
		if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) {
			break
		}
		w := s.word(doc, a-1)
		if articles[w] {
			break // "A Tullahoma, Tenn., native"
		}
		cls := s.gaz.Lookup(w)
		if cls.Has(gazetteer.TimeWord) || cls.Has(gazetteer.Title) || extraTitles[w] || isDemonym(cls) || notEntities[w] || s.lowerWord(w) {
			return -1
		}
		a--
		words++
	}
	// (The run cannot start at an abbreviation's full stop: the word
	// before one is always taken too, or the fourth word ends the run.)
	if words == 0 || words > 3 {
		return -1
	}
	if a > 0 && toks[a-1].Kind == pipeline.Word && toks[a-1].Is(pipeline.Capitalized) && !articles[s.word(doc, a-1)] {
		return -1 // the run goes on before: not the town's whole name
	}
	return a
}

// abbreviated reports a short capitalised word that an abbreviation's full
// stop follows inside a town's name: "Ft.", "St.", "Mt.", "Pt.".
func (s *Stage) abbreviated(doc *pipeline.Document, i int) bool {
	switch s.word(doc, i) {
	case "Ft", "St", "Mt", "Pt":
		return true
	}
	return false
}
