package tagger

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/sayso/sayso/extractors/entities/conll"
)

// Options control training. The zero value is usable: it trains 10 epochs
// with seed 1, no lexicon and no word classes.
type Options struct {
	Epochs   int    // passes over the data (default 10)
	Seed     uint64 // shuffles the sentence order each epoch
	MinCount int    // features seen fewer times in the data are dropped (default 1)
	// Lexicon marks gazetteer names; the model must later be loaded with
	// the same lexicon.
	Lexicon Lexicon
	// Unlabelled is raw in-domain text used to learn word classes
	// (distributional clusters and capitalisation ratios). Optional.
	Unlabelled []string
	Classes    int // number of word clusters (default 64)
	// SelfTrain, if set, first trains a model on the labelled data, tags the
	// Unlabelled texts with it and trains again on both (self-training).
	SelfTrain bool
	// SelfTrainTexts limits how many of the Unlabelled texts (the first
	// ones) are pseudo-labelled; 0 means all.
	SelfTrainTexts int
	// Prune zeroes quantised weights smaller than this (of 32767, the
	// largest weight) and drops features left with no weight. It trades a
	// little accuracy for a smaller, faster-loading model.
	Prune int
	// Stacked trains a two-pass model: its second pass sees what the first
	// pass labelled the same words and names elsewhere in the document
	// (context.go). The document features of the training data come from
	// first-pass models trained on the other Folds of the documents.
	Stacked bool
	Folds   int // jackknife folds for Stacked (default 2)
	// Bags is how many perceptrons, each seeing the data in another order,
	// are averaged into the model (default 1).
	Bags int
	// Note is stored in the model (e.g. what data it was trained on).
	Note string

	classes *wordClasses // learnt once and shared by the models of one Train
}

// bagSentences is the number of sentences above which a "document" is taken
// to be a bag of unrelated sentences (a file of tweets without boundaries):
// its sentences get document features each on their own.
const bagSentences = 500

// trainSent is a sentence with its features resolved to indices.
type trainSent struct {
	feats []int32 // numFeatures per token, -1 = none
	gold  []Label
	n     int
}

// Train fits a model on the labelled documents. The same documents and
// options always give a model with the same bytes.
func Train(docs []conll.Document, opt Options) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	fz := featurizer{lex: opt.Lexicon, classes: opt.classes}
	if fz.classes == nil && len(opt.Unlabelled) > 0 {
		fz.classes = learnWordClasses(opt.Unlabelled, opt.Classes, opt.Seed)
		opt.classes = fz.classes
	}
	labelled := len(docs)
	if opt.SelfTrain && len(opt.Unlabelled) > 0 {
		first := opt
		first.SelfTrain, first.Stacked = false, false
		m0, err := Train(docs, first)
		if err != nil {
			return nil, err
		}
		docs = append(append([]conll.Document(nil), docs...), m0.pseudoLabel(selfTexts(opt))...)
	}
	var ctxFeats [][][]docFeats // per document and sentence; nil = none
	if opt.Stacked {
		var err error
		// Only the labelled documents: the pseudo-labelled ones would
		// teach the second pass to trust first-pass labels too much (their
		// labels are a first pass's). Measured on Dev.
		if ctxFeats, err = jackknife(docs[:labelled], opt); err != nil {
			return nil, err
		}
	}

	// Pass 1: features per token, counted; indices in order of first sight.
	type rawSent struct {
		keys []uint64
		gold []Label
	}
	var raws []rawSent
	count := map[uint64]int32{}
	var s scratch
	add := func(keys []uint64, gold []Label) {
		for _, k := range keys {
			if k != 0 {
				count[k]++
			}
		}
		raws = append(raws, rawSent{keys, gold})
	}
	for di, d := range docs {
		for si, sent := range d.Sentences {
			if len(sent.Tokens) == 0 {
				continue
			}
			gold := make([]Label, len(sent.Tags))
			for i, t := range sent.Tags {
				gold[i] = ParseLabel(t)
			}
			repairBIO(gold)
			fz.extract(sent.Tokens, nil, &s)
			add(append([]uint64(nil), s.keys...), gold)
			// A stacked model learns both passes: each sentence with
			// document features is seen a second time with them.
			if di < len(ctxFeats) && ctxFeats[di][si] != nil {
				fz.extract(sent.Tokens, ctxFeats[di][si], &s)
				add(append([]uint64(nil), s.keys...), gold)
			}
		}
	}
	if len(raws) == 0 {
		return nil, errors.New("tagger: no training sentences")
	}
	index := map[uint64]int32{}
	var keyOf []uint64
	sents := make([]trainSent, len(raws))
	for si, r := range raws {
		f := make([]int32, len(r.keys))
		for j, k := range r.keys {
			f[j] = -1
			if k == 0 || count[k] < int32(opt.MinCount) {
				continue
			}
			id, ok := index[k]
			if !ok {
				id = int32(len(keyOf))
				index[k] = id
				keyOf = append(keyOf, k)
			}
			f[j] = id
		}
		sents[si] = trainSent{feats: f, gold: r.gold, n: len(r.gold)}
	}
	raws = nil

	// Bags perceptrons differ only in the order they see the sentences;
	// their averaged weights are averaged again (less variance from the
	// order, same model size and speed). They train in parallel, and are
	// summed in a fixed order, so the result does not depend on scheduling.
	bags := max(opt.Bags, 1)
	parts := make([]*perceptron, bags)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for b := range bags {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			parts[b] = trainPerceptron(sents, len(keyOf), opt.Epochs, opt.Seed+uint64(b)*0x9e37)
		}()
	}
	wg.Wait()
	weights := make([]float32, len(keyOf)*int(numLabels))
	var trans [numLabels + 1][numLabels]float32
	for _, p := range parts {
		// Average: w_avg = w - u/c.
		for i := range p.w {
			weights[i] += float32((p.w[i] - p.u[i]/float64(p.c)) / float64(bags))
		}
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] += float32((p.tw[a][b] - p.tu[a][b]/float64(p.c)) / float64(bags))
			}
		}
	}
	m := newModel(keyOf, weights, trans, Meta{Seed: opt.Seed, Epochs: opt.Epochs, Note: opt.Note}, opt.Prune)
	m.feats = fz
	m.stacked = opt.Stacked
	if opt.Lexicon != nil {
		m.lexFP = opt.Lexicon.Fingerprint()
	}
	return m, nil
}

// trainPerceptron runs the structured perceptron over the sentences for the
// given epochs, shuffling their order with seed each epoch.
func trainPerceptron(sents []trainSent, nfeat, epochs int, seed uint64) *perceptron {
	const L = int(numLabels)
	p := &perceptron{
		w: make([]float64, nfeat*L),
		u: make([]float64, nfeat*L),
	}
	rng := rand.New(rand.NewPCG(seed, 0x5a7e50))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var pred []Label
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			st := &sents[si]
			p.c++
			if cap(pred) < st.n {
				pred = make([]Label, st.n)
			}
			pred = pred[:st.n]
			p.decode(st, pred)
			p.update(st, pred)
		}
	}
	return p
}

// repairBIO turns an I-X that does not continue an X into B-X.
func repairBIO(ls []Label) {
	for i, l := range ls {
		p := int(numLabels)
		if i > 0 {
			p = int(ls[i-1])
		}
		if !allowed[p][l] {
			ls[i] = l - 1
		}
	}
}

// perceptron holds the training weights: w the current ones, u the running
// sums used for averaging (the "c * update" trick), c the step counter.
type perceptron struct {
	w, u   []float64
	tw, tu [numLabels + 1][numLabels]float64
	c      int
	score  []float64
	back   []uint8
}

func (p *perceptron) decode(st *trainSent, out []Label) {
	const L = int(numLabels)
	n := st.n
	if cap(p.score) < n*L {
		p.score = make([]float64, n*L)
		p.back = make([]uint8, n*L)
	}
	score, back := p.score[:n*L], p.back[:n*L]
	for i := 0; i < n; i++ {
		var emit [numLabels]float64
		for _, f := range st.feats[i*numFeatures : (i+1)*numFeatures] {
			if f < 0 {
				continue
			}
			w := p.w[int(f)*L : int(f)*L+L]
			for l := range emit {
				emit[l] += w[l]
			}
		}
		row := score[i*L : (i+1)*L]
		if i == 0 {
			for l := 0; l < L; l++ {
				if allowed[L][l] {
					row[l] = emit[l] + p.tw[L][l]
				} else {
					row[l] = math.Inf(-1)
				}
			}
			continue
		}
		prev := score[(i-1)*L : i*L]
		for l := 0; l < L; l++ {
			best, arg := math.Inf(-1), 0
			for q := 0; q < L; q++ {
				if !allowed[q][l] {
					continue
				}
				if v := prev[q] + p.tw[q][l]; v > best {
					best, arg = v, q
				}
			}
			row[l] = best + emit[l]
			back[i*L+l] = uint8(arg)
		}
	}
	last := score[(n-1)*L:]
	best := 0
	for l := 1; l < L; l++ {
		if last[l] > last[best] {
			best = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = Label(best)
		best = int(back[i*L+best])
	}
}

func (p *perceptron) update(st *trainSent, pred []Label) {
	const L = int(numLabels)
	c := float64(p.c)
	for i := 0; i < st.n; i++ {
		g, y := st.gold[i], pred[i]
		if g != y {
			for _, f := range st.feats[i*numFeatures : (i+1)*numFeatures] {
				if f < 0 {
					continue
				}
				p.w[int(f)*L+int(g)]++
				p.u[int(f)*L+int(g)] += c
				p.w[int(f)*L+int(y)]--
				p.u[int(f)*L+int(y)] -= c
			}
		}
		gp, yp := L, L
		if i > 0 {
			gp, yp = int(st.gold[i-1]), int(pred[i-1])
		}
		if gp != yp || g != y {
			p.tw[gp][g]++
			p.tu[gp][g] += c
			p.tw[yp][y]--
			p.tu[yp][y] -= c
		}
	}
}

// pseudoLabel tags raw texts (split roughly into sentences) as documents.
func (m *Model) pseudoLabel(texts []string) []conll.Document {
	out := make([]conll.Document, 0, len(texts))
	for _, t := range texts {
		sents := RoughSentences(t)
		labels := make([][]Label, len(sents))
		for i, s := range sents {
			labels[i] = make([]Label, len(s))
		}
		m.TagDocument(sents, labels)
		var d conll.Document
		for i, s := range sents {
			tags := make([]string, len(s))
			for j, l := range labels[i] {
				tags[j] = l.String()
			}
			d.Sentences = append(d.Sentences, conll.Sentence{Tokens: s, Tags: tags})
		}
		out = append(out, d)
	}
	return out
}

func selfTexts(opt Options) []string {
	if opt.SelfTrainTexts > 0 && opt.SelfTrainTexts < len(opt.Unlabelled) {
		return opt.Unlabelled[:opt.SelfTrainTexts]
	}
	return opt.Unlabelled
}

// jackknife gives every training sentence the document features a stacked
// model's second pass would see, computed from first-pass labels made by a
// model that was not trained on that document (one model per fold). A
// sentence without any document feature gets nil.
func jackknife(docs []conll.Document, opt Options) ([][][]docFeats, error) {
	folds := opt.Folds
	if folds < 2 {
		folds = 2
	}
	// Units are documents, or single sentences of a bag of sentences. A
	// unit's fold is a hash of its text, so that repeated copies of a
	// document (data weights) fall in the same fold and a fold model never
	// sees the document it labels.
	type unit struct{ doc, first, end, fold int }
	var units []unit
	foldOf := func(sents []conll.Sentence) int {
		h := uint64(fnvOffset)
		for _, s := range sents {
			h = seqHash(s.Tokens) ^ h*fnvPrime
		}
		return int(mix(h) % uint64(folds))
	}
	for di, d := range docs {
		if len(d.Sentences) > bagSentences {
			for si := range d.Sentences {
				units = append(units, unit{di, si, si + 1, foldOf(d.Sentences[si : si+1])})
			}
			continue
		}
		units = append(units, unit{di, 0, len(d.Sentences), foldOf(d.Sentences)})
	}
	out := make([][][]docFeats, len(docs))
	for di, d := range docs {
		out[di] = make([][]docFeats, len(d.Sentences))
	}
	sub := opt
	sub.Stacked, sub.SelfTrain, sub.Prune, sub.Note = false, false, 0, ""
	c := &context{words: map[uint64]*wordStats{}, spans: map[uint64]*[4]int{}, lowers: map[uint64]bool{}, acros: map[uint64]*[4]int{}}
	for f := 0; f < folds; f++ {
		var train []conll.Document
		for _, u := range units {
			if u.fold != f {
				train = append(train, conll.Document{Sentences: docs[u.doc].Sentences[u.first:u.end]})
			}
		}
		m, err := Train(train, sub)
		if err != nil {
			return nil, err
		}
		for _, u := range units {
			if u.fold != f {
				continue
			}
			sents := make([][]string, 0, u.end-u.first)
			labels := make([][]Label, 0, u.end-u.first)
			for _, s := range docs[u.doc].Sentences[u.first:u.end] {
				l := make([]Label, len(s.Tokens))
				m.Tag(s.Tokens, l)
				sents = append(sents, s.Tokens)
				labels = append(labels, l)
			}
			c.collect(sents, labels)
			for i, s := range sents {
				f := make([]docFeats, len(s))
				if c.features(s, labels[i], f) {
					out[u.doc][u.first+i] = f
				}
			}
		}
	}
	return out, nil
}
