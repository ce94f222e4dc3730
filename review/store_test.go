package review

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/pipeline"
)

// writeRecords writes recs to a new file in a temp dir, with the given
// format ("yaml" or "jsonl") and text before the first record.
func writeRecords(t *testing.T, format, header string, recs ...*pipeline.Record) string {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString(header)
	var w pipeline.RecordWriter = pipeline.NewYAMLWriter(&buf)
	if format == "jsonl" {
		w = pipeline.NewJSONLWriter(&buf)
	}
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	path := filepath.Join(t.TempDir(), "records."+format)
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o640))
	return path
}

func threeRecords() []*pipeline.Record {
	a, b, c := sampleRecord(), sampleRecord(), sampleRecord()
	b.ID, b.Title = "b2", "Rates"
	c.ID, c.Title = "c3", ""
	return []*pipeline.Record{a, b, c}
}

func readAll(t *testing.T, path string) []*pipeline.Record {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)
	return recs
}

func openStore(t *testing.T, path string) *Store {
	t.Helper()
	st, err := Open(path)
	require.NoError(t, err)
	st.SetClock(func() time.Time { return clock })
	return st
}

func TestStoreIndexesRecords(t *testing.T) {
	for _, format := range []string{"yaml", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			header := "# reviewed by the desk\n\n"
			if format == "jsonl" {
				header = "\n"
			}
			st := openStore(t, writeRecords(t, format, header, threeRecords()...))
			require.Equal(t, 3, st.Len())
			items, total := st.List(ListQuery{})
			require.Equal(t, 3, total)
			assert.Equal(t, []Summary{
				{Index: 0, ID: "a1", Title: "Prices", Counts: Counts{Records: 1, Quotes: 2, MinConf: 0.4}},
				{Index: 1, ID: "b2", Title: "Rates", Counts: Counts{Records: 1, Quotes: 2, MinConf: 0.4}},
				{Index: 2, ID: "c3", Counts: Counts{Records: 1, Quotes: 2, MinConf: 0.4}},
			}, items)
			v, err := st.Get(1)
			require.NoError(t, err)
			assert.Equal(t, "b2", v.Record.ID)
			assert.Equal(t, sampleText, v.Record.Text)
			assert.Empty(t, v.ReadOnly)
			_, err = st.Get(3)
			assert.ErrorContains(t, err, "no record 3")
		})
	}
}

func TestStoreList(t *testing.T) {
	st := openStore(t, writeRecords(t, "yaml", "", threeRecords()...))
	for i := range 2 {
		v, err := st.Get(1)
		require.NoError(t, err)
		_, err = st.Apply(1, v.Version, []string{"Q1", "Q2"}[i], Decision{Action: ActAccept})
		require.NoError(t, err)
	}
	ids := func(items []Summary) (out []string) {
		for _, it := range items {
			out = append(out, it.ID)
		}
		return out
	}
	tests := []struct {
		q     ListQuery
		want  []string
		total int
	}{
		{ListQuery{}, []string{"a1", "b2", "c3"}, 3},
		{ListQuery{Pending: true}, []string{"a1", "c3"}, 2},
		{ListQuery{Search: "RATES"}, []string{"b2"}, 1},
		{ListQuery{Search: "c3"}, []string{"c3"}, 1},
		{ListQuery{Offset: 1, Limit: 1}, []string{"b2"}, 3},
		{ListQuery{Search: "nothing"}, nil, 0},
	}
	for _, tt := range tests {
		items, total := st.List(tt.q)
		assert.Equal(t, tt.want, ids(items), "%+v", tt.q)
		assert.Equal(t, tt.total, total, "%+v", tt.q)
	}
	assert.Equal(t, 2, st.NextPending(0))
	assert.Equal(t, 0, st.NextPending(2), "wraps around")
	assert.Equal(t, 0, st.NextPending(-1))
}

// TestStoreDecisionRoundTrip is the promise to users: after a decision, the
// file is still a record stream pipeline reads, the other records are the
// same bytes, and in the changed record only the decided quote differs.
func TestStoreDecisionRoundTrip(t *testing.T) {
	for _, format := range []string{"yaml", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			recs := threeRecords()
			path := writeRecords(t, format, "", recs...)
			before, err := os.ReadFile(path)
			require.NoError(t, err)
			st := openStore(t, path)

			v, err := st.Get(1)
			require.NoError(t, err)
			got, err := st.Apply(1, v.Version, "Q2", Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Entity: "E1"}})
			require.NoError(t, err)
			assert.NotEqual(t, v.Version, got.Version)

			after := readAll(t, path)
			require.Len(t, after, 3)
			assert.Equal(t, recs[0], after[0])
			assert.Equal(t, recs[2], after[2])
			want := threeRecords()[1]
			q := &want.Quotes[1]
			orig := *q
			q.Original = &orig
			q.Speaker = &pipeline.SpeakerRecord{Text: "Ana Lima", Start: 2, End: 10, Form: "name", Entity: "E1", Name: "Ana Lima"}
			q.Review = &pipeline.Review{Status: Edited, By: "ann", At: stamp}
			assert.Equal(t, want, after[1])
			assert.Equal(t, want, got.Record)
			for _, r := range after {
				assert.Empty(t, r.Validate())
			}

			// The bytes of the records around the changed one are untouched.
			now, err := os.ReadFile(path)
			require.NoError(t, err)
			first := st.entries[1].off
			assert.Equal(t, before[:first], now[:first])
			tail := len(before) - int(st.entries[2].n)
			assert.Equal(t, before[tail:], now[len(now)-int(st.entries[2].n):])

			// A fresh index of the new file agrees with the one kept up to date.
			again := openStore(t, path)
			assert.Equal(t, st.entries, again.entries)
			c := again.Counts()
			assert.Equal(t, Counts{Records: 3, Quotes: 6, Reviewed: 1, Edited: 1, MinConf: 0.4}, c)
		})
	}
}

func TestStoreKeepsHeaderAndMode(t *testing.T) {
	header := "# Records of the March desk\n"
	path := writeRecords(t, "yaml", header, threeRecords()...)
	st := openStore(t, path)
	v, err := st.Get(0)
	require.NoError(t, err)
	_, err = st.Apply(0, v.Version, "Q1", Decision{Action: ActAccept})
	require.NoError(t, err)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), header+"---\nschema: sayso/v1\nid: a1\n"), "starts with:\n%.80s", b)
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm())
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file is left behind")
}

func TestStoreConflict(t *testing.T) {
	path := writeRecords(t, "yaml", "", threeRecords()...)
	st := openStore(t, path)
	tab1, err := st.Get(0)
	require.NoError(t, err)
	tab2, err := st.Get(0)
	require.NoError(t, err)

	_, err = st.Apply(0, tab1.Version, "Q1", Decision{Action: ActAccept, By: "tab1"})
	require.NoError(t, err)
	cur, err := st.Apply(0, tab2.Version, "Q2", Decision{Action: ActReject, By: "tab2"})
	require.ErrorIs(t, err, ErrConflict)
	require.NotNil(t, cur.Record, "the conflict hands back the record as it is now")
	assert.Equal(t, "tab1", cur.Record.Quotes[0].Review.By)

	// Other records are not affected by a decision on record 0.
	other, err := st.Get(1)
	require.NoError(t, err)
	_, err = st.Apply(1, other.Version, "Q1", Decision{Action: ActAccept})
	require.NoError(t, err)

	recs := readAll(t, path)
	assert.Equal(t, Accepted, recs[0].Quotes[0].Review.Status)
	assert.Nil(t, recs[0].Quotes[1].Review, "the stale decision was not written")
}

func TestStoreSeesChangesMadeByOthers(t *testing.T) {
	path := writeRecords(t, "yaml", "", threeRecords()...)
	st := openStore(t, path)
	v, err := st.Get(2)
	require.NoError(t, err)

	// Someone rewrites the file: record 2's quote reviewed, and a record added.
	recs := threeRecords()
	recs[2].Quotes[0].Review = &pipeline.Review{Status: Rejected, By: "other"}
	extra := sampleRecord()
	extra.ID = "d4"
	rewritten := writeRecords(t, "yaml", "", append(recs, extra)...)
	b, err := os.ReadFile(rewritten)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b, 0o640))
	future := time.Now().Add(time.Minute)
	require.NoError(t, os.Chtimes(path, future, future))

	_, err = st.Apply(2, v.Version, "Q1", Decision{Action: ActAccept})
	require.ErrorIs(t, err, ErrConflict)
	assert.Equal(t, 4, st.Len())
	assert.Equal(t, Rejected, readAll(t, path)[2].Quotes[0].Review.Status)
}

func TestStoreReadOnlyRecords(t *testing.T) {
	good := sampleRecord()
	var buf bytes.Buffer
	w := pipeline.NewYAMLWriter(&buf)
	require.NoError(t, w.Write(good))
	// A record with a field this version does not know, one that is not YAML,
	// and one for an article that failed.
	known, err := pipeline.MarshalYAML(good)
	require.NoError(t, err)
	buf.WriteString("---\n" + strings.Replace(string(known), "id: a1\n", "id: a2\nsentiment: grim\n", 1))
	buf.WriteString("---\nschema: sayso/v1\nid: [broken\n")
	require.NoError(t, w.Write(pipeline.ErrorRecord("a4", "a4.txt", assert.AnError)))
	path := filepath.Join(t.TempDir(), "mixed.yaml")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	before := buf.String()

	st := openStore(t, path)
	require.Equal(t, 4, st.Len())
	items, _ := st.List(ListQuery{})
	assert.Equal(t, "record 3", items[2].ID)
	assert.Contains(t, items[2].Error, "yaml")

	tests := []struct {
		i    int
		want string
	}{
		{1, "fields this version of sayso does not know"},
		{2, "could not be read"},
		{3, "could not be processed"},
	}
	for _, tt := range tests {
		v, err := st.Get(tt.i)
		require.NoError(t, err)
		assert.Contains(t, v.ReadOnly, tt.want)
		_, err = st.Apply(tt.i, v.Version, "Q1", Decision{Action: ActAccept})
		require.ErrorIs(t, err, ErrReadOnly, "record %d", tt.i)
	}
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, string(after), "nothing was written")

	// The good record can still be reviewed, and the others keep their bytes.
	v, err := st.Get(0)
	require.NoError(t, err)
	_, err = st.Apply(0, v.Version, "Q1", Decision{Action: ActAccept})
	require.NoError(t, err)
	after, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(after), "sentiment: grim\n")
	assert.Contains(t, string(after), "id: [broken\n")
}

func TestStoreConcurrentDecisions(t *testing.T) {
	path := writeRecords(t, "yaml", "", threeRecords()...)
	st := openStore(t, path)
	var wg sync.WaitGroup
	for i := range 3 {
		for _, qid := range []string{"Q1", "Q2"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					v, err := st.Get(i)
					if !assert.NoError(t, err) {
						return
					}
					_, err = st.Apply(i, v.Version, qid, Decision{Action: ActAccept})
					if err == nil {
						return
					}
					if !assert.ErrorIs(t, err, ErrConflict) {
						return
					}
				}
			}()
		}
	}
	wg.Wait()
	recs := readAll(t, path)
	for _, r := range recs {
		for _, q := range r.Quotes {
			require.NotNil(t, q.Review, "%s %s", r.ID, q.ID)
			assert.Equal(t, Accepted, q.Review.Status)
		}
	}
	assert.Equal(t, 6, st.Counts().Accepted)
}

func TestStoreFollowsSymlink(t *testing.T) {
	target := writeRecords(t, "yaml", "", threeRecords()...)
	link := filepath.Join(t.TempDir(), "link.yaml")
	require.NoError(t, os.Symlink(target, link))
	st := openStore(t, link)
	v, err := st.Get(0)
	require.NoError(t, err)
	_, err = st.Apply(0, v.Version, "Q1", Decision{Action: ActReject})
	require.NoError(t, err)
	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, os.ModeSymlink, fi.Mode()&os.ModeSymlink, "the link is still a link")
	assert.Equal(t, Rejected, readAll(t, target)[0].Quotes[0].Review.Status)
}

func TestOpenErrors(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = Open(t.TempDir())
	assert.ErrorContains(t, err, "not a regular file")
}

func TestSplitRecords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		segs  []string
		jsonl bool
	}{
		{"no leading marker", "id: a\n---\nid: b\n", []string{"id: a\n", "---\nid: b\n"}, false},
		{"comment header", "# hi\n---\nid: a\n--- \nid: b", []string{"# hi\n", "---\nid: a\n", "--- \nid: b"}, false},
		{"markers need a line of their own", "---\ntext: |\n  ---\n  ----x\n----\n", []string{"---\ntext: |\n  ---\n  ----x\n----\n"}, false},
		{"jsonl", "\n{\"id\":\"a\"}\n\n{\"id\":\"b\"}", []string{"\n", "{\"id\":\"a\"}\n", "\n", "{\"id\":\"b\"}"}, true},
		{"long line", "---\ntext: " + strings.Repeat("x", 200000) + "\n", []string{"---\ntext: " + strings.Repeat("x", 200000) + "\n"}, false},
		{"empty", "", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var segs []string
			var offs []int64
			jsonl, err := splitRecords(bufioReader(tt.in), func(off int64, seg []byte, _ bool) {
				segs = append(segs, string(seg))
				offs = append(offs, off)
			})
			require.NoError(t, err)
			assert.Equal(t, tt.jsonl, jsonl)
			assert.Equal(t, tt.segs, segs)
			var off int64
			for i, s := range segs {
				assert.Equal(t, off, offs[i])
				off += int64(len(s))
			}
		})
	}
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 64) }

// TestTwoStoresOnOneFile: two review servers (two processes) on the same
// file; every decision from both lands, none is lost and the file is never
// mixed up.
func TestTwoStoresOnOneFile(t *testing.T) {
	path := writeRecords(t, "yaml", "", threeRecords()...)
	a, b := openStore(t, path), openStore(t, path)
	var wg sync.WaitGroup
	for k, st := range []*Store{a, b} {
		for i := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				qid := []string{"Q1", "Q2"}[k]
				// Notes of different lengths move the records after this one.
				d := Decision{Action: ActAccept, Note: strings.Repeat("n", 1+k*7+i*3)}
				for {
					v, err := st.Get(i)
					if !assert.NoError(t, err) {
						return
					}
					_, err = st.Apply(i, v.Version, qid, d)
					if err == nil {
						return
					}
					if !assert.ErrorIs(t, err, ErrConflict) {
						return
					}
					require.NoError(t, st.Sync())
				}
			}()
		}
	}
	wg.Wait()
	recs := readAll(t, path)
	require.Len(t, recs, 3)
	for _, r := range recs {
		assert.Empty(t, r.Validate())
		for _, q := range r.Quotes {
			require.NotNil(t, q.Review, "%s %s", r.ID, q.ID)
			assert.Equal(t, Accepted, q.Review.Status)
		}
	}
}
