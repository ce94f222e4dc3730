package review

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/pipeline"
)

// bigFile writes n copies of the seed record (about 9 KB each, 9 quotes) with
// distinct ids, and returns its path and size.
func bigFile(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	f, err := os.Open("testdata/seed.yaml")
	require.NoError(tb, err)
	recs, err := pipeline.ReadRecords(f)
	f.Close()
	require.NoError(tb, err)
	path := filepath.Join(tb.TempDir(), "big.yaml")
	out, err := os.Create(path)
	require.NoError(tb, err)
	bw := bufio.NewWriter(out)
	w := pipeline.NewYAMLWriter(bw)
	rec := recs[0]
	for i := range n {
		rec.ID = "article-" + strconv.Itoa(i)
		require.NoError(tb, w.Write(rec))
	}
	require.NoError(tb, bw.Flush())
	require.NoError(tb, out.Close())
	fi, err := os.Stat(path)
	require.NoError(tb, err)
	return path, fi.Size()
}

// BenchmarkOpen measures indexing a records file: every record is decoded
// once to count its quotes, then dropped.
func BenchmarkOpen(b *testing.B) {
	path, size := bigFile(b, 2000)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		st, err := Open(path)
		require.NoError(b, err)
		require.Equal(b, 2000, st.Len())
	}
}

// BenchmarkDecision measures one decision on a record in the middle of a
// 2000-record file: read the record, apply, rewrite the file, fsync, rename.
func BenchmarkDecision(b *testing.B) {
	path, size := bigFile(b, 2000)
	st, err := Open(path)
	require.NoError(b, err)
	b.SetBytes(size)
	b.ReportAllocs()
	actions := []string{ActAccept, ActReject}
	i := 0
	for b.Loop() {
		v, err := st.Get(1000)
		require.NoError(b, err)
		_, err = st.Apply(1000, v.Version, "Q2", Decision{Action: actions[i%2]})
		require.NoError(b, err)
		i++
	}
}

// BenchmarkGet measures loading one record for the page.
func BenchmarkGet(b *testing.B) {
	path, _ := bigFile(b, 2000)
	st, err := Open(path)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		_, err := st.Get(1000)
		require.NoError(b, err)
	}
}
