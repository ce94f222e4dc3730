package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestBoundariesRound35 holds invented sentences for the ends of reported
// clauses that docs/quotes-history.md, "History (round 35)", changed.
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
		{"a parenthetical attribution inside the writer's dash aside reports the aside only",
			"The mayor compared the new bridge to the old one - both of which, she explained, were built in a hurry.",
			[]want{{in, "both of which, she explained, were built in a hurry", "she", "", "explained"}}},
		{"a parenthetical attribution inside a pair of dashes reports what the dashes hold",
			"Low rates let the city pay for things it will need - like, he says, new roads and bridges - for less than it would otherwise pay.",
			[]want{{in, "like, he says, new roads and bridges", "he", "", "says"}}},
		{"a conjunction after the dash is no part of the aside's report",
			"The bridge will close in May - and the ferry, the mayor said, will run all summer.",
			[]want{{in, "the ferry, the mayor said, will run all summer", "the mayor", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
