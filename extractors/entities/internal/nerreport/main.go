// Command nerreport scores the shipped model on every split three ways: the
// tagger alone (sentence by sentence), the tagger with the document pass,
// and the whole entity stage (tagger, document pass and rules) run on the
// gold tokens. It prints the tables docs/entities.md is written from.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/tagger"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/model"
)

func main() {
	m, err := model.Default()
	check(err)
	stage := entities.NewWithModel(m)
	l := corpus.NewLoader(corpus.SharedDir())
	names := os.Args[1:]
	if len(names) > 0 && names[0] == "-diff" {
		set, err := l.Dev()
		check(err)
		diff(stage, m, set.Docs)
		return
	}
	all := map[string]func() (corpus.Set, error){
		"dev": l.Dev, "dev-news": l.DevNews, "news-test": l.NewsTest, "gum-news-test": l.GUMNewsTest,
		"pud-news": l.PUDNewsTest, "ewt-test": l.EWTTest,
	}
	if len(names) == 0 {
		names = []string{"dev", "dev-news"}
	}
	for _, n := range names {
		set, err := all[n]()
		check(err)
		fmt.Printf("== %s (%d tokens)\n-- tagger\n", set.Name, set.Tokens())
		model.Score(m, set.Docs, false).Write(os.Stdout)
		fmt.Println("-- tagger + document pass")
		model.Score(m, set.Docs, true).Write(os.Stdout)
		fmt.Println("-- entity stage (tagger, document pass, rules)")
		stage.EvalBIO(set.Docs).Write(os.Stdout)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func diff(stage *entities.Stage, m *tagger.Model, docs []conll.Document) {
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		labels := make([][]tagger.Label, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
			labels[i] = make([]tagger.Label, len(s.Tokens))
		}
		m.TagDocument(sents, labels)
		doc := entities.FromTokens("x", sents)
		stage.Process(doc)
		st := entities.MentionTags(doc)
		for i, s := range d.Sentences {
			tg := make([]string, len(labels[i]))
			for j, l := range labels[i] {
				tg[j] = l.String()
			}
			a, b, g := conll.Spans(tg), conll.Spans(st[i]), conll.Spans(s.Tags)
			in := func(x conll.Span, l []conll.Span) bool {
				for _, y := range l {
					if x == y {
						return true
					}
				}
				return false
			}
			for _, x := range b {
				if !in(x, a) {
					fmt.Printf("STAGE+ gold=%v %s %q\n", in(x, g), x.Type, strings.Join(s.Tokens[x.Start:x.End], " "))
				}
			}
			for _, x := range a {
				if !in(x, b) {
					fmt.Printf("STAGE- gold=%v %s %q\n", in(x, g), x.Type, strings.Join(s.Tokens[x.Start:x.End], " "))
				}
			}
		}
	}
}
