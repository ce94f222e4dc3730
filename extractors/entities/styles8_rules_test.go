package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStyles8Rules holds invented texts for the rules fixtures/styles8 (state
// media, and news from Latin America, the Middle East and South Asia) showed
// missing (docs/entities.md, "An eighth, blind set"). None is taken from that
// set.
func TestStyles8Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"state news agencies and papers the lists know are organizations",
			"The rally in Pyongyang was reported by KCNA on Monday. In Cairo, Al-Ahram said the talks had stalled.",
			[]string{"place: Pyongyang", "organization: KCNA", "place: Cairo", "organization: Al-Ahram"}},
		{"a given name before bin / ibn is the person's, not an office, whatever title stands before it",
			"Sheikh Mansour bin Rashid Al Falasi opened the port. Yusuf ibn Tariq al-Harthi said it would help.",
			[]string{"person: Mansour bin Rashid Al Falasi", "person: Yusuf ibn Tariq al-Harthi"}},
		{"a kunya's Umm or Abu is inside the person's name",
			"Umm Khalid, a baker in Mosul, said the queue began at dawn.",
			[]string{"person: Umm Khalid", "place: Mosul"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
