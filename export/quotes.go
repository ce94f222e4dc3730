package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// quoteLine is one quote-attribution example. Offsets are code points into
// Text, end exclusive; Text is the paragraphs that hold the quote, its cue
// and its speaker (or the whole article), starting at code point
// Meta.Offset of the article. Label is the training target: accepted for a
// quote a person accepted or edited (or, under --only all, one nobody
// reviewed), rejected for one a person rejected and for the extractor's
// version of an edit that changed the span, speaker or cue. Review says
// which of these it was.
type quoteLine struct {
	Text    string        `json:"text"`
	Quote   quoteSpan     `json:"quote"`
	Speaker *quoteSpeaker `json:"speaker"`
	Cue     *quoteSpan    `json:"cue"`
	Kind    string        `json:"kind"`
	Label   string        `json:"label"`
	Review  string        `json:"review"`
	Meta    quoteMeta     `json:"meta"`
}

type quoteSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// quoteSpeaker has no offsets when the record names a speaker without
// pointing at a mention.
type quoteSpeaker struct {
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
	Text   string `json:"text,omitempty"`
	Name   string `json:"name,omitempty"`
	Form   string `json:"form,omitempty"`
	Entity string `json:"entity,omitempty"`
}

type quoteMeta struct {
	ID         string  `json:"id"`
	Quote      string  `json:"quote"`
	Offset     int     `json:"offset"`
	Confidence float64 `json:"confidence"`
}

const (
	labelPositive = "accepted"
	labelNegative = "rejected"
)

type quotesSink struct {
	w       *bufio.Writer
	enc     *json.Encoder
	context Context
	paras   []pipeline.Paragraph
}

func newQuotesSink(w io.Writer, opt Options) *quotesSink {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &quotesSink{w: bw, enc: enc, context: opt.Context}
}

func (s *quotesSink) write(a *article, st *Stats) error {
	if len(a.quotes) == 0 {
		return nil
	}
	text := a.rec.Text
	if s.context == Paragraphs {
		s.paras = segment.Paragraphs(text, s.paras[:0])
	}
	for _, ex := range a.quotes {
		win := pipeline.Span{Start: 0, End: len(text)}
		if s.context == Paragraphs {
			win = s.window(ex)
		}
		base := a.ix.Rune(win.Start)
		rel := func(sp pipeline.Span) quoteSpan {
			start, end := a.cp(sp)
			return quoteSpan{Start: start - base, End: end - base, Text: text[sp.Start:sp.End]}
		}
		line := quoteLine{
			Text:   text[win.Start:win.End],
			Quote:  rel(ex.span),
			Kind:   ex.q.Kind,
			Label:  labelNegative,
			Review: ex.review,
			Meta:   quoteMeta{ID: a.rec.ID, Quote: ex.q.ID, Offset: base, Confidence: ex.q.Confidence},
		}
		if ex.positive {
			line.Label = labelPositive
			st.Positives++
		} else {
			st.Negatives++
		}
		if ex.hasCue {
			c := rel(ex.cue)
			line.Cue = &c
		}
		if sp := ex.q.Speaker; sp != nil {
			qs := &quoteSpeaker{Name: sp.Name, Form: sp.Form, Entity: sp.Entity}
			if ex.hasSpeak {
				r := rel(ex.speaker)
				qs.Start, qs.End, qs.Text = &r.Start, &r.End, r.Text
			}
			line.Speaker = qs
		}
		st.Units++
		if err := s.enc.Encode(&line); err != nil {
			return err
		}
	}
	return s.w.Flush()
}

// window returns the paragraphs that hold the example's quote, cue and
// speaker.
func (s *quotesSink) window(ex example) pipeline.Span {
	lo, hi := ex.span.Start, ex.span.End
	for _, sp := range []pipeline.Span{ex.cue, ex.speaker} {
		if sp.Len() > 0 {
			lo, hi = min(lo, sp.Start), max(hi, sp.End)
		}
	}
	win := pipeline.Span{Start: lo, End: hi}
	for _, p := range s.paras {
		if p.End > lo {
			win.Start = min(win.Start, p.Start)
			break
		}
	}
	for i := len(s.paras) - 1; i >= 0; i-- {
		if p := s.paras[i]; p.Start < hi {
			win.End = max(win.End, p.End)
			break
		}
	}
	return win
}

func (s *quotesSink) close() error { return s.w.Flush() }
