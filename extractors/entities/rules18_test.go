package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound18 holds invented texts for round 18's rules
// (docs/entities-history.md, "Round 18 (branch ner16)"). None is taken from
// fixtures/styles8, whose Left list the round worked on.
func TestNewsRulesRound18(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a club of a town and \"County\" or \"Town\" in a player's story is a team, not a place",
			"Marlow Briggs, 31, who made 150 appearances for Halesworth County, will coach the youth side. The former defender scored 12 goals in four seasons and once captained the team in a cup final. He later played a few games for Wexley Town before retiring.",
			[]string{"person: Marlow Briggs", "organization: Halesworth County", "organization: Wexley Town"}},
		{"sport words inside a hyphened word count towards a sports context",
			"Tom Keane, the footballer-turned-pundit, played 300 games for Ravensholt County and was a fine defender.",
			[]string{"person: Tom Keane", "organization: Ravensholt County"}},
		{"a club's town alone stands for the club in a match report, whatever the tagger made of it",
			"Brindle Athletic beat Holcombe United 2-0 on Saturday to climb to third in the league. Holcombe's goalkeeper made two fine saves before the penalty, and the referee sent off a Holcombe midfielder in the second half. Brindle Athletic host Ferrisford City next week.",
			[]string{"organization: Brindle Athletic", "organization: Holcombe United", "organization: Holcombe", "organization: Holcombe", "organization: Brindle Athletic", "organization: Ferrisford City"}},
		{"a paper named with \"Daily\", and its last word alone after \"the\" later",
			"The singer has quit the band, the Daily Clarion can reveal. She spoke to the Clarion last spring about the tour.",
			[]string{"organization: Daily Clarion", "organization: Clarion"}},
		{"a capitalised \"The\" inside a sentence is part of a Daily paper's name",
			"The couple have parted, The Daily Lantern understands, after ten years.",
			[]string{"organization: The Daily Lantern"}},
		{"a one-word paper after \"told The\"",
			"\"We are not leaving,\" the farmer told The Statesman. Priya Menon agreed.",
			[]string{"organization: The Statesman", "person: Priya Menon"}},
		{"a lower-case department opening a sentence keeps its lower-case word",
			"Health ministry officials said the clinics would reopen. Defence ministry spokesman Kim Jae-won declined to comment.",
			[]string{"organization: Health ministry", "organization: Defence ministry", "person: Kim Jae-won"}},
		{"Korea's unification ministry in lower case",
			"Seoul's unification ministry said the talks were over.",
			[]string{"place: Seoul", "organization: unification ministry"}},
		{"a language is no place",
			"Speaking in Urdu, the farmer said the canal had dried. His wife answered in Bengali, and Amina Qureshi translated.",
			[]string{"person: Amina Qureshi"}},
		{"an honorific opening a sentence stays with a name the Arabic article joins",
			"Prices rose again.\n\nDr. Omar al-Rashid, an economist, said the deal was fair. Mrs. van der Berg agreed.",
			[]string{"person: Dr. Omar al-Rashid", "person: Mrs. van der Berg"}},
		{"a nickname the article gives after \"known as\" is the person's name wherever it stands",
			"'Little Tom' returns to the ring\n\nThe boxer Tom Ridley, known to fans as Little Tom, fights again in June. Little Tom said he felt strong.",
			[]string{"person: Little Tom", "person: Tom Ridley", "person: Little Tom", "person: Little Tom"}},
		{"an exchange before a ticker is an organization, the ticker none",
			"Norrland Timber Corp (NYSE: NRTB) fell 3%. Pexaro Labs Inc (Nasdaq: PXRL) rose.",
			[]string{"organization: Norrland Timber Corp", "organization: NYSE", "organization: Pexaro Labs Inc", "organization: Nasdaq"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
	// Guards: mentions the rules must not make, whatever else the tagger
	// finds there.
	guards := []struct{ name, text, not string }{
		{"cities the lists know stay places in a sports article", "The mayor of Oklahoma City talked about the season's football games, the stadium and the league's new teams.", "organization: Oklahoma City"},
		{"a club's town after a place's preposition stays a place", "Pellham United won the league match on a late penalty from their captain. Most of the squad live in Pellham.", "organization: Pellham"},
		{"a club's town that is a player's surname stays the player", "Pellham United won the league match on a late penalty. Their captain, Joe Pellham, scored the goal, and Pellham said the season was long.", "organization: Pellham"},
		{"a show with \"Daily\" is a work", "She appeared on The Daily Show in March.", "organization: The Daily Show"},
		{"a role after \"told The\" is no paper", "He told The Pope that he would stay.", "organization: The Pope"},
		{"a place named after a language stays a place", "Tamil Nadu and Madhya Pradesh voted in May.", "place: Tamil"},
		{"a capitalised word before a first name is no nickname without a naming cue", "Sam Ode was known as a fighter. Then Sam left the club.", "person: Then Sam"},
		{"no club without a sports context", "Dunmere County voted on Tuesday to close two libraries. Dunmere is short of money.", "organization: Dunmere County"},
	}
	for _, g := range guards {
		t.Run("guard: "+g.name, func(t *testing.T) {
			got := mentions(run(t, g.text))
			assert.NotContains(t, got, g.not)
		})
	}
}
