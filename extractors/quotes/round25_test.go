package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestClauseEndRound25 holds invented sentences for where a reported
// clause ends (docs/quotes.md, "History (round 25: where a reported clause
// ends)").
func TestClauseEndRound25(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a role after an inverted speaker opens the speaker's description",
			"The council also lacks support from the unions, said Ann Hale, director of the University of Leeds's Centre for Politics.",
			[]want{{in, "The council also lacks support from the unions", "Ann Hale", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
