package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound13 holds invented texts for round 13's rules
// (docs/entities.md, "Round 13"): British and other parliamentary news,
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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
