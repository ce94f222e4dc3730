package pipeline

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Tuned: building a yaml.Node tree and running go-yaml's emitter took about
// half of a whole extract run's CPU time (one node and several strings per
// mention). appendRecordYAML writes the same bytes directly for the records
// it can vouch for: every scalar either plain, in the subset of strings that
// go-yaml writes plain in both block and flow context, or the article text
// as a literal block. For anything else it reports false and MarshalYAML
// falls back to go-yaml for the whole record, so the output is byte for
// byte what go-yaml writes (yamlfast_test.go checks it on real articles and
// on tricky strings).

// appendRecordYAML appends the YAML document of r (without "---") to dst.
// ok is false, and dst unusable, if a string needs more than the fast path
// knows; the caller then encodes with go-yaml.
func appendRecordYAML(dst []byte, r *Record) (_ []byte, ok bool) {
	e := fastEmitter{b: dst, ok: true}
	e.str("", "schema", r.Schema)
	e.str("", "id", r.ID)
	e.opt("", "source", r.Source)
	e.opt("", "title", r.Title)
	e.opt("", "url", r.URL)
	e.opt("", "published", r.Published)
	e.opt("", "error", r.Error)
	if r.Error == "" || len(r.Entities) > 0 {
		e.key("", "entities")
		if len(r.Entities) == 0 {
			e.b = append(e.b, " []\n"...)
		} else {
			e.b = append(e.b, '\n')
			for i := range r.Entities {
				ent := &r.Entities[i]
				e.b = append(e.b, "  - "...)
				e.str("", "id", ent.ID) // the first key follows the dash
				e.str("    ", "type", ent.Type)
				e.str("    ", "name", ent.Name)
				e.key("    ", "mentions")
				if len(ent.Mentions) == 0 {
					e.b = append(e.b, " []\n"...)
					continue
				}
				e.b = append(e.b, '\n')
				for _, m := range ent.Mentions {
					e.b = append(e.b, "      - "...)
					e.span(m)
					e.b = append(e.b, '\n')
				}
			}
		}
	}
	if r.Error == "" || len(r.Quotes) > 0 {
		e.key("", "quotes")
		if len(r.Quotes) == 0 {
			e.b = append(e.b, " []\n"...)
		} else {
			e.b = append(e.b, '\n')
			for i := range r.Quotes {
				e.b = append(e.b, "  - "...)
				e.quote("    ", &r.Quotes[i])
			}
		}
	}
	e.key("", "errors")
	if len(r.Errors) == 0 {
		e.b = append(e.b, " []\n"...)
	} else {
		e.b = append(e.b, '\n')
		for _, msg := range r.Errors {
			e.b = append(e.b, "  - "...)
			e.scalar(msg, false)
			e.b = append(e.b, '\n')
		}
	}
	if r.Text != "" {
		e.key("", "text")
		e.text(r.Text)
	}
	return e.b, e.ok
}

type fastEmitter struct {
	b  []byte
	ok bool
}

// key writes "indent" "key:"; the caller writes what follows.
func (e *fastEmitter) key(indent, key string) {
	e.b = append(e.b, indent...)
	e.b = append(e.b, key...)
	e.b = append(e.b, ':')
}

func (e *fastEmitter) str(indent, key, v string) {
	e.key(indent, key)
	e.b = append(e.b, ' ')
	e.scalar(v, false)
	e.b = append(e.b, '\n')
}

func (e *fastEmitter) opt(indent, key, v string) {
	if v != "" {
		e.str(indent, key, v)
	}
}

func (e *fastEmitter) int(indent, key string, v int) {
	e.key(indent, key)
	e.b = append(e.b, ' ')
	e.b = strconv.AppendInt(e.b, int64(v), 10)
	e.b = append(e.b, '\n')
}

// span writes {start: 1, end: 5, text: Iran}.
func (e *fastEmitter) span(m MentionRecord) {
	e.b = append(e.b, "{start: "...)
	e.b = strconv.AppendInt(e.b, int64(m.Start), 10)
	e.b = append(e.b, ", end: "...)
	e.b = strconv.AppendInt(e.b, int64(m.End), 10)
	e.b = append(e.b, ", text: "...)
	e.scalar(m.Text, true)
	e.b = append(e.b, '}')
}

// quote writes a quote mapping whose first key follows a "- " or a key
// already written; indent is the indentation of its other keys.
func (e *fastEmitter) quote(indent string, q *QuoteRecord) {
	e.str("", "id", q.ID)
	e.str(indent, "kind", q.Kind)
	e.str(indent, "text", q.Text)
	e.int(indent, "start", q.Start)
	e.int(indent, "end", q.End)
	if q.Cue != nil {
		e.key(indent, "cue")
		e.b = append(e.b, ' ')
		e.span(*q.Cue)
		e.b = append(e.b, '\n')
	}
	if sp := q.Speaker; sp != nil {
		e.key(indent, "speaker")
		e.b = append(e.b, '\n')
		in := indent + "  "
		e.str(in, "text", sp.Text)
		e.int(in, "start", sp.Start)
		e.int(in, "end", sp.End)
		e.opt(in, "form", sp.Form)
		e.opt(in, "entity", sp.Entity)
		e.opt(in, "name", sp.Name)
	}
	e.key(indent, "confidence")
	e.b = append(e.b, ' ')
	c := strconv.FormatFloat(q.Confidence, 'f', -1, 64)
	if !isPlainFloat(c) {
		e.ok = false
	}
	e.b = append(e.b, c...)
	e.b = append(e.b, '\n')
	if rv := q.Review; rv != nil {
		e.key(indent, "review")
		e.b = append(e.b, " {status: "...)
		e.scalar(rv.Status, true)
		for _, kv := range [...][2]string{{"by", rv.By}, {"at", rv.At}, {"note", rv.Note}} {
			if kv[1] != "" {
				e.b = append(e.b, ", "...)
				e.b = append(e.b, kv[0]...)
				e.b = append(e.b, ": "...)
				e.scalar(kv[1], true)
			}
		}
		e.b = append(e.b, "}\n"...)
	}
	if q.Original != nil {
		e.key(indent, "original")
		e.b = append(e.b, '\n')
		e.b = append(e.b, indent...)
		e.b = append(e.b, "  "...)
		e.quote(indent+"  ", q.Original)
	}
}

// isPlainFloat reports a confidence go-yaml writes as it is: a decimal with
// a fraction. "0" and "1" resolve to integers, so go-yaml tags them.
func isPlainFloat(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return i > 0 && i < len(s)-1
		}
	}
	return false
}

// scalar writes s plain if it is in the safe subset; a one-line string
// outside it is written by go-yaml on its own (in the same context, so in
// the same style); a string with line breaks makes the whole record go to
// go-yaml.
func (e *fastEmitter) scalar(s string, flow bool) {
	if plainSafe(s, flow) {
		e.b = append(e.b, s...)
		return
	}
	if strings.ContainsAny(s, "\n\r\u0085\u2028\u2029") {
		e.ok = false
		return
	}
	b, ok := goYAMLScalar(s, flow)
	if !ok {
		e.ok = false
		return
	}
	e.b = append(e.b, b...)
}

// goYAMLScalar has go-yaml write the one-line string s as a mapping value,
// in a block or a flow mapping, and cuts the value out.
func goYAMLScalar(s string, flow bool) (string, bool) {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	prefix, suffix := "k: ", "\n"
	if flow {
		m.Style = yaml.FlowStyle
		prefix, suffix = "{k: ", "}\n"
	}
	m.Content = []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: "k"},
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: s},
	}
	b, err := yaml.Marshal(m)
	out := string(b)
	if err != nil || !strings.HasPrefix(out, prefix) || !strings.HasSuffix(out, suffix) ||
		strings.Count(out, "\n") != 1 {
		return "", false
	}
	return out[len(prefix) : len(out)-len(suffix)], true
}

// plainSafe reports strings that go-yaml writes plain in the context given
// (a flow mapping if flow, else a block). It is deliberately narrower than
// YAML's rules: no indicator or digit first (numbers, dates, "-", "?",
// quotes…), none of : # ? [ ] { } anywhere, nor a comma in flow context
// (go-yaml quotes "?" and "," there; a comma after the first character is
// plain in a block, where most quotes' texts stand: tuned, go-yaml wrote
// every text with a comma, 3% of a run), no leading or trailing space,
// only characters go-yaml counts as printable (no tabs, no line breaks,
// nothing beyond the Basic Multilingual Plane), and not a word YAML reads
// as null or a bool.
func plainSafe(s string, flow bool) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		return false
	case c < utf8.RuneSelf && plainFirstUnsafe[c]:
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || plainAnyUnsafe[c] && (flow || c != ',') {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !printableBMP(r) || size == 1 {
			return false
		}
		i += size
	}
	switch s {
	case "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE":
		return false
	}
	return true
}

// printableBMP is go-yaml's is_printable for non-ASCII characters, less
// the line breaks U+0085, U+2028 and U+2029 and everything past U+FFFF
// (which go-yaml escapes).
func printableBMP(r rune) bool {
	switch {
	case r == 0x2028 || r == 0x2029 || r == 0xFEFF:
		return false
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD:
		return true
	}
	return false
}

var plainFirstUnsafe = asciiSet("-?:,[]{}#&*!|>'\"%@`<=~+. \\/")

var plainAnyUnsafe = asciiSet(":#,?[]{}\\")

func asciiSet(chars string) (set [utf8.RuneSelf]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// text writes the article text as recordNode asks go-yaml to: a literal
// block if it has a line break ("|", or "|-" without a final break; two
// spaces before each non-empty line), else a scalar. Texts go-yaml would
// write otherwise (a line with trailing spaces, a leading space or break,
// tabs and other non-printables, several final breaks) are left to go-yaml.
func (e *fastEmitter) text(s string) {
	if strings.IndexByte(s, '\n') < 0 {
		e.b = append(e.b, ' ')
		e.scalar(s, false)
		e.b = append(e.b, '\n')
		return
	}
	switch literalStyle(s) {
	case styleDoubleQuoted:
		e.b = append(e.b, ' ')
		e.b = appendDoubleQuoted(e.b, s)
		e.b = append(e.b, '\n')
		return
	case styleUnknown:
		e.ok = false
		return
	}
	body := s
	if s[len(s)-1] == '\n' {
		e.b = append(e.b, " |\n"...)
		body = s[:len(s)-1]
	} else {
		e.b = append(e.b, " |-\n"...)
	}
	for line := range strings.SplitSeq(body, "\n") {
		if line != "" {
			e.b = append(e.b, "  "...)
			e.b = append(e.b, line...)
		}
		e.b = append(e.b, '\n')
	}
}

// Scalar styles go-yaml falls to when asked for a literal block.
const (
	styleLiteral      = iota // "|" or "|-", no indentation indicator
	styleDoubleQuoted        // go-yaml cannot write a block: a space before a line break, a trailing space, or characters it escapes
	styleUnknown             // anything else: leave it to go-yaml
)

// literalStyle tells how go-yaml writes s (which has a line break) when
// asked for a literal block, following its yaml_emitter_analyze_scalar.
func literalStyle(s string) int {
	if s[0] == ' ' || s[0] == '\n' || strings.HasSuffix(s, "\n\n") || strings.Contains(s, "\ufeff") {
		return styleUnknown // indentation indicator, "|+" chomping, or go-yaml's odd escapes after a BOM
	}
	quoted := s[len(s)-1] == ' ' || !literalReadable(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if i > 0 && s[i-1] == ' ' {
					quoted = true
				}
			case c == '\t':
				// allowed in a block, escaped in quotes
			case c < 0x20 || c == 0x7F:
				quoted = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || r == 0x2028 || r == 0x2029 {
			return styleUnknown // invalid UTF-8 never reaches a record; go-yaml counts these as line breaks
		}
		if !printableBMP(r) {
			quoted = true
		}
		i += size
	}
	if quoted {
		return styleDoubleQuoted
	}
	return styleLiteral
}

// appendDoubleQuoted writes s as go-yaml's yaml_emitter_write_double_quoted_scalar
// does with unlimited line width: printable characters as they are, the
// rest escaped.
func appendDoubleQuoted(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F && c != '"' && c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if c >= utf8.RuneSelf && printableBMP(r) {
			b = append(b, s[i-size:i]...)
			continue
		}
		b = append(b, '\\')
		switch r {
		case 0x00:
			b = append(b, '0')
		case 0x07:
			b = append(b, 'a')
		case 0x08:
			b = append(b, 'b')
		case 0x09:
			b = append(b, 't')
		case 0x0A:
			b = append(b, 'n')
		case 0x0B:
			b = append(b, 'v')
		case 0x0C:
			b = append(b, 'f')
		case 0x0D:
			b = append(b, 'r')
		case 0x1B:
			b = append(b, 'e')
		case '"':
			b = append(b, '"')
		case '\\':
			b = append(b, '\\')
		case 0x85:
			b = append(b, 'N')
		case 0xA0:
			b = append(b, '_')
		case 0x2028:
			b = append(b, 'L')
		case 0x2029:
			b = append(b, 'P')
		default:
			var n int
			switch {
			case r <= 0xFF:
				b, n = append(b, 'x'), 2
			case r <= 0xFFFF:
				b, n = append(b, 'u'), 4
			default:
				b, n = append(b, 'U'), 8
			}
			for k := n - 1; k >= 0; k-- {
				b = append(b, hex[(r>>(4*k))&0xF])
			}
		}
	}
	return append(b, '"')
}
