package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionSample14 checks the rules of sample 14's round
// (docs/quotes-history.md, "History (sample 14 and its fixes)"): resolution classes
// that recur across the hand-resolved samples. The sentences are invented.
func TestResolutionSample14(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a new poll is the poll the next paragraph names",
			"Two senators would beat the governor, according to a new poll that shows voters are tired of him.\n\nThe Daily Ledger-Granite Research poll of 1,200 voters was released Tuesday.",
			[]want{{in, "Two senators would beat the governor", "a new poll", "Daily Ledger-Granite Research poll", "according to"}}},
		{"the same poll is the poll named before it",
			"Just 20 percent of young voters back the mayor in a new Metro Times-KTVX poll.\n\nAccording to the same poll, her support among retirees fell in June.",
			[]want{{in, "her support among retirees fell in June", "the same poll", "Metro Times-KTVX poll", "According to"}}},
		{"the new poll is the poll the article named before, a numbered one too",
			"The Tribune ran a 12-county poll this summer.\n\nThe senator leads in all five coastal counties, according to the new poll.",
			[]want{{in, "The senator leads in all five coastal counties", "the new poll", "12-county poll", "according to"}}},
		{"but a new poll after a named one is another poll, and keeps its words",
			"Wednesday's Marist poll had the senator ahead.\n\nThe governor leads in the north, according to a new poll.",
			[]want{{in, "The governor leads in the north", "a new poll", "", "according to"}}},
		{"the company is the speaker before, a name the entity tagger does not know",
			"Trade Cart also commented on the deal, but acknowledged it had no formal tie to the mill.\n\n“We wish them all the best,” the company said in a statement.",
			[]want{{in, "it had no formal tie to the mill", "Trade Cart", "", "acknowledged"},
				{d, "We wish them all the best,", "the company", "Trade Cart", "said"}}},
		{"but not a speaker before with a first name",
			"Maria Quell also commented on the deal, but acknowledged it had no formal tie to the mill.\n\n“We wish them all the best,” the company said in a statement.",
			[]want{{in, "it had no formal tie to the mill", "Maria Quell", "", "acknowledged"},
				{d, "We wish them all the best,", "the company", "", "said"}}},
		{"a poll's share that says a quote gives it to the poll its sentence names",
			"Voters distrust the council.\n\nIn a June Valley Ledger-KTVX poll, 70 percent of residents said \"nobody at City Hall\" can be trusted.",
			[]want{{d, "nobody at City Hall", "a June Valley Ledger-KTVX poll", "", "said"}}},
		{"but a share with no poll in its sentence keeps its words",
			"The poll was taken in June.\n\nAsked about the mayor, 21 percent said \"not too likely\" and 14 percent said \"not at all likely.\"",
			[]want{{d, "not too likely", "21 percent", "", "said"}, {d, "not at all likely.", "14 percent", "", "said"}}},
		{"a text that says a quote, put out by someone, is its author's words",
			"The mayor's plan drew fire.\n\nThe Valley Ledger recently ran a piece that noted the plan \"would help the richest towns most.\"",
			[]want{{d, "would help the richest towns most.", "The Valley Ledger", "Valley Ledger", "noted"}}},
		{"but not a text someone only received",
			"The mayor's plan drew fire.\n\nOrtega received a letter that said the plan \"would help the richest towns most.\"",
			[]want{{d, "would help the richest towns most.", "that", "a letter", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
