package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound39 checks the rules of round 39 (docs/quotes-history.md,
// "History (round 39: pronoun candidates)"): how the he/she ranker gathers
// its candidates and computes their features, for mechanisms that recur
// across the hand-resolved samples. The sentences are invented.
func TestResolutionRound39(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"the subject that opens the reported words a she attributes is a subject of the story",
			"“Skating is a way to take back the streets,” said Maria Ortiz.\n\nThat sense of freedom is what first drew Laura Benitez, 20, to skating. Then a student living in Queens, Ms. Benitez found skating to be a cure for her anxiety, she said.",
			[]want{{d, "Skating is a way to take back the streets,", "Maria Ortiz", "", "said"},
				{in, "Then a student living in Queens, Ms. Benitez found skating to be a cure for her anxiety", "she", "Laura Benitez", "said"}}},
		{"and a he after a name alone at a paragraph's start",
			"“I support parents making the best choices for their kids,” said Carlos Mendez.\n\nThe two Democratic candidates sparred on the cost of college.\n\nTom Grady has introduced a bill for free tuition in the House and would continue his push for it in the Senate, he said.",
			[]want{{d, "I support parents making the best choices for their kids,", "Carlos Mendez", "", "said"},
				{in, "Tom Grady has introduced a bill for free tuition in the House and would continue his push for it in the Senate", "he", "Tom Grady", "said"}}},
		{"and a leading clause's subject in those words, a possessive after it",
			"Laura Benitez, 20, took up skating at 13.\n\n“Skating is a political act,” said Maria Ortiz, whose family moved to Queens in 2009.\n\nThough Ms. Benitez has spent most of her life in Queens, the influx of wealthier residents has brought more police, she said.",
			[]want{{d, "Skating is a political act,", "Maria Ortiz", "", "said"},
				{in, "Though Ms. Benitez has spent most of her life in Queens, the influx of wealthier residents has brought more police", "she", "Laura Benitez", "said"}}},
		{"but not without a possessive of the pronoun's sex after it: the speaker before's words about another",
			"“We're sick of it,” said Hal Gibbs, a former party director. “I need a candidate who won't lie to me.”\n\nMr. Tarrant, who takes no large donations, fits that bill for many voters, he added.",
			[]want{{d, "We're sick of it,", "Hal Gibbs", "", "said"},
				{d, "I need a candidate who won't lie to me.", "Hal Gibbs", "", ""},
				{in, "Mr. Tarrant, who takes no large donations, fits that bill for many voters", "he", "Hal Gibbs", "added"}}},
		{"a name in apposition to a description that opens its sentence is the subject",
			"In his tribute, the Rev. Marcus Hale III said the boxer was “a gift to this city.”\n\nHale's father, the Rev. Marcus Hale Jr., knew the boxer for decades. He recalled that the boxer paid for the food bank's new truck.",
			[]want{{d, "a gift to this city.", "the Rev. Marcus Hale III", "Marcus Hale III", "said"},
				{in, "the boxer paid for the food bank's new truck", "He", "Marcus Hale Jr.", "recalled"}}},
		{"and between dashes, after a leading clause whose subject has a description before it",
			"While Democratic nominee Tom Lasker has yet to endorse Mayor Ed Reyes's re-election bid, Lasker's running mate — Ohio Gov. Sam Ortiz — has thrown his support behind Reyes.\n\nAnd he claims his boss is fine with it.",
			[]want{{in, "his boss is fine with it", "he", "Sam Ortiz", "claims"}}},
		{"a surname whose doubled letter moved is the person named in full before",
			"CNN reporter Nina Sabott covered the hearings for the network. Sabott also sat with the secretary's aides at lunch.\n\n“She was great. Well done,” Sabbot said to Reines.\n\nMinutes later, she wrote to him, “It is done, and it is up.”",
			[]want{{d, "She was great. Well done,", "Sabbot", "Nina Sabott", "said"},
				{d, "It is done, and it is up.", "she", "Nina Sabott", "wrote"}}},
		{"a name followed by 'as' is no subject: the speaker before keeps the he",
			"“Ron Kessel is the best in the business,” said Gov. Terry Walden of Iowa, who used Mr. Kessel as a consultant in his early campaigns. He added, “It will be interesting to see where we go from here.”",
			[]want{{d, "Ron Kessel is the best in the business,", "Gov. Terry Walden of Iowa", "Terry Walden", "said"},
				{d, "It will be interesting to see where we go from here.", "He", "Terry Walden", "added"}}},
		{"a name after a preposition that opens the sentence is no subject",
			"Mike Alden ran the newsletter for a decade.\n\nBoth Anna Palmer and Jake Shearer are nervous about the job. Shearer, in particular, keeps his eyes glued on his phone. Shearer is often checking in with the next person. Like Alden, their days begin at 4:30 a.m. and are filled with endless calls, along with breakfasts, lunches and dinners.\n\n“We like to work,” he told me.",
			[]want{{d, "We like to work,", "he", "Jake Shearer", "told"}}},
		{"nor a name after 'The' that opens the sentence",
			"Rupert Mandel now runs the network.\n\nDavid Fenwick, a strategist whose agency made the ads, said its goal was a carbon trading system. The Mandel outlets have been standing in the way, he said, by creating a “false reality bubble denying science.”",
			[]want{{in, "its goal was a carbon trading system", "David Fenwick", "", "said"},
				{d, "false reality bubble denying science.", "he", "David Fenwick", "said"}}},
		{"a name in apposition to a preposition's object is no subject",
			"Jeb Bush rarely boasts. Longtime friends still speak with admiration of Mr. Bush's anachronistic outlook.\n\nTom Reedy, who served as White House counsel under Mr. Bush's father, George Bush, ticked through the code of conduct the family has long embodied: ''Civility and good manners were kind of assumed,'' he said.",
			[]want{{d, "Civility and good manners were kind of assumed,", "he", "Tom Reedy", "said"}}},
		{"but a name in apposition to a noun for no person is",
			"At least eleven people were killed, regional governor Oleksiy Hrytsuk said on Telegram.\n\nA resident who gave only her first name, Olena, stood outside what had been her kitchen. \"I heard the whistle and then nothing,\" she said.",
			[]want{{in, "At least eleven people were killed", "regional governor Oleksiy Hrytsuk", "Oleksiy Hrytsuk", "said"},
				{d, "I heard the whistle and then nothing,", "she", "Olena", "said"}}},
		{"the subject of a clause that completes 'the possibility' is a subject",
			"Hillary Lane is running for president.\n\n''Naming a justice extends a president's influence for decades,'' said Lee Eppes, a law professor. Ms. Eppes noted that a third justice would be a signature achievement for Ober.\n\nShould they continue to rebuff any nominee, there is also the possibility that Mrs. Lane, if elected, might nominate Mr. Ober himself. ''Wow, what a great idea,'' she said in Iowa earlier this year.",
			[]want{{d, "Naming a justice extends a president's influence for decades,", "Lee Eppes", "", "said"},
				{in, "a third justice would be a signature achievement for Ober", "Ms. Eppes", "Lee Eppes", "noted"},
				{d, "Wow, what a great idea,", "she", "Hillary Lane", "said"}}},
		{"but not of 'in the event that'",
			"Hillary Lane is running for president.\n\n“Bernie would encourage people to back her,” Susan Sarandi told MSNBC on Monday.\n\nAsked about her own vote in the event that Lane faces Donald Trump, she replied: “I don't know. I'm going to see what happens.”",
			[]want{{d, "Bernie would encourage people to back her,", "Susan Sarandi", "", "told"},
				{d, "I don't know. I'm going to see what happens.", "she", "Susan Sarandi", "replied"}}},
		{"a first name after a long office is a name: the she has her sex",
			"During an interview with NBC News Senior Investigative Correspondent Carla Medina for the program, the hacker known as Gusano said he had access to the server.\n\nGusano said, per a translator, that the server was unprotected.\n\nMedina added that Gusano told her he had downloaded files. She said the server had been left open for years.",
			[]want{{in, "he had access to the server", "Gusano", "", "said"},
				{in, "the server was unprotected", "Gusano", "", "said"},
				{in, "Gusano told her he had downloaded files", "Medina", "Carla Medina", "added"},
				{in, "the server had been left open for years", "She", "Carla Medina", "said"}}},
		{"a subject before 'all but' and its verb",
			"Former speaker Ned Gingham noted that other speakers had survived such criticism. Of the scrutiny, he said, \"It's a little much.\"\n\nBy late afternoon, there had been no word from the candidate. At the news conference, Paul Manning all but begged reporters to ask him about something else.\n\n\"We're just going to move on,\" he said.",
			[]want{{in, "other speakers had survived such criticism", "Former speaker Ned Gingham", "Ned Gingham", "noted"},
				{d, "It's a little much.", "he", "Ned Gingham", "said"},
				{d, "We're just going to move on,", "he", "Paul Manning", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
