package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"go.yaml.in/yaml/v3"
)

// Recover prepares the output of an interrupted run for resuming: it reads
// f (opened read-write), keeps every whole record, cuts off a torn last one
// (a record whose closing "..." line, or a JSON line whose newline, never
// reached the file), leaves f's offset at the new end, and returns the ids
// of the whole records in order. Give them to Options.Done.
//
// The guarantee: records are written in input order, each by one Write
// call, so after a crash or a kill the file is whole records for the first
// k articles of the run's input, then perhaps part of one more. A resumed
// run with the same inputs and flags writes records for articles k+1 on,
// after checking that the ids of the first k match: each article appears
// exactly once.
func Recover(f *os.File, format Format) ([]string, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	var (
		ids  []string
		good int64
		err  error
	)
	if format == JSONL {
		ids, good, err = scanJSONL(f)
	} else {
		ids, good, err = scanYAML(f)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot resume from %s: %w", f.Name(), err)
	}
	if err := f.Truncate(good); err != nil {
		return nil, fmt.Errorf("cannot cut the torn last record off %s: %w", f.Name(), err)
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		return nil, err
	}
	return ids, nil
}

// lineReader yields lines of any length with their offsets, keeping only a
// line's first bytes (enough for the fields Recover looks at).
type lineReader struct {
	br  *bufio.Reader
	off int64 // offset of the next line
}

const keepBytes = 4 << 10

// next returns the start of the next line (at most keepBytes of it, with
// its newline if it fits), whether the line ended with a newline, and the
// offset after it.
func (lr *lineReader) next() (head []byte, complete bool, end int64, err error) {
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(chunk))
		if len(head) < keepBytes {
			head = append(head, chunk[:min(len(chunk), keepBytes-len(head))]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, 0, err
		}
		if len(chunk) == 0 && err != nil && len(head) == 0 {
			return nil, false, lr.off, io.EOF
		}
		return head, len(chunk) > 0 && chunk[len(chunk)-1] == '\n', lr.off, nil
	}
}

func scanYAML(r io.Reader) ([]string, int64, error) {
	lr := &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
	var (
		ids    []string
		good   int64
		inside bool   // between "---" and "..."
		idYAML []byte // the record's "id:" key and value, which may span lines
		id     string
		state  int // 0 before the id, 1 in it, 2 after it
		line   int
	)
	// endID parses the id gathered so far.
	endID := func() error {
		state = 2
		var v struct {
			ID string `yaml:"id"`
		}
		if err := yaml.Unmarshal(idYAML, &v); err != nil {
			return fmt.Errorf("line %d: cannot read the record's id: %v", line, err)
		}
		id = v.ID
		return nil
	}
	for {
		head, complete, end, err := lr.next()
		if errors.Is(err, io.EOF) {
			return ids, good, nil
		}
		if err != nil {
			return nil, 0, err
		}
		line++
		if !complete {
			return ids, good, nil // a torn last line
		}
		switch string(head) {
		case yamlStart:
			if inside {
				return nil, 0, fmt.Errorf("line %d: a record starts before the previous one ended with \"...\"; was this file written by sayso extract --format yaml?", line)
			}
			inside, state, idYAML = true, 0, idYAML[:0]
			continue
		case yamlEnd:
			if state == 1 {
				if err := endID(); err != nil {
					return nil, 0, err
				}
			}
			if !inside || state != 2 {
				return nil, 0, fmt.Errorf("line %d: a record ends that has no id; was this file written by sayso extract --format yaml?", line)
			}
			ids = append(ids, id)
			good, inside = end, false
			continue
		}
		if !inside {
			return nil, 0, fmt.Errorf("line %d is outside any record; was this file written by sayso extract --format yaml?", line)
		}
		topLevel := head[0] != ' ' && head[0] != '\n'
		switch {
		case state == 0 && bytes.HasPrefix(head, []byte("id:")):
			state = 1
			idYAML = append(idYAML, head...)
		case state == 1 && topLevel:
			if err := endID(); err != nil {
				return nil, 0, err
			}
		case state == 1:
			if len(idYAML) > 1<<16 {
				return nil, 0, fmt.Errorf("line %d: the record's id is longer than 64 KiB", line)
			}
			idYAML = append(idYAML, head...)
		}
	}
}

func scanJSONL(r io.Reader) ([]string, int64, error) {
	lr := &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
	var (
		ids  []string
		good int64
		line int
	)
	for {
		head, complete, end, err := lr.next()
		if errors.Is(err, io.EOF) {
			return ids, good, nil
		}
		if err != nil {
			return nil, 0, err
		}
		line++
		if !complete {
			return ids, good, nil
		}
		id, err := jsonID(head)
		if err != nil {
			return nil, 0, fmt.Errorf("line %d: %v; was this file written by sayso extract --format jsonl?", line, err)
		}
		ids = append(ids, id)
		good = end
	}
}

// jsonID reads the id of a record line from its first bytes: records start
// with the schema and the id, so the rest of a long line is never needed.
func jsonID(head []byte) (string, error) {
	if len(head) == 0 || head[0] != '{' {
		return "", errors.New("not a JSON record")
	}
	dec := json.NewDecoder(bytes.NewReader(head))
	if _, err := dec.Token(); err != nil { // {
		return "", err
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return "", fmt.Errorf("not a JSON record: %v", err)
		}
		if k == "id" {
			var id string
			if err := dec.Decode(&id); err != nil {
				return "", fmt.Errorf("bad id: %v", err)
			}
			return id, nil
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return "", fmt.Errorf("not a JSON record: %v", err)
		}
	}
	return "", errors.New("record has no id")
}
