package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound28 checks the rules of round 28 (docs/quotes.md,
// "History (round 28)"): descriptions of people the article names. The
// sentences are invented.
func TestResolutionRound28(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"the first word of a two-word rank names its holder",
			"Officers searched a flat in Moseley on Monday, Det Sgt Paul Ferris said. The detective said two men had been arrested.",
			[]want{{in, "Officers searched a flat in Moseley on Monday", "Det Sgt Paul Ferris", "Paul Ferris", "said"},
				{in, "two men had been arrested", "The detective", "Paul Ferris", "said"}}},
		{"and written out",
			"Detective Inspector Alan Reece led the search. The detective said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The detective", "Alan Reece", "said"}}},
		{"the second word still names him",
			"Det Sgt Paul Ferris led the search. The sergeant said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The sergeant", "Paul Ferris", "said"}}},
		{"two detectives: the words stay",
			"Det Sgt Paul Ferris and Det Insp Ann Hale led the search. The detective said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The detective", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
