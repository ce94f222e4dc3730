package entities_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/eval"
)

// The news golds (docs/entities.md, "News gold (PolNeAR)" and "Round 6 (news
// gold)"): hand-made entity gold on PolNeAR articles, ids and code point
// offsets only, written by scripts/entity-gold.py from reviewable names
// lists. The dev articles are a report set, annotated twice, independently,
// so that agreement can be measured; the train articles are the development
// set the round 6 rules were written on. Each set is the split's articles
// sorted by id whose index i has i % mod == rem.
var newsGolds = []struct {
	name, split string
	mod, rem, n int
	gold, names string
}{
	{"dev A", "dev", 8, 2, 11, "testdata/polnear-dev-entities.jsonl", "testdata/polnear-dev-entities.names"},
	{"dev B", "dev", 8, 2, 11, "testdata/polnear-dev-entities-b.jsonl", "testdata/polnear-dev-entities-b.names"},
	{"train", "train", 70, 3, 12, "testdata/polnear-train-entities.jsonl", "testdata/polnear-train-entities.names"},
	{"train 2", "train", 70, 38, 12, "testdata/polnear-train2-entities.jsonl", "testdata/polnear-train2-entities.names"},
	{"train 3", "train", 70, 56, 12, "testdata/polnear-train3-entities.jsonl", "testdata/polnear-train3-entities.names"},
	{"train 4", "train", 70, 17, 12, "testdata/polnear-train4-entities.jsonl", "testdata/polnear-train4-entities.names"},
	{"train 5", "train", 70, 29, 12, "testdata/polnear-train5-entities.jsonl", "testdata/polnear-train5-entities.names"},
	{"train 6", "train", 70, 47, 12, "testdata/polnear-train6-entities.jsonl", "testdata/polnear-train6-entities.names"},
	{"train 7", "train", 70, 62, 12, "testdata/polnear-train7-entities.jsonl", "testdata/polnear-train7-entities.names"},
	{"train 8", "train", 70, 11, 12, "testdata/polnear-train8-entities.jsonl", "testdata/polnear-train8-entities.names"},
	{"train 9", "train", 70, 24, 12, "testdata/polnear-train9-entities.jsonl", "testdata/polnear-train9-entities.names"},
	{"train 10", "train", 70, 44, 12, "testdata/polnear-train10-entities.jsonl", "testdata/polnear-train10-entities.names"},
}

type newsGoldDoc struct {
	ID       string `json:"id"`
	Entities []struct {
		Type       string `json:"type"`
		Start, End int
	} `json:"entities"`
}

func readNewsGold(t *testing.T, path string) []newsGoldDoc {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var docs []newsGoldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var keys map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(sc.Bytes(), &keys))
		for k := range keys {
			require.Contains(t, []string{"id", "entities"}, k, "gold holds ids and offsets only (PolNeAR has no licence: no text)")
		}
		var d newsGoldDoc
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, d)
	}
	require.NoError(t, sc.Err())
	return docs
}

// TestNewsGoldWellFormed checks each news gold's shape: known types, spans
// sorted by start, none empty or overlapping, one line per article; and that
// the annotations of one selection of articles cover the same articles, so
// they can be scored one against the other.
func TestNewsGoldWellFormed(t *testing.T) {
	type selection struct {
		split    string
		mod, rem int
	}
	first := map[selection][]string{} // the first gold's article ids of each selection
	for _, g := range newsGolds {
		t.Run(g.name, func(t *testing.T) {
			docs := readNewsGold(t, g.gold)
			require.Len(t, docs, g.n, "%d PolNeAR %s articles (index %% %d == %d by id)", g.n, g.split, g.mod, g.rem)
			seen := map[string]bool{}
			var ids []string
			for _, d := range docs {
				require.NotEmpty(t, d.ID)
				assert.False(t, seen[d.ID], "%s listed twice", d.ID)
				seen[d.ID] = true
				ids = append(ids, d.ID)
				assert.NotEmpty(t, d.Entities, d.ID)
				prevEnd := 0
				for i, e := range d.Entities {
					assert.Contains(t, []string{"PER", "LOC", "ORG"}, e.Type, "%s entity %d", d.ID, i)
					assert.Less(t, e.Start, e.End, "%s entity %d is empty", d.ID, i)
					assert.GreaterOrEqual(t, e.Start, prevEnd, "%s entity %d [%d,%d) overlaps or is out of order", d.ID, i, e.Start, e.End)
					prevEnd = e.End
				}
			}
			sort.Strings(ids)
			if f, ok := first[selection{g.split, g.mod, g.rem}]; !ok {
				first[selection{g.split, g.mod, g.rem}] = ids
			} else {
				assert.Equal(t, f, ids, "annotation %s covers other articles than the first of its split", g.name)
			}
		})
	}
}

// polnearArticles returns the texts of a PolNeAR split by id and the ids in
// order, or nil when the shared folder is not on this machine.
func polnearArticles(t *testing.T, split string) (map[string][]rune, []string) {
	t.Helper()
	dir := corpus.SharedDir()
	path := filepath.Join(dir, "data", "polnear", split, "articles.jsonl")
	if _, err := os.Stat(path); dir == "" || err != nil {
		return nil, nil
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	texts := map[string][]rune{}
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		texts[a.ID] = []rune(a.Text)
		ids = append(ids, a.ID)
	}
	require.NoError(t, sc.Err())
	sort.Strings(ids)
	return texts, ids
}

// TestNewsGoldSpans checks each gold's spans against their article when the
// shared folder is present: inside the text, on word boundaries, no space at
// either end, its text listed with its type in that gold's names list, and the
// articles are those of the selection rule.
func TestNewsGoldSpans(t *testing.T) {
	for _, g := range newsGolds {
		t.Run(g.name, func(t *testing.T) {
			texts, ids := polnearArticles(t, g.split)
			if texts == nil {
				t.Skipf("no PolNeAR %s articles (set SAYSO_SHARED to the shared folder): news gold spans not checked against their texts", g.split)
			}
			var selected []string
			for i, id := range ids {
				if i%g.mod == g.rem {
					selected = append(selected, id)
				}
			}
			listed := newsNamesListed(t, g.names)
			var golded []string
			for _, d := range readNewsGold(t, g.gold) {
				golded = append(golded, d.ID)
				text, ok := texts[d.ID]
				require.True(t, ok, "%s is no PolNeAR %s article", d.ID, g.split)
				for _, e := range d.Entities {
					require.LessOrEqual(t, e.End, len(text), "%s [%d,%d) past the text", d.ID, e.Start, e.End)
					s := string(text[e.Start:e.End])
					assert.Equal(t, strings.TrimSpace(s), s, "%s [%d,%d)", d.ID, e.Start, e.End)
					if e.Start > 0 {
						assert.False(t, isWordRune(text[e.Start-1]) && isWordRune(text[e.Start]), "%s %q starts inside a word", d.ID, s)
					}
					if e.End < len(text) {
						assert.False(t, isWordRune(text[e.End-1]) && isWordRune(text[e.End]), "%s %q ends inside a word", d.ID, s)
					}
					assert.True(t, listed[d.ID+"\t"+e.Type+"\t"+s], "%s %s %q is not in %s", d.ID, e.Type, s, g.names)
				}
			}
			sort.Strings(golded)
			assert.Equal(t, selected, golded, "the gold's articles are the %s articles whose index %% %d == %d", g.split, g.mod, g.rem)
		})
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// newsNamesListed reads a names list: "id\ttype\tstring" for every name
// listed as a person, place or organization (NOT lines only block).
func newsNamesListed(t *testing.T, path string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(f), 3, "names line %q", line)
		out[f[0]+"\t"+f[1]+"\t"+f[2]] = true
	}
	return out
}

// TestNewsGoldF1 runs the stage over each development news gold (PolNeAR
// train articles) and fails if the entity F1 (exact span and type, all
// types) drops more than 0.01 below the number docs/entities.md records on
// that set's regression line (793, 669, 670, 715, 537, 574, 532, 500, 608 and
// 541 mentions: one moves F1 by about 0.0013, 0.0015, 0.0015, 0.0014, 0.0019,
// 0.0017, 0.0019, 0.0020, 0.0016 and 0.0018). Rules were written on these sets' errors, so the
// numbers are no estimate of accuracy on unseen news; the dev report set has
// no such test.
func TestNewsGoldF1(t *testing.T) {
	texts, _ := polnearArticles(t, "train")
	if texts == nil {
		t.Skip("no PolNeAR train articles (set SAYSO_SHARED to the shared folder)")
	}
	for _, c := range []struct{ name, gold, line string }{
		{"train", "testdata/polnear-train-entities.jsonl", "news-train-entities-regression"},
		{"train 2", "testdata/polnear-train2-entities.jsonl", "news-train2-entities-regression"},
		{"train 3", "testdata/polnear-train3-entities.jsonl", "news-train3-entities-regression"},
		{"train 4", "testdata/polnear-train4-entities.jsonl", "news-train4-entities-regression"},
		{"train 5", "testdata/polnear-train5-entities.jsonl", "news-train5-entities-regression"},
		{"train 6", "testdata/polnear-train6-entities.jsonl", "news-train6-entities-regression"},
		{"train 7", "testdata/polnear-train7-entities.jsonl", "news-train7-entities-regression"},
		{"train 8", "testdata/polnear-train8-entities.jsonl", "news-train8-entities-regression"},
		{"train 9", "testdata/polnear-train9-entities.jsonl", "news-train9-entities-regression"},
		{"train 10", "testdata/polnear-train10-entities.jsonl", "news-train10-entities-regression"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := os.Open(c.gold)
			require.NoError(t, err)
			defer f.Close()
			gold, err := eval.ReadJSONL(f)
			require.NoError(t, err)
			var pred []eval.Doc
			for _, g := range gold {
				text, ok := texts[g.ID]
				require.True(t, ok, g.ID)
				pred = append(pred, eval.Doc{ID: g.ID, Entities: entities.Entities(run(t, string(text)))})
			}
			checkRecorded(t, gold, pred, c.line, 0.01)
		})
	}
}
