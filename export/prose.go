package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/sayso/sayso/pipeline"
)

// proseSink writes a JSON array of prose v2's own training type,
// prose.EntityContext, one per sentence (sentences without entities too:
// they teach the model what is not an entity), ready for
//
//	var data []prose.EntityContext
//	json.Unmarshal(b, &data)
//	model := prose.ModelFromData("news", prose.UsingEntities(data))
//
// How prose reads a span (extract.go, v2.0.0) decides what is written:
//   - its tokenizer straightens curly quotes and &rsquo; before it
//     tokenizes, while span offsets are read against the text as given; so
//     Text is written already straightened (“ ” → ", ‘ ’ &rsquo; → ').
//   - assignLabels labels a token B- when the byte length of the tokens
//     before it equals the span's Start less the whitespace before Start
//     (adjustPos), where that whitespace is counted in code points. Start and
//     End are therefore byte offsets into Text, which is what prose expects,
//     except in a sentence where multi-byte characters make the two counts
//     disagree; there the value written is the one that makes prose label
//     exactly the mention's tokens.
//   - prose labels whole tokens of its own tokenizer, which splits less than
//     sayso's (it keeps "Iran-backed" whole): a mention that does not start
//     and end on prose token boundaries cannot be taught to prose and is left
//     out with a problem.
type proseSink struct {
	w      *bufio.Writer
	labels Labels
	n      int // contexts written
	sc     proseScratch
}

func newProseSink(w io.Writer, opt Options) *proseSink {
	return &proseSink{w: bufio.NewWriterSize(w, 1<<16), labels: opt.Labels}
}

func (s *proseSink) write(a *article, st *Stats) error {
	text := a.rec.Text
	err := a.sentences(func(toks []token) error {
		sent := pipeline.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
		if n := longestRun(text[sent.Start:sent.End]); n > longestProseChunk {
			s0, e0 := a.cp(sent)
			st.problem(a.rec.ID, "sentence [%d,%d) holds %d bytes without a space; prose's tokenizer is quadratic on such runs: left out of the prose data", s0, e0, n)
			return nil
		}
		ctx := prose.EntityContext{Accept: true, Spans: []prose.LabeledEntity{}}
		ctx.Text = s.sc.straighten(text[sent.Start:sent.End])
		s.sc.tokenize(ctx.Text)
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.tag.typ == 0 || t.tag.inside {
				continue
			}
			j := i
			for j+1 < len(toks) && toks[j+1].tag.inside {
				j++
			}
			m := pipeline.Span{Start: t.Start, End: toks[j].End}
			i = j
			start, end, ok := s.sc.span(s.sc.clean(m.Start-sent.Start), s.sc.clean(m.End-sent.Start))
			if !ok {
				cs, ce := a.cp(m)
				st.problem(a.rec.ID, "mention %q [%d,%d) does not start and end on a token of prose's tokenizer: left out of the prose data", text[m.Start:m.End], cs, ce)
				continue
			}
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: start, End: end, Label: s.labels.of(t.tag.typ)})
		}
		b, err := json.Marshal(ctx)
		if err != nil {
			return err
		}
		if s.n == 0 {
			s.w.WriteString("[\n")
		} else {
			s.w.WriteString(",\n")
		}
		s.n++
		st.Units++
		st.Mentions += len(ctx.Spans)
		_, err = s.w.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	return s.w.Flush()
}

func (s *proseSink) close() error {
	if s.n == 0 {
		s.w.WriteString("[]\n")
	} else {
		s.w.WriteString("\n]\n")
	}
	return s.w.Flush()
}

// longestProseChunk is the longest run without white space given to prose:
// its tokenizer peels punctuation off a run one character at a time,
// recounting the run each time, so long runs take seconds (the segmenter
// keeps the same limit).
const longestProseChunk = 256

// longestRun is the length in bytes of the longest run of s without white
// space.
func longestRun(s string) int {
	longest, start := 0, 0
	for i, r := range s {
		if unicode.IsSpace(r) {
			longest = max(longest, i-start)
			start = i + utf8.RuneLen(r)
		}
	}
	return max(longest, len(s)-start)
}

// proseScratch holds one sentence as prose sees it; reused across sentences.
type proseScratch struct {
	text   string
	shift  []int32 // shift[i]: bytes removed by straightening before original byte i
	starts []int   // prose tokens: byte offsets in text
	ends   []int
	before []int   // bytes of the prose tokens before token k, as assignLabels counts them
	spaces []int32 // spaces[k]: whitespace code points among the first k code points of text
}

// straightenings are the replacements prose's tokenizer makes before it
// tokenizes (tokenize.go's sanitizer).
var straightenings = [...]struct{ from, to string }{
	{"\u201c", `"`}, {"\u201d", `"`}, {"\u2018", "'"}, {"\u2019", "'"}, {"&rsquo;", "'"},
}

// straighten returns s as prose's tokenizer sees it and remembers how
// offsets move.
func (p *proseScratch) straighten(s string) string {
	p.shift = p.shift[:0]
	var b strings.Builder
	removed := int32(0)
	for i := 0; i < len(s); {
		matched := false
		for _, r := range straightenings {
			if strings.HasPrefix(s[i:], r.from) {
				for k := 0; k < len(r.from); k++ {
					p.shift = append(p.shift, removed)
				}
				b.WriteString(r.to)
				removed += int32(len(r.from) - len(r.to))
				i += len(r.from)
				matched = true
				break
			}
		}
		if !matched {
			p.shift = append(p.shift, removed)
			b.WriteByte(s[i])
			i++
		}
	}
	p.shift = append(p.shift, removed)
	p.text = b.String()
	return p.text
}

// clean maps a byte offset of the original sentence into the straightened
// text.
func (p *proseScratch) clean(i int) int { return i - int(p.shift[i]) }

// tokenize runs prose's tokenizer over the straightened sentence and finds
// each token in it.
func (p *proseScratch) tokenize(text string) {
	p.starts, p.ends, p.before = p.starts[:0], p.ends[:0], p.before[:0]
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err == nil {
		pos, count := 0, 0
		for _, t := range doc.Tokens() {
			k := strings.Index(text[pos:], t.Text)
			if k < 0 {
				break // cannot happen: prose's tokens are pieces of its input
			}
			p.starts = append(p.starts, pos+k)
			p.ends = append(p.ends, pos+k+len(t.Text))
			p.before = append(p.before, count)
			count += len(t.Text)
			pos += k + len(t.Text)
		}
		p.before = append(p.before, count)
	}
	p.spaces = append(p.spaces[:0], 0)
	n := int32(0)
	for _, r := range text {
		if unicode.IsSpace(r) {
			n++
		}
		p.spaces = append(p.spaces, n)
	}
}

// adjusted is prose's adjustPos: x less the whitespace code points among
// the first x code points of the text.
func (p *proseScratch) adjusted(x int) int {
	if x < len(p.spaces) {
		return x - int(p.spaces[x])
	}
	return x - int(p.spaces[len(p.spaces)-1])
}

// span returns the Start and End to write for the straightened byte span
// [start, end), or false if it is not on prose's token boundaries.
func (p *proseScratch) span(start, end int) (int, int, bool) {
	first, last := -1, -1
	for k := range p.starts {
		if p.starts[k] == start {
			first = k
		}
		if p.ends[k] == end {
			last = k
			break
		}
	}
	if first < 0 || last < first {
		return 0, 0, false
	}
	return p.solve(start, p.before[first]), p.solve(end, p.before[last+1]), true
}

// solve returns the byte offset x if prose reads it as want, else the
// smallest value prose reads as want (adjusted is non-decreasing and grows
// by at most one per step, so there is one).
func (p *proseScratch) solve(x, want int) int {
	if p.adjusted(x) == want {
		return x
	}
	for y := 0; ; y++ {
		if p.adjusted(y) == want {
			return y
		}
	}
}
