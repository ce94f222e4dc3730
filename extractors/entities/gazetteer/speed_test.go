package gazetteer

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// plainGet is get as it was before the key bytes: the slots walked until
// the key or an empty slot.
func plainGet(t *Table, h uint64) uint32 {
	if h == 0 {
		h = 1
	}
	i := h & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != h {
		i = (i + 1) & t.mask
	}
	return t.slots[i].val
}

// TestGetWithKeyBytes checks get against the plain walk of the slots for
// every key of the embedded lists, for keys that share a held key's slot
// and key byte, and for random ones (words in no list).
func TestGetWithKeyBytes(t *testing.T) {
	tb := Default()
	r := rand.New(rand.NewPCG(13, 4))
	n := 0
	for _, s := range tb.slots {
		if s.key == 0 {
			continue
		}
		require.Equal(t, s.val, tb.get(s.key))
		near := s.key ^ r.Uint64()&0x00ffffff00000000 // same slot, same key byte, another key
		require.Equal(t, plainGet(tb, near), tb.get(near), "%#x", near)
		n++
	}
	require.Greater(t, n, 1000)
	for range 100000 {
		h := r.Uint64()
		require.Equal(t, plainGet(tb, h), tb.get(h), "%#x", h)
	}
	require.Equal(t, plainGet(tb, 0), tb.get(0))
}
