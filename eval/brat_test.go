package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sayso/sayso/export"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedDir is the project's shared folder (see corpus.SharedDir).
func sharedDir(t *testing.T) string {
	t.Helper()
	d := corpus.SharedDir()
	if d == "" {
		t.Fatal("shared data not found: set SAYSO_SHARED")
	}
	return d
}

// entityKeys and quoteKeys are what scoring compares: typed entity spans,
// and quotes with kind, span, cue and speaker (span and name).
func entityKeys(recs []*pipeline.Record) []string {
	var out []string
	for _, r := range recs {
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				out = append(out, fmt.Sprintf("%s %s [%d,%d) %s", r.ID, pipeline.ParseEntityType(e.Type), m.Start, m.End, m.Text))
			}
		}
	}
	sort.Strings(out)
	return out
}

func quoteKeys(recs []*pipeline.Record, positive func(q *pipeline.QuoteRecord) bool) []string {
	var out []string
	for _, r := range recs {
		for i := range r.Quotes {
			q := &r.Quotes[i]
			if !positive(q) {
				continue
			}
			k := fmt.Sprintf("%s %s [%d,%d)", r.ID, q.Kind, q.Start, q.End)
			if q.Cue != nil {
				k += fmt.Sprintf(" cue [%d,%d)", q.Cue.Start, q.Cue.End)
			}
			if s := q.Speaker; s != nil {
				k += fmt.Sprintf(" speaker [%d,%d) %q", s.Start, s.End, s.Name)
			}
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// f1 of two key lists.
func f1(gold, pred []string) float64 {
	g := map[string]int{}
	for _, k := range gold {
		g[k]++
	}
	tp := 0
	for _, k := range pred {
		if g[k] > 0 {
			g[k]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(len(pred)), float64(tp)/float64(len(gold))
	return 2 * p * r / (p + r)
}

// TestBratRoundTrip: records exported as brat and read back as gold match
// the records exactly: every entity mention, and every quote the export
// counts as positive with its kind, cue and speaker. So scoring the records
// against that gold gives F1 1.0.
func TestBratRoundTrip(t *testing.T) {
	f, err := os.Open("../export/testdata/records.yaml")
	require.NoError(t, err)
	recs, err := pipeline.ReadRecords(f)
	f.Close()
	require.NoError(t, err)

	for _, only := range []export.Only{export.Accepted, export.Reviewed, export.All} {
		t.Run(only.String(), func(t *testing.T) {
			dir := t.TempDir()
			ex, err := export.NewBrat(dir, export.Options{Only: only})
			require.NoError(t, err)
			var exported []*pipeline.Record
			for _, r := range recs {
				require.NoError(t, ex.Write(r))
				if r.Error == "" && r.Text != "" && only.Counts(r) {
					exported = append(exported, r)
				}
			}
			require.NoError(t, ex.Close())
			require.Empty(t, export.CheckBrat(dir))

			gold, err := ReadBrat(dir)
			require.NoError(t, err)
			require.Len(t, gold, len(exported))
			for _, g := range gold {
				assert.Empty(t, g.Validate(), g.ID)
				assert.Empty(t, g.Errors, g.ID)
			}

			positive := func(q *pipeline.QuoteRecord) bool {
				if q.Review == nil {
					return only == export.All
				}
				return q.Review.Status == "accepted" || q.Review.Status == "edited"
			}
			all := func(*pipeline.QuoteRecord) bool { return true }
			wantE, gotE := entityKeys(exported), entityKeys(gold)
			wantQ, gotQ := quoteKeys(exported, positive), quoteKeys(gold, all)
			assert.Equal(t, wantE, gotE)
			assert.Equal(t, wantQ, gotQ)
			assert.Equal(t, 1.0, f1(gotE, wantE))
			assert.Equal(t, 1.0, f1(gotQ, wantQ))
			assert.NotEmpty(t, gotQ)
		})
	}
}

// TestBratEntities: entity names and groups come back too.
func TestBratEntities(t *testing.T) {
	dir := t.TempDir()
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: "a/b c.txt", Text: "Brett McGurk met Ali Bagheri.\nMr. McGurk left.",
		Entities: []pipeline.EntityRecord{
			{ID: "E1", Type: "person", Name: "Brett McGurk", Mentions: []pipeline.MentionRecord{{Start: 0, End: 12, Text: "Brett McGurk"}, {Start: 30, End: 40, Text: "Mr. McGurk"}}},
			{ID: "E2", Type: "person", Name: "Ali Bagheri", Mentions: []pipeline.MentionRecord{{Start: 17, End: 28, Text: "Ali Bagheri"}}},
		}}
	ex, err := export.NewBrat(dir, export.Options{Only: export.All})
	require.NoError(t, err)
	require.NoError(t, ex.Write(rec))
	require.NoError(t, ex.Close())
	gold, err := ReadBrat(dir)
	require.NoError(t, err)
	require.Len(t, gold, 1)
	assert.Equal(t, "a/b c.txt", gold[0].ID, "ids.tsv gives the id back")
	assert.Equal(t, rec.Entities, gold[0].Entities)
}

// TestReadBratPolNeAR: PolNeAR's dev annotations read as the same gold that
// ../shared/eval/score.py derived from them (dev/gold.jsonl).
func TestReadBratPolNeAR(t *testing.T) {
	dev := filepath.Join(sharedDir(t), "data", "polnear", "dev")
	recs, err := ReadBrat(filepath.Join(dev, "raw"))
	require.NoError(t, err)

	type gq struct {
		Kind    string `json:"kind"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Text    string `json:"text"`
		Speaker *struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"speaker"`
	}
	f, err := os.Open(filepath.Join(dev, "gold.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	want := map[string][]string{}
	inverted := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g struct {
			ID     string `json:"id"`
			Quotes []gq   `json:"quotes"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		keys := []string{}
		for _, q := range g.Quotes {
			if q.Start > q.End {
				inverted[g.ID]++ // score.py's reading of out-of-order fragments; ReadBrat covers them
				continue
			}
			k := fmt.Sprintf("%s [%d,%d) %q", q.Kind, q.Start, q.End, q.Text)
			if q.Speaker != nil {
				k += fmt.Sprintf(" speaker [%d,%d)", q.Speaker.Start, q.Speaker.End)
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		want[g.ID] = keys
	}
	require.NoError(t, sc.Err())
	require.Len(t, recs, len(want))

	quotes := 0
	for _, r := range recs {
		keys := []string{}
		for _, q := range r.Quotes {
			k := fmt.Sprintf("%s [%d,%d) %q", q.Kind, q.Start, q.End, q.Text)
			if q.Speaker != nil {
				k += fmt.Sprintf(" speaker [%d,%d)", q.Speaker.Start, q.Speaker.End)
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		require.Contains(t, want, r.ID)
		if inverted[r.ID] == 0 {
			assert.Equal(t, want[r.ID], keys, r.ID)
		} else {
			assert.Subset(t, keys, want[r.ID], r.ID)
			assert.Len(t, keys, len(want[r.ID])+inverted[r.ID], r.ID)
		}
		assert.Empty(t, r.Validate(), r.ID)
		quotes += len(keys)
	}
	assert.Greater(t, quotes, 500)
	assert.True(t, strings.HasSuffix(recs[0].Source, ".txt"))
}
