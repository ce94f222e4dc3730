package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sayso/sayso/report"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso report [flags] RECORDS...")
		fmt.Fprintln(stderr, "\nRECORDS are record files written by sayso extract (YAML or JSON Lines, maybe .gz),")
		fmt.Fprintln(stderr, "directories of them, or - for stdin. Writes one self-contained HTML page (default),")
		fmt.Fprintln(stderr, "the same tables as YAML, or one CSV file per table into a directory.\n\nFlags:")
		fs.PrintDefaults()
	}
	def := report.DefaultOptions()
	out := fs.String("o", "", "write to `PATH`: a file for html and yaml (default stdout), a directory for csv (required)")
	format := fs.String("format", "html", "output: html, yaml or csv")
	opt := def
	fs.StringVar(&opt.Title, "title", def.Title, "the page's title")
	fs.StringVar(&opt.OutletRule, "outlet", def.OutletRule, "how to find a record's outlet: comma-separated methods tried in order:\nhost, id-prefix, source, source-dir, re:EXPR (on the id), url-re:EXPR (on the url)")
	fs.StringVar(&opt.DateRule, "date", def.DateRule, "where a record's date comes from, in order: published, id, url (or none)")
	fs.StringVar(&opt.Bucket, "by", def.Bucket, "time buckets: day, week, month or auto")
	fs.IntVar(&opt.Top, "top", def.Top, "rows shown in each ranked table")
	fs.IntVar(&opt.Evidence, "evidence", def.Evidence, "quotes or mentions kept behind each row")
	fs.IntVar(&opt.Capacity, "capacity", def.Capacity, "distinct keys each table counts exactly (memory grows with it)")
	fs.IntVar(&opt.MaxErrorRecords, "max-errors", def.MaxErrorRecords, "records with errors listed by id")
	noValidate := fs.Bool("no-validate", false, "do not check records against the schema (faster)")
	fs.BoolVar(&opt.IncludeRejected, "include-rejected", false, "count quotes a reviewer rejected (left out by default)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	opt.Validate = !*noValidate
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "sayso report: no records given (files, directories or - for stdin)")
		return exitFatal
	}
	switch *format {
	case "html", "yaml":
	case "csv":
		if *out == "" || *out == "-" {
			fmt.Fprintln(stderr, "sayso report: --format csv writes one file per table: give a directory with -o")
			return exitFatal
		}
	default:
		fmt.Fprintf(stderr, "sayso report: unknown --format %q (html, yaml or csv)\n", *format)
		return exitFatal
	}
	b, err := report.NewBuilder(opt)
	if err != nil {
		fmt.Fprintf(stderr, "sayso report: %v\n", err)
		return exitFatal
	}
	b.ReadFiles(inputs, nil)
	rep := b.Report()
	rep.Inputs = inputs

	if *format == "csv" {
		if err := writeCSVDir(*out, rep); err != nil {
			fmt.Fprintf(stderr, "sayso report: %v\n", err)
			return exitFatal
		}
	} else if err := writeReport(*out, stdout, func(w io.Writer) error {
		if *format == "yaml" {
			return report.WriteYAML(w, rep)
		}
		return report.WriteHTML(w, rep, report.HTMLOptions{Inputs: displayNames(inputs)})
	}); err != nil {
		fmt.Fprintf(stderr, "sayso report: %v\n", err)
		return exitFatal
	}
	t := rep.Totals
	fmt.Fprintf(stderr, "sayso report: %d record(s), %d quote(s), %d with errors, %d unreadable\n", t.Records, t.Quotes, t.WithErrors-t.Unreadable, t.Unreadable)
	if t.Unreadable > 0 {
		return exitSomeBad
	}
	return exitOK
}

func writeReport(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	// Write beside the target and rename, so a failed run never leaves
	// half a report where a good one was.
	tmp, err := os.CreateTemp(filepath.Dir(path), ".sayso-report-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func writeCSVDir(dir string, rep *report.Report) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range report.Tables(rep) {
		if err := writeReport(filepath.Join(dir, t.Name+".csv"), nil, func(w io.Writer) error {
			return report.WriteCSV(w, t)
		}); err != nil {
			return err
		}
	}
	return nil
}

// displayNames shortens input paths to their base names for the page, so
// that a shared report does not show the author's directories.
func displayNames(inputs []string) []string {
	out := make([]string, len(inputs))
	for i, in := range inputs {
		if in == "-" {
			out[i] = "stdin"
		} else {
			out[i] = filepath.Base(in)
		}
	}
	return out
}
