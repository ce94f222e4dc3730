package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound16 checks the rules of round 16, each the shape of a
// mistake found on the sixth hand-resolved sample of PolNeAR train
// (docs/quotes-history.md, "History (round 16)"); the sentences are invented.
func TestResolutionRound16(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a person named after a preposition and a title is not the phrase's head",
			"Voters were angry on Friday.\n\nThe scheduling was so odd that a spokesman for Tom Reyes could only say: “I guess Christmas Eve was booked.”\n\n“It is eerily similar to the first debate,” said one longtime adviser to President Ana Cole.",
			[]want{{d, "I guess Christmas Eve was booked.", "a spokesman for Tom Reyes", "", "say"},
				{d, "It is eerily similar to the first debate,", "one longtime adviser to President Ana Cole", "", "said"}}},
		{"a name with a noun between it and the preposition still heads the phrase, and a place is no person",
			"“Nobody asked us,” said Supervisor of Elections Susan Bucher.\n\nDashing into a luncheon, Senator Mary Lund, Republican of West Virginia, called over her shoulder, “His comments are not helping.”",
			[]want{{d, "Nobody asked us,", "Supervisor of Elections Susan Bucher", "Susan Bucher", "said"},
				{d, "His comments are not helping.", "Senator Mary Lund", "Mary Lund", "called"}}},
		{"a definite description no rule names is the named speaker of the quote before in its paragraph",
			"Other Republicans remain unpersuaded.\n\nOne of the authors of the plan, Tom Reyes, said the nomination will test it. “The mayor has gone the other way,” said the former top aide to President Ana Cole.",
			[]want{{ind, "the nomination will test it", "Tom Reyes", "Tom Reyes", "said"},
				{d, "The mayor has gone the other way,", "the former top aide to President Ana Cole", "Tom Reyes", "said"}}},
		{"a person's own text speaks for the person, named with it",
			"Sam Kline has worked for the mayor for years. Before that he served as chief counsel to Sen. Ana Cole, according to his biography.\n\nLater, Kline tried to make peace with Cole, a talk she compared to “a root canal,” according to Kline’s memoir.",
			[]want{{ind, "Before that he served as chief counsel to Sen. Ana Cole", "his biography", "Sam Kline's biography", "according to"},
				{ind, "Later, Kline tried to make peace with Cole, a talk she compared to “a root canal,”", "Kline’s memoir", "Sam Kline's memoir", "according to"}}},
		{"the count of a time ago between subject and verb is no subject",
			"The State Department less than two weeks ago said that the emails were secret.\n\nMayor Tom Reyes a few days ago told reporters that the stadium was dead.",
			[]want{{ind, "the emails were secret", "The State Department", "State Department", "said"},
				{ind, "the stadium was dead", "Mayor Tom Reyes", "Tom Reyes", "told"}}},
		{"a headline's bare description of one person is the first person the story quotes",
			"Reyes will back Cole, eventually, former rival says.\n\nTom Reyes will throw his support behind Ana Cole before the convention, predicted Mary Lund, the former governor challenged by Reyes 30 years ago.",
			[]want{{ind, "Reyes will back Cole, eventually", "former rival", "Mary Lund", "says"},
				{ind, "Tom Reyes will throw his support behind Ana Cole before the convention", "Mary Lund", "Mary Lund", "predicted"}}},
		{"a spokesman is no source a headline sums up",
			"Some Democrats will skip the convention;\nBut expert says more candidates keep their distance.\n\n“Russ is running a grass-roots campaign,” said Michael Tyler, a spokesman for the Feingold campaign.",
			[]want{{ind, "more candidates keep their distance", "expert", "expert", "says"},
				{d, "Russ is running a grass-roots campaign,", "Michael Tyler", "Michael Tyler", "said"}}},
		{"a relative clause's speaker on an object is no subject: the main clause's subject is the he after",
			"Speaking on the radio Monday, Tom Reyes refrained from attacking his rivals, particularly Gov. Jon Pratt, who says the young senator lacks experience.\n\nHe dismissed the critics, saying: “It was our greatest fundraising night.”",
			[]want{{ind, "the young senator lacks experience", "who", "Jon Pratt", "says"},
				{d, "It was our greatest fundraising night.", "He", "Tom Reyes", "saying"}}},
		{"a description's possessive opening the sentence makes it the subject, and a party word need not stand near the role's introduction",
			"The letter cites statements from presumptive nominee Tom Reyes after the attacks, and from people who oppose the bill, like Sam Kline.\n\n“We say a prayer for the victims,” Kline tweeted the day after the attack.\n\nMeanwhile, the current GOP nominee’s support for the community is unprecedented. While he’s said he believes the old law was fair, he’s also praised the new one. More recently, he’s spoken out against the ban.\n\n“We want to live in a safe country,” he said two days after the attack.",
			[]want{{d, "We say a prayer for the victims,", "Kline", "Sam Kline", "tweeted"},
				{ind, "he believes the old law was fair", "he", "Tom Reyes", "said"},
				{d, "We want to live in a safe country,", "he", "Tom Reyes", "said"}}},
		{"an appositive its writer left unclosed holds a phrase and its prepositions; the name before it is the subject",
			"Friday on CNN’s “Morning Show,” Sen. Ana Cole (D-NY), a supporter of Tom Reyes’s 2016 bid for the presidency told host Sam Kline she believed that Reyes would win.\n\nLater, Rep. Jon Pratt, a critic of the mayor’s plan for the stadium told reporters that the city could not afford it.",
			[]want{{ind, "she believed that Reyes would win", "Sen. Ana Cole", "Ana Cole", "told"},
				{ind, "the city could not afford it", "Rep. Jon Pratt", "Jon Pratt", "told"}}},
		{"a text a news organization obtained speaks, not the organization",
			"A memo obtained by Politico says that the campaign will close its offices.\n\nA Feb. 1 letter from the Veterans League obtained by The Associated Press warns that “any further use will be met in court.”",
			[]want{{ind, "the campaign will close its offices", "A memo", "", "says"},
				{d, "any further use will be met in court.", "A Feb. 1 letter from the Veterans League", "", "warns"}}},
		{"a text named again is named with whoever put it out, not with whoever got it",
			"Democratic presidential candidate Tom Reyes is releasing a new 30-second ad that urges voters to “send a message” to banks.\n\nThe ad says “nothing will change until we elect candidates who reject Wall Street money.”\n\nThe son of candidate Tom Reyes received a threatening letter on Thursday.\n\nThe letter warned that “harm would come” to his kids.",
			[]want{{d, "nothing will change until we elect candidates who reject Wall Street money.", "The ad", "Tom Reyes's ad", "says"},
				{ind, "“harm would come” to his kids", "The letter", "", "warned"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
