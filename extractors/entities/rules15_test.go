package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound15 holds invented texts for round 15's rules
// (docs/entities-history.md, "Round 15"): names and titles of English-language news
// from outside the US and the UK. None is taken from a measured set.
func TestNewsRulesRound15(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"titles of other countries are outside the name",
			"The chairman of the cooperative, Alhaji Garba Lawal, said prices had doubled. Datuk Seri Azlan Hashim met Tan Sri Rahim Omar in Putrajaya.",
			[]string{"person: Garba Lawal", "person: Azlan Hashim", "person: Rahim Omar", "place: Putrajaya"}},
		{"a title of another country alone is no person",
			"The Tánaiste said the budget was fair. Taoiseach, I put it to you that the figures are wrong.",
			[]string(nil)},
		{"a person after a title the name tables cannot vouch for",
			"Lawyers for the tenants, led by Advocate Themba Mahlangu, said they would appeal. Pastor Ebenezer Adjei-Frimpong told worshippers to stay calm.",
			[]string{"person: Themba Mahlangu", "person: Ebenezer Adjei-Frimpong"}},
		{"a title written before a name the tagger alone misses",
			"The lawyer, Barrister Emeka Nwachukwu, said the suit was filed on Monday. Superintendent Wiremu Ngata said the road would reopen.",
			[]string{"person: Emeka Nwachukwu", "person: Wiremu Ngata"}},
		{"a person after a title, and the surname alone opening a later sentence before a speech verb",
			"Assistant Commissioner Mbali Khumalo told the hearing the files were lost. Khumalo later told reporters they had been found.",
			[]string{"person: Mbali Khumalo", "person: Khumalo"}},
		{"a person after a board's chair, and the surname alone opening a sentence before a comma",
			"Board chair Sefo Tuilagi told reporters the deal was signed. Tuilagi, asked about the delay, said the bank was to blame.",
			[]string{"person: Sefo Tuilagi", "person: Tuilagi"}},
		{"no person cut at a middle initial after a title",
			"\"We will see,\" said Representative Luis Q. Ortega of Texas.",
			[]string{"person: Luis Q. Ortega", "place: Texas"}},
		{"no person after a title in a headline's capitals",
			"Why The Senator Endorsed Wilson, And What Comes Next.",
			[]string{"person: Wilson"}},
		{"an organization named by one invented word before a staff noun, and wherever it stands alone",
			"A Trevolta spokesman said the recall was voluntary. Trevolta's shares fell 4 percent. Talks stalled after a Corvantis executive asked for a guarantee. Corvantis later withdrew the request.",
			[]string{"organization: Trevolta", "organization: Trevolta", "organization: Corvantis", "organization: Corvantis"}},
		{"no organization of a person's spokeswoman",
			"A Trump spokeswoman said Donald Trump would attend.",
			[]string{"person: Trump", "person: Donald Trump"}},
		{"a state named with State before its governor or government is a place; a university's team is not",
			"The Kano State governor said schools would reopen. The Enugu State government denied it. The Ohio State coach said the team was ready.",
			[]string{"place: Kano State", "place: Enugu State", "organization: Ohio State"}},
		{"a Canadian province abbreviated with its period after a town",
			"CHICOUTIMI, Que. — The plant will close, the union said. Workers in Sudbury, Ont., were told on Monday.",
			[]string{"place: CHICOUTIMI", "place: Que.", "place: Sudbury", "place: Ont."}},
		{"places in capitals joined by a slash in a dateline",
			"By Amina Yusuf\n\nKISUMU/ELDORET — Fuel prices rose again on Monday, traders said.",
			[]string{"person: Amina Yusuf", "place: KISUMU", "place: ELDORET"}},
		{"a dateline dated with the day before the month",
			"KWADASO, 3 April — The market reopened on Friday after repairs, officials said.",
			[]string{"place: KWADASO"}},
		{"a dateline of one word the model never saw is a place; a short one stays what it was",
			"By Tane Rewi\n\nTŪRANGAWAEWAE — The hui opened on Saturday, organisers said.\n\nPSA — The deadline is near, organisers said.",
			[]string{"person: Tane Rewi", "place: TŪRANGAWAEWAE", "organization: PSA"}},
		{"a form of address and a lawyer's role opening a sentence are no person",
			"\"We accept the ruling, Your Honor,\" the lawyer said. Counsel for the tenants asked for costs.",
			[]string(nil)},
		{"a wire's masthead in capitals keeps its The",
			"By Jean Roy\n\nTHE CANADIAN PRESS\n\nMONTREAL — The strike ended on Monday, the union said.",
			[]string{"person: Jean Roy", "organization: THE CANADIAN PRESS", "place: MONTREAL"}},
		{"a person after a role and before an auxiliary, and the surname alone before a comma and who",
			"The team captain Kwesi Appiah-Kubi would miss the match. Appiah-Kubi, who is 29, was injured.",
			[]string{"person: Kwesi Appiah-Kubi", "person: Appiah-Kubi"}},
		{"the given name of a person named in full, before a comma and who",
			"The captain Kofi Mensah-Bonsu would miss the match.\n\n\"Without Kofi, who creates?\" the coach said.",
			[]string{"person: Kofi Mensah-Bonsu", "person: Kofi"}},
		{"a player after a position",
			"The striker Sipho Nkosi-Dlamini would miss the match.\n\nSipho, who scored twice last week, is injured.",
			[]string{"person: Sipho Nkosi-Dlamini", "person: Sipho"}},
		{"a parliament named alone is an organization, as Congress is",
			"The minister said in Parliament last week that the rules were too weak. The European Parliament voted on Thursday.",
			[]string{"organization: Parliament", "organization: European Parliament"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
