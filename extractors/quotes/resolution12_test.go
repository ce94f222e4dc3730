package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound12 checks the rules of round 12, each the shape of a
// mistake found on the third hand-resolved sample of PolNeAR train
// (docs/quotes.md, "History (round 12: speakers)"); the sentences are
// invented.
func TestResolutionRound12(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a quoted title inside an appositive leaves the name its sentence's subject",
			"Mayor Ann Hale named a police drama as her favorite show. “I never miss an episode,” Hale said.\n\nThe magazine also asked each candidate about a typical breakfast. It printed the answers in a special issue.\n\nTom Reyes, the developer and former host of the cooking show “Kitchen Wars,” listed a comedy as his guilty pleasure.\n\n“My favorite show is the one starring me,” the billionaire business mogul told the magazine.",
			[]want{{d, "I never miss an episode,", "Hale", "Ann Hale", "said"},
				{d, "My favorite show is the one starring me,", "the billionaire business mogul", "Tom Reyes", "told"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
