package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/conll"
)

func entities(s Set) int {
	n := 0
	for _, d := range s.Docs {
		for _, sent := range d.Sentences {
			n += len(conll.Spans(sent.Tags))
		}
	}
	return n
}

// TestSplits pins the splits as docs/entities.md describes them, so that a
// change of data or code cannot move a reporting split silently.
func TestSplits(t *testing.T) {
	dir := SharedDir()
	if dir == "" {
		t.Skip("no shared/data/ner")
	}
	l := NewLoader(dir)
	cases := []struct {
		load          func() (Set, error)
		docs, ents    int
		tokensAtLeast int
	}{
		{l.GUMNewsTest, 4, 186, 3500},
		{l.PUDNewsTest, 215, 399, 10000},
		{l.NewsTest, 219, 585, 13700},
		{l.EWTTest, 316, 1088, 25000},
		{l.DevNews, 4, 84, 3300},
	}
	for _, c := range cases {
		s, err := c.load()
		require.NoError(t, err)
		assert.Equal(t, c.docs, len(s.Docs), s.Name)
		assert.Equal(t, c.ents, entities(s), s.Name)
		assert.GreaterOrEqual(t, s.Tokens(), c.tokensAtLeast, s.Name)
	}
	dev, err := l.Dev()
	require.NoError(t, err)
	train, err := l.Train()
	require.NoError(t, err)
	final, err := l.Final()
	require.NoError(t, err)
	assert.Equal(t, len(train.Docs)+len(dev.Docs), len(final.Docs))
	// No reporting sentence may appear in the training data, but for one
	// sentence (without entities) that UNER English-EWT has in both its dev
	// and its test file.
	seen := map[string]bool{}
	for _, d := range final.Docs {
		for _, s := range d.Sentences {
			if len(s.Tokens) >= 8 {
				seen[join(s.Tokens)] = true
			}
		}
	}
	overlap := 0
	for _, load := range []func() (Set, error){l.NewsTest, l.EWTTest} {
		s, err := load()
		require.NoError(t, err)
		for _, d := range s.Docs {
			for _, sent := range d.Sentences {
				if len(sent.Tokens) >= 8 {
					if seen[join(sent.Tokens)] {
						overlap++
						t.Logf("%s sentence also in training data: %v", s.Name, sent.Tokens)
					}
				}
			}
		}
	}
	assert.LessOrEqual(t, overlap, 1)
}

func join(ts []string) string { return strings.Join(ts, " ") }
