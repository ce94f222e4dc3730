package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound46 checks the rules of round 46 (docs/quotes-history.md,
// "History (round 46: pronouns)"): a "he" or "she" that tells someone by
// name is never that someone, and the cases around it that must stay. The
// sentences are invented.
func TestResolutionRound46(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a he that tells the interviewer by name is the one asked, and so is the he after it",
			"“We are going to build it,” Trent added.\n\nMolloy asked Trent how long the bridge would be.\n\n“I think the length could be two miles. That's a good length,” he told Molloy, to cheers from the crowd.\n\n“We have no choice,” he said.",
			[]want{{d, "We are going to build it,", "Trent", "", "added"},
				{in, "how long the bridge would be", "Molloy", "", "asked"},
				{d, "I think the length could be two miles. That's a good length,", "he", "Trent", "told"},
				{d, "We have no choice,", "he", "Trent", "said"}}},
		{"a he that tells the senator by name is the one who told him before",
			"Rubin has pushed to raise the cap on work visas.\n\nAt a coffee shop last month, Rubin supporter Dale Kerwin told the senator that he drove from Chicago to ask him about work visas. Rubin co-sponsored a bill this year that would triple the cap.\n\n“Workers like me have been horribly abused by the program,” he told Rubin.",
			[]want{{in, "he drove from Chicago to ask him about work visas", "Rubin supporter Dale Kerwin", "Dale Kerwin", "told"},
				{d, "Workers like me have been horribly abused by the program,", "he", "Dale Kerwin", "told"}}},
		{"a she told a title and a name is not that person either",
			"Gov. Ann Pryor met Sen. Lisa Crane in Dayton on Monday. Sen. Crane asked the governor whether the schools would get more money.\n\n“We will fund the schools,” she told Sen. Crane.",
			[]want{{in, "whether the schools would get more money", "Sen. Crane", "Lisa Crane", "asked"},
				{d, "We will fund the schools,", "she", "Ann Pryor", "told"}}},
		{"a he that answers a question asked by name just before is the one asked, not the asker",
			"Sen. Tom Harlan spoke in Ohio on Monday.\n\nLater, Sean Molloy asked Harlan how long the bridge would be.\n\n“We have no choice,” he said.",
			[]want{{in, "how long the bridge would be", "Sean Molloy", "", "asked"},
				{d, "We have no choice,", "he", "Tom Harlan", "said"}}},
		{"and in the same paragraph, the asker the subject of the sentence before",
			"Tom Harlan spoke in Ohio on Monday.\n\nChris Wallen asked Harlan about the bridge. “We have no choice,” he said.",
			[]want{{d, "We have no choice,", "he", "Tom Harlan", "said"}}},
		{"a he asked as him by the subject of a leading clause is not that subject",
			"Sen. Tom Harlan spoke in Ohio on Monday. Jake Tapling, the host, was there.\n\nWhen Tapling asked him about the bridge, he said, “We have no choice.”",
			[]want{{d, "We have no choice.", "he", "Tom Harlan", "said"}}},
		{"nor is a he asked by someone named after 'Asked by'",
			"Sen. Tom Harlan spoke in Ohio on Monday. Chris Wallen, the host, was there.\n\nAsked by Wallen about the bridge, he said, “We have no choice.”",
			[]want{{d, "We have no choice.", "he", "Tom Harlan", "said"}}},
		{"must stay: a he that asks on is the asker",
			"Sen. Tom Harlan spoke in Ohio on Monday.\n\nLater, Sean Molloy asked Harlan how long the bridge would be. “And who pays for it?” he asked.",
			[]want{{in, "how long the bridge would be", "Sean Molloy", "", "asked"},
				{d, "And who pays for it?", "he", "Sean Molloy", "asked"}}},
		{"must stay: the one asked who answers was already the one taken",
			"Sam Ruiz spoke before Kay Dorn, the host, took over.\n\nDorn then asked Ruiz which states he could win. “We feel great in every one of those states,” he said.",
			[]want{{in, "which states he could win", "Dorn", "Kay Dorn", "asked"},
				{d, "We feel great in every one of those states,", "he", "Sam Ruiz", "said"}}},
		{"must stay: a he told a network is the person before",
			"Tom Becker spoke after the debate.\n\n“The animosity is like I've never seen before,” he told CNN's Chris Cuomo.",
			[]want{{d, "The animosity is like I've never seen before,", "he", "Tom Becker", "told"}}},
		{"must stay: a he told someone else is still the subject",
			"Ray Dunn met Tom Becker at the rally.\n\n“I want your vote,” he told Becker.",
			[]want{{d, "I want your vote,", "he", "Ray Dunn", "told"}}},
		{"a she after a she that stood for an unnamed speaker stands for her too, not for the woman named before",
			"“This is a small town!” said Dana Lyle, a waitress at the diner.\n\nA cashier said she was shaken by the talk she has heard. “One man came in and said we should fight back,” said the woman, who did not want to be named. “Too much hate,” she said. “I think the campaign is causing a lot of this,” she said.",
			[]want{{d, "This is a small town!", "Dana Lyle", "", "said"},
				{in, "she was shaken by the talk she has heard", "A cashier", "", "said"},
				{d, "One man came in and said we should fight back,", "the woman", "A cashier", "said"},
				{d, "Too much hate,", "she", "A cashier", "said"},
				{d, "I think the campaign is causing a lot of this,", "she", "A cashier", "said"}}},
		{"and a he after a he that stood for an unnamed delegate",
			"Trent Mosby spoke on Monday.\n\nOne California delegate said he tried to give away guest passes. He was unable to find a single taker, he said, on condition of anonymity. “Not a single one of them wanted to go,” he said.",
			[]want{{in, "he tried to give away guest passes", "One California delegate", "", "said"},
				{in, "He was unable to find a single taker", "he", "One California delegate", "said"},
				{d, "Not a single one of them wanted to go,", "he", "One California delegate", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
