package entities

import (
	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/pipeline"
)

// Acronyms defined in the text: "the Committee to Protect Journalists
// (CPJ)". The long form before the parenthesis is one mention, whatever
// the tagger cut it into, and the acronym is a mention of the same type;
// grouping then makes them one entity (acronymOf).

// acronymConnectors may stand lower-case inside a long form without giving
// a letter to its acronym.
var acronymConnectors = set("of", "to", "the", "for", "and", "on", "in", "&", "de", "du", "des", "la", "le", "y", "-")

// acronymLetters returns the capital letters of an acronym of 2–8 letters
// (dots allowed: "U.N."), or "" if w is not one.
func acronymLetters(w string) string {
	var b [8]byte
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			if n == len(b) {
				return ""
			}
			b[n] = c
			n++
		case c == '.' && n > 0:
		default:
			return ""
		}
	}
	if n < 2 {
		return ""
	}
	return string(b[:n])
}

// initialsOf returns the initials of a long form's capitalised words,
// or "" if it holds a word that is neither capitalised nor a connector.
func initialsOf(words []string) string {
	var b []byte
	for _, w := range words {
		switch {
		case w != "" && w[0] >= 'A' && w[0] <= 'Z':
			b = append(b, w[0])
		case acronymConnectors[w]:
		default:
			return ""
		}
	}
	return string(b)
}

// longFormInitials returns the initials of a multi-word name that could
// have an acronym (a leading "The" left out), or "".
func longFormInitials(name string) string {
	var buf [8]string
	ws := appendFields(buf[:0], name)
	if len(ws) > 0 && ws[0] == "The" {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return ""
	}
	ini := initialsOf(ws)
	if len(ini) < 2 {
		return ""
	}
	return ini
}

// acronymDefinitions adds, for every "Long Form (ACRONYM)" in a sentence
// whose capitalised words' initials spell the acronym, a candidate for the
// long form and one for the acronym. Their type is the one the tagger gave
// the acronym, else the long form's words, else organization (most defined
// acronyms in news are organizations).
func (s *Stage) acronymDefinitions(doc *pipeline.Document, words []string, cands []cand) []cand {
	typeAt := func(a, b int) (pipeline.EntityType, bool) {
		for _, c := range cands {
			if c.first < b && a < c.last {
				return c.typ, true
			}
		}
		return 0, false
	}
	n := len(cands)
	var defined map[string]pipeline.EntityType // acronym → type
	for si, sent := range doc.Sentences {
		for i := sent.First + 2; i+1 < sent.Last; i++ {
			if words[i-1] != "(" || words[i+1] != ")" {
				continue
			}
			acro := acronymLetters(words[i])
			if acro == "" {
				continue
			}
			// The long form ends right before "(" and starts at the word
			// whose initial is the acronym's first letter.
			end := i - 1
			start := -1
			for k := end - 1; k >= sent.First && k >= end-2*len(acro)-2; k-- {
				ini := initialsOf(words[k:end])
				if ini == "" {
					break
				}
				if ini == acro && !acronymConnectors[words[k]] {
					start = k
					break
				}
			}
			if start < 0 || end-start < 2 {
				continue
			}
			typ, ok := typeAt(i, i+1)
			if !ok {
				if typ, ok = typeAt(start, end); !ok {
					typ = pipeline.Organization
				}
			}
			cands = append(cands, cand{start, end, typ, si}, cand{i, i + 1, typ, si})
			if defined == nil {
				defined = map[string]pipeline.EntityType{}
			}
			if _, ok := defined[words[i]]; !ok {
				defined[words[i]] = typ
			}
		}
	}
	if len(cands) == n {
		return cands
	}
	sortCands(cands)
	// A defined acronym is a mention wherever else it stands alone ("CPJ
	// said ..."), as its definition is tagged.
	m := len(cands)
	for si, sent := range doc.Sentences {
		for i := sent.First; i < sent.Last; i++ {
			typ, ok := defined[words[i]]
			if !ok {
				continue
			}
			if !coveredBy(cands[:m], i) {
				cands = append(cands, cand{i, i + 1, typ, si})
			}
		}
	}
	if len(cands) > m {
		sortCands(cands)
	}
	return cands
}

// coveredBy reports whether token i lies inside one of cands (sorted by
// start; they may overlap here, so the scan stops only past i).
func coveredBy(cands []cand, i int) bool {
	for _, c := range cands {
		if c.first > i {
			break
		}
		if i < c.last {
			return true
		}
	}
	return false
}

// dottedAcronyms adds an acronym written with periods ("the [E.U.]'s
// refugee crisis", "an [M.G.M.] player", the New York Times' style) that the
// tagger left out, where the lists know it without them (EU, FBI) as an
// organization and not as a place; a word that stands inside a mention is
// left alone. Places are not taken: the lists' state codes make "O.K." one.
func (s *Stage) dottedAcronyms(doc *pipeline.Document) {
	n := len(doc.Mentions)
	for _, t := range doc.Tokens {
		w := doc.Slice(t.Span)
		if t.Kind != pipeline.Word || len(w) < 4 || w[1] != '.' || w[len(w)-1] != '.' {
			continue
		}
		letters := acronymLetters(w)
		if len(letters)*2 != len(w) || overlapsAny(doc.Mentions[:n], t.Span) {
			continue
		}
		known := s.gaz.Lookup(letters) | gazetteer.KnownOrgs().Lookup(letters)
		org := known.Has(gazetteer.OrgName) || known.Has(gazetteer.Company) || known.Has(gazetteer.NewsOrg)
		if !org || isPlace(known) {
			continue
		}
		doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: t.Span, Type: pipeline.Organization, Entity: -1})
	}
	if len(doc.Mentions) > n {
		sortMentions(doc.Mentions)
	}
}
