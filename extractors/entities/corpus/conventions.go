package corpus

import (
	"strings"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/gazetteer"
)

// unifyConventions rewrites the labels of a data set annotated with other
// conventions than the sets sayso is scored on (UNER, GUM): there, a title
// is outside a person's mention ("President [Obama]", "Mr. [West]") and a
// demonym alone is no entity. The Broad Twitter Corpus and WNUT17 put
// titles inside ("[President Obama]") and tag demonyms as places or
// organizations ("[Russian]"). A person's mention loses its leading titles
// (and the full stop of an abbreviated one), or is dropped if nothing else is
// left; a mention that is one demonym the lists do not also know as a place
// is dropped (if demonyms is set). The documents are copied; docs is not
// changed.
func unifyConventions(docs []conll.Document, gaz *gazetteer.Table, demonyms bool) []conll.Document {
	out := make([]conll.Document, len(docs))
	for di, d := range docs {
		out[di].Sentences = make([]conll.Sentence, len(d.Sentences))
		for si, s := range d.Sentences {
			tags := append([]string(nil), s.Tags...)
			for _, sp := range conll.Spans(tags) {
				first := sp.Start
				if sp.Type == "PER" {
					for first < sp.End {
						n := 0
						if first+1 < sp.End && gaz.Lookup(s.Tokens[first], s.Tokens[first+1]).Has(gazetteer.Title) {
							n = 2
						} else if gaz.Lookup(s.Tokens[first]).Has(gazetteer.Title) {
							n = 1
						}
						if n == 0 {
							break
						}
						first += n
						if first < sp.End && s.Tokens[first] == "." {
							first++
						}
					}
				}
				if demonyms && sp.End-sp.Start == 1 && demonym(gaz.Lookup(s.Tokens[sp.Start])) {
					first = sp.End
				}
				for k := sp.Start; k < sp.End; k++ {
					switch {
					case k < first:
						tags[k] = "O"
					case k == first:
						tags[k] = "B-" + sp.Type
					}
				}
			}
			out[di].Sentences[si] = conll.Sentence{Tokens: s.Tokens, Tags: tags, Text: s.Text}
		}
	}
	return out
}

// demonym: in a demonym list and in no list of places.
func demonym(cls gazetteer.Set) bool {
	return cls.Has(gazetteer.Demonym) && !cls.Has(gazetteer.Country) && !cls.Has(gazetteer.Region) &&
		!cls.Has(gazetteer.BigCity) && !cls.Has(gazetteer.City)
}

// conventionFiles are the training files whose labels unifyConventions
// rewrites.
func conventionFile(rel string) bool {
	return strings.HasPrefix(rel, "btc/") || strings.HasPrefix(rel, "wnut17_")
}
