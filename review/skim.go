package review

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/sayso/sayso/pipeline"
)

// skimmed is what the index needs of a record: its name and the review state
// of its quotes, not its text or entities.
type skimmed struct {
	Schema string `yaml:"schema" json:"schema"`
	ID     string `yaml:"id" json:"id"`
	Title  string `yaml:"title" json:"title"`
	Quotes []struct {
		Confidence float64 `yaml:"confidence" json:"confidence"`
		Review     *struct {
			Status string `yaml:"status" json:"status"`
		} `yaml:"review" json:"review"`
	} `yaml:"quotes" json:"quotes"`
}

func (s *skimmed) counts() Counts {
	var rec pipeline.Record
	rec.Quotes = make([]pipeline.QuoteRecord, len(s.Quotes))
	for i, q := range s.Quotes {
		rec.Quotes[i].Confidence = q.Confidence
		if q.Review != nil {
			rec.Quotes[i].Review = &pipeline.Review{Status: q.Review.Status}
		}
	}
	return CountRecord(&rec)
}

// skimKeys are the top-level keys the index reads.
var skimKeys = map[string]bool{"schema": true, "id": true, "title": true, "quotes": true}

// skimYAML keeps only the top-level keys the index needs before parsing: in
// a block mapping at the top of a document a key starts at column 0 and all
// of its value is indented or flow on the same line, so the lines of a key
// run up to the next line that starts at column 0. Inside quotes, the same
// rule one level down keeps of each item only its first line and its
// confidence and review. YAML parsing is most of the cost of opening a file
// (tuned: the article text, the entities and the quotes' texts, cues,
// speakers and originals are nine tenths of a record's lines).
func skimYAML(seg []byte, buf []byte) ([]byte, bool) {
	var q quoteSkim
	keep, inQuotes := false, false
	for len(seg) > 0 {
		n := bytes.IndexByte(seg, '\n') + 1
		if n == 0 {
			n = len(seg)
		}
		line := seg[:n]
		seg = seg[n:]
		switch c := line[0]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '#' || isSeqItem(line):
			// indented, blank, a comment, or an item of a sequence written
			// at its key's indentation (PyYAML's default: "quotes:\n- id:
			// Q1"): belongs to the current key
			if inQuotes && keep && !q.keepLine(line) {
				continue
			}
		case isDocStart(line):
			if len(bytes.TrimSpace(line[3:])) > 0 {
				return nil, false // content on the marker line: not the usual shape
			}
			keep, inQuotes = false, false
			continue
		default:
			colon := bytes.IndexByte(line, ':')
			if colon < 0 {
				return nil, false
			}
			key := string(bytes.Trim(line[:colon], `"'`))
			keep, inQuotes = skimKeys[key], key == "quotes"
			q = quoteSkim{}
		}
		if keep {
			buf = append(buf, line...)
		}
	}
	return buf, true
}

// isSeqItem reports a line that opens a block sequence item at column 0.
func isSeqItem(line []byte) bool {
	return line[0] == '-' && (len(line) == 1 || line[1] == ' ' || line[1] == '\n' || line[1] == '\r')
}

// quoteSkim filters the lines of the quotes sequence: an item's first line
// ("- id: Q1"), and its confidence and review keys with whatever is indented
// under them. Anything it does not recognise (a flow sequence over several
// lines, an item that does not start with "- ") is kept whole.
type quoteSkim struct {
	keyCol  int  // column of the items' keys; 0 before the first item
	all     bool // unusual shape: keep every line
	keeping bool // inside a kept key of the current item
}

// quoteKeys are the keys of a quote the index reads.
var quoteKeys = map[string]bool{"confidence": true, "review": true}

func (q *quoteSkim) keepLine(line []byte) bool {
	if q.all {
		return true
	}
	indent := 0
	for indent < len(line) && line[indent] == ' ' {
		indent++
	}
	rest := line[indent:]
	if len(bytes.TrimSpace(rest)) == 0 || rest[0] == '#' {
		return false
	}
	if rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n' || rest[1] == '\r') {
		if q.keyCol > 0 && indent >= q.keyCol {
			q.all = true // a sequence nested in an item: not a shape worth guessing at
			return true
		}
		// A new item: keep its first line, whatever key it holds.
		k := 1
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		if k >= len(rest) || rest[k] == '\n' || rest[k] == '\r' || rest[k] == '#' {
			q.all = true // "-" alone on its line, or with a comment: the item's keys follow
			return true
		}
		q.keyCol = indent + k
		q.keeping = false
		return true
	}
	switch {
	case q.keyCol == 0:
		q.all = true // content before the first item: flow style or a comment we do not expect
		return true
	case indent == q.keyCol:
		colon := bytes.IndexByte(rest, ':')
		q.keeping = colon > 0 && quoteKeys[string(bytes.Trim(rest[:colon], `"'`))]
		return q.keeping
	case indent > q.keyCol:
		return q.keeping
	}
	q.all = true // less indented than the keys yet not an item
	return true
}

// indexSegment makes the index entry of one segment of the file; ok is false
// when the segment holds no record.
func indexSegment(seg []byte, jsonl bool, buf []byte) (e entry, ok bool) {
	e = entry{n: int64(len(seg)), version: hash(seg)}
	var sk skimmed
	var err error
	if jsonl {
		if len(bytes.TrimSpace(seg)) == 0 {
			return e, false
		}
		err = json.Unmarshal(seg, &sk)
	} else if b, shaped := skimYAML(seg, buf[:0]); shaped {
		err = yaml.Unmarshal(b, &sk)
	} else {
		err = errors.New("unusual shape")
	}
	if err != nil || sk.Schema == "" && sk.ID == "" {
		// Unusual, empty or broken: the full decoder has the last word.
		rec, err := decodeOne(seg)
		switch {
		case errors.Is(err, io.EOF):
			return e, false
		case err != nil:
			e.err = err.Error()
			return e, true
		}
		e.id, e.title, e.counts = rec.ID, rec.Title, CountRecord(rec)
		return e, true
	}
	e.id, e.title, e.counts = sk.ID, sk.Title, sk.counts()
	return e, true
}

// indexer indexes segments on all cores, keeping the file's order. It holds
// at most one batch of segments in memory.
type indexer struct {
	jsonl   bool
	batch   [][]byte
	offs    []int64
	entries []entry
}

const indexBatch = 256

func (ix *indexer) add(off int64, seg []byte) {
	ix.batch = append(ix.batch, append([]byte(nil), seg...))
	ix.offs = append(ix.offs, off)
	if len(ix.batch) == indexBatch {
		ix.flush()
	}
}

func (ix *indexer) flush() {
	out := make([]entry, len(ix.batch))
	keep := make([]bool, len(ix.batch))
	workers := min(runtime.GOMAXPROCS(0), len(ix.batch))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for i := w; i < len(ix.batch); i += workers {
				out[i], keep[i] = indexSegment(ix.batch[i], ix.jsonl, buf)
				out[i].off = ix.offs[i]
			}
		}()
	}
	wg.Wait()
	for i, e := range out {
		if keep[i] {
			if e.err != "" {
				e.id = "record " + itoa(len(ix.entries)+1)
			}
			ix.entries = append(ix.entries, e)
		}
	}
	ix.batch, ix.offs = ix.batch[:0], ix.offs[:0]
}
