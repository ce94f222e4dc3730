package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestSeed checks every quote of the seed article's hand-made gold
// (fixtures/seed/gold.yaml): its span, kind, speaker span and name.
func TestSeed(t *testing.T) {
	text, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	raw, err := os.ReadFile("../../fixtures/seed/gold.yaml")
	require.NoError(t, err)
	var gold struct {
		Quotes []struct {
			Text       string
			Occurrence int
			Kind       string
			Cue        string
			Speaker    struct{ Text string }
		}
	}
	require.NoError(t, yaml.Unmarshal(raw, &gold))
	require.Len(t, gold.Quotes, 9)

	// Who each speaker mention resolves to: unnamed sources keep their
	// description.
	names := map[string]string{
		"an American state department official": "an American state department official",
		"an Iranian official":                   "an Iranian official",
		"an official":                           "an official",
		"Iranian officials":                     "Iranian officials",
		"The Financial Times":                   "Financial Times",
	}
	doc := run(t, string(text))
	for _, g := range gold.Quotes {
		// Offsets of the occurrence-th appearance, and of the nearest
		// speaker mention (the gold's own convention).
		start := -1
		for n := 0; n < max(1, g.Occurrence); n++ {
			i := strings.Index(doc.Text[start+1:], g.Text)
			require.GreaterOrEqual(t, i, 0, g.Text)
			start += 1 + i
		}
		span := pipeline.Span{Start: start, End: start + len(g.Text)}
		var found *pipeline.Quote
		for i := range doc.Quotes {
			if doc.Quotes[i].Span == span {
				found = &doc.Quotes[i]
			}
		}
		if !assert.NotNil(t, found, "quote not found: %q", g.Text) {
			continue
		}
		assert.Equal(t, g.Kind, found.Kind.String(), g.Text)
		assert.Equal(t, g.Speaker.Text, doc.Slice(found.Speaker.Span), "speaker of %q", g.Text)
		// The mention in the attribution: in the quote's paragraph (the
		// gold file picks the nearest mention by characters, which for the
		// last direct quote is the one of the sentence before).
		assert.Equal(t, paragraphOf(doc, found.Start), paragraphOf(doc, found.Speaker.Start), "speaker of %q in its paragraph", g.Text)
		assert.Equal(t, names[g.Speaker.Text], found.Speaker.Name, "name of %q", g.Text)
	}
}

func paragraphOf(doc *pipeline.Document, b int) int {
	for i, p := range doc.Paragraphs {
		if p.Start <= b && b < p.End {
			return i
		}
	}
	return -1
}
