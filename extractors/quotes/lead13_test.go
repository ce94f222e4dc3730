package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession13 checks reported speech found by probing
// invented articles in session 13 (docs/quotes-history.md, "History
// (session 13, lead)"): hearers of "told" that hold a possessive, a number
// or a programme's name; an organization's role after its speaker; a name whose
// first word no list knows opening its sentence; a two-word title; noun
// objects of declare and the like, which report no words; a fragment in a
// relative clause. The sentences are invented.
func TestSpeakerPhrasesSession13(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a station's number before its possessive",
			"Mick Lynch told BBC Radio 4's Today programme that the government had failed.",
			[]want{{in, "the government had failed", "Mick Lynch", "Mick Lynch", "told"}}},
		{"a programme named by a time word after a possessive",
			"Mick Lynch, general secretary of the RMT union, told the BBC's Today programme that the government had \"tied the hands\" of the operators.",
			[]want{{in, "the government had \"tied the hands\" of the operators", "Mick Lynch", "Mick Lynch", "told"}}},
		{"a long hearer right before that",
			"Jane Smith told the New York Times' editorial board that the plan had failed.",
			[]want{{in, "the plan had failed", "Jane Smith", "Jane Smith", "told"}}},
		{"a long hearer, a time, then that",
			"Mick Lynch told BBC Radio 4's Today programme on Tuesday that the government had failed.",
			[]want{{in, "the government had failed", "Mick Lynch", "Mick Lynch", "told"}}},
		{"a short hearer still leaves the clause its subject",
			"Jane Smith told reporters the plan had failed.",
			[]want{{in, "the plan had failed", "Jane Smith", "Jane Smith", "told"}}},
		{"an organization's role after its speaker, with another person named",
			"Mikel Arteta praised Bukayo Saka's \"outstanding maturity\" after the winger scored twice on Sunday.\n\n" +
				"\"He's 22 and he plays like a veteran,\" the Arsenal manager told Sky Sports.",
			[]want{{pipeline.Direct, "outstanding maturity", "Mikel Arteta", "Mikel Arteta", "praised"},
				{pipeline.Direct, "He's 22 and he plays like a veteran,", "the Arsenal manager", "Mikel Arteta", "told"}}},
		{"but not when the one before did not speak",
			"Mikel Arteta met Bukayo Saka on Sunday after the winger scored twice.\n\n" +
				"\"He's 22 and he plays like a veteran,\" the Arsenal manager told Sky Sports.",
			[]want{{pipeline.Direct, "He's 22 and he plays like a veteran,", "the Arsenal manager", "", "told"}}},
		{"a sentence's first word opens a name the entity stage tags whole, though no list knows it",
			"Talks resumed.\n\nRecep Tayyip Erdogan, the Turkish president, said on Friday that Turkey would mediate. Mr. Erdogan added: \"We are ready to host talks.\"",
			[]want{{in, "Turkey would mediate", "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "said"},
				{pipeline.Direct, "We are ready to host talks.", "Mr. Erdogan", "Recep Tayyip Erdogan", "added"}}},
		{"a two-word title in lower case names the one person the story gave it before a name",
			"Saudi Crown Prince Mohammed bin Salman, who met President Xi Jinping last month, has urged closer ties. The crown prince said in a statement that the kingdom sought \"a comprehensive strategic partnership\".",
			[]want{{pipeline.Direct, "a comprehensive strategic partnership", "The crown prince", "Mohammed bin Salman", "said"}}},
		{"declare with a plain object declares no words",
			"Gov. Andy Beshear declared a state of emergency on Thursday. Rivals declared victory in Ohio.",
			nil},
		{"but declare with a clause reports it",
			"Gov. Andy Beshear declared that the state would rebuild every home.",
			[]want{{in, "the state would rebuild every home", "Gov. Andy Beshear", "Andy Beshear", "declared"}}},
		{"a noun after its determiner is no verb of a reported clause",
			"But Mr. Ryan reiterated his support for Mr. Trump, the presumptive nominee. She noted her years as senator for the state.",
			nil},
		{"a fragment inside a relative clause on the subject is the relative's, not the next clause's subject's",
			"DeSantis, who has called the war a \"territorial dispute,\" said the aid must end.",
			[]want{{pipeline.Direct, "territorial dispute,", "who", "DeSantis", "called"},
				{in, "the aid must end", "DeSantis", "DeSantis", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
