package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound41 checks the rules of round 41 (docs/quotes-history.md,
// "History (round 41: descriptions and groups)"): descriptions and groups
// named after the people the article names, for the steps that failed in
// more than one hand-resolved sample. The sentences are invented.
func TestResolutionRound41(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a description is no introduction of the name right before it",
			"Gov. Laura Mendel on Tuesday asked the state auditor for a review of the contracts.\n\nIn the letter - addressed to the state auditor, Peter K. Olsen - the Ohio Democrat asks whether “any of the agency's staff broke the law.”",
			[]want{{d, "any of the agency's staff broke the law.", "the Ohio Democrat", "Laura Mendel", "asks"}}},
		{"nor are the people of a phrase that leads up to it",
			"WASHINGTON — Hillary Mendel does not recognize the man she used to know.\n\nIn an interview with radio hosts Joe Carver and Mika Rand, the Democratic presidential candidate said that his comments “do not fit with what I knew about him.”",
			[]want{{d, "do not fit with what I knew about him.", "the Democratic presidential candidate", "Hillary Mendel", "said"}}},
		{"two roles joined: an introduction with either counts",
			"Sen. Walt Brennan also called on the U.S. to press China. Donna Pike, speaking on Fox, pointed to China as the enforcer.\n\n“China is equally concerned,” the independent Maine senator and Democratic presidential candidate told ABC.",
			[]want{{d, "China is equally concerned,", "the independent Maine senator and Democratic presidential candidate", "Walt Brennan", "told"}}},
		{"a time between a name and its verb: the name is the subject",
			"Donna Pike pointed to China as the regional enforcer.\n\nWalt Brennan on Wednesday morning also called on the U.S. to press China.\n\n“China is equally concerned,” the candidate told ABC.",
			[]want{{d, "China is equally concerned,", "the candidate", "Walt Brennan", "told"}}},
		{"a description in apposition to the subject is the subject",
			"Ms. Brainard has given money to the campaign of Hillary Mendel. Mrs. Mendel has said she wants women in her cabinet.\n\nSenator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the gifts ''call into question the independence'' of the bank.",
			[]want{{in, "she wants women in her cabinet", "Mrs. Mendel", "Hillary Mendel", "said"},
				{d, "call into question the independence", "the Alabama Republican", "Richard Shelby", "said"}}},
		{"unchanged: a description of someone the article never names keeps its words",
			"The talks with China went nowhere on Tuesday.\n\n“China is equally concerned,” the independent Maine senator and former governor told ABC.",
			[]want{{d, "China is equally concerned,", "the independent Maine senator and former governor", "", "told"}}},
		{"unchanged: two people who fit the description keep its words, after a leading phrase too",
			"Carla Diaz, a pediatric nurse from Tampa, met Ann Lee, a nurse from Miami, on Tuesday.\n\nIn an interview with the paper, the nurse said the ward “is short of staff.”",
			[]want{{d, "is short of staff.", "the nurse", "", "said"}}},
		{"an epithet the lexicon lacks, after the named speaker of the quote before, is that speaker",
			"Radio host Glenn Marsh minced no words on Tuesday.\n\nIn a post after the speech, Marsh wrote: “I could not disagree with her more.”\n\nThe radioman pointed out that the governor was once “an advocate for big government.”",
			[]want{{d, "I could not disagree with her more.", "Marsh", "Glenn Marsh", "wrote"},
				{d, "an advocate for big government.", "The radioman", "Glenn Marsh", "pointed out"}}},
		{"or after a he or she that opens the sentence before, after a leading phrase too",
			"Carla Fenwick ran the company for six years.\n\nIn public, she oozed confidence. At a conference in Aspen, the Stanford medieval-history graduate ended her speech by quoting Leonardo da Vinci: “Every obstacle yields to stern resolve.”",
			[]want{{d, "Every obstacle yields to stern resolve.", "the Stanford medieval-history graduate", "Carla Fenwick", "quoting"}}},
		{"unchanged: not after a text the sentence before brings in (the text's voice)",
			"Rep. Ann Kirk is challenging Sen. John Mace.\n\nLast month, she released a web ad with some of the governor's statements. “We need leaders to stand up,” the narrator says.",
			[]want{{d, "We need leaders to stand up,", "the narrator", "", "says"}}},
		{"unchanged: nor when someone else is named after the quote before",
			"In a post after the speech, Glenn Marsh wrote: “I could not disagree with her more.”\n\nThe crowd booed Tom Reyes. The radioman pointed out that the governor was once “an advocate for big government.”",
			[]want{{d, "I could not disagree with her more.", "Glenn Marsh", "", "wrote"},
				{d, "an advocate for big government.", "The radioman", "", "pointed out"}}},
		{"a party word before a surname is no part of the name: Both names the pair",
			"Tom Grady and Ann Lee are running for mayor of Camden.\n\nAcme issued a notice to its workers in January about the layoffs.\n\nRepublican Grady and Democrat Lee have criticized Acme for the move. Both have promised to pursue legislation if elected to force companies like Acme to pay back tax benefits they have received.",
			[]want{{in, "to pursue legislation if elected to force companies like Acme to pay back tax benefits they have received", "Both", "Tom Grady and Ann Lee", "promised"}}},
		{"both and a word for people: the only two people the paragraphs before name",
			"A new poll shows the race is a dead heat.\n\nThe lead that Mary Olsen enjoyed shrank in Iowa. The outcome showed Olsen had received 49.8 percent while Tim Baird received 49.6 percent.\n\nParty officials say that a recount could not be done. During their first debate on Thursday night, both candidates said it was no big deal.",
			[]want{{in, "a recount could not be done", "Party officials", "", "say"},
				{in, "it was no big deal", "both candidates", "Mary Olsen and Tim Baird", "said"}}},
		{"and the two and a word for people, two paragraphs on",
			"Jim Bennett, 57, greeted voters at the school. Sandra Paradis, 78, arrived in the afternoon.\n\nParadis served on the school board for 14 years, and Bennett recently retired from his career as a mail carrier.\n\n“We're Manchester people,” Bennett said.\n\nThe two voters acknowledged that the race had drawn the most passionate supporters.",
			[]want{{d, "We're Manchester people,", "Bennett", "Jim Bennett", "said"},
				{in, "the race had drawn the most passionate supporters", "The two voters", "Sandra Paradis and Jim Bennett", "acknowledged"}}},
		{"unchanged: not when the paragraphs name a third person",
			"A new poll shows the race is a dead heat.\n\nThe lead that Mary Olsen enjoyed shrank in Iowa, Gov. Ray Dunn noted. The outcome showed Olsen had received 49.8 percent while Tim Baird received 49.6 percent.\n\nDuring their first debate on Thursday night, both candidates said it was no big deal.",
			[]want{{in, "The lead that Mary Olsen enjoyed shrank in Iowa", "Gov. Ray Dunn", "Ray Dunn", "noted"},
				{in, "it was no big deal", "both candidates", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
