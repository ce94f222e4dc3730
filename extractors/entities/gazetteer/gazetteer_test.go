package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLookup(t *testing.T) {
	g := Default()
	cases := []struct {
		words []string
		has   []Class
		not   []Class
	}{
		{[]string{"Iran"}, []Class{Country}, []Class{Demonym}},
		{[]string{"Iranian"}, []Class{Demonym}, []Class{Country}},
		{[]string{"New", "Zealand"}, []Class{Country}, nil},
		{[]string{"January"}, []Class{TimeWord}, nil},
		{[]string{"foreign", "minister"}, []Class{Title}, nil},
		{[]string{"Ministry"}, []Class{OrgWord}, nil},
		{[]string{"Associated", "Press"}, []Class{NewsOrg}, nil},
		{[]string{"Tehran"}, []Class{BigCity}, nil},
		{[]string{"the"}, nil, []Class{Country, FirstName, OrgWord}},
	}
	for _, c := range cases {
		s := g.Lookup(c.words...)
		for _, cl := range c.has {
			assert.True(t, s.Has(cl), "%v should be in class %d", c.words, cl)
		}
		for _, cl := range c.not {
			assert.False(t, s.Has(cl), "%v should not be in class %d", c.words, cl)
		}
	}
}

func TestMark(t *testing.T) {
	g := Default()
	words := []string{"He", "flew", "to", "New", "Zealand", "in", "January", "."}
	marks := make([]uint32, len(words))
	g.Mark(words, marks)
	assert.NotZero(t, marks[3]&(1<<(2*Country)), "New starts a country")
	assert.NotZero(t, marks[4]&(1<<(2*Country+1)), "Zealand continues it")
	assert.NotZero(t, marks[6]&(1<<(2*TimeWord)), "January")
	assert.Zero(t, marks[2], "to")
	assert.Equal(t, g.Fingerprint(), Default().Fingerprint())
}

// TestKnownOrgs checks the list of whole organization names the entity
// stage matches: known companies are in it, one-word names that are
// common words in lower case are not (the generator's filter), and it
// adds nothing to the tagger's lexicon.
func TestKnownOrgs(t *testing.T) {
	known := KnownOrgs()
	for _, name := range [][]string{{"Walmart"}, {"Planned", "Parenthood"}, {"Morgan", "Stanley"}, {"UPS"}, {"Politico"}} {
		if !known.Lookup(name...).Has(OrgName) && !known.Lookup(name...).Has(NewsOrg) {
			t.Errorf("KnownOrgs lacks %q", name)
		}
	}
	for _, w := range []string{"Gap", "Express", "Target", "Apple"} {
		if known.Lookup(w) != 0 {
			t.Errorf("KnownOrgs holds the common word %q", w)
		}
	}
	if Default().Lookup("Planned", "Parenthood") != 0 {
		t.Error("nsi_orgs.txt reached the tagger's lexicon")
	}
}
