package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound22 checks the rules of round 22 (docs/quotes.md,
// "History (round 22)"): a "they" left as written where the story names
// the group. The sentences are invented.
func TestResolutionRound22(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a they after a leading clause names its subject with the groups it gives as examples",
			"The council met on Monday.\n\nWhile farm groups like the Ohio Farm Bureau and the Valley Growers League praised the mayor's plan, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups like the Ohio Farm Bureau and the Valley Growers League", "said"}}},
		{"and with such as",
			"The council met on Monday.\n\nWhile farm groups such as the Ohio Farm Bureau praised the mayor's plan, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups such as the Ohio Farm Bureau", "said"}}},
		{"and when the leading clause runs past forty words",
			"The council met on Monday.\n\nWhile farm groups like the Ohio Farm Bureau and the National Association of Corn and Soybean Growers praised the mayor’s latest attempt to fix the dock and embraced his argument that the port is the best place for trying new crops, they said he didn't go far enough on water.",
			[]want{{in, "he didn't go far enough on water", "they", "farm groups like the Ohio Farm Bureau and the National Association of Corn and Soybean Growers", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
