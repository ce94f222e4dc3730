package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyle4Rules holds invented texts for the rules fixtures/styles4
// asked for (docs/entities.md, "A fourth, blind set"); none is taken from
// that set.
func TestHouseStyle4Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a local government's level before a title",
			"City Councilwoman Rosa Delmar, who represents the ward, said she would ask for a new bridge.",
			[]string{"person: Rosa Delmar"}},
		{"a county's",
			"County Commissioner Walt Berring said the road would reopen in June.",
			[]string{"person: Walt Berring"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
