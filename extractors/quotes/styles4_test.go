package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestHouseStyles4Speakers holds invented sentences for the speaker's
// mention that fixtures/styles4 showed misread (docs/quotes.md "A fourth,
// blind set").
func TestHouseStyles4Speakers(t *testing.T) {
	ind := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a description's aside with a relative clause", "One neighbor, a retired nurse who asked not to be named, said the alarm had rung twice.",
			[]want{{ind, "the alarm had rung twice", "One neighbor", "", "said"}}},
		{"an age, then a relative clause", "Mavis Brandt, 71, who has sold flowers on the square since 1980, said the market would close in May.",
			[]want{{ind, "the market would close in May", "Mavis Brandt", "", "said"}}},
		{"an age, then a hometown", "Colin Reyes, 44, of Dunmore, said the bridge had shaken all night.",
			[]want{{ind, "the bridge had shaken all night", "Colin Reyes", "", "said"}}},
		{"and after an adverbial", "Outside the hall, the caretaker, a former soldier who declined to give his name, said the doors were locked at nine.",
			[]want{{ind, "the doors were locked at nine", "the caretaker", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestHouseStyles4Resolution holds invented sentences for the speakers of
// longer stories with many speakers that fixtures/styles4 showed misnamed
// (docs/quotes.md "A fourth, blind set"); none is taken from that set's
// articles.
func TestHouseStyles4Resolution(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a company described by its home city is no place", "Tarwick Foods Inc. cut its outlook on Monday.\n\nThe Denver company said in a statement that sales had slowed.\n\nA spokeswoman, Joan Pell, said the plant was safe.\n\nThe company said the cuts would end in May.",
			[]want{{ind, "sales had slowed", "The Denver company", "Tarwick Foods Inc.", "said"},
				{ind, "the plant was safe", "Joan Pell", "", "said"},
				{ind, "the cuts would end in May", "The company", "Tarwick Foods Inc.", "said"}}},
		{"a rank written short names the description", "Fire Sgt. Willa Brandt said the blaze was out.\n\nNeighbors watched from the road.\n\n“Nobody should go back inside tonight,” the sergeant said.",
			[]want{{ind, "the blaze was out", "Fire Sgt. Willa Brandt", "Willa Brandt", "said"},
				{d, "Nobody should go back inside tonight,", "the sergeant", "Willa Brandt", "said"}}},
		{"a lieutenant written short", "Lt. Omar Reyes of the harbor patrol said two boats had sunk.\n\n“We pulled four people out of the water,” the lieutenant told reporters.",
			[]want{{ind, "two boats had sunk", "Lt. Omar Reyes of the harbor patrol", "Omar Reyes", "said"},
				{d, "We pulled four people out of the water,", "the lieutenant", "Omar Reyes", "told"}}},
		{"an interviewer named after the paper's name", "Dana Kell runs the only ferry to Harrow Island. She spoke with the Harbor Beacon's Paul Voss.\n\nQ: How long have you run the ferry?\n\nA: Nineteen years, and I have missed four days.",
			[]want{{d, "How long have you run the ferry?", "Q", "Paul Voss", ""},
				{d, "Nineteen years, and I have missed four days.", "A", "Dana Kell", ""}}},
		{"an authority, and it", "Crews from the Pine County Water Authority shut the main at noon.\n\nService was back by 4 p.m., the authority said. It said residents should boil water until Friday.",
			[]want{{ind, "Service was back by 4 p.m.", "the authority", "Pine County Water Authority", "said"},
				{ind, "residents should boil water until Friday", "It", "Pine County Water Authority", "said"}}},
		{"a group, not the site it posted on", "The Elm Park Neighborhood Association, a volunteer group, posted on Facebook on Sunday that it would hold a rally. \"Parks are not a luxury,\" the group wrote.",
			[]want{{ind, "it would hold a rally", "The Elm Park Neighborhood Association", "Elm Park Neighborhood Association", "posted"},
				{d, "Parks are not a luxury,", "the group", "Elm Park Neighborhood Association", "wrote"}}},
		{"a trade introduced in apposition", "Ivan Roth, a Boston dealer who sells old maps, said prices had doubled.\n\nThe shop opened in 1990.\n\n\"Collectors are getting younger,\" the dealer said.",
			[]want{{ind, "prices had doubled", "Ivan Roth", "", "said"},
				{d, "Collectors are getting younger,", "the dealer", "Ivan Roth", "said"}}},
		{"the CFO", "Chief Financial Officer Nell Ortega said margins had narrowed.\n\nInvestors sold the shares.\n\n\"We expect a better second half,\" the CFO said.",
			[]want{{ind, "margins had narrowed", "Chief Financial Officer Nell Ortega", "Nell Ortega", "said"},
				{d, "We expect a better second half,", "the CFO", "Nell Ortega", "said"}}},
		{"the CEO and the finance chief", "Chief Executive Officer Mara Wills said sales fell.\n\n\"We will fix it,\" the CEO said.\n\nChief Financial Officer Tom Reed said costs rose.\n\nAn analyst, Joe Pike of Zed Bank, asked about debt.\n\nThe finance chief said the debt was fine.",
			[]want{{ind, "sales fell", "Chief Executive Officer Mara Wills", "Mara Wills", "said"},
				{d, "We will fix it,", "the CEO", "Mara Wills", "said"},
				{ind, "costs rose", "Chief Financial Officer Tom Reed", "Tom Reed", "said"},
				{ind, "the debt was fine", "The finance chief", "Tom Reed", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
