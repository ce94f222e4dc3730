package export

import (
	"fmt"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Only says which records and quotes count, from the review decisions
// stored in the records (a quote's review: {status: accepted|edited|
// rejected}; an unreviewed quote has no review field). Each level holds the
// one before it:
//
//	Accepted  records a reviewer has finished: every quote has a decision
//	Reviewed  records with at least one decision; undecided quotes are left out
//	All       every record; undecided quotes count as positives
//
// In every level an accepted or edited quote is a positive example and a
// rejected quote a negative one (written only by formats that hold
// negatives, and never as a positive). Entity mentions carry no decisions
// of their own: those of a record that counts are all written.
type Only uint8

// The levels of Only.
const (
	Accepted Only = iota
	Reviewed
	All
)

var onlyNames = [...]string{"accepted", "reviewed", "all"}

func (o Only) String() string {
	if int(o) < len(onlyNames) {
		return onlyNames[o]
	}
	return "unknown"
}

// ParseOnly reads "accepted", "reviewed" or "all".
func ParseOnly(s string) (Only, error) {
	for i, n := range onlyNames {
		if n == s {
			return Only(i), nil
		}
	}
	return 0, fmt.Errorf("unknown --only %q (accepted, reviewed or all)", s)
}

// Review statuses, as the review tool writes them.
const (
	statusAccepted = "accepted"
	statusEdited   = "edited"
	statusRejected = "rejected"
	// Not written by the review tool: how an example says where it came from.
	statusNone     = "unreviewed"
	statusOriginal = "original" // the extractor's version of an edited quote
)

// status returns a quote's review decision, or "" when it has none.
func status(q *pipeline.QuoteRecord) string {
	if q.Review == nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(q.Review.Status))
}

func isDecision(s string) bool {
	return s == statusAccepted || s == statusEdited || s == statusRejected
}

// Counts reports whether a record counts under o.
func (o Only) Counts(rec *pipeline.Record) bool {
	if o == All {
		return true
	}
	decided, pending := 0, 0
	for i := range rec.Quotes {
		if isDecision(status(&rec.Quotes[i])) {
			decided++
		} else {
			pending++
		}
	}
	if o == Reviewed {
		return decided > 0
	}
	return decided > 0 && pending == 0
}

// example is one quote as it is exported, with its spans as byte offsets
// into the article text.
type example struct {
	q        *pipeline.QuoteRecord
	span     pipeline.Span
	cue      pipeline.Span
	speaker  pipeline.Span
	hasCue   bool
	hasSpeak bool // the speaker has a span in the text
	positive bool
	review   string // accepted, edited, rejected, unreviewed or original
}

// selectQuotes lists the quotes of a counted record that are exported, as
// positives or negatives, in record order. The version an edit replaced is
// a negative example when its span or speaker differs from the edit.
func selectQuotes(rec *pipeline.Record, o Only) []example {
	var out []example
	for i := range rec.Quotes {
		q := &rec.Quotes[i]
		switch st := status(q); {
		case st == statusAccepted || st == statusEdited:
			out = append(out, example{q: q, positive: true, review: st})
			if st == statusEdited && q.Original != nil && differs(q, q.Original) {
				out = append(out, example{q: q.Original, review: statusOriginal})
			}
		case st == statusRejected:
			out = append(out, example{q: q, review: st})
		case o == All:
			out = append(out, example{q: q, positive: true, review: statusNone})
		}
	}
	return out
}

// differs reports whether an edit changed what a quote example says: its
// span, its speaker or its cue.
func differs(edit, orig *pipeline.QuoteRecord) bool {
	if edit.Start != orig.Start || edit.End != orig.End {
		return true
	}
	se, so := edit.Speaker, orig.Speaker
	if (se == nil) != (so == nil) {
		return true
	}
	if se != nil && (se.Start != so.Start || se.End != so.End || se.Name != so.Name) {
		return true
	}
	ce, co := edit.Cue, orig.Cue
	if (ce == nil) != (co == nil) {
		return true
	}
	return ce != nil && (ce.Start != co.Start || ce.End != co.End)
}
