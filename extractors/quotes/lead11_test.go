package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession11 checks speakers found by probing invented
// articles in session 11 (docs/quotes-history.md, "History (session 11, lead)").
// The sentences are invented.
func TestSpeakerPhrasesSession11(t *testing.T) {
	di, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a state before the role names the senator introduced without one",
			"Sen. Harold Brinks, the committee's ranking Democrat, was not persuaded. He pressed her on a memo.\n\n" +
				"“You signed that memo,” the Montana senator said.",
			[]want{{di, "You signed that memo,", "the Montana senator", "Harold Brinks", "said"}}},
		{"but not a senator of another state",
			"Sen. Harold Brinks and Wyoming Sen. Carla Dunmore clashed on Wednesday over crop insurance.\n\n" +
				"“This bill abandons family farms,” the Wyoming senator said. Brinks disagreed. “It saves them,” the Montana senator said.",
			[]want{{di, "This bill abandons family farms,", "the Wyoming senator", "Carla Dunmore", "said"},
				{di, "It saves them,", "the Montana senator", "Harold Brinks", "said"}}},
		{"nor one whose state follows an \"of\"",
			"Sen. Carla Dunmore of Wyoming and Sen. Harold Brinks met the farmers.\n\n" +
				"“Nobody here wants a bailout,” the Montana senator said.",
			[]want{{di, "Nobody here wants a bailout,", "the Montana senator", "Harold Brinks", "said"}}},
		{"a statement put out before a colon speaks in the paragraph after",
			"In response to the attack, Republican nominee Donald Trump issued the following statement:\n\n" +
				"“Our prayers are with all those affected. This cannot continue.”",
			[]want{{di, "Our prayers are with all those affected. This cannot continue.", "Republican nominee Donald Trump", "Donald Trump", ""}}},
		{"an organization's, released",
			"The White House released this statement:\n\n“The president has spoken with the chancellor and offered help.”",
			[]want{{di, "The president has spoken with the chancellor and offered help.", "The White House", "White House", ""}}},
		{"a title-case headline's quote is the person it opens with, not the whole headline",
			"Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nAt least nine people were killed on Friday. Donald Trump spoke later.",
			[]want{{di, "This Cannot Continue.", "Trump", "Donald Trump", ""}}},
		{"a name in marks after \"called\" is no one's words, and no verb for a participle to hang on",
			"Later on Sunday, Ben Carson shared a syllabus for a 2002 psychology class called “Perception” on his Facebook page, writing “Still waiting on the apology from the reporter.”",
			[]want{{di, "Still waiting on the apology from the reporter.", "Ben Carson", "", "writing"}}},
		{"an adverb in -ly between the article and a participle stays in the speaker's phrase, after the quote",
			"“We are going to win this state,” a newly elected senator said.",
			[]want{{di, "We are going to win this state,", "a newly elected senator", "", "said"}}},
		{"and before the cue",
			"A recently retired judge said: “The court has lost its way.”",
			[]want{{di, "The court has lost its way.", "A recently retired judge", "", "said"}}},
		{"\"in the words of X\" opening a sentence attributes it as \"according to\" does",
			"In the words of one board member, Kristen Ahl, the refinery had a troubling history of equipment failures.",
			[]want{{in, "the refinery had a troubling history of equipment failures", "Kristen Ahl", "", "words"}}},
		{"and closing it",
			"The refinery had a troubling history of equipment failures, in the words of one board member.",
			[]want{{in, "The refinery had a troubling history of equipment failures", "one board member", "", "words"}}},
		{"but inside a sentence it is the quote's attribution",
			"Mrs. Clinton was, in the words of a senior adviser, ''the torchbearer'' of his legacy.",
			[]want{{di, "the torchbearer", "a senior adviser", "", ""}}},
		{"a dateline's region after the city's comma is no part of the report",
			"PASADENA, Texas (AP) — An explosion tore through a refinery early Thursday, officials said.",
			[]want{{in, "An explosion tore through a refinery early Thursday", "officials", "", "said"}}},
		{"two words of it",
			"SAN JUAN, Puerto Rico — Power was restored to most of the island by Friday, the utility said.",
			[]want{{in, "Power was restored to most of the island by Friday", "the utility", "", "said"}}},
		{"two people each described and named, joined by \"and\", speak together",
			"Gulfmark's chief executive, Paul Verhoeven, and the head of the local union, Tomas Arce, said in a joint statement that they would cooperate.",
			[]want{{in, "they would cooperate", "Paul Verhoeven, and the head of the local union, Tomas Arce", "Paul Verhoeven and Tomas Arce", "said"}}},
		{"a source named after the attribution is the quote's, as the news sets' gold has it",
			"“Delegates should vote the way they see fit,” Walker said, according to an Associated Press account.",
			[]want{{di, "Delegates should vote the way they see fit,", "an Associated Press account", "", "according to"}}},
		{"with its publisher",
			"“She thinks the tests are too much,” Bill Clinton said Monday, according to audio provided by Wyoming Public Radio.",
			[]want{{di, "She thinks the tests are too much,", "audio provided by Wyoming Public Radio", "", "according to"}}},
		{"but a translation renders the speaker's own words",
			"“We will not accept this,” Bennani said, according to an official translation.",
			[]want{{di, "We will not accept this,", "Bennani", "", "said"}}},
		{"a paper that reports the attribution is the quote's source too",
			"“The platform says you are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today.",
			[]want{{di, "The platform says you are no longer welcome,", "USA Today", "", "reports"}}},
		{"\"Here's X:\" presents the quote after its colon",
			"Bill Clinton ran in 1992. Here’s Clinton in December 1992: “Our new direction must rest on the new realities of competition.”",
			[]want{{di, "Our new direction must rest on the new realities of competition.", "Clinton", "Bill Clinton", ""}}},
		{"a dash opening a quote that ends the sentence, after a person's clause",
			"Donald Trump spoke on Sunday. Trump also embraced enhanced interrogation techniques -- “I think waterboarding is peanuts compared to what they do.”",
			[]want{{di, "I think waterboarding is peanuts compared to what they do.", "Trump", "Donald Trump", ""}}},
		{"a business noun names the firm an earlier one named",
			"Halvorsen Motors is recalling 200,000 vehicles, the company said Tuesday. The recall covers the Halvorsen Ridgeline and Ridgeline Sport.\n\n" +
				"The automaker said dealers would replace the part.",
			[]want{{in, "Halvorsen Motors is recalling 200,000 vehicles", "the company", "Halvorsen Motors", "said"},
				{in, "dealers would replace the part", "The automaker", "Halvorsen Motors", "said"}}},
		{"\"the agency\" names the government agency named last",
			"The complaints were sent to the National Highway Traffic Safety Administration. Owners are worried.\n\n" +
				"The agency said it was aware of 14 crashes.",
			[]want{{in, "it was aware of 14 crashes", "The agency", "National Highway Traffic Safety Administration", "said"}}},
		{"a participle and its agent between the cue's phrase and \"that\"",
			"The automaker said in documents posted by the safety agency that a seal in the brake booster can crack.",
			[]want{{in, "a seal in the brake booster can crack", "The automaker", "", "said"}}},
		{"a description the speaker's name is in apposition to is no report before the cue",
			"The union's president, Renata Solis, said in her own post. The strike will go on, the union's president, Renata Solis, said.",
			[]want{{in, "The strike will go on", "Renata Solis", "", "said"}}},
		{"\"they\" after a number of people opening the sentence",
			"Hundreds of farmers rallied on Friday to protest the cuts, which they say would force them to fallow their land.",
			[]want{{in, "which they say would force them to fallow their land", "they", "Hundreds of farmers", "say"}}},
		{"a translation opening the sentence is no source of a report either",
			"According to a translation provided by his office, Bennani also called on the two countries to reopen the border.",
			nil},
		{"a paper's report keeps its paper when the sentence names the paper's sources after it (the seed's convention)",
			"The Financial Times reports that the two sides met in Oman in January, according to anonymous officials.",
			[]want{{in, "the two sides met in Oman in January", "The Financial Times", "Financial Times", "reports"}}},
		{"while a person's report goes to the account that names it",
			"Kasich said he would have fired him, according to press reports.",
			[]want{{in, "he would have fired him", "press reports", "", "according to"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
