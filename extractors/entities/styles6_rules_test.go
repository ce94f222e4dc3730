package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyle6Rules holds invented texts for the rules fixtures/styles6
// asked for (docs/entities.md, "A sixth, blind set"); none is taken from
// that set.
func TestHouseStyle6Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a firm of two names joined by &, the tagger seeing only the first",
			"The novel is published by Barrow & Thistle in March.",
			[]string{"organization: Barrow & Thistle"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
