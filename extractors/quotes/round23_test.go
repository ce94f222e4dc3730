package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound23 holds invented sentences for the reported
// speech of round 23 (docs/quotes.md, "History (round 23: reported
// speech)"): plain objects of a cue that are no words said, and the
// reports next to them that stay.
func TestReportedSpeechRound23(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a novel written is no report", "She wrote a novel about her childhood in Ohio.", nil},
		{"a book written, before a relative clause", "The former guard has written a book in which he describes the mayor's temper.", nil},
		{"questions answered are no report", "The senator answered five questions.", nil},
		{"questions from reporters", "The senator answered questions from reporters for an hour.", nil},
		{"a question asked, its words not given", "She tried to ask the mayor a question about the budget.", nil},
		{"a photograph tweeted", "Fields later tweeted a photograph of her bruised forearm.", nil},
		{"a lead maintained", "In the Democratic race, Sanders maintained his double-digit lead over Clinton.", nil},
		{"said nothing", "Smith said nothing about the plan.", nil},
		{"would say little", "The chief, who has seen the files, would say little about their content.", nil},
		{"add up to: a sum", "In all, those promises add up to more than $8.5 million.", nil},
		{"the story told", "He told the story of his grandfather's farm.", nil},
		{"a question that holds its words stays", "He answered the question of what he would do with the money.",
			[]want{{in, "the question of what he would do with the money", "He", "", "answered"}}},
		{"a photo as the subject of a reported clause stays", "She says the photo of her son would have made her cry.",
			[]want{{in, "the photo of her son would have made her cry", "She", "", "says"}}},
		{"nothing as the subject of a reported clause stays", "Smith said nothing had changed since the vote.",
			[]want{{in, "nothing had changed since the vote", "Smith", "", "said"}}},
		{"a clause after they and a verb stays", "A member of the family suggested they tweet a picture of the lunch.",
			[]want{{in, "they tweet a picture of the lunch", "A member of the family", "", "suggested"}}},
		{"a compound noun is no head", "He said the video game industry was growing.",
			[]want{{in, "the video game industry was growing", "He", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
