package tagger

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestWordClassesEntries checks the interleaved class table: every entry
// is found with its class and capitalisation bucket (offset by one), key 0
// stands for key 1 as it always has, a missing word is unknown, and the
// entries come back as they went in (what a written model stores).
func TestWordClassesEntries(t *testing.T) {
	var es []classEntry
	for i := range 1000 {
		// keys that share low bits collide in the table
		es = append(es, classEntry{key: uint64(i)<<20 | 7, class: uint16(i % 300), caps: uint8(i % 9)})
	}
	es = append(es, classEntry{key: 0, class: 42, caps: 3})
	c := newWordClasses(es)
	for _, e := range es[:1000] {
		class, caps := c.lookup(e.key)
		assert.Equal(t, uint64(e.class)+1, class)
		assert.Equal(t, uint64(e.caps)+1, caps)
	}
	class, caps := c.lookup(0)
	assert.Equal(t, [2]uint64{43, 4}, [2]uint64{class, caps})
	class, caps = c.lookup(1)
	assert.Equal(t, [2]uint64{43, 4}, [2]uint64{class, caps})
	class, caps = c.lookup(999<<20 | 8)
	assert.Equal(t, [2]uint64{0, 0}, [2]uint64{class, caps}, "a word not in the table")
	back := c.entries()
	require.Len(t, back, len(es))
	assert.Equal(t, classEntry{key: 1, class: 42, caps: 3}, back[0])
	assert.Equal(t, es[0], back[1])
}

// plainLookup is lookup as it was before fingerprints: the table's slots
// walked until the tag or an empty slot.
func plainLookup(m *Model, key uint64) *[numLabels]int16 {
	i := key & m.mask
	tag := tagOf(key)
	for {
		s := &m.table[i]
		if s.tag == tag {
			return &s.w
		}
		if s.tag == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// TestLookupWithFingerprints fills a table with keys that collide on
// purpose (a few slots, a few fingerprint bytes, tags of 0 that stand for
// 1) and checks that lookup returns for every key, held or not, the slot
// the plain walk of the table returns.
func TestLookupWithFingerprints(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 3))
	key := func() uint64 {
		if r.IntN(10) == 0 {
			return uint64(r.IntN(8)) // tag 0
		}
		// low bits: one of 8 slots; top byte: one of 3 values
		return uint64(r.IntN(3))<<56 | r.Uint64()&0x00ffffff00000000 | uint64(r.IntN(8))
	}
	m := &Model{}
	m.alloc(600)
	for range 600 {
		var w [numLabels]int16
		for l := range w {
			w[l] = int16(r.IntN(2000) - 1000)
		}
		m.insert(key(), w)
	}
	found := 0
	for range 20000 {
		k := key()
		want := plainLookup(m, k)
		require.Same(t, want, m.lookup(k), "%#x", k)
		if want != nil {
			found++
		}
	}
	assert.Greater(t, found, 1000, "the keys drawn should find some slots")
}

// TestClassCacheAsLookup checks the per-scratch class cache against the
// table: for words that share cache entries, words in the table and words
// not in it, and after the scratch moves to another table.
func TestClassCacheAsLookup(t *testing.T) {
	var es []classEntry
	for i := range 3000 {
		es = append(es, classEntry{key: uint64(i)*classCacheSize + 5, class: uint16(i % 500), caps: uint8(i % 7)})
	}
	a, b := newWordClasses(es[:2000]), newWordClasses(es[1000:])
	r := rand.New(rand.NewPCG(13, 5))
	s := &scratch{}
	for range 20000 {
		c := a
		if r.IntN(4) == 0 {
			c = b
		}
		h := uint64(r.IntN(3500))*classCacheSize + 5 // all in one cache entry, some in neither table
		if r.IntN(3) == 0 {
			h = es[r.IntN(len(es))].key
		}
		wc, wr := c.lookup(h)
		gc, gr := s.classOf(c, h)
		require.Equal(t, [2]uint64{wc, wr}, [2]uint64{gc, gr}, "%d", h)
	}
}

// TestReaderVarintsAsBinary checks the reader's one-byte shortcut against
// encoding/binary on values of every length, and on a truncated value.
func TestReaderVarintsAsBinary(t *testing.T) {
	var b []byte
	var signed []int64
	var unsigned []uint64
	r := rand.New(rand.NewPCG(13, 8))
	for i := range 2000 {
		v := r.Int64() >> r.IntN(64)
		if i%2 == 0 {
			v = -v
		}
		u := r.Uint64() >> r.IntN(64)
		signed, unsigned = append(signed, v), append(unsigned, u)
		b = binary.AppendVarint(b, v)
		b = binary.AppendUvarint(b, u)
	}
	rd := &reader{b: b}
	for i := range signed {
		require.Equal(t, signed[i], rd.varint())
		require.Equal(t, unsigned[i], rd.uvarint())
	}
	require.NoError(t, rd.err)
	rd = &reader{b: []byte{0x80}}
	rd.uvarint()
	require.Error(t, rd.err, "a value cut short")
}
