package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// attributeFragments gives a quoted fragment that no other rule attributed
// to the subject of the clause it stands in, whatever that clause's verb:
// "Ted Nordhaus welcomed “the recognition that we do not …”", "Walter
// Hewlett sniped that Fiorina was “learning on the job,”". It runs last, so
// a speech cue, a neighbouring quote or reported speech always wins. Only
// fragments of minDirectWords words or more, not titles ("The Rachel Maddow
// Show"), and only after a verb whose subject can speak (speakerLike): an
// object of the verb ("a memo titled “…”") is no one's words.
func (st *state) attributeFragments() {
	for si := range st.segs {
		if st.segCand[si] >= 0 {
			continue
		}
		s := &st.segs[si]
		if s.first >= s.last || s.content.Len() == 0 || countWords(st.doc.Text, s.content) < minDirectWords {
			continue
		}
		span := s.content.TrimSpace(st.doc.Text)
		o := s.first - 1 // the opening mark
		if o < 1 || !st.isMark(o) || st.paraOf(o-1) != s.para || isTitle(st.doc.Text[span.Start:span.End]) || st.overlapsCandidate(span) {
			continue
		}
		lo, _ := st.sentenceBounds(o)
		v, n := st.fragmentSubject(lo, o)
		if v < 0 {
			continue
		}
		st.segCand[si] = int32(len(st.cands))
		st.cands = append(st.cands, candidate{span: span, kind: pipeline.Direct, seg: si, style: s.style,
			cueTok: v, cue: st.doc.Tokens[v].Span, entity: -1, pat: patFragment, speaker: speakerRef{np: n}})
	}
}

// overlapsCandidate reports a candidate quote that overlaps span.
func (st *state) overlapsCandidate(span pipeline.Span) bool {
	for i := range st.cands {
		if c := &st.cands[i]; !c.dropped && c.span.Overlaps(span) {
			return true
		}
	}
	return false
}

// fragmentSubject returns the verb nearest before token hi, in tokens
// [lo, hi) outside quotes, and its subject, when that subject can speak
// (speakerLike); -1 if there is none. A
// verb without a subject (a participle: "whipping lawmakers against “…”")
// passes on to the verb before it; a clause reported with "that" passes on
// to the clause that reports it ("Hewlett sniped that Fiorina was “…”"
// gives Hewlett's words); a passive ("was asked by X whether …") and a
// copula or "has" ("New York has several, including “…”") give no one's.
func (st *state) fragmentSubject(lo, hi int) (int, np) {
	for v := hi - 1; v > lo; v-- {
		if n := st.withGerundSubject(v, lo); n.ok() {
			return v, n
		}
		if st.inSeg[v] >= 0 || !st.fragmentVerb(v, hi) {
			continue
		}
		if st.passive(v) {
			if n := st.namingAgent(v, hi); n.ok() {
				return v, n // "She has been described by the historian X as “…”": the agent's words
			}
			if v+1 < hi && st.word(v+1) == "by" {
				continue // "the statement released by Fox News": a reduced relative, or a passive with its agent
			}
			return -1, np{}
		}
		n := st.subjectBefore(v, lo)
		if !n.ok() || n.rel {
			continue
		}
		if k := n.first - 1; k > lo && st.is(k, wThat) && st.reportsThat(k, lo) {
			return st.fragmentSubject(lo, k)
		}
		if st.is(v, wAux) || !st.speakerLike(n) {
			return -1, np{}
		}
		return v, n
	}
	return -1, np{}
}

// namingAgent returns the agent of a passive naming cue at v whose "as"
// leads to the quote: "was described by one critic as “…”", "has been
// described by the historian X as “…”" (biographies' way of quoting a
// verdict); none when the agent cannot speak.
func (st *state) namingAgent(v, hi int) np {
	if st.info[v].cue.class() != naming || !st.info[v].cue.isVerb() || v+2 >= hi || st.word(v+1) != "by" {
		return np{}
	}
	n := st.npAfter(v+2, hi)
	if !n.ok() || n.last >= hi || st.word(n.last) != "as" || !st.speakerLike(n) {
		return np{}
	}
	return n
}

// withGerundSubject returns the subject of a clause "with NP V-ing" whose
// verb is at v ("Thousands marched, with many protesters chanting “…”": the
// protesters' words, not the main clause's), when it can speak; else none.
func (st *state) withGerundSubject(v, lo int) np {
	w := st.word(v)
	if v-2 <= lo || st.info[v].cap || len(w) < 6 || !strings.HasSuffix(w, "ing") || st.info[v].cls&^wVerb != 0 {
		return np{}
	}
	n := st.npEndingAt(v-1, lo)
	if !n.ok() || n.first-1 <= lo || st.word(n.first-1) != "with" || n.form == pipeline.Pronoun ||
		!st.speakerLike(n) && !(n.form == pipeline.Description && st.pluralNoun(n.last-1)) {
		return np{}
	}
	return n
}

// reportsThat reports a "that" at k that opens a reported clause: after a
// cue (a verb or a noun: "told NBC News that", "made the point that") or a
// verb in "-ed" ("sniped that"), not a relative ("the ad that").
func (st *state) reportsThat(k, lo int) bool {
	for j := k - 1; j >= lo && k-j <= 4 && st.isWord(j); j-- {
		if c := st.info[j].cue; c.isVerb() || c.noun >= 0 {
			return true
		}
		if w := st.word(j); j == k-1 && len(w) > 4 && strings.HasSuffix(w, "ed") && st.info[j].cls == 0 {
			return true
		}
	}
	return false
}

// speakerLike reports a subject that can be a fragment's speaker: a name
// or a pronoun for a person or a group, not "it", not the writer ("I",
// "we"), not a headline's capitals, and not a phrase that begins with a
// lower-case word other than a determiner ("down Trump", "hence Cyrus"); or
// a description headed by a person's or a body's word ("the protesters").
func (st *state) speakerLike(n np) bool {
	if n.form == pipeline.Description {
		return st.is(n.last-1, wRole|wPlural|wOrgHead) && !st.is(n.last-1, wPron)
	}
	if n.form != pipeline.Named && n.form != pipeline.Pronoun {
		return false
	}
	if st.is(n.first, wNeuter|wFirst) || st.doc.Tokens[n.first].Is(pipeline.AllCaps) && n.last-n.first > 0 && st.doc.Tokens[n.last-1].Is(pipeline.AllCaps) {
		return false
	}
	return st.info[n.first].cap || st.is(n.first, wDet|wPossDet|wPron)
}

// fragmentVerb reports a word that heads a clause's verb here: a speech
// cue in a verb's place, an irregular past ("struck"), a word in "-ed" that
// no determiner or preposition precedes ("welcomed", not "the alleged"), a
// word in "-ing" after an auxiliary ("was going"), or an auxiliary that no
// verb follows before the quote ("Fiorina was “learning on the job”").
func (st *state) fragmentVerb(v, hi int) bool {
	if !st.isWord(v) || st.info[v].cap {
		return false
	}
	if c := st.info[v].cue; c.isVerb() {
		return (c.form != formGerund || st.is(v-1, wAux)) && st.verbHere(v)
	}
	if st.is(v, wAux) {
		if w := st.word(v); w == "'s" || w == "’s" {
			return false // mostly a possessive: "Christie's leadership"
		}
		return st.isWord(v-1) && !st.is(v-1, wAux) && (v+1 >= hi || !st.is(v+1, wAux)) // a bridge to a reported clause only
	}
	if st.is(v-1, wDet|wPossDet|wPrep) {
		return false
	}
	w := st.word(v)
	switch {
	case st.is(v, wIrregPast):
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return st.is(v-1, wAux)
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && st.info[v].cls == 0:
		// A present tense after "he" or "she", adverbs between: "She
		// often speaks of breaking “…”", "He also seeks “…”".
		k := v - 1
		for k > 0 && (st.is(k, wAdv) || st.isLyAdverb(k)) {
			k--
		}
		p := st.lower(k)
		return p == "he" || p == "she"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && st.info[v].cls == 0
}

// passive reports a past participle after a form of "be": "was asked",
// "were told", "is described".
func (st *state) passive(v int) bool {
	if !strings.HasSuffix(st.word(v), "ed") && !st.is(v, wIrregPast) && st.info[v].cue.form != formParticiple {
		return false
	}
	k := v - 1
	for k > 0 && (st.is(k, wAdv) || st.isLyAdverb(k)) {
		k--
	}
	w := st.word(k)
	for _, be := range [...]string{"is", "was", "are", "were", "be", "been", "being"} {
		if strings.EqualFold(w, be) {
			return true
		}
	}
	return false
}

// isTitle reports a quoted title: in title case ("Jeb Can Fix It") or with
// every long word capitalised (titleLike).
func isTitle(s string) bool { return isTitleCase(s) || titleLike(s) }

// titleLike reports a quoted title: every word of four letters or more
// capitalised, and at least two of them ("Secret Lives of the Super Rich",
// "Backfire: Carly Fiorina's High-Stakes Battle for the Soul of
// Hewlett-Packard").
func titleLike(s string) bool {
	long := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimLeft(w, "‘'\"(“")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 2
}

// namedTitle reports a short quoted title after a preposition or a
// possessive, which names a show, a book or a column: "said on ABC's “This
// Week,”", "the host of “The Apprentice,”", "Politico's “Off Message”
// podcast". It is no one's words, whoever stands near it.
func (st *state) namedTitle(si int) bool {
	s := &st.segs[si]
	o := s.first - 1 // the opening mark
	if o < 1 || !st.isMark(o) || st.inSeg[o-1] >= 0 {
		return false
	}
	if w := st.word(o - 1); !(st.is(o-1, wPrep) && !st.is(o-1, wThat) || w == "'s" || w == "’s" || st.afterWorkNoun(o)) {
		return false
	}
	span := s.content.TrimSpace(st.doc.Text)
	text := strings.TrimRight(st.doc.Text[span.Start:span.End], ",.")
	// A longer one only when every long word is capitalised: a show or a
	// book after "on" or "in" ("told CNN's Jake Tapper on “State of the
	// Union.”"), its closing period inside the marks.
	return countWords(st.doc.Text, s.content) < minDirectWords && isTitleCase(text) || titleLike(text)
}

// workNouns name a work whose title news writes in marks after them: "the
// film “Night Harbour”", "his 1999 memoir, “Songs of the Road,”".
var workNouns = map[string]bool{"book": true, "novel": true, "memoir": true, "memoirs": true, "biography": true,
	"autobiography": true, "film": true, "movie": true, "documentary": true, "play": true, "musical": true, "opera": true,
	"album": true, "song": true, "single": true, "poem": true, "series": true, "show": true, "sitcom": true, "podcast": true,
	"essay": true, "collection": true, "painting": true, "exhibition": true}

// afterWorkNoun reports an opening mark at token o right after a work noun,
// or after one and a comma.
func (st *state) afterWorkNoun(o int) bool {
	k := o - 1
	if k > 0 && st.isPunct(k, ",") {
		k--
	}
	return k >= 0 && workNouns[st.word(k)]
}
