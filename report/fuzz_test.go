package report

import (
	"bytes"
	"io"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/require"
)

// FuzzReadFrom feeds arbitrary bytes to the reader: whatever comes in, the
// report is built and written without a panic, and every record read is
// counted.
func FuzzReadFrom(f *testing.F) {
	var jsonl, yml bytes.Buffer
	jw, yw := pipeline.NewJSONLWriter(&jsonl), pipeline.NewYAMLWriter(&yml)
	rec := &pipeline.Record{
		Schema: pipeline.Schema, ID: "nyt_2016-09-12_a", URL: "https://www.nytimes.com/2016/09/12/a", Errors: []string{},
		Text: `"Quiet," said John Kirby, a spokesman for the Pentagon.`,
		Entities: []pipeline.EntityRecord{
			{ID: "E1", Type: "person", Name: "John Kirby", Mentions: []pipeline.MentionRecord{{Start: 14, End: 24, Text: "John Kirby"}}},
			{ID: "E2", Type: "organization", Name: "Pentagon", Mentions: []pipeline.MentionRecord{{Start: 46, End: 54, Text: "Pentagon"}}},
		},
		Quotes: []pipeline.QuoteRecord{{ID: "Q1", Kind: "direct", Text: "Quiet,", Start: 1, End: 7,
			Speaker: &pipeline.SpeakerRecord{Text: "John Kirby", Start: 14, End: 24, Form: "name", Entity: "E1", Name: "John Kirby"}}},
	}
	require.NoError(f, jw.Write(rec))
	require.NoError(f, yw.Write(rec))
	f.Add(jsonl.Bytes())
	f.Add(yml.Bytes())
	f.Add([]byte(`{"schema":"sayso/v1","id":"x","quotes":[{"start":5,"end":2,"speaker":{}}]}`))
	f.Add([]byte("\x1f\x8b garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := NewBuilder(DefaultOptions())
		require.NoError(t, err)
		n := b.ReadFrom("fuzz", bytes.NewReader(data))
		rep := b.Report()
		require.Equal(t, n, rep.Totals.Records)
		require.NoError(t, WriteHTML(io.Discard, rep, HTMLOptions{}))
		require.NoError(t, WriteYAML(io.Discard, rep))
		for _, tab := range Tables(rep) {
			require.NoError(t, WriteCSV(io.Discard, tab))
		}
	})
}
