package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession12 checks speakers found by probing invented
// articles in session 12 (docs/quotes.md, "History (session 12, lead)").
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
