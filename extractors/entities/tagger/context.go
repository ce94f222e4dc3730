package tagger

import (
	"sync"
)

// Non-local features (Ratinov & Roth 2009, "context aggregation" and
// "two-stage prediction aggregation"). A stacked model tags a document
// twice: the first pass sees each sentence alone; the second pass also sees
// what the first pass said about the same words and names elsewhere in the
// document. The model learns how far to trust that, from first-pass labels
// of its training documents made by models that did not see them
// (jackknifing, see Train), so no rule decides it.

// The document features of one token, one value per template; 0 = absent.
const (
	dMajority = iota // the label type most other occurrences of the word got (O included) and how clear
	dSeen            // which entity types other occurrences of the word got
	dLonger          // inside which (type, position) multi-word entities the word stands elsewhere
	dLower           // the capitalised word is written in lower case elsewhere in the document
	dAcronym         // the all-caps word is the initials of a name tagged elsewhere (CPJ)
	dSpan            // the longest name starting here tagged elsewhere: its type and the token's place in it
	numDocFeats
)

// docTemplates maps the document features to feature templates.
var docTemplates = [numDocFeats]int{fDocMajority, fDocSeen, fDocLonger, fDocLower, fDocAcronym, fDocSpan}

type docFeats [numDocFeats]uint64

// wordStats counts what the first pass said of one word (exact spelling).
type wordStats struct {
	types  [4]int    // occurrences by type (0 = outside any name)
	longer [4][3]int // occurrences inside multi-word names, by type and position (first, inside, last)
}

// context is per-document scratch for computing document features.
type context struct {
	words  map[uint64]*wordStats
	pool   []wordStats
	spans  map[uint64]*[4]int // name (word sequence) -> count per type
	lowers map[uint64]bool    // lower-case hashes of words written in lower case
	acros  map[uint64]*[4]int // initials of multi-word names -> count per type
	maxLen int
	feats  []docFeats
	rows   []emitRow // first-pass emission scores of the document's tokens
}

var contextPool = sync.Pool{New: func() any {
	return &context{words: map[uint64]*wordStats{}, spans: map[uint64]*[4]int{}, lowers: map[uint64]bool{}, acros: map[uint64]*[4]int{}}
}}

func (c *context) reset() {
	clear(c.words)
	clear(c.spans)
	clear(c.lowers)
	clear(c.acros)
	c.pool = c.pool[:0]
	c.maxLen = 0
}

func (c *context) stats(h uint64) *wordStats {
	if s := c.words[h]; s != nil {
		return s
	}
	if len(c.pool) == cap(c.pool) {
		// Grow by a new block; the old block stays referenced by the map.
		c.pool = make([]wordStats, 0, max(64, 2*cap(c.pool)))
	}
	c.pool = append(c.pool, wordStats{})
	s := &c.pool[len(c.pool)-1]
	c.words[h] = s
	return s
}

func wordHash(w string) uint64 { return hashString(fnvOffset, w) }

// position of token k in the multi-word name [start, end): 0 first, 1 inside, 2 last.
func position(k, start, end int) int {
	switch k {
	case start:
		return 0
	case end - 1:
		return 2
	}
	return 1
}

// initials hashes the capital letters that start the words of a name,
// skipping connectors ("Committee to Protect Journalists" -> CPJ). ok is
// false if the name has fewer than two such words.
func initials(words []string) (h uint64, ok bool) {
	h = fnvOffset
	n := 0
	for _, w := range words {
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			h ^= uint64(w[0])
			h *= fnvPrime
			n++
		}
	}
	return h, n >= 2
}

// acronymHash returns the hash of an all-caps word of 2–6 letters (dots
// ignored: "U.N."), as initials would hash it.
func acronymHash(w string) (uint64, bool) {
	h := uint64(fnvOffset)
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			h ^= uint64(c)
			h *= fnvPrime
			n++
		case c == '.' && n > 0:
		default:
			return 0, false
		}
	}
	return h, n >= 2 && n <= 6
}

// collect records the first pass's labels of one document.
func (c *context) collect(sents [][]string, labels [][]Label) {
	c.reset()
	for si, words := range sents {
		ls := labels[si][:len(words)]
		for i, w := range words {
			if !startsUpper(w) {
				if i > 0 && len(w) > 0 && w[0] >= 'a' && w[0] <= 'z' {
					c.lowers[HashLower(w)] = true
				}
				continue
			}
			c.stats(wordHash(w)).types[typeOf(ls[i])]++
		}
		for i := 0; i < len(ls); {
			t := typeOf(ls[i])
			if t == 0 || !ls[i].Begins() {
				i++
				continue
			}
			j := i + 1
			for j < len(ls) && ls[j] == beginLabel(t)+1 {
				j++
			}
			v := c.spans[seqHash(words[i:j])]
			if v == nil {
				v = new([4]int)
				c.spans[seqHash(words[i:j])] = v
			}
			v[t]++
			c.maxLen = max(c.maxLen, j-i)
			if j-i >= 2 {
				for k := i; k < j; k++ {
					if startsUpper(words[k]) {
						c.stats(wordHash(words[k])).longer[t][position(k, i, j)]++
					}
				}
				if h, ok := initials(words[i:j]); ok {
					a := c.acros[h]
					if a == nil {
						a = new([4]int)
						c.acros[h] = a
					}
					a[t]++
				}
			}
			i = j
		}
	}
}

// features fills out[i] with the document features of sentence words,
// whose own first-pass labels are own (subtracted, so that only the other
// occurrences speak). It reports whether any feature is present.
func (c *context) features(words []string, own []Label, out []docFeats) bool {
	any := false
	for i := range out[:len(words)] {
		out[i] = docFeats{}
	}
	// Own multi-word names, to subtract from the counts.
	ownPos := func(k int) (t, pos int, ok bool) {
		t = typeOf(own[k])
		if t == 0 {
			return 0, 0, false
		}
		s := k
		for s > 0 && !own[s].Begins() {
			s--
		}
		e := k + 1
		for e < len(own) && own[e] == beginLabel(t)+1 {
			e++
		}
		if e-s < 2 {
			return 0, 0, false
		}
		return t, position(k, s, e), true
	}
	for i, w := range words {
		if !startsUpper(w) {
			continue
		}
		f := &out[i]
		if s := c.words[wordHash(w)]; s != nil {
			types := s.types
			types[typeOf(own[i])]--
			best, total := 0, 0
			for t := range types {
				total += types[t]
				if types[t] > types[best] {
					best = t
				}
			}
			if total > 0 {
				conf := uint64(1)
				if types[best]*2 > total {
					conf = 2
				}
				if types[best] == total {
					conf = 3
				}
				f[dMajority] = uint64(best)<<2 | conf
				var seen uint64
				for t := 1; t <= 3; t++ {
					if types[t] > 0 {
						seen |= 1 << t
					}
				}
				f[dSeen] = seen
			}
			longer := s.longer
			if t, pos, ok := ownPos(i); ok {
				longer[t][pos]--
			}
			var lm uint64
			for t := 1; t <= 3; t++ {
				for p := 0; p < 3; p++ {
					if longer[t][p] > 0 {
						lm |= 1 << (3*(t-1) + p)
					}
				}
			}
			f[dLonger] = lm
		}
		if c.lowers[HashLower(w)] {
			f[dLower] = 1
			if i == 0 {
				f[dLower] = 2
			}
		}
		if h, ok := acronymHash(w); ok {
			if a := c.acros[h]; a != nil {
				best := 1
				for t := 2; t <= 3; t++ {
					if a[t] > a[best] {
						best = t
					}
				}
				f[dAcronym] = uint64(best)
			}
		}
	}
	// Names tagged elsewhere, longest match first, left to right.
	for i := 0; i < len(words); i++ {
		if !startsUpper(words[i]) {
			continue
		}
		h := uint64(fnvOffset)
		best, bestT := 0, 0
		for n := 1; n <= c.maxLen && i+n <= len(words); n++ {
			h = hashString(h, words[i+n-1])
			h ^= 0x1f
			h *= fnvPrime
			v := c.spans[h]
			if v == nil {
				continue
			}
			votes := *v
			// This very span, if the first pass tagged it, is not "elsewhere".
			if t := typeOf(own[i]); t != 0 && own[i].Begins() && (i+n == len(words) || own[i+n] != beginLabel(t)+1) && spanEnds(own, i, i+n, t) {
				votes[t]--
			}
			bt := 0
			for t := 1; t <= 3; t++ {
				if votes[t] > votes[bt] {
					bt = t
				}
			}
			if bt != 0 {
				best, bestT = n, bt
			}
		}
		if best == 0 {
			continue
		}
		for k := i; k < i+best; k++ {
			pos := uint64(1) // inside
			switch {
			case best == 1:
				pos = 0
			case k == i:
				pos = 2
			case k == i+best-1:
				pos = 3
			}
			out[k][dSpan] = uint64(bestT)<<2 | pos
		}
		i += best - 1
	}
	for i := range words {
		if out[i] != (docFeats{}) {
			any = true
			break
		}
	}
	return any
}

// spanEnds reports whether own labels [start, end) as one name of type t.
func spanEnds(own []Label, start, end, t int) bool {
	for k := start + 1; k < end; k++ {
		if own[k] != beginLabel(t)+1 {
			return false
		}
	}
	return true
}
