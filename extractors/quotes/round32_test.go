package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestDirectRound32 holds invented sentences for the direct-quote misses and
// wrong speaker mentions of docs/quotes-history.md, "History (round 32)".
func TestDirectRound32(t *testing.T) {
	di := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a run of quote paragraphs after the sentence in which someone spoke",
			"What “a fresh start” means is anyone's guess, since Mayor Ann Hale spoke only in generalities at the meeting.\n\n" +
				"“We have to fix the roads before the winter comes.”\n\n" +
				"“The council will find the money for it.”",
			[]want{{di, "We have to fix the roads before the winter comes.", "Mayor Ann Hale", "Ann Hale", ""},
				{di, "The council will find the money for it.", "Mayor Ann Hale", "Ann Hale", ""}}},
		{"past a parenthetical aside after the sentence in which someone spoke",
			"Mayor Ann Hale also spoke about the bridge, which the council closed in May. (The repairs need new steel. The state has not paid for it.)\n\n" +
				"“The bridge is the lifeline of this town, and we will open it again.”",
			[]want{{di, "The bridge is the lifeline of this town, and we will open it again.", "Mayor Ann Hale", "Ann Hale", ""}}},
		{"an adverb after a relative pronoun is no speaker",
			"“We were hit first and hardest,” Ann Hale said, with a passion that almost suggested the question was unfair. “I did spend a lot of time helping them rebuild.”",
			[]want{{di, "We were hit first and hardest,", "Ann Hale", "", "said"},
				{di, "I did spend a lot of time helping them rebuild.", "Ann Hale", "", ""}}},
		{"a relative clause before a colon is no subject of the clause after it",
			"Even the members who voted for the plan sounded unsure: Ann Hale called it “the least bad option we had.”",
			[]want{{di, "the least bad option we had.", "Ann Hale", "", "called"}}},
		{"a digest's source after its heading's dash, the heading with a cue verb",
			"Pollsters agree - Ann Hale: “Keep on calling voters as late as you possibly can.” [Gallup.]",
			[]want{{di, "Keep on calling voters as late as you possibly can.", "Ann Hale", "", ""}}},
		{"a digest's two sources",
			"PARTY LINES HARDEN IN THE SOUTH - Ann Hale and Tom Reyes: “We found that party loyalty matters more than ever this year.” [Gallup.]",
			[]want{{di, "We found that party loyalty matters more than ever this year.", "Ann Hale and Tom Reyes", "", ""}}},
		{"a digest's follow-on item",
			"Signs of a shift were there all along -More from Hale and Reyes: “Data collected by our firm helps confirm that both issues were in play.” [Gallup.]",
			[]want{{di, "Data collected by our firm helps confirm that both issues were in play.", "Hale and Reyes", "", ""}}},
		{"a text's place between the text and its cue",
			"“Welcome to the island! We have room for everyone,” a message on the council's website reads. “Bring your own boots.”",
			[]want{{di, "Welcome to the island! We have room for everyone,", "a message on the council's website", "", "reads"},
				{di, "Bring your own boots.", "a message on the council's website", "", ""}}},
		{"an ad's voice-over",
			"“Only one candidate will stand up to the banks,” a voice-over in the ad states.",
			[]want{{di, "Only one candidate will stand up to the banks,", "a voice-over in the ad", "", "states"}}},
		{"what reminds someone of a thing says nothing",
			"Ann Hale said the vote reminds her of the 1969 book titled “The Long Night of the Valley,” explaining, “because what could have been was lost.”",
			[]want{{di, "The Long Night of the Valley,", "Ann Hale", "", "said"},
				{di, "because what could have been was lost.", "Ann Hale", "", "explaining"}}},
		{"the person after of speaks the gerund's words",
			"The ad then cuts to footage of Tom Reyes saying, “You have to give them a path to succeed.”",
			[]want{{di, "You have to give them a path to succeed.", "Tom Reyes", "", "saying"}}},
		{"a charge after a quote",
			"“You have called the voters fools and liars,” Ann Hale charged in the debate. “That is no way to win.”",
			[]want{{di, "You have called the voters fools and liars,", "Ann Hale", "", "charged"},
				{di, "That is no way to win.", "Ann Hale", "", ""}}},
		{"a charge as a noun is no cue",
			"Tom Reyes called Ann Hale's charge “pathetic and very dangerous.”",
			[]want{{di, "pathetic and very dangerous.", "Tom Reyes", "", "called"}}},
		{"two people named in an appositive",
			"The mayor's biographers, David and Jeanne Hale, wrote that he \"had a tin ear and a very bad temper\" in office.",
			[]want{{di, "had a tin ear and a very bad temper", "David and Jeanne Hale", "", "wrote"}}},
		{"a causative's object speaks the infinitive's quote",
			"The post was shared 3,200 times, leading council advisers like Tom Reyes to counter that “every cent that went to the bridge was well spent.”",
			[]want{{di, "every cent that went to the bridge was well spent.", "council advisers", "", "counter"}}},
		{"past a relative clause between commas",
			"That record prompted the Hale Atlas of Elections, which examines bellwether counties, to state, “Vigo County is the most prominent bellwether in the country.”",
			[]want{{di, "Vigo County is the most prominent bellwether in the country.", "the Hale Atlas of Elections", "Hale Atlas", "state"}}},
		{"an adverb after a conjunction is no part of the name",
			"The crowd waited. And then Hale went on the attack, saying, “Is the council going to finally fix the bridge?”",
			[]want{{di, "Is the council going to finally fix the bridge?", "Hale", "", "saying"}}},
		{"a speaker heard asking",
			"The station has proof:\n\n“Should there be a toll on the new bridge?” a reporter can be heard asking Hale after the meeting.",
			[]want{{di, "Should there be a toll on the new bridge?", "a reporter", "", "asking"}}},
		{"a text as the subject of a colon's sentence",
			"A footnote in the audit makes that clear: “These assessments do not apply to the system the mayor's office uses.”",
			[]want{{di, "These assessments do not apply to the system the mayor's office uses.", "A footnote in the audit", "", ""}}},
		{"a possessive before a cue's form makes it a noun",
			"Ann Hale said that the inspector general's report “was not good at all for the mayor.”",
			[]want{{di, "was not good at all for the mayor.", "Ann Hale", "", "said"}}},
		{"a description's answer",
			"The Ohio senator’s answer was that “the most important institution in society is the family,” so the county should help.",
			[]want{{di, "the most important institution in society is the family,", "The Ohio senator", "", "answer"}}},
		{"what someone called for, in their words",
			"Tom Reyes’s call for “a total and complete shutdown of the port” drew protests.",
			[]want{{di, "a total and complete shutdown of the port", "Tom Reyes", "", "call"}}},
		{"people as the subject of a colon's sentence, their possessor no subject",
			"At the news conference on Monday, the mayor's first five questioners ranged from skeptical to hostile: “Is it time for your plan to change?” . . . “Have you underestimated the flood?”",
			[]want{{di, "Is it time for your plan to change?", "the mayor's first five questioners", "", ""},
				{di, "Have you underestimated the flood?", "the mayor's first five questioners", "", ""}}},
		{"the writer's and I quote",
			"Ann Hale said, and I quote, “We love the voters who stay at home.” She is treating her supporters as fools.",
			[]want{{di, "We love the voters who stay at home.", "Ann Hale", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestSpeakerMentionRound32 holds the wrong mentions of reported speech that
// sample 11 found (docs/quotes-history.md, "History (round 32)").
func TestSpeakerMentionRound32(t *testing.T) {
	in := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a delegation's place in its member's phrase",
			"The deputy head of Peru’s delegation to the forum said the talks should resume in the spring.",
			[]want{{in, "the talks should resume in the spring", "The deputy head of Peru’s delegation to the forum", "", "said"}}},
		{"a whose aside's verbs are not the sentence's",
			"Mr. Hale, whose only win on Tuesday came in Vermont, did not attack Mrs. Reyes directly but argued that he would be the stronger candidate.",
			[]want{{in, "he would be the stronger candidate", "Mr. Hale", "Hale", "argued"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
