package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound15 holds invented sentences for the reported
// speech that fixtures/styles2 showed cut short or missing (docs/quotes-history.md
// "History (round 15)"); none is taken from that set's articles.
func TestReportedSpeechRound15(t *testing.T) {
	ind := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"as X puts it, inside the sentence", "The real test, as the economist Marta Lind puts it, is whether wages keep up with rents.",
			[]want{{ind, "The real test, as the economist Marta Lind puts it, is whether wages keep up with rents", "the economist Marta Lind", "Marta Lind", "puts it"}}},
		{"as X put it, opening the sentence", "As one farmer put it, the drought has already decided the harvest.",
			[]want{{ind, "the drought has already decided the harvest", "one farmer", "", "put it"}}},
		{"as X put it, with a time, closing the sentence", "The council had simply run out of money, as the treasurer put it on Monday.",
			[]want{{ind, "The council had simply run out of money", "the treasurer", "", "put it"}}},
		{"but and a present auxiliary after a present clause", "The goalkeeper said she still feels the pressure but has learned to enjoy it.",
			[]want{{ind, "she still feels the pressure but has learned to enjoy it", "The goalkeeper", "", "said"}}},
		{"but and a present auxiliary after a past clause: the writer's", "The senator said he was running but has since changed his mind.",
			[]want{{ind, "he was running", "The senator", "", "said"}}},
		{"but and a present auxiliary after a present cue: the writer's", "The senator says she is going to vote for the bill but has withheld her support for the amendment.",
			[]want{{ind, "she is going to vote for the bill", "The senator", "", "says"}}},
		{"a headline's bare title, the name in the body", "Council to build 300 new bus shelters by June, says culture minister\n\nCulture Minister Ruth Adebayo said on Monday the branches would shut in June.",
			[]want{{ind, "Council to build 300 new bus shelters by June", "culture minister", "Ruth Adebayo", "says"},
				{ind, "the branches would shut in June", "Culture Minister Ruth Adebayo", "Ruth Adebayo", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
