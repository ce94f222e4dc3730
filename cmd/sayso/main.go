// Command sayso reads news articles and writes down who is named (people,
// places, organizations) and who said what (quotes and their speakers), as
// YAML or JSON Lines records. It is a thin shell over the sayso library: every
// command parses its flags and calls the packages under pipeline/,
// extractors/ and the rest.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// command is one subcommand; run returns the process exit code.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands lists every subcommand, in the order the help shows them.
var commands = []command{
	{"extract", "extract entities and quotes from articles into records", runExtract},
	{"eval", "score records against gold data (eval quotes, eval entities)", runEval},
	{"review", "review extracted quotes in a browser; --stats for progress", runReview},
	{"export", "write training data (CoNLL, spaCy, prose, quote examples, brat) from records", runExport},
	{"report", "sum up records in one HTML page (or YAML/CSV tables): who is quoted, how openly", runReport},
	{"bench", "measure words per second per stage and for whole runs", runBench},
	{"train", "retrain a model from the open data (train ner)", runTrain},
}

// Exit codes.
const (
	exitOK      = 0 // everything went fine
	exitSomeBad = 1 // the run finished, but some inputs failed (see their error records)
	exitFatal   = 2 // bad usage, or the run could not go on
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitFatal
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "sayso: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitFatal
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: sayso COMMAND [flags] ARGS...")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'sayso COMMAND -h' for a command's flags.")
}

// parseFlags parses args with fs, allowing flags after positional
// arguments ("sayso extract in.jsonl -o out.yaml"); "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		// fs stopped at a positional argument; keep it and go on.
		i := 0
		for i < len(args) && (!strings.HasPrefix(args[i], "-") || args[i] == "-") {
			i++
		}
		pos = append(pos, args[:i]...)
		args = args[i:]
		if len(args) == 0 {
			return pos, nil
		}
	}
}
