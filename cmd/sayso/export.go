package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sayso/sayso/export"
)

// maxShownProblems is how many per-record problems export prints.
const maxShownProblems = 20

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso export --format FORMAT [--only accepted|reviewed|all] [-o OUT] RECORDS...")
		fmt.Fprintln(stderr, "\nWrites training data from records (YAML or JSONL streams, .gz too; BIO files .bio/.conll; - for stdin).")
		fmt.Fprintln(stderr, "Formats: conll (BIO per sentence), spacy (Prodigy/spaCy JSONL), prose (prose EntityContext JSON),")
		fmt.Fprintln(stderr, "quotes (quote-attribution examples, JSONL), brat (.txt + .ann pairs into the directory -o).")
		fmt.Fprintln(stderr, "\n--only: accepted = records whose quotes all have a review decision; reviewed = records with at")
		fmt.Fprintln(stderr, "least one (undecided quotes left out); all = every record. Rejected quotes are never positives.\n\nFlags:")
		fs.PrintDefaults()
	}
	format := fs.String("format", "", "output `FORMAT`: conll, spacy, prose, quotes or brat (required)")
	only := fs.String("only", "accepted", "which records and quotes count: accepted, reviewed or all")
	out := fs.String("o", "", "write to `OUT` instead of stdout (a directory for brat)")
	labels := fs.String("labels", "PER,LOC,ORG", "entity labels for person, place and organization")
	context := fs.String("context", "paragraph", "quotes format: the text each example carries, paragraph or article")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "sayso export: "+format+"\n", args...)
		return exitFatal
	}
	if *format == "" {
		return fail("--format is required (conll, spacy, prose, quotes or brat)")
	}
	if len(inputs) == 0 {
		return fail("no records given (YAML or JSONL record files, BIO files, or - for stdin)")
	}
	var opt export.Options
	f, err := export.ParseFormat(*format)
	if err != nil {
		return fail("%v", err)
	}
	if opt.Only, err = export.ParseOnly(*only); err != nil {
		return fail("%v", err)
	}
	if opt.Labels, err = export.ParseLabels(*labels); err != nil {
		return fail("%v", err)
	}
	if opt.Context, err = export.ParseContext(*context); err != nil {
		return fail("%v", err)
	}

	var ex *export.Exporter
	var file *os.File
	if f == export.Brat {
		if *out == "" || *out == "-" {
			return fail("--format brat writes a directory: give it with -o DIR")
		}
		ex, err = export.NewBrat(*out, opt)
	} else {
		var w io.Writer = stdout
		if *out != "" && *out != "-" {
			if file, err = os.Create(*out); err != nil {
				return fail("%v", err)
			}
			w = file
		}
		ex, err = export.New(f, w, opt)
	}
	if err != nil {
		return fail("%v", err)
	}

	in := export.OpenInputs(inputs, nil)
	readErrs := 0
	var runErr error
	for {
		rec, err := in.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			readErrs++
			fmt.Fprintf(stderr, "sayso export: %v\n", err)
			continue
		}
		if runErr = ex.Write(rec); runErr != nil {
			break
		}
	}
	in.Close()
	if err := ex.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if file != nil {
		if err := file.Close(); err != nil && runErr == nil {
			runErr = err
		}
	}
	if runErr != nil {
		return fail("writing: %v", runErr)
	}

	st := ex.Stats()
	for i, p := range st.Problems {
		if i == maxShownProblems {
			fmt.Fprintf(stderr, "sayso export: ... and %d more problem(s)\n", len(st.Problems)-i+st.MoreProblems)
			break
		}
		fmt.Fprintf(stderr, "sayso export: %s\n", p)
	}
	fmt.Fprintf(stderr, "sayso export: %d record(s) read, %d exported, %d left out by --only %s, %d failed; %s\n",
		st.Records, st.Exported, st.LeftOut, opt.Only, st.Failed+readErrs, exportSummary(f, st))
	if st.Exported == 0 {
		if st.LeftOut > 0 && opt.Only != export.All {
			fmt.Fprintf(stderr, "sayso export: no record counts under --only %s (no review decisions%s); --only all exports unreviewed records as they are\n",
				opt.Only, map[bool]string{true: " or some quotes still undecided", false: ""}[opt.Only == export.Accepted])
		}
		return exitSomeBad
	}
	if st.Failed+readErrs > 0 {
		return exitSomeBad
	}
	return exitOK
}

// exportSummary says what the export wrote, in the format's own units.
func exportSummary(f export.Format, st export.Stats) string {
	var parts []string
	switch f {
	case export.CoNLL, export.Prose:
		parts = append(parts, fmt.Sprintf("%d sentence(s), %d entity mention(s)", st.Units, st.Mentions))
	case export.SpaCy:
		parts = append(parts, fmt.Sprintf("%d line(s), %d entity span(s)", st.Units, st.Mentions))
	case export.Quotes:
		parts = append(parts, fmt.Sprintf("%d example(s): %d positive, %d negative", st.Units, st.Positives, st.Negatives))
	case export.Brat:
		parts = append(parts, fmt.Sprintf("%d .txt/.ann pair(s), %d entity mention(s), %d attribution(s)", st.Units, st.Mentions, st.Positives))
	}
	return strings.Join(parts, ", ")
}
