package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerMentionsRound40 checks the rules of round 40 (docs/quotes-history.md,
// "History (round 40: speaker mentions)"): the wrong mention taken as the
// speaker, in shapes that recur across the fourteen hand-resolved samples
// and PolNeAR train. The sentences are invented.
func TestSpeakerMentionsRound40(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a report its sentence closes with 'according to X' is X's (the outer source)",
			"Gov. Tom Reyes said he would have fired the aide, according to press accounts.",
			[]want{{in, "he would have fired the aide", "press accounts", "", "according to"}}},
		{"and with ', X reported' and a time after it",
			"Mayor Ann Cole told investigators she had never seen the memo, the Daily Ledger reported late Thursday.",
			[]want{{in, "Mayor Ann Cole told investigators she had never seen the memo", "the Daily Ledger", "Daily Ledger", "reported"}}},
		{"but not a source the sentence gives as a pronoun",
			"Gov. Tom Reyes said he would have fired the aide, according to him.",
			[]want{{in, "he would have fired the aide", "Gov. Tom Reyes", "Tom Reyes", "said"}}},
		{"a verb joined to a subordinate clause's verb shares that clause's subject",
			"Some in the audience cheered, and when Lopez thanked the volunteers and said the count was fair, a man shouted at her.",
			[]want{{in, "the count was fair", "Lopez", "", "said"}}},
		{"past the subject's appositive and a quote",
			"Gov. Tom Reyes on Monday signed the order, while Ann Cole, the state treasurer, proposed a \"pause for now\" and said the budget could not bear it.",
			[]want{{in, "the budget could not bear it", "Ann Cole", "", "said"}}},
		{"and for a direct quote",
			"Col. Mark Hale started the argument when he brought up the strike and later said, “It is not just one side that is shooting.”",
			[]want{{d, "It is not just one side that is shooting.", "he", "Mark Hale", "said"}}},
		{"but not a parenthesis's clause",
			"The break was complete when Reyes in his speech called the plan a fraud (although he allowed that parts were good) and said the state would end it.",
			[]want{{in, "the state would end it", "Reyes", "", "said"}}},
		{"nor a subordinate clause a comma closes",
			"Reyes spoke while the crowd waited, and said the plan was dead.",
			[]want{{in, "the plan was dead", "Reyes", "", "said"}}},
		{"a possessor's phrase opening the sentence is the coordinated verb's subject, not the possessor",
			"(Lopez's spokeswoman disputed the claim that Lopez had ever \"attacked\" the mayor, and said she \"will work with anyone who wins the race.\")",
			[]want{{d, "attacked", "Lopez's spokeswoman", "", ""},
				{d, "will work with anyone who wins the race.", "Lopez's spokeswoman", "", "said"}}},
		{"the last clause's subject after ', and', a description in apposition before the name",
			"In the days before Reyes's scheduled visit to the city, a group of pastors called for a boycott, and the regional civil rights group the Fair Housing League denounced his record and said it would return his donations.",
			[]want{{in, "it would return his donations", "the Fair Housing League", "Fair Housing League", "said"}}},
		{"a post's phrase between the subject and its verb",
			"Ann Cole in a Medium post said she would cut the budget.",
			[]want{{in, "she would cut the budget", "Ann Cole", "", "said"}}},
		{"but a paper named Post is the subject",
			"The Valley Post said the budget would be cut.",
			[]want{{in, "the budget would be cut", "The Valley Post", "Valley Post", "said"}}},
		{"'this past week' between the subject and its verb",
			"Tom Reyes, the party chairman, this past week announced the creation of a website for delegates.",
			[]want{{in, "the creation of a website for delegates", "Tom Reyes", "", "announced"}}},
		{"a participle and its day after the subject",
			"A news report published Wednesday said the minister used a personal email account.",
			[]want{{in, "the minister used a personal email account", "A news report", "", "said"}}},
		{"a share with its approximator after 'with' before a participle",
			"Among Democrats, about two-thirds of the voters described themselves as liberals with about three in 10 saying they are very liberal.",
			[]want{{in, "they are very liberal", "about three in 10", "", "saying"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
