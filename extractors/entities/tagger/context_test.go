package tagger

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseTagged turns "Hillary/B-PER Clinton/I-PER said ./O" into words and
// labels (a word without a tag is O).
func parseTagged(t *testing.T, s string) ([]string, []Label) {
	t.Helper()
	var words []string
	var labels []Label
	for _, f := range strings.Fields(s) {
		w, tag, ok := strings.Cut(f, "/")
		if !ok {
			tag = "O"
		}
		words = append(words, w)
		labels = append(labels, ParseLabel(tag))
	}
	return words, labels
}

func TestDocumentFeatures(t *testing.T) {
	doc := []string{
		"Hillary/B-PER Clinton/I-PER spoke to the Committee/B-ORG to/I-ORG Protect/I-ORG Journalists/I-ORG in Coron/B-LOC .",
		"Clinton/B-LOC said the CPJ was in Coron/B-LOC and Acme/B-ORG .",
		"Acme said Coron/B-PER was big and that acme was not .",
	}
	var sents [][]string
	var labels [][]Label
	for _, s := range doc {
		w, l := parseTagged(t, s)
		sents = append(sents, w)
		labels = append(labels, l)
	}
	c := contextPool.Get().(*context)
	defer contextPool.Put(c)
	c.collect(sents, labels)
	feats := func(si int) []docFeats {
		out := make([]docFeats, len(sents[si]))
		c.features(sents[si], labels[si], out)
		return out
	}
	s1 := feats(1)
	// "Clinton" stands elsewhere as the last word of a person's name.
	assert.Equal(t, uint64(1<<2), s1[0][dLonger], "Clinton: PER, last position")
	// Its own label (LOC) does not count; the other occurrence (I-PER) does.
	assert.Equal(t, uint64(1<<1), s1[0][dSeen], "Clinton: seen as PER elsewhere")
	// "CPJ" is the initials of an organization named in the document.
	assert.Equal(t, uint64(3), s1[3][dAcronym], "CPJ")
	// "Coron": LOC once elsewhere, PER once: no clear majority.
	assert.Equal(t, uint64(1<<1|1<<2), s1[6][dSeen], "Coron: LOC and PER elsewhere")
	// The name "Coron" was tagged LOC elsewhere (sentence 0) and PER
	// (sentence 2); this occurrence's own LOC is not counted: a tie.
	assert.NotZero(t, s1[6][dSpan])
	s2 := feats(2)
	// "Acme" untagged here, tagged ORG elsewhere: a one-word name, ORG.
	assert.Equal(t, uint64(3<<2|0), s2[0][dSpan], "Acme: ORG, single word")
	assert.Equal(t, uint64(3<<2|3), s2[0][dMajority], "Acme: every other occurrence is ORG")
	// "acme" written in lower case elsewhere, and "Acme" starts the sentence.
	assert.Equal(t, uint64(2), s2[0][dLower])
	// A word seen only once has nothing from elsewhere.
	s0 := feats(0)
	assert.Zero(t, s0[0][dSeen], "Hillary occurs once")
	assert.Zero(t, s0[0][dSpan], "Hillary Clinton occurs once")
}

func TestDocumentFeaturesAlone(t *testing.T) {
	// A document of one sentence whose names occur once: no features, so
	// a stacked model keeps its first pass.
	w, l := parseTagged(t, "Alice/B-PER Smith/I-PER said in Paris/B-LOC .")
	c := contextPool.Get().(*context)
	defer contextPool.Put(c)
	c.collect([][]string{w}, [][]Label{l})
	out := make([]docFeats, len(w))
	assert.False(t, c.features(w, l, out))
}

func TestStackedModel(t *testing.T) {
	docs := tiny(t)
	opt := Options{Epochs: 3, Seed: 5, Stacked: true, Bags: 2}
	m1, err := Train(docs, opt)
	require.NoError(t, err)
	require.True(t, m1.Stacked())
	m2, err := Train(docs, opt)
	require.NoError(t, err)
	var a, b bytes.Buffer
	_, err = m1.WriteTo(&a)
	require.NoError(t, err)
	_, err = m2.WriteTo(&b)
	require.NoError(t, err)
	assert.Equal(t, a.Bytes(), b.Bytes(), "same data and seed, same bytes (bags train in parallel)")

	m3, err := LoadBytes(a.Bytes(), nil)
	require.NoError(t, err)
	assert.True(t, m3.Stacked(), "the flag survives a round trip")

	sents := [][]string{
		{"Alice", "Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."},
		{"Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."},
	}
	out := [][]Label{make([]Label, 10), make([]Label, 9)}
	m3.TagDocumentStacked(sents, out)
	assert.Equal(t, []Label{BPer, IPer, O, O, BLoc, O, BOrg, IOrg, O, O}, out[0])
	assert.Equal(t, BLoc, out[1][3])
}

// TestSecondPassSums checks the fast second pass (first-pass emission
// scores plus the document features' weights) against a full second
// extraction with the document features.
func TestSecondPassSums(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 3, Seed: 7, Stacked: true})
	require.NoError(t, err)
	docs := [][][]string{
		{
			{"Alice", "Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."},
			{"Smith", "said", "in", "Paris", "that", "Acme", "grew", "."},
			{"Acme", "said", "Smith", "was", "in", "Lima", "."},
		},
		{{"Paris", "Paris", "Paris", "."}, {}, {"Bob", "Jones", "said", "Jones", "grew", "."}},
	}
	fired := false
	for _, sents := range docs {
		first := make([][]Label, len(sents))
		want := make([][]Label, len(sents))
		got := make([][]Label, len(sents))
		for i, s := range sents {
			first[i] = make([]Label, len(s))
			m.Tag(s, first[i])
			want[i] = append(make([]Label, 0, len(s)), first[i]...)
			got[i] = make([]Label, len(s))
		}
		c := contextPool.Get().(*context)
		c.collect(sents, first)
		for i, s := range sents {
			f := make([]docFeats, len(s))
			if len(s) > 0 && c.features(s, first[i], f) {
				fired = true
				m.tag(s, f, want[i])
			}
		}
		contextPool.Put(c)
		m.TagDocumentStacked(sents, got)
		assert.Equal(t, want, got)
	}
	assert.True(t, fired, "the documents have names seen twice")
}
