// Command prosecmp measures prose v2's bundled NER model on the same splits
// and with the same exact-span scoring as the sayso tagger. It is its own
// module so that prose never enters sayso's go.mod or binary.
//
//	cd extractors/entities/internal/prosecmp && go run .
//	go run . -news ../../testdata/polnear-dev-entities.jsonl -articles SHARED/data/polnear/dev/articles.jsonl
//
// The second form scores whole articles against news gold (docs/entities.md,
// "News gold (PolNeAR)"), prose segmenting them itself.
//
// prose's labels map as GPE/LOCATION/FACILITY → LOC, ORGANIZATION → ORG,
// PERSON → PER (GSP and anything else → not scored). Each gold sentence is
// joined with spaces and given to prose without segmentation; prose's
// entities (doc.Entities(), what a prose user gets) are mapped back to gold
// tokens by character offsets.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/eval"
)

func mapType(label string) string {
	switch label {
	case "GPE", "LOCATION", "FACILITY":
		return "LOC"
	case "ORGANIZATION":
		return "ORG"
	case "PERSON":
		return "PER"
	}
	return ""
}

var quotes = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'")

// span is one of prose's entities as byte offsets into the text it was given.
type span struct {
	typ        string
	start, end int
}

// proseSpans runs prose on text and maps doc.Entities() back to byte offsets
// by finding prose's tokens, in order, in the text (prose's tokens carry no
// offsets). Entities of other labels (GSP) are dropped.
func proseSpans(m *prose.Model, text string, segment bool) []span {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(segment), prose.UsingModel(m))
	if err != nil {
		return nil
	}
	ptoks := doc.Tokens()
	pstart := make([]int, len(ptoks))
	pend := make([]int, len(ptoks))
	cur := 0
	for i, t := range ptoks {
		j := strings.Index(text[cur:], t.Text)
		if j < 0 {
			pstart[i], pend[i] = cur, cur
			continue
		}
		pstart[i], pend[i] = cur+j, cur+j+len(t.Text)
		cur = pend[i]
	}
	var out []span
	p := 0
	for _, e := range doc.Entities() {
		typ := mapType(e.Label)
		parts := strings.Fields(e.Text)
		found := -1
		for q := p; q+len(parts) <= len(ptoks); q++ {
			ok := true
			for k, part := range parts {
				if ptoks[q+k].Text != part {
					ok = false
					break
				}
			}
			if ok {
				found = q
				break
			}
		}
		if found < 0 || len(parts) == 0 {
			continue
		}
		p = found + len(parts)
		if typ == "" {
			continue
		}
		out = append(out, span{typ, pstart[found], pend[found+len(parts)-1]})
	}
	return out
}

// tagSentence returns BIO tags over the gold tokens from prose's entities.
func tagSentence(m *prose.Model, toks []string) []string {
	norm := make([]string, len(toks))
	starts := make([]int, len(toks))
	ends := make([]int, len(toks))
	off := 0
	for i, t := range toks {
		norm[i] = quotes.Replace(t)
		starts[i] = off
		off += len(norm[i])
		ends[i] = off
		off++
	}
	text := strings.Join(norm, " ")
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	for _, sp := range proseSpans(m, text, false) {
		first := true
		for i := range toks {
			if ends[i] > sp.start && starts[i] < sp.end {
				if first {
					tags[i] = "B-" + sp.typ
					first = false
				} else {
					tags[i] = "I-" + sp.typ
				}
			}
		}
	}
	return tags
}

// tagArticle returns prose's entities in a whole article as code point
// offsets into text, the unit of the news gold (what a prose user gets:
// prose's own segmentation). Curly quotes become straight ones first, as in
// tagSentence; that keeps every character's code point offset.
func tagArticle(m *prose.Model, text string) []eval.Entity {
	norm := quotes.Replace(text)
	var out []eval.Entity
	for _, sp := range proseSpans(m, norm, true) {
		out = append(out, eval.Entity{
			Type:  sp.typ,
			Start: utf8.RuneCountInString(norm[:sp.start]),
			End:   utf8.RuneCountInString(norm[:sp.end]),
		})
	}
	return out
}

// scoreNews scores prose on gold JSONL ({"id", "entities"}, code point
// offsets) over the articles ({"id", "text"} JSONL) it names.
func scoreNews(m *prose.Model, goldPath, articlesPath string) (*eval.Score, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, err
	}
	gold, err := eval.ReadJSONL(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, g := range gold {
		want[g.ID] = true
	}
	af, err := os.Open(articlesPath)
	if err != nil {
		return nil, err
	}
	defer af.Close()
	var pred []eval.Doc
	sc := bufio.NewScanner(af)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<28)
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", articlesPath, err)
		}
		if want[a.ID] {
			pred = append(pred, eval.Doc{ID: a.ID, Entities: tagArticle(m, a.Text)})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	s, missing := eval.Docs(gold, pred)
	if missing > 0 {
		return nil, fmt.Errorf("%d gold articles not in %s", missing, articlesPath)
	}
	return s, nil
}

func main() {
	news := flag.String("news", "", "score news gold JSONL (code point offsets) instead of the BIO splits")
	articles := flag.String("articles", "", "with -news: the articles JSONL ({\"id\", \"text\"})")
	flag.Parse()
	m := prose.ModelFromData("x")
	if *news != "" {
		s, err := scoreNews(m, *news, *articles)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("== prose v2.0.0 on %s (whole articles, prose's segmentation)\n", *news)
		s.Write(os.Stdout)
		return
	}
	l := corpus.NewLoader(corpus.SharedDir())
	for _, load := range []func() (corpus.Set, error){l.NewsTest, l.GUMNewsTest, l.PUDNewsTest, l.EWTTest, l.Dev} {
		set, err := load()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("== prose v2.0.0 on %s (%d tokens)\n", set.Name, set.Tokens())
		s := eval.BIODocs(set.Docs, func(d conll.Document) [][]string {
			out := make([][]string, len(d.Sentences))
			for i, s := range d.Sentences {
				out[i] = tagSentence(m, s.Tokens)
			}
			return out
		})
		s.Write(os.Stdout)
	}
}
