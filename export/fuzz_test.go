package export

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// FuzzExport builds a record from any text and span positions and exports
// it in every format: no panic, and every format's check passes.
func FuzzExport(f *testing.F) {
	seed, err := os.ReadFile("../fixtures/seed/article.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed[:600]), []byte{79, 7, 135, 4, 154, 16, 190, 15})
	f.Add("Zürich-based Nestlé S.A. said “we regret it,”\nsaid Søren Ørsted.", []byte{0, 6, 13, 11, 50, 12, 31, 14})
	f.Add("can 'read thoughts' — «Bonjour» 'Reuters'", []byte{4, 5, 33, 7, 0, 40})
	f.Add("  \n\n\t ", []byte{0, 3})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		if !utf8.ValidString(text) || text == "" {
			return
		}
		runes := []rune(text)
		rec := &pipeline.Record{Schema: pipeline.Schema, ID: "fuzz", Text: text}
		var mentions []pipeline.MentionRecord
		for i := 0; i+1 < len(spans) && len(mentions) < 8; i += 2 {
			start := int(spans[i]) % len(runes)
			end := min(len(runes), start+1+int(spans[i+1])%24)
			mentions = append(mentions, pipeline.MentionRecord{Start: start, End: end, Text: string(runes[start:end])})
		}
		for i, m := range mentions {
			rec.Entities = append(rec.Entities, pipeline.EntityRecord{ID: pipeline.EntityID(i),
				Type: []string{"person", "place", "organization"}[i%3], Name: m.Text, Mentions: []pipeline.MentionRecord{m}})
		}
		if len(mentions) > 0 {
			m := mentions[0]
			rec.Quotes = append(rec.Quotes, pipeline.QuoteRecord{ID: "Q1", Kind: "direct", Text: m.Text, Start: m.Start, End: m.End,
				Speaker: &pipeline.SpeakerRecord{Text: mentions[len(mentions)-1].Text, Start: mentions[len(mentions)-1].Start, End: mentions[len(mentions)-1].End}})
		}
		for _, format := range Formats {
			var buf bytes.Buffer
			dir := ""
			var e *Exporter
			var err error
			if format == Brat {
				dir = t.TempDir()
				e, err = NewBrat(dir, Options{Only: All})
			} else {
				e, err = New(format, &buf, Options{Only: All})
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := e.Write(rec); err != nil {
				t.Fatal(err)
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			var errs []error
			r := io.Reader(bytes.NewReader(buf.Bytes()))
			switch format {
			case CoNLL:
				errs = CheckCoNLL(r)
			case SpaCy:
				errs = CheckSpaCy(r)
			case Prose:
				errs = CheckProse(r)
			case Brat:
				errs = CheckBrat(dir)
				if _, err := os.Stat(filepath.Join(dir, "fuzz.ann")); err != nil {
					t.Fatal(err)
				}
			}
			if len(errs) > 0 {
				t.Fatalf("%s: %q: %v", format, text, errs)
			}
		}
	})
}
