package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// family groups quotation marks that pair with each other: a double mark
// closes a double mark, a single mark a single one.
type family uint8

const (
	famDouble family = iota
	famSingle
)

// markStyle records which kind of mark opened a quote; records and the
// PolNeAR view of the scorer need to tell “curly” and "straight" double
// quotes from the rest.
type markStyle uint8

const (
	styleCurly     markStyle = iota // “ ”
	styleStraight                   // " "
	styleSingle                     // ‘ ’ or ' '
	styleGuillemet                  // « » (or » « reversed)
	styleLow                        // „ “ or „ ”
	styleDoubleApo                  // '' '' or `` ''
	styleNone                       // no marks: a transcript turn
)

// markRule is one row of the mark table: a quotation mark, its family and
// style, and whether it can open or close a quote wherever it stands (the
// flanks decide for marks that can do both).
type markRule struct {
	r              rune
	fam            family
	style          markStyle
	opens, closes  bool
	closesReversed rune // for openers: the mark that closes it in the other convention, e.g. „ … “
}

// markTable lists every quotation mark sayso knows, with how it behaves.
// Typographic conventions from the Unicode quotation-mark table
// (en.wikipedia.org/wiki/Quotation_mark, "Summary table"): English “…” ‘…’,
// German „…“ ‚…‘ and »…«, French «…», the typewriter's "…" and '…', and the
// double-apostrophe style ”…” of some newspapers' wire feeds.
var markTable = []markRule{
	{r: '“', fam: famDouble, style: styleCurly, opens: true, closes: true},
	{r: '”', fam: famDouble, style: styleCurly, opens: true, closes: true},
	{r: '"', fam: famDouble, style: styleStraight, opens: true, closes: true},
	{r: '«', fam: famDouble, style: styleGuillemet, opens: true, closes: true},
	{r: '»', fam: famDouble, style: styleGuillemet, opens: true, closes: true},
	{r: '„', fam: famDouble, style: styleLow, opens: true},
	{r: '‘', fam: famSingle, style: styleSingle, opens: true, closes: true},
	{r: '’', fam: famSingle, style: styleSingle, opens: true, closes: true},
	{r: '\'', fam: famSingle, style: styleSingle, opens: true, closes: true},
	{r: '‚', fam: famSingle, style: styleSingle, opens: true},
	{r: '‹', fam: famSingle, style: styleGuillemet, opens: true, closes: true},
	{r: '›', fam: famSingle, style: styleGuillemet, opens: true, closes: true},
}

func markRuleOf(r rune) (markRule, bool) {
	switch r {
	case '“', '”', '"', '«', '»', '„', '‘', '’', '\'', '‚', '‹', '›', '`':
		for _, m := range markTable {
			if m.r == r {
				return m, true
			}
		}
		if r == '`' {
			return markRule{r: '`', fam: famSingle, style: styleSingle, opens: true}, true
		}
	}
	return markRule{}, false
}

// mark is one quotation mark found in the text.
type mark struct {
	pipeline.Span
	r             rune
	fam           family
	style         markStyle
	opens, closes bool
}

// segFlag describes how a quoted segment is bounded.
type segFlag uint8

const (
	contPrev segFlag = 1 << iota // continues a quote from the previous paragraph
	contNext                     // runs on into the next paragraph (no closing mark here)
	unclosed                     // no closing mark; bounded by the paragraph's end
	noOpener                     // no opening mark; starts at the paragraph's start
	headline                     // in the article's first paragraphs, before any sentence-like one
)

// segment is one top-level quoted stretch of one paragraph.
type segment struct {
	open, close pipeline.Span // the marks; close is zero for unclosed segments
	content     pipeline.Span // inside the marks
	para        int
	style       markStyle
	flags       segFlag
	first, last int // tokens of the content, last exclusive
}

func (s *segment) has(f segFlag) bool { return s.flags&f != 0 }

// isLeftFlank reports whether the character before a mark lets it open a
// quote: the start of the paragraph, a space, an opening bracket or dash,
// or another mark.
func isLeftFlank(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'', '«', '„', '‚', '‹', ':', '\u200e', '\u202a', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// isRightFlank reports whether the character after a mark lets it close a
// quote: the end of the paragraph, a space, punctuation or a dash.
func isRightFlank(r rune) bool {
	switch r {
	case 0, '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '”', '’', '"', '\'', '»', '›', '/', '*':
		return true
	}
	return unicode.IsSpace(r)
}

// elisions begin with an apostrophe that belongs to the word: 'em, 'til,
// '90s, rock 'n' roll.
var elisions = map[string]bool{"em": true, "til": true, "cause": true, "n": true, "tis": true, "twas": true, "round": true, "bout": true, "nuff": true, "ol": true, "y": true}

// scanMarks appends the quotation marks of text[start:end] (one paragraph)
// to dst, deciding from each mark's flanks whether it can open or close.
// Apostrophes (can't, Iran's, '90s) are left out.
func scanMarks(text string, start, end int, dst []mark) []mark {
	prev := rune(0)
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		rule, ok := markRuleOf(r)
		if !ok {
			prev = r
			i += size
			continue
		}
		// Doubled apostrophes and backticks: one double mark.
		if (r == '\'' || r == '`' || r == '’' || r == '‘') && i+size < end {
			r2, size2 := utf8.DecodeRuneInString(text[i+size : end])
			if r2 == r || (r == '`' && r2 == '`') || (r == '‘' && r2 == '‘') || (r == '’' && r2 == '’') {
				next := peek(text, i+size+size2, end)
				m := mark{Span: pipeline.Span{Start: i, End: i + size + size2}, r: r, fam: famDouble, style: styleDoubleApo}
				m.opens = isLeftFlank(prev) && !unicode.IsSpace(next) && next != 0
				m.closes = isRightFlank(next) && !unicode.IsSpace(prev)
				if r == '`' {
					m.opens, m.closes = true, false
				}
				if m.opens || m.closes {
					dst = append(dst, m)
				}
				prev = r2
				i += size + size2
				continue
			}
		}
		next := peek(text, i+size, end)
		m := mark{Span: pipeline.Span{Start: i, End: i + size}, r: r, fam: rule.fam, style: rule.style}
		left, right := isLeftFlank(prev), isRightFlank(next)
		switch r {
		case '“':
			m.opens = true
			m.closes = !left && right // “ used as a closer, or closing „
		case '”':
			m.closes = true
			m.opens = left && !right && next != 0 // ” used as an opener
		case '«', '‹':
			m.opens = !unicode.IsSpace(next)
			m.closes = !left && right // reversed »…«
		case '»', '›':
			m.closes = !left || right
			m.opens = left && !right // reversed »…«
		case '„', '‚':
			m.opens = left && !unicode.IsSpace(next)
		case '"':
			m.opens = left || !right
			m.closes = right || !left
			if left && right && unicode.IsSpace(prev) && unicode.IsSpace(next) {
				m.opens, m.closes = true, true // a lone " between spaces: pairing decides
			}
		case '‘', '\'', '’', '`':
			letterBefore := unicode.IsLetter(prev) || unicode.IsDigit(prev)
			letterAfter := unicode.IsLetter(next) || unicode.IsDigit(next)
			switch {
			case letterBefore && letterAfter: // can't, Iran’s, O’Brien
			case left && isElision(text, i+size, end):
				// ’em, ’90s, ’n’
			case left && !unicode.IsSpace(next) && next != 0:
				m.opens = r != '’' || !unicode.IsDigit(next)
			case right && prev != 0 && !unicode.IsSpace(prev):
				m.closes = true // possibly a plural possessive (players’): pairing decides
			}
		}
		if n := len(dst); n > 0 && dst[n-1].End == m.Start && dst[n-1].fam == famDouble && m.fam == famDouble &&
			dst[n-1].opens && !dst[n-1].closes && m.opens && !m.closes {
			// Two double openers written together ("“You don’t …,” or
			// ““Radical …”): one opener, the quote starts after both.
			dst[n-1].End = m.End
		} else if m.opens || m.closes {
			dst = append(dst, m)
		}
		prev = r
		i += size
	}
	return dst
}

// peek returns the rune at text[i:end], or 0 at the end.
func peek(text string, i, end int) rune {
	if i >= end {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

// isElision reports whether the word starting at text[i:] makes an
// apostrophe before it part of the word: ’90s, ’em, ’n’.
func isElision(text string, i, end int) bool {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	w := text[i:j]
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return len(w) <= 3 // ’90s, ’16
	}
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	return elisions[string(appendLower(buf[:0], w))]
}

// pairMarks pairs the marks of one paragraph into top-level segments and
// appends them to dst. Inner quotes (‘…’ inside “…”) are part of their
// outer segment. open reports a top-level opener left unclosed at the
// paragraph's end (zero Span if none); stray reports the first top-level
// closer with no opener.
func pairMarks(marks []mark, para pipeline.Span, pi int, dst []segment) (out []segment, open mark, hasOpen bool, stray mark, hasStray bool) {
	var stack [16]mark
	n := 0
	for _, m := range marks {
		if n > 0 && m.closes && closesMark(stack[n-1], m) {
			n--
			if n == 0 {
				dst = append(dst, segment{
					open: stack[0].Span, close: m.Span,
					content: pipeline.Span{Start: stack[0].End, End: m.Start},
					para:    pi, style: stack[0].style,
				})
			}
			continue
		}
		if n > 0 && m.closes && m.fam == famDouble {
			// A double closer with an unclosed single inside: close the
			// nearest double opener, dropping the stray singles.
			k := n - 1
			for k >= 0 && !closesMark(stack[k], m) {
				k--
			}
			if k >= 0 && (!m.opens || stack[k].fam == famDouble) {
				n = k
				if n == 0 {
					dst = append(dst, segment{
						open: stack[0].Span, close: m.Span,
						content: pipeline.Span{Start: stack[0].End, End: m.Start},
						para:    pi, style: stack[0].style,
					})
				}
				continue
			}
		}
		if m.opens {
			if m.fam == famSingle && !m.closes && n == 0 && m.r == '’' {
				continue // a lone ’ opening at top level is an apostrophe more often than not
			}
			if n < len(stack) {
				stack[n] = m
				n++
			}
			continue
		}
		if n == 0 && m.closes && m.fam == famDouble && !hasStray {
			stray, hasStray = m, true
		}
	}
	if n > 0 {
		// The outermost double opener left open; single openers left
		// open at top level are apostrophes or typos, not quotes.
		for k := 0; k < n; k++ {
			if stack[k].fam == famDouble || stack[k].style == styleDoubleApo {
				open, hasOpen = stack[k], true
				break
			}
		}
	}
	return dst, open, hasOpen, stray, hasStray
}

// closesMark reports whether closer c closes opener o.
func closesMark(o, c mark) bool {
	if o.fam != c.fam {
		return false
	}
	switch o.r {
	case '«':
		return c.r == '»'
	case '»':
		return c.r == '«'
	case '‹':
		return c.r == '›'
	case '›':
		return c.r == '‹'
	case '„':
		return c.r == '“' || c.r == '”' || c.r == '"'
	case '‚':
		return c.r == '‘' || c.r == '’'
	}
	if c.r == '«' || c.r == '»' || c.r == '‹' || c.r == '›' {
		return false
	}
	if o.style == styleDoubleApo || c.style == styleDoubleApo {
		return o.style == c.style
	}
	return true
}

// findSegments finds the quoted segments of every paragraph of the
// document. A paragraph that opens a quote without closing it runs on into
// the next one when that one opens with a mark of the same kind; otherwise
// the quote ends with its paragraph if it opens the paragraph or follows a
// colon or comma, and is dropped if not. An odd mark never swallows more
// than its own paragraph.
func (st *state) findSegments() {
	doc := st.doc
	text := doc.Text
	st.segs = st.segs[:0]
	prevOpen := false // the previous paragraph ended inside a quote
	for pi, p := range doc.Paragraphs {
		st.marks = scanMarks(text, p.Start, p.End, st.marks[:0])
		first := len(st.segs)
		var open, stray mark
		var hasOpen, hasStray bool
		st.segs, open, hasOpen, stray, hasStray = pairMarks(st.marks, p.Span, pi, st.segs)
		startsWithOpener := len(st.marks) > 0 && st.marks[0].Start == p.Start && st.marks[0].opens
		if prevOpen && first < len(st.segs) && startsWithOpener {
			st.segs[first].flags |= contPrev
		}
		if prevOpen && !startsWithOpener && hasStray && (first == len(st.segs) || stray.End <= st.segs[first].open.Start) {
			// The writer did not reopen the quote: it runs from the
			// paragraph's start to the stray closer.
			seg := segment{close: stray.Span, content: pipeline.Span{Start: p.Start, End: stray.Start}, para: pi, flags: contPrev | noOpener}
			st.segs = append(st.segs, segment{})
			copy(st.segs[first+1:], st.segs[first:])
			st.segs[first] = seg
		}
		prevOpen = false
		if hasOpen {
			nextOpens := false
			if pi+1 < len(doc.Paragraphs) {
				np := doc.Paragraphs[pi+1]
				r, _ := utf8.DecodeRuneInString(text[np.Start:np.End])
				if rule, ok := markRuleOf(r); ok && rule.opens && (rule.fam == open.fam || open.style == styleDoubleApo) {
					nextOpens = true
				}
			}
			seg := segment{open: open.Span, content: pipeline.Span{Start: open.End, End: p.End}, para: pi, style: open.style}
			switch {
			case nextOpens:
				seg.flags |= contNext
				prevOpen = true
				st.segs = append(st.segs, seg)
			case open.Start == p.Start || precededByIntro(text, p.Start, open.Start):
				seg.flags |= unclosed
				st.segs = append(st.segs, seg)
			}
		}
		if startsWithOpener && first < len(st.segs) && pi > 0 && st.segs[first].has(contPrev) {
			continue
		}
	}
}

// precededByIntro reports whether the text before a mark ends with a colon
// or a comma: the usual introductions of a quote.
func precededByIntro(text string, start, i int) bool {
	for i > start {
		r, size := utf8.DecodeLastRuneInString(text[start:i])
		if unicode.IsSpace(r) {
			i -= size
			continue
		}
		return r == ':' || r == ','
	}
	return false
}
