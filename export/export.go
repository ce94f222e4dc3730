// Package export turns sayso records into training data for other tools:
// CoNLL BIO files, spaCy/Prodigy JSON Lines, prose's EntityContext JSON,
// quote-attribution examples as JSON Lines, and brat standoff directories
// that annotators can go on editing.
//
// It needs records that carry their article text (sayso extract writes it
// unless --no-text). Which records and quotes count is chosen by Only, from
// the review decisions stored in the records (see select.go); a rejected
// quote is never written as a positive example.
//
// An Exporter streams: each record is prepared (spans converted from code
// points to bytes and checked against the text), tokenized with the
// pipeline's own segmenter when the format needs tokens, written, and
// dropped. A problem with one record or span is kept in Stats and the
// export goes on; only a failed write stops it.
package export

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// Format names an output format.
type Format string

// The output formats.
const (
	CoNLL  Format = "conll"  // TOKEN<TAB>TAG lines, BIO2, a blank line after each sentence, -DOCSTART- between articles
	SpaCy  Format = "spacy"  // JSONL {"text", "spans", "tokens", "meta"}: Prodigy's format, read by spaCy
	Prose  Format = "prose"  // a JSON array of prose v2 EntityContext, one per sentence
	Quotes Format = "quotes" // JSONL quote-attribution examples, positive and negative
	Brat   Format = "brat"   // a directory of .txt + .ann pairs (entities and PolNeAR-style attributions)
)

// Formats lists every format, in the order the help shows them.
var Formats = []Format{CoNLL, SpaCy, Prose, Quotes, Brat}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (one of %s)", s, strings.Join(names, ", "))
}

// needsTokens reports whether a format works on tokens and sentences.
func (f Format) needsTokens() bool { return f == CoNLL || f == SpaCy || f == Prose }

// Options choose what is exported and how it is labelled.
type Options struct {
	Only   Only   // which records and quotes count (default: Accepted)
	Labels Labels // entity labels; the zero value means DefaultLabels
	// Context is the text a quotes example carries: the paragraphs around
	// the quote, its cue and its speaker (default), or the whole article.
	Context Context
}

// Labels names the three entity types in the output, indexed by
// pipeline.EntityType.
type Labels [4]string

// DefaultLabels are CoNLL's: PER, LOC, ORG.
var DefaultLabels = Labels{"", "PER", "LOC", "ORG"}

// ParseLabels reads "PER,LOC,ORG"-style names for person, place and
// organization, in that order (e.g. "PERSON,GPE,ORG" for spaCy's English
// models).
func ParseLabels(s string) (Labels, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return Labels{}, fmt.Errorf("labels %q: want three comma-separated names, for person, place and organization", s)
	}
	var l Labels
	seen := map[string]bool{}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || strings.ContainsAny(p, " \t\n-") || seen[p] {
			return Labels{}, fmt.Errorf("labels %q: names must be distinct, non-empty, without spaces or hyphens", s)
		}
		seen[p] = true
		l[i+1] = p
	}
	return l, nil
}

func (l Labels) of(t pipeline.EntityType) string { return l[t] }

// Context is the text a quote example carries.
type Context uint8

// Contexts.
const (
	Paragraphs Context = iota // the paragraphs that hold the quote, its cue and its speaker
	Article                   // the whole article text
)

// ParseContext reads "paragraph" or "article".
func ParseContext(s string) (Context, error) {
	switch s {
	case "paragraph", "paragraphs":
		return Paragraphs, nil
	case "article":
		return Article, nil
	}
	return 0, fmt.Errorf("unknown context %q (paragraph or article)", s)
}

// Problem is something wrong with one record that the export worked
// around: a record left out, a span dropped or adjusted.
type Problem struct {
	Record string // the record's id
	Msg    string
}

func (p Problem) String() string { return p.Record + ": " + p.Msg }

// maxProblems bounds the problems kept in Stats, so that a bad dump cannot
// grow memory; the rest are only counted.
const maxProblems = 1000

// Stats count what an export did.
type Stats struct {
	Records   int // records read
	Exported  int // records that counted and were written
	LeftOut   int // records that do not count under Options.Only
	Failed    int // records that could not be exported (no text, an error record)
	Units     int // sentences (conll, prose), lines (spacy), examples (quotes), files (brat)
	Mentions  int // entity mentions written
	Positives int // quotes written as positive examples
	Negatives int // quotes written as negative examples (quotes format)

	Problems     []Problem // the first maxProblems problems
	MoreProblems int       // problems beyond those
}

func (s *Stats) problem(rec, format string, args ...any) {
	if len(s.Problems) >= maxProblems {
		s.MoreProblems++
		return
	}
	s.Problems = append(s.Problems, Problem{Record: rec, Msg: fmt.Sprintf(format, args...)})
}

// sink writes prepared articles in one format.
type sink interface {
	write(a *article, st *Stats) error
	close() error
}

// Exporter writes records in one format. It is not safe for concurrent
// use; run one per output.
type Exporter struct {
	format Format
	opt    Options
	sink   sink
	seg    *segment.Segmenter
	stats  Stats
	closed bool
}

// New returns an exporter that writes format to w. For Brat, which writes a
// directory, use NewBrat.
func New(format Format, w io.Writer, opt Options) (*Exporter, error) {
	e, err := newExporter(format, opt)
	if err != nil {
		return nil, err
	}
	switch format {
	case CoNLL:
		e.sink = newCoNLLSink(w, e.opt)
	case SpaCy:
		e.sink = newSpaCySink(w, e.opt)
	case Prose:
		e.sink = newProseSink(w, e.opt)
	case Quotes:
		e.sink = newQuotesSink(w, e.opt)
	case Brat:
		return nil, fmt.Errorf("the brat format writes a directory: use NewBrat")
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return e, nil
}

// NewBrat returns an exporter that writes one .txt and one .ann file per
// record into dir (created if needed), with the annotation.conf that lets
// brat show them.
func NewBrat(dir string, opt Options) (*Exporter, error) {
	e, err := newExporter(Brat, opt)
	if err != nil {
		return nil, err
	}
	s, err := newBratSink(dir, e.opt)
	if err != nil {
		return nil, err
	}
	e.sink = s
	return e, nil
}

func newExporter(format Format, opt Options) (*Exporter, error) {
	if opt.Labels == (Labels{}) {
		opt.Labels = DefaultLabels
	}
	e := &Exporter{format: format, opt: opt}
	if format.needsTokens() {
		seg, err := sharedSegmenter()
		if err != nil {
			return nil, err
		}
		e.seg = seg
	}
	return e, nil
}

// sharedSegmenter loads the segmenter once per process (its sentence model
// takes milliseconds to parse); it is safe for concurrent use, so every
// exporter shares it.
var sharedSegmenter = sync.OnceValues(segment.New)

// Write exports one record, if it counts under the options. Problems with
// the record are kept in Stats; the error is non-nil only when writing the
// output failed.
func (e *Exporter) Write(rec *pipeline.Record) error {
	if e.closed {
		return fmt.Errorf("export: write after close")
	}
	e.stats.Records++
	switch {
	case rec.Error != "":
		e.stats.Failed++
		e.stats.problem(rec.ID, "left out: the article could not be processed (%s)", rec.Error)
		return nil
	case rec.Text == "":
		e.stats.Failed++
		e.stats.problem(rec.ID, "left out: the record has no text; export needs the article text (records from 'sayso extract --no-text' lack it: extract again without --no-text)")
		return nil
	case !e.opt.Only.Counts(rec):
		e.stats.LeftOut++
		return nil
	}
	a := prepare(rec, e.opt.Only, &e.stats)
	if e.seg != nil {
		e.tokenize(a)
	}
	e.stats.Exported++
	return e.sink.write(a, &e.stats)
}

// Close finishes the output (the closing bracket of a JSON array, brat's
// configuration files). It does not close the underlying writer.
func (e *Exporter) Close() error {
	if e.closed {
		return nil
	}
	e.closed = true
	return e.sink.close()
}

// Stats returns what the export has done so far.
func (e *Exporter) Stats() Stats { return e.stats }
