package quotes_test

import (
	"testing"

	"github.com/sayso/sayso/pipeline"
)

// TestSpeakerPhrasesSession10 checks reports and speakers found by probing
// invented articles in session 10 (docs/quotes-history.md, "History (session 10,
// lead)"). The sentences are invented.
func TestSpeakerPhrasesSession10(t *testing.T) {
	di, in := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"\"not yet\" is no conjunction that ends the reported clause",
			"Jenna Ruiz said that the governor had not yet read the ruling.",
			[]want{{in, "the governor had not yet read the ruling", "Jenna Ruiz", "", "said"}}},
		{"\"has yet to\" neither",
			"A spokesman said the company has yet to decide.",
			[]want{{in, "the company has yet to decide", "A spokesman", "", "said"}}},
		{"a part of the day after a weekday is a time, not the report",
			"Jenna Ruiz said Friday evening that the governor had read the ruling.",
			[]want{{in, "the governor had read the ruling", "Jenna Ruiz", "", "said"}}},
		{"after \"on\" too",
			"The mayor told reporters on Monday night that the budget was dead.",
			[]want{{in, "the budget was dead", "The mayor", "", "told"}}},
		{"a weekday's part before a possessive opens the report",
			"Jenna Ruiz said Friday evening's vote was a disgrace.",
			[]want{{in, "Friday evening's vote was a disgrace", "Jenna Ruiz", "", "said"}}},
		{"a relative clause on the organization inside a person's appositive",
			"Sherrilyn Parks, president of the Georgia Voters League, which brought the suit, said the law was unfair to working mothers.",
			[]want{{in, "the law was unfair to working mothers", "Sherrilyn Parks", "Sherrilyn Parks", "said"}}},
		{"and after \"of\", with a direct quote inside the report",
			"Dan Brill, of the Acme Group, which makes the machines, called it “a betrayal of every worker in this town.”",
			[]want{{di, "a betrayal of every worker in this town.", "Dan Brill", "Dan Brill", "called"}}},
		{"an organization with a relative clause is still the speaker",
			"The Georgia Voters League, which brought the suit, said the law was unfair to working mothers.",
			[]want{{in, "the law was unfair to working mothers", "The Georgia Voters League", "Georgia Voters League", "said"}}},
		{"an appositive name after a title of four letters (the tokenizer split \"Prof.\")",
			"Her co-author, Prof. Martin Klee, said the findings should push hospitals to rethink shifts.",
			[]want{{in, "the findings should push hospitals to rethink shifts", "Prof. Martin Klee", "Martin Klee", "said"}}},
		{"a rank of four letters inside a description",
			"“We did not see it coming,” said Pentagon spokesman Navy Capt. Jeff Davis.",
			[]want{{di, "We did not see it coming,", "Pentagon spokesman Navy Capt. Jeff Davis", "Jeff Davis", "said"}}},
		{"a staff noun after an organization's name with \"and\" in it",
			"A Department of Health and Social Care spokesperson said: “We are investing record sums in the service.”",
			[]want{{di, "We are investing record sums in the service.", "A Department of Health and Social Care spokesperson", "", "said"}}},
		{"a hearer with a prepositional phrase of five words in all",
			"Chief executive Anjali Rao told analysts on a conference call that the slowdown was temporary.",
			[]want{{in, "the slowdown was temporary", "Chief executive Anjali Rao", "Anjali Rao", "told"}}},
		{"and with a time after the phrase",
			"The mayor told residents at a packed meeting on Monday that the pool would reopen.",
			[]want{{in, "the pool would reopen", "The mayor", "", "told"}}},
		{"a transcript's labels in capitals name the people the introduction names in full",
			"Radio host Ann Barrow spoke with Mayor Tom Keller on Sunday.\n\nBARROW: Will the pool reopen this summer?\n\nKELLER: It will, in July.\n\nBARROW: And the library?\n\nKELLER: That takes longer.",
			[]want{{di, "Will the pool reopen this summer?", "BARROW", "Ann Barrow", ""}, {di, "It will, in July.", "KELLER", "Tom Keller", ""},
				{di, "And the library?", "BARROW", "Ann Barrow", ""}, {di, "That takes longer.", "KELLER", "Tom Keller", ""}}},
		{"\"at least\" before a number opens the report",
			"A local official, who spoke on condition of anonymity, said at least 30 soldiers had died.",
			[]want{{in, "at least 30 soldiers had died", "A local official", "", "said"}}},
		{"\"at least once\" is a time",
			"The minister said at least once that he would resign.",
			[]want{{in, "he would resign", "The minister", "", "said"}}},
		{"two unnamed sources joined by \"and\" after the report",
			"Rebel fighters seized the town on Monday, two local officials and a humanitarian worker said.",
			[]want{{in, "Rebel fighters seized the town on Monday", "two local officials and a humanitarian worker", "", "said"}}},
		{"and before it",
			"A lawyer and a police officer told the court that the man was innocent.",
			[]want{{in, "the man was innocent", "A lawyer and a police officer", "", "told"}}},
		{"not an object's \"and\"",
			"The army thanked the officials and a worker said the town had fallen.",
			[]want{{in, "the town had fallen", "a worker", "", "said"}}},
		{"\"her\" before a noun is the hearer's possessive",
			"I asked her office how many of the homes would be affordable.",
			[]want{{in, "how many of the homes would be affordable", "I", "", "asked"}}},
		{"\"her\" before the reported clause's subject opens the clause",
			"Clinton promised her entire infrastructure program would be paid for through tax reform.",
			[]want{{in, "her entire infrastructure program would be paid for through tax reform", "Clinton", "", "promised"}}},
		{"a columnist's \"I\" is the byline's author",
			"The housing plan is a mirage\n\nBy Daniel Roth\n\nThe mayor says the plan will build 20,000 homes. I asked her office how many of the homes would be affordable.",
			[]want{{in, "the plan will build 20,000 homes", "The mayor", "", "says"}, {in, "how many of the homes would be affordable", "I", "Daniel Roth", "asked"}}},
		{"\"who\" after a name and an age stands for the name",
			"Among those returning home was Linda Farris, 71, who said she had grabbed only her cat.",
			[]want{{in, "she had grabbed only her cat", "who", "Linda Farris", "said"}}},
		{"an office named after its holder is the speaker's name",
			"Evacuation orders were lifted on Sunday, the Shasta County Sheriff's Office said.",
			[]want{{in, "Evacuation orders were lifted on Sunday", "the Shasta County Sheriff's Office", "Shasta County Sheriff's Office", "said"}}},
		{"a dateline whose state's period ended a sentence stays out of the report",
			"REDDING, Calif. (AP) — Firefighters on Sunday contained most of a wildfire, officials said.",
			[]want{{in, "Firefighters on Sunday contained most of a wildfire", "officials", "", "said"}}},
		{"the subject of an absolute clause after \"with … and\"",
			"Lawmakers sparred on Wednesday over the plan, with upstate Republicans calling it a giveaway and its Democratic sponsors saying it would create thousands of jobs.",
			[]want{{in, "it would create thousands of jobs", "its Democratic sponsors", "", "saying"}}},
		{"and after \"with\"",
			"The talks ended with the union saying it would strike on Monday.",
			[]want{{in, "it would strike on Monday", "the union", "", "saying"}}},
		{"a person's name before \"of\" and an organization that opens with a given name",
			"Pastor Luke Stroud of Grace Fellowship Church, where the outbreak began, said the congregation was cooperating.",
			[]want{{in, "the congregation was cooperating", "Pastor Luke Stroud of Grace Fellowship Church", "Luke Stroud", "said"}}},
		{"a firm's \"Corp.\" does not end the speaker's sentence",
			"A spokesman for Acme Corp. said the deal was done.",
			[]want{{in, "the deal was done", "A spokesman for Acme Corp.", "", "said"}}},
		{"an acronym in brackets closing a trailing attribution",
			"The recall covers the older models, the company said in a filing with the National Highway Traffic Safety Administration (NHTSA).",
			[]want{{in, "The recall covers the older models", "the company", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
