package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound31 holds invented sentences for the reported-speech
// patterns of docs/quotes.md, "History (round 31)".
func TestReportedSpeechRound31(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a plural subject with prepositional phrases and an adverb before a base form",
			"Critics of the new rules on hate speech here say there is no money left for the repairs.",
			[]want{{in, "there is no money left for the repairs", "Critics of the new rules", "", "say"}}},
		{"two names and a prepositional phrase before a base form",
			"Ann Hale and Tom Reyes of the University of Oxford suggest that the tax was never collected.",
			[]want{{in, "the tax was never collected", "Ann Hale and Tom Reyes of the University of Oxford", "Ann Hale and Tom Reyes", "suggest"}}},
		{"a plural subject, a parenthesis and an adverb before a base form",
			"Aides to a rival council member (that would be Ann Hale) even argue the vote might be delayed.",
			[]want{{in, "the vote might be delayed", "Aides to a rival council member", "", "argue"}}},
		{"a noun after a singular noun stays a noun",
			"Copies of the budget report were sent to every member.",
			nil},
		{"a report of its own after a comma and though",
			"Local farmers said the dam had ruined the harvest, though the water board said it was not to blame.",
			[]want{{in, "the dam had ruined the harvest", "Local farmers", "", "said"},
				{in, "it was not to blame", "the water board", "", "said"}}},
		{"a participle's report before although and a report",
			"The two unions have followed the drivers' lead, saying the new shifts are unsafe, although the company said it had hired more staff.",
			[]want{{in, "the new shifts are unsafe", "The two unions", "", "saying"},
				{in, "it had hired more staff", "the company", "", "said"}}},
		{"a subordinate clause opened by a time phrase ends at its comma",
			"Although in March she said the plan was dead, the mayor has now put it to a vote.",
			[]want{{in, "the plan was dead", "she", "", "said"}}},
		{"a weekday and its part before the clause",
			"The mayor said Wednesday night that the bridge would stay closed.",
			[]want{{in, "the bridge would stay closed", "The mayor", "", "said"}}},
		{"a weekday and its part after a trailing attribution",
			"The bridge would stay closed, the mayor told reporters on Tuesday morning.",
			[]want{{in, "The bridge would stay closed", "the mayor", "", "told"}}},
		{"a coordinated cue after an occasion shares the subject",
			"The clerk first said he had kept the files, but in a later interview said he had burned them.",
			[]want{{in, "he had kept the files", "The clerk", "", "said"},
				{in, "he had burned them", "The clerk", "", "said"}}},
		{"a coordinated cue after a weekday shares the subject",
			"The council has been slow to act but on Tuesday announced the bridge would be rebuilt.",
			[]want{{in, "the bridge would be rebuilt", "The council", "", "announced"}}},
		{"a clause told after a comma and its hearer",
			"The clerk denied the charges, telling the Daily Record he had never seen the files.",
			[]want{{in, "he had never seen the files", "The clerk", "", "telling"}}},
		{"a request after a comma and telling stays out",
			"The clerk closed the office, telling visitors to come back on Monday.",
			nil},
		{"at one point between a subject and its cue",
			"The mayor at one point said the bridge would close.",
			[]want{{in, "the bridge would close", "The mayor", "", "said"}}},
		{"at one point before a telling participle",
			"The clerk, a city employee, at one point corrected herself, telling reporters that the fee had been waived.",
			[]want{{in, "the fee had been waived", "The clerk", "", "telling"}}},
		{"a plural subject with a that relative clause before a base form",
			"But local groups that have backed the mayor say they want the vote delayed.",
			[]want{{in, "they want the vote delayed", "local groups", "", "say"}}},
		{"a plural subject with a whose relative clause before a base form",
			"The farmers whose fields were flooded say the dam was opened too late.",
			[]want{{in, "the dam was opened too late", "The farmers", "", "say"}}},
		{"a hearer before that is no relative clause's head",
			"In the advert, a narrator reminds viewers that the mayor grew up here and says she wants to fix the roads.",
			[]want{{in, "she wants to fix the roads", "a narrator", "", "says"}}},
		{"a companion's aside between a subject and its cue",
			"The mayor, along with two of her aides, said the bridge would close.",
			[]want{{in, "the bridge would close", "The mayor", "", "said"}}},
		{"a like aside before a base form is no inversion",
			"Local economists, like their Republican counterparts, say taxing fuel encourages savings.",
			[]want{{in, "taxing fuel encourages savings", "Local economists", "", "say"}}},
		{"a description with a capitalised noun and a relative clause between commas",
			"The clerk, a registered Democrat who asked not to be named, said the files had been burned.",
			[]want{{in, "the files had been burned", "The clerk", "", "said"}}},
		{"a fronted after saying: the main clause's subject says",
			"After saying the bridge was unsafe, the engineer walked out of the meeting.",
			[]want{{in, "the bridge was unsafe", "the engineer", "", "saying"}}},
		{"after saying in an aside after the subject",
			"The mayor, after initially saying the bridge was safe, closed it last week.",
			[]want{{in, "the bridge was safe", "The mayor", "", "saying"}}},
		{"after announcing stays out",
			"Since announcing in March that she would run, the mayor has raised little money.",
			nil},
		{"a prepositional phrase with an infinitive after a trailing attribution",
			"The mayor was unable to find a single taker, he said, on condition of anonymity to speak freely about his party’s nominee.",
			[]want{{in, "The mayor was unable to find a single taker", "he", "", "said"}}},
		{"a for-infinitive after a mid-sentence attribution goes on",
			"So it makes sense, engineers said, for the council to put the plan to voters now.",
			[]want{{in, "So it makes sense, engineers said, for the council to put the plan to voters now", "engineers", "", "said"}}},
		{"according to in a sentence in parentheses",
			"The bridge stayed shut. (According to the city council, it keeps no record of the repairs.) Drivers went around.",
			[]want{{in, "it keeps no record of the repairs", "the city council", "", "According to"}}},
		{"as X reported in a sentence in parentheses",
			"The bridge stayed shut. (As the Daily Record first reported, the council had lost the plans.) Drivers went around.",
			[]want{{in, "the council had lost the plans", "the Daily Record", "Daily Record", "reported"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
