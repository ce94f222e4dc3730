package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound19 holds invented texts for round 19's rules
// (docs/entities.md, "Round 19 (branch ner17)"), classes of error that recur
// across the four PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound19(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a title-case headline's run is split into the names the article gives elsewhere",
			"Leaked Memo Shows Treasury Department Ignored Fresno Water Warnings.\n\nA memo seen by reporters shows the Treasury Department was warned about the water in Fresno two years ago. Officials in Fresno said they had written twice.",
			[]string{"organization: Treasury Department", "place: Fresno", "organization: Treasury Department", "place: Fresno", "place: Fresno"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
