// Command prosecmp measures prose v2's bundled NER model on the same splits
// and with the same exact-span scoring as the sayso tagger. It is its own
// module so that prose never enters sayso's go.mod or binary.
//
//	cd extractors/entities/internal/prosecmp && go run .
//
// prose's labels map as GPE/LOCATION/FACILITY → LOC, ORGANIZATION → ORG,
// PERSON → PER (GSP and anything else → not scored). Each gold sentence is
// joined with spaces and given to prose without segmentation; prose's
// entities (doc.Entities(), what a prose user gets) are mapped back to gold
// tokens by character offsets.
package main

import (
	"fmt"
	"os"
	"strings"

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
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(m))
	if err != nil {
		return tags
	}
	// character offsets of prose's tokens
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
		a, b := pstart[found], pend[found+len(parts)-1]
		first := true
		for i := range toks {
			if ends[i] > a && starts[i] < b {
				if first {
					tags[i] = "B-" + typ
					first = false
				} else {
					tags[i] = "I-" + typ
				}
			}
		}
	}
	return tags
}

func main() {
	m := prose.ModelFromData("x")
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
