// Command sayso-beam runs sayso's extraction pipeline on Apache Beam, for
// dumps too big for one machine: it reads articles (JSON Lines dumps, plain
// or gzipped, and text files, one article each; local paths or gs://),
// runs the same pipeline as sayso extract in a DoFn (built once per worker,
// in Setup), and writes one record per article.
//
// It is its own Go module so that the Beam SDK's ~300 modules never enter
// the sayso binary. Locally (the direct runner):
//
//	sayso-beam --input 'dumps/*.jsonl.gz' --output records.jsonl
//
// See docs/batch.md for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// File systems for --input and --output.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

var (
	input  = flag.String("input", "", "articles to read: a file or a glob (local or gs://); .jsonl, .ndjson (optionally .gz) are dumps, other files one article each")
	output = flag.String("output", "", "file to write the records to (local or gs://)")
	format = flag.String("format", "jsonl", "record format: jsonl (one record per line) or yaml (a YAML stream)")
	noText = flag.Bool("no-text", false, "leave the article text out of the records")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("sayso-beam: --input and --output are required")
	}
	p, err := Build(Config{Input: *input, Output: *output, Format: *format, NoText: *noText})
	if err != nil {
		log.Fatalf("sayso-beam: %v", err)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("sayso-beam: %v", err)
	}
}
