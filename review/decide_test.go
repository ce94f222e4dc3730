package review

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/pipeline"
)

var clock = time.Date(2026, 11, 27, 10, 30, 0, 0, time.UTC)

const stamp = "2026-11-27T10:30:00Z"

// sampleText has a character outside the BMP (the emoji) before the quote, so
// code point offsets differ from byte and UTF-16 offsets.
//
//	offsets (code points): "🙂 " 0-2, "Ana Lima" 2-10, " said " 10-16, "“" 16,
//	"Prices rose fast" 17-33, "”" 33, ". " 34-36, "She" 36-39, " told " 39-45,
//	"Reuters" 45-52, " that " 52-58, "rates would stay" 58-74, "." 74
const sampleText = "🙂 Ana Lima said “Prices rose fast”. She told Reuters that rates would stay."

func sampleRecord() *pipeline.Record {
	return &pipeline.Record{
		Schema: pipeline.Schema,
		ID:     "a1",
		Title:  "Prices",
		Text:   sampleText,
		Entities: []pipeline.EntityRecord{
			{ID: "E1", Type: "person", Name: "Ana Lima", Mentions: []pipeline.MentionRecord{{Start: 2, End: 10, Text: "Ana Lima"}}},
			{ID: "E2", Type: "organization", Name: "Reuters", Mentions: []pipeline.MentionRecord{{Start: 45, End: 52, Text: "Reuters"}}},
		},
		Quotes: []pipeline.QuoteRecord{
			{
				ID: "Q1", Kind: "direct", Text: "Prices rose fast", Start: 17, End: 33,
				Cue:        &pipeline.MentionRecord{Start: 11, End: 15, Text: "said"},
				Speaker:    &pipeline.SpeakerRecord{Text: "Ana Lima", Start: 2, End: 10, Form: "name", Entity: "E1", Name: "Ana Lima"},
				Confidence: 0.9,
			},
			{
				ID: "Q2", Kind: "indirect", Text: "rates would stay", Start: 58, End: 74,
				Cue:        &pipeline.MentionRecord{Start: 40, End: 44, Text: "told"},
				Speaker:    &pipeline.SpeakerRecord{Text: "Reuters", Start: 45, End: 52, Form: "name", Entity: "E2", Name: "Reuters"},
				Confidence: 0.4,
			},
		},
		Errors: []string{},
	}
}

func TestSampleRecordIsValid(t *testing.T) {
	require.Empty(t, sampleRecord().Validate())
}

func TestApply(t *testing.T) {
	anaSpeaker := &pipeline.SpeakerRecord{Text: "Ana Lima", Start: 2, End: 10, Form: "name", Entity: "E1", Name: "Ana Lima"}
	q2 := sampleRecord().Quotes[1]
	q2orig := q2
	q2orig.Review = nil
	edited := func(mod func(q *pipeline.QuoteRecord)) pipeline.QuoteRecord {
		q := q2
		q.Cue = &pipeline.MentionRecord{Start: 40, End: 44, Text: "told"}
		o := q2orig
		q.Original = &o
		mod(&q)
		q.Review = &pipeline.Review{Status: Edited, By: "ann", At: stamp}
		return q
	}
	tests := []struct {
		name  string
		prior []Decision // applied to Q2 first
		d     Decision
		want  pipeline.QuoteRecord
	}{
		{
			name: "accept",
			d:    Decision{Action: ActAccept, By: "ann", Note: " fine "},
			want: func() pipeline.QuoteRecord {
				q := q2
				q.Review = &pipeline.Review{Status: Accepted, By: "ann", At: stamp, Note: "fine"}
				return q
			}(),
		},
		{
			name: "reject",
			d:    Decision{Action: ActReject, By: "ann"},
			want: func() pipeline.QuoteRecord {
				q := q2
				q.Review = &pipeline.Review{Status: Rejected, By: "ann", At: stamp}
				return q
			}(),
		},
		{
			name: "speaker: an entity, its nearest mention",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Entity: "E1"}},
			want: edited(func(q *pipeline.QuoteRecord) { q.Speaker = anaSpeaker }),
		},
		{
			name: "speaker: a mention clicked, linked to its entity",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Start: 2, End: 10}},
			want: edited(func(q *pipeline.QuoteRecord) { q.Speaker = anaSpeaker }),
		},
		{
			name: "speaker: a pronoun selected",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Start: 36, End: 39}},
			want: edited(func(q *pipeline.QuoteRecord) {
				q.Speaker = &pipeline.SpeakerRecord{Text: "She", Start: 36, End: 39, Form: "pronoun"}
			}),
		},
		{
			name: "speaker: a pronoun selected and the name typed",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Start: 36, End: 39, Entity: "E1"}},
			want: edited(func(q *pipeline.QuoteRecord) {
				q.Speaker = &pipeline.SpeakerRecord{Text: "She", Start: 36, End: 39, Form: "name", Entity: "E1", Name: "Ana Lima"}
			}),
		},
		{
			name: "speaker: a typed name that is an entity",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Name: "ana lima"}},
			want: edited(func(q *pipeline.QuoteRecord) {
				q.Speaker = &pipeline.SpeakerRecord{Text: "Ana Lima", Start: 2, End: 10, Form: "name", Entity: "E1", Name: "ana lima"}
			}),
		},
		{
			name: "speaker: a typed name not in the text",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Name: "Jo Park"}},
			want: edited(func(q *pipeline.QuoteRecord) {
				q.Speaker = &pipeline.SpeakerRecord{Form: "name", Name: "Jo Park"}
			}),
		},
		{
			name: "speaker: none",
			d:    Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Clear: true}},
			want: edited(func(q *pipeline.QuoteRecord) { q.Speaker = nil }),
		},
		{
			name: "kind",
			d:    Decision{Action: ActEdit, By: "ann", Kind: "mixed"},
			want: edited(func(q *pipeline.QuoteRecord) { q.Kind = "mixed" }),
		},
		{
			name: "span: a sloppy selection is trimmed",
			d:    Decision{Action: ActEdit, By: "ann", Span: &SpanEdit{Start: 52, End: 75}},
			want: edited(func(q *pipeline.QuoteRecord) { q.Start, q.End, q.Text = 53, 75, "that rates would stay." }),
		},
		{
			name:  "a second edit keeps the first original",
			prior: []Decision{{Action: ActEdit, Kind: "mixed"}},
			d:     Decision{Action: ActEdit, By: "ann", Speaker: &SpeakerEdit{Entity: "E1"}},
			want:  edited(func(q *pipeline.QuoteRecord) { q.Kind, q.Speaker = "mixed", anaSpeaker }),
		},
		{
			name:  "accepting an edited quote keeps it edited",
			prior: []Decision{{Action: ActEdit, Kind: "mixed"}},
			d:     Decision{Action: ActAccept, By: "ann"},
			want:  edited(func(q *pipeline.QuoteRecord) { q.Kind = "mixed" }),
		},
		{
			name:  "rejecting an edited quote restores the extractor's version",
			prior: []Decision{{Action: ActEdit, Kind: "mixed"}},
			d:     Decision{Action: ActReject, By: "ann"},
			want: func() pipeline.QuoteRecord {
				q := q2
				q.Review = &pipeline.Review{Status: Rejected, By: "ann", At: stamp}
				return q
			}(),
		},
		{
			name:  "editing back to the extractor's version is an acceptance",
			prior: []Decision{{Action: ActEdit, Kind: "mixed"}},
			d:     Decision{Action: ActEdit, By: "ann", Kind: "indirect"},
			want: func() pipeline.QuoteRecord {
				q := q2
				q.Review = &pipeline.Review{Status: Accepted, By: "ann", At: stamp}
				return q
			}(),
		},
		{
			name:  "an edit keeps the note of the decision before",
			prior: []Decision{{Action: ActAccept, Note: "check later"}},
			d:     Decision{Action: ActEdit, By: "ann", Kind: "mixed"},
			want: func() pipeline.QuoteRecord {
				q := edited(func(q *pipeline.QuoteRecord) { q.Kind = "mixed" })
				q.Review.Note = "check later"
				return q
			}(),
		},
		{
			name:  "reset",
			prior: []Decision{{Action: ActEdit, Kind: "mixed"}},
			d:     Decision{Action: ActReset, By: "ann"},
			want:  q2,
		},
		{
			name:  "restore puts back a previous state",
			prior: []Decision{{Action: ActReject}},
			d:     Decision{Action: ActRestore, Quote: &q2},
			want:  q2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := sampleRecord()
			for _, d := range tt.prior {
				require.NoError(t, Apply(rec, "Q2", d, clock.Add(-time.Hour)))
			}
			require.NoError(t, Apply(rec, "Q2", tt.d, clock))
			assert.Equal(t, tt.want, rec.Quotes[1])
			assert.Equal(t, sampleRecord().Quotes[0], rec.Quotes[0], "the other quote is untouched")
			assert.Equal(t, sampleRecord().Entities, rec.Entities)
			assert.Empty(t, rec.Validate())
		})
	}
}

func TestApplyRefusesBadDecisions(t *testing.T) {
	tests := []struct {
		name string
		qid  string
		d    Decision
		want string
	}{
		{"unknown quote", "Q9", Decision{Action: ActAccept}, `no quote "Q9"`},
		{"unknown action", "Q1", Decision{Action: "approve"}, `unknown action "approve"`},
		{"empty edit", "Q1", Decision{Action: ActEdit}, "must change"},
		{"unknown kind", "Q1", Decision{Action: ActEdit, Kind: "hearsay"}, `unknown quote kind "hearsay"`},
		{"span past the end", "Q1", Decision{Action: ActEdit, Span: &SpanEdit{Start: 70, End: 90}}, "not inside the text"},
		{"empty span", "Q1", Decision{Action: ActEdit, Span: &SpanEdit{Start: 20, End: 20}}, "not inside the text"},
		{"unknown entity", "Q1", Decision{Action: ActEdit, Speaker: &SpeakerEdit{Entity: "E7"}}, `no entity "E7"`},
		{"unknown form", "Q1", Decision{Action: ActEdit, Speaker: &SpeakerEdit{Name: "X", Form: "ghost"}}, `unknown speaker form "ghost"`},
		{"speaker from nothing", "Q1", Decision{Action: ActEdit, Speaker: &SpeakerEdit{}}, "needs a span, an entity or a name"},
		{"restore without quote", "Q1", Decision{Action: ActRestore}, "needs the quote"},
		{"restore of another quote", "Q1", Decision{Action: ActRestore, Quote: &pipeline.QuoteRecord{ID: "Q2"}}, "was given quote Q2"},
		{"restore of an invalid quote", "Q1", Decision{Action: ActRestore, Quote: &pipeline.QuoteRecord{ID: "Q1", Kind: "direct", Text: "nope", Start: 17, End: 21}}, "would not be valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := sampleRecord()
			err := Apply(rec, tt.qid, tt.d, clock)
			require.ErrorIs(t, err, ErrBadDecision)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, sampleRecord(), rec, "a refused decision changes nothing")
		})
	}
}

func TestApplyWithoutText(t *testing.T) {
	rec := sampleRecord()
	rec.Text = ""
	require.NoError(t, Apply(rec, "Q1", Decision{Action: ActAccept}, clock))
	require.NoError(t, Apply(rec, "Q1", Decision{Action: ActEdit, Speaker: &SpeakerEdit{Entity: "E2"}}, clock))
	assert.Equal(t, "Reuters", rec.Quotes[0].Speaker.Name)
	err := Apply(rec, "Q1", Decision{Action: ActEdit, Span: &SpanEdit{Start: 1, End: 3}}, clock)
	require.ErrorIs(t, err, ErrBadDecision)
	assert.Contains(t, err.Error(), "--no-text")
}

func TestApplyOnFailedRecord(t *testing.T) {
	rec := pipeline.ErrorRecord("x", "x.txt", assert.AnError)
	err := Apply(rec, "Q1", Decision{Action: ActAccept}, clock)
	require.ErrorIs(t, err, ErrBadDecision)
	assert.Contains(t, err.Error(), "could not be processed")
}

func TestCountRecord(t *testing.T) {
	rec := sampleRecord()
	assert.Equal(t, Counts{Records: 1, Quotes: 2, MinConf: 0.4}, CountRecord(rec))
	require.NoError(t, Apply(rec, "Q1", Decision{Action: ActAccept}, clock))
	require.NoError(t, Apply(rec, "Q2", Decision{Action: ActEdit, Kind: "mixed"}, clock))
	c := CountRecord(rec)
	assert.Equal(t, Counts{Records: 1, Quotes: 2, Reviewed: 2, Accepted: 1, Edited: 1, MinConf: 1}, c)
	assert.Equal(t, 0.5, c.Agreement())
	assert.Equal(t, 0, c.Pending())
	var total Counts
	total.Add(c)
	total.Add(CountRecord(sampleRecord()))
	assert.Equal(t, Counts{Records: 2, Quotes: 4, Reviewed: 2, Accepted: 1, Edited: 1, MinConf: 0.4}, total)
}

// TestApplyOnFlawedRecord: a record with a problem the extractor made (here
// a mention whose text does not match its span) can still be reviewed; only
// problems a decision would add are refused.
func TestApplyOnFlawedRecord(t *testing.T) {
	rec := sampleRecord()
	rec.Entities[1].Mentions[0].Text = "Reuter"
	require.Len(t, rec.Validate(), 1)
	require.NoError(t, Apply(rec, "Q1", Decision{Action: ActAccept}, clock))
	require.NoError(t, Apply(rec, "Q2", Decision{Action: ActEdit, Speaker: &SpeakerEdit{Entity: "E1"}}, clock))
	bad := rec.Quotes[0]
	bad.Text = "not the text"
	err := Apply(rec, "Q1", Decision{Action: ActRestore, Quote: &bad}, clock)
	require.ErrorIs(t, err, ErrBadDecision)
	assert.Contains(t, err.Error(), "quote Q1")
	assert.NotContains(t, err.Error(), "Reuter", "the old problem is not blamed on the decision")
}
