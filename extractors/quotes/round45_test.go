package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound45 holds invented sentences for the reported
// speech that docs/quotes-history.md, "History (round 45: reported speech)",
// changed.
func TestReportedSpeechRound45(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"some and a relative clause before a base form",
			"But some who advocate free speech argue that relying on the platforms is dangerous.",
			[]want{{in, "relying on the platforms is dangerous", "some who advocate free speech", "", "argue"}}},
		{"those and a long relative clause after an opening adverb",
			"Even those who have sketched out paths for the mayor to win acknowledge that they are narrow.",
			[]want{{in, "they are narrow", "those who have sketched out paths for the mayor to win", "", "acknowledge"}}},
		{"those and a phrase of place after a fronted clause",
			"Although the mayor is healthy, those around him acknowledge that a third term seems improbable.",
			[]want{{in, "a third term seems improbable", "those around him", "", "acknowledge"}}},
		{"most of those and a phrase, before a base form",
			"Most of those in the city's youngest generation predict they will earn more than their parents.",
			[]want{{in, "they will earn more than their parents", "Most of those in the city's youngest generation", "", "predict"}}},
		{"those and a relative clause before a past form",
			"Those who know the mayor said she would run again.",
			[]want{{in, "she would run again", "Those who know the mayor", "", "said"}}},
		{"many in a group, not the group",
			"Many in the crowd said the senator was the only candidate they trusted.",
			[]want{{in, "the senator was the only candidate they trusted", "Many in the crowd", "", "said"}}},
		{"the relative clause's object is not the speaker",
			"Even those who back her rivals say the coverage has hurt her.",
			[]want{{in, "the coverage has hurt her", "those who back her rivals", "", "say"}}},
		{"an adverb before the cue stays out of the subject",
			"Many who voted for him in the primary now say they regret it.",
			[]want{{in, "they regret it", "Many who voted for him in the primary", "", "say"}}},
		{"some in the party as a hearer is no subject",
			"The mayor told some in the party that she would run.",
			[]want{{in, "she would run", "The mayor", "", "told"}}},
		{"the last of a list joined by and is not taken alone with its relative clause",
			"Hawkins and others who want to ban the practice said the ruling makes the choice starker.",
			[]want{{in, "the ruling makes the choice starker", "others", "", "said"}}},
		{"some of a group stays the noun phrase rules' subject",
			"Some of the women said they had spoken out at the hearings.",
			[]want{{in, "they had spoken out at the hearings", "Some of the women", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
