package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound24 checks the rules of round 24 (docs/quotes-history.md,
// "History (round 24)"): the resolution tail that recurs across the ten
// hand-resolved samples. The sentences are invented.
func TestResolutionRound24(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a they names the group its own paragraph is about, not a group that spoke a paragraph before",
			"The farm vote is close.\n\nLast spring, the league polled its members: 1,200 growers said they wanted to back the levy.\n\nThe county boards are aware of the mood. But they maintain that most farmers oppose the levy.",
			[]want{{in, "they wanted to back the levy", "1,200 growers", "", "said"},
				{in, "most farmers oppose the levy", "they", "The county boards", "maintain"}}},
		{"but the group that spoke in the pronoun's own paragraph keeps it",
			"The farm vote is close.\n\nThe county boards are aware of the mood. Last spring, 1,200 growers said they wanted to back the levy. But they maintain that most farmers oppose it.",
			[]want{{in, "they wanted to back the levy", "1,200 growers", "", "said"},
				{in, "most farmers oppose it", "they", "1,200 growers", "maintain"}}},
		{"a surname misspelt by a letter left out names the person named in full",
			"State Senate President Steve Sweeney spoke in Edison on Wednesday.\n\n\"He put a lot of people out of business,\" Sweeny said.",
			[]want{{pipeline.Direct, "He put a lot of people out of business,", "Sweeny", "Steve Sweeney", "said"}}},
		{"and by two letters swapped",
			"Singer Anthony Kiedis was in hospital last week.\n\n\"We are all going to be fine,\" Keidis said on Monday.",
			[]want{{pipeline.Direct, "We are all going to be fine,", "Keidis", "Anthony Kiedis", "said"}}},
		{"but a surname two letters off is another person",
			"State Senate President Steve Sweeney spoke in Edison on Wednesday.\n\n\"He put a lot of people out of business,\" Sweeten said.",
			[]want{{pipeline.Direct, "He put a lot of people out of business,", "Sweeten", "Sweeten", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
