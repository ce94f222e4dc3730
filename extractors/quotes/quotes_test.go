package quotes_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/quotes"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
)

// run processes text with segment, entities and quotes.
func run(t testing.TB, text string) *pipeline.Document {
	t.Helper()
	pipeOnce.Do(func() {
		seg, err := segment.New()
		require.NoError(t, err)
		ents, err := entities.New()
		require.NoError(t, err)
		pipe = pipeline.New(seg, ents, quotes.New())
	})
	doc := pipeline.NewDocument("test", text)
	pipe.Run(doc)
	for _, p := range doc.Problems {
		require.Equal(t, "input", p.Stage, "problem: %s", p) // invalid UTF-8 is the input's problem
	}
	return doc
}

// want is an expected quote, by its text rather than offsets: the test
// finds the offsets (first occurrence) so that the table stays readable.
type want struct {
	kind    pipeline.QuoteKind
	text    string // the quote's span
	speaker string // the speaker's span
	name    string // the speaker's resolved name ("" = same as speaker)
	cue     string
}

func spanOf(t *testing.T, text, s string, after int) pipeline.Span {
	t.Helper()
	i := strings.Index(text[after:], s)
	require.GreaterOrEqual(t, i, 0, "%q not in the text", s)
	return pipeline.Span{Start: after + i, End: after + i + len(s)}
}

func check(t *testing.T, text string, wants []want) {
	t.Helper()
	doc := run(t, text)
	var got []string
	for _, q := range doc.Quotes {
		got = append(got, q.Kind.String()+": "+doc.Slice(q.Span)+" / "+doc.Slice(q.Speaker.Span))
	}
	require.Len(t, doc.Quotes, len(wants), "quotes found:\n%s", strings.Join(got, "\n"))
	for i, w := range wants {
		q := doc.Quotes[i]
		from := 0
		if i > 0 {
			from = doc.Quotes[i-1].Start
		}
		wantSpan := spanOf(t, text, w.text, from)
		assert.Equal(t, w.kind, q.Kind, "quote %d kind", i)
		assert.Equal(t, wantSpan, q.Span, "quote %d: got %q, want %q", i, doc.Slice(q.Span), w.text)
		if w.speaker == "" {
			assert.Equal(t, pipeline.NoSpeaker, q.Speaker.Form)
			continue
		}
		assert.Equal(t, w.speaker, doc.Slice(q.Speaker.Span), "quote %d speaker span", i)
		name := w.name
		if name == "" {
			name = w.speaker
		}
		assert.Equal(t, name, q.Speaker.Name, "quote %d speaker name", i)
		if w.cue != "" {
			assert.Equal(t, w.cue, doc.Slice(q.Cue), "quote %d cue", i)
		}
	}
}

func TestMarkStyles(t *testing.T) {
	d := pipeline.Direct
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"curly", "“We will win this race,” Maria Lopez said.",
			[]want{{d, "We will win this race,", "Maria Lopez", "", "said"}}},
		{"straight", `"We will win this race," Maria Lopez said.`,
			[]want{{d, "We will win this race,", "Maria Lopez", "", "said"}}},
		{"single in a headline", "‘We will win this race,’ says Maria Lopez\n\nThe race is on.",
			[]want{{d, "We will win this race,", "Maria Lopez", "", "says"}}},
		{"guillemets", "«We will win this race», Maria Lopez said.",
			[]want{{d, "We will win this race", "Maria Lopez", "", "said"}}},
		{"low-high", "„We will win this race“, Maria Lopez said.",
			[]want{{d, "We will win this race", "Maria Lopez", "", "said"}}},
		{"double apostrophes", "''We will win this race,'' Maria Lopez said.",
			[]want{{d, "We will win this race,", "Maria Lopez", "", "said"}}},
		{"nested", "“They told me ‘no way’ at the door,” Maria Lopez said.",
			[]want{{d, "They told me ‘no way’ at the door,", "Maria Lopez", "", "said"}}},
		{"apostrophes are not marks", "“Iran’s leaders can’t say the ’90s were better,” Maria Lopez said.",
			[]want{{d, "Iran’s leaders can’t say the ’90s were better,", "Maria Lopez", "", "said"}}},
		{"plural possessive inside a quote", "“The players’ union will not move,” Maria Lopez said.",
			[]want{{d, "The players’ union will not move,", "Maria Lopez", "", "said"}}},
		{"multi-paragraph", "Maria Lopez said: “We will win this race.\n\n“And then we will govern for everyone.”",
			[]want{{d, "We will win this race.", "Maria Lopez", "", "said"},
				{d, "And then we will govern for everyone.", "Maria Lopez", "", ""}}},
		{"odd mark stays in its paragraph", "Maria Lopez said “we will win this race.\n\nThe mayor, John Smith, spoke next.\n\n“It is over,” he said.",
			[]want{{pipeline.Indirect, "“we will win this race", "Maria Lopez", "", "said"},
				{d, "It is over,", "he", "John Smith", "said"}}},
		{"no marks, no quote", "Maria Lopez spoke to the crowd.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

func TestAttributionPatterns(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"quote, X said", "“The bridge will open in May,” Mayor John Smith said.",
			[]want{{d, "The bridge will open in May,", "Mayor John Smith", "John Smith", "said"}}},
		{"quote, said X", "“The bridge will open in May,” said John Smith, the mayor.",
			[]want{{d, "The bridge will open in May,", "John Smith", "", "said"}}},
		{"X said: quote", "John Smith said: “The bridge will open in May.”",
			[]want{{d, "The bridge will open in May.", "John Smith", "", "said"}}},
		{"X told Y, adding that quote", "“The bridge is safe,” John Smith told reporters, adding that “it will open in May.”",
			[]want{{d, "The bridge is safe,", "John Smith", "", "told"},
				{d, "it will open in May.", "John Smith", "", "adding"}}},
		{"with X saying: quote", "The crowd booed the speaker, with Mayor John Smith shouting: “Let him finish his speech!”",
			[]want{{d, "Let him finish his speech!", "Mayor John Smith", "John Smith", "shouting"}}},
		{"with X calling it a fragment", "Residents welcomed the plan, with the council of the county calling it “a long overdue fix for the town.”",
			[]want{{d, "a long overdue fix for the town.", "the council of the county", "", "calling"}}},
		{"with X saying that", "Democrats criticised the bill, with Senator Jane Doe saying that it would raise costs for families.",
			[]want{{ind, "it would raise costs for families", "Senator Jane Doe", "Jane Doe", "saying"}}},
		{"met with X, saying: the main subject", "The governor met with teachers in Salem, saying “the budget will grow next year.”",
			[]want{{d, "the budget will grow next year.", "The governor", "", "saying"}}},
		{"a pronoun after a time opens its own report", "In asking for a review, Attorney General Jane Roe asserted that “trust in the city police is broken.” Mayor Bob Smith said Monday he, too, wants a review.",
			[]want{{d, "trust in the city police is broken.", "Attorney General Jane Roe", "Jane Roe", "asserted"},
				{ind, "he, too, wants a review", "Mayor Bob Smith", "Bob Smith", "said"}}},
		{"a catenative is no cue", "Smith said he is sure Jones will continue to be “a strong voice for the farmers of the valley.”",
			[]want{{d, "a strong voice for the farmers of the valley.", "Smith", "", "said"}}},
		{"a sentence after the quote with its own report", "Smith, tired, finally answered: “What difference does it make now?” Her critics cited it as evidence that she did not care.",
			[]want{{d, "What difference does it make now?", "Smith", "", "answered"}}},
		{"as opening a clause after the attribution", "“We have had better weeks than this one,” Bill Jones said calmly as confetti fell around him.",
			[]want{{d, "We have had better weeks than this one,", "Bill Jones", "", "said"}}},
		{"no name modifiers across a verb", "Years ago, he backed Mark Jones over Lee and said, “Bob Lee has never done anything for us.” Sharpe later clarified that to mean Lee never supported his group.",
			[]want{{d, "Bob Lee has never done anything for us.", "he", "", "said"}}},
		{"a stance verb after a closed sentence names no speaker", "And the state’s attorney general, Pam Dobbs, vowed to go after “anyone who attacks our community.” For someone who had defended the ban, the shift was stark.",
			[]want{{d, "anyone who attacks our community.", "Pam Dobbs", "", "vowed"}}},
		{"a colon after a clause: the sentence's subject", "And she is sure that keeping Smith in jail will only make his voice louder: “They are creating a monster out of him.”",
			[]want{{d, "They are creating a monster out of him.", "she", "", ""}}},
		{"a subordinate clause before the sentence's subject", "As the crowd began to chant, Ann Silver was joined on stage by a friend and joked, “You are being ridiculous tonight, people,” drawing jeers.",
			[]want{{d, "You are being ridiculous tonight, people,", "Ann Silver", "", "joked"}}},
		{"coordinated participles share the main subject", "She sharpened her attack on Tuesday, telling reporters that Jones is a fraud and asking how he has “gotten away with hiding his tax returns for so long.”",
			[]want{{d, "gotten away with hiding his tax returns for so long.", "She", "", "asking"}}},
		{"a report in a subordinate clause does not take over", "“They are binding,” spokesman Ron Miller told the Journal in July, after Bill Dunn stated an interest in ending the deal. “These contracts cannot be broken.”",
			[]want{{d, "They are binding,", "spokesman Ron Miller", "Ron Miller", "told"},
				{ind, "an interest in ending the deal", "Bill Dunn", "", "stated"},
				{d, "These contracts cannot be broken.", "spokesman Ron Miller", "Ron Miller", ""}}},
		{"quote — X", "“The bridge will open in May.” — John Smith",
			[]want{{d, "The bridge will open in May.", "John Smith", "", ""}}},
		{"in a statement to Y", "“The bridge will open in May,” John Smith said in a statement to the Daily News.",
			[]want{{d, "The bridge will open in May,", "John Smith", "", "said"}}},
		{"according to X", "The bridge will open in May, according to John Smith.",
			[]want{{ind, "The bridge will open in May", "John Smith", "", "according to"}}},
		{"according to X, clause", "According to city officials, the bridge will open in May.",
			[]want{{ind, "the bridge will open in May", "city officials", "", "According to"}}},
		{"was quoted as saying", "John Smith was quoted as saying the bridge would open in May.",
			[]want{{ind, "the bridge would open in May", "John Smith", "", ""}}},
		{"reported X as saying", "“The bridge will open in May,” the agency reported an official as saying.",
			[]want{{d, "The bridge will open in May,", "an official", "", "reported"}}},
		{"X reported Y as saying “…”", "The agency reported an official as saying “the bridge will open in May.”",
			[]want{{d, "the bridge will open in May.", "an official", "", ""}}},
		{"X's claim that, in the subject", "The mayor’s claim that the bridge would open in May was disputed by engineers.",
			[]want{{ind, "the bridge would open in May", "The mayor", "", "claim"}}},
		{"claim as a verb", "John Smith claims that the bridge will open in May.",
			[]want{{ind, "the bridge will open in May", "John Smith", "", "claims"}}},
		{"X said (that) clause", "John Smith said that the bridge would open in May.",
			[]want{{ind, "the bridge would open in May", "John Smith", "", "said"}}},
		{"clause, X said", "The bridge will open in May, John Smith said.",
			[]want{{ind, "The bridge will open in May", "John Smith", "", "said"}}},
		{"pronoun resolves to the last person", "John Smith, the mayor, spoke on Monday. “The bridge will open in May,” he said.",
			[]want{{d, "The bridge will open in May,", "he", "John Smith", "said"}}},
		{"title and surname resolve", "Hillary Clinton spoke first. Later, Mrs. Clinton said the plan was sound.",
			[]want{{ind, "the plan was sound", "Mrs. Clinton", "Hillary Clinton", "said"}}},
		{"appositive", "Hugh Hill, a doctor at the clinic, said the wait was too long.",
			[]want{{ind, "the wait was too long", "Hugh Hill", "", "said"}}},
		{"description", "“The talks went well,” a spokesman for the Pentagon said.",
			[]want{{d, "The talks went well,", "a spokesman for the Pentagon", "", "said"}}},
		{"floating quote inherits", "“The bridge will open in May,” John Smith said.\n\n“We have waited long enough.”",
			[]want{{d, "The bridge will open in May,", "John Smith", "", "said"},
				{d, "We have waited long enough.", "John Smith", "", ""}}},
		{"a quote with no speaker is left out", "The sign read “Closed for the season” in red letters.", nil},
		{"non-speech verb: no speaker", "Critics watched “The Great Bridge Show” on Sunday night.", nil},
		{"short quoted fragment stays in reported speech", "John Smith said the bridge was “almost done” and would open soon.",
			[]want{{ind, "the bridge was “almost done” and would open soon", "John Smith", "", "said"}}},
		{"quoted fragment of 4+ words", "John Smith said the bridge was “almost done at long last” and would open soon.",
			[]want{{d, "almost done at long last", "John Smith", "", "said"}}},
		{"trailing attribution", "The bridge was “almost done at long last” by then, John Smith said.",
			[]want{{d, "almost done at long last", "John Smith", "", "said"}}},
		{"colon after a non-cue verb", "John Smith repeated his old promise: “The bridge will open in May.”",
			[]want{{d, "The bridge will open in May.", "John Smith", "", ""}}},
		{"same paragraph", "“The bridge will open in May,” John Smith said. “We have waited long enough.”",
			[]want{{d, "The bridge will open in May,", "John Smith", "", "said"},
				{d, "We have waited long enough.", "John Smith", "", ""}}},
		{"previous sentence", "John Smith argued that the bridge was safe. “We have tested it for a year.”",
			[]want{{ind, "the bridge was safe", "John Smith", "", "argued"},
				{d, "We have tested it for a year.", "John Smith", "", ""}}},
		{"as X reported", "As the Daily News reported on Monday, the bridge will open in May.",
			[]want{{ind, "the bridge will open in May", "the Daily News", "Daily News", "reported"}}},
		{"headline cue", "Smith Says The Bridge Will Open In May\n\nThe city is waiting.",
			[]want{{ind, "The Bridge Will Open In May", "Smith", "", "Says"}}},
		{"transcript", "SMITH: The bridge will open in May.\n\nJONES: Are you sure of that date?\n\nSMITH: Yes, I am.",
			[]want{{d, "The bridge will open in May.", "SMITH", "", ""},
				{d, "Are you sure of that date?", "JONES", "", ""},
				{d, "Yes, I am.", "SMITH", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

func TestMixedOption(t *testing.T) {
	seg, err := segment.New()
	require.NoError(t, err)
	ents, err := entities.New()
	require.NoError(t, err)
	text := "John Smith said the bridge was “almost done” and would open soon. John Smith said the bridge would open soon."
	for _, mixed := range []bool{false, true} {
		doc := pipeline.NewDocument("t", text)
		pipeline.New(seg, ents, quotes.NewWithOptions(quotes.Options{Mixed: mixed})).Run(doc)
		require.Len(t, doc.Quotes, 2)
		want := pipeline.Indirect
		if mixed {
			want = pipeline.Mixed
		}
		assert.Equal(t, want, doc.Quotes[0].Kind, "reported speech with a quoted fragment")
		assert.Equal(t, pipeline.Indirect, doc.Quotes[1].Kind, "reported speech without one")
	}
}

// TestNewsPatterns holds patterns from the error analysis on PolNeAR train
// (docs/quotes.md, history): each failed before its fix.
func TestNewsPatterns(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	_ = ind
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a first name that is also a modal verb", `"It is a pretty expensive business model," said Will Doyle, a professor of higher education.`,
			[]want{{d, "It is a pretty expensive business model,", "Will Doyle", "", "said"}}},
		{"a surname that is also a preposition", `Many saw the Democrats as "the party of overwhelming government," From said.`,
			[]want{{d, "the party of overwhelming government,", "From", "", "said"}}},
		{"a name that is a modal verb, before the cue", "“Carson is not ready for the job at all,” Will wrote.",
			[]want{{d, "Carson is not ready for the job at all,", "Will", "", "wrote"}}},
		{"party and state in parentheses", "“We need to act now on this,” Rep. Earl Blumenauer (D-Ore.) said.",
			[]want{{d, "We need to act now on this,", "Rep. Earl Blumenauer", "Earl Blumenauer", "said"}}},
		{"an initial inside the name", `Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that Trump "may have violated the law" by doing so.`,
			[]want{{d, "may have violated the law", "Senate Minority Leader Harry M. Reid", "Harry M. Reid", "told"}}},
		{"state after commas", "Sen. Ron Johnson, R-Wis., said in an op-ed before the hearing, “The State Department failed to honor the requests.”",
			[]want{{d, "The State Department failed to honor the requests.", "Sen. Ron Johnson", "Ron Johnson", "said"}}},
		{"the quote before's speaker goes on", `"It is expensive," said Will Doyle, a professor. "The biggest thing is the cost of staff." Others were "not so sure about that at all," Ann Lee said.`,
			[]want{{d, "It is expensive,", "Will Doyle", "", "said"},
				{d, "The biggest thing is the cost of staff.", "Will Doyle", "", ""},
				{d, "not so sure about that at all,", "Ann Lee", "", "said"}}},
		{"a cue verb the table lacked", "“People are afraid of wasting their votes,” he surmised.",
			[]want{{d, "People are afraid of wasting their votes,", "he", "he", "surmised"}}},
		{"read", "“The results of that meeting will be revealed tonight,” the statement read.",
			[]want{{d, "The results of that meeting will be revealed tonight,", "the statement", "", "read"}}},
		{"phrasal cue: went on", "“You know, it happens, right?” Trump went on, as if he did not hear her.",
			[]want{{d, "You know, it happens, right?", "Trump", "", "went on"}}},
		{"phrasal cue: as X put it", `As the Post's Dana Milbank puts it, "Senate Republicans are unmoved, and activists are uninspired."`,
			[]want{{d, "Senate Republicans are unmoved, and activists are uninspired.", "the Post's Dana Milbank", "Dana Milbank", "puts it"}}},
		{"pressed", "“Would it be negotiable about the 11 million?” Hannity pressed.",
			[]want{{d, "Would it be negotiable about the 11 million?", "Hannity", "", "pressed"}}},
		{"a verb is no phrasal cue without its particle", "“We will win the whole thing,” Trump went to the rally.", nil},
		{"read needs a text as its speaker", "“There is more spine in a jellyfish than in him,” reads a Wednesday editorial in The Register.",
			[]want{{d, "There is more spine in a jellyfish than in him,", "a Wednesday editorial", "", "reads"}}},
		{"an adverbial clause after the attribution", "“Who can remember how many states I have lost?” Clinton asks as a guy walks in front of her.",
			[]want{{d, "Who can remember how many states I have lost?", "Clinton", "", "asks"}}},
		{"US is no pronoun", "“The great state of Alabama is proud to cast its votes!” US Senator Jeff Sessions said.",
			[]want{{d, "The great state of Alabama is proud to cast its votes!", "US Senator Jeff Sessions", "Jeff Sessions", "said"}}},
		{"an appositive with a relative clause", "Rich Heffley, a GOP operative who played a major role in the win, said the program is a “critical part of our strategy.”",
			[]want{{d, "critical part of our strategy.", "Rich Heffley", "", "said"}}},
		{"a participle aside", `Sen. Richard J. Durbin (D-Ill.), noting the size of the crowd, said, "This is a very big problem for all of us."`,
			[]want{{d, "This is a very big problem for all of us.", "Sen. Richard J. Durbin", "Richard J. Durbin", "said"}}},
		{"however", "The two lawmakers, however, argue that “there is precedent for prosecution,” citing a case.",
			[]want{{d, "there is precedent for prosecution,", "The two lawmakers", "", "argue"}}},
		{"that opens a clause whatever follows", "Salceda, citing data from the State Department, said that about 4 million people of Philippine descent live in the United States.",
			[]want{{ind, "about 4 million people of Philippine descent live in the United States", "Salceda", "", "said"}}},
		{"a fragment after a short quote", "Ayotte’s campaign said she would “support the nominee” but “isn’t planning to endorse anyone this cycle,” while others waited.",
			[]want{{d, "support the nominee", "Ayotte’s campaign", "", ""},
				{d, "isn’t planning to endorse anyone this cycle,", "Ayotte’s campaign", "", "said"}}},
		{"quote, according to X", "“The new material shows the dossiers on senators,” according to Judicial Watch.",
			[]want{{d, "The new material shows the dossiers on senators,", "Judicial Watch", "", "according to"}}},
		{"inverted cue before a colon paragraph", "Stated Stone:\n\n“I think that the stakes are so high.”",
			[]want{{d, "I think that the stakes are so high.", "Stone", "", ""}}},
		{"floating after a long attribution", "“It is changing every day,” Adelson said during the interview in Macau, ahead of the opening of his new hotel in the former colony.\n\n“Out of 14 candidates, 41 percent is unheard of.”",
			[]want{{d, "It is changing every day,", "Adelson", "", "said"},
				{d, "Out of 14 candidates, 41 percent is unheard of.", "Adelson", "", ""}}},
		{"floating after narrative speech", "Howard continued his scathing remarks on the stage.\n\n“Eight years ago she was the presumed nominee.”",
			[]want{{d, "Eight years ago she was the presumed nominee.", "Howard", "", ""}}},
		{"no floating after narrative without speech", "Howard walked to the stage in the rain.\n\n“Eight years ago she was the presumed nominee.”", nil},
		{"a participle used as an adjective is no cue", "Trump told the Washington Post in a written statement, “I really don’t want his endorsement at all.”",
			[]want{{d, "I really don’t want his endorsement at all.", "Trump", "", "told"}}},
		{"a third-person form that is also a noun, before the end", "“Look at the statement Mr. Trump put out after the shootings,” Conway notes.",
			[]want{{d, "Look at the statement Mr. Trump put out after the shootings,", "Conway", "", "notes"}}},
		{"a signature paragraph", "“Boeing and GE and other multinationals pay zero taxes.”\n\n- Sanders.\n\nThis is a complex issue.",
			[]want{{d, "Boeing and GE and other multinationals pay zero taxes.", "Sanders", "", ""}}},
		{"it read", "Groups sent a letter this week.\n\n“Congress has failed to act on the lives of infants,” it read.",
			[]want{{d, "Congress has failed to act on the lives of infants,", "it", "it", "read"}}},
		{"narrative speech in the sentence before", "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”",
			[]want{{d, "Mainstream Republicans are running out of time.", "Iowa State University's Dianne Bystrom", "Dianne Bystrom", ""}}},
		{"another", "Another tweeted, “Clinton thinks she is above the rules and the law.”",
			[]want{{d, "Clinton thinks she is above the rules and the law.", "Another", "", "tweeted"}}},
		{"as X said, after the quote", "Still, the fact that the race “is a dead heat right now,” as Cruz said on Monday, magnifies it.",
			[]want{{d, "is a dead heat right now,", "Cruz", "", "said"}}},
		{"in her words", "Hillary Clinton promised to put him in charge because, in her words, “he knows how to do it.”",
			[]want{{d, "he knows how to do it.", "her", "Hillary Clinton", ""}}},
		{"the subject of a third-person verb before a participle", "Trump then appears in a clip from a speech, saying, “Donald J. Trump is calling for a total shutdown.”",
			[]want{{d, "Donald J. Trump is calling for a total shutdown.", "Trump", "", "saying"}}},
		{"a progressive's subject", "Trump is telling a town hall in Salem that waterboarding is nothing compared to what they do.",
			[]want{{ind, "waterboarding is nothing compared to what they do", "Trump", "", "telling"}}},
		{"a preposition as an adjective", "The plan, an inside source said, is to have volunteers pass out reprints of the editorial.",
			[]want{{ind, "The plan, an inside source said, is to have volunteers pass out reprints of the editorial", "an inside source", "", "said"}}},
		{"an appositive after an inverted cue is not the clause", "Clinton has a strong ground game in the state, said Mindy Romero, director of the Civic Engagement Project.",
			[]want{{ind, "Clinton has a strong ground game in the state", "Mindy Romero", "", "said"}}},
		{"went on to say", "Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are among the most dangerous.”",
			[]want{{ind, "Brooklyn was his answer", "Trump", "", "joked"},
				{d, "There are places in America that are among the most dangerous.", "Trump", "", "say"}}},
		{"a coordinated cue shares the first verb's subject", "House Democrats seized the floor on Tuesday and said that they would stay there all night.",
			[]want{{ind, "they would stay there all night", "House Democrats", "", "said"}}},
		{"a subject before an aside with a quote", `GOP front-runner Donald Trump - who previously said he would "bomb the hell out of" oil fields - said at a rally in Texas that the United States should close its borders.`,
			[]want{{d, "bomb the hell out of", "who", "Donald Trump", "said"},
				{ind, "the United States should close its borders", "GOP front-runner Donald Trump", "Donald Trump", "said"}}},
		{"a parenthetical attribution", "If the law conflicts with God's orders, Rubio said, Christians must ignore the law.",
			[]want{{ind, "If the law conflicts with God's orders, Rubio said, Christians must ignore the law", "Rubio", "", "said"}}},
		{"a parenthetical according to", "But the next day, according to Roffman, Trump made further demands on the firm.",
			[]want{{ind, "But the next day, according to Roffman, Trump made further demands on the firm", "Roffman", "", "according to"}}},
		{"the reported clause ends before a clause of its own", "Many prominent Republicans have said they will not attend the convention, and others have said they are not interested.",
			[]want{{ind, "they will not attend the convention", "Many prominent Republicans", "Republicans", "said"},
				{ind, "they are not interested", "others", "", "said"}}},
		{"the reported clause ends before a participle", "VanderSloot said it took him a couple of months to find a supporter, highlighting the disconnect in the party.",
			[]want{{ind, "it took him a couple of months to find a supporter", "VanderSloot", "", "said"}}},
		{"the reported clause ends before the writer's appositive", "Comey said she should face no criminal charges, a recommendation the attorney general adopted.",
			[]want{{ind, "she should face no criminal charges", "Comey", "", "said"}}},
		{"told her to", "The president told her to call Mr. Chagoury immediately if possible.",
			[]want{{ind, "her to call Mr. Chagoury immediately if possible", "The president", "", "told"}}},
		{"promised to", "Bernie Sanders promised Monday to begin taking executive action on immigration reform.",
			[]want{{ind, "to begin taking executive action on immigration reform", "Bernie Sanders", "", "promised"}}},
		{"a surname alone names the person introduced first", "Hillary Clinton spoke in Iowa. Bill Clinton spoke later. Clinton said the plan was sound.",
			[]want{{ind, "the plan was sound", "Clinton", "Hillary Clinton", "said"}}},
		{"a headline is no name", "Hollande Says Donald Trump Makes Everyone Want To Vomit\n\nDonald Trump spoke.\n\nTrump said the plan was sound.",
			[]want{{ind, "Donald Trump Makes Everyone Want To Vomit", "Hollande", "", "Says"},
				{ind, "the plan was sound", "Trump", "Donald Trump", "said"}}},
		{"a title split from its period", "In the April issue, Pres. Obama spoke of the action in Libya. Hillary Clinton spoke later.\n\n“We got a UN mandate and we built a coalition,” the president told the magazine.",
			[]want{{d, "We got a UN mandate and we built a coalition,", "the president", "Obama", "told"}}},
		{"a state abbreviation introduces the role", "Sen. Marco Rubio (R-Fla.) spoke first. Donald Trump spoke next.\n\n“It's a difficult issue,” said the Florida senator.",
			[]want{{d, "It's a difficult issue,", "the Florida senator", "Marco Rubio", "said"}}},
		{"a definite description names the story's last subject", "Marco Rubio said he does support an exception.\n\n“It's a difficult issue,” said the Florida senator.",
			[]want{{ind, "he does support an exception", "Marco Rubio", "", "said"},
				{d, "It's a difficult issue,", "the Florida senator", "Marco Rubio", "said"}}},
		{"a subordinate clause's report ends at its comma", "While those surveyed said former Florida governor Jeb Bush has the best experience, Trump is the candidate voters trust most.",
			[]want{{ind, "former Florida governor Jeb Bush has the best experience", "those surveyed", "", "said"}}},
		{"a compound noun is no verb", "Politico published four police reports Lolita Grayson filed against him during their marriage.", nil},
		{"a plural possessive inside the hearer", "On Thursday, Sanders complained to CBS News' Charlie Rose that linking him to the massacre was unfair.",
			[]want{{ind, "linking him to the massacre was unfair", "Sanders", "", "complained"}}},
		{"a plural subject with a prepositional phrase", "Proponents of the new bill, however, say it would keep enough federal safeguards in place.",
			[]want{{ind, "it would keep enough federal safeguards in place", "Proponents of the new bill", "", "say"}}},
		{"an appositive abbreviation before a participle aside", "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public concerns.",
			[]want{{ind, "Obama failed to address public concerns", "Sen. Marco Rubio", "Marco Rubio", "said"}}},
		{"a time between cue and clause", "The Saudis have said for years that they would support the release of the pages.",
			[]want{{ind, "they would support the release of the pages", "The Saudis", "Saudis", "said"}}},
		{"of two overlapping reports the likelier stays", "Sullivan put off deciding whether the group could question Clinton but said the group could come back later with that request.",
			[]want{{ind, "the group could come back later with that request", "Sullivan", "", "said"}}},
		{"a name after capitalised modifiers", "“They are not concerned with political parties,” Fight for $15 organizing director Kendall Fells told Fox News.",
			[]want{{d, "They are not concerned with political parties,", "15 organizing director Kendall Fells", "Kendall Fells", "told"}}},
		{"as X put it", "As Vulture put it, “Hello, it’s the Biebs now.” Justin Bieber has dethroned Adele.",
			[]want{{d, "Hello, it’s the Biebs now.", "Vulture", "", "put it"}}},
		{"a relative that", `The listing was replaced by a message that said, "Sorry, but the item is no longer in the system."`,
			[]want{{d, "Sorry, but the item is no longer in the system.", "that", "a message", "said"}}},
		{"a possessed speech noun", `The union is cool after Hillary Clinton's March comment that, "We are going to put a lot of coal companies out of business."`,
			[]want{{d, "We are going to put a lot of coal companies out of business.", "Hillary Clinton", "", "comment"}}},
		{"a capitalised cue after an appositive", "“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday.",
			[]want{{d, "Not us but can’t argue with it!", "Murphy", "", "Tweeted"}}},
		{"echoed, then a colon paragraph", "17-year-old Jared Potts echoed:\n\n“He speaks his mind, and I think that is what the country needs.”",
			[]want{{d, "He speaks his mind, and I think that is what the country needs.", "17-year-old Jared Potts", "Jared Potts", ""}}},
		{"an adjunct between auxiliary and cue", "Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” spoke on.",
			[]want{{d, "a pathological narcissistic sociopath,", "who", "Beck", "described"}}},
		{"according to inside a reported clause is not the attribution", `Win Htein said Tuesday that according to its analysis, the party won, but "we are still counting the seats."`,
			[]want{{d, "we are still counting the seats.", "Win Htein", "", "said"}}},
		{"a time word inside a name", "“This platform just says you are no longer welcome,” said Kristen Day, executive director of Democrats for Life.",
			[]want{{d, "This platform just says you are no longer welcome,", "Kristen Day", "", "said"}}},
		{"a passive names no speaker", `He also argued the pipeline, which is widely supported by Republicans, "wouldn't go 10 feet" without it.`,
			[]want{{d, "wouldn't go 10 feet", "He", "He", "argued"}}},
		{"a sign is no text even after which", "Drivers saw a road sign, which read, “Inland Empire supports Donald Trump.”", nil},
		{"a stray comma after a parenthesis", "Sen. Jack Reed (D-R.I.), said after a lunch that he had not read the plan, but called it a “starting point for our deliberations.”",
			[]want{{ind, "he had not read the plan", "Sen. Jack Reed", "Jack Reed", "said"},
				{d, "starting point for our deliberations.", "Sen. Jack Reed", "Jack Reed", "called"}}},
		{"cut in", "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Betsy’s husband Tom.”",
			[]want{{d, "Tell her I promised you a picture,", "Ebeling", "", "said"},
				{d, "Don’t forget Betsy’s husband Tom.", "her husband", "", ""}}},
		{"two people named together after the quote", "“We will win,” Mr. Trump and Mr. Pence said on Tuesday.",
			[]want{{d, "We will win,", "Mr. Trump and Mr. Pence", "Trump and Pence", "said"}}},
		{"they stands for two people named together", "Professors Foner and Alba suggest this has less to do with religion.\n\nIn the United States, they write, “to be religious is to be in sync with mainstream norms.”",
			[]want{{d, "to be religious is to be in sync with mainstream norms.", "they", "Professors Foner and Alba", "write"}}},
		{"it stands for a text", "The email includes a photo of Cruz in hunting gear.\n\nAt the bottom it reads, “You can further support the cause by chipping in $35.”",
			[]want{{d, "You can further support the cause by chipping in $35.", "it", "The email", "reads"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestResolution checks who a speaker mention names: the cases the
// resolver of round 3 handles (docs/quotes.md), each the shape of a
// mistake found on PolNeAR train.
func TestResolution(t *testing.T) {
	d, ind := pipeline.Direct, pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a new subject outweighs the speaker before",
			"“Cruz barnstormed his way across Texas,” said Mark Jones, a professor.\n\nRobert Stovall joined Cruz at Tea Party gatherings in San Antonio. “He was very articulate,” he said.",
			[]want{{d, "Cruz barnstormed his way across Texas,", "Mark Jones", "", "said"},
				{d, "He was very articulate,", "he", "Robert Stovall", "said"}}},
		{"a possessive is no antecedent",
			"Joe Biden spoke in Scranton on Monday.\n\nBiden rubbished Donald Trump’s claim to understand the middle class. “It’s a bunch of malarkey,” he said.",
			[]want{{d, "It’s a bunch of malarkey,", "he", "Joe Biden", "said"}}},
		{"a title tells the sex of a surname",
			"Bill Clinton and Hillary Clinton arrived in Iowa on Sunday.\n\n“We are going to win this state,” Mrs. Clinton said.",
			[]want{{d, "We are going to win this state,", "Mrs. Clinton", "Hillary Clinton", "said"}}},
		{"a party and state abbreviation is no person",
			"Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with the director. “There is no reason to wait for the report,” he said.",
			[]want{{ind, "the questioning will start with the director", "Committee Chairman Rep. Jason Chaffetz", "Jason Chaffetz", "said"},
				{d, "There is no reason to wait for the report,", "he", "Jason Chaffetz", "said"}}},
		{"a name after the office it holds",
			"Palm Beach County Supervisor of Elections Susan Bucher said that independent voters can’t vote in the primary.",
			[]want{{ind, "independent voters can’t vote in the primary", "Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher", "said"}}},
		{"an unnamed speaker goes on as he",
			"The company belongs to Victor Pinchuk. A representative for Mr. Pinchuk said the investigation had nothing to do with the State Department. He added that at least 100 other people had attended the dinner.",
			[]want{{ind, "the investigation had nothing to do with the State Department", "A representative for Mr. Pinchuk", "", "said"},
				{ind, "at least 100 other people had attended the dinner", "He", "A representative for Mr. Pinchuk", "added"}}},
		{"a subject after appositives",
			"Donna Lages runs the shop. “Too much hate,” she said.\n\nDebbie Kepler, the organist at the church, which is on the same street as the mosque, remembered when it still had a cross.\n\n“We don’t go over there, and they don’t come over here,” she said.",
			[]want{{d, "Too much hate,", "she", "Donna Lages", "said"},
				{d, "We don’t go over there, and they don’t come over here,", "she", "Debbie Kepler", "said"}}},
		{"a description of the subject just before",
			"Harry Reid would not say whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas). The minority leader said flatly: “I don’t think it matters much at all.”",
			[]want{{ind, "whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas)", "Harry Reid", "", "say"},
				{d, "I don’t think it matters much at all.", "The minority leader", "Harry Reid", "said"}}},
		{"a state that disagrees",
			"Marco Rubio, who is third in many Iowa polls, stressed defense issues during an appearance with Sen. Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he feels good about his chances on Monday.",
			[]want{{ind, "he feels good about his chances on Monday", "The Florida senator", "Marco Rubio", "told"}}},
		{"the newspaper",
			"In a scathing opinion piece, The Wall Street Journal called on Trump to get his act together.\n\n“He needs to stop blaming everyone else,” the conservative-leaning newspaper wrote.",
			[]want{{d, "He needs to stop blaming everyone else,", "the conservative-leaning newspaper", "Wall Street Journal", "wrote"}}},
		{"his campaign",
			"Bernie Sanders raised more than $33 million in the last three months of 2015. His campaign said he ended December with $28 million in cash.",
			[]want{{ind, "he ended December with $28 million in cash", "His campaign", "Bernie Sanders's campaign", "said"}}},
		{"the vice president is not the president",
			"Vice President Joe Biden spoke after President Obama in Scranton.\n\nMr. Trump is so reckless, the vice president said, that the country could not afford him.",
			[]want{{ind, "Mr. Trump is so reckless, the vice president said, that the country could not afford him", "the vice president", "Joe Biden", "said"}}},
		{"a name before a passive participle is no subject",
			"Veteran comedian Tim Allen recently hit another milestone with the 100th episode of his series.\n\nAs star and producer of the show, Allen has put many partisan lines into the script, to be uttered by family patriarch Jack Nolan, played by Allen.\n\nAsked about the show, the actor said he is not as quick as his character.",
			[]want{{ind, "he is not as quick as his character", "the actor", "Tim Allen", "said"}}},
		{"a compound nationality is no name the story must have used",
			"After a host was fired over his comments, the network's nightly news anchor Ilia Calderón reacted on Thursday with a moving letter on preparing her daughter to face discrimination. The Afro-Colombian journalist expressed particular concern over those who had defended the host’s remarks. “I am concerned to hear voices that tolerate discrimination,” she tweeted.",
			[]want{{ind, "particular concern over those who had defended the host’s remarks", "The Afro-Colombian journalist", "Ilia Calderón", "expressed"},
				{d, "I am concerned to hear voices that tolerate discrimination,", "she", "Ilia Calderón", "tweeted"}}},
		{"an actress is one person",
			"“Orange is the New Black” star Dana Reyes opened up about her childhood in a blog post. The actress explained that being called a real woman is a backhanded compliment.",
			[]want{{ind, "that being called a real woman is a backhanded compliment", "The actress", "Dana Reyes", "explained"}}},
		{"a compound that goes on in lower case is no first name",
			"Liberal Oscar-winner Sarandon is not sure about Clinton.\n\nOscar-winning actress Susan Sarandon is not sure she can vote for Hillary Clinton.\n\n“I don’t know,” Sarandon told MSNBC.",
			[]want{{d, "I don’t know,", "Sarandon", "Susan Sarandon", "told"}}},
		{"a name never spans a spaced dash",
			"Corey Lewandowski runs the campaign. In an interview with the paper - conducted at the estate in Palm Beach - Lewandowski continued to assert that he never touched her.",
			[]want{{ind, "he never touched her", "Lewandowski", "Corey Lewandowski", "assert"}}},
		{"they for two people named together just before",
			"The video contradicted what Donald Trump and Corey Lewandowski told reporters about the incident.\n\nThey had asserted that Lewandowski never touched the reporter.",
			[]want{{ind, "Lewandowski never touched the reporter", "They", "Donald Trump and Corey Lewandowski", "asserted"}}},
		{"a description named in the next sentence",
			"A top Jane Doe adviser says the senator is on a glide path to the nomination.\n\nEd Brookover spoke to reporters Thursday after a meeting with House members.",
			[]want{{ind, "the senator is on a glide path to the nomination", "A top Jane Doe adviser", "Ed Brookover", "says"}}},
		{"an age makes a person of a name the entity stage calls a place",
			"Bernie Sanders spoke to a crowd of thousands in the park.\n\nThe rally went on for hours. Music played between the speeches.\n\nOne voter, Guadalupe Potocacetpl, 35, showed up in the gear of a Chicano group. He had protested at a Phoenix rally and started talking with activists who had jumped aboard with Sanders.\n\n“I met a lot of Bernie supporters, and I liked every reason they had,” he said.",
			[]want{{d, "I met a lot of Bernie supporters, and I liked every reason they had,", "he", "Guadalupe Potocacetpl", "said"}}},
		{"the two lawmakers are the pair named together before",
			"Judiciary Committee Chairman Bob Goodlatte (R-Va.) met the attorney on Friday.\n\nAlso Monday, Goodlatte and Benghazi Committee Chairman Trey Gowdy (R-S.C.) sent a letter to the director.\n\nThe director found no evidence of intent. The two lawmakers, however, argue that “there is precedent for prosecution.”",
			[]want{{d, "there is precedent for prosecution.", "The two lawmakers", "Bob Goodlatte and Trey Gowdy", "argue"}}},
		{"an epithet for the person the story is about",
			"Republican hopeful Ben Marlow spoke to voters in Dubuque on Tuesday.\n\nMarlow rejected the idea that his past should be off limits.\n\n“I have nothing to hide,” the retired neurosurgeon told reporters.",
			[]want{{d, "I have nothing to hide,", "the retired neurosurgeon", "Ben Marlow", "told"}}},
		{"the admiral introduced with his rank",
			"Admiral Harold K. Brant, 59, commands the Pacific fleet.\n\nThe patrols had two goals, the admiral said.",
			[]want{{ind, "The patrols had two goals", "the admiral", "Harold K. Brant", "said"}}},
		{"they after a group that opens its sentence after a conjunction",
			"The county board voted for the plan in June.\n\nBut throughout the summer and fall, members of both unions criticized the vote. They said the decision was rushed.",
			[]want{{ind, "the decision was rushed", "They", "members of both unions", "said"}}},
		{"they after a group and its aside",
			"The aides, led by campaign manager Tom Sully, met the donors on Monday. They said they expected to win in March.",
			[]want{{ind, "they expected to win in March", "They", "The aides", "said"}}},
		{"a description of the subject just before, another person named beside",
			"On Thursday evening Jane Holt delivered her acceptance speech as the Democratic nominee, painting her rival, Tom Reyes, as unfit for the job.\n\n“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.",
			[]want{{d, "A man you can bait with a tweet is not a man we can trust,", "the Democratic nominee", "Jane Holt", "said"}}},
		{"as for X, he: the topic",
			"Sen. Ted Cole warned against a contested convention. “It would be a disaster,” the Texas senator said.\n\nAs for Tom Reyes, he said he is not worried about the delegates.",
			[]want{{d, "It would be a disaster,", "the Texas senator", "Ted Cole", "said"},
				{ind, "he is not worried about the delegates", "he", "Tom Reyes", "said"}}},
		{"it after a text whose subject has a complement, a quote between",
			"The panel met again on Thursday.\n\nThursday's memo from the panel seemed aimed at bolstering the inquiry.\n\n“So far, 59 of the 75 witnesses had never been interviewed. The inquiry is the first to include them,” it stated.",
			[]want{{d, "So far, 59 of the 75 witnesses had never been interviewed. The inquiry is the first to include them,", "it", "Thursday's memo from the panel", "stated"}}},
		{"it after a text named in the sentence before",
			"Officer Dan Miller filed charges on Monday.\n\n“The suspect grabbed her left arm,” Miller wrote in the affidavit. It continued: “Probable cause exists to charge him with battery.”",
			[]want{{d, "The suspect grabbed her left arm,", "Miller", "Dan Miller", "wrote"},
				{d, "Probable cause exists to charge him with battery.", "It", "the affidavit", "continued"}}},
		{"it after an organization is no text named before it",
			"The senator kept a private email account.\n\nFiles from the Springfield Water Board began circulating after it announced that its servers had been breached.",
			[]want{{ind, "its servers had been breached", "it", "", "announced"}}}, // not "a private email account"
		{"they after a group and its complement",
			"The union endorsed the governor in October.\n\nBut throughout the summer, members within both unions criticized the decision. They said the endorsement was rushed.",
			[]want{{ind, "the endorsement was rushed", "They", "members within both unions", "said"}}},
		{"they after a group whose phrase runs on over its past verb",
			"As the race tightened in recent months, Canadian officials conducted polling across the border. The outreach, they said, raised new worries about trade.",
			[]want{{ind, "The outreach, they said, raised new worries about trade", "they", "Canadian officials", "said"}}},
		{"they is no subject inside the words it reports",
			"Ann Wilcox and Tom Beruff argued that the department is not needed. State boards of education can do that, they said.",
			[]want{{ind, "the department is not needed", "Ann Wilcox and Tom Beruff", "", "argued"},
				{ind, "State boards of education can do that", "they", "Ann Wilcox and Tom Beruff", "said"}}},
		{"the company for the one organization just named, whatever its name",
			"Ann Moore worked at Vantage Logistics Services in Belgium. The company says its business has tripled over the last three years.",
			[]want{{ind, "its business has tripled over the last three years", "The company", "Vantage Logistics Services", "says"}}},
		{"the group after an organization named in the sentence before",
			"There are four million fewer players than a decade ago, according to the National Bowling Foundation. Almost 650 alleys have closed since 2006, the group says.",
			[]want{{ind, "There are four million fewer players than a decade ago", "the National Bowling Foundation", "National Bowling Foundation", "according to"},
				{ind, "Almost 650 alleys have closed since 2006", "the group", "National Bowling Foundation", "says"}}},
		{"a description of the possessor that opens the sentence before",
			"Jane Holt's assertion Monday that more strikes are needed drew rebukes from the Pentagon and from Tom Reyes.\n\n“We have to really increase the strikes,” the presumptive Democratic nominee told reporters.",
			[]want{{d, "We have to really increase the strikes,", "the presumptive Democratic nominee", "Jane Holt", "told"}}},
		{"an office before a first name is no part of the name",
			"“That was outrageous,” said Senate Minority Leader Harry Reid.\n\nSenate Majority Whip John Corbin responded by standing on the floor next to a large photo.\n\n“I’ll tell you what outrageous is,” he said.",
			[]want{{d, "That was outrageous,", "Senate Minority Leader Harry Reid", "Harry Reid", "said"},
				{d, "I’ll tell you what outrageous is,", "he", "John Corbin", "said"}}},
		{"an office before a first name in the speaker's phrase",
			"“They are spending their final days here,” said Oversight ranking Democrat Elijah Cumming (D-Md.).",
			[]want{{d, "They are spending their final days here,", "Oversight ranking Democrat Elijah Cumming", "Elijah Cumming", "said"}}},
		{"a surname with an apostrophe",
			"Martin O’Malley spoke in Iowa.\n\n“The bridge will open in May,” O’Malley said.\n\n“It is late,” he added.",
			[]want{{d, "The bridge will open in May,", "O’Malley", "Martin O’Malley", "said"},
				{d, "It is late,", "he", "Martin O’Malley", "added"}}},
		{"a surname after a quote's exclamation mark is a name",
			"The crowd cheered.\n\n“We are tired of being told it is offensive!” Ortez said.\n\n“I am the son of an immigrant who came legally,” he said.",
			[]want{{d, "We are tired of being told it is offensive!", "Ortez", "", "said"},
				{d, "I am the son of an immigrant who came legally,", "he", "Ortez", "said"}}},
		{"a first name the table lacks opens the sentence: the entity stage says it is a person",
			"The ceremony was held on Friday.\n\nFlorent Groberg opened up to reporters about his decision.\n\n“He has absolutely zero military experience,” Groberg said.",
			[]want{{d, "He has absolutely zero military experience,", "Groberg", "Florent Groberg", "said"}}},
		{"he before the name in a clause that opens the story",
			"After he called the hit film “far too friendly to the wrong ideas,” Pastor Kevin Swanby turned his attention to the Girl Scouts.",
			[]want{{d, "far too friendly to the wrong ideas,", "he", "Kevin Swanby", "called"}}},
		{"an unnamed speaker goes on as she two paragraphs later, no one named since",
			"“My mom always said we were citizens,” said the woman, who spoke on the condition of anonymity because she feared for her job.\n\nNow 46 and living in Ohio, she is terrified of losing her job.\n\n“I’m even more scared now,” she said.",
			[]want{{d, "My mom always said we were citizens,", "the woman", "", "said"},
				{d, "I’m even more scared now,", "she", "the woman", "said"}}},
		{"a short quote inside the speaker's phrase is no one's words",
			"After the news went viral, the “Avatar” star posted a long message on her page. As the “Never Trump” movement continues to grow, its leaders met in Houston.",
			nil},
		{"a short quote that ends its clause still has its speaker",
			"Carter had placed a note card in a “burn bag,” the Times reported.",
			[]want{{d, "burn bag,", "the Times", "Times", "reported"}}},
		{"an analysis is no group that they stands for",
			"Two economists studied the tax. Their analysis did not mention the studies. Nor did they note that other countries already have such a tax.",
			[]want{{ind, "other countries already have such a tax", "they", "Two economists", "note"}}},
		{"it for its own sentence's subject before the organization that spoke last",
			"The memo was first reported by POLITICO, the Pentagon said on Monday.\n\nFor instance, the paper notes the government monitors 20,000 mosques, it lists steps taken to stop the financing, and it says the authorities have blocked websites.",
			[]want{{ind, "The memo was first reported by POLITICO", "the Pentagon", "Pentagon", "said"},
				{ind, "the authorities have blocked websites", "it", "the paper", "says"}}},
		{"the editorial board writes for the newspaper named before",
			"The Wall Street Journal took aim at the governor's critics on Wednesday.\n\n“Are we talking about the same governor?” the editorial board writes.",
			[]want{{d, "Are we talking about the same governor?", "the editorial board", "Wall Street Journal", "writes"}}},
		{"the airline for the one organization named in its sentence",
			"The co-pilot had logged 2,766 flying hours with SkyNord, the airline said Thursday.",
			[]want{{ind, "The co-pilot had logged 2,766 flying hours with SkyNord", "the airline", "SkyNord", "said"}}},
		{"he is not the man the quote names",
			"Donald Trump spoke in Iowa on Monday. Trump said he would build a wall. He said Mexico would pay for it.\n\nIn his assessment of the real estate magnate, Felipe Calderon intimated disappointment that Americans have given Trump a real shot.\n\n“It is incredible that a society like this could produce Trump,” he said.",
			[]want{{ind, "he would build a wall", "Trump", "Donald Trump", "said"},
				{ind, "Mexico would pay for it", "He", "Donald Trump", "said"},
				{d, "It is incredible that a society like this could produce Trump,", "he", "Felipe Calderon", "said"}}},
		{"who after an appositive names the name it describes",
			"The plan was backed on Friday by Sen. Mary Holt of Ohio, the ranking Democrat on the Senate Budget Committee, who said none of the cuts would pass.\n\n“It has never made sense to me that the governor can be blamed for this,” she said.",
			[]want{{ind, "none of the cuts would pass", "who", "Mary Holt", "said"},
				{d, "It has never made sense to me that the governor can be blamed for this,", "she", "Mary Holt", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestReportedSpeech checks the reported-speech shapes of round 3, each
// found missed on PolNeAR train.
func TestReportedSpeech(t *testing.T) {
	ind := pipeline.Indirect
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"an irregular past verb before a participle cue",
			"The mayor struck a calm tone, saying he understood the worries of the residents.",
			[]want{{ind, "he understood the worries of the residents", "The mayor", "", "saying"}}},
		{"an irregular past verb after a title and a name",
			"The governor spoke for an hour on Monday, saying the budget would be balanced by June.",
			[]want{{ind, "the budget would be balanced by June", "The governor", "", "saying"}}},
		{"a promise reports its infinitive, to included",
			"At a rally in Fresno, the senator promised to raise the minimum wage.",
			[]want{{ind, "to raise the minimum wage", "the senator", "", "promised"}}},
		{"a dateline is not reported",
			"WASHINGTON -- A six-year trend of declining federal budget deficits will end this year, the nonpartisan Congressional Budget Office reported on Tuesday.",
			[]want{{ind, "A six-year trend of declining federal budget deficits will end this year", "the nonpartisan Congressional Budget Office", "Congressional Budget Office", "reported"}}},
		{"a hearer ends the attribution",
			"Some paper records are already stored in a records center, and there is no need to move them, Kennedy wrote Linick.",
			[]want{{ind, "Some paper records are already stored in a records center, and there is no need to move them", "Kennedy", "", "wrote"}}},
		{"as X noted, after a conjunction",
			"But as a Politico reporter noted, he didn't even fill the place to the 20-yard line.",
			[]want{{ind, "he didn't even fill the place to the 20-yard line", "a Politico reporter", "", "noted"}}},
		{"a pronoun hearer",
			"Robert Gordon of Northwestern University suggested to me that German workers were harder to replace.",
			[]want{{ind, "German workers were harder to replace", "Robert Gordon of Northwestern University", "Robert Gordon", "suggested"}}},
		{"a time and an aside before the clause's verb",
			"Vice President Joseph R. Biden Jr. warned this week that Donald J. Trump, even as a candidate, had elevated the dangers confronting American allies.",
			[]want{{ind, "Donald J. Trump, even as a candidate, had elevated the dangers confronting American allies", "Vice President Joseph R. Biden Jr.", "Joseph R. Biden Jr.", "warned"}}},
		{"a relative clause ends at its comma",
			"Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did not show up in person.",
			[]want{{ind, "he would probably campaign with him", "who", "Sanders", "said"}}},
		{"a relative pronoun is the reported subject",
			"California's minimum wage would be higher than the rate in France, which the Organization for Economic Cooperation and Development says had the world's highest wage floors in 2015.",
			[]want{{ind, "which the Organization for Economic Cooperation and Development says had the world's highest wage floors in 2015",
				"the Organization for Economic Cooperation and Development", "Organization for Economic Cooperation and Development", "says"}}},
		{"that after a noun, not after a cue",
			"Her daughter has the kind of job that many economists say is the future in postindustrial America.",
			[]want{{ind, "that many economists say is the future in postindustrial America", "many economists", "", "say"}}},
		{"a hearer and a phrase end the sentence",
			"Michigan was only doing what 40 states already do, he told the court in his filing.",
			[]want{{ind, "Michigan was only doing what 40 states already do", "he", "", "told"}}},
		{"an addition to the subject between dashes",
			"Democrats — and some Republicans — say that Trump’s alienation of growing segments far outweighs any gains he is making.",
			[]want{{ind, "Trump’s alienation of growing segments far outweighs any gains he is making", "Democrats", "", "say"}}},
		{"a plural subject without -s",
			"Even though skateboarding is sanctioned within the park, the women say officers still scrutinize the area.",
			[]want{{ind, "officers still scrutinize the area", "the women", "", "say"}}},
		{"a name after a plural noun's preposition",
			"Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders.",
			[]want{{ind, "she’s shifting her tack toward rival Bernie Sanders", "Aides to Clinton", "", "say"}}},
		{"a subject before a dash aside",
			"In the book, Byrne — who was posted at the door to the Oval Office for three years — states that an assignment to the detail was considered a punishment.",
			[]want{{ind, "an assignment to the detail was considered a punishment", "Byrne", "", "states"}}},
		{"a parenthesis between subject and verb",
			"Democrats, Frank notes, applaud the shrewd technocratic management of Deval Patrick.",
			[]want{{ind, "Democrats, Frank notes, applaud the shrewd technocratic management of Deval Patrick", "Frank", "", "notes"}}},
		{"a participle phrase after the cue",
			"He explained after winning his home state of Ohio on Mar. 15, he would have to take 68 percent of the delegates thereafter.",
			[]want{{ind, "he would have to take 68 percent of the delegates thereafter", "He", "", "explained"}}},
		{"a participle phrase closes the sentence",
			"Many black voters did not recognize themselves in Trump's description, journalist Martha Raddatz said in posing the question to Christie.",
			[]want{{ind, "Many black voters did not recognize themselves in Trump's description", "journalist Martha Raddatz", "Martha Raddatz", "said"}}},
		{"two people named together",
			"Republican presidential hopefuls Jeb Bush and Chris Christie say Florida Sen. Marco Rubio hasn’t been tested.",
			[]want{{ind, "Florida Sen. Marco Rubio hasn’t been tested", "Republican presidential hopefuls Jeb Bush and Chris Christie", "Jeb Bush and Chris Christie", "say"}}},
		{"an organization's name as the entity stage found it",
			"The State Department and the Department of Homeland Security said the visa was valid.",
			[]want{{ind, "the visa was valid", "The State Department and the Department of Homeland Security", "State Department and Department of Homeland Security", "said"}}},
		{"a pronoun after the cue is the reported subject, not an inverted speaker",
			"Rep. Alma Torres (Ore.), a delegate supporting the mayor, said he has spoken with many fellow delegates in recent weeks.",
			[]want{{ind, "he has spoken with many fellow delegates in recent weeks", "Rep. Alma Torres", "Alma Torres", "said"}}},
		{"a gerund modifies a description in an appositive",
			"Pruitt, a creative writing professor, said the roots of the town were deep.",
			[]want{{ind, "the roots of the town were deep", "Pruitt", "", "said"}}},
		{"a phrase followed by its verb after the cue is no inverted speaker",
			"The committee, a panel of nine members, said the budget would be cut.",
			nil},
		{"a clause after ', but' goes on with the report",
			"The hacker told her he had copied files from the server, but a judge refused to let him publish them.",
			[]want{{ind, "he had copied files from the server, but a judge refused to let him publish them", "The hacker", "", "told"}}},
		{"a verb after ', but' goes on with the report",
			"Ms. Alder said the process was fair, but required candidates to put forth an effort.",
			[]want{{ind, "the process was fair, but required candidates to put forth an effort", "Ms. Alder", "Alder", "said"}}},
		{"a pronoun after ', but' opens the writer's clause",
			"After the event, Mr. Ortiz said the governor had not yet won him over, but he sounded a hopeful note.",
			[]want{{ind, "the governor had not yet won him over", "Mr. Ortiz", "Ortiz", "said"}}},
		{"the speaker's appositive with a relative clause is no second half",
			"The festival had sold out within an hour, said Rita Katz, the director of the Harbour Trust, which runs the event.",
			[]want{{ind, "The festival had sold out within an hour", "Rita Katz", "", "said"}}},
		{"according to X, who …: the speaker's relative clause",
			"The new rule would cost the state nearly $9 million, according to Andrew McKay, who studied the bill for the council.",
			[]want{{ind, "The new rule would cost the state nearly $9 million", "Andrew McKay", "", "according to"}}},
		{"a parenthetical attribution still spans the sentence",
			"In addition, according to the department, nearly nine million more workers who should already be eligible will get the pay.",
			[]want{{ind, "In addition, according to the department, nearly nine million more workers who should already be eligible will get the pay", "the department", "", "according to"}}},
		{"went out of his way to say",
			"Mr. Putin went out of his way to say that Russia's economy had hit bottom this year.",
			[]want{{ind, "Russia's economy had hit bottom this year", "Mr. Putin", "Putin", "say"}}},
		{"according to a source whose first word is a cue's form",
			"The firm was registered in Ohio in 2012, according to state business records.",
			[]want{{ind, "The firm was registered in Ohio in 2012", "state business records", "", "according to"}}},
		{"according to reports, a cue's form as a noun",
			"According to reports emerging on Friday, the mayor had not been told of the plan.",
			[]want{{ind, "the mayor had not been told of the plan", "reports", "", "According to"}}},
		{"a phrase with from between the cue and that",
			"The coach has said from the start that the team would not sell its best players.",
			[]want{{ind, "the team would not sell its best players", "The coach", "", "said"}}},
		{"for the first time and a weekday between the cue and that",
			"The ministry acknowledged for the first time Friday that two reactors had been shut.",
			[]want{{ind, "two reactors had been shut", "The ministry", "", "acknowledged"}}},
		{"a hearer and two phrases before that",
			"The mayor told the crowd at his dinner for volunteers that the budget would be balanced.",
			[]want{{ind, "the budget would be balanced", "The mayor", "", "told"}}},
		{"an agent's phrase before that is no complement",
			"A 2019 estimate by the county's planning office projected that rents will rise by a third.",
			nil},
		{"a hearer and last week before that",
			"The mayor told reporters last week that the bridge was safe.",
			[]want{{ind, "the bridge was safe", "The mayor", "", "told"}}},
		{"a name with a cue's form is no cue that goes on with the clause",
			"Ms. Varga said in an interview with the Associated Press last month that she had no plans to retire and announced that she would seek a fourth term.",
			[]want{{ind, "she had no plans to retire", "Ms. Varga", "Varga", "said"}, {ind, "she would seek a fourth term", "Ms. Varga", "Varga", "announced"}}},
		{"and + a verb of thinking goes on with the reported clause",
			"The coach told friends that the owner knew about the offer and thought the price was fair.",
			[]want{{ind, "the owner knew about the offer and thought the price was fair", "The coach", "", "told"}}},
		{"an appositive closed by a comma inside the reported clause",
			"Ms. Okafor wrote that she hoped to introduce Paul Renner, a shipping magnate who was one of the fund's donors, to someone at the ministry.",
			[]want{{ind, "she hoped to introduce Paul Renner, a shipping magnate who was one of the fund's donors, to someone at the ministry", "Ms. Okafor", "Okafor", "wrote"}}},
		{"a relative clause closed by a comma inside the reported clause",
			"The mayor said the council closed the pools, which cost little to run, in order to save money.",
			[]want{{ind, "the council closed the pools, which cost little to run, in order to save money", "The mayor", "", "said"}}},
		{"a relative clause that ends the sentence is the writer's",
			"The mayor said the council closed the pools, which had been open since 1950.",
			[]want{{ind, "the council closed the pools", "The mayor", "", "said"}}},
		{"', as has X' is the writer's comparison",
			"The mayor said he will not back the plan, as has the county executive.",
			[]want{{ind, "he will not back the plan", "The mayor", "", "said"}}},
		{"', and' + a pronoun and a past verb opens the writer's clause",
			"The senator said the bill was a mistake, and he railed against the leaders who wrote it.",
			[]want{{ind, "the bill was a mistake", "The senator", "", "said"}}},
		{"here between the subject and its cue",
			"Her volunteers here said they have been knocking on doors since the spring.",
			[]want{{ind, "they have been knocking on doors since the spring", "Her volunteers", "", "said"}}},
		{"a poll's share in words as the subject",
			"In the survey, about four in 10 said they had not yet chosen a candidate.",
			[]want{{ind, "they had not yet chosen a candidate", "four in 10", "", "said"}}},
		{"police is plural",
			"City police say they have not yet identified the driver.",
			[]want{{ind, "they have not yet identified the driver", "City police", "", "say"}}},
		{"X's claim that: a noun, though claim is also a verb",
			"The governor repeated the mayor's claim that the bridge had been inspected twice.",
			[]want{{ind, "the bridge had been inspected twice", "the mayor", "", "claim"}}},
		{"a comma inside a short quote ends the clause before according to",
			"The mayor said the budget was “a fair deal,” according to the minutes.",
			[]want{{ind, "the budget was “a fair deal,”", "The mayor", "", "said"}}},
		{"a dash and the writer's clause end the report",
			"The coach told reporters that the team had played its best game — but she also warned that the season was long.",
			[]want{{ind, "the team had played its best game", "The coach", "", "told"}, {ind, "the season was long", "she", "The coach", "warned"}}},
		{"an aside between two dashes stays in the report",
			"He said the plan — a costly one — was dead.",
			[]want{{ind, "the plan — a costly one — was dead", "He", "", "said"}}},
		{"', because' goes on with the report",
			"The director said the museum would close early, because the heating had failed.",
			[]want{{ind, "the museum would close early, because the heating had failed", "The director", "", "said"}}},
		{"a subordinate clause before a parenthetical according to is not reported",
			"While most of the files were public, according to a court clerk, two were sealed by the judge.",
			[]want{{ind, "two were sealed by the judge", "a court clerk", "", "according to"}}},
		{"because, according to X, B",
			"The team will play on Sunday, because, according to the league, the storm will have passed by then.",
			[]want{{ind, "the storm will have passed by then", "the league", "", "according to"}}},
		{"a clause before its attribution starts after a colon",
			"The result was plain: the harbour had lost money for a third year, according to the port authority.",
			[]want{{ind, "the harbour had lost money for a third year", "the port authority", "", "according to"}}},
		{"a share between commas after the subject",
			"Among likely voters, about two-thirds, 64 percent, say they will vote in the primary.",
			[]want{{ind, "they will vote in the primary", "two-thirds", "", "say"}}},
		{"an age between commas still names the speaker",
			"Maria Lopez, 61, said the plan was dead.",
			[]want{{ind, "the plan was dead", "Maria Lopez", "", "said"}}},
		{"a relative clause whose coordinated verb comes after a comma",
			"Okafor, who backed the mayor, a Democrat, and openly opposed the plan during the campaign, last week said the vote was rigged.",
			[]want{{ind, "the vote was rigged", "Okafor", "", "said"}}},
		{"an appositive with a relative that",
			"Lena Ortiz, director of the Harbour Trust, a charity that has funded the school, also said the board would resign.",
			[]want{{ind, "the board would resign", "Lena Ortiz", "", "said"}}},
		{"a relative clause with no pronoun",
			"Each release recalls the inquiry — a review the agency said was still open as of last month.",
			[]want{{ind, "a review the agency said was still open as of last month", "the agency", "", "said"}}},
		{"adding to is no speech",
			"The senator won the state's primary on Tuesday, adding to his lead over the governor in the race for delegates.",
			nil},
		{"a share of them as the subject",
			"About 40 percent of them said the plan was unfair.",
			[]want{{ind, "the plan was unfair", "40 percent of them", "", "said"}}},
		{"hit back is a phrasal cue",
			"The governor hit back on Monday, saying the senator had never visited the flooded towns.",
			[]want{{ind, "the senator had never visited the flooded towns", "The governor", "", "saying"}}},
		{"a relative pronoun's report ends where the main clause goes on",
			"The new rules, which officials said will take effect in March, will not apply to small firms.",
			[]want{{ind, "which officials said will take effect in March", "officials", "", "said"}}},
		{"a subordinate clause after a time word ends at its comma",
			"Years after the mayor claimed that the budget was balanced, the city borrowed again.",
			[]want{{ind, "the budget was balanced", "the mayor", "", "claimed"}}},
		{"a verb's form after a determiner ends a subject as a noun",
			"People briefed on the move said it reflected the board's worry.",
			[]want{{ind, "it reflected the board's worry", "People briefed on the move", "", "said"}}},
		{"a weekday's possessive opens the reported clause",
			"Ms. Varga said Thursday's vote had changed her mind.",
			[]want{{ind, "Thursday's vote had changed her mind", "Ms. Varga", "Varga", "said"}}},
		{"about + a number opens the reported clause",
			"The agency said about half of the new jobs were in construction.",
			[]want{{ind, "about half of the new jobs were in construction", "The agency", "", "said"}}},
		{"', but' + a report of its own ends the first",
			"About three in 10 said they would back the levy, but six in 10 said they want the council to cut costs.",
			[]want{{ind, "they would back the levy", "About three in 10", "", "said"}, {ind, "they want the council to cut costs", "six in 10", "", "said"}}},
		{"a contracted pronoun opens the reported clause",
			"Ms. Varga told the Ledger she’d vote for the levy in November.",
			[]want{{ind, "she’d vote for the levy in November", "Ms. Varga", "Varga", "told"}}},
		{"a participle aside after a description",
			"The organizers, led by a retired teacher, told the council that the fair would move to June.",
			[]want{{ind, "the fair would move to June", "The organizers", "", "told"}}},
		{"a fronted phrase closed by a comma opens the reported clause",
			"The coach says despite the injuries, the team will reach the final.",
			[]want{{ind, "despite the injuries, the team will reach the final", "The coach", "", "says"}}},
		{"that and a comma, then a fronted clause",
			"Party officials say that, even if they wanted one, a recount could not be done.",
			[]want{{ind, "even if they wanted one, a recount could not be done", "Party officials", "", "say"}}},
		{"a percentage written with % is a subject",
			"On social issues, 42% say they are liberal.",
			[]want{{ind, "they are liberal", "42%", "", "say"}}},
		{"the head of 'sources close to X' is plural",
			"Rather, sources close to the mayor say he will sign the bill.",
			[]want{{ind, "he will sign the bill", "sources close to the mayor", "", "say"}}},
		{"a share in words takes a plural verb",
			"Nearly a third say they have not decided.",
			[]want{{ind, "they have not decided", "a third", "", "say"}}},
		{"a plural subject before its participle phrase",
			"Local growers hoping to sell their crop in Europe say the new tariff will hurt them.",
			[]want{{ind, "the new tariff will hurt them", "Local growers", "", "say"}}},
		{"late and a weekday between the cue and that",
			"The minister said late Wednesday that the talks would resume.",
			[]want{{ind, "the talks would resume", "The minister", "", "said"}}},
		{"a with-phrase after a comma stays in the report",
			"The union said the deal was fair, with wages rising by a tenth over three years.",
			[]want{{ind, "the deal was fair, with wages rising by a tenth over three years", "The union", "", "said"}}},
		{"a plural subject before its relative clause",
			"Growers who have worked with the co-op for years say they expect a smaller harvest.",
			[]want{{ind, "they expect a smaller harvest", "Growers", "", "say"}}},
		{"who + the cue's own subject is no relative clause before the cue",
			"The court fined a treasurer who prosecutors said stole money from the town.",
			[]want{{ind, "stole money from the town", "prosecutors", "", "said"}}},
		{"a relative clause between a name's head and a past cue",
			"The nurse who treated the children said the clinic had run out of vaccines.",
			[]want{{ind, "the clinic had run out of vaccines", "The nurse", "", "said"}}},
		// Round 10.
		{"an infinitive cue reports its clause, of the sentence's subject",
			"Voters in the suburbs were more likely to say they trusted the governor on taxes.",
			[]want{{ind, "they trusted the governor on taxes", "Voters in the suburbs", "", "say"}}},
		{"an infinitive cue after a purpose phrase",
			"The governor stood up at the town hall to say he would not sign the bill.",
			[]want{{ind, "he would not sign the bill", "The governor", "", "say"}}},
		{"a causative verb's object speaks the infinitive",
			"The early returns led Republicans to say that the party had found its footing.",
			[]want{{ind, "the party had found its footing", "Republicans", "", "say"}}},
		{"a refusal reports nothing", "The mayor declined to say whether she would run again.", nil},
		{"an idiom reports nothing", "It is too early to say whether the plan will work.", nil},
		{"an infinitive cue's object is no report", "The senator used the hearing to claim a moral victory.", nil},
		{"'and' before a report of its own ends the clause",
			"Many lawmakers have said they will skip the vote and others have said they are not interested in the bill.",
			[]want{{ind, "they will skip the vote", "Many lawmakers", "", "said"}, {ind, "they are not interested in the bill", "others", "", "said"}}},
		{"a passive question's agent asks it",
			"On Sunday the governor was asked by host Jane Doyle whether her plan would raise taxes.",
			[]want{{ind, "whether her plan would raise taxes", "host Jane Doyle", "Jane Doyle", "asked"}}},
		{"a fronted passive question ends at its comma",
			"Asked by reporters if the deal was dead, the senator walked away.",
			[]want{{ind, "if the deal was dead", "reporters", "", "Asked"}}},
		{"a passive question needs a clause's verb",
			"Smith was asked by radio host Tom Baker whether his proposed expansion of child tax credits, which the council estimates would cost millions a year, would risk “adding another expensive burden to the city budget.”",
			nil},
		{"'and' before a noun that is also a cue's form goes on",
			"The spokeswoman said the mayor has no more events scheduled and delivered only brief remarks at the fair.",
			[]want{{ind, "the mayor has no more events scheduled and delivered only brief remarks at the fair", "The spokeswoman", "", "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}
