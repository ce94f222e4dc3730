package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestResolutionRound37 checks the rules of round 37 (docs/quotes-history.md,
// "History (round 37: pooled resolution errors)"): mechanisms that recur
// across the thirteen hand-resolved samples. The sentences are invented.
func TestResolutionRound37(t *testing.T) {
	d, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"'the person' after an unnamed source's quote, a paragraph on, is that source",
			"“We have a long way to go,” said a longtime adviser to the mayor, who asked not to be named.\n\n“The budget is the last hurdle for her,” the person added.",
			[]want{{d, "We have a long way to go,", "a longtime adviser to the mayor", "", "said"},
				{d, "The budget is the last hurdle for her,", "the person", "a longtime adviser to the mayor", "added"}}},
		{"and in the next sentence after 'Another source …'",
			"Another source close to the governor said, “She will sign it by Friday.” Later, the person added, “Nobody in the office expects a veto.”",
			[]want{{d, "She will sign it by Friday.", "Another source close to the governor", "", "said"},
				{d, "Nobody in the office expects a veto.", "the person", "Another source close to the governor", "added"}}},
		{"but not when a source of its own word was brought in between",
			"“The files were moved in May,” said one official who asked not to be named.\n\nAsked to confirm it, a second intelligence source did so with a caveat: “He is one of many,” the source said.",
			[]want{{d, "The files were moved in May,", "one official", "", "said"},
				{d, "He is one of many,", "the source", "a second intelligence source", "said"}}},
		{"a they left as written: the two people the two sentences before are about, one each",
			"Ravi Mehta, a dentist, is a member of the mayor's council and the head of Hindus for Lee. His friend Omar Qureshi started Muslims for Lee. They say that critics have twisted the mayor's words.",
			[]want{{in, "critics have twisted the mayor's words", "They", "Ravi Mehta and Omar Qureshi", "say"}}},
		{"but not when one of the two sentences is about no one named",
			"Ravi Mehta, a dentist, is a member of the mayor's council and the head of Hindus for Lee. He started the group in 2010. They say that critics have twisted the mayor's words.",
			[]want{{in, "critics have twisted the mayor's words", "They", "", "say"}}},
		{"a name, then an aside whose preposition's object has an aside of its own: the name",
			"Greg Ruff, chief executive of Polar Jet Charters, a consulting firm and charter broker, said the plane was an odd choice.",
			[]want{{in, "the plane was an odd choice", "Greg Ruff", "", "said"}}},
		{"a participle's aside, a place in it and the place's aside",
			"Sen. Chuck Glass, facing a tough challenge in Ohio, a swing state, said he would welcome the governor.",
			[]want{{in, "he would welcome the governor", "Sen. Chuck Glass", "Chuck Glass", "said"}}},
		{"a relative clause's object with an aside",
			"Mary Wess, a law professor at Yale who worked for Sen. Tom Lander (R-Ohio), one of the bill's authors, called it “a landmark for the states.”",
			[]want{{d, "a landmark for the states.", "Mary Wess", "", "called"}}},
		{"an appositive left open whose role is of an organization: the name before it",
			"Anthony Bell, president and CEO of Ohio Restaurant Association stated, “It is not a political problem; it is a math problem.”",
			[]want{{d, "It is not a political problem; it is a math problem.", "Anthony Bell", "", "stated"}}},
		{"but a title before a name stays the name's",
			"On Monday, Secretary of State John Kerr said the talks would go on.",
			[]want{{in, "the talks would go on", "Secretary of State John Kerr", "John Kerr", "said"}}},
		{"a description whose name stands between dashes after it",
			"A former Democratic presidential candidate -- John Kerrigan, who lost the 2004 election to Bush -- said the president \"offered no change of course.\"",
			[]want{{d, "offered no change of course.", "A former Democratic presidential candidate", "John Kerrigan", "said"}}},
		{"but not the first of a list of names after a plural description",
			"The three scholars -- Mr. Tribble, Ms. Eppes and Mr. Amaro -- said there are qualified candidates for the court.",
			[]want{{in, "there are qualified candidates for the court", "The three scholars", "", "said"}}},
		{"a text is named with who put it out: a name's possessive phrase as the subject",
			"Sen. Maria Lopez lost the primary on Tuesday.\n\nLopez's campaign sent out an email fundraising appeal that looked ahead. \"We need to make sure Maria comes out on top in the states that lie ahead,\" the email said.",
			[]want{{d, "We need to make sure Maria comes out on top in the states that lie ahead,", "the email", "Maria Lopez's campaign's email", "said"}}},
		{"and a statement someone spoke in",
			"“We had three brief conversations with the candidate,” Fox News said in a statement.\n\n“We could not engage in a quid pro quo,” the statement said.",
			[]want{{d, "We had three brief conversations with the candidate,", "Fox News", "", "said"},
				{d, "We could not engage in a quid pro quo,", "the statement", "Fox News's statement", "said"}}},
		{"but not a group the story may not name",
			"Green Future, founded by the investor Tom Steyer, will air an ad during the debate on the Fox Business network. The group is also running full-page ads in two newspapers. The ads ask the candidates to make clean energy a priority.",
			[]want{{in, "the candidates to make clean energy a priority", "The ads", "", "ask"}}},
		{"a statement never brought in is the one the speaker before put out",
			"Kelly was seen entering the tower on Wednesday.\n\nFox News confirmed that Kelly met with the candidate.\n\nAccording to the statement, Kelly met him to discuss a special. “The results of that meeting will be revealed tonight,” the statement read.",
			[]want{{in, "Kelly met with the candidate", "Fox News", "", "confirmed"},
				{in, "Kelly met him to discuss a special", "the statement", "Fox News's statement", "According to"},
				{d, "The results of that meeting will be revealed tonight,", "the statement", "Fox News's statement", "read"}}},
		{"but not one brought in by someone else",
			"Mayor Tom Ruiz said the budget would pass. The council released a statement on Friday. “We will vote no,” the statement said.",
			[]want{{in, "the budget would pass", "Mayor Tom Ruiz", "Tom Ruiz", "said"},
				{d, "We will vote no,", "the statement", "", "said"}}},
		{"a name's team is named with the full name",
			"Former executive Carla Fiorelli gave two speeches in October. Fiorelli's team denied that she would be accepting new speeches.",
			[]want{{in, "she would be accepting new speeches", "Fiorelli's team", "Carla Fiorelli's team", "denied"}}},
		{"but her aides keep their words",
			"Former executive Carla Fiorelli gave two speeches in October. Her aides denied that she would be accepting new speeches.",
			[]want{{in, "she would be accepting new speeches", "Her aides", "", "denied"}}},
		{"an abstract's description is the one the full text names for the same words",
			"Chile rebuts criticism on copper exports.\n\nABSTRACT.\n\nWashington did not complain when Chilean spending helped global growth, a Chilean official said.\n\nFULL TEXT.\n\nThe Chilean finance minister jabbed back on Monday at complaints from his American counterpart.\n\nThe finance minister, Luis Ortega, said that foreign governments had cheered on Chilean investment during the global financial crisis that began in 2008.",
			[]want{{in, "Washington did not complain when Chilean spending helped global growth", "a Chilean official", "Luis Ortega", "said"},
				{in, "foreign governments had cheered on Chilean investment during the global financial crisis that began in 2008", "Luis Ortega", "", "said"}}},
		{"but a story with no abstract leaves an unnamed source unnamed",
			"Chile rebuts criticism on copper exports.\n\nWashington did not complain when Chilean spending helped global growth, a Chilean official said.\n\nThe finance minister, Luis Ortega, said that foreign governments had cheered on Chilean investment during the global financial crisis that began in 2008.",
			[]want{{in, "Washington did not complain when Chilean spending helped global growth", "a Chilean official", "", "said"},
				{in, "foreign governments had cheered on Chilean investment during the global financial crisis that began in 2008", "Luis Ortega", "", "said"}}},
		{"a subject with two relative clauses joined by 'and' is the noun before the first, and a group word after 'another' is no name",
			"Another Muslim who worshiped at the mosque and who did not want to be named said he heard Omar talk of immorality. \"I think it is a hate crime,\" the man said.",
			[]want{{in, "he heard Omar talk of immorality", "Another Muslim", "", "said"},
				{d, "I think it is a hate crime,", "the man", "Another Muslim", "said"}}},
		{"nor after 'a', but a group's name keeps its form",
			"A Republican who voted for him said he regretted it. The Democrats said they would vote no.",
			[]want{{in, "he regretted it", "A Republican", "", "said"},
				{in, "they would vote no", "The Democrats", "Democrats", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
