package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGroupingRound25 holds invented texts for round 25's grouping of
// names from outside the English-speaking world (docs/entities-history.md,
// "Round 25 (branch ner23)"): a surname that particles open, alone or
// opening a sentence, the short form of a Portuguese name before its
// particles, and a surname written with the Arabic article, alone without
// it. None is taken from a news set.
func TestGroupingRound25(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"a surname that particles open joins the full name",
			"BRUSSELS (AP) — Commission President Margarethe von der Heide met farmers on Monday. Ms. von der Heide said the rules would change, and von der Heide later left for Paris.",
			"person: Margarethe von der Heide (Margarethe von der Heide | Ms. von der Heide | von der Heide)"},
		{"a capitalised particle opening a sentence",
			"LIMA, Peru (AP) — Tomás Ignacio de la Vega, the foreign minister, flew to Lima on Sunday.\n\nDe la Vega met his Peruvian counterpart.",
			"person: Tomás Ignacio de la Vega (Tomás Ignacio de la Vega | De la Vega)"},
		{"the name before the particles, news's short form of a Portuguese name",
			"President Antônio Carlos Zeca dos Santos arrived in Lisbon on Friday. Zeca, as he is known, said the deal was close, and dos Santos signed it.",
			"person: Antônio Carlos Zeca dos Santos (Antônio Carlos Zeca dos Santos | Zeca | dos Santos)"},
		{"a capitalised particle inside the full name (Belgian, Dutch)",
			"ANTWERP, Belgium (AP) — Mayor Joris Van Damme opened the new terminal on Friday. “The port is our front line,” Van Damme said.",
			"person: Joris Van Damme (Joris Van Damme | Van Damme)"},
		{"a surname with the Arabic article, alone without it",
			"CAIRO (AP) — Youssef Kamal el-Masri, the prime minister, opened the bridge on Sunday.\n\nMr. Masri said it would cut travel times, and Masri's office gave no cost.",
			"person: Youssef Kamal el-Masri (Youssef Kamal el-Masri | Mr. Masri | Masri)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, entityNames(run(t, tc.text)), tc.want)
		})
	}
}

// TestMentionsRound25 holds invented texts for round 25's mention rules
// (docs/entities-history.md, "Round 25 (branch ner23)"): names and titles
// from outside the English-speaking world.
func TestMentionsRound25(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a given name the tagger left out before a particle's name stays in it",
			"Foreign Minister Tomás Ignacio de la Vega flew to Lima on Sunday. De la Vega met his Peruvian counterpart.",
			[]string{"person: Tomás Ignacio de la Vega", "place: Lima", "person: De la Vega"}},
		{"a given name the tagger left out before an Arabic article's name stays in it",
			"CAIRO (AP) — Youssef Kamal el-Masri, the prime minister, opened the bridge.",
			[]string{"place: CAIRO", "organization: AP", "person: Youssef Kamal el-Masri"}},
		{"Malaysian titles, also a two-word title the tagger's person began with, are left out",
			"KUALA LUMPUR (AP) — Trade minister Tengku Datuk Seri Hafiz Rahman said exports would rise. Datuk Seri Hafiz spoke after the fair.",
			[]string{"place: KUALA LUMPUR", "organization: AP", "person: Hafiz Rahman", "person: Hafiz"}},
		{"a dateline's city before a country of two or three words whose first is no place",
			"RIYADH, Saudi Arabia (AP) — The crown prince welcomed the emir on Tuesday.\n\nABU DHABI, United Arab Emirates (AP) — The talks went on.",
			[]string{"place: RIYADH", "place: Saudi Arabia", "organization: AP", "place: ABU DHABI", "place: United Arab Emirates", "organization: AP"}},
		{"a regnal name after a title, whatever the lists know the name as",
			"AMMAN, Jordan (AP) — Jordan's King Abdullah II met the delegation on Sunday.",
			[]string{"place: AMMAN", "place: Jordan", "organization: AP", "place: Jordan", "person: Abdullah II"}},
		{"The Hague keeps its capitalised The, and Mercosur is a body",
			"Defence Minister Ruben Brekelmans spoke in The Hague on Friday. Leaders met at a Mercosur summit in Montevideo.",
			[]string{"person: Ruben Brekelmans", "place: The Hague", "organization: Mercosur", "place: Montevideo"}},
		{"letters after a name are left out of it, and are no person alone",
			"LONDON (AP) — The activist's lawyer, Jonathan Pryce KC, told the court the arrest was unlawful. Attorney General Martin Greaves KC declined to comment, and former minister Helen Ashdown MP said the case showed the reach of British law.",
			[]string{"place: LONDON", "organization: AP", "person: Jonathan Pryce", "person: Martin Greaves", "person: Helen Ashdown"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}

// TestSurnameFirstRound25 checks that the surname of a name written surname
// first stands alone for its person after an honorific and in a headline,
// and that a surname news writes in lower case ("He") is left.
func TestSurnameFirstRound25(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a two-letter surname written first, after an honorific",
			"BEIJING (AP) — Chinese President Xi Jinping met Italian Prime Minister Paolo Rossi on Friday.\n\n“Trade is not a weapon,” Mr. Xi said, according to state media.",
			[]string{"place: BEIJING", "organization: AP", "person: Xi Jinping", "person: Paolo Rossi", "person: Mr. Xi"}},
		{"a two-letter surname written first, alone in a headline",
			"Xi and Rossi clash over tariffs\n\nBEIJING (AP) — Chinese President Xi Jinping told Italian Prime Minister Paolo Rossi on Friday that tariffs hurt both sides. “Trade is not a weapon,” Mr. Xi said.",
			[]string{"person: Xi", "person: Rossi", "place: BEIJING", "organization: AP", "person: Xi Jinping", "person: Paolo Rossi", "person: Mr. Xi"}},
		{"the first word of a full name opening a sentence as its subject",
			"JAKARTA (AP) — Indonesian President Prabowo Subianto met investors on Monday.\n\nPrabowo, a former general, said the country would stay nonaligned.",
			[]string{"place: JAKARTA", "organization: AP", "person: Prabowo Subianto", "person: Prabowo"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
	t.Run("a surname news writes in lower case is left", func(t *testing.T) {
		got := mentions(run(t, "HANOI (AP) — Deputy Minister Long Van Minh met investors on Monday. “We welcome them,” Mr. Long said. Long talks lie ahead."))
		assert.NotContains(t, got, "person: Long")
	})
}

// TestNewsRulesRound25 holds invented texts for the rules round 25 wrote
// on classes of error of the tenth PolNeAR train news set.
func TestNewsRulesRound25(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a company's name ending in International makes its first word alone that company",
			"The layoffs were announced by a spokeswoman for the parent company, Montrell International. One of the forerunner companies of Montrell, Bakerline Foods, was promised $90 million in incentives. The senator spoke briefly with Montrell CEO Ann Ruiz, and executives for Montrell said the company would save $46 million.",
			[]string{"organization: Montrell International", "organization: Montrell", "organization: Bakerline Foods", "organization: Montrell", "person: Ann Ruiz", "organization: Montrell"}},
		{"a one-word name after a kind of organization (giant) is that organization where it stands alone",
			"Snack giant Corvalo on Wednesday began laying off workers in Chicago. Corvalo is expected to cut 277 jobs this week, and critics have attacked Corvalo for the move.",
			[]string{"organization: Corvalo", "place: Chicago", "organization: Corvalo", "organization: Corvalo"}},
		{"a one-word name after a kind of organization that is a person's surname is left to the person",
			"Developer Tom Korvani founded the firm Korvani in 2001. Critics of Korvani call him reckless.",
			[]string{"person: Tom Korvani", "organization: Korvani", "person: Korvani"}},
		{"a named group of lawmakers is a body",
			"Senator Ana Ruiz defended the “Gang of Eight” bill on Tuesday. “The Gang of Eight did its job,” she said.",
			[]string{"person: Ana Ruiz", "organization: Gang of Eight", "organization: Gang of Eight"}},
		{"a list of names after a plural kind of organization",
			"Health insurers Korvex, Medalia, Trinova and Brightpath Health have also been courted. Drug companies such as Pellion, Arvanta, Johnson & Johnson, and Eli Lilly were targeted too.",
			[]string{"organization: Korvex", "organization: Medalia", "organization: Trinova", "organization: Brightpath Health",
				"organization: Pellion", "organization: Arvanta", "organization: Johnson & Johnson", "organization: Eli Lilly"}},
		{"a list of people the article names in full, after a plural kind, is left",
			"Lobbyists Paul Okafor and Rick Danvers ran the effort. One of the lobbying firms Okafor and Danvers worked with has Democratic ties.",
			[]string{"person: Paul Okafor", "person: Rick Danvers", "person: Okafor", "person: Danvers"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
