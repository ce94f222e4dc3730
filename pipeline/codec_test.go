package pipeline

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleRecords() []*Record {
	return []*Record{
		{
			Schema: Schema, ID: "a1", Source: "dump.jsonl:1", Title: "Talks: “secret”", URL: "https://example.com/a?b=1#c", Published: "2024-01-02",
			Entities: []EntityRecord{{ID: "E1", Type: "person", Name: "Brett McGurk", Mentions: []MentionRecord{{Start: 0, End: 12, Text: "Brett McGurk"}, {Start: 20, End: 30, Text: "Mr. McGurk"}}}},
			Quotes: []QuoteRecord{{
				ID: "Q1", Kind: "direct", Text: "yes: no, #1 - 'quoted' \"x\"", Start: 40, End: 66,
				Cue:        &MentionRecord{Start: 70, End: 74, Text: "said"},
				Speaker:    &SpeakerRecord{Text: "he", Start: 75, End: 77, Form: "pronoun", Entity: "E1", Name: "Brett McGurk"},
				Confidence: 0.87,
				Review:     &Review{Status: "edited", By: "ana", At: "2026-11-27T10:00:00Z", Note: "speaker: fixed"},
				Original:   &QuoteRecord{ID: "Q1", Kind: "indirect", Text: "x", Start: 1, End: 2, Confidence: 0.5},
			}},
			Errors: []string{},
			Text:   "  leading spaces\nline two \ttab\n\nnull\x00byte true 123 ---\n... end  \n",
		},
		{Schema: Schema, ID: "123", Error: "line 2 is not a JSON object", Errors: []string{}},
		{Schema: Schema, ID: "tabs", Quotes: []QuoteRecord{{ID: "Q1", Kind: "indirect", Text: "\tfirst\nsecond", Confidence: 1}},
			Errors: []string{}, Text: "\tA text whose first line starts with a tab\n\tand another\n"},
		{Schema: Schema, ID: "no: colon", Entities: []EntityRecord{}, Quotes: []QuoteRecord{}, Errors: []string{"input: bad", "quotes: panic"}, Text: "single line"},
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewYAMLWriter(&buf)
	for _, r := range sampleRecords() {
		require.NoError(t, w.Write(r))
	}
	got, err := ReadRecords(&buf)
	require.NoError(t, err)
	assert.Equal(t, normalise(sampleRecords()), normalise(got))
}

func TestJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	for _, r := range sampleRecords() {
		require.NoError(t, w.Write(r))
	}
	assert.Equal(t, len(sampleRecords()), strings.Count(buf.String(), "\n"), "one line per record")
	got, err := ReadRecords(&buf)
	require.NoError(t, err)
	assert.Equal(t, normalise(sampleRecords()), normalise(got))
}

// normalise makes nil and empty slices compare equal: YAML cannot tell them
// apart.
func normalise(rs []*Record) []*Record {
	for _, r := range rs {
		if len(r.Entities) == 0 {
			r.Entities = nil
		}
		if len(r.Quotes) == 0 {
			r.Quotes = nil
		}
		if len(r.Errors) == 0 {
			r.Errors = nil
		}
	}
	return rs
}

func TestYAMLLooksLikeTheReadme(t *testing.T) {
	b, err := MarshalYAML(sampleRecords()[0])
	require.NoError(t, err)
	s := string(b)
	assert.Contains(t, s, "schema: sayso/v1\nid: a1\n")
	assert.Contains(t, s, "      - {start: 0, end: 12, text: Brett McGurk}\n", "mentions in flow style, one per line")
	assert.Contains(t, s, "    cue: {start: 70, end: 74, text: said}\n")
	assert.Less(t, strings.Index(s, "entities:"), strings.Index(s, "text:"), "the article text comes last")
}

func TestJSONLReaderReportsBadLineAndGoesOn(t *testing.T) {
	in := `{"schema":"sayso/v1","id":"a"}` + "\n" + `{"id": broken` + "\n\n" + `{"schema":"sayso/v1","id":"c"}` + "\n"
	rr := NewRecordReader(strings.NewReader(in))
	r, err := rr.Next()
	require.NoError(t, err)
	assert.Equal(t, "a", r.ID)
	_, err = rr.Next()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
	r, err = rr.Next()
	require.NoError(t, err)
	assert.Equal(t, "c", r.ID)
	_, err = rr.Next()
	assert.ErrorIs(t, err, io.EOF)
}

func TestEmptyStream(t *testing.T) {
	got, err := ReadRecords(strings.NewReader("\n \n"))
	require.NoError(t, err)
	assert.Empty(t, got)
}
