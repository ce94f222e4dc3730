package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakersRound44 holds invented sentences for the speakers that
// docs/quotes.md, "History (round 44: speakers)", changed.
func TestSpeakersRound44(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a past form after an adverb in -ly is the verb, not the relative clause's antecedent",
			"The governor angrily rebuked reporters who say the budget is late.",
			[]want{{in, "the budget is late", "who", "reporters", "say"}}},
		{"a participle after a relative clause in the object hangs on the main clause",
			"The mayor sharply criticized residents who say she should condemn the plan, saying the park is safe.",
			[]want{{in, "she should condemn the plan", "who", "residents", "say"},
				{in, "the park is safe", "The mayor", "", "saying"}}},
		{"the same with an as that is a preposition, and a quote's comma",
			"The mayor criticized residents who say she should describe the park as “unsafe,” saying the park is safe.",
			[]want{{in, "she should describe the park as “unsafe,”", "who", "residents", "say"},
				{in, "the park is safe", "The mayor", "", "saying"}}},
		{"a possessor's noun cue is no verb of the clause a participle hangs on",
			"The mayor blamed the press for repeating the governor's claim that the park was unsafe, saying reporters had never visited it.",
			[]want{{in, "the park was unsafe", "the governor", "", "claim"},
				{in, "reporters had never visited it", "The mayor", "", "saying"}}},
		// Cases that must stay.
		{"an adverb in -ly after a determiner stays in the phrase",
			"A newly elected senator said the park was unsafe.",
			[]want{{in, "the park was unsafe", "A newly elected senator", "", "said"}}},
		{"a participle after a plain report is still its speaker's",
			"The mayor said the park was unsafe, adding that it would close in May.",
			[]want{{in, "the park was unsafe", "The mayor", "", "said"},
				{in, "it would close in May", "The mayor", "", "adding"}}},
		{"a subordinate as clause still keeps its own subject",
			"The mayor spoke as protesters interrupted her, saying the park was unsafe.",
			[]want{{in, "the park was unsafe", "protesters", "", "saying"}}},
		{"a possessive before a noun subject stays in the phrase",
			"The governor's spokesman said the park was unsafe.",
			[]want{{in, "the park was unsafe", "The governor's spokesman", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
