package entities

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// foreignHeads open the names of bodies in French, Spanish, Portuguese,
// Italian, German, Dutch and the Scandinavian languages, which English
// text keeps untranslated ("the Institut Agronomique de Montfaucon",
// "Universidad de Chile", "Fondation Abbé Pierre"). Hand-written from
// those languages' words for institute, foundation, university, academy,
// bank, museum, ministry, council, party and society.
var foreignHeads = set("Institut", "Instituto", "Istituto", "Institutul", "Fondation", "Fundación", "Fundação",
	"Fondazione", "Stiftung", "Stichting", "Stiftelsen", "Universidad", "Universidade", "Université", "Università",
	"Universität", "Universiteit", "Académie", "Academia", "Accademia", "Akademie", "Banco", "Banque", "Musée", "Museo",
	"Ministerio", "Ministère", "Ministério", "Ministero", "Consejo", "Conseil", "Consiglio", "Partido", "Partito",
	"Société", "Sociedad", "Sociedade", "Società", "Gesellschaft", "Hochschule", "Bundesamt", "Agence", "Agencia")

// foreignConnectors join the words of such a name in lower case.
var foreignConnectors = set("de", "du", "des", "la", "le", "les", "del", "della", "delle", "dei", "di", "da", "do",
	"dos", "das", "für", "der", "y", "e", "et", "van", "voor", "för", "for", "og")

// foreignTails end one-word names of Danish, Norwegian and Swedish bodies,
// the definite article joined to the noun: "Boligfonden" (the housing
// fund), "Fagforbundet", "Stiftelsen".
var foreignTails = []string{"fonden", "fondet", "stiftelsen", "forbundet", "foreningen", "selskabet", "selskapet",
	"instituttet", "institutet"}

// foreignBodies makes an organization of a foreign head word and the
// capitalised words and lower-case connectors after it, ending on a
// capitalised word ("Institut Agronomique de Montfaucon", not cut to the
// place "Montfaucon"), and of one capitalised word ending in a Scandinavian
// body's word with its article (foreignTails: "Boligfonden"), replacing
// what the tagger made of them; not in headlines or lines in capitals, and
// not where a mention reaches outside the name.
func (s *Stage) foreignBodies(doc *pipeline.Document) {
	var added []pipeline.Mention
	for sent := range runningText(doc) {
		for i := sent.First; i < sent.Last; i++ {
			t := doc.Tokens[i]
			w := s.word(doc, i)
			if t.Kind != pipeline.Word || !t.Is(pipeline.Capitalized) || t.Is(pipeline.AllCaps) {
				continue
			}
			if foreignTail(w) && !(i+1 < sent.Last && doc.Tokens[i+1].Kind == pipeline.Word && doc.Tokens[i+1].Is(pipeline.Capitalized)) {
				setMention(doc, t.Span, pipeline.Organization, &added)
				continue
			}
			if !foreignHeads[w] {
				continue
			}
			end := i + 1 // one past the last capitalised word
			for j := i + 1; j < sent.Last && j-i <= 6 && doc.Tokens[j].Kind == pipeline.Word; j++ {
				if doc.Tokens[j].Is(pipeline.Capitalized) {
					end = j + 1
				} else if !foreignConnectors[s.word(doc, j)] {
					break
				}
			}
			if end-i < 2 {
				continue
			}
			setMention(doc, pipeline.Span{Start: t.Start, End: doc.Tokens[end-1].End}, pipeline.Organization, &added)
			i = end - 1
		}
	}
	if added != nil {
		replaceMentions(doc, added)
	}
}

// foreignTail reports a word that ends in a Scandinavian body's word with
// its article and has a word of its own before it ("Boligfonden", not
// "Fonden").
func foreignTail(w string) bool {
	for _, tail := range foreignTails {
		if len(w) >= len(tail)+3 && strings.EqualFold(w[len(w)-len(tail):], tail) {
			return true
		}
	}
	return false
}
