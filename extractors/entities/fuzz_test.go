package entities_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// FuzzStage checks the stage's invariants on any text: mentions lie inside
// the text on token boundaries, in order and without overlap, each belongs
// to exactly one entity of its own type, and every entity has a name and
// mentions.
func FuzzStage(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "seed", "article.txt"))
	require.NoError(f, err)
	f.Add(string(seed))
	f.Add("Mr. McGurk met Ali Bagheri. McGurk said so.")
	f.Add("The State Department agreed, and State officials briefed Congress.")
	f.Add("© 2024 The New York Sun Company, LLC. All rights reserved.")
	f.Add("the Houthis\n\nHouthi fighters")
	f.Add("Rep. Jane Doe (D-Calif.) backed the U.S.-led coalition; Sen. Roy Pellam (R-S.C) and Franklin D. Roosevelt.")
	f.Add("Congress met. House Speaker Ann Lee and House GOP leaders, in Fresno, Calif.")
	seg, err := segment.New()
	require.NoError(f, err)
	stage, err := entities.New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc := pipeline.NewDocument("f", text)
		require.NoError(t, seg.Process(doc))
		require.NoError(t, stage.Process(doc))
		prevEnd := 0
		seen := map[int]bool{}
		for i, m := range doc.Mentions {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(doc.Text), "mention %d out of text", i)
			require.GreaterOrEqual(t, m.Start, prevEnd, "mentions ordered and disjoint")
			prevEnd = m.End
			require.True(t, m.Entity >= 0 && m.Entity < len(doc.Entities), "mention %d has an entity", i)
			require.Equal(t, doc.Entities[m.Entity].Type, m.Type)
			require.NotEqual(t, pipeline.NoType, m.Type)
		}
		for _, e := range doc.Entities {
			require.NotEmpty(t, e.Name)
			require.NotEmpty(t, e.Mentions)
			for _, mi := range e.Mentions {
				require.False(t, seen[mi], "a mention in two entities")
				seen[mi] = true
			}
		}
	})
}
