package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound14 checks the rules of round 14, each the shape of a
// mistake found on the fifth hand-resolved sample of PolNeAR train
// (docs/quotes-history.md, "History (round 14)"); the sentences are invented.
func TestResolutionRound14(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a book excerpt's I is the author its credit line names",
			"The judge looked at me for a long time.\n\n“I was young and I made a mistake,” I said. “I will not make it again.”\n\nFrom A LONG ROAD HOME by Peter O’Hara. Copyright © 2019 by Peter O’Hara.",
			[]want{{d, "I was young and I made a mistake,", "I", "Peter O’Hara", "said"},
				{d, "I will not make it again.", "I", "Peter O’Hara", ""}}},
		{"an opinion piece's I is the author its tagline names",
			"Voters are angry, and they have reason to be. When I met a farmer in Ohio last week, I told him that the system is broken.\n\nMaria Santos, a former mayor of Dayton, is a fellow at the Civic Institute.",
			[]want{{ind, "the system is broken", "I", "Maria Santos", "told"}}},
		{"a name alone under a letter is no tagline",
			"The mayor is wrong about the stadium. I said that the city cannot afford it.\n\nRichard Hays Powell.\n\nDayton, Ohio.",
			[]want{{ind, "the city cannot afford it", "I", "I", "said"}}},
		{"a watchdog named Watch is an organization, not the he who spoke before",
			"Pastor Dale Brandt attacked the school board for teaching “lessons that corrupt our children” on his radio show, Open Church Watch first reported.\n\nHe then said that the members should resign.\n\n“They have failed our children,” he said.",
			[]want{{d, "lessons that corrupt our children", "Open Church Watch", "", "reported"},
				{ind, "the members should resign", "He", "Dale Brandt", "said"},
				{d, "They have failed our children,", "he", "Dale Brandt", "said"}}},
		{"the judge is the one person the story calls Judge, even when named only later",
			"Sam Kline finally sat down. Kline had argued for an hour that the charges were unfair.\n\nThe judge rubbed his chin. “Everything that you have said, I have said too,” the judge said.\n\nLater, Judge Ray Ortiz handed down the sentence.",
			[]want{{ind, "the charges were unfair", "Kline", "Sam Kline", "argued"},
				{d, "Everything that you have said, I have said too,", "the judge", "Ray Ortiz", "said"}}},
		{"the prince is the one person the story calls Prince",
			"Saudi Prince Khalid Bin Fahd mocked Tom Reyes on Twitter.\n\n“You need my money?” tweeted Prince Khalid, a real estate investor, on Thursday.\n\nIn December, the prince called for Reyes to quit, calling him “a disgrace to his party and his state.”",
			[]want{{d, "You need my money?", "Prince Khalid", "Khalid", "tweeted"},
				{d, "a disgrace to his party and his state.", "the prince", "Khalid", "calling"}}},
		{"a short quoted title inside the aside before the verb keeps the frame going to the verb",
			"Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him.",
			[]want{{d, "We’ve had more successful conventions than this one,", "Texas delegate Bill Eastland", "Bill Eastland", "said"},
				// the title itself comes out as a quote, as short titles do (docs/quotes-history.md, round 12: left alone)
				{d, "Ted Cruz", "Texas delegate Bill Eastland", "Bill Eastland", ""}}},
		{"the magazine is the name the word magazine follows",
			"Tom Reyes and Ana Cole entered cookie recipes in Home Table magazine’s annual bake-off on Friday.\n\nThe magazine said that its readers had picked the winner of the election in five of the last six races.",
			[]want{{ind, "its readers had picked the winner of the election in five of the last six races", "The magazine", "Home Table", "said"}}},
		{"the group is the organization of the sentence before, not the station it told",
			"Dale Brandt has sold prints of his painting online.\n\nThe Ocean Trust Foundation did not want to comment on the sale, telling Channel 9 that the organization is focused on “keeping our beaches clean.”\n\n“This year, we are focused on that mission,” the group said.",
			[]want{{d, "keeping our beaches clean.", "The Ocean Trust Foundation", "Ocean Trust Foundation", "telling"},
				{d, "This year, we are focused on that mission,", "the group", "Ocean Trust Foundation", "said"}}},
		{"a list article's item heading is about the person the list is about, not the last item's speaker",
			"5 Odd Things Mayor Tom Reyes Has Said About Cats.\n\nMayor Tom Reyes has strong opinions, and Reyes has a radio show.\n\nHe said cats are “a menace to all the birds.”\n\nReyes told a crowd in May that cats should stay inside.\n\nHe called dog owners “the real heroes of the city.”\n\nLocal vet Sam Kline told the paper: “Cats are fine animals and good friends.” He added that most owners are careful.\n\nHe mocked cat shows as “a waste of everyone's time.”\n\nAt a rally in June, Reyes spoke for an hour.",
			[]want{{d, "a menace to all the birds.", "He", "Tom Reyes", "said"},
				{ind, "cats should stay inside", "Reyes", "Tom Reyes", "told"},
				{d, "the real heroes of the city.", "He", "Tom Reyes", "called"},
				{d, "Cats are fine animals and good friends.", "Local vet Sam Kline", "Sam Kline", "told"},
				{ind, "most owners are careful", "He", "Sam Kline", "added"},
				{d, "a waste of everyone's time.", "He", "Tom Reyes", "mocked"}}},
		{"a photo caption after its credit is no run of the story for a pronoun",
			"Mark Dunne is selling the old rifle online.\n\nDunne said he had received offers, but “the offers were from people I did not trust.”\n\nHe did not elaborate.\n\nJohn Ward/Reuters.\n\nPolice officer Alan Price holds up the rifle during the 2014 trial.\n\n“The rifle works as well as the day it was made,” he added.",
			[]want{{d, "the offers were from people I did not trust.", "Dunne", "Mark Dunne", "said"},
				{d, "The rifle works as well as the day it was made,", "he", "Mark Dunne", "added"}}},
		{"his brother is the person the story introduced as his brother",
			"Richard Owen, 40, was on the flight. His brother Alastair Owen spoke to ITV on Friday, and the BBC reported that Richard worked as a geologist.\n\nHe and his wife had just welcomed a baby girl, his brother added.",
			[]want{{ind, "Richard worked as a geologist", "the BBC", "BBC", "reported"},
				{ind, "He and his wife had just welcomed a baby girl", "his brother", "Alastair Owen", "added"}}},
		{"a clipped name is the longer name whose words its parts begin",
			"This is part of the Gazette Herald series on the campaign.\n\nDuring an interview on Tuesday, GazHerald asked Tom Reyes if he had started writing his speech.",
			[]want{{ind, "if he had started writing his speech", "GazHerald", "Gazette Herald", "asked"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
