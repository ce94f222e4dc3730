package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// A quoted fragment in a clause whose verb is no speech cue is the words of
// that clause's subject; titles, passives, copulas and "it" give no one's.
func TestFragments(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{"a verb that is no cue",
			`Ted Nordhaus, co-founder of the Breakthrough Institute, welcomed "the recognition that we do not have all the technology we need."`,
			[]want{{kind: pipeline.Direct, text: "the recognition that we do not have all the technology we need.", speaker: "Ted Nordhaus", cue: "welcomed"}}},
		{"a clause reported with that gives the reporter's words",
			`Walter Hewlett sniped that Fiorina, a first-time chief executive, was "learning on the job," while others disagreed.`,
			[]want{{kind: pipeline.Direct, text: "learning on the job,", speaker: "Walter Hewlett", cue: "sniped"}}},
		{"the nearest clause's subject, past a participle",
			`As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against "any and all gun control" in the Senate.`,
			[]want{{kind: pipeline.Direct, text: "any and all gun control", speaker: "the NRA", name: "NRA", cue: "going"}}},
		{"a pronoun",
			`Sanders thanked the nurses on Sunday. He praised "the most dedicated volunteers in this campaign" before leaving.`,
			[]want{{kind: pipeline.Direct, text: "the most dedicated volunteers in this campaign", speaker: "He", name: "Sanders", cue: "praised"}}},
		{"a title is no one's words",
			`Bush crisscrossed New Hampshire on a "Jeb Can Fix It" bus tour. Robby Mook released "The Facts on Where the Race Stands," a memo on delegates.`,
			nil},
		{"a short title after a preposition or a possessive is no quote",
			"“We are doing everything we need to do,” Clinton said on ABC’s “This Week” on Sunday. Brill, the author of “America’s Bitter Pill,” spoke on “Morning Joe.”",
			[]want{{kind: pipeline.Direct, text: "We are doing everything we need to do,", speaker: "Clinton", cue: "said"}}},
		{"a passive gives no one's words",
			`Rubio was asked about "adding another expensive entitlement program to the budget" at the debate.`,
			nil},
		{"a copula or have gives no one's words",
			`New York has several college towns, including "the people's republic of Ithaca," home to Cornell. The mood was "better than anyone expected last year."`,
			nil},
		{"it is no speaker",
			`The bill passed the House. It ended "the worst abuses of the lending industry" for now.`,
			nil},
		{"a possessive is no verb",
			`Sanders thanked Christie's volunteers for "the most dedicated work in this campaign" on Sunday.`,
			[]want{{kind: pipeline.Direct, text: "the most dedicated work in this campaign", speaker: "Sanders", cue: "thanked"}}},
		{"a description of people",
			`Outside the coffee shop, the protesters chanted "Chris Christie: bad for New Jersey, bad for you." Christie slipped in a back door.`,
			[]want{{kind: pipeline.Direct, text: "Chris Christie: bad for New Jersey, bad for you.", speaker: "the protesters", cue: "chanted"}}},
		{"a relative that keeps the clause's own subject",
			`Voters liked the ad that Kasich released with "a message of hope for the whole country" last week.`,
			[]want{{kind: pipeline.Direct, text: "a message of hope for the whole country", speaker: "Kasich", cue: "released"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, c.wants) })
	}
}
