package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// WriteYAML writes the report's tables as one YAML document, evidence
// included.
func WriteYAML(w io.Writer, r *Report) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encoding the report: %w", err)
	}
	return enc.Close()
}

// Table is one of the report's tables as rows of text, the header first.
type Table struct {
	Name string // a file name stem: speakers, outlets, …
	Rows [][]string
}

// WriteCSV writes a table as CSV.
func WriteCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(t.Rows); err != nil {
		return fmt.Errorf("writing %s.csv: %w", t.Name, err)
	}
	return nil
}

// Tables returns the report's tables as text, in the order the HTML page
// shows them. Evidence is one column of references joined by " | " (see
// Ref.String).
func Tables(r *Report) []Table {
	i64 := func(n int64) string { return strconv.FormatInt(n, 10) }
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	b := func(v bool) string { return strconv.FormatBool(v) }
	t := r.Totals
	totals := Table{Name: "totals", Rows: [][]string{{"measure", "value"},
		{"records", i64(t.Records)}, {"failed", i64(t.Failed)}, {"with_problems", i64(t.WithProblems)},
		{"invalid", i64(t.Invalid)}, {"unreadable", i64(t.Unreadable)}, {"with_errors", i64(t.WithErrors)},
		{"records_with_quotes", i64(t.RecordsQuoted)}, {"quotes", i64(t.Quotes)},
		{"direct", i64(t.Direct)}, {"indirect", i64(t.Indirect)}, {"mixed", i64(t.Mixed)},
		{"reviewed_quotes", i64(t.ReviewedQuotes)}, {"rejected_quotes", i64(t.RejectedQuotes)},
		{"entities", i64(t.Entities)}, {"mentions", i64(t.Mentions)},
		{"distinct_speakers", i64(t.Speakers)}, {"distinct_speakers_exact", b(t.SpeakersExact)},
		{"merged_speaker_names", i64(t.MergedSpeakerNames)},
		{"outlets", i64(t.Outlets)}, {"dated_records", i64(t.Dated)},
		{"first_date", t.FirstDate}, {"last_date", t.LastDate},
		{"named", i64(r.Sourcing.Named)}, {"anonymous", i64(r.Sourcing.Anonymous)},
		{"unresolved", i64(r.Sourcing.Unresolved)}, {"unattributed", i64(r.Sourcing.Unattributed)},
		{"anonymous_share", f(r.Sourcing.AnonymousShare)},
	}}

	speakers := Table{Name: "speakers", Rows: [][]string{{"rank", "speaker", "kind", "organization", "organization_records",
		"quotes", "overcount", "share", "direct", "indirect", "mixed", "records", "evidence", "also"}}}
	for i, s := range r.Speakers {
		speakers.Rows = append(speakers.Rows, []string{strconv.Itoa(i + 1), s.Name, s.Kind, s.Organization, i64(s.OrganizationVotes),
			i64(s.Quotes), i64(s.Overcount), f(s.Share), i64(s.Direct), i64(s.Indirect), i64(s.Mixed), i64(s.Records), refs(s.Evidence),
			strings.Join(s.Also, " | ")})
	}

	descs := Table{Name: "anonymous_descriptions", Rows: [][]string{{"rank", "description", "quotes", "overcount", "share", "evidence"}}}
	for i, d := range r.Descriptions {
		descs.Rows = append(descs.Rows, []string{strconv.Itoa(i + 1), d.Description, i64(d.Quotes), i64(d.Overcount), f(d.Share), refs(d.Evidence)})
	}

	sourcingHeader := []string{"", "quotes", "named", "anonymous", "unresolved", "unattributed", "anonymous_share",
		"named_evidence", "anonymous_evidence", "unresolved_evidence", "unattributed_evidence"}
	sourcingRow := func(key string, s SourcingRow) []string {
		return []string{key, i64(s.Quotes), i64(s.Named), i64(s.Anonymous), i64(s.Unresolved), i64(s.Unattributed),
			f(s.AnonymousShare), refs(s.Evidence.Named), refs(s.Evidence.Anonymous), refs(s.Evidence.Unresolved), refs(s.Evidence.Unattributed)}
	}
	byOutlet := Table{Name: "sourcing_by_outlet", Rows: [][]string{withFirst("outlet", sourcingHeader)}}
	for _, s := range r.SourcingOutlet {
		byOutlet.Rows = append(byOutlet.Rows, sourcingRow(s.Key, s))
	}
	timeline := Table{Name: "timeline", Rows: [][]string{append([]string{"period", "records"}, sourcingHeader[1:]...)}}
	for _, tr := range r.Timeline {
		timeline.Rows = append(timeline.Rows, append([]string{tr.Period, i64(tr.Records)}, sourcingRow("", tr.Sourcing)[1:]...))
	}

	entities := Table{Name: "entities", Rows: [][]string{{"type", "rank", "name", "mentions", "overcount", "records", "in_quotes", "quoted", "evidence"}}}
	for _, rows := range [][]EntityRow{r.People, r.Places, r.Organizations} {
		for i, e := range rows {
			entities.Rows = append(entities.Rows, []string{e.Type, strconv.Itoa(i + 1), e.Name, i64(e.Mentions), i64(e.Overcount),
				i64(e.Records), i64(e.InQuotes), i64(e.Quoted), refs(e.Evidence)})
		}
	}

	pairs := Table{Name: "speaker_entities", Rows: [][]string{{"speaker", "entity_type", "entity", "quotes", "overcount", "evidence"}}}
	for _, p := range r.SpeakerEntities {
		pairs.Rows = append(pairs.Rows, []string{p.Speaker, p.EntityType, p.Entity, i64(p.Quotes), i64(p.Overcount), refs(p.Evidence)})
	}

	outlets := Table{Name: "outlets", Rows: [][]string{{"outlet", "records", "overcount", "failed", "with_problems", "quotes", "mentions", "first_date", "last_date", "evidence"}}}
	for _, o := range r.Outlets {
		outlets.Rows = append(outlets.Rows, []string{o.Outlet, i64(o.Records), i64(o.Overcount), i64(o.Failed), i64(o.WithProblems),
			i64(o.Quotes), i64(o.Mentions), o.FirstDate, o.LastDate, refs(o.Evidence)})
	}

	kinds := Table{Name: "error_kinds", Rows: [][]string{{"kind", "count", "overcount", "example"}}}
	for _, k := range r.Errors.Kinds {
		kinds.Rows = append(kinds.Rows, []string{k.Kind, i64(k.Count), i64(k.Overcount), k.Example})
	}
	errs := Table{Name: "errors", Rows: [][]string{{"record", "source", "outlet", "status", "messages"}}}
	for _, e := range r.Errors.Records {
		errs.Rows = append(errs.Rows, []string{e.Record, e.Source, e.Outlet, e.Status, strings.Join(e.Messages, " | ")})
	}

	notes := Table{Name: "tables", Rows: [][]string{{"table", "distinct_keys", "kept", "exact", "max_overcount"}}}
	for _, n := range r.Tables {
		notes.Rows = append(notes.Rows, []string{n.Table, i64(n.Keys), strconv.Itoa(n.Kept), b(n.Exact), i64(n.MaxOvercount)})
	}
	return []Table{totals, speakers, descs, byOutlet, timeline, entities, pairs, outlets, kinds, errs, notes}
}

func withFirst(first string, header []string) []string {
	return append([]string{first}, header[1:]...)
}

func refs(rs []Ref) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, " | ")
}
