package entities_test

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/eval"
)

// TestStyles runs the stage over each set of invented articles in house
// styles other than the training data's, with hand gold (docs/entities.md
// "Other house styles": fixtures/styles, 13 articles, 218 gold mentions;
// "A second, blind set": fixtures/styles2, 12 articles, 206 mentions; "A
// third, blind set": fixtures/styles3, 12 articles, 299 mentions; "A
// fourth, blind set": fixtures/styles4, 12 articles, 285 mentions; "A
// fifth, blind set": fixtures/styles5, 12 articles, 230 mentions; "A
// sixth, blind set": fixtures/styles6, 12 articles, 252 mentions; "A
// seventh, blind set": fixtures/styles7, 12 articles, 257 mentions; "An
// eighth, blind set": fixtures/styles8, 12 articles, 289 mentions; "A
// ninth, blind set": fixtures/styles9, 12 articles, 236 mentions; "A tenth,
// blind set": fixtures/styles10, 10 articles, 274 mentions; "An eleventh,
// blind set": fixtures/styles11, 10 articles, 275 mentions), and
// fails if the entity F1 (exact span and type, all types) drops more than
// 0.02 below the number docs/entities.md records on the set's regression
// line. One mention moves F1 by about 0.005.
func TestStyles(t *testing.T) {
	for _, set := range []struct{ dir, line string }{
		{"../../fixtures/styles", "styles-entities-regression"},
		{"../../fixtures/styles2", "styles2-entities-regression"},
		{"../../fixtures/styles3", "styles3-entities-regression"},
		{"../../fixtures/styles4", "styles4-entities-regression"},
		{"../../fixtures/styles5", "styles5-entities-regression"},
		{"../../fixtures/styles6", "styles6-entities-regression"},
		{"../../fixtures/styles7", "styles7-entities-regression"},
		{"../../fixtures/styles8", "styles8-entities-regression"},
		{"../../fixtures/styles9", "styles9-entities-regression"},
		{"../../fixtures/styles10", "styles10-entities-regression"},
		{"../../fixtures/styles11", "styles11-entities-regression"},
	} {
		t.Run(set.line, func(t *testing.T) {
			f, err := os.Open(set.dir + "/articles.jsonl")
			require.NoError(t, err)
			defer f.Close()
			var pred []eval.Doc
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			for sc.Scan() {
				var a struct{ ID, Text string }
				require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
				pred = append(pred, eval.Doc{ID: a.ID, Entities: entities.Entities(run(t, a.Text))})
			}
			require.NoError(t, sc.Err())
			g, err := os.Open(set.dir + "/entities-gold.jsonl")
			require.NoError(t, err)
			defer g.Close()
			gold, err := eval.ReadJSONL(g)
			require.NoError(t, err)
			checkRecorded(t, gold, pred, set.line, 0.02)
		})
	}
}

// checkRecorded scores pred against gold and fails if the F1 over all types
// falls more than margin below the "all.f1" that docs/entities.md records on
// its "<!-- line: ... -->" line; it logs every recorded figure beside the
// one measured.
func checkRecorded(t *testing.T, gold, pred []eval.Doc, line string, margin float64) {
	t.Helper()
	s, missing := eval.Docs(gold, pred)
	require.Zero(t, missing)
	got := map[string]float64{"all.f1": s.All().F1()}
	for _, typ := range eval.Types {
		got[typ+".f1"] = s.ByType[typ].F1()
	}
	want := recordedScores(t, line)
	require.Contains(t, want, "all.f1")
	assert.GreaterOrEqual(t, got["all.f1"], want["all.f1"]-margin, "%s: entity F1 %.3f, recorded %.3f", line, got["all.f1"], want["all.f1"])
	for k, v := range want {
		t.Logf("%-7s %.3f (recorded %.3f)", k, got[k], v)
	}
}

// recordedScores reads the numbers on docs/entities.md's "<!-- name: ...
// -->" line.
func recordedScores(t *testing.T, name string) map[string]float64 {
	t.Helper()
	b, err := os.ReadFile("../../docs/entities.md")
	require.NoError(t, err)
	line := regexp.MustCompile(`<!-- ` + regexp.QuoteMeta(name) + `: ([^>]*)-->`).FindSubmatch(b)
	require.NotNil(t, line, "docs/entities.md has no %s line", name)
	out := map[string]float64{}
	for _, m := range regexp.MustCompile(`([A-Za-z][A-Za-z0-9.]*)=([0-9.]+)`).FindAllSubmatch(line[1], -1) {
		v, err := strconv.ParseFloat(string(m[2]), 64)
		require.NoError(t, err)
		out[string(m[1])] = v
	}
	return out
}
