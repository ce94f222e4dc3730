package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound28 checks the rules of round 28 (docs/quotes-history.md,
// "History (round 28)"): descriptions of people the article names. The
// sentences are invented.
func TestResolutionRound28(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"the first word of a two-word rank names its holder",
			"Officers searched a flat in Moseley on Monday, Det Sgt Paul Ferris said. The detective said two men had been arrested.",
			[]want{{in, "Officers searched a flat in Moseley on Monday", "Det Sgt Paul Ferris", "Paul Ferris", "said"},
				{in, "two men had been arrested", "The detective", "Paul Ferris", "said"}}},
		{"and written out",
			"Detective Inspector Alan Reece led the search. The detective said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The detective", "Alan Reece", "said"}}},
		{"the second word still names him",
			"Det Sgt Paul Ferris led the search. The sergeant said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The sergeant", "Paul Ferris", "said"}}},
		{"two detectives: the words stay",
			"Det Sgt Paul Ferris and Det Insp Ann Hale led the search. The detective said the van had been found in Dudley.",
			[]want{{in, "the van had been found in Dudley", "The detective", "", "said"}}},
		{"a family epithet opening its sentence names the paragraph's subject",
			"Sarah Pike, who runs the Eastfield food bank, said demand had doubled. The mother-of-two said more than 300 families had asked for help.",
			[]want{{in, "demand had doubled", "Sarah Pike", "Sarah Pike", "said"},
				{in, "more than 300 families had asked for help", "The mother-of-two", "Sarah Pike", "said"}}},
		{"a campaign's capitalised name between is no person",
			"Amy Lowe, who leads the Keep Our Library campaign, said the group would appeal. The mother-of-three said 4,000 people had signed.",
			[]want{{in, "the group would appeal", "Amy Lowe", "Amy Lowe", "said"},
				{in, "4,000 people had signed", "The mother-of-three", "Amy Lowe", "said"}}},
		{"and after a quote",
			"Retired miner Alan Booth, 91, has lived in the village since 1950. “Nobody asked us. Why would they start now?” the great-grandfather said.",
			[]want{{pipeline.Direct, "Nobody asked us. Why would they start now?", "the great-grandfather", "Alan Booth", "said"}}},
		{"a written-out number and a tabloid's mum",
			"Singer Lisa Crane, 41, was at the launch. The mum-of-four said the charity had helped her family.",
			[]want{{in, "the charity had helped her family", "The mum-of-four", "Lisa Crane", "said"}}},
		{"a mother for a man: the words stay",
			"Tom Pike, who runs the Eastfield food bank, said demand had doubled. The mother-of-two said more than 300 families had asked for help.",
			[]want{{in, "demand had doubled", "Tom Pike", "Tom Pike", "said"},
				{in, "more than 300 families had asked for help", "The mother-of-two", "", "said"}}},
		{"someone else named between: the words stay",
			"Sarah Pike runs the food bank with Karen Dale. The mother-of-two said more than 300 families had asked for help.",
			[]want{{in, "more than 300 families had asked for help", "The mother-of-two", "", "said"}}},
		{"a paragraph break: the words stay",
			"Sarah Pike runs the food bank.\n\nThe mother-of-two said more than 300 families had asked for help.",
			[]want{{in, "more than 300 families had asked for help", "The mother-of-two", "", "said"}}},
		{"a bare family word is someone's relative: the words stay",
			"Sarah Pike runs the food bank. The mother said more than 300 families had asked for help.",
			[]want{{in, "more than 300 families had asked for help", "The mother", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
