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

	"github.com/sayso/sayso/extractors/entities/corpus"
)

// The news gold (docs/entities.md, "News gold (PolNeAR)"): ids and code point
// offsets only, written by scripts/entity-gold.py from the reviewable names
// list. Two annotations of the same articles, made independently, so that
// their agreement can be measured ("Agreement"); both must stay well-formed.
var newsGolds = []struct {
	name, gold, names string
}{
	{"A", "testdata/polnear-dev-entities.jsonl", "testdata/polnear-dev-entities.names"},
	{"B", "testdata/polnear-dev-entities-b.jsonl", "testdata/polnear-dev-entities-b.names"},
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
// the annotations cover the same articles, so they can be scored one against
// the other.
func TestNewsGoldWellFormed(t *testing.T) {
	var first []string
	for _, g := range newsGolds {
		t.Run(g.name, func(t *testing.T) {
			docs := readNewsGold(t, g.gold)
			require.Len(t, docs, 11, "11 PolNeAR dev articles (index %% 8 == 2 by id)")
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
			if first == nil {
				first = ids
			} else {
				assert.Equal(t, first, ids, "annotation %s covers other articles than %s", g.name, newsGolds[0].name)
			}
		})
	}
}

// TestNewsGoldSpans checks each gold's spans against their article when the
// shared folder is present: inside the text, on word boundaries, no space at
// either end, its text listed with its type in that gold's names list, and the
// articles are those of the selection rule.
func TestNewsGoldSpans(t *testing.T) {
	dir := corpus.SharedDir()
	path := filepath.Join(dir, "data", "polnear", "dev", "articles.jsonl")
	if _, err := os.Stat(path); dir == "" || err != nil {
		t.Skip("no PolNeAR dev articles (set SAYSO_SHARED to the shared folder): news gold spans not checked against their texts")
	}
	texts := map[string][]rune{}
	var ids []string
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
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
	var selected []string
	for i, id := range ids {
		if i%8 == 2 {
			selected = append(selected, id)
		}
	}
	for _, g := range newsGolds {
		t.Run(g.name, func(t *testing.T) {
			listed := newsNamesListed(t, g.names)
			var golded []string
			for _, d := range readNewsGold(t, g.gold) {
				golded = append(golded, d.ID)
				text, ok := texts[d.ID]
				require.True(t, ok, "%s is no PolNeAR dev article", d.ID)
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
			assert.Equal(t, selected, golded, "the gold's articles are every 8th PolNeAR dev article by id, from the 3rd")
		})
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// newsNamesListed reads the names list: "id\ttype\tstring" for every name
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
