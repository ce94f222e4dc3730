package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
)

// The checks below read an exported file back and list what a consumer of
// the format would trip on. The tests run them on every export; users can
// run them on files from elsewhere. Each returns nil when all is well.

// CheckCoNLL checks BIO output: TOKEN<TAB>TAG lines with tags O, B-X or
// I-X; no I-X after O, after another type, or at the start of a sentence;
// "-DOCSTART-" only between documents, followed by a blank line.
func CheckCoNLL(r io.Reader) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	prev := "O"
	line, tokens := 0, 0
	afterDoc := false
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			prev, afterDoc = "O", false
		case l == "-DOCSTART-":
			if tokens == 0 {
				errs = append(errs, fmt.Errorf("line %d: -DOCSTART- before the first document", line))
			}
			if prev != "O" {
				errs = append(errs, fmt.Errorf("line %d: -DOCSTART- inside a sentence", line))
			}
			afterDoc = true
		case strings.HasPrefix(l, "# "):
		default:
			if afterDoc {
				errs = append(errs, fmt.Errorf("line %d: no blank line after -DOCSTART-", line))
				afterDoc = false
			}
			tok, tag, ok := strings.Cut(l, "\t")
			if !ok || tok == "" || strings.ContainsAny(tag, "\t ") || strings.IndexFunc(tok, unicode.IsSpace) >= 0 {
				errs = append(errs, fmt.Errorf("line %d: want TOKEN<TAB>TAG, got %q", line, l))
				continue
			}
			tokens++
			if tag != "O" && (len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
				errs = append(errs, fmt.Errorf("line %d: bad tag %q", line, tag))
				prev = "O"
				continue
			}
			if strings.HasPrefix(tag, "I-") && (prev == "O" || prev[2:] != tag[2:]) {
				errs = append(errs, fmt.Errorf("line %d: %s after %s", line, tag, prev))
			}
			prev = tag
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	if afterDoc {
		errs = append(errs, fmt.Errorf("-DOCSTART- after the last document"))
	}
	return errs
}

// CheckSpaCy checks spaCy/Prodigy JSONL: offsets inside the text, tokens
// that rebuild the text exactly (text + ws), and spans that start on a
// token's start and end on a token's end (so doc.char_span accepts them),
// in order and without overlaps, with token_start/token_end naming those
// tokens.
func CheckSpaCy(r io.Reader) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		var l spacyLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("line %d (%s): %s", line, l.Meta.ID, fmt.Sprintf(format, args...)))
		}
		runes := []rune(l.Text)
		var rebuilt strings.Builder
		starts, ends := map[int]int{}, map[int]int{}
		for i, t := range l.Tokens {
			if t.ID != i {
				bad("token %d has id %d", i, t.ID)
			}
			if t.Start < 0 || t.End > len(runes) || t.Start >= t.End || string(runes[t.Start:t.End]) != t.Text {
				bad("token %d %q does not slice back to text[%d:%d]", i, t.Text, t.Start, t.End)
			}
			rebuilt.WriteString(t.Text)
			if t.WS {
				rebuilt.WriteByte(' ')
			}
			starts[t.Start], ends[t.End] = i, i
		}
		if rebuilt.String() != l.Text {
			bad("the tokens do not rebuild the text")
		}
		prevEnd := 0
		for _, s := range l.Spans {
			ts, okS := starts[s.Start]
			te, okE := ends[s.End]
			switch {
			case s.Start < prevEnd:
				bad("span [%d,%d) overlaps the one before or is out of order", s.Start, s.End)
			case !okS || !okE:
				bad("span [%d,%d) %q is not on token boundaries", s.Start, s.End, string(runes[min(s.Start, len(runes)):min(s.End, len(runes))]))
			case ts != s.TokenStart || te != s.TokenEnd:
				bad("span [%d,%d): token_start/token_end %d/%d, want %d/%d", s.Start, s.End, s.TokenStart, s.TokenEnd, ts, te)
			case s.Label == "":
				bad("span [%d,%d) has no label", s.Start, s.End)
			}
			prevEnd = s.End
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// ProseLabels returns the BIO labels prose v2's trainer gives the tokens of
// its own tokenizer for one EntityContext, and those tokens: it does what
// extract.go's assignLabels and adjustPos do.
func ProseLabels(ctx prose.EntityContext) (tokens []string, labels []string) {
	doc, err := prose.NewDocument(ctx.Text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, nil
	}
	for _, t := range doc.Tokens() {
		tokens = append(tokens, t.Text)
		labels = append(labels, "O")
	}
	if !ctx.Accept {
		return tokens, labels
	}
	for _, sp := range ctx.Spans {
		start, end := proseAdjustPos(ctx.Text, sp.Start, sp.End)
		index := 0
		for i, t := range tokens {
			if index == start {
				labels[i] = "B-" + sp.Label
			} else if index > start && index < end {
				labels[i] = "I-" + sp.Label
			}
			index += len(t)
		}
	}
	return tokens, labels
}

func proseAdjustPos(text string, start, end int) (int, int) {
	index, left, right := -1, 0, 0
	for _, r := range text {
		index++
		if unicode.IsSpace(r) {
			if index < start {
				left++
			}
			if index < end {
				right++
			}
		}
	}
	return start - left, end - right
}

// CheckProse checks prose JSON: it parses as []prose.EntityContext, and
// every span makes prose's trainer label a run of whole tokens (B- then
// I-s) that ends where the span ends.
func CheckProse(r io.Reader) []error {
	var data []prose.EntityContext
	if err := json.NewDecoder(r).Decode(&data); err != nil {
		return []error{err}
	}
	var errs []error
	for ci, ctx := range data {
		tokens, _ := ProseLabels(prose.EntityContext{Text: ctx.Text})
		for _, sp := range ctx.Spans {
			start, end := proseAdjustPos(ctx.Text, sp.Start, sp.End)
			index, b, last := 0, -1, -1
			for i, t := range tokens {
				if index == start {
					b = i
				}
				if b >= 0 && index < end {
					last = i
				}
				index += len(t)
			}
			ok := b >= 0
			if ok {
				n := 0
				for _, t := range tokens[:last+1] {
					n += len(t)
				}
				ok = n == end
			}
			if !ok {
				errs = append(errs, fmt.Errorf("context %d %q: span %d-%d %s does not label whole prose tokens", ci, ctx.Text, sp.Start, sp.End, sp.Label))
			}
		}
	}
	return errs
}

// CheckBrat checks a brat directory: every .ann has its .txt, every T line's
// offsets lie in the text and its text field is the text they cover
// (fragments joined by a space), and every E line refers to T lines that
// exist.
func CheckBrat(dir string) []error {
	var errs []error
	anns, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		return []error{err}
	}
	for _, ann := range anns {
		txt, err := os.ReadFile(strings.TrimSuffix(ann, ".ann") + ".txt")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		runes := []rune(string(txt))
		b, err := os.ReadFile(ann)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		name := filepath.Base(ann)
		ts := map[string]bool{}
		var refs [][2]string // line, T id
		for i, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if l == "" {
				continue
			}
			f := strings.Split(l, "\t")
			if len(f) < 2 {
				errs = append(errs, fmt.Errorf("%s:%d: malformed line %q", name, i+1, l))
				continue
			}
			switch f[0][0] {
			case 'T':
				ts[f[0]] = true
				_, offs, _ := strings.Cut(f[1], " ")
				var parts []string
				ok := len(f) == 3
				for frag := range strings.SplitSeq(offs, ";") {
					a, z, _ := strings.Cut(frag, " ")
					start, e1 := strconv.Atoi(a)
					end, e2 := strconv.Atoi(z)
					if e1 != nil || e2 != nil || start < 0 || end <= start || end > len(runes) {
						ok = false
						break
					}
					parts = append(parts, annText.Replace(string(runes[start:end])))
				}
				if !ok || strings.Join(parts, " ") != f[2] {
					errs = append(errs, fmt.Errorf("%s:%d: %q does not slice back to its text", name, i+1, l))
				}
			case 'E':
				for _, arg := range strings.Fields(f[1]) {
					_, ref, _ := strings.Cut(arg, ":")
					refs = append(refs, [2]string{strconv.Itoa(i + 1), ref})
				}
			}
		}
		for _, r := range refs {
			if !ts[r[1]] {
				errs = append(errs, fmt.Errorf("%s:%s: event refers to %s, which does not exist", name, r[0], r[1]))
			}
		}
	}
	return errs
}
