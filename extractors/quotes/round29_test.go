package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound29 holds invented sentences for the reported-speech
// patterns of docs/quotes-history.md, "History (round 29)".
func TestReportedSpeechRound29(t *testing.T) {
	in, di := pipeline.Indirect, pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"the clause added after a quote's attribution",
			"“We will win the vote,” Ann Hale said, adding that the council had been warned.",
			[]want{{di, "We will win the vote,", "Ann Hale", "", "said"},
				{in, "the council had been warned", "Ann Hale", "", "adding"}}},
		{"after a reported clause's trailing attribution",
			"The port did not close when the river flooded, a council official said, adding that the cost of the repairs was hard to estimate.",
			[]want{{in, "The port did not close when the river flooded", "a council official", "", "said"},
				{in, "the cost of the repairs was hard to estimate", "a council official", "", "adding"}}},
		{"without that",
			"“The work has to be done soon,” Ann Hale said, adding the council should pay for it.",
			[]want{{di, "The work has to be done soon,", "Ann Hale", "", "said"},
				{in, "the council should pay for it", "Ann Hale", "", "adding"}}},
		{"not a plain object",
			"“It could be very rough out there,” Ann Hale said, adding a plug for her own campaign.",
			[]want{{di, "It could be very rough out there,", "Ann Hale", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
