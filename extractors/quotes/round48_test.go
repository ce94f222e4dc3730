package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestTextAuthorRound48 holds invented sentences for the text named with its
// author that docs/quotes-history.md, "History (round 48: the held-out
// samples' errors)", changed: a bare definite text ("the email", "the
// report") whose indefinite mention names its author after "by" or "from"
// (`authorAfter`), past a participle and its time words.
func TestTextAuthorRound48(t *testing.T) {
	di := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"an email sent from a description and the name in apposition",
			"The club is closing. On Monday an email was sent from the club's executive director, Daniel Kessler.\n\n" +
				"\"We have decided to wind down the organization this summer,\" the email said.",
			[]want{{di, "We have decided to wind down the organization this summer,", "the email", "Daniel Kessler's email", "said"}}},
		{"a report released by an organization",
			"A report released in March by the Brookings Institution found wide gaps between the states.\n\n" +
				"\"The gaps have grown in every region since the last census,\" the report said.",
			[]want{{di, "The gaps have grown in every region since the last census,", "the report", "Brookings Institution's report", "said"}}},
		{"a letter from a person the mayor received",
			"The mayor received a letter from Maria Lopez on Tuesday.\n\n" +
				"\"The council has ignored our neighborhood for far too long,\" the letter said.",
			[]want{{di, "The council has ignored our neighborhood for far too long,", "the letter", "Maria Lopez's letter", "said"}}},
		{"a note from a name with an initial",
			"On his wall the writer has a framed, handwritten note from Donald J. Trump.\n\n" +
				"\"You are a total loser and your book is even worse,\" the note says.",
			[]want{{di, "You are a total loser and your book is even worse,", "the note", "Donald J. Trump's note", "says"}}},
		{"a story, a text noun the author shapes already knew, by a website",
			"With the primary two weeks away, a story by the website Politico says the governor is losing ground.\n\n" +
				"\"The campaign has burned through most of its money since January,\" the story said.",
			[]want{{pipeline.Indirect, "the governor is losing ground", "the website Politico", "Politico", "says"},
				{di, "The campaign has burned through most of its money since January,", "the story", "Politico's story", "said"}}},
		// Cases that must stay.
		{"a report from a place names no author",
			"A report from Iowa found that turnout fell sharply.\n\n" +
				"\"Turnout fell in every county of the state this year,\" the report said.",
			[]want{{di, "Turnout fell in every county of the state this year,", "the report", "", "said"}}},
		{"a letter from a common noun names no author",
			"The senator received a letter from prison last week.\n\n" +
				"\"I have waited eleven years for a hearing on my case,\" the letter said.",
			[]want{{di, "I have waited eleven years for a hearing on my case,", "the letter", "", "said"}}},
		{"the verb's subject still puts the text out",
			"The Cruz campaign sent a fundraising email on Wednesday.\n\n" +
				"\"Friend, the race is now down to two candidates and we need your help,\" the email said.",
			[]want{{di, "Friend, the race is now down to two candidates and we need your help,", "the email", "The Cruz campaign's email", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestPartyAsideRound48 holds invented sentences for the party aside that
// docs/quotes-history.md, "History (round 48: the held-out samples'
// errors)", changed: "Name, Republican of State," is the name's aside, not
// a name of its own (`partyAside`).
func TestPartyAsideRound48(t *testing.T) {
	in, di := pipeline.Indirect, pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a senator's party and state between commas",
			"Senator Thomas Avery, Republican of South Carolina, said on Sunday that the nominee had crossed a line.",
			[]want{{in, "the nominee had crossed a line", "Senator Thomas Avery", "Thomas Avery", "said"}}},
		{"a representative's party and state after a quote",
			"\"There is only so far you could go with him,\" Representative Peter Lang, Democrat of New York, said of the old days.",
			[]want{{di, "There is only so far you could go with him,", "Representative Peter Lang", "Peter Lang", "said"}}},
		// Cases that must stay.
		{"a name between commas is still the name",
			"Trump's attorney, Alan Garten, said the suit had no merit.",
			[]want{{in, "the suit had no merit", "Alan Garten", "", "said"}}},
		{"a party abbreviation after the name",
			"Rep. Jason Chaffetz, R-Utah, said the report was incomplete.",
			[]want{{in, "the report was incomplete", "Rep. Jason Chaffetz", "Jason Chaffetz", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
