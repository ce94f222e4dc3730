package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestHouseStyles7Resolution holds invented sentences for the speakers of
// interviews and encyclopedic biographies that fixtures/styles7 showed
// misnamed (docs/quotes.md "A seventh, blind set"); none is taken from that
// set's articles.
func TestHouseStyles7Resolution(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"Q is the one the interview verb names, of several others",
			"Q&A: A ferry captain on storms\n\nCaptain Ines Porter has run the island ferry for 20 years. Her deckhand, Joel Amsel, says she \"has never missed a sailing in fog.\" Porter talked to the Island Herald's Carl Bright about the winter.\n\nQ: What is the worst crossing you remember?\n\nA: January 2009. The waves came over the bridge.",
			[]want{{d, "has never missed a sailing in fog.", "Joel Amsel", "", "says"},
				{d, "What is the worst crossing you remember?", "Q", "Carl Bright", ""},
				{d, "January 2009. The waves came over the bridge.", "A", "Ines Porter", ""}}},
		{"... also after sat down with",
			"Mayor Dana Voss took office in May. Her rival, Paul Stein, called her plan \"a tax by another name.\" Voss sat down with Tom Reyes of the Gazette.\n\nQ: Will you raise taxes?\n\nA: Not this year.",
			[]want{{d, "a tax by another name.", "Paul Stein", "", "called"},
				{d, "Will you raise taxes?", "Q", "Tom Reyes", ""},
				{d, "Not this year.", "A", "Dana Voss", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
