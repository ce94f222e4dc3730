package quotes

import (
	"math"
	"sort"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// A quote's confidence is the probability that it is right — its span
// matches a gold quote and its speaker is the gold speaker — estimated by
// a logistic model over the features below, trained on PolNeAR train, then
// mapped through an isotonic calibration fitted on the same data so that
// among quotes given c, about a fraction c are right. The model's weights
// live in confidence_model.go, written by
//
//	go test ./extractors/quotes -run TestCalibrate -calibrate
//
// and the calibration table on PolNeAR dev is in docs/quotes.md.

// Feature layout: a bias, one indicator per pattern, per speaker form, and
// the rest named below.
const (
	fBias = iota
	fPattern
	fForm         = fPattern + int(numPatterns)
	fCueWeight    = fForm + 5
	fLogWords     = fCueWeight + 1
	fShort        = fLogWords + 1 // fewer than 4 words
	fLong         = fShort + 1    // 8 words or more
	fUnclosed     = fLong + 1     // direct quote bounded by its paragraph, not by a mark
	fNoOpener     = fUnclosed + 1 //
	fContinues    = fNoOpener + 1 // runs on into the next paragraph
	fStraight     = fContinues + 1
	fResolved     = fStraight + 1 // the speaker's name is not just its mention
	fEntity       = fResolved + 1 // the speaker links to an entity
	fPlural       = fEntity + 1
	fDefinite     = fPlural + 1 // "the …" description
	fUnresolvedPr = fDefinite + 1
	fIndirect     = fUnresolvedPr + 1
	fEndsSentence = fIndirect + 1 // direct quote ending with . ? !
	fTitleCase    = fEndsSentence + 1
	fCueLemma     = fTitleCase + 1          // one indicator per cue verb of the table
	fCueForm      = fCueLemma + maxCueVerbs // one per verb form
	fCueNoun      = fCueForm + 5            // a noun cue
	fAccording    = fCueNoun + 1            // "according to"
	fThat         = fAccording + 1          // the quote follows "that" ("said that …")
	fToEnd        = fThat + 1               // the quote runs to its sentence's end
	fGap          = fToEnd + 1              // inherited: log of the narrative words since the quote before
	fAdjacent     = fGap + 1                // inherited: at most a short attribution since the quote before
	numFeatures   = fAdjacent + 1
)

// maxCueVerbs is the number of cue verbs with an indicator of their own in
// the feature layout. Rows of the cue table past it (verbs added after the
// model was fitted) have none: the model weighs them by their prior weight
// and form alone until the layout is widened and the model refitted
// (calibrate_test.go).
const maxCueVerbs = 160

// features fills x (len numFeatures) for candidate c.
func (st *state) features(c *candidate, x []float64) {
	clear(x)
	x[fBias] = 1
	x[fPattern+int(c.pat)] = 1
	x[fForm+int(min(c.speaker.form, 4))] = 1
	if c.speaker.inherited {
		x[fForm+int(pipeline.Inherited)] = 1
	}
	if c.cueTok >= 0 && c.cueTok < len(st.info) {
		cu := st.info[c.cueTok].cue
		x[fCueWeight] = cu.weight
		switch {
		case cu.verb >= 0:
			if cu.verb < maxCueVerbs {
				x[fCueLemma+int(cu.verb)] = 1
			}
			x[fCueForm+int(cu.form)] = 1
		case cu.noun >= 0:
			x[fCueNoun] = 1
		case st.is(c.cueTok, wAccording):
			x[fAccording] = 1
		}
	}
	words := countWords(st.doc.Text, c.span)
	x[fLogWords] = math.Log1p(float64(words))
	if words < minDirectWords {
		x[fShort] = 1
	}
	if words >= 8 {
		x[fLong] = 1
	}
	if c.seg >= 0 {
		s := &st.segs[c.seg]
		if s.has(unclosed) {
			x[fUnclosed] = 1
		}
		if s.has(noOpener) {
			x[fNoOpener] = 1
		}
		if s.has(contNext) {
			x[fContinues] = 1
		}
		if s.style == styleStraight {
			x[fStraight] = 1
		}
		if endsWithFinal(st.doc.Text, c.span) {
			x[fEndsSentence] = 1
		}
		if isTitleCase(st.doc.Text[c.span.Start:c.span.End]) {
			x[fTitleCase] = 1
		}
	}
	if c.speaker.ok() {
		mention := st.doc.Text[c.speaker.span.Start:c.speaker.span.End]
		if c.name != "" && c.name != mention {
			x[fResolved] = 1
		}
		if c.entity >= 0 {
			x[fEntity] = 1
		}
		if c.speaker.plural {
			x[fPlural] = 1
		}
		if c.speaker.form == pipeline.Description && len(mention) >= 4 && strings.EqualFold(mention[:4], "the ") {
			x[fDefinite] = 1
		}
		if c.speaker.form == pipeline.Pronoun && strings.EqualFold(c.name, mention) {
			x[fUnresolvedPr] = 1
		}
	}
	if c.kind == pipeline.Indirect {
		x[fIndirect] = 1
	}
	if c.speaker.inherited && c.seg > 0 {
		gap := 40
		s := &st.segs[c.seg]
		if p := &st.segs[c.seg-1]; p.para == s.para || s.has(contPrev) {
			gap = 0
			if p.para == s.para {
				for k := p.last; k < s.first; k++ {
					if st.inSeg[k] < 0 && st.isWord(k) {
						gap++
					}
				}
			}
		}
		x[fGap] = math.Log1p(float64(gap))
		if gap <= 4 {
			x[fAdjacent] = 1
		}
	}
	toks := st.doc.Tokens
	if a := st.tokenAt(c.span.Start); a > 0 {
		b := a - 1
		if st.isMark(b) && b > 0 {
			b--
		}
		if st.is(b, wThat) {
			x[fThat] = 1
		}
	}
	if e := st.tokenAt(c.span.End); e < len(toks) && (st.isFinal(e) || st.isMark(e) && e+1 < len(toks) && st.isFinal(e+1)) || e >= len(toks) {
		x[fToEnd] = 1
	}
}

// isTitleCase reports a quoted title rather than speech: most words
// capitalised and no final punctuation ("The Rachel Maddow Show").
func isTitleCase(s string) bool {
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}

// scoreConfidence sets each candidate's confidence.
func (st *state) scoreConfidence() {
	var x [numFeatures]float64
	for i := range st.cands {
		c := &st.cands[i]
		st.features(c, x[:])
		c.conf = calibrate(logit(x[:]))
	}
}

// logit is the model's linear score.
func logit(x []float64) float64 {
	z := 0.0
	for i, w := range modelWeights {
		if i < len(x) {
			z += w * x[i]
		}
	}
	return z
}

// calibrate maps a linear score to a probability through the isotonic
// table (steps at calibX, values calibY); without a table, the logistic.
func calibrate(z float64) float64 {
	if len(calibX) == 0 {
		return 1 / (1 + math.Exp(-z))
	}
	i := sort.SearchFloat64s(calibX, z)
	if i < len(calibX) && calibX[i] == z {
		return calibY[i]
	}
	if i == 0 {
		return calibY[0]
	}
	return calibY[i-1]
}
