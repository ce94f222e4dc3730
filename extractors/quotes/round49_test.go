package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestTextAuthorRound49 holds invented sentences for the texts named with
// their authors that docs/quotes-history.md, "History (round 49: texts and
// their authors)", changed, and cases that must stay.
func TestTextAuthorRound49(t *testing.T) {
	di, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		// "the Cruz campaign" is the campaign of the person the story
		// names (`namedCampaign`), as "Cruz's campaign" already was.
		{"a campaign by its candidate's surname, the candidate named before",
			"Ted Cruz won the Iowa caucuses. The Cruz campaign sent a fundraising email on Wednesday.\n\n" +
				"\"Friend, the race is now down to two candidates and we need your help,\" the email said.",
			[]want{{di, "Friend, the race is now down to two candidates and we need your help,", "the email", "Ted Cruz's campaign's email", "said"}}},
		{"a campaign by its candidate's surname as the speaker",
			"Hillary Clinton spoke in Flint on Sunday.\n\n" +
				"The Clinton campaign said the governor had failed the people of this city.",
			[]want{{in, "the governor had failed the people of this city", "The Clinton campaign", "Hillary Clinton's campaign", "said"}}},
		// A text an earlier mention gives a possessive determiner is its
		// possessor's, the subject of the verb that takes it
		// (`possessorOwner`).
		{"their text, after a relative pronoun, is the antecedent's",
			"That did not sit well with the editors of The Advocate, who aimed their Friday editorial at the governor.\n\n" +
				"\"If he wants to lead this state, he should come and see the damage,\" the editorial read.",
			[]want{{di, "If he wants to lead this state, he should come and see the damage,", "the editorial", "the editors of The Advocate's editorial", "read"}}},
		{"its text is the subject's",
			"The Brookings Institution published its annual report on Monday.\n\n" +
				"\"The gaps have grown in every region since the last census,\" the report said.",
			[]want{{di, "The gaps have grown in every region since the last census,", "the report", "Brookings Institution's report", "said"}}},
		// "the release" is the press release of the named speaker of the
		// quote before, as "the statement" already was
		// (`statementOfLastSpeaker`, `announcedTexts`).
		{"a release after the announcement it reports",
			"On Thursday, the Republican Party of Wyoming announced that the governor would not attend.\n\n" +
				"\"The governor was scheduled to speak to the delegates on Saturday morning,\" the release said.",
			[]want{{in, "the governor would not attend", "the Republican Party of Wyoming", "Republican Party of Wyoming", "announced"},
				{di, "The governor was scheduled to speak to the delegates on Saturday morning,", "the release", "Republican Party of Wyoming's release", "said"}}},
		// A text a quote names with its author after "by" (`textOwner`
		// reads quotes for that alone), and "the suit" is "a lawsuit"
		// (`textSynonyms`).
		{"a lawsuit a quote says was filed by a name",
			"\"We understand that a lawsuit has been filed by Daniel Kessler,\" a spokesman for the board said.\n\n" +
				"The suit claims that the board damaged his reputation, \"depriving him of his rights under the Constitution,\" the suit reads.",
			[]want{{di, "We understand that a lawsuit has been filed by Daniel Kessler,", "a spokesman for the board", "", "said"},
				{di, "depriving him of his rights under the Constitution,", "the suit", "Daniel Kessler's suit", "reads"}}},
		// A definite mention of the same text carries the window in
		// which `textOwner` looks for the one that brought it in.
		{"a text mentioned again in every paragraph since its author put it out",
			"Daniel Kessler released a new online ad on Monday.\n\nThe ad runs in three states.\n\nThe ad cost the campaign $2 million.\n\n" +
				"Critics called the ad misleading.\n\nThe 90-second ad slams the governor's record on taxes.\n\n" +
				"\"He raised your taxes eleven times,\" the ad says.",
			[]want{{di, "He raised your taxes eleven times,", "the ad", "Daniel Kessler's ad", "says"}}},
		{"a text mentioned again with a quoted title before its noun",
			"Daniel Kessler released a new online ad on Monday.\n\nThe “No Comparison” ad runs in three states.\n\nThe race is close.\n\n" +
				"The 90-second ad slams the governor's record on taxes.\n\nVoters go to the polls next week.\n\n" +
				"\"He raised your taxes eleven times,\" the ad says.",
			[]want{{di, "He raised your taxes eleven times,", "the ad", "Daniel Kessler's ad", "says"}}},
		// A text "in" a paper names is the paper's, named with the whole
		// phrase (`textInNews`), so that the name holds both the text's
		// words and the paper's (the samples' conventions differ).
		{"a report in a newspaper keeps its span and is named with the paper (`textInNews`)",
			"Coin flips decided at least six counties, according to a report in the Des Moines Register.",
			[]want{{in, "Coin flips decided at least six counties", "a report", "a report in the Des Moines Register", "according to"}}},
		// Cases that must stay.
		{"a text its author put out five paragraphs before, not mentioned since, keeps its words",
			"Daniel Kessler released a new online ad on Monday.\n\nThe race is close.\n\nThe governor leads in the polls.\n\n" +
				"Turnout may be low.\n\nVoters go to the polls next week.\n\n" +
				"\"He raised your taxes eleven times,\" the ad says.",
			[]want{{di, "He raised your taxes eleven times,", "the ad", "", "says"}}},
		{"a letter a quote says came from a description keeps its words",
			"\"I got a letter from my mother on Monday,\" the senator said.\n\n" +
				"\"Come home for the holidays, we miss you,\" the letter said.",
			[]want{{di, "I got a letter from my mother on Monday,", "the senator", "", "said"},
				{di, "Come home for the holidays, we miss you,", "the letter", "", "said"}}},
		{"a release the story brought in before keeps its words",
			"A release went out on Monday.\n\nOn Thursday, the Republican Party of Wyoming announced that the governor would not attend.\n\n" +
				"\"The governor was scheduled to speak to the delegates on Saturday morning,\" the release said.",
			[]want{{in, "the governor would not attend", "the Republican Party of Wyoming", "Republican Party of Wyoming", "announced"},
				{di, "The governor was scheduled to speak to the delegates on Saturday morning,", "the release", "", "said"}}},
		{"their text is not a single person's",
			"Maria Lopez read their letter aloud at the meeting.\n\n" +
				"\"We have waited eleven years for a hearing on our case,\" the letter said.",
			[]want{{di, "We have waited eleven years for a hearing on our case,", "the letter", "", "said"}}},
		{"its text after a plural subject is not theirs",
			"The senators read its annual report on Monday.\n\n" +
				"\"The gaps have grown in every region since the last census,\" the report said.",
			[]want{{di, "The gaps have grown in every region since the last census,", "the report", "", "said"}}},
		{"a campaign whose candidate the story names only there keeps its words",
			"The Cruz campaign sent a fundraising email on Wednesday.\n\n" +
				"\"Friend, the race is now down to two candidates and we need your help,\" the email said.",
			[]want{{di, "Friend, the race is now down to two candidates and we need your help,", "the email", "The Cruz campaign's email", "said"}}},
		{"a report in a month is no paper's",
			"Coin flips decided at least six counties, according to a report in March.",
			[]want{{in, "Coin flips decided at least six counties", "a report", "", "according to"}}},
		{"a text with no named author keeps its words",
			"A report released on Monday found wide gaps between the states.\n\n" +
				"\"The gaps have grown in every region since the last census,\" the report said.",
			[]want{{di, "The gaps have grown in every region since the last census,", "the report", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
