package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound19 checks the rules of round 19 (docs/quotes-history.md,
// "History (round 19)"): pronouns given the wrong person or left as
// written. The sentences are invented.
func TestResolutionRound19(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"they for the plural subject of a leading clause",
			"The port authority met on Monday to weigh a new toll.\n\nWhile many harbor pilots expect the toll to pass, given the board's long habit of raising fees, they say it will hurt small ferries.",
			[]want{{in, "it will hurt small ferries", "they", "many harbor pilots", "say"}}},
		{"they for two people named together in a leading clause",
			"Ana Cole is running for the council on one ticket with Tom Reyes.\n\nAs Cole and Reyes toured the valley, they were greeted by farmers - something new in the past month, they said.",
			[]want{{in, "As Cole and Reyes toured the valley, they were greeted by farmers - something new in the past month", "they", "Ana Cole and Tom Reyes", "said"}}},
		{"a name after a subordinator opening the sentence is a mention: the fullest name",
			"When Tom R. Reyes wanted to attack the levy, he went to the radio.\n\n“The levy is a tax on bread,” Mr. Reyes told the host.",
			[]want{{pipeline.Direct, "The levy is a tax on bread,", "Mr. Reyes", "Tom R. Reyes", "told"}}},
		{"but no subject of the sentence for the pronoun after",
			"Tom Reyes is running for mayor.\n\nJim Cole does not feel the same way about the race. If Reyes loses the race, he said he would sell the diner.",
			[]want{{in, "he would sell the diner", "he", "Jim Cole", "said"}}},
		{"Team before a surname is the person's camp, not the person",
			"Team Reyes sees the council vote as a second chance for Tom Reyes to win over the valley.\n\n“We have heard the farmers,” Reyes said.",
			[]want{{pipeline.Direct, "We have heard the farmers,", "Reyes", "Tom Reyes", "said"}}},
		{"a Chinese family name the US table calls female does not make a woman",
			"Tom Reyes, a security consultant, said he saw no evidence of a breach.\n\nSpeaking in Beijing, foreign ministry spokesman Lu Kang repeated that China opposed hacking.\n\nCountries should provide evidence for their accusations, he told reporters.",
			[]want{{in, "he saw no evidence of a breach", "Tom Reyes", "", "said"},
				{in, "China opposed hacking", "foreign ministry spokesman Lu Kang", "Lu Kang", "repeated"},
				{in, "Countries should provide evidence for their accusations", "he", "Lu Kang", "told"}}},
		{"they for a group the sentence before brings in with its verb first, before the group that spoke last",
			"Environmental groups said the cod stocks were still low.\n\nOn the other side of the dispute are anglers and dockworkers who want the quota raised. They say the stocks have recovered.",
			[]want{{in, "the cod stocks were still low", "Environmental groups", "", "said"},
				{in, "the stocks have recovered", "They", "anglers and dockworkers", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
