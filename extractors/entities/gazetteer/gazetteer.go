// Package gazetteer holds lists of names and name-parts (countries, cities,
// first names, companies, universities, news organizations, titles, organization and place
// words) and of words that are not entities (demonyms, months, weekdays).
// The tagger uses them as features; the entity stage uses titles and the
// non-entity lists as rules. KnownOrgs is a separate table of whole
// organization names (nsi_orgs.txt with two of the feature lists) that only
// the stage's rules read.
//
// The lists live in data/*.txt, one entry a line, each file headed by its
// source and licence. Some are generated from openly licensed npm packages by
// gen/ (go generate); the others were written by hand for this project.
package gazetteer

import (
	"embed"
	"hash/fnv"
	"math/bits"
	"strings"
	"sync"
)

//go:generate go run ./gen data

//go:embed data/*.txt
var dataFS embed.FS

// Class is one list.
type Class uint8

// The lists. Marks use two bits per class: 2c when a match starts at the
// token, 2c+1 when the token continues a match.
const (
	Country    Class = iota // countries.txt
	BigCity                 // capitals.txt, cities_1m.txt
	City                    // cities_100k.txt
	Region                  // us_states, continents, place_extra, compromise_regions, wordnet_places
	FirstName               // first_names.txt
	LastName                // compromise_last_names.txt
	PersonName              // compromise_people.txt, wordnet_people.txt
	Company                 // companies.txt
	OrgName                 // compromise_orgs.txt, wordnet_orgs.txt, universities.txt
	NewsOrg                 // news_orgs.txt
	OrgWord                 // org_words.txt
	PlaceWord               // place_words.txt
	Title                   // titles.txt
	Demonym                 // demonyms.txt, compromise_demonyms.txt
	TimeWord                // time_words.txt
	NumClasses
)

var files = [NumClasses][]string{
	Country:    {"countries.txt"},
	BigCity:    {"capitals.txt", "cities_1m.txt"},
	City:       {"cities_100k.txt"},
	Region:     {"us_states.txt", "continents.txt", "place_extra.txt", "compromise_regions.txt", "wordnet_places.txt"},
	FirstName:  {"first_names.txt"},
	LastName:   {"compromise_last_names.txt"},
	PersonName: {"compromise_people.txt", "wordnet_people.txt"},
	Company:    {"companies.txt"},
	OrgName:    {"compromise_orgs.txt", "wordnet_orgs.txt", "universities.txt"},
	NewsOrg:    {"news_orgs.txt"},
	OrgWord:    {"org_words.txt"},
	PlaceWord:  {"place_words.txt"},
	Title:      {"titles.txt"},
	Demonym:    {"demonyms.txt", "compromise_demonyms.txt"},
	TimeWord:   {"time_words.txt"},
}

// Set is a bit set of classes.
type Set uint32

// Has reports whether c is in s.
func (s Set) Has(c Class) bool { return s&(1<<c) != 0 }

// Table is a loaded gazetteer. It is read-only and safe for concurrent use.
type Table struct {
	slots []entry // open addressing, key 0 empty
	// fps holds a byte of each slot's key, 0 for an empty slot: a quarter
	// of a megabyte that stays in the processor's cache where the slots do
	// not. get walks it and reads a slot only where the byte matches, so a
	// word in no list (most words) reads no slot (tuned: every token is
	// looked up, several times).
	fps    []uint8
	mask   uint64
	maxLen int
	fp     uint64
}

// entry is one slot: a token sequence's hash and its class set |
// prefixBit, side by side so that a lookup reads one cache line.
type entry struct {
	key uint64
	val uint32
}

// keyByte is the byte of a key that fps keeps; never 0, which marks an
// empty slot.
func keyByte(h uint64) uint8 {
	if b := uint8(h >> 56); b != 0 {
		return b
	}
	return 1
}

// prefixBit marks a token sequence that starts a longer entry.
const prefixBit = 1 << 31

// Default returns the gazetteer built from the embedded lists, built once.
var Default = sync.OnceValue(func() *Table {
	t, err := build()
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error()) // broken build, not input
	}
	return t
})

// knownOrgFiles are the lists of whole organization names that the entity
// stage's rules match as written. nsi_orgs.txt is in no class of files: it
// is no tagger feature, so the shipped model's lexicon is unchanged.
var knownOrgFiles = [NumClasses][]string{
	OrgName: {"nsi_orgs.txt", "compromise_orgs.txt"},
	NewsOrg: {"news_orgs.txt", "state_media.txt"},
}

// KnownOrgs returns a table of organizations' whole names (companies,
// chains, networks, teams, news organizations), built once. Its classes
// are OrgName and NewsOrg.
var KnownOrgs = sync.OnceValue(func() *Table {
	t, err := buildFrom(&knownOrgFiles)
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error()) // broken build, not input
	}
	return t
})

// build reads the embedded lists into a table.
func build() (*Table, error) { return buildFrom(&files) }

// buildFrom reads the embedded lists of each class into a table. Start-up
// pays for it, so it hashes each entry's words as it scans them, with no
// per-line allocation.
func buildFrom(files *[NumClasses][]string) (*Table, error) {
	type list struct {
		text  string
		class Class
	}
	var lists []list
	entries := 0
	fp := fnv.New64a()
	for c := Class(0); c < NumClasses; c++ {
		for _, f := range files[c] {
			b, err := dataFS.ReadFile("data/" + f)
			if err != nil {
				return nil, err
			}
			fp.Write([]byte(f))
			fp.Write(b)
			text := string(b)
			for line := range strings.SplitSeq(text, "\n") {
				if isEntry(line) {
					entries++
				}
			}
			lists = append(lists, list{text, c})
		}
	}
	t := &Table{fp: fp.Sum64()}
	size := 1
	for size < 4*entries {
		size <<= 1
	}
	t.slots = make([]entry, size)
	t.fps = make([]uint8, size)
	t.mask = uint64(size - 1)
	for _, l := range lists {
		for line := range strings.SplitSeq(l.text, "\n") {
			if !isEntry(line) {
				continue
			}
			h, words := uint64(seqStart), 0
			for w := range strings.FieldsSeq(line) {
				if words > 0 {
					t.add(h, prefixBit) // the words so far start a longer entry
				}
				h = seqAdd(h, w)
				words++
			}
			t.add(h, 1<<l.class)
			t.maxLen = max(t.maxLen, words)
		}
	}
	return t, nil
}

// isEntry reports a list line that holds an entry: not blank, not a comment.
func isEntry(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && line[0] != '#'
}

// Tokenize splits a list entry into tokens: on spaces, periods staying
// attached (Mr., St.) as news tokenizers leave them.
func Tokenize(s string) []string {
	return strings.Fields(s)
}

const seqStart = 14695981039346656037

func seqAdd(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= 0x1f
	h *= 1099511628211
	return h
}

func (t *Table) slot(h uint64) uint64 {
	if h == 0 {
		h = 1
	}
	i := h & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != h {
		i = (i + 1) & t.mask
	}
	return i
}

func (t *Table) add(h uint64, v uint32) {
	if h == 0 {
		h = 1
	}
	i := t.slot(h)
	t.slots[i].key = h
	t.slots[i].val |= v
	t.fps[i] = keyByte(h)
}

func (t *Table) get(h uint64) uint32 {
	if h == 0 {
		h = 1
	}
	b := keyByte(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.fps[i] {
		case b:
			if s := &t.slots[i]; s.key == h {
				return s.val
			}
		case 0:
			return 0 // an empty slot: h is in no list
		}
	}
}

// Lookup returns the classes of the entry spelled exactly by words.
func (t *Table) Lookup(words ...string) Set {
	h := uint64(seqStart)
	for _, w := range words {
		h = seqAdd(h, w)
	}
	return Set(t.get(h) &^ prefixBit)
}

// Fingerprint identifies the lists' content.
func (t *Table) Fingerprint() uint64 { return t.fp }

// Mark sets, for every token, bit 2c if an entry of class c starts there and
// bit 2c+1 if the token continues one. Matching is case-sensitive; every
// entry found is marked, overlapping or not. It allocates nothing.
func (t *Table) Mark(words []string, marks []uint32) {
	for i := range words {
		h := uint64(seqStart)
		for n := 1; n <= t.maxLen && i+n <= len(words); n++ {
			h = seqAdd(h, words[i+n-1])
			v := t.get(h)
			if v == 0 {
				break
			}
			cls := v &^ prefixBit
			for cls != 0 {
				c := uint(bits.TrailingZeros32(cls))
				cls &^= 1 << c
				marks[i] |= 1 << (2 * c)
				for j := i + 1; j < i+n; j++ {
					marks[j] |= 1 << (2*c + 1)
				}
			}
			if v&prefixBit == 0 {
				break
			}
		}
	}
}
