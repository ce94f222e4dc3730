package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound26 checks the rules of round 26 (docs/quotes-history.md,
// "History (round 26)"): mechanisms earlier rounds noticed and left alone.
// The sentences are invented.
func TestResolutionRound26(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a they with a curly ’ve is a pronoun",
			"Economists at the central bank met on Tuesday. They’ve said the plan would fail.",
			[]want{{in, "the plan would fail", "They’ve", "Economists", "said"}}},
		{"and with a straight 'd",
			"Economists at the central bank met on Tuesday. They'd said the plan would fail.",
			[]want{{in, "the plan would fail", "They'd", "Economists", "said"}}},
		{"a she'd is the woman named before",
			"Mary Smith spoke on Monday. She’d said the plan would fail.",
			[]want{{in, "the plan would fail", "She’d", "Mary Smith", "said"}}},
		{"a digest item's source stands after its heading's dash",
			"The weekly digest follows.\n\nFARM INCOMES FALL FOR THE THIRD YEAR - Mary P. Holden: “Farm incomes fell again in 2015, and the drop was steepest in the Midwest.”",
			[]want{{pipeline.Direct, "Farm incomes fell again in 2015, and the drop was steepest in the Midwest.", "Mary P. Holden", "", ""}}},
		{"and a follow-on item's source after More from",
			"The weekly digest follows.\n\nFARM INCOMES FALL FOR THE THIRD YEAR - Mary P. Holden: “Farm incomes fell again in 2015.”\n\nWhat that means for the state - More from Holden: “The drop was steepest in the Midwest.”",
			[]want{{pipeline.Direct, "Farm incomes fell again in 2015.", "Mary P. Holden", "", ""},
				{pipeline.Direct, "The drop was steepest in the Midwest.", "Holden", "Mary P. Holden", ""}}},
		{"a demonstrative that opens the speaker's description is kept",
			"A county official spoke at the meeting. That person said the vote count was wrong.",
			[]want{{in, "the vote count was wrong", "That person", "", "said"}}},
		{"and it names the unnamed speaker of the sentence before",
			"The mayor will change how he treats the council, a source close to him said. That person said the budget fight had hurt him.",
			[]want{{in, "The mayor will change how he treats the council", "a source close to him", "", "said"},
				{in, "the budget fight had hurt him", "That person", "a source close to him", "said"}}},
		{"a lone determiner before an aside: the aside is the speaker",
			"Two men were waiting outside the store. Another, a shop owner, said the road had been closed for weeks.",
			[]want{{in, "the road had been closed for weeks", "a shop owner", "", "said"}}},
		{"and before a direct quote",
			"Many residents came to the hearing. Another, a retired nurse, said, “Nobody told us.”",
			[]want{{pipeline.Direct, "Nobody told us.", "a retired nurse", "", "said"}}},
		{"a titled person whose surname is a newspaper's word keeps his he and his title",
			"Atlantic City Mayor Don Guardian spoke to reporters on Monday. He said the casino would close. The mayor said the state was to blame.",
			[]want{{in, "the casino would close", "He", "Don Guardian", "said"},
				{in, "the state was to blame", "The mayor", "Don Guardian", "said"}}},
		{"and his surname alone names him",
			"“At this point, I don’t think the casino will close,\" said Atlantic City Mayor Don Guardian in an interview. \"We’ve made mistakes.”\n\nGuardian said the state was to blame.\n\n“The state is to blame,” Guardian said.",
			[]want{{pipeline.Direct, "At this point, I don’t think the casino will close,", "Atlantic City Mayor Don Guardian", "Don Guardian", "said"},
				{pipeline.Direct, "We’ve made mistakes.", "Atlantic City Mayor Don Guardian", "Don Guardian", ""},
				{in, "the state was to blame", "Guardian", "Don Guardian", "said"},
				{pipeline.Direct, "The state is to blame,", "Guardian", "Don Guardian", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
