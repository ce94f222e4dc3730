package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound19 holds invented texts for round 19's rules
// (docs/entities-history.md, "Round 19 (branch ner17)"), classes of error that recur
// across the four PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound19(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a title-case headline's run is split into the names the article gives elsewhere",
			"Leaked Memo Shows Treasury Department Ignored Fresno Water Warnings.\n\nA memo seen by reporters shows the Treasury Department was warned about the water in Fresno two years ago. Officials in Fresno said they had written twice.",
			[]string{"organization: Treasury Department", "place: Fresno", "organization: Treasury Department", "place: Fresno", "place: Fresno"}},
		{"a hyphened word's parts that the article names elsewhere, beside a lower-case word or each other",
			"Voters in the towns of Tarnow and Kesselburg were asked about the plan. The Tarnow-Kesselburg line reopened on Monday, and a pro-Vandermeer rally followed. Senator Ada Vandermeer spoke there.",
			[]string{"place: Tarnow", "place: Kesselburg", "place: Tarnow", "place: Kesselburg", "person: Vandermeer", "person: Ada Vandermeer"}},
		{"the surname of a person named in full, before -era",
			"Mayor Karin Lindgren left office in May. Several Lindgren-era policies were dropped by the council.",
			[]string{"person: Karin Lindgren", "person: Lindgren"}},
		{"a country that acts is a place, not an organization",
			"Hungary announced new controls on Monday.",
			[]string{"place: Hungary"}},
		{"a country's name as a player's surname stays the player",
			"Marcus Hungary, a forward, signed on Monday. Hungary said he was glad.",
			[]string{"person: Marcus Hungary", "person: Hungary"}},
		{"an acronym written with periods that the lists know without them",
			"Farmers across the E.U. have protested for a week, and the E.U.'s ministers meet on Friday. The N.F.L. fined the club.",
			[]string{"organization: E.U.", "organization: E.U.", "organization: N.F.L."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
