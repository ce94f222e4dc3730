// Package ingest reads articles from the inputs users point sayso at: text
// files, HTML pages (.html, .htm: the article is found by an HTMLExtractor,
// see html.go), directories (walked in lexical order), JSON Lines dumps
// (.jsonl, .jsonl.gz) and standard input. It streams: one article is in memory at a
// time, whatever the size of the dump.
//
// A problem with one article (a malformed JSON line, a missing text field,
// an unreadable file) becomes an Article with Err set, so that the caller
// can write an error record for it and go on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
)

// Article is one article read from an input.
type Article struct {
	ID        string // the id field of a dump, or the file's path
	Source    string // the input it came from: a path, with ":line" for dumps
	Title     string
	URL       string
	Published string
	Text      string
	Err       error // set when the article could not be read; ID and Source say which
}

// Options name the fields of JSON Lines dumps and limit article size.
type Options struct {
	IDField, TextField, TitleField, URLField, PublishedField string

	// MaxBytes is the largest article text accepted; longer ones become
	// errors. Zero means no limit.
	MaxBytes int

	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader

	// HTML finds the article in .html and .htm files; nil makes each such
	// file an error. See html.go.
	HTML HTMLExtractor
}

// DefaultOptions are the field names of the documented dump format.
func DefaultOptions() Options {
	return Options{IDField: "id", TextField: "text", TitleField: "title", URLField: "url", PublishedField: "published"}
}

// Reader streams the articles of a list of inputs, in order.
type Reader struct {
	opt     Options
	pending []string // inputs (and walked files) not yet opened
	cur     source
	read    atomic.Int64 // bytes read from input files (compressed bytes for .gz)
}

// source yields the articles of one opened input.
type source interface {
	next() (Article, bool)
	close() error
}

// Open returns a reader of the articles in inputs. Nothing is opened until
// the first call to Next.
func Open(inputs []string, opt Options) *Reader {
	if opt.IDField == "" {
		opt.IDField = "id"
	}
	if opt.TextField == "" {
		opt.TextField = "text"
	}
	return &Reader{opt: opt, pending: append([]string(nil), inputs...)}
}

// Next returns the next article; ok is false after the last one.
func (r *Reader) Next() (a Article, ok bool) {
	for {
		if r.cur != nil {
			if a, ok := r.cur.next(); ok {
				return a, true
			}
			r.cur.close()
			r.cur = nil
		}
		if len(r.pending) == 0 {
			return Article{}, false
		}
		in := r.pending[0]
		r.pending = r.pending[1:]
		src, expanded, err := r.open(in)
		if err != nil {
			return Article{ID: in, Source: in, Err: err}, true
		}
		if expanded != nil {
			r.pending = append(expanded, r.pending...)
			continue
		}
		r.cur = src
	}
}

// BytesRead is how many bytes of input files have been read so far
// (compressed bytes for .gz files; standard input is not counted). It may be
// called from any goroutine, to show progress against TotalSize.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// TotalSize is the size in bytes of the files inputs name, directories
// walked as Open walks them; ok is false if one of them is standard input or
// cannot be read, when the total is not knowable in advance.
func TotalSize(inputs []string) (total int64, ok bool) {
	for _, in := range inputs {
		if in == "-" {
			return 0, false
		}
		info, err := os.Stat(in)
		if err != nil {
			return 0, false
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		files, err := WalkFiles(in, articleExts)
		if err != nil {
			return 0, false
		}
		for _, f := range files {
			if fi, err := os.Stat(f); err == nil {
				total += fi.Size()
			}
		}
	}
	return total, true
}

// countingFile counts the bytes read from a file.
type countingFile struct {
	*os.File
	n *atomic.Int64
}

func (c *countingFile) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// Close releases the input being read.
func (r *Reader) Close() error {
	if r.cur != nil {
		return r.cur.close()
	}
	return nil
}

// open opens one input, or expands a directory into its article files.
func (r *Reader) open(in string) (source, []string, error) {
	if in == "-" {
		stdin := r.opt.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return r.openStream("-", stdin, nil), nil, nil
	}
	info, err := os.Stat(in)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read input: %w", unwrapPath(err))
	}
	if info.IsDir() {
		files, err := WalkFiles(in, articleExts)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot walk directory: %w", unwrapPath(err))
		}
		if files == nil {
			files = []string{} // an empty directory expands to nothing
		}
		return nil, files, nil
	}
	osf, err := os.Open(in)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot open input: %w", unwrapPath(err))
	}
	f := &countingFile{File: osf, n: &r.read}
	switch kindOf(in) {
	case kindJSONL:
		return r.newJSONL(in, f, f), nil, nil
	case kindHTML:
		return r.newHTML(in, f, f), nil, nil
	case kindJSONLGz:
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("not a readable gzip file: %w", err)
		}
		return r.newJSONL(in, zr, multiCloser{zr, f}), nil, nil
	default:
		return r.newText(in, in, f, f), nil, nil
	}
}

// openStream reads standard input: JSON Lines if its first non-blank byte
// is '{', otherwise one plain-text article.
func (r *Reader) openStream(name string, rd io.Reader, c io.Closer) source {
	br := bufio.NewReaderSize(rd, 1<<16)
	for {
		b, err := br.Peek(1)
		if err != nil || !isSpace(b[0]) {
			break
		}
		br.ReadByte()
	}
	b, err := br.Peek(1)
	if err != nil || b[0] == '{' {
		// Empty or blank input is an empty dump, not an empty article: a
		// streaming engine (Hadoop, Spark's RDD.pipe) feeds sayso empty
		// partitions, which must yield no records.
		return r.newJSONL(name, br, c)
	}
	return r.newText("stdin", name, br, c)
}

type inputKind int

const (
	kindText inputKind = iota
	kindJSONL
	kindJSONLGz
	kindHTML
)

func kindOf(path string) inputKind {
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return kindJSONL
	case strings.HasSuffix(lower, ".jsonl.gz"), strings.HasSuffix(lower, ".ndjson.gz"):
		return kindJSONLGz
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
		return kindHTML
	}
	return kindText
}

// articleExts are the files a directory walk picks up.
var articleExts = []string{".txt", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".html", ".htm"}

// WalkFiles lists the files under dir whose names end with one of exts
// (lower case, e.g. ".jsonl.gz"), in lexical order, skipping hidden
// directories.
func WalkFiles(dir string, exts []string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		lower := strings.ToLower(d.Name())
		for _, ext := range exts {
			if strings.HasSuffix(lower, ext) {
				files = append(files, path)
				break
			}
		}
		return nil
	})
	return files, err
}

// ---------------------------------------------------------------- text

type textSource struct {
	r    *Reader
	id   string
	name string
	rd   io.Reader
	c    io.Closer
	done bool
}

func (r *Reader) newText(id, name string, rd io.Reader, c io.Closer) source {
	return &textSource{r: r, id: id, name: name, rd: rd, c: c}
}

func (s *textSource) next() (Article, bool) {
	if s.done {
		return Article{}, false
	}
	s.done = true
	a := Article{ID: s.id, Source: s.name}
	limit := s.r.opt.MaxBytes
	var rd io.Reader = s.rd
	if limit > 0 {
		rd = io.LimitReader(s.rd, int64(limit)+1)
	}
	b, err := io.ReadAll(rd)
	switch {
	case err != nil:
		a.Err = fmt.Errorf("cannot read input: %w", unwrapPath(err))
	case limit > 0 && len(b) > limit:
		a.Err = tooLarge(limit)
	default:
		a.Text = string(b)
		if err := checkText(a.Text); err != nil {
			a.Text, a.Err = "", err
		}
	}
	return a, true
}

func (s *textSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}

func tooLarge(limit int) error {
	return fmt.Errorf("article is larger than the %s limit (--max-bytes); it was skipped", humanBytes(limit))
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// ---------------------------------------------------------------- JSONL

type jsonlSource struct {
	r    *Reader
	name string
	br   *bufio.Reader
	c    io.Closer
	line int
	done bool
}

func (r *Reader) newJSONL(name string, rd io.Reader, c io.Closer) source {
	br, ok := rd.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(rd, 1<<16)
	}
	return &jsonlSource{r: r, name: name, br: br, c: c}
}

func (s *jsonlSource) next() (Article, bool) {
	for !s.done {
		line, tooLong, err := readLine(s.br, s.r.opt.MaxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			s.done = true
			s.line++
			src := s.name + ":" + strconv.Itoa(s.line)
			return Article{ID: src, Source: src, Err: fmt.Errorf("reading stopped at line %d: %w (the rest of this file is lost; is it truncated?)", s.line, err)}, true
		}
		if errors.Is(err, io.EOF) {
			s.done = true
			if len(line) == 0 && !tooLong {
				return Article{}, false
			}
		}
		s.line++
		if !tooLong && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return s.parse(line, tooLong), true
	}
	return Article{}, false
}

// readLine reads one line. A line longer than limit+some slack is consumed
// without being kept, and reported with tooLong.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	var buf []byte
	max := -1
	if limit > 0 {
		max = limit + 1<<16 // JSON quoting and the other fields add to the text's size
	}
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if max >= 0 && len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, tooLong, err
	}
}

func (s *jsonlSource) parse(line []byte, tooLong bool) Article {
	if tooLong {
		src := s.name + ":" + strconv.Itoa(s.line)
		return Article{ID: src, Source: src, Err: tooLarge(s.r.opt.MaxBytes)}
	}
	return ParseLine(line, s.name, s.line, &s.r.opt)
}

// ParseLine reads the article on line n (1-based) of the JSON Lines dump
// name, as Reader does: engines that split dumps into lines themselves
// (Apache Beam, see cmd/sayso-beam) call it. Problems are set in Err.
func ParseLine(line []byte, name string, n int, o *Options) Article {
	src := name + ":" + strconv.Itoa(n)
	a := Article{ID: src, Source: src}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		a.Err = fmt.Errorf("line %d is not a JSON object: %v", n, err)
		return a
	}
	if id, ok := stringField(fields, o.IDField); ok && id != "" {
		a.ID = id
	}
	a.Title, _ = stringField(fields, o.TitleField)
	a.URL, _ = stringField(fields, o.URLField)
	a.Published, _ = stringField(fields, o.PublishedField)
	text, ok := stringField(fields, o.TextField)
	switch {
	case !ok:
		a.Err = fmt.Errorf("line %d has no %q field (name another with --text-field)", n, o.TextField)
	case o.MaxBytes > 0 && len(text) > o.MaxBytes:
		a.Err = tooLarge(o.MaxBytes)
	default:
		a.Text = text
		if err := checkText(text); err != nil {
			a.Text, a.Err = "", err
		}
	}
	return a
}

// stringField reads a field that is a string or a number.
func stringField(fields map[string]json.RawMessage, name string) (string, bool) {
	raw, ok := fields[name]
	if !ok || name == "" {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, true
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), true
	}
	return "", false
}

func (s *jsonlSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}

// ---------------------------------------------------------------- helpers

type multiCloser []io.Closer

func (m multiCloser) Close() error {
	var first error
	for _, c := range m {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\r' || b == '\t' }

// unwrapPath drops the *PathError wrapper, whose path the caller already
// names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s", pe.Err)
	}
	return err
}
