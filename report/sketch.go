package report

import (
	"container/heap"
	"sort"
)

// topK keeps the heaviest keys of a stream in bounded memory with the
// Space-Saving algorithm (Metwally, Agrawal & El Abbadi, "Efficient
// computation of frequent and top-k elements in data streams", ICDT 2005).
//
// While no more than capacity distinct keys have been seen, every count is
// exact. After that, a new key takes the place of the key with the smallest
// count, inheriting that count as its possible overcount (Err): a key's true
// count lies in [Count-Err, Count], and every key whose true count exceeds
// total/capacity is guaranteed to be kept. Each counter carries a payload V
// (evidence, breakdowns) that is zeroed when its key is replaced, so the
// payload describes only the part of the stream seen since the key entered.
type topK[V any] struct {
	capacity  int
	index     map[string]*counter[V]
	heap      counterHeap[V]
	evictions int64
	total     int64
}

type counter[V any] struct {
	Key   string
	Count int64
	Err   int64 // the count the key inherited when it entered: its possible overcount
	Val   V
	pos   int // position in the heap
}

func newTopK[V any](capacity int) *topK[V] {
	if capacity < 1 {
		capacity = 1
	}
	return &topK[V]{capacity: capacity, index: make(map[string]*counter[V], min(capacity, 1024))}
}

// add counts w more occurrences of key and returns its counter, whose
// payload the caller may then update.
func (t *topK[V]) add(key string, w int64) *counter[V] {
	t.total += w
	if c, ok := t.index[key]; ok {
		c.Count += w
		heap.Fix(&t.heap, c.pos)
		return c
	}
	if len(t.heap) < t.capacity {
		c := &counter[V]{Key: key, Count: w}
		t.index[key] = c
		heap.Push(&t.heap, c)
		return c
	}
	// Replace the smallest counter.
	c := t.heap[0]
	delete(t.index, c.Key)
	t.evictions++
	var zero V
	c.Key, c.Err, c.Val = key, c.Count, zero
	c.Count += w
	t.index[key] = c
	heap.Fix(&t.heap, 0)
	return c
}

// get returns key's counter, or nil if it is not kept.
func (t *topK[V]) get(key string) *counter[V] { return t.index[key] }

// exact reports whether every count is exact (no key was ever replaced).
func (t *topK[V]) exact() bool { return t.evictions == 0 }

// len is the number of keys kept.
func (t *topK[V]) len() int { return len(t.heap) }

// sorted returns the kept counters, heaviest first, ties by key.
func (t *topK[V]) sorted() []*counter[V] {
	out := make([]*counter[V], len(t.heap))
	copy(out, t.heap)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// counterHeap is a min-heap on Count; ties are broken by key so that a run
// over the same input always replaces the same keys.
type counterHeap[V any] []*counter[V]

func (h counterHeap[V]) Len() int { return len(h) }
func (h counterHeap[V]) Less(i, j int) bool {
	if h[i].Count != h[j].Count {
		return h[i].Count < h[j].Count
	}
	return h[i].Key > h[j].Key
}
func (h counterHeap[V]) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].pos = i
	h[j].pos = j
}
func (h *counterHeap[V]) Push(x any) {
	c := x.(*counter[V])
	c.pos = len(*h)
	*h = append(*h, c)
}
func (h *counterHeap[V]) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}
