// Command sayso-html is the helper that finds articles in HTML pages for
// sayso extract (see package htmlpage): it reads one JSON request per line
// on standard input and answers each with one JSON line. Install it next to
// sayso:
//
//	go install github.com/sayso/sayso/cmd/sayso github.com/sayso/sayso/cmd/sayso-html
package main

import (
	"fmt"
	"os"

	"github.com/sayso/sayso/ingest/htmlpage"
)

func main() {
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "sayso-html takes no arguments: it is started by sayso extract to read HTML pages")
		os.Exit(2)
	}
	if err := htmlpage.Serve(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sayso-html:", err)
		os.Exit(1)
	}
}
