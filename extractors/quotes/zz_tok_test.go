package quotes_test

import (
	"fmt"
	"testing"
)

func TestTokDebug(t *testing.T) {
	d := run(t, "Supporters have an answer to that. The Four Day Week Foundation points out that some of the earliest adopters, in Iceland and Spain, have kept the schedule for more than four years. Its director, Aoife Duggan, says the burden of proof has shifted.\n\n“At some point the people defending the fifth day have to explain what it is for,” she said.")
	for _, q := range d.Quotes {
		fmt.Println(q.Kind, d.Slice(q.Span), "|", d.Slice(q.Speaker.Span), "|", q.Speaker.Name, q.Confidence)
	}
	for _, m := range d.Mentions {
		fmt.Println(m.Type, d.Slice(m.Span))
	}
}
