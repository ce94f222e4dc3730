// Package report sums up a whole dump of sayso records: who is quoted and
// how often, how openly quotes are sourced (named or anonymous) per outlet
// and over time, which people, places and organizations are mentioned, who
// talks about whom, counts per outlet and per day, and the records with
// errors. Every number keeps a few pointers back to the quotes or mentions
// behind it (record id, quote id, code point offsets) so that a reviewer can
// check it.
//
// A Builder reads records one at a time and keeps counts, not records: its
// tables are bounded top-k summaries (see topK), so a report over millions
// of records runs in a fixed amount of memory. The Report it returns is
// plain data, written as a self-contained HTML page (WriteHTML) or as YAML
// or CSV tables (WriteYAML, WriteCSV).
package report

import (
	"fmt"
	"math"
)

// Report is everything the report shows.
type Report struct {
	Title    string   `yaml:"title"`
	Inputs   []string `yaml:"inputs,omitempty"`
	Settings Settings `yaml:"settings"`
	Totals   Totals   `yaml:"totals"`

	// Speakers are the most quoted named speakers.
	Speakers []SpeakerRow `yaml:"speakers"`
	// Descriptions are the most used descriptions of anonymous sources.
	Descriptions []DescriptionRow `yaml:"anonymous_descriptions"`
	// Sourcing is the split of quotes by how openly they are sourced, over
	// the whole dump, per outlet and over time.
	Sourcing       SourcingRow   `yaml:"sourcing"`
	SourcingOutlet []SourcingRow `yaml:"sourcing_by_outlet"`
	SourcingTime   []SourcingRow `yaml:"sourcing_over_time"`
	// People, Places and Organizations are the most mentioned entities.
	People        []EntityRow `yaml:"people"`
	Places        []EntityRow `yaml:"places"`
	Organizations []EntityRow `yaml:"organizations"`
	// SpeakerEntities are the speaker–entity pairs most often found
	// together: the entity is mentioned inside the speaker's quote.
	SpeakerEntities []PairRow   `yaml:"speaker_entities"`
	Outlets         []OutletRow `yaml:"outlets"`
	// Timeline holds records and quotes per day, week or month (Bucket).
	Timeline []TimeRow `yaml:"timeline"`
	Errors   Errors    `yaml:"errors"`
	// Tables says, per table, whether its counts are exact.
	Tables []TableNote `yaml:"tables"`
}

// Settings are the options the report was built with.
type Settings struct {
	OutletRule string `yaml:"outlet_rule"`
	DateRule   string `yaml:"date_rule"`
	Bucket     string `yaml:"bucket"` // day, week or month
	Capacity   int    `yaml:"capacity"`
	Evidence   int    `yaml:"evidence_per_row"`
	Top        int    `yaml:"top"`
	Validate   bool   `yaml:"validate"`
	Rejected   string `yaml:"rejected_quotes"` // excluded or included
}

// Totals are the dump's overall counts.
type Totals struct {
	Records        int64  `yaml:"records"`
	Failed         int64  `yaml:"failed"`        // records with an error: the article could not be processed
	WithProblems   int64  `yaml:"with_problems"` // records with entries in errors
	Invalid        int64  `yaml:"invalid"`       // records that fail schema validation
	Unreadable     int64  `yaml:"unreadable"`    // inputs or lines that could not be read as records
	WithErrors     int64  `yaml:"with_errors"`   // records (and unreadable inputs) with any of the above
	RecordsQuoted  int64  `yaml:"records_with_quotes"`
	Quotes         int64  `yaml:"quotes"`
	Direct         int64  `yaml:"direct"`
	Indirect       int64  `yaml:"indirect"`
	Mixed          int64  `yaml:"mixed"`
	Entities       int64  `yaml:"entities"` // entities summed over records (one per record and name)
	Mentions       int64  `yaml:"mentions"`
	Speakers       int64  `yaml:"distinct_speakers"` // after merging names (MergedSpeakerNames)
	SpeakersExact  bool   `yaml:"distinct_speakers_exact"`
	Outlets        int64  `yaml:"outlets"`
	Dated          int64  `yaml:"dated_records"`
	FirstDate      string `yaml:"first_date,omitempty"`
	LastDate       string `yaml:"last_date,omitempty"`
	ReviewedQuotes int64  `yaml:"reviewed_quotes"` // quotes with a review, whatever its status
	RejectedQuotes int64  `yaml:"rejected_quotes"` // reviewed as rejected, and left out of the counts (see Options.IncludeRejected)

	// MergedSpeakerNames is the number of single-word speaker names
	// counted under a fuller name ("Obama" under "Barack Obama").
	MergedSpeakerNames int64 `yaml:"merged_speaker_names"`
}

// Ref points at the quote or mention behind a number: the record's id, the
// quote's id when it is a quote, and code point offsets into the record's
// text, end exclusive.
type Ref struct {
	Record  string `yaml:"record"`
	Quote   string `yaml:"quote,omitempty"`
	Start   int    `yaml:"start"`
	End     int    `yaml:"end"`
	Text    string `yaml:"text"` // the quote or mention, shortened to a few words if long
	Speaker string `yaml:"speaker,omitempty"`
}

// String writes the reference as RECORD#QUOTE[START:END], the slice of the
// record's text it points at (Python slice notation, code points).
func (r Ref) String() string {
	s := r.Record
	if r.Quote != "" {
		s += "#" + r.Quote
	}
	if r.End > r.Start {
		s += fmt.Sprintf("[%d:%d]", r.Start, r.End)
	}
	return s
}

// SpeakerRow is one named speaker.
type SpeakerRow struct {
	Name string `yaml:"name"`
	// Also are the single-word names counted in this row, most quoted
	// first: "Obama" in the row of "Barack Obama" (see mergeTargets).
	Also []string `yaml:"also,omitempty"`
	// Kind is person or organization when the speaker resolves to an
	// entity of that type, empty otherwise.
	Kind string `yaml:"kind,omitempty"`
	// Organization is the organization the speaker is most often named
	// with (heuristic: see affiliation), and in how many records.
	Organization      string  `yaml:"organization,omitempty"`
	OrganizationVotes int64   `yaml:"organization_records,omitempty"`
	Quotes            int64   `yaml:"quotes"`
	Overcount         int64   `yaml:"overcount,omitempty"` // the count may be this much too high (approximate tables only)
	Share             float64 `yaml:"share"`               // of all quotes
	Direct            int64   `yaml:"direct"`
	Indirect          int64   `yaml:"indirect"`
	Mixed             int64   `yaml:"mixed"`
	Records           int64   `yaml:"records"` // records quoting the speaker
	Evidence          []Ref   `yaml:"evidence"`
}

// DescriptionRow is one description of anonymous sources ("a source").
type DescriptionRow struct {
	Description string  `yaml:"description"`
	Quotes      int64   `yaml:"quotes"`
	Overcount   int64   `yaml:"overcount,omitempty"`
	Share       float64 `yaml:"share"` // of all quotes
	Evidence    []Ref   `yaml:"evidence"`
}

// SourcingRow splits quotes by sourcing class, for the whole dump, one
// outlet or one time bucket (Key).
type SourcingRow struct {
	Key          string `yaml:"key,omitempty"`
	Quotes       int64  `yaml:"quotes"`
	Named        int64  `yaml:"named"`
	Anonymous    int64  `yaml:"anonymous"`
	Unresolved   int64  `yaml:"unresolved"`
	Unattributed int64  `yaml:"unattributed"`
	// AnonymousShare is anonymous / (named + anonymous): the share of
	// attributed, resolved quotes that come from unnamed sources.
	AnonymousShare float64 `yaml:"anonymous_share"`
	// Evidence holds a few quotes of each class.
	Evidence SourcingEvidence `yaml:"evidence"`
}

// SourcingEvidence holds a few quotes of each sourcing class.
type SourcingEvidence struct {
	Named        []Ref `yaml:"named,omitempty"`
	Anonymous    []Ref `yaml:"anonymous,omitempty"`
	Unresolved   []Ref `yaml:"unresolved,omitempty"`
	Unattributed []Ref `yaml:"unattributed,omitempty"`
}

// Of returns the evidence of class c.
func (e *SourcingEvidence) Of(c Sourcing) []Ref { return *e.of(c) }

func (e *SourcingEvidence) of(c Sourcing) *[]Ref {
	switch c {
	case Named:
		return &e.Named
	case Anonymous:
		return &e.Anonymous
	case Unresolved:
		return &e.Unresolved
	}
	return &e.Unattributed
}

// Count returns the number of quotes of class c.
func (r *SourcingRow) Count(c Sourcing) int64 {
	switch c {
	case Named:
		return r.Named
	case Anonymous:
		return r.Anonymous
	case Unresolved:
		return r.Unresolved
	case Unattributed:
		return r.Unattributed
	}
	return 0
}

func (r *SourcingRow) add(c Sourcing, n int64) {
	r.Quotes += n
	switch c {
	case Named:
		r.Named += n
	case Anonymous:
		r.Anonymous += n
	case Unresolved:
		r.Unresolved += n
	case Unattributed:
		r.Unattributed += n
	}
}

func (r *SourcingRow) finish() {
	if d := r.Named + r.Anonymous; d > 0 {
		r.AnonymousShare = round4(float64(r.Anonymous) / float64(d))
	}
}

// round4 keeps four decimals of a share: enough for a percentage with two,
// and stable in YAML and CSV output.
func round4(x float64) float64 { return math.Round(x*10000) / 10000 }

// EntityRow is one person, place or organization, by name.
type EntityRow struct {
	Type      string `yaml:"type"`
	Name      string `yaml:"name"`
	Mentions  int64  `yaml:"mentions"`
	Overcount int64  `yaml:"overcount,omitempty"`
	Records   int64  `yaml:"records"`   // records that mention it
	InQuotes  int64  `yaml:"in_quotes"` // quotes that mention it
	Quoted    int64  `yaml:"quoted"`    // quotes it is the speaker of
	Evidence  []Ref  `yaml:"evidence"`  // mentions
}

// PairRow is a speaker and an entity mentioned inside the speaker's quotes.
// Anonymous speakers are pooled as "(anonymous sources)".
type PairRow struct {
	Speaker    string `yaml:"speaker"`
	EntityType string `yaml:"entity_type"`
	Entity     string `yaml:"entity"`
	Quotes     int64  `yaml:"quotes"`
	Overcount  int64  `yaml:"overcount,omitempty"`
	Evidence   []Ref  `yaml:"evidence"`
}

// AnonymousSpeaker is the speaker anonymous sources are pooled under in
// speaker–entity pairs.
const AnonymousSpeaker = "(anonymous sources)"

// OutletRow counts one outlet's records.
type OutletRow struct {
	Outlet       string `yaml:"outlet"`
	Records      int64  `yaml:"records"`
	Overcount    int64  `yaml:"overcount,omitempty"`
	Failed       int64  `yaml:"failed"`
	WithProblems int64  `yaml:"with_problems"`
	Quotes       int64  `yaml:"quotes"`
	Mentions     int64  `yaml:"mentions"`
	FirstDate    string `yaml:"first_date,omitempty"`
	LastDate     string `yaml:"last_date,omitempty"`
	Evidence     []Ref  `yaml:"evidence"` // a few of its records (Record only)
}

// TimeRow counts the records and quotes of one day, week (starting on
// Monday) or month, named by its first day.
type TimeRow struct {
	Period   string      `yaml:"period"`
	Records  int64       `yaml:"records"`
	Sourcing SourcingRow `yaml:"sourcing"`
}

// Errors lists the records with errors.
type Errors struct {
	// Kinds group the error messages by their first words, digits blanked.
	Kinds []ErrorKind `yaml:"kinds"`
	// Records are the first records with errors, in input order.
	Records []ErrorRecord `yaml:"records"`
	// More is the number of records with errors not listed.
	More int64 `yaml:"more"`
}

// ErrorKind is a group of similar error messages.
type ErrorKind struct {
	Kind      string `yaml:"kind"`
	Count     int64  `yaml:"count"`
	Overcount int64  `yaml:"overcount,omitempty"`
	Example   string `yaml:"example"` // the record id of one
}

// ErrorRecord is one record with errors.
type ErrorRecord struct {
	Record   string   `yaml:"record"`
	Source   string   `yaml:"source,omitempty"`
	Outlet   string   `yaml:"outlet,omitempty"`
	Status   string   `yaml:"status"` // failed | problems | invalid | unreadable
	Messages []string `yaml:"messages"`
}

// TableNote says whether a table's counts are exact: a table is approximate
// once more distinct keys came than its capacity; its counts may then be
// too high by at most MaxOvercount, and keys with fewer than total/capacity
// occurrences may be missing.
type TableNote struct {
	Table        string `yaml:"table"`
	Keys         int64  `yaml:"distinct_keys"` // exact when Exact, estimated otherwise
	Kept         int    `yaml:"kept"`
	Exact        bool   `yaml:"exact"`
	MaxOvercount int64  `yaml:"max_overcount"`
}
