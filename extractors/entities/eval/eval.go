// Package eval scores entity predictions against gold by exact span and type,
// per type (PER, LOC, ORG) and overall, the way shared/eval/score.py
// "entities" does: within each document the gold and predicted entities are
// sets of (type, start, end); a prediction counts only if type and both ends
// match.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sayso/sayso/extractors/entities/conll"
)

// Types are the scored entity types, in report order.
var Types = []string{"PER", "LOC", "ORG"}

// NormType maps the names systems use for the three types (person, place,
// GPE, organisation, ...) to PER, LOC or ORG; "" for anything else.
func NormType(t string) string {
	switch strings.ToLower(t) {
	case "per", "person", "people":
		return "PER"
	case "loc", "place", "location", "gpe", "places":
		return "LOC"
	case "org", "organization", "organisation", "organizations":
		return "ORG"
	}
	return ""
}

// Entity is a typed span; Start and End are whatever unit the caller uses
// (token indices, code points), End exclusive.
type Entity struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Counts are true positives, predictions and gold entities.
type Counts struct{ TP, Pred, Gold int }

// P, R and F1 of the counts; zero when undefined.
func (c Counts) P() float64 { return ratio(c.TP, c.Pred) }
func (c Counts) R() float64 { return ratio(c.TP, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score accumulates counts per type over documents.
type Score struct {
	ByType map[string]*Counts
	Docs   int
}

// NewScore returns an empty score.
func NewScore() *Score {
	s := &Score{ByType: map[string]*Counts{}}
	for _, t := range Types {
		s.ByType[t] = &Counts{}
	}
	return s
}

// Add scores one document (or one sentence: units must not mix within a
// call). Types are normalised; other types are ignored.
func (s *Score) Add(gold, pred []Entity) {
	s.Docs++
	gs, ps := set(gold), set(pred)
	for e := range gs {
		s.ByType[e.Type].Gold++
		if ps[e] {
			s.ByType[e.Type].TP++
		}
	}
	for e := range ps {
		s.ByType[e.Type].Pred++
	}
}

func set(es []Entity) map[Entity]bool {
	m := make(map[Entity]bool, len(es))
	for _, e := range es {
		if t := NormType(e.Type); t != "" {
			e.Type = t
			m[e] = true
		}
	}
	return m
}

// All sums the per-type counts.
func (s *Score) All() Counts {
	var c Counts
	for _, t := range Types {
		x := s.ByType[t]
		c.TP += x.TP
		c.Pred += x.Pred
		c.Gold += x.Gold
	}
	return c
}

// Write prints a table like score.py's.
func (s *Score) Write(w io.Writer) {
	for _, t := range Types {
		c := s.ByType[t]
		fmt.Fprintf(w, "entities %-3s P %.3f R %.3f F1 %.3f  (gold %d, pred %d)\n", t, c.P(), c.R(), c.F1(), c.Gold, c.Pred)
	}
	c := s.All()
	fmt.Fprintf(w, "entities ALL P %.3f R %.3f F1 %.3f  (gold %d, pred %d)\n", c.P(), c.R(), c.F1(), c.Gold, c.Pred)
}

// Tagger tags one sentence's tokens with BIO2 tags; docs are tagged sentence
// by sentence in order, so a tagger may keep document state between calls
// until NewDocument is called.
type Tagger interface {
	NewDocument()
	TagSentence(tokens []string) []string
}

// BIO tags every sentence of the gold documents with t and scores the
// predicted spans against the gold spans (token offsets, per sentence).
func BIO(gold []conll.Document, t Tagger) *Score {
	s := NewScore()
	for _, d := range gold {
		t.NewDocument()
		var g, p []Entity
		off := 0
		for _, sent := range d.Sentences {
			pred := t.TagSentence(sent.Tokens)
			for _, sp := range conll.Spans(sent.Tags) {
				g = append(g, Entity{sp.Type, off + sp.Start, off + sp.End})
			}
			for _, sp := range conll.Spans(pred) {
				p = append(p, Entity{sp.Type, off + sp.Start, off + sp.End})
			}
			off += len(sent.Tokens)
		}
		s.Add(g, p)
	}
	return s
}

// Doc is one document's entities, as in gold JSONL
// {"id", "entities": [{"type", "start", "end"}]} (code point offsets).
type Doc struct {
	ID       string   `json:"id"`
	Entities []Entity `json:"entities"`
}

type jsonEntity struct {
	Type  string `json:"type"`
	Start *int   `json:"start"`
	End   *int   `json:"end"`
	// Records may list mentions under an entity instead of one span.
	Mentions []jsonEntity `json:"mentions"`
}

// ReadJSONL reads entity documents, one JSON object a line. Each entity
// either has its own start/end or a list of mentions with start/end, as in
// the project's records; types are normalised to PER/LOC/ORG and others
// dropped.
func ReadJSONL(r io.Reader) ([]Doc, error) {
	var out []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<28)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var raw struct {
			ID       json.RawMessage `json:"id"`
			Entities []jsonEntity    `json:"entities"`
		}
		if err := json.Unmarshal([]byte(b), &raw); err != nil {
			return nil, fmt.Errorf("eval: line %d: %w", line, err)
		}
		d := Doc{ID: idString(raw.ID)}
		for _, e := range raw.Entities {
			t := NormType(e.Type)
			if t == "" {
				continue
			}
			ms := e.Mentions
			if ms == nil {
				ms = []jsonEntity{e}
			}
			for _, m := range ms {
				if m.Start != nil && m.End != nil {
					d.Entities = append(d.Entities, Entity{t, *m.Start, *m.End})
				}
			}
		}
		out = append(out, d)
	}
	return out, sc.Err()
}

// idString keeps string ids as they are and prints others (numbers) as
// JSON, as Python's str() would for integers.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// Docs scores predicted documents against gold ones by id; a gold document
// without a prediction counts as predicting nothing. It also returns how
// many gold documents had no prediction.
func Docs(gold, pred []Doc) (*Score, int) {
	byID := map[string][]Entity{}
	seen := map[string]bool{}
	for _, p := range pred {
		byID[p.ID] = append(byID[p.ID], p.Entities...)
		seen[p.ID] = true
	}
	s := NewScore()
	missing := 0
	for _, g := range gold {
		if !seen[g.ID] {
			missing++
		}
		s.Add(g.Entities, byID[g.ID])
	}
	return s, missing
}

// SortEntities orders entities by start, end, type (for stable output).
func SortEntities(es []Entity) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Type < b.Type
	})
}

// BIODocs scores a tagger that tags whole documents: tag returns one BIO2
// tag sequence per sentence.
func BIODocs(gold []conll.Document, tag func(conll.Document) [][]string) *Score {
	s := NewScore()
	for _, d := range gold {
		pred := tag(d)
		var g, p []Entity
		off := 0
		for i, sent := range d.Sentences {
			for _, sp := range conll.Spans(sent.Tags) {
				g = append(g, Entity{sp.Type, off + sp.Start, off + sp.End})
			}
			for _, sp := range conll.Spans(pred[i]) {
				p = append(p, Entity{sp.Type, off + sp.Start, off + sp.End})
			}
			off += len(sent.Tokens)
		}
		s.Add(g, p)
	}
	return s
}
