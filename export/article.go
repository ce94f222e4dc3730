package export

import (
	"sort"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// article is a record prepared for writing: its spans as byte offsets into
// the text, checked, and (for the token formats) its tokens.
type article struct {
	rec   *pipeline.Record
	ix    *pipeline.RuneIndex
	runes int // code points in the text

	mentions []mention // every usable mention, in text order (brat keeps overlaps)
	flat     []mention // mentions without overlaps, in text order (BIO cannot nest)
	quotes   []example

	toks []token // set by Exporter.tokenize
}

// mention is one entity mention; Entity indexes rec.Entities and Nth the
// mention within it.
type mention struct {
	pipeline.Span
	Type   pipeline.EntityType
	Entity int
	Nth    int
}

// prepare converts a record that counts into an article. Spans that do not
// fit the text are dropped with a problem; nothing else is.
func prepare(rec *pipeline.Record, o Only, st *Stats) *article {
	a := &article{rec: rec, ix: pipeline.NewRuneIndex(rec.Text), runes: utf8.RuneCountInString(rec.Text)}
	for ei := range rec.Entities {
		e := &rec.Entities[ei]
		typ := pipeline.ParseEntityType(e.Type)
		if typ == pipeline.NoType {
			st.problem(rec.ID, "entity %s: unknown type %q: its mentions are left out", e.ID, e.Type)
			continue
		}
		for mi, m := range e.Mentions {
			sp, ok := a.span("entity "+e.ID+" mention", m.Start, m.End, m.Text, st)
			if !ok {
				continue
			}
			sp = sp.TrimSpace(rec.Text)
			if sp.Len() == 0 {
				st.problem(rec.ID, "entity %s mention [%d,%d) is blank: left out", e.ID, m.Start, m.End)
				continue
			}
			a.mentions = append(a.mentions, mention{Span: sp, Type: typ, Entity: ei, Nth: mi})
		}
	}
	sort.SliceStable(a.mentions, func(i, j int) bool {
		x, y := a.mentions[i], a.mentions[j]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End > y.End
	})
	a.flat = flatten(a, st)

	for _, ex := range selectQuotes(rec, o) {
		what := "quote " + ex.q.ID
		if ex.review == statusOriginal {
			what += " (original of the edit)"
		}
		sp, ok := a.span(what, ex.q.Start, ex.q.End, ex.q.Text, st)
		if !ok {
			continue
		}
		ex.span = sp
		if c := ex.q.Cue; c != nil {
			ex.cue, ex.hasCue = a.span(what+" cue", c.Start, c.End, c.Text, st)
		}
		if s := ex.q.Speaker; s != nil && (s.Start != 0 || s.End != 0 || s.Text != "") {
			ex.speaker, ex.hasSpeak = a.span(what+" speaker", s.Start, s.End, s.Text, st)
		}
		a.quotes = append(a.quotes, ex)
	}
	return a
}

// span converts a record's code point span to bytes, checking that it lies
// in the text and, when the record gives its text, slices back to it.
func (a *article) span(what string, start, end int, text string, st *Stats) (pipeline.Span, bool) {
	if start < 0 || end < start || end > a.runes {
		st.problem(a.rec.ID, "%s: span [%d,%d) is outside the text (%d code points): left out", what, start, end, a.runes)
		return pipeline.Span{}, false
	}
	sp := a.ix.ByteSpan(start, end)
	if text != "" && a.rec.Text[sp.Start:sp.End] != text {
		st.problem(a.rec.ID, "%s: text[%d:%d] is %q but the record says %q: left out", what, start, end, a.rec.Text[sp.Start:sp.End], text)
		return pipeline.Span{}, false
	}
	return sp, true
}

// cp returns the code point offsets of a byte span.
func (a *article) cp(s pipeline.Span) (int, int) { return a.ix.Span(s) }

// flatten keeps the mentions that do not overlap: of two that do, the longer
// (or the first) stays. a.mentions is sorted by start, longer first.
func flatten(a *article, st *Stats) []mention {
	out := make([]mention, 0, len(a.mentions))
	for _, m := range a.mentions {
		if n := len(out); n > 0 && out[n-1].End > m.Start {
			prev := out[n-1]
			if m.Len() > prev.Len() {
				out[n-1] = m
				prev, m = m, prev
			}
			if prev.Span != m.Span || prev.Type != m.Type {
				s0, e0 := a.cp(m.Span)
				st.problem(a.rec.ID, "mention %q [%d,%d) overlaps %q: BIO cannot nest them, the longer is kept",
					a.rec.Text[m.Start:m.End], s0, e0, a.rec.Text[prev.Start:prev.End])
			}
			continue
		}
		out = append(out, m)
	}
	return out
}
