package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestReportedSpeechRound38 holds invented sentences for the reported
// speech that docs/quotes-history.md, "History (round 38: reported speech)",
// changed.
func TestReportedSpeechRound38(t *testing.T) {
	in, di := pipeline.Indirect, pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a quote that ends its sentence ends it before a trailing attribution",
			"Ann Hale says the senator has “built a lead that cannot be overcome.” Delegates who back her rival would be going against the voters, Hale said.",
			[]want{{di, "built a lead that cannot be overcome.", "Ann Hale", "", "says"},
				{in, "Delegates who back her rival would be going against the voters", "Hale", "Ann Hale", "said"}}},
		{"a quote that ends its sentence ends it before a parenthetical attribution",
			"The mayor called the plan “a waste of money and time.” The bridge, she said, will close in May.",
			[]want{{di, "a waste of money and time.", "The mayor", "", "called"},
				{in, "The bridge, she said, will close in May", "she", "The mayor", "said"}}},
		{"a cue with its topic after a fronted phrase is the narrative, no parenthetical attribution",
			"By the 1990s, however, tenants complained about noise, and the council considered closing the hall.",
			nil},
		{"a bare parenthetical attribution before a clause joined by and stays one",
			"In the end, he said, and only then, the city will pay.",
			[]want{{in, "In the end, he said, and only then, the city will pay", "he", "", "said"}}},
		{"add with a plain object puts one thing to another, no words said",
			"In the past five years, the city has added 4,000 jobs. The mayor could add another title to her resume.",
			nil},
		{"add back is no speech",
			"The council should add back the early voting week that the state eliminated.",
			nil},
		{"add's plain object leaves the clause to the cue before it",
			"The agency announced it added 255,000 jobs in July.",
			[]want{{in, "it added 255,000 jobs in July", "The agency", "", "announced"}}},
		{"add with a clause still reports it",
			"Mayor Joan Pike added the bridge would cost too much.",
			[]want{{in, "the bridge would cost too much", "Mayor Joan Pike", "Joan Pike", "added"}}},
		{"a when-clause after a trailing cue is a time, no question reported",
			"“Really,” the actor added when the interviewer laughed.",
			[]want{{di, "Really,", "the actor", "", "added"}}},
		{"when asked after a cue is a time",
			"The attorney general told Congress when asked last month about the inquiry.",
			nil},
		{"respond when is a time",
			"The study shows how markets respond when governments force employers to pay more.",
			nil},
		{"a question with a modal after when is reported",
			"The mayor would not say when the bridge would open.",
			[]want{{in, "when the bridge would open", "The mayor", "", "say"}}},
		{"a fronted when-clause and its main clause are reported",
			"He said when the plant closed the town lost half its jobs.",
			[]want{{in, "when the plant closed the town lost half its jobs", "He", "", "said"}}},
		{"a relative clause's cue reports nothing before its pronoun",
			"Soon he would have to tell the mayor, who would have to tell the governor.",
			nil},
		{"a relative clause's cue with a topic reports nothing before its pronoun",
			"Much of the party is hostile to the senator, who has mused about leaving the alliance.",
			nil},
		{"a show's name in marks after a network's possessive is the hearer",
			"The senator told ABC’s “This Week” that the plan would fail.",
			[]want{{in, "the plan would fail", "The senator", "", "told"}}},
		{"a show's name in marks is the medium",
			"The senator said on NBC’s “Meet the Press” that the plan would fail.",
			[]want{{in, "the plan would fail", "The senator", "", "said"}}},
		{"a show's name in marks closing a trailing attribution",
			"The plan would fail, the senator said on “Meet the Press.”",
			[]want{{in, "The plan would fail", "the senator", "", "said"}}},
		{"a name in marks after write in is a vote, no medium",
			"When I was 19 years old, I wrote in “Ralph Nader” on my first ballot.",
			nil},
		{"an abbreviation's period ends a sentence before a pronoun",
			"Tom Cox says the mayor is hiding from voters in the U.S. He says the county is tired of waiting.",
			[]want{{in, "the mayor is hiding from voters in the U.S.", "Tom Cox", "", "says"},
				{in, "the county is tired of waiting", "He", "Tom Cox", "says"}}},
		{"an abbreviation's period before a name's next word ends nothing",
			"The U.S. Judicial Conference said the rules would change.",
			[]want{{in, "the rules would change", "The U.S. Judicial Conference", "U.S. Judicial Conference", "said"}}},
		{"an inverted parenthetical attribution with the speaker's relative clause",
			"The bridge, said Joan Pike, who chairs the council, will close in May.",
			[]want{{in, "The bridge, said Joan Pike, who chairs the council, will close in May", "Joan Pike", "", "said"}}},
		{"something as a cue's whole object names words without giving them",
			"A candidate can fail the test by making bad decisions, listening to bad advice or saying something stupid.",
			nil},
		{"this as a cue's whole object names words without giving them",
			"He said this in an interview last year.",
			nil},
		{"something and this opening a clause are reported",
			"He said something had changed in the city. She said this was the last chance.",
			[]want{{in, "something had changed in the city", "He", "", "said"},
				{in, "this was the last chance", "She", "", "said"}}},
		{"a season after since is a time between the hearer and that",
			"She has told friends since the spring, at dinners and in private calls, that she is worried about the vote.",
			[]want{{in, "she is worried about the vote", "She", "", "told"}}},
		{"the start of something is a time between the cue and that",
			"He has said since the start of the race that he will win.",
			[]want{{in, "he will win", "He", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
