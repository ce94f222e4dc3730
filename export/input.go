package export

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Inputs streams the records of a list of files, in order: YAML or JSON
// Lines record streams (.gz too), BIO files (.bio, .conll, .iob, .iob2: read
// with BIOReader), or "-" for standard input (a record stream). One record
// is in memory at a time.
type Inputs struct {
	paths []string
	stdin io.Reader
	cur   recordSource
	name  string
	close func() error
}

// recordSource is a reader of records; both pipeline.RecordReader and
// BIOReader are.
type recordSource interface {
	Next() (*pipeline.Record, error)
}

// OpenInputs returns a reader of the records in paths; stdin is read for
// "-" (nil means os.Stdin).
func OpenInputs(paths []string, stdin io.Reader) *Inputs {
	if stdin == nil {
		stdin = os.Stdin
	}
	return &Inputs{paths: append([]string(nil), paths...), stdin: stdin}
}

// IsBIO reports whether a path names a BIO file, by its extension.
func IsBIO(path string) bool {
	p := strings.TrimSuffix(strings.ToLower(path), ".gz")
	for _, ext := range []string{".bio", ".conll", ".iob", ".iob2"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// Next returns the next record, or io.EOF after the last input. Any other
// error concerns one input or one record (it names which); the reader can
// go on past it. A YAML syntax error ends its file.
func (in *Inputs) Next() (*pipeline.Record, error) {
	for {
		if in.cur == nil {
			if len(in.paths) == 0 {
				return nil, io.EOF
			}
			path := in.paths[0]
			in.paths = in.paths[1:]
			if err := in.open(path); err != nil {
				return nil, err
			}
		}
		rec, err := in.cur.Next()
		switch {
		case err == nil:
			return rec, nil
		case errors.Is(err, io.EOF):
			if cerr := in.finish(); cerr != nil {
				return nil, fmt.Errorf("%s: %w", in.name, cerr)
			}
		case endsStream(err):
			in.finish()
			return nil, fmt.Errorf("%s: %w (the rest of this file was not read)", in.name, err)
		default:
			return nil, fmt.Errorf("%s: %w", in.name, err)
		}
	}
}

// endsStream reports a record stream error after which the stream cannot be
// read on: pipeline.RecordReader's YAML syntax errors. (A bad JSON line
// only costs that line.)
func endsStream(err error) bool { return strings.HasPrefix(err.Error(), "reading YAML records") }

func (in *Inputs) open(path string) error {
	in.name = path
	var r io.Reader
	if path == "-" {
		r, in.close = in.stdin, nil
		in.name = "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		r, in.close = f, f.Close
	}
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			in.finish()
			return fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	} else {
		r = br
	}
	if IsBIO(path) {
		in.cur = NewBIOReader(r, path)
	} else {
		in.cur = pipeline.NewRecordReader(r)
	}
	return nil
}

// finish closes the current input.
func (in *Inputs) finish() error {
	in.cur = nil
	if in.close == nil {
		return nil
	}
	err := in.close()
	in.close = nil
	return err
}

// Close closes the input being read, if any.
func (in *Inputs) Close() error { return in.finish() }
