package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Format is how records are written.
type Format int

// Formats.
const (
	// YAML writes a YAML stream in which every record opens with "---" and
	// closes with the document end marker "...": a record is whole exactly
	// when its "..." line is there, which is how Recover finds a torn one.
	// Any YAML reader (go-yaml, PyYAML) reads the stream as it is.
	YAML Format = iota
	// JSONL writes one record per line: the format for streaming mappers
	// (Hadoop Streaming, Spark's RDD.pipe), where a record must be one line.
	JSONL
)

// ParseFormat maps a --format value to a Format.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "yaml", "yml":
		return YAML, nil
	case "jsonl", "ndjson":
		return JSONL, nil
	}
	return YAML, fmt.Errorf("unknown format %q (yaml or jsonl)", s)
}

func (f Format) String() string {
	if f == JSONL {
		return "jsonl"
	}
	return "yaml"
}

// yamlEnd closes every YAML record.
const (
	yamlStart = "---\n"
	yamlEnd   = "...\n"
)

// encoder appends one whole, self-delimiting record to dst.
type encoder interface {
	append(dst []byte, r *pipeline.Record) ([]byte, error)
}

func (f Format) encoder() encoder {
	if f == JSONL {
		return jsonlEncoder{}
	}
	return yamlEncoder{}
}

type yamlEncoder struct{}

func (yamlEncoder) append(dst []byte, r *pipeline.Record) ([]byte, error) {
	start := len(dst)
	dst = append(dst, yamlStart...)
	dst, err := pipeline.AppendYAML(dst, r)
	if err != nil {
		return dst[:start], err
	}
	return append(dst, yamlEnd...), nil
}

type jsonlEncoder struct{}

// AppendJSONL appends one record as a JSON line (with its newline) to dst.
func AppendJSONL(dst []byte, r *pipeline.Record) ([]byte, error) {
	return jsonlEncoder{}.append(dst, r)
}

// append encodes like pipeline.JSONLWriter (no HTML escaping), straight
// into dst; json.Encoder ends the line.
func (jsonlEncoder) append(dst []byte, r *pipeline.Record) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return dst, fmt.Errorf("encoding record %s: %w", r.ID, err)
	}
	return buf.Bytes(), nil
}
