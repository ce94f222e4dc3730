package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso extract [flags] INPUT...")
		fmt.Fprintln(stderr, "\nINPUT is a text file, a directory (walked), a JSON Lines dump (.jsonl, .jsonl.gz) or - for stdin.")
		fmt.Fprintln(stderr, "Writes one record per article: a YAML stream (default) or JSON Lines.\n\nFlags:")
		fs.PrintDefaults()
	}
	out := fs.String("o", "", "write records to `FILE` instead of stdout")
	format := fs.String("format", "yaml", "output format: yaml or jsonl")
	noText := fs.Bool("no-text", false, "leave the article text out of the records")
	opt := ingest.DefaultOptions()
	fs.StringVar(&opt.IDField, "id-field", opt.IDField, "JSONL field holding the article id")
	fs.StringVar(&opt.TextField, "text-field", opt.TextField, "JSONL field holding the article text")
	fs.StringVar(&opt.TitleField, "title-field", opt.TitleField, "JSONL field holding the title")
	fs.StringVar(&opt.URLField, "url-field", opt.URLField, "JSONL field holding the URL")
	fs.StringVar(&opt.PublishedField, "published-field", opt.PublishedField, "JSONL field holding the publication date")
	fs.IntVar(&opt.MaxBytes, "max-bytes", 16<<20, "largest article text accepted, in bytes (0: no limit)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "sayso extract: no input given (a file, a directory, a .jsonl dump or - for stdin)")
		return exitFatal
	}
	if *format != "yaml" && *format != "jsonl" {
		fmt.Fprintf(stderr, "sayso extract: unknown --format %q (yaml or jsonl)\n", *format)
		return exitFatal
	}

	p, err := extractors.New()
	if err != nil {
		fmt.Fprintf(stderr, "sayso extract: %v\n", err)
		return exitFatal
	}
	var dst io.Writer = stdout
	var file *os.File
	if *out != "" && *out != "-" {
		file, err = os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "sayso extract: %v\n", err)
			return exitFatal
		}
		dst = file
	}
	bw := bufio.NewWriterSize(dst, 1<<16)
	var w pipeline.RecordWriter = pipeline.NewYAMLWriter(bw)
	if *format == "jsonl" {
		w = pipeline.NewJSONLWriter(bw)
	}
	r := ingest.Open(inputs, opt)
	st, runErr := batch.Run(r, p, w, batch.Options{Record: pipeline.RecordOptions{OmitText: *noText}})
	r.Close()
	if err := bw.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	if file != nil {
		if err := file.Close(); err != nil && runErr == nil {
			runErr = err
		}
	}
	if runErr != nil {
		fmt.Fprintf(stderr, "sayso extract: %v\n", runErr)
		return exitFatal
	}
	fmt.Fprintf(stderr, "sayso extract: %d article(s), %d failed, %d with problems\n", st.Articles, st.Failed, st.Problems)
	if st.Failed > 0 {
		return exitSomeBad
	}
	return exitOK
}
