package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerMentionsRound40 checks the rules of round 40 (docs/quotes.md,
// "History (round 40: speaker mentions)"): the wrong mention taken as the
// speaker, in shapes that recur across the fourteen hand-resolved samples
// and PolNeAR train. The sentences are invented.
func TestSpeakerMentionsRound40(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a report its sentence closes with 'according to X' is X's (the outer source)",
			"Gov. Tom Reyes said he would have fired the aide, according to press accounts.",
			[]want{{in, "he would have fired the aide", "press accounts", "", "according to"}}},
		{"and with ', X reported' and a time after it",
			"Mayor Ann Cole told investigators she had never seen the memo, the Daily Ledger reported late Thursday.",
			[]want{{in, "Mayor Ann Cole told investigators she had never seen the memo", "the Daily Ledger", "Daily Ledger", "reported"}}},
		{"but not a source the sentence gives as a pronoun",
			"Gov. Tom Reyes said he would have fired the aide, according to him.",
			[]want{{in, "he would have fired the aide", "Gov. Tom Reyes", "Tom Reyes", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
