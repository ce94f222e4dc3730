package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound42 holds invented sentences for the reported
// speech that docs/quotes-history.md, "History (round 42: reported speech)",
// changed.
func TestReportedSpeechRound42(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"posted with a plain object puts up a thing, no words reported",
			"The mayor posted a message on her website moments after the polls closed.",
			nil},
		{"tweeted with a plain object names a thing",
			"The senator's campaign tweeted a video from an account that mocked his rival.",
			nil},
		{"mentioned with a plain object names a topic",
			"Several of his aides have mentioned Ohio as one place where he could help.",
			nil},
		{"echoed with a plain object refers to words without giving them",
			"Other council members echoed those comments at the meeting.",
			nil},
		{"expressed with a plain object is a feeling",
			"In talks with donors, the governor expressed astonishment at the handling of the budget.",
			nil},
		{"a plain object leaves the clause to the attribution after it",
			"The senator expressed doubts about the bridge, according to two aides.",
			[]want{{in, "The senator expressed doubts about the bridge", "two aides", "", "according to"}}},
		{"tweeted with that still reports the clause",
			"The mayor tweeted that the bridge would close in May.",
			[]want{{in, "the bridge would close in May", "The mayor", "", "tweeted"}}},
		{"tweeted with a subject and its verb still reports the clause",
			"The mayor tweeted the bridge would close in May.",
			[]want{{in, "the bridge would close in May", "The mayor", "", "tweeted"}}},
		{"add with a clause after a participle still reports it",
			"“We will win,” he vowed, adding he intended to work closely with the mayor.",
			[]want{{pipeline.Direct, "We will win,", "he", "", "vowed"},
				{in, "he intended to work closely with the mayor", "he", "", "adding"}}},
		{"a fronted subordinate clause ends at the comma inside a quote's closing mark",
			"While those surveyed said the mayor has the “best record,” the governor is the one voters trust most.",
			[]want{{in, "the mayor has the “best record,”", "those surveyed", "", "said"}}},
		{"after a subordinator with that, the same",
			"When the reporter pointed out that the senator calls the tax “unfair,” the mayor seized on the phrase.",
			[]want{{in, "the senator calls the tax “unfair,”", "the reporter", "", "pointed out"}}},
		{"a fronted subordinate clause still ends at a plain comma",
			"While those surveyed said the mayor has the best record, the governor is the one voters trust most.",
			[]want{{in, "the mayor has the best record", "those surveyed", "", "said"}}},
		{"a quote's comma in a report that opens the sentence goes on",
			"The mayor said the bridge was “a disgrace,” and the council agreed.",
			[]want{{in, "the bridge was “a disgrace,” and the council agreed", "The mayor", "", "said"}}},
		{"a participle after a quote whose comma is inside its marks reports its clause",
			"The senator told investors that fears about the bank were “overblown,” adding that its shares would recover.",
			[]want{{in, "fears about the bank were “overblown,”", "The senator", "", "told"},
				{in, "its shares would recover", "The senator", "", "adding"}}},
		{"the same after doubled apostrophes",
			"The mayor denounced the plan as ''a waste,'' saying it would cost the city $40 million.",
			[]want{{in, "it would cost the city $40 million", "The mayor", "", "saying"}}},
		{"a participle that is no cue after a quote's comma reports nothing",
			"The mayor called the bridge “unsafe,” sending the council into a panic.",
			[]want{{pipeline.Direct, "unsafe,", "The mayor", "", "called"}}},
		{"a place's state after its comma, between the hearer and that",
			"The senator told a town hall in Salem, New Hampshire on Monday that the tax was fine.",
			[]want{{in, "the tax was fine", "The senator", "", "told"}}},
		{"a place's state between two commas before that",
			"The senator said Sunday in Madison, Wisconsin, that he was hoping for a large turnout.",
			[]want{{in, "he was hoping for a large turnout", "The senator", "", "said"}}},
		{"a prepositional object before that, read by the noun phrase rules as a relative clause",
			"The senator told the audience at his fundraiser for veterans that he had raised $6 million.",
			[]want{{in, "he had raised $6 million", "The senator", "", "told"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
