package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// RecordWriter writes records to a stream, one complete record per call.
type RecordWriter interface {
	Write(*Record) error
}

// YAMLWriter writes records as a YAML stream: one document per record,
// "---" before each. Mentions, cues and spans are written in flow style
// ({start: 1, end: 5, text: Iran}) so a record reads like the README's
// example; the article text comes last, as a literal block.
type YAMLWriter struct {
	w io.Writer
}

// NewYAMLWriter returns a writer of a YAML record stream to w.
func NewYAMLWriter(w io.Writer) *YAMLWriter { return &YAMLWriter{w: w} }

// Write encodes one record. Each record is encoded in full before anything
// is written, so a failed encoding never leaves half a document behind.
func (yw *YAMLWriter) Write(r *Record) error {
	b, err := MarshalYAML(r)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(yw.w, "---\n"); err != nil {
		return err
	}
	_, err = yw.w.Write(b)
	return err
}

// MarshalYAML encodes one record as a YAML document (without the leading
// "---").
func MarshalYAML(r *Record) ([]byte, error) {
	return AppendYAML(nil, r)
}

// AppendYAML appends the YAML document of one record (without the leading
// "---") to dst. Most records take a direct path (yamlfast.go) that writes
// the same bytes go-yaml would; the rest go through go-yaml.
func AppendYAML(dst []byte, r *Record) ([]byte, error) {
	if b, ok := appendRecordYAML(dst, r); ok {
		return b, nil
	}
	b, err := marshalYAMLNodes(r)
	return append(dst, b...), err
}

// marshalYAMLNodes encodes a record with go-yaml, through recordNode.
func marshalYAMLNodes(r *Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(recordNode(r)); err != nil {
		return nil, fmt.Errorf("encoding record %s: %w", r.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// JSONLWriter writes records as JSON Lines: one object per line, the same
// fields as the YAML form. It is the format for streaming mappers (Hadoop
// Streaming, Spark's RDD.pipe), where a record must be a single line.
type JSONLWriter struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of a JSON Lines record stream to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	jw := &JSONLWriter{w: w}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

// Write encodes one record as one line.
func (jw *JSONLWriter) Write(r *Record) error {
	jw.buf.Reset()
	if err := jw.enc.Encode(r); err != nil {
		return fmt.Errorf("encoding record %s: %w", r.ID, err)
	}
	_, err := jw.w.Write(jw.buf.Bytes())
	return err
}

// RecordReader reads a stream of records written by YAMLWriter or
// JSONLWriter (or by hand, or by a reviewer); the format is detected from the
// first non-blank byte.
type RecordReader struct {
	br    *bufio.Reader
	yaml  *yaml.Decoder
	jsonl bool
	line  int
	init  bool
}

// NewRecordReader returns a reader of the records in r.
func NewRecordReader(r io.Reader) *RecordReader {
	return &RecordReader{br: bufio.NewReaderSize(r, 1<<16)}
}

// Next returns the next record, or io.EOF after the last. A JSONL line that
// does not parse is returned as an error naming the line; the reader can go
// on past it. A YAML syntax error ends the stream.
func (rr *RecordReader) Next() (*Record, error) {
	if !rr.init {
		rr.init = true
		for {
			b, err := rr.br.Peek(1)
			if err != nil {
				return nil, io.EOF
			}
			if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
				rr.br.ReadByte()
				continue
			}
			rr.jsonl = b[0] == '{'
			break
		}
		if !rr.jsonl {
			rr.yaml = yaml.NewDecoder(rr.br)
		}
	}
	if rr.jsonl {
		return rr.nextJSON()
	}
	for {
		var rec Record
		if err := rr.yaml.Decode(&rec); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("reading YAML records: %w", err)
		}
		if rec.Schema == "" && rec.ID == "" {
			continue // an empty document, e.g. after a trailing "---"
		}
		return &rec, nil
	}
}

func (rr *RecordReader) nextJSON() (*Record, error) {
	for {
		line, err := rr.br.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, err
		}
		rr.line++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var rec Record
		if jerr := json.Unmarshal(line, &rec); jerr != nil {
			return nil, fmt.Errorf("line %d: %w", rr.line, jerr)
		}
		return &rec, nil
	}
}

// ReadRecords reads every record of r.
func ReadRecords(r io.Reader) ([]*Record, error) {
	rr := NewRecordReader(r)
	var out []*Record
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

// ---------------------------------------------------------------- YAML nodes

// recordNode builds the YAML node tree of a record by hand rather than by
// reflection: it is faster and lets mentions and spans be written in flow
// style, one per line.
func recordNode(r *Record) *yaml.Node {
	m := mapping(0)
	addStr(m, "schema", r.Schema)
	addStr(m, "id", r.ID)
	addOpt(m, "source", r.Source)
	addOpt(m, "title", r.Title)
	addOpt(m, "url", r.URL)
	addOpt(m, "published", r.Published)
	addOpt(m, "error", r.Error)
	if r.Error == "" || len(r.Entities) > 0 {
		ents := sequence(0)
		for i := range r.Entities {
			ents.Content = append(ents.Content, entityNode(&r.Entities[i]))
		}
		add(m, "entities", ents)
	}
	if r.Error == "" || len(r.Quotes) > 0 {
		qs := sequence(0)
		for i := range r.Quotes {
			qs.Content = append(qs.Content, quoteNode(&r.Quotes[i]))
		}
		add(m, "quotes", qs)
	}
	errs := sequence(yaml.FlowStyle)
	if len(r.Errors) > 0 {
		errs.Style = 0
	}
	for _, e := range r.Errors {
		errs.Content = append(errs.Content, str(e))
	}
	add(m, "errors", errs)
	if r.Text != "" {
		t := str(r.Text)
		if strings.Contains(r.Text, "\n") {
			t.Style = yaml.LiteralStyle
			if !literalReadable(r.Text) {
				t.Style = yaml.DoubleQuotedStyle
			}
		}
		add(m, "text", t)
	}
	return m
}

// literalReadable reports whether go-yaml can read text back from a literal
// block: its reader takes the block's indentation from the first non-empty
// line, and stops with "found a tab character where an indentation space is
// expected" when that line starts with a tab (it writes such blocks all the
// same), so those texts are written double-quoted instead.
func literalReadable(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" {
			continue
		}
		return line[0] != '\t'
	}
	return true
}

func entityNode(e *EntityRecord) *yaml.Node {
	m := mapping(0)
	addStr(m, "id", e.ID)
	addStr(m, "type", e.Type)
	addStr(m, "name", e.Name)
	ms := sequence(0)
	for _, mr := range e.Mentions {
		ms.Content = append(ms.Content, spanNode(mr))
	}
	add(m, "mentions", ms)
	return m
}

func spanNode(s MentionRecord) *yaml.Node {
	m := mapping(yaml.FlowStyle)
	add(m, "start", integer(s.Start))
	add(m, "end", integer(s.End))
	addStr(m, "text", s.Text)
	return m
}

func quoteNode(q *QuoteRecord) *yaml.Node {
	m := mapping(0)
	addStr(m, "id", q.ID)
	addStr(m, "kind", q.Kind)
	addStr(m, "text", q.Text)
	add(m, "start", integer(q.Start))
	add(m, "end", integer(q.End))
	if q.Cue != nil {
		add(m, "cue", spanNode(*q.Cue))
	}
	if sp := q.Speaker; sp != nil {
		s := mapping(0)
		addStr(s, "text", sp.Text)
		add(s, "start", integer(sp.Start))
		add(s, "end", integer(sp.End))
		addOpt(s, "form", sp.Form)
		addOpt(s, "entity", sp.Entity)
		addOpt(s, "name", sp.Name)
		add(m, "speaker", s)
	}
	add(m, "confidence", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(q.Confidence, 'f', -1, 64)})
	if rv := q.Review; rv != nil {
		s := mapping(yaml.FlowStyle)
		addStr(s, "status", rv.Status)
		addOpt(s, "by", rv.By)
		addOpt(s, "at", rv.At)
		addOpt(s, "note", rv.Note)
		add(m, "review", s)
	}
	if q.Original != nil {
		add(m, "original", quoteNode(q.Original))
	}
	return m
}

func mapping(style yaml.Style) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Style: style}
}

func sequence(style yaml.Style) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: style}
}

func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") && !literalReadable(s) {
		n.Style = yaml.DoubleQuotedStyle // go-yaml would pick a literal block it cannot read back
	}
	return n
}

func integer(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

func add(m *yaml.Node, key string, v *yaml.Node) { m.Content = append(m.Content, str(key), v) }

func addStr(m *yaml.Node, key, v string) { add(m, key, str(v)) }

func addOpt(m *yaml.Node, key, v string) {
	if v != "" {
		addStr(m, key, v)
	}
}
