package export

import (
	"bufio"
	"io"
	"strings"
)

// conllSink writes the project's BIO format (the one ../shared/data/ner
// uses and ReadBIO reads): a "# text = ..." line with the sentence's
// original text, then one TOKEN<TAB>TAG line per token, a blank line after
// each sentence, and a "-DOCSTART-" line (then a blank line) between
// articles.
type conllSink struct {
	w      *bufio.Writer
	labels Labels
	docs   int
}

func newCoNLLSink(w io.Writer, opt Options) *conllSink {
	return &conllSink{w: bufio.NewWriterSize(w, 1<<16), labels: opt.Labels}
}

// lineBreaks turns the line breaks and tabs inside a sentence into spaces,
// one for one, so that a "# text" comment stays on one line.
var lineBreaks = strings.NewReplacer("\r", " ", "\n", " ", "\t", " ", "\v", " ", "\f", " ", "\u2028", " ", "\u2029", " ", "\u0085", " ")

func (s *conllSink) write(a *article, st *Stats) error {
	if len(a.toks) == 0 {
		return nil
	}
	if s.docs > 0 {
		s.w.WriteString("-DOCSTART-\n\n")
	}
	s.docs++
	text := a.rec.Text
	err := a.sentences(func(toks []token) error {
		st.Units++
		s.w.WriteString("# text = ")
		lineBreaks.WriteString(s.w, text[toks[0].Start:toks[len(toks)-1].End])
		s.w.WriteByte('\n')
		for _, t := range toks {
			s.w.WriteString(text[t.Start:t.End])
			s.w.WriteByte('\t')
			s.w.WriteString(t.tag.String(s.labels))
			s.w.WriteByte('\n')
			if t.tag.typ != 0 && !t.tag.inside {
				st.Mentions++
			}
		}
		_, err := s.w.WriteString("\n")
		return err
	})
	if err != nil {
		return err
	}
	return s.w.Flush()
}

func (s *conllSink) close() error { return s.w.Flush() }
