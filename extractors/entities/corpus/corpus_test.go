package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
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

// TestUnlabelledTrainOnly: the unlabelled text that the word classes are
// learnt from is PolNeAR train alone, never dev (a set sayso is measured on).
func TestUnlabelledTrainOnly(t *testing.T) {
	dir := t.TempDir()
	write := func(split string, texts ...string) {
		var b strings.Builder
		for i, x := range texts {
			line, err := json.Marshal(map[string]string{"id": split + strconv.Itoa(i), "text": x})
			require.NoError(t, err)
			b.Write(line)
			b.WriteString("\n")
		}
		p := filepath.Join(dir, "data", "polnear", split)
		require.NoError(t, os.MkdirAll(p, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(p, "articles.jsonl"), []byte(b.String()), 0o644))
	}
	write("train", "Alice Smith said so in Paris.", "Acme Corp grew.")
	write("dev", "Bob Jones spoke in Berlin.")
	got, err := Unlabelled(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"Alice Smith said so in Paris.", "Acme Corp grew."}, got)
}

// TestUnlabelledHoldsNoDevArticle checks the same on the shared data: as many
// texts as PolNeAR train has articles, and none of them a dev article.
func TestUnlabelledHoldsNoDevArticle(t *testing.T) {
	dir := SharedDir()
	if dir == "" || !exists(filepath.Join(dir, "data", "polnear", "dev", "articles.jsonl")) {
		t.Skip("no shared/data/polnear")
	}
	got, err := Unlabelled(dir)
	require.NoError(t, err)
	lines := func(split string) []string {
		b, err := os.ReadFile(filepath.Join(dir, "data", "polnear", split, "articles.jsonl"))
		require.NoError(t, err)
		return strings.Split(strings.TrimSpace(string(b)), "\n")
	}
	assert.Equal(t, len(lines("train")), len(got), "texts returned")
	returned := map[string]bool{}
	for _, x := range got {
		returned[x] = true
	}
	dev := lines("dev")
	require.NotEmpty(t, dev)
	for _, line := range dev {
		var a struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &a))
		assert.False(t, returned[a.Text], "dev article %s is in the unlabelled text", a.ID)
	}
}
