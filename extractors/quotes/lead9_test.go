package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession9 checks speaker phrases found by probing
// invented articles in session 9 (docs/quotes.md, "History (session 9,
// lead)"). The sentences are invented.
func TestSpeakerPhrasesSession9(t *testing.T) {
	di, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a partitive aside after a description's complement",
			"A spokeswoman for Harbor Freight Lines, one of the carriers involved, said the ships would be rerouted.",
			[]want{{in, "the ships would be rerouted", "A spokeswoman for Harbor Freight Lines", "", "said"}}},
		{"a possessive two-word office before the description",
			"The prime minister's spokesman said the talks would resume on Friday.",
			[]want{{in, "the talks would resume on Friday", "The prime minister's spokesman", "", "said"}}},
		{"a possessive two-word office and an adjective before the description",
			"The foreign minister's official spokeswoman said the talks would resume on Friday.",
			[]want{{in, "the talks would resume on Friday", "The foreign minister's official spokeswoman", "", "said"}}},
		{"according to data released by an organization",
			"According to data released by the Labor Department on Friday, wages rose by 4 percent.",
			[]want{{in, "wages rose by 4 percent", "data released by the Labor Department", "", "According to"}}},
		{"according to figures from an organization",
			"According to figures from the health service, waiting lists grew by a fifth.",
			[]want{{in, "waiting lists grew by a fifth", "figures from the health service", "", "According to"}}},
		{"an epithet after a sentence that sets up the quote names that sentence's subject",
			"The council met on Tuesday.\n\nHer rival, Tom Ellery, was unimpressed. “It is money already promised,” the Labour frontbencher said.",
			[]want{{di, "It is money already promised,", "the Labour frontbencher", "Tom Ellery", "said"}}},
		{"and a linking verb with a short complement, another epithet",
			"The vote is on Friday.\n\nThe senator's chief of staff, Amy Ruiz, was more blunt. “We will not vote for it,” the veteran aide said.",
			[]want{{di, "We will not vote for it,", "the veteran aide", "Amy Ruiz", "said"}}},
		{"a verb of disagreement sets up the quote too",
			"The vote is on Friday.\n\nTom Ellery disagreed. “It is money already promised,” the former minister said.",
			[]want{{di, "It is money already promised,", "the former minister", "Tom Ellery", "said"}}},
		{"a sentence that tells what its subject did sets up nobody's quote",
			"The trial opened on Monday.\n\nTom Ellery sat quietly. “He showed no remorse,” the prosecutor said.",
			[]want{{di, "He showed no remorse,", "the prosecutor", "", "said"}}},
		{"nor does one whose subject's sex the description contradicts",
			"The trial opened on Monday.\n\nMr. Tom Ellery was unimpressed. “He showed no remorse,” the spokeswoman said.",
			[]want{{di, "He showed no remorse,", "the spokeswoman", "", "said"}}},
		{"a possessor's description names the spokesperson's principal",
			"David Cameron spoke in London on Monday.\n\nThe prime minister's spokesman said the talks would resume on Friday.",
			[]want{{in, "the talks would resume on Friday", "The prime minister's spokesman", "David Cameron's spokesman", "said"}}},
		{"and so does a possessive pronoun",
			"Senator Alan Grayson spoke on Monday.\n\nHis spokeswoman said the bill would pass.",
			[]want{{in, "the bill would pass", "His spokeswoman", "Alan Grayson's spokeswoman", "said"}}},
		{"and a surname's possessive",
			"Senator Alan Grayson spoke on Monday.\n\nGrayson's spokeswoman said the bill would pass.",
			[]want{{in, "the bill would pass", "Grayson's spokeswoman", "Alan Grayson's spokeswoman", "said"}}},
		{"an organization's spokesperson keeps the words",
			"Acme Corp. opened a plant on Monday.\n\nThe company's spokeswoman said the plant would hire 200 people.",
			[]want{{in, "the plant would hire 200 people", "The company's spokeswoman", "", "said"}}},
		{"a spokesperson the article named keeps the name",
			"Rep. Tom Gowan spoke on Monday.\n\n“We disagree,” Gowan spokesman Jamal Reed said.\n\nThe congressman's spokesman also said the committee had done nothing wrong.",
			[]want{{di, "We disagree,", "Gowan spokesman Jamal Reed", "Jamal Reed", "said"},
				{in, "the committee had done nothing wrong", "The congressman's spokesman", "Jamal Reed", "said"}}},
		{"an unnamed official stays unnamed when the next paragraph names another official",
			"Talks stalled on Sunday.\n\nAn Egyptian official, who spoke on condition of anonymity, said the mediators would try again. “There is still a chance,” the official said.\n\nA senior Hamas official, Basem Naim, told Reuters the group had accepted the proposal.",
			[]want{{in, "the mediators would try again", "An Egyptian official", "", "said"},
				{di, "There is still a chance,", "the official", "An Egyptian official", "said"},
				{in, "the group had accepted the proposal", "Basem Naim", "", "told"}}},
		{"a lower-case possessor after a name's possessive",
			"Israel's prime minister's office said in a statement that the offer had been rejected.",
			[]want{{in, "the offer had been rejected", "Israel's prime minister's office", "", "said"}}},
		{"a given name alone and the full name later are one person",
			"The Alvarez family has grown almonds for three generations.\n\nHis daughter, Elena, who manages the books, was blunt. “We're burning cash,” she said.\n\nElena Alvarez said she still hopes to take over the farm.",
			[]want{{di, "We're burning cash,", "she", "Elena Alvarez", "said"},
				{in, "she still hopes to take over the farm", "Elena Alvarez", "", "said"}}},
		{"and the full name first",
			"Elena Alvarez manages the books.\n\nHer father said the wells were dry. Elena said she still hopes to take over the farm.",
			[]want{{in, "the wells were dry", "Her father", "", "said"},
				{in, "she still hopes to take over the farm", "Elena", "Elena Alvarez", "said"}}},
		{"not when two people have that given name",
			"Elena Alvarez and Elena Ruiz run the farm.\n\nElena said she still hopes to buy it.",
			[]want{{in, "she still hopes to buy it", "Elena", "", "said"}}},
		{"a person's name between commas after a place is the subject, whatever its given name",
			"The mayor of Kyiv, Vitali Klitschko, said that rescue teams were still searching the rubble.",
			[]want{{in, "rescue teams were still searching the rubble", "Vitali Klitschko", "", "said"}}},
		{"a reported clause ends before the description a closing name is in apposition to",
			"Rescue teams were still searching the rubble, the city's mayor, Vitali Klitschko, said on Monday.",
			[]want{{in, "Rescue teams were still searching the rubble", "Vitali Klitschko", "", "said"}}},
		{"a subject closed by its appositive's comma before told is no inverted speaker",
			"Rescue teams were still searching the rubble, the mayor, John Smith, told reporters.",
			[]want{{in, "Rescue teams were still searching the rubble", "John Smith", "", "told"}}},
		{"nor one whose appositive follows it",
			"Rescue teams were still searching the rubble, Smith, the mayor, told reporters.",
			[]want{{in, "Rescue teams were still searching the rubble", "Smith", "", "told"}}},
		{"a term after so-called is the writer's, no one's quote",
			"Syrian President Bashar al-Assad faced a revolt in 2011.\n\nUnlike what happened in Egypt, Assad, aided by the Russians and opposed by the U.S., held on – even as the United States was giving weapons to the so-called “rebels” that would find their way to other groups.",
			nil},
		{"a report ends before but and a subject with its appositive that reports too",
			"Mark Feller said he supports the plan, but his spokeswoman, Tina Lowe, said that the governor wanted to review it.",
			[]want{{in, "he supports the plan", "Mark Feller", "", "said"},
				{in, "the governor wanted to review it", "Tina Lowe", "", "said"}}},
		{"superintendent is a role before a name, not part of it",
			"Superintendent Robert Kline said the district would review its policy next year.\n\nThe superintendent said the review would take three months.",
			[]want{{in, "the district would review its policy next year", "Superintendent Robert Kline", "Robert Kline", "said"},
				{in, "the review would take three months", "The superintendent", "Robert Kline", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
