package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTeamRulesShareSportContext holds invented texts for the team rules,
// which since session 13's speed work (docs/performance.md, "Session 13
// speed") get the article's sports context from one scan instead of
// scanning it each: a club's prefix or suffix and towns joined by a match's
// word make teams in a sports story, and a prefix that is also a word
// makes none outside one. (The other rules that work reordered are held
// by TestHouseStyleRules, TestHouseStyle3Rules, TestNewsRulesRound16 and
// TestNewsRulesRound23.)
func TestTeamRulesShareSportContext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"clubs by prefix and suffix in a sports story",
			"AC Milan beat Inter Milan in the derby on Sunday. The striker scored twice before half-time, the referee sent off the goalkeeper, and Valencia CF lost to Sevilla.",
			[]string{"organization: AC Milan", "organization: Inter Milan", "organization: Valencia CF", "place: Sevilla"}},
		{"a prefix that is a word is no club outside sport",
			"Real GDP grew 2 percent in the quarter, the Commerce Department said on Friday in Washington.",
			[]string{"organization: Commerce Department", "place: Washington"}},
		{"towns that a match's word joins are teams in a sports story",
			"Harrogate against Selby was a wet match. The referee booked the captain twice before half-time, and the league fined both clubs. Selby lost again.",
			[]string{"organization: Harrogate", "organization: Selby", "organization: Selby"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}

// TestInstitutionsMidSentence: the institutions list is asked only for
// tokens some listed name starts with (session 13's speed work); names
// that hold marks (AFL-CIO, State Dept., U.S. Capitol) are still found
// mid-sentence.
func TestInstitutionsMidSentence(t *testing.T) {
	doc := run(t, "Leaders of the AFL-CIO met at the U.S. Capitol, and a State Dept. official joined them on Monday.")
	assert.Equal(t, []string{"organization: AFL-CIO", "place: U.S. Capitol", "organization: State Dept."}, mentions(doc))
}
