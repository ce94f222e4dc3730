package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound24 holds invented texts for round 24's rules
// (docs/entities-history.md, "Round 24 (branch ner22)"), classes of error found on
// the ninth PolNeAR train news set. None is taken from those sets.
func TestNewsRulesRound24(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a company named after its owner leaves the owner's surname a person",
			"Developer Dana Halvorsen paid Halvorsen Holdings LLC $2 million in May. Halvorsen said the rent was fair, and critics of Halvorsen disagreed.",
			[]string{"person: Dana Halvorsen", "organization: Halvorsen Holdings LLC", "person: Halvorsen", "person: Halvorsen"}},
		{"US labour federations and unions named by initials",
			"The AFL-CIO backed Governor Dana Okafor on Tuesday, and UMWA organizers in Beckley said the IBEW would follow.",
			[]string{"organization: AFL-CIO", "person: Dana Okafor", "organization: UMWA", "place: Beckley", "organization: IBEW"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
