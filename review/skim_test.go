package review

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/pipeline"
)

// TestIndexAgreesWithFullDecode: the index skims records; its counts, ids and
// titles must be what decoding every record in full gives, whatever the
// shape of the YAML.
func TestIndexAgreesWithFullDecode(t *testing.T) {
	reviewed := sampleRecord()
	require.NoError(t, Apply(reviewed, "Q1", Decision{Action: ActEdit, Kind: "mixed"}, clock))
	require.NoError(t, Apply(reviewed, "Q2", Decision{Action: ActReject}, clock))
	var buf bytes.Buffer
	require.NoError(t, pipeline.NewYAMLWriter(&buf).Write(reviewed))

	handWritten := []string{
		// Four-space indents, block-style review, quoted keys.
		"---\n\"schema\": sayso/v1\n'id': hand1\ntitle: By hand\nquotes:\n    -   id: Q1\n        kind: direct\n        text: x\n        start: 0\n        end: 1\n        confidence: 0.2\n        review:\n            status: accepted\n    -   id: Q2\n        kind: direct\n        text: y\n        start: 2\n        end: 3\n        confidence: 0.7\ntext: x y\n",
		// The whole record in flow style on the marker line.
		"--- {schema: sayso/v1, id: flow2, quotes: [{id: Q1, kind: direct, text: x, start: 0, end: 1, confidence: 0.5, review: {status: rejected}}], text: x}\n",
		// A comment between keys, and a document end marker.
		"---\nschema: sayso/v1\n# a note\nid: c3\nquotes: []\n...\n",
		// Quotes in shapes the quote filter must not misread: a literal block
		// text, a block-style original with its own confidence and review, a
		// comment, a "-" alone on its line, a key with a nested sequence.
		"---\nschema: sayso/v1\nid: q5\nquotes:\n  # first\n  - text: |\n      - not an item\n      confidence: 0.01\n    id: Q1\n    kind: direct\n    start: 0\n    end: 1\n    confidence: 0.3\n    original:\n      id: Q1\n      confidence: 0.02\n      review:\n        status: rejected\n  -\n    id: Q2\n    confidence: 0.4\n    review: {status: edited}\n  - id: Q3\n    tags:\n      - a\n    confidence: 0.45\ntext: x\n",
		// A flow sequence of quotes over several lines.
		"---\nschema: sayso/v1\nid: q6\nquotes: [\n  {id: Q1, confidence: 0.9, review: {status: accepted}},\n  {id: Q2, confidence: 0.1}]\ntext: x\n",
		// PyYAML's default: the items of a sequence at their key's indentation.
		"---\nschema: sayso/v1\nid: py7\nquotes:\n- id: Q1\n  kind: direct\n  confidence: 0.6\n  review:\n    status: accepted\n- id: Q2\n  confidence: 0.35\ntext: x\n",
		// An empty document.
		"---\n",
	}
	for _, h := range handWritten {
		buf.WriteString(h)
	}
	seed, err := os.ReadFile("testdata/seed.yaml")
	require.NoError(t, err)
	buf.Write(seed)
	path := filepath.Join(t.TempDir(), "shapes.yaml")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

	recs := readAll(t, path)
	require.Len(t, recs, 8)
	st := openStore(t, path)
	items, _ := st.List(ListQuery{})
	require.Len(t, items, len(recs))
	for i, r := range recs {
		assert.Equal(t, Summary{Index: i, ID: r.ID, Title: r.Title, Counts: CountRecord(r)}, items[i], r.ID)
	}
	assert.Equal(t, Counts{Records: 1, Quotes: 2, Reviewed: 2, Edited: 1, Rejected: 1, MinConf: 1}, items[0].Counts)
	assert.Equal(t, Counts{Records: 1, Quotes: 2, Reviewed: 1, Accepted: 1, MinConf: 0.7}, items[1].Counts)
	assert.Equal(t, Counts{Records: 1, Quotes: 3, Reviewed: 1, Edited: 1, MinConf: 0.3}, items[4].Counts)
	assert.Equal(t, Counts{Records: 1, Quotes: 2, Reviewed: 1, Accepted: 1, MinConf: 0.1}, items[5].Counts)
	assert.Equal(t, Counts{Records: 1, Quotes: 2, Reviewed: 1, Accepted: 1, MinConf: 0.35}, items[6].Counts)
}

func TestSkimYAML(t *testing.T) {
	in := "---\nschema: sayso/v1\nid: a\nentities:\n  - id: E1\n    name: x\nquotes:\n  - id: Q1\n    confidence: 0.5\nerrors: []\ntext: |-\n  id: not a key\n  quotes: neither\n"
	got, ok := skimYAML([]byte(in), nil)
	require.True(t, ok)
	assert.Equal(t, "schema: sayso/v1\nid: a\nquotes:\n  - id: Q1\n    confidence: 0.5\n", string(got))

	// Of a quote, its first line, confidence and review are kept.
	got, ok = skimYAML([]byte("id: a\nquotes:\n  - id: Q1\n    text: x\n    speaker:\n      confidence: 9\n    confidence: 0.5\n    review: {status: accepted}\n    original:\n      confidence: 0.4\n"), nil)
	require.True(t, ok)
	assert.Equal(t, "id: a\nquotes:\n  - id: Q1\n    confidence: 0.5\n    review: {status: accepted}\n", string(got))
	_, ok = skimYAML([]byte("--- {id: a}\n"), nil)
	assert.False(t, ok, "content on the marker line: parse in full")
	_, ok = skimYAML([]byte("just a scalar\n"), nil)
	assert.False(t, ok)
}

// FuzzIndex: the segments of any input join back to it, indexing never
// panics, and the skimmed index agrees with the full decoder.
func FuzzIndex(f *testing.F) {
	seed, err := os.ReadFile("testdata/seed.yaml")
	require.NoError(f, err)
	f.Add(seed)
	f.Add([]byte("--- {id: a}\n---\nid: b\n...\n"))
	f.Add([]byte("{\"id\":\"a\"}\n\n{\"id\":\n"))
	f.Add([]byte("id: a\nquotes:\n  - id: Q1\n    confidence: 0.5\n    review: {status: accepted}\n    original:\n      confidence: 0.4\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var joined []byte
		_, err := splitRecords(bufioReader(string(in)), func(off int64, seg []byte, jsonl bool) {
			require.Equal(t, int64(len(joined)), off)
			joined = append(joined, seg...)
			e, ok := indexSegment(seg, jsonl, nil)
			if rec, err := decodeOne(seg); err == nil && ok && e.err == "" {
				// Where the full decoder reads a record, the skim must agree.
				require.Equal(t, rec.ID, e.id)
				require.Equal(t, rec.Title, e.title)
				require.Equal(t, CountRecord(rec), e.counts)
			}
		})
		require.NoError(t, err)
		require.Equal(t, in, append([]byte{}, joined...))
	})
}
