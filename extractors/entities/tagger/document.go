package tagger

import (
	"sync"
	"unicode"
)

// TagDocument tags every sentence of one document, then makes the labels
// consistent across it: a name keeps one type throughout the document (the
// type it got most often), a name found tagged in one place is tagged where
// the first pass missed it, and a capitalised word equal to the last word of
// a multi-word person's name is that person. out[i] must be at least
// len(sents[i]) long.
func (m *Model) TagDocument(sents [][]string, out [][]Label) {
	m.TagDocumentStacked(sents, out)
	c := consistencyPool.Get().(*consistency)
	c.apply(sents, out)
	consistencyPool.Put(c)
}

// TagDocumentStacked tags every sentence of one document; a stacked model
// then tags again, with document features, each sentence where some word or
// name is labelled elsewhere in the document. No consistency rules are
// applied.
func (m *Model) TagDocumentStacked(sents [][]string, out [][]Label) {
	if !m.stacked {
		for i, s := range sents {
			m.Tag(s, out[i])
		}
		return
	}
	c := contextPool.Get().(*context)
	rows := c.rows[:0]
	for i, s := range sents {
		rows = m.tagKeep(s, out[i], rows)
	}
	c.rows = rows
	c.collect(sents, out)
	off := 0
	for i, s := range sents {
		if cap(c.feats) < len(s) {
			c.feats = make([]docFeats, len(s))
		}
		f := c.feats[:len(s)]
		if len(s) > 0 && c.features(s, out[i], f) {
			m.retag(rows[off:off+len(s)], f, out[i])
		}
		off += len(s)
	}
	contextPool.Put(c)
}

var consistencyPool = sync.Pool{New: func() any { return &consistency{votes: map[uint64]*[4]int{}, lastNames: map[uint64]int{}} }}

// consistency is scratch space for one document.
type consistency struct {
	votes     map[uint64]*[4]int // name hash -> count per type (1 PER, 2 LOC, 3 ORG)
	lastNames map[uint64]int     // last words of multi-word person names -> sentence of first use
	spans     []docSpan
}

type docSpan struct {
	sent, start, end int
	typ              int
	hash             uint64
}

func typeOf(l Label) int {
	switch l {
	case BPer, IPer:
		return 1
	case BLoc, ILoc:
		return 2
	case BOrg, IOrg:
		return 3
	}
	return 0
}

func beginLabel(t int) Label { return Label(2*t - 1) }

func seqHash(words []string) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = hashString(h, w)
		h ^= 0x1f
		h *= fnvPrime
	}
	return h
}

func (c *consistency) apply(sents [][]string, out [][]Label) {
	clear(c.votes)
	clear(c.lastNames)
	c.spans = c.spans[:0]
	maxLen := 0
	for si, labels := range out {
		labels = labels[:len(sents[si])]
		for i := 0; i < len(labels); {
			t := typeOf(labels[i])
			if t == 0 || !labels[i].Begins() {
				i++
				continue
			}
			j := i + 1
			for j < len(labels) && labels[j] == beginLabel(t)+1 {
				j++
			}
			h := seqHash(sents[si][i:j])
			v := c.votes[h]
			if v == nil {
				v = new([4]int)
				c.votes[h] = v
			}
			v[t]++
			c.spans = append(c.spans, docSpan{si, i, j, t, h})
			if t == 1 && j-i >= 2 && len(sents[si][j-1]) >= 3 {
				if _, ok := c.lastNames[seqHash(sents[si][j-1:j])]; !ok {
					c.lastNames[seqHash(sents[si][j-1:j])] = si
				}
			}
			maxLen = max(maxLen, j-i)
			i = j
		}
	}
	if len(c.spans) == 0 {
		return
	}
	majority := func(v *[4]int) int {
		best := 0
		for t := 1; t <= 3; t++ {
			if v[t] > v[best] || (best == 0 && v[t] > 0) {
				best = t
			}
		}
		return best
	}
	// Retype names to their majority type; a lone word that is the surname
	// of a person named in full earlier is that person.
	for _, sp := range c.spans {
		if sp.end-sp.start == 1 && sp.typ != 1 {
			if first, ok := c.lastNames[sp.hash]; ok && first <= sp.sent {
				setSpan(out[sp.sent], sp.start, sp.end, 1)
				continue
			}
		}
		if t := majority(c.votes[sp.hash]); t != sp.typ && c.votes[sp.hash][t] >= c.votes[sp.hash][sp.typ]+2 {
			setSpan(out[sp.sent], sp.start, sp.end, t)
		}
	}
	// Tag untagged occurrences of known names, longest first.
	for si, words := range sents {
		labels := out[si]
		for i := 0; i < len(words); i++ {
			if labels[i] != O || !startsUpper(words[i]) {
				continue
			}
			h := uint64(fnvOffset)
			best, bestT := 0, 0
			for n := 1; n <= maxLen && i+n <= len(words) && labels[i+n-1] == O; n++ {
				h = hashString(h, words[i+n-1])
				h ^= 0x1f
				h *= fnvPrime
				if v := c.votes[h]; v != nil {
					best, bestT = n, majority(v)
				}
			}
			if best == 1 && c.votes[seqHash(words[i:i+1])] != nil && total(c.votes[seqHash(words[i:i+1])]) < 2 {
				best = 0 // one sighting of a single word is too little to spread
			}
			if best > 0 && (i+best == len(words) || labels[i+best] == O || labels[i+best].Begins()) {
				setSpan(labels, i, i+best, bestT)
				i += best - 1
				continue
			}
			// A lone capitalised word that ends a person's full name.
			if first, ok := c.lastNames[seqHash(words[i:i+1])]; ok && first <= si && (i+1 == len(words) || !startsUpper(words[i+1])) {
				labels[i] = BPer
			}
		}
	}
}

func setSpan(labels []Label, start, end, t int) {
	for k := start; k < end; k++ {
		if k == start {
			labels[k] = beginLabel(t)
		} else {
			labels[k] = beginLabel(t) + 1
		}
	}
}

func startsUpper(w string) bool {
	return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' || len(w) > 1 && w[0] >= 0xC0 && !startsLowerRune(w)
}

func startsLowerRune(w string) bool {
	for _, r := range w {
		return r != toUpper(r)
	}
	return false
}

func toUpper(r rune) rune { return unicode.ToUpper(r) }

func total(v *[4]int) int { return v[1] + v[2] + v[3] }
