package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/sayso/sayso/pipeline"
)

// align finds prose's tokens in the original text, in order, and appends
// them to dst as spans. prose tokenizes a sanitised copy of the text in which
// “ ” became " and ‘ ’ &rsquo; became ', so a token's bytes match the
// original up to those substitutions; matchAt undoes them. Tokens are then
// refined (split) where prose leaves marks attached.
func align(text string, toks []prose.Token, dst []pipeline.Token) ([]pipeline.Token, error) {
	pos := 0
	var lost int
	for _, t := range toks {
		start := skipSpace(text, pos)
		end, ok := matchAt(text, start, t.Text)
		if !ok {
			// Should not happen; resynchronise on the next place the token
			// matches rather than losing the rest of the document.
			start, end, ok = search(text, start, t.Text)
			if !ok {
				lost++
				continue
			}
		}
		dst = fillGap(text, pos, start, dst)
		dst = refine(text, start, end, dst)
		pos = end
	}
	dst = fillGap(text, pos, len(text), dst)
	if lost > 0 {
		return dst, fmt.Errorf("%d token(s) could not be aligned with the text", lost)
	}
	return dst, nil
}

// fillGap tokenizes whatever visible text prose dropped between two of its
// tokens (it loses, for one, the rest of "0n't0" after the "n't").
func fillGap(text string, from, to int, dst []pipeline.Token) []pipeline.Token {
	for from < to {
		start := skipSpace(text[:to], from)
		if start >= to {
			break
		}
		end := start
		for end < to {
			r, size := utf8.DecodeRuneInString(text[end:to])
			if unicode.IsSpace(r) {
				break
			}
			end += size
		}
		dst = tokenizeRun(text, pipeline.Span{Start: start, End: end}, dst)
		from = end
	}
	return dst
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// matchAt reports whether tok (prose's sanitised form) occurs at text[i:],
// and where it ends in text.
func matchAt(text string, i int, tok string) (int, bool) {
	for k := 0; k < len(tok); k++ {
		c := tok[k]
		if i >= len(text) {
			return 0, false
		}
		if text[i] == c {
			i++
			continue
		}
		switch c {
		case '"':
			if strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "”") {
				i += len("“")
				continue
			}
		case '\'':
			if strings.HasPrefix(text[i:], "‘") || strings.HasPrefix(text[i:], "’") {
				i += len("‘")
				continue
			}
			if strings.HasPrefix(text[i:], "&rsquo;") {
				i += len("&rsquo;")
				continue
			}
		}
		return 0, false
	}
	return i, true
}

// search looks for tok at the next 4 KiB of text after i.
func search(text string, i int, tok string) (int, int, bool) {
	limit := min(len(text), i+4096)
	for j := i; j < limit; j++ {
		if end, ok := matchAt(text, j, tok); ok {
			return j, end, true
		}
	}
	return 0, 0, false
}

// refine appends the token text[start:end] to dst, split where prose leaves
// marks attached: leading and trailing guillemets, low quotes, dashes and
// ellipses, an opening single quote before a word ("‘We"), dashes and
// ellipses between words ("word—word", "word--word", "Ryan…to"), the
// slash between capitalised names ("Helal/LinkedIn", "Reuters/Ipsos"), and
// markup glued to a word (`">Mark`, `spoke</tweet>`).
func refine(text string, start, end int, dst []pipeline.Token) []pipeline.Token {
	// A markup tag's end glued to the word after or before it, as embedded
	// tweets come in scraped news (`2016">Mark Cuban:`, `spoke</tweet>`):
	// the ">" and the closing tag are tokens of their own.
	if k := closingTag(text[start:end]); k > 0 {
		dst = refine(text, start, start+k, dst)
		return appendToken(text, start+k, end, dst)
	}
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if isDetachable(r) {
			n := size
			if r == '-' && strings.HasPrefix(text[start:end], "--") {
				n = 2
			}
			if r == '.' { // "..." as one token
				for start+n < end && text[start+n] == '.' {
					n++
				}
				if n == 1 {
					break
				}
			}
			if r == '-' && n == 1 {
				break // a lone leading hyphen stays with its word: "-5"
			}
			dst = appendToken(text, start, start+n, dst)
			start += n
			continue
		}
		if (r == '\'' || r == '‘' || r == '’') && start+size < end && !isElision(text[start:end]) {
			next, _ := utf8.DecodeRuneInString(text[start+size : end])
			if unicode.IsLetter(next) || r == '\'' && next == '\'' && start+2 < end && unicode.IsLetter(rune(text[start+2])) {
				// "‘We", and the doubled apostrophe that opens a quote in
				// the NYT's wire style ("''We"), one mark at a time as
				// the closing one is.
				dst = appendToken(text, start, start+size, dst)
				start += size
				continue
			}
		}
		break
	}
	// Trailing marks.
	var tail [4]pipeline.Span
	nt := 0
	for end > start && nt < len(tail) {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isDetachable(r) || r == '.' || r == '-' {
			break
		}
		tail[nt] = pipeline.Span{Start: end - size, End: end}
		nt++
		end -= size
	}
	// Inner dashes and quotation marks: "word—word", "a--b", `Clinton:"We`.
	for start < end {
		k, n := innerBreak(text[start:end])
		if k <= 0 {
			break
		}
		left := start + k
		// Punctuation before an inner quotation mark is made of tokens of
		// its own: `(R-S.C.):"I` is "(" "R-S.C." ")" ":" `"` "I".
		cut := left
		for cut > start+1 && strings.IndexByte(":;,)]!?", text[cut-1]) >= 0 {
			cut--
		}
		dst = appendToken(text, start, cut, dst)
		for i := cut; i < left; i++ {
			dst = appendToken(text, i, i+1, dst)
		}
		dst = appendToken(text, left, left+n, dst)
		start = left + n
	}
	if end-start > 1 && text[start] == '>' {
		if r, _ := utf8.DecodeRuneInString(text[start+1 : end]); unicode.IsLetter(r) {
			dst = appendToken(text, start, start+1, dst)
			start++
		}
	}
	// Names joined by slashes: a photo credit ("Ahmed Helal/LinkedIn", "AP
	// Photo/Evan Vucci") or a poll's sponsors ("Reuters/Ipsos").
	if slashedNames(text[start:end]) {
		for {
			k := strings.IndexByte(text[start:end], '/')
			if k < 0 {
				break
			}
			dst = appendToken(text, start, start+k, dst)
			dst = appendToken(text, start+k, start+k+1, dst)
			start += k + 1
		}
	}
	// prose keeps the period of any capitalised word of two or three letters
	// ("Sea." at the end of a sentence) as if it were an abbreviation: split
	// it off unless the word is a known abbreviation or an initialism.
	if end-start > 1 && text[end-1] == '.' && nt == 0 && !strings.Contains(text[start:end-1], ".") &&
		!abbreviations[strings.ToLower(text[start:end-1])] && utf8.RuneCountInString(text[start:end-1]) > 1 {
		dst = appendToken(text, start, end-1, dst)
		start = end - 1
	}
	if start < end {
		dst = appendToken(text, start, end, dst)
	}
	for i := nt - 1; i >= 0; i-- {
		dst = appendToken(text, tail[i].Start, tail[i].End, dst)
	}
	return dst
}

// closingTag returns where a closing markup tag ("</tweet>", "</a>") that
// ends s begins, after at least one other character, or 0.
func closingTag(s string) int {
	k := strings.LastIndex(s, "</")
	if k <= 0 || s[len(s)-1] != '>' || len(s)-k < 4 {
		return 0
	}
	for _, c := range s[k+2 : len(s)-1] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return 0
		}
	}
	return k
}

// isDetachable reports marks that never belong to a word.
func isDetachable(r rune) bool {
	switch r {
	case '«', '»', '„', '‚', '‹', '›', '“', '”', '—', '–', '…', '.', '-':
		return true
	}
	return false
}

// innerBreak finds, strictly inside s, the first em or en dash, "--",
// ellipsis or double quotation mark, and its length; the hyphen of "state-run" and the
// apostrophe of "Iran's" are left alone.
func innerBreak(s string) (at, n int) {
	for i, r := range s {
		if i == 0 {
			continue
		}
		switch r {
		case '—', '–', '"', '“', '”', '«', '»', '„', '…':
			return i, utf8.RuneLen(r)
		case '-':
			if strings.HasPrefix(s[i:], "--") {
				return i, 2
			}
		}
	}
	return -1, 0
}

// slashedNames reports a token of two or more names joined by slashes, each
// of two or more letters and beginning with a capital ("Helal/LinkedIn",
// "ABC/WaPo"); "and/or", "24/7", "w/o" and URLs ("pic.twitter.com/x") do not
// qualify.
func slashedNames(s string) bool {
	parts := 0
	for part := range strings.SplitSeq(s, "/") {
		r, _ := utf8.DecodeRuneInString(part)
		if utf8.RuneCountInString(part) < 2 || !unicode.IsUpper(r) {
			return false
		}
		for _, c := range part {
			if !unicode.IsLetter(c) && !unicode.IsMark(c) && !strings.ContainsRune(".-&'’", c) {
				return false
			}
		}
		parts++
	}
	return parts >= 2
}

// elisions start with an apostrophe that is part of the word; the
// contraction endings are tokens prose splits off ("Iran" "'s").
var elisions = map[string]bool{
	"'em": true, "'til": true, "'cause": true, "'tis": true, "'twas": true, "'n'": true, "'round": true,
	"'s": true, "'ll": true, "'re": true, "'m": true, "'ve": true, "'d": true,
}

func isElision(tok string) bool {
	_, size := utf8.DecodeRuneInString(tok)
	return elisions["'"+strings.ToLower(tok[size:])]
}

func appendToken(text string, start, end int, dst []pipeline.Token) []pipeline.Token {
	// prose splits an ellipsis into single periods: join them back. It
	// splits the period off a title of four letters or more too ("Prof",
	// "."; it keeps "Dr."), and off a firm's "Corp": join it back, as prose
	// keeps "Inc.", and a title never ends a sentence.
	if text[start:end] == "." && len(dst) > 0 {
		last := &dst[len(dst)-1]
		if w := text[last.Start:last.End]; last.End == start && (strings.Trim(w, ".") == "" || len(w) >= 4 && len(w) <= 6 && last.Is(pipeline.Capitalized) && (titleAbbreviations[strings.ToLower(w)] || nameAbbreviations[strings.ToLower(w)])) {
			last.End = end
			last.Kind, last.Flags = Classify(text[last.Start:last.End])
			return dst
		}
	}
	kind, flags := Classify(text[start:end])
	return append(dst, pipeline.Token{Span: pipeline.Span{Start: start, End: end}, Kind: kind, Flags: flags})
}

// Classify tells a token's kind and case flags from its text; tokens made
// elsewhere (from gold CoNLL files, say) get theirs the same way.
func Classify(s string) (pipeline.TokenKind, pipeline.TokenFlags) {
	r, size := utf8.DecodeRuneInString(s)
	var kind pipeline.TokenKind
	switch {
	case unicode.IsLetter(r):
		kind = pipeline.Word
	case unicode.IsDigit(r):
		kind = pipeline.Number
	case isQuoteMark(r):
		kind = pipeline.QuoteMark
		if size < len(s) { // 's n't 'll: an apostrophe that starts a word
			next, _ := utf8.DecodeRuneInString(s[size:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				kind = pipeline.Word
			}
		}
	case r == '-' || r == '—' || r == '–':
		kind = pipeline.Dash
	case strings.ContainsRune(".,;:?!()[]{}…", r):
		kind = pipeline.Punct
	default:
		kind = pipeline.Symbol
	}
	var flags pipeline.TokenFlags
	upper, lower, letters := 0, 0, 0
	first := true
	for _, c := range s {
		if !unicode.IsLetter(c) {
			continue
		}
		letters++
		if unicode.IsUpper(c) {
			upper++
			if first {
				flags |= pipeline.Capitalized
			}
		} else if unicode.IsLower(c) {
			lower++
		}
		first = false
	}
	if letters >= 2 && upper == letters {
		flags |= pipeline.AllCaps
	}
	if letters > 0 && lower == letters {
		flags |= pipeline.Lower
	}
	return kind, flags
}

// isQuoteMark reports quotation marks and apostrophes of every style.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`', '´', '″':
		return true
	}
	return false
}
