package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerMentions checks which mention of the attribution is the
// speaker, each case the shape of a mistake found on PolNeAR train (round 8
// in docs/quotes.md); the sentences are invented.
func TestSpeakerMentions(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a participle after a clause inside the sentence: the sentence's subject",
			"The mayor apologized for the letters after they were published, saying they were old and have “nothing to do with who I am today.”",
			[]want{{d, "nothing to do with who I am today.", "The mayor", "", "saying"}}},
		{"a participle after a that-clause: the sentence's subject",
			"Governor Ann Marsh bristled at the suggestion that he was to blame, saying, “the advice I give to the council stays with the council.”",
			[]want{{d, "the advice I give to the council stays with the council.", "Governor Ann Marsh", "Ann Marsh", "saying"}}},
		{"a participle after a when-clause: that clause's subject",
			"The first protest came during a rally at the college, when students interrupted her speech, shouting “we will not be silenced today!”",
			[]want{{d, "we will not be silenced today!", "students", "", "shouting"}}},
		{"a participle after a copula: the nearer clause's subject",
			"The house is the cabin my sister and I bought for him, thinking it would be a “home for the whole family at last.”",
			[]want{{d, "home for the whole family at last.", "I", "I", "thinking"}}},
		{"a stance verb's pronoun after a speech cue: the speech cue's subject",
			"Councillor Jane Roe said she hoped with all her heart that the vote passes: “That way the town can finally move on from this.”",
			[]want{{pipeline.Indirect, "she hoped with all her heart that the vote passes", "Councillor Jane Roe", "Jane Roe", "said"},
				{d, "That way the town can finally move on from this.", "Councillor Jane Roe", "Jane Roe", "hoped"}}},
		{"a stance verb's pronoun after a speech cue, a fragment",
			"Mayor Dan Kell said he opposes “accounting tricks like the ones in this bill” and other gimmicks.",
			[]want{{d, "accounting tricks like the ones in this bill", "Mayor Dan Kell", "Dan Kell", "opposes"}}},
		{"go on with an object is no speech",
			"Sen. Ann Lee said that once the chamber goes on recess, “I intend to help wherever I can be useful.”",
			[]want{{d, "I intend to help wherever I can be useful.", "Sen. Ann Lee", "Ann Lee", "said"}}},
		{"go on ending its clause is speech",
			"“We will fight for every vote in this state,” Ann Lee went on.",
			[]want{{d, "We will fight for every vote in this state,", "Ann Lee", "", "went on"}}},
		{"a possessed speech noun's clause holds the fragment",
			"Mayor Tom Reyes spoke on Monday.\n\nThe audit came in the form of a long answer to questions about his claim that he “never signed any of the contracts” at all.",
			[]want{{d, "never signed any of the contracts", "his", "Tom Reyes", "claim"}}},
		{"a colon paragraph after an opening subordinate clause: the main clause's subject",
			"When the old mayor died in 2004, Governor Ruth Hale released the following statement:\n\n“We offer our condolences to his family and to the whole city.”",
			[]want{{d, "We offer our condolences to his family and to the whole city.", "Governor Ruth Hale", "Ruth Hale", ""}}},
		{"a colon paragraph after a speech verb in a second clause: its subject",
			"The Courier made the same claims in March, and the Gazette responded:\n\n“If there are problems in this town, the answer is not another tax on its families.”",
			[]want{{d, "If there are problems in this town, the answer is not another tax on its families.", "the Gazette", "Gazette", ""}}},
		{"a quote after a sentence: the main clause's speaker, not a relative clause's",
			"“The market is slowly coming back,” said Dana Ruiz, who noted that prices had fallen by half. “Things are moving in the right direction, but slowly.”",
			[]want{{d, "The market is slowly coming back,", "Dana Ruiz", "", "said"},
				{pipeline.Indirect, "prices had fallen by half", "who", "Dana Ruiz", "noted"},
				{d, "Things are moving in the right direction, but slowly.", "Dana Ruiz", "", ""}}},
		{"a quote after a sentence: not the speech verb of a relative clause",
			"“And I am not being paid!” Ruiz declared, a point she likes to make since a radio show during which callers asked how much she was paid. “I make my own money and always have.”",
			[]want{{d, "And I am not being paid!", "Ruiz", "", "declared"},
				{pipeline.Indirect, "how much she was paid", "callers", "", "asked"},
				{d, "I make my own money and always have.", "Ruiz", "", ""}}},
		{"in X' words, a possessive apostrophe alone",
			"The summit was held in Lisbon because, in the organizers’ words, “it is the most entrepreneurial city on the continent.”",
			[]want{{d, "it is the most entrepreneurial city on the continent.", "the organizers", "", ""}}},
		{"a restrictive relative clause between subject and verb",
			"A White House official who spoke anonymously to discuss internal strategy said Wednesday, “There are talks between the two camps.”",
			[]want{{d, "There are talks between the two camps.", "A White House official", "", "said"}}},
		{"a restrictive relative clause ending in a noun",
			"Officials who spoke on condition of anonymity said, “There are talks between the two camps.”",
			[]want{{d, "There are talks between the two camps.", "Officials", "", "said"}}},
		{"a participle phrase of speaking between subject and verb",
			"Another intelligence source speaking to the Herald said, “The agents are looking at the donations.”",
			[]want{{d, "The agents are looking at the donations.", "Another intelligence source", "", "said"}}},
		{"a relative pronoun as the clause's object keeps the subject after it",
			"They named a group of hackers who officials say is “tied to the intelligence services of Russia.”",
			[]want{{d, "tied to the intelligence services of Russia.", "officials", "", "say"}}},
		{"a speech verb's he or she right after a report's cue: the reporter's mention",
			"Senator Joan Park said she rarely asks colleagues to campaign for her, “except for people I am very close to.”",
			[]want{{d, "except for people I am very close to.", "Senator Joan Park", "Joan Park", "asks"}}},
		{"not a group reporting one person's words",
			"Prosecutors say that he told one agent, “I would do it all again tomorrow if I could.”",
			[]want{{d, "I would do it all again tomorrow if I could.", "he", "he", "told"}}},
		{"after a quote that ends its sentence with a period, the next sentence's cue takes its own quote",
			"Mayor Ann Lee said the plan would cost too much, and called it \"the most wasteful proposal this council has seen in years.\" Councillor Tom Bray called the plan \"worse than doing nothing at all.\"",
			[]want{{pipeline.Indirect, "the plan would cost too much", "Mayor Ann Lee", "Ann Lee", "said"},
				{d, "the most wasteful proposal this council has seen in years.", "Mayor Ann Lee", "Ann Lee", "called"},
				{d, "worse than doing nothing at all.", "Councillor Tom Bray", "Tom Bray", "called"}}},
		{"after a question the sentence may go on",
			"“Who can remember how many votes we have lost?” Lee asks as her aide hands her “the latest count from the county clerk.”",
			[]want{{d, "Who can remember how many votes we have lost?", "Lee", "", "asks"},
				{d, "the latest count from the county clerk.", "Lee", "", ""}}},
		{"a quote its sentence introduces leaves the next sentence's cue to the next quote",
			"However, as Bishop Anna Kell told the Herald, “We have suffered the same fate as our neighbours.” She added, “So the city should have been the first to help us.”",
			[]want{{d, "We have suffered the same fate as our neighbours.", "Bishop Anna Kell", "Anna Kell", "told"},
				{d, "So the city should have been the first to help us.", "She", "Anna Kell", "added"}}},
		{"said of X, whatever describes X, attributes the quote before",
			"\"She just stopped and asked, 'How do we win this county?'\" Ann Ruiz, the party chair for the county, said of the meeting she had last week with the candidate.",
			[]want{{d, "She just stopped and asked, 'How do we win this county?'", "Ann Ruiz", "", "said"}}},
		{"a participle after the main clause of a sentence that opens with another participle",
			"Continuing to explain her view, Mayor Ann Lee rejected the notion that the vote should be forgotten, saying that if she \"found something that was rotten, I would fix it myself.\"",
			[]want{{d, "found something that was rotten, I would fix it myself.", "Mayor Ann Lee", "Ann Lee", "saying"}}},
		{"a common noun's possessive inside the subject",
			"The mayor thanked her staff. The council’s statement then declares “the matter is now settled for good.”",
			[]want{{d, "the matter is now settled for good.", "The council’s statement", "", "declares"}}},
		{"according to a text and its agent",
			"“The evidence cannot prove every element of the crime alleged,” according to a court filing signed by county attorney Dana Ruiz.",
			[]want{{d, "The evidence cannot prove every element of the crime alleged,", "a court filing signed by county attorney Dana Ruiz", "", "according to"}}},
		{"a participle after a comma that closes an as-clause: that clause's subject",
			"“How many votes have we lost this year?” Lee asks as a clerk walks in front of her, saying he is “here to fix the seven holes in your wall.”",
			[]want{{d, "How many votes have we lost this year?", "Lee", "", "asks"},
				{d, "here to fix the seven holes in your wall.", "a clerk", "", "saying"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
