package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"os/user"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/sayso/sayso/review"
)

func runReview(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sayso review [flags] RECORDS.yaml")
		fmt.Fprintln(stderr, "       sayso review --stats [--json] RECORDS.yaml...")
		fmt.Fprintln(stderr, "\nServes a page on 127.0.0.1 to accept, reject or fix each extracted quote; every")
		fmt.Fprintln(stderr, "decision is written into the records file at once (review: and original: fields).")
		fmt.Fprintln(stderr, "With --stats, prints review progress and agreement with the extractor instead.\n\nFlags:")
		fs.PrintDefaults()
	}
	addr := fs.String("addr", "127.0.0.1:0", "loopback `HOST:PORT` to listen on (port 0: a free port)")
	by := fs.String("by", defaultReviewer(), "reviewer `NAME` written in each decision (the page can change it)")
	stats := fs.Bool("stats", false, "print review progress of the files and exit")
	asJSON := fs.Bool("json", false, "with --stats: print JSON, one object per file and a total")
	files, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if *stats {
		return reviewStats(files, *asJSON, stdout, stderr)
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "sayso review: give one records file (YAML or JSON Lines) to review")
		return exitFatal
	}
	fmt.Fprintf(stderr, "sayso review: indexing %s…\n", files[0])
	st, err := review.Open(files[0])
	if err != nil {
		fmt.Fprintf(stderr, "sayso review: %v\n", err)
		return exitFatal
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveReview(ctx, st, *addr, *by, stdout, stderr)
}

// serveReview serves st until ctx ends.
func serveReview(ctx context.Context, st *review.Store, addr, by string, stdout, stderr io.Writer) int {
	ln, err := review.Listen(addr)
	if err != nil {
		fmt.Fprintf(stderr, "sayso review: %v\n", err)
		return exitFatal
	}
	srv, err := review.NewServer(st, review.Options{Addr: ln.Addr().String(), By: by, Log: log.New(stderr, "sayso review: ", log.LstdFlags)})
	if err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "sayso review: %v\n", err)
		return exitFatal
	}
	c := st.Counts()
	fmt.Fprintf(stdout, "Reviewing %s: %d article(s), %d quote(s), %d reviewed.\n", st.Path(), st.Len(), c.Quotes, c.Reviewed)
	fmt.Fprintf(stdout, "Open %s\n", srv.URL())
	fmt.Fprintln(stdout, "Every decision is saved at once. Press Ctrl-C to stop.")

	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "sayso review: %v\n", err)
		return exitFatal
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	hs.Shutdown(shutCtx)
	c = st.Counts()
	fmt.Fprintf(stdout, "Stopped. %d of %d quote(s) reviewed.\n", c.Reviewed, c.Quotes)
	return exitOK
}

func defaultReviewer() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}

// fileStats is one line of `sayso review --stats --json`.
type fileStats struct {
	File      string  `json:"file"`
	Agreement float64 `json:"agreement"`
	Pending   int     `json:"pending"`
	review.Counts
}

func reviewStats(files []string, asJSON bool, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprintln(stderr, "sayso review --stats: give one or more records files")
		return exitFatal
	}
	var rows []fileStats
	var total review.Counts
	code := exitOK
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "sayso review: %v\n", err)
			code = exitSomeBad
			continue
		}
		c, err := review.Count(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "sayso review: %s: %v\n", name, err)
			code = exitSomeBad
			continue
		}
		rows = append(rows, fileStats{File: name, Agreement: c.Agreement(), Pending: c.Pending(), Counts: c})
		total.Add(c)
	}
	if len(rows) > 1 {
		rows = append(rows, fileStats{File: "total", Agreement: total.Agreement(), Pending: total.Pending(), Counts: total})
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, r := range rows {
			enc.Encode(r)
		}
		return code
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "articles\tquotes\treviewed\t\taccepted\tedited\trejected\tagreement\t  file")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%d\t%d\t%d\t%s\t  %s\n", r.Records, r.Quotes, r.Reviewed, percent(r.Reviewed, r.Quotes),
			r.Accepted, r.Edited, r.Rejected, percent(r.Accepted, r.Reviewed), r.File)
	}
	tw.Flush()
	return code
}

func percent(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}
