// Package batch runs the pipeline over a stream of articles and writes one
// record per article, in input order. An article that cannot be read or
// processed yields an error record; the run goes on.
package batch

import (
	"fmt"

	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

// Options control a run.
type Options struct {
	Record pipeline.RecordOptions
}

// Stats count what a run did.
type Stats struct {
	Articles int // articles read, including failed ones
	Failed   int // articles that yielded an error record
	Problems int // records written with problems listed in their errors
	Bytes    int64
}

// Run processes every article of r with p and writes the records to w. It
// stops early only if writing fails.
func Run(r *ingest.Reader, p *pipeline.Pipeline, w pipeline.RecordWriter, opt Options) (Stats, error) {
	var st Stats
	for {
		a, ok := r.Next()
		if !ok {
			return st, nil
		}
		rec := Process(p, a, opt.Record)
		st.Articles++
		st.Bytes += int64(len(a.Text))
		if rec.Error != "" {
			st.Failed++
		} else if len(rec.Errors) > 0 {
			st.Problems++
		}
		if err := w.Write(rec); err != nil {
			return st, fmt.Errorf("writing the record of %s: %w", a.ID, err)
		}
	}
}

// Process turns one article into its record.
func Process(p *pipeline.Pipeline, a ingest.Article, opt pipeline.RecordOptions) *pipeline.Record {
	if a.Err != nil {
		return pipeline.ErrorRecord(a.ID, a.Source, a.Err)
	}
	doc := pipeline.NewDocument(a.ID, a.Text)
	doc.Source, doc.Title, doc.URL, doc.Published = a.Source, a.Title, a.URL, a.Published
	p.Run(doc)
	return pipeline.NewRecord(doc, opt)
}
