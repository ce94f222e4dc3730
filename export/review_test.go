package export_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/sayso/sayso/export"
	"github.com/sayso/sayso/pipeline"
	"github.com/sayso/sayso/review"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportReviewedByTheReviewTool: decisions made with package review
// (what `sayso review` writes) decide what export writes.
func TestExportReviewedByTheReviewTool(t *testing.T) {
	f, err := os.Open("../review/testdata/seed.yaml")
	require.NoError(t, err)
	recs, err := pipeline.ReadRecords(f)
	f.Close()
	require.NoError(t, err)
	require.Len(t, recs, 1)
	rec := recs[0]
	require.GreaterOrEqual(t, len(rec.Quotes), 4)

	now := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	decide := func(qid string, d review.Decision) {
		require.NoError(t, review.Apply(rec, qid, d, now))
	}
	// Before the last decision the record is only partly reviewed.
	last := rec.Quotes[len(rec.Quotes)-1].ID
	for _, q := range rec.Quotes[:len(rec.Quotes)-1] {
		decide(q.ID, review.Decision{Action: review.ActAccept, By: "ana"})
	}
	assert.False(t, export.Accepted.Counts(rec))
	assert.True(t, export.Reviewed.Counts(rec))

	// Reject the last one; move the first one's speaker to another span.
	decide(last, review.Decision{Action: review.ActReject, By: "ana"})
	first := rec.Quotes[0]
	sp := rec.Entities[0].Mentions[0]
	decide(first.ID, review.Decision{Action: review.ActEdit, By: "ana", Speaker: &review.SpeakerEdit{Start: sp.Start, End: sp.End}})
	assert.True(t, export.Accepted.Counts(rec))

	var buf bytes.Buffer
	e, err := export.New(export.Quotes, &buf, export.Options{Only: export.Accepted})
	require.NoError(t, err)
	require.NoError(t, e.Write(rec))
	require.NoError(t, e.Close())
	labels := map[string][]string{}
	for line := range bytes.SplitSeq(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
		var q struct {
			Label, Review string
			Meta          struct{ Quote string }
		}
		require.NoError(t, json.Unmarshal(line, &q))
		labels[q.Meta.Quote] = append(labels[q.Meta.Quote], q.Label+"/"+q.Review)
	}
	assert.Equal(t, []string{"accepted/edited", "rejected/original"}, labels[first.ID], "the edit, and the extractor's speaker as a negative")
	assert.Equal(t, []string{"rejected/rejected"}, labels[last])
	assert.Equal(t, []string{"accepted/accepted"}, labels[rec.Quotes[1].ID])
	st := e.Stats()
	assert.Equal(t, len(rec.Quotes), st.Positives+st.Negatives-1)
}
