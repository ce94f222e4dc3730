package conll

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = `# text = Brett McGurk met Ali Bagheri.
Brett	B-PER
McGurk	I-PER
met	O
Ali	B-PER
Bagheri	I-PER
.	O

In	O
Oman	B-LOC
.	O

-DOCSTART-

The	O
Financial	B-ORG
Times	I-ORG
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	require.Len(t, docs, 2)
	require.Len(t, docs[0].Sentences, 2)
	assert.Equal(t, "Brett McGurk met Ali Bagheri.", docs[0].Sentences[0].Text)
	assert.Equal(t, []string{"Brett", "McGurk", "met", "Ali", "Bagheri", "."}, docs[0].Sentences[0].Tokens)
	assert.Equal(t, []string{"O", "B-LOC", "O"}, docs[0].Sentences[1].Tags)
	assert.Equal(t, 9, docs[0].Tokens())
	assert.Equal(t, []string{"The", "Financial", "Times"}, docs[1].Sentences[0].Tokens)
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"Brett\n", "Brett\tB-XX-\tx\n", "Brett\tQ-PER\n", "\tO\n"} {
		_, err := Read(strings.NewReader(in))
		assert.Error(t, err, "%q", in)
	}
}

func TestSpans(t *testing.T) {
	cases := []struct {
		tags []string
		want []Span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{[]string{"B-ORG", "B-ORG", "I-ORG"}, []Span{{"ORG", 0, 1}, {"ORG", 1, 3}}},
		// broken BIO: an I- after O or another type starts an entity
		{[]string{"O", "I-LOC", "I-PER"}, []Span{{"LOC", 1, 2}, {"PER", 2, 3}}},
		{[]string{"O", "O"}, nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Spans(c.tags), "%v", c.tags)
		if c.want != nil && c.tags[1] != "I-LOC" {
			assert.Equal(t, c.tags, Tags(len(c.tags), c.want))
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, docs))
	again, err := Read(&buf)
	require.NoError(t, err)
	assert.Equal(t, docs, again)
}
