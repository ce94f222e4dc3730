package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound17 holds invented texts for round 17's rules
// (docs/entities-history.md, "Round 17 (branch ner15)"). None is taken from
// fixtures/styles7, whose Left list the round worked on.
func TestNewsRulesRound17(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a given name before a double-barrelled surname the article later writes alone",
			"Ifeoma Adeyemi-Strand (born 1961) is a chemist. Adeyemi-Strand studied at a school in Leeds before she moved.",
			[]string{"person: Ifeoma Adeyemi-Strand", "person: Adeyemi-Strand", "place: Leeds"}},
		{"a given name the tagger keeps without its double-barrelled surname, and the surname as a transcript's label",
			"Marit Osei-Brandt kept time at 300 races in the Northern Athletics League.\n\nQ: Do you remember your first race?\n\nOsei-Brandt: All of it.",
			[]string{"person: Marit Osei-Brandt", "organization: Northern Athletics League", "person: Osei-Brandt"}},
		{"a biography's heading and first line name the subject the tagger cut in two",
			"Ravindra Thorne-Mbeki\n\nRavindra Thorne-Mbeki (born 1958) is a British engineer. Thorne-Mbeki was educated in Nairobi.",
			[]string{"person: Ravindra Thorne-Mbeki", "person: Ravindra Thorne-Mbeki", "person: Thorne-Mbeki", "place: Nairobi"}},
		{"a nickname in marks inside a name, in a biography's heading over the name without it",
			"Cornelius \"Buck\" Marlowe\n\nCornelius Marlowe (1931 – 2004) was an American banjo player.",
			[]string{"person: Cornelius \"Buck\" Marlowe", "person: Cornelius Marlowe"}},
		{"a nickname in marks inside a name in running text",
			"The crowd cheered when Thaddeus \"Tad\" Brennan walked on stage. Brennan played for an hour.",
			[]string{"person: Thaddeus \"Tad\" Brennan", "person: Brennan"}},
		{"a novel's title after its word and a year, and the title again later, is no organization",
			"Ruth Oyelaran is best known for the novel The Weaver of Kano (1983). The Weaver of Kano, her fourth book, was later filmed.",
			[]string{"person: Ruth Oyelaran"}},
		{"an album's title that reads like a body's name is a work",
			"In 1979 the band released the album The Garnet Society (1979), and The Garnet Society went gold.",
			nil},
		{"a person named in a book's title is no mention",
			"Mark Dowd wrote the book The Case for Biden, out in May.",
			[]string{"person: Mark Dowd"}},
		{"the lines of a list of works under its heading are titles, whatever they hold",
			"Bernard Ollerton\n\nBernard Ollerton (1920 – 1999) was an English poet.\n\nWorks\n\nThe Long Quay (1950)\nWinter at Glenmorran (1958)\nLetters to Ruth Ellery (letters, 1977)\n",
			[]string{"person: Bernard Ollerton", "person: Bernard Ollerton"}},
		{"a work's word before a person's name is no title",
			"Critics still praise the film Steven Spielberg made in 1993 in Poland.",
			[]string{"person: Steven Spielberg", "place: Poland"}},
		{"a person's name that names an award is the award's",
			"The poet Dana Ruiz, who won the Marjorie Keller Award in 2014, read first.",
			[]string{"person: Dana Ruiz"}},
		{"a prize named after a person is no mention of them",
			"Two years later she won the Harriet Monroe Prize for her second collection.",
			nil},
		{"a town's name that stands for its team in a match stands for it elsewhere in the article",
			"Kenji Watanabe has refereed in the league for nine seasons. His first match was Carlton against Preston in the cup, and he gave a penalty in the first minute. Dana Holt, who captained Preston for a decade, still teases him about it.",
			[]string{"person: Kenji Watanabe", "organization: Carlton", "organization: Preston", "person: Dana Holt", "organization: Preston"}},
		{"a town the lists know as a first name is a team when the other side is not one",
			"Mo Farrell refereed the match in the league. Harwick against Selby, a wet Sunday, and a penalty in the third minute.",
			[]string{"person: Mo Farrell", "organization: Harwick", "organization: Selby"}},
		{"the name after \"the magazine\" is the magazine's",
			"Her first poems appeared in the magazine Saltmarsh in 1962.",
			[]string{"organization: Saltmarsh"}},
		{"a foreign institute's name runs through its connectors in lower case",
			"She spent a decade at the Instituto Nacional de Pesquisas Costeiras before moving to Lisbon.",
			[]string{"organization: Instituto Nacional de Pesquisas Costeiras", "place: Lisbon"}},
		{"a Danish body's one-word name with its article is an organization",
			"The flats were built for the tenants union Lejerforeningen, which still owns them.",
			[]string{"organization: Lejerforeningen"}},
		{"\"the\", a town and a newspaper's head word name the newspaper wherever it stands",
			"She sued the paper, the Harbour Courier, and won.",
			[]string{"organization: Harbour Courier"}},
		{"the head word alone after \"the\" is the newspaper the article named in full",
			"The novel was panned by the Sunday Examiner's critic. She later wrote reviews for the Examiner until 1990.",
			[]string{"organization: Sunday Examiner", "organization: Examiner"}},
		{"a legislature and the party its member sat for are two organizations",
			"In 1999 she was elected to the Manitoba Legislative Assembly for the New Democratic Party, and served two terms.",
			[]string{"organization: Manitoba Legislative Assembly", "organization: New Democratic Party"}},
		{"the Commons and a party after \"for\" are two organizations",
			"He sat in the House of Commons for the Liberal Party until 2010.",
			[]string{"organization: House of Commons", "organization: Liberal Party"}},
		{"a body whose name holds \"for\" stays whole",
			"She directs the Institute for the Study of Labor in Bonn.",
			[]string{"organization: Institute for the Study of Labor", "place: Bonn"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
	// Guards: mentions the rules must not make, whatever else the tagger
	// finds there.
	guards := []struct{ name, text, not string }{
		{"a place before a hyphenated name is no given name", "Fans of Paris Saint-Germain waited outside. Saint-Germain won.", "person: Paris Saint-Germain"},
		{"players' surnames in a match are no teams", "Ana Forsyth scored twice in the league match and won a penalty. It was Forsyth against Ellery all season, said Joan Ellery.", "organization: Forsyth"},
		{"a person after \"the newspaper\" is no newspaper", "The column ran in the newspaper Trump later sued.", "organization: Trump"},
		{"a foreign body's name stops before an English word", "The paintings hang in the Museo Tavira in Madrid for the summer.", "organization: Museo Tavira in Madrid"},
		{"a newspaper's head word alone is no newspaper unless the article names one", "The county's medical examiner, known as the Examiner, spoke first.", "organization: Examiner"},
		{"a company's hyphenated name after a word of the sentence", "Shares in Rolls-Royce fell. Analysts said Rolls-Royce would recover.", "person: Rolls-Royce"},
		{"a quoted slogan before a body's word is no nickname", "The \"Save Our Library\" Committee met on Tuesday, and Ellen Kirby spoke.", "person: The \"Save Our Library\" Committee"},
	}
	for _, g := range guards {
		t.Run("guard: "+g.name, func(t *testing.T) {
			got := mentions(run(t, g.text))
			assert.NotContains(t, got, g.not)
		})
	}
}
