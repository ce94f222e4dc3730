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
//
// The heap that finds the smallest counter is built only when the table
// first fills: until then an increment is one map lookup, which is all most
// dumps ever need.
type topK[V any] struct {
	capacity  int
	index     map[string]*counter[V]
	heap      counterHeap[V]
	heaped    bool // heap order holds (the table has been full)
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
	if c, ok := t.index[key]; ok {
		t.bump(c, w)
		return c
	}
	return t.insert(key, w)
}

// addBytes is add for a key built in a scratch buffer: the lookup does not
// allocate, and the key is copied only when it is new.
func (t *topK[V]) addBytes(key []byte, w int64) *counter[V] {
	if c, ok := t.index[string(key)]; ok {
		t.bump(c, w)
		return c
	}
	return t.insert(string(key), w)
}

func (t *topK[V]) bump(c *counter[V], w int64) {
	t.total += w
	c.Count += w
	if t.heaped {
		heap.Fix(&t.heap, c.pos)
	}
}

func (t *topK[V]) insert(key string, w int64) *counter[V] {
	t.total += w
	if len(t.heap) < t.capacity {
		c := &counter[V]{Key: key, Count: w, pos: len(t.heap)}
		t.index[key] = c
		t.heap = append(t.heap, c)
		return c
	}
	if !t.heaped {
		heap.Init(&t.heap)
		t.heaped = true
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

// counterHeap is a min-heap on Count. Ties are left in heap order, which
// depends only on the input: the same stream always replaces the same keys.
// (Breaking ties by key cost a string comparison in most moves: most
// counters of a long tail share the smallest count.)
type counterHeap[V any] []*counter[V]

func (h counterHeap[V]) Len() int           { return len(h) }
func (h counterHeap[V]) Less(i, j int) bool { return h[i].Count < h[j].Count }
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
