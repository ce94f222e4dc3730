// Package segment splits a document into paragraphs, sentences and tokens.
// It is the first stage of the pipeline and needs nothing before it.
//
// Tokens come from prose v2's tokenizer (github.com/jdkato/prose/v2), which
// gives token strings without offsets and rewrites curly quotes to straight
// ones; this package finds each token back in the original text (see
// align.go) and splits off a few marks prose leaves attached (dashes,
// guillemets, an opening single quote). Sentences come from the Punkt
// segmenter prose itself uses (gopkg.in/neurosnap/sentences.v1, English
// parameters), loaded once and run per paragraph, then snapped to token
// boundaries. Paragraphs are blocks separated by line breaks.
package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/sayso/sayso/pipeline"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// Segmenter is the segmentation stage. It is safe for concurrent use.
type Segmenter struct {
	punkt *sentences.DefaultSentenceTokenizer
}

// New loads the sentence segmenter's English parameters (about 10 ms); call
// it once and share the result.
func New() (*Segmenter, error) {
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("loading the sentence segmenter: %w", err)
	}
	for _, abbr := range extraAbbreviations {
		punkt.AbbrevTypes.Add(abbr)
	}
	return &Segmenter{punkt: punkt}, nil
}

// extraAbbreviations are titles and words common in news that Punkt's
// English parameters do not list, so that "Sen. Warren" or "Rep. Smith" does
// not end a sentence. Lower case, without the period.
var extraAbbreviations = []string{
	"sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
	"sens", "reps", "govs", "gens",
	"supt", "insp", "det", "atty", "amb", "pres", "rev", "hon", "prof", "dr",
	"mr", "mrs", "ms", "messrs", "st", "jr", "sr", "ft", "mt", "no", "vs",
	"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
	"kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
	"nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
	"inc", "corp", "co", "ltd", "bros", "dept", "univ", "est", "approx",
}

// abbreviations is extraAbbreviations as a set.
var abbreviations = func() map[string]bool {
	m := make(map[string]bool, len(extraAbbreviations))
	for _, a := range extraAbbreviations {
		m[a] = true
	}
	return m
}()

// Name implements pipeline.Stage.
func (s *Segmenter) Name() string { return "segment" }

// Process implements pipeline.Stage: it fills doc.Paragraphs,
// doc.Sentences and doc.Tokens.
func (s *Segmenter) Process(doc *pipeline.Document) error {
	doc.Paragraphs = Paragraphs(doc.Text, doc.Paragraphs[:0])
	toks, err := s.tokenize(doc)
	if err != nil {
		return err
	}
	doc.Tokens = toks
	s.sentences(doc)
	return nil
}

// tokenize runs prose's tokenizer over the whole text (one call per
// document: prose's per-call cost is small only when no model is loaded) and
// aligns its tokens to byte offsets. prose never sees what it handles badly
// (see proseView); those stretches are tokenized here.
func (s *Segmenter) tokenize(doc *pipeline.Document) ([]pipeline.Token, error) {
	view, own := proseView(doc.Text)
	pd, err := prose.NewDocument(view,
		prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("tokenizing: %w", err)
	}
	toks, err := align(view, pd.Tokens(), doc.Tokens[:0])
	if len(own) > 0 {
		toks = mergeOwn(doc.Text, toks, own)
	}
	return toks, err
}

// longestProseChunk is the longest run without white space handed to
// prose. prose peels punctuation off a chunk one character at a time,
// recounting the chunk each time: quadratic, so 20,000 quotation marks in a
// row take seconds and a megabyte would take hours.
const longestProseChunk = 256

// proseView returns the text prose should tokenize: the text itself, or,
// when it holds runs longer than longestProseChunk or invisible characters
// prose would glue to words (byte order mark, zero width space), a copy with
// those blanked by spaces of the same byte length, so every offset is
// unchanged. own lists the blanked stretches that hold something to
// tokenize.
func proseView(text string) (view string, own []pipeline.Span) {
	var b []byte
	blank := func(start, end int) {
		if b == nil {
			b = []byte(text)
		}
		for i := start; i < end; i++ {
			b[i] = ' '
		}
	}
	runStart := -1
	for i := 0; i <= len(text); {
		r, size := rune(' '), 1
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\uFEFF' || r == '\u200B' || r == '\u2060':
			blank(i, i+size)
			fallthrough
		case unicode.IsSpace(r):
			if runStart >= 0 && i-runStart > longestProseChunk {
				blank(runStart, i)
				own = append(own, pipeline.Span{Start: runStart, End: i})
			}
			runStart = -1
		default:
			if runStart < 0 {
				runStart = i
			}
		}
		i += size
	}
	if b == nil {
		return text, nil
	}
	return string(b), own
}

// mergeOwn tokenizes the stretches prose did not see and merges their
// tokens, in order, with prose's.
func mergeOwn(text string, toks []pipeline.Token, own []pipeline.Span) []pipeline.Token {
	var extra []pipeline.Token
	for _, sp := range own {
		extra = tokenizeRun(text, sp, extra)
	}
	out := make([]pipeline.Token, 0, len(toks)+len(extra))
	i, j := 0, 0
	for i < len(toks) || j < len(extra) {
		if j == len(extra) || i < len(toks) && toks[i].Start < extra[j].Start {
			out = append(out, toks[i])
			i++
		} else {
			out = append(out, extra[j])
			j++
		}
	}
	return out
}

// tokenizeRun splits a run without white space into words (letters and
// digits, with inner apostrophes, hyphens and periods) and single marks.
func tokenizeRun(text string, sp pipeline.Span, dst []pipeline.Token) []pipeline.Token {
	wordStart := -1
	for i := sp.Start; i <= sp.End; {
		r, size := rune(0), 0
		if i < sp.End {
			r, size = utf8.DecodeRuneInString(text[i:sp.End])
		}
		inWord := i < sp.End && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
			wordStart >= 0 && strings.ContainsRune("'’-.", r) && i+size < sp.End && isWordRune(text[i+size:sp.End]))
		if inWord {
			if wordStart < 0 {
				wordStart = i
			}
		} else {
			if wordStart >= 0 {
				dst = appendToken(text, wordStart, i, dst)
				wordStart = -1
			}
			if i < sp.End && r != '\uFEFF' && r != '\u200B' && r != '\u2060' {
				dst = appendToken(text, i, i+size, dst)
			}
		}
		if i == sp.End {
			break
		}
		i += size
	}
	return dst
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentences runs Punkt over each paragraph and assigns tokens to sentences.
func (s *Segmenter) sentences(doc *pipeline.Document) {
	doc.Sentences = doc.Sentences[:0]
	tok := 0
	for pi := range doc.Paragraphs {
		p := &doc.Paragraphs[pi]
		p.First = len(doc.Sentences)
		// Skip tokens before the paragraph (there are none unless a token
		// straddles a paragraph break, which alignment never produces).
		for tok < len(doc.Tokens) && doc.Tokens[tok].Start < p.Start {
			tok++
		}
		text := doc.Text[p.Start:p.End]
		var bounds []*sentences.Sentence
		if len(text) > 0 {
			bounds = s.punkt.Tokenize(text)
		}
		for bi, b := range bounds {
			end := p.Start + b.End
			if bi == len(bounds)-1 {
				end = p.End
			}
			first := tok
			for tok < len(doc.Tokens) && doc.Tokens[tok].Start < end {
				tok++
			}
			if tok == first {
				continue // whitespace only
			}
			if n := len(doc.Sentences); n > p.First && continuesSentence(doc, first) {
				// Punkt broke after an abbreviation it does not know
				// ("Rep. Earl Blumenauer (D-Ore.) said"): a sentence
				// does not open with a lower-case word.
				last := &doc.Sentences[n-1]
				last.Last = tok
				last.End = doc.Tokens[tok-1].End
				continue
			}
			doc.Sentences = append(doc.Sentences, pipeline.Sentence{
				Span:      pipeline.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[tok-1].End},
				First:     first,
				Last:      tok,
				Paragraph: pi,
			})
			doc.Tokens[first].Flags |= pipeline.SentStart
		}
		p.Last = len(doc.Sentences)
		if p.Last > p.First {
			doc.Tokens[doc.Sentences[p.First].First].Flags |= pipeline.ParaStart
		}
	}
}

// titleAbbreviations are the titles of extraAbbreviations that stand only
// before a name, never at a sentence's end (plural ones before two:
// "Govs. Jeb Bush and Chris Christie").
var titleAbbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "supt": true, "insp": true, "det": true, "atty": true, "amb": true, "pres": true,
	"rev": true, "hon": true, "sens": true, "reps": true, "govs": true, "gens": true}

// nameAbbreviations are the abbreviations of extraAbbreviations of four
// letters that end a firm's or an institution's name ("Acme Corp.", "Warner
// Bros.", "Commerce Dept."): their period is the word's, as "Inc." is.
var nameAbbreviations = map[string]bool{"corp": true, "bros": true, "dept": true, "univ": true}

// continuesSentence reports whether the sentence Punkt starts at token i
// goes on the one before: it opens with a lower-case word, right after a
// period (with at most a closing bracket between), or with any word right
// after a title ("“Mr. Tate has shown …”": Punkt misses the abbreviation
// when a quotation mark is glued to it).
func continuesSentence(doc *pipeline.Document, i int) bool {
	t := doc.Tokens[i]
	if t.Kind != pipeline.Word || i == 0 {
		return false
	}
	if afterTitle(doc, i) {
		return true
	}
	if !t.Is(pipeline.Lower) {
		return false
	}
	k := i - 1
	if w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]; w == ")" && k > 0 {
		k--
	}
	return doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End] == "."
}

// afterTitle reports whether token i follows a title and its period
// ("Mr." or "Mr" ".").
func afterTitle(doc *pipeline.Document, i int) bool {
	k := i - 1
	w := doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End]
	if w == "." && k > 0 {
		k--
		w = doc.Text[doc.Tokens[k].Start:doc.Tokens[k].End] + w
	}
	title, ok := strings.CutSuffix(w, ".")
	return ok && len(title) <= 6 && titleAbbreviations[strings.ToLower(title)]
}

// Paragraphs splits text into blocks separated by line breaks and appends
// them to dst. A blank line always separates paragraphs; a single line break
// does too, unless the text looks hard-wrapped (most lines of similar length,
// most not ending a sentence), in which case lines are joined.
func Paragraphs(text string, dst []pipeline.Paragraph) []pipeline.Paragraph {
	wrapped := looksWrapped(text)
	start := -1 // start of the current paragraph's first non-space byte
	lastEnd := 0
	blank := false
	flush := func() {
		if start >= 0 {
			dst = append(dst, pipeline.Paragraph{Span: pipeline.Span{Start: start, End: lastEnd}})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		next := len(text)
		if j >= 0 {
			lineEnd = i + j
			next = lineEnd + 1
		}
		line := text[i:lineEnd]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			blank = true
		} else {
			if start >= 0 && (blank || !wrapped) {
				flush()
			}
			lead := strings.Index(line, trimmed)
			if start < 0 {
				start = i + lead
			}
			lastEnd = i + lead + len(trimmed)
			blank = false
		}
		i = next
	}
	flush()
	return dst
}

// looksWrapped reports whether text is hard-wrapped prose: among lines
// followed by another non-blank line, most are 40–100 bytes long and most do
// not end a sentence.
func looksWrapped(text string) bool {
	var joined, longish, open int
	prevLen, prevOpen := 0, false
	for line := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(line)
		if t != "" && prevLen > 0 {
			joined++
			if prevLen >= 40 && prevLen <= 100 {
				longish++
			}
			if prevOpen {
				open++
			}
		}
		prevLen = len(t)
		prevOpen = t != "" && !strings.ContainsAny(t[len(t)-1:], ".?!:\"'”’)")
	}
	return joined >= 4 && longish*10 >= joined*7 && open*2 >= joined
}
