package review

import (
	"errors"
	"io"

	"github.com/sayso/sayso/pipeline"
)

// Counts are the review progress of a set of quotes.
type Counts struct {
	Records  int     `json:"records"`
	Quotes   int     `json:"quotes"`
	Reviewed int     `json:"reviewed"` // quotes with a review status
	Accepted int     `json:"accepted"` // accepted as the extractor wrote them
	Edited   int     `json:"edited"`
	Rejected int     `json:"rejected"`
	MinConf  float64 `json:"min_confidence"` // lowest confidence of a pending quote; 1 when none is pending
}

// Pending is the number of quotes not reviewed yet.
func (c Counts) Pending() int { return c.Quotes - c.Reviewed }

// Agreement is the share of reviewed quotes accepted as the extractor wrote
// them (0 when nothing is reviewed yet).
func (c Counts) Agreement() float64 {
	if c.Reviewed == 0 {
		return 0
	}
	return float64(c.Accepted) / float64(c.Reviewed)
}

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	if c.Records == 0 && c.Quotes == 0 {
		c.MinConf = o.MinConf
	} else {
		c.MinConf = min(c.MinConf, o.MinConf)
	}
	c.Records += o.Records
	c.Quotes += o.Quotes
	c.Reviewed += o.Reviewed
	c.Accepted += o.Accepted
	c.Edited += o.Edited
	c.Rejected += o.Rejected
}

// CountRecord counts the quotes of one record and their reviews. A review
// with a status this version does not know counts as reviewed but in none of
// the three kinds.
func CountRecord(r *pipeline.Record) Counts {
	c := Counts{Records: 1, Quotes: len(r.Quotes), MinConf: 1}
	for _, q := range r.Quotes {
		if q.Review == nil || q.Review.Status == "" {
			c.MinConf = min(c.MinConf, q.Confidence)
			continue
		}
		c.Reviewed++
		switch q.Review.Status {
		case Accepted:
			c.Accepted++
		case Edited:
			c.Edited++
		case Rejected:
			c.Rejected++
		}
	}
	return c
}

// Count streams the records of r (YAML or JSON Lines) and counts their
// reviews, holding one record in memory at a time.
func Count(r io.Reader) (Counts, error) {
	var total Counts
	rr := pipeline.NewRecordReader(r)
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return total, err
		}
		total.Add(CountRecord(rec))
	}
}
