package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/sayso/sayso/pipeline"
)

// spacyLine is one article in Prodigy's JSONL format, which spaCy's users
// load directly: character (code point) offsets, spans on token boundaries,
// and the tokens themselves, so that
//
//	doc = Doc(nlp.vocab, words=[t["text"] for t in tokens], spaces=[t["ws"] for t in tokens])
//
// rebuilds the text exactly and doc.char_span(start, end, label) returns
// a span for every entry of spans. Whitespace other than a single space
// between tokens becomes a token of its own, as spaCy's tokenizer makes it.
type spacyLine struct {
	Text   string       `json:"text"`
	Spans  []spacySpan  `json:"spans"`
	Tokens []spacyToken `json:"tokens"`
	Meta   spacyMeta    `json:"meta"`
}

type spacySpan struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Label      string `json:"label"`
	TokenStart int    `json:"token_start"`
	TokenEnd   int    `json:"token_end"` // inclusive, as Prodigy writes it
}

type spacyToken struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	ID    int    `json:"id"`
	WS    bool   `json:"ws"`
}

type spacyMeta struct {
	ID        string `json:"id"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

type spacySink struct {
	w      *bufio.Writer
	enc    *json.Encoder
	labels Labels
	line   spacyLine
}

func newSpaCySink(w io.Writer, opt Options) *spacySink {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &spacySink{w: bw, enc: enc, labels: opt.Labels}
}

func (s *spacySink) write(a *article, st *Stats) error {
	text := a.rec.Text
	l := &s.line
	*l = spacyLine{
		Text:   text,
		Spans:  l.Spans[:0],
		Tokens: l.Tokens[:0],
		Meta:   spacyMeta{ID: a.rec.ID, Source: a.rec.Source, Title: a.rec.Title, URL: a.rec.URL, Published: a.rec.Published},
	}
	// tokIndex[i] is the spaCy token index of a.toks[i].
	tokIndex := make([]int, len(a.toks))
	// text[from:to] between two tokens, less the single space that spaCy
	// keeps as the previous token's trailing whitespace, is a token.
	addSpace := func(from, to int) {
		if from >= to {
			return
		}
		start, end := a.cp(pipeline.Span{Start: from, End: to})
		l.Tokens = append(l.Tokens, spacyToken{Text: text[from:to], Start: start, End: end, ID: len(l.Tokens)})
	}
	prev := 0 // end of the previous token
	for i, t := range a.toks {
		if i > 0 && prev < t.Start && text[prev] == ' ' {
			l.Tokens[len(l.Tokens)-1].WS = true
			prev++
		}
		addSpace(prev, t.Start)
		start, end := a.cp(t.Span)
		tokIndex[i] = len(l.Tokens)
		l.Tokens = append(l.Tokens, spacyToken{Text: text[t.Start:t.End], Start: start, End: end, ID: len(l.Tokens)})
		prev = t.End
	}
	if len(a.toks) > 0 && prev < len(text) && text[prev] == ' ' {
		l.Tokens[len(l.Tokens)-1].WS = true
		prev++
	}
	addSpace(prev, len(text))

	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.tag.typ == 0 || t.tag.inside {
			continue
		}
		j := i
		for j+1 < len(a.toks) && a.toks[j+1].tag.inside {
			j++
		}
		start, _ := a.cp(t.Span)
		_, end := a.cp(a.toks[j].Span)
		l.Spans = append(l.Spans, spacySpan{Start: start, End: end, Label: s.labels.of(t.tag.typ), TokenStart: tokIndex[i], TokenEnd: tokIndex[j]})
		i = j
	}
	st.Units++
	st.Mentions += len(l.Spans)
	if err := s.enc.Encode(l); err != nil {
		return err
	}
	return s.w.Flush()
}

func (s *spacySink) close() error { return s.w.Flush() }
