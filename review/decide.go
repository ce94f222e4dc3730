// Package review lets a person check the quotes sayso extracted: accept,
// reject or fix each one, with the decision written back into the records
// file itself. It has three parts:
//
//   - decide.go: Decision and Apply, which change one quote of a record (pure
//     functions, no I/O);
//   - store.go: Store, an index of a records file that reads records lazily
//     and rewrites the file atomically after every decision;
//   - server.go: Server, the local HTTP server and the embedded page
//     (web/) through which a person makes decisions.
//
// The review of a quote lives in the quote's own `review:` field
// (pipeline.Review); an edited quote keeps the extractor's version in
// `original:`, so agreement with the extractor can always be measured.
package review

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/sayso/sayso/pipeline"
)

// Review statuses, as written in a quote's review.status.
const (
	Accepted = "accepted" // the extractor's quote is right as it is
	Rejected = "rejected" // not a quote (or not one worth keeping)
	Edited   = "edited"   // right after the fixes recorded; original: holds the extractor's version
)

// Actions a Decision can take.
const (
	ActAccept  = "accept"  // accept the quote as it stands (an edited quote stays edited)
	ActReject  = "reject"  // reject the quote; edits are dropped, the extractor's version restored
	ActEdit    = "edit"    // change kind, speaker or span; the extractor's version is kept in original
	ActReset   = "reset"   // back to pending: no review, the extractor's version restored
	ActRestore = "restore" // put back a previous state of the quote (undo)
)

// Decision is one reviewer's decision on one quote.
type Decision struct {
	Action string `json:"action"`
	By     string `json:"by,omitempty"`
	Note   string `json:"note,omitempty"`

	// For ActEdit; nil fields are left as they are.
	Kind    string       `json:"kind,omitempty"`
	Speaker *SpeakerEdit `json:"speaker,omitempty"`
	Span    *SpanEdit    `json:"span,omitempty"`

	// For ActRestore: the whole quote as it was before, as the page last saw it.
	Quote *pipeline.QuoteRecord `json:"quote,omitempty"`
}

// SpeakerEdit names the new speaker of a quote in one of three ways: a span
// of the text (a mention clicked or text selected: Start < End), an entity of
// the record (Entity), or a typed name (Name). They combine: an entity with a
// span of one of its mentions, a span with a name for an unnamed source.
// Clear removes the speaker.
type SpeakerEdit struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name,omitempty"`
	Form   string `json:"form,omitempty"` // name | pronoun | description; inferred when empty
	Clear  bool   `json:"clear,omitempty"`
}

// SpanEdit is a quote's new span, in code points, end exclusive.
type SpanEdit struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// ErrBadDecision wraps every problem with a decision itself (as opposed to
// the file it is written to).
var ErrBadDecision = errors.New("bad decision")

func badf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadDecision, fmt.Sprintf(format, args...))
}

// Apply makes decision d on the quote qid of rec, at time now. It checks the
// result against the record schema and leaves rec unchanged when it returns
// an error (every error wraps ErrBadDecision).
func Apply(rec *pipeline.Record, qid string, d Decision, now time.Time) error {
	if rec.Error != "" {
		return badf("record %s could not be processed (%s): it has no quotes to review", rec.ID, rec.Error)
	}
	qi := -1
	for i := range rec.Quotes {
		if rec.Quotes[i].ID == qid {
			qi = i
			break
		}
	}
	if qi < 0 {
		return badf("record %s has no quote %q", rec.ID, qid)
	}
	before := rec.Quotes[qi]
	q := cloneQuote(before)
	rv := &pipeline.Review{By: d.By, At: now.UTC().Format(time.RFC3339), Note: strings.TrimSpace(d.Note)}
	switch d.Action {
	case ActAccept:
		rv.Status = Accepted
		if q.Original != nil {
			rv.Status = Edited
		}
		q.Review = rv
	case ActReject:
		q = restoreOriginal(q)
		rv.Status = Rejected
		q.Review = rv
	case ActReset:
		q = restoreOriginal(q)
		q.Review = nil
	case ActEdit:
		if err := edit(rec, &q, d); err != nil {
			return err
		}
		if q.Original != nil && sameQuote(q, *q.Original) {
			// Edited back to what the extractor said: that is an acceptance.
			q = restoreOriginal(q)
			rv.Status = Accepted
		} else {
			rv.Status = Edited
		}
		if rv.Note == "" && before.Review != nil {
			rv.Note = before.Review.Note
		}
		q.Review = rv
	case ActRestore:
		if d.Quote == nil {
			return badf("restore needs the quote to restore")
		}
		if d.Quote.ID != qid {
			return badf("restore of quote %s was given quote %s", qid, d.Quote.ID)
		}
		q = cloneQuote(*d.Quote)
	default:
		return badf("unknown action %q (accept, reject, edit, reset or restore)", d.Action)
	}
	// Refuse only problems the decision brings: a record the extractor got
	// wrong elsewhere must still be reviewable.
	known := map[string]bool{}
	for _, err := range rec.Validate() {
		known[err.Error()] = true
	}
	rec.Quotes[qi] = q
	var added []error
	for _, err := range rec.Validate() {
		if !known[err.Error()] {
			added = append(added, err)
		}
	}
	if len(added) > 0 {
		rec.Quotes[qi] = before
		return badf("the quote would not be valid: %v", errors.Join(added...))
	}
	return nil
}

// edit applies the kind, speaker and span changes of d to q, keeping the
// extractor's version in q.Original the first time the quote is edited.
func edit(rec *pipeline.Record, q *pipeline.QuoteRecord, d Decision) error {
	if d.Kind == "" && d.Speaker == nil && d.Span == nil {
		return badf("an edit must change the kind, the speaker or the span")
	}
	if q.Original == nil {
		orig := cloneQuote(*q)
		orig.Review = nil
		q.Original = &orig
	}
	if d.Kind != "" {
		if _, ok := pipeline.ParseQuoteKind(d.Kind); !ok {
			return badf("unknown quote kind %q (direct, indirect or mixed)", d.Kind)
		}
		q.Kind = d.Kind
	}
	var runes []rune // decoded once, only if a span needs it
	slice := func(start, end int) (string, error) {
		if rec.Text == "" {
			return "", badf("the record has no text (extracted with --no-text): spans cannot be chosen")
		}
		if runes == nil {
			runes = []rune(rec.Text)
		}
		if start < 0 || end <= start || end > len(runes) {
			return "", badf("span [%d,%d) is not inside the text (%d code points)", start, end, len(runes))
		}
		return string(runes[start:end]), nil
	}
	if s := d.Span; s != nil {
		start, end := s.Start, s.End
		if rec.Text != "" {
			if runes == nil {
				runes = []rune(rec.Text)
			}
			start, end = trimSpan(runes, start, end)
		}
		text, err := slice(start, end)
		if err != nil {
			return err
		}
		q.Start, q.End, q.Text = start, end, text
	}
	if s := d.Speaker; s != nil {
		sp, err := newSpeaker(rec, *q, *s, slice)
		if err != nil {
			return err
		}
		q.Speaker = sp
	}
	return nil
}

// newSpeaker builds the speaker an edit asks for.
func newSpeaker(rec *pipeline.Record, q pipeline.QuoteRecord, s SpeakerEdit, slice func(int, int) (string, error)) (*pipeline.SpeakerRecord, error) {
	if s.Clear {
		return nil, nil
	}
	name := strings.TrimSpace(s.Name)
	sp := &pipeline.SpeakerRecord{Name: name, Form: s.Form}
	if s.Form != "" && !knownForm(s.Form) {
		return nil, badf("unknown speaker form %q (name, pronoun or description)", s.Form)
	}
	var ent *pipeline.EntityRecord
	if s.Entity != "" {
		if ent = findEntity(rec, s.Entity); ent == nil {
			return nil, badf("record %s has no entity %q", rec.ID, s.Entity)
		}
	}
	hasSpan := s.Start != 0 || s.End != 0
	switch {
	case hasSpan:
		text, err := slice(s.Start, s.End)
		if err != nil {
			return nil, err
		}
		sp.Text, sp.Start, sp.End = text, s.Start, s.End
		if ent == nil {
			ent = entityAt(rec, s.Start, s.End)
		}
	case ent != nil:
		m := nearestMention(ent, q)
		sp.Text, sp.Start, sp.End = m.Text, m.Start, m.End
	case name != "":
		// A typed name: link it to the entity of that name, if there is one.
		if ent = entityNamed(rec, name); ent != nil {
			m := nearestMention(ent, q)
			sp.Text, sp.Start, sp.End = m.Text, m.Start, m.End
		}
	default:
		return nil, badf("a new speaker needs a span, an entity or a name")
	}
	if ent != nil {
		sp.Entity = ent.ID
		if sp.Name == "" {
			sp.Name = ent.Name
		}
	}
	if sp.Form == "" {
		sp.Form = inferForm(sp, ent != nil)
	}
	return sp, nil
}

// pronouns are the speaker mentions that take the form "pronoun"; the list is
// English's subject and object personal pronouns.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true,
	"him": true, "her": true, "them": true, "me": true, "us": true,
}

func inferForm(sp *pipeline.SpeakerRecord, linked bool) string {
	switch {
	case linked:
		return pipeline.Named.String()
	case pronouns[strings.ToLower(sp.Text)]:
		return pipeline.Pronoun.String()
	case sp.Text == "":
		return pipeline.Named.String() // a typed name with no mention in the text
	case startsLower(sp.Text) || strings.HasPrefix(sp.Text, "A ") || strings.HasPrefix(sp.Text, "An ") || strings.HasPrefix(sp.Text, "The "):
		return pipeline.Description.String()
	}
	return pipeline.Named.String()
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

func knownForm(f string) bool {
	for _, k := range []pipeline.SpeakerForm{pipeline.Named, pipeline.Pronoun, pipeline.Description, pipeline.Inherited} {
		if k.String() == f {
			return true
		}
	}
	return false
}

func findEntity(rec *pipeline.Record, id string) *pipeline.EntityRecord {
	for i := range rec.Entities {
		if rec.Entities[i].ID == id {
			return &rec.Entities[i]
		}
	}
	return nil
}

func entityAt(rec *pipeline.Record, start, end int) *pipeline.EntityRecord {
	for i := range rec.Entities {
		for _, m := range rec.Entities[i].Mentions {
			if m.Start == start && m.End == end {
				return &rec.Entities[i]
			}
		}
	}
	return nil
}

func entityNamed(rec *pipeline.Record, name string) *pipeline.EntityRecord {
	for i := range rec.Entities {
		if strings.EqualFold(rec.Entities[i].Name, name) {
			return &rec.Entities[i]
		}
	}
	return nil
}

// nearestMention is the entity's mention closest to the quote, preferring
// one before it (attributions usually name the speaker before the quote
// ends, and an earlier mention is what a reader resolves a pronoun to).
func nearestMention(e *pipeline.EntityRecord, q pipeline.QuoteRecord) pipeline.MentionRecord {
	best, bestDist := e.Mentions[0], -1
	for _, m := range e.Mentions {
		var d int
		switch {
		case m.End <= q.Start:
			d = q.Start - m.End
		case m.Start >= q.End:
			d = m.Start - q.End + 1 // ties go to the earlier mention
		default:
			d = 0
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = m, d
		}
	}
	return best
}

// trimSpan drops white space at both ends of a selected span, so a sloppy
// mouse selection still gives a clean quote.
func trimSpan(runes []rune, start, end int) (int, int) {
	if start < 0 || end > len(runes) || start >= end {
		return start, end
	}
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return start, end
}

// restoreOriginal undoes any edit: the extractor's version comes back.
func restoreOriginal(q pipeline.QuoteRecord) pipeline.QuoteRecord {
	if q.Original == nil {
		return q
	}
	o := cloneQuote(*q.Original)
	o.Review, o.Original = q.Review, nil
	return o
}

// sameQuote reports whether two quotes say the same thing (reviews and
// originals aside).
func sameQuote(a, b pipeline.QuoteRecord) bool {
	if a.ID != b.ID || a.Kind != b.Kind || a.Text != b.Text || a.Start != b.Start || a.End != b.End {
		return false
	}
	if (a.Cue == nil) != (b.Cue == nil) || a.Cue != nil && *a.Cue != *b.Cue {
		return false
	}
	if (a.Speaker == nil) != (b.Speaker == nil) || a.Speaker != nil && *a.Speaker != *b.Speaker {
		return false
	}
	return true
}

// cloneQuote copies a quote deeply, so that edits never reach the caller's
// record through a shared pointer.
func cloneQuote(q pipeline.QuoteRecord) pipeline.QuoteRecord {
	if q.Cue != nil {
		c := *q.Cue
		q.Cue = &c
	}
	if q.Speaker != nil {
		s := *q.Speaker
		q.Speaker = &s
	}
	if q.Review != nil {
		r := *q.Review
		q.Review = &r
	}
	if q.Original != nil {
		o := cloneQuote(*q.Original)
		q.Original = &o
	}
	return q
}
