package segment

import (
	"os"
	"testing"
	"unicode"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/require"
)

// FuzzSegment checks the segmenter's invariants on arbitrary text: tokens
// in order, inside the text, never empty and never over white space; every
// visible character in a token; sentences tiling the tokens in order inside
// their paragraphs.
func FuzzSegment(f *testing.F) {
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(f, err)
	f.Add(string(seed))
	f.Add("“We have many channels,” he said.\n\n‘Quote’ — Mr. Smith\r\n")
	f.Add("Iran&rsquo;s ’90s can’t «vite» „gut“ a--b Wait...")
	f.Add("\uFEFF\u200B\x00\xff")
	s, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc := pipeline.NewDocument("f", text) // repairs invalid UTF-8
		require.NoError(t, s.Process(doc))
		text = doc.Text
		covered := make([]bool, len(text))
		prev := 0
		for _, tk := range doc.Tokens {
			require.LessOrEqual(t, prev, tk.Start)
			require.Less(t, tk.Start, tk.End)
			require.LessOrEqual(t, tk.End, len(text))
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
			prev = tk.End
		}
		for i, r := range text {
			if !unicode.IsSpace(r) && r != '\uFEFF' && r != '\u200B' && r != '\u2060' {
				require.True(t, covered[i], "%q at %d in no token", r, i)
			}
		}
		next := 0
		for _, se := range doc.Sentences {
			require.Equal(t, next, se.First)
			require.Less(t, se.First, se.Last)
			p := doc.Paragraphs[se.Paragraph]
			require.True(t, p.Contains(se.Span), "sentence %v outside its paragraph %v", se.Span, p.Span)
			next = se.Last
		}
		require.Equal(t, len(doc.Tokens), next)
	})
}
