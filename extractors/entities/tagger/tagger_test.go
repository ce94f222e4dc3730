package tagger

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/conll"
)

// tiny is a small training corpus: enough for the tagger to learn that
// capitalised words after "in" are places and before "said" are people.
func tiny(t *testing.T) []conll.Document {
	t.Helper()
	var b strings.Builder
	people := []string{"Alice Smith", "Bob Jones", "Carol White", "Dan Brown", "Eve Black"}
	places := []string{"Paris", "Berlin", "Tokyo", "Lima", "Cairo"}
	orgs := []string{"Acme Corp", "Globex Inc", "Initech Corp", "Umbrella Inc"}
	for i := 0; i < 40; i++ {
		p := strings.Fields(people[i%len(people)])
		fmt := func(tok, tag string) { b.WriteString(tok + "\t" + tag + "\n") }
		fmt(p[0], "B-PER")
		fmt(p[1], "I-PER")
		fmt("said", "O")
		fmt("in", "O")
		fmt(places[i%len(places)], "B-LOC")
		fmt("that", "O")
		o := strings.Fields(orgs[i%len(orgs)])
		fmt(o[0], "B-ORG")
		fmt(o[1], "I-ORG")
		fmt("grew", "O")
		fmt(".", "O")
		b.WriteString("\n")
		if i%10 == 9 {
			b.WriteString("-DOCSTART-\n\n")
		}
	}
	docs, err := conll.Read(strings.NewReader(b.String()))
	require.NoError(t, err)
	return docs
}

func labels(m *Model, words ...string) []string {
	out := make([]Label, len(words))
	m.Tag(words, out)
	s := make([]string, len(out))
	for i, l := range out {
		s[i] = l.String()
	}
	return s
}

func TestTrainAndTag(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 5, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t,
		[]string{"B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "."[0:0] + "O"},
		labels(m, "Alice", "Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."))
	// Unseen names in the same frames.
	assert.Equal(t, []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"},
		labels(m, "Frank", "Green", "said", "in", "Oslo", "that"))
}

func TestConstrainedTransitions(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 2, Seed: 1})
	require.NoError(t, err)
	for _, words := range [][]string{{"in"}, {"Smith", "Jones", "Corp"}, {"said", "Corp", "Inc", "Inc"}} {
		out := make([]Label, len(words))
		m.Tag(words, out)
		for i, l := range out {
			if l == IPer || l == ILoc || l == IOrg {
				require.Greater(t, i, 0, "I- label first in %v", words)
				assert.Contains(t, []Label{l, l - 1}, out[i-1], "%v -> %v", words, out)
			}
		}
	}
}

func TestRetrainIsByteIdentical(t *testing.T) {
	docs := tiny(t)
	opt := Options{Epochs: 4, Seed: 42, Unlabelled: []string{"Alice Smith said in Paris that Acme Corp grew. Bob Jones said so."}, Classes: 4}
	var a, b bytes.Buffer
	m1, err := Train(docs, opt)
	require.NoError(t, err)
	_, err = m1.WriteTo(&a)
	require.NoError(t, err)
	m2, err := Train(docs, opt)
	require.NoError(t, err)
	_, err = m2.WriteTo(&b)
	require.NoError(t, err)
	assert.Equal(t, a.Bytes(), b.Bytes())

	opt.Seed = 43
	var c bytes.Buffer
	m3, err := Train(docs, opt)
	require.NoError(t, err)
	_, err = m3.WriteTo(&c)
	require.NoError(t, err)
	assert.NotEqual(t, a.Bytes(), c.Bytes(), "another seed gives another model")
}

func TestRoundTrip(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 3, Unlabelled: []string{"Alice said in Paris."}})
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = m.WriteTo(&buf)
	require.NoError(t, err)
	m2, err := LoadBytes(buf.Bytes(), nil)
	require.NoError(t, err)
	var again bytes.Buffer
	_, err = m2.WriteTo(&again)
	require.NoError(t, err)
	assert.Equal(t, buf.Bytes(), again.Bytes())
	words := []string{"Carol", "White", "said", "in", "Lima"}
	assert.Equal(t, labels(m, words...), labels(m2, words...))
}

func TestLoadRejects(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 1})
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = m.WriteTo(&buf)
	require.NoError(t, err)
	b := buf.Bytes()
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("NOTAMODL"), b[8:]...),
		"truncated": b[:len(b)-3],
		"trailing":  append(append([]byte(nil), b...), 0),
	} {
		_, err := LoadBytes(bad, nil)
		assert.Error(t, err, name)
	}
	_, err = LoadBytes(b, fakeLexicon{})
	assert.Error(t, err, "a model trained without a lexicon refuses one")
}

type fakeLexicon struct{}

func (fakeLexicon) Mark([]string, []uint32) {}
func (fakeLexicon) Fingerprint() uint64     { return 99 }

func TestDocumentConsistency(t *testing.T) {
	m, err := Train(tiny(t), Options{Epochs: 5, Seed: 3})
	require.NoError(t, err)
	sents := [][]string{
		{"Alice", "Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."},
		{"Smith", "went", "home", "."},
	}
	out := [][]Label{make([]Label, 10), make([]Label, 4)}
	m.TagDocument(sents, out)
	assert.Equal(t, BPer, out[1][0], "a surname after the full name is that person")
}

func TestTagAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	m, err := Train(tiny(t), Options{Epochs: 2})
	require.NoError(t, err)
	words := []string{"Alice", "Smith", "said", "in", "Paris", "that", "Acme", "Corp", "grew", "."}
	out := make([]Label, len(words))
	m.Tag(words, out) // warm the pool
	allocs := testing.AllocsPerRun(100, func() { m.Tag(words, out) })
	assert.Zero(t, allocs)
}
