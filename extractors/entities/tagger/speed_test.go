package tagger

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// decodeAllPairs is Viterbi as it was before predecessors: every pair of
// labels tested against allowed. decode must give the same labels.
func decodeAllPairs(m *Model, rows []emitRow) []Label {
	const L = int(numLabels)
	n := len(rows)
	score := make([]int32, n*L)
	back := make([]uint8, n*L)
	for i := 0; i < n; i++ {
		row := score[i*L : (i+1)*L]
		if i == 0 {
			for l := 0; l < L; l++ {
				if allowed[L][l] {
					row[l] = rows[i][l] + m.trans[L][l]
				} else {
					row[l] = math.MinInt32 / 2
				}
			}
			continue
		}
		prev := score[(i-1)*L : i*L]
		for l := 0; l < L; l++ {
			best, arg := int32(math.MinInt32/2), 0
			for p := 0; p < L; p++ {
				if !allowed[p][l] {
					continue
				}
				if v := prev[p] + m.trans[p][l]; v > best {
					best, arg = v, p
				}
			}
			row[l] = best + rows[i][l]
			back[i*L+l] = uint8(arg)
		}
	}
	out := make([]Label, n)
	last := score[(n-1)*L : n*L]
	best := 0
	for l := 1; l < L; l++ {
		if last[l] > last[best] {
			best = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = Label(best)
		best = int(back[i*L+best])
	}
	return out
}

// TestDecodeAsAllPairs checks the tuned Viterbi (predecessors) against the
// plain one on random scores, ties included (small ranges make many), so
// that the speed-up cannot change a label.
func TestDecodeAsAllPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	for _, span := range []int32{3, 50, 30000} {
		for range 300 {
			m := &Model{}
			for p := range m.trans {
				for l := range m.trans[p] {
					m.trans[p][l] = r.Int32N(2*span+1) - span
				}
			}
			rows := make([]emitRow, 1+r.IntN(40))
			for i := range rows {
				for l := range rows[i] {
					rows[i][l] = r.Int32N(2*span+1) - span
				}
			}
			want := decodeAllPairs(m, rows)
			got := make([]Label, len(rows))
			m.decode(rows, &scratch{}, got)
			require.Equal(t, want, got)
		}
	}
}
