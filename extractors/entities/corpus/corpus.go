// Package corpus names the open NER data sets in shared/data/ner and the
// fixed splits the entity model is trained, tuned and reported on. The
// splits were chosen once, before any model was trained:
//
//   - NewsTest (held out and reported; never trained on): the GUM
//     "test" documents of the news and interview genres (4 documents) and
//     the news half of UNER English-PUD (sentences 1–500).
//   - EWTTest (reported, never trained on): UNER English-EWT test.
//   - Dev (for choices while building the model): the GUM "dev" documents of
//     all six genres (12 documents) and the Wikipedia half of UNER PUD
//     (sentences 501–1000).
//   - Train: wikigold, the GUM "train" documents of the six genres, UNER
//     English-EWT dev, the Broad Twitter Corpus sections and WNUT17
//     train/dev/test. SEC filings are left out (contract roles tagged as
//     people).
//
// The shipped model is trained on Train plus Dev (see Final).
package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/gazetteer"
)

// SharedDir finds the project's shared folder: $SAYSO_SHARED, else
// ../shared next to the module root (found from the working directory
// upwards), else /work/shared. It returns "" if none holds data/ner.
func SharedDir() string {
	if d := os.Getenv("SAYSO_SHARED"); d != "" {
		return d
	}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				if c := filepath.Join(d, "..", "shared"); exists(filepath.Join(c, "data", "ner")) {
					return c
				}
				break
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if exists("/work/shared/data/ner") {
		return "/work/shared"
	}
	return ""
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// Set is a named list of documents.
type Set struct {
	Name string
	Docs []conll.Document
}

// Tokens counts the tokens in the set.
func (s Set) Tokens() int {
	n := 0
	for _, d := range s.Docs {
		n += d.Tokens()
	}
	return n
}

// Files used for training, relative to data/ner.
var trainFiles = []string{
	"wikigold.bio",
	"uner_en_ewt_dev.bio",
	"btc/btc_a.bio", "btc/btc_b.bio", "btc/btc_e.bio", "btc/btc_f.bio", "btc/btc_g.bio", "btc/btc_h.bio",
	"wnut17_train.bio", "wnut17_dev.bio", "wnut17_test.bio",
}

// Drop leaves out training files whose name contains any of the substrings
// (for ablations).
func (l *Loader) Drop(subs []string) {
	var keep []string
	for _, f := range l.trainFiles {
		ok := true
		for _, s := range subs {
			if s != "" && strings.Contains(f, s) {
				ok = false
			}
		}
		if ok {
			keep = append(keep, f)
		}
	}
	l.trainFiles = keep
}

var gumGenres = []string{"news", "interview", "academic", "bio", "court", "voyage"}

// Loader reads the sets from one shared folder, caching files.
type Loader struct {
	Dir string // the shared folder
	// GUMWeight is how many times Train repeats the GUM training documents
	// (GUM's news and interviews are the closest to what sayso reads).
	GUMWeight int
	// NewsWeight repeats the GUM news and interview training documents this
	// many more times (0: no more than the other genres).
	NewsWeight int
	// Unify rewrites the Broad Twitter Corpus's and WNUT17's labels to the
	// conventions of the sets sayso is scored on (see unifyConventions).
	Unify bool
	// UnifyTitlesOnly leaves demonyms as they are when Unify is set.
	UnifyTitlesOnly bool
	trainFiles      []string
	files           map[string][]conll.Document
}

// NewLoader reads from the shared folder dir.
func NewLoader(dir string) *Loader {
	return &Loader{Dir: dir, GUMWeight: 1, trainFiles: trainFiles, files: map[string][]conll.Document{}}
}

func (l *Loader) file(rel string) ([]conll.Document, error) {
	if d, ok := l.files[rel]; ok {
		return d, nil
	}
	d, err := conll.ReadFile(filepath.Join(l.Dir, "data", "ner", rel))
	if err != nil {
		return nil, err
	}
	l.files[rel] = d
	return d, nil
}

// gum returns the documents of one genre whose official split is split.
func (l *Loader) gum(genre, split string) ([]conll.Document, error) {
	docs, err := l.file("gum/gum_" + genre + ".bio")
	if err != nil {
		return nil, err
	}
	rows, err := l.gumSplits()
	if err != nil {
		return nil, err
	}
	var mine []gumRow
	for _, r := range rows {
		if r.genre == genre {
			mine = append(mine, r)
		}
	}
	if len(mine) != len(docs) {
		return nil, fmt.Errorf("corpus: gum_docs.tsv lists %d %s documents, the file has %d", len(mine), genre, len(docs))
	}
	var out []conll.Document
	for i, r := range mine {
		if len(docs[i].Sentences) != r.sentences {
			return nil, fmt.Errorf("corpus: %s: %d sentences, gum_docs.tsv says %d", r.id, len(docs[i].Sentences), r.sentences)
		}
		if r.split == split {
			out = append(out, docs[i])
		}
	}
	return out, nil
}

type gumRow struct {
	id, genre, split string
	sentences        int
}

func (l *Loader) gumSplits() ([]gumRow, error) {
	f, err := os.Open(filepath.Join(l.Dir, "data", "ner", "gum", "gum_docs.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []gumRow
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		c := strings.Split(sc.Text(), "\t")
		if first || len(c) < 4 {
			continue
		}
		n, err := strconv.Atoi(c[3])
		if err != nil {
			return nil, fmt.Errorf("corpus: gum_docs.tsv: %w", err)
		}
		rows = append(rows, gumRow{c[0], c[1], c[2], n})
	}
	return rows, sc.Err()
}

// pud returns UNER PUD's news half (first 500 sentences) or Wikipedia half.
func (l *Loader) pud(news bool) ([]conll.Document, error) {
	docs, err := l.file("uner_en_pud_test.bio")
	if err != nil {
		return nil, err
	}
	var out []conll.Document
	n := 0
	for _, d := range docs {
		if (n < 500) == news {
			out = append(out, d)
		}
		n += len(d.Sentences)
	}
	return out, nil
}

// NewsTest is the held-out news-like split: GUMNewsTest and PUDNewsTest.
func (l *Loader) NewsTest() (Set, error) {
	g, err := l.GUMNewsTest()
	if err != nil {
		return Set{}, err
	}
	p, err := l.PUDNewsTest()
	if err != nil {
		return Set{}, err
	}
	return Set{"news-test", append(g.Docs, p.Docs...)}, nil
}

// GUMNewsTest is the GUM test documents of the news and interview genres.
func (l *Loader) GUMNewsTest() (Set, error) {
	docs, err := l.gumDocs(newsGenres, "test")
	return Set{"gum-news-test", docs}, err
}

// PUDNewsTest is UNER PUD's news half.
func (l *Loader) PUDNewsTest() (Set, error) {
	p, err := l.pud(true)
	return Set{"pud-news", p}, err
}

// EWTTest is UNER English-EWT test.
func (l *Loader) EWTTest() (Set, error) {
	d, err := l.file("uner_en_ewt_test.bio")
	return Set{"ewt-test", d}, err
}

// Dev is the split used for choices.
func (l *Loader) Dev() (Set, error) {
	docs, err := l.gumDocs(gumGenres, "dev")
	if err != nil {
		return Set{}, err
	}
	p, err := l.pud(false)
	if err != nil {
		return Set{}, err
	}
	return Set{"dev", append(docs, p...)}, nil
}

// Train is the training split (without Dev).
func (l *Loader) Train() (Set, error) {
	var docs []conll.Document
	for _, f := range l.trainFiles {
		d, err := l.file(f)
		if err != nil {
			return Set{}, err
		}
		if l.Unify && conventionFile(f) {
			d = unifyConventions(d, gazetteer.Default(), !l.UnifyTitlesOnly)
		}
		docs = append(docs, d...)
	}
	for _, g := range gumGenres {
		d, err := l.gum(g, "train")
		if err != nil {
			return Set{}, err
		}
		n := max(l.GUMWeight, 1)
		if g == "news" || g == "interview" {
			n += l.NewsWeight
		}
		for range n {
			docs = append(docs, d...)
		}
	}
	return Set{"train", docs}, nil
}

// Final is what the shipped model is trained on: Train and Dev.
func (l *Loader) Final() (Set, error) {
	t, err := l.Train()
	if err != nil {
		return Set{}, err
	}
	d, err := l.Dev()
	if err != nil {
		return Set{}, err
	}
	return Set{"train+dev", append(append([]conll.Document(nil), t.Docs...), d.Docs...)}, nil
}

// Unlabelled returns the PolNeAR train article texts: unlabelled in-domain
// news, used only to learn word classes. PolNeAR dev is left out: the
// project is measured on it (quotes, and the entity news gold in
// testdata/polnear-dev-entities.jsonl), and no training data may include a
// set the project is measured on. The quote annotations are not entity gold,
// and the texts are not redistributed.
func Unlabelled(dir string) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, "data", "polnear", "train", "articles.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, err
		}
		out = append(out, a.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Texts joins each document's tokens with spaces, a sentence a line, so that
// labelled data can also serve as unlabelled text.
func Texts(docs []conll.Document) []string {
	out := make([]string, 0, len(docs))
	for _, d := range docs {
		var b strings.Builder
		for _, s := range d.Sentences {
			b.WriteString(strings.Join(s.Tokens, " "))
			b.WriteString("\n")
		}
		out = append(out, b.String())
	}
	return out
}

// newsGenres are GUM's news-like genres.
var newsGenres = []string{"news", "interview"}

// gumDocs reads the GUM documents of split in genres.
func (l *Loader) gumDocs(genres []string, split string) ([]conll.Document, error) {
	var docs []conll.Document
	for _, g := range genres {
		d, err := l.gum(g, split)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

// DevNews is the news-like part of Dev: the GUM "dev" documents of the news
// and interview genres.
func (l *Loader) DevNews() (Set, error) {
	docs, err := l.gumDocs(newsGenres, "dev")
	return Set{"dev-news", docs}, err
}

// DevGUM is the GUM part of Dev (12 whole documents of six genres), where
// document-level features have whole articles to work with.
func (l *Loader) DevGUM() (Set, error) {
	docs, err := l.gumDocs(gumGenres, "dev")
	return Set{"dev-gum", docs}, err
}

// DevPUD is the UNER PUD part of Dev (its Wikipedia half: documents of one
// to three sentences).
func (l *Loader) DevPUD() (Set, error) {
	p, err := l.pud(false)
	return Set{"dev-pud", p}, err
}
