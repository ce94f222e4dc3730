package report

import (
	"bytes"
	"io"
	"runtime"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/sayso/sayso/report/internal/synth"
	"github.com/stretchr/testify/require"
)

// BenchmarkAdd measures counting alone, over synthetic records with
// Zipf-distributed speakers and entities (the tables drop keys).
func BenchmarkAdd(b *testing.B) {
	g := synth.New(1)
	recs := make([]*pipeline.Record, 20000)
	for i := range recs {
		recs[i] = g.Record(i)
	}
	bld, err := NewBuilder(DefaultOptions())
	require.NoError(b, err)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bld.Add(recs[i%len(recs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkReadJSONL measures the whole path of `sayso report` but the
// output: decoding JSON Lines and counting.
func BenchmarkReadJSONL(b *testing.B) {
	g := synth.New(1)
	var buf bytes.Buffer
	w := pipeline.NewJSONLWriter(&buf)
	const n = 5000
	for i := range n {
		require.NoError(b, w.Write(g.Record(i)))
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bld, err := NewBuilder(DefaultOptions())
		require.NoError(b, err)
		require.Equal(b, int64(n), bld.ReadFrom("bench", bytes.NewReader(data)))
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkMillion streams one million synthetic records through a builder
// and reports the largest live heap seen (sampled every 50,000 records, after
// a GC) and the report's HTML size. Run it alone:
//
//	go test ./report -run '^$' -bench Million -benchtime 1x
func BenchmarkMillion(b *testing.B) {
	for i := 0; i < b.N; i++ {
		g := synth.New(1)
		bld, err := NewBuilder(DefaultOptions())
		require.NoError(b, err)
		var peak uint64
		var ms runtime.MemStats
		const n = 1000000
		for j := range n {
			bld.Add(g.Record(j))
			if j%50000 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		rep := bld.Report()
		cw := &countingWriter{}
		require.NoError(b, WriteHTML(cw, rep, HTMLOptions{}))
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(cw.n)/(1<<10), "html-KiB")
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
	}
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)
