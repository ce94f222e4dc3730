package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound21 checks the rules of round 21 (docs/quotes-history.md,
// "History (round 21)"): the wrong mention taken as the speaker. The
// sentences are invented.
func TestResolutionRound21(t *testing.T) {
	di, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a participle after a said-clause hangs on the one who said, not the clause's subject",
			"The mayor spoke at the harbor on Monday.\n\nReyes said the city's situation reminds him of the flood year, explaining, “We rebuilt then and we will rebuild now.”",
			[]want{{in, "the city's situation reminds him of the flood year", "Reyes", "", "said"},
				{di, "We rebuilt then and we will rebuild now.", "Reyes", "", "explaining"}}},
		{"and after said that",
			"The mayor spoke at the harbor on Monday.\n\nReyes said that the city's situation reminds him of the flood year, explaining, “We rebuilt then and we will rebuild now.”",
			[]want{{in, "the city's situation reminds him of the flood year", "Reyes", "", "said"},
				{di, "We rebuilt then and we will rebuild now.", "Reyes", "", "explaining"}}},
		{"and with a quoted title between",
			"Tom Reyes, the former mayor, praised Jim Cole on Monday.\n\n\"He cared about the valley,\" Reyes said.\n\nReyes said Cole's situation reminds him of the 1931 novel titled \"The Long Flood,\" explaining, \"because what could have been, we all lament.\"",
			[]want{{di, "He cared about the valley,", "Reyes", "Tom Reyes", "said"}, {in, "Cole's situation reminds him of the 1931 novel titled \"The Long Flood,\"", "Reyes", "Tom Reyes", "said"}, {di, "because what could have been, we all lament.", "Reyes", "Tom Reyes", "explaining"}}},
		{"and with a quote taken for a title between, the participle is not the title's",
			"Tom Reyes, the former mayor, praised Jim Cole on Monday.\n\n\"He cared about the valley,\" Reyes said.\n\nReyes said Cole's situation reminds him of the 1931 book titled \"The Fall of Jim Cole,\" explaining, \"because what could have been and so there are sad sides to it, which we all regret.\"",
			[]want{{di, "He cared about the valley,", "Reyes", "Tom Reyes", "said"}, {di, "The Fall of Jim Cole,", "Reyes", "Tom Reyes", "said"}, {di, "because what could have been and so there are sad sides to it, which we all regret.", "Reyes", "Tom Reyes", "explaining"}}},
		{"X was asked by Y: the question is the one who asked",
			"Jim Cole spoke on the radio on Friday.\n\nCole was asked by host Ann Fox, who is supporting Cole but has dismissed the levy story, “Now, you said the levy was a mistake. Do you still think so?”",
			[]want{{di, "Now, you said the levy was a mistake. Do you still think so?", "host Ann Fox", "Ann Fox", "asked"}}},
		{"and the one asked stays the one the answer's description names",
			"Jim Cole and Tom Reyes debated the levy on Tuesday.\n\nCole was asked by radio host Ann Fox whether his plan, which the council estimates would cost $5 million a year, would risk “adding another burden to a strained budget.”\n\nThe Ohio senator’s answer was that “the most important thing in the county is the farm,” so the levy should help farms.",
			[]want{{di, "adding another burden to a strained budget.", "radio host Ann Fox", "Ann Fox", "asked"},
				{di, "the most important thing in the county is the farm,", "The Ohio senator", "Jim Cole", "answer"}}},
		{"a participle after a coordinated clause hangs on that clause's subject",
			"Farm groups say the new rules are less about safety than about cost, and the Ohio Farm Bureau has already sued the state over the rules, saying they “break the promise made to growers.”",
			[]want{{in, "the new rules are less about safety than about cost", "Farm groups", "", "say"},
				{di, "break the promise made to growers.", "the Ohio Farm Bureau", "Ohio Farm Bureau", "saying"}}},
		{"a participle after a relative clause in the object hangs on the sentence's subject, not the relative's",
			"Jim Cole, the governor, held his yearly news conference on Thursday.\n\nThis year, he rose to the defense of Tom Reyes, the embattled head of the state's port body, the Harbor Board, who is under investigation for fraud, saying Mr. Reyes should be given a medal.",
			[]want{{in, "Mr. Reyes should be given a medal", "he", "Jim Cole", "saying"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
