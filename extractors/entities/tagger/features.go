package tagger

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// A Lexicon marks tokens that belong to known names or known non-names
// (gazetteers). Mark sets marks[i] to a bit set of classes for words[i]; the
// bits mean whatever the lexicon says, the tagger only learns from them.
// Fingerprint changes whenever the lexicon's content does, so a model can
// tell that it was trained with another lexicon.
type Lexicon interface {
	Mark(words []string, marks []uint32)
	Fingerprint() uint64
}

// Feature templates. Each token gets numFeatures hashed features; a zero
// hash means "absent". Changing this list changes featureVersion.
const (
	fBias = iota
	fLower
	fWord
	fShape
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fPrevLower
	fNextLower
	fPrev2Lower
	fNext2Lower
	fPrevShapeShape
	fShapeNextShape
	fPrevLowerLower
	fLowerNextLower
	fInitialShape
	fMark
	fMark2
	fMark3
	fMark4
	fPrevMark
	fNextMark
	fClass
	fPrevClass
	fNextClass
	fClassShape
	fCapRatio
	fReserved // unused; kept so that feature keys keep their template numbers
	fRunBits
	fRunBits2
	fRunBits3
	fRunBits4
	fRunBits5
	fRunBits6
	fRunHead
	fRunFirst
	fRunLen
	fPrevLowerShape
	fShapeNextLower
	fPrevShape2
	// Document features (context.go): present only in a stacked model's
	// second pass.
	fDocMajority
	fDocSeen
	fDocLonger
	fDocLower
	fDocAcronym
	fDocSpan
	numFeatures
)

// wordSlots are the features that depend on the word alone (its spelling
// and what the word classes say of it); contextSlots are all the others.
// Tagging caches the sum of a word's wordSlots weights.
var wordSlots = [...]int{fBias, fLower, fWord, fShape, fSuf2, fSuf3, fSuf4, fPre2, fPre3, fClass, fClassShape, fCapRatio}

var contextSlots = func() (c [numFeatures - len(wordSlots) - 1]int) {
	n := 0
	for f := 0; f < numFeatures; f++ {
		word := f == fReserved
		for _, w := range wordSlots {
			word = word || w == f
		}
		if !word {
			c[n] = f
			n++
		}
	}
	return c
}()

// featureVersion is written into models; bump it when features change.
const featureVersion = 6

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix finalises a hash (splitmix64) so that combined features spread well.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func feat(template int, h uint64) uint64 {
	k := mix(h ^ uint64(template+1)*0x9e3779b97f4a7c15)
	if k == 0 {
		k = 1
	}
	return k
}

func feat2(template int, a, b uint64) uint64 {
	return feat(template, a*0x100000001b3^mix(b))
}

// Hashes standing for the words beyond the sentence edges.
const (
	hBOS = 0x1234567890abcdef
	hEOS = 0x0fedcba987654321
)

// tokenInfo holds what the features need to know about one token; computed
// once per token, then combined with neighbours.
type tokenInfo struct {
	lower, word, shape   uint64
	suf2, suf3, suf4     uint64
	pre2, pre3           uint64
	class, capRatio      uint64
	mark                 uint32
	run                  int32 // index of the capitalised run holding the token, -1 none
	runPos               uint8 // 1 single, 2 first, 3 inside, 4 last
	initial, capitalised bool
}

// hashBytes is FNV-1a over b.
func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashLower hashes the lower-cased word without building a string; the word
// class table is keyed by it.
func HashLower(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if q := straightQuote(r); q != 0 {
			h ^= uint64(q)
			h *= fnvPrime
			i += n
			continue
		}
		r = unicode.ToLower(r)
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], r)
		h = hashBytes(h, buf[:m])
		i += n
	}
	return h
}

// info fills ti for word w, using low as scratch for the lower-cased bytes.
// It returns low (possibly grown) for reuse.
func info(ti *tokenInfo, w string, low []byte) []byte {
	low = low[:0]
	h := uint64(fnvOffset)
	sh := uint64(fnvOffset)
	var prev byte
	upper, letters := 0, 0
	for i := 0; i < len(w); {
		c := w[i]
		var class byte
		if c < utf8.RuneSelf {
			h ^= uint64(c)
			h *= fnvPrime
			switch {
			case 'A' <= c && c <= 'Z':
				class = 'X'
				upper++
				letters++
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z':
				class = 'x'
				letters++
			case '0' <= c && c <= '9':
				class = 'd'
			default:
				class = c
			}
			low = append(low, c)
			i++
		} else {
			r, n := utf8.DecodeRuneInString(w[i:])
			// Curly quotes count as straight ones: the training data
			// mostly has straight quotes, news text mostly curly.
			if q := straightQuote(r); q != 0 {
				h ^= uint64(q)
				h *= fnvPrime
				if q != prev {
					sh ^= uint64(q)
					sh *= fnvPrime
					prev = q
				}
				low = append(low, q)
				i += n
				continue
			}
			h = hashString(h, w[i:i+n])
			switch {
			case unicode.IsUpper(r):
				class = 'X'
				upper++
				letters++
			case unicode.IsLetter(r):
				class = 'x'
				letters++
			case unicode.IsDigit(r):
				class = 'd'
			default:
				class = 'o'
			}
			low = utf8.AppendRune(low, unicode.ToLower(r))
			i += n
		}
		if class != prev {
			sh ^= uint64(class)
			sh *= fnvPrime
			prev = class
		}
	}
	ti.word = h
	ti.shape = sh
	ti.lower = hashBytes(fnvOffset, low)
	ti.capitalised = upper > 0 && len(w) > 0 && !(w[0] >= 'a' && w[0] <= 'z')
	n := len(low)
	ti.suf2, ti.suf3, ti.suf4, ti.pre2, ti.pre3 = 0, 0, 0, 0, 0
	if n > 2 {
		ti.suf2 = hashBytes(fnvOffset, low[n-2:])
		ti.pre2 = hashBytes(fnvOffset, low[:2])
	}
	if n > 3 {
		ti.suf3 = hashBytes(fnvOffset, low[n-3:])
		ti.pre3 = hashBytes(fnvOffset, low[:3])
	}
	if n > 4 {
		ti.suf4 = hashBytes(fnvOffset, low[n-4:])
	}
	return low
}

// featurizer turns a sentence into numFeatures keys per token.
type featurizer struct {
	lex     Lexicon
	classes *wordClasses
}

// scratch is per-call working memory, reused through a sync.Pool.
type scratch struct {
	infos []tokenInfo
	marks []uint32
	low   []byte
	keys  []uint64
	// Viterbi
	rows   []emitRow
	score  []emitRow
	back   [][numLabels]uint8
	fscore []float32
	labels []Label
	runs   []run
	wcache []wordSum
	// ccache keeps the word classes of the words last seen, by lower-case
	// hash, for the class table cclasses.
	ccache   []classMemo
	cclasses *wordClasses
}

// run is a maximal stretch of capitalised tokens, possibly bridged by
// lower-case connectors (University of the Witwatersrand, Bank of America).
// Its features let the tagger see a whole name at once: which lists its
// words are in, its last word (Library, Party) and its length.
type run struct {
	start, end  int
	marks       uint32
	head, first uint64
}

// Connector words may sit inside a name between capitalised words.
var connectors = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"of", "the", "for", "and", "&", "de", "du", "la", "le", "von", "van", "der", "del", "da", "al", "on", "-"} {
		m[HashLower(w)] = true
	}
	return m
}()

// connectorHashes is connectors as a small slice, scanned without a map on
// the hot path.
var connectorHashes = func() []uint64 {
	var out []uint64
	for h := range connectors {
		out = append(out, h)
	}
	return out
}()

func isConnector(h uint64) bool {
	for _, c := range connectorHashes {
		if c == h {
			return true
		}
	}
	return false
}

func findRuns(infos []tokenInfo, runs []run) []run {
	n := len(infos)
	for i := range infos {
		infos[i].run, infos[i].runPos = -1, 0
	}
	for i := 0; i < n; {
		if !infos[i].capitalised {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if infos[j].capitalised {
				j++
				continue
			}
			// up to two connectors followed by a capitalised word
			k := j
			for k < n && k < j+2 && isConnector(infos[k].lower) {
				k++
			}
			if k > j && k < n && infos[k].capitalised {
				j = k + 1
				continue
			}
			break
		}
		r := run{start: i, end: j, first: infos[i].lower, head: infos[j-1].lower}
		for k := i; k < j; k++ {
			r.marks |= infos[k].mark
			infos[k].run = int32(len(runs))
			switch {
			case j-i == 1:
				infos[k].runPos = 1
			case k == i:
				infos[k].runPos = 2
			case k == j-1:
				infos[k].runPos = 4
			default:
				infos[k].runPos = 3
			}
		}
		runs = append(runs, r)
		i = j
	}
	return runs
}

// extract fills s.keys with numFeatures keys per word. doc holds the
// document features of each word (nil in a first pass).
func (f *featurizer) extract(words []string, doc []docFeats, s *scratch) {
	n := len(words)
	if cap(s.infos) < n {
		s.infos = make([]tokenInfo, n)
		s.marks = make([]uint32, n)
	}
	s.infos = s.infos[:n]
	s.marks = s.marks[:n]
	for i := range s.marks {
		s.marks[i] = 0
	}
	if f.lex != nil {
		f.lex.Mark(words, s.marks)
	}
	for i, w := range words {
		ti := &s.infos[i]
		s.low = info(ti, w, s.low)
		ti.mark = s.marks[i]
		ti.initial = i == 0
		ti.class, ti.capRatio = 0, 0
		if f.classes != nil {
			ti.class, ti.capRatio = s.classOf(f.classes, ti.lower)
		}
	}
	s.runs = findRuns(s.infos, s.runs[:0])
	if cap(s.keys) < n*numFeatures {
		s.keys = make([]uint64, n*numFeatures)
	}
	s.keys = s.keys[:n*numFeatures]
	lowerAt := func(i int) uint64 {
		if i < 0 {
			return hBOS
		}
		if i >= n {
			return hEOS
		}
		return s.infos[i].lower
	}
	shapeAt := func(i int) uint64 {
		if i < 0 {
			return hBOS
		}
		if i >= n {
			return hEOS
		}
		return s.infos[i].shape
	}
	markAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return 0xfffff
		}
		return uint64(s.infos[i].mark)
	}
	classAt := func(i int) uint64 {
		if i < 0 {
			return hBOS
		}
		if i >= n {
			return hEOS
		}
		return s.infos[i].class
	}
	for i := range words {
		ti := &s.infos[i]
		k := s.keys[i*numFeatures : (i+1)*numFeatures : (i+1)*numFeatures]
		k[fBias] = feat(fBias, 0)
		k[fLower] = feat(fLower, ti.lower)
		k[fWord] = feat(fWord, ti.word)
		k[fShape] = feat(fShape, ti.shape)
		k[fSuf2] = opt(fSuf2, ti.suf2)
		k[fSuf3] = opt(fSuf3, ti.suf3)
		k[fSuf4] = opt(fSuf4, ti.suf4)
		k[fPre2] = opt(fPre2, ti.pre2)
		k[fPre3] = opt(fPre3, ti.pre3)
		k[fPrevLower] = feat(fPrevLower, lowerAt(i-1))
		k[fNextLower] = feat(fNextLower, lowerAt(i+1))
		k[fPrev2Lower] = feat(fPrev2Lower, lowerAt(i-2))
		k[fNext2Lower] = feat(fNext2Lower, lowerAt(i+2))
		k[fPrevShapeShape] = feat2(fPrevShapeShape, shapeAt(i-1), ti.shape)
		k[fShapeNextShape] = feat2(fShapeNextShape, ti.shape, shapeAt(i+1))
		k[fPrevLowerLower] = feat2(fPrevLowerLower, lowerAt(i-1), ti.lower)
		k[fLowerNextLower] = feat2(fLowerNextLower, ti.lower, lowerAt(i+1))
		if ti.initial {
			k[fInitialShape] = feat(fInitialShape, ti.shape)
		} else {
			k[fInitialShape] = 0
		}
		// One feature per list the token is in (up to four), so that each
		// list's weight is learnt on its own.
		k[fMark], k[fMark2], k[fMark3], k[fMark4] = 0, 0, 0, 0
		j := fMark
		for m := ti.mark; m != 0 && j <= fMark4; j++ {
			b := bits.TrailingZeros32(m)
			m &^= 1 << b
			k[j] = feat(fMark, uint64(b))
		}
		k[fPrevMark] = feat(fPrevMark, markAt(i-1))
		k[fNextMark] = feat(fNextMark, markAt(i+1))
		if f.classes != nil {
			k[fClass] = feat(fClass, classAt(i))
			k[fPrevClass] = feat(fPrevClass, classAt(i-1))
			k[fNextClass] = feat(fNextClass, classAt(i+1))
			k[fClassShape] = feat2(fClassShape, classAt(i), ti.shape)
			k[fCapRatio] = feat2(fCapRatio, ti.capRatio, ti.shape)
		} else {
			k[fClass], k[fPrevClass], k[fNextClass], k[fClassShape], k[fCapRatio] = 0, 0, 0, 0, 0
		}
		for j := fRunBits; j <= fRunLen; j++ {
			k[j] = 0
		}
		if ti.run >= 0 {
			r := &s.runs[ti.run]
			pos := uint64(ti.runPos)
			j := fRunBits
			for m := r.marks; m != 0 && j <= fRunBits6; j++ {
				b := bits.TrailingZeros32(m)
				m &^= 1 << b
				k[j] = feat2(fRunBits, uint64(b), pos)
			}
			k[fRunHead] = feat2(fRunHead, r.head, pos)
			k[fRunFirst] = feat2(fRunFirst, r.first, pos)
			k[fRunLen] = feat2(fRunLen, uint64(min(r.end-r.start, 5)), pos)
		}
		k[fPrevLowerShape] = feat2(fPrevLowerShape, lowerAt(i-1), ti.shape)
		k[fShapeNextLower] = feat2(fShapeNextLower, ti.shape, lowerAt(i+1))
		k[fPrevShape2] = feat2(fPrevShape2, shapeAt(i-2), shapeAt(i-1)^ti.shape*31)
		k[fReserved] = 0
		for d, tpl := range docTemplates {
			k[tpl] = 0
			if doc != nil && doc[i][d] != 0 {
				k[tpl] = feat2(tpl, doc[i][d], 0)
			}
		}
	}
}

func opt(template int, h uint64) uint64 {
	if h == 0 {
		return 0
	}
	return feat(template, h)
}

func straightQuote(r rune) byte {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	}
	return 0
}
