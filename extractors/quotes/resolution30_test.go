package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound30 checks the rules of round 30 (docs/quotes.md,
// "History (round 30)"): resolution classes that recur across the eleventh
// and twelfth hand-resolved samples. The sentences are invented.
func TestResolutionRound30(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a state's demonym is an epithet of the politician just named",
			"Former Ohio Gov. Ted Strickland endorsed the mayor on Sunday.\n\nThe former governor, who left office in 2011, noted that voters want change. “Those are very able people,” the Ohioan said.",
			[]want{{in, "voters want change", "The former governor", "Ted Strickland", "noted"},
				{d, "Those are very able people,", "the Ohioan", "Ted Strickland", "said"}}},
		{"a place-and-party epithet names the one who spoke in the sentence before, though another, named more often, is a subject there too",
			"Governor Ellen Pike vetoed the state budget on Monday. Pike had warned of a veto for weeks. On Tuesday Pike toured a school in Boise, and Pike spoke to parents there.\n\nSenate Majority Leader Tom Harkness says no matter what action Pike takes on the budget, “her veto will not stand.”\n\nThe Idaho Republican says in a statement that the governor’s plan is certain to fail.",
			[]want{{d, "her veto will not stand.", "Senate Majority Leader Tom Harkness", "Tom Harkness", "says"},
				{in, "the governor’s plan is certain to fail", "The Idaho Republican", "Tom Harkness", "says"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
