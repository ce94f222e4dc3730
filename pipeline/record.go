package pipeline

import (
	"fmt"
	"math"
	"strconv"
)

// Schema names the record format; it changes only with incompatible changes.
const Schema = "sayso/v1"

// Record is what sayso writes for one article: the schema documented in the
// README. Offsets are Unicode code point offsets into Text, end exclusive, so
// that text[start:end] in Python gives the span.
type Record struct {
	Schema    string         `yaml:"schema" json:"schema"`
	ID        string         `yaml:"id" json:"id"`
	Source    string         `yaml:"source,omitempty" json:"source,omitempty"`
	Title     string         `yaml:"title,omitempty" json:"title,omitempty"`
	URL       string         `yaml:"url,omitempty" json:"url,omitempty"`
	Published string         `yaml:"published,omitempty" json:"published,omitempty"`
	Error     string         `yaml:"error,omitempty" json:"error,omitempty"` // set when the article could not be processed at all
	Entities  []EntityRecord `yaml:"entities" json:"entities"`
	Quotes    []QuoteRecord  `yaml:"quotes" json:"quotes"`
	Errors    []string       `yaml:"errors" json:"errors"` // problems with this article; the record is still written
	Text      string         `yaml:"text,omitempty" json:"text,omitempty"`
}

// EntityRecord is one person, place or organization and its mentions.
type EntityRecord struct {
	ID       string          `yaml:"id" json:"id"`
	Type     string          `yaml:"type" json:"type"`
	Name     string          `yaml:"name" json:"name"`
	Mentions []MentionRecord `yaml:"mentions" json:"mentions"`
}

// MentionRecord is one span of text.
type MentionRecord struct {
	Start int    `yaml:"start" json:"start"`
	End   int    `yaml:"end" json:"end"`
	Text  string `yaml:"text" json:"text"`
}

// QuoteRecord is one quote and its attribution.
type QuoteRecord struct {
	ID         string         `yaml:"id" json:"id"`
	Kind       string         `yaml:"kind" json:"kind"`
	Text       string         `yaml:"text" json:"text"`
	Start      int            `yaml:"start" json:"start"`
	End        int            `yaml:"end" json:"end"`
	Cue        *MentionRecord `yaml:"cue,omitempty" json:"cue,omitempty"`
	Speaker    *SpeakerRecord `yaml:"speaker,omitempty" json:"speaker,omitempty"`
	Confidence float64        `yaml:"confidence" json:"confidence"`
	Review     *Review        `yaml:"review,omitempty" json:"review,omitempty"`
	Original   *QuoteRecord   `yaml:"original,omitempty" json:"original,omitempty"` // the extractor's version, kept beside an edit
}

// SpeakerRecord is who a quote is attributed to: the mention in the
// attribution clause and who it resolves to.
type SpeakerRecord struct {
	Text   string `yaml:"text" json:"text"`
	Start  int    `yaml:"start" json:"start"`
	End    int    `yaml:"end" json:"end"`
	Form   string `yaml:"form,omitempty" json:"form,omitempty"`     // name | pronoun | description | inherited
	Entity string `yaml:"entity,omitempty" json:"entity,omitempty"` // the entity's id, when it resolves to one
	Name   string `yaml:"name,omitempty" json:"name,omitempty"`     // canonical name, or the description of an unnamed source
}

// Review is a person's decision on a quote.
type Review struct {
	Status string `yaml:"status" json:"status"` // accepted | rejected | edited
	By     string `yaml:"by,omitempty" json:"by,omitempty"`
	At     string `yaml:"at,omitempty" json:"at,omitempty"` // RFC 3339
	Note   string `yaml:"note,omitempty" json:"note,omitempty"`
}

// RecordOptions choose what a record carries.
type RecordOptions struct {
	OmitText bool // leave the article text out of the record
}

// NewRecord converts a processed document into its record.
func NewRecord(doc *Document, opt RecordOptions) *Record {
	ix := NewRuneIndex(doc.Text)
	rec := &Record{
		Schema:    Schema,
		ID:        doc.ID,
		Source:    doc.Source,
		Title:     doc.Title,
		URL:       doc.URL,
		Published: doc.Published,
		Entities:  make([]EntityRecord, len(doc.Entities)),
		Quotes:    make([]QuoteRecord, len(doc.Quotes)),
		Errors:    make([]string, len(doc.Problems)),
	}
	if !opt.OmitText {
		rec.Text = doc.Text
	}
	mentions := make([]MentionRecord, 0, len(doc.Mentions))
	for i, e := range doc.Entities {
		first := len(mentions)
		for _, m := range e.Mentions {
			mentions = append(mentions, spanRecord(doc, ix, doc.Mentions[m].Span))
		}
		rec.Entities[i] = EntityRecord{
			ID:       EntityID(i),
			Type:     e.Type.String(),
			Name:     e.Name,
			Mentions: mentions[first:len(mentions):len(mentions)],
		}
	}
	for i, q := range doc.Quotes {
		start, end := ix.Span(q.Span)
		qr := QuoteRecord{
			ID:         "Q" + strconv.Itoa(i+1),
			Kind:       q.Kind.String(),
			Text:       doc.Slice(q.Span),
			Start:      start,
			End:        end,
			Confidence: roundConfidence(q.Confidence),
		}
		if !q.Cue.IsZero() {
			c := spanRecord(doc, ix, q.Cue)
			qr.Cue = &c
		}
		if q.Speaker.Form != NoSpeaker {
			sp := &SpeakerRecord{Form: q.Speaker.Form.String(), Name: q.Speaker.Name}
			if !q.Speaker.Span.IsZero() {
				sp.Text = doc.Slice(q.Speaker.Span)
				sp.Start, sp.End = ix.Span(q.Speaker.Span)
			}
			if q.Speaker.Entity >= 0 && q.Speaker.Entity < len(doc.Entities) {
				sp.Entity = EntityID(q.Speaker.Entity)
			}
			qr.Speaker = sp
		}
		rec.Quotes[i] = qr
	}
	for i, p := range doc.Problems {
		rec.Errors[i] = p.String()
	}
	return rec
}

// ErrorRecord is the record of an article that could not be processed.
func ErrorRecord(id, source string, err error) *Record {
	return &Record{Schema: Schema, ID: id, Source: source, Error: err.Error(), Errors: []string{}}
}

// EntityID is the record id of the i-th entity (0-based).
func EntityID(i int) string { return "E" + strconv.Itoa(i+1) }

func spanRecord(doc *Document, ix *RuneIndex, s Span) MentionRecord {
	start, end := ix.Span(s)
	return MentionRecord{Start: start, End: end, Text: doc.Slice(s)}
}

func roundConfidence(c float64) float64 {
	if math.IsNaN(c) {
		return 0
	}
	return math.Round(math.Max(0, math.Min(1, c))*100) / 100
}

// Validate checks a record against the schema: known types and kinds, spans
// inside the text and slicing back to their own text, speakers that link to
// existing entities. It returns every problem found.
func (r *Record) Validate() []error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if r.Schema != Schema {
		add("schema is %q, want %q", r.Schema, Schema)
	}
	if r.ID == "" {
		add("record has no id")
	}
	if r.Error != "" {
		return errs
	}
	runes := []rune(r.Text)
	checkSpan := func(what string, start, end int, text string) {
		if start < 0 || end < start {
			add("%s: bad span [%d,%d)", what, start, end)
			return
		}
		if r.Text == "" {
			return // text omitted: nothing to check against
		}
		if end > len(runes) {
			add("%s: span [%d,%d) ends past the text (%d code points)", what, start, end, len(runes))
			return
		}
		if got := string(runes[start:end]); got != text {
			add("%s: text[%d:%d] is %q, record says %q", what, start, end, got, text)
		}
	}
	ids := map[string]bool{}
	for _, e := range r.Entities {
		if ids[e.ID] {
			add("entity id %s used twice", e.ID)
		}
		ids[e.ID] = true
		if ParseEntityType(e.Type) == NoType {
			add("entity %s: unknown type %q", e.ID, e.Type)
		}
		if len(e.Mentions) == 0 {
			add("entity %s has no mentions", e.ID)
		}
		for _, m := range e.Mentions {
			checkSpan("entity "+e.ID+" mention", m.Start, m.End, m.Text)
		}
	}
	for _, q := range r.Quotes {
		if _, ok := ParseQuoteKind(q.Kind); !ok {
			add("quote %s: unknown kind %q", q.ID, q.Kind)
		}
		checkSpan("quote "+q.ID, q.Start, q.End, q.Text)
		if q.Cue != nil {
			checkSpan("quote "+q.ID+" cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
		if q.Confidence < 0 || q.Confidence > 1 {
			add("quote %s: confidence %v outside [0,1]", q.ID, q.Confidence)
		}
		if sp := q.Speaker; sp != nil {
			if sp.Text != "" {
				checkSpan("quote "+q.ID+" speaker", sp.Start, sp.End, sp.Text)
			}
			if sp.Entity != "" && !ids[sp.Entity] {
				add("quote %s: speaker entity %s does not exist", q.ID, sp.Entity)
			}
		}
	}
	return errs
}
