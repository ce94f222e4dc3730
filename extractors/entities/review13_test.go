package entities

import (
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// listedPeople reads a list of people over a mention that an earlier pass
// removed and left for replaceMentions to sweep out (End -1): the item
// before the place-typed name is the person before the removed one, and
// the pass neither fails on the removed mention nor needs the sweep.
func TestListedPeoplePassesOverRemovedMentions(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "the deaths of Alton Sterling and Philando Castile;"
	at := func(name string, typ pipeline.EntityType) pipeline.Mention {
		i := strings.Index(text, name)
		return pipeline.Mention{Span: pipeline.Span{Start: i, End: i + len(name)}, Type: typ, Entity: -1}
	}
	removed := at("Sterling", pipeline.Organization) // cut out by an earlier pass, not swept
	removed.End = -1
	doc := pipeline.NewDocument("t", text)
	doc.Mentions = []pipeline.Mention{at("Alton Sterling", pipeline.Person), removed, at("Philando Castile", pipeline.Place)}
	require.NotPanics(t, func() { s.listedPeople(doc) })
	assert.Equal(t, pipeline.Person, doc.Mentions[2].Type, "Philando Castile, listed after Alton Sterling")
}
