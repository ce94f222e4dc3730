// Package htmlpage finds the article in an HTML page with go-trafilatura,
// which drops navigation, comments and boilerplate, and keeps the title and
// the publication date it finds (in <meta> tags, JSON-LD, OpenGraph, or the
// page itself).
//
// It is kept out of the sayso binary: go-trafilatura's date parser builds
// ~75 MB of tables at start-up (about 0.4 s), which every run would pay.
// sayso hands HTML pages to the sayso-html helper (cmd/sayso-html, which
// runs Serve) instead; a Go program can use Extractor in process.
package htmlpage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"github.com/sayso/sayso/ingest"
)

// Extractor implements ingest.HTMLExtractor in process.
type Extractor struct{}

// ExtractHTML finds the article in page. go-trafilatura is third-party code
// fed hostile pages: a panic in it becomes the page's error.
func (Extractor) ExtractHTML(page []byte) (p ingest.HTMLPage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the HTML extractor failed on this page: %v", r)
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return p, fmt.Errorf("no article found in the HTML page: %v", err)
	}
	p.Text = strings.TrimSpace(res.ContentText)
	p.Title = strings.TrimSpace(res.Metadata.Title)
	if p.Text == "" || p.Text == p.Title { // the fallback extractors return the title of an empty page
		p.Title = ""
		return p, errors.New("no article text found in the HTML page")
	}
	if !res.Metadata.Date.IsZero() {
		p.Published = res.Metadata.Date.Format("2006-01-02")
	}
	p.URL = res.Metadata.URL
	return p, nil
}

// Serve answers the requests of ingest.HTMLHelper: one JSON line per page
// in ({"page": "<html>"}), one JSON line per page out (ingest.HTMLPage with
// "error" set on failure), until r ends.
func Serve(r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		var req ingest.HTMLRequest
		var resp ingest.HTMLResponse
		if jerr := json.Unmarshal(line, &req); jerr != nil {
			resp.Error = "bad request: " + jerr.Error()
		} else if p, xerr := (Extractor{}).ExtractHTML([]byte(req.Page)); xerr != nil {
			resp.Error = xerr.Error()
		} else {
			resp.HTMLPage = p
		}
		if err := enc.Encode(&resp); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
}
