package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound13 holds invented texts for round 13's rules
// (docs/entities-history.md, "Round 13"): British and other parliamentary news,
// international bodies and platforms. None is taken from a measured set.
func TestNewsRulesRound13(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a government department named with for, after a sentence's opening A",
			"A Department for Education spokesman said the exams would go ahead.",
			[]string{"organization: Department for Education"}},
		{"a social platform of two words",
			"The senator posted the letter on Truth Social late on Sunday.",
			[]string{"organization: Truth Social"}},
		{"British parties by their short names, the ambiguous ones beside an unambiguous one",
			"The Tories lost the seat. Plaid Cymru came second, and the Conservatives blamed Reform for splitting the vote. Reform UK's leader said the Conservatives were finished.",
			[]string{"organization: Tories", "organization: Plaid Cymru", "organization: Conservatives", "organization: Reform",
				"organization: Reform UK", "organization: Conservatives"}},
		{"a party after a sentence's opening word",
			"Her Reform UK rival came second.",
			[]string{"organization: Reform UK"}},
		{"two parties joined by and are two",
			"The Greens and the Coalition voted against the bill.",
			[]string{"organization: Greens", "organization: Coalition"}},
		{"no party in US news that names none: people of a view, a movement",
			"Conservatives thought the court would move right, and the Reform movement grew.",
			[]string(nil)},
		{"a party's adjective is no organization",
			"The Tory leader spoke first.",
			[]string(nil)},
		{"a constituency after its seat's cue, and wherever the tagger made a person of it",
			"Tories hold Wells as Labour slips\n\nThe Conservatives held the seat of Wells. The Tory MP for Wells said voters in Wells knew him. Labour said Wells was hard.",
			[]string{"organization: Tories", "place: Wells", "organization: Labour", "organization: Conservatives", "place: Wells",
				"place: Wells", "place: Wells", "organization: Labour", "place: Wells"}},
		{"a constituency of two words, after MP for",
			"The MP for Bristol West said the plan was wrong.",
			[]string{"place: Bristol West"}},
		{"no constituency in a person whose surname the seat's name is",
			"Kate Wells said the county seat of Polk County was quiet. Wells was re-elected.",
			[]string{"person: Kate Wells", "place: Polk County", "person: Wells"}},
		{"no constituency in the seat a person held",
			"The president named a judge to the vacant seat of Justice Ruth Arden.",
			[]string{"person: Ruth Arden"}},
		{"an institution named after a patron keeps the patron's possessive",
			"Dr. Amy Patel, a researcher at King's College London, said the data were clear. She spoke to the Young Farmers' Club and the Irish Women's Council of Cork.",
			[]string{"person: Dr. Amy Patel", "organization: King's College London", "organization: Young Farmers' Club", "organization: Irish Women's Council of Cork"}},
		{"a journal's name with its The, and a journal after its noun",
			"The trial was published on Friday in The Lancet. Earlier findings, in the journal Nature, were disputed.",
			[]string{"organization: The Lancet", "organization: Nature"}},
		{"a person after a capitalised title that ends in a role, and after a role set off by commas",
			"Chief Executive Maarit Lindqvist told analysts on a call that orders fell. The collector, Ong Kah Wai, said the wine was fake.",
			[]string{"person: Maarit Lindqvist", "person: Ong Kah Wai"}},
		{"no person in a law's name that holds a role's word",
			"The Every Student Succeeds Act, as the bill is called, passed.",
			[]string(nil)},
		{"a firm's name with a surname's particles, and shipping firms' words",
			"Two tugs owned by Van den Broek Shipping were held at the port. Hollenbeck Maritime said it would appeal.",
			[]string{"organization: Van den Broek Shipping", "organization: Hollenbeck Maritime"}},
		{"a club named after its town and called by its short name, and a player's former club",
			"Dunmore Rovers beat Ellerby City 2-0 on Saturday. The winger, signed from Flamengo in August, scored twice. City have now lost three games, and City manager Ann Ross said so.",
			[]string{"organization: Dunmore Rovers", "organization: Ellerby City", "organization: Flamengo", "organization: City",
				"organization: City", "person: Ann Ross"}},
		{"a broadcast's title in quotation marks after on or told is no organization, nor is a person inside it",
			"She told “Fox News Sunday” that the vote was close, and on “Morning Jim” he said the same.",
			[]string(nil)},
		{"two departments joined by and are two; a platform after a post, and by its name",
			"The Department for Transport and the Department for Education said so. In a post on Threads, she disagreed. Her Bluesky post drew replies.",
			[]string{"organization: Department for Transport", "organization: Department for Education", "organization: Threads", "organization: Bluesky"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
