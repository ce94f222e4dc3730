package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// BIOReader reads named-entity data in the CoNLL BIO format into records,
// one per document, so that gold data can be exported, reviewed or scored
// like sayso's own output. It reads the project's format (what
// ../shared/data/ner holds and the conll exporter writes): TOKEN<TAB>TAG
// lines, a blank line after each sentence, "-DOCSTART-" between documents,
// and optional "# text = ..." comments with a sentence's original text.
// CoNLL-2003-style lines ("EU NNP B-NP B-ORG": token first, tag last) and
// IOB1 tags (an I- that starts an entity) are read too.
//
// A record's text is each sentence's "# text" when its tokens can be found
// in it in order, else the tokens joined by single spaces; sentences are
// separated by a blank line, so that the segmenter keeps them apart.
// Mentions are the BIO spans of PER, LOC and ORG tags (GPE, PERSON and the
// other names pipeline.ParseEntityType knows count too; MISC and the rest
// are not entities); mentions with the same type and text are one entity.
// A malformed line is listed in the record's errors and skipped.
type BIOReader struct {
	sc   *bufio.Scanner
	name string
	line int
	docs int
	done bool

	sents []bioSentence
	cur   bioSentence
	errs  []string
}

type bioSentence struct {
	text   string
	tokens []string
	types  []pipeline.EntityType
	begins []bool // the tag was B- (or the entity starts here)
}

// NewBIOReader returns a reader of the documents in r; name is used for
// record ids (name#1, name#2, ...) and sources.
func NewBIOReader(r io.Reader, name string) *BIOReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	return &BIOReader{sc: sc, name: name}
}

// Next returns the next document's record, or io.EOF after the last.
func (br *BIOReader) Next() (*pipeline.Record, error) {
	if br.done {
		return nil, io.EOF
	}
	for br.sc.Scan() {
		br.line++
		line := strings.TrimSuffix(br.sc.Text(), "\r")
		if br.line == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		switch {
		case strings.TrimSpace(line) == "":
			br.endSentence()
		case strings.HasPrefix(line, "-DOCSTART-"):
			br.endSentence()
			if rec := br.record(); rec != nil {
				return rec, nil
			}
		case strings.HasPrefix(line, "#"):
			if v, ok := strings.CutPrefix(line, "# text = "); ok {
				br.endSentence()
				br.cur.text = v
			}
		default:
			br.token(line)
		}
	}
	br.done = true
	err := br.sc.Err()
	br.endSentence()
	if rec := br.record(); rec != nil {
		if err != nil {
			rec.Errors = append(rec.Errors, fmt.Sprintf("%s: line %d: %v (the rest of the file was not read)", br.name, br.line+1, err))
		}
		return rec, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: line %d: %w", br.name, br.line+1, err)
	}
	return nil, io.EOF
}

func (br *BIOReader) token(line string) {
	tok, tag, ok := strings.Cut(line, "\t")
	if ok {
		if i := strings.LastIndexByte(tag, '\t'); i >= 0 { // more columns: the tag is the last
			tag = tag[i+1:]
		}
	} else if f := strings.Fields(line); len(f) >= 2 {
		tok, tag, ok = f[0], f[len(f)-1], true
	}
	tag = strings.TrimSpace(tag)
	if !ok || tok == "" || strings.IndexFunc(tok, unicode.IsSpace) >= 0 {
		br.errs = append(br.errs, fmt.Sprintf("%s: line %d: want TOKEN<TAB>TAG, got %q: skipped", br.name, br.line, line))
		return
	}
	typ, begin := pipeline.NoType, false
	switch {
	case tag == "O":
	case len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-':
		typ = pipeline.ParseEntityType(tag[2:])
		begin = tag[0] == 'B'
	default:
		br.errs = append(br.errs, fmt.Sprintf("%s: line %d: bad tag %q: read as O", br.name, br.line, tag))
	}
	br.cur.tokens = append(br.cur.tokens, tok)
	br.cur.types = append(br.cur.types, typ)
	br.cur.begins = append(br.cur.begins, begin)
}

func (br *BIOReader) endSentence() {
	if len(br.cur.tokens) > 0 {
		br.sents = append(br.sents, br.cur)
	}
	br.cur = bioSentence{}
}

// record builds the record of the sentences read since the last document
// break, or returns nil if there are none.
func (br *BIOReader) record() *pipeline.Record {
	if len(br.sents) == 0 {
		br.errs = br.errs[:0]
		return nil
	}
	br.docs++
	rec := &pipeline.Record{
		Schema:   pipeline.Schema,
		ID:       br.name + "#" + strconv.Itoa(br.docs),
		Source:   br.name,
		Entities: []pipeline.EntityRecord{},
		Quotes:   []pipeline.QuoteRecord{},
		Errors:   append([]string{}, br.errs...),
	}
	var text strings.Builder
	type span struct {
		pipeline.Span
		typ pipeline.EntityType
	}
	var spans []span
	var offs []pipeline.Span
	for si, s := range br.sents {
		if si > 0 {
			text.WriteString("\n\n")
		}
		base := text.Len()
		offs = alignTokens(s.text, s.tokens, offs[:0])
		if offs == nil {
			// No "# text", or its tokens are not in it: join the tokens.
			pos := 0
			var b strings.Builder
			for i, t := range s.tokens {
				if i > 0 {
					b.WriteByte(' ')
					pos++
				}
				offs = append(offs, pipeline.Span{Start: pos, End: pos + len(t)})
				b.WriteString(t)
				pos += len(t)
			}
			s.text = b.String()
		}
		text.WriteString(s.text)
		for i := 0; i < len(s.tokens); i++ {
			typ := s.types[i]
			if typ == pipeline.NoType {
				continue
			}
			j := i + 1
			for j < len(s.tokens) && s.types[j] == typ && !s.begins[j] {
				j++
			}
			spans = append(spans, span{pipeline.Span{Start: base + offs[i].Start, End: base + offs[j-1].End}, typ})
			i = j - 1
		}
	}
	rec.Text = text.String()
	if !utf8.ValidString(rec.Text) {
		rec.Text = strings.ToValidUTF8(rec.Text, "\uFFFD")
		rec.Errors = append(rec.Errors, "invalid UTF-8 replaced by U+FFFD")
	}
	ix := pipeline.NewRuneIndex(rec.Text)
	byKey := map[string]int{}
	for _, sp := range spans {
		surface := rec.Text[sp.Start:sp.End]
		key := sp.typ.String() + "\x00" + surface
		ei, ok := byKey[key]
		if !ok {
			ei = len(rec.Entities)
			byKey[key] = ei
			rec.Entities = append(rec.Entities, pipeline.EntityRecord{ID: pipeline.EntityID(ei), Type: sp.typ.String(), Name: surface})
		}
		start, end := ix.Span(sp.Span)
		rec.Entities[ei].Mentions = append(rec.Entities[ei].Mentions, pipeline.MentionRecord{Start: start, End: end, Text: surface})
	}
	br.sents = br.sents[:0]
	br.errs = br.errs[:0]
	return rec
}

// alignTokens finds each token in text, in order, with only whitespace
// between them; it returns nil if text is empty or a token is not where
// expected.
func alignTokens(text string, tokens []string, dst []pipeline.Span) []pipeline.Span {
	if text == "" {
		return nil
	}
	pos := 0
	for _, t := range tokens {
		for pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += n
		}
		if !strings.HasPrefix(text[pos:], t) {
			return nil
		}
		dst = append(dst, pipeline.Span{Start: pos, End: pos + len(t)})
		pos += len(t)
	}
	return dst
}

// ReadBIO reads every document of a BIO file.
func ReadBIO(r io.Reader, name string) ([]*pipeline.Record, error) {
	br := NewBIOReader(r, name)
	var out []*pipeline.Record
	for {
		rec, err := br.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}
