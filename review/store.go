package review

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/sayso/sayso/pipeline"
)

// ErrConflict is returned by Store.Apply when the record changed since the
// version the decision was made on (another tab, another reviewer, or the
// file rewritten by hand).
var ErrConflict = errors.New("the record changed since it was loaded")

// ErrReadOnly is returned by Store.Apply for a record that cannot be
// rewritten without losing something.
var ErrReadOnly = errors.New("record is read-only")

// Store is a records file opened for review: a YAML stream written by
// YAMLWriter, or JSON Lines. It keeps an index of where each record lies in
// the file and a few counts per record, never the records themselves: a
// record is read from disk when asked for, so a file of many thousands of
// articles costs a few hundred bytes of memory per article.
//
// Every decision rewrites the file atomically: the bytes of the other records
// are copied unchanged to a temporary file in the same directory, the changed
// record is encoded with pipeline's YAML (or JSONL) writer, and the
// temporary file is synced and renamed over the original, then the directory
// is synced. A crash at any point leaves either the old file or the new one.
//
// Store is safe for concurrent use. The only path it reads or writes is the
// records file and its temporary siblings.
type Store struct {
	path  string // the records file, symlinks resolved
	dir   string
	jsonl bool
	now   func() time.Time

	mu      sync.RWMutex
	entries []entry
	size    int64 // the file as indexed: a different size or time means someone else wrote it
	modTime time.Time
	mode    os.FileMode
}

// entry is what the store remembers about one record.
type entry struct {
	off, n  int64  // the record's bytes in the file: [off, off+n)
	version uint64 // hash of those bytes
	id      string
	title   string
	counts  Counts
	err     string // the record could not be decoded; its bytes are kept as they are
}

// Summary describes one record in the article list.
type Summary struct {
	Index  int    `json:"index"`
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Counts Counts `json:"counts"`
	Error  string `json:"error,omitempty"`
}

// View is one record as the page sees it. Version changes whenever the
// record's bytes in the file do.
type View struct {
	Index    int              `json:"index"`
	Version  string           `json:"version"`
	Record   *pipeline.Record `json:"record,omitempty"`
	ReadOnly string           `json:"readonly,omitempty"` // why decisions cannot be saved, if they cannot
	Error    string           `json:"error,omitempty"`    // the record could not be read
}

// Open indexes the records file at path.
func Open(path string) (*Store, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, err
	}
	real, err = filepath.Abs(real)
	if err != nil {
		return nil, err
	}
	s := &Store{path: real, dir: filepath.Dir(real), now: time.Now}
	if err := s.index(); err != nil {
		return nil, err
	}
	return s, nil
}

// Path is the records file the store reads and writes.
func (s *Store) Path() string { return s.path }

// SetClock replaces the clock that stamps decisions (for tests).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// index reads the whole file once and records where each record lies.
func (s *Store) index() error {
	f, err := os.Open(s.path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", s.path)
	}
	ix := &indexer{}
	jsonl, err := splitRecords(bufio.NewReaderSize(f, 1<<16), func(off int64, seg []byte, jsonl bool) {
		ix.jsonl = jsonl
		ix.add(off, seg)
	})
	if err != nil {
		return fmt.Errorf("reading %s: %w", s.path, err)
	}
	ix.flush()
	s.entries, s.jsonl = ix.entries, jsonl
	s.size, s.modTime, s.mode = st.Size(), st.ModTime(), st.Mode().Perm()
	return nil
}

// splitRecords cuts a record stream into the byte ranges of its records and
// calls fn for each with its offset and the format as known so far (it is
// known before the first segment that holds anything); fn must not keep seg. A YAML document
// starts at a "---" line (YAML forbids that marker at the start of a line
// inside a document, literal blocks included, so the cut is exact); a JSON
// Lines record is a line. It reports whether the stream is JSON Lines.
func splitRecords(r *bufio.Reader, fn func(off int64, seg []byte, jsonl bool)) (jsonl bool, err error) {
	var seg []byte
	var segOff, off int64
	first := true
	for {
		line, rerr := r.ReadSlice('\n')
		if errors.Is(rerr, bufio.ErrBufferFull) {
			// A line longer than the buffer: gather it whole.
			long := append([]byte(nil), line...)
			for errors.Is(rerr, bufio.ErrBufferFull) {
				line, rerr = r.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return jsonl, rerr
		}
		if len(line) > 0 {
			if first {
				if t := bytes.TrimSpace(line); len(t) > 0 {
					first = false
					jsonl = t[0] == '{'
				}
			}
			if jsonl || isDocStart(line) {
				if len(seg) > 0 {
					fn(segOff, seg, jsonl)
				}
				seg, segOff = seg[:0], off
			}
			seg = append(seg, line...)
			off += int64(len(line))
		}
		if rerr != nil { // io.EOF
			if len(seg) > 0 {
				fn(segOff, seg, jsonl)
			}
			return jsonl, nil
		}
	}
}

// isDocStart reports whether a line is a YAML document start marker.
func isDocStart(line []byte) bool {
	return bytes.HasPrefix(line, []byte("---")) &&
		(len(line) == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\n' || line[3] == '\r')
}

// decodeOne decodes the single record in seg with pipeline's reader; io.EOF
// means seg holds no record.
func decodeOne(seg []byte) (*pipeline.Record, error) {
	rr := pipeline.NewRecordReader(bytes.NewReader(seg))
	rec, err := rr.Next()
	if err != nil {
		return nil, err
	}
	if _, err := rr.Next(); !errors.Is(err, io.EOF) {
		return nil, errors.New("more than one record where one was expected")
	}
	return rec, nil
}

// strictCheck reports fields that the record schema does not know: writing
// the record back would drop them, so the record is read-only.
func strictCheck(seg []byte, jsonl bool) error {
	var rec pipeline.Record
	if jsonl {
		dec := json.NewDecoder(bytes.NewReader(seg))
		dec.DisallowUnknownFields()
		return dec.Decode(&rec)
	}
	dec := yaml.NewDecoder(bytes.NewReader(seg))
	dec.KnownFields(true)
	err := dec.Decode(&rec)
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

func hash(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}

func versionString(v uint64) string { return strconv.FormatUint(v, 36) }

func itoa(i int) string { return strconv.Itoa(i) }

// refresh re-indexes the file if someone else changed it. The caller holds
// the write lock.
func (s *Store) refresh() error {
	st, err := os.Stat(s.path)
	if err != nil {
		return err
	}
	if st.Size() == s.size && st.ModTime().Equal(s.modTime) {
		return nil
	}
	return s.index()
}

// Sync re-indexes the file if it was changed by someone else since the store
// last read or wrote it.
func (s *Store) Sync() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refresh()
}

// Len is the number of records in the file.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.entries)
}

// Counts are the review counts of the whole file.
func (s *Store) Counts() Counts {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var c Counts
	for _, e := range s.entries {
		c.Add(e.counts)
	}
	return c
}

// ListQuery selects records for the article list.
type ListQuery struct {
	Pending bool   // only records with quotes not reviewed yet
	Search  string // only records whose id or title contains this (any case)
	Offset  int    // skip this many matches
	Limit   int    // at most this many (0: all)
}

// List returns the records that match q, and how many match in all.
func (s *Store) List(q ListQuery) ([]Summary, int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	search := strings.ToLower(q.Search)
	var out []Summary
	n := 0
	for i, e := range s.entries {
		if q.Pending && e.counts.Pending() == 0 {
			continue
		}
		if search != "" && !strings.Contains(strings.ToLower(e.id), search) && !strings.Contains(strings.ToLower(e.title), search) {
			continue
		}
		if n >= q.Offset && (q.Limit <= 0 || len(out) < q.Limit) {
			out = append(out, e.summary(i))
		}
		n++
	}
	return out, n
}

// NextPending is the index of the first record after from (wrapping around)
// with a quote still to review, or -1 when every quote is reviewed.
func (s *Store) NextPending(from int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := len(s.entries)
	for k := 1; k <= n; k++ {
		i := ((from+k)%n + n) % n
		if s.entries[i].counts.Pending() > 0 {
			return i
		}
	}
	return -1
}

func (e *entry) summary(i int) Summary {
	return Summary{Index: i, ID: e.id, Title: e.title, Counts: e.counts, Error: e.err}
}

// Get reads record i from the file.
//
// A record another process rewrote since the file was indexed is read again
// after the index is brought up to date (Sync), a few times if the other
// process keeps writing.
func (s *Store) Get(i int) (View, error) {
	v, err := s.get(i)
	for try := 0; try < 3 && errors.Is(err, errStale); try++ {
		if err := s.Sync(); err != nil {
			return View{}, err
		}
		v, err = s.get(i)
	}
	return v, err
}

// errStale: the file changed under the index.
var errStale = errors.New("changed on disk while being read; reload")

func (s *Store) get(i int) (View, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if i < 0 || i >= len(s.entries) {
		return View{}, fmt.Errorf("no record %d (the file has %d)", i, len(s.entries))
	}
	_, v, err := s.read(i)
	return v, err
}

// read loads record i; the caller holds a lock.
func (s *Store) read(i int) ([]byte, View, error) {
	e := s.entries[i]
	v := View{Index: i, Version: versionString(e.version)}
	seg, err := s.readSegment(e)
	if err != nil {
		return nil, v, err
	}
	if hash(seg) != e.version {
		return nil, v, fmt.Errorf("%s %w", s.path, errStale)
	}
	if e.err != "" {
		v.Error, v.ReadOnly = e.err, "the record could not be read: "+e.err
		return seg, v, nil
	}
	rec, err := decodeOne(seg)
	if err != nil {
		v.Error, v.ReadOnly = err.Error(), "the record could not be read: "+err.Error()
		return seg, v, nil
	}
	v.Record = rec
	if err := strictCheck(seg, s.jsonl); err != nil {
		v.ReadOnly = "saving would lose fields this version of sayso does not know (" + err.Error() + ")"
	} else if rec.Error != "" {
		v.ReadOnly = "the article could not be processed: " + rec.Error
	}
	return seg, v, nil
}

func (s *Store) readSegment(e entry) ([]byte, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seg := make([]byte, e.n)
	if _, err := f.ReadAt(seg, e.off); err != nil {
		return nil, fmt.Errorf("reading %s: %w", s.path, err)
	}
	return seg, nil
}

// Apply makes decision d on quote qid of record i, provided the record is
// still at version, and writes the file. On ErrConflict the returned view is
// the record as it is now, for the page to show instead.
func (s *Store) Apply(i int, version, qid string, d Decision) (View, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	unlock, err := lockDir(s.dir)
	if err != nil {
		return View{}, fmt.Errorf("locking %s: %w", s.dir, err)
	}
	defer unlock()
	if err := s.refresh(); err != nil {
		return View{}, err
	}
	if i < 0 || i >= len(s.entries) {
		return View{}, fmt.Errorf("%w: no record %d (the file has %d)", ErrBadDecision, i, len(s.entries))
	}
	_, cur, err := s.read(i)
	if err != nil {
		return View{}, err
	}
	if cur.Version != version {
		return cur, ErrConflict
	}
	if cur.ReadOnly != "" {
		return cur, fmt.Errorf("%w: %s", ErrReadOnly, cur.ReadOnly)
	}
	rec := cur.Record
	if err := Apply(rec, qid, d, s.now()); err != nil {
		return cur, err
	}
	seg, err := s.encode(rec)
	if err != nil {
		return cur, err
	}
	if err := s.replace(i, seg); err != nil {
		return cur, err
	}
	e := &s.entries[i]
	e.counts, e.id, e.title = CountRecord(rec), rec.ID, rec.Title
	return View{Index: i, Version: versionString(e.version), Record: rec}, nil
}

// encode writes one record the way the file is written: a YAML document with
// its "---", or one JSON line.
func (s *Store) encode(rec *pipeline.Record) ([]byte, error) {
	var buf bytes.Buffer
	var w pipeline.RecordWriter = pipeline.NewYAMLWriter(&buf)
	if s.jsonl {
		w = pipeline.NewJSONLWriter(&buf)
	}
	if err := w.Write(rec); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// replace rewrites the file with record i's bytes replaced by seg, atomically,
// and moves the index along. The caller holds the write lock.
func (s *Store) replace(i int, seg []byte) (err error) {
	e := s.entries[i]
	src, err := os.Open(s.path)
	if err != nil {
		return err
	}
	defer src.Close()
	// The offsets are those of the file as indexed; a file changed since
	// (by a writer that takes no lock) must not be copied with them.
	if st, err := src.Stat(); err != nil {
		return err
	} else if st.Size() != s.size || !st.ModTime().Equal(s.modTime) {
		return ErrConflict
	}
	tmp, err := os.CreateTemp(s.dir, "."+filepath.Base(s.path)+".review-*")
	if err != nil {
		return fmt.Errorf("cannot write beside %s: %w", s.path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	// io.CopyN and io.Copy from one *os.File to another use copy_file_range
	// where the system has it: the unchanged records never pass through user
	// space.
	if _, err = io.CopyN(tmp, src, e.off); err != nil {
		return fmt.Errorf("copying %s: %w", s.path, err)
	}
	if _, err = tmp.Write(seg); err != nil {
		return err
	}
	if _, err = src.Seek(e.off+e.n, io.SeekStart); err != nil {
		return err
	}
	if _, err = io.Copy(tmp, src); err != nil {
		return fmt.Errorf("copying %s: %w", s.path, err)
	}
	if err = tmp.Chmod(s.mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), s.path); err != nil {
		return err
	}
	if err = syncDir(s.dir); err != nil {
		return err
	}
	st, err := os.Stat(s.path)
	if err != nil {
		return err
	}
	delta := int64(len(seg)) - e.n
	s.entries[i].n = int64(len(seg))
	s.entries[i].version = hash(seg)
	for k := i + 1; k < len(s.entries); k++ {
		s.entries[k].off += delta
	}
	s.size, s.modTime = st.Size(), st.ModTime()
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
