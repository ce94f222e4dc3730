// Command genrecords writes synthetic sayso records (JSON Lines, or YAML
// with -format yaml), to measure `sayso report` on dumps of any size:
//
//	go run ./report/internal/genrecords -n 1000000 > big.jsonl
//	sayso report big.jsonl -o big.html
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
	format := flag.String("format", "jsonl", "jsonl or yaml")
	flag.Parse()
	bw := bufio.NewWriterSize(os.Stdout, 1<<20)
	var w pipeline.RecordWriter = pipeline.NewJSONLWriter(bw)
	if *format == "yaml" {
		w = pipeline.NewYAMLWriter(bw)
	}
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
