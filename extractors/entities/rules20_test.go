package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound20 holds invented texts for round 20's rules
// (docs/entities-history.md, "Round 20 (branch ner18)"), classes of error that recur
// across the five PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound20(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a committee and its subject after on are one organization",
			"Witnesses told the Assembly Select Committee on Wildfires that crews were short. The Presidential Commission on Rural Broadband meets again in March.",
			[]string{"organization: Assembly Select Committee on Wildfires", "organization: Presidential Commission on Rural Broadband"}},
		{"a committee on a weekday is no subject",
			"The Ethics Committee on Monday cleared Rep. Dana Whitfield.",
			[]string{"organization: Ethics Committee", "person: Dana Whitfield"}},
		{"a polling firm by its name alone",
			"Turnout in Lakewood was up, according to Gallup. A SurveyUSA poll found Mayor Ruth Okafor ahead, and Opinium found the same.",
			[]string{"place: Lakewood", "organization: Gallup", "organization: SurveyUSA", "person: Ruth Okafor", "organization: Opinium"}},
		{"two countries' names glued by a hyphen, named nowhere else",
			"Ministers met on Tuesday to restart the Canada-Chile trade talks.",
			[]string{"place: Canada", "place: Chile"}},
		{"a country in a name the lists know whole, or in a person's double surname, stays",
			"Fans cheered as Ana Peru-Lindqvist scored twice.",
			[]string{"person: Ana Peru-Lindqvist"}},
		{"a person's surname before a participle or after out-",
			"Governor Greta Hollis opened the fair, where Hollis-branded mugs sold out. Her rival tried to out-Hollis the governor on Friday.",
			[]string{"person: Greta Hollis", "person: Hollis", "person: Hollis"}},
		{"a full name and a place after of are a person and a place",
			"Speaker Paul Ryan of Wisconsin said he would not. Later, Dana Whitcombe of Oregon joined him.",
			[]string{"person: Paul Ryan", "place: Wisconsin", "person: Dana Whitcombe", "place: Oregon"}},
		{"Whip and DJ are titles, no part of the name",
			"The vote was counted by Assembly Majority Whip Carla Benson, and the night ended with a set by DJ Marco Reyes.",
			[]string{"person: Carla Benson", "person: Marco Reyes"}},
		{"the State of the Union is an address or a show, no organization",
			"In her first State of the Union address, President Alma Reyes promised lower rents. Senator Tom Voss answered on CNN's \"State of the Union\" the next morning.",
			[]string{"person: Alma Reyes", "person: Tom Voss", "organization: CNN"}},
		{"Secretary of State is an office: its State is no department, the name after it a person",
			"The State Department declined to comment. Cables sent while Ines Moreno was Secretary of State were released, and aides to then-Secretary of State Moreno objected.",
			[]string{"organization: State Department", "person: Ines Moreno", "person: Moreno"}},
		{"a party's adjective before a legislature is no part of its name",
			"Governor Helen Marsh vetoed the plan the Republican Legislature sent her, and hopes for a Democratic Assembly next year.",
			[]string{"person: Helen Marsh", "organization: Legislature", "organization: Assembly"}},
		{"a company's hyphened name from the company list",
			"Shares fell on Tuesday after Kimberly-Clark cut its forecast, and analysts expect Colgate-Palmolive to follow.",
			[]string{"organization: Kimberly-Clark", "organization: Colgate-Palmolive"}},
		{"a name right after a tweet's markup is whole",
			`<tweet author="@ward4news" date="May 2, 2019">Rosa Whitlock leads the race for mayor</tweet>.`,
			[]string{"person: Rosa Whitlock"}},
		{"a hashtag is no name",
			"Supporters of Mayor Rosa Whitlock posted under #StandWithWhitlock and #Ridgefield all night.",
			[]string{"person: Rosa Whitlock"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
