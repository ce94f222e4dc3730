package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStyles9Rules holds invented texts for the rules fixtures/styles9
// (court, science, transcripts, regional papers from Australia, Canada,
// Ireland and Kenya) showed missing (docs/entities.md, "A ninth, blind set").
// None is taken from that set.
func TestStyles9Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a transcript label's honorific with its period stays inside the person, and a surname the lists know as a place is the person's after a title",
			"The following is a transcript of the briefing.\n\nDR. RUTH DENVER, STATE VETERINARIAN: We have two cases.\n\nPAUL OKORO, FIRE CHIEF: The road is open.\n\nDENVER: Keep dogs on a lead.",
			[]string{"person: DR. RUTH DENVER", "person: PAUL OKORO", "person: DENVER"}},
		{"party initials in brackets after a councillor are the party",
			"Cllr Brendan Walsh (FG) seconded the motion, and Cllr Orla Ryan (Lab) opposed it.",
			[]string{"person: Brendan Walsh", "organization: FG", "person: Orla Ryan", "organization: Lab"}},
		{"a street's name is a place, a town's chamber of commerce an organization; a paper named after a street is left whole",
			"Shops on Tanner Street closed early, the Kilmore Chamber of Commerce said. The Wall Street Journal reported the closures.",
			[]string{"place: Tanner Street", "organization: Kilmore Chamber of Commerce", "organization: Wall Street Journal"}},
		{"a firm's name ending in Consulting, a festival's in Festival",
			"The contract went to Harlow Consulting. The band headlines the Brackenridge Festival in June, after the Spring Festival holiday.",
			[]string{"organization: Harlow Consulting", "organization: Brackenridge Festival"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
