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
		{"... not when two reporters ask",
			"Mayor Dana Voss took office in May. Her rival, Paul Stein, called her plan \"a tax by another name.\" Voss spoke with Gazette reporter Tom Reyes and Herald columnist Ann Lowe.\n\nQ: Will you raise taxes?\n\nA: Not this year.",
			[]want{{d, "a tax by another name.", "Paul Stein", "", "called"},
				{d, "Will you raise taxes?", "Q", "", ""},
				{d, "Not this year.", "A", "Dana Voss", ""}}},
		{"a passive naming cue's agent speaks, not the quote before's speaker",
			"Anna Berg was a Swedish poet. In her diary she wrote: \"I will never live anywhere but the coast.\" She has been described by the critic Carl Lind as \"the finest poet of her generation in the north.\"",
			[]want{{d, "I will never live anywhere but the coast.", "she", "Anna Berg", "wrote"},
				{d, "the finest poet of her generation in the north.", "the critic Carl Lind", "Carl Lind", "described"}}},
		{"... also with no quote before",
			"Tomas Vik was a Norwegian painter. He was described by one critic as \"a man who painted the weather and nothing else.\"",
			[]want{{d, "a man who painted the weather and nothing else.", "one critic", "", "described"}}},
		{"according to a role, and a name in apposition: the name is the source",
			"According to his lawyer, Sam Reed, the charges against the builder were dropped in March.",
			[]want{{pipeline.Indirect, "the charges against the builder were dropped in March", "Sam Reed", "", "According to"}}},
		{"... a biographer is a role",
			"According to her biographer, Ruth Amsel, the singer kept every letter she was sent.",
			[]want{{pipeline.Indirect, "the singer kept every letter she was sent", "Ruth Amsel", "", "According to"}}},
		{"a reviewer is a role", "Tomas Vik was a Norwegian painter. He was described by one reviewer as \"a man who painted the weather and nothing else.\"",
			[]want{{d, "a man who painted the weather and nothing else.", "one reviewer", "", "described"}}},
		{"a biography's he is its subject after another man quoted the paragraph before, not a man named just before",
			"Victor Lemaire\n\nVictor Lemaire (born 1950) is a French engineer. Lemaire built bridges in Lyon. Lemaire retired in 2015.\n\nThe minister, Paul Girard, praised him, saying that Lemaire had \"changed how the country crosses rivers.\"\n\nHe later taught in Grenoble. At a hearing in 2018 he said that the bridge had been safe.\n\nHis son Marc Lemaire runs the firm. In an interview, he said that the firm would grow.",
			[]want{{d, "changed how the country crosses rivers.", "Paul Girard", "", "saying"},
				{pipeline.Indirect, "the bridge had been safe", "he", "Victor Lemaire", "said"},
				{pipeline.Indirect, "the firm would grow", "he", "Marc Lemaire", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestHouseStyles7Reports holds invented sentences of biographies whose
// verbs take a plain object that names a work or an event: no report; the
// same verbs with a clause still report.
func TestHouseStyles7Reports(t *testing.T) {
	ind := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"wrote works, answered questions, announced a retirement",
			"Lena Sorvino wrote four novels in the 1990s and taught at the college. She answered questions from readers for an hour. In 2011 she announced her retirement from teaching.",
			nil},
		{"a work before a coordinated verb", "Ray Osei wrote a memoir about the war and later ran a bakery.", nil},
		{"the same verbs with a clause", "Lena Sorvino wrote that the novel was finished. In 2011 she announced that she would retire.",
			[]want{{ind, "the novel was finished", "Lena Sorvino", "", "wrote"},
				{ind, "she would retire", "she", "Lena Sorvino", "announced"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestHouseStyles7Turns holds invented interviews whose turns are labelled
// with names in running case; a lone label, or one label used twice, stays
// prose.
func TestHouseStyles7Turns(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a paper's label and the interviewee's surname",
			"Nadia Roux ran the city marathon for 30 years. She spoke with Harbour Times reporter Lee Garvey.\n\nHarbour Times: What made you start running?\n\nRoux: A bet with my brother. I lost it.\n\nHarbour Times: And why stop now?\n\nRoux: My knees asked me to.",
			[]want{{d, "What made you start running?", "Harbour Times", "Lee Garvey", ""},
				{d, "A bet with my brother. I lost it.", "Roux", "Nadia Roux", ""},
				{d, "And why stop now?", "Harbour Times", "Lee Garvey", ""},
				{d, "My knees asked me to.", "Roux", "Nadia Roux", ""}}},
		{"a tally by candidate is no interview",
			"Delegates so far.\n\nLopez: 1,204.\n\nGrant: 988.\n\nLopez: 312.\n\nGrant: 277.",
			nil},
		{"one label twice is no interview",
			"The council met on Monday.\n\nUpdate: The vote was delayed.\n\nBackground: The plan dates from 2019.\n\nBackground: It was first rejected in 2020.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
