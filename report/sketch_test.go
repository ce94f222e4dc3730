package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/sayso/sayso/report/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestTopKExactBelowCapacity: with no more keys than capacity, every count
// is exact.
func TestTopKExactBelowCapacity(t *testing.T) {
	tk := newTopK[struct{}](10)
	want := map[string]int64{}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		k := "k" + strconv.Itoa(rng.IntN(10))
		tk.add(k, 1)
		want[k]++
	}
	require.True(t, tk.exact())
	got := map[string]int64{}
	for i, c := range tk.sorted() {
		got[c.Key] = c.Count
		assert.Zero(t, c.Err)
		if i > 0 {
			assert.GreaterOrEqual(t, tk.sorted()[i-1].Count, c.Count)
		}
	}
	assert.Equal(t, want, got)
}

// TestTopKGuarantees checks the Space-Saving bounds on a Zipf stream with
// far more keys than counters: each kept count c with overcount e has
// true count in [c-e, c], and every key heavier than total/capacity is kept.
func TestTopKGuarantees(t *testing.T) {
	const capacity, n = 200, 200000
	tk := newTopK[struct{}](capacity)
	truth := map[string]int64{}
	rng := rand.New(rand.NewPCG(3, 4))
	z := rand.NewZipf(rng, 1.2, 1, 50000)
	for range n {
		k := "k" + strconv.FormatUint(z.Uint64(), 10)
		tk.add(k, 1)
		truth[k]++
	}
	require.False(t, tk.exact())
	assert.Equal(t, capacity, tk.len(), "never more counters than capacity")
	for _, c := range tk.sorted() {
		assert.LessOrEqual(t, c.Count-c.Err, truth[c.Key], c.Key)
		assert.GreaterOrEqual(t, c.Count, truth[c.Key], c.Key)
	}
	for k, v := range truth {
		if v > n/capacity {
			assert.NotNil(t, tk.get(k), "heavy key %s (%d) kept", k, v)
		}
	}
	// The top 10 are the true top 10.
	top := tk.sorted()[:10]
	for _, c := range top {
		assert.Zero(t, c.Err, "the heaviest keys entered early and are exact: %s", c.Key)
	}
}

func TestDistinctEstimate(t *testing.T) {
	for _, n := range []int{10, 1000, 100000, 1000000} {
		var d distinct
		for i := range n {
			d.add("speaker " + strconv.Itoa(i))
			d.add("speaker " + strconv.Itoa(i/2)) // repeats do not count
		}
		got := float64(d.estimate())
		assert.InEpsilon(t, float64(n), got, 0.03, "n=%d estimate %v", n, got)
	}
}

// TestBoundedTables streams many distinct speakers, entities and outlets
// through a small builder: no table grows past its capacity, evidence stays
// capped, the notes say the tables are approximate, and the heavy hitters
// are still right.
func TestBoundedTables(t *testing.T) {
	opt := DefaultOptions()
	opt.Capacity = 300
	opt.Evidence = 3
	opt.MaxErrorRecords = 20
	b, err := NewBuilder(opt)
	require.NoError(t, err)
	g := synth.New(7)
	truth := map[string]int64{}
	var quotes int64
	const n = 20000
	for i := range n {
		rec := g.Record(i)
		for _, q := range rec.Quotes {
			quotes++
			if q.Speaker != nil && q.Speaker.Form == "name" {
				truth[q.Speaker.Name]++
			}
		}
		b.Add(rec)
	}
	for _, tab := range []int{b.speakers.len(), b.descriptions.len(), b.pairs.len(), b.outletTab.len(), b.errKinds.len(),
		b.entities[pipeline.Person].len(), b.entities[pipeline.Place].len(), b.entities[pipeline.Organization].len()} {
		assert.LessOrEqual(t, tab, opt.Capacity)
	}
	rep := b.Report()
	assert.Equal(t, int64(n), rep.Totals.Records)
	assert.Equal(t, quotes, rep.Totals.Quotes)
	assert.Len(t, rep.Errors.Records, 20)
	assert.Equal(t, rep.Totals.WithErrors-20, rep.Errors.More)
	assert.False(t, rep.Totals.SpeakersExact)
	assert.InEpsilon(t, float64(len(truth)), float64(rep.Totals.Speakers), 0.05, "distinct speakers estimated")
	for _, note := range rep.Tables {
		if note.Table == "speakers" || note.Table == "person" {
			assert.False(t, note.Exact, note.Table)
			assert.Positive(t, note.MaxOvercount, note.Table)
		}
	}
	for _, s := range rep.Speakers[:5] {
		assert.LessOrEqual(t, s.Quotes-s.Overcount, truth[s.Name], s.Name)
		assert.GreaterOrEqual(t, s.Quotes, truth[s.Name], s.Name)
		assert.LessOrEqual(t, len(s.Evidence), 3)
	}
	assert.Equal(t, "Speaker 0", rep.Speakers[0].Name, "the Zipf head")
}

// TestErrorsAsData feeds broken input: failed records, records with
// problems, invalid records, bad JSON lines, a YAML stream that breaks, a
// missing file. Nothing stops the report and everything is listed.
func TestErrorsAsData(t *testing.T) {
	dir := t.TempDir()
	good := `{"schema":"sayso/v1","id":"nyt_2016-09-12_a","entities":[],"quotes":[{"id":"Q1","kind":"direct","text":"hi","start":0,"end":2,"speaker":{"text":"a source","start":5,"end":13,"form":"description","name":"a source"},"confidence":1}],"errors":[],"text":"hi – a source said"}`
	lines := strings.Join([]string{
		good,
		`{"schema":"sayso/v1","id":"nyt_2016-09-13_b","error":"cannot read input: permission denied","entities":[],"quotes":[],"errors":[]}`,
		`{"schema":"sayso/v1","id":"nyt_2016-09-13_c","entities":[],"quotes":[],"errors":["entities: internal error (please report it with this article): boom"]}`,
		`{"schema":"sayso/v1","id":"nyt_2016-09-14_d","entities":[],"quotes":[{"id":"Q1","kind":"shout","text":"x","start":0,"end":1,"confidence":1}],"errors":[],"text":"y"}`,
		`{"schema":"sayso/v1","id":`,
		`{"schema":"sayso/v1","id":"e","quotes":"not a list"}`,
		good,
	}, "\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(lines), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.yaml"), []byte("schema: sayso/v1\nid: ok_2016-09-15_y\nquotes: []\nerrors: []\n---\nid: [unclosed\n---\nschema: sayso/v1\nid: lost\n"), 0o644))

	b, err := NewBuilder(DefaultOptions())
	require.NoError(t, err)
	n := b.ReadFiles([]string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.yaml"), filepath.Join(dir, "missing.jsonl")}, nil)
	rep := b.Report()
	assert.Equal(t, int64(6), n, "5 good JSON lines and 1 YAML record before the break")
	tt := rep.Totals
	assert.Equal(t, int64(6), tt.Records)
	assert.Equal(t, int64(1), tt.Failed)
	assert.Equal(t, int64(1), tt.WithProblems)
	assert.Equal(t, int64(1), tt.Invalid, "the unknown quote kind")
	assert.Equal(t, int64(4), tt.Unreadable, "two bad JSON lines, the YAML break, the missing file")
	assert.Equal(t, int64(7), tt.WithErrors)
	statuses := map[string]int{}
	for _, e := range rep.Errors.Records {
		statuses[e.Status]++
		assert.NotEmpty(t, e.Messages)
	}
	assert.Equal(t, map[string]int{"failed": 1, "problems": 1, "invalid": 1, "unreadable": 4}, statuses)
	assert.Equal(t, int64(2), rep.Sourcing.Anonymous)
	require.Len(t, rep.Descriptions, 1)
	assert.Equal(t, "a source", rep.Descriptions[0].Description)
	var html bytes.Buffer
	require.NoError(t, WriteHTML(&html, rep, HTMLOptions{}))
	assert.Contains(t, html.String(), "permission denied")
	assert.Contains(t, html.String(), "line 5")
}

// TestDataOutputs checks that the YAML output reads back into the same
// report and that every CSV table is rectangular with its header.
func TestDataOutputs(t *testing.T) {
	rep := buildReport(t, polnearGoldRecords(t), DefaultOptions())
	var buf bytes.Buffer
	require.NoError(t, WriteYAML(&buf, rep))
	var back Report
	require.NoError(t, yaml.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, *rep, back, "YAML round trip")

	tables := Tables(rep)
	names := map[string]bool{}
	for _, tab := range tables {
		names[tab.Name] = true
		var out bytes.Buffer
		require.NoError(t, WriteCSV(&out, tab))
		rows, err := csv.NewReader(&out).ReadAll()
		require.NoError(t, err, tab.Name)
		require.NotEmpty(t, rows, tab.Name)
		for _, row := range rows {
			assert.Len(t, row, len(rows[0]), "%s: %v", tab.Name, row)
		}
	}
	assert.Equal(t, map[string]bool{"totals": true, "speakers": true, "anonymous_descriptions": true, "sourcing_by_outlet": true,
		"timeline": true, "entities": true, "speaker_entities": true, "outlets": true, "error_kinds": true, "errors": true, "tables": true}, names)

	speakers := tables[1]
	require.Greater(t, len(speakers.Rows), 1)
	assert.Equal(t, []string{"1", rep.Speakers[0].Name}, speakers.Rows[1][:2])
	assert.Equal(t, fmt.Sprint(rep.Speakers[0].Quotes), speakers.Rows[1][5])
	first := rep.Speakers[0].Evidence[0]
	assert.True(t, strings.HasPrefix(speakers.Rows[1][12], fmt.Sprintf("%s#%s[%d:%d]", first.Record, first.Quote, first.Start, first.End)))
}

func TestNumPct(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4200: "-4,200"} {
		assert.Equal(t, want, num(n))
	}
	assert.Equal(t, "0%", pct(0))
	assert.Equal(t, "4.2%", pct(0.0421))
	assert.Equal(t, "42%", pct(0.4213))
	top, step := niceScale(131)
	assert.Equal(t, []float64{150, 50}, []float64{top, step})
	top, step = niceScale(3)
	assert.Equal(t, 3.0, top)
	assert.Equal(t, 1.0, step)
	assert.False(t, math.IsNaN(top))
}
