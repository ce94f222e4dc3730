package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRulesAfterSpeedWork holds invented texts for the rules whose tests
// session 13's speed work reordered (docs/performance.md, "Session 13
// speed"): cheap token tests now come before the list lookups, the team
// rules share one sports-context scan, and the show titles are looked up
// only for tokens whose first byte starts one. Each case has the rule's
// match and, where the reordering could have let one through, its miss.
func TestRulesAfterSpeedWork(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a name and a regnal number are a person",
			"Archaeologists said the temple near Luxor was built by Thutmose III, and King Charles III visited it on Monday.",
			[]string{"place: Luxor", "person: Thutmose III", "person: Charles III"}},
		{"a named storm is no name, named or alone",
			"Cyclone Phailin struck Odisha on Saturday. Phailin killed 20 people, officials in Bhubaneswar said.",
			[]string{"place: Odisha", "place: Bhubaneswar"}},
		{"an acronym after a kind of body is an organization",
			"The watchdog group CPJ said on Monday that two reporters were held in Cairo.",
			[]string{"organization: CPJ", "place: Cairo"}},
		{"a name after a kind of body is an organization",
			"The advocacy group Democracy Forward sued the agency in Boston on Monday.",
			[]string{"organization: Democracy Forward", "place: Boston"}},
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
