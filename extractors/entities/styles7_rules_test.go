package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStyles7Rules holds invented texts for the rules fixtures/styles7 (interviews
// and encyclopedic biographies) showed missing (docs/entities.md, "A seventh,
// blind set"). None is taken from that set.
func TestStyles7Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a double-barrelled surname of a person named in full is not two people, whoever else bears its parts",
			"Clara Holm-Varga (born 1950) is a painter. She was born to Peter Holm and Anna Varga. Holm-Varga studied in Vienna.",
			[]string{"person: Clara Holm-Varga", "person: Peter Holm", "person: Anna Varga", "person: Holm-Varga", "place: Vienna"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mentions(run(t, tc.text)))
		})
	}
}
