package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestBoundariesRound35 holds invented sentences for the ends of reported
// clauses that docs/quotes.md, "History (round 35)", changed.
func TestBoundariesRound35(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a hyphenated title's period ends no sentence",
			"Ann Hale said she had lost the 2008 race to then-Sen. Tom Reyes by a few hundred votes.",
			[]want{{in, "she had lost the 2008 race to then-Sen. Tom Reyes by a few hundred votes", "Ann Hale", "", "said"}}},
		{"a case name's v. ends no sentence",
			"The mayor said the ruling in Hale v. Reyes would reach every county in the state.",
			[]want{{in, "the ruling in Hale v. Reyes would reach every county in the state", "The mayor", "", "said"}}},
		{"a month's abbreviation before a day ends no sentence",
			"The clerk said the files were burned after the Sept. 11 attacks on the city hall.",
			[]want{{in, "the files were burned after the Sept. 11 attacks on the city hall", "The clerk", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
