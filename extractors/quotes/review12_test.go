package quotes

import (
	"os"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	segstage "github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPluralOf checks the comparison introducedAs makes instead of
// w == role+"s" (session 12 review): the same answers, the edges included.
func TestPluralOf(t *testing.T) {
	for _, c := range []struct {
		w, role string
	}{
		{"hosts", "host"}, {"host", "host"}, {"hostss", "host"}, {"hosta", "host"}, {"posts", "host"},
		{"s", ""}, {"", ""}, {"", "host"}, {"anchors", "anchor"}, {"anchor", "anchors"},
	} {
		assert.Equal(t, c.w == c.role+"s", pluralOf(c.w, c.role), "%q of %q", c.w, c.role)
	}
}

// TestMentionsOf checks the per-person index that rankForDescription and
// introducedBefore read instead of scanning every mention per person
// (session 12 review): each person's list is exactly that person's
// mentions in text order, and pmention itself is in text order, which the
// rules' early break at the description's token relies on.
func TestMentionsOf(t *testing.T) {
	seg, err := segstage.New()
	require.NoError(t, err)
	ents, err := entities.New()
	require.NoError(t, err)
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	for _, text := range []string{string(seed), "", "Tom Reyes met Ana Ortiz. Reyes said, “No.”\n\n“Yes,” said Ortiz. Reyes agreed, the mayor said."} {
		doc := pipeline.NewDocument("t", text)
		require.NoError(t, seg.Process(doc))
		require.NoError(t, ents.Process(doc))
		st := new(state)
		st.opt = New().opt
		st.process(doc)
		for i := 1; i < len(st.pmention); i++ {
			require.Less(t, st.pmention[i-1].tok, st.pmention[i].tok, "pmention in text order")
		}
		for p := range st.people {
			var want []int32
			for mi, m := range st.pmention {
				if m.person == p {
					want = append(want, int32(mi))
				}
			}
			assert.Equal(t, want, append([]int32(nil), st.mentionsOf(p)...), "person %d", p)
		}
		if text != "" {
			assert.NotEmpty(t, st.people)
		}
	}
}
