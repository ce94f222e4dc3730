package tagger

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// learnWordClasses learns, from raw text, a class for every word seen at
// least minFreq times: k-means over the word's left and right neighbours
// (among the most frequent words), a cheap stand-in for Brown clusters. It
// also records how often each word is capitalised when it does not start a
// sentence. Deterministic for a given seed.
func learnWordClasses(texts []string, k int, seed uint64) *wordClasses {
	const (
		minFreq  = 4
		contexts = 400
	)
	if k <= 0 {
		k = 64
	}
	type stat struct {
		n, capN, mid int
	}
	stats := map[string]*stat{}
	var seqs [][]string // lower-cased tokens per text
	for _, t := range texts {
		toks := roughTokens(t)
		low := make([]string, len(toks))
		initial := true
		for i, w := range toks {
			l := strings.ToLower(w)
			low[i] = l
			s := stats[l]
			if s == nil {
				s = &stat{}
				stats[l] = s
			}
			s.n++
			if !initial && isWordy(w) {
				s.mid++
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					s.capN++
				}
			}
			initial = w == "." || w == "!" || w == "?" || w == "\n" || w == "“" || w == "\"" || w == ":"
		}
		seqs = append(seqs, low)
	}
	vocab := make([]string, 0, len(stats))
	for w, s := range stats {
		if s.n >= minFreq && w != "\n" {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		a, b := stats[vocab[i]].n, stats[vocab[j]].n
		if a != b {
			return a > b
		}
		return vocab[i] < vocab[j]
	})
	ctxID := map[string]int{}
	for i, w := range vocab {
		if i >= contexts {
			break
		}
		ctxID[w] = i
	}
	wordID := map[string]int{}
	for i, w := range vocab {
		wordID[w] = i
	}
	dims := 2 * (contexts + 1)
	counts := make([]map[int]float64, len(vocab))
	for i := range counts {
		counts[i] = map[int]float64{}
	}
	ctx := func(w string) int {
		if id, ok := ctxID[w]; ok {
			return id
		}
		return contexts
	}
	for _, s := range seqs {
		for i, w := range s {
			id, ok := wordID[w]
			if !ok {
				continue
			}
			left, right := contexts, contexts
			if i > 0 {
				left = ctx(s[i-1])
			}
			if i+1 < len(s) {
				right = ctx(s[i+1])
			}
			counts[id][left]++
			counts[id][contexts+1+right]++
		}
	}
	// Sparse, sqrt-scaled, unit-length vectors in a fixed order.
	type entry struct {
		d int
		v float64
	}
	vecs := make([][]entry, len(vocab))
	for i, c := range counts {
		ds := make([]int, 0, len(c))
		for d := range c {
			ds = append(ds, d)
		}
		sort.Ints(ds)
		norm := 0.0
		for _, d := range ds {
			v := math.Sqrt(c[d])
			vecs[i] = append(vecs[i], entry{d, v})
			norm += v * v
		}
		norm = math.Sqrt(norm)
		for j := range vecs[i] {
			vecs[i][j].v /= norm
		}
	}
	if len(vecs) < k {
		k = max(len(vecs), 1)
	}
	rng := rand.New(rand.NewPCG(seed, 0xc1a55))
	cent := make([][]float64, k)
	perm := rng.Perm(len(vecs))
	for c := range cent {
		cent[c] = make([]float64, dims)
		if c < len(perm) {
			for _, e := range vecs[perm[c]] {
				cent[c][e.d] = e.v
			}
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < 12; it++ {
		for i, v := range vecs {
			best, arg := math.Inf(-1), 0
			for c := range cent {
				dot := 0.0
				for _, e := range v {
					dot += cent[c][e.d] * e.v
				}
				if dot > best {
					best, arg = dot, c
				}
			}
			assign[i] = arg
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			for _, e := range v {
				cent[assign[i]][e.d] += e.v
			}
		}
		for c := range cent {
			n := 0.0
			for _, x := range cent[c] {
				n += x * x
			}
			if n = math.Sqrt(n); n > 0 {
				for d := range cent[c] {
					cent[c][d] /= n
				}
			}
		}
	}
	entries := make([]classEntry, 0, len(stats))
	for w, s := range stats {
		e := classEntry{key: HashLower(w), class: 0xffff, caps: capBucket(s.capN, s.mid)}
		if id, ok := wordID[w]; ok {
			e.class = uint16(assign[id])
		}
		if e.class == 0xffff && e.caps == 0 {
			continue
		}
		entries = append(entries, e)
	}
	// Words that hash alike (curly and straight quotes) keep one entry,
	// chosen by a total order so that the model bytes never depend on map
	// iteration order.
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.class != b.class {
			return a.class < b.class
		}
		return a.caps < b.caps
	})
	uniq := entries[:0]
	for i, e := range entries {
		if i == 0 || e.key != entries[i-1].key {
			uniq = append(uniq, e)
		}
	}
	return newWordClasses(uniq)
}

// capBucket: 0 unknown (too rare), then 1..5 from never to always capitalised.
func capBucket(capN, n int) uint8 {
	if n < 2 {
		return 0
	}
	r := float64(capN) / float64(n)
	switch {
	case r < 0.05:
		return 1
	case r < 0.3:
		return 2
	case r < 0.7:
		return 3
	case r < 0.95:
		return 4
	}
	return 5
}

func isWordy(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// roughTokens splits raw text into words and punctuation, keeping
// paragraph breaks as "\n". Good enough for counting contexts.
func roughTokens(t string) []string {
	var out []string
	for _, para := range strings.Split(t, "\n") {
		for _, f := range strings.Fields(para) {
			start := 0
			end := len(f)
			var pre, post []string
			for start < end {
				r, n := utf8.DecodeRuneInString(f[start:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					break
				}
				pre = append(pre, f[start:start+n])
				start += n
			}
			for end > start {
				r, n := utf8.DecodeLastRuneInString(f[start:end])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					break
				}
				// keep the period of an abbreviation like "Mr." or "U.S."
				if r == '.' && end-start <= 4 && strings.Count(f[start:end], ".") >= 1 && isAbbrev(f[start:end]) {
					break
				}
				post = append([]string{f[end-n : end]}, post...)
				end -= n
			}
			out = append(out, pre...)
			if end > start {
				w := f[start:end]
				if i := strings.Index(w, "’s"); i > 0 && i == len(w)-len("’s") {
					out = append(out, w[:i], "'s")
				} else if strings.HasSuffix(w, "'s") && len(w) > 2 {
					out = append(out, w[:len(w)-2], "'s")
				} else {
					out = append(out, w)
				}
			}
			out = append(out, post...)
		}
		out = append(out, "\n")
	}
	return out
}

func isAbbrev(w string) bool {
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "U.S.", "U.K.", "Gov.", "Sen.", "Rep.", "Gen.":
		return true
	}
	return false
}

// RoughSentences splits raw text into sentences of tokens with the rough
// tokenizer used for unlabelled text: a sentence ends at . ! ? or a line
// break.
func RoughSentences(t string) [][]string {
	var out [][]string
	var cur []string
	for _, w := range roughTokens(t) {
		if w == "\n" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, w)
		if w == "." || w == "!" || w == "?" {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
