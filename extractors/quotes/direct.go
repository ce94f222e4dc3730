package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/extractors/internal/turnlabel"
	"github.com/sayso/sayso/pipeline"
)

// paraTokens returns the token range of paragraph p.
func (st *state) paraTokens(p int) (int, int) {
	doc := st.doc
	pp := doc.Paragraphs[p]
	if pp.First >= pp.Last {
		return 0, 0
	}
	return doc.Sentences[pp.First].First, doc.Sentences[pp.Last-1].Last
}

// frameStart returns the first token of the stretch of narrative (text
// outside quotes, inside one sentence) that ends just before token i.
func (st *state) frameStart(i int) int {
	if i <= 0 {
		return 0
	}
	p := st.paraOf(min(i, len(st.doc.Tokens)-1))
	for k := i - 1; k >= 0; k-- {
		if st.inSeg[k] >= 0 || st.isFinal(k) || st.paraOf(k) != p || st.isPunct(k, ";") {
			return k + 1
		}
	}
	return 0
}

// frameEnd returns the end (exclusive) of the narrative stretch that starts
// at token i.
func (st *state) frameEnd(i int) int {
	n := len(st.doc.Tokens)
	if i >= n {
		return n
	}
	p := st.paraOf(i)
	for k := i; k < n; k++ {
		if st.inSeg[k] >= 0 && k > i && st.isWord(k-1) {
			// A short title inside the phrase, words on both sides
			// ("Bill Eastland, wearing a cowboy hat and “Ted Cruz”
			// campaign pins, said"): part of the frame.
			if c := st.titleClose(k); c > k && c+1 < n && st.isWord(c+1) && st.paraOf(c+1) == p {
				k = c
				continue
			}
		}
		if st.inSeg[k] >= 0 || st.isFinal(k) || st.paraOf(k) != p || st.isPunct(k, ";") {
			return k
		}
	}
	return n
}

// attributeDirect finds a speaker for every quoted segment and makes the
// attributed ones candidates.
func (st *state) attributeDirect() {
	toks := st.doc.Tokens
	// Pass 1: attributions next to the quote, in its own sentence.
	for si := range st.segs {
		s := &st.segs[si]
		if s.first >= s.last || s.content.Len() == 0 || st.segCand[si] >= 0 || st.namedTitle(si) || st.nicknameSeg(si) || st.soCalled(si) {
			continue
		}
		c := candidate{span: s.content.TrimSpace(st.doc.Text), kind: pipeline.Direct, seg: si, style: s.style, cueTok: -1, entity: -1}
		if (st.attributeAfter(si, &c) || st.attributeBefore(si, &c) || st.attributeTrailing(si, &c)) && st.speakerFitsCue(&c) {
			if st.quotedModifier(s, &c) {
				continue // "the “Avatar” star posted": a title inside the speaker's own phrase, no one's words
			}
			st.pollForShare(&c)
			st.textAuthor(&c)
			st.segCand[si] = int32(len(st.cands))
			st.outerSource(&c)
			if c.cueTok >= 0 {
				// A short quote the sentence goes on after ("According to
				// X, “Title Sponsor” was the highest level") leaves its cue
				// to the reported clause it is part of.
				if countWords(st.doc.Text, s.content) >= minDirectWords || st.wordsAfterInSentence(si) < 2 {
					st.usedCue[c.cueTok] = true
				}
				c.cue = toks[c.cueTok].Span
			}
			st.cands = append(st.cands, c)
		}
	}
}

// outerSource gives a quote attributed after it ("“…,” Walker said") the
// source its sentence names after the attribution ("…, according to an
// Associated Press account"): the news sets' gold takes the outer source
// as the quote's (docs/quotes.md, "Nested sources"); Options.InnerSpeaker
// keeps the inner one.
func (st *state) outerSource(c *candidate) {
	if st.opt.InnerSpeaker || c.pat != patAfterSubject && c.pat != patAfterInverted || c.cueTok < 0 {
		return
	}
	_, hi := st.sentenceBounds(c.cueTok)
	for k := max(c.cueTok, c.speaker.last); k+2 < hi; k++ {
		if st.inSeg[k] >= 0 {
			return
		}
		n, cue, shape := st.sourceAfterComma(k, hi, false)
		if n.ok() {
			c.speaker, c.cueTok = speakerRef{np: n}, cue
			return
		}
		if shape {
			return
		}
	}
}

// sourceAfterComma returns the source a sentence names after the comma at
// token k, closing the sentence, and its cue token: "…, according to an
// AP account", "…, reports USA Today", "…, the New York Times reported
// late Thursday". shape reports the words of the first two shapes, found
// whether or not a source follows them. closing asks an "according to"
// source to end the sentence, as reported speech needs; a direct quote
// takes it anywhere ("“…,” the pope told reporters, according to Reuters,
// during an answer" is Reuters', as the gold has it).
func (st *state) sourceAfterComma(k, hi int, closing bool) (n np, cue int, shape bool) {
	if k+2 >= hi || !st.isPunct(k, ",") || st.inSeg[k] >= 0 {
		return np{}, -1, false
	}
	if st.is(k+1, wAccording) && st.word(k+2) == "to" {
		if n := st.accordingSource(k+1, hi); n.ok() && n.form != pipeline.Pronoun && !n.rel && (n.last >= hi-1 || !closing) && !st.translation(n) {
			return n, k + 1, true
		}
		return np{}, -1, true
	}
	if w := st.word(k + 1); w == "reports" || w == "reported" {
		if n := st.npAfter(k+2, hi); n.ok() && n.form == pipeline.Named && !n.rel && n.last >= hi-1 {
			return n, k + 1, true
		}
		return np{}, -1, true
	}
	end := hi
	if st.isFinal(end - 1) {
		end--
	}
	r := k + 2
	for r < end && r-k <= maxNP && st.word(r) != "reports" && st.word(r) != "reported" {
		r++
	}
	if r >= end || r-k > maxNP || !st.onlyTimeWords(r+1, end) {
		return np{}, -1, false // (checked first: npAfter is dear)
	}
	if n := st.npAfter(k+1, hi); n.ok() && n.form == pipeline.Named && !n.rel && n.last == r {
		return n, r, false
	}
	return np{}, -1, false
}

// outerSourceReports gives a report the source its sentence names after it
// ("Kasich said he would have fired him, according to press reports"; "…,
// the New York Times reported late Thursday"; "…, reported the Washington
// Examiner"), as outerSource does for a direct quote: the gold of the news
// sets reports the whole clause, the inner attribution in it, as the outer
// source's. Options.InnerSpeaker keeps the inner one.
func (st *state) outerSourceReports() {
	if st.opt.InnerSpeaker {
		return
	}
	for i := range st.cands {
		c := &st.cands[i]
		if c.dropped || c.kind != pipeline.Indirect || c.pat != patIndirectForward || c.cueTok < 0 {
			continue
		}
		if w := st.lower(c.cueTok); w == "reports" || w == "reported" || w == "report" {
			// "The Financial Times reports that …, according to anonymous
			// officials": the paper relays what its sources say, and the
			// report is the paper's (the seed's gold).
			continue
		}
		_, hi := st.sentenceBounds(c.cueTok)
		if n, cue, _ := st.sourceAfterComma(st.tokenAt(c.span.End), hi, true); n.ok() {
			c.speaker, c.cueTok, c.cue = speakerRef{np: n}, cue, st.doc.Tokens[cue].Span
		}
	}
}

// onlyTimeWords reports whether tokens [a, b) are a time ("late Thursday",
// "on Monday", "last week"), or nothing.
func (st *state) onlyTimeWords(a, b int) bool {
	for k := a; k < b; k++ {
		switch st.word(k) {
		case "late", "early", "earlier", "on", "last", "this", "week", "month", "night", "morning", "afternoon", "evening", "today", "yesterday":
			continue
		}
		if !isWeekday(st.word(k)) {
			return false
		}
	}
	return true
}

// translation reports a phrase that names a translation of the words, not
// another source: "according to an official translation", "according to
// a translation provided by the newspaper", "according to his interpreter".
func (st *state) translation(n np) bool {
	for k := n.first; k < n.last; k++ {
		if st.info[k].cap {
			continue // (st.lower would allocate for a name's words)
		}
		switch st.word(k) {
		case "translation", "translations", "translator", "interpreter", "interpretation":
			return true
		}
	}
	return false
}

// soCalled reports a writer's term in marks, no one's words: "the
// so-called “rebels”".
func (st *state) soCalled(si int) bool {
	o := st.segs[si].first - 2 // the word before the opening mark
	return o >= 0 && (strings.EqualFold(st.word(o), "so-called") || strings.EqualFold(st.word(o), "called") && o > 0 && strings.EqualFold(st.word(o-1), "so"))
}

// nicknameSeg reports a quoted nickname, no one's words: one or two
// capitalised words in marks after "called", "known as", "nicknamed" or
// "dubbed" ("Yaw Mensah, popularly called 'Maestro', said"), or between a
// first name and a surname ("Sen. Ramon "Bong" Cruz").
func (st *state) nicknameSeg(si int) bool {
	s := &st.segs[si]
	if s.last-s.first < 1 || s.last-s.first > 2 || s.first < 2 || !st.info[s.first].cap {
		return false
	}
	if st.nicknameMarks(s.first - 1) {
		return true
	}
	a := s.last + 1 // the token after the closing mark
	return a < len(st.doc.Tokens) && st.isMark(s.last) && st.info[a].cap && st.isWord(a) && st.isFirstName(s.first-2) && st.info[s.first-2].cap
}

// quotedModifier reports a short quote that sits inside its speaker's
// phrase, between a determiner and the noun that heads it: "the “Avatar”
// star posted", "the “Never Trump” movement continues".
func (st *state) quotedModifier(s *segment, c *candidate) bool {
	b, a := s.first-2, s.last+1 // the tokens before the opening mark and after the closing one
	if b < 0 || a >= len(st.doc.Tokens) || countWords(st.doc.Text, s.content) >= minDirectWords || c.speaker.first != a {
		return false
	}
	content := strings.TrimSpace(st.doc.Text[s.content.Start:s.content.End])
	return content != "" && !strings.ContainsAny(content[len(content)-1:], ",.;:!?") && // ("a “burn bag,” the Times reported")
		st.isMark(s.first-1) && st.isMark(s.last) && st.is(b, wDet|wPossDet) && st.isWord(a) && isLowerASCII(st.word(a))
}

// speechCueBefore reports a speech, writing or asking verb between tokens
// lo and v, outside quotes, with no comma between: the report a stance
// verb's clause belongs to ("said his government expected").
func (st *state) speechCueBefore(v, lo int) bool {
	for u := v - 1; u >= lo; u-- {
		if st.isPunct(u, ",") || st.isPunct(u, ":") || st.isPunct(u, ";") || st.doc.Tokens[u].Kind == pipeline.Dash || st.inSeg[u] >= 0 {
			return false
		}
		if c := st.info[u].cue; c.isVerb() && c.class() <= asking && c.has(clause) && !st.info[u].cap && st.verbHere(u) {
			return true
		}
	}
	return false
}

// reporterBefore returns the subject of the speech cue before a stance
// verb at v (speechCueBefore) when it reads as a speaker: a name or a
// description with no verb inside it and no place ("Stacy Baker of
// Columbia, South Carolina says she thinks": the phrase found is the place).
func (st *state) reporterBefore(v, lo int) np {
	for u := v - 1; u >= lo; u-- {
		c := st.info[u].cue
		if !(c.isVerb() && c.class() <= asking && c.has(clause) && !st.info[u].cap && st.verbHere(u)) {
			continue
		}
		n := st.subjectBefore(u, lo)
		if c.form == formGerund {
			n, _ = st.mainSubject(u, lo, -1) // "X endorsed the plan, saying she believed …"
		}
		if !n.ok() || n.rel || n.form == pipeline.Pronoun || st.placeEntity(n.span) {
			return np{}
		}
		for k := n.first; k < n.last; k++ {
			if w := st.word(k); isLowerASCII(w) && (st.info[k].cue.isVerb() || len(w) > 3 && strings.HasSuffix(w, "ed")) {
				return np{} // "the Obama campaign exploited Mr. Clinton"
			}
		}
		return n
	}
	return np{}
}

// speakerFitsCue checks what a cue asks of its speaker: "read" attributes
// words to a text ("the statement read", "reads a Wednesday editorial"),
// not to a sign or a hat.
func (st *state) speakerFitsCue(c *candidate) bool {
	if c.cueTok < 0 || st.info[c.cueTok].cue.lemma() != "read" {
		return true
	}
	n := &c.speaker.np
	if n.rel {
		if n.antecedent == nil {
			return false
		}
		n = n.antecedent // "a statement which read", not "a sign which read"
	}
	if n.form == pipeline.Named || n.form == pipeline.Pronoun && !st.is(n.first, wMale|wFemale) {
		return true // "the Post reads", "it read"
	}
	for k := n.first; k < n.last; k++ {
		if st.is(k, wPrep) && k > n.first {
			break
		}
		st.buf = appendLower(st.buf[:0], st.word(k))
		if textNouns[string(st.buf)] {
			return true
		}
	}
	return false
}

// textNouns are the written texts that "read" (or "say") their words.
var textNouns = map[string]bool{"statement": true, "footnote": true, "letter": true, "email": true, "e-mail": true, "tweet": true,
	"post": true, "message": true, "release": true, "memo": true, "editorial": true, "report": true, "headline": true,
	"ad": true, "advertisement": true, "note": true, "text": true, "caption": true, "column": true, "op-ed": true,
	"filing": true, "complaint": true, "suit": true, "lawsuit": true, "ruling": true, "order": true, "document": true,
	"petition": true, "transcript": true, "notice": true, "card": true, "invitation": true, "website": true,
	"page": true, "sign": false, "banner": false, "platform": true, "resolution": true, "bill": true, "indictment": true,
	"memorandum": true, "affidavit": true}

// inheritDirect gives quotes without an attribution of their own the
// speaker of a neighbour: the quote they continue, a quote of the same
// paragraph, the attribution of the sentence before, or the last quote of
// the previous paragraph when this paragraph holds nothing but quotes (a
// run of one speaker's quotes).
func (st *state) inheritDirect() {
	for changed := true; changed; {
		changed = false
		for si := range st.segs {
			if st.segCand[si] >= 0 {
				continue
			}
			s := &st.segs[si]
			if s.first >= s.last || s.content.Len() == 0 || st.namedTitle(si) || st.nicknameSeg(si) || st.soCalled(si) {
				continue // (a name or a writer's term: no one's words)
			}
			sp, pat, ok := st.neighbourSpeaker(si)
			if !ok {
				continue
			}
			c := candidate{span: s.content.TrimSpace(st.doc.Text), kind: pipeline.Direct, seg: si, style: s.style,
				cueTok: -1, entity: -1, pat: pat, speaker: sp}
			c.speaker.inherited = true
			st.segCand[si] = int32(len(st.cands))
			st.cands = append(st.cands, c)
			changed = true
		}
	}
}

// neighbourSpeaker returns the speaker segment si inherits.
func (st *state) neighbourSpeaker(si int) (speakerRef, pattern, bool) {
	s := &st.segs[si]
	from := func(ci int, p pattern) (speakerRef, pattern, bool) {
		if ci < 0 || !st.cands[ci].speaker.ok() {
			return speakerRef{}, patNone, false
		}
		return st.cands[ci].speaker, p, true
	}
	if s.has(contPrev) && si > 0 && st.segCand[si-1] >= 0 {
		return from(int(st.segCand[si-1]), patContinued)
	}
	// Same paragraph: the nearest attributed segment, unless another
	// attribution cue stands between them.
	best, bestDist := -1, 1<<30
	for _, d := range [2]int{-1, 1} {
		for k := si + d; k >= 0 && k < len(st.segs) && st.segs[k].para == s.para; k += d {
			if st.segCand[k] < 0 {
				continue
			}
			lo, hi := st.segs[k].last, s.first
			if d > 0 {
				lo, hi = s.last, st.segs[k].first
			}
			if st.cueBetween(lo, hi, st.cands[st.segCand[k]].cueTok) {
				break
			}
			dist := hi - lo
			if d < 0 {
				dist = -1 // the speaker of the quote before goes on
			}
			if dist < bestDist {
				best, bestDist = int(st.segCand[k]), dist
			}
			break
		}
	}
	if best >= 0 {
		return from(best, patSameParagraph)
	}
	// A quote that opens a sentence after one whose speaker is known:
	// "Coan argues that his client … . “The government is alleging …”"
	if sp, ok := st.prevSentenceSpeaker(si); ok {
		return sp, patPrevSentence, true
	}
	// A paragraph of quotes only, after a paragraph whose last quote has a
	// speaker, or after a paragraph of narrative that ends with what
	// someone said ("Howard continued his scathing remarks.").
	if s.para > 0 && st.onlyQuotes(s.para) {
		if si > 0 {
			k := si - 1
			if st.segs[k].para == s.para-1 && st.segCand[k] >= 0 && st.lastQuoteEndsParagraph(k) {
				return from(int(st.segCand[k]), patFloating)
			}
		}
		if (si == 0 || st.segs[si-1].para < s.para-1) && (si == 0 || st.segs[si-1].para != s.para) {
			if sp, ok := st.narrativeSpeaker(s.para - 1); ok {
				return sp, patFloating, true
			}
		}
		if si > 0 && st.segs[si-1].para == s.para-1 && st.segCand[si-1] < 0 {
			// The paragraph before holds a scare quote only: "What “go
			// after them” means is left to the imagination of voters,
			// since Trump spoke only in evasive bromides."
			if sp, ok := st.lastSentenceSpoke(s.para - 1); ok {
				return sp, patFloating, true
			}
		}
	}
	return speakerRef{}, patNone, false
}

// speakerAfterCue reports a speaker mention that stands after token c.
func (st *state) speakerAfterCue(sp speakerRef, c int) bool { return sp.first > c }

// narrativeSpeaker returns who speaks in the last sentence of paragraph p,
// a paragraph without quotes: the speaker of its reported speech, or the
// subject of its speech verb.
func (st *state) narrativeSpeaker(p int) (speakerRef, bool) {
	pp := st.doc.Paragraphs[p]
	if pp.First >= pp.Last {
		return speakerRef{}, false
	}
	sent := st.doc.Sentences[pp.Last-1]
	if sp, ok := st.speechSubject(sent.First, sent.Last, false); ok {
		return sp, true
	}
	return st.lastSentenceSpoke(p)
}

// lastSentenceSpoke returns the subject of "spoke" in the last sentence of
// paragraph p (spokeSubject).
func (st *state) lastSentenceSpoke(p int) (speakerRef, bool) {
	pp := st.doc.Paragraphs[p]
	if pp.First >= pp.Last {
		return speakerRef{}, false
	}
	si := pp.Last - 1
	if last := st.doc.Sentences[si]; st.lastWordIs(last.First, last.Last, ")") {
		// "Richards also spoke about the case …. (The laws require ….
		// The legislation also …)": the aside after it.
		for k := si; k > pp.First; k-- {
			if st.word(st.doc.Sentences[k].First) == "(" {
				si = k - 1
				break
			}
		}
	}
	sent := st.doc.Sentences[si]
	return st.spokeSubject(sent.First, sent.Last)
}

// lastWordIs reports whether the last non-final token of [lo, hi) is w.
func (st *state) lastWordIs(lo, hi int, w string) bool {
	for k := hi - 1; k >= lo; k-- {
		if st.isFinal(k) {
			continue
		}
		return st.word(k) == w
	}
	return false
}

// spokeSubject returns the named subject of "spoke" (or "speaks",
// "spoken") in the narrative sentence of tokens [lo, hi), which may
// introduce a paragraph of that person's quotes: "…, since Trump spoke only
// in evasive bromides during the interview. ⏎ “We have to do something.”"
// Not a cue: no sentence of its own is reported speech for it.
func (st *state) spokeSubject(lo, hi int) (speakerRef, bool) {
	for v := lo; v < hi; v++ {
		if si := st.inSeg[v]; si >= 0 {
			if countWords(st.doc.Text, st.segs[si].content) >= minDirectWords {
				return speakerRef{}, false // someone's words: the sentence is no narrative
			}
			continue // a scare quote: "What “go after them” actually means"
		}
		if w := st.word(v); w != "spoke" && w != "speaks" && w != "spoken" {
			continue
		}
		if n := st.subjectBefore(v, lo); n.ok() && !n.rel && (n.form == pipeline.Named || n.form == pipeline.Pronoun) {
			return speakerRef{np: n}, true
		}
		return speakerRef{}, false
	}
	return speakerRef{}, false
}

// speechSubject returns who speaks in the narrative sentence of tokens
// [lo, hi): the speaker of its reported speech, or the subject of its
// speech verb.
func (st *state) speechSubject(lo, hi int, descOK bool) (speakerRef, bool) {
	for i := range st.cands {
		c := &st.cands[i]
		if !c.dropped && c.kind == pipeline.Indirect && c.cueTok >= lo && c.cueTok < hi && c.speaker.ok() && !c.speaker.rel {
			return c.speaker, true
		}
	}
	for v := lo; v < hi; v++ {
		if st.inSeg[v] >= 0 {
			return speakerRef{}, false
		}
		vi := st.info[v]
		// A stance spoken aloud counts ("Valastro praised Christie's
		// leadership. ⏎ “…”"); a thought does not ("They think the
		// progress is real. ⏎ “…”" is the writer's pull quote).
		if !vi.cue.isVerb() || vi.cap || vi.cue.class() > asking && (vi.cue.class() != stance || thoughts[vi.cue.lemma()]) ||
			vi.cue.form == formGerund || !st.verbHere(v) {
			continue
		}
		if n := st.subjectBefore(v, lo); n.ok() && !n.rel && (n.form != pipeline.Description || descOK) {
			return speakerRef{np: n}, true
		}
		return speakerRef{}, false
	}
	return speakerRef{}, false
}

// thoughts are the stance cues that say what someone thinks, not what
// they said aloud.
var thoughts = map[string]bool{"believe": true, "think": true, "hope": true, "fear": true, "expect": true, "worry": true,
	"anticipate": true, "wonder": true}

// prevSentenceSpeaker finds the speaker of the sentence before a quote that
// opens a sentence: an attribution in that sentence (same paragraph), or,
// for a quote that opens a paragraph after one that ends with a colon, the
// subject of that colon's sentence.
func (st *state) prevSentenceSpeaker(si int) (speakerRef, bool) {
	s := &st.segs[si]
	o := st.tokenAt(s.open.Start)
	if o == 0 || s.open.IsZero() {
		return speakerRef{}, false
	}
	prev := o - 1
	colon := st.isPunct(prev, ":")
	if st.paraOf(prev) != s.para && !(colon && st.paraOf(prev) == s.para-1) {
		return speakerRef{}, false
	}
	if !colon && !(st.isFinal(prev) && st.inSeg[prev] < 0) {
		return speakerRef{}, false
	}
	lo, _ := st.sentenceBounds(prev)
	best := -1
	for i := range st.cands {
		c := &st.cands[i]
		if c.dropped || c.cueTok < lo || c.cueTok >= prev || !c.speaker.ok() {
			continue
		}
		// A report inside a subordinate clause ("…,” Lieberman told the
		// Journal, after de Blasio stated an interest in …. “…”") yields
		// to the main clause's.
		if best < 0 || st.subordinateSpeaker(c) == st.subordinateSpeaker(&st.cands[best]) && c.cueTok > st.cands[best].cueTok ||
			st.subordinateSpeaker(&st.cands[best]) && !st.subordinateSpeaker(c) {
			best = i
		}
	}
	if best >= 0 {
		// "“…,” Ebeling said, and her husband cut in. “…”": a later
		// speech verb of the sentence, with no quote of its own, speaks
		// last.
		if c := st.cands[best].cueTok; c+1 < prev && !colon {
			if sp, ok := st.speechSubject(c+1, prev, true); ok && st.speakerAfterCue(sp, c) && !(sp.first > 0 && (st.is(sp.first-1, wSub) && !st.is(sp.first-1, wThat) || st.is(sp.first-1, wRel))) {
				return sp, true
			}
		}
		return st.cands[best].speaker, true
	}
	if !colon && st.paraOf(prev) == s.para {
		// "Iowa State University's Dianne Bystrom agreed. “…”": a
		// sentence of narrative speech just before.
		if sp, ok := st.speechSubject(lo, prev, true); ok {
			return sp, true
		}
	}
	if colon {
		// "When Wallace died in 1998, President Clinton released the
		// following statement:" — the main clause after an opening
		// subordinate one.
		if st.is(lo, wSub) && !st.is(lo, wThat) {
			for k := lo + 1; k < prev && k-lo <= 20 && st.inSeg[k] < 0; k++ {
				if st.isPunct(k, ",") {
					if n := st.sentenceSubject(lo, prev); n.ok() && n.first > k && !n.rel && n.form != pipeline.Description {
						return speakerRef{np: n}, true
					}
					break
				}
			}
		}
		// "The Times made these allegations in February, and Breitbart
		// News responded:" — the subject of the speech verb before the
		// colon.
		for v := prev - 1; v >= lo && st.inSeg[v] < 0; v-- {
			vi := st.info[v]
			if !vi.cue.isVerb() || vi.cap || vi.cue.class() > asking || vi.cue.form == formGerund || !st.verbHere(v) {
				continue
			}
			if n := st.subjectBefore(v, lo); n.ok() && !n.rel && n.form != pipeline.Description {
				return speakerRef{np: n}, true
			}
			break
		}
		// "He then listed the qualities …:" — the sentence's subject, in
		// its narrative: a verb or a subject inside a quote is none.
		for v := lo; v < prev; v++ {
			if st.inSeg[v] >= 0 {
				continue
			}
			if st.info[v].cue.isVerb() || st.is(v, wVerb) {
				if n := st.subjectBefore(v, lo); n.ok() && n.form != pipeline.Description && st.inSeg[n.first] < 0 {
					return speakerRef{np: n}, true
				}
				// "Stated Stone:"
				if st.info[v].cue.has(inverts) {
					if n := st.npAfter(v+1, prev); n.ok() && n.last == prev && n.form != pipeline.Pronoun {
						return speakerRef{np: n}, true
					}
				}
				break
			}
		}
		// "In response, Donald Trump issued the following statement:" —
		// a text its sentence's subject put out, its words in the
		// paragraph after.
		if v := st.issuedText(lo, prev); v >= 0 {
			if n := st.sentenceSubject(st.afterOpener(lo, prev), prev); n.ok() && !n.rel && n.last <= v && !textNouns[st.lower(n.last-1)] {
				return speakerRef{np: n}, true
			}
		}
	}
	return speakerRef{}, false
}

// headlinePerson returns the token after a person mention of the entity
// stage that opens the name n and ends inside it, when n is in a title-case
// headline; else -1.
func (st *state) headlinePerson(n np) int {
	if !st.titleCaseParagraph(st.paraOf(n.first)) {
		return -1
	}
	toks := st.doc.Tokens
	for _, m := range st.doc.Mentions {
		if m.Start > toks[n.first].Start {
			break
		}
		if m.Start == toks[n.first].Start && m.Type == pipeline.Person && m.End < toks[n.last-1].End {
			if b := st.tokenAt(m.End - 1); b >= n.first && toks[b].End == m.End {
				return b + 1
			}
		}
	}
	return -1
}

// issuedText returns the verb of "issued the following statement", "released
// a short statement", "posted this message" ending just before the colon at
// token colon, or -1.
func (st *state) issuedText(lo, colon int) int {
	h := colon - 1
	if h <= lo || st.inSeg[h] >= 0 || st.info[h].cap || !textNouns[st.word(h)] {
		return -1
	}
	for k := h - 1; k >= lo && h-k <= 4; k-- {
		if issueVerbs[st.word(k)] {
			return k
		}
		if st.info[k].cap || !st.isWord(k) || st.is(k, wPrep) {
			return -1
		}
	}
	return -1
}

// issueVerbs put out a text: its words follow the colon.
var issueVerbs = map[string]bool{"issued": true, "issues": true, "released": true, "releases": true, "posted": true, "posts": true,
	"published": true, "publishes": true, "sent": true, "sends": true, "shared": true, "shares": true, "provided": true,
	"provides": true, "emailed": true, "e-mailed": true, "put": true, "puts": true, "gave": true, "gives": true}

// subordinateSpeaker reports a candidate whose speaker opens a subordinate
// clause ("after de Blasio stated …") or a relative one ("an appearance
// during which callers asked …", "a candidate who promised …").
func (st *state) subordinateSpeaker(c *candidate) bool {
	f := c.speaker.first
	return c.speaker.rel || f > 0 && (st.is(f-1, wSub) && !st.is(f-1, wThat) || st.is(f-1, wRel))
}

// cueBetween reports whether a speech cue verb with a subject stands in the
// narrative between tokens lo and hi.
func (st *state) cueBetween(lo, hi, except int) bool {
	for k := lo; k < hi && k < len(st.info); k++ {
		if k != except && st.inSeg[k] < 0 && st.info[k].cue.isVerb() && !st.info[k].cap && st.info[k].cue.class() <= asking {
			return true
		}
		if k != except && st.inSeg[k] < 0 && st.passive(k) && st.namingAgent(k, hi).ok() {
			return true // "She has been described by the historian X as “…”": the agent's, not the last speaker's
		}
	}
	return false
}

// onlyQuotes reports whether paragraph p is made of quoted segments only
// (give or take punctuation).
func (st *state) onlyQuotes(p int) bool {
	a, b := st.paraTokens(p)
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if st.inSeg[k] < 0 && st.isWord(k) {
			return false
		}
	}
	return true
}

// lastQuoteEndsParagraph reports whether segment k is its paragraph's last
// and only narrative attribution follows it (the run of quotes goes on).
func (st *state) lastQuoteEndsParagraph(k int) bool {
	s := &st.segs[k]
	if k+1 < len(st.segs) && st.segs[k+1].para == s.para {
		return false
	}
	// The narrative after it is one sentence at most: its attribution
	// ("…,” said Murphy, who thinks often about the son’s last words.).
	_, b := st.paraTokens(s.para)
	words := 0
	for i := s.last; i < b; i++ {
		if st.inSeg[i] >= 0 {
			continue
		}
		if st.isWord(i) {
			words++
		}
		if st.isFinal(i) && i+1 < b {
			return words <= 40 && st.narrativeTail(i+1, b)
		}
	}
	return words <= 40
}

// narrativeTail reports a last sentence [lo, hi) of narrative after a
// quote's attribution that hands the floor to no one else: no quote, no
// speech verb, no person named ("“…,” Trump added. He then had a question
// for the crowd. ⏎ “Who’s going to pay for it?”").
func (st *state) narrativeTail(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if st.inSeg[i] >= 0 || st.isFinal(i) && i+1 < hi || st.info[i].cue.isVerb() && !st.info[i].cap && st.verbHere(i) {
			return false
		}
	}
	span := pipeline.Span{Start: st.doc.Tokens[lo].Start, End: st.doc.Tokens[hi-1].End}
	for _, m := range st.doc.Mentions {
		if m.Start >= span.End {
			break
		}
		if m.Type == pipeline.Person && m.Overlaps(span) {
			return false
		}
	}
	return true
}

// inRelativeClause reports a quote that stands inside a relative clause
// ("DeSantis, who has called the war a “territorial dispute,” said he …"):
// a "who" or "which" after a comma at most 20 tokens before its opening
// mark, in its sentence, with no other quote between, and a word right
// before the mark. The cue after the quote is the main clause's, and the
// words after that cue are no speaker of the quote. (Whether the clause
// hangs on the subject is not checked.)
func (st *state) inRelativeClause(s *segment) bool {
	o := st.tokenAt(s.open.Start)
	if o <= 0 || !st.isWord(o-1) {
		return false
	}
	si := st.tokSent[o]
	for j := o - 1; j > 0 && st.tokSent[j] == si && o-j <= 20; j-- {
		if st.inSeg[j] >= 0 || st.isFinal(j) {
			return false
		}
		if w := st.word(j); (w == "who" || w == "which") && st.isPunct(j-1, ",") {
			return true
		}
	}
	return false
}

// attributeAfter looks right of segment si for "…," X said / "…," said X /
// "…" — X.
func (st *state) attributeAfter(si int, c *candidate) bool {
	s := &st.segs[si]
	toks := st.doc.Tokens
	if s.close.IsZero() {
		return false
	}
	a := st.tokenAt(s.close.End)
	for a < len(toks) && st.inSeg[a] == int32(si) {
		a++
	}
	if a < len(toks) && st.paraOf(a) == s.para+1 && toks[a].Kind == pipeline.Dash && !s.has(contNext) {
		// "“…”" then a paragraph "- Bernie Sanders." (or "-President
		// Obama, tweeting after the speech."): the signature.
		if n := st.npAfter(a+1, len(toks)); n.ok() && n.form != pipeline.Pronoun && st.paraOf(n.last-1) == s.para+1 {
			_, b := st.paraTokens(s.para + 1)
			if n.last >= b-1 || st.isPunct(n.last, ",") && b-a <= 20 {
				c.speaker.np, c.pat = n, patAfterDash
				return true
			}
		}
	}
	if a >= len(toks) || st.paraOf(a) != s.para && !(s.has(contNext)) {
		return false
	}
	e := st.frameEnd(a)
	if a >= e {
		return false
	}
	endsSentence := endsWithFinal(st.doc.Text, s.content)
	if endsSentence && strings.HasSuffix(strings.TrimSpace(st.doc.Text[s.content.Start:s.content.End]), ".") && st.cueBeforeOpen(s) {
		// "X told reporters that Iran “….” IRNA quoted the spokesman as
		// saying …": a quote its own sentence attributes before it leaves
		// the next sentence's cue to that sentence.
		return false
	}
	k := a
	for k < e && (st.isPunct(k, ",") || toks[k].Kind == pipeline.Dash) {
		k++
	}
	if k >= e {
		return false
	}
	// "…" — X, at the end of a paragraph or before a comma.
	if k > a && toks[k-1].Kind == pipeline.Dash {
		v := e - 1
		if v > k && toks[v].Kind == pipeline.Dash {
			v-- // the dash that closes the aside
		}
		if v > k && st.isWord(v) && !st.info[v].cap && st.info[v-1].cap && mannerVerb(st.word(v)) {
			// "…" — Solberg paused — "…": a name and its verb of manner
			// between the dashes; the verb is no part of the name.
			if n := st.npAfter(k, v); n.ok() && n.form != pipeline.Pronoun && n.last == v && st.info[v-1].cap {
				c.speaker.np, c.pat = n, patAfterDash
				return true
			}
		}
		if n := st.npAfter(k, e); n.ok() && n.form != pipeline.Pronoun && n.last >= e-1 {
			c.speaker.np, c.pat = n, patAfterDash
			return true
		}
	}
	// "“…,” according to Judicial Watch."
	if st.is(k, wAccording) && k+1 < e && st.word(k+1) == "to" {
		if n := st.npAfter(k+2, e); n.ok() && n.form != pipeline.Pronoun {
			c.speaker.np, c.pat, c.cueTok = n, patAccording, k
			return true
		}
	}
	inf := st.info[k]
	if inf.cue.isVerb() && !inf.cap || inf.cue.isVerb() && k == a {
		// "…," said X.
		if inf.cue.has(inverts) && inf.cue.form != formGerund && !st.inRelativeClause(s) {
			if n := st.npAfter(k+1, e); n.ok() { // a pronoun too ("…," said he)
				c.speaker.np, c.pat, c.cueTok = n, patAfterInverted, k
				return true
			}
		}
	}
	// "…," X said. Find the first cue verb whose subject starts the frame.
	for v := k; v < e && v-k <= maxNP+4; v++ {
		vi := st.info[v]
		// A capitalised cue after an appositive ("Murphy, the head of
		// Right to Rise USA, Tweeted on Friday") is a typo, not a title.
		capOK := vi.cap && v > k && st.isPunct(v-1, ",") && !st.doc.Tokens[v].Is(pipeline.SentStart) && !st.titleCaseParagraph(st.paraOf(v))
		if !vi.cue.isVerb() || vi.cap && v != k && !capOK || !st.verbHere(v) {
			continue // "they say" is fine, but "to say" or "news reports" are not attributions
		}
		sv := v
		if vi.cue.form == formGerund && v-2 > k && (st.word(v-1) == "heard" || st.word(v-1) == "seen") && st.isBe(v-2) {
			sv = v - 1 // "“…?” a reporter can be heard asking Trump"
		}
		n := st.subjectBefore(sv, k)
		if !n.ok() {
			if st.passiveQuoted(v) {
				continue
			}
			break
		}
		if n.first > k+1 && st.word(n.first-1) == "and" {
			// "the Florida senator and Republican presidential candidate said"
			if m := st.npEndingAt(n.first-2, k); m.ok() && m.first == k && m.form != pipeline.Pronoun {
				two := n.partner == nil && st.coordinated(&m, &n, n.first-1)
				n.first, n.span = m.first, st.span(m.first, n.last)
				if two {
					n.partner, n.plural = &m, true // "Mr. Trump and Mr. Pence said": two people
				} else if m.form == pipeline.Description && n.form == pipeline.Named && n.nameFirst > 0 {
					n.form = pipeline.Named
				} else {
					n.form = m.form
					n.nameFirst, n.nameLast = m.nameFirst, m.nameLast
				}
			}
		}
		if n.first != k && !(n.antecedent != nil && n.antecedent.first == k) && !st.descriptionThenName(k, n.first) &&
			!(n.first == k+1 && st.is(k, wAs)) && // "…,” as Cruz said on Monday,
			!st.nameModifiers(k, n) { // "Fight for $15 organizing director Kendall Fells told"
			break
		}
		if endsSentence && (!st.bareAttribution(v, e) || vi.cue.class() == stance) {
			// "… community.” For someone who had defended the ban, …": a
			// stance verb names the speaker of a fragment only.
			return false
		}
		if o := st.tokenAt(s.open.Start); endsSentence && !s.open.IsZero() && o > 0 && (st.isPunct(o-1, ",") || st.isPunct(o-1, ":")) &&
			e < len(toks) && st.inSeg[e] >= 0 && (st.isPunct(e-1, ",") || st.isPunct(e-1, ":")) {
			// "as the archbishop told the AP, “….” He added, “…”": a quote
			// its own sentence introduces leaves the next cue to the next
			// quote.
			return false
		}
		if endsSentence && strings.HasSuffix(strings.TrimSpace(st.doc.Text[s.content.Start:s.content.End]), ".") &&
			e < len(toks) && st.inSeg[e] >= 0 && !st.isPunct(e-1, ",") && !st.isPunct(e-1, ":") {
			// "… citizens.” Mike Huckabee called the program “worse than
			// amnesty.”": after a period, the next sentence's cue takes its
			// own quote (after "?" or "!" the sentence may go on: "“…?”
			// Clinton asks as a guy walks in, saying he is “…”").
			return false
		}
		if sp, ok := st.asSaying(v, e); ok {
			c.speaker.np, c.pat, c.cueTok = sp, patAsSaying, v
			return true
		}
		c.speaker.np, c.pat, c.cueTok = n, patAfterSubject, v
		return true
	}
	return false
}

// cueBeforeOpen reports a cue verb in the narrative of the segment's
// sentence before its opening mark ("told reporters that Iran “…”").
func (st *state) cueBeforeOpen(s *segment) bool {
	if s.open.IsZero() {
		return false
	}
	o := st.tokenAt(s.open.Start)
	lo, _ := st.sentenceBounds(o)
	for k := lo; k < o; k++ {
		if st.inSeg[k] < 0 && st.info[k].cue.isVerb() && st.verbHere(k) {
			return true
		}
	}
	return false
}

// catenativeUse reports a cue verb that is a catenative here, before "to"
// and a verb that is no cue ("Rubio will continue to be “…”", "she began to
// cry"): not speech, and its subject is no speaker. Before a cue it is the
// catenative of the cue ("continued to insist", catenative).
func (st *state) catenativeUse(v int) bool {
	if v+2 >= len(st.doc.Tokens) || !catenatives[st.lower(v)] || !strings.EqualFold(st.word(v+1), "to") {
		return false
	}
	return st.is(v+2, wAux|wVerb) && !st.info[v+2].cue.isVerb()
}

// nameModifiers reports a named subject whose phrase the rules cut short
// after capitalised modifiers: the tokens from k up to the name are a short
// run of words without verbs or clause punctuation ("Fight for $15
// organizing director Kendall Fells").
func (st *state) nameModifiers(k int, n np) bool {
	if n.form != pipeline.Named || n.first-k > 6 || !st.info[k].cap {
		return false
	}
	for j := k; j < n.first; j++ {
		if st.isPunct(j, ",") || st.isFinal(j) || st.isMark(j) || st.info[j].cue.isVerb() || st.is(j, wVerb|wAux|wPron|wConj|wThat) ||
			st.verbLike(j) && !st.pluralNoun(j) {
			return false // "Sharpton later clarified that to mean Clinton never supported"
		}
	}
	return true
}

// descriptionThenName reports "the GOP nominee, Donald Trump, tweeted":
// tokens [k, f) are a description and a comma before the name at f.
func (st *state) descriptionThenName(k, f int) bool {
	if f-1 <= k || !st.isPunct(f-1, ",") {
		return false
	}
	d := st.npAfter(k, f-1)
	return d.ok() && d.last == f-1
}

// verbHere reports whether the cue word at v is used as a verb: base forms
// need a subject or an auxiliary before them (prevIsAux), and third-person
// forms that are also plural nouns ("states", "reports") a singular
// subject.
func (st *state) verbHere(v int) bool {
	c := st.info[v].cue
	switch {
	case !c.isVerb():
		return false
	case (c.form == formPast || c.form == formParticiple) && v > 0 && st.is(v-1, wDet|wPossDet) && !st.is(v-1, wPron) &&
		v+1 < len(st.doc.Tokens) && st.isWord(v+1) && !st.is(v+1, wPrep|wDet|wThat|wPron|wConj|wAdv):
		return false // "a written statement", "his prepared remarks"
	case c.form == formPast || c.form == formParticiple:
		return !st.afterPrepObject(v) // "said in a video posted on LinkedIn": a reduced relative
	case c.lemma() == "remind" && st.remindsOf(v):
		return false // "Clinton's situation reminds him of the 1969 book": a likeness, not words
	case c.form == formBase && modifierNouns[st.word(v)] && v+1 < len(st.doc.Tokens) && st.isWord(v+1) && !st.info[v+1].cap &&
		!st.is(v+1, wThat|wDet|wPossDet|wPron|wPrep|wConj|wAdv|wSub) && !st.isLyAdverb(v+1):
		return false // "for many state workers", "endorsing eight state legislative candidates": a noun before a noun
	case c.form == formBase:
		return st.prevIsAux(v)
	case c.form == formThird && nounForms[st.lower(v)]:
		return st.thirdIsVerb(v)
	}
	return true
}

// opensQuote reports token k as the opening mark of a quoted segment.
func (st *state) opensQuote(k int) bool {
	if k >= len(st.doc.Tokens) || st.inSeg[k] < 0 {
		return false
	}
	o := st.segs[st.inSeg[k]].open
	return !o.IsZero() && st.tokenAt(o.Start) == k
}

// quoteAside reports the writer's "and I quote" (or ", I quote,") at the
// cue v, inside another cue's attribution.
func (st *state) quoteAside(v int) bool {
	if v < 2 || st.word(v) != "quote" || st.word(v-1) != "I" {
		return false
	}
	return st.word(v-2) == "and" || st.isPunct(v-2, ",")
}

// ofNameGerund returns the name between "of" and the gerund cue at v,
// which is that person's speaking: "reminds me of Abraham Lincoln saying
// that “…”".
func (st *state) ofNameGerund(v, lo int) np {
	if st.info[v].cue.form != formGerund || v-1 < lo {
		return np{}
	}
	n := st.npEndingAt(v-1, lo)
	if !n.ok() || n.form != pipeline.Named || n.rel || n.first-1 < lo || st.word(n.first-1) != "of" {
		return np{}
	}
	return n
}

// remindsOf reports "of" after the object of the "remind" at v: "reminds
// him of", "reminded the audience of".
func (st *state) remindsOf(v int) bool {
	for k := v + 1; k < len(st.doc.Tokens) && k <= v+4; k++ {
		if st.word(k) == "of" {
			return true
		}
		if !st.isWord(k) || st.is(k, wThat) || st.inSeg[k] >= 0 {
			return false
		}
	}
	return false
}

// modifierNouns are base-form cues that news mostly writes as a noun
// before another noun ("state workers", "state legislative candidates"):
// followed by a lower-case word that opens no clause, they are no verb.
var modifierNouns = map[string]bool{"state": true}

// afterPrepObject reports a cue right after a preposition's object, after
// the sentence's verb ("said in a video posted on LinkedIn"): a participle
// modifying that object, which is no subject.
func (st *state) afterPrepObject(v int) bool {
	k := v - 1
	for k > 0 && v-k <= 3 && st.isWord(k) && !st.info[k].cap && !st.is(k, wDet|wPossDet|wPron|wPrep|wAux|wConj|wSub|wRel|wThat) {
		k--
	}
	if k == v-1 || k < 1 || !st.is(k, wDet|wPossDet) || st.is(k, wPron) {
		return false
	}
	if !st.is(k-1, wPrep) || st.is(k-1, wThat) {
		return false
	}
	// Only after the sentence's own verb: "the officials in the room
	// said" is a subject and its verb.
	for j := k - 2; j >= 0 && st.tokSent[j] == st.tokSent[v] && st.inSeg[j] < 0; j-- {
		if c := st.info[j].cue; c.isVerb() && (c.form == formPast || c.form == formThird) && !st.info[j].cap {
			return true
		}
		if st.is(j, wAux) && st.word(j) != "'s" && st.word(j) != "’s" {
			return false // "who has in the past described": a perfect
		}
	}
	return false
}

// prevIsAux reports whether a cue in its base form (say, state, report) is
// a verb here: after a modal or auxiliary ("will say", "did not say"), a
// plural or pronoun subject ("officials say", "they claim"), not after "to",
// a determiner or an adjective ("a new report", "state department").
func (st *state) prevIsAux(v int) bool {
	if v == 0 {
		return false
	}
	k := v - 1
	for k > 0 && (st.is(k, wAdv) && !st.is(k, wDet|wPrep) || st.isLyAdverb(k)) && v-k < 3 {
		k--
	}
	w := st.word(k)
	switch {
	case w == "to" || w == "To":
		return false
	case st.is(k, wAux) && w != "'s" && w != "’s":
		return true
	case st.is(k, wPron|wRel) && !st.is(k, wPossDet):
		return true
	case (w == "'s" || w == "’s") && st.opensQuote(v+1):
		// "the inspector general's report “wasn't good”": a possessive,
		// the cue's form a noun whose predicate the quote is (not "the
		// campaign's claim that …", which the verb reading reports right).
		return false
	case st.is(k, wPlural) || st.isWord(k) && !st.info[k].cap && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !st.is(k, wDet|wPrep|wConj|wSub):
		return true
	case st.info[k].cap && st.isWord(k) && strings.HasSuffix(w, "s") && !st.is(k, wDet):
		return true // "Democrats say", "Republicans claim"
	case st.doc.Tokens[k].Kind == pipeline.Number || w == "percent" || w == "%" || w == "10" || st.is(k, wNum) && !st.is(k, wDet) || st.shareWord(k):
		return true // "61 percent say", "one in five say", "nearly a third say"
	case len(w) > 4 && strings.HasSuffix(w, "ed") && k > 0 && st.is(k-1, wDet):
		return true // "those surveyed say"
	case w == "," || w == ")":
		// "Executives for Mondelez, which …, say"; "The two lawmakers,
		// however, argue".
		for j := k - 1; j >= 0 && k-j < 25; j-- {
			if st.isPunct(j, ",") || st.isFinal(j) {
				if j+1 < k && st.is(j+1, wRel) {
					return true
				}
				if st.isPunct(j, ",") && st.numericAsideStart(k, j-1) == j {
					return true // "Just shy of half, 49%, say"
				}
				if st.isPunct(j, ",") && j+1 < k && j > 0 && (st.is(j+1, wAdv|wPrep|wTime) && !st.is(j+1, wDet) || st.participleAside(j+1, k) || st.addedSubject(j+1, k)) {
					return st.prevIsAux(j)
				}
				return false
			}
		}
	case st.doc.Tokens[k].Kind == pipeline.Dash:
		// "Democrats — and some Republicans — say"
		for j := k - 1; j > 0 && k-j < 12; j-- {
			if st.doc.Tokens[j].Kind == pipeline.Dash {
				return st.addedSubject(j+1, k) && st.prevIsAux(j)
			}
			if st.isFinal(j) || st.inSeg[j] >= 0 {
				return false
			}
		}
	}
	// "Executives who have worked with him say": a plural head before
	// its relative clause.
	if h := st.relativeHead(k, max(0, k-maxNP-16)); h.ok() && h.plural {
		return true
	}
	if h := st.participleHead(k, max(0, k-maxNP-14)); h.ok() {
		return true // "Democrats trying to regain control of the Senate say"
	}
	// "Proponents of the new bill say": a plural head before a
	// prepositional phrase.
	if st.isWord(k) && !st.info[k].cap && k > 2 {
		if n := st.npEndingAt(k, max(0, k-maxNP)); n.ok() && n.form == pipeline.Description && n.plural && n.last == k+1 && st.holdsPrep(n) {
			return true
		}
	}
	if st.info[k].cap && st.isWord(k) {
		// A name after "and" or after a plural noun's preposition:
		// "Jeb Bush and Chris Christie say", "Aides to Clinton say".
		j := k
		for j > 0 && (st.nameTok(j-1) || st.isPunct(j-1, ".") && st.abbrevPeriod(j-1)) && k-j < 5 {
			j--
		}
		if j >= 2 && st.word(j-1) == "and" && st.nameTok(j-2) && !st.is(j-2, wDet) {
			return true
		}
		if j >= 2 && st.is(j-1, wPrep) && !st.info[j-1].cap && (st.is(j-2, wPlural) || st.pluralNoun(j-2)) && (!st.info[j-2].cap || st.doc.Tokens[j-2].Is(pipeline.SentStart)) {
			return true
		}
	}
	return false
}

// addedSubject reports an aside of tokens [a, b) that adds to the subject:
// "and some Republicans", "or their allies".
func (st *state) addedSubject(a, b int) bool {
	if b-a < 2 || st.word(a) != "and" && st.word(a) != "or" {
		return false
	}
	n := st.npAfter(a+1, b)
	return n.ok() && n.last == b
}

// holdsPrep reports whether phrase n has a preposition inside it.
func (st *state) holdsPrep(n np) bool {
	for k := n.first + 1; k < n.last; k++ {
		if st.is(k, wPrep) && !st.info[k].cap {
			return true
		}
	}
	return false
}

// passiveQuoted reports "was quoted", "were told" before a cue.
func (st *state) passiveQuoted(v int) bool {
	return v > 0 && st.is(v-1, wAux)
}

// asSaying recognises "reported an official as saying" and "was quoted as
// saying": the speaker is the phrase before "as".
func (st *state) asSaying(v, e int) (np, bool) {
	if !st.info[v].cue.has(asSays) {
		return np{}, false
	}
	for k := v + 1; k+1 < e && k-v < maxNP+2; k++ {
		if st.is(k, wAs) && st.info[k+1].cue.isVerb() && st.info[k+1].cue.form == formGerund {
			if k == v+1 {
				return np{}, false // "X was quoted as saying": the subject speaks
			}
			// "quoted him as saying": an object pronoun too.
			if n := st.objectAfter(v+1, k); n.ok() {
				return n, true
			}
			return np{}, false
		}
	}
	return np{}, false
}

// asSayingBefore finds, for a gerund cue v after "as", the verb that quotes
// and its speaker: "reported an official as saying" (the phrase between
// them), "was quoted as saying" (the verb's subject).
func (st *state) asSayingBefore(v, lo int) (np, bool) {
	if !st.info[v].cue.isVerb() || st.info[v].cue.form != formGerund || v-1 <= lo || !st.is(v-1, wAs) {
		return np{}, false
	}
	for u := v - 2; u >= lo && v-u <= maxNP+3; u-- {
		if st.info[u].cue.has(asSays) {
			if n, ok := st.asSaying(u, v+1); ok {
				return n, true
			}
			return st.subjectBefore(u, lo), true
		}
	}
	return np{}, false
}

// bareAttribution reports whether the frame after cue v, up to e, is only
// what may follow an attribution ("told the Financial Times", "in a
// statement", "on Tuesday", ", adding …") and does not open a new clause of
// reported speech.
func (st *state) bareAttribution(v, e int) bool {
	k := v + 1
	if k < e && st.info[v].cue.has(object|asSays) {
		if st.isObjPron(k) {
			k++ // "he urged them, as he explained …"
		} else if n := st.npAfter(k, e); n.ok() {
			k = n.last
		}
	}
	for k < e {
		w := st.word(k)
		switch {
		case w == ",":
			return true
		case w == "of" && k == v+1:
			// "said of the encounter he had last week": what the words
			// were about, with whatever describes it.
			return true
		case st.is(k, wThat):
			return false
		case w == "as" && !st.asClause(k, e):
			// "cited it as evidence that …": a preposition, its object
			// skipped.
			k++
			if n := st.npAfter(k, e); n.ok() {
				k = n.last
			}
		case st.is(k, wSub) && !st.is(k, wPrep) || w == "as" && k+1 < e && st.is(k+1, wPron|wDet):
			// "said as he launched the process", "asks while …": an
			// adverbial clause after the attribution.
			return true
		case (w == "'s" || w == "’s") && k > v+1 && st.isWord(k-1):
			// "asked in the video’s description": a possessive's head.
			k++
			if n := st.npAfter(k, e); n.ok() {
				k = n.last
			}
		case st.is(k, wRel) && k > v+1 && st.isWord(k-1) && !st.info[k-1].cue.isVerb() && !st.asksObject(v):
			// "said to reporters who had gathered outside": a relative
			// clause on the object.
			return true
		case w == "to" && k-2 > v && st.isWord(k-1) && !st.info[k-1].cue.isVerb() && !st.asksObject(v) && st.infinitiveVerbAt(k+1, e):
			// "said about McCain's effort to downplay his ties": an
			// infinitive on the object (a verb, for a determiner follows;
			// not "went on to rebut the points", the cue's own).
			return true
		case st.is(k, wPrep|wTime|wAdv) || isWeekday(w) || st.isLyAdverb(k):
			prep := st.is(k, wPrep)
			k++
			if n := st.npAfter(k, e); n.ok() {
				if !prep && n.form == pipeline.Pronoun && st.is(n.first, wMale|wFemale|wNeuter|wPlural) {
					// "said Wednesday she, too, wants …": a pronoun after a
					// time opens a clause of its own.
					return false
				}
				k = n.last
				// "on Fox and Friends", "to CNN and MSNBC": names joined.
				for prep && n.form == pipeline.Named && k+1 < e && (st.word(k) == "and" || st.word(k) == "&") && st.info[k+1].cap {
					if n = st.npAfter(k+1, e); !n.ok() || n.form != pipeline.Named {
						break
					}
					k = n.last
				}
			}
		case w == "as" || st.info[k].cue.isVerb() && st.info[k].cue.form == formGerund:
			k++
		default:
			return false
		}
	}
	return true
}

// asksObject reports a cue whose object may be followed by what was said
// ("asked voters which candidate won", "urged a judge to block the rules",
// "told them to leave"): not a bare attribution when anything follows it.
func (st *state) asksObject(v int) bool {
	cue := st.info[v].cue
	return cue.has(object) || cue.class() == asking || cue.class() == stance
}

// asClause reports an "as" at token k that opens a clause ("as he
// launched the process", "as the crowd cheered"), not a phrase ("as
// evidence", "as a reason"): a subject pronoun, or a verb within a few
// words ("as confetti fluttered down").
func (st *state) asClause(k, e int) bool {
	if k+1 >= e {
		return false
	}
	if st.is(k+1, wPron) {
		return true
	}
	for j := k + 1; j < e && j-k <= 5; j++ {
		if st.isPunct(j, ",") || st.is(j, wThat|wPrep) {
			return false
		}
		if st.verbLike(j) {
			return true
		}
	}
	return false
}

// endsWithFinal reports whether a quote's content ends a sentence (. ? !).
func endsWithFinal(text string, s pipeline.Span) bool {
	for i := s.End; i > s.Start; {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:i])
		switch {
		case unicode.IsSpace(r) || r == '’' || r == '\'' || r == '”' || r == '"' || r == ')':
			i -= size
		case r == '.' || r == '?' || r == '!' || r == '…':
			return true
		default:
			return false
		}
	}
	return false
}

// attributeBefore looks left of segment si, in its sentence, for X said:
// "…" / X said, "…" / X said that "…" / X told Y, adding that "…" /
// according to X, "…" / X said the plan was "…".
func (st *state) attributeBefore(si int, c *candidate) bool {
	s := &st.segs[si]
	if s.open.IsZero() {
		return false
	}
	o := st.tokenAt(s.open.Start)
	j := o - 1
	if j < 0 || st.paraOf(j) != s.para {
		return false
	}
	lo := st.frameStart(o)
	if lo > j {
		return false
	}
	lo = st.acrossShortQuotes(lo, s.para)
	// What stands just before the quote: ":" / "," / "that" / nothing.
	k := j
	intro := false
	if st.isPunct(k, ":") || st.isPunct(k, ",") {
		intro = true
		k--
	}
	if k >= lo && st.is(k, wThat) {
		intro = true
		k--
	}
	// "according to X, “…”"
	for v := lo; v+1 <= j; v++ {
		if st.inSeg[v] < 0 && st.info[v].cue.isVerb() && st.info[v].cue.class() <= asking && st.verbHere(v) {
			break // "X said that according to its analysis, … “…”": the cue's, not the phrase's
		}
		if st.inSeg[v] < 0 && st.is(v, wAccording) && st.word(v+1) == "to" {
			if n := st.npAfter(v+2, j+1); n.ok() {
				c.speaker.np, c.pat, c.cueTok = n, patAccording, v
				return true
			}
		}
	}
	// "Pollsters agree - Carl Bialik: “…”": a digest's source after its
	// heading's dash, whatever verb the heading has.
	if n, ok := st.digestSource(j, lo); ok {
		for v := lo; v < n.first; v++ {
			if st.info[v].cue.isVerb() {
				st.usedCue[v] = true // the heading's verb reports nothing ("Pollsters agree")
			}
		}
		c.speaker.np, c.pat = n, patBeforeIntro
		return true
	}
	// "in her words, “…”", "in the words of X, “…”"
	if n, ok := st.inWords(lo, j); ok {
		c.speaker.np, c.pat = n, patBeforeIntro
		return true
	}
	// The last cue verb of the frame.
	for v := k; v >= lo; v-- {
		vi := st.info[v]
		if st.inSeg[v] >= 0 {
			continue
		}
		if v < k && st.is(v+1, wThat) && countWords(st.doc.Text, s.content) >= minDirectWords {
			// "inconsistencies between her claim that she “never sent
			// …”": the possessor of the nearest speech noun's clause.
			if n, cue, ok := st.possessedSpeech(lo, v+1); ok && cue == v {
				c.speaker.np, c.pat, c.cueTok = n, patBeforeFrag, cue
				return true
			}
		}
		if !vi.cue.isVerb() || vi.cap && v != lo {
			// "Stated Stone:" — a capitalised cue opening the frame.
			if !(vi.cue.isVerb() && v == lo) {
				continue
			}
		}
		if st.quoteAside(v) {
			continue // "No wonder Trump said, and I quote, “…”": the writer's aside, the cue before it speaks
		}
		toInf := vi.cue.form == formBase && st.catenative(v)
		var causObj np // "leading Gene Sperling to counter that “…”": the causative's object speaks
		if vi.cue.form == formBase && !toInf && vi.cue.class() <= asking && (st.infinitiveCue(v) || v > 1 && st.word(v-1) == "to" && st.isPunct(v-2, ",")) {
			causObj, _ = st.causativeObject(v, lo)
		}
		if !toInf && !causObj.ok() && !st.verbHere(v) || st.catenativeUse(v) {
			continue
		}
		var reporter np
		if vi.cue.class() == stance && st.speechCueBefore(v, lo) {
			// "said his government expected “…”": the speaker said it.
			// A pronoun's "said he expects" stays with the stance verb (the
			// same person, and the report keeps its cue), its mention the
			// speech cue's subject when that is a clean phrase ("Another
			// said he hoped …: “…”").
			if n := st.subjectBefore(v, lo); n.ok() {
				if n.form != pipeline.Pronoun {
					continue
				}
				if r := st.reporterBefore(v, lo); !r.plural || !st.is(n.first, wMale|wFemale) {
					reporter = r
				}
			}
		} else if vi.cue.class() <= asking && vi.cue.form != formGerund && st.speechCueBefore(v, lo) {
			// "The longtime senator said he rarely asks surrogates …, “…”":
			// the reporter's name for the he or she that follows the
			// report's cue — one person, not a group reporting someone
			// else's words ("prosecutors say that he told an agent").
			if n := st.subjectBefore(v, lo); n.ok() && n.form == pipeline.Pronoun && st.is(n.first, wMale|wFemale) {
				if b := n.first - 1; b >= lo && (st.is(b, wThat) && b-1 >= lo && st.info[b-1].cue.isVerb() || st.info[b].cue.isVerb()) {
					if r := st.reporterBefore(v, lo); !r.plural {
						reporter = r
					}
				}
			}
		}
		if b := st.beforeAdverbs(v, lo); vi.cue.form == formGerund && vi.cue.class() == stance && b > lo && st.isBe(b) && st.is(b-1, wRel) {
			continue // "host Bill Maher, who is supporting Sanders, …": a relative's progressive, not the quote's cue
		}
		if b := st.beforeAdverbs(v, lo); (vi.cue.form == formPast || vi.cue.form == formParticiple) && b >= lo && st.isBe(b) && !vi.cue.has(asSays) {
			if vi.cue.class() == asking && st.word(v+1) == "by" {
				// "Sanders was asked by host Bill Maher, “…”": the
				// question is the agent's.
				if n := st.npAfter(v+2, k+1); n.ok() {
					c.speaker.np, c.pat, c.cueTok = n, patBeforeFrag, v
					return true
				}
			}
			if vi.cue.class() == naming && st.word(v+1) == "by" {
				// "It was described by one critic as “…”": the words are
				// the agent's, named before "as".
				if n := st.npAfter(v+2, k+1); n.ok() && n.form != pipeline.Pronoun && n.last == k && st.word(n.last) == "as" {
					c.speaker.np, c.pat, c.cueTok = n, patBeforeFrag, v
					return true
				}
			}
			continue // "which is widely supported by Republicans": a passive names no speaker
		}
		// Is the quote the cue's whole content, or a fragment of it?
		whole := v == k || intro && st.onlyComplements(v, k+1)
		pat := patBeforeIntro
		if !whole {
			pat = patBeforeFrag
		}
		// A short quoted fragment of reported speech ("said he does not
		// see a “path forward”") belongs to the reported clause.
		if pat == patBeforeFrag && countWords(st.doc.Text, s.content) < minDirectWords && vi.cue.class() <= asking {
			return false
		}
		// "…, adding that “…”": the speaker of the main clause.
		if vi.cue.form == formGerund && v > lo && (st.isPunct(v-1, ",") || st.is(v-1, wConj)) {
			if n, cv := st.mainSubject(v, lo, si); n.ok() {
				_ = cv
				c.speaker.np, c.pat, c.cueTok = n, patParticiple, v
				return true
			}
		}
		if sp, ok := st.asSaying(v, o); ok {
			c.speaker.np, c.pat, c.cueTok = sp, patAsSaying, v
			return true
		}
		if sp, ok := st.asSayingBefore(v, lo); ok && sp.ok() {
			// "the agency reported an official as saying “…”"
			c.speaker.np, c.pat, c.cueTok = sp, patAsSaying, v
			return true
		}
		var n np
		if causObj.ok() {
			n = causObj
		} else if toInf {
			// "went on to say, “…”": the catenative verb's subject.
			k := v - 2
			if st.word(k) == "on" {
				k--
			}
			if b := st.beforeAdverbs(k, lo); b >= lo && st.is(b, wConj) {
				n = st.sentenceSubject(lo, b)
			} else {
				n = st.clauseSubject(v-1, lo)
			}
		} else if m := st.ofNameGerund(v, lo); m.ok() {
			n = m // "reminds me of Abraham Lincoln saying that “…”"
		} else if vi.cue.form == formGerund {
			// "released a new radio ad calling it “…”": the phrase before
			// a participle is the main verb's object, not its subject.
			n, _ = st.mainSubject(v, lo, si)
		} else {
			n = st.subjectBefore(v, lo)
		}
		if !n.ok() && vi.cue.has(inverts) && vi.cue.form != formGerund && (v == lo || st.isPunct(v-1, ",")) {
			// "Stated Stone: “…”", "…, said Jones, “…”"
			if m := st.npAfter(v+1, k+1); m.ok() && (m.last > k || st.isPunct(m.last, ",") || st.isPunct(m.last, ":")) {
				n = m
			}
		}
		if !n.ok() && vi.cue.form == formGerund {
			// "issued a statement saying “…”"
			n = st.clauseSubject(v, lo)
		}
		if b := st.beforeAdverbs(v, lo); !n.ok() && b >= lo && st.is(b, wConj) {
			// "De Blasio said … and said, “…”": the coordinated verb's subject.
			if n = st.coordinatedVerbSubject(lo, b); !n.ok() {
				n = st.clauseSubject(b, lo)
			}
		}
		if !n.ok() {
			if v == lo && st.is(v, wAux) {
				continue
			}
			return false
		}
		if reporter.ok() && n.form == pipeline.Pronoun {
			n = reporter
		}
		c.speaker.np, c.pat, c.cueTok = n, pat, v
		return true
	}
	// "her March comment that, “…”", "Clinton’s response was: “…”": a
	// speech noun and its possessor.
	if n, cue, ok := st.possessedSpeech(lo, j); ok {
		c.speaker.np, c.pat, c.cueTok = n, patBeforeIntro, cue
		return true
	}
	// "Here’s Clinton in December 1992: “…”", "Here is Sen. Warren on the
	// bill: “…”": the name the presenting sentence brings in.
	if st.isPunct(j, ":") && j-3 >= lo && strings.EqualFold(st.word(lo), "here") {
		if w := st.word(lo + 1); w == "is" || w == "'s" || w == "’s" {
			if n := st.npAfter(lo+2, j); n.ok() && n.form == pipeline.Named && !n.rel && st.personEntity(n.span) {
				c.speaker.np, c.pat = n, patBeforeColon
				return true
			}
		}
	}
	// "Trump also embraced enhanced interrogation techniques -- “…”": a
	// dash that opens a quote ending the sentence, after a clause whose
	// subject is a person's name.
	if st.doc.Tokens[j].Kind == pipeline.Dash && j-2 >= lo && countWords(st.doc.Text, s.content) >= minDirectWords && st.wordsAfterInSentence(si) == 0 {
		if m := st.sentenceSubject(lo, j); m.ok() && !m.rel && m.form == pipeline.Named && (m.first == lo || m.first == lo+1 && st.is(lo, wConj|wAdv)) &&
			st.personEntity(st.span(m.nameFirst, m.nameLast)) && st.verbIn(m.last, j) {
			c.speaker.np, c.pat = m, patBeforeColon
			return true
		}
	}
	// "X: “…”" with no cue: a name and a colon ("Rep. Trey Gowdy (R-S.C.):").
	if st.isPunct(j, ":") && j-1 >= lo {
		e := j - 1
		if st.word(e) == ")" {
			for e > lo && st.word(e) != "(" && j-e < 10 {
				e--
			}
			e--
		}
		if n := st.npEndingAt(e, lo); n.ok() && n.form == pipeline.Named && (n.first == lo || st.afterHeadingDash(n.first, lo)) {
			if b := st.headlinePerson(n); b > 0 {
				// "Trump Addresses Munich Attack: ‘This Cannot Continue.’":
				// a title-case headline's subject is the person it
				// opens with.
				n = st.npAfter(n.first, b)
			}
			if strings.EqualFold(st.word(n.first), "more") && st.word(n.first+1) == "from" && st.afterHeadingDash(n.first, lo) {
				// "… - More from Jones: “…”": a digest's follow-on item.
				if m := st.npAfter(n.first+2, e+1); m.ok() && m.form == pipeline.Named && m.last == e+1 {
					n = m
				}
			}
			c.speaker.np, c.pat = n, patBeforeIntro
			return true
		}
		// "…, with Trump reportedly yelling: “…”"
		if n := st.withSubject(j-1, lo); n.ok() {
			c.speaker.np, c.pat = n, patBeforeColon
			return true
		}
		// "he returned to his familiar lines: “…”": the sentence's subject,
		// not a subject inside its clauses ("she is sure that keeping him in
		// jail will only make his voice louder: “…”").
		n := st.clauseSubject(j, lo)
		m := st.sentenceSubject(lo, j)
		// "Obama's first five questioners ranged …: “…”": the sentence's
		// subject read up to the possessive is the clause's description.
		ownerOnly := n.ok() && m.ok() && n.form == pipeline.Description && m.first == n.first && m.last < n.last && st.possessiveAt(m.last) &&
			!textNouns[st.lower(n.last-1)] // "Hoff’s letter …: “…”" stays Hoff's
		if n.ok() && m.ok() && !ownerOnly && !m.rel && m.form != pipeline.Description && !st.is(m.first, wNeuter) &&
			(m.first == lo || m.first == lo+1 && st.is(lo, wConj|wAdv)) {
			n = m
		}
		if n.ok() && n.form != pipeline.Description {
			c.speaker.np, c.pat = n, patBeforeColon
			return true
		}
		if n.ok() && n.form == pipeline.Description && !n.rel && st.colonSource(n) {
			if m.first == n.first && (m.last == n.last || ownerOnly) {
				// "A footnote in the report makes that clear: “…”",
				// "Obama's first five questioners ranged from skeptical to
				// hostile: “…”": a text, or people, as the sentence's subject.
				c.speaker.np, c.pat = n, patBeforeColon
				return true
			}
		}
	}
	return false
}

// colonSource reports a description headed by a text ("a footnote in the
// report") or by people ("his first five questioners"), which may speak the
// quote after its sentence's colon.
func (st *state) colonSource(n np) bool {
	h := n.last - 1
	for k := n.first + 1; k < n.last; k++ {
		if st.is(k, wPrep) && !st.info[k].cap {
			h = k - 1 // "a footnote in the report": the head before the preposition
			break
		}
	}
	if st.info[h].cap || !st.isWord(h) {
		return false
	}
	w := st.lower(h)
	return textNouns[w] || st.is(h, wPlural) || st.is(h, wRole) && endsPlural(w) || strings.HasSuffix(w, "ers") && len(w) > 5
}

// digestSource returns the source a digest's item names between its
// heading's dash and the colon at token j: "Pollsters agree - Carl Bialik:
// “…”", "… COMPETITIVENESS - Frank Newport and Jim Harter: “…”", "… all
// along -More from Blumenthal and Cohen: “…”".
func (st *state) digestSource(j, lo int) (np, bool) {
	if j-1 < lo || !st.isPunct(j, ":") {
		return np{}, false
	}
	n := st.npEndingAt(j-1, lo)
	if !n.ok() || n.form != pipeline.Named || n.rel {
		return np{}, false
	}
	if a := n.first - 1; a-1 >= lo && st.word(a) == "and" {
		if m := st.npEndingAt(a-1, lo); m.ok() && m.form == pipeline.Named && !m.rel {
			first := st.afterMoreFrom(m)
			m = first
			n.partner, n.plural = &first, true
			n.first, n.span = m.first, st.span(m.first, n.last)
		}
	}
	n = st.afterMoreFrom(n)
	f := n.first
	if f-3 >= lo && st.word(f-1) == "from" && st.isWord(f-3) && st.inSeg[f-2] < 0 {
		if w := st.word(f - 2); len(w) == 5 && strings.EqualFold(w[1:], "more") && strings.HasPrefix(w, "-") {
			return n, true // "-More from Blumenthal and Cohen:" (the dash set close, one token)
		}
	}
	if strings.EqualFold(st.word(f-2), "more") && st.word(f-1) == "from" {
		f -= 2
	}
	return n, st.afterHeadingDash(f, lo)
}

// afterMoreFrom leaves a digest's "More from" out of a source's phrase.
func (st *state) afterMoreFrom(n np) np {
	if n.last-n.first > 2 && strings.EqualFold(st.word(n.first), "more") && st.word(n.first+1) == "from" {
		if m := st.npAfter(n.first+2, n.last); m.ok() && m.form == pipeline.Named && m.last == n.last {
			return m
		}
	}
	return n
}

// afterHeadingDash reports a spaced dash right before token k, with words
// before it from lo on: a digest's item "RED STATES OUTNUMBER BLUE STATES -
// Jeffrey M. Jones: “…”" names its source after the heading's dash.
func (st *state) afterHeadingDash(k, lo int) bool {
	d := k - 1
	return d-1 >= lo && st.doc.Tokens[d].Kind == pipeline.Dash && !st.attached(d) && st.isWord(d-1) && st.inSeg[d] < 0
}

// acrossShortQuotes extends a narrative stretch that starts at token lo
// leftwards over the short quoted words of its sentence ("said she would
// “support the nominee” but “isn’t planning to endorse anyone”"): a
// fragment's cue may stand before another fragment.
func (st *state) acrossShortQuotes(lo, para int) int {
	for lo > 0 && st.inSeg[lo-1] >= 0 {
		sg := &st.segs[st.inSeg[lo-1]]
		if sg.para != para || sg.open.IsZero() || countWords(st.doc.Text, sg.content) >= minDirectWords {
			break
		}
		o := st.tokenAt(sg.open.Start)
		if o == 0 {
			break
		}
		lo = st.frameStart(o)
	}
	return lo
}

// inWords finds "in her words," / "in X's words," / "in the words of X,"
// in tokens [lo, j], j the comma or colon before a quote, and returns the
// speaker.
func (st *state) inWords(lo, j int) (np, bool) {
	if !st.isPunct(j, ",") && !st.isPunct(j, ":") {
		return np{}, false
	}
	for w := lo + 1; w < j; w++ {
		lw := st.lower(w)
		if lw != "words" || st.inSeg[w] >= 0 {
			continue
		}
		switch {
		case w+2 < j && st.word(w+1) == "of" && st.word(w-1) == "the" && w-2 >= lo && strings.EqualFold(st.word(w-2), "in"):
			if n := st.npAfter(w+2, j); n.ok() && n.last == j {
				return n, true
			}
		case w+1 == j && st.is(w-1, wPossDet) && w-2 >= lo && strings.EqualFold(st.word(w-2), "in"):
			return np{span: st.span(w-1, w), first: w - 1, last: w, form: pipeline.Pronoun, plural: st.is(w-1, wPlural)}, true
		case w+1 == j && w-3 >= lo && (st.word(w-1) == "'s" || st.word(w-1) == "’s" ||
			(st.word(w-1) == "'" || st.word(w-1) == "’") && strings.HasSuffix(st.word(w-2), "s") && st.doc.Tokens[w-1].Start == st.doc.Tokens[w-2].End):
			// "in Forbes’ words": a possessive apostrophe alone too
			if n := st.npEndingAt(w-2, lo); n.ok() && n.first > lo && strings.EqualFold(st.word(n.first-1), "in") {
				return n, true
			}
		}
	}
	return np{}, false
}

// speechNouns name what someone said; with a possessor right before a
// quote they attribute it ("his statement: “…”").
var speechNouns = map[string]bool{"comment": true, "comments": true, "remark": true, "remarks": true, "statement": true,
	"response": true, "answer": true, "reply": true, "message": true, "tweet": true, "words": true, "warning": true,
	"promise": true, "claim": true, "assertion": true, "argument": true, "retort": true, "verdict": true, "advice": true,
	"explanation": true, "declaration": true, "admission": true, "prediction": true, "pledge": true, "vow": true, "quip": true}

// possessedSpeech finds a speech noun with its possessor just before the
// quote whose intro ends at token j: "X's comment that, “…”", "her
// statement: “…”", "Clinton’s response was: “…”". It returns the
// possessor and the noun.
func (st *state) possessedSpeech(lo, j int) (np, int, bool) {
	k := j
	for k >= lo && (st.isPunct(k, ",") || st.isPunct(k, ":") || st.is(k, wThat) || st.isBe(k)) {
		k--
	}
	callFor := k == j && k-1 >= lo && st.word(k) == "for" && (st.lower(k-1) == "call" || st.lower(k-1) == "calls")
	if callFor {
		k-- // "Trump’s call for “a total and complete shutdown …”": what he called for, in his words
	} else if k < lo || k == j && !st.isPunct(j, ":") || !speechNouns[st.lower(k)] {
		return np{}, 0, false
	}
	noun := k
	// Adjectives and times between possessor and noun: "her March
	// comment", "his prepared remarks".
	p := k - 1
	for p >= lo && k-p <= 3 && st.isWord(p) && !st.is(p, wPossDet|wDet|wPrep|wVerb|wAux) && p != lo && st.word(p) != "'s" && st.word(p) != "’s" {
		p--
	}
	switch {
	case p >= lo && st.is(p, wPossDet):
		return np{span: st.span(p, p+1), first: p, last: p + 1, form: pipeline.Pronoun, plural: st.is(p, wPlural)}, noun, true
	case p > lo && (st.word(p) == "'s" || st.word(p) == "’s"):
		if n := st.npEndingAt(p-1, lo); n.ok() && (n.form == pipeline.Named || n.form == pipeline.Description && !n.rel) {
			return n, noun, true // "The Florida senator’s answer was that “…”"
		}
	}
	return np{}, 0, false
}

// wordsAfterInSentence counts the words after segment si up to the end of
// its sentence.
func (st *state) wordsAfterInSentence(si int) int {
	s := &st.segs[si]
	if s.close.IsZero() {
		return 0
	}
	n := 0
	for k := st.tokenAt(s.close.End); k < len(st.doc.Tokens) && st.paraOf(k) == s.para; k++ {
		if st.inSeg[k] == int32(si) {
			continue
		}
		if st.isFinal(k) && st.inSeg[k] < 0 {
			break
		}
		if st.isWord(k) {
			n++
		}
	}
	return n
}

// attributeTrailing finds the attribution that closes the sentence a
// quoted fragment stands in: "Democrats had “put the biggest crack” yet in
// the glass ceiling, she said in a video message."
func (st *state) attributeTrailing(si int, c *candidate) bool {
	s := &st.segs[si]
	if s.close.IsZero() || countWords(st.doc.Text, s.content) < minDirectWords {
		return false
	}
	a := st.tokenAt(s.close.End)
	if a >= len(st.doc.Tokens) || st.paraOf(a) != s.para {
		return false
	}
	_, hi := st.sentenceBounds(a)
	for comma := hi - 1; comma >= a; comma-- {
		if st.inSeg[comma] >= 0 {
			return false // another quote: its own attribution
		}
		if !st.isPunct(comma, ",") {
			continue
		}
		k := comma + 1
		if k >= hi {
			continue
		}
		if inf := st.info[k]; inf.cue.isVerb() && inf.cue.has(inverts) && inf.cue.form != formGerund && inf.cue.class() <= asking {
			if n := st.npAfter(k+1, hi); n.ok() && st.bareAttribution(n.last-1, hi) {
				c.speaker.np, c.pat, c.cueTok = n, patTrailing, k
				return true
			}
		}
		for v := k; v < hi && v-k <= maxNP+2; v++ {
			vi := st.info[v]
			if !vi.cue.isVerb() || vi.cap || vi.cue.class() > asking || vi.cue.form == formGerund {
				continue
			}
			n := st.subjectBefore(v, k)
			if n.ok() && n.first == k && st.bareAttribution(v, hi) {
				c.speaker.np, c.pat, c.cueTok = n, patTrailing, v
				return true
			}
			return false
		}
		// No cue after this comma ("…, an elections analyst"): try the
		// comma before.
	}
	return false
}

// onlyComplements reports whether the tokens after cue v up to hi are only
// an object, prepositional phrases or times: what may separate a cue from
// the quote it introduces ("told reporters on Tuesday: “…”").
func (st *state) onlyComplements(v, hi int) bool {
	k := v + 1
	for k < hi {
		w := st.word(k)
		switch {
		case w == "," || w == ":" || st.is(k, wThat):
			k++
		case st.is(k, wPrep|wTime|wAdv) || isWeekday(w) || st.isLyAdverb(k) || w == "as":
			k++
			if n := st.npAfter(k, hi); n.ok() {
				k = n.last
			}
		case k == v+1 && st.info[v].cue.has(object):
			n := st.npAfter(k, hi)
			if !n.ok() {
				return false
			}
			k = n.last
		case st.info[k].cue.isVerb() && st.info[k].cue.form == formGerund:
			k++
		default:
			return false
		}
	}
	return true
}

// mainSubject finds the subject of the main clause that a participle cue
// (", adding", ", saying") hangs on: the subject of the nearest cue verb
// before it in the sentence, or the speaker of the quote before.
func (st *state) mainSubject(v, lo, si int) (np, int) {
	if n := st.withSubject(v, lo); n.ok() {
		return n, -1
	}
	if v-1 > lo && strings.EqualFold(st.word(v-1), "and") {
		// "…, telling CNN that Trump is a “faker” and questioning how he
		// has “…”": the first participle's subject.
		for u := v - 2; u > lo; u-- {
			if st.inSeg[u] < 0 && st.info[u].cue.form == formGerund && !st.info[u].cap && st.isPunct(u-1, ",") {
				return st.mainSubject(u, lo, si)
			}
		}
	}
	if n := st.simultaneousSubject(v, lo); n.ok() {
		return n, -1
	}
	for u := v - 1; u >= lo; u-- {
		ui := st.info[u]
		if !ui.cue.isVerb() || ui.cap || ui.cue.form == formGerund || !st.verbHere(u) || st.isMark(u+1) && st.nicknameMarks(u+1) {
			continue // (not "a class called “Perception”": a name, no verb of the clause)
		}
		if w := st.word(u - 1); (w == "'s" || w == "’s") && u-2 >= lo && !st.is(u-2, wPron) {
			// "blamed the media for … Donald Trump's claim that …, saying":
			// a possessor's noun, no verb of the clause the participle
			// hangs on (round 44).
			continue
		}
		if n := st.subjectBefore(u, lo); n.ok() {
			if st.inObjectRelative(n, lo) {
				// "Obama rebuked critics who say he should condemn …,
				// saying": the participle hangs on the main clause, not
				// on a relative clause in its object.
				continue
			}
			if m := st.coordinatedSubject(u, v); m.ok() {
				// "Protest groups say …, and the ACLU has sued the city
				// over the rules, saying": the clause the participle
				// follows, not the cue before it.
				return m, -1
			}
			if o, m := st.reportingVerb(n.first, lo); o >= 0 {
				// "Starr said Clinton's situation reminds him of …,
				// explaining": the participle hangs on the one who
				// said, not on the subject of the clause said.
				return m, o
			}
			return n, u
		}
		if ui.cue.has(inverts) {
			if n := st.npAfter(u+1, v); n.ok() {
				return n, u
			}
		}
	}
	// "Bradley apologized for the columns after they came out, saying …":
	// with no cue before it, the sentence's own subject, not the subject of
	// a clause inside it.
	start := lo
	if w := st.word(lo); st.info[lo].cap && len(w) > 4 && strings.HasSuffix(w, "ing") {
		// "Continuing to explain his view, Carson rejected …, saying":
		// the main clause after an opening participle's.
		for k := lo + 1; k < v && k-lo <= 15 && st.inSeg[k] < 0; k++ {
			if st.isPunct(k, ",") {
				start = k + 1
				break
			}
		}
	} else if st.is(lo, wPrep|wTime|wSub) {
		// "Before the Paris attacks, Trump took a hands-off approach to
		// the Islamic State, …, by saying", "At a rally in Portsmouth,
		// N.H., on Tuesday, Bernie Sanders endorsed …": after an opening
		// phrase, up to its last comma before a verb.
		for k := lo + 1; k < v && k-lo <= 20 && st.inSeg[k] < 0; k++ {
			if w := st.word(k); st.is(k, wVerb|wAux) || st.info[k].cue.isVerb() && !st.info[k].cap || len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w) {
				break
			}
			if st.isPunct(k, ",") {
				start = k + 1
			}
		}
	}
	if m := st.sentenceSubject(start, v); m.ok() && !m.rel && (m.first == start || m.first == start+1 && st.is(start, wConj|wAdv)) && st.participleHangsOnMain(m.last, v) {
		return m, -1
	}
	if n := st.clauseSubject(v, lo); n.ok() {
		if n.rel {
			// "This year, he rose to the defense of Sepp Blatter, …,
			// FIFA, who is under investigation, saying": the participle
			// hangs on the sentence's subject after an opening phrase,
			// not on the relative clause in its object.
			for k := start + 1; k < v && k-start <= 6 && st.inSeg[k] < 0; k++ {
				if st.isPunct(k, ",") {
					if m := st.sentenceSubject(k+1, v); m.ok() && !m.rel && m.first == k+1 && m.last < n.first && st.participleHangsOnMain(m.last, v) {
						return m, -1
					}
					break
				}
			}
		}
		return n, -1
	}
	if si >= 0 && lo > 0 && si > 0 && st.segs[si-1].para == st.segs[si].para && st.segCand[si-1] >= 0 {
		sp := st.cands[st.segCand[si-1]].speaker.np
		if a, _ := st.sentenceBounds(v); sp.ok() && sp.first > a && sp.first < v {
			if o, m := st.reportingVerb(sp.first, a); o >= 0 {
				// "Starr said Clinton's situation reminds him of the
				// book titled “…,” explaining, “…”": the quote before was
				// a title in the clause said; the participle is Starr's.
				return m, o
			}
		}
		return sp, -1
	}
	return np{}, -1
}

// inObjectRelative reports a subject n that stands in a restrictive
// relative clause on an object ("rebuked critics who say"), or in a clause
// that such a relative clause reports ("critics who say he should condemn"):
// a participle after it hangs on the main clause (round 44).
func (st *state) inObjectRelative(n np, lo int) bool {
	for range 2 {
		if n.rel {
			if w := st.lower(n.first); (w != "who" && w != "that") || n.first-1 <= lo || !st.isWord(n.first-1) {
				return false
			}
			a := st.npEndingAt(n.first-1, lo)
			return a.ok() && !a.rel && a.form != pipeline.Pronoun && !st.headsClause(a.first, lo)
		}
		k := n.first - 1
		if k > lo && st.lower(k) == "that" {
			k--
		}
		if k <= lo || st.inSeg[k] >= 0 || !st.info[k].cue.isVerb() || st.info[k].cap || !st.info[k].cue.has(clause) {
			return false
		}
		if n = st.subjectBefore(k, lo); !n.ok() {
			return false
		}
	}
	return false
}

// coordinatedSubject finds the subject of the last clause that ", and" or
// ", but" joins between a cue verb at u and a participle at v, when the
// participle may hang on it; no phrase when there is none.
func (st *state) coordinatedSubject(u, v int) np {
	for c := v - 2; c > u; c-- {
		if st.inSeg[c] >= 0 || !st.isPunct(c, ",") || !st.is(c+1, wConj) {
			continue
		}
		if w := st.lower(c + 1); w != "and" && w != "but" {
			continue
		}
		if m := st.sentenceSubject(c+2, v); m.ok() && !m.rel && m.first == c+2 && st.participleHangsOnMain(m.last, v) {
			return m
		}
		return np{}
	}
	return np{}
}

// reportingVerb finds the cue verb whose reported clause opens with the
// subject at token first ("Starr said [Clinton's situation reminds …]", "X
// said that [the report …]"), and that verb's own subject; -1 when the
// clause is no verb's report.
func (st *state) reportingVerb(first, lo int) (int, np) {
	k := first - 1
	if k > lo && st.lower(k) == "that" {
		k--
	}
	if k <= lo || st.inSeg[k] >= 0 {
		return -1, np{}
	}
	ki := st.info[k]
	if !ki.cue.isVerb() || ki.cap || ki.cue.form == formGerund || !ki.cue.has(clause) || !st.verbHere(k) {
		return -1, np{}
	}
	if m := st.subjectBefore(k, lo); m.ok() && !m.rel {
		return k, m
	}
	return -1, np{}
}

// simultaneousSubject finds the subject of a when/as/while clause that
// ends, with its comma, just before a participle at v: the participle
// describes that clause's event ("Clinton asks as a maintenance guy walks
// in front of her, saying he's “…”").
func (st *state) simultaneousSubject(v, lo int) np {
	if v-1 <= lo || !st.isPunct(v-1, ",") {
		return np{}
	}
	for k := v - 2; k > lo && v-k <= 26; k-- {
		if st.isMark(k) && st.inSeg[k] >= 0 {
			// A short quoted title inside the clause ("with a reference
			// to the “Star Wars” sequel"): step over it.
			s := &st.segs[st.inSeg[k]]
			if o := st.tokenAt(s.open.Start); !s.close.IsZero() && st.tokenAt(s.close.Start) == k && o > lo && st.titleClose(o) == k {
				k = o
				continue
			}
			return np{}
		}
		if !st.isWord(k) || st.inSeg[k] >= 0 {
			return np{}
		}
		switch st.lower(k) {
		case "when", "while", "as":
			if st.info[k].cap {
				return np{}
			}
			for j := k + 2; j < v-1; j++ {
				if st.verbLike(j) {
					if n := st.npEndingAt(j-1, k+1); n.ok() && !n.rel && n.first == k+1 {
						return n
					}
					return np{}
				}
			}
			return np{}
		}
	}
	return np{}
}

// participleHangsOnMain reports whether a participle at v may hang on the
// main clause whose verb follows its subject at token a: the verb is no
// copula ("The place is the townhome my husband and I bought, thinking"),
// the participle no progressive ("many are calling"),
// and no clause of its own stands between — a coordinated one (", and
// within weeks the effort had sent …, calling") or one of an event at the
// same time, which a participle describes ("… came during a speech, when
// protesters interrupted her, shouting").
func (st *state) participleHangsOnMain(a, v int) bool {
	if a >= v || st.isBe(a) && !strings.HasSuffix(st.word(a+1), "ing") {
		return false
	}
	if b := st.beforeAdverbs(v, a); b >= a && st.isBe(b) {
		return false // "many are calling": a progressive, whose subject is its own
	}
	for k := a; k < v; k++ {
		switch st.lower(k) {
		case "as":
			if st.clauseVerbIn(k+1, v) {
				return false
			}
			// "condemn terrorists as “radical Islamists,” saying": a
			// preposition, no clause of its own (round 44).
		case "when", "whenever", "while", "where", ";":
			return false
		case ",":
			if st.is(k+1, wConj) {
				return false
			}
		}
	}
	return true
}

// clauseVerbIn reports a verb that may head a clause among tokens [a, b):
// a finite verb, or a cue verb that is no participle in -ing.
func (st *state) clauseVerbIn(a, b int) bool {
	if st.finiteVerbIn(a, b) {
		return true
	}
	for j := a; j < b; j++ {
		if c := st.info[j].cue; st.inSeg[j] < 0 && c.isVerb() && !st.info[j].cap && c.form != formGerund {
			return true
		}
	}
	return false
}

// notTurnLabels open paragraphs the way speakers' names open turns, but
// name no speaker: a headline's "Q&A:", an "UPDATE:" (news sites' usage).
var notTurnLabels = map[string]bool{
	"Q&A": true, "Q & A": true, "NOTE": true, "EDITOR'S NOTE": true, "EDITOR’S NOTE": true, "UPDATE": true,
	"CORRECTION": true, "CLARIFICATION": true, "WATCH": true, "RELATED": true, "READ MORE": true, "PHOTOS": true, "VIDEO": true,
}

// mannerVerb reports a lower-case verb in the past or the present third
// person ("paused", "laughs") that may follow a speaker's name between
// dashes inside a quote.
func mannerVerb(w string) bool {
	return len(w) > 3 && isLowerASCII(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// isQALabel reports the Q or A that opens a turn of a printed interview.
func isQALabel(w string) bool { return w == "Q" || w == "A" }

// findTranscript makes a quote of each turn of an interview transcript:
// paragraphs that open with a speaker's name in capitals and a colon
// ("WALLACE: Let’s start …", "Mr. TRUMP: Thank you."), or with the Q and A
// of a printed interview ("Q: What surprised you?" "A: The calls."). The
// name may carry a role and a parenthesis in capitals ("SARAH KELLAWAY,
// CITY ENGINEER:", "REPORTER (CHANNEL 7):", "MODERATOR (JANE OKORO,
// COMMUNICATIONS DIRECTOR):"); a person named in the parenthesis is who the
// label names in every turn (turnAlias). At least two such turns are
// needed, so a lone "NOTE:" is not a speaker.
func (st *state) findTranscript() {
	doc := st.doc
	type turn struct {
		p          int
		name       np
		colon      int
		start, end int
	}
	var turns []turn
	for p := range doc.Paragraphs {
		a, b := st.paraTokens(p)
		if b-a < 3 {
			continue
		}
		l := st.turnLabel(a, b)
		colon := l.colon
		if colon <= a || colon+1 >= b || !st.doc.Tokens[l.nameEnd-1].Is(pipeline.AllCaps) && !(colon == a+1 && isQALabel(st.word(a))) {
			continue
		}
		if notTurnLabels[strings.ToUpper(st.doc.Text[doc.Tokens[a].Start:doc.Tokens[l.nameEnd-1].End])] {
			continue
		}
		if st.inSeg[colon+1] >= 0 && st.segs[st.inSeg[colon+1]].para == p {
			continue // a quote after the colon: the marks say it already
		}
		n := np{first: a, last: l.nameEnd, span: st.span(a, l.nameEnd), form: pipeline.Named, nameFirst: a, nameLast: l.nameEnd}
		for n.nameFirst < l.nameEnd-1 && (st.is(n.nameFirst, wTitle) || st.isPunct(n.nameFirst, ".")) {
			n.nameFirst++ // "DR. ANITA PRESCOTT": the title and its period
		}
		if l.aliasFirst >= 0 {
			if st.turnAlias == nil {
				st.turnAlias = map[string]np{}
			}
			label := strings.ToUpper(st.doc.Text[n.span.Start:n.span.End])
			if _, ok := st.turnAlias[label]; !ok {
				st.turnAlias[label] = np{first: l.aliasFirst, last: l.aliasLast, span: st.span(l.aliasFirst, l.aliasLast),
					form: pipeline.Named, nameFirst: l.aliasFirst, nameLast: l.aliasLast}
			}
		}
		turns = append(turns, turn{p: p, name: n, colon: colon, start: doc.Tokens[colon+1].Start, end: doc.Paragraphs[p].End})
	}
	if len(turns) < 2 {
		// "Sport Weekly: You were booed …" ⏎ "Achebe-Ward: I remember …":
		// an interview labelled with names in running case. Only when two
		// labels or more open two paragraphs each; the others stay prose.
		// A label with a role after dashes ("Jane Doe -- Chief Financial
		// Officer:", an earnings call's) counts however often it comes.
		turns = turns[:0]
		count := map[string]int{}
		dashed := map[string]bool{}
		for p := range doc.Paragraphs {
			a, b := st.paraTokens(p)
			if b-a < 3 {
				continue
			}
			l := turnlabel.Read(st.doc, a, b, func(k int) bool { return k-a < 3 && st.isWord(k) && st.info[k].cap })
			colon := l.Colon
			if colon != l.NameEnd && !l.DashRole || colon <= a || colon+1 >= b || st.inSeg[colon+1] >= 0 && st.segs[st.inSeg[colon+1]].para == p {
				continue
			}
			label := st.doc.Text[doc.Tokens[a].Start:doc.Tokens[l.NameEnd-1].End]
			if notTurnLabels[strings.ToUpper(label)] || !slices.ContainsFunc(doc.Tokens[colon+1:b], func(t pipeline.Token) bool { return t.Kind == pipeline.Word }) {
				continue // "Clinton: 2,316.": a tally, not a turn
			}
			count[label]++
			dashed[label] = dashed[label] || l.DashRole
			n := np{first: a, last: l.NameEnd, span: st.span(a, l.NameEnd), form: pipeline.Named, nameFirst: a, nameLast: l.NameEnd}
			turns = append(turns, turn{p: p, name: n, colon: colon, start: doc.Tokens[colon+1].Start, end: doc.Paragraphs[p].End})
		}
		labels := 0
		for label, c := range count {
			if c >= 2 || dashed[label] {
				labels++
			}
		}
		if labels < 2 {
			return
		}
		turns = slices.DeleteFunc(turns, func(t turn) bool {
			label := st.doc.Text[t.name.span.Start:t.name.span.End]
			return count[label] < 2 && !dashed[label]
		})
	}
	st.qaIntroEnd = turns[0].name.first
	for _, t := range turns {
		name := strings.TrimSpace(st.doc.Text[t.name.span.Start:t.name.span.End])
		if name == "" {
			continue
		}
		st.cands = append(st.cands, candidate{span: pipeline.Span{Start: t.start, End: t.end}, kind: pipeline.Direct,
			seg: -1, style: styleNone, cueTok: -1, entity: -1, pat: patTranscript, speaker: speakerRef{np: t.name}})
	}
}

// turnLabelParts are the parts of a transcript turn's label: the colon, the
// end of the speaker's name (exclusive) and a person's name in the label's
// parenthesis (aliasFirst -1 if none).
type turnLabelParts struct {
	colon, nameEnd, aliasFirst, aliasLast int
}

// turnLabel reads the label that may open a transcript's turn in the
// paragraph's tokens [a, b) (package turnlabel's grammar: a name in
// capitals, titles and a Q/A label allowed, an optional role and
// parenthesis, a colon), and a person named in its parenthesis. colon is -1
// when the paragraph opens with no such label.
func (st *state) turnLabel(a, b int) turnLabelParts {
	l := turnlabel.Read(st.doc, a, b, func(k int) bool {
		return st.is(k, wTitle) || st.doc.Tokens[k].Is(pipeline.AllCaps) || k == a && isQALabel(st.word(k))
	})
	parts := turnLabelParts{colon: l.Colon, nameEnd: l.NameEnd, aliasFirst: -1}
	if l.ParenFirst >= 0 {
		// "(JANE OKORO, …)": a first name and a surname open it.
		e := l.ParenFirst
		for e < l.ParenLast && st.doc.Tokens[e].Is(pipeline.AllCaps) {
			e++
		}
		if n := e - l.ParenFirst; n >= 2 && n <= 3 && st.isFirstName(l.ParenFirst) {
			parts.aliasFirst, parts.aliasLast = l.ParenFirst, e
		}
	}
	return parts
}
