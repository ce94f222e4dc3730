package tagger

import (
	"errors"
	"math"
	"math/rand/v2"

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
	// Note is stored in the model (e.g. what data it was trained on).
	Note string
}

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
	if opt.SelfTrain && len(opt.Unlabelled) > 0 {
		first := opt
		first.SelfTrain = false
		m0, err := Train(docs, first)
		if err != nil {
			return nil, err
		}
		docs = append(append([]conll.Document(nil), docs...), m0.pseudoLabel(selfTexts(opt))...)
	}
	fz := featurizer{lex: opt.Lexicon}
	if len(opt.Unlabelled) > 0 {
		fz.classes = learnWordClasses(opt.Unlabelled, opt.Classes, opt.Seed)
	}

	// Pass 1: features per token, counted; indices in order of first sight.
	type rawSent struct {
		keys []uint64
		gold []Label
	}
	var raws []rawSent
	count := map[uint64]int32{}
	var s scratch
	for _, d := range docs {
		for _, sent := range d.Sentences {
			if len(sent.Tokens) == 0 {
				continue
			}
			fz.extract(sent.Tokens, &s)
			keys := append([]uint64(nil), s.keys...)
			gold := make([]Label, len(sent.Tags))
			for i, t := range sent.Tags {
				gold[i] = ParseLabel(t)
			}
			repairBIO(gold)
			for _, k := range keys {
				if k != 0 {
					count[k]++
				}
			}
			raws = append(raws, rawSent{keys, gold})
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

	const L = int(numLabels)
	p := &perceptron{
		w: make([]float64, len(keyOf)*L),
		u: make([]float64, len(keyOf)*L),
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5a7e50))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var pred []Label
	for ep := 0; ep < opt.Epochs; ep++ {
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
	// Average: w_avg = w - u/c.
	c := float64(p.c)
	weights := make([]float32, len(p.w))
	for i := range p.w {
		weights[i] = float32(p.w[i] - p.u[i]/c)
	}
	var trans [numLabels + 1][numLabels]float32
	for a := range trans {
		for b := range trans[a] {
			trans[a][b] = float32(p.tw[a][b] - p.tu[a][b]/c)
		}
	}
	m := newModel(keyOf, weights, trans, Meta{Seed: opt.Seed, Epochs: opt.Epochs, Note: opt.Note}, opt.Prune)
	m.feats = fz
	if opt.Lexicon != nil {
		m.lexFP = opt.Lexicon.Fingerprint()
	}
	return m, nil
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
