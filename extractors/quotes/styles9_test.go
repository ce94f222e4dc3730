package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestHouseStyles9Transcripts holds invented transcripts in the label forms
// fixtures/styles9 showed unread (docs/quotes.md "A ninth, blind set"); none
// is taken from that set's articles.
func TestHouseStyles9Transcripts(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"an earnings call's labels: a role after dashes, each label once or more",
			"Below is an edited transcript of the call.\n\n" +
				"Operator: Our first question comes from Dana Whitfield with Marlow Partners.\n\n" +
				"Dana Whitfield -- Marlow Partners -- Analyst: Good morning. Can you say more about the margin?\n\n" +
				"Omar Castillo -- Chief Financial Officer: Sure. Fuel costs fell faster than we planned.\n\n" +
				"Operator: Our next question comes from Leo Brandt.",
			[]want{{d, "Our first question comes from Dana Whitfield with Marlow Partners.", "Operator", "", ""},
				{d, "Good morning. Can you say more about the margin?", "Dana Whitfield", "", ""},
				{d, "Sure. Fuel costs fell faster than we planned.", "Omar Castillo", "", ""},
				{d, "Our next question comes from Leo Brandt.", "Operator", "", ""}}},
		{"a label whose title ends in a period (DR.), then a role after a comma",
			"The following is a transcript of the briefing.\n\n" +
				"DR. HELEN MARSH, STATE EPIDEMIOLOGIST: We have nine new cases today.\n\n" +
				"PAUL OKORO, FIRE CHIEF: The road will reopen at noon.\n\n" +
				"MARSH: Please stay home if you are sick.",
			[]want{{d, "We have nine new cases today.", "DR. HELEN MARSH", "HELEN MARSH", ""},
				{d, "The road will reopen at noon.", "PAUL OKORO", "", ""},
				{d, "Please stay home if you are sick.", "MARSH", "HELEN MARSH", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
