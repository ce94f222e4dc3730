package quotes

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	segstage "github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pronounDumpFlag = flag.String("pronoun-dump", "", "write every he/she speaker ranking of the hand-resolved train samples to this JSONL file")

// rankedCandidate is one candidate of a dumped ranking.
type rankedCandidate struct {
	Name     string                  `json:"name"`
	Features [numPronounFeatures]int `json:"f"`
	Score    int                     `json:"score"`
	// Raw values, for features not in the table yet.
	Sentences int  `json:"sd"`
	SubjSent  int  `json:"subj"`
	Mentions  int  `json:"mentions"`
	Spoke     bool `json:"spoke"`
	Principal bool `json:"principal"` // the first person the article names
}

// ranking is one dumped he/she speaker decision.
type ranking struct {
	ID         string            `json:"id"`
	Sample     string            `json:"sample"`
	Start      int               `json:"start"` // the pronoun, in code points
	End        int               `json:"end"`
	Word       string            `json:"word"`
	Best       int               `json:"best"`
	Candidates []rankedCandidate `json:"cands"`
}

// heldOutSamples are the hand-resolved samples drawn from train's held-out
// fifth (samples 16 to 19): they measure, so no weight is fitted on them.
var heldOutSamples = map[string]bool{
	"train-resolved-16.tsv": true,
	"train-resolved-17.tsv": true,
	"train-resolved-18.tsv": true,
	"train-resolved-19.tsv": true,
}

// TestDumpPronounRankings writes, with -pronoun-dump FILE, every ranking of
// a he or she that attributes a quote in the fifteen hand-resolved samples
// of PolNeAR train outside its held-out fifth, each candidate with its features: the data
// scripts/fit-pronoun-weights.py fits pronounWeights on (without the flag,
// to a temporary file). It fails if a ranking's choice is not the first
// best of its candidates' scores: the features would not explain it, and a
// fit on them would fit something else.
func TestDumpPronounRankings(t *testing.T) {
	shared := sharedDirInternal()
	if shared == "" {
		t.Skip("shared data not found (set SAYSO_SHARED)")
	}
	path := *pronounDumpFlag
	if path == "" {
		path = filepath.Join(t.TempDir(), "rankings.jsonl")
	}
	sampleOf := map[string]string{}
	files, err := filepath.Glob("testdata/train-resolved*.tsv")
	require.NoError(t, err)
	require.Len(t, files, 19)
	for _, f := range files {
		if heldOutSamples[filepath.Base(f)] {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			sampleOf[strings.SplitN(line, "\t", 2)[0]] = filepath.Base(f)
		}
	}
	// Nothing of train's held-out fifth (rows by id, i % 5 == 0) is fitted on.
	heldOutFifth := heldOutFifthIDs(t, filepath.Join(shared, "data/polnear/train/gold.jsonl"))
	for id, f := range sampleOf {
		require.False(t, heldOutFifth[id], "%s of %s is in train's held-out fifth", id, f)
	}
	seg, err := segstage.New()
	require.NoError(t, err)
	ents, err := entities.New()
	require.NoError(t, err)
	out, err := os.Create(path)
	require.NoError(t, err)
	defer out.Close()
	enc := json.NewEncoder(out)
	st := new(state)
	st.opt = DefaultOptions()
	in, err := os.Open(filepath.Join(shared, "data/polnear/train/articles.jsonl"))
	require.NoError(t, err)
	defer in.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		var a struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		sample, ok := sampleOf[a.ID]
		if !ok {
			continue
		}
		doc := pipeline.NewDocument(a.ID, a.Text)
		require.NoError(t, seg.Process(doc))
		require.NoError(t, ents.Process(doc))
		ix := pipeline.NewRuneIndex(doc.Text)
		// A pronoun may be ranked more than once: its last ranking decides.
		byPos := map[int]ranking{}
		var order []int
		st.rankTrace = func(pos, anchor int, quote pipeline.Span, ls *candidate, cs []pronounCandidate, best int) {
			if quote.Len() == 0 {
				return // the story's own pronouns and possessive owners: no gold names them
			}
			s, e := ix.Span(st.doc.Tokens[pos].Span)
			r := ranking{ID: a.ID, Sample: sample, Start: s, End: e, Word: st.word(pos), Best: best}
			si, para := int(st.tokSent[anchor]), st.paraOf(anchor)
			for k := range cs {
				c := &cs[k]
				rc := rankedCandidate{Features: st.pronounFeatures(c, si, para), Score: st.pronounScore(c, si, para),
					Sentences: si - int(st.tokSent[c.last]), SubjSent: c.subjSent, Mentions: c.mentions}
				if c.person >= 0 {
					rc.Name = st.personName(c.person)
					rc.Spoke, rc.Principal = st.people[c.person].spoke, c.person == 0
				} else if ls != nil {
					rc.Name = ls.name
				}
				r.Candidates = append(r.Candidates, rc)
			}
			first := -1
			for k, c := range r.Candidates {
				if first < 0 || c.Score > r.Candidates[first].Score {
					first = k
				}
			}
			if !assert.Equal(t, first, best, "%s: the %q at %d chose another than its best score", a.ID, r.Word, s) {
				t.FailNow()
			}
			if _, seen := byPos[pos]; !seen {
				order = append(order, pos)
			}
			byPos[pos] = r
		}
		st.process(doc)
		st.rankTrace = nil
		for _, pos := range order {
			require.NoError(t, enc.Encode(byPos[pos]))
			n++
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, n, 1000, "the samples hold over a thousand he/she speakers")
	t.Logf("%d rankings written to %s", n, path)
}

// heldOutFifthIDs returns the ids of train's held-out fifth: the rows of
// gold.jsonl sorted by id, every fifth from the first.
func heldOutFifthIDs(t *testing.T, gold string) map[string]bool {
	b, err := os.ReadFile(gold)
	require.NoError(t, err)
	var ids []string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		var g struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(line), &g))
		ids = append(ids, g.ID)
	}
	sort.Strings(ids)
	held := map[string]bool{}
	for i := 0; i < len(ids); i += 5 {
		held[ids[i]] = true
	}
	return held
}
