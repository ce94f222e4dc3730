package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound11 checks the resolution rules of round 11, each the
// shape of a mistake found on the hand-resolved samples of PolNeAR train
// (docs/quotes.md, "History (round 11: resolution)"); the sentences are
// invented.
func TestResolutionRound11(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a headline's common nouns before a surname are no name",
			"Conservative Donor Hargreave and Ross May be Joining Forces.\n\nLONDON (Reuters) – Top Conservative Party donor Simon Hargreave said on Friday he had met Ross twice.\n\n“We like a lot of the candidates,” Hargreave said.",
			[]want{{ind, "he had met Ross twice", "Top Conservative Party donor Simon Hargreave", "Simon Hargreave", "said"},
				{d, "We like a lot of the candidates,", "Hargreave", "Simon Hargreave", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
