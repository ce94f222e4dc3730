package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound34 checks the rules of round 34 (docs/quotes-history.md,
// "History (round 34)"): pronouns given the wrong person across the twelve
// hand-resolved samples. The sentences are invented.
func TestResolutionRound34(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a rare first name tells the sex: the pollster who is the subject just before, not the chairman who spoke earlier",
			"Campaign chairman John Reyes called the pick “the most extreme choice in a generation” on Monday.\n\nRepublican pollster Whit Dalton -- author of a book on the party's future -- is skeptical the ticket can recover. But the governor could try to change the subject.\n\n“His better bet is to talk about jobs and nothing else,” he said.",
			[]want{{d, "the most extreme choice in a generation", "Campaign chairman John Reyes", "John Reyes", "called"},
				{d, "His better bet is to talk about jobs and nothing else,", "he", "Whit Dalton", "said"}}},
		{"and a she goes to the woman of the rare name, not to the woman who spoke before",
			"The mayor's wife, Linda Moss, spoke first. “We will win this city back,” she said.\n\nNaureen Haddad, 34, could be a bridge to younger voters. She has campaigned at every college in the county. “I will vote for whoever listens to students,” she said.",
			[]want{{d, "We will win this city back,", "she", "Linda Moss", "said"},
				{d, "I will vote for whoever listens to students,", "she", "Naureen Haddad", "said"}}},
		{"a report inside another's reported words leaves the one who reports it the last speaker",
			"Tom Hale, who runs the city's budget office, says the cuts wouldn't have closed any of the schools that Governor Ray Burke mentioned when he announced the plan.\n\nHe says voters don't need any more “condescending lectures that are completely devoid of facts.”",
			[]want{{in, "the cuts wouldn't have closed any of the schools that Governor Ray Burke mentioned when he announced the plan", "Tom Hale", "", "says"},
				{d, "condescending lectures that are completely devoid of facts.", "He", "Tom Hale", "says"}}},
		{"and the she of the next quote is the one who reported, not the one reported on",
			"Ann Ruiz, who worked for the mayor in 2008, said tensions were higher than ever. She said that she was more focused on the platform and noted that Governor Mary Stone herself has acknowledged she won't be the nominee.\n\n“What most of us are asking for here isn't unreasonable,” she said.",
			[]want{{in, "tensions were higher than ever", "Ann Ruiz", "", "said"},
				{in, "she was more focused on the platform", "She", "Ann Ruiz", "said"},
				{in, "Governor Mary Stone herself has acknowledged she won't be the nominee", "She", "Ann Ruiz", "noted"},
				{d, "What most of us are asking for here isn't unreasonable,", "she", "Ann Ruiz", "said"}}},
		{"the subject of a clause after a verb of thinking is no subject of the story",
			"Voters in Fresno have soured on Governor Anne Walsh. Many blame Walsh for the strike, and a recall petition against Walsh has 40,000 names.\n\nRosa Diaz, a teacher from Fresno, is among those who will sit out the election. The strike was the first time she had marched, and she doesn't think Walsh can fix the schools.\n\nVoting is “a choice between two bad options, at the very least,” she said.",
			[]want{{d, "a choice between two bad options, at the very least,", "she", "Rosa Diaz", "said"}}},
		{"nor is the subject of a whether clause",
			"Mayor Joan Pike met Governor Anne Walsh on Friday. Walsh still has the final say on whether Pike keeps the grant, and though she has said she'll follow the auditors, critics are wary.",
			[]want{{in, "she'll follow the auditors", "she", "Anne Walsh", "said"}}},
		{"a he goes to the person whose view the sentence before opens with 'For X,'",
			"Tom Bell concludes: “Nobody did this to them.”\n\nFor Dan Price, Bell is laying bare the cold logic of the movement. “The market hasn't failed the workers,” he mocks.",
			[]want{{d, "Nobody did this to them.", "Tom Bell", "", "concludes"},
				{d, "The market hasn't failed the workers,", "he", "Dan Price", "mocks"}}},
		{"and a they to the group a 'To …,' opener gives the view of",
			"“I am not a natural speaker,” Mrs. Lane said in one of her debates.\n\nTo her backers, there may be a strange logic at work. Mrs. Lane is expected to be tough and warm at once, they say.",
			[]want{{d, "I am not a natural speaker,", "Mrs. Lane", "Lane", "said"},
				{in, "Mrs. Lane is expected to be tough and warm at once", "they", "her backers", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
