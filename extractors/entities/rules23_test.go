package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsRulesRound23 holds invented texts for round 23's rules
// (docs/entities-history.md, "Round 23 (branch ner21)"), classes of error that recur
// across the eight PolNeAR train news sets. None is taken from those sets.
func TestNewsRulesRound23(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"the given name alone of a person named in full",
			"Governor Jeb Halvorsen spoke in Reno on Monday. Voters said Jeb was tired, and the crowd chanted for Jeb until noon.",
			[]string{"person: Jeb Halvorsen", "place: Reno", "person: Jeb", "person: Jeb"}},
		{"a television show's title holds no names",
			"Senator Ruth Kimani told Good Morning America on Monday that she would appear on Morning Joe, CBS This Morning and The Late Show with Stephen Colbert. She will not go on Fox and Friends or Anderson Cooper 360.",
			[]string{"person: Ruth Kimani"}},
		{"a tower is a place, and so is a street named by an ordinal",
			"Mayor Dana Okafor met donors at Halvorsen Tower on Monday, then walked from 42nd Street to the Calder Towers.",
			[]string{"person: Dana Okafor", "place: Halvorsen Tower", "place: 42nd Street", "place: Calder Towers"}},
		{"a third party's adjective is no name, its name is",
			"Libertarian nominee Dana Okafor spoke in Reno. Being a Libertarian means freedom, she said, and the Libertarian Party agrees.",
			[]string{"person: Dana Okafor", "place: Reno", "organization: Libertarian Party"}},
		{"a political action committee's name ends in PAC",
			"Donors gave $2 million to Granite Future PAC, and Ready PAC spent more. A super PAC backing Senator Paul Whitcombe said it will not, and the super PAC Patriot Voices PAC agreed.",
			[]string{"organization: Granite Future PAC", "organization: Ready PAC", "person: Paul Whitcombe", "organization: Patriot Voices PAC"}},
		{"a state's party members are the state and the party; a movement's are the party",
			"Nevada Democrats met in Reno on Monday, and Kentucky Republicans met in Paducah. Tea Party Republicans opposed the plan, and Senate Republicans backed it.",
			[]string{"place: Nevada", "organization: Democrats", "place: Reno", "place: Kentucky", "organization: Republicans", "place: Paducah", "organization: Republicans", "organization: Senate Republicans"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
