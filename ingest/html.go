package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
)

// HTMLPage is what an HTML extractor finds in a page.
type HTMLPage struct {
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"`
}

// HTMLExtractor finds the article in an HTML page. htmlpage.Extractor does
// it in process; HTMLHelper asks the sayso-html helper process.
type HTMLExtractor interface {
	ExtractHTML(page []byte) (HTMLPage, error)
}

// errNoHTML is the error of HTML pages when Options.HTML is nil.
var errNoHTML = errors.New("HTML input needs the sayso-html helper: go install github.com/sayso/sayso/cmd/sayso-html (next to sayso or on the PATH)")

// htmlSlack is how much larger than --max-bytes a page may be: markup
// takes several times the room of the text it holds.
const htmlSlack = 8

// htmlSource yields the one article of an HTML page.
type htmlSource struct {
	r    *Reader
	path string
	rd   io.Reader
	c    io.Closer
	done bool
}

func (r *Reader) newHTML(path string, rd io.Reader, c io.Closer) source {
	return &htmlSource{r: r, path: path, rd: rd, c: c}
}

func (s *htmlSource) next() (Article, bool) {
	if s.done {
		return Article{}, false
	}
	s.done = true
	a := Article{ID: s.path, Source: s.path}
	if s.r.opt.HTML == nil {
		a.Err = errNoHTML
		return a, true
	}
	var rd io.Reader = s.rd
	limit := s.r.opt.MaxBytes
	if limit > 0 {
		rd = io.LimitReader(rd, int64(limit)*htmlSlack+1)
	}
	page, err := io.ReadAll(rd)
	switch {
	case err != nil:
		a.Err = fmt.Errorf("cannot read input: %w", unwrapPath(err))
		return a, true
	case limit > 0 && len(page) > limit*htmlSlack:
		a.Err = fmt.Errorf("HTML page is larger than %s (%d× the --max-bytes limit); it was skipped", humanBytes(limit*htmlSlack), htmlSlack)
		return a, true
	}
	p, err := s.r.opt.HTML.ExtractHTML(page)
	switch {
	case err != nil:
		a.Err = err
	case limit > 0 && len(p.Text) > limit:
		a.Err = tooLarge(limit)
	default:
		a.Title, a.Published, a.URL, a.Text = p.Title, p.Published, p.URL, p.Text
	}
	return a, true
}

func (s *htmlSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}

// HTMLRequest and HTMLResponse are the lines HTMLHelper and the helper
// (htmlpage.Serve) exchange.
type (
	HTMLRequest struct {
		Page string `json:"page"`
	}
	HTMLResponse struct {
		HTMLPage
		Error string `json:"error,omitempty"`
	}
)

// HTMLHelper is an HTMLExtractor that hands pages to a helper process
// (sayso-html), started at the first page and kept for the rest. If the
// helper dies on a page, that page gets an error and the next one starts a
// new helper.
type HTMLHelper struct {
	Path string   // the helper's executable
	Args []string // its arguments
	Env  []string // its environment; nil means this process's

	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	enc *json.Encoder
}

// ExtractHTML implements HTMLExtractor.
func (h *HTMLHelper) ExtractHTML(page []byte) (HTMLPage, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cmd == nil {
		if err := h.start(); err != nil {
			return HTMLPage{}, err
		}
	}
	var resp HTMLResponse
	err := h.enc.Encode(HTMLRequest{Page: string(page)})
	if err == nil {
		var line []byte
		line, err = h.out.ReadBytes('\n')
		if err == nil {
			err = json.Unmarshal(line, &resp)
		}
	}
	if err != nil {
		h.stop()
		return HTMLPage{}, fmt.Errorf("the HTML helper %s failed on this page: %v", h.Path, err)
	}
	if resp.Error != "" {
		return HTMLPage{}, errors.New(resp.Error)
	}
	return resp.HTMLPage, nil
}

func (h *HTMLHelper) start() error {
	cmd := exec.Command(h.Path, h.Args...)
	cmd.Env = h.Env
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("cannot start the HTML helper: %v", err)
	}
	h.cmd, h.in, h.out = cmd, in, bufio.NewReaderSize(out, 1<<20)
	h.enc = json.NewEncoder(in)
	h.enc.SetEscapeHTML(false)
	return nil
}

func (h *HTMLHelper) stop() {
	if h.cmd == nil {
		return
	}
	h.in.Close()
	h.cmd.Process.Kill()
	h.cmd.Wait()
	h.cmd = nil
}

// Close ends the helper process, if one was started.
func (h *HTMLHelper) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cmd == nil {
		return nil
	}
	h.in.Close()
	err := h.cmd.Wait()
	h.cmd = nil
	return err
}
