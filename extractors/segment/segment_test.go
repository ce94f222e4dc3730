package segment

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func segmenter(t testing.TB) *Segmenter {
	t.Helper()
	s, err := New()
	require.NoError(t, err)
	return s
}

func tokenTexts(doc *pipeline.Document) []string {
	out := make([]string, len(doc.Tokens))
	for i, tk := range doc.Tokens {
		out[i] = doc.Slice(tk.Span)
	}
	return out
}

func TestTokensKeepOriginalText(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"“We have many channels,” he said.", []string{"“", "We", "have", "many", "channels", ",", "”", "he", "said", "."}},
		{"‘We talk,’ an official tells the FT.", []string{"‘", "We", "talk", ",", "’", "an", "official", "tells", "the", "FT", "."}},
		{"Iran’s ’90s can’t", []string{"Iran", "’s", "’90s", "ca", "n’t"}},
		{"He said ''Hillary is wrong,'' and left.", []string{"He", "said", "'", "'", "Hillary", "is", "wrong", ",", "'", "'", "and", "left", "."}},
		{"Iran&rsquo;s role", []string{"Iran", "&rsquo;s", "role"}},
		{"Mr. McGurk left the Red Sea.", []string{"Mr.", "McGurk", "left", "the", "Red", "Sea", "."}},
		{"we need Paul Ryan…to win", []string{"we", "need", "Paul", "Ryan", "…", "to", "win"}},
		{"Ahmed Helal/LinkedIn. A Reuters/Ipsos poll, and/or 24/7 at pic.twitter.com/PaA39", []string{"Ahmed", "Helal", "/", "LinkedIn", ".", "A", "Reuters", "/", "Ipsos", "poll", ",", "and/or", "24/7", "at", "pic.twitter.com/PaA39"}},
		{"the U.S. and Gen. Smith", []string{"the", "U.S.", "and", "Gen.", "Smith"}},
		{"A spokesman for Acme Corp. said Warner Bros. had left.", []string{"A", "spokesman", "for", "Acme", "Corp.", "said", "Warner", "Bros.", "had", "left", "."}},
		{"Prof. Klee, Capt. Lee and Messrs. Hall and Roe met in Sept. He said no.", []string{"Prof.", "Klee", ",", "Capt.", "Lee", "and", "Messrs.", "Hall", "and", "Roe", "met", "in", "Sept", ".", "He", "said", "no", "."}},
		{"talks—secret ones--ended «vite» „gut“", []string{"talks", "—", "secret", "ones", "--", "ended", "«", "vite", "»", "„", "gut", "“"}},
		{"line one\r\nline two", []string{"line", "one", "line", "two"}},
		{"state-run $100 (AP)", []string{"state-run", "$", "100", "(", "AP", ")"}},
		{"Wait...", []string{"Wait", "..."}},
		{`Clinton:"We won," (R-S.C.):“I agree”`, []string{"Clinton", ":", `"`, "We", "won", ",", `"`, "(", "R-S.C.", ")", ":", "“", "I", "agree", "”"}},
		{`<p class="x">Ada Lowe spoke</p>. x>y`, []string{"<p", "class=", `"`, "x", `"`, ">", "Ada", "Lowe", "spoke", "</p>", ".", "x>y"}},
	}
	s := segmenter(t)
	for _, c := range cases {
		doc := pipeline.NewDocument("t", c.text)
		require.NoError(t, s.Process(doc))
		assert.Equal(t, c.want, tokenTexts(doc), c.text)
	}
}

func TestTokenKindsAndFlags(t *testing.T) {
	s := segmenter(t)
	doc := pipeline.NewDocument("t", "“NATO,” Iran’s 2024 — said")
	require.NoError(t, s.Process(doc))
	kinds := []pipeline.TokenKind{pipeline.QuoteMark, pipeline.Word, pipeline.Punct, pipeline.QuoteMark, pipeline.Word, pipeline.Word, pipeline.Number, pipeline.Dash, pipeline.Word}
	require.Len(t, doc.Tokens, len(kinds))
	for i, k := range kinds {
		assert.Equal(t, k, doc.Tokens[i].Kind, "token %d %q", i, doc.Slice(doc.Tokens[i].Span))
	}
	assert.True(t, doc.Tokens[1].Is(pipeline.AllCaps|pipeline.Capitalized))
	assert.True(t, doc.Tokens[4].Is(pipeline.Capitalized))
	assert.True(t, doc.Tokens[8].Is(pipeline.Lower))
	assert.True(t, doc.Tokens[0].Is(pipeline.SentStart|pipeline.ParaStart))
}

func TestParagraphsAndSentences(t *testing.T) {
	text := "Headline Here\n\nFirst sentence. Mr. Smith said so.\nSecond paragraph, one line.\n\n\n  Third?  Yes!\n"
	s := segmenter(t)
	doc := pipeline.NewDocument("t", text)
	require.NoError(t, s.Process(doc))
	var paras []string
	for _, p := range doc.Paragraphs {
		paras = append(paras, doc.Slice(p.Span))
	}
	assert.Equal(t, []string{"Headline Here", "First sentence. Mr. Smith said so.", "Second paragraph, one line.", "Third?  Yes!"}, paras)
	var sents []string
	for _, se := range doc.Sentences {
		sents = append(sents, doc.Slice(se.Span))
	}
	assert.Equal(t, []string{"Headline Here", "First sentence.", "Mr. Smith said so.", "Second paragraph, one line.", "Third?", "Yes!"}, sents)
	assert.Equal(t, 1, doc.Sentences[2].Paragraph)
}

func TestNoSentenceOpensWithALowerCaseWord(t *testing.T) {
	text := "“We need to act now,” Rep. Earl Blumenauer (D-Ore.) said. It passed."
	doc := pipeline.NewDocument("t", text)
	require.NoError(t, segmenter(t).Process(doc))
	var sents []string
	for _, se := range doc.Sentences {
		sents = append(sents, doc.Slice(se.Span))
	}
	assert.Equal(t, []string{"“We need to act now,” Rep. Earl Blumenauer (D-Ore.) said.", "It passed."}, sents)
	for i, tk := range doc.Tokens {
		if doc.Slice(tk.Span) == "said" {
			assert.False(t, doc.Tokens[i].Is(pipeline.SentStart), "said opens no sentence")
		}
	}
}

func TestHardWrappedTextJoinsLines(t *testing.T) {
	text := `The committee met on Tuesday to discuss the budget, and after a long
debate the members agreed that the proposal needed more work before it
could be sent to the full council, which will meet again next month to
consider the revised plan and the objections raised by residents of the
eastern districts.

A second paragraph.`
	got := Paragraphs(text, nil)
	require.Len(t, got, 2)
	assert.True(t, strings.HasSuffix(text[got[0].Start:got[0].End], "eastern districts."))
}

// TestSegmentInvariants checks, on the seed article and on awkward input,
// that every non-space character is in exactly one token, tokens are in
// order, and sentences and paragraphs tile the tokens.
func TestSegmentInvariants(t *testing.T) {
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	texts := []string{
		string(seed),
		"",
		"   \n\n  ",
		"\"\"\"\"\"''''“”“",
		"no-spaces-" + strings.Repeat("x", 5000),
		"Tab\tseparated\u00a0nbsp\u2003em-space",
		"مرحبا بالعالم. שלום עולם.",
		"(-_-) :) ;-) 😀😀 ©®",
		"a\n\nb\n\nc",
		"&rsquo;&rsquo; &amp; &rsquo;x",
		"\uFEFFHeadline with a byte order mark\r\n\r\nBody\u200Btext.",
		strings.Repeat(`"`, 20000),
		"before " + strings.Repeat("ab.cd-ef'gh)", 30000) + " after",
		strings.Repeat("“nested ‘quotes’ ", 500),
	}
	s := segmenter(t)
	for _, text := range texts {
		doc := pipeline.NewDocument("t", text)
		require.NoError(t, s.Process(doc), "%q", text)
		covered := make([]bool, len(text))
		prevEnd := 0
		for _, tk := range doc.Tokens {
			require.LessOrEqual(t, prevEnd, tk.Start, "tokens overlap or are out of order in %q", text)
			require.Less(t, tk.Start, tk.End)
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
			prevEnd = tk.End
		}
		for i, r := range text {
			if !unicode.IsSpace(r) && r != '\uFEFF' && r != '\u200B' {
				require.True(t, covered[i], "character %q at %d of %q is in no token", r, i, text)
			}
		}
		next := 0
		for _, se := range doc.Sentences {
			require.Equal(t, next, se.First, "sentences must tile the tokens")
			require.Greater(t, se.Last, se.First)
			next = se.Last
		}
		require.Equal(t, len(doc.Tokens), next, "every token is in a sentence: %q", text)
	}
}

func TestLongRunsAreLinear(t *testing.T) {
	s := segmenter(t)
	for _, text := range []string{strings.Repeat(`"`, 1<<20), strings.Repeat("x", 1<<20), strings.Repeat(")", 1<<20)} {
		start := time.Now()
		doc := pipeline.NewDocument("t", text)
		require.NoError(t, s.Process(doc))
		// Quadratic work on 1 MiB takes many minutes; 30 s leaves room for -race on
		// 2 cores while other packages' tests (headless Chromium) run beside it.
		assert.Less(t, time.Since(start), 30*time.Second, "a 1 MiB run of %q must not take quadratic time", text[:1])
		assert.NotEmpty(t, doc.Tokens)
	}
}

func TestByteOrderMarkIsNotPartOfAWord(t *testing.T) {
	s := segmenter(t)
	doc := pipeline.NewDocument("t", "\uFEFFIran said.")
	require.NoError(t, s.Process(doc))
	assert.Equal(t, []string{"Iran", "said", "."}, tokenTexts(doc))
	assert.Equal(t, 3, doc.Tokens[0].Start, "offsets still count the mark")
}

func TestConcurrentUse(t *testing.T) {
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	s := segmenter(t)
	want := pipeline.NewDocument("t", string(seed))
	require.NoError(t, s.Process(want))
	done := make(chan []pipeline.Token)
	for range 4 {
		go func() {
			doc := pipeline.NewDocument("t", string(seed))
			_ = s.Process(doc)
			done <- doc.Tokens
		}()
	}
	for range 4 {
		assert.Equal(t, want.Tokens, <-done)
	}
}

func BenchmarkSegmentSeed(b *testing.B) {
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(b, err)
	s := segmenter(b)
	doc := &pipeline.Document{}
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		doc.Reset()
		doc.SetText(string(seed))
		_ = s.Process(doc)
	}
}

func TestNoSentenceEndsAtATitle(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"“Mr. Tate has shown no remorse,” the judge said. He left.", []string{"“Mr. Tate has shown no remorse,” the judge said.", "He left."}},
		{"(Dr. Lindqvist declined.) Then she spoke.", []string{"(Dr. Lindqvist declined.)", "Then she spoke."}},
		{"The vote was taken. Gov. Smith signed it.", []string{"The vote was taken.", "Gov. Smith signed it."}},
		{"He spared his rivals, particularly Govs. Jeb Bush and Chris Christie, who attack him. Sens. Reed and Paul did not.",
			[]string{"He spared his rivals, particularly Govs. Jeb Bush and Chris Christie, who attack him.", "Sens. Reed and Paul did not."}},
	} {
		doc := pipeline.NewDocument("t", tc.text)
		require.NoError(t, segmenter(t).Process(doc))
		var sents []string
		for _, se := range doc.Sentences {
			sents = append(sents, doc.Slice(se.Span))
		}
		assert.Equal(t, tc.want, sents, tc.text)
	}
}
