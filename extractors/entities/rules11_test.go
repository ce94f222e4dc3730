package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound11 holds invented texts for round 11's rules
// (docs/entities-history.md, "Round 11"); none is taken from a measured set.
func TestNewsRulesRound11(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a transcript's labels in capitals: a titled name, a surname alone, an outlet in a parenthesis, a name in a role's parenthesis",
			"Council meeting, edited transcript\n\n" +
				"CHAIR (ANNA REID, TOWN CLERK): We begin with the harbour.\n\n" +
				"COUNCILLOR TOM BECKETT: The wall is failing.\n\n" +
				"REPORTER (HARBOUR GAZETTE): How much will it cost?\n\n" +
				"BECKETT: Nobody knows yet.\n\n" +
				"REPORTER (CHANNEL 9): When will work start?\n\n" +
				"BECKETT: In spring, we hope.",
			[]string{"person: ANNA REID", "person: TOM BECKETT", "organization: HARBOUR GAZETTE", "person: BECKETT",
				"organization: CHANNEL 9", "person: BECKETT"}},
		{"a paper named after its place, the place's paper inside a sentence and opening one",
			"Her agent told the Anaheim Reporter that the tour was off. The Tulsa Record said it had seen the contract.",
			[]string{"organization: Anaheim Reporter", "organization: Tulsa Record"}},
		{"no paper in a place and a plain word",
			"The Tulsa stars played well.",
			[]string{"place: Tulsa"}},
		{"a government department or ministry in lower case, by its portfolio",
			"Fares rose, according to the transport department, and the health ministry said clinics would open.",
			[]string{"organization: transport department", "organization: health ministry"}},
		{"no government body in a firm's department",
			"The company's finance department said profits rose.",
			[]string(nil)},
		{"a division's name after its word and of is a place",
			"Voters in the canton of Zug backed the tax, as did the province of Alberta.",
			[]string{"place: Zug", "place: Alberta"}},
		{"the names after a plural division's word and of are places",
			"Floods hit the districts of Kasese, Kabarole and Bundibugyo on Monday.",
			[]string{"place: Kasese", "place: Kabarole", "place: Bundibugyo"}},
		{"no place in a known organization after a division's word",
			"Its fighters called the site the province of Twitter.",
			[]string{"organization: Twitter"}},
		{"the House of a parliament the article names by its Commons",
			"The Commons voted on Tuesday. A veteran who has sat in the House since 1997 said no.",
			[]string{"organization: Commons", "organization: House"}},
		{"a state's Assembly in an article that names its Senate",
			"The bill cleared the state Assembly on Monday, and the Senate votes next week.",
			[]string{"organization: Assembly", "organization: Senate"}},
		{"no person in a form of address to a presiding officer",
			"Rising to reply, John Hale said: “With respect, Madam Deputy Speaker, the figures are wrong.”",
			[]string{"person: John Hale"}},
		{"a place the lists know before government is the place",
			"He said the U.S. government would pay. Investors bought U.S. government bonds.",
			[]string{"place: U.S.", "place: U.S."}},
		{"a platform after its user or a reply on it",
			"A user on X called it a scam, and the firm responded on X within an hour.",
			[]string{"organization: X", "organization: X"}},
		{"a person alone in a role's parenthesis",
			"HOST (MARIA LOPEZ): Welcome back.\n\nGUEST (RADIO NORTH): Thanks for having me.",
			[]string{"person: MARIA LOPEZ", "organization: RADIO NORTH"}},
		{"no person in a role's label, nor in one label alone",
			"MODERATOR: Welcome to the meeting.\n\nAUDIENCE: Thank you.",
			[]string(nil)},
		{"a person's title, a first name and a surname the tagger takes for a place make a person",
			"The council met.\n\nCouncilman Joe Park, who voted for it, said the deal was bad. General Motors agreed.",
			[]string{"person: Joe Park", "organization: General Motors"}},
		{"no entity in a holiday's name; a person called Day is a person",
			"Shops in Perth shut on Labour Day and Australia Day, and banks on Martin Luther King Jr. Day and St. Patrick's Day. Kristen Day, a lawyer, said Labour won the seat.",
			[]string{"place: Perth", "person: Kristen Day", "organization: Labour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestTranscriptNamesGroup: a transcript's label in capitals is the person
// running text names, and the entity keeps running text's spelling ("Thank
// you, Priya" → Priya Menon); a person named only in capitals keeps them.
func TestTranscriptNamesGroup(t *testing.T) {
	doc := run(t, "Harbour wall briefing\n\n"+
		"MAYOR PRIYA MENON: Thank you all for coming.\n\n"+
		"PAUL GRANT, ENGINEER: The wall has moved ten centimetres.\n\n"+
		"GRANT: We closed the quay on Monday.\n\n"+
		"MENON: Thank you, Paul. As Priya told the council, we will rebuild it.")
	assert.Equal(t, []string{"person: Priya Menon (PRIYA MENON | MENON | Priya)", "person: Paul Grant (PAUL GRANT | GRANT | Paul)"},
		entityNames(doc))
}

// TestShortFormsGroup: a person named with a short form of a given name and
// with the formal one is one person, named by the formal form; a short form
// that stands for two names is left alone.
func TestShortFormsGroup(t *testing.T) {
	doc := run(t, "Ken Starr spoke at the college on Monday. Kenneth Starr, a former judge, said the inquiry was fair. "+
		"Chris Hale and Christine Hale run the farm.")
	assert.Equal(t, []string{"person: Kenneth Starr (Ken Starr | Kenneth Starr)", "person: Chris Hale (Chris Hale)",
		"person: Christine Hale (Christine Hale)"}, entityNames(doc))
}
