package quotes

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Who a "he" or a "she" stands for: the people named before it, ranked.
//
// Each person named within four paragraphs before the pronoun is a
// candidate, and so is the speaker of the quote before when it is an
// unnamed person ("A representative for Mr. Pinchuk said … He added").
// A candidate's score adds what a reader weighs (weights set by hand and
// checked on the hand-resolved sample of PolNeAR train; a fit on all
// thirteen samples did no better in cross-validation: docs/quotes-history.md,
// round 36):
//
//   - how recently it was named, in sentences and paragraphs;
//   - whether it was the subject of a recent sentence or spoke a quote
//     ("Stovall joined Cruz at Tea Party gatherings … he said": Stovall,
//     not Cruz), the nearer the better;
//   - whether it spoke the quote before, worth less once someone else has
//     been a sentence's subject since ("Jones said. ⏎ … Stovall joined …,
//     he said": Stovall);
//   - gender: a title or a first name that agrees, and a disagreeing one
//     rules the candidate out;
//   - evidence that it is a person at all: a first name, a title, the
//     entity stage's type, having spoken ("Kazakh", "Live" are none);
//   - a possessive mention only ("Biden rubbished Trump's claim. “…,” he
//     said": Biden).
const (
	wSentence    = 25  // per sentence between the last mention and the pronoun (up to 8)
	wParagraph   = 30  // per paragraph between them
	wSubjSame    = 50  // more for the subject of the pronoun's own sentence ("Levin, a superdelegate, said he has spoken")
	wSubjNear    = 110 // subject (or speaker) of the pronoun's sentence or the one before
	wSubjMid     = 60  // … of one of the three sentences before
	wSubjFar     = 25  // … further back
	wGender      = 60  // a known gender that agrees
	wNoEvidence  = 90  // nothing says the name is a person's
	wPrevSpeaker = 110 // spoke the quote before, no one else a subject since
	wPrevShared  = 30  // spoke the quote before, someone else a subject since
	wPossessive  = 30  // the latest mention a possessive, and no subject of the sentences just before
	wSalience    = 5   // per earlier mention (up to 5)

	narrativeMargin = 80 // how far ahead a story pronoun's person must score to count as a mention
	wNamedInQuote   = 60 // named by surname inside the quote the pronoun attributes
)

// pronounCandidate is one person a pronoun may stand for.
type pronounCandidate struct {
	person    int  // index into st.people, or -1 for the previous speaker's description
	last      int  // token of the latest mention before the pronoun
	subjSent  int  // sentences back to the latest subject mention, -1 if none
	possOnly  bool // the latest mention is a possessive ("Trump’s claim")
	mentions  int
	prev      bool // spoke the quote before
	evidence  bool
	gender    byte
	subjOther bool // someone else agreeing was a subject since this one spoke the quote before
	named     bool // named by surname inside the quote the pronoun attributes, or another of its speaker's
}

// The ranker's features, one weight each in pronounWeights: a candidate's
// score is their dot product (pronounScore). A table, so that the weights
// can be fitted (scripts/fit-pronoun-weights.py, docs/quotes.md).
const (
	fSentences       = iota // sentences between the last mention and the pronoun (up to 8)
	fParagraphs             // paragraphs between them
	fSubjSame               // subject (or speaker) of the pronoun's own sentence
	fSubjNear               // … of the sentence before
	fSubjMid                // … of one of the two sentences before that
	fSubjFar                // … further back
	fGender                 // a known gender (that agrees: a disagreeing one is no candidate)
	fUnnamedNoGender        // an unnamed speaker whose words tell no gender ("an Iowa voter")
	fNoEvidence             // nothing says the name is a person's
	fPrevSpeaker            // spoke the quote before, no one else a subject since
	fPrevShared             // spoke the quote before, someone else a subject since (or unnamed)
	fPossessive             // the latest mention a possessive, and no subject of the sentences just before
	fMentions               // earlier mentions (up to 5)
	fNamedInQuote           // named inside the quote it would speak
	numPronounFeatures
)

// pronounWeights weighs pronounFeatures.
var pronounWeights = [numPronounFeatures]int{
	fSentences: -wSentence, fParagraphs: -wParagraph,
	fSubjSame: wSubjNear + wSubjSame, fSubjNear: wSubjNear, fSubjMid: wSubjMid, fSubjFar: wSubjFar,
	fGender: wGender, fUnnamedNoGender: -wGender / 2, fNoEvidence: -wNoEvidence,
	fPrevSpeaker: wPrevSpeaker, fPrevShared: wPrevShared, fPossessive: -wPossessive,
	fMentions: wSalience, fNamedInQuote: -wNamedInQuote,
}

// resolveHeShe returns the person (index into st.people) a "he" (want 'M')
// or "she" ('F') at token pos stands for, or -1 and true when it is the
// unnamed speaker of the quote before (candidate ls), or -1 and false.
// Distances are counted from token anchor: the start of the quote the
// pronoun attributes when the quote comes first ("“Wow. … Wow,” she
// replied": the quote's sentences are not the story's). Names inside the
// quote itself are no candidates.
func (st *state) resolveHeShe(pos, anchor int, quote pipeline.Span, want byte, ls *candidate) (best int, prevDescription bool) {
	para := st.paraOf(anchor)
	si := int(st.tokSent[anchor])
	cs := st.pcands[:0]
	// idx is all -1 between calls (its entries are put back below), so
	// that a call costs the candidates it finds, not the article's people.
	idx := st.pcIndex
	if len(idx) != len(st.people) {
		idx = resize(idx, len(st.people))
		for i := range idx {
			idx[i] = -1
		}
	}
	prevPerson := -1
	prevTok := -1
	prevSubjTok, otherSubjTok := -1, -1
	if ls != nil && ls.name != "" && ls.speaker.first >= 0 && para-st.paraOf(ls.speaker.first) <= 4 && !st.is(ls.speaker.first, wFirst) {
		// (Not the writer's "I ask him …": the writer is no one "he"
		// or "she" goes back to.)
		prevPerson = st.personByName(ls.name)
		prevTok = ls.speaker.first
	}
	// The one the pronoun tells or asks by name is never the pronoun
	// ("Hannity asked Trump how high …. “…,” he told Hannity": Trump).
	told := st.addressedPerson(pos)
	// A question put just before, the pronoun its answer: the one asked
	// answers, not the asker ("Asked by Wallace about …, he said"; "X
	// asked Y whether …. “…,” he said": Y).
	askerTok, askedTok := st.questionRoles(pos, anchor, quote, want)
	asker := -1
	if askerTok >= 0 && askedTok < 0 {
		asker = st.personAt(askerTok)
	}
	if prevPerson >= 0 && (prevPerson == told || prevPerson == asker) {
		prevPerson, prevTok = -1, -1
	}
	// The quote before was spoken through a relative clause on an object
	// of a sentence that has its own subject ("Rubio refrained from
	// attacking his rivals, particularly Jeb Bush and Chris Christie, who
	// say …. ⏎ He dismissed …": Rubio): the relative's speaker is no
	// subject of the story, and the main subject came since.
	relObject := prevPerson >= 0 && ls.speaker.rel && st.mainSubjectBefore(prevTok, prevPerson)
	// The people named before, and the pronouns already resolved to them
	// ("He went on to say …. He said …": the first "he" is a subject
	// mention of its person too), latest first.
	// (The names at or after pos, which the loop passes over, come
	// before any name it takes: they are not read.)
	_, ni := st.mentionRange(0, pos-1)
	ni, pi := ni-1, len(st.pronMention)-1
	for ni >= 0 || pi >= 0 {
		var m personMention
		if pi < 0 || ni >= 0 && st.pmention[ni].tok > st.pronMention[pi].tok {
			m = st.pmention[ni]
			ni--
		} else {
			m = st.pronMention[pi]
			pi--
		}
		if m.tok >= pos {
			continue
		}
		if para-st.paraOf(m.tok) > 4 {
			break
		}
		p := &st.people[m.person]
		if m.person == told || m.person == asker || p.org || p.gender != 0 && p.gender != want || !m.pronoun && st.caption(st.paraOf(m.tok)) {
			continue
		}
		k := idx[m.person]
		if k < 0 {
			k = int32(len(cs))
			idx[m.person] = k
			cs = append(cs, pronounCandidate{person: m.person, last: m.tok, subjSent: -1, possOnly: st.possessiveAt(m.end), gender: p.gender,
				evidence: st.personEvidence(m.person), prev: m.person == prevPerson})
		}
		c := &cs[k]
		c.mentions++
		// A name in reported words is what someone speaks of, not who
		// speaks ("Also, Trump isn't a conservative, he said"; "Mook
		// acknowledged that Sanders had split …, he said").
		subj := !(relObject && m.tok == prevTok) && m.tok != askerTok && (m.pronoun || m.tok == askedTok || st.speakerTok(m.tok) ||
			!st.reportedTok(m.tok) && !quote.Contains(st.doc.Tokens[m.tok].Span) && (st.isSubjectMention(m) || st.appositiveSubject(m) || st.possessorSubject(m, si) || st.introducedJustBefore(m, si)))
		if (subj || st.ownReportedSubject(m, quote, want)) && c.subjSent < 0 {
			c.subjSent = si - int(st.tokSent[m.tok])
		}
		if subj && m.person == prevPerson {
			prevSubjTok = max(prevSubjTok, m.tok)
		} else if subj && c.evidence {
			otherSubjTok = max(otherSubjTok, m.tok)
		}
	}
	// A description of a person as the subject of the pronoun's sentence
	// or the one before: "The former ambassador also discussed … GOP
	// nominee Donald Trump. He stated …": the ambassador.
	if p, t := st.descriptionSubject(anchor); p >= 0 && p != told && p != asker && !st.people[p].org && (st.people[p].gender == 0 || st.people[p].gender == want) {
		sd := si - int(st.tokSent[t])
		if k := idx[p]; k < 0 {
			idx[p] = int32(len(cs))
			cs = append(cs, pronounCandidate{person: p, last: t, subjSent: sd, gender: st.people[p].gender,
				evidence: st.personEvidence(p), prev: p == prevPerson, mentions: 1})
		} else {
			c := &cs[k]
			if t > c.last {
				c.last, c.possOnly = t, false
			}
			if c.subjSent < 0 || sd < c.subjSent {
				c.subjSent = sd
			}
		}
		if p == prevPerson {
			prevSubjTok = max(prevSubjTok, t)
		} else {
			otherSubjTok = max(otherSubjTok, t)
		}
	}
	// Someone else became a subject after the quote before, and after the
	// previous speaker's own latest subject mention ("Asked whether Donald
	// Trump could be …, Ban demurred": still Ban).
	otherSubject := prevTok >= 0 && otherSubjTok > max(prevTok, prevSubjTok) || relObject
	// The previous speaker named before the window (or only as a speaker
	// phrase the names missed) still counts.
	if prevPerson >= 0 && idx[prevPerson] < 0 && (st.people[prevPerson].gender == 0 || st.people[prevPerson].gender == want) && !st.people[prevPerson].org {
		idx[prevPerson] = int32(len(cs))
		cs = append(cs, pronounCandidate{person: prevPerson, last: prevTok, subjSent: si - int(st.tokSent[prevTok]), prev: true,
			gender: st.people[prevPerson].gender, evidence: true, mentions: 1})
	}
	// An unnamed person who spoke the quote before: "A representative for
	// Mr. Pinchuk said …. He added …"; further back when no one else is a
	// candidate ("…,” said the woman, who spoke on condition of anonymity.
	// ⏎ Now 46, she is terrified …. ⏎ “…,” she said").
	// Also after a he or she that stood for one ("said the woman, who …
	// “…,” she said. “…,” she said": the woman twice).
	d := ls
	if ls != nil && ls.speaker.form == pipeline.Pronoun && ls.descOf > 0 {
		d = &st.cands[ls.descOf-1]
	}
	if prevPerson < 0 && d != nil && d.speaker.form == pipeline.Description && !d.speaker.plural && prevTok >= 0 && prevTok < pos &&
		st.personHead(&d.speaker.np) && (para-st.paraOf(prevTok) <= 1 || len(cs) == 0 && para-st.paraOf(prevTok) <= 3) {
		g := roleGender(st.lower(st.headOf(&d.speaker.np)))
		if g == 0 || g == want {
			cs = append(cs, pronounCandidate{person: -1, last: prevTok, subjSent: si - int(st.tokSent[prevTok]), prev: true,
				gender: g, evidence: true, possOnly: false})
		}
	}
	if st.trace != nil {
		st.trace(" pronoun at %d anchor %d prevPerson %d prevTok %d other %v\n", st.doc.Tokens[pos].Start, st.doc.Tokens[anchor].Start, prevPerson, prevTok, otherSubject)
	}
	bestScore, second := -1<<30, -1<<30
	best = -1
	bestK := -1
	for k := range cs {
		c := &cs[k]
		c.subjOther = c.prev && otherSubject
		// "“His better bet …. Trump's best argument …,” he said": spoken
		// about, not speaking.
		c.named = c.person >= 0 && (st.namedInQuote(c.person, quote) || st.namedInSameSpeaker(c.person))
		s := st.pronounScore(c, si, para)
		if st.trace != nil {
			name := "(previous description)"
			if c.person >= 0 {
				name = st.personName(c.person)
			}
			st.trace("  %q at %d: %q score %d (subj %d, prev %v/%v, evid %v, poss %v, n %d)\n", st.word(pos), st.doc.Tokens[pos].Start, name, s, c.subjSent, c.prev, c.subjOther, c.evidence, c.possOnly, c.mentions)
		}
		if s > bestScore {
			second = bestScore
			bestScore, bestK = s, k
		} else if s > second {
			second = s
		}
	}
	if st.rankTrace != nil {
		st.rankTrace(pos, anchor, quote, ls, cs, bestK)
	}
	for _, c := range cs {
		if c.person >= 0 {
			idx[c.person] = -1
		}
	}
	st.pcands, st.pcIndex = cs[:0], idx
	st.margin = bestScore - second
	if bestK < 0 {
		return -1, false
	}
	if cs[bestK].person < 0 {
		return -1, true
	}
	return cs[bestK].person, false
}

// addressedPerson returns the person named as the hearer or object of a
// cue right after the pronoun at pos ("“…,” he told Hannity", "she told
// Sen. Crane", "he told CNN's Chris Cuomo"), whom the pronoun cannot
// stand for; or -1.
func (st *state) addressedPerson(pos int) int {
	v := pos + 1
	for v < len(st.doc.Tokens) && v-pos <= 3 && (st.is(v, wAdv) || st.isLyAdverb(v)) {
		v++
	}
	if v >= len(st.doc.Tokens) || st.inSeg[v] >= 0 || !st.info[v].cue.has(object) {
		return -1
	}
	for _, m := range st.pmention {
		if m.tok <= v {
			continue
		}
		if m.tok > v+5 {
			break
		}
		for k := v + 1; k < m.tok; k++ {
			if !(st.is(k, wTitle) || st.titlePeriod(k) || st.info[k].cap && st.isWord(k) || st.possessiveAt(k)) {
				return -1
			}
		}
		if !st.people[m.person].org {
			return m.person
		}
	}
	return -1
}

// questionRoles finds a question put by name just before a he or she
// (want) that attributes quote, in the sentence before the quote's
// (anchor's) or in the pronoun's own before it: "X asked Y whether …"
// (the one asked named), "when X asked him about …" or "Asked by X about
// …, he said" (the one asked the pronoun). It returns the tokens of the
// asker's mention and of the one asked's (-1 when that is the pronoun),
// or -1, -1. A pronoun that itself asks ("“…?” he asked") goes on with
// the asker and finds none.
func (st *state) questionRoles(pos, anchor int, quote pipeline.Span, want byte) (asker, asked int) {
	if quote.Len() == 0 {
		return -1, -1
	}
	v := pos + 1
	for v < len(st.doc.Tokens) && v-pos <= 3 && (st.is(v, wAdv) || st.isLyAdverb(v)) {
		v++
	}
	if v >= len(st.doc.Tokens) || st.info[v].cue.class() == asking {
		return -1, -1
	}
	lo := st.doc.Sentences[max(int(st.tokSent[anchor])-1, 0)].First
	obj := "him"
	if want == 'F' {
		obj = "her"
	}
	for i, m := range st.pmention {
		if m.tok < lo || m.pronoun || st.people[m.person].org {
			continue
		}
		if m.tok >= pos {
			break
		}
		if b := m.tok - 1; b >= 1 && st.word(b) == "by" && strings.EqualFold(st.word(b-1), "asked") && st.tokSent[m.tok] == st.tokSent[pos] {
			return m.tok, -1 // "Asked by Wallace about …, he said"
		}
		a := m.end
		for a < pos && a-m.end < 2 && st.is(a, wAdv) {
			a++ // "then asked"
		}
		if a+2 >= pos || st.word(a) != "asked" && st.word(a) != "asks" {
			continue
		}
		if st.word(a+1) == obj {
			if w := st.word(a + 2); questionWords[w] || w == "about" {
				return m.tok, -1 // "when Tapper asked him about …, he said"
			}
			continue
		}
		for _, n := range st.pmention[i+1:] {
			if n.tok > a+4 || n.tok >= pos {
				break
			}
			for k := a + 1; k < n.tok; k++ {
				if !(st.is(k, wTitle) || st.titlePeriod(k)) {
					return -1, -1
				}
			}
			if w := st.word(n.end); !st.people[n.person].org && (questionWords[w] || w == "about") {
				return m.tok, n.tok // "Hannity asked Trump how high …"
			}
			break
		}
	}
	return -1, -1
}

// personAt returns the person named at token k, or -1.
func (st *state) personAt(k int) int {
	for _, m := range st.pmention {
		if m.tok == k {
			return m.person
		}
	}
	return -1
}

// ownReportedSubject reports the subject that opens the reported words
// the pronoun attributes, quote, when a possessive of the pronoun's sex
// follows it there: the speaker's own "I … my" told in the third person
// ("Then a student in Manhattan, Ms. Olivieri found skating to be a salve
// for her depression, she said"; "Grayson has introduced … and would
// continue his push for it, he said"). Without one, the words are as
// likely the speaker's about someone else ("Mr. Trump, who …, fits that
// bill for many people, he added"). It makes its person a subject, but
// does not show that the story has moved on from the speaker before.
func (st *state) ownReportedSubject(m personMention, quote pipeline.Span, want byte) bool {
	if m.pronoun || quote.Len() == 0 || !quote.Contains(st.doc.Tokens[m.tok].Span) {
		return false
	}
	a := st.tokenAt(quote.Start)
	if a >= len(st.doc.Tokens) || st.inSeg[a] >= 0 || !(st.opensClause(m.tok) && st.isSubjectMention(m) || st.leadingSubject(m)) {
		return false
	}
	poss := "his"
	if want == 'F' {
		poss = "her"
	}
	for k := m.end; k < len(st.doc.Tokens) && st.doc.Tokens[k].End <= quote.End; k++ {
		if st.word(k) == poss {
			return true
		}
	}
	return false
}

// leadingSubject reports the subject of a clause that a subordinator opens
// at the start of the sentence: "Though Ms. Olivieri has spent most of her
// life there, …".
func (st *state) leadingSubject(m personMention) bool {
	b := m.tok - 1
	for b >= 0 && (st.is(b, wTitle) && st.info[b].cap || st.titlePeriod(b)) {
		b--
	}
	return b >= 0 && st.is(b, wSub) && st.doc.Tokens[b].Is(pipeline.SentStart) && !st.possessiveAt(m.end) && st.verbLike(m.end)
}

// mainSubjectBefore reports a subject mention of another person than p
// earlier in the sentence of token rel, outside reported words.
func (st *state) mainSubjectBefore(rel, p int) bool {
	si := st.tokSent[rel]
	for _, m := range st.pmention {
		if m.tok >= rel {
			break
		}
		if st.tokSent[m.tok] == si && m.person != p && !st.people[m.person].org && !st.reportedTok(m.tok) && st.isSubjectMention(m) {
			return true
		}
	}
	return false
}

// introducedJustBefore reports a person's first mention, in the sentence
// before sentence si, with an indefinite appositive after it: the person
// the story has just brought in ("…, courtesy of Wes Nakagiri, a delegate
// from Michigan who dressed up …. ⏎ “…,” he said").
func (st *state) introducedJustBefore(m personMention, si int) bool {
	if !m.pronoun && int(st.tokSent[m.tok]) == si-1 && m.end+1 < len(st.doc.Tokens) && st.isPunct(m.end, ",") &&
		(strings.EqualFold(st.word(m.end+1), "a") || strings.EqualFold(st.word(m.end+1), "an")) {
		for _, o := range st.pmention {
			if o.tok >= m.tok {
				return true
			}
			if o.person == m.person {
				return false
			}
		}
		return true
	}
	return false
}

// descriptionSubject returns the person named by a definite description
// of a person ("the former ambassador", "the actor") that opens the
// sentence of token pos, before it, or the sentence before as its subject,
// and the description's first token; or -1, -1.
func (st *state) descriptionSubject(pos int) (int, int) {
	si := int(st.tokSent[pos])
	for k := si; k >= 0 && si-k <= 1; k-- {
		s := st.doc.Sentences[k]
		a := st.afterOpener(s.First, min(s.Last, pos))
		if a >= pos || st.inSeg[a] >= 0 || !strings.EqualFold(st.word(a), "the") {
			continue
		}
		n := st.npAfter(a, min(s.Last, pos))
		if !n.ok() || n.form != pipeline.Description || n.plural || n.last >= s.Last {
			continue
		}
		// The phrase may run on over its verb ("The former ambassador
		// also discussed"): it ends at its first word for a person's role.
		head, hw := -1, ""
		for k := a + 1; k < n.last && k-a <= 4; k++ {
			st.buf = appendLower(st.buf[:0], st.word(k))
			if identityRoles[string(st.buf)] && isLowerASCII(st.word(k)) {
				head, hw = k, string(st.buf)
				break
			}
		}
		if head < 0 {
			// A generic role ("The chief executive returned to the
			// stage"), its last word in a run of them: rankForDescription
			// names someone by it only when the story introduced them
			// with it ("the company's chief executive, Nadia Ferro,").
			for k := a + 1; k < n.last && k-a <= 4; k++ {
				if st.is(k, wRole) && isLowerASCII(st.word(k)) {
					head = k
					for head+1 < n.last && st.is(head+1, wRole) && isLowerASCII(st.word(head+1)) {
						head++
					}
					hw = st.lower(head)
					break
				}
			}
		}
		if head < 0 {
			continue
		}
		n.last, n.span = head+1, st.span(a, head+1)
		if !st.personHead(&n) {
			continue
		}
		next := n.last
		for next < s.Last && st.is(next, wAdv) {
			next++
		}
		if w := st.word(next); !(st.info[next].cue.isVerb() || st.is(next, wAux|wVerb) || len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w)) {
			continue
		}
		if k == si && st.namedBetween(n.last, pos) {
			continue // "The senator was rallying for … Eric Kingson, who … as he promised": the nearer name's
		}
		if p := st.rankForDescription(&n, head, hw, n.first); p >= 0 {
			return p, n.first
		}
	}
	return -1, -1
}

// afterOpener returns where the main clause of the sentence starting at
// token a begins, past an opening phrase that ends with a comma or a dash
// and starts with a participle, a preposition, a subordinator or an
// adverb ("Asked later - war or not - the admiral chuckled", "On Monday,
// the senator said"); else a.
func (st *state) afterOpener(a, hi int) int {
	if a >= hi || !st.isWord(a) || strings.EqualFold(st.word(a), "the") {
		return a
	}
	w := st.lower(a)
	if !(st.is(a, wPrep|wSub|wAdv|wTime) || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))) || st.is(a, wPron|wDet) {
		return a
	}
	for k := a + 1; k+1 < hi && k-a <= 20; k++ {
		if st.inSeg[k] >= 0 || st.isFinal(k) {
			return a
		}
		if (st.isPunct(k, ",") || st.doc.Tokens[k].Kind == pipeline.Dash) && strings.EqualFold(st.word(k+1), "the") {
			return k + 1
		}
	}
	return a
}

// namedBetween reports a person named in tokens [a, b).
func (st *state) namedBetween(a, b int) bool {
	for _, m := range st.pmention {
		if m.tok >= a && m.tok < b && !st.people[m.person].org {
			return true
		}
	}
	return false
}

// pronounScore is candidate c's score for a pronoun in sentence si and
// paragraph para.
func (st *state) pronounScore(c *pronounCandidate, si, para int) int {
	f := st.pronounFeatures(c, si, para)
	s := 0
	for k, w := range pronounWeights {
		s += w * f[k]
	}
	return s
}

// pronounFeatures returns what pronounScore weighs of candidate c.
func (st *state) pronounFeatures(c *pronounCandidate, si, para int) (f [numPronounFeatures]int) {
	f[fSentences] = min(max(si-int(st.tokSent[c.last]), 0), 8)
	f[fParagraphs] = para - st.paraOf(c.last)
	switch {
	case c.subjSent < 0:
	case c.subjSent == 0:
		f[fSubjSame] = 1
	case c.subjSent == 1:
		f[fSubjNear] = 1
	case c.subjSent <= 3:
		f[fSubjMid] = 1
	default:
		f[fSubjFar] = 1
	}
	switch {
	case c.gender != 0:
		f[fGender] = 1
	case c.person < 0:
		f[fUnnamedNoGender] = 1
	}
	if !c.evidence {
		f[fNoEvidence] = 1
	}
	if c.prev {
		if c.subjOther || c.person < 0 {
			f[fPrevShared] = 1
		} else {
			f[fPrevSpeaker] = 1
		}
	}
	if c.possOnly && (c.subjSent < 0 || c.subjSent > 1) {
		f[fPossessive] = 1
	}
	f[fMentions] = min(c.mentions, 5)
	if c.named {
		f[fNamedInQuote] = 1
	}
	return f
}

// personEvidence reports whether anything says person p is a person: a
// title or first name (a known gender), a first name in the table, the
// entity stage's type, or a name of two words or more.
func (st *state) personEvidence(p int) bool {
	pp := &st.people[p]
	if pp.gender != 0 {
		return true
	}
	if pp.entity >= 0 && pp.entity < len(st.doc.Entities) && st.doc.Entities[pp.entity].Type == pipeline.Person {
		return true
	}
	if pp.last-pp.first >= 2 && st.isFirstName(pp.first) {
		return true
	}
	return pp.spoke || pp.aged
}

// resolveNarrative resolves the "he" and "she" of the story's own sentences
// before token pos that no quote's attribution holds, in text order, so
// that they count as mentions of their person: "She has said …. She has
// gone public with her story …. On Sunday, she disclosed …" keeps to the
// woman the story is about.
func (st *state) resolveNarrative(pos int, ls *candidate) {
	for st.narrNext < len(st.narrPron) && st.narrPron[st.narrNext] < pos {
		k := st.narrPron[st.narrNext]
		st.narrNext++
		want := byte('M')
		if st.is(k, wFemale) {
			want = 'F'
		}
		// Only a clear winner: a wrong link would mislead the pronouns after.
		if p, _ := st.resolveHeShe(k, k, pipeline.Span{}, want, ls); p >= 0 && st.margin >= narrativeMargin {
			st.notePronoun(k, p)
		}
	}
}

// appositiveSubject reports a name set off by commas or dashes right after
// a description that opens its clause, a verb after it: the subject the
// description brings in ("Elliott's father, the Rev. Charles Elliott Jr.,
// knew Ali for decades"; "Trump's running mate — Indiana Gov. Mike Pence —
// has thrown his support behind Ryan").
func (st *state) appositiveSubject(m personMention) bool {
	toks := st.doc.Tokens
	if m.pronoun || m.end+1 >= len(toks) {
		return false
	}
	// The opening comma or dash, past the name's title, office and "the".
	b := m.tok - 1
	for b >= 0 && m.tok-b <= 4 && (st.is(b, wTitle|wDet) || st.titlePeriod(b) || st.info[b].cap && st.isWord(b)) {
		b--
	}
	if b < 1 {
		return false
	}
	dash := toks[b].Kind == pipeline.Dash
	if !dash && !st.isPunct(b, ",") || dash != (toks[m.end].Kind == pipeline.Dash) || !dash && !st.isPunct(m.end, ",") {
		return false
	}
	e := m.end + 1
	for e < len(toks) && (st.is(e, wAdv) || st.isLyAdverb(e)) && e-m.end < 4 {
		e++
	}
	if e >= len(toks) || !st.verbLike(e) {
		return false
	}
	// The description: a few words that open the clause, the last a
	// lower-case noun ("father", "mate"), no verb among them.
	a := b - 1
	for a > 0 && b-a < 6 && !st.opensClause(a) {
		if st.possessiveAt(a - 1) {
			a--
			continue
		}
		if !st.isWord(a-1) || st.info[a-1].cue.isVerb() || st.is(a-1, wAux) || st.isFinal(a-1) {
			return false
		}
		a--
	}
	last := b - 1
	return st.opensClause(a) && a < last && isLowerASCII(st.word(last)) && !st.is(last, wVerb|wAux|wPrep|wConj|wDet|wPron) && !st.verbLike(last)
}

// possessorSubject reports a possessive that opens the subject of the
// pronoun's sentence or the one before: "Suu Kyi's fate is unclear, but
// she said", "Justice Scalia's comments brought it into relief. ⏎ He said";
// not a possessor of a person or a group ("Trump's attorney, Alan Garten,
// said").
func (st *state) possessorSubject(m personMention, si int) bool {
	if !st.possessiveAt(m.end) || !st.opensClause(m.tok) || si-int(st.tokSent[m.tok]) > 1 {
		return false
	}
	for k := m.end + 1; k < len(st.doc.Tokens) && k <= m.end+3; k++ {
		if !st.isWord(k) || st.is(k, wRole|wOrgHead|wPlural) || st.info[k].cap {
			return false
		}
		if !strings.HasSuffix(st.word(k), "ing") && !st.is(k, wAdv) {
			// The possessed noun, unless a name stands in apposition to
			// it ("Trump's running mate — Indiana Gov. Mike Pence — has
			// thrown"): a person, the name the subject.
			return !st.apposedName(k + 1)
		}
	}
	return false
}

// apposedName reports a person's name set off by the comma or dash at
// token k: "—" "Indiana Gov. Mike Pence" "—".
func (st *state) apposedName(k int) bool {
	if k >= len(st.doc.Tokens) || !st.isPunct(k, ",") && st.doc.Tokens[k].Kind != pipeline.Dash {
		return false
	}
	for _, m := range st.pmention {
		if m.tok > k+4 {
			break
		}
		if m.tok > k && !st.people[m.person].org && st.appositiveSubject(m) {
			return true
		}
	}
	return false
}

// notePronoun records that the pronoun at token i stands for person p.
func (st *state) notePronoun(i, p int) {
	m := personMention{tok: i, end: i + 1, person: p, pronoun: true}
	k := len(st.pronMention)
	st.pronMention = append(st.pronMention, m)
	for k > 0 && st.pronMention[k-1].tok > i {
		st.pronMention[k] = st.pronMention[k-1]
		k--
	}
	st.pronMention[k] = m
}

// namedInQuote reports a person whose surname the words of the direct
// quote hold.
func (st *state) namedInQuote(p int, quote pipeline.Span) bool {
	if quote.Len() == 0 {
		return false
	}
	pp := &st.people[p]
	sur := pp.sur
	if len(sur) < 3 {
		return false
	}
	a, b := st.tokenAt(quote.Start), st.tokenAt(max(quote.End-1, quote.Start))
	if a < 0 || a >= len(st.doc.Tokens) || st.inSeg[a] < 0 {
		return false // reported speech: its names are often the speaker's own topic, the quote's speaker named elsewhere
	}
	for k := a; k <= b && k < len(st.doc.Tokens); k++ {
		if st.word(k) == sur {
			return true
		}
	}
	return false
}

// namedInSameSpeaker reports a person whose surname one of the other
// quotes of the pronoun being resolved holds (st.sameSpeaker).
func (st *state) namedInSameSpeaker(p int) bool {
	for _, q := range st.sameSpeaker {
		if st.namedInQuote(p, q) {
			return true
		}
	}
	return false
}

// possessiveAt reports a possessive ending at token i: "Trump" "’s".
func (st *state) possessiveAt(i int) bool {
	if i >= len(st.doc.Tokens) {
		return false
	}
	w := st.word(i)
	return w == "'s" || w == "’s" || (w == "'" || w == "’") && st.doc.Tokens[i].Start == st.doc.Tokens[i-1].End
}

// speakerTok reports a token inside a speaker's name that the rules found.
func (st *state) speakerTok(i int) bool { return i < len(st.spkTok) && st.spkTok[i]&1 != 0 }

// reportedTok reports a token inside reported speech the rules found.
func (st *state) reportedTok(i int) bool { return i < len(st.spkTok) && st.spkTok[i]&2 != 0 }

// markSpeakers notes which people spoke, the pronoun speakers (bit 4) and
// the story's other he and she.
func (st *state) markSpeakers() {
	for _, m := range st.pmention {
		if st.speakerTok(m.tok) || st.speakerTok(m.end-1) {
			st.people[m.person].spoke = true
		}
	}
	// The story's own "he" and "she": outside quotes, no quote's speaker.
	st.narrPron, st.narrNext = st.narrPron[:0], 0
	for i := range st.cands {
		c := &st.cands[i]
		if !c.dropped && c.speaker.form == pipeline.Pronoun && c.speaker.first >= 0 && c.speaker.first < len(st.spkTok) {
			st.spkTok[c.speaker.first] |= 4
		}
	}
	for k := range st.doc.Tokens {
		if st.inSeg[k] < 0 && st.spkTok[k]&4 == 0 && st.is(k, wPron) && st.is(k, wMale|wFemale) {
			if w := st.word(k); w == "he" || w == "He" || w == "she" || w == "She" {
				st.narrPron = append(st.narrPron, k)
			}
		}
	}
}

// markSpeakerTokens notes the tokens of the named speakers of all
// candidates (bit 1) and of reported speech (bit 2).
func (st *state) markSpeakerTokens() {
	st.spkTok = resize(st.spkTok, len(st.doc.Tokens))
	clear(st.spkTok)
	for i := range st.cands {
		c := &st.cands[i]
		if c.dropped {
			continue
		}
		if c.kind == pipeline.Indirect {
			for k := st.tokenAt(c.span.Start); k < len(st.spkTok) && st.doc.Tokens[k].Start < c.span.End; k++ {
				st.spkTok[k] |= 2
			}
		}
		if c.speaker.inherited || c.speaker.form != pipeline.Named {
			continue
		}
		for k := c.speaker.nameFirst; k < c.speaker.nameLast && k < len(st.spkTok); k++ {
			st.spkTok[k] |= 1
		}
	}
}

// headOf returns the head word of a description: the last word before any
// preposition.
func (st *state) headOf(n *np) int {
	head := n.last - 1
	for k := n.first + 1; k < n.last; k++ {
		if st.is(k, wPrep) && !st.info[k].cap {
			return k - 1
		}
	}
	return head
}

// personHead reports a description headed by a word for a person ("a
// representative", "the spokeswoman", "a Clinton aide").
func (st *state) personHead(n *np) bool {
	h := st.headOf(n)
	if h < n.first || st.is(h, wOrgHead|wPlural) {
		return false
	}
	st.buf = appendLower(st.buf[:0], st.word(h))
	return st.is(h, wRole) || personNouns[string(st.buf)] || yearsOld(string(st.buf)) != "" // "the 43-year-old asked"
}

// personNouns head descriptions of people that the role list lacks.
var personNouns = map[string]bool{"representative": true, "spokesperson": true, "actor": true, "actress": true,
	"star": true, "legend": true, "singer": true, "comedian": true, "witness": true, "physician": true, "lawmaker": true,
	"tycoon": true, "magnate": true, "neurosurgeon": true, "surgeon": true, "investor": true, "entrepreneur": true,
	"financier": true, "philanthropist": true, "admiral": true}

// roleGender tells the sex a role word implies, family words included.
// "Actor" is not among them: news now uses it for women too ("Actor Lena
// Harrow says …"), while "actress" still names a woman.
func roleGender(w string) byte {
	switch strings.ToLower(w) {
	case "spokesman", "congressman", "chairman", "businessman", "man", "king":
		return 'M'
	case "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "woman", "actress", "queen":
		return 'F'
	}
	return familyGender(w)
}

// caption reports a photo caption: a paragraph of one sentence right after
// a photo credit ("POOL New/Reuters. ⏎ Sanford police officer Timothy Smith
// holds up the gun …"). The people it names are in the picture, not in the
// story's run of sentences, so no pronoun after it stands for them.
func (st *state) caption(p int) bool {
	if p == 0 || p == st.paraOf(len(st.doc.Tokens)-1) {
		return false
	}
	par := st.doc.Paragraphs[p]
	return par.Last-par.First == 1 && st.photoCredit(p-1)
}

// photoCredits end photo credits: "Getty.", "AP Photo", "POOL New/Reuters".
var photoCredits = map[string]bool{"Getty": true, "Images": true, "Reuters": true, "AP": true, "AFP": true, "Photo": true,
	"EPA": true, "Shutterstock": true}

// photoCredit reports a paragraph of one short sentence that credits a
// photo: a name with a slash in it, or one ending with an agency's name.
func (st *state) photoCredit(p int) bool {
	par := st.doc.Paragraphs[p]
	if par.Last-par.First != 1 {
		return false
	}
	s := st.doc.Sentences[par.First]
	if s.Last-s.First > 6 {
		return false
	}
	last := s.Last - 1
	if st.isFinal(last) {
		last--
	}
	for k := s.First; k <= last; k++ {
		if st.word(k) == "/" {
			return true
		}
	}
	return last >= s.First && photoCredits[st.word(last)]
}

// coupleSubject names the pair that opens the sentence of a "they" at
// token pos, before it: a "he" or "she" (or a name) and a noun that person
// possesses, a verb after them ("Manny Gomez said …. He and his partner
// came to the events because they wanted to show that “…”": Manny Gomez
// and his partner, not a group the sentences before brought in). The
// pronoun is resolved as a story pronoun is, a clear winner only; "" when
// the sentence opens otherwise (round 44).
func (st *state) coupleSubject(pos int, ls *candidate) string {
	a := st.doc.Sentences[st.tokSent[pos]].First
	if a+4 >= pos {
		return ""
	}
	p, k := -1, -1
	switch w := st.word(a); w {
	case "He", "She":
		want, own := byte('M'), "his"
		if w == "She" {
			want, own = 'F', "her"
		}
		if st.word(a+2) != own {
			return ""
		}
		for _, m := range st.pronMention {
			if m.tok == a {
				p = m.person
			}
		}
		if p < 0 {
			if q, _ := st.resolveHeShe(a, a, pipeline.Span{}, want, ls); q >= 0 && st.margin >= narrativeMargin {
				p = q
			}
		}
		k = a + 1
	default:
		for _, m := range st.pmention {
			if m.tok == a && !st.people[m.person].org {
				p, k = m.person, m.end
			}
		}
		if w := st.word(k + 1); k < 0 || w != "his" && w != "her" {
			return ""
		}
	}
	if p < 0 || k+3 >= pos || st.word(k) != "and" {
		return ""
	}
	h := k + 2 // the possessed noun: "partner", "wife"
	if !st.isWord(h) || st.info[h].cap || !isLowerASCII(st.word(h)) || !st.verbLike(h+1) {
		return ""
	}
	return st.personName(p) + " and " + st.doc.Text[st.doc.Tokens[k+1].Start:st.doc.Tokens[h].End]
}
