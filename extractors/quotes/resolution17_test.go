package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound17 checks the rules of round 17, each the shape of a
// mistake found on the seventh hand-resolved sample of PolNeAR train, of a
// class seen on the earlier samples too (docs/quotes.md, "History (round
// 17)"); the sentences are invented.
func TestResolutionRound17(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a description after a quote another description named is the person that one named",
			"The mayor plans to rebuild the port by fostering “risk-taking and capital investment,” Ana Cole said Monday.\n\n“Well first of all, they have to stop and listen and recognize that the port has been in decline for a while now. And a lot of it has to do with the economy in this city,” the retired surgeon told a radio station in an interview.\n\nThe former Democratic presidential candidate continued, saying, “You need somebody who understands economics.”",
			[]want{{d, "risk-taking and capital investment,", "Ana Cole", "Ana Cole", "said"},
				{d, "Well first of all, they have to stop and listen and recognize that the port has been in decline for a while now. And a lot of it has to do with the economy in this city,", "the retired surgeon", "Ana Cole", "told"},
				{d, "You need somebody who understands economics.", "The former Democratic presidential candidate", "Ana Cole", "saying"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
