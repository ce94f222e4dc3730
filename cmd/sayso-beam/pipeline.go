package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

// Config is one run.
type Config struct {
	Input, Output string
	Format        string // jsonl or yaml
	NoText        bool
}

// Article is an article between the read and the extract steps.
type Article struct {
	ID, Source, Title, URL, Published, Text string
	Err                                     string // set when the article could not be read
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Article), error](&readFn{})
	register.Emitter1[Article]()
	register.DoFn2x1[Article, func(string), error](&extractFn{})
	register.Emitter1[string]()
}

// Build makes the Beam pipeline: match files, read their articles,
// reshuffle (so that one big dump is processed by many workers), extract,
// write.
func Build(c Config) (*beam.Pipeline, error) {
	if _, err := batch.ParseFormat(c.Format); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()
	files := fileio.MatchFiles(s, c.Input, fileio.MatchEmptyDisallow())
	readable := fileio.ReadMatches(s, files)
	articles := beam.ParDo(s, &readFn{MaxBytes: 16 << 20}, readable)
	articles = beam.Reshuffle(s, articles)
	records := beam.ParDo(s, &extractFn{Format: c.Format, NoText: c.NoText}, articles)
	textio.Write(s, c.Output, records)
	return p, nil
}

// readFn reads the articles of one file: every line of a JSON Lines dump,
// or the whole of any other file.
type readFn struct {
	MaxBytes int
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Article)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		emit(Article{ID: path, Source: path, Err: fmt.Sprintf("cannot open input: %v", err)})
		return nil
	}
	defer rc.Close()
	lower := strings.TrimSuffix(strings.ToLower(path), ".gz")
	if !strings.HasSuffix(lower, ".jsonl") && !strings.HasSuffix(lower, ".ndjson") {
		b, err := io.ReadAll(io.LimitReader(rc, int64(f.MaxBytes)+1))
		a := Article{ID: path, Source: path, Text: string(b)}
		switch {
		case err != nil:
			a.Text, a.Err = "", fmt.Sprintf("cannot read input: %v", err)
		case len(b) > f.MaxBytes:
			a.Text, a.Err = "", fmt.Sprintf("article is larger than the %d-byte limit; it was skipped", f.MaxBytes)
		}
		emit(a)
		return nil
	}
	opt := ingest.DefaultOptions()
	br := bufio.NewReaderSize(rc, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			emit(fromIngest(ingest.ParseLine(line, path, n, &opt)))
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			src := fmt.Sprintf("%s:%d", path, n)
			emit(Article{ID: src, Source: src, Err: fmt.Sprintf("reading stopped at line %d: %v (the rest of this file is lost; is it truncated?)", n, err)})
			return nil
		}
	}
}

func fromIngest(a ingest.Article) Article {
	out := Article{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL, Published: a.Published, Text: a.Text}
	if a.Err != nil {
		out.Err = a.Err.Error()
	}
	return out
}

// extractFn runs sayso's pipeline on one article and emits its encoded
// record. The pipeline (models, tables) is built once per worker, in Setup.
type extractFn struct {
	Format string
	NoText bool

	p *pipeline.Pipeline
}

func (f *extractFn) Setup() error {
	p, err := extractors.New()
	if err != nil {
		return err
	}
	f.p = p
	return nil
}

func (f *extractFn) ProcessElement(a Article, emit func(string)) error {
	in := ingest.Article{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL, Published: a.Published, Text: a.Text}
	if a.Err != "" {
		in.Err = errors.New(a.Err)
	}
	rec := batch.Process(f.p, in, pipeline.RecordOptions{OmitText: f.NoText})
	var b []byte
	var err error
	if f.Format == "yaml" {
		b = append(b, "---\n"...)
		b, err = pipeline.AppendYAML(b, rec)
		b = append(b, "..."...) // textio adds the line break
	} else {
		b, err = batch.AppendJSONL(nil, rec)
		b = b[:len(b)-1] // textio adds the line break
	}
	if err != nil {
		return fmt.Errorf("encoding the record of %s: %w", a.ID, err)
	}
	emit(string(b))
	return nil
}
