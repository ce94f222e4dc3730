package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReview13Speakers holds invented sentences for what the session 13
// review (docs/quotes-history.md, "History (session 13 review)") made
// simpler and must keep: a text a quote says was filed by a name after a
// determiner is that name's, as one filed by a bare name is.
func TestReview13Speakers(t *testing.T) {
	di := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a lawsuit a quote says was filed by the name of an organization",
			"\"We understand that a lawsuit has been filed by the Brookings Institution,\" a spokesman for the board said.\n\n" +
				"\"The board has damaged the institution's reputation,\" the suit reads.",
			[]want{{di, "We understand that a lawsuit has been filed by the Brookings Institution,", "a spokesman for the board", "", "said"},
				{di, "The board has damaged the institution's reputation,", "the suit", "Brookings Institution's suit", "reads"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
