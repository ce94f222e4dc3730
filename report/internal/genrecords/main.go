// Command genrecords writes synthetic sayso records as JSON Lines, to
// measure `sayso report` on dumps of any size:
//
//	go run ./report/internal/genrecords -n 1000000 | sayso report - -o big.html
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/sayso/sayso/pipeline"
	"github.com/sayso/sayso/report/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of records")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	bw := bufio.NewWriterSize(os.Stdout, 1<<20)
	w := pipeline.NewJSONLWriter(bw)
	g := synth.New(*seed)
	for i := 0; i < *n; i++ {
		if err := w.Write(g.Record(i)); err != nil {
			fmt.Fprintln(os.Stderr, "genrecords:", err)
			os.Exit(1)
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genrecords:", err)
		os.Exit(1)
	}
}
