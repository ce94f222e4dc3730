package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound18 checks the rules of round 18 (docs/quotes-history.md,
// "History (round 18)"): a definite description is the one person the
// article introduced with its head noun, whether or not the noun is in the
// role lexicon. The sentences are invented.
func TestResolutionRound18(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"an appositive introduces a noun the lexicon lacks",
			"Carla Diaz, a community midwife from Tampa, spent the night at the clinic. Tom Reyes, the mayor, visited in the morning.\n\n“We ran out of beds by midnight,” the midwife said.",
			[]want{{d, "We ran out of beds by midnight,", "the midwife", "Carla Diaz", "said"}}},
		{"a noun right before the name, with its modifier",
			"Veteran plumber Carla Diaz fixed the pipes while Tom Reyes watched from the street.\n\n“Nobody had touched them in forty years,” the veteran plumber said.",
			[]want{{d, "Nobody had touched them in forty years,", "the veteran plumber", "Carla Diaz", "said"}}},
		{"an appositive with a possessive",
			"Carla Diaz, the clinic's night midwife, stayed until dawn. Tom Reyes, the mayor, visited in the morning.\n\n“We ran out of beds by midnight,” the midwife said.",
			[]want{{d, "We ran out of beds by midnight,", "the midwife", "Carla Diaz", "said"}}},
		{"a who-is clause introduces the noun",
			"Carla Diaz, who is a beekeeper in the valley, lost half her hives. Tom Reyes lost none.\n\n“The winter was brutal,” the beekeeper said.",
			[]want{{d, "The winter was brutal,", "the beekeeper", "Carla Diaz", "said"}}},
		{"two people introduced with the noun: the words stay",
			"Carla Diaz, a midwife from Tampa, and Ana Cole, a midwife from Miami, worked the night shift.\n\n“We ran out of beds by midnight,” the midwife said.",
			[]want{{d, "We ran out of beds by midnight,", "the midwife", "", "said"}}},
		{"a modifier the introduction lacks: the words stay",
			"Carla Diaz, a midwife from Tampa, worked the night shift. Tom Reyes ran the ward.\n\n“We ran out of beds by midnight,” the night midwife said.",
			[]want{{d, "We ran out of beds by midnight,", "the night midwife", "", "said"}}},
		{"a noun for what a person does, opening its sentence, is the subject of the sentence before",
			"Ana Cole runs the town's bakery. Despite what he wrote in the op-ed, Tom Reyes said he may yet vote for the levy. The veteran speechwriter said the deal-breaker was the school tax.",
			[]want{{pipeline.Indirect, "he may yet vote for the levy", "Tom Reyes", "Tom Reyes", "said"},
				{pipeline.Indirect, "the deal-breaker was the school tax", "The veteran speechwriter", "Tom Reyes", "said"}}},
		{"not when the sentence before names its subject in another paragraph",
			"Tom Reyes said he may yet vote for the levy.\n\nThe veteran speechwriter said the deal-breaker was the school tax.",
			[]want{{pipeline.Indirect, "he may yet vote for the levy", "Tom Reyes", "Tom Reyes", "said"},
				{pipeline.Indirect, "the deal-breaker was the school tax", "The veteran speechwriter", "", "said"}}},
		{"a generic role given with is introduces the person too",
			"Tom Reyes is a spokesman for the dockworkers' union. Ana Cole runs the port.\n\n“We will not go back to work,” the spokesman said.",
			[]want{{d, "We will not go back to work,", "the spokesman", "Tom Reyes", "said"}}},
		{"the company is the one organization introduced with the noun",
			"The layoffs were confirmed by Ana Cole, a spokeswoman for Brightbake's parent company, Holloway Foods.\n\nTom Reyes has vowed to boycott the cookies.\n\nThe company says it considered keeping the lines in Dayton.",
			[]want{{pipeline.Indirect, "it considered keeping the lines in Dayton", "The company", "Holloway Foods", "says"}}},
		{"a description in apposition to a name before it, closed by a comma, is that name",
			"Ana Cole praised the plan.\n\nBut Tom Reyes, acting director of Harbor Watch, which organized the petition, said the plan was undercut by its ties to Coleco.\n\nCole, a top aide said, “is very confident in the contrast” between her and Reyes.",
			[]want{{pipeline.Indirect, "the plan was undercut by its ties to Coleco", "acting director of Harbor Watch", "Tom Reyes", "said"},
				{d, "is very confident in the contrast", "a top aide", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
