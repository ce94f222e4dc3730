package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"unicode/utf8"
)

// Pipeline runs its stages in order over a document. It holds no per-document
// state, so one Pipeline serves any number of goroutines.
type Pipeline struct {
	stages []Stage
}

// New returns a pipeline that runs stages in the order given.
func New(stages ...Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []Stage { return p.stages }

// Run processes doc with every stage. A stage that returns an error or
// panics adds a problem to the document and the next stage still runs, so
// one bad article never stops a run.
func (p *Pipeline) Run(doc *Document) {
	for _, s := range p.stages {
		if err := runStage(s, doc); err != nil {
			doc.AddProblem(s.Name(), err.Error())
		}
	}
}

// RunContext is Run that stops before the next stage once ctx is done, and
// returns ctx's error then. A batch run uses it to wind down an article it
// has given up waiting for: Go cannot stop a goroutine, but the abandoned
// one then ends after the stage it is in.
func (p *Pipeline) RunContext(ctx context.Context, doc *Document) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(s, doc); err != nil {
			doc.AddProblem(s.Name(), err.Error())
		}
	}
	return nil
}

func runStage(s Stage, doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it with this article): %v\n%s", r, firstFrames(debug.Stack(), 12))
		}
	}()
	return s.Process(doc)
}

// firstFrames keeps the top of a stack trace: enough to find the bug, short
// enough for a record.
func firstFrames(stack []byte, lines int) string {
	s := string(stack)
	for i, n := 0, 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
			if n == lines {
				return s[:i]
			}
		}
	}
	return s
}

// NewDocument returns a document for text. Invalid UTF-8 is replaced by
// U+FFFD so that every later offset is well defined; the replacement is
// recorded as a problem, since offsets then refer to the repaired text.
func NewDocument(id, text string) *Document {
	doc := &Document{ID: id, Source: id}
	doc.SetText(text)
	return doc
}

// SetText sets the document's text, repairing invalid UTF-8 as NewDocument
// does.
func (d *Document) SetText(text string) {
	if !utf8.ValidString(text) {
		n := countInvalid(text)
		text = strings.ToValidUTF8(text, "\uFFFD")
		d.AddProblem("input", fmt.Sprintf("invalid UTF-8: %d bad byte sequence(s) replaced by U+FFFD; offsets refer to the repaired text", n))
	}
	d.Text = text
}

func countInvalid(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			n++
			for i < len(s) { // a run of bad bytes counts once, as ToValidUTF8 replaces it once
				r, size = utf8.DecodeRuneInString(s[i:])
				if r != utf8.RuneError || size != 1 {
					break
				}
				i++
			}
			continue
		}
		i += size
	}
	return n
}

// Reset empties the document for reuse, keeping its slices' capacity.
func (d *Document) Reset() {
	*d = Document{
		Paragraphs: d.Paragraphs[:0],
		Sentences:  d.Sentences[:0],
		Tokens:     d.Tokens[:0],
		Mentions:   d.Mentions[:0],
		Entities:   d.Entities[:0],
		Quotes:     d.Quotes[:0],
	}
}
