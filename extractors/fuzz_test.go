package extractors

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/require"
)

// FuzzPipeline runs the default pipeline on arbitrary text and checks what
// every user of the records relies on: no stage reports an internal error;
// every span lies inside the text, in order, and slices back to its own
// text; quotes do not overlap; a speaker is never inside its own quote; the
// record validates and survives a YAML round trip unchanged.
func FuzzPipeline(f *testing.F) {
	seeds, _ := filepath.Glob("../fixtures/*/article.txt")
	bad, _ := filepath.Glob("../fixtures/bad/*.txt")
	for _, path := range append(seeds, bad...) {
		b, err := os.ReadFile(path)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Add("“We have many channels,” he said. ‘Yes,’ said Mr. Smith, adding that “no.”\n\nShe said: «oui»")
	f.Add("WALLACE: Let’s start.\n\nTRUMP: We will win, according to officials in Iowa.")
	f.Add("“We will win,” said Rep. Jane Doe (D-Calif.), whose U.S.-led effort House GOP leaders backed, Franklin D. Roosevelt said.")
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc := pipeline.NewDocument("fuzz", text)
		p.Run(doc)
		for _, pr := range doc.Problems {
			require.NotContains(t, pr.Msg, "internal error", "stage %s failed", pr.Stage)
		}
		checkSpans(t, doc)
		rec := pipeline.NewRecord(doc, pipeline.RecordOptions{})
		require.Empty(t, rec.Validate())
		var buf bytes.Buffer
		require.NoError(t, pipeline.NewYAMLWriter(&buf).Write(rec))
		back, err := pipeline.ReadRecords(&buf)
		require.NoError(t, err)
		require.Len(t, back, 1)
		require.Equal(t, len(rec.Quotes), len(back[0].Quotes))
		require.Equal(t, len(rec.Entities), len(back[0].Entities))
		require.Equal(t, rec.Text, back[0].Text)
	})
}

func checkSpans(t *testing.T, doc *pipeline.Document) {
	t.Helper()
	n := len(doc.Text)
	inside := func(what string, s pipeline.Span) {
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= n, "%s span %v outside the text (%d bytes)", what, s, n)
	}
	prev := 0
	for _, m := range doc.Mentions {
		inside("mention", m.Span)
		require.Less(t, m.Start, m.End, "empty mention")
		require.LessOrEqual(t, prev, m.Start, "mentions out of order")
		prev = m.Start
	}
	for i, e := range doc.Entities {
		require.NotEmpty(t, e.Mentions, "entity %d has no mention", i)
		for _, mi := range e.Mentions {
			require.Equal(t, i, doc.Mentions[mi].Entity)
		}
	}
	prevEnd := 0
	for _, q := range doc.Quotes {
		inside("quote", q.Span)
		require.Less(t, q.Start, q.End, "empty quote")
		require.LessOrEqual(t, prevEnd, q.Start, "quotes overlap or are out of order")
		prevEnd = q.End
		if !q.Cue.IsZero() {
			inside("cue", q.Cue)
		}
		if sp := q.Speaker; sp.Form != pipeline.NoSpeaker && !sp.Span.IsZero() {
			inside("speaker", sp.Span)
			if q.Kind == pipeline.Direct {
				require.False(t, q.Span.Contains(sp.Span), "speaker %q inside its own quote %q", doc.Slice(sp.Span), doc.Slice(q.Span))
			}
			require.Less(t, sp.Entity, len(doc.Entities))
		}
		require.True(t, q.Confidence >= 0 && q.Confidence <= 1, "confidence %v", q.Confidence)
	}
}
