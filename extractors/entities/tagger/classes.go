package tagger

import (
	"bytes"
	"encoding/binary"
	"sort"
)

// wordClasses maps a lower-cased word (by HashLower) to a distributional
// class learnt from unlabelled text, and to a bucket of how often the word is
// capitalised away from the start of a sentence. Both generalise beyond the
// words seen in the labelled data.
type wordClasses struct {
	slots []classEntry // open addressing, key 0 empty
	mask  uint64
	n     int
}

// Classes and cap buckets are offset by one so that zero means "unknown".
func (c *wordClasses) lookup(h uint64) (class, capRatio uint64) {
	if c == nil || c.n == 0 {
		return 0, 0
	}
	if h == 0 {
		h = 1
	}
	i := h & c.mask
	for {
		e := &c.slots[i]
		if e.key == h {
			return uint64(e.class) + 1, uint64(e.caps) + 1
		}
		if e.key == 0 {
			return 0, 0
		}
		i = (i + 1) & c.mask
	}
}

// classEntry is one word's entry; key, class and caps sit together so that
// a lookup reads one cache line, not one in each of three arrays (tuned:
// the table is larger than the processor's second-level cache and every
// token of a document is looked up).
// classMemo is an entry of a scratch's class cache.
type classMemo struct {
	key, class, capRatio uint64
	full                 bool
}

// classCacheSize is the number of entries of the class cache (a power of
// two; 32 bytes each).
const classCacheSize = 2048

// classOf is c.lookup(h), answered from a small per-scratch cache when the
// word was seen lately (tuned: the class table is several megabytes and
// news repeats its words, so most lookups missed the processor's cache).
func (s *scratch) classOf(c *wordClasses, h uint64) (class, capRatio uint64) {
	if s.cclasses != c || s.ccache == nil {
		s.ccache = make([]classMemo, classCacheSize)
		s.cclasses = c
	}
	m := &s.ccache[h&(classCacheSize-1)]
	if !m.full || m.key != h {
		m.class, m.capRatio = c.lookup(h)
		m.key, m.full = h, true
	}
	return m.class, m.capRatio
}

type classEntry struct {
	key   uint64
	class uint16
	caps  uint8
}

func newWordClasses(entries []classEntry) *wordClasses {
	size := 1
	for size < 2*len(entries)+1 {
		size <<= 1
	}
	c := &wordClasses{slots: make([]classEntry, size), mask: uint64(size - 1), n: len(entries)}
	for _, e := range entries {
		if e.key == 0 {
			e.key = 1
		}
		j := e.key & c.mask
		for c.slots[j].key != 0 {
			j = (j + 1) & c.mask
		}
		c.slots[j] = e
	}
	return c
}

func (c *wordClasses) entries() []classEntry {
	if c == nil {
		return nil
	}
	out := make([]classEntry, 0, c.n)
	for _, e := range c.slots {
		if e.key != 0 {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func (c *wordClasses) write(buf *bytes.Buffer) {
	es := c.entries()
	binary.Write(buf, binary.LittleEndian, uint32(len(es)))
	var vb [binary.MaxVarintLen64]byte
	prev := uint64(0)
	for _, e := range es {
		n := binary.PutUvarint(vb[:], e.key-prev)
		buf.Write(vb[:n])
		prev = e.key
	}
	for _, e := range es {
		binary.Write(buf, binary.LittleEndian, e.class)
	}
	for _, e := range es {
		buf.WriteByte(e.caps)
	}
}

func readWordClasses(rd *reader) *wordClasses {
	n := int(rd.u32())
	if rd.err != nil || n == 0 || n > len(rd.b) {
		return nil
	}
	es := make([]classEntry, n)
	prev := uint64(0)
	for i := range es {
		prev += rd.uvarint()
		es[i].key = prev
	}
	for i := range es {
		es[i].class = rd.u16()
	}
	raw := rd.next(n)
	if rd.err != nil {
		return nil
	}
	for i := range es {
		es[i].caps = raw[i]
	}
	return newWordClasses(es)
}
