package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScore(t *testing.T) {
	s := NewScore()
	gold := []Entity{{"PER", 0, 2}, {"LOC", 5, 6}, {"ORG", 8, 10}}
	pred := []Entity{{"person", 0, 2}, {"LOC", 5, 7}, {"ORG", 8, 10}, {"ORG", 8, 10}, {"MISC", 11, 12}}
	s.Add(gold, pred)
	assert.Equal(t, Counts{TP: 1, Pred: 1, Gold: 1}, *s.ByType["PER"])
	assert.Equal(t, Counts{TP: 0, Pred: 1, Gold: 1}, *s.ByType["LOC"])
	assert.Equal(t, Counts{TP: 1, Pred: 1, Gold: 1}, *s.ByType["ORG"], "duplicates count once, as sets")
	all := s.All()
	assert.InDelta(t, 2.0/3, all.P(), 1e-9)
	assert.InDelta(t, 2.0/3, all.F1(), 1e-9)
}

func TestJSONL(t *testing.T) {
	gold, err := ReadJSONL(strings.NewReader(`{"id":"a","entities":[{"type":"PER","start":0,"end":5},{"type":"LOC","start":10,"end":14}]}
{"id":7,"entities":[]}
`))
	require.NoError(t, err)
	pred, err := ReadJSONL(strings.NewReader(`{"id":"a","entities":[{"type":"person","name":"x","mentions":[{"start":0,"end":5},{"start":20,"end":25}]},{"type":"place","start":10,"end":14}]}
`))
	require.NoError(t, err)
	require.Equal(t, "7", gold[1].ID)
	s, missing := Docs(gold, pred)
	assert.Equal(t, 1, missing)
	assert.Equal(t, Counts{TP: 1, Pred: 2, Gold: 1}, *s.ByType["PER"])
	assert.Equal(t, Counts{TP: 1, Pred: 1, Gold: 1}, *s.ByType["LOC"])
}
