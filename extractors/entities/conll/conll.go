// Package conll reads and writes named-entity data in the project's BIO
// format: one TOKEN<TAB>TAG line per token, a blank line after each sentence,
// a "-DOCSTART-" line (followed by a blank line) between documents, and
// optional "# text = ..." comments giving a sentence's original text.
//
// It also turns BIO tag sequences into typed token spans, which is what the
// tagger trains on and the evaluation scores.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence: parallel Tokens and Tags, and the original text
// when the file gave it.
type Sentence struct {
	Tokens []string
	Tags   []string
	Text   string
}

// Document is a run of sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// Tokens counts the tokens in the document.
func (d Document) Tokens() int {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	return n
}

// Span is a typed run of tokens [Start, End) inside one sentence.
type Span struct {
	Type       string // PER, LOC or ORG (whatever follows "B-")
	Start, End int
}

// Read parses a BIO file. A malformed line is an error naming its line number.
// A tag sequence that is not valid BIO2 (I-X after O or after another type) is
// accepted as it is; Spans decides what it means.
func Read(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		docs []Document
		doc  Document
		sent Sentence
		line int
	)
	endSentence := func() {
		if len(sent.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	endDocument := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	for sc.Scan() {
		line++
		t := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case t == "":
			endSentence()
		case t == "-DOCSTART-" || strings.HasPrefix(t, "-DOCSTART-\t") || strings.HasPrefix(t, "-DOCSTART- "):
			endDocument()
		case strings.HasPrefix(t, "# "):
			if v, ok := strings.CutPrefix(t, "# text = "); ok {
				sent.Text = v
			}
		default:
			tok, tag, ok := strings.Cut(t, "\t")
			if !ok || tok == "" {
				return nil, fmt.Errorf("conll: line %d: want TOKEN<TAB>TAG, got %q", line, t)
			}
			if !validTag(tag) {
				return nil, fmt.Errorf("conll: line %d: bad tag %q", line, tag)
			}
			sent.Tokens = append(sent.Tokens, tok)
			sent.Tags = append(sent.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: line %d: %w", line, err)
	}
	endDocument()
	return docs, nil
}

// ReadFile reads a BIO file from disk.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func validTag(tag string) bool {
	if tag == "O" {
		return true
	}
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return false
	}
	for _, c := range tag[2:] {
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// Spans returns the entities in a tag sequence. An I-X that does not continue
// an X entity starts a new one (the usual lenient reading of broken BIO).
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	for i, tag := range tags {
		if tag == "O" || len(tag) < 3 {
			cur = -1
			continue
		}
		typ := tag[2:]
		if tag[0] == 'I' && cur >= 0 && out[cur].Type == typ && out[cur].End == i {
			out[cur].End = i + 1
			continue
		}
		out = append(out, Span{Type: typ, Start: i, End: i + 1})
		cur = len(out) - 1
	}
	return out
}

// Tags writes spans back as a BIO2 tag sequence of length n.
func Tags(n int, spans []Span) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End && i < n; i++ {
			if i == s.Start {
				tags[i] = "B-" + s.Type
			} else {
				tags[i] = "I-" + s.Type
			}
		}
	}
	return tags
}

// Write writes documents in the BIO format Read reads.
func Write(w io.Writer, docs []Document) error {
	bw := bufio.NewWriter(w)
	for d, doc := range docs {
		if d > 0 {
			bw.WriteString("-DOCSTART-\n\n")
		}
		for _, s := range doc.Sentences {
			if s.Text != "" {
				fmt.Fprintf(bw, "# text = %s\n", s.Text)
			}
			for i, tok := range s.Tokens {
				fmt.Fprintf(bw, "%s\t%s\n", tok, s.Tags[i])
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}
