package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound21 holds invented texts for round 21's rules
// (docs/entities.md, "Round 21 (branch ner19)"), classes of error that recur
// across the six PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound21(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"news outlets that political news cites by name",
			"Mayor Dana Whitlock told the Star-Ledger on Monday that she would run, and a Mother Jones reporter asked her about it. PolitiFact rated her claim false, and Charlie Hebdo mocked it.",
			[]string{"person: Dana Whitlock", "organization: Star-Ledger", "organization: Mother Jones", "organization: PolitiFact", "organization: Charlie Hebdo"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
