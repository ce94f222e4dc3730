package report

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/sayso/sayso/ingest"
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
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			b.AddUnreadable(name, fmt.Errorf("not a readable gzip stream: %w", err))
			return 0
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	if startsJSON(br) {
		return b.readJSONL(name, br)
	}
	rr := pipeline.NewRecordReader(br)
	var n int64
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return n
		}
		if err != nil {
			// YAML: the decoder cannot resynchronise after a syntax error.
			b.AddUnreadable(name, err)
			return n
		}
		n++
		b.Add(rec)
	}
}

// startsJSON reports whether the stream's first non-blank byte is '{'.
func startsJSON(br *bufio.Reader) bool {
	for i := 1; ; i++ {
		b, err := br.Peek(i)
		if err != nil || len(b) < i {
			return false
		}
		switch b[i-1] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return true
		}
		return false
	}
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
	return ingest.WalkFiles(in, recordExts)
}

// A jsonBatch is a run of JSON lines decoded by a worker while the next
// ones are read and the previous ones counted.
type jsonBatch struct {
	data  []byte // the lines, back to back
	ends  []int  // end of each line in data
	first int    // line number of the first line
	recs  []*pipeline.Record
	errs  []error // per line: nil, or why it was not decoded
	done  chan struct{}
}

const batchLines = 256

// readJSONL decodes JSON Lines on every core and counts the records in
// input order, so a report is the same however many cores ran it. At most
// 2×cores batches are in flight: memory stays bounded. (Decoding with
// encoding/json is most of the cost of a report; this is where the time
// went before.)
func (b *Builder) readJSONL(name string, br *bufio.Reader) int64 {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *jsonBatch, workers)
	ordered := make(chan *jsonBatch, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for bt := range jobs {
				bt.decode()
			}
		}()
	}
	var readErr error
	go func() {
		defer close(ordered)
		defer close(jobs)
		line := 0
		for {
			bt := &jsonBatch{first: line + 1, done: make(chan struct{})}
			for len(bt.ends) < batchLines {
				l, err := br.ReadSlice('\n')
				if err == bufio.ErrBufferFull {
					// A line longer than the buffer: gather it whole.
					long := append([]byte(nil), l...)
					for err == bufio.ErrBufferFull {
						l, err = br.ReadSlice('\n')
						long = append(long, l...)
					}
					l = long
				}
				if len(l) > 0 {
					line++
					bt.data = append(bt.data, l...)
					bt.ends = append(bt.ends, len(bt.data))
				}
				if err != nil {
					if !errors.Is(err, io.EOF) {
						readErr = err
					}
					if len(bt.ends) > 0 {
						ordered <- bt
						jobs <- bt
					}
					return
				}
			}
			ordered <- bt
			jobs <- bt
		}
	}()
	var n int64
	for bt := range ordered {
		<-bt.done
		for i, rec := range bt.recs {
			switch {
			case bt.errs[i] != nil:
				b.AddUnreadable(name, bt.errs[i])
			case rec != nil:
				n++
				b.Add(rec)
			}
		}
	}
	wg.Wait()
	if readErr != nil {
		b.AddUnreadable(name, readErr)
	}
	return n
}

func (bt *jsonBatch) decode() {
	defer close(bt.done)
	bt.recs = make([]*pipeline.Record, len(bt.ends))
	bt.errs = make([]error, len(bt.ends))
	start := 0
	for i, end := range bt.ends {
		line := bytes.TrimSpace(bt.data[start:end])
		start = end
		if len(line) == 0 {
			continue
		}
		rec := new(pipeline.Record)
		if err := json.Unmarshal(line, rec); err != nil {
			bt.errs[i] = fmt.Errorf("line %d: %w", bt.first+i, err)
			continue
		}
		bt.recs[i] = rec
	}
}
