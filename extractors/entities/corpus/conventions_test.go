package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/gazetteer"
)

func TestUnifyConventions(t *testing.T) {
	cases := []struct {
		tokens, tags, want []string
	}{
		{[]string{"President", "Marlow", "met", "Dr", ".", "Ann", "Kell", "in", "Tarvia"},
			[]string{"B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-LOC"},
			[]string{"O", "B-PER", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"}},
		{[]string{"Prime", "Minister", "spoke", "to", "Russian", "fans"},
			[]string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"},
			[]string{"O", "O", "O", "O", "O", "O"}},
		{[]string{"Fans", "in", "Georgia", "cheered"},
			[]string{"O", "O", "B-LOC", "O"},
			[]string{"O", "O", "B-LOC", "O"}},
	}
	for _, c := range cases {
		in := []conll.Document{{Sentences: []conll.Sentence{{Tokens: c.tokens, Tags: c.tags}}}}
		before := append([]string(nil), c.tags...)
		out := unifyConventions(in, gazetteer.Default(), true)
		assert.Equal(t, c.want, out[0].Sentences[0].Tags, "%v", c.tokens)
		assert.Equal(t, before, in[0].Sentences[0].Tags, "the input is not changed")
	}
}
