package quotes

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sayso/sayso/eval"
	"github.com/sayso/sayso/extractors/entities"
	segstage "github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/require"
)

var calibrateFlag = flag.Bool("calibrate", false, "fit the confidence model on PolNeAR train and rewrite confidence_model.go")

// sample is one scored quote: its features and whether it was right.
type sample struct {
	x       [numFeatures]float64
	right   bool // span and speaker right
	matched bool // span right
	direct  bool
	conf    float64
}

// goldCounts are the gold quotes of a split, per kind.
type goldCounts struct{ direct, indirect int }

// samples runs the pipeline over a PolNeAR split and returns a sample per
// quote the scorer can judge (quotes in marks the PolNeAR gold does not
// know, and transcript turns, are left out: see eval.PolNeARView).
func samples(t *testing.T, shared, split string) ([]sample, goldCounts) {
	read := func(name string, f func([]byte)) {
		fh, err := os.Open(filepath.Join(shared, "data/polnear", split, name))
		require.NoError(t, err)
		defer fh.Close()
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			f(sc.Bytes())
		}
	}
	gold := map[string]eval.GoldDoc{}
	read("gold.jsonl", func(b []byte) {
		var g eval.GoldDoc
		require.NoError(t, json.Unmarshal(b, &g))
		gold[g.ID] = g
	})
	var gc goldCounts
	for _, g := range gold {
		for _, q := range g.Quotes {
			if q.Kind == "direct" {
				gc.direct++
			} else {
				gc.indirect++
			}
		}
	}
	seg, err := segstage.New()
	require.NoError(t, err)
	ents, err := entities.New()
	require.NoError(t, err)
	st := new(state)
	st.opt = Options{} // every quote: thresholds are chosen from these samples
	var out []sample
	read("articles.jsonl", func(b []byte) {
		var a struct{ ID, Text string }
		require.NoError(t, json.Unmarshal(b, &a))
		doc := pipeline.NewDocument(a.ID, a.Text)
		require.NoError(t, seg.Process(doc))
		require.NoError(t, ents.Process(doc))
		st.process(doc)
		ix := pipeline.NewRuneIndex(doc.Text)
		preds := make([]eval.PredQuote, len(doc.Quotes))
		for i, q := range doc.Quotes {
			s, e := ix.Span(q.Span)
			p := eval.PredQuote{Start: s, End: e, Kind: q.Kind.String(), Text: doc.Slice(q.Span), HasText: true}
			if q.Speaker.Form != pipeline.NoSpeaker {
				ss, se := ix.Span(q.Speaker.Span)
				p.Speaker = eval.PredSpeaker{Start: &ss, End: &se, Text: doc.Slice(q.Speaker.Span), Name: q.Speaker.Name}
			}
			preds[i] = p
		}
		for _, m := range eval.MatchDoc(gold[a.ID], preds, eval.QuoteOptions{}) {
			if m.Pred < 0 {
				continue
			}
			c := &st.cands[st.emitted[m.Pred]]
			if c.kind != pipeline.Indirect && c.style != styleCurly && c.style != styleStraight {
				continue
			}
			var sm sample
			st.features(c, sm.x[:])
			sm.right = m.Gold >= 0 && (!m.HasSpeaker || m.SpeakerOK)
			sm.matched = m.Gold >= 0
			sm.direct = m.Kind == "direct"
			sm.conf = doc.Quotes[m.Pred].Confidence
			out = append(out, sm)
		}
	})
	return out, gc
}

// bestThreshold returns the confidence threshold that maximises F1 for one
// kind, given the samples (scored predictions) and the number of gold quotes.
func bestThreshold(s []sample, direct bool, gold int) (float64, float64) {
	var confs []float64
	for _, x := range s {
		if x.direct == direct {
			confs = append(confs, x.conf)
		}
	}
	sort.Float64s(confs)
	type point struct{ th, f float64 }
	var pts []point
	bestF := -1.0
	for _, th := range append([]float64{0}, confs...) {
		tp, np := 0, 0
		for _, x := range s {
			if x.direct == direct && x.conf >= th {
				np++
				if x.matched {
					tp++
				}
			}
		}
		if np == 0 {
			continue
		}
		p, r := float64(tp)/float64(np), float64(tp)/float64(gold)
		f := 2 * p * r / (p + r)
		pts = append(pts, point{th, f})
		bestF = math.Max(bestF, f)
	}
	// F1 is flat near its best: of the thresholds within 0.005 of it, the
	// lowest, which keeps the most quotes.
	for _, pt := range pts {
		if pt.f >= bestF-0.005 {
			return pt.th, pt.f
		}
	}
	return 0, bestF
}

// TestCalibrate reports the calibration of confidence on PolNeAR dev; with
// -calibrate it first fits the model on PolNeAR train and rewrites
// confidence_model.go. It fails if quotes above 0.9 are right less than 94%
// of the time on dev (the target is 95%).
func TestCalibrate(t *testing.T) {
	shared := sharedDirInternal()
	if shared == "" {
		t.Skip("shared data not found (set SAYSO_SHARED)")
	}
	if testing.Short() {
		t.Skip("short")
	}
	if *calibrateFlag {
		train, gc := samples(t, shared, "train")
		w := fitLogistic(train, 0.001, 2000)
		// The calibration map is fitted on out-of-fold scores (5 folds):
		// scores of the quotes a model was fitted on are overconfident.
		zs := make([]float64, len(train))
		ys := make([]bool, len(train))
		const folds = 5
		for f := 0; f < folds; f++ {
			var in []sample
			for i := range train {
				if i%folds != f {
					in = append(in, train[i])
				}
			}
			wf := fitLogistic(in, 0.001, 2000)
			for i := f; i < len(train); i += folds {
				zs[i] = dot(wf, train[i].x[:])
			}
		}
		for i := range train {
			ys[i] = train[i].right
		}
		cx, cy := isotonic(zs, ys, 150)
		cy = guardTop(cx, cy, zs, ys, 0.9, topPrecision)
		for i := range train {
			train[i].conf = calibrate2(cx, cy, zs[i])
		}
		t.Log("train (calibration fitted on out-of-fold scores):\n" + calibrationTable(train).String())
		td, fd := bestThreshold(train, true, gc.direct)
		ti, fi := bestThreshold(train, false, gc.indirect)
		t.Logf("thresholds on train: direct %.3f (F1 %.3f), indirect %.3f (F1 %.3f)", td, fd, ti, fi)
		require.NoError(t, writeModel("confidence_model.go", w, cx, cy, td, ti))
		modelWeights, calibX, calibY = w, cx, cy
	}
	dev, _ := samples(t, shared, "dev")
	table := calibrationTable(dev)
	t.Log("\n" + table.String())
	// The target: quotes above 0.9 right at least 95% of the time on dev.
	top := table.above(0.9)
	require.GreaterOrEqual(t, top.precision(), 0.95, "quotes above 0.9 right %.3f of the time on dev", top.precision())
}

func sharedDirInternal() string {
	if d := os.Getenv("SAYSO_SHARED"); d != "" {
		return d
	}
	for _, d := range []string{"../../../shared", "/work/shared"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return ""
}

func dot(w, x []float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return z
}

// fitLogistic fits logistic regression with L2 penalty by gradient descent.
func fitLogistic(data []sample, l2 float64, iters int) []float64 {
	w := make([]float64, numFeatures)
	g := make([]float64, numFeatures)
	n := float64(len(data))
	lr := 0.5
	for it := 0; it < iters; it++ {
		clear(g)
		for i := range data {
			x := data[i].x[:]
			p := 1 / (1 + math.Exp(-dot(w, x)))
			y := 0.0
			if data[i].right {
				y = 1
			}
			for j := range w {
				g[j] += (p - y) * x[j]
			}
		}
		for j := range w {
			reg := l2 * w[j]
			switch {
			case j == fBias:
				reg = 0
			case j >= fCueLemma && j < fCueLemma+maxCueVerbs:
				reg *= 5 // rare cue verbs: keep their weights near zero
			}
			w[j] -= lr * (g[j]/n + reg)
		}
	}
	return w
}

// isotonic fits a non-decreasing step function of z to y (pool adjacent
// violators), with blocks of at least minBlock samples, and returns each
// block's lowest score and its Laplace-smoothed rate of right quotes.
func isotonic(z []float64, y []bool, minBlock int) ([]float64, []float64) {
	idx := make([]int, len(z))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return z[idx[a]] < z[idx[b]] })
	type block struct {
		lo        float64
		sum, n    float64
		firstItem int
	}
	var bs []block
	for _, i := range idx {
		v := 0.0
		if y[i] {
			v = 1
		}
		bs = append(bs, block{lo: z[i], sum: v, n: 1})
		for len(bs) > 1 {
			a, b := bs[len(bs)-2], bs[len(bs)-1]
			if a.sum/a.n < b.sum/b.n && a.n >= float64(minBlock) {
				break
			}
			bs = bs[:len(bs)-2]
			bs = append(bs, block{lo: a.lo, sum: a.sum + b.sum, n: a.n + b.n})
		}
	}
	var xs, ys []float64
	for _, b := range bs {
		xs = append(xs, b.lo)
		ys = append(ys, (b.sum+1)/(b.n+2))
	}
	xs[0] = math.Inf(-1)
	return xs, ys
}

// topPrecision is how often the quotes of train given more than 0.9 must be
// right: above the 0.95 of the target, so that it holds on other news too.
const topPrecision = 0.96

// guardTop makes the map promise "above hi" only where train bears it out
// with margin: the blocks (from the top down) that together are right at
// least prec of the time keep their values; the blocks below them are
// capped at hi less 0.01. A large block right 94.6% of the time thus gets
// 0.89 rather than 0.946: the one place the map is conservative rather
// than calibrated (docs/quotes.md).
func guardTop(cx, cy, z []float64, y []bool, hi, prec float64) []float64 {
	out := append([]float64(nil), cy...)
	n, right := 0, 0
	cut := len(cx) // blocks from cut on keep values above hi
	for b := len(cx) - 1; b >= 0; b-- {
		bn, br := 0, 0
		for i := range z {
			if z[i] >= cx[b] && (b+1 == len(cx) || z[i] < cx[b+1]) {
				bn++
				if y[i] {
					br++
				}
			}
		}
		if cy[b] <= hi || float64(right+br) < prec*float64(n+bn) {
			break
		}
		n, right = n+bn, right+br
		cut = b
	}
	for b := 0; b < cut; b++ {
		out[b] = math.Min(out[b], hi-0.01) // 0.89: records round to two decimals
	}
	return out
}

func calibrate2(cx, cy []float64, z float64) float64 {
	i := sort.SearchFloat64s(cx, z)
	if i < len(cx) && cx[i] == z {
		return cy[i]
	}
	if i == 0 {
		return cy[0]
	}
	return cy[i-1]
}

func writeModel(path string, w, cx, cy []float64, td, ti float64) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by \"go test ./extractors/quotes -run TestCalibrate -calibrate\"; DO NOT EDIT.\n\n")
	b.WriteString("package quotes\n\nimport \"math\"\n\nvar _ = math.Inf\n\n")
	b.WriteString("// modelWeights are the logistic model's weights, in the feature layout of confidence.go.\n")
	b.WriteString("var modelWeights = []float64{")
	for i, v := range w {
		if i%6 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%.4f,", v)
	}
	b.WriteString("\n}\n\n// calibX and calibY are the isotonic calibration: scores from calibX[i] on get calibY[i].\n")
	b.WriteString("var calibX = []float64{math.Inf(-1),")
	for _, v := range cx[1:] {
		fmt.Fprintf(&b, " %.4f,", v)
	}
	b.WriteString("}\n\nvar calibY = []float64{")
	for i, v := range cy {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%.3f,", v)
	}
	b.WriteString("}\n\n// The thresholds that maximise F1 on PolNeAR train (Options).\n")
	fmt.Fprintf(&b, "const (\n\tminConfDirect = %.4f\n\tminConfIndirect = %.4f\n)\n", math.Max(0, td-1e-4), math.Max(0, ti-1e-4))
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

type bin struct {
	lo, hi      float64
	n, right    int
	meanConfSum float64
}

func (b bin) precision() float64 {
	if b.n == 0 {
		return 0
	}
	return float64(b.right) / float64(b.n)
}

type calTable []bin

func calibrationTable(s []sample) calTable {
	edges := []float64{0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001}
	t := make(calTable, len(edges)-1)
	for i := range t {
		t[i].lo, t[i].hi = edges[i], edges[i+1]
	}
	for _, x := range s {
		for i := range t {
			if x.conf >= t[i].lo && x.conf < t[i].hi {
				t[i].n++
				t[i].meanConfSum += x.conf
				if x.right {
					t[i].right++
				}
			}
		}
	}
	return t
}

// above sums the bins from lo up.
func (t calTable) above(lo float64) bin {
	var b bin
	for _, x := range t {
		if x.lo >= lo {
			b.n += x.n
			b.right += x.right
		}
	}
	return b
}

func (t calTable) String() string {
	var sb strings.Builder
	sb.WriteString("| confidence | quotes | mean confidence | right |\n|---|---|---|---|\n")
	for _, b := range t {
		mean := 0.0
		if b.n > 0 {
			mean = b.meanConfSum / float64(b.n)
		}
		fmt.Fprintf(&sb, "| %.2f–%.2f | %d | %.3f | %.3f |\n", b.lo, math.Min(b.hi, 1), b.n, mean, b.precision())
	}
	top := t.above(0.9)
	fmt.Fprintf(&sb, "| > 0.90 | %d | | %.3f |\n", top.n, top.precision())
	return sb.String()
}
