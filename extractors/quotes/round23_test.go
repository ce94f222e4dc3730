package quotes_test

import (
	"sync"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/quotes"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReportedSpeechRound23 holds invented sentences for the reported
// speech of round 23 (docs/quotes-history.md, "History (round 23: reported
// speech)"): plain objects of a cue that are no words said, and the
// reports next to them that stay.
func TestReportedSpeechRound23(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a question that holds its words stays", "He answered the question of what he would do with the money.",
			[]want{{in, "the question of what he would do with the money", "He", "", "answered"}}},
		{"a photo as the subject of a reported clause stays", "She says the photo of her son would have made her cry.",
			[]want{{in, "the photo of her son would have made her cry", "She", "", "says"}}},
		{"nothing as the subject of a reported clause stays", "Smith said nothing had changed since the vote.",
			[]want{{in, "nothing had changed since the vote", "Smith", "", "said"}}},
		{"a clause after they and a verb stays", "A member of the family suggested they tweet a picture of the lunch.",
			[]want{{in, "they tweet a picture of the lunch", "A member of the family", "", "suggested"}}},
		{"a compound noun is no head", "He said the video game industry was growing.",
			[]want{{in, "the video game industry was growing", "He", "", "said"}}},
		{"a short quote closing a clause before its attribution is a borrowing in reported speech",
			"Tom Reyes, the mayor, spoke on Monday. The new levy is a \"very welcome step,\" he said.",
			[]want{{in, "The new levy is a \"very welcome step,\"", "he", "Tom Reyes", "said"}}},
		{"and before an inverted attribution",
			"The new levy is a \"very welcome step,\" said Tom Reyes, the mayor.",
			[]want{{in, "The new levy is a \"very welcome step,\"", "Tom Reyes", "", "said"}}},
		{"a short quote that is the whole sentence stays a direct quote",
			"Tom Reyes, the mayor, spoke on Monday. \"Not even one,\" he said.",
			[]want{{pipeline.Direct, "Not even one,", "he", "Tom Reyes", "said"}}},
		{"a dash after a trailing attribution opens the writer's aside",
			"The council wants fewer bus lines, Mayor Tom Reyes said on Monday at a meeting in Leeds — a reversal of his stand in the spring.",
			[]want{{in, "The council wants fewer bus lines", "Mayor Tom Reyes", "Tom Reyes", "said"}}},
		{"a trailing subject with two joined adjectives",
			"The port is likely to close for a week, current and former officials said.",
			[]want{{in, "The port is likely to close for a week", "current and former officials", "", "said"}}},
		{"a trailing subject with two joined nouns",
			"Support for the strike is strongest among the youngest nurses, nurses and union officials told the Herald.",
			[]want{{in, "Support for the strike is strongest among the youngest nurses", "nurses and union officials", "", "told"}}},
		{"according to a source with an -ly word",
			"As of Monday, the mayor had 2,205 votes, according to a tally by the Herald.",
			[]want{{in, "As of Monday, the mayor had 2,205 votes", "a tally by the Herald", "", "according to"}}},
		{"according to a source with a quoted title",
			"The plan would cost about $1.4 billion a year, according to the \"Homes for all\" paper the council released.",
			[]want{{in, "The plan would cost about $1.4 billion a year", "the \"Homes for all\" paper the council released", "", "according to"}}},
		{"a poll's share written out of",
			"Nearly nine out of 10 say they will need to learn new skills.",
			[]want{{in, "they will need to learn new skills", "Nearly nine out of 10", "", "say"}}},
		{"a dash before a quote with its own attribution ends the reported clause",
			"Tom Reyes, the mayor, suggested that the levy was unfair - \"We need to see the details first,\" he said.",
			[]want{{in, "the levy was unfair", "Tom Reyes", "", "suggested"},
				{pipeline.Direct, "We need to see the details first,", "he", "Tom Reyes", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestNoReportRound23 checks, among every candidate the stage finds (no
// confidence threshold), that plain objects which name no words said are
// not reported at all, that an object or a promise inside a subordinate
// clause stops where the main clause goes on, and that a possessed
// promise's infinitive is found. want is the one report expected, "" for
// none.
func TestNoReportRound23(t *testing.T) {
	allOnce.Do(func() {
		seg, err := segment.New()
		require.NoError(t, err)
		ents, err := entities.New()
		require.NoError(t, err)
		allPipe = pipeline.New(seg, ents, quotes.NewWithOptions(quotes.Options{}))
	})
	tests := []struct{ name, text, want string }{
		{"a novel written is no report", "She wrote a novel about her childhood in Ohio.", ""},
		{"a book written, before a relative clause", "The former guard has written a book in which he describes the mayor's temper.", ""},
		{"questions answered are no report", "The senator answered five questions.", ""},
		{"questions from reporters", "The senator answered questions from reporters for an hour.", ""},
		{"a question asked, its words not given", "She tried to ask the mayor a question about the budget.", ""},
		{"a photograph tweeted", "Fields later tweeted a photograph of her bruised forearm.", ""},
		{"a lead maintained", "In the Democratic race, Sanders maintained his double-digit lead over Clinton.", ""},
		{"said nothing", "Smith said nothing about the plan.", ""},
		{"would say little", "The chief, who has seen the files, would say little about their content.", ""},
		{"add up to: a sum", "In all, those promises add up to more than $8.5 million.", ""},
		{"the story told", "He told the story of his grandfather's farm.", ""},
		{"an object in a relative clause ends where the main clause goes on",
			"Clinton, who announced a $275 billion spending plan on Monday, plans to focus on jobs in December.", "a $275 billion spending plan on Monday"},
		{"an object in a subordinate clause ends where the main clause goes on",
			"In the same week that the singer announced his return to the city, its people felt the mood change.", "his return to the city"},
		{"a possessed promise reports its infinitive, up to the sentence's verb",
			"His attacks on the council and his promise to build a new bridge were the talk of the town.", "to build a new bridge"},
		{"a possessed claim reports its infinitive",
			"A win in Leeds would bolster her claim to be the party's strongest candidate.", "to be the party's strongest candidate"},
		{"not after a name's possessive, which would become the last speaker",
			"Reyes rubbished Cole's claim to understand the valley.", ""},
		{"a promise in a subordinate clause ends at its comma",
			"Three years after the party vowed to do a better job courting young voters, its candidates have done the opposite.", "to do a better job courting young voters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := pipeline.NewDocument("test", tt.text)
			allPipe.Run(doc)
			var got []string
			for _, q := range doc.Quotes {
				if q.Kind == pipeline.Indirect {
					got = append(got, doc.Slice(q.Span))
				}
			}
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			assert.Equal(t, want, got)
		})
	}
}

var (
	allOnce sync.Once
	allPipe *pipeline.Pipeline
)
