package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound30 checks the rules of round 30 (docs/quotes-history.md,
// "History (round 30)"): resolution classes that recur across the tenth,
// eleventh and twelfth hand-resolved samples. The sentences are invented.
func TestResolutionRound30(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a state's demonym is an epithet of the politician just named",
			"Former Ohio Gov. Ted Strickland endorsed the mayor on Sunday.\n\nThe former governor, who left office in 2011, noted that voters want change. “Those are very able people,” the Ohioan said.",
			[]want{{in, "voters want change", "The former governor", "Ted Strickland", "noted"},
				{d, "Those are very able people,", "the Ohioan", "Ted Strickland", "said"}}},
		{"a place-and-party epithet names the one who spoke in the sentence before, though another, named more often, is a subject there too",
			"Governor Ellen Pike vetoed the state budget on Monday. Pike had warned of a veto for weeks. On Tuesday Pike toured a school in Boise, and Pike spoke to parents there.\n\nSenate Majority Leader Tom Harkness says no matter what action Pike takes on the budget, “her veto will not stand.”\n\nThe Idaho Republican says in a statement that the governor’s plan is certain to fail.",
			[]want{{d, "her veto will not stand.", "Senate Majority Leader Tom Harkness", "Tom Harkness", "says"},
				{in, "the governor’s plan is certain to fail", "The Idaho Republican", "Tom Harkness", "says"}}},
		{"a description tied to someone names the person the next paragraph names with an aside tied to that someone",
			"In response to the council's vote, Mayor Lena Ortiz’s right-hand man rallied supporters, saying: “We have to be ready to fight it.”\n\nPaul Brenner, chief of staff for Ortiz’s office, emailed supporters on Monday evening.",
			[]want{{d, "We have to be ready to fight it.", "Mayor Lena Ortiz’s right-hand man", "Paul Brenner", "saying"}}},
		{"or the person the article later introduces with the description's own words",
			"Senator Ana Garcia lost the primary on Tuesday. (On Wednesday, Garcia's campaign manager said he expects the senator to stay in the party \"for life.\")\n\nHer supporters were stunned by the result.\n\nThe count went on for hours in the northern counties.\n\nGarcia's campaign manager, Tom Reyes, appeared on television to thank the volunteers.",
			[]want{{in, "he expects the senator to stay in the party \"for life.\"", "Garcia's campaign manager", "Tom Reyes", "said"}}},
		{"but not a person named next whose aside names that someone as the object of a deed",
			"Senator Ana Garcia lost the primary on Tuesday. Garcia's campaign manager said he expects the senator to stay in the party \"for life.\"\n\nRival Tom Reyes, who beat Garcia by nine points, thanked the volunteers.",
			[]want{{in, "he expects the senator to stay in the party \"for life.\"", "Garcia's campaign manager", "", "said"}}},
		{"a surname two people share names the one of them named in full as a subject nearby, not the one named first",
			"The victims were officer Tom Keller and guard Ray Ortiz.\n\nLast week, the mayor said the families were wrong. However, Anna Keller, mother of victim Tom Keller, rejected the claim.\n\n“She lied to me,” Keller said.",
			[]want{{in, "the families were wrong", "the mayor", "", "said"},
				{d, "She lied to me,", "Keller", "Anna Keller", "said"}}},
		{"and a husband named in full as the subject just before is the one who speaks",
			"Voters re-elected Mayor Maria Lopez on Tuesday.\n\nHer husband, Carlos Lopez, toured the precincts. Carlos Lopez spoke with voters outside the gym. At one point, a woman asked for a photo and Lopez said, “As long as we are not breaking any rules.”",
			[]want{{d, "As long as we are not breaking any rules.", "Lopez", "Carlos Lopez", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
