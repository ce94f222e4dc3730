package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound13 checks the rule of round 13, the shape of a
// pronoun given the wrong person on the hand-resolved samples of PolNeAR
// train (docs/quotes-history.md, "History (round 13: pronouns)"); the sentences
// are invented.
func TestResolutionRound13(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a name in the quote that goes on after the attribution is spoken about, not speaking",
			"Mayor Tom Reyes has promised a new stadium by 2020. Reyes wants it downtown, and Reyes has raised $2 million for it. “We will build it on time,” Reyes said.\n\nIn his assessment of the mayor, Ben Hale voiced doubt that the voters had given Reyes a real mandate.\n\n“It is remarkable that a city like ours could choose such a plan,” he said. “I cannot understand it. So Reyes is bold, but he is not very well informed.”",
			[]want{{d, "We will build it on time,", "Reyes", "Tom Reyes", "said"},
				{d, "It is remarkable that a city like ours could choose such a plan,", "he", "Ben Hale", "said"},
				{d, "I cannot understand it. So Reyes is bold, but he is not very well informed.", "he", "Ben Hale", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
