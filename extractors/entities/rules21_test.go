package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound21 holds invented texts for round 21's rules
// (docs/entities-history.md, "Round 21 (branch ner19)"), classes of error that recur
// across the six PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound21(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"news outlets that political news cites by name",
			"Mayor Dana Whitlock told the Star-Ledger on Monday that she would run, and a Mother Jones reporter asked her about it. PolitiFact rated her claim false, and Charlie Hebdo mocked it.",
			[]string{"person: Dana Whitlock", "organization: Star-Ledger", "organization: Mother Jones", "organization: PolitiFact", "organization: Charlie Hebdo"}},
		{"a common word opening a sentence is no part of the name after it",
			"Senator Paul Whitcombe spoke first. Chasing Whitcombe in the polls was Mayor Dana Okafor, who said so on Monday. Absent Whitcombe, the debate would be dull. Internal Harrow University records show the same. Harrow University declined to comment.",
			[]string{"person: Paul Whitcombe", "person: Whitcombe", "person: Dana Okafor", "person: Whitcombe", "organization: Harrow University", "organization: Harrow University"}},
		{"an auxiliary opening a question is no given name",
			"Governor Ted Lindqvist lost Iowa. Will Lindqvist quit the race now?",
			[]string{"person: Ted Lindqvist", "place: Iowa", "person: Lindqvist"}},
		{"a given name before a relative's surname stays",
			"Jordan Whitlock was shot in 2012. Tracy Whitlock, his father, spoke on Monday.",
			[]string{"person: Jordan Whitlock", "person: Tracy Whitlock"}},
		{"a name in a list of people is a person",
			"The rally drew Alicia Brennan, Boston Sorensen and Dallas Okafor. Later, Mayor Ruth Kimani and Houston Pruitt spoke.",
			[]string{"person: Alicia Brennan", "person: Boston Sorensen", "person: Dallas Okafor", "person: Ruth Kimani", "person: Houston Pruitt"}},
		{"a place the lists know stays a place beside a person",
			"Governor Ruth Kimani and New Hampshire officials met in Concord.",
			[]string{"person: Ruth Kimani", "place: New Hampshire", "place: Concord"}},
		{"a name after a role's comma at the end of a sentence is a person",
			"She praised her late husband, Sterling Bay. The award went to her lawyer, Chester Field.",
			[]string{"person: Sterling Bay", "person: Chester Field"}},
		{"an occupation before a name is a person's role",
			"Guests included chef Chester Field, and columnist Sterling Bay wrote about it.",
			[]string{"person: Chester Field", "person: Sterling Bay"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
