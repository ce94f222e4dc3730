package quotes

import (
	"fmt"
	"os"
	"testing"

	"github.com/sayso/sayso/extractors/entities"
	segstage "github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

func TestZZTrace(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZFILE"))
	seg, _ := segstage.New()
	ents, _ := entities.New()
	doc := pipeline.NewDocument("x", string(b))
	pipeline.New(seg, ents).Run(doc)
	st := new(state)
	st.opt = DefaultOptions()
	st.trace = func(f string, a ...any) { fmt.Printf(f, a...) }
	st.process(doc)
	for _, q := range doc.Quotes {
		fmt.Println(q.Kind, doc.Slice(q.Span)[:min(40, q.End-q.Start)], "|", doc.Slice(q.Speaker.Span), "|", q.Speaker.Name)
	}
}
