package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestDirectRound43 checks the rules of round 43 (docs/quotes-history.md, "History
// (round 43: direct quotes)"): direct quotes PolNeAR train's gold attributes
// that sayso missed, in two shapes, and the cases around them that must not
// change. The sentences are invented.
func TestDirectRound43(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		// A paragraph of quotes only after a paragraph that ends with its
		// speaker's quote, its attribution and one sentence of narrative.
		{"a quote paragraph after the attribution and one sentence of narrative",
			"“We will build the wall,” Tom Reyes said. He then had a question for the crowd.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"},
				{d, "Who is going to pay for it?", "Tom Reyes", "", ""}}},
		{"the same in straight marks",
			"\"We will build the wall,\" Tom Reyes said. He then had a question for the crowd.\n\n\"Who is going to pay for it?\"",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"},
				{d, "Who is going to pay for it?", "Tom Reyes", "", ""}}},
		{"the same in double apostrophes",
			"''We will build the wall,'' Tom Reyes said. He then had a question for the crowd.\n\n''Who is going to pay for it?''",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"},
				{d, "Who is going to pay for it?", "Tom Reyes", "", ""}}},
		{"and a quote that runs over two paragraphs",
			"\"We kept quiet all year,\" Tom Reyes said. At dinners, the children of his neighbours would come up to him.\n\n" +
				"\"They would come to me and say, 'Mr. Reyes, will we be sent away?'\n\n\"We go to school and our friends say we will be sent away.\"",
			[]want{{d, "We kept quiet all year,", "Tom Reyes", "", "said"},
				{d, "They would come to me and say, 'Mr. Reyes, will we be sent away?'", "Tom Reyes", "", ""},
				{d, "We go to school and our friends say we will be sent away.", "Tom Reyes", "", ""}}},
		{"apostrophes in the narrative are no marks",
			"“We will build the wall,” Tom Reyes said. He then turned to the crowd’s front rows.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"},
				{d, "Who is going to pay for it?", "Tom Reyes", "", ""}}},
		{"not when the narrative names someone else",
			"“We will build the wall,” Tom Reyes said. Ann Lopez shook her head.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"}}},
		{"nor when it has a speech verb",
			"“We will build the wall,” Tom Reyes said. A woman in the front row then asked a question.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"}}},
		{"nor when the narrative runs to two sentences",
			"“We will build the wall,” Tom Reyes said. He left the stage. The crowd waited.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"}}},
		{"an odd mark in the narrative runs on into the next paragraph's quote, as before",
			"“We will build the wall,” Tom Reyes said. He then had a “question for the crowd.\n\n“Who is going to pay for it?”",
			[]want{{d, "We will build the wall,", "Tom Reyes", "", "said"},
				{d, "question for the crowd.", "Tom Reyes", "", ""},
				{d, "Who is going to pay for it?", "Tom Reyes", "", ""}}},

		// Two double openers written together are one.
		{"a straight and a curly opener together",
			"The interview left it open.\n\n\"“We will not win this by counting states,” Maria Lopez said before leaving.\"",
			[]want{{d, "We will not win this by counting states,", "Maria Lopez", "", "said"}}},
		{"two curly openers together",
			"Maria Lopez said: ““We will win this race and then we will govern.”",
			[]want{{d, "We will win this race and then we will govern.", "Maria Lopez", "", "said"}}},
		{"a double opener and a single one stay a quote inside a quote",
			"“‘No way’ was all they said to us at the door,” Maria Lopez said.",
			[]want{{d, "‘No way’ was all they said to us at the door,", "Maria Lopez", "", "said"}}},
		{"and two openers a space apart are left as they were",
			"Maria Lopez said, “ “We will win this race.”",
			[]want{{d, "“We will win this race.”", "Maria Lopez", "", "said"}}},

		// A quoted fragment after a verb in the present tense whose subject
		// is "he" or "she".
		{"a fragment after 'she' and a present tense",
			"Ann Lopez now talks freely of her years in office. She often speaks of breaking “that highest, hardest glass ceiling” by winning the race.",
			[]want{{d, "that highest, hardest glass ceiling", "She", "Ann Lopez", "speaks"}}},
		{"after 'he', an adverb between",
			"Tom Reyes sued the committee in May. He also seeks \"a permanent injunction barring the chairman from repeating false statements\" about him.",
			[]want{{d, "a permanent injunction barring the chairman from repeating false statements", "He", "Tom Reyes", "seeks"}}},
		{"a fragment after a common verb in -ed the lexicon lists ('wanted')",
			"Tom Reyes grew up in the county. That is why he wanted to “go an extra step” to understand the voters.",
			[]want{{d, "go an extra step", "he", "Tom Reyes", "wanted"}}},
		{"and after 'wanted to show that'",
			"Tom Reyes and his partner came to the parade because they wanted to show that \"they can't scare us back into the closet.\"",
			[]want{{d, "they can't scare us back into the closet.", "they", "Tom Reyes and his partner", "wanted"}}},
		{"and 'played down … as'",
			"Last year, Tom Reyes played down the mayor's comments as \"just part of the primary campaign\" and moved on.",
			[]want{{d, "just part of the primary campaign", "Tom Reyes", "", "played"}}},
		{"the subject must speak: a thing's verb gives no one's words",
			"The new budget plan wanted “a total and complete overhaul of the tax code” by June.",
			nil},
		{"but not after 'it'",
			"The lawsuit was filed in May. It also seeks “a permanent injunction barring the chairman from repeating false statements” about him.",
			nil},
		{"nor a short quote",
			"Ann Lopez talks freely of her years in office. She often speaks of breaking “the glass ceiling” by winning.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
