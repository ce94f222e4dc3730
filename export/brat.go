package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// bratSink writes brat's standoff format: for each record NAME.txt (the
// article text, byte for byte) and NAME.ann, where
//
//	T1	PER 1203 1215	Brett McGurk            an entity mention (offsets in code points)
//	*	Equiv T1 T2                              mentions of one entity
//	#1	AnnotatorNotes T1	Brett McGurk     an entity's name, or a speaker's
//	T9	Source 463 502	an American state …  PolNeAR's attribution spans:
//	T10	Cue 505 509	told                     who (Source), the verb (Cue),
//	T11	Content 410 462	We have many …       what was said (Content)
//	T12	Attribution 505 509	told             the event's trigger: the cue, or the content when there is none
//	E1	Attribution:T12 Source:T9 Cue:T10 Content:T11
//	A1	Kind E1 direct                           the quote's kind
//
// A span that crosses a line break is written as fragments ("0 5;7 12"), as
// brat itself does. Only positive quotes are written: annotators continue
// from what a reviewer accepted. The directory also gets annotation.conf
// (the types, so brat shows them) and ids.tsv (file name → record id, for
// records whose id is not a file name).
type bratSink struct {
	dir    string
	labels Labels
	names  map[string]bool // lower case, for case-insensitive file systems
	ids    bytes.Buffer
	ann    bytes.Buffer
}

// BratIDs is the file in a brat export that maps file names to record ids.
const BratIDs = "ids.tsv"

func newBratSink(dir string, opt Options) (*bratSink, error) {
	if dir == "" {
		return nil, fmt.Errorf("the brat format needs an output directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s := &bratSink{dir: dir, labels: opt.Labels, names: map[string]bool{}}
	s.ids.WriteString("# file\tid\n")
	return s, nil
}

func (s *bratSink) write(a *article, st *Stats) error {
	name := s.fileName(a.rec.ID)
	s.ids.WriteString(name + "\t" + strings.NewReplacer("\t", " ", "\n", " ").Replace(a.rec.ID) + "\n")
	s.ann.Reset()
	b := &annBuilder{a: a, w: &s.ann, spans: map[string]int{}}

	// Entity mentions, grouped by entity.
	groups := map[int][]int{}
	var order []int
	for _, m := range a.mentions {
		label := s.labels.of(m.Type)
		id := b.text(label, m.Span, false)
		if _, ok := groups[m.Entity]; !ok {
			order = append(order, m.Entity)
		}
		groups[m.Entity] = append(groups[m.Entity], id)
		st.Mentions++
	}
	for _, e := range order {
		ids := groups[e]
		if len(ids) > 1 {
			fmt.Fprintf(b.w, "*\tEquiv")
			for _, id := range ids {
				fmt.Fprintf(b.w, " T%d", id)
			}
			b.w.WriteByte('\n')
		}
		ent := &a.rec.Entities[e]
		if first := ids[0]; ent.Name != "" && ent.Name != b.texts[first] {
			b.note(first, ent.Name)
		}
	}

	// Attributions.
	for _, ex := range a.quotes {
		if !ex.positive {
			continue
		}
		st.Positives++
		var src, cue int
		if ex.hasSpeak {
			src = b.text("Source", ex.speaker, true)
			if sp := ex.q.Speaker; sp.Name != "" && sp.Name != b.texts[src] {
				b.note(src, sp.Name)
			}
		}
		if ex.hasCue {
			cue = b.text("Cue", ex.cue, true)
		}
		content := b.text("Content", ex.span, false)
		trigger := ex.span
		if ex.hasCue {
			trigger = ex.cue
		}
		trig := b.text("Attribution", trigger, false)
		b.events++
		fmt.Fprintf(b.w, "E%d\tAttribution:T%d", b.events, trig)
		if src > 0 {
			fmt.Fprintf(b.w, " Source:T%d", src)
		}
		if cue > 0 {
			fmt.Fprintf(b.w, " Cue:T%d", cue)
		}
		fmt.Fprintf(b.w, " Content:T%d\n", content)
		if ex.q.Kind != "" {
			b.attrs++
			fmt.Fprintf(b.w, "A%d\tKind E%d %s\n", b.attrs, b.events, ex.q.Kind)
		}
	}
	st.Units++
	if err := os.WriteFile(filepath.Join(s.dir, name+".txt"), []byte(a.rec.Text), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(s.dir, name+".ann"), s.ann.Bytes(), 0o644)
}

func (s *bratSink) close() error {
	if err := os.WriteFile(filepath.Join(s.dir, BratIDs), s.ids.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(s.dir, "annotation.conf"), []byte(bratConf(s.labels)), 0o644)
}

// fileName makes a record id into a unique, safe file name without
// extension: letters, digits, '.', '-' and '_' are kept, anything else
// becomes '_'.
func (s *bratSink) fileName(id string) string {
	id = strings.TrimSuffix(id, ".txt")
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 120 {
			break
		}
	}
	name := strings.TrimLeft(b.String(), ".")
	if name == "" {
		name = "record"
	}
	base := name
	for n := 2; s.names[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	s.names[strings.ToLower(name)] = true
	return name
}

// annBuilder writes the lines of one .ann file.
type annBuilder struct {
	a      *article
	w      *bytes.Buffer
	n      int            // T lines written
	spans  map[string]int // "Type start end" → T id, for spans shared by several quotes
	texts  map[int]string // T id → its text field
	notes  int
	events int
	attrs  int
	noted  map[int]bool
}

// text writes a T line for span (unless share and the same typed span is
// already written) and returns its id.
func (b *annBuilder) text(typ string, sp pipeline.Span, share bool) int {
	frags := fragments(b.a.rec.Text, sp)
	var offs, txt strings.Builder
	for i, f := range frags {
		if i > 0 {
			offs.WriteByte(';')
			txt.WriteByte(' ')
		}
		start, end := b.a.cp(f)
		offs.WriteString(strconv.Itoa(start) + " " + strconv.Itoa(end))
		annText.WriteString(&txt, b.a.rec.Text[f.Start:f.End])
	}
	key := typ + " " + offs.String()
	if share {
		if id, ok := b.spans[key]; ok {
			return id
		}
	}
	b.n++
	b.spans[key] = b.n
	if b.texts == nil {
		b.texts = map[int]string{}
	}
	b.texts[b.n] = txt.String()
	fmt.Fprintf(b.w, "T%d\t%s\t%s\n", b.n, key, txt.String())
	return b.n
}

// annText keeps a T line's text field on one line: a tab or line break
// (only possible in a span that is nothing but line breaks) becomes a space.
var annText = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// note attaches an AnnotatorNotes comment (a name) to a T line, once.
func (b *annBuilder) note(id int, text string) {
	if b.noted == nil {
		b.noted = map[int]bool{}
	}
	if b.noted[id] {
		return
	}
	b.noted[id] = true
	b.notes++
	fmt.Fprintf(b.w, "#%d\tAnnotatorNotes T%d\t%s\n", b.notes, id, annText.Replace(text))
}

// fragments splits a span at line breaks, dropping empty pieces; a span
// with no line break is one fragment.
func fragments(text string, sp pipeline.Span) []pipeline.Span {
	var out []pipeline.Span
	start := sp.Start
	for i := sp.Start; i < sp.End; i++ {
		if text[i] == '\n' || text[i] == '\r' {
			if i > start {
				out = append(out, pipeline.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	if sp.End > start {
		out = append(out, pipeline.Span{Start: start, End: sp.End})
	}
	if len(out) == 0 {
		out = append(out, sp)
	}
	return out
}

// bratConf is the annotation.conf of an export: the three entity labels,
// PolNeAR's attribution spans and event, the Kind attribute, and Equiv for
// mentions of one entity.
func bratConf(l Labels) string {
	ents := []string{l[pipeline.Person], l[pipeline.Place], l[pipeline.Organization]}
	any := strings.Join(ents, "|")
	var b strings.Builder
	b.WriteString("# Written by sayso export: people, places and organizations, and attributions\n")
	b.WriteString("# (PolNeAR's source / cue / content spans, with the quote's kind).\n")
	b.WriteString("[entities]\n")
	for _, e := range ents {
		b.WriteString(e + "\n")
	}
	b.WriteString("Source\nCue\nContent\n\n")
	b.WriteString("[relations]\n")
	b.WriteString("Equiv\tArg1:" + any + ", Arg2:" + any + ", <REL-TYPE>:symmetric-transitive\n")
	b.WriteString("<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n")
	b.WriteString("[events]\n")
	b.WriteString("Attribution\tSource?:Source, Cue?:Cue, Content:Content\n\n")
	b.WriteString("[attributes]\n")
	b.WriteString("Kind\tArg:Attribution, Value:direct|indirect|mixed\n")
	return b.String()
}
