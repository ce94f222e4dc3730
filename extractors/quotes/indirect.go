package quotes

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// minDirectWords is the length from which a quoted stretch inside reported
// speech is a quote of its own: shorter ones ("a “total disaster”") are the
// reporter's borrowed words and stay inside the reported clause.
const minDirectWords = 4

// findIndirect finds reported speech: X said (that) …, …, X said., said X,
// according to X, X's claim that …. A reported clause that holds a quoted
// stretch of minDirectWords words or more is left to the direct quote.
func (st *state) findIndirect() {
	toks := st.doc.Tokens
	for v := range toks {
		if st.inSeg[v] >= 0 || st.usedCue[v] {
			continue
		}
		inf := st.info[v]
		switch {
		case inf.cls&wAccording != 0 && v+1 < len(toks) && st.word(v+1) == "to":
			st.indirectAccording(v, v)
		case st.word(v) == "words" && v >= 2 && v+1 < len(toks) && st.word(v+1) == "of" && st.lower(v-1) == "the" && st.lower(v-2) == "in":
			st.indirectAccording(v, v-2) // "In the words of one board member, …"
		case inf.cue.noun >= 0 && v+1 < len(toks) && st.is(v+1, wThat) && (!inf.cue.isVerb() || st.possessed(v)):
			st.indirectNoun(v, v+2)
		case v > 0 && st.is(v-1, wPossDet) && infinitiveNouns[st.lower(v)] && st.infinitiveAt(v+1):
			// "his promise to build a wall": the infinitive, the
			// possessor's. Not after a name's possessive: "Biden rubbished
			// Trump's claim to understand …" made Trump the last speaker,
			// and the next "he said" his (hand-resolved sample).
			st.indirectNoun(v, v+1)
		case inf.cue.isVerb() && inf.cue.lemma() == "put" && v+1 < len(toks) && st.word(v+1) == "it":
			st.indirectAsPut(v)
		case inf.cue.isVerb() && (!inf.cap || toks[v].Is(pipeline.SentStart) || st.headlineCue(v)):
			st.indirectVerb(v)
		}
	}
}

// headlineCue reports a capitalised cue in a title-case line after a name:
// "Trump Says He’s Unlikely To Have A Good Relationship With Cameron".
func (st *state) headlineCue(v int) bool {
	if v == 0 || !st.info[v-1].cap || !st.info[v].cue.has(clause) || st.info[v].cue.form != formThird {
		return false
	}
	return st.titleCaseParagraph(st.paraOf(v))
}

// sentenceBounds returns the narrative sentence around token v: from the
// last sentence-final mark outside quotes before it (or its paragraph's
// start) to the next one after it (or its paragraph's end), exclusive.
func (st *state) sentenceBounds(v int) (int, int) {
	p := st.paraOf(v)
	a, b := st.paraTokens(p)
	lo := v
	// A quote whose content ends a sentence ends it on this side too: "…
	// has “built a lead.” Superdelegates would …, Mook said." reports
	// from "Superdelegates", not from the sentence before.
	for lo > a && !(st.inSeg[lo-1] < 0 && (st.isFinal(lo-1) || st.isPunct(lo-1, ";"))) && !st.quoteEndsSentence(lo-1) && !st.abbrevEndsSentence(lo-1) {
		lo--
	}
	hi := v
	for hi < b && !(st.inSeg[hi] < 0 && (st.isFinal(hi) || st.isPunct(hi, ";"))) && !st.quoteEndsSentence(hi) && !(hi > v && st.abbrevEndsSentence(hi-1)) {
		hi++
	}
	return lo, hi
}

// abbrevEndsSentence reports an abbreviation whose period ends a sentence,
// which the segmenter saw and the tokenizer kept in the word: "… in the
// U.S. He says …".
func (st *state) abbrevEndsSentence(i int) bool {
	toks := st.doc.Tokens
	if i+1 >= len(toks) || st.inSeg[i] >= 0 || st.inSeg[i+1] >= 0 || toks[i].Kind != pipeline.Word || !toks[i+1].Is(pipeline.SentStart) {
		return false
	}
	// Only before a word no name goes on with ("He", "The", "But"): the
	// segmenter also starts sentences inside "the U.S. Judicial
	// Conference".
	w := st.doc.Text[toks[i].Start:toks[i].End]
	return len(w) > 1 && strings.HasSuffix(w, ".") && st.paraOf(i+1) == st.paraOf(i) &&
		st.is(i+1, wPron|wDet|wPossDet|wConj|wPrep|wSub|wAux|wAdv)
}

// nounForms are third-person cue forms that are also plural nouns.
var nounForms = map[string]bool{"states": true, "reports": true, "claims": true, "notes": true, "comments": true,
	"answers": true, "posts": true, "tweets": true, "charges": true, "questions": true, "remarks": true,
	"promises": true, "threats": true, "warns": false, "estimates": true, "statements": true, "replies": true, "responses": true}

// thirdIsVerb reports whether a form like "states" or "reports" is the verb
// here: a singular subject right before it ("the report states"), and a
// clause after it.
func (st *state) thirdIsVerb(v int) bool {
	if v > 0 && st.doc.Tokens[v-1].Kind == pipeline.Dash {
		// "Byrne — who was posted at the door … — states that": the
		// subject before a dash aside.
		for j := v - 2; j > 0 && v-j < 35; j-- {
			if st.isFinal(j) || st.inSeg[j] >= 0 {
				return false
			}
			if st.doc.Tokens[j].Kind == pipeline.Dash {
				return j+1 < v-1 && st.thirdIsVerbAfter(j, v)
			}
		}
		return false
	}
	return st.thirdIsVerbAfter(v, v)
}

// thirdIsVerbAfter is thirdIsVerb for the cue at v whose subject ends
// before token s (v itself, or a dash aside's opening).
func (st *state) thirdIsVerbAfter(s, v int) bool {
	b := s - 1 // the subject's last token
	for b > 0 && s-b <= 2 && (st.is(b, wAdv) && !st.is(b, wDet|wPrep|wSub|wNum) && st.word(b) != "last" || st.isLyAdverb(b)) {
		b-- // "Podliska also claims"
	}
	if s == 0 || !st.isWord(b) || st.is(b, wDet|wPossDet|wPrep|wNum) || st.isPunct(b, ",") {
		return false
	}
	w := st.word(b)
	if strings.HasSuffix(w, "s") && !st.info[b].cap || st.is(b, wPlural) {
		return false
	}
	// A name that is a verb's or a preposition's object makes a compound
	// with it: "beating Wall Street estimates", "according to CBO estimates".
	if st.info[b].cap {
		k := b
		for k > 0 && st.info[k-1].cap && b-k < 5 {
			k--
		}
		if k > 0 && !st.info[k-1].cap && st.isWord(k-1) && !st.is(k-1, wThat) {
			if g := st.word(k - 1); st.is(k-1, wPrep) || len(g) > 4 && strings.HasSuffix(g, "ing") && isLowerASCII(g) {
				return false
			}
		}
	}
	// A lower-case noun before it is its subject only after a determiner
	// ("the report states"); else the two make a compound ("four police
	// reports").
	if !st.info[b].cap && !st.is(b, wPron|wRel) && (b < 1 || !st.is(b-1, wDet|wPossDet) && st.word(b-1) != "'s" && st.word(b-1) != "’s") {
		return false
	}
	if v+1 >= len(st.doc.Tokens) {
		return true
	}
	// "the document states that", "Conway notes." (after a quote)
	return st.is(v+1, wThat) || st.is(v+1, wPron|wDet|wPossDet) || st.info[v+1].cap || st.isFinal(v+1) || st.isPunct(v+1, ",") || st.isMark(v+1)
}

// quoteEndsSentence reports whether token i is the last of a quote whose
// content ends a sentence ("the probe is “ongoing.”") followed by a new
// sentence.
func (st *state) quoteEndsSentence(i int) bool {
	si := st.inSeg[i]
	if si < 0 || i+1 >= len(st.doc.Tokens) || st.inSeg[i+1] == si {
		return false
	}
	s := &st.segs[si]
	if s.close.IsZero() || st.doc.Tokens[i].End != s.close.End || !endsWithFinal(st.doc.Text, s.content) {
		return false
	}
	return st.info[i+1].cap || st.inSeg[i+1] >= 0
}

func (st *state) indirectVerb(v int) {
	inf := st.info[v]
	cl := inf.cue.class()
	if cl == naming || cl == stance || !inf.cue.has(clause) && cl != asking {
		return
	}
	if inf.cue.lemma() == "add" && v+1 < len(st.doc.Tokens) && (st.word(v+1) == "up" || st.word(v+1) == "back") {
		return // "the promises add up to $8.5 million", "add back the early-voting week": a sum, not a word said
	}
	if inf.cue.lemma() == "add" && v+1 < len(st.doc.Tokens) && st.word(v+1) == "to" && !(v+3 < len(st.doc.Tokens) && st.isObjPron(v+2) && st.is(v+3, wThat)) {
		return // "adding to her lead": to increase, not to say
	}
	// "went on to say", "continued to suggest": the verb before "to"
	// carries the subject.
	toInf := inf.cue.form == formBase && st.catenative(v)
	// "were more likely to say they preferred …", "stood up to say he …":
	// after any other verb or phrase, "to" and a cue report a clause (never
	// an object) of the sentence's subject.
	toClause := inf.cue.form == formBase && !toInf && st.infinitiveCue(v)
	// "Strategists fear that … and warn that …": a base form after "and"
	// shares the plural subject of the sentence's first verb.
	coord := inf.cue.form == formBase && !toInf && !toClause && st.coordinatedBase(v)
	// "Proponents of tighter controls on hate speech here say there is
	// …": a base form after a plural subject the speaker rules read whole,
	// when a clause follows.
	plainSubj := inf.cue.form == formBase && !toInf && !toClause && !coord && !st.prevIsAux(v) && st.pluralSubjectClause(v)
	if inf.cue.form == formBase && !toInf && !toClause && !coord && !plainSubj && !st.prevIsAux(v) {
		return
	}
	lo, hi := st.sentenceBounds(v)
	if inf.cue.form == formBase && !toInf && !toClause && v > lo && (st.is(v-1, wDet|wPossDet|wPrep) && !st.is(v-1, wPron|wPlural) || st.word(v-1) == "'s" || st.word(v-1) == "’s") {
		return // "the neighboring state", "his claim": a noun
	}
	flo := st.frameStart(v)
	if cl == asking && (inf.cue.form == formPast || inf.cue.form == formParticiple) && v+2 < hi && st.word(v+1) == "by" {
		// "was asked by host John Dickerson whether …", "when asked by a
		// reporter if …": the question is the agent's.
		if n := st.npAfter(v+2, hi); n.ok() && n.last+1 < hi && questionWords[st.word(n.last)] {
			end := st.clauseEnd(n.last, hi, false)
			if v == flo || st.is(v-1, wSub) {
				// "Asked by Thrush if Clinton “gets” race, Sharpton
				// avoided …": a fronted question ends at its comma.
				end = min(end, st.nextComma(n.last+1, hi))
			}
			if st.finiteVerbIn(n.last+1, end) {
				st.addIndirect(n.last, end, v, n, patIndirectForward)
			}
		}
		return
	}
	// Passive "was told that", "it was reported that": no speaker here.
	pv := v - 1
	for pv > lo && (st.isLyAdverb(pv) || st.is(pv, wAdv) && !st.is(pv, wAux)) {
		pv-- // "was officially declared"
	}
	if pv >= lo && st.is(pv, wAux) && (inf.cue.form == formParticiple || inf.cue.form == formPast) && !st.is(pv, wPron) {
		w := st.word(pv)
		if w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being" {
			if sp, ok := st.asSaying(v, hi); !ok || !sp.ok() {
				return
			}
		}
	}
	var sp np
	frontEnd := -1 // the comma that ends a fronted "After saying …," before its main clause
	pat := patIndirectForward
	switch {
	case toClause:
		sp = st.infinitiveSpeaker(v, flo)
		if !sp.ok() || sp.form == pipeline.Pronoun && strings.EqualFold(st.word(sp.first), "it") {
			return // "it is too early to say whether": no speaker
		}
	case toInf:
		sp = st.clauseSubject(v-1, flo)
		k := v - 2
		if st.word(k) == "on" {
			k--
		}
		if b := st.beforeAdverbs(k, flo); b >= flo && st.is(b, wConj) {
			sp = st.sentenceSubject(lo, b) // "but went on to say"
		}
	case inf.cue.form == formGerund && (v > flo && (st.isPunct(v-1, ",") || st.is(v-1, wConj)) || st.quoteCommaBefore(v)):
		sp, _ = st.mainSubject(v, lo, -1)
		if !sp.ok() {
			// "…,” he said, adding that …": the quote's speaker.
			for k := v - 1; k >= lo; k-- {
				if st.inSeg[k] >= 0 {
					if c := st.segCand[st.inSeg[k]]; c >= 0 {
						sp = st.cands[c].speaker.np
					}
					break
				}
			}
		}
		if inf.cue.lemma() == "add" && (st.isPunct(v-1, ",") || st.quoteCommaBefore(v)) && v+1 < hi && (st.is(v+1, wThat) || st.reportedClauseStart(v, v+1, hi)) {
			// "…,” Lee said, adding that …": the added clause is the
			// same rule as a direct quote's ", adding that “…”", and is
			// weighed as one; PolNeAR's gold reports it (16 of 30 on
			// train, the rest mostly holding a quote). Not a plain
			// object ("adding a plug for himself").
			pat = patParticiple
		}
	case inf.cue.form == formGerund:
		// "issued a statement saying …"
		if b := st.beforeAdverbs(v, flo); b >= flo && st.is(b, wAux) {
			if !st.isBe(b) {
				return
			}
			// "Full-blown capitalists are saying …", "He’s not saying
			// what …": the progressive's subject.
			sp = st.subjectBefore(v, flo)
			break
		}
		if b := st.beforeAdverbs(v, flo); b >= flo && inf.cue.lemma() == "say" && sayingPreps[st.word(b)] {
			// "After saying he was nervous …, the man ended up …", "Mr.
			// Sanders, after initially saying he would not …, bought …":
			// the main clause's subject says (PolNeAR's gold: 3 of 5 on
			// train; not other verbs, 0 of 19).
			if b > flo {
				sp, _ = st.mainSubject(v, lo, -1)
				if n := st.npEndingAt(b-2, flo); !sp.ok() && st.isPunct(b-1, ",") && n.ok() && n.first == flo && !n.rel {
					sp = n // the subject before the aside
				}
				if c := st.nextComma(v+1, hi); st.isPunct(b-1, ",") && c+1 < hi && (st.is(c+1, wAux|wVerb) && !st.is(c+1, wPron) || st.pastLike(c+1)) {
					frontEnd = c // the aside's closing comma, the main verb after it
				}
				break
			}
			c := st.nextComma(v+1, hi)
			if c+1 >= hi {
				return
			}
			sp, frontEnd = st.sentenceSubject(c+1, hi), c
			break
		}
		if v-1 > flo && st.is(v-1, wAs) {
			// "quoted an official as saying …", "was quoted as saying …"
			if n, ok := st.asSayingBefore(v, flo); ok {
				sp, pat = n, patAsSaying
			}
			if sp.ok() {
				break
			}
			pat = patIndirectForward
		}
		if v-1 > flo && st.word(v-1) == "by" {
			// "Before the attacks, Trump took a hands-off approach to the
			// Islamic State, …, and distinguished himself by saying …":
			// the means hangs on the main clause, like ", saying".
			if n, _ := st.mainSubject(v, lo, -1); n.ok() && !st.modalIn(n.last, v) {
				sp = n
				break
			}
		}
		if n := st.absoluteSubject(v, flo); n.ok() {
			sp = n // "with its sponsors saying it would create jobs"
			break
		}
		sp = st.clauseSubject(v, flo)
	default:
		if !coord && !plainSubj && !st.verbHere(v) {
			return // "battleground states", "news reports"
		}
		sp = st.subjectBefore(v, flo)
		if q := st.quantifierSubject(v, flo); q.ok() {
			sp = q // "those around him acknowledge", not "him"
		}
		b := v - 1
		for b > flo && (st.is(b, wAdv|wAux) && !st.is(b, wPron|wDet) || st.isLyAdverb(b)) {
			b-- // "but did not suggest", "and would also say"
		}
		if !sp.ok() && b >= flo && !st.is(b, wConj) {
			// "has been critical of him but on Tuesday wrote that …",
			// "but in a later interview said …": a time or an occasion
			// between the conjunction and its verb.
			if c := st.skipBackAdjuncts(b, flo); c >= flo && c < b && st.is(c, wConj) {
				b = c
			}
		}
		if !sp.ok() && b >= flo && st.is(b, wConj) {
			// "Tom told Mary Lopez, who answered her door and said …": the
			// verb goes on with an open relative clause, whose "who" says.
			if r := st.openRelative(flo, b); r >= 0 {
				sp = st.subjectBefore(r+1, lo)
			}
		}
		if !sp.ok() && b >= flo && st.is(b, wConj) {
			// "House Democrats seized the floor and said …", "Comey
			// called it “extremely careless,” but said …": the coordinated
			// verb's subject, across quotes.
			sp = st.coordinatedVerbSubject(lo, b)
		}
		if !sp.ok() && flo > lo {
			// "Trump - who said he would “bomb the [expletive] out of” oil
			// fields - said …": a subject before an aside with a quote.
			sp = st.subjectBefore(v, lo)
		}
	}
	if inf.cue.form == formGerund && inf.cue.lemma() == "tell" && pat == patIndirectForward && sp.ok() && v+2 < hi &&
		(st.isPunct(v-1, ",") || st.word(v-1) == "by" || st.withSubject(v, lo).ok()) {
		// "He denounced the coup, telling USA TODAY he had nothing to do
		// with it", "tried offering an olive branch by telling Clinton she
		// had been …", "with Senator John McCain telling reporters he
		// viewed …": the told clause after its hearer, weighed as ",
		// adding that" is; PolNeAR's gold reports it (11 of 20 after a
		// comma on train). Not a request ("telling schools to let …").
		if k := st.skipComplements(v, v+1, hi); k > v+1 && k < hi && !st.infinitiveAt(k) && (st.is(k, wThat) || st.reportedClauseStart(v, k, hi)) {
			pat = patParticiple
		}
	}
	if n, ok := st.asSaying(v, hi); ok {
		sp = n
	}
	// "As reported by Western Journalism, …" / "…, as reported by X."
	if v > lo && st.is(v-1, wAs) && v+2 < hi && st.word(v+1) == "by" && inf.cue.form == formPast {
		n := st.npAfter(v+2, hi)
		if !n.ok() {
			return
		}
		if v-1 == flo && n.last < hi && st.isPunct(n.last, ",") {
			st.addIndirect(n.last+1, st.clauseEnd(n.last+1, hi, false), v, n, patIndirectAccording)
		} else if v-2 > lo && st.isPunct(v-2, ",") && n.last >= hi-1 {
			st.addIndirect(lo, v-2, v, n, patIndirectAccording)
		}
		return
	}
	inverted := false
	// "…, the mayor, John Smith, told reporters.": a subject closed by its
	// appositive comma before a verb that takes a hearer is no inversion,
	// nor one closed by a companion's aside ("Democratic economists, like
	// their Republican counterparts, say taxing consumption …").
	apposed := sp.ok() && sp.form != pipeline.Pronoun && sp.last <= v-1 && st.isPunct(v-1, ",") && (inf.cue.has(object) || st.companionAsideStart(v-1, lo) > lo)
	if inf.cue.has(inverts) && inf.cue.form != formGerund && v > lo && (st.isPunct(v-1, ",") || st.inSeg[v-1] >= 0) && !apposed {
		// "…, said Grant Green, a national security official": the
		// subject follows the cue when a name closes the sentence or
		// stands before a comma.
		// A pronoun followed by more than a comma, or a phrase followed by
		// a verb, is the reported clause's subject, not an inverted speaker
		// ("Sexton, a creative writing professor, said he holds …", "…, said
		// the roots were …": the speaker is before the cue).
		if n := st.npAfter(v+1, hi); n.ok() && n.form != pipeline.Pronoun && (n.last >= hi || st.isPunct(n.last, ",")) && !(sp.ok() && st.pastAfterNoun(n)) ||
			!sp.ok() && n.ok() && (n.last >= hi || st.isPunct(n.last, ",") || st.isFinal(n.last) || n.form != pipeline.Pronoun && !st.verbAt(n.last) && !st.is(n.last, wThat)) {
			// (Not a hearer before "that": "…, the actor Dev Rao, told
			// People magazine that he …" is no inverted cue.)
			sp, inverted = n, true
		}
	}
	if sp.ok() && sp.form == pipeline.Description && sp.last-sp.first == 1 && st.doc.Tokens[sp.first].Kind == pipeline.Number && !strings.HasSuffix(st.word(sp.first), "%") {
		return // "In Puerto Rico, 60 pledged delegates …"
	}
	if !sp.ok() {
		return
	}
	if sp.rel {
		pat = patIndirectRelative
	}

	// Forward: the clause after the cue.
	k := v + 1
	if inverted {
		k = sp.last
	} else if sp.last > v && frontEnd < 0 {
		// "quoted an official as saying": after "saying".
		for k = sp.last; k < hi && !(st.info[k].cue.isVerb() && st.info[k].cue.form == formGerund); k++ {
		}
		k++
	}
	k0 := k
	k = st.skipComplements(v, k, hi)
	if cl == asking && k > k0 && k < hi && (st.word(k) == "when" || st.word(k) == "where") && st.questionNounIn(k0, k) {
		// "to ask a question about immigration when Trump shot back": the
		// question is the object; "when" opens a time, not the question.
		return
	}
	if inf.cue.has(object) && k > k0 && k+1 < hi && !inverted && st.infinitiveAt(k) && (st.isObjPron(k0) || st.is(k0, wDet|wPossDet)) || k == k0 && st.isObjPron(k) && st.infinitiveAt(k+1) ||
		inf.cue.has(object) && !inverted && k0+1 < hi && !st.info[k0].cap && st.pluralNoun(k0) && st.infinitiveAt(k0+1) {
		// "told her to call him", "urged him not to get too nasty": the
		// request, its addressee included ("told his congregation to
		// go home", "advises travellers to drink water" too).
		st.addIndirect(k0, st.clauseEnd(k0, hi, sp.rel), v, sp, pat)
		return
	}
	if infinitiveFirst[inf.cue.lemma()] && !inverted && st.infinitiveAt(k0) {
		// "promised to raise the wage", "claim to represent …": no hearer
		// ("said to reporters").
		k = k0
	}
	if promiseVerbs[inf.cue.lemma()] && !inverted && st.infinitiveAt(k) {
		// "promised Monday to begin taking executive action": a promise
		// reports what its speaker will do.
		st.addIndirect(k, st.mainClauseEnd(sp, lo, k, st.clauseEnd(k, hi, sp.rel)), v, sp, pat)
		return
	}
	if !inverted && k < hi && st.info[v].cue.class() <= writing && !st.is(k, wThat|wDet|wPossDet) {
		// "…, Kennedy wrote Linick.": a hearer that ends the sentence;
		// the report comes before.
		if n := st.objectAfter(k, hi); n.ok() && n.form != pipeline.Description && n.last-n.first <= 3 && (n.last >= hi || n.last+1 == hi && st.isFinal(n.last)) {
			k = n.last
		}
	}
	if r := sp.first - 1; !inverted && !sp.rel && k == v+1 && r > lo && k < hi && st.relativeGap(r, k) {
		// "France, which the OECD says had the world's highest wage
		// floors": the relative clause is what was said, its pronoun the
		// subject of the reported verb.
		st.addIndirect(r, st.clauseEnd(k, hi, true), v, sp, pat)
		return
	}
	if r := sp.first - 1; !inverted && !sp.rel && k == v+1 && r > lo && k < hi && st.zeroRelative(r, sp, k) {
		// "a probe the agency said was ongoing": a relative clause with no
		// pronoun; the noun it describes is the reported subject.
		if h := st.npEndingAt(r, lo); h.ok() && h.form == pipeline.Description {
			st.addIndirect(h.first, st.clauseEnd(k, hi, true), v, sp, pat)
			return
		}
	}
	that := false
	if k < hi && st.is(k, wThat) && !(k+1 < hi && st.is(k+1, wAux|wVerb) && !st.is(k+1, wPron)) { // not "that is true"
		k++
		that = true
		if k+1 < hi && st.isPunct(k, ",") && st.inSeg[k] < 0 {
			k++ // "say that, even if …, a recount could not be done"
		}
	}
	// "A, Bill Clinton said at an event — an apparent reversal …": a dash
	// after a trailing attribution opens the writer's aside; the report is
	// the clause before.
	trailingDash := k < hi && st.doc.Tokens[k].Kind == pipeline.Dash && sp.first-1 > lo && st.isPunct(sp.first-1, ",") && st.addIndirectCheck(lo, sp.first-1)
	if k < hi && !inverted && !trailingDash && !st.isPunct(k, ",") && !st.isPunct(k, ":") && !(st.inSeg[k] >= 0 && st.segs[st.inSeg[k]].first <= k && k == st.tokenAtSegStart(k)) {
		if toClause && !that && !st.infinitiveClauseStart(v, k, hi) {
			return // "to tell the story", "to claim a moral victory": no clause
		}
		if !that && st.emptyObject(k, hi) {
			return // "said nothing about the plan", "would not say more before the vote": no words reported
		}
		if !that && inf.cue.lemma() == "add" && !st.reportedClauseStart(v, k, hi) {
			// "could add another job title to his resume", "we have added
			// 1 million jobs": "add" says something only with a clause or a
			// quote; with a plain object it puts one thing to another.
			return
		}
		if !that && inf.cue.has(clauseOnly) && !st.subjectVerbAt(v, k, hi) {
			// "posted a message on Twitter", "mentioned New Hampshire as
			// one place …", "echoed those comments", "expressed concern
			// that …": as with "add", these verbs say something only with a
			// clause or a quote; their plain object is a thing, a topic or
			// a feeling (round 42).
			return
		}
		if !that && !st.reportedClauseStart(v, k, hi) && (inf.cue.has(npObj) || !st.isWord(k) || st.is(k, wPrep|wConj|wAux) && st.word(k) != "having" || st.word(k) == "as") {
			// "announced his candidacy": what was said, as a noun phrase.
			// Its own pattern, so that the confidence model weighs it.
			if inf.cue.has(npObj) && st.isWord(k) && !st.is(k, wPrep|wConj|wAux|wSub|wPron) && st.word(k) != "as" {
				end := st.mainClauseEnd(sp, lo, k, st.clauseEnd(k, hi, sp.rel))
				if !st.objectNotSaid(k, end) {
					st.addIndirect(k, end, v, sp, patIndirectObject)
				}
			}
			return
		}
		end := st.clauseEnd(k, hi, sp.rel)
		if frontEnd >= 0 {
			end = min(end, frontEnd)
		}
		if !that && cl != asking && st.word(k) == "when" && !st.modalIn(k, end) && st.nextComma(k, end) >= end && (st.word(k+1) == "asked" || !st.twoFiniteVerbs(k+1, end)) {
			// "“Really,” she added when the interviewer expressed shock",
			// "told Congress when asked about the inquiry": a time that
			// runs to the end, no question reported ("would not say when
			// he would leave" is one; "said when he ran, he …" reports
			// the clause after the comma).
			return
		}
		if !that && (notSaidPronouns[st.word(k)] && !st.finiteVerbIn(k+1, end) || st.objectNotSaid(k, end)) {
			// "said nothing about the plan", "answered five questions":
			// no words reported.
			return
		}
		if b := sp.first - 1; !inverted && b >= lo && (st.is(b, wSub) && !st.is(b, wThat) && (b == lo || st.isPunct(b-1, ",") || st.is(b-1, wConj) || b-1 == lo && st.is(lo, wTime) || st.frontedSubordinate(lo, b)) || st.subordinateTimeBefore(lo, sp.first)) {
			// "While those surveyed said Bush has the best experience,
			// Trump is …": the subordinate clause ends at its comma, or
			// at a dash ("though she has said she'll accept the
			// recommendation – the ones Comey advised – Republicans are
			// …").
			for j := k + 2; j < end; j++ {
				if st.inSeg[j] < 0 && (st.isPunct(j, ",") || st.doc.Tokens[j].Kind == pipeline.Dash && st.mainAfterDash(j, hi)) {
					end = j
					break
				}
				if st.inSeg[j] >= 0 && j+1 < end && st.inSeg[j+1] < 0 && st.segCommaEnd(j) {
					end = j + 1 // "… has the “best experience,” Trump is …": the comma inside the quote's marks
					break
				}
			}
		}
		st.addIndirect(k, end, v, sp, pat)
		return
	}
	// Backward: "…, X said." — the clause before the subject's comma. A
	// participle's clause comes after it, never before.
	if inf.cue.form == formGerund || toClause {
		return // a participle's or an infinitive's clause comes after it, never before
	}
	if sp.rel && !inverted {
		// "And he would have to tell Holder, who would have to tell Obama":
		// a relative clause's verb reports nothing of the clause its
		// pronoun hangs on.
		return
	}
	start := sp.first
	if inverted {
		start = v
	}
	if w := st.word(start - 1); !inverted && start-3 > lo && (w == "and" || w == "or") && st.isPunct(start-3, ",") && st.isWord(start-2) && !st.info[start-2].cap &&
		!st.is(start-2, wVerb|wAux|wPrep|wDet|wPossDet|wPron|wConj|wSub|wAdv) && !st.info[start-2].cue.isVerb() && sp.form == pipeline.Description {
		// "…, current and former officials said", "…, teachers and union
		// officials told POLITICO": the subject's first word or noun
		// joined to it.
		start -= 2
		sp.first, sp.span = start, st.span(start, sp.last)
	}
	if !inverted && start+1 < sp.last && start-1 >= flo && st.word(start-1) == "(" && st.is(start, wAs) {
		// "(As BuzzFeed News first reported, …)": the capital after an
		// opening parenthesis opens a sentence, no name.
		start++
		sp.first, sp.span = start, st.span(start, sp.last)
	}
	// "As The Times reported on Saturday, …": the clause after the aside,
	// which works like "according to".
	if !inverted && start-1 >= flo && st.is(start-1, wAs) && k < hi && st.isPunct(k, ",") &&
		(start-1 == flo || st.isPunct(start-2, ",") || start-2 == flo && st.word(flo) == "(" || start-2 >= lo && st.is(start-2, wConj) && (start-2 == flo || start-2 == lo || st.isPunct(start-3, ","))) {
		end := st.clauseEnd(k+1, hi, false)
		if end-1 > k+1 && st.word(end) == ")" && (st.isFinal(end-1) || st.isPunct(end-1, ".")) {
			end-- // "(As X reported, … .)": the period inside the parenthesis
		}
		st.addIndirect(k+1, end, v, sp, patIndirectAccording)
		return
	}
	if start-1 > lo && st.is(start-1, wAs) && st.isPunct(start-2, ",") {
		start-- // "…, as Breitbart reported."
	}
	if !inverted && sp.form == pipeline.Named && start-2 > lo && st.isPunct(start-1, ",") && sp.last < v && st.isPunct(sp.last, ",") {
		// "…, the mayor, Vitali Klitschko, said.": the description the
		// name is in apposition to is no part of the reported clause.
		if d := st.npEndingAt(start-2, lo); d.ok() && d.form == pipeline.Description && d.first-1 > lo && st.isPunct(d.first-1, ",") && st.is(d.first, wDet|wPossDet) {
			start = d.first
		} else if d.ok() && d.form == pipeline.Description && !d.rel && st.afterOpener(lo, start) == d.first && st.is(d.first, wDet|wPossDet) {
			return // "The union's president, Renata Solis, said in a post.": the subject's own appositive, nothing reported before it
		}
	}
	if start-1 <= lo || !(st.isPunct(start-1, ",") || st.inSeg[start-1] >= 0) {
		if !inverted && start <= flo && k+2 < hi && st.isPunct(k, ",") && st.inSeg[k+1] < 0 && st.isWord(k+1) &&
			!(st.info[k+1].cue.isVerb() && st.info[k+1].cue.form == formGerund) && st.onlyAdjuncts(v+1, k) && st.reportedClauseStart(v, k+1, hi) {
			// "Rubio says, win or lose in Florida, he's staying in the
			// race": nothing before the subject, so the clause after the
			// comma is what was said ("responded, saying …" is the
			// participle's).
			a := k + 1
			if st.is(a, wThat) && a+2 < hi && !st.is(a+1, wAux|wVerb) {
				a++ // "He added, that …": the clause, as after "added that"
			}
			st.addIndirect(a, st.clauseEnd(a, hi, sp.rel), v, sp, pat)
		}
		return
	}
	if st.inSeg[start-1] >= 0 {
		// "“…,” X said": a direct quote; but a quote of three words or
		// fewer closing a clause of the writer's is a borrowing inside
		// reported speech: "The new strategy is a “very welcome tack,” he
		// said."
		if a := st.tokenAtSegStart(start - 1); a > lo+1 && countWords(st.doc.Text, st.segs[st.inSeg[start-1]].content) < 4 &&
			st.inSeg[a-1] < 0 && !st.isPunct(a-1, ",") && !st.isPunct(a-1, ":") && st.addIndirectCheck(lo, a) && !st.clauseCueIn(lo, a) {
			st.addIndirect(st.afterColon(lo, a), start, v, sp, patIndirectBackward)
		}
		return
	}
	if st.isPunct(v+1, ":") {
		return // "In a long post on his website, he wrote:": the cue introduces what follows
	}
	before := st.addIndirectCheck(lo, start-1)
	// "A, X said, B": the attribution is a parenthesis inside the
	// reported sentence ("If the law conflicts with God's orders, Rubio
	// said, Christians must ignore the law"); the quote spans A to B.
	if inverted && k < hi && k-1 > sp.last && st.isPunct(k-1, ",") && st.isPunct(sp.last, ",") && st.word(sp.last+1) == "who" {
		// "And Trump, said Sunshine, who remains friendly with her former
		// boss, doesn't forgive or forget": the speaker's relative clause
		// (stepped over as an aside), then B.
		k--
	}
	if k < hi && st.isPunct(k, ",") && k+1 < hi && !(st.info[k+1].cue.isVerb() && st.info[k+1].cue.form == formGerund) {
		after := st.clauseEnd(k+1, hi, false)
		// B must be a clause, not the speaker's appositive ("…, said
		// Mindy Romero, director of the project").
		// "Democrats, Frank notes, applaud …": A is the subject, B opens
		// with its verb.
		subjVerb := func() bool {
			n := st.npEndingAt(start-2, lo)
			w := st.word(k + 1)
			return n.ok() && n.first == lo && isLowerASCII(w) && st.isWord(k+1) && !st.is(k+1, wDet|wPossDet|wPrep|wPron|wConj|wSub|wAdv|wThat) && !strings.HasSuffix(w, "ing")
		}
		// Nor a prepositional phrase of the attribution's whose only verb
		// is an infinitive ("…, he said, on condition of anonymity to
		// speak freely").
		// ("for Democrats to put the concept …" goes on with "it makes
		// sense").
		prepAdjunct := st.is(k+1, wPrep) && !st.is(k+1, wSub) && st.word(k+1) != "for" && !st.verbOutsideInfinitive(k+1, after)
		// Nor a second clause joined by "and" after a fronted phrase with
		// no verb and a cue with its topic: "By the 1990s, residents
		// complained about damp, and the city considered …" is the
		// writer's narrative ("In the end, he said, and only then, …" is
		// not).
		joined := st.is(k+1, wConj) && v+1 < k && topicPreps[st.word(v+1)] && !st.addIndirectCheck(lo, start-1)
		if after > k+2 && (st.addIndirectCheck(k+1, after) && !prepAdjunct || subjVerb()) && !joined && st.wordsIn(lo, start-1) >= 1 && !(inverted && st.speakerAppositive(k+1, after)) {
			from := lo
			if d := st.asideDash(lo, start-1); d > lo {
				// "She compared them to the entrepreneurs of New Delhi -
				// all of whom, she explained, needed a boost": the
				// attribution sits in the writer's aside after a dash,
				// which is all it reports, up to a dash that closes it.
				from = d + 1
				if st.is(from, wConj) && from+1 < start-1 {
					from++ // "- and the permit, his campaign said, had been hard to get"
				}
				for j := k + 1; j < after; j++ {
					if st.inSeg[j] < 0 && st.doc.Tokens[j].Kind == pipeline.Dash {
						after = j
						break
					}
				}
			}
			st.addIndirect(from, after, v, sp, patIndirectParenthetical)
			return
		}
	}
	if before {
		st.addIndirect(st.afterColon(lo, start-1), start-1, v, sp, patIndirectBackward)
	}
}

// twoFiniteVerbs reports two finite verbs in tokens [a, b): a clause after
// a fronted one ("when the plant closed the town lost its jobs").
func (st *state) twoFiniteVerbs(a, b int) bool {
	for j := a; j < b; j++ {
		if st.finiteVerbIn(a, j+1) {
			return st.finiteVerbIn(j+1, b)
		}
	}
	return false
}

// showTitleAt returns the token after a show's or a paper's name in marks
// at token j, after its network's possessive if one opens it ("ABC's “This
// Week”", "told “Fox News Sunday.”"), or -1: a name (namedTitle, or title
// case right after a cue that takes a hearer), no quote.
func (st *state) showTitleAt(j, hi int) int {
	if j+2 < hi && st.info[j].cap && (st.word(j+1) == "'s" || st.word(j+1) == "’s") {
		j += 2
	}
	if j <= 0 || j >= hi || st.inSeg[j] < 0 {
		return -1
	}
	si := int(st.inSeg[j])
	s := &st.segs[si]
	c := st.tokenAt(s.close.Start)
	if s.close.IsZero() || st.tokenAt(s.open.Start) != j || s.last-s.first > 8 || c <= j || c >= hi {
		return -1
	}
	for i := s.first; i < s.last-1; i++ {
		if st.isFinal(i) {
			return -1 // a sentence inside: words said
		}
	}
	text := strings.TrimRight(strings.TrimSpace(st.doc.Text[s.content.Start:s.content.End]), ",.")
	hearer := st.info[j-1].cue.has(object) && isTitleCase(text)
	if !hearer && !st.namedTitle(si) {
		return -1
	}
	return c + 1
}

// timeBounds name a stretch's edge as a time: "said since the start of
// the race that".
var timeBounds = map[string]bool{"start": true, "beginning": true, "outset": true, "end": true}

// topicPreps open what a cue is about ("complained about damp"), not what
// was said.
var topicPreps = map[string]bool{"about": true, "of": true, "over": true}

// pluralSubjectClause reports a base-form cue at token v that the phrase
// before it makes a verb, though the word right before it is no plural or
// pronoun: a plural subject read whole by the speaker rules, with a
// prepositional phrase, an aside or an adverb at its end ("Proponents of
// more controls on hate speech here say", "Cohen and DeLong of the
// University of California suggest", "The Khans, the parents of a
// soldier, say", "Advisers to a rival campaign (…) even suggest"), and
// "that" or a clause opening with a pronoun, "there" or a determiner after
// the cue ("Copies of the police report show …" is a noun).
func (st *state) pluralSubjectClause(v int) bool {
	toks := st.doc.Tokens
	if v == 0 || v+2 >= len(toks) || st.is(v-1, wDet|wPossDet|wPrep) && !st.is(v-1, wPron) {
		return false
	}
	// The clause first: it is cheaper to read than the subject.
	if st.is(v+1, wThat) {
		if st.is(v+2, wAux|wVerb) && !st.is(v+2, wPron) {
			return false
		}
	} else if _, hi := st.sentenceBounds(v); !(st.is(v+1, wPron|wDet) && !st.is(v+1, wPossDet) || st.word(v+1) == "there") || !st.reportedClauseStart(v, v+1, hi) {
		return false
	}
	flo := st.frameStart(v)
	if st.quantifierSubject(v, flo).ok() {
		return true
	}
	sp := st.subjectBefore(v, flo)
	return sp.ok() && sp.plural && sp.form != pipeline.Pronoun && !sp.rel && (sp.first == flo || st.isPunct(sp.first-1, ","))
}

// quantifierHeads head a subject that is a share of a group, described by
// what follows them ("those who …", "some in the party").
var quantifierHeads = map[string]bool{"those": true, "some": true, "many": true, "others": true, "most": true}

// quantifierPreps open the phrase after a quantifierHeads word: "those
// around him", "some in the party", "those close to the campaign" ("of" is
// the noun phrase rules' own: "Some of the women").
var quantifierPreps = map[string]bool{"who": true, "around": true, "in": true, "close": true, "inside": true, "within": true, "near": true, "at": true}

// quantifierSubject returns the subject of the verb at token v when it is a
// quantifierHeads word and a relative clause or a phrase of place that runs
// up to the verb, at the start of its clause: "some who advocate free speech
// argue", "Even those who have sketched out … acknowledge", "those around him
// acknowledge", "Most of those in the nation's rising generation predict"
// (round 45). The noun phrase rules see no head in "those" or "some", and
// took the relative clause's object ("those who back her opponents say" →
// her opponents) or nothing.
func (st *state) quantifierSubject(v, flo int) np {
	for j := v - 2; j >= flo && v-j <= 16; j-- {
		if w := st.word(j); !st.isWord(j) && w != "'s" && w != "’s" || st.inSeg[j] >= 0 {
			return np{}
		}
		if !quantifierPreps[st.word(j+1)] || !quantifierHeads[st.lower(j)] {
			continue
		}
		if j+2 >= v || st.word(j+1) != "who" && st.finiteVerbIn(j+2, v) {
			return np{} // "those who say": the cue is the clause's own verb; "some in the party have said …"
		}
		if j-2 >= flo && st.word(j-1) == "of" && quantifierHeads[st.lower(j-2)] {
			j -= 2 // "Most of those in …"
		}
		if j > flo && !(j-1 == flo && st.is(j-1, wAdv|wConj) || st.isPunct(j-1, ",") || st.is(j-1, wConj) && st.word(j-1) != "and" && st.word(j-1) != "or") {
			// An object ("told some in the party"), or the last of a
			// list the noun phrase rules read whole ("Hawkins and others
			// who want to ban abortion said").
			return np{}
		}
		last := v
		for last-1 > j+2 && (st.isLyAdverb(last-1) || st.is(last-1, wAdv) && !st.is(last-1, wPrep|wAux)) {
			last-- // "Many who voted for him now say"
		}
		return np{span: st.span(j, last), first: j, last: last, form: pipeline.Description, plural: true}
	}
	return np{}
}

// asideDash returns the last dash outside quotes among tokens (lo, end)
// that follows a clause of the writer's, a verb before it, and opens an
// aside that the dash does not close before end (-1 for none): the
// reported clause of a parenthetical attribution before end starts after
// it.
func (st *state) asideDash(lo, end int) int {
	for j := end - 1; j > lo; j-- {
		if st.inSeg[j] >= 0 || st.doc.Tokens[j].Kind != pipeline.Dash {
			continue
		}
		if st.wordsIn(j+1, end) < 1 || !st.finiteVerbIn(lo, j) {
			return -1
		}
		for i := lo; i < j; i++ {
			if st.inSeg[i] < 0 && st.doc.Tokens[i].Kind == pipeline.Dash {
				return -1 // "The bridge - the third in a decade - the mayor said, …": a pair inside the clause
			}
		}
		return j
	}
	return -1
}

// mainAfterDash reports that the main clause, a subject and its verb,
// follows the dash at token j or the dash that closes its aside ("– the
// ones Comey advised – Republicans are crying foul"; not "by asserting —
// in one sentence — that …").
func (st *state) mainAfterDash(j, hi int) bool {
	n := j + 1
	for c := j + 1; c < hi; c++ {
		if st.inSeg[c] < 0 && st.doc.Tokens[c].Kind == pipeline.Dash {
			n = c + 1
			break
		}
	}
	m := st.npAfter(n, hi)
	return m.ok() && m.first == n && m.last < hi && st.verbLike(m.last)
}

// frontedSubordinate reports that the subordinator at token b opens a
// subordinate clause at the head of the sentence from lo: after a short
// time phrase ("A few weeks after Obama announced …", "Days before the
// mayor said …"), or inside another one ("If we're hearing his strategy
// right when he says …,"). The main clause comes after its comma.
func (st *state) frontedSubordinate(lo, b int) bool {
	for j := lo; j < b; j++ {
		if st.inSeg[j] >= 0 || st.isPunct(j, ",") || st.doc.Tokens[j].Kind == pipeline.Dash {
			return false
		}
	}
	if st.is(lo, wSub) && !st.is(lo, wThat) && st.word(lo) != "as" {
		return true
	}
	if b-lo > 4 || st.finiteVerbIn(lo, b) {
		return false
	}
	for j := lo; j < b; j++ {
		if st.is(j, wTime) {
			return true
		}
	}
	return false
}

// subordinateTimeBefore reports a sentence that opens with a subordinator
// and a short time or place phrase before the subject at token first:
// "Although in September she said …, at the town hall she said …", "While
// on Monday the mayor said …, the council …".
func (st *state) subordinateTimeBefore(lo, first int) bool {
	if first-lo < 3 || first-lo > 6 || !st.is(lo, wSub) || st.is(lo, wThat) || st.word(lo) == "as" || !st.is(lo+1, wPrep) {
		return false
	}
	for j := lo + 1; j < first; j++ {
		if st.inSeg[j] >= 0 || !st.isWord(j) || st.is(j, wVerb|wAux) || st.info[j].cue.isVerb() {
			return false
		}
	}
	return true
}

// speakerAppositive reports that the words from a to b, after a speaker
// and its comma, describe the speaker rather than go on with the reported
// sentence: no finite verb before a relative pronoun ("…, said Rita Katz,
// the director of SITE Intelligence Group, which tracks …", "…, according
// to Andrew McCarthy, who prosecuted …"), or none at all ("…, said Katie
// Harbath, Facebook's global politics director").
func (st *state) speakerAppositive(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] >= 0 {
			return false
		}
		if st.is(j, wRel) || st.word(j) == "that" && j > a && st.isWord(j-1) && !st.is(j-1, wVerb|wAux) && !st.info[j-1].cue.isVerb() {
			return true
		}
		if st.verbAt(j) {
			return false
		}
	}
	// No verb: a description opens with a determiner, a name or a role
	// ("…, said Larry Sabato, director of the University of Virginia's
	// Center for Politics"), not an object ("G4S receives, according to
	// one report, $234 million …").
	return st.is(a, wDet|wPossDet|wRole) || st.info[a].cap
}

// verbAt reports a finite verb at token k: an auxiliary, a verb of the
// lexicon or a cue that is not a gerund, in lower case; not a clitic 's,
// which may be a possessive ("said the company's chief executive").
// pastAfterNoun reports a lower-case word in "-ed" right after a lower-case
// noun inside phrase n, the lexicon knowing neither as a verb: the past
// tense of the clause the phrase opens ("Mensah, nicknamed Professor, said
// the team lacked ideas"), not a phrase after an inverted cue.
func (st *state) pastAfterNoun(n np) bool {
	for k := n.first + 2; k < n.last; k++ {
		w := st.word(k)
		if st.info[k].cap || len(w) < 5 || !strings.HasSuffix(w, "ed") || !isLowerASCII(w) {
			continue
		}
		if p := k - 1; st.isWord(p) && !st.info[p].cap && !st.is(p, wDet|wPossDet|wAdv|wPrep|wConj|wVerb|wAux) && !st.isLyAdverb(p) {
			return true
		}
	}
	return false
}

func (st *state) verbAt(k int) bool {
	w := st.word(k)
	return !st.info[k].cap && w != "'s" && w != "’s" && (st.is(k, wAux|wVerb) || st.info[k].cue.isVerb() && st.info[k].cue.form != formGerund)
}

// relativeGap reports a relative pronoun at r whose clause's subject is
// missing after the cue, the verb at k following it at once: "which the
// OECD says had", "that many economists say is", "who officials say is
// tied to". The pronoun stands for the reported clause's subject.
func (st *state) relativeGap(r, k int) bool {
	switch st.word(r) {
	case "which", "who":
	case "that":
		// After a noun: "a race that it says will", not "adding that …".
		if !st.isWord(r-1) || st.info[r-1].cue.isVerb() || st.is(r-1, wVerb|wAux|wPrep|wSub) {
			return false
		}
	default:
		return false
	}
	if st.info[k].cap || st.is(k, wPron|wDet|wThat) || !st.isWord(k) {
		return false
	}
	return st.is(k, wAux) && st.word(k) != "having" && st.word(k) != "being" || st.is(k, wVerb) && !st.is(k, wIrregPast) && !st.info[k].cue.isVerb()
}

// zeroRelative reports a relative clause without a pronoun: a noun at r,
// the cue's subject sp (a phrase with a determiner) right after it and an
// auxiliary right after the cue at k ("a probe the agency said was
// ongoing").
func (st *state) zeroRelative(r int, sp np, k int) bool {
	if sp.form == pipeline.Pronoun || !st.is(sp.first, wDet|wPossDet) || !st.is(k, wAux) || st.is(k, wPron) || st.word(k) == "having" || st.word(k) == "being" {
		return false
	}
	if !st.isWord(r) || st.info[r].cap || st.is(r, wDet|wPossDet|wPrep|wConj|wSub|wAux|wVerb|wPron|wRel|wAdv|wThat|wTime|wNum) || st.info[r].cue.isVerb() {
		return false
	}
	w := st.word(r)
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// sentenceSubject returns the subject of the first verb of the sentence
// that starts at token lo, looking no further than hi: the subject a
// coordinated verb shares ("Trump joked that …, but went on to say …").
func (st *state) sentenceSubject(lo, hi int) np {
	if lo < hi && st.is(lo, wSub) && !st.is(lo, wThat) {
		// "As the crowd began to chant, Silverman … joked": the main
		// clause after the subordinate one.
		for k := lo + 1; k < hi && k-lo <= 20; k++ {
			if st.inSeg[k] >= 0 {
				break
			}
			if st.isPunct(k, ",") {
				lo = k + 1
				break
			}
		}
	}
	for v := lo; v < hi; v++ {
		if st.inSeg[v] >= 0 || st.info[v].cap {
			continue
		}
		if strings.EqualFold(st.word(v), "whose") && v > lo && st.isPunct(v-1, ",") {
			// "Mr. Sanders, whose sole win came in Rhode Island, did not
			// attack …": the aside's verbs are not the sentence's.
			k := v + 1
			for k < hi && k-v < 25 && !st.isPunct(k, ",") && st.inSeg[k] < 0 && !st.isFinal(k) {
				k++
			}
			if k < hi && st.isPunct(k, ",") {
				v = k
				continue
			}
		}
		vi := st.info[v]
		w := st.word(v)
		if vi.cue.isVerb() && vi.cue.form != formGerund && st.verbHere(v) || vi.cls&(wVerb|wAux) != 0 && !st.is(v, wPron) ||
			len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w) && v > lo && !st.is(v-1, wDet|wPossDet) {
			n := st.subjectBefore(v, lo)
			if n.rel && n.antecedent != nil && st.asideClosesBefore(v, hi) {
				continue // "The justice -- who has been …. -- said …": the aside's verb is not the clause's
			}

			return n
		}
	}
	return np{}
}

// asideClosesBefore reports a comma or a dash between tokens v and hi that
// closes the relative aside holding the verb at v, so that a verb after
// it belongs to the main clause ("The justice -- who has been … -- said
// … and promised …"; not "Sanders, who endorsed Canova and said …").
func (st *state) asideClosesBefore(v, hi int) bool {
	for k := v + 1; k < hi; k++ {
		if st.inSeg[k] < 0 && (st.isPunct(k, ",") || st.doc.Tokens[k].Kind == pipeline.Dash) {
			return true
		}
	}
	return false
}

// catenatives take a reported-speech verb after "to" and lend it their
// subject ("went on to say", "continued to insist"). Verbs of refusal
// ("declined to say") are left out: what follows was not said.
var catenatives = map[string]bool{"continue": true, "continues": true, "continued": true, "went": true, "goes": true,
	"go": true, "going": true, "proceeded": true, "hastened": true, "rushed": true, "quick": true, "used": true,
	"wanted": true, "wants": true, "want": true, "tried": true, "tries": true, "sought": true, "seemed": true, "seems": true,
	"appeared": true, "appears": true, "began": true, "begins": true, "started": true, "starts": true, "took": true,
	"had": true, "has": true, "have": true, "likes": true, "liked": true, "came": true, "ventured": true, "dared": true, "way": true}

// modalIn reports a modal between tokens a and b ("Lewandowski could fight
// the charge by arguing …": what may be said, not what was).
func (st *state) modalIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch st.lower(k) {
		case "could", "would", "might", "may", "should", "can", "will", "must":
			return true
		}
	}
	return false
}

// openRelative returns the "who" after a name and a comma that opens a
// relative clause still open at token b (no comma, quote or sentence end
// between), or -1.
func (st *state) openRelative(lo, b int) int {
	for k := b - 1; k > lo; k-- {
		if st.isPunct(k, ",") || st.isMark(k) || st.inSeg[k] >= 0 || st.isFinal(k) || st.is(k, wConj) && k < b-1 {
			return -1
		}
		if st.lower(k) == "who" && st.isPunct(k-1, ",") {
			if k-2 <= lo || !st.info[k-2].cap {
				return -1 // after a description the relative's antecedent is less sure
			}
			return k
		}
	}
	return -1
}

// coordinatedBase reports a cue in its base form, before a clause, after
// "and", "but" or "or" whose sentence opens with a plural subject or a plural or first-
// or second-person pronoun and its verb ("Some strategists fear … and warn
// that …", "They cut back and say …").
func (st *state) coordinatedBase(v int) bool {
	// Only before "that", a question word or a subject pronoun: "and state
	// Sen. Ralph Alvarado", "and announce the guests" are no reports.
	if v+1 >= len(st.doc.Tokens) || !(st.is(v+1, wThat) || questionWords[st.word(v+1)] || st.is(v+1, wPron) && !st.is(v+1, wPossDet)) {
		return false
	}
	lo, _ := st.sentenceBounds(v)
	b := st.beforeAdverbs(v, lo)
	if b <= lo || !st.is(b, wConj) || st.word(b) == "so" || st.word(b) == "yet" {
		return false
	}
	n := st.sentenceSubject(lo, b)
	if !n.ok() || n.last > b {
		return false
	}
	if n.form == pipeline.Pronoun {
		return n.plural || st.is(n.first, wFirst) || strings.EqualFold(st.word(n.first), "you")
	}
	return n.plural
}

// causativeObject returns the object of a causative verb a few words
// before the infinitive cue at v ("led Republicans to say", "sent a host
// to the streets of New York to ask", "prompted Dave Leip's Atlas, which
// examines bellwether counties, to state"); there reports an existential
// "there is" before it, which makes no speaker ("there is little … to
// suggest").
func (st *state) causativeObject(v, flo int) (n np, there bool) {
	end := -1 // the object's end: before a relative clause between commas
	for j, from := v-2, v; j >= flo && from-j <= 14; j-- {
		if st.inSeg[j] >= 0 {
			break
		}
		if st.isPunct(j, ",") {
			// ", which examines bellwether counties, to state": step over
			// a relative clause closed right before "to".
			k := j - 1
			for k > flo && j-k < 20 && !st.isPunct(k, ",") && st.inSeg[k] < 0 && !st.isFinal(k) {
				k--
			}
			if end >= 0 || j+1 != v-1 || !st.isPunct(k, ",") || !st.is(k+1, wRel) {
				break
			}
			end, j, from = k, k, k+2
			continue
		}
		if strings.EqualFold(st.word(j), "there") && j+1 < v && st.isBe(j+1) {
			return np{}, true
		}
		if causatives[st.lower(j)] {
			e := end
			if e < 0 {
				e = j + 1
				for e < v && !strings.EqualFold(st.word(e), "to") {
					e++ // the object ends before "to": "sent a host to the streets"
				}
			}
			return st.npAfter(j+1, e), false
		}
	}
	return np{}, false
}

// onlyAdjuncts reports that tokens [a, b) are at most a time, a medium or
// an adverb ("responded Friday", "responded on Twitter", "hit back
// again"): no object and no verb, after which a comma and a clause are
// what was said, not a list of the subject's deeds ("pledged to enact
// reform, fix …").
func (st *state) onlyAdjuncts(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] >= 0 || !st.isWord(j) {
			return false
		}
		if !(st.info[j].cap || st.is(j, wTime|wAdv|wDet|wNum) || isWeekday(st.word(j)) || st.isLyAdverb(j) || st.is(j, wPrep) && st.word(j) != "to") {
			return false
		}
	}
	return true
}

// infinitiveSpeaker finds who speaks a cue after "to" (infinitiveCue): the
// object of a causative verb a few words before it ("led Republicans to
// say", "sent a host to the streets of New York to ask"), else the subject
// of a "be" right before ("he's poised to argue"), else the subject of the
// clause; nobody after an existential "there is" ("there is little … to
// suggest").
func (st *state) infinitiveSpeaker(v, flo int) np {
	if n, there := st.causativeObject(v, flo); n.ok() || there {
		return n
	}
	if b := v - 3; b >= flo && st.isBe(b) && st.isWord(v-2) {
		if n := st.subjectBefore(b+1, flo); n.ok() {
			return n // "he’s poised to argue"
		}
	}
	return st.clauseSubject(v-1, flo)
}

// causatives make their object the speaker of an infinitive cue after it:
// "led Republicans to say", "forced Sanders to acknowledge".
var causatives = map[string]bool{"led": true, "lead": true, "leads": true, "leading": true, "forced": true, "force": true,
	"forces": true, "forcing": true, "prompted": true, "prompt": true, "prompts": true, "pushed": true, "pressed": true,
	"urged": true, "asked": true, "allowed": true, "encouraged": true, "invited": true, "expected": true, "sent": true}

// notSpeechBeforeTo are the words before "to" and a cue that make no
// report: "hard to say", "that is to say", "needless to say", "how to
// say", "so to speak".
var notSpeechBeforeTo = map[string]bool{"hard": true, "difficult": true, "easy": true, "fair": true, "safe": true,
	"needless": true, "suffice": true, "is": true, "so": true, "impossible": true, "tough": true, "how": true,
	"what": true, "nothing": true, "enough": true, "early": true, "soon": true, "premature": true, "right": true,
	// Refusals: what follows was not said ("declined to say whether").
	"declined": true, "declines": true, "decline": true, "declining": true, "refused": true, "refuses": true,
	"refuse": true, "refusing": true, "reluctant": true, "unwilling": true, "reluctance": true, "unwillingness": true,
	"failed": true, "fails": true, "failing": true}

// questionWords open a reported question: "asked whether …", "to
// explain why …".
var questionWords = map[string]bool{"whether": true, "if": true, "why": true, "how": true, "what": true, "who": true,
	"whom": true, "when": true, "where": true}

// infinitiveClauseStart reports whether the words from token k open a
// clause an infinitive cue reports: a question word, or a personal pronoun
// or a name and a verb ("to say he was leaning", "to say Mr. Trump's
// deficiencies were"). Objects ("to claim a moral victory", "to announce
// her resignation") are left out: an infinitive's object is too often an
// act, not words.
func (st *state) infinitiveClauseStart(v, k, hi int) bool {
	if questionWords[st.word(k)] {
		return true
	}
	if !(st.is(k, wPron) && !st.is(k, wPossDet) || st.info[k].cap) {
		return false
	}
	return st.reportedClauseStart(v, k, hi)
}

// infinitiveCue reports a cue in its base form after "to" and a word that
// is no catenative (catenative) and makes no idiom (notSpeechBeforeTo).
func (st *state) infinitiveCue(v int) bool {
	if v < 2 || !strings.EqualFold(st.word(v-1), "to") || !st.isWord(v-2) {
		return false
	}
	w := st.lower(v - 2)
	return !notSpeechBeforeTo[w] && !st.is(v-2, wDet|wPossDet|wPrep|wConj)
}

// catenative reports a cue in its base form after "to" and a catenative
// verb ("went on to say", "was quick to point out", "has to admit").
func (st *state) catenative(v int) bool {
	if v < 2 || !strings.EqualFold(st.word(v-1), "to") {
		return false
	}
	k := v - 2
	if st.word(k) == "on" && k > 0 {
		k-- // "went on to say"
	}
	return catenatives[st.lower(k)]
}

// beforeAdverbs returns the token before v, adverbs ("not", "also")
// skipped, no further left than lo (lo-1 if none is left).
func (st *state) beforeAdverbs(v, lo int) int {
	b := v - 1
	for b >= lo && (st.is(b, wAdv) && !st.is(b, wAux|wDet|wPrep) || st.isLyAdverb(b)) {
		b--
	}
	return b
}

// isBe reports a form of "be" ("is", "’s", "were", "been").
func (st *state) isBe(k int) bool {
	switch st.lower(k) {
	case "is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re", "’re", "'m", "’m":
		return true
	}
	return false
}

// emptyObject reports an object at token k that says no words were given:
// "nothing", "little", "anything" with no verb of their own after them
// ("said nothing about the plan", "said little for several seconds"; not
// "said nothing had changed", "said nothing in the report was new"), and
// "more" before a preposition or the
// clause's end ("would not say more before his review"; not "said more
// than half of them").
func (st *state) emptyObject(k, hi int) bool {
	verbAt := func(j int) bool {
		w := st.word(j)
		if j >= hi || st.info[j].cap || w == "'s" || w == "’s" {
			return false
		}
		if p := st.word(j - 1); p == "'s" || p == "’s" || st.is(j-1, wDet|wPossDet) || strings.Contains(w, "-") {
			return false // an adjective: "the company's long-delayed smartwatch"
		}
		return st.is(j, wAux|wVerb) || st.info[j].cue.isVerb() || st.pastLike(j)
	}
	switch st.lower(k) {
	case "nothing", "little", "anything":
		// a verb of their own within a few words, before any comma:
		// "said nothing in the tributes had captured …" is a report
		for j := k + 1; j < hi && j-k <= 6 && st.isWord(j); j++ {
			if verbAt(j) {
				return false
			}
		}
		return true
	case "more":
		return k+1 >= hi || !st.isWord(k+1) || st.is(k+1, wPrep) && st.lower(k+1) != "than"
	}
	return false
}

// reportedClauseStart reports whether the words from token k can open the
// clause a cue at v reports: "that", a question word, or a subject and its
// verb ("the plan was bad"). Objects ("announced his candidacy") and
// prepositional phrases ("agreed with him") are not reported speech.
func (st *state) reportedClauseStart(v, k, hi int) bool {
	w := st.word(k)
	switch {
	case st.is(k, wThat), st.inSeg[k] >= 0:
		return true
	case w == "whether" || w == "if" || w == "why" || w == "how" || w == "what" || w == "who" || w == "when" || w == "where":
		return true
	case w == "having" || w == "being":
		return true
	case (w == "despite" || w == "after" || w == "before" || w == "until" || w == "unless" || w == "if") && st.frontedClause(v, k, hi):
		return true // "says despite being an alumna, she plans to …"
	case approximators[w] && k+1 < hi && (st.numberWord(k+1) || st.shareWord(k+1)),
		w == "at" && k+2 < hi && (st.word(k+1) == "least" || st.word(k+1) == "most") && (st.numberWord(k+2) || st.shareWord(k+2) || st.is(k+2, wDet)):
		// "said about half of the adjustment reflected …", "said at
		// least 30 soldiers had died": a number's modifier, not a
		// preposition.
	case st.is(k, wPrep) || st.is(k, wConj) || w == "as" || st.isPunct(k, "(") || st.is(k, wAux):
		return false
	}
	// A subject and a verb within a few words.
	for j := k; j < hi && j-k < 14; j++ {
		if st.inSeg[j] >= 0 {
			return true
		}
		if j > k && (st.is(j, wAux|wVerb) && !st.info[j].cap || st.info[j].cue.isVerb() && !st.info[j].cap && st.info[j].cue.form != formGerund && !st.is(j-1, wDet|wPossDet)) {
			return true // (not "declared a state of emergency": a noun after its determiner)
		}
		if j > k && st.isPunct(j, ",") {
			if st.listGoesOn(j, hi) {
				continue // "said about 120 elders, young children and the sick would be flown out": a list
			}
			return st.is(k, wPron) && !st.is(k, wPossDet)
		}
		if j > k && st.isWord(j) && !st.info[j].cap && strings.HasSuffix(st.word(j), "ed") && !st.is(j-1, wDet|wPossDet) {
			return true
		}
	}
	return st.is(k, wPron) && !st.is(k, wPossDet)
}

// subjectVerbAt reports a clause that a cue taking no plain object
// (clauseOnly) reports from token k: "that", a question word, a quote, or
// a noun phrase and its verb right after it ("tweeted Obama had too little
// to say"); not a noun phrase that goes on with a preposition, a comma or
// a participle ("posted a message on Twitter reading …", "echoed those
// comments, saying …", "expressed concern that …").
func (st *state) subjectVerbAt(v, k, hi int) bool {
	switch w := st.word(k); {
	case st.is(k, wThat), st.inSeg[k] >= 0, questionWords[w], w == "if":
		return true
	case st.is(k, wPrep|wConj|wAux) || w == "as":
		return false
	}
	n := st.npAfter(k, hi)
	if !n.ok() || n.last >= hi || st.info[n.last].cap {
		return false
	}
	w := st.word(n.last)
	return st.is(n.last, wAux|wVerb) || st.info[n.last].cue.isVerb() && st.info[n.last].cue.form != formGerund ||
		len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w)
}

// approximators modify a number that opens a reported clause ("said about
// half of", "said nearly 40 homes"), where they would otherwise read as a
// preposition or an adverb after the cue.
var approximators = map[string]bool{"about": true, "nearly": true, "roughly": true, "almost": true, "around": true, "approximately": true}

// listGoesOn reports that the comma at token c goes on with a list of nouns
// to its "and" or "or" within a few words, no verb, mark or other comma
// between: "120 elders, young children and people with breathing problems".
func (st *state) listGoesOn(c, hi int) bool {
	for j := c + 1; j < hi && j-c <= 6; j++ {
		if w := st.word(j); w == "and" || w == "or" {
			return j > c+1
		}
		if !st.isWord(j) || st.inSeg[j] >= 0 || st.is(j, wAux|wVerb|wPron|wThat|wSub|wConj) || st.info[j].cue.isVerb() {
			return false
		}
	}
	return false
}

// nextComma returns the first comma outside quotes from token k on, or hi.
func (st *state) nextComma(k, hi int) int {
	for ; k < hi; k++ {
		if st.inSeg[k] < 0 && st.isPunct(k, ",") {
			return k
		}
	}
	return hi
}

// frontedClause reports a phrase from token k that a comma closes within
// a few words, a subject and its verb after it: "despite all that, Obama
// wasn't influenced", "if elected, she would …".
func (st *state) frontedClause(v, k, hi int) bool {
	c := st.nextComma(k+1, hi)
	if c >= hi || c-k > 12 || c+2 >= hi {
		return false
	}
	return st.is(c+1, wPron) && !st.is(c+1, wPossDet) && st.reportedClauseStart(v, c+1, hi) ||
		st.isWord(c+1) && !st.is(c+1, wPrep|wConj|wSub|wAux|wAdv) && st.reportedClauseStart(v, c+1, hi) && st.verbIn(c+2, min(hi, c+8))
}

// tokenAtSegStart returns the first token of the segment holding token k.
func (st *state) tokenAtSegStart(k int) int {
	s := st.segs[st.inSeg[k]]
	return st.tokenAt(s.open.Start)
}

// addIndirectCheck reports whether tokens [a, b) can be a reported clause
// before its attribution: words outside quotes, not a lone quote.
func (st *state) addIndirectCheck(a, b int) bool {
	if b-a < 2 {
		return false
	}
	// A clause has a verb: "In a press release earlier this month, the
	// committee said" or "Another Clinton ally, Tom Vilsack, told" do not
	// report anything before the subject.
	for k := a; k < b; k++ {
		if st.inSeg[k] >= 0 {
			return true
		}
		w := st.word(k)
		if st.is(k, wAux|wVerb) && !st.info[k].cap || st.info[k].cue.isVerb() && !st.info[k].cap ||
			len(w) > 3 && !st.info[k].cap && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !st.is(k, wPlural|wPrep|wDet) && k > a && !st.is(k-1, wDet|wPossDet|wNum|wPrep)) {
			return true
		}
	}
	return false
}

// questionNounIn reports "question" or "questions" in tokens [a, b).
func (st *state) questionNounIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := st.word(k); w == "question" || w == "questions" {
			return true
		}
	}
	return false
}

// clauseCueIn reports a cue verb that takes a reported clause among tokens
// [a, b): the sentence already has its attribution ("Cole said his worry
// is that he is “unpredictable,” he added").
func (st *state) clauseCueIn(a, b int) bool {
	for j := a; j < b; j++ {
		c := st.info[j].cue
		if !c.isVerb() || st.info[j].cap || !c.has(clause) || c.class() > asking {
			continue
		}
		if c.form == formBase && !st.prevIsAux(j) || c.form == formThird && !st.thirdIsVerb(j) {
			continue // "the secretary of state", "a note card", "news reports"
		}
		return true
	}
	return false
}

// mainClauseEnd ends an object or an infinitive reported from k at the
// first comma where the sentence's main clause goes on: a subject and its
// verb ("in the same week that LeBron James announced his return,
// Cleveland felt …", "Three years after Republicans vowed to do better, the
// party has done the opposite") or, after a relative pronoun's or a
// subordinate clause's report, a verb ("Clinton, who announced a $275
// billion plan on Monday, plans to focus on jobs"). A noun phrase or an
// infinitive cannot go on with a clause of its own.
func (st *state) mainClauseEnd(sp np, lo, k, end int) int {
	b := sp.first - 1
	sub := sp.rel || b >= lo && st.is(b, wSub)
	for j := k + 1; j+2 < end; j++ {
		if st.inSeg[j] >= 0 || !st.isPunct(j, ",") {
			continue
		}
		n := j + 1
		gerund := func(i int) bool { return strings.HasSuffix(st.word(i), "ing") }
		if sub && st.verbLike(n) && !gerund(n) && !st.is(n, wPlural) {
			return j
		}
		if m := st.npAfter(n, end); m.ok() && m.last < end && m.last > n && st.verbLike(m.last) && !gerund(m.last) && st.isWord(n) && !st.is(n, wConj) {
			return j
		}
		return end
	}
	return end
}

// objectNotSaid reports a cue's object, tokens [k, end), headed by a
// word that names a thing made, shown or held rather than what was said
// ("wrote a novel", "tweeted a photograph of …", "maintained a wide
// lead"; the table is notSaidObjects) and with no verb of its own before
// a relative clause ("the photo of her son would have made her cry" is a
// clause). A question is no report either unless the object holds its
// words ("answered five questions", not "answered the question of what he
// would do" or "asked a simple question: who …").
func (st *state) objectNotSaid(k, end int) bool {
	head := -1
	for j := k; j < end && j-k < 8; j++ {
		if st.inSeg[j] >= 0 || !st.isWord(j) && !st.isPunct(j, "-") || st.is(j, wPron) && !st.is(j, wPossDet) {
			break // "suggested they tweet a picture": a clause's subject
		}
		if notSaidObjects[st.word(j)] && !st.info[j].cap {
			head = j
			break
		}
		if st.is(j, wPrep|wConj|wThat|wSub|wRel|wAux|wVerb) && !st.is(j, wDet|wPossDet|wNum) || st.info[j].cue.isVerb() && j > k {
			break
		}
	}
	if head < 0 || head+1 < end && st.isWord(head+1) && !st.is(head+1, wPrep|wConj|wThat|wSub|wRel|wAux|wVerb|wTime|wAdv) && !st.isLyAdverb(head+1) {
		return false // "the video game industry": the word is no head
	}
	stop := head + 1
	for stop < end && !st.is(stop, wRel|wThat|wSub|wConj) { // "wrote a memoir and later ran a bakery": the next verb is the subject's
		stop++
	}
	if st.finiteVerbIn(head+1, stop) {
		return false
	}
	if w := st.word(head); w == "question" || w == "questions" {
		for j := head + 1; j < end; j++ {
			if st.isPunct(j, ":") || questionWords[st.word(j)] || st.inSeg[j] >= 0 {
				return false
			}
		}
	}
	return true
}

// absoluteSubject returns the subject of an absolute clause whose verb is
// the gerund at v: the phrase right before it after "with", or after "and"
// that goes on such a clause ("with upstate Republicans calling it a
// giveaway and its Democratic sponsors saying it would create jobs").
func (st *state) absoluteSubject(v, lo int) np {
	n := st.npEndingAt(v-1, lo)
	if !n.ok() || n.rel || n.form == pipeline.Pronoun || n.first-1 < lo {
		return np{}
	}
	if approximators[st.word(n.first-1)] && n.first-2 >= lo && st.word(n.first-2) == "with" {
		// "with about three in 10 saying they are very liberal"
		n.first--
		n.span = st.span(n.first, n.last)
	}
	switch st.word(n.first - 1) {
	case "with":
		return n
	case "and":
		for k := n.first - 2; k >= lo && n.first-k <= 16; k-- {
			if st.isFinal(k) || st.isPunct(k, ";") || st.inSeg[k] >= 0 {
				break
			}
			if st.word(k) == "with" {
				return n
			}
		}
	}
	return np{}
}

// parenAside returns the token after a short parenthesis at token k (an
// acronym, a party, a place: "(NHTSA)", "(R-Texas)") that ends the
// sentence or comes before a comma, else k.
func (st *state) parenAside(k, hi int) int {
	for j := k + 1; j < hi && j-k <= 6; j++ {
		if st.inSeg[j] >= 0 || st.word(j) == "(" {
			return k
		}
		if st.word(j) == ")" {
			if j+1 >= hi || st.isFinal(j+1) || st.isPunct(j+1, ",") {
				return j + 1
			}
			return k
		}
	}
	return k
}

// dayParts follow a weekday in a time phrase ("said Friday evening that",
// "on Friday evening that").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// skipComplements steps over what may stand between a cue and its clause:
// the hearer of "told", times and prepositional phrases ("said in a
// statement on Tuesday that").
func (st *state) skipComplements(v, k, hi int) int {
	if e := st.showTitleAt(k, hi); e > k && st.info[v].cue.has(object) {
		k = e // "told ABC's “This Week” that"
	} else if k < hi && st.info[v].cue.has(object) && !st.is(k, wThat) {
		// A longer hearer only when it closes the sentence: "…, he told
		// the court in his filing."
		n := st.objectAfter(k, hi)
		if n.ok() && n.form == pipeline.Description && n.last-n.first > 4 && !(n.last >= hi && n.last-n.first <= 8) {
			// "told analysts on a conference call that": the hearer is
			// the phrase before its preposition, which the loop below
			// steps over like any other.
			for p := n.first + 1; p < n.last && p-n.first <= 4; p++ {
				if w := st.word(p); st.is(p, wPrep) && !st.info[p].cap && !st.is(p, wThat) && w != "of" && w != "to" && w != "for" {
					n.last, n.span = p, st.span(n.first, p)
					break
				}
			}
		}
		if n.ok() && (n.form != pipeline.Description || n.last-n.first <= 4 || (n.last >= hi || st.thatSoonAfter(n.last, hi)) && n.last-n.first <= 8) {
			// "told the New York Times' editorial board that", "told BBC
			// Radio 4's Today programme on Tuesday that": a longer hearer
			// before "that" too.
			if !(st.is(k, wDet) && n.last < hi && st.info[n.last].cue.isVerb()) {
				k = n.last
				// "telling voters and Twitter followers that"
				if k+1 < hi && st.word(k) == "and" {
					if m := st.npAfter(k+1, hi); m.ok() && m.last < hi && st.is(m.last, wThat) {
						k = m.last
					}
				}
			}
		}
	}
	for k < hi {
		w := st.word(k)
		switch {
		case st.showTitleAt(k, hi) > k:
			// "told “Fox News Sunday” that", "told ABC's “This Week.”": a
			// show's name in marks is the hearer or the medium.
			k = st.showTitleAt(k, hi)
		case (isWeekday(w) || dayParts[w] && isWeekday(st.word(k-1)) || st.is(k, wTime) && (st.info[k].cap || w == "today" || w == "yesterday" || w == "earlier" || w == "later")) &&
			!(k+1 < hi && (st.word(k+1) == "'s" || st.word(k+1) == "’s" || dayParts[st.word(k+1)] && k+2 < hi && (st.word(k+2) == "'s" || st.word(k+2) == "’s"))):
			k++ // not "said Thursday's speeches …": a possessive opens the clause
		case (w == "this" || w == "last" || w == "next") && k+1 < hi && st.is(k+1, wTime) && !st.info[k+1].cap:
			k += 2 // "warned this week that"
		case st.timeDistance(k, hi) > 0:
			k += st.timeDistance(k, hi) // "fired back hours later.", "said two days later that"
		case (w == "late" || w == "early") && k+1 < hi && (isWeekday(st.word(k+1)) || st.is(k+1, wTime)):
			k++ // "said late Wednesday that"
		case st.is(k, wTime) && !st.info[k].cap && k > v+1 && (st.word(k-1) == "last" || st.word(k-1) == "this" || st.word(k-1) == "next"):
			k++ // "told CNN last week that": the hearer's phrase took "last"
		case (w == "to" || w == "with") && k+1 < hi && st.isObjPron(k+1):
			k += 2 // "suggested to me that"
		case approximators[w] && k+1 < hi && (st.numberWord(k+1) || st.shareWord(k+1)):
			return k // "said about half of the voters …", "said nearly 40 homes …": a number's modifier
		case st.isLyAdverb(k) || st.is(k, wAdv) && !st.is(k, wPrep|wSub|wDet):
			k++
		case w == "at" && k+2 < hi && (st.word(k+1) == "least" || st.word(k+1) == "most") && (st.numberWord(k+2) || st.shareWord(k+2) || st.is(k+2, wDet)):
			return k // "said at least 30 soldiers had died": a number's modifier
		case w == "(" && st.parenAside(k, hi) > k:
			k = st.parenAside(k, hi) // "said in a filing with the agency (NHTSA)."
		case w == "at" && k+2 < hi && st.word(k+1) == "least" && (st.word(k+2) == "once" || st.word(k+2) == "twice"):
			k += 3 // "said at least once that"
		case w == "by" && k+1 < hi && byMedium[st.lower(k+1)]:
			k += 2 // "told Reuters by phone that": the medium, no agent
		case st.is(k, wPrep) && !st.is(k, wThat) && (w == "in" || w == "on" || w == "at" || w == "during" || w == "to" || w == "of" || w == "about" || w == "after" || w == "before" || w == "with" || w == "last" || w == "this" ||
			w == "through" || w == "via" || w == "from" || // "said through an interpreter that", "via his lawyer", "from the start"
			(w == "for" || w == "since" || w == "over") && k+1 < hi && st.timeOrMedium(k+1, hi)):
			if g := st.word(k + 1); k+1 < hi && len(g) > 4 && strings.HasSuffix(g, "ing") && isLowerASCII(g) && !st.is(k+1, wRole) {
				// "said in posing the question", "said after meeting
				// them that", "explained after winning Ohio, he would":
				// a participle phrase, up to "that", a comma or the
				// sentence's end.
				j := k + 2
				for j < hi && !st.is(j, wThat) && !st.isPunct(j, ",") {
					j++
				}
				if j < hi && st.isPunct(j, ",") {
					j++
				}
				k = j
				continue
			}
			if w == "to" && k > v+1 && (st.infinitiveVerbAt(k+1, hi) || infinitiveFirst[st.info[v].cue.lemma()] && st.infinitiveAt(k)) {
				// "said about the effort to hide his ties": an
				// infinitive on the object, no clause after it;
				// "promised on Sunday to share …": the promise.
				return k
			}
			if e := st.showTitleAt(k+1, hi); e > k+1 && (w == "on" || w == "to" || w == "with") {
				k = e // "said on MSNBC's “Morning Joe” that" (not "wrote in “Ralph Nader” on his ballot": a vote)
				continue
			}
			n := st.npAfter(k+1, hi)
			if !n.ok() {
				// "told friends since the spring that": a time the noun
				// phrase rules do not take.
				j := k + 1
				for j < hi && (st.is(j, wDet|wPossDet|wNum|wTime) && !st.is(j, wThat) || timeBounds[st.word(j)]) {
					j++
				}
				if j == k+1 || !st.is(j-1, wTime) {
					return k
				}
				k = j
				continue
			}
			// "said in a statement", "told reporters at a rally in Iowa"
			if w == "of" && !(st.info[v].cue.lemma() == "say") {
				return k
			}
			k = n.last
			// "said in documents posted by the agency that": a participle
			// and its agent on the phrase, up to "that".
			if p := st.word(k); k+2 < hi && len(p) > 4 && strings.HasSuffix(p, "ed") && isLowerASCII(p) && (st.word(k+1) == "by" || st.word(k+1) == "with") {
				if m := st.npAfter(k+2, hi); m.ok() && m.last < hi && st.is(m.last, wThat) {
					k = m.last
				}
			}
		case w == "," && k > v+1 && st.info[k-1].cap && k+1 < hi && st.info[k+1].cap && st.stateAfterPlace(k, hi) > k:
			// "told a town hall in Salem, New Hampshire on Monday that":
			// a place's state or country after its comma (round 42).
			k = st.stateAfterPlace(k, hi)
		case w == "," && k+1 < hi && (st.is(k+1, wPrep|wTime|wRel) || isWeekday(st.word(k+1)) || st.word(k+1) == "where" || st.word(k+1) == "when" || st.word(k+1) == "formerly") && !st.is(k+1, wThat):
			// ", in a statement," — an aside; ", where he is a
			// contributor,"; "on X, formerly Twitter,"
			j := k + 1
			for j < hi && !st.isPunct(j, ",") && j-k < 16 {
				j++
			}
			if j < hi && st.isPunct(j, ",") {
				k = j + 1
				continue
			}
			return k
		case st.is(k, wPrep) && !st.is(k, wThat|wSub) && w != "as" && w != "like" && w != "by" && w != "against" && w != "than":
			// Any other phrase right before "that" and a clause: "told
			// the audience at his fundraiser for veterans that". Not an
			// agent ("an estimate by X projected that") or an object
			// ("cautioned against viewing that as").
			if n := st.npAfter(k+1, hi); n.ok() && n.last+1 < hi && st.is(n.last, wThat) && !st.verbIn(k+1, n.last) &&
				!(st.is(n.last+1, wAux|wVerb) && !st.is(n.last+1, wPron)) && st.reportedClauseStart(v, n.last+1, hi) {
				k = n.last
				continue
			}
			if t := st.thatAfterPhrase(k+1, hi); t > k && st.reportedClauseStart(v, t+1, hi) {
				k = t // "for veterans that he had raised …": the noun phrase rules read "that" as a relative pronoun
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// stateAfterPlace returns the token after a place's state or country
// that follows the comma at token c ("in Salem, New Hampshire on Monday
// that", "in Des Moines, Iowa, that"), its closing comma included, when a
// preposition, a time or "that" comes next; else c.
func (st *state) stateAfterPlace(c, hi int) int {
	j := c + 1
	for j < hi && j-c <= 3 && st.info[j].cap && st.isWord(j) && !st.info[j].cue.isVerb() {
		j++
	}
	if j == c+1 || j >= hi {
		return c
	}
	if st.isPunct(j, ",") && j+1 < hi && st.is(j+1, wThat) {
		return j + 1
	}
	if st.is(j, wThat|wPrep|wTime) || isWeekday(st.word(j)) {
		return j
	}
	return c
}

// thatAfterPhrase returns the "that" that ends a short prepositional
// object from token a ("for veterans that he had raised …", "to his
// donors that"), read as a conjunction when a subject pronoun or a
// determiner follows it; -1 if none within four words, or a verb, a mark
// or a comma comes first (round 42).
func (st *state) thatAfterPhrase(a, hi int) int {
	for j := a; j < hi && j-a <= 4; j++ {
		if st.is(j, wThat) {
			if j > a && j+1 < hi && (subjectPronouns[st.word(j+1)] || st.is(j+1, wDet) && !st.is(j+1, wThat)) {
				return j
			}
			return -1
		}
		if !st.isWord(j) || st.inSeg[j] >= 0 || st.verbAt(j) {
			return -1
		}
	}
	return -1
}

// sayingPreps put a gerund of "say" in a phrase that hangs on the main
// clause ("after saying", "while saying").
var sayingPreps = map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true,
	"After": true, "Before": true, "While": true, "Since": true, "Upon": true}

// byMedium are the media "by" names between a cue and its clause ("told
// Reuters by phone that", "said by email that"): there "by" brings no agent.
var byMedium = map[string]bool{"phone": true, "telephone": true, "email": true, "e-mail": true, "text": true, "letter": true,
	"videolink": true, "satellite": true, "radio": true}

// timeDistance returns how many tokens from k make a stretch of time
// before "later", "earlier" or "ago" ("hours later", "two days later", "a
// week earlier"), that word included; 0 if none.
func (st *state) timeDistance(k, hi int) int {
	j := k
	if j+1 < hi && (st.numberWord(j) || st.is(j, wDet) && !st.is(j, wPossDet|wThat) || st.word(j) == "several" || st.word(j) == "few") {
		j++
	}
	if j+1 >= hi || !(st.is(j, wTime) && !st.info[j].cap || timeUnits[st.word(j)]) {
		return 0
	}
	switch st.word(j + 1) {
	case "later", "earlier", "ago", "before":
		return j + 2 - k
	}
	return 0
}

// promiseVerbs report, with an infinitive, what their speaker will do
// ("promised to raise the wage") or claims to be or do ("claim to
// represent Asian Americans").
var promiseVerbs = map[string]bool{"promise": true, "vow": true, "pledge": true, "threaten": true, "agree": true, "swear": true,
	"claim": true}

// infinitiveFirst are the promiseVerbs whose "to" right after them opens
// the infinitive, never a hearer. Only these, for now: PolNeAR's converter
// (score.py) keeps no report whose cue is "vow", "pledge" or "threaten", so
// train cannot tell whether their infinitives should be found this way.
var infinitiveFirst = map[string]bool{"promise": true, "claim": true}

// infinitiveAt reports "to" (or "not to") and a verb at token k.
func (st *state) infinitiveAt(k int) bool {
	if k < len(st.doc.Tokens) && st.word(k) == "not" {
		k++
	}
	return k+1 < len(st.doc.Tokens) && st.word(k) == "to" && st.isWord(k+1) && !st.info[k+1].cap && !st.is(k+1, wDet|wPossDet|wPron|wPrep|wTime)
}

// infinitiveVerbAt reports a verb at token k after "to": a lower-case word
// that opens no noun phrase of its own and is followed by one ("to hide his
// ties", "to downplay the report"), not a noun ("to reporters at the rally").
func (st *state) infinitiveVerbAt(k, hi int) bool {
	return k+1 < hi && st.isWord(k) && !st.info[k].cap && !st.is(k, wDet|wPossDet|wPron|wNum) &&
		(st.is(k+1, wDet|wPossDet) || st.isObjPron(k+1))
}

// isObjPron reports an object pronoun: him, her, them.
func (st *state) isObjPron(k int) bool {
	if k >= len(st.doc.Tokens) {
		return false
	}
	switch st.lower(k) {
	case "him", "her", "them", "us", "me":
		return true
	}
	return false
}

// timeOrMedium reports a time ("for years", "since Monday") or a medium
// ("through a spokesman", "via Twitter") starting at token k.
func (st *state) timeOrMedium(k, hi int) bool {
	for j := k; j < hi && j-k < 4; j++ {
		if st.is(j, wTime) || isWeekday(st.word(j)) || st.is(j, wRole) || st.info[j].cap || st.word(j) == "time" || st.word(j) == "times" || timeBounds[st.word(j)] {
			return true // "for the first time", "since Monday", "since the start of the campaign"
		}
		if w := st.word(j); !st.is(j, wDet|wPossDet|wNum) && st.doc.Tokens[j].Kind != pipeline.Number && w != "first" && w != "second" && w != "last" {
			return false
		}
	}
	return false
}

// thatSoonAfter reports a "that" at k or at most four words after it, with
// no punctuation, verb, conjunction, clause word or pronoun between ("on
// Tuesday that", "in an interview that").
func (st *state) thatSoonAfter(k, hi int) bool {
	for j := k; j < hi && j-k <= 4; j++ {
		if st.is(j, wThat) {
			return true
		}
		if !st.isWord(j) || st.is(j, wVerb|wAux|wConj|wSub|wRel|wPron) || st.info[j].cue.isVerb() {
			return false
		}
	}
	return false
}

// objectAfter finds the hearer after a cue like "told" or "assured": a
// noun phrase, or an object pronoun ("assured him it was done").
func (st *state) objectAfter(k, hi int) np {
	switch w := st.lower(k); w {
	case "him", "her", "them", "us", "me", "you":
		if n := k + 1; w == "her" && n+1 < hi && st.isWord(n) && !st.info[n].cap && st.inSeg[n] < 0 && !st.is(n, wThat|wPrep|wDet|wPossDet|wSub|wConj|wAux|wVerb|wRel|wAdv|wPron|wStop|wTime) &&
			!st.info[n].cue.isVerb() && !questionWords[st.word(n)] && !st.isLyAdverb(n) {
			// "asked her office how many …", "told her husband she …":
			// "her" is the possessive of a noun, the hearer the phrase.
			if m := st.npAfter(k, hi); m.ok() && m.last > n && m.last < hi {
				if st.is(m.last, wAux|wVerb) || st.info[m.last].cue.isVerb() || st.verbLike(m.last) {
					return np{} // "promised her entire program would be paid for": the clause's subject
				}
				return m
			}
		}
		return np{span: st.span(k, k+1), first: k, last: k + 1, form: pipeline.Pronoun}
	}
	return st.npAfter(k, hi)
}

// sameForm reports whether the cue at j has the form of the cue that
// introduced the clause starting at k ("noted … and quoted": the main
// clause goes on; "says he spoke … and asked": the reported one does).
func (st *state) sameForm(k, j int) bool {
	for c := k - 1; c >= 0 && k-c <= 12; c-- {
		if ci := st.info[c].cue; ci.isVerb() && st.inSeg[c] < 0 && !st.info[c].cap { // not "The Associated Press"
			return ci.form == st.info[j].cue.form
		}
	}
	return true
}

// mentalVerbs after "and" go on with the reported clause, whose subject
// they share ("said the candidate knew all about it and thought the
// criticism was unfair"); other cues there are the speaker's next act
// ("… and called the venture a failure").
var mentalVerbs = map[string]bool{"think": true, "believe": true, "hope": true, "fear": true, "expect": true, "worry": true}

// backshiftModals after "but" go on with the reported clause ("said the
// council had protected its libraries but could no longer do so"), where
// a verb of the narrative's tense ends it ("said … but did not say").
var backshiftModals = map[string]bool{"could": true, "would": true, "might": true, "should": true}

// presentAux are the auxiliaries of the present tense.
var presentAux = map[string]bool{"is": true, "are": true, "am": true, "has": true, "have": true, "does": true, "do": true,
	"can": true, "will": true, "may": true, "must": true}

// presentGoesOn reports that "but" at j and a present-tense auxiliary go
// on with a reported clause starting at k that is in the present tense
// after a cue in the past: "said she still gets nervous but has learned
// to …" (the writer's own words would be in the narrative's tense, "but
// had learned"; after a present cue, "says … but has withheld her
// endorsement", the writer may go on in the present).
func (st *state) presentGoesOn(k, j int) bool {
	if !presentAux[st.word(j+1)] {
		return false
	}
	c := k - 1
	if c > 0 && st.is(c, wThat) {
		c--
	}
	if c < 0 || !st.info[c].cue.isVerb() || st.info[c].cue.form != formPast {
		return false
	}
	// The clause's verb: after its subject and any adverbs.
	n := st.npAfter(k, j)
	if !n.ok() || n.plural {
		return false
	}
	i := n.last
	for i < j && (st.isLyAdverb(i) || st.is(i, wAdv) && !st.is(i, wAux)) {
		i++
	}
	if i >= j || st.inSeg[i] >= 0 || st.info[i].cap {
		return false
	}
	w := st.word(i)
	return presentAux[w] || !st.is(i, wAux) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isLowerASCII(w)
}

// subjectPronouns are the personal pronouns that open a clause.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "I": true, "you": true}

// clauseBreakers, after a comma, start a clause that is no longer the
// reported one ("…, while 22 percent said …").
var clauseBreakers = map[string]bool{"while": true, "whereas": true, "which": true, "even": true, "compared": true}

// reportJoiners, after a reported clause's comma, join a report of its own
// with its subject and cue ("…, though Mrs. Fiorina said she doubted …"),
// which ends the clause.
var reportJoiners = map[string]bool{"and": true, "but": true, "though": true, "although": true}

// dashBreakers, after a dash that no second dash closes, start the
// writer's words rather than more of the reported clause.
var dashBreakers = map[string]bool{"and": true, "but": true, "though": true, "although": true, "while": true, "a": true, "an": true,
	"which": true, "who": true, "he": true, "she": true, "they": true, "the": true, "something": true}

// dashIn reports a dash among tokens [a, b), outside quotes.
func (st *state) dashIn(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] < 0 && st.doc.Tokens[j].Kind == pipeline.Dash {
			return true
		}
	}
	return false
}

// clauseEnd returns where a reported clause starting at k ends: the end of
// the sentence, or before ", according to", a dash aside or a later
// attribution.
func (st *state) clauseEnd(k, hi int, rel bool) int {
	// A fronted adverbial closes with a comma that does not end the
	// clause: "that, even if they thought it was appropriate, a recount
	// could not be done".
	frontComma := -1
	if w := st.word(k); k+1 < hi && (st.is(k, wSub) && !st.is(k, wThat) && w != "whether" && w != "if" || w == "even" && st.is(k+1, wSub) || st.is(k, wPrep) && st.word(k) != "of") {
		frontComma = st.nextComma(k+1, hi)
	}
	for j := k; j < hi; j++ {
		if j == frontComma {
			continue
		}
		if st.inSeg[j] >= 0 {
			// "… “founded ISIS,” saying …", "… “in the system,” according
			// to …": the comma inside the quote ends the clause.
			if n := j + 1; n < hi && st.inSeg[n] < 0 && st.segCommaEnd(j) && (st.is(n, wAccording) || st.info[n].cue.isVerb() && st.info[n].cue.form == formGerund && st.info[n].cue.class() <= asking) {
				return n
			}
			continue
		}
		if j > k && st.is(j, wConj) && j+1 < hi && !st.info[j+1].cap && (st.info[j+1].cue.isVerb() && !mentalVerbs[st.info[j+1].cue.lemma()] && st.sameForm(k, j+1) || st.word(j) == "but" && st.is(j+1, wAux|wVerb) && !backshiftModals[st.word(j+1)] && !st.presentGoesOn(k, j)) {
			return j // "noted that … and quoted Reagan", "… but did not say": the main clause goes on
		}
		if st.word(j) == ")" && st.inSeg[j] < 0 && !st.parenOpenIn(k, j) {
			// "(… several leaders suggested he'd be competitive in the
			// state.) But if Trump fails …": the parenthesis that held the
			// report closes it.
			return j
		}
		if st.isPunct(j, ":") && j > k+2 && (j+1 >= hi || st.inSeg[j+1] >= 0) {
			return j // "… for one reason: the pride …" goes on; a quote after the colon is a direct quote's
		}
		if j > k+1 && (st.word(j) == "and" || st.word(j) == "but") && j+2 < hi && !st.is(j+1, wThat|wSub) && st.verbIn(k, j) && st.reportOpens(j+1, hi) {
			return j // "… will not attend and others have said …": a report of its own
		}
		if st.doc.Tokens[j].Kind == pipeline.Dash && j > k+2 && j+1 < hi && st.inSeg[j] < 0 && st.inSeg[j+1] >= 0 && j+1 == st.tokenAtSegStart(j+1) && st.verbIn(k, j) && st.segCand[st.inSeg[j+1]] >= 0 && st.cands[st.segCand[st.inSeg[j+1]]].cueTok > j+1 {
			// "Clinton suggested that the plan was unserious - “Again, we
			// need …,” she said": a quote with its own attribution after
			// it is the writer's next sentence.
			return j
		}
		if st.doc.Tokens[j].Kind == pipeline.Dash && j > k+2 && j+1 < hi && dashBreakers[st.lower(j+1)] && st.verbIn(k, j) && !st.dashIn(j+1, hi) && !(j+2 < hi && st.is(j+2, wThat)) {
			return j // "… — but she also insisted …", "… — a high sum": the writer goes on
		}
		if st.doc.Tokens[j].Kind == pipeline.Dash && j > k+2 && j+2 < hi && st.inSeg[j] < 0 && st.participleAt(j+1) && st.verbIn(k, j) {
			return j // "… - noting that …", "-- having suggested …": the writer's aside on the speaker
		}
		if st.isPunct(j, ",") && j+2 < hi {
			if st.is(j+1, wAccording) || st.trailingAttribution(j+1, hi) {
				return j
			}
			if st.verbIn(k, j) && (st.numberWord(j+1) || st.word(j+1) == "after") && st.reportAhead(j, hi) {
				return j // "…, 39 have said they support Sanders", "…, after half said so": the next answer
			}
			if n := st.info[j+1]; n.cue.isVerb() && n.cue.form == formGerund && n.cue.class() <= asking {
				return j // ", adding that …": its own clause
			}
			if !st.verbIn(k, j) {
				continue // "that Donald J. Trump, even as a candidate, had elevated …": no verb yet
			}
			if rel {
				// "Sanders, who … said he would campaign with him,
				// ultimately did not show up": the main clause goes on.
				n := j + 1
				for n < hi && (st.isLyAdverb(n) || st.is(n, wAdv) && !st.is(n, wPrep|wSub)) {
					n++
				}
				if n < hi && (st.is(n, wAux|wVerb) || st.info[n].cue.isVerb()) {
					return j
				}
			}
			if clauseBreakers[st.word(j+1)] && !(st.word(j+1) == "which" && st.closedAside(j, hi)) {
				return j
			}
			if st.shareAt(j+1, hi) {
				return j // "42% say they're liberal, 32% call themselves conservative": the next answer
			}
			if st.word(j+1) == "as" && st.is(j+2, wAux) && !st.is(j+2, wPron) {
				return j // ", as has Carlos Gimenez", ", as was the case with …"
			}
			// ", and others have said …": a clause of its own, with its
			// subject and verb (not ", and that …", still reported).
			// ", but he sounded a nostalgic note": a pronoun after "but"
			// opens the writer's clause; otherwise ", but" goes on with the
			// reported one (", but a federal judge refused to let them", ", but
			// never compromise", ", but that …").
			if st.word(j+1) == "but" && j+2 < hi && subjectPronouns[st.word(j+2)] {
				return j
			}
			if reportJoiners[st.word(j+1)] && j+3 < hi && !st.is(j+2, wThat|wSub) && st.reportAhead(j+2, hi) {
				return j // ", but six in 10 said …", ", though Fiorina said …": a report of its own
			}
			if (st.word(j+1) == "and" || st.word(j+1) == "but") && j+3 < hi && !st.is(j+2, wThat) {
				if n := st.npAfter(j+2, hi); n.ok() && n.last < hi && (st.is(n.last, wAux|wVerb) || st.info[n.last].cue.isVerb() && st.info[n.last].cue.form != formGerund ||
					n.form == pipeline.Pronoun && st.pastLike(n.last)) {
					return j // ", and he railed against …"
				}
			}
			// ", highlighting the disconnect": a participle hangs on the
			// main clause.
			// Not a noun in a list: "accounted for age, weight, smoking and
			// medication".
			if w := st.word(j + 1); len(w) > 4 && strings.HasSuffix(w, "ing") && isLowerASCII(w) && w != "including" && w != "according" && !st.is(j+1, wRole) &&
				!(j+2 < hi && (st.word(j+2) == "and" || st.word(j+2) == "or" || st.isPunct(j+2, ","))) {
				return j
			}
			// ", who does not need …", ", a recommendation the attorney
			// general adopted": a relative clause or an appositive on the
			// clause's last noun, the writer's words.
			if w := st.word(j + 1); (w == "who" || w == "whom" || (w == "a" || w == "an" || w == "one") && j-k >= 4) && !st.closedAside(j, hi) {
				return j
			}
		}
	}
	return hi
}

// timeAdjuncts open a time after a trailing attribution's cue ("…, the
// Times reported late Thursday") where the lexicon has no time word.
var timeAdjuncts = map[string]bool{"late": true, "early": true, "last": true, "this": true, "earlier": true, "later": true}

// trailingAttribution reports that the words from token a to the
// sentence's end are an attribution of their own, after the reported
// clause's comma: "…, the New York Times reported late Thursday", "…, said
// Larry Sabato": a subject and a cue in the past or third person (or a
// cue and its subject) and no finite verb after them.
func (st *state) trailingAttribution(a, hi int) bool {
	cue := func(c int) bool {
		ci := st.info[c].cue
		return ci.isVerb() && !st.info[c].cap && ci.class() <= writing && (ci.form == formPast || ci.form == formThird) && st.verbHere(c)
	}
	rest := func(c int) bool { // nothing after the cue but adjuncts
		if c+1 < hi && !st.is(c+1, wPrep|wTime|wAdv) && !st.isLyAdverb(c+1) && !timeAdjuncts[st.word(c+1)] {
			return false // "…, AKA Danger Mouse, wrote a host of new songs": an object
		}
		for j := c + 1; j < hi; j++ {
			if st.inSeg[j] >= 0 || st.is(j, wThat) {
				return false
			}
		}
		return !st.finiteVerbIn(c+1, hi)
	}
	if cue(a) {
		// "…, reported the Washington Examiner", "said Ann Hale,
		// director …": a speaker, not "…, wrote a host of new songs".
		n := st.npAfter(a+1, hi)
		speaker := n.ok() && !st.is(n.first, wDet) || n.ok() && n.last > n.first+1 && st.info[n.first+1].cap && st.word(n.first) != "a" && st.word(n.first) != "an"
		return speaker && (n.last >= hi || st.isPunct(n.last, ",") || rest(n.last-1))
	}
	for c := a + 1; c < hi && c-a <= 7; c++ {
		if st.inSeg[c] >= 0 || !st.isWord(c) {
			return false
		}
		if cue(c) {
			// Subject and cue side by side: not "…, he should have
			// insisted on …", the writer's clause.
			n := st.subjectBefore(c, a)
			return n.ok() && n.first == a && n.last == c && rest(c)
		}
	}
	return false
}

// parenOpenIn reports an opening parenthesis among tokens [a, b).
func (st *state) parenOpenIn(a, b int) bool {
	for j := a; j < b; j++ {
		if st.word(j) == "(" {
			return true
		}
	}
	return false
}

// participleAt reports a lower-case participle in -ing at token k that
// opens a phrase on the main clause ("noting", "having"; not "including",
// "according").
func (st *state) participleAt(k int) bool {
	w := st.word(k)
	return st.isWord(k) && len(w) > 4 && strings.HasSuffix(w, "ing") && isLowerASCII(w) && w != "including" && w != "according" && !strings.HasSuffix(w, "thing") && !st.is(k, wRole)
}

// closedAside reports that the phrase after the comma at j closes with a
// comma of its own within a few words and the reported clause goes on after
// it: "he needed to connect Gilbert Chagoury, a billionaire who was one of
// the top donors, with someone at the department", "safe seats, which hers
// is, because …". Not before "and", "but", a participle, a name or a
// pronoun (a clause or an attribution of its own), nor around a cue.
func (st *state) closedAside(j, hi int) bool {
	for c := j + 2; c < hi && c-j <= 14; c++ {
		if st.inSeg[c] >= 0 || st.isPunct(c, ":") || st.doc.Tokens[c].Kind == pipeline.Dash || st.info[c].cue.isVerb() && !st.info[c].cap {
			return false // "…, who suggested …": a speaker of its own
		}
		if !st.isPunct(c, ",") {
			continue
		}
		if c+2 >= hi || !st.isWord(c+1) || st.info[c+1].cap || st.is(c+1, wPron|wConj|wAccording) || st.info[c+1].cue.isVerb() {
			return false
		}
		w := st.word(c + 1)
		return !(len(w) > 4 && strings.HasSuffix(w, "ing"))
	}
	return false
}

// shareAt reports a poll's share at token k: "32%", "34 percent".
func (st *state) shareAt(k, hi int) bool {
	if st.doc.Tokens[k].Kind != pipeline.Number {
		return false
	}
	return strings.HasSuffix(st.word(k), "%") || k+1 < hi && (st.word(k+1) == "%" || st.word(k+1) == "percent")
}

// reportAhead reports a speech cue in the past or third person within a
// few words from token a, no comma or quote before it, after a subject:
// "six in 10 said", "more than 4 in 10 said".
func (st *state) reportAhead(a, hi int) bool {
	comma := false // an appositive's commas go on, four words further: ", but his spokeswoman, Tina Lowe, said …"
	for j := a + 1; j < hi && (j-a <= 6 || comma && j-a <= 10); j++ {
		if st.isPunct(j, ",") {
			comma = true
			continue
		}
		if st.inSeg[j] >= 0 || !st.isWord(j) {
			return false
		}
		if c := st.info[j].cue; c.isVerb() && !st.info[j].cap && c.class() <= writing && (c.form == formPast || c.form == formThird) {
			return st.subjectBefore(j, a).ok()
		}
	}
	return false
}

// reportOpens reports a clause from token a that is a report of its own:
// a subject that starts at a and a speech cue in the past or third person
// that takes a clause and seldom an object ("others have said", "Trump
// says"; not "Congress and President Obama agreed", "… remarks").
func (st *state) reportOpens(a, hi int) bool {
	for j := a + 1; j < hi && j-a <= 6; j++ {
		if st.inSeg[j] >= 0 || !st.isWord(j) {
			return false
		}
		if c := st.info[j].cue; c.isVerb() && !st.info[j].cap && c.class() <= writing && (c.form == formPast || c.form == formThird) {
			if !c.has(clause) || c.has(npObj) || !st.verbHere(j) {
				return false
			}
			n := st.subjectBefore(j, a)
			return n.ok() && n.first == a
		}
	}
	return false
}

// pastLike reports a lower-case word in -ed, a past verb after a subject
// pronoun ("he railed", "they decided").
func (st *state) pastLike(k int) bool {
	w := st.word(k)
	return st.isWord(k) && !st.info[k].cap && len(w) > 3 && strings.HasSuffix(w, "ed")
}

// quoteCommaBefore reports a participle at v right after a quote whose
// words end with its comma ("were “overblown,” adding that …", in curly
// marks or the NYT's doubled apostrophes): the comma inside the marks is
// the participle's (round 42).
func (st *state) quoteCommaBefore(v int) bool {
	return v > 0 && st.inSeg[v-1] >= 0 && st.inSeg[v] < 0 && st.segCommaEnd(v-1)
}

// segCommaEnd reports that token j closes a quoted segment whose words
// end with a comma ("“founded ISIS,”").
func (st *state) segCommaEnd(j int) bool {
	s := &st.segs[st.inSeg[j]]
	if s.close.IsZero() || st.doc.Tokens[j].End != s.close.End {
		return false
	}
	c := strings.TrimRight(st.doc.Text[s.content.Start:s.content.End], " ")
	return strings.HasSuffix(c, ",")
}

// verbIn reports a finite verb among tokens [a, b), outside quotes.
func (st *state) verbIn(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] < 0 && st.verbLike(j) {
			return true
		}
	}
	return false
}

// finiteVerbIn reports an auxiliary, a verb of the lexicon or a past form
// that no determiner makes an adjective ("he believed", not "his proposed
// expansion") among tokens [a, b), outside quotes: a question's clause
// has one.
func (st *state) finiteVerbIn(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] >= 0 || st.info[j].cap {
			continue
		}
		if w := st.word(j); st.is(j, wVerb|wAux) && w != "'s" && w != "’s" || st.pastLike(j) && j > a && !st.is(j-1, wDet|wPossDet) {
			return true
		}
	}
	return false
}

// verbOutsideInfinitive reports a verb in tokens [a, b) that no "to" opens:
// a clause's, not an infinitive's ("on condition of anonymity to speak
// freely" has none).
func (st *state) verbOutsideInfinitive(a, b int) bool {
	for j := a; j < b; j++ {
		if st.inSeg[j] >= 0 {
			return true
		}
		if st.info[j].cap || j > a && st.word(j-1) == "to" {
			continue
		}
		if w := st.word(j); st.is(j, wVerb|wAux) && w != "'s" && w != "’s" || st.pastLike(j) && j > a && !st.is(j-1, wDet|wPossDet) || st.info[j].cue.isVerb() {
			return true
		}
	}
	return false
}

// datelineMonth reports a month as a dateline writes it: "Nov", "Nov.",
// "November".
func datelineMonth(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return monthNames[w] || len(w) >= 3 && monthNames[w[:3]+"."] || w == "may" || w == "june" || w == "july"
}

// addIndirect adds an indirect candidate for tokens [a, b) unless it holds
// a long quote (then the direct quote stands for it) or repeats one.
func (st *state) addIndirect(a, b, cueTok int, sp np, pat pattern) {
	for b > a && (st.isPunct(b-1, ",") || st.isPunct(b-1, ":") || st.doc.Tokens[b-1].Kind == pipeline.Dash) {
		b--
	}
	for a < b && (st.isPunct(a, ",") || st.doc.Tokens[a].Kind == pipeline.Dash) {
		a++
	}
	if a >= b {
		return // nothing reported ("According to X," closing the text)
	}
	// A dateline opens the paragraph, not the report: "WASHINGTON -- A
	// six-year trend …, the budget office reported".
	// Also a wire's agency in parentheses and a date: "SEOUL (Reuters) -",
	// "VIENNA, Nov 27 (Reuters) -".
	// "REDDING, Calif. (AP) —": the state's period ended a sentence.
	afterState := false
	if a > 0 && st.isPunct(a, "(") && strings.HasSuffix(st.word(a-1), ".") {
		p := st.doc.Paragraphs[st.paraOf(a)]
		f := st.doc.Sentences[p.First].First
		afterState = a-f <= 5 && st.doc.Tokens[f].Is(pipeline.AllCaps)
	}
	if st.doc.Tokens[a].Is(pipeline.ParaStart) && st.doc.Tokens[a].Is(pipeline.AllCaps) || afterState {
		paren := false
		region := 0 // capitalised words after the city's comma: "PASADENA, Texas (AP) —", "SAN JUAN, Puerto Rico —"
		for j := a; j < b && j-a < 10; j++ {
			if st.doc.Tokens[j].Kind == pipeline.Dash {
				a = j + 1
				break
			}
			paren = paren && !st.isPunct(j, ")") || st.isPunct(j, "(")
			inRegion := !paren && region < 3 && st.info[j].cap && st.isWord(j) && j-2 >= a &&
				(st.isPunct(j-1, ",") && st.doc.Tokens[j-2].Is(pipeline.AllCaps) || region > 0 && st.info[j-1].cap)
			if inRegion {
				region++
			}
			if !st.doc.Tokens[j].Is(pipeline.AllCaps) && !st.isPunct(j, ",") && !st.isPunct(j, ".") && !st.isPunct(j, "(") && !st.isPunct(j, ")") &&
				!(paren && st.info[j].cap) && !inRegion && !datelineMonth(st.word(j)) && !(st.doc.Tokens[j].Kind == pipeline.Number && j > a && datelineMonth(st.word(j-1))) {
				break
			}
		}
	}
	words := 0
	for k := a; k < b; k++ {
		if st.inSeg[k] < 0 && st.isWord(k) {
			words++
		}
	}
	if words < 2 {
		return
	}
	span := st.span(a, b)
	// A long quote inside: the direct quote is the attribution's content.
	var short []int
	for k := a; k < b; k++ {
		si := st.inSeg[k]
		if si < 0 {
			continue
		}
		s := &st.segs[si]
		if countWords(st.doc.Text, s.content) >= minDirectWords {
			return
		}
		if c := st.segCand[si]; c >= 0 {
			short = append(short, int(c))
		}
		for k+1 < b && st.inSeg[k+1] == si {
			k++
		}
	}
	// The span may not end inside a quote.
	if si := st.inSeg[b-1]; si >= 0 && !st.segs[si].close.IsZero() && st.segs[si].close.End > span.End {
		span.End = st.segs[si].close.End
	}
	if si := st.inSeg[a]; si >= 0 && st.segs[si].open.Start < span.Start {
		span.Start = st.segs[si].open.Start
	}
	// Overlapping reports of two cues both stay candidates: the more
	// confident one is kept when the quotes are written (emit).
	// (Only this function makes indirect candidates: those of a span are
	// chained from indHead, so a long text's thousands of reports are
	// not each compared with all the others.)
	h, chained := st.indHead[span]
	for i := h; chained && i >= 0; i = st.indNext[i] {
		if c := &st.cands[i]; !c.dropped && c.kind == pipeline.Indirect && c.span == span {
			return
		}
	}
	for _, c := range short {
		st.cands[c].dropped = true
	}
	st.usedCue[cueTok] = true
	st.cands = append(st.cands, candidate{span: span, kind: pipeline.Indirect, cue: st.doc.Tokens[cueTok].Span,
		cueTok: cueTok, speaker: speakerRef{np: sp}, pat: pat, seg: -1, entity: -1, quoted: len(short) > 0 || st.holdsSegment(a, b)})
	for len(st.indNext) < len(st.cands) {
		st.indNext = append(st.indNext, -1)
	}
	if !chained {
		h = -1
	}
	if st.indHead == nil {
		st.indHead = map[pipeline.Span]int32{}
	}
	st.indNext[len(st.cands)-1], st.indHead[span] = h, int32(len(st.cands)-1)
}

// holdsSegment reports whether a quoted stretch lies within tokens [a, b).
func (st *state) holdsSegment(a, b int) bool {
	for k := a; k < b; k++ {
		if st.inSeg[k] >= 0 {
			return true
		}
	}
	return false
}

// wordsIn counts the words of tokens [a, b) outside quotes.
func (st *state) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if st.inSeg[k] < 0 && st.isWord(k) {
			n++
		}
	}
	return n
}

// countWords counts the words of a span of text.
func countWords(text string, s pipeline.Span) int {
	n := 0
	in := false
	for i := s.Start; i < s.End; i++ {
		c := text[i]
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// accordingSource returns the source of "according to" at token v, in a
// sentence that ends before token hi: "according to X", "according to data
// released by the Labor Department", "according to a tally by the
// Associated Press"; or no phrase.
func (st *state) accordingSource(v, hi int) np {
	sp := st.npAfter(v+2, hi)
	if !sp.ok() && v+2 < hi && st.info[v+2].cue.isVerb() && !st.info[v+2].cap && st.isWord(v+2) {
		// After the preposition a cue's form is a noun or a modifier, not
		// a verb: "according to state records", "according to reports
		// emerging in the news media".
		sp = np{span: st.span(v+2, v+3), first: v + 2, last: v + 3, form: pipeline.Description, plural: strings.HasSuffix(st.word(v+2), "s")}
		if n := st.npAfter(v+3, hi); n.ok() && n.form == pipeline.Description && st.info[v+3].cue.form != formGerund && !strings.HasSuffix(st.word(v+3), "ing") {
			n.first, n.span = v+2, st.span(v+2, n.last)
			sp = n
		}
	}
	if !sp.ok() && v+3 < hi && st.is(v+2, wDet|wPossDet) && !st.isPunct(v+3, ",") && !st.isFinal(v+3) {
		// "according to a tally by the Associated Press", "according to a
		// yearly Gallup poll", "according to the “Medicare for all”
		// document he released": a source the phrase rules do not read
		// (an -ly word, a quoted title), up to the comma or the end.
		k := v + 3
		for k < hi && k-v < 14 && !st.isPunct(k, ",") && !st.isFinal(k) {
			k++
		}
		if k-v < 14 {
			sp = np{span: st.span(v+2, k), first: v + 2, last: k, form: pipeline.Description}
		}
	}

	if !sp.ok() {
		return np{}
	}
	if w := st.word(sp.last); sp.form == pipeline.Description && sp.last < hi && isLowerASCII(w) && strings.HasSuffix(w, "s") && textNouns[w[:len(w)-1]] &&
		(sp.last+1 >= hi || !st.isWord(sp.last+1) || st.is(sp.last+1, wPrep)) {
		sp.last, sp.span, sp.plural = sp.last+1, st.span(sp.first, sp.last+1), true // "according to press reports": the texts' noun the phrase stopped at
	}
	if sp.form == pipeline.Description && sp.last+1 < hi {
		// "according to data released by the Labor Department", "according
		// to figures from the health service": the source is the whole
		// phrase, its publisher included.
		// "a copy of the letter reviewed by The Post": a participle's agent
		// too; a participle left without one is no part of it ("the
		// average of recent polls compiled").
		for range 3 {
			w := st.word(sp.last)
			if sp.last+1 >= hi || (w != "by" && w != "from" && w != "of") || st.info[sp.last].cap {
				break
			}
			n := st.npAfter(sp.last+1, hi)
			if !n.ok() || n.rel || n.form == pipeline.Pronoun {
				break
			}
			sp.last, sp.span = n.last, st.span(sp.first, n.last)
		}
		if l := sp.last - 1; l > sp.first && isLowerASCII(st.word(l)) && strings.HasSuffix(st.word(l), "ed") && st.word(sp.last) != "by" {
			// "data released Friday by state regulators", "a lawsuit filed
			// in Manhattan by X": a time or a place before the agent.
			j := sp.last
			for j < hi && j-sp.last < 3 && (st.is(j, wTime) || isWeekday(st.word(j)) || st.word(j) == "in" || st.word(j) == "on" || st.info[j].cap && st.is(j-1, wPrep)) {
				j++
			}
			if n := st.npAfter(j+1, hi); j+1 < hi && st.word(j) == "by" && n.ok() && !n.rel && n.form != pipeline.Pronoun {
				sp.last, sp.span = n.last, st.span(sp.first, n.last)
			} else if isLowerASCII(st.word(l - 1)) {
				sp.last, sp.span = l, st.span(sp.first, l) // "reports Mr. Schoen filed" keeps its verb
			}
		}
	}
	return sp
}

// indirectAccording handles "according to X, …" and "…, according to X",
// and "in the words of X": the phrase starts at token first, its source at
// v+2.
func (st *state) indirectAccording(v, first int) {
	lo, hi := st.sentenceBounds(v)
	sp := st.accordingSource(v, hi)
	if !sp.ok() || st.translation(sp) {
		return // ("According to a translation provided by his office, he called on …": the words are his)
	}
	fs := lo
	for fs < first && (st.is(fs, wConj|wAdv) || st.isPunct(fs, ",") || st.word(fs) == "(") {
		fs++ // "(According to the police, it keeps no statistics.)": a sentence in parentheses too
	}
	if first != v && first != fs && sp.last < hi-1 {
		return // "Clinton was, in the words of an adviser, ''the torchbearer''": the words are the quote's
	}
	if first == fs {
		// "According to X, …"
		k := sp.last
		for k < hi && !st.isPunct(k, ",") && k-sp.last < 20 {
			k++
		}
		if k < hi && st.isPunct(k, ",") && sp.form == pipeline.Description && k == sp.last && st.is(sp.last-1, wRole) {
			// "According to her biographer, Lucy Fairbairn, she had …": the
			// name in apposition is the source, and no part of the clause.
			if n := st.npAfter(k+1, hi); n.ok() && n.form == pipeline.Named && !n.rel && n.last+2 < hi && st.isPunct(n.last, ",") {
				sp, k = n, n.last
			}
		}
		if k < hi && st.isPunct(k, ",") {
			end := hi
			if st.parenOpenIn(lo, first) {
				end = st.clauseEnd(k+1, hi, false) // up to the closing parenthesis
				if end-1 > k+1 && st.word(end) == ")" && (st.isFinal(end-1) || st.isPunct(end-1, ".")) {
					end-- // and the period inside it
				}
			}
			st.addIndirect(k+1, end, v, sp, patIndirectAccording)
		}
		return
	}
	if !st.isPunct(first-1, ",") && st.inSeg[first-1] < 0 && sp.last < hi-1 {
		return // "…, according to X" or "… according to X." at the end
	}
	end := first
	if st.isPunct(first-1, ",") {
		end = first - 1
	}
	// "The Financial Times reports that …, according to anonymous
	// officials": the clause has its own attribution, whose source the
	// according-phrase names.
	for i := range st.cands {
		c := &st.cands[i]
		if !c.dropped && c.kind == pipeline.Indirect && c.cueTok >= lo && c.cueTok < end && c.span.End <= st.doc.Tokens[first].Start {
			return
		}
	}
	// "A, according to X, B": the whole sentence, the attribution a
	// parenthesis inside it.
	// Not when B is the writer's subordinate clause after a whole one: "A,
	// according to three officials, as allies press for more".
	k := sp.last
	if k < hi && st.isPunct(k, ",") && hi > k+2 && st.addIndirectCheck(k+1, hi) && !(st.addIndirectCheck(lo, end) && st.speakerAppositive(k+1, hi)) &&
		!(st.is(k+1, wSub) && !st.is(k+1, wThat) && st.addIndirectCheck(lo, end)) {
		if b := st.beforeAdverbs(end, lo); b >= lo && st.is(b, wSub) && !st.is(b, wThat) || st.is(lo, wSub) && !st.is(lo, wThat) && st.wordsIn(lo, end) <= 12 {
			// "…, because, according to Trump, B", "While most were
			// confidential, according to an official, B": the main clause
			// after the attribution is what it reports.
			st.addIndirect(k+1, st.clauseEnd(k+1, hi, false), v, sp, patIndirectAccording)
			return
		}
		st.addIndirect(lo, hi, v, sp, patIndirectParenthetical)
		return
	}
	st.addIndirect(st.afterColon(lo, end), end, v, sp, patIndirectAccording)
}

// afterColon returns where a reported clause that ends at token end
// starts when a colon outside quotes comes between lo and it: "At the
// same time, the tax has not made London less attractive: London was the
// capital of finance in 2015, according to one index."
func (st *state) afterColon(lo, end int) int {
	for j := end - 1; j > lo; j-- {
		if st.inSeg[j] < 0 && st.isPunct(j, ":") {
			if st.wordsIn(j+1, end) >= 3 && st.verbIn(j+1, end) {
				return j + 1
			}
			return lo
		}
	}
	return lo
}

// possessed reports a word written as a possessed noun: "his claim",
// "the mayor's claim" (a cue that is also a verb, "they claim", is a noun
// only so).
func (st *state) possessed(v int) bool {
	if v == 0 {
		return false
	}
	w := st.word(v - 1)
	return st.is(v-1, wPossDet) || w == "'s" || w == "’s"
}

// infinitiveNouns are the noun forms of the infinitiveFirst verbs: their
// infinitive is what their possessor said ("his promise to build a wall",
// "her claim to represent the district"). Not yet "vow", "pledge",
// "threat", for infinitiveFirst's reason: train cannot tell.
var infinitiveNouns = map[string]bool{"promise": true, "claim": true}

// indirectNoun handles "X's claim that …", "his statement that …" and
// "his promise to …": the report starts at token from.
func (st *state) indirectNoun(v, from int) {
	lo, hi := st.sentenceBounds(v)
	j := v - 1
	for j > lo && !st.isWord(j) && st.word(j) != "'s" && st.word(j) != "’s" {
		j--
	}
	var sp np
	switch {
	case j > lo && (st.word(j) == "'s" || st.word(j) == "’s"):
		sp = st.npEndingAt(j-1, lo)
	case j >= lo && st.is(j, wPossDet):
		sp = np{span: st.span(j, j+1), first: j, last: j + 1, form: pipeline.Pronoun, plural: st.is(j, wPlural)}
	}
	if !sp.ok() {
		return
	}
	end := st.clauseEnd(from, hi, false)
	if sp.first == lo {
		// The noun opens the sentence: its clause is in the subject.
		end = st.subjectClauseEnd(from, end)
	}
	if from == v+1 {
		// "his promise to build a wall on the border was …": an
		// infinitive ends at the sentence's own verb.
		for j := from + 2; j < end; j++ {
			if w := st.word(j); st.inSeg[j] < 0 && st.is(j, wAux) && !st.info[j].cap && w != "'s" && w != "’s" {
				end = j
				break
			}
		}
	}
	st.addIndirect(from, end, v, sp, patIndirectNoun)
}

// subjectClauseEnd ends a that-clause inside the sentence's subject ("The
// mayor's claim that crime had fallen was disputed") where the main verb
// begins: at the first auxiliary after the clause's own verb.
func (st *state) subjectClauseEnd(k, end int) int {
	aux := func(j int) bool { return st.is(j, wAux) && !st.info[j].cap } // not the month May
	for j := k + 2; j < end; j++ {
		if st.inSeg[j] < 0 && aux(j) && !aux(j-1) && !st.isLyAdverb(j-1) && st.verbIn(k, j) {
			return j
		}
	}
	return end
}

// indirectAsPut reports the sentence around "as X puts it" when it holds
// no quote ("The honest answer, as Visser puts it, is that nobody knows");
// with a quote, the quote is the direct quote's ("As X put it, “…”").
func (st *state) indirectAsPut(v int) {
	lo, hi := st.sentenceBounds(v)
	sp := st.npEndingAt(v-1, lo)
	if !sp.ok() || sp.first-1 < lo || !strings.EqualFold(st.word(sp.first-1), "as") {
		return
	}
	st.reportAside(lo, hi, sp.first-1, v+2, v, sp)
}

// reportAside adds what an attribution aside in tokens [a, b) of the
// sentence [lo, hi) reports: the clause after it when it opens the
// sentence, the clause before it when it closes the sentence, and the
// whole sentence, the aside inside, when it stands between the two. A
// time or a place may follow the aside's words ("as she put it on
// Wednesday"). Sentences with a quote are left to the direct quote.
func (st *state) reportAside(lo, hi, a, b, cueTok int, sp np) {
	if st.holdsSegment(lo, hi) {
		return
	}
	end := b
	for end < hi && !st.isPunct(end, ",") {
		end++
	}
	if !st.onlyAdjuncts(b, end) {
		return
	}
	fs := lo
	for fs < a && (st.is(fs, wConj|wAdv) || st.isPunct(fs, ",")) {
		fs++
	}
	switch {
	case a == fs && end < hi:
		st.addIndirect(end+1, st.clauseEnd(end+1, hi, false), cueTok, sp, patIndirectAccording)
	case a > fs && st.isPunct(a-1, ",") && end >= hi:
		st.addIndirect(st.afterColon(lo, a-1), a-1, cueTok, sp, patIndirectAccording)
	case a > fs && st.isPunct(a-1, ",") && end+2 < hi && (st.addIndirectCheck(lo, a-1) || st.addIndirectCheck(end+1, hi)):
		st.addIndirect(lo, hi, cueTok, sp, patIndirectParenthetical)
	}
}
