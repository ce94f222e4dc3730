// Command nerlab trains the entity tagger on the Train split and scores it on
// Dev (and, with -test, on the reporting splits). It is the bench used to make
// choices about features and data; it never trains on a reporting split.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/extractors/entities/eval"
	"github.com/sayso/sayso/extractors/entities/gazetteer"
	"github.com/sayso/sayso/extractors/entities/tagger"
)

type adapter struct {
	m   *tagger.Model
	buf []tagger.Label
}

func (a *adapter) NewDocument() {}

// docAdapter tags whole documents with TagDocument (document consistency).
type docAdapter struct {
	m      *tagger.Model
	noRule bool
}

func (a *docAdapter) Tag(d conll.Document) [][]string {
	sents := make([][]string, len(d.Sentences))
	out := make([][]tagger.Label, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = s.Tokens
		out[i] = make([]tagger.Label, len(s.Tokens))
	}
	if a.noRule {
		a.m.TagDocumentStacked(sents, out)
	} else {
		a.m.TagDocument(sents, out)
	}
	tags := make([][]string, len(out))
	for i, ls := range out {
		for _, l := range ls {
			tags[i] = append(tags[i], l.String())
		}
	}
	return tags
}
func (a *adapter) TagSentence(toks []string) []string {
	if cap(a.buf) < len(toks) {
		a.buf = make([]tagger.Label, len(toks))
	}
	a.buf = a.buf[:len(toks)]
	a.m.Tag(toks, a.buf)
	out := make([]string, len(toks))
	for i, l := range a.buf {
		out[i] = l.String()
	}
	return out
}

func main() {
	epochs := flag.Int("epochs", 10, "epochs")
	minCount := flag.Int("min", 1, "min feature count")
	useGaz := flag.Bool("gaz", true, "use the gazetteer")
	useUnl := flag.Bool("unl", true, "learn word classes from PolNeAR train text and the training text")
	k := flag.Int("k", 64, "word clusters")
	prune := flag.Int("prune", 0, "prune weights below this (of 32767)")
	self := flag.Bool("self", false, "self-train on the unlabelled text")
	selfN := flag.Int("selfn", 300, "unlabelled texts used for self-training")
	test := flag.Bool("test", false, "also score the reporting splits")
	drop := flag.String("drop", "", "comma-separated substrings of training file names to leave out")
	errs := flag.Bool("errs", false, "print dev errors")
	gumx := flag.Int("gumx", 1, "repeat GUM train docs")
	orgx := flag.Int("orgx", 1, "repeat training sentences holding an organization")
	newsx := flag.Int("newsx", 0, "repeat GUM news and interview train docs this many more times")
	bags := flag.Int("bags", 1, "perceptrons averaged")
	seed := flag.Uint64("seed", 1, "training seed")
	stacked := flag.Bool("stacked", false, "two-pass model with document features")
	folds := flag.Int("folds", 2, "jackknife folds for -stacked")
	save := flag.String("save", "", "write the trained model to this file")
	load := flag.String("load", "", "score this model file instead of training (rules and stage only)")
	unifyTitles := flag.Bool("unifytitles", false, "as -unify, titles only")
	unify := flag.Bool("unify", false, "rewrite BTC's and WNUT17's labels to UNER/GUM conventions (titles outside people, demonyms not entities)")
	flag.Parse()
	l := corpus.NewLoader(corpus.SharedDir())
	l.GUMWeight = *gumx
	l.NewsWeight = *newsx
	l.Unify = *unify || *unifyTitles
	l.UnifyTitlesOnly = *unifyTitles
	if *drop != "" {
		l.Drop(strings.Split(*drop, ","))
	}
	train, err := l.Train()
	check(err)
	dev, err := l.Dev()
	check(err)
	if *orgx > 1 {
		var extra conll.Document
		for _, d := range train.Docs {
			for _, s := range d.Sentences {
				for _, t := range s.Tags {
					if t == "B-ORG" {
						for range *orgx - 1 {
							extra.Sentences = append(extra.Sentences, s)
						}
						break
					}
				}
			}
		}
		train.Docs = append(train.Docs, extra)
	}
	var lex tagger.Lexicon
	if *useGaz {
		lex = gazetteer.Default()
	}
	var unl []string
	if *useUnl {
		unl, err = corpus.Unlabelled(l.Dir)
		check(err)
		unl = append(unl, corpus.Texts(train.Docs)...)
	}
	t0 := time.Now()
	var m *tagger.Model
	if *load != "" {
		b, err := os.ReadFile(*load)
		check(err)
		m, err = tagger.LoadBytes(b, lex)
		check(err)
	} else {
		m, err = tagger.Train(train.Docs, tagger.Options{Seed: *seed, Epochs: *epochs, MinCount: *minCount, Lexicon: lex, Unlabelled: unl, Classes: *k, SelfTrain: *self, SelfTrainTexts: *selfN, Prune: *prune, Stacked: *stacked, Folds: *folds, Bags: *bags})
		check(err)
	}
	if *save != "" {
		f, err := os.Create(*save)
		check(err)
		_, err = m.WriteTo(f)
		check(err)
		check(f.Close())
	}
	var sz countWriter
	m.WriteTo(&sz)
	fmt.Printf("trained on %d tokens in %v, %d features, %d bytes\n", train.Tokens(), time.Since(t0), m.Features(), int(sz))
	devNews, err := l.DevNews()
	check(err)
	devGUM, err := l.DevGUM()
	check(err)
	devPUD, err := l.DevPUD()
	check(err)
	sets := []corpus.Set{dev, devGUM, devPUD, devNews}
	if *test {
		for _, f := range []func() (corpus.Set, error){l.NewsTest, l.GUMNewsTest, l.PUDNewsTest, l.EWTTest} {
			s, err := f()
			check(err)
			sets = append(sets, s)
		}
	}
	if *errs {
		stageErrors(dev.Docs, entities.NewWithModel(m).WithBIOConventions())
		printErrors(dev.Docs, m)
		errorKinds(dev.Docs, m)
		diffDoc(dev.Docs, m)
	}
	for _, s := range sets {
		fmt.Printf("== %s (%d tokens)\n", s.Name, s.Tokens())
		eval.BIO(s.Docs, &adapter{m: m}).Write(os.Stdout)
		fmt.Println("-- two passes, no rules")
		eval.BIODocs(s.Docs, (&docAdapter{m, true}).Tag).Write(os.Stdout)
		fmt.Println("-- with document consistency")
		eval.BIODocs(s.Docs, (&docAdapter{m: m}).Tag).Write(os.Stdout)
		fmt.Println("-- entity stage")
		entities.NewWithModel(m).EvalBIO(s.Docs).Write(os.Stdout)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func printErrors(docs []conll.Document, m *tagger.Model) {
	a := &adapter{m: m}
	for _, d := range docs {
		for _, s := range d.Sentences {
			pred := a.TagSentence(s.Tokens)
			g, p := conll.Spans(s.Tags), conll.Spans(pred)
			gs := map[conll.Span]bool{}
			for _, x := range g {
				gs[x] = true
			}
			ps := map[conll.Span]bool{}
			for _, x := range p {
				ps[x] = true
			}
			for _, x := range g {
				if !ps[x] {
					fmt.Printf("MISS %s %q | %s\n", x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
			for _, x := range p {
				if !gs[x] {
					fmt.Printf("FALSE %s %q | %s\n", x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
		}
	}
}

func ctx(t []string, x conll.Span) string {
	a, b := max(0, x.Start-5), min(len(t), x.End+5)
	return strings.Join(t[a:b], " ")
}

func errorKinds(docs []conll.Document, m *tagger.Model) {
	a := &adapter{m: m}
	kinds := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			pred := a.TagSentence(s.Tokens)
			g, p := conll.Spans(s.Tags), conll.Spans(pred)
			for _, x := range g {
				kind := "miss"
				for _, y := range p {
					if y == x {
						kind = "ok"
						break
					}
					if y.Start == x.Start && y.End == x.End {
						kind = "type:" + x.Type + "->" + y.Type
					} else if y.Start < x.End && x.Start < y.End && kind == "miss" {
						if y.Type == x.Type {
							kind = "boundary"
						} else {
							kind = "boundary+type"
						}
					}
				}
				kinds[kind]++
			}
			for _, y := range p {
				over := false
				for _, x := range g {
					if y.Start < x.End && x.Start < y.End {
						over = true
					}
				}
				if !over {
					kinds["false:"+y.Type]++
				}
			}
		}
	}
	fmt.Println(kinds)
}

func diffDoc(docs []conll.Document, m *tagger.Model) {
	a := &adapter{m: m}
	da := &docAdapter{m: m}
	for _, d := range docs {
		dt := da.Tag(d)
		for i, s := range d.Sentences {
			p1 := conll.Spans(a.TagSentence(s.Tokens))
			p2 := conll.Spans(dt[i])
			g := conll.Spans(s.Tags)
			in := func(x conll.Span, l []conll.Span) bool {
				for _, y := range l {
					if y == x {
						return true
					}
				}
				return false
			}
			for _, x := range p2 {
				if !in(x, p1) {
					fmt.Printf("DOC+ %v %s %q | %s\n", in(x, g), x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
			for _, x := range p1 {
				if !in(x, p2) {
					fmt.Printf("DOC- %v %s %q | %s\n", in(x, g), x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
		}
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

func stageErrors(docs []conll.Document, st *entities.Stage) {
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		doc := entities.FromTokens("x", sents)
		st.Process(doc)
		tags := entities.MentionTags(doc)
		for i, s := range d.Sentences {
			g, p := conll.Spans(s.Tags), conll.Spans(tags[i])
			in := func(x conll.Span, l []conll.Span) bool {
				for _, y := range l {
					if x == y {
						return true
					}
				}
				return false
			}
			for _, x := range g {
				if !in(x, p) {
					fmt.Printf("SMISS %s %q | %s\n", x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
			for _, x := range p {
				if !in(x, g) {
					fmt.Printf("SFALSE %s %q | %s\n", x.Type, strings.Join(s.Tokens[x.Start:x.End], " "), ctx(s.Tokens, x))
				}
			}
		}
	}
}
