package pipeline_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trickyStrings are strings YAML reads as something else, or that need
// quoting or escaping in one context or another.
var trickyStrings = []string{
	"", "plain words", "Clinton’s", "“Hi,” he said", "«Bonjour», dit-il", "2016", "2016-09-12", "12:30", "1.5", "0x1F",
	"1e3", ".5", "+1", "-1", "yes", "No", "on", "off", "y", "null", "Null", "~", "true", "FALSE", "<<", "=",
	"a: b", "a:b", "x:", ":x", "# x", "x #y", "x# y", "a, b", "x,", "[a]", "{x", "x}", " lead", "trail ",
	"- x", "-x", "?x", "? x", "@x", "`x", "'q'", "\"q\"", "x'y", "%x", "!x", "&x", "*x", "|x", ">x",
	"a\tb", "a\u2028b", "a\u0085b", "\ufeffx", "émoji 😀", "nbsp\u00a0here", "back\\slash", "ctrl\x01",
	"two\nlines", "ends with break\n", "--- marker", "...", "E1",
	"a long string that goes on and on and on and on and on and on and on and on and on and on and past eighty columns",
	// commas, plain in a block and quoted in a flow mapping
	"a,b", "a , b", ", lead", ",", "x,y,z", "Yes, we can", "no, thanks", "null, or", "true,", "a, b: c", "a, #b", "a, b #c",
	"a,\u00a0b", "1,000", "a, b?", "a, [b]", "a, {b}", "a, 'b'", "“We will, ” he said, “win.”", "a, b ", " a, b",
	"a long quote, with commas, that goes on and on, and on and on and on and on, and on and past eighty columns, twice over",
}

// trickyTexts are article texts, which the fast path writes as literal
// blocks when it can.
var trickyTexts = []string{
	"One line only.", "Two\nlines", "Ends with a break.\n", "Ends with two.\n\n", "Para one.\n\nPara two.",
	" leading space\nsecond", "\nleading break", "trailing space \nnext", "trailing space at end ",
	"tab\there\nnext", "crlf\r\nnext", "...\n---\n  indented\n...\n# not a comment", "emoji 😀\nnext",
	"line sep\u2028here\nnext", "bom \ufeff\nnext", "Ünïcödé\n“quoted”\n", "\n", "x\n\n\ny",
}

func syntheticRecords() []*pipeline.Record {
	var recs []*pipeline.Record
	for i, s := range trickyStrings {
		r := &pipeline.Record{
			Schema: pipeline.Schema, ID: s, Source: s, Title: s, URL: s, Published: s,
			Entities: []pipeline.EntityRecord{{ID: "E1", Type: "person", Name: s, Mentions: []pipeline.MentionRecord{{Start: 0, End: 3, Text: s}, {Start: 5, End: 9, Text: "Iran"}}}},
			Quotes: []pipeline.QuoteRecord{{
				ID: "Q1", Kind: "direct", Text: s, Start: 1, End: 2, Confidence: []float64{0, 1, 0.5, 0.85, 0.33}[i%5],
				Cue:     &pipeline.MentionRecord{Start: 3, End: 7, Text: s},
				Speaker: &pipeline.SpeakerRecord{Text: s, Start: 9, End: 12, Form: "name", Entity: "E1", Name: s},
				Review:  &pipeline.Review{Status: "edited", By: s, At: "2026-11-27T10:00:00Z", Note: s},
				Original: &pipeline.QuoteRecord{ID: "Q1", Kind: "indirect", Text: s, Start: 1, End: 3, Confidence: 0.25,
					Speaker: &pipeline.SpeakerRecord{Text: "he", Start: 0, End: 2, Form: "pronoun"}},
			}, {ID: "Q2", Kind: "indirect", Text: "x", Confidence: 0.9}},
			Errors: []string{s, "entities: something odd"},
			Text:   s,
		}
		recs = append(recs, r)
		recs = append(recs, pipeline.ErrorRecord(s, "dump.jsonl:3", errString(s)))
	}
	for _, text := range trickyTexts {
		recs = append(recs, &pipeline.Record{Schema: pipeline.Schema, ID: "t", Entities: []pipeline.EntityRecord{}, Quotes: []pipeline.QuoteRecord{}, Errors: []string{}, Text: text})
	}
	return recs
}

type errString string

func (e errString) Error() string { return string(e) }

// polnearRecords runs the default pipeline over the PolNeAR dev articles.
func polnearRecords(t *testing.T) []*pipeline.Record {
	t.Helper()
	path := ""
	for _, d := range []string{os.Getenv("SAYSO_SHARED"), "../../shared", "/work/shared"} {
		if p := filepath.Join(d, "data/polnear/dev/articles.jsonl"); d != "" && fileExists(p) {
			path = p
			break
		}
	}
	require.NotEmpty(t, path, "PolNeAR dev articles not found: set SAYSO_SHARED")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	p, err := extractors.New()
	require.NoError(t, err)
	var recs []*pipeline.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		doc := pipeline.NewDocument(a.ID, a.Text)
		p.Run(doc)
		recs = append(recs, pipeline.NewRecord(doc, pipeline.RecordOptions{}))
	}
	return recs
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestYAMLFastPathMatchesGoYAML: the direct emitter writes exactly what
// go-yaml writes, and go-yaml reads it back to the same record.
func TestYAMLFastPathMatchesGoYAML(t *testing.T) {
	real := polnearRecords(t)
	all := append(syntheticRecords(), real...)
	fast := 0
	for i, r := range all {
		want, err := pipeline.MarshalYAMLNodes(r)
		require.NoError(t, err)
		got, err := pipeline.AppendYAML(nil, r)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "record %d (id %q)", i, r.ID)

		back, err := pipeline.ReadRecords(bytes.NewReader(append([]byte("---\n"), got...)))
		require.NoError(t, err)
		require.Len(t, back, 1)
		assert.Equal(t, normalise(r), back[0], "round trip of record %d (id %q)", i, r.ID)
	}
	for _, r := range real {
		if _, ok := pipeline.AppendRecordYAMLFast(nil, r); ok {
			fast++
		}
	}
	// Most real records must take the fast path, or this test proves little.
	assert.GreaterOrEqual(t, fast*10, len(real)*8, "%d of %d PolNeAR records took the fast path", fast, len(real))
}

// normalise gives a record the empty slices a decoded one has.
func normalise(r *pipeline.Record) *pipeline.Record {
	c := *r
	if c.Error == "" || c.Entities != nil {
		if c.Entities == nil {
			c.Entities = []pipeline.EntityRecord{}
		}
	}
	if c.Error == "" && c.Quotes == nil {
		c.Quotes = []pipeline.QuoteRecord{}
	}
	if c.Errors == nil {
		c.Errors = []string{}
	}
	return &c
}

func BenchmarkYAML(b *testing.B) {
	recs := polnearRecords(&testing.T{})
	var size int64
	for _, r := range recs {
		size += int64(len(r.Text))
	}
	b.Run("direct", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			for _, r := range recs {
				buf, _ = pipeline.AppendYAML(buf[:0], r)
			}
		}
	})
	b.Run("go-yaml", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				pipeline.MarshalYAMLNodes(r)
			}
		}
	})
}
