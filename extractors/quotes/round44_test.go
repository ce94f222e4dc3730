package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakersRound44 holds invented sentences for the speakers that
// docs/quotes-history.md, "History (round 44: speakers)", changed.
func TestSpeakersRound44(t *testing.T) {
	in, d := pipeline.Indirect, pipeline.Direct
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
		{"a plural role before two names introduces both: the description goes to one of them",
			"Jane Miller doesn't recognize the governor as the man she used to know.\n\n" +
				"In an interview with radio hosts Tom Reyes and Ana Ortiz, the Democratic candidate said the governor's comments do not “fit with what I thought I knew about him.”\n\n" +
				"Miller and her husband went to the governor's wedding in 2005. She has since said that she went because she thought it would be fun — something Reyes could understand.\n\n" +
				"“I said the same thing last week, and I still think it,” the host said.",
			[]want{{d, "fit with what I thought I knew about him.", "the Democratic candidate", "Jane Miller", "said"},
				{in, "she went because she thought it would be fun", "She", "Jane Miller", "said"},
				{d, "I said the same thing last week, and I still think it,", "the host", "Tom Reyes", "said"}}},
		{"a they after a he and his partner that open its sentence is the pair, not a group before",
			"Tom Reyes said the parade was safe. For the first time, attendees had to pass through checkpoints. He and his partner came to the parade, and they said, “We will not hide from anyone.”",
			[]want{{in, "the parade was safe", "Tom Reyes", "", "said"},
				{d, "We will not hide from anyone.", "they", "Tom Reyes and his partner", "said"}}},
		{"the same after a name and her partner",
			"Ana Ortiz said the parade was safe. For the first time, attendees had to pass through checkpoints. Ortiz and her wife came to the parade, and they said, “We will not hide from anyone.”",
			[]want{{in, "the parade was safe", "Ana Ortiz", "", "said"},
				{d, "We will not hide from anyone.", "they", "Ana Ortiz and her wife", "said"}}},
		{"a possessed noun and was with a comma: the possessor's words",
			"He studied under Tom Reyes, the legendary reporter; Reyes’s dictum to his interns (repeated to me over the years) was, “It’s not a good story if you don’t get a death threat.”",
			[]want{{d, "It’s not a good story if you don’t get a death threat.", "Reyes", "Tom Reyes", "was"}}},
		{"a possessive pronoun's noun, an aside, and was that",
			"At the time, Tom Reyes said the race was close. His assumption, confidently stated on live TV, was that \"as voters get more educated,\" they would come to him.",
			[]want{{in, "the race was close", "Tom Reyes", "", "said"},
				{d, "as voters get more educated,", "His", "Tom Reyes", "was"}}},
		{"a name's noun, a prepositional phrase, and was that with a subject before the quote",
			"Reyes’s catch phrase in that election against Crist was that Crist “would say or do anything to win an election.”",
			[]want{{d, "would say or do anything to win an election.", "Reyes", "", "was"}}},
		// Cases that must stay.
		{"a thing's possessed noun and was give no one's words",
			"The city’s motto is, “Forward, always forward, never back again.”",
			nil},
		{"a cue between the possessor and was keeps its own speaker",
			"Reyes’s campaign said its plan was that “taxes would fall for everyone next year.”",
			[]want{{d, "taxes would fall for everyone next year.", "Reyes’s campaign", "Reyes's campaign", "said"}}},
		{"a they after a group that opens its sentence stays the group",
			"Tom Reyes said the parade was safe. The marchers came to the parade, and they said, “We will not hide from anyone.”",
			[]want{{in, "the parade was safe", "Tom Reyes", "", "said"},
				{d, "We will not hide from anyone.", "they", "The marchers", "said"}}},
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
