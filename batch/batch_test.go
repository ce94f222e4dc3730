package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sliceSource yields articles from a slice and tracks how many have been
// handed out but not yet written, to check that memory stays bounded.
type sliceSource struct {
	articles []ingest.Article
	i        int
	out      *atomic.Int64 // handed out
}

func (s *sliceSource) Next() (ingest.Article, bool) {
	if s.i >= len(s.articles) {
		return ingest.Article{}, false
	}
	a := s.articles[s.i]
	s.i++
	if s.out != nil {
		s.out.Add(1)
	}
	return a, true
}

func articles(n int) []ingest.Article {
	as := make([]ingest.Article, n)
	for i := range as {
		id := fmt.Sprintf("a%03d", i)
		as[i] = ingest.Article{ID: id, Source: "test", Text: fmt.Sprintf("Article %d says hello.\n\nIt has two paragraphs.", i)}
	}
	return as
}

// stageFunc adapts a function to pipeline.Stage.
type stageFunc func(*pipeline.Document) error

func (stageFunc) Name() string                         { return "test" }
func (f stageFunc) Process(d *pipeline.Document) error { return f(d) }

// jitter sleeps a little, longer for some articles, so that workers finish
// out of order.
var jitter = stageFunc(func(d *pipeline.Document) error {
	var n int
	fmt.Sscanf(d.ID, "a%d", &n)
	time.Sleep(time.Duration(n%7) * 200 * time.Microsecond)
	return nil
})

func runToBytes(t *testing.T, src Source, p *pipeline.Pipeline, opt Options) ([]byte, Stats, error) {
	t.Helper()
	var buf bytes.Buffer
	st, err := Run(context.Background(), src, p, &buf, opt)
	return buf.Bytes(), st, err
}

func ids(t *testing.T, out []byte) []string {
	t.Helper()
	recs, err := pipeline.ReadRecords(bytes.NewReader(out))
	require.NoError(t, err)
	var got []string
	for _, r := range recs {
		got = append(got, r.ID)
	}
	return got
}

func idsOf(as []ingest.Article) []string {
	var want []string
	for _, a := range as {
		want = append(want, a.ID)
	}
	return want
}

func TestRunKeepsInputOrder(t *testing.T) {
	as := articles(200)
	for _, format := range []Format{YAML, JSONL} {
		for _, workers := range []int{1, 2, 7} {
			t.Run(fmt.Sprintf("%v/%d", format, workers), func(t *testing.T) {
				out, st, err := runToBytes(t, &sliceSource{articles: as}, pipeline.New(jitter), Options{Workers: workers, Format: format})
				require.NoError(t, err)
				assert.Equal(t, idsOf(as), ids(t, out))
				assert.Equal(t, 200, st.Articles)
				assert.Equal(t, 0, st.Failed)
				assert.EqualValues(t, 200*8, st.Words)
			})
		}
	}
}

func TestRunMemoryIsBounded(t *testing.T) {
	as := articles(300)
	var handedOut atomic.Int64
	var maxInFlight int64
	var mu sync.Mutex
	opt := Options{Workers: 3, Progress: func(st Stats) {
		mu.Lock()
		defer mu.Unlock()
		maxInFlight = max(maxInFlight, handedOut.Load()-int64(st.Articles))
	}}
	_, st, err := runToBytes(t, &sliceSource{articles: as, out: &handedOut}, pipeline.New(jitter), opt)
	require.NoError(t, err)
	require.Equal(t, 300, st.Articles)
	// The window, plus the article the reader holds while it waits.
	assert.LessOrEqual(t, maxInFlight, int64(3*window+1), "articles in flight must not grow with the input")
}

func TestRunErrorRecords(t *testing.T) {
	as := []ingest.Article{
		{ID: "ok", Text: "Fine."},
		{ID: "unreadable", Source: "x.jsonl:2", Err: errors.New("line 2 is not a JSON object")},
		{ID: "panics", Text: "Boom."},
		{ID: "problem", Text: "Has a problem."},
	}
	p := pipeline.New(stageFunc(func(d *pipeline.Document) error {
		switch d.ID {
		case "panics":
			panic("stage bug")
		case "problem":
			return errors.New("something odd")
		}
		return nil
	}))
	out, st, err := runToBytes(t, &sliceSource{articles: as}, p, Options{Workers: 2})
	require.NoError(t, err)
	recs, err := pipeline.ReadRecords(bytes.NewReader(out))
	require.NoError(t, err)
	require.Len(t, recs, 4, "records out = articles in")
	assert.Empty(t, recs[0].Error)
	assert.Equal(t, "line 2 is not a JSON object", recs[1].Error)
	assert.Equal(t, "x.jsonl:2", recs[1].Source)
	require.Len(t, recs[2].Errors, 1)
	assert.Contains(t, recs[2].Errors[0], "internal error")
	assert.Equal(t, []string{"test: something odd"}, recs[3].Errors)
	assert.Equal(t, Stats{Articles: 4, Failed: 1, Problems: 2, Bytes: 24, Words: 5}, withoutTime(st))
}

func withoutTime(st Stats) Stats { st.Elapsed = 0; return st }

func TestRunTimeLimit(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	hang := stageFunc(func(d *pipeline.Document) error {
		if strings.HasPrefix(d.ID, "stuck") {
			<-release
		}
		return nil
	})
	after := stageFunc(func(d *pipeline.Document) error {
		if strings.HasPrefix(d.ID, "stuck") {
			panic("a stage after the time limit must not run")
		}
		return nil
	})
	t.Run("abandoned article gets an error record", func(t *testing.T) {
		as := []ingest.Article{{ID: "a", Text: "x"}, {ID: "stuck1", Text: "x"}, {ID: "b", Text: "x"}}
		out, st, err := runToBytes(t, &sliceSource{articles: as}, pipeline.New(hang, after),
			Options{Workers: 2, Timeout: 50 * time.Millisecond})
		require.NoError(t, err)
		recs, err := pipeline.ReadRecords(bytes.NewReader(out))
		require.NoError(t, err)
		require.Len(t, recs, 3)
		assert.Equal(t, []string{"a", "stuck1", "b"}, []string{recs[0].ID, recs[1].ID, recs[2].ID})
		assert.Contains(t, recs[1].Error, "longer than the 50ms time limit")
		assert.Empty(t, recs[2].Error)
		assert.Equal(t, 1, st.Failed)
		assert.Equal(t, 1, st.TimedOut)
		assert.Equal(t, 1, st.Abandoned)
	})
	t.Run("too many stuck articles stop the run", func(t *testing.T) {
		as := []ingest.Article{{ID: "stuck1", Text: "x"}, {ID: "stuck2", Text: "x"}, {ID: "stuck3", Text: "x"}, {ID: "c", Text: "x"}}
		out, st, err := runToBytes(t, &sliceSource{articles: as}, pipeline.New(hang, after),
			Options{Workers: 1, Timeout: 20 * time.Millisecond, MaxAbandoned: 2})
		require.ErrorIs(t, err, ErrTooManyStuck)
		got := ids(t, out)
		assert.Equal(t, []string{"stuck1", "stuck2", "stuck3"}[:len(got)], got, "what was written is whole and in order")
		assert.Equal(t, len(got), st.Articles)
	})
}

func TestRunShards(t *testing.T) {
	as := articles(23)
	seen := map[string]int{}
	for i := range 4 {
		out, _, err := runToBytes(t, &sliceSource{articles: as}, pipeline.New(), Options{Workers: 2, Shard: Shard{i, 4}})
		require.NoError(t, err)
		for j, id := range ids(t, out) {
			seen[id]++
			assert.Equal(t, as[i+4*j].ID, id, "shard %d takes every 4th article from the %d-th", i, i)
		}
	}
	assert.Len(t, seen, 23)
	for id, n := range seen {
		assert.Equal(t, 1, n, id)
	}
}

// failingWriter fails once it has taken n bytes, like a disk that fills up.
type failingWriter struct {
	buf bytes.Buffer
	n   int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		return 0, errors.New("no space left on device")
	}
	return w.buf.Write(p)
}

func TestRunStopsOnWriteError(t *testing.T) {
	as := articles(100)
	w := &failingWriter{n: 2000}
	st, err := Run(context.Background(), &sliceSource{articles: as}, pipeline.New(jitter), w, Options{Workers: 3})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no space left on device")
	got := ids(t, w.buf.Bytes())
	require.NotEmpty(t, got)
	assert.Equal(t, idsOf(as)[:len(got)], got)
	assert.Equal(t, len(got), st.Articles)
}

func TestRunResumeRejectsOtherInput(t *testing.T) {
	as := articles(5)
	_, _, err := runToBytes(t, &sliceSource{articles: as}, pipeline.New(), Options{Done: []string{"a000", "zzz"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `record 2 of the output is "zzz" but article 2 of the input is "a001"`)

	_, _, err = runToBytes(t, &sliceSource{articles: as[:1]}, pipeline.New(), Options{Done: []string{"a000", "a001"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the output holds 2 records but the input has only 1 articles")
}

// TestRecoverAtEveryCut cuts a finished output at every byte, recovers and
// resumes it, and checks that the result equals the uninterrupted output:
// nothing lost, nothing twice, whatever the point of the crash.
func TestRecoverAtEveryCut(t *testing.T) {
	as := articles(4)
	as[1].Title = "A title\n---\nwith markers\n...\n"
	as[2].Text = "...\n---\n  indented first line\n...\nand # not a comment\n"
	as[3] = ingest.Article{ID: "bad: id\n---", Err: errors.New("cannot read")}
	p := pipeline.New()
	for _, format := range []Format{YAML, JSONL} {
		t.Run(format.String(), func(t *testing.T) {
			full, _, err := runToBytes(t, &sliceSource{articles: as}, p, Options{Workers: 2, Format: format})
			require.NoError(t, err)
			require.Equal(t, idsOf(as), ids(t, full))
			path := filepath.Join(t.TempDir(), "out")
			for cut := 0; cut <= len(full); cut++ {
				require.NoError(t, os.WriteFile(path, full[:cut], 0o644))
				f, err := os.OpenFile(path, os.O_RDWR, 0)
				require.NoError(t, err)
				done, err := Recover(f, format)
				require.NoError(t, err, "cut at %d", cut)
				_, err = Run(context.Background(), &sliceSource{articles: as}, p, f, Options{Workers: 2, Format: format, Done: done})
				require.NoError(t, err)
				require.NoError(t, f.Close())
				got, err := os.ReadFile(path)
				require.NoError(t, err)
				require.Equal(t, string(full), string(got), "cut at %d (%d records kept)", cut, len(done))
			}
		})
	}
}

func TestRecoverRejectsForeignFiles(t *testing.T) {
	cases := []struct {
		name, content string
		format        Format
		want          string
	}{
		{"yaml without end markers", "---\nschema: sayso/v1\nid: a\n---\nschema: sayso/v1\nid: b\n", YAML, "before the previous one ended"},
		{"text file", "hello\n", YAML, "outside any record"},
		{"jsonl as yaml", "{\"id\": \"a\"}\n", YAML, "outside any record"},
		{"yaml as jsonl", "---\nid: a\n...\n", JSONL, "not a JSON record"},
		{"jsonl without id", "{\"schema\": \"sayso/v1\"}\n", JSONL, "no id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out")
			require.NoError(t, os.WriteFile(path, []byte(c.content), 0o644))
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			require.NoError(t, err)
			defer f.Close()
			_, err = Recover(f, c.format)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
			got, _ := os.ReadFile(path)
			assert.Equal(t, c.content, string(got), "a file that is not ours is left alone")
		})
	}
}

func TestShardFromEnv(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	cases := []struct {
		flag  string
		count int
		env   func(string) string
		want  Shard
		err   string
	}{
		{"", 0, env(), Shard{}, ""},
		{"2/5", 0, env("JOB_COMPLETION_INDEX", "1"), Shard{2, 5}, ""},
		{"", 4, env("JOB_COMPLETION_INDEX", "3"), Shard{3, 4}, ""},
		{"", 0, env("JOB_COMPLETION_INDEX", "0", "SAYSO_SHARDS", "2"), Shard{0, 2}, ""},
		{"", 0, env("JOB_COMPLETION_INDEX", "0"), Shard{}, "not the number of shards"},
		{"", 3, env(), Shard{}, "no shard index"},
		{"5/5", 0, env(), Shard{}, "between 0 and 4"},
		{"1-4", 0, env(), Shard{}, "not of the form i/n"},
		{"0/0", 0, env(), Shard{}, "at least 1"},
		{"a/2", 0, env(), Shard{}, "integers"},
	}
	for _, c := range cases {
		got, err := ShardFromEnv(c.flag, c.count, c.env)
		if c.err != "" {
			require.Error(t, err, c.flag)
			assert.Contains(t, err.Error(), c.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{"": 0, "  ": 0, "one": 1, " two  words\n": 2, "a\tb\r\nc": 3, "“Quoted,” he said.": 3} {
		assert.Equal(t, want, CountWords(s), "%q", s)
	}
}
