package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
)

// TestResolutionRound12 checks the rules of round 12, each the shape of a
// mistake found on the third hand-resolved sample of PolNeAR train
// (docs/quotes-history.md, "History (round 12: speakers)"); the sentences are
// invented.
func TestResolutionRound12(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a quoted title inside an appositive leaves the name its sentence's subject",
			"Mayor Ann Hale named a police drama as her favorite show. “I never miss an episode,” Hale said.\n\nThe magazine also asked each candidate about a typical breakfast. It printed the answers in a special issue.\n\nTom Reyes, the developer and former host of the cooking show “Kitchen Wars,” listed a comedy as his guilty pleasure.\n\n“My favorite show is the one starring me,” the billionaire business mogul told the magazine.",
			[]want{{d, "I never miss an episode,", "Hale", "Ann Hale", "said"},
				{d, "My favorite show is the one starring me,", "the billionaire business mogul", "Tom Reyes", "told"}}},
		{"a text's author after from or by is part of the source; of goes on inside a name",
			"Unemployment fell to 4 percent in May, according to data from the U.S. Department of Labor.\n\nMost of the new jobs went to young workers, according to a report from the Halden Policy Institute, which tracks hiring.\n\nTurnout doubled among young voters, according to an analysis by the Civic Data Center based on state records.",
			[]want{{ind, "Unemployment fell to 4 percent in May", "data from the U.S. Department of Labor", "", "according to"},
				{ind, "Most of the new jobs went to young workers", "a report from the Halden Policy Institute", "", "according to"},
				{ind, "Turnout doubled among young voters", "an analysis by the Civic Data Center", "", "according to"}}},
		{"a verb coordinated after an aside between dashes: the subject before the aside",
			"Judge Ann Marsh regrets her remarks about the mayor.\n\nThe judge -- who has been in a dispute with the mayor for weeks -- said she regretted her remarks and promised to stay out of politics in the future.",
			[]want{{ind, "she regretted her remarks", "The judge", "Ann Marsh", "said"},
				{ind, "to stay out of politics in the future", "The judge", "Ann Marsh", "promised"}}},
		{"an institution in a description is no hard modifier",
			"Helen Varga regrets her insults of Tom Reyes.\n\nThe Supreme Court justice said she regretted her remarks.",
			[]want{{ind, "she regretted her remarks", "The Supreme Court justice", "Helen Varga", "said"}}},
		{"a description after an opening phrase is its sentence's subject for a he",
			"The chairman of the Joint Chiefs, Gen. Tom Hale, recently asked Admiral Ben Ross about the islands. In a conversation overheard by a reporter, the admiral's answer was indistinct. Asked later - war or not over the islands - the admiral chuckled.\n\n“It is good that my voice is low,” he said.",
			[]want{{d, "It is good that my voice is low,", "he", "Ben Ross", "said"}}},
		{"a family by its plural surname names the people of that surname",
			"Anna Hale and her husband, Peter Hale, opened a bakery in Dayton in 1990.\n\nDuring the past year, the Hales say they have heard rising fears from their customers.",
			[]want{{ind, "they have heard rising fears from their customers", "the Hales", "Anna Hale and Peter Hale", "say"}}},
		{"a participle's object is no subject; a name with its affiliation after it is",
			"Senator Ted Lund of Texas has won over many pastors in Iowa. Mr. Lund met with ten of them on Monday.\n\nOne pastor supporting Mr. Lund, Darran Whit of Liberty Baptist Church in Marion, said he had made more than 150 phone calls. He has made announcements about the caucuses since last month, he said.\n\nSenator Mark Ruiz of Florida is airing a new ad, in which he declares, “The purpose of our life is to cooperate with the plan.”",
			[]want{{ind, "He has made announcements about the caucuses since last month", "he", "Darran Whit", "said"},
				{d, "The purpose of our life is to cooperate with the plan.", "he", "Mark Ruiz", "declares"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestParticipleAfterTitle checks that a quoted title inside a when-clause
// leaves the clause's subject the speaker of a participle after it (round
// 12); only the quote after the participle is checked, since the title is
// itself taken for a quote.
func TestParticipleAfterTitle(t *testing.T) {
	text := "Then there is Dan Kell.\n\n“Too forced?” He tweeted when Marsh ended the debate with a reference to the “Star Wars” sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”"
	doc := run(t, text)
	found := false
	for _, q := range doc.Quotes {
		if doc.Slice(q.Span) == "Thank you, and may The Force be with you." {
			found = true
			assert.Equal(t, "Marsh", doc.Slice(q.Speaker.Span))
			assert.Equal(t, "remarking", doc.Slice(q.Cue))
		}
	}
	assert.True(t, found, "the quote after the participle is found")
}

// TestTitleInAppositive checks that a short quoted title inside an aside
// leaves the name before the aside the speaker of the verb after it (round
// 12); the title itself is still taken for a quote, so only the reports
// are checked.
func TestTitleInAppositive(t *testing.T) {
	text := "Tom Reyes, the former host of the cooking show “Kitchen Wars,” said the city would grow faster than its neighbors.\n\nAnn Lee, who wrote the novel “Blue Water,” told reporters the book took ten years to finish."
	doc := run(t, text)
	want := map[string]string{"the city would grow faster than its neighbors": "Tom Reyes", "the book took ten years to finish": "Ann Lee"}
	for _, q := range doc.Quotes {
		if sp, ok := want[doc.Slice(q.Span)]; ok {
			assert.Equal(t, pipeline.Indirect, q.Kind)
			assert.Equal(t, sp, doc.Slice(q.Speaker.Span))
			delete(want, doc.Slice(q.Span))
		}
	}
	assert.Empty(t, want, "reports not found")
}
