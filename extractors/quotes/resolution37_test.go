package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound37 checks the rules of round 37 (docs/quotes.md,
// "History (round 37: pooled resolution errors)"): mechanisms that recur
// across the thirteen hand-resolved samples. The sentences are invented.
func TestResolutionRound37(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"'the person' after an unnamed source's quote, a paragraph on, is that source",
			"“We have a long way to go,” said a longtime adviser to the mayor, who asked not to be named.\n\n“The budget is the last hurdle for her,” the person added.",
			[]want{{d, "We have a long way to go,", "a longtime adviser to the mayor", "", "said"},
				{d, "The budget is the last hurdle for her,", "the person", "a longtime adviser to the mayor", "added"}}},
		{"and in the next sentence after 'Another source …'",
			"Another source close to the governor said, “She will sign it by Friday.” Later, the person added, “Nobody in the office expects a veto.”",
			[]want{{d, "She will sign it by Friday.", "Another source close to the governor", "", "said"},
				{d, "Nobody in the office expects a veto.", "the person", "Another source close to the governor", "added"}}},
		{"but not when a source of its own word was brought in between",
			"“The files were moved in May,” said one official who asked not to be named.\n\nAsked to confirm it, a second intelligence source did so with a caveat: “He is one of many,” the source said.",
			[]want{{d, "The files were moved in May,", "one official", "", "said"},
				{d, "He is one of many,", "the source", "a second intelligence source", "said"}}},
		{"a they left as written: the two people the two sentences before are about, one each",
			"Ravi Mehta, a dentist, is a member of the mayor's council and the head of Hindus for Lee. His friend Omar Qureshi started Muslims for Lee. They say that critics have twisted the mayor's words.",
			[]want{{in, "critics have twisted the mayor's words", "They", "Ravi Mehta and Omar Qureshi", "say"}}},
		{"but not when one of the two sentences is about no one named",
			"Ravi Mehta, a dentist, is a member of the mayor's council and the head of Hindus for Lee. He started the group in 2010. They say that critics have twisted the mayor's words.",
			[]want{{in, "critics have twisted the mayor's words", "They", "", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
