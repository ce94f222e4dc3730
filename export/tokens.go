package export

import (
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// token is one token of the exported text with its BIO tag.
type token struct {
	pipeline.Span
	tag       tag
	sentStart bool // the first token of a sentence
}

// tag is a BIO tag: O, or B-/I- and an entity type.
type tag struct {
	inside bool // I- rather than B-
	typ    pipeline.EntityType
}

func (t tag) String(l Labels) string {
	switch {
	case t.typ == pipeline.NoType:
		return "O"
	case t.inside:
		return "I-" + l.of(t.typ)
	}
	return "B-" + l.of(t.typ)
}

// tokenize segments the article with the pipeline's own segmenter, so that
// tokens and sentences are those sayso extracts with, then
//   - splits a token where a mention starts or ends inside it ("Iran" in
//     "Iran-backed"), so that every mention covers whole tokens;
//   - tags the tokens BIO2 from the flat mentions;
//   - joins two sentences where a mention runs across the break.
func (e *Exporter) tokenize(a *article) {
	doc := &pipeline.Document{ID: a.rec.ID, Text: a.rec.Text}
	if err := e.seg.Process(doc); err != nil {
		e.stats.problem(a.rec.ID, "segmenting: %v", err)
	}
	text := a.rec.Text
	// Mention boundaries in text order; a.flat does not overlap.
	bounds := make([]int, 0, 2*len(a.flat))
	for _, m := range a.flat {
		bounds = append(bounds, m.Start, m.End)
	}
	toks := make([]token, 0, len(doc.Tokens)+len(bounds))
	bi := 0
	eachToken(text, doc.Tokens, func(t pipeline.Token) {
		for bi < len(bounds) && bounds[bi] <= t.Start {
			bi++
		}
		start := t.Start
		first := true
		for bi < len(bounds) && bounds[bi] < t.End {
			b := bounds[bi]
			bi++
			if b == start {
				continue
			}
			if cutsWord(text, b) {
				e.stats.problem(a.rec.ID, "a mention boundary at code point %d cuts the word %q: the token is split there", a.ix.Rune(b), text[t.Start:t.End])
			}
			toks = append(toks, token{Span: pipeline.Span{Start: start, End: b}, sentStart: first && t.Is(pipeline.SentStart)})
			start, first = b, false
		}
		toks = append(toks, token{Span: pipeline.Span{Start: start, End: t.End}, sentStart: first && t.Is(pipeline.SentStart)})
	})
	if len(toks) > 0 {
		toks[0].sentStart = true
	}

	// Tags: the first token that overlaps a mention is B-, the rest I-.
	ti := 0
	for _, m := range a.flat {
		for ti < len(toks) && toks[ti].End <= m.Start {
			ti++
		}
		n := 0
		for ; ti < len(toks) && toks[ti].Start < m.End; ti++ {
			toks[ti].tag = tag{inside: n > 0, typ: m.Type}
			if n > 0 {
				toks[ti].sentStart = false // never break a sentence inside a mention
			}
			n++
		}
		if n == 0 {
			s, en := a.cp(m.Span)
			e.stats.problem(a.rec.ID, "mention %q [%d,%d) covers no token: left out", text[m.Start:m.End], s, en)
		}
	}
	a.toks = toks
}

// eachToken calls fn with the segmenter's tokens and, for any text they
// miss, with a token per run of non-space characters, so that no word is
// lost whatever the tokenizer does. (prose's tokenizer drops words that
// start like a contraction, "can 'read thoughts'"; the segmenter now
// makes up for it, and this keeps exports whole should anything slip.)
func eachToken(text string, toks []pipeline.Token, fn func(pipeline.Token)) {
	prev := 0
	for _, t := range toks {
		gapTokens(text, prev, t.Start, fn)
		fn(t)
		prev = t.End
	}
	gapTokens(text, prev, len(text), fn)
}

func gapTokens(text string, from, to int, fn func(pipeline.Token)) {
	start := -1
	for i, r := range text[from:to] {
		if unicode.IsSpace(r) {
			if start >= 0 {
				fn(pipeline.Token{Span: pipeline.Span{Start: start, End: from + i}})
				start = -1
			}
		} else if start < 0 {
			start = from + i
		}
	}
	if start >= 0 {
		fn(pipeline.Token{Span: pipeline.Span{Start: start, End: to}})
	}
}

// cutsWord reports whether byte offset b lies between two letters or digits.
func cutsWord(text string, b int) bool {
	if b <= 0 || b >= len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:b])
	after, _ := utf8.DecodeRuneInString(text[b:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return isWord(before) && isWord(after)
}

// sentences calls fn with each sentence's tokens.
func (a *article) sentences(fn func(toks []token) error) error {
	start := 0
	for i := 1; i <= len(a.toks); i++ {
		if i == len(a.toks) || a.toks[i].sentStart {
			if err := fn(a.toks[start:i]); err != nil {
				return err
			}
			start = i
		}
	}
	return nil
}
