package report

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// ReadFrom counts every record of a stream written by sayso (YAML or JSON
// Lines, gzip-compressed or not: both are detected). A JSON line that does
// not parse is counted as unreadable and reading goes on; a YAML syntax
// error or a read error ends the stream and is counted the same way. name
// says where the stream came from in those entries. It returns the number
// of records read.
func (b *Builder) ReadFrom(name string, r io.Reader) int64 {
	br := bufio.NewReaderSize(r, 1<<16)
	var src io.Reader = br
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			b.AddUnreadable(name, fmt.Errorf("not a readable gzip stream: %w", err))
			return 0
		}
		defer zr.Close()
		src = zr
	}
	rr := pipeline.NewRecordReader(src)
	var n int64
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return n
		}
		if err != nil {
			b.AddUnreadable(name, err)
			if lineError(err) {
				continue
			}
			return n
		}
		n++
		b.Add(rec)
	}
}

// lineError reports whether err spoils one JSON line only.
func lineError(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return errors.As(err, &syn) || errors.As(err, &typ)
}

// recordExts are the files a directory walk reads.
var recordExts = []string{".yaml", ".yml", ".jsonl", ".ndjson", ".yaml.gz", ".yml.gz", ".jsonl.gz", ".ndjson.gz"}

// ReadFiles counts the records of every input: a file, a directory (walked
// in lexical order for record files: .yaml, .yml, .jsonl, .ndjson, each
// maybe .gz), or "-" for stdin. An input that cannot be opened is counted as
// unreadable. It returns the number of records read.
func (b *Builder) ReadFiles(inputs []string, stdin io.Reader) int64 {
	var n int64
	for _, in := range inputs {
		if in == "-" {
			if stdin == nil {
				stdin = os.Stdin
			}
			n += b.ReadFrom("stdin", stdin)
			continue
		}
		files, err := expand(in)
		if err != nil {
			b.AddUnreadable(in, err)
			continue
		}
		for _, path := range files {
			f, err := os.Open(path)
			if err != nil {
				b.AddUnreadable(path, err)
				continue
			}
			n += b.ReadFrom(path, f)
			f.Close()
		}
	}
	return n
}

func expand(in string) ([]string, error) {
	info, err := os.Stat(in)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{in}, nil
	}
	var files []string
	err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		lower := strings.ToLower(d.Name())
		for _, ext := range recordExts {
			if strings.HasSuffix(lower, ext) {
				files = append(files, path)
				break
			}
		}
		return nil
	})
	return files, err
}
