package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound17 checks the rules of round 17, each the shape of a
// mistake found on the seventh hand-resolved sample of PolNeAR train, of a
// class seen on the earlier samples too (docs/quotes-history.md, "History (round
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
		{"a name that is the subject of a that-clause is no subject a he goes back to",
			"Jon Pratt has run the city for 12 years. Pratt cut crime and raised taxes. He ran as a Republican and later as an independent.\n\nMore than half of the voters polled said the city needs a third party.\n\nPratt's pollster, Tom Reyes, says his candidate has the money and the time. “I don't think the conventional wisdom” -- that Pratt is seen as a nanny-state liberal -- “is going to last,” he says.",
			[]want{{pipeline.Indirect, "the city needs a third party", "the voters polled", "", "said"},
				{pipeline.Indirect, "his candidate has the money and the time", "Tom Reyes", "Tom Reyes", "says"},
				{d, "I don't think the conventional wisdom", "he", "Tom Reyes", ""},
				{d, "is going to last,", "he", "Tom Reyes", "says"}}},
		{"a capitalised plural noun opening its sentence is a group a they stands for",
			"Millennials have reached a broad consensus on the issue. By nearly 2-1, they say the city should build the stadium.",
			[]want{{pipeline.Indirect, "the city should build the stadium", "they", "Millennials", "say"}}},
		{"an adverb opening the sentence is no part of the speaker's name",
			"Tom Reyes had decided not to run in 2008.\n\nNow Reyes says he is so distressed by the tone of the campaign -- “an outrage and an insult to voters” -- that he is considering a run.\n\nEven Ana Cole, a stalwart supporter of the mayor, said the tax would pass.",
			[]want{{d, "an outrage and an insult to voters", "Now Reyes", "Tom Reyes", "says"},
				{pipeline.Indirect, "the tax would pass", "Even Ana Cole", "Ana Cole", "said"}}},
		{"a definite description is the person the next sentence introduces with its role",
			"Mr. Burke said he would ignore the official parade route.\n\nEven the organizer of a pro-Cole rally said the city's rules increased the chance of violence.\n\n“You stick everybody together face to face, you're going to have a problem,” said Tom Reyes, organizer of a group called Citizens for Cole.",
			[]want{{pipeline.Indirect, "he would ignore the official parade route", "Mr. Burke", "Burke", "said"},
				{pipeline.Indirect, "the city's rules increased the chance of violence", "the organizer", "Tom Reyes", "said"},
				{d, "You stick everybody together face to face, you're going to have a problem,", "Tom Reyes", "Tom Reyes", "said"}}},
		{"state before a noun is a noun, no cue; state before that is the verb",
			"On Tuesday, Tom Reyes went further, endorsing eight state legislative candidates “who embody the spirit of our political revolution.”\n\nTwo officials state that the bill is dead.",
			[]want{{pipeline.Indirect, "the bill is dead", "Two officials", "", "state"}}},
		{"an age stands for the person the story was about up to four paragraphs back",
			"The candidate's wife Ana Cole brought some glamour to the opening night.\n\nBut a scandal over her speech soon followed.\n\n– Who cares? –.\n\nWith millions watching, the former model delivered a defense of her husband.\n\n“He is an amazing leader,” said the 46-year-old.",
			[]want{{d, "He is an amazing leader,", "the 46-year-old", "Ana Cole", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
