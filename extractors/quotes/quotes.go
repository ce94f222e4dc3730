package quotes

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// Extractor is the quote stage. It holds only read-only tables and a pool
// of scratch space, so one Extractor serves any number of goroutines.
type Extractor struct {
	opt  Options
	pool sync.Pool
}

// Options tune the stage.
type Options struct {
	// Mixed labels reported speech that holds a quoted fragment ("said the
	// plan was a “total disaster”") kind mixed instead of indirect. Off by
	// default: score.py counts every quote that is not indirect as a direct
	// one, against its quoted words only (docs/quotes.md).
	Mixed bool

	// InnerSpeaker keeps the speaker of "“…,” Walker said, according to an
	// AP account" as Walker. Off by default: the news sets' gold (PolNeAR)
	// takes the source the sentence names last, the AP account, as the
	// quote's (docs/quotes.md, "Nested sources").
	InnerSpeaker bool

	// MinConfidence drops quotes less likely to be right, per kind
	// (direct and mixed quotes, indirect ones). New uses the thresholds
	// that maximise F1 on PolNeAR train (DefaultOptions); zero keeps every
	// quote found.
	MinConfidenceDirect, MinConfidenceIndirect float64
}

// DefaultOptions are the options New uses.
func DefaultOptions() Options {
	return Options{MinConfidenceDirect: minConfDirect, MinConfidenceIndirect: minConfIndirect}
}

// New returns the quote stage with DefaultOptions. Its tables are built
// once, at package init.
func New() *Extractor { return NewWithOptions(DefaultOptions()) }

// NewWithOptions returns the quote stage with the given options.
func NewWithOptions(opt Options) *Extractor {
	return &Extractor{opt: opt, pool: sync.Pool{New: func() any { return new(state) }}}
}

// Name implements pipeline.Stage.
func (*Extractor) Name() string { return "quotes" }

// Process implements pipeline.Stage: it fills doc.Quotes, in text order.
// It needs doc.Paragraphs, doc.Sentences and doc.Tokens; doc.Mentions and
// doc.Entities are used when present.
func (x *Extractor) Process(doc *pipeline.Document) error {
	st := x.pool.Get().(*state)
	defer func() {
		st.doc = nil
		x.pool.Put(st)
	}()
	st.opt = x.opt
	st.process(doc)
	return nil
}

// process runs every step over doc, leaving the candidates in st.
func (st *state) process(doc *pipeline.Document) {
	st.reset(doc)
	st.emitted = st.emitted[:0]
	if len(doc.Tokens) == 0 || len(doc.Sentences) == 0 || len(doc.Paragraphs) == 0 {
		doc.Quotes = doc.Quotes[:0]
		return
	}
	st.classify()
	st.indexSentences()
	st.findCapsElsewhere()
	st.findSegments()
	st.segmentTokens()
	st.findTranscript()
	st.attributeDirect()
	st.findIndirect()
	st.outerSourceReports()
	st.inheritDirect()
	st.attributeFragments()
	st.resolveSpeakers()
	st.scoreConfidence()
	st.emit()
}

// pattern names the rule that attributed a quote; confidence is calibrated
// per pattern.
type pattern uint8

const (
	patNone                  pattern = iota
	patAfterSubject                  // "…," X said.
	patAfterInverted                 // "…," said X.
	patAfterDash                     // "…" — X
	patBeforeIntro                   // X said: "…" / X said, "…" / X said that "…"
	patBeforeFrag                    // X said the plan was "…" (a quoted fragment of reported speech)
	patParticiple                    // …, adding that "…" (the main clause's subject)
	patSameParagraph                 // a quote in the paragraph of an attributed one
	patContinued                     // a paragraph that continues an open quote
	patFloating                      // a paragraph of quotes after a paragraph of the same speaker's quotes
	patPrevSentence                  // a quote opening a sentence after an attributed one
	patBeforeColon                   // he returned to his familiar lines: "…"
	patTrailing                      // … "…" …, X said. (the attribution closes the sentence)
	patTranscript                    // WALLACE: …
	patAccording                     // according to X
	patAsSaying                      // X was quoted as saying / reported X as saying
	patIndirectForward               // X said (that) …
	patIndirectBackward              // …, X said.
	patIndirectAccording             // according to X, …
	patIndirectNoun                  // X's claim that …
	patIndirectRelative              // X, who said …
	patIndirectObject                // X announced his candidacy (what was said, as a noun phrase)
	patIndirectParenthetical         // A, X said, B / A, according to X, B (the attribution inside the span)
	patFragment                      // X welcomed “…”: a fragment in a clause whose verb is no cue
	numPatterns
)

var patternNames = [numPatterns]string{"none", "after-subject", "after-inverted", "after-dash", "before-intro",
	"before-fragment", "participle", "same-paragraph", "continued", "floating", "previous-sentence", "before-colon", "trailing", "transcript", "according",
	"as-saying", "indirect-forward", "indirect-backward", "indirect-according", "indirect-noun", "indirect-relative", "indirect-object", "indirect-parenthetical", "fragment"}

func (p pattern) String() string { return patternNames[p] }

// speakerRef is a speaker mention found by the rules, before resolution.
type speakerRef struct {
	np
	inherited bool // taken from another quote
}

// candidate is a quote under construction.
type candidate struct {
	span    pipeline.Span
	kind    pipeline.QuoteKind
	cue     pipeline.Span
	cueTok  int
	speaker speakerRef
	pat     pattern
	seg     int // index into state.segs for direct quotes, -1 otherwise
	style   markStyle
	dropped bool
	quoted  bool // reported speech with a quoted fragment inside
	name    string
	entity  int
	conf    float64
	// descOf is, for a he or she that stands for the unnamed speaker of
	// a quote before ("said the woman …. “…,” she said"), 1 + the index
	// of the candidate whose description named that speaker; 0 otherwise.
	descOf int32
}

// state is the per-document scratch space, reused through the pool.
type state struct {
	opt           Options
	doc           *pipeline.Document
	info          []tokInfo
	tokSent       []int32 // sentence index of each token
	inSeg         []int32 // top-level segment of each token, -1 outside quotes
	marks         []mark
	segs          []segment
	segCand       []int32 // candidate of each segment, -1 if none
	cands         []candidate
	usedCue       []bool // cue tokens already used by an attribution
	order         []int  // candidates to emit, in text order
	emitted       []int  // the candidate of each of doc.Quotes
	buf           []byte
	phrasalAt     []int // particles of phrasal cues, while classifying
	people        []person
	capsElsewhere map[string]bool // capitalised words seen inside sentences
	lowerWords    map[string]bool // words the article writes in lower case
	pmention      []personMention
	pmStart       []int32 // person p's mentions are pmention[pmOrder[pmStart[p]:pmStart[p+1]]]
	pmOrder       []int32
	spkTok        []uint8         // tokens of named speakers (1), reported speech (2), pronoun speakers (4)
	pronMention   []personMention // pronouns resolved so far, in text order
	narrPron      []int           // the story's he and she that no quote's attribution holds
	narrNext      int
	margin        int                           // the last pronoun's best score less the second
	prevSpk       *candidate                    // the quote before the one being resolved, with another speaker
	trace         func(format string, a ...any) // set by tests to trace resolution
	// rankTrace, set by tests, sees every ranking of a he or she: the
	// pronoun's token, its anchor, the quote it attributes (none for the
	// story's own pronouns), the quote before, the candidates and the
	// chosen one (-1: none).
	rankTrace   func(pos, anchor int, quote pipeline.Span, ls *candidate, cs []pronounCandidate, best int)
	sameSpeaker []pipeline.Span // the other quotes of the pronoun being resolved (sameSpeakerQuotes)
	pcands      []pronounCandidate
	pcIndex     []int32
	orgFirst    []int32       // first token of the organization name that ends at each token, -1 if none
	lowerTok    []string      // lower-case words of capitalised tokens, filled as lower asks for them
	qaIntroEnd  int           // the first turn of an interview transcript (its Q and A are named from the text before it)
	turnAlias   map[string]np // a transcript's labels that a parenthesis names a person by ("MODERATOR (JANE OKORO, …):")
	// ranked is the description rankForDescription is ranking, [first,
	// last) tokens: its own words do not stand near the name before it
	// ("Channing D. Phillips - the Utah Republican asks").
	ranked [2]int
	firm   struct { // the organization a business noun ("the company") named last
		name   string
		entity int
		tok    int
	}

	// Once buildPeople, firstNameGenders and familyGenders are done, the
	// people's names and sexes no longer change: settlePeople then fills
	// these, so that naming a person or finding one by name does not scan
	// every person (quadratic on a long text).
	settled   bool
	names     []string         // personName of each person
	byName    map[string]int32 // the first person of each name
	firstHead map[string]int32 // by given name: the first person of two or more words, not an organization
	firstNext []int32          // the next such person with the same given name, -1 at the end

	pmSorted       bool    // pmention's starts and ends both in text order (mentionRange)
	quotedWords    []int32 // single words between quotation marks (nicknamePerson)
	quotedIndexed  bool
	mentSorted     bool        // doc.Mentions' starts and ends both in text order (entityAt)
	roles          []roleIntro // by role asked (roleEntry), the first nRoles this document's
	nRoles         int
	inRanking      bool    // rankForDescription is running (rankCandidates)
	rankMark       []uint8 // rankCandidates' marks by person, cleared through rankList and rankIntro
	rankList       []int32
	rankIntro      []int32
	surHead        map[string]int32 // the first person of each surname (linkSurname)
	surNext        []int32          // the next person of the same surname, -1 at the end
	surBuf         []int32
	indHead        map[pipeline.Span]int32 // the latest indirect candidate of each span (addIndirect)
	indNext        []int32                 // by candidate: the one before it of the same span, -1 if none
	reports        []int32                 // the indirect candidates by start (indexReports)
	reportEnds     []reportTop             // by reports: the two that end last up to each
	reportsIndexed bool
}

func (st *state) reset(doc *pipeline.Document) {
	st.doc = doc
	st.cands = st.cands[:0]
	clear(st.indHead)
	st.reportsIndexed = false
	st.indNext = st.indNext[:0]
	st.segs = st.segs[:0]
	st.people = st.people[:0]
	st.pmention = st.pmention[:0]
	st.settled = false
	st.quotedIndexed = false
	st.pcIndex = st.pcIndex[:0] // all -1 again from the first resolveHeShe
	st.nRoles = 0
	// The marks are cleared in full by the next rankCandidates (and the
	// lists that would clear them emptied: they were the last document's).
	st.rankMark, st.rankList, st.rankIntro = st.rankMark[:0], st.rankList[:0], st.rankIntro[:0]
	st.qaIntroEnd = 0
	clear(st.turnAlias)
	st.firm.name = ""
}

// indexSentences records each token's sentence.
func (st *state) indexSentences() {
	n := len(st.doc.Tokens)
	st.tokSent = resize(st.tokSent, n)
	clear(st.tokSent)
	prev := int32(0)
	si := 0
	for i := 0; i < n; i++ {
		// Tokens outside every sentence (none, normally) take the
		// sentence before them.
		for si < len(st.doc.Sentences) && st.doc.Sentences[si].Last <= i {
			si++
		}
		if si < len(st.doc.Sentences) && st.doc.Sentences[si].First <= i {
			prev = int32(si)
		}
		st.tokSent[i] = prev
	}
	st.usedCue = resize(st.usedCue, n)
	clear(st.usedCue)
	st.lowerTok = resize(st.lowerTok, n)
	clear(st.lowerTok)
	st.orgFirst = resize(st.orgFirst, n)
	for i := range st.orgFirst {
		st.orgFirst[i] = -1
	}
	st.mentSorted = true
	for mi, m := range st.doc.Mentions {
		if mi > 0 && (m.Start < st.doc.Mentions[mi-1].Start || m.End < st.doc.Mentions[mi-1].End) {
			st.mentSorted = false
		}
		if m.Type != pipeline.Organization {
			continue
		}
		a, b := st.tokenAt(m.Start), st.tokenAt(m.End-1)
		if a < b && b < n && st.doc.Tokens[a].Start == m.Start && st.doc.Tokens[b].End == m.End {
			st.orgFirst[b] = int32(a)
		}
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// segmentTokens maps tokens to the segments that contain them.
func (st *state) segmentTokens() {
	toks := st.doc.Tokens
	st.inSeg = resize(st.inSeg, len(toks))
	for i := range st.inSeg {
		st.inSeg[i] = -1
	}
	st.segCand = resize(st.segCand, len(st.segs))
	for si := range st.segs {
		s := &st.segs[si]
		st.segCand[si] = -1
		s.first = st.tokenAt(s.content.Start)
		s.last = s.first
		for s.last < len(toks) && toks[s.last].Start < s.content.End {
			st.inSeg[s.last] = int32(si)
			s.last++
		}
		// Marks themselves belong to the segment too, so that frames
		// never see them as words.
		for _, m := range [2]pipeline.Span{s.open, s.close} {
			if m.IsZero() {
				continue
			}
			for i := st.tokenAt(m.Start); i < len(toks) && toks[i].Start < m.End; i++ {
				st.inSeg[i] = int32(si)
			}
		}
	}
}

// tokenAt returns the index of the first token that ends after byte offset b.
func (st *state) tokenAt(b int) int {
	toks := st.doc.Tokens
	i, _ := slices.BinarySearchFunc(toks, b, func(t pipeline.Token, b int) int {
		if t.End <= b {
			return -1
		}
		return 1
	})
	return i
}

// emit writes the kept candidates to doc.Quotes in text order.
func (st *state) emit() {
	doc := st.doc
	doc.Quotes = doc.Quotes[:0]
	order := st.order[:0]
	for i := range st.cands {
		c := &st.cands[i]
		if c.dropped || c.span.Len() <= 0 {
			continue
		}
		if c.kind == pipeline.Indirect && c.conf < st.opt.MinConfidenceIndirect || c.kind != pipeline.Indirect && c.conf < st.opt.MinConfidenceDirect {
			continue
		}
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return st.cands[a].span.Start - st.cands[b].span.Start })
	st.order = order
	for _, i := range order {
		c := &st.cands[i]
		q := pipeline.Quote{Span: c.span, Kind: c.kind, Cue: st.cueSpan(c), Confidence: c.conf}
		if st.opt.Mixed && c.kind == pipeline.Indirect && c.quoted {
			q.Kind = pipeline.Mixed
		}
		q.Speaker = pipeline.Speaker{Span: c.speaker.span, Form: c.speaker.form, Entity: c.entity, Name: pipeline.CleanName(c.name)}
		if c.speaker.inherited && q.Speaker.Form != pipeline.NoSpeaker {
			q.Speaker.Form = pipeline.Inherited
		}
		doc.Quotes = append(doc.Quotes, q)
	}
	// Quotes never overlap: of two that do, keep the one that says more
	// (a long direct quote, then reported speech, then a short fragment).
	kept := doc.Quotes[:0]
	st.emitted = st.emitted[:0]
	for k, q := range doc.Quotes {
		if n := len(kept); n > 0 && kept[n-1].Overlaps(q.Span) {
			if r, rk := st.rank(q), st.rank(kept[n-1]); r > rk || r == rk && q.Confidence > kept[n-1].Confidence {
				kept[n-1] = q
				st.emitted[n-1] = order[k]
			}
			continue
		}
		kept = append(kept, q)
		st.emitted = append(st.emitted, order[k])
	}
	doc.Quotes = kept
}

// rank orders overlapping quotes by what to keep.
func (st *state) rank(q pipeline.Quote) int {
	words := countWords(st.doc.Text, q.Span)
	switch {
	case q.Kind == pipeline.Direct && words >= minDirectWords:
		return 3
	case q.Kind == pipeline.Indirect || q.Kind == pipeline.Mixed:
		return 2
	}
	return 1
}

// Token helpers.

// cueSpan is the cue as written: "according to" whole, a phrasal cue with
// its particle ("pointed out").
func (st *state) cueSpan(c *candidate) pipeline.Span {
	k := c.cueTok
	toks := st.doc.Tokens
	if k < 0 || k+1 >= len(toks) || toks[k].Span != c.cue {
		return c.cue
	}
	next := st.word(k + 1)
	if st.is(k, wAccording) && next == "to" {
		return pipeline.Span{Start: c.cue.Start, End: toks[k+1].End}
	}
	if v := st.info[k].cue.verb; v >= 0 {
		if p := cueVerbs[v].particle(); p != "" && strings.EqualFold(next, p) {
			return pipeline.Span{Start: c.cue.Start, End: toks[k+1].End}
		}
	}
	return c.cue
}

// word is the text of token i, or "" outside the document: the rules look
// one or two tokens ahead or back without checking the ends each time
// (fuzzing found three such reads past the last token).
func (st *state) word(i int) string {
	if i < 0 || i >= len(st.doc.Tokens) {
		return ""
	}
	t := st.doc.Tokens[i]
	return st.doc.Text[t.Start:t.End]
}

// lower is the text of token i in lower case, "" outside the document. A
// word with no upper-case letter is its own text; the others are lowered
// once per document (strings.ToLower allocates for each of them).
func (st *state) lower(i int) string {
	w := st.word(i)
	for j := 0; j < len(w); j++ {
		if c := w[j]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			if st.lowerTok[i] == "" {
				st.lowerTok[i] = strings.ToLower(w)
			}
			return st.lowerTok[i]
		}
	}
	return w
}

// is reports whether token i is of class c; false outside the document, as
// word.
func (st *state) is(i int, c wordClass) bool {
	return i >= 0 && i < len(st.info) && st.info[i].cls&c != 0
}

func (st *state) isPunct(i int, s string) bool {
	if i < 0 || i >= len(st.doc.Tokens) {
		return false
	}
	t := st.doc.Tokens[i]
	return (t.Kind == pipeline.Punct || t.Kind == pipeline.Dash || t.Kind == pipeline.Symbol) && st.doc.Text[t.Start:t.End] == s
}

// isFinal reports a token that ends a sentence: . ! ? (outside quotes).
// A period the tokenizer split off an abbreviation or an initial is not
// final: one followed by a lower-case word, a comma or a closing bracket
// ("Rep. Earl Blumenauer (D-Ore.) said", "Sen. Ron Johnson, R-Wis., said"),
// or one right after a single capital letter and before a name ("Richard
// J. Durbin").
func (st *state) isFinal(i int) bool {
	t := st.doc.Tokens[i]
	if t.Kind != pipeline.Punct {
		return false
	}
	switch st.doc.Text[t.Start:t.End] {
	case "!", "?", "...", "…", "?!", "!!":
		return true
	case ".":
		return !st.abbrevPeriod(i)
	}
	return false
}

// abbrevPeriod reports a period token that belongs to an abbreviation or
// an initial rather than ending a sentence.
func (st *state) abbrevPeriod(i int) bool {
	toks := st.doc.Tokens
	if i+1 >= len(toks) || i == 0 || toks[i-1].End != toks[i].Start || !st.isWord(i-1) {
		return false
	}
	n := toks[i+1]
	if st.paraOf(i+1) != st.paraOf(i) {
		return false
	}
	switch {
	case n.Kind == pipeline.Punct:
		w := st.doc.Text[n.Start:n.End]
		return w == "," || w == ")" || w == ";"
	case n.Kind == pipeline.Word && n.Is(pipeline.Lower):
		return true
	case n.Kind == pipeline.Word && st.info[i+1].cap && !n.Is(pipeline.SentStart):
		// "Harry M. Reid": an initial, if the segmenter did not start
		// a sentence after it.
		p := toks[i-1]
		return p.End-p.Start == 1 && st.info[i-1].cap || midAbbreviation(st.doc.Text[p.Start:p.End]) == beforeName
	case n.Kind == pipeline.Number && !n.Is(pipeline.SentStart):
		p := toks[i-1]
		return midAbbreviation(st.doc.Text[p.Start:p.End]) == beforeNumber
	}
	return false
}

// An abbreviation's period that the segmenter leaves inside a sentence but
// the tokenizer splits off, and what follows it there.
const (
	beforeName   = 1 // "Roe v. Wade", "then-Sen. Barack Obama"
	beforeNumber = 2 // "the Sept. 11 attacks", "on Feb. 3"
)

// midAbbreviations are those abbreviations: a case name's "v." and "vs.",
// a title after a prefix (the segmenter knows "Sen." alone, not
// "then-Sen."), and the months news abbreviates (AP style) before a day.
var midAbbreviations = map[string]int{"v": beforeName, "vs": beforeName,
	"Sen": beforeName, "Sens": beforeName, "Rep": beforeName, "Reps": beforeName, "Gov": beforeName, "Gen": beforeName, "Pres": beforeName,
	"Jan": beforeNumber, "Feb": beforeNumber, "Aug": beforeNumber, "Sept": beforeNumber, "Sep": beforeNumber, "Oct": beforeNumber,
	"Nov": beforeNumber, "Dec": beforeNumber}

// midAbbreviation returns what may follow word's period inside a sentence
// (0 for none); after a prefix's hyphen a title or a month ("then-Sen",
// "ex-Gov", "mid-Sept"), never a case name's "v".
func midAbbreviation(word string) int {
	if i := strings.LastIndexByte(word, '-'); i > 0 {
		if t := word[i+1:]; t != "v" && t != "vs" {
			return midAbbreviations[t]
		}
		return 0
	}
	return midAbbreviations[word]
}

func (st *state) isMark(i int) bool { return st.doc.Tokens[i].Kind == pipeline.QuoteMark }

func (st *state) isWord(i int) bool {
	k := st.doc.Tokens[i].Kind
	return k == pipeline.Word || k == pipeline.Number
}

func (st *state) span(first, last int) pipeline.Span {
	toks := st.doc.Tokens
	return pipeline.Span{Start: toks[first].Start, End: toks[last-1].End}
}

func (st *state) paraOf(i int) int { return st.doc.Sentences[st.tokSent[i]].Paragraph }
