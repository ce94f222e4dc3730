package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestClauseEndRound25 holds invented sentences for where a reported
// clause ends (docs/quotes-history.md, "History (round 25: where a reported clause
// ends)").
func TestClauseEndRound25(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a role after an inverted speaker opens the speaker's description",
			"The council also lacks support from the unions, said Ann Hale, director of the University of Leeds's Centre for Politics.",
			[]want{{in, "The council also lacks support from the unions", "Ann Hale", "", "said"}}},
		// Since round 40 the trailing attribution names the outer source, as
		// PolNeAR's gold does (docs/quotes-history.md, "History (round 40: speaker
		// mentions)"): the whole sentence is the paper's report.
		{"a trailing attribution after a reported clause is not part of it",
			"Party nominee Jane Hale told federal investigators in July she was advised by her deputy to use a private phone, the Leeds Courier reported late Thursday.",
			[]want{{in, "Party nominee Jane Hale told federal investigators in July she was advised by her deputy to use a private phone", "the Leeds Courier", "Leeds Courier", "reported"}}},
		{"nor an inverted one",
			"The mayor said the port is central to the plan for the first time, reported the Leeds Courier.",
			[]want{{in, "the port is central to the plan for the first time", "the Leeds Courier", "Leeds Courier", "reported"}}},
		{"a verb with an object after an aside goes on with the clause",
			"Smith said his band and his producer, known as Big Moth, wrote a host of new songs for the album.",
			[]want{{in, "his band and his producer, known as Big Moth, wrote a host of new songs for the album", "Smith", "", "said"}}},
		{"a verb after a subordinate clause's pronoun goes on with the clause",
			"Reyes said that if the mayor opted to sell the port, he should have insisted on a better price.",
			[]want{{in, "if the mayor opted to sell the port, he should have insisted on a better price", "Reyes", "", "said"}}},
		{"a report in a subordinate clause after a time phrase ends where the main clause starts",
			"Three days after the mayor said the port would close, the council voted to keep it open.",
			[]want{{in, "the port would close", "the mayor", "", "said"}}},
		{"a report in a subordinate clause inside another one",
			"If we read the plan right when she says she wants to \"win every ward\" in the city, it would seem that she means to stay.",
			[]want{{in, "she wants to \"win every ward\" in the city", "she", "", "says"}}},
		{"a subordinate clause's report ends at a dash before an aside and the main clause",
			"Ann Hale has the final say, and though she has said she will accept the advice of the panel – the one the council chose – the unions are still angry.",
			[]want{{in, "she will accept the advice of the panel", "she", "Ann Hale", "said"}}},
		{"not at a dash pair inside the report",
			"While the mayor said the port — in her words — would close, the council voted to keep it open.",
			[]want{{in, "the port — in her words — would close", "the mayor", "", "said"}}},
		{"a participle after a dash is the writer's aside on the speaker",
			"A farmer from the valley says he could see no difference between the two groups - noting that he saw both carry weapons.",
			[]want{{in, "he could see no difference between the two groups", "A farmer from the valley", "", "says"}}},
		{"having after a dash pair",
			"The mayor began the debate saying the council has the right to decide -- having argued in a speech that it does not -- but said she doubted its judgment.",
			[]want{{in, "the council has the right to decide", "The mayor", "", "saying"},
				{in, "she doubted its judgment", "The mayor", "", "said"}}},
		{"something after a dash is the writer's appositive",
			"Ann Hale said she went because she thought it would be fun — something the crowd could understand.",
			[]want{{in, "she went because she thought it would be fun", "Ann Hale", "", "said"}}},
		{"whom after a comma opens a relative clause on the clause's last noun",
			"A union spokesman said teams of observers were sent with the marchers, whom he described as calm, for the whole route.",
			[]want{{in, "teams of observers were sent with the marchers", "A union spokesman", "", "said"}}},
		{"a report inside a parenthesis ends where it closes",
			"(No poll has been taken there, but several party leaders suggested she would do well in the north of the state.) But if she fails, they will be free to vote as they like.",
			[]want{{in, "she would do well in the north of the state.", "several party leaders", "", "suggested"}}},
		{"a count and its own report after a comma is the next answer",
			"Already, 420 delegates have publicly said they support Hale, 39 have said they support Reyes and 160 have not announced a choice.",
			[]want{{in, "they support Hale", "420 delegates", "", "said"}}},
		{"after and its own report",
			"Six in 10 say she is at least somewhat honest, after half said so in the spring poll.",
			[]want{{in, "she is at least somewhat honest", "Six in 10", "", "say"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
