package pipeline

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzRecordRoundTrip encodes a record built from arbitrary strings as YAML
// and as JSON Lines, decodes it, and requires the same record back.
func FuzzRecordRoundTrip(f *testing.F) {
	for _, r := range sampleRecords() {
		f.Add(r.ID, r.Title, r.Text, "Brett McGurk", 0.5)
	}
	f.Add("", "", "", "", 0.0)
	f.Add("- a", "key: value", "|\n  x\n\t\r\n", "'quoted' \"x\" # c", 1.0)
	f.Add("null", "~", "\u2028\u2029\x85", "%TAG !", 0.25)
	f.Fuzz(func(t *testing.T, id, title, text, name string, conf float64) {
		if !utf8.ValidString(id) || !utf8.ValidString(title) || !utf8.ValidString(text) || !utf8.ValidString(name) {
			t.Skip("records hold valid UTF-8 only: NewDocument repairs anything else")
		}
		if conf != conf || conf < 0 || conf > 1 {
			conf = 0.5
		}
		rec := &Record{
			Schema: Schema, ID: id, Title: title, Text: text,
			Entities: []EntityRecord{{ID: "E1", Type: "person", Name: name, Mentions: []MentionRecord{{Start: 0, End: 1, Text: name}}}},
			Quotes: []QuoteRecord{{ID: "Q1", Kind: "direct", Text: text, Confidence: conf,
				Speaker: &SpeakerRecord{Text: name, Name: name, Form: "name"}, Cue: &MentionRecord{Text: title}}},
			Errors: []string{title},
		}
		for _, w := range []func(*bytes.Buffer) RecordWriter{
			func(b *bytes.Buffer) RecordWriter { return NewYAMLWriter(b) },
			func(b *bytes.Buffer) RecordWriter { return NewJSONLWriter(b) },
		} {
			var buf bytes.Buffer
			require.NoError(t, w(&buf).Write(rec))
			written := buf.String()
			got, err := ReadRecords(&buf)
			require.NoError(t, err, "%s", written)
			require.Len(t, got, 1, "%s", written)
			require.Equal(t, rec, got[0], "%s", written)
		}
	})
}

// FuzzRuneIndex checks byte ↔ code point conversion against a direct count.
func FuzzRuneIndex(f *testing.F) {
	f.Add("“We have many channels,” an official said — 北京 😀")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		ix := NewRuneIndex(text)
		n := 0
		for b := range text {
			require.Equal(t, n, ix.Rune(b))
			require.Equal(t, b, ix.Byte(n))
			n++
		}
		require.Equal(t, n, ix.Rune(len(text)))
		require.Equal(t, len(text), ix.Byte(n))
	})
}
