package tagger

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// magic opens every model file; the version follows it.
const (
	magic       = "SAYSONER"
	fileVersion = 3
)

// slot is one entry of the feature table: a tag from the feature key's high
// bits (the low bits pick the slot) and the weight per label, quantised. Tag
// and weights sit together, 20 bytes, so that a lookup touches one cache
// line; tuned for tagging speed (the table is the tagger's hot spot).
type slot struct {
	tag uint32
	w   [numLabels]int16
}

// tagOf is the slot tag of a feature key; 0 marks an empty slot.
func tagOf(key uint64) uint32 {
	if t := uint32(key >> 32); t != 0 {
		return t
	}
	return 1
}

// Model is a trained tagger. It is immutable after Load or Train and safe for
// concurrent use.
type Model struct {
	scale float32 // weight = int16 * scale
	trans [numLabels + 1][numLabels]int32
	table []slot // open addressing, len a power of two, tag 0 = empty
	// fps holds one byte of each slot's tag (fingerprint), 0 for an empty
	// slot: a quarter of a megabyte that stays in the processor's cache,
	// where the table does not. lookup walks it and reads a slot only
	// where the byte matches, so a feature the model lacks costs no read
	// of the table (tuned: lookup is the tagger's hot spot, memory-bound).
	fps   []uint8
	keys  []uint64 // every feature key, sorted, for WriteTo
	mask  uint64
	nfeat int
	lexFP uint64
	// stacked models tag a document twice, the second time with document
	// features (context.go).
	stacked bool
	feats   featurizer
	pool    sync.Pool
	Meta    Meta
}

// Meta describes how a model was made; it travels inside the model file.
type Meta struct {
	Seed   uint64
	Epochs int
	Note   string
}

func (m *Model) lookup(key uint64) *[numLabels]int16 {
	i := key & m.mask
	tag := tagOf(key)
	fp := fingerprint(tag)
	for {
		switch m.fps[i] {
		case fp:
			if s := &m.table[i]; s.tag == tag {
				return &s.w
			}
		case 0:
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// fingerprint is the byte of a slot tag that fps keeps; never 0, which
// marks an empty slot.
func fingerprint(tag uint32) uint8 {
	if fp := uint8(tag >> 24); fp != 0 {
		return fp
	}
	return 1
}

// Features returns the number of features with weights in the model.
func (m *Model) Features() int { return m.nfeat }

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// Tag labels words (one sentence) and writes the labels to out, which must
// be at least len(words) long. It allocates nothing once warm.
func (m *Model) Tag(words []string, out []Label) {
	if len(words) == 0 {
		return
	}
	m.tag(words, nil, out)
}

// tag labels one sentence, with document features if doc is not nil.
func (m *Model) tag(words []string, doc []docFeats, out []Label) {
	s := m.getScratch()
	m.feats.extract(words, doc, s)
	m.viterbi(len(words), s, out)
	m.pool.Put(s)
}

// Stacked reports whether the model tags documents in two passes, the second
// with features from the first pass's labels elsewhere in the document.
func (m *Model) Stacked() bool { return m.stacked }

// emitRow is one token's emission score per label.
type emitRow = [numLabels]int32

// viterbi decodes the best constrained label sequence from s.keys. The
// emission scores it computed are left in s.rows.
func (m *Model) viterbi(n int, s *scratch, out []Label) {
	if cap(s.rows) < n {
		s.rows = make([]emitRow, n)
	}
	rows := s.rows[:n]
	if s.wcache == nil {
		s.wcache = make([]wordSum, wordCacheSize)
	}
	for i := 0; i < n; i++ {
		keys := s.keys[i*numFeatures : (i+1)*numFeatures]
		// The features of the word alone are summed once per word and kept
		// in a small per-scratch cache: common words cost one lookup instead
		// of a dozen (tuned: the feature table's cache misses dominate).
		wk := s.infos[i].word | 1
		c := &s.wcache[wk&(wordCacheSize-1)]
		if c.key != wk {
			c.key = wk
			c.sum = m.sum(keys, wordSlots[:])
		}
		emit := c.sum
		ctx := m.sum(keys, contextSlots[:])
		for l := range emit {
			emit[l] += ctx[l]
		}
		rows[i] = emit
	}
	m.decode(rows, s, out)
}

// decode runs Viterbi over the emission scores of one sentence. Tuned (the
// tagger's largest count of instructions): rows of fixed-size arrays, so no
// index is checked, and the allowed transitions written out — a B- label or
// O may follow any label, an I- label only its own B- and I- — with the
// predecessors tried in increasing order and the first best kept, as the
// loop over every allowed pair did (TestDecodeAsAllPairs).
func (m *Model) decode(rows []emitRow, s *scratch, out []Label) {
	const L = int(numLabels)
	n := len(rows)
	if cap(s.score) < n {
		s.score = make([]emitRow, n)
		s.back = make([][numLabels]uint8, n)
	}
	score, back := s.score[:n], s.back[:n]
	var into [numLabels][numLabels]int32 // into[l][p] = trans[p][l]
	for p := 0; p < L; p++ {
		for l := 0; l < L; l++ {
			into[l][p] = m.trans[p][l]
		}
	}
	for l := 0; l < L; l++ {
		if allowed[L][l] {
			score[0][l] = rows[0][l] + m.trans[L][l]
		} else {
			score[0][l] = math.MinInt32 / 2
		}
	}
	for i := 1; i < n; i++ {
		prev, row, bk, emit := &score[i-1], &score[i], &back[i], &rows[i]
		for l := 0; l < L; l++ {
			t := &into[l]
			best, arg := int32(math.MinInt32/2), 0
			if inside[l] {
				if v := prev[l-1] + t[l-1]; v > best {
					best, arg = v, l-1
				}
				if v := prev[l] + t[l]; v > best {
					best, arg = v, l
				}
			} else {
				for p := 0; p < L; p++ {
					if v := prev[p] + t[p]; v > best {
						best, arg = v, p
					}
				}
			}
			row[l] = best + emit[l]
			bk[l] = uint8(arg)
		}
	}
	last := &score[n-1]
	best := 0
	for l := 1; l < L; l++ {
		if last[l] > last[best] {
			best = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = Label(best)
		best = int(back[i][best])
	}
}

// tagKeep tags one sentence (first pass) and appends its emission scores to
// rows, for a second pass that only adds the document features' weights.
func (m *Model) tagKeep(words []string, out []Label, rows []emitRow) []emitRow {
	if len(words) == 0 {
		return rows
	}
	s := m.getScratch()
	m.feats.extract(words, nil, s)
	m.viterbi(len(words), s, out)
	rows = append(rows, s.rows[:len(words)]...)
	m.pool.Put(s)
	return rows
}

// retag decodes one sentence again: rows are its first-pass emission
// scores, to which the weights of the document features f are added (the
// same sums a full second extraction would give, at a fraction of the
// cost). rows is changed.
func (m *Model) retag(rows []emitRow, f []docFeats, out []Label) {
	for i := range rows {
		for d, tpl := range docTemplates {
			if f[i][d] == 0 {
				continue
			}
			if w := m.lookup(feat2(tpl, f[i][d], 0)); w != nil {
				for l := range rows[i] {
					rows[i][l] += int32(w[l])
				}
			}
		}
	}
	s := m.getScratch()
	m.decode(rows, s, out)
	m.pool.Put(s)
}

// wordCacheSize is the number of entries of the per-scratch word cache (a
// power of two; 36 bytes each).
const wordCacheSize = 4096

// wordSum caches the summed weights of one word's word-only features.
type wordSum struct {
	key uint64
	sum [numLabels]int32
}

// sum adds up the weights of the features in the given slots.
func (m *Model) sum(keys []uint64, slots []int) (emit [numLabels]int32) {
	for _, j := range slots {
		k := keys[j]
		if k == 0 {
			continue
		}
		if w := m.lookup(k); w != nil {
			for l := range emit {
				emit[l] += int32(w[l])
			}
		}
	}
	return emit
}

// newModel builds the lookup table from sorted keys and float weights.
func newModel(keys []uint64, weights []float32, trans [numLabels + 1][numLabels]float32, meta Meta, prune int) *Model {
	maxAbs := float32(0)
	for _, w := range weights {
		if a := float32(math.Abs(float64(w))); a > maxAbs {
			maxAbs = a
		}
	}
	for _, row := range trans {
		for _, w := range row {
			if a := float32(math.Abs(float64(w))); a > maxAbs {
				maxAbs = a
			}
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := func(w float32) int16 { return int16(math.Round(float64(w / scale))) }
	m := &Model{scale: scale, Meta: meta}
	for p := range trans {
		for l := range trans[p] {
			m.trans[p][l] = int32(q(trans[p][l]))
		}
	}
	rows := make([][numLabels]int16, 0, len(keys))
	kept := keys[:0:0]
	for i, k := range keys {
		var r [numLabels]int16
		nz := false
		for l := 0; l < int(numLabels); l++ {
			r[l] = q(weights[i*int(numLabels)+l])
			if r[l] > -int16(prune) && r[l] < int16(prune) {
				r[l] = 0
			}
			nz = nz || r[l] != 0
		}
		if nz {
			rows = append(rows, r)
			kept = append(kept, k)
		}
	}
	m.fill(kept, rows)
	return m
}

func (m *Model) fill(keys []uint64, rows [][numLabels]int16) {
	m.alloc(len(keys))
	for i, k := range keys {
		m.insert(k, rows[i])
	}
}

// alloc sizes the table for n features (load factor at most about 0.6).
func (m *Model) alloc(n int) {
	size := 1
	for size*3 < n*5+1 {
		size <<= 1
	}
	m.table = make([]slot, size)
	m.fps = make([]uint8, size)
	m.keys = make([]uint64, 0, n)
	m.mask = uint64(size - 1)
	m.nfeat = 0
}

// insert adds a feature.
func (m *Model) insert(k uint64, w [numLabels]int16) {
	j := k & m.mask
	for m.table[j].tag != 0 {
		j = (j + 1) & m.mask
	}
	m.table[j] = slot{tag: tagOf(k), w: w}
	m.fps[j] = fingerprint(tagOf(k))
	m.keys = append(m.keys, k)
	m.nfeat++
}

// WriteTo writes the model in its binary form: a header, the transition
// weights, the word classes and the features sorted by key, all
// little-endian. The same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	put := func(v any) { binary.Write(&buf, binary.LittleEndian, v) }
	put(uint32(fileVersion))
	put(uint32(featureVersion))
	put(uint32(numLabels))
	put(m.lexFP)
	put(m.Meta.Seed)
	put(uint32(m.Meta.Epochs))
	put(uint32(len(m.Meta.Note)))
	buf.WriteString(m.Meta.Note)
	var flags uint32
	if m.stacked {
		flags |= 1
	}
	put(flags)
	put(m.scale)
	for p := range m.trans {
		for l := range m.trans[p] {
			put(int16(m.trans[p][l]))
		}
	}
	m.feats.classes.write(&buf)
	type kv struct {
		k uint64
		w [numLabels]int16
	}
	all := make([]kv, 0, m.nfeat)
	for _, k := range m.keys {
		all = append(all, kv{k, *m.lookup(k)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	put(uint32(len(all)))
	// Per feature: the key as a delta from the previous one, then the
	// weights, all as varints (zig-zag for weights): most weights are zero
	// or small, so this is compact, and it loads in one pass.
	var vb [binary.MaxVarintLen64]byte
	prev := uint64(0)
	for _, e := range all {
		n := binary.PutUvarint(vb[:], e.k-prev)
		buf.Write(vb[:n])
		prev = e.k
		for _, x := range e.w {
			n := binary.PutVarint(vb[:], int64(x))
			buf.Write(vb[:n])
		}
	}
	return io.Copy(w, &buf)
}

// ErrFormat is returned for bytes that are not a model this code can read.
var ErrFormat = errors.New("tagger: not a model file or wrong version")

// Load reads a model written by WriteTo. lex must be the lexicon the model
// was trained with (nil if none).
func Load(r io.Reader, lex Lexicon) (*Model, error) {
	b, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, err
	}
	return LoadBytes(b, lex)
}

// LoadBytes reads a model from memory, e.g. go:embed bytes. It does not keep
// b.
func LoadBytes(b []byte, lex Lexicon) (*Model, error) {
	return LoadBytesWith(b, func() Lexicon { return lex })
}

// LoadBytesWith is LoadBytes with the lexicon asked for only once the
// weights are read, so that a caller can build it meanwhile (start-up: both
// take about as long).
func LoadBytesWith(b []byte, lexicon func() Lexicon) (*Model, error) {
	rd := &reader{b: b}
	if string(rd.next(len(magic))) != magic {
		return nil, ErrFormat
	}
	if rd.u32() != fileVersion || rd.u32() != featureVersion || rd.u32() != uint32(numLabels) {
		return nil, ErrFormat
	}
	m := &Model{}
	m.lexFP = rd.u64()
	m.Meta.Seed = rd.u64()
	m.Meta.Epochs = int(rd.u32())
	m.Meta.Note = string(rd.next(int(rd.u32())))
	m.stacked = rd.u32()&1 != 0
	m.scale = math.Float32frombits(rd.u32())
	for p := range m.trans {
		for l := range m.trans[p] {
			m.trans[p][l] = int32(int16(rd.u16()))
		}
	}
	m.feats.classes = readWordClasses(rd)
	n := int(rd.u32())
	if rd.err != nil || n < 0 || n > len(rd.b) {
		return nil, ErrFormat
	}
	m.alloc(n)
	prev := uint64(0)
	for i := 0; i < n; i++ {
		prev += rd.uvarint()
		var w [numLabels]int16
		for l := range w {
			w[l] = int16(rd.varint())
		}
		if rd.err != nil {
			return nil, ErrFormat
		}
		m.insert(prev, w)
	}
	if len(rd.b) != rd.off {
		return nil, ErrFormat
	}
	lex := lexicon()
	var fp uint64
	if lex != nil {
		fp = lex.Fingerprint()
	}
	if fp != m.lexFP {
		return nil, fmt.Errorf("tagger: model was trained with lexicon %016x, given %016x", m.lexFP, fp)
	}
	m.feats.lex = lex
	return m, nil
}

// reader walks a byte slice, remembering the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n < 0 || r.off+n > len(r.b) {
		r.err = ErrFormat
		return make([]byte, min(max(n, 0), 8))
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p
}

func (r *reader) u16() uint16 { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.next(8)) }

// varint and uvarint read one byte themselves when it is the whole value
// (most weights and key gaps), as binary.Varint and binary.Uvarint would
// (tuned: loading the model's weights was most of the start-up's
// instructions).
func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	if r.off < len(r.b) && r.b[r.off] < 0x80 {
		c := r.b[r.off]
		r.off++
		x := int64(c >> 1)
		if c&1 != 0 {
			x = ^x
		}
		return x
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.err = ErrFormat
		return 0
	}
	r.off += n
	return v
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	if r.off < len(r.b) && r.b[r.off] < 0x80 {
		r.off++
		return uint64(r.b[r.off-1])
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = ErrFormat
		return 0
	}
	r.off += n
	return v
}

// Capitalisation says how often word (any case) was capitalised away from
// the start of a sentence in the unlabelled text the model learnt from:
// 0 unknown, then 1 (never) to 5 (always).
func (m *Model) Capitalisation(word string) int {
	_, c := m.feats.classes.lookup(HashLower(word))
	return int(c)
}
