package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound39 checks the rules of round 39 (docs/quotes.md,
// "History (round 39: pronoun candidates)"): how the he/she ranker gathers
// its candidates and computes their features, for mechanisms that recur
// across the hand-resolved samples. The sentences are invented.
func TestResolutionRound39(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"the subject that opens the reported words a she attributes is a subject of the story",
			"“Skating is a way to take back the streets,” said Maria Ortiz.\n\nThat sense of freedom is what first drew Laura Benitez, 20, to skating. Then a student living in Queens, Ms. Benitez found skating to be a cure for her anxiety, she said.",
			[]want{{d, "Skating is a way to take back the streets,", "Maria Ortiz", "", "said"},
				{in, "Then a student living in Queens, Ms. Benitez found skating to be a cure for her anxiety", "she", "Laura Benitez", "said"}}},
		{"and a he after a name alone at a paragraph's start",
			"“I support parents making the best choices for their kids,” said Carlos Mendez.\n\nThe two Democratic candidates sparred on the cost of college.\n\nTom Grady has introduced a bill for free tuition in the House and would continue his push for it in the Senate, he said.",
			[]want{{d, "I support parents making the best choices for their kids,", "Carlos Mendez", "", "said"},
				{in, "Tom Grady has introduced a bill for free tuition in the House and would continue his push for it in the Senate", "he", "Tom Grady", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
