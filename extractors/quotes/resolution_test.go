package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound11 checks the resolution rules of round 11, each the
// shape of a mistake found on the hand-resolved samples of PolNeAR train
// (docs/quotes-history.md, "History (round 11: resolution)"); the sentences are
// invented.
func TestResolutionRound11(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a headline's common nouns before a surname are no name",
			"Conservative Donor Hargreave and Ross May be Joining Forces.\n\nLONDON (Reuters) – Top Conservative Party donor Simon Hargreave said on Friday he had met Ross twice.\n\n“We like a lot of the candidates,” Hargreave said.",
			[]want{{ind, "he had met Ross twice", "Top Conservative Party donor Simon Hargreave", "Simon Hargreave", "said"},
				{d, "We like a lot of the candidates,", "Hargreave", "Simon Hargreave", "said"}}},
		{"a web address is an organization's name, and the company is it",
			"Mark Dunne tried to sell the painting online.\n\nA notice posted on the website ArtDealer.com said listings are checked, and that the site may reject any.\n\n“We want no part in this sale,” the company wrote in its statement.",
			[]want{{ind, "listings are checked, and that the site may reject any", "the website ArtDealer.com", "ArtDealer.com", "said"},
				{d, "We want no part in this sale,", "the company", "ArtDealer.com", "wrote"}}},
		{"an organization's name opening a sentence keeps its first word",
			"Mark Dunne tried to sell the painting online.\n\nNational Auction Group said in a statement on Thursday it pulled the listing.\n\n“Our mission is to serve honest collectors,” the organization wrote.",
			[]want{{ind, "it pulled the listing", "National Auction Group", "", "said"},
				{d, "Our mission is to serve honest collectors,", "the organization", "National Auction Group", "wrote"}}},
		{"the newspaper for a Sentinel",
			"Mayor Ruth Hale visited the flooded streets on Friday, the Daytona Sentinel reported.\n\nThe newspaper reported that she met privately with several families.",
			[]want{{ind, "Mayor Ruth Hale visited the flooded streets on Friday", "the Daytona Sentinel", "Daytona Sentinel", "reported"},
				{ind, "she met privately with several families", "The newspaper", "Daytona Sentinel", "reported"}}},
		{"a city and its state inside an appositive are no subject",
			"Dan Price, a farmer from Ava, Mo., who is a member of the union, said he already received overtime.",
			[]want{{ind, "he already received overtime", "Dan Price", "", "said"}}},
		{"a city and its state inside a who-clause are no subject",
			"Vice President Tom Hale, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.",
			[]want{{ind, "they touched on a core issue", "Vice President Tom Hale", "Tom Hale", "said"}}},
		{"a hometown after an age is no subject",
			"Cory Blake, 22, of Flint, Mich., said he had not given up hope.",
			[]want{{ind, "he had not given up hope", "Cory Blake", "", "said"}}},
		{"a name with an age and a hometown is its sentence's subject",
			"Union spokesman Eric Forde said the march was peaceful.\n\nYoung trader.\n\nAmadou Kante, 13, of Leeds sold water on the street. He said he came up with the sign himself.",
			[]want{{ind, "the march was peaceful", "Union spokesman Eric Forde", "Eric Forde", "said"},
				{ind, "he came up with the sign himself", "He", "Amadou Kante", "said"}}},
		{"an acronym's name is the one the article spells out",
			"Mayor Ruth Hale visited the flooded streets on Friday, the Associated Press reported.\n\nShe met the families of the victims, AP reported.",
			[]want{{ind, "Mayor Ruth Hale visited the flooded streets on Friday", "the Associated Press", "Associated Press", "reported"},
				{ind, "She met the families of the victims", "AP", "Associated Press", "reported"}}},
		{"a description of a person opening the sentence before is its subject for a he",
			"Former ambassador John Boland told the host, “Her campaign slogan might as well be Not Indicted, Yet!”\n\nBoland also discussed the rules of public service. He said:\n\n“You have to cut off ties. You resign from boards. It is a very draconian step. It is why people stay out. But everybody does it.”\n\nThe former ambassador also discussed the differences between Clinton and GOP nominee Donald Trump. He said there were plenty of conservatives willing to serve.",
			[]want{{d, "Her campaign slogan might as well be Not Indicted, Yet!", "Former ambassador John Boland", "John Boland", "told"},
				{d, "You have to cut off ties. You resign from boards. It is a very draconian step. It is why people stay out. But everybody does it.", "He", "John Boland", ""},
				{ind, "there were plenty of conservatives willing to serve", "He", "John Boland", "said"}}},
		{"a description opening the pronoun's own sentence yields to a person named after it",
			"Sen. Paul Marsh spoke in Albany on Friday. The crowd was smaller, just 500 people, but they were not there for Marsh.\n\nThe senator was rallying for a 70-year-old academic named Eric Kingsley, who is running for Congress and who worked the crowd, praising “Paul's genuineness and indisputable integrity” as he promised to defend and expand Social Security.",
			[]want{{d, "Paul's genuineness and indisputable integrity", "he", "Eric Kingsley", "promised"}}},
		{"two people named together with appositives naming organizations, then a plural description",
			"Nora Reyes, president of the Hale Institute, a progressive think tank, and Sam Green, co-founder of the polling firm Civic Corps, applauded the speech.\n\n“With this speech, the governor has made this election a choice about the economy,” the progressive heavyweights wrote in a joint statement.",
			[]want{{d, "With this speech, the governor has made this election a choice about the economy,", "the progressive heavyweights", "Nora Reyes and Sam Green", "wrote"}}},
		{"two people named with their offices before their titles, then a plural description",
			"Two House committees asked the department to investigate on Monday.\n\nBudget Committee Chairman Tom Hale (R-Ohio) and Rules Committee Chairman Ben Ross (R-Va.) sent the referral to the U.S. attorney.\n\n“The evidence appears to contradict her sworn testimony,” the committee chairmen wrote.",
			[]want{{d, "The evidence appears to contradict her sworn testimony,", "the committee chairmen", "Tom Hale and Ben Ross", "wrote"}}},
		{"both for the two people named together just before",
			"Snack maker Crumbs began laying off workers in Chicago on Wednesday.\n\nRepublican Donald Trump and Democrat Hillary Clinton have criticized Crumbs for the move. Both have promised to pursue legislation to force companies to pay back tax benefits.",
			[]want{{ind, "to pursue legislation to force companies to pay back tax benefits", "Both", "Donald Trump and Hillary Clinton", "promised"}}},
		{"a person introduced with an appositive just before a quote is its he",
			"Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”\n\nClinton made an appearance of sorts, courtesy of Wes Nakamura, a delegate from Michigan who dressed up in a prison outfit.\n\n“I heard the chant last night and thought it would be funny if I bought a jump suit,” he said.",
			[]want{{d, "Let’s defeat her in November.", "Trump", "", ""},
				{d, "I heard the chant last night and thought it would be funny if I bought a jump suit,", "he", "Wes Nakamura", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
