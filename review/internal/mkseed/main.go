// Command mkseed makes review/testdata/seed.yaml, the records the review
// tests and the screenshot in docs/review.png use: the seed article's record
// as `sayso extract` writes it, with the quotes of the hand-made gold
// (fixtures/seed/gold.yaml) added where the record has none, so the page has
// quotes to show before the quote extractor exists. Confidences are made up
// (a fixed list) so that "low confidence first" has something to sort.
//
//	go run ./cmd/sayso extract fixtures/seed/article.txt -o /tmp/seed.yaml
//	go run ./review/internal/mkseed /tmp/seed.yaml fixtures/seed/gold.yaml > review/testdata/seed.yaml
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sayso/sayso/pipeline"
)

type goldQuote struct {
	Text       string `yaml:"text"`
	Occurrence int    `yaml:"occurrence"`
	Kind       string `yaml:"kind"`
	Cue        string `yaml:"cue"`
	Speaker    struct {
		Text string `yaml:"text"`
	} `yaml:"speaker"`
}

// confidences are given to the gold quotes in order.
var confidences = []float64{0.93, 0.9, 0.64, 0.86, 0.52, 0.38, 0.74, 0.61, 0.7}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mkseed RECORDS.yaml GOLD.yaml > seed.yaml")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "mkseed:", err)
		os.Exit(1)
	}
}

func run(recordsPath, goldPath string) error {
	f, err := os.Open(recordsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	if err != nil {
		return err
	}
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		return err
	}
	var gold struct {
		Quotes []goldQuote `yaml:"quotes"`
	}
	if err := yaml.Unmarshal(gb, &gold); err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	w := pipeline.NewYAMLWriter(out)
	for _, rec := range recs {
		if len(rec.Quotes) == 0 && rec.Text != "" {
			if err := addGold(rec, gold.Quotes); err != nil {
				return err
			}
		}
		if errs := rec.Validate(); len(errs) > 0 {
			return fmt.Errorf("record %s: %v", rec.ID, errs)
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return out.Flush()
}

func addGold(rec *pipeline.Record, gold []goldQuote) error {
	text := rec.Text
	ix := pipeline.NewRuneIndex(text)
	var prev *pipeline.SpeakerRecord
	for i, g := range gold {
		start := nth(text, g.Text, max(g.Occurrence, 1))
		if start < 0 {
			return fmt.Errorf("gold quote %q not in the text", g.Text)
		}
		qs := pipeline.Span{Start: start, End: start + len(g.Text)}
		q := pipeline.QuoteRecord{ID: fmt.Sprintf("Q%d", i+1), Kind: g.Kind, Text: g.Text, Confidence: confidences[i%len(confidences)]}
		q.Start, q.End = ix.Span(qs)
		if g.Cue != "" {
			word := strings.Fields(g.Cue)[0]
			if s, ok := nearest(text, word, qs); ok {
				c := pipeline.MentionRecord{Text: word}
				c.Start, c.End = ix.Span(s)
				q.Cue = &c
			}
		}
		sp := &pipeline.SpeakerRecord{Form: "description", Name: g.Speaker.Text}
		if s, ok := nearest(text, g.Speaker.Text, qs); ok && g.Cue != "" {
			sp.Text = g.Speaker.Text
			sp.Start, sp.End = ix.Span(s)
			for _, e := range rec.Entities {
				for _, m := range e.Mentions {
					if m.Start >= sp.Start && m.End <= sp.End {
						sp.Entity, sp.Name, sp.Form = e.ID, e.Name, "name"
					}
				}
			}
		} else if prev != nil {
			inherited := *prev
			inherited.Form = "inherited"
			sp = &inherited
		}
		q.Speaker = sp
		prev = sp
		rec.Quotes = append(rec.Quotes, q)
	}
	// Records list quotes in text order.
	sort.SliceStable(rec.Quotes, func(i, j int) bool { return rec.Quotes[i].Start < rec.Quotes[j].Start })
	for i := range rec.Quotes {
		rec.Quotes[i].ID = fmt.Sprintf("Q%d", i+1)
	}
	return nil
}

// nth is the byte offset of the n-th occurrence of sub in s, or -1.
func nth(s, sub string, n int) int {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		if n--; n == 0 {
			return off + i
		}
		off += i + len(sub)
	}
}

// nearest finds the occurrence of sub outside q closest to it.
func nearest(s, sub string, q pipeline.Span) (pipeline.Span, bool) {
	best, bestD := pipeline.Span{}, -1
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			break
		}
		sp := pipeline.Span{Start: off + i, End: off + i + len(sub)}
		off = sp.End
		if sp.Overlaps(q) {
			continue
		}
		d := q.Start - sp.End
		if sp.Start >= q.End {
			d = sp.Start - q.End
		}
		if bestD < 0 || d < bestD {
			best, bestD = sp, d
		}
	}
	return best, bestD >= 0
}
