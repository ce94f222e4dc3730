package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession12 checks speakers found by probing invented
// articles in session 12 (docs/quotes-history.md, "History (session 12, lead)").
// The sentences are invented.
func TestSpeakerPhrasesSession12(t *testing.T) {
	di := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"an organization's role names the one person the story has just named",
			"FOXBOROUGH, Mass. (AP) — Bill Belichick didn't sugarcoat it.\n\n" +
				"\"We just didn't play well enough,\" the Patriots coach said after the loss to the Bills.",
			[]want{{di, "We just didn't play well enough,", "the Patriots coach", "Bill Belichick", "said"}}},
		{"but not one of two people named together",
			"Satya Nadella met Bill Gates in Seattle on Monday.\n\n" +
				"\"We talked about the future of computing,\" the Microsoft founder said.",
			[]want{{di, "We talked about the future of computing,", "the Microsoft founder", "", "said"}}},
		{"a spokeswoman named after her description is the spokeswoman the story names next",
			"Hillary Clinton's campaign pushed back on Tuesday. \"This is a baseless attack,\" a spokeswoman for Hillary Clinton said.\n\n" +
				"Later, Clinton spokeswoman Jennifer Palmieri said the campaign would release more emails.",
			[]want{{di, "This is a baseless attack,", "a spokeswoman for Hillary Clinton", "Jennifer Palmieri", "said"},
				{pipeline.Indirect, "the campaign would release more emails", "Clinton spokeswoman Jennifer Palmieri", "Jennifer Palmieri", "said"}}},
		{"but never a spokesman named next",
			"Hillary Clinton's campaign pushed back on Tuesday. \"This is a baseless attack,\" a spokeswoman for Hillary Clinton said.\n\n" +
				"Later, Clinton spokesman Brian Fallon said the campaign would release more emails.",
			[]want{{di, "This is a baseless attack,", "a spokeswoman for Hillary Clinton", "", "said"},
				{pipeline.Indirect, "the campaign would release more emails", "Clinton spokesman Brian Fallon", "Brian Fallon", "said"}}},
		{"the people a fronted participle's phrase names are not the description after it",
			"Donald Trump and Ted Cruz escalated their feud on Saturday.\n\n" +
				"Speaking in Dubuque, Trump said the Texas senator's campaign had been lying about his record on ethanol.\n\n" +
				"Cruz, campaigning in western Iowa, brushed off the attack. Asked about Trump's comments, the senator said he would \"not be distracted by insults.\"",
			[]want{{pipeline.Indirect, "the Texas senator's campaign had been lying about his record on ethanol", "Trump", "Donald Trump", "said"},
				{di, "not be distracted by insults.", "the senator", "Ted Cruz", "said"}}},
		{"\"the company\" is the organization of its own sentence before one of the sentence before",
			"Carl Szabo, general counsel of NetChoice, a trade group whose members include Google and Facebook, called it \"a solution in search of a problem.\"\n\n" +
				"Facebook declined to comment. A Google spokeswoman pointed to a blog post in which the company argued that its services are free and popular.",
			[]want{{di, "a solution in search of a problem.", "Carl Szabo", "", "called"},
				{pipeline.Indirect, "its services are free and popular", "the company", "Google", "argued"}}},
		{"and with two there, no one",
			"Facebook declined to comment. A Google spokeswoman said Apple had not called, and the company argued that its services are free.",
			[]want{{pipeline.Indirect, "Apple had not called", "A Google spokeswoman", "", "said"},
				{pipeline.Indirect, "its services are free", "the company", "", "argued"}}},
		{"\"both men\" are no man and a woman (review12's finding)",
			"Mr. Tom Reyes met Ms. Ana Ortiz on Monday in Salem. He spoke first and she spoke last.\n\n\"We agree on the levy,\" both men said.",
			[]want{{di, "We agree on the levy,", "both men", "", "said"}}},
		{"nor \"the two women\"",
			"Mr. Tom Reyes met Ms. Ana Ortiz on Monday in Salem. He spoke first and she spoke last.\n\n\"We agree on the levy,\" the two women said.",
			[]want{{di, "We agree on the levy,", "the two women", "", "said"}}},
		{"while \"both candidates\" are the two",
			"Mr. Tom Reyes met Ms. Ana Ortiz on Monday in Salem. He spoke first and she spoke last.\n\n\"We agree on the levy,\" both candidates said.",
			[]want{{di, "We agree on the levy,", "both candidates", "Tom Reyes and Ana Ortiz", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
