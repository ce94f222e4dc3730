package quotes

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// np is a speaker's noun phrase: the mention an attribution names.
type np struct {
	span        pipeline.Span
	first, last int // tokens, last exclusive
	form        pipeline.SpeakerForm
	nameFirst   int // the name inside a Named phrase, titles left out (tokens)
	nameLast    int
	antecedent  *np // for "who"/"which": the phrase it stands for
	partner     *np // for "X and Y": X (the phrase itself names Y)
	plural      bool
	rel         bool // a relative pronoun
}

func (n np) ok() bool { return n.form != pipeline.NoSpeaker }

// npPrepHeads are the words after which a preposition stays inside a
// speaker's phrase: "a spokesman for the Pentagon", "people familiar with
// the talks", "a source close to the campaign".
var npPrepHeads = map[string]bool{
	"close": true, "familiar": true, "briefed": true, "involved": true, "knowledgeable": true, "loyal": true,
	"opposed": true, "speaking": false,
}

// attachPreps may join a phrase to its head's complement.
var attachPreps = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true, "to": true, "in": true, "on": true}

// maxNP bounds a speaker phrase, in tokens.
const maxNP = 14

// subjectBefore finds the subject of the cue verb at token v, looking left
// no further than token lo: "Mr. McGurk said", "an American official told",
// "Hugh Hill, a doctor, said", "Trump, who …, said", "he also said".
func (st *state) subjectBefore(v, lo int) np {
	j := st.skipBackAdjuncts(v-1, lo)
	if j < lo {
		return np{}
	}
	if j-1 > lo && j+1 < v && st.doc.Tokens[j].Kind == pipeline.Number && st.isPunct(j-1, ",") && st.isPunct(j+1, ",") {
		// "Harold Greer, 58, of Salem, said", "…, 58, who owns the store,
		// said": the asides after an age skipped as adjuncts, the age
		// itself is an aside of the name before it.
		if n := st.appositiveHead(j+1, lo); n.ok() {
			return n
		}
	}
	// An appositive between commas: "Hugh Hill, a doctor, said",
	// "James Zogby, a superdelegate from the District and the president
	// of the institute, said": the name comes before.
	if st.isMark(j) && st.inSeg[j] >= 0 && j-1 > lo && st.isPunct(j-1, ",") {
		// "Trump, star of the reality TV show "The Apprentice," said": the
		// aside's comma inside a title's marks.
		if o := st.tokenAt(st.segs[st.inSeg[j]].open.Start); o > lo && st.titleClose(o) == j {
			if n := st.appositiveHead(j, lo); n.ok() {
				return n
			}
		}
	}
	if st.isPunct(j, ",") {
		// "A third of independents, 33%, say": a share between commas.
		if c := st.numericAsideStart(j, lo); c > lo {
			if n := st.npEndingAt(c-1, lo); n.ok() {
				return n
			}
		}
		if c := st.companionAsideStart(j, lo); c > lo {
			// "The mayor, along with two aides, said", "Democratic
			// economists, like their Republican counterparts, say".
			if n := st.npEndingAt(c-1, lo); n.ok() && !n.rel {
				return n
			}
		}
		if n := st.appositiveHead(j, lo); n.ok() || j-1 < lo || st.word(j-1) != ")" {
			return n
		}
		// "Sen. Jack Reed (D-R.I.), said": a stray comma after the
		// parenthesis.
		j = st.skipBackAdjuncts(j-1, lo)
		if j < lo || st.isPunct(j, ",") {
			return np{}
		}
	}
	if h := st.relativeHead(j, lo); h.ok() {
		return h
	}
	if h := st.participleHead(j, lo); h.ok() {
		return h
	}
	n := st.npEndingAt(j, lo)
	if !n.ok() {
		return n
	}
	if m, ok := st.unclosedAppositive(n, v, lo); ok {
		return m
	}
	if n.form == pipeline.Description && !n.rel && n.first-1 > lo && st.isPunct(n.first-1, ",") && n.last+1 < v && st.isPunct(n.last, ",") && st.is(n.last+1, wRel) {
		// "The Met Office, the UK's weather service, which also tracks
		// the system, said": the organization the appositive describes,
		// its relative clause skipped as an adjunct (a person's
		// description stays the mention, named after the person).
		if h := st.appositiveHead(n.last, lo); h.ok() && h.form == pipeline.Named && !h.rel {
			if e := st.entityAt(st.span(h.nameFirst, h.nameLast)); e >= 0 && st.doc.Entities[e].Type != pipeline.Person {
				return h
			}
		}
	}
	if n.form == pipeline.Named && !n.rel && n.last+1 < v && st.isPunct(n.last, ",") && st.word(n.last+1) == "which" {
		// "Sherrilyn Parks, president of the Georgia Voters League,
		// which brought the suit, said": the relative clause, skipped as
		// an adjunct, is on the organization inside the appositive; the
		// subject is the person it describes.
		if h := st.describedName(n, lo); h.ok() {
			return h
		}
	}
	if n.form == pipeline.Named && st.isPunct(n.first-1, ",") && st.placeAside(&n, lo) {
		// "Dan Price, a farmer from Ava, Mo., who is …, said": a state
		// after its city is no subject; the name before the asides is.
		if h := st.appositiveHead(n.first-1, lo); h.ok() {
			return h
		}
	}
	if a := n.first - 1; n.form == pipeline.Named && a-1 >= lo && st.word(a) == "and" {
		// "Jeb Bush and Chris Christie say": two people named together.
		if m := st.npEndingAt(a-1, lo); m.ok() && st.coordinated(&m, &n, a) && st.opensClause(m.first) {
			n.partner = &m
			n.first, n.span, n.plural = m.first, st.span(m.first, n.last), true
		}
	} else if n.form == pipeline.Description && !n.rel && a-1 >= lo && st.word(a) == "and" && st.is(n.first, wDet) && !st.is(n.first, wPron) {
		// "…, two local officials and a humanitarian worker said": two
		// unnamed sources together, the first opening the clause.
		if m := st.npEndingAt(a-1, lo); m.ok() && !m.rel && m.form == pipeline.Description && m.last == a && (m.plural || st.is(m.first, wDet|wNum)) && st.opensClause(m.first) {
			n.first, n.span, n.plural = m.first, st.span(m.first, n.last), true
		}
	}
	if !n.rel {
		if m := st.reducedHead(n, lo); m.ok() {
			return m
		}
		if m := st.obtainedHead(n, lo); m.ok() {
			return m
		}
	}
	if n.rel {
		if n.first-1 >= lo && (st.isPunct(n.first-1, ",") || st.doc.Tokens[n.first-1].Kind == pipeline.Dash) {
			c := n.first - 2
			if c-1 > lo && st.doc.Tokens[c].Kind == pipeline.Number && st.isPunct(c-1, ",") {
				c -= 2 // "Linda Farris, 71, who said": the age is an aside of the name
			}
			if m := st.npEndingAt(c, lo); m.ok() && !m.rel {
				n.antecedent = &m
				// "Sen. Dianne Feinstein, the ranking Democrat on the
				// Intelligence Committee, who said": "who" stands for the
				// name the appositive describes, not for the object of the
				// appositive's preposition.
				// Nor is "which": "Sherrilyn Parks, president of the
				// Georgia Voters League, which brought the suit, said" —
				// the relative clause is on the organization, an aside in
				// the appositive; the subject is the name.
				if w := st.word(n.first); m.first-1 >= lo && st.is(m.first-1, wPrep) && !st.info[m.first-1].cap && st.isPunct(n.first-1, ",") && (w == "who" || w == "which") {
					if h := st.appositiveHead(n.first-1, lo); h.ok() && h.form == pipeline.Named && !h.rel && h.last < m.first &&
						st.isPunct(h.last, ",") && st.is(h.last+1, wDet) {
						n.antecedent = &h
					}
				}
			}
		} else if m := st.npEndingAt(n.first-1, lo); m.ok() && !m.rel {
			n.antecedent = &m
		}
	}
	return n
}

// unclosedAppositive returns the name before an appositive whose closing
// comma the writer left out ("Sam Lau, the communications director for the
// Iowa Democratic Party said"): n is a description opened by a determiner
// after a comma, the name before that comma is a person's (the entity
// stage's: "In May, a judge said" has none) and opens the clause (not after
// "and": "with Joe Scarborough and Mika Brzezinski, the candidate said"), and the cue v
// is not followed by a comma, which would make "Clinton, the report said,
// failed …" an aside of the description's.
func (st *state) unclosedAppositive(n np, v, lo int) (np, bool) {
	role := st.roleOfNamed(n, lo)
	if n.form != pipeline.Description && role < 0 || v+1 < len(st.doc.Tokens) && st.isPunct(v+1, ",") && !(role >= 0 && v+2 < len(st.doc.Tokens) && st.isMark(v+2)) {
		return np{}, false
	}
	c := n.first - 1 // the comma that opens the appositive
	if role >= 0 {
		c = role
	} else if !st.is(n.first, wDet) || !st.isPunct(c, ",") {
		c = st.appositiveOpening(n.first, lo)
	}
	if c-1 < lo || c < 0 {
		return np{}, false
	}
	e := c - 1
	if st.word(e) == ")" {
		// "Sen. Kristen Gillibrand (D-NY), a supporter …": the party
		// and state after the name.
		k := e - 1
		for k > lo && st.word(k) != "(" && e-k < 8 {
			k--
		}
		if st.word(k) != "(" || k-1 < lo {
			return np{}, false
		}
		e = k - 1
	}
	m := st.npEndingAt(e, lo)
	if !m.ok() || m.form != pipeline.Named || m.rel || !st.opensClause(m.first) || m.first > 0 && st.is(m.first-1, wConj) ||
		!st.personSpan(m.nameFirst, m.nameLast) {
		return np{}, false
	}
	return m, true
}

// roleOfNamed returns the comma before a role of an organization that a
// name phrase n is ("Anthony Anton, president and CEO of Washington
// Restaurant Association stated, “…”": n is "CEO of Washington Restaurant
// Association"), the role's words in lower case, joined by "and"; else -1.
func (st *state) roleOfNamed(n np, lo int) int {
	if n.form != pipeline.Named || n.rel || !st.is(n.first, wRole|wTitle) || st.info[n.first].cap && !allUpper(st.word(n.first)) ||
		st.prepIn(n.first, n.last) < 0 || st.personSpan(n.nameFirst, n.nameLast) {
		return -1 // "CEO of …" or "president of …", not "Secretary of State John Kerry"
	}
	for k := n.first - 1; k > lo && n.first-k <= 4; k-- {
		if st.isPunct(k, ",") {
			return k
		}
		if st.info[k].cap || st.word(k) != "and" && !st.is(k, wRole|wTitle) {
			return -1
		}
	}
	return -1
}

// allUpper reports a word written in capitals only ("CEO").
func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return w != ""
}

// appositiveOpening returns the comma before "a" or "an" that opens an
// unclosed appositive holding the words before token first, a phrase and
// its prepositions but no verb ("Sen. Kristen Gillibrand (D-NY), a
// supporter of Hillary Clinton’s 2016 bid for the presidency told"), or -1.
func (st *state) appositiveOpening(first, lo int) int {
	for k := first - 1; k > lo && first-k <= 14; k-- {
		if st.isPunct(k, ",") {
			if w := st.lower(k + 1); (w == "a" || w == "an") && k+1 < first {
				return k
			}
			return -1
		}
		if w := st.word(k); w == "’" || w == "'" || w == "’s" || w == "'s" || w == "-" || st.doc.Tokens[k].Kind == pipeline.Number {
			continue // "Clinton’s 2016 bid", "D-NY"
		}
		if !st.isWord(k) || st.inSeg[k] >= 0 ||
			st.is(k, wVerb|wAux|wRel|wSub|wConj|wPron) && !st.info[k].cap || st.info[k].cue.isVerb() && !st.info[k].cap {
			return -1
		}
	}
	return -1
}

// numericAsideStart returns the comma that opens a share or a number
// between commas ending at the comma c ("half, 49%, say", "two-thirds, 67
// percent, say"), or -1.
func (st *state) numericAsideStart(c, lo int) int {
	num := false
	for k := c - 1; k > lo && c-k <= 4; k-- {
		switch w := st.word(k); {
		case st.isPunct(k, ","):
			if num {
				return k
			}
			return -1
		case st.doc.Tokens[k].Kind == pipeline.Number:
			num = true
		case w == "%" || w == "percent" || w == "about" || w == "nearly" || w == "roughly" || w == "or":
		default:
			return -1
		}
	}
	return -1
}

// companionAsides open an aside between a subject and its verb that
// names others with it or like it.
var companionAsides = map[string]bool{"along": true, "like": true, "unlike": true, "together": true, "alongside": true}

// companionAsideStart returns the comma that opens an aside ending with the
// comma at c and starting with "along with", "like", "together with", "as
// well as" ("The mayor, along with two aides, said"), or -1.
func (st *state) companionAsideStart(c, lo int) int {
	for k := c - 1; k > lo && c-k <= 14; k-- {
		if st.inSeg[k] >= 0 || st.isFinal(k) || st.isPunct(k, ";") {
			return -1
		}
		if !st.isPunct(k, ",") {
			continue
		}
		if k+2 >= c {
			return -1
		}
		w := st.word(k + 1) // lower case: the aside is inside the sentence
		if companionAsides[w] && (w == "like" || w == "unlike" || w == "alongside" || st.word(k+2) == "with") || w == "as" && st.word(k+2) == "well" {
			return k
		}
		return -1
	}
	return -1
}

// participleHead finds a plural subject whose participle phrase ends at
// token j, no comma between: "Democrats trying to regain control of the
// Senate in November say", "activists clamoring to block him say".
func (st *state) participleHead(j, lo int) np {
	for g := j; g > lo && j-g < 14; g-- {
		if st.inSeg[g] >= 0 || !st.isWord(g) || st.is(g, wAux|wConj|wRel|wSub) && !st.is(g, wPrep) {
			return np{}
		}
		w := st.word(g)
		if len(w) <= 4 || !strings.HasSuffix(w, "ing") || st.info[g].cap || st.info[g].cue.isVerb() && st.info[g].cue.class() <= asking {
			continue // not "saying": a report of its own
		}
		p := g - 1
		if !st.isWord(p) || st.is(p, wDet|wNum|wPossDet|wPron|wPrep|wAux|wVerb) || !(st.is(p, wPlural) || endsPlural(st.word(p))) {
			return np{}
		}
		if n := st.npEndingAt(p, lo); n.ok() && n.plural && n.form != pipeline.Pronoun && !n.rel {
			return n
		}
		return np{}
	}
	return np{}
}

// relativeHead finds a subject whose restrictive relative clause ends at
// token j, no comma between: "Executives who have worked with him say",
// "Supporters who came to the rally this week say". The clause must hold a
// verb after "who"; the head is the phrase before "who".
func (st *state) relativeHead(j, lo int) np {
	switch st.word(j) {
	case "he", "she", "they", "we", "I":
		return np{} // "critics who say he should condemn": a subject of its own, not the clause's object
	}
	both := false // "Another Muslim who worshiped there and who didn't want to be named said"
	for r := j; r > lo && (j-r < 16 || both && j-r < 32); r-- {
		if st.inSeg[r] >= 0 || st.isFinal(r) || st.isPunct(r, ",") || st.isPunct(r, ";") || st.isPunct(r, ":") || st.doc.Tokens[r].Kind == pipeline.Dash || st.isMark(r) {
			return np{} // ("Even people who endorsed it sounded equivocal: Jane Harman called it")
		}
		// "Executives who have worked with him say", "The state
		// officials whose laws have been invalidated say", "progressive
		// groups that have endorsed him say" ("that" after a plural only).
		w := st.word(r)
		if w != "who" && w != "whose" && !(w == "that" && r-1 > lo && (st.is(r-1, wPlural) || st.pluralNoun(r-1))) {
			continue
		}
		if w == "who" && !both && r-2 > lo && st.word(r-1) == "and" && st.isWord(r-2) && st.verbIn(r+1, j+1) {
			both = true // a second relative clause joined to the first: its head is further left
			continue
		}
		if r == j || !st.verbIn(r+1, j+1) || !st.isWord(r-1) || st.is(r-1, wPrep|wConj|wVerb|wAux|wSub) || st.info[r-1].cue.isVerb() {
			return np{}
		}
		if n := st.npAfter(r+1, j+1); n.ok() && n.last == j+1 && !st.pastLike(r+1) && !st.verbAt(r+1) {
			return np{} // "a treasurer who prosecutors said stole …": the cue's own subject
		}
		if n := st.npEndingAt(r-1, lo); n.ok() && !n.rel && n.form != pipeline.Pronoun && (w == "who" || st.headsClause(n.first, lo)) {
			return n
		}
		return np{}
	}
	return np{}
}

// headsClause reports a phrase at token first that opens its clause: at
// the sentence's start or after a comma, a conjunction or an opening
// adverb ("But progressive groups that …", "Even people whose …"), not a
// verb's hearer or object ("reminds viewers that Sanders …") nor after a
// colon ("… that they lean left: 42% say").
func (st *state) headsClause(first, lo int) bool {
	if first == lo || st.doc.Tokens[first].Is(pipeline.SentStart) {
		return true
	}
	p := first - 1
	if p > lo && st.is(p, wAdv) && !st.is(p, wPrep) && (p == lo || st.doc.Tokens[p].Is(pipeline.SentStart)) {
		return true
	}
	return st.isPunct(p, ",") || st.isPunct(p, ";") || st.is(p, wConj)
}

// reducedHead finds the subject a reduced clause of how a source spoke
// stands after, when the phrase found before the verb (starting at token
// n.first) is inside that clause: "another source speaking to Fox News
// said". (A clause with "who", "officials who spoke on condition of
// anonymity said", is relativeHead's.)
func (st *state) reducedHead(n np, lo int) np {
	f := n.first
	if f-1 >= lo && st.is(f-1, wSub) {
		return np{} // "when he yelled": the subject of a clause of its own
	}
	for k := f - 1; k > lo && f-k <= 12; k-- {
		if !st.isWord(k) || st.inSeg[k] >= 0 {
			return np{}
		}
		if !reducedSources[st.word(k)] || k+1 >= f || !st.is(k+1, wPrep) {
			continue
		}
		m := st.npEndingAt(k-1, lo)
		if !m.ok() || m.rel || m.last != k {
			return np{}
		}
		if lw := st.word(m.last - 1); isLowerASCII(lw) && (strings.HasSuffix(lw, "ed") || st.info[m.last-1].cue.isVerb()) {
			return np{} // "They were quoted speaking in …": a verb, no subject
		}
		// "Senator Richard Shelby, the Alabama Republican speaking for the
		// committee, said": the name the appositive describes, when the
		// clause closes with a comma too.
		if m.form == pipeline.Description && m.first-1 > lo && st.isPunct(m.first-1, ",") && st.isPunct(n.last, ",") {
			if h := st.appositiveHead(k, lo); h.ok() && h.form == pipeline.Named {
				return h
			}
		}
		return m
	}
	return np{}
}

// obtainedHead returns the text a news organization got, whose words the
// verb reports, when the subject found is that organization as the agent
// of a participle ("A Feb. 1 letter from the American Legion obtained by
// The Associated Press warns"), or no phrase.
func (st *state) obtainedHead(n np, lo int) np {
	k := n.first - 1
	if k-1 <= lo || st.word(k) != "by" || !obtainedBy[st.word(k-1)] {
		return np{}
	}
	m := st.npEndingAt(k-2, lo)
	if m.ok() && m.first-1 > lo && st.textFromName(m.first-1) {
		// "a letter from the American Legion obtained by": the text and
		// its author, one phrase.
		if t := st.npEndingAt(m.first-2, lo); t.ok() && !t.rel {
			if r := st.npAfter(t.first, k-1); r.ok() && r.last == k-1 {
				m = r
			}
		}
	}
	if !m.ok() || m.rel || m.last != k-1 || !st.opensClause(m.first) {
		return np{}
	}
	return m
}

// obtainedBy are the participles of a text that a news organization got
// ("a memo obtained by Politico", "documents reviewed by The Times").
var obtainedBy = map[string]bool{"obtained": true, "reviewed": true, "seen": true, "acquired": true}

// reducedSources are the participles that, right after a subject and before
// a preposition, tell how a source spoke: "another source speaking to Fox
// News said".
var reducedSources = map[string]bool{"speaking": true, "talking": true, "writing": true, "appearing": true,
	"commenting": true, "testifying": true}

// coordinated reports two names joined by the "and" at token a that name
// two speakers: "Jeb Bush and Chris Christie", "Forbes and Wealth-X"; not a
// title's complement ("Vice President for news and talk Dave Gorab"), a
// list inside a name ("Sciences, Engineering and Medicine") or times.
func (st *state) coordinated(m, n *np, a int) bool {
	if m.form != pipeline.Named || n.form != pipeline.Named || m.last != a || !st.info[a-1].cap || st.is(m.nameLast-1, wTitle|wRole|wTime) ||
		isWeekday(st.word(m.nameLast-1)) || st.is(n.nameLast-1, wTime) {
		return false
	}
	return !(m.first >= 2 && st.isPunct(m.first-1, ",") && st.info[m.first-2].cap)
}

// appositiveHead finds "NAME, APPOSITIVE" ending just before token c (a
// comma or the appositive's end): the name before the appositive's opening
// comma, when the appositive holds no verb of its own.
func (st *state) appositiveHead(c, lo int) np {
	// Walk left over up to three comma-enclosed chunks: an age ("60"), a
	// description ("a doctor"), a relative clause ("who covered the White
	// House for 40 years"), a parenthesis.
	end := c
	pendingVerb := false                    // a chunk "and opposed Trump" whose verb a relative clause further left may own
	for chunks := 0; chunks < 5; chunks++ { // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"
		k := end - 1
		rel := false
		for ; k > lo && end-k <= 40; k-- {
			if st.inSeg[k] >= 0 {
				// A short quoted title inside the aside ("Trump, star of
				// the reality TV show "The Apprentice," said"): step over it.
				if o := st.tokenAt(st.segs[st.inSeg[k]].open.Start); o > lo && o < k && st.titleClose(o) >= k {
					k = o
					continue
				}
				return np{}
			}
			if st.isFinal(k) {
				return np{}
			}
			if st.isPunct(k, ",") {
				break
			}
		}
		if k <= lo || !st.isPunct(k, ",") || k+1 >= end {
			return np{}
		}
		a := k + 1
		rel = st.is(a, wRel)
		if rel {
			pendingVerb = false
		} else {
			for j := a; j < end; j++ {
				if st.inSeg[j] >= 0 {
					continue // a quoted title's words are no verbs of the aside
				}
				if st.is(j, wRel) || st.word(j) == "that" && j > a && st.isWord(j-1) && !st.is(j-1, wVerb|wAux) && !st.info[j-1].cue.isVerb() {
					break // "a delegate who is part of the drive", "a union that has endorsed him": its verbs are the relative clause's
				}
				// A gerund in a description is its modifier ("a creative
				// writing professor", "a superdelegate supporting Clinton").
				gerundMod := st.info[j].cue.form == formGerund && j > a && st.is(a, wDet)
				if st.is(j, wAux) && !st.info[j].cap && st.word(j) != "'s" && st.word(j) != "’s" ||
					st.info[j].cue.isVerb() && !st.info[j].cap && st.info[j].cue.form != formParticiple && st.info[j].cue.form != formBase && !gerundMod {
					if !st.is(a, wConj) {
						return np{}
					}
					// "Beck, who supported Cruz, R-Texas, and virulently
					// opposed Trump, said": the verb of a relative clause
					// that opens further left.
					pendingVerb = true
					break
				}
			}
		}
		if pendingVerb && !rel {
			end = k
			continue
		}
		if m := st.npAfter(a, end); !rel && m.ok() && m.form == pipeline.Named && m.nameFirst == a && m.last+1 < end && st.word(m.last) == "and" && !st.relativeChunkBefore(k, lo) {
			// "Henry Clay's biographers, David and Jeanne Heidler, wrote":
			// two people named between the commas.
			if n := st.npAfter(m.last+1, end); n.ok() && n.form == pipeline.Named && n.last == end && n.nameFirst == m.last+1 {
				first := m // a copy, so that only a pair found goes to the heap
				n.partner, n.plural = &first, true
				n.first, n.span = m.first, st.span(m.first, n.last)
				return n
			}
		}
		// "Trump's attorney, Alan Garten, said": the name between the commas.
		// "The cabinet member, Councillor Margaret Doyle, said": a title too.
		// "One resident, 71-year-old Brenda Moss, told him": an age too.
		if m := st.npAfter(a, end); !rel && m.ok() && m.form == pipeline.Named && m.last == end && (m.nameFirst == a || st.is(a, wTitle) && st.info[a].cap || m.nameFirst == a+1 && yearsOld(st.word(a)) != "") && !(m.nameLast-m.nameFirst == 1 && partyState(st.word(a))) &&
			!st.partyAside(a, end) {
			if st.relativeChunkBefore(k, lo) {
				// "Mrs Byrne, 64, who opened it with her late husband, Tom,
				// said": Tom is the relative clause's, the subject further left.
				end = k
				continue
			}

			if !st.placeAfterPrep(k-1, lo) || m.last-m.first > 2 || st.is(a, wTitle) || st.isFirstName(a) && !st.placeEntity(m.span) || st.personEntity(m.span) {
				if p := st.coordinatedAppositive(k, lo); p.ok() {
					// "The firm's chief, Paul Verhoeven, and the head of
					// the union, Tomas Arce, said": both.
					first := p // a copy, so that only a pair found goes to the heap
					m.partner, m.plural = &first, true
					m.first, m.span = p.first, st.span(p.first, m.last)
				}
				return m // "The mayor of Kyiv, Vitali Klitschko, said": the entity stage's person
			}
			// The second half of a place is no name ("from McMaster
			// University in Hamilton, Ontario, said"); a phrase that ends
			// with the place's first half is the subject ("a woman in
			// Worcester, Massachusetts, told him").
			if d := st.npEndingAt(k-1, lo); d.ok() && d.form == pipeline.Description && d.first > lo && !st.isPunct(d.first-1, ",") {
				d.last, d.span = end, st.span(d.first, end)
				return d
			}
			end = k
			continue
		}
		if !rel && !pendingVerb && (st.pastLike(a) || st.word(a) == "led") && a+1 < end && st.word(a+1) == "by" {
			// "The aides, led by campaign manager Terry Sullivan, told":
			// a participle aside after a description.
			if d := st.npEndingAt(k-1, lo); d.ok() && !d.rel && d.form != pipeline.Pronoun && (d.first == lo || !st.isWord(d.first-1) || st.is(d.first-1, wConj|wSub|wPrep)) {
				return d
			}
		}
		e := k - 1
		if e > lo && st.word(e) == ")" {
			for e > lo && st.word(e) != "(" && k-e < 10 {
				e--
			}
			e--
		}
		if e == k-1 && loneDeterminers[st.lower(e)] && (e == lo || !st.isWord(e-1) || st.is(e-1, wConj|wSub)) && !rel && st.is(a, wDet) && st.nounAside(a, end) {
			// "Another, a shop owner, said": the determiner stands for a
			// person the aside describes; the aside is the better mention.
			if d := st.npAfter(a, end); d.ok() && d.form == pipeline.Description && d.last == end {
				return d
			}
		}
		m := st.npEndingAt(e, lo)
		if m.ok() && m.form == pipeline.Named && (m.first == lo || !st.isWord(m.first-1) || st.is(m.first-1, wConj|wSub|wPrep)) && !st.placeAside(&m, lo) {
			if h := st.asideHolder(m, lo); h.ok() {
				return h
			}
			return m
		}
		if m.ok() && m.form == pipeline.Description && !m.rel && !rel && (m.first == lo || !st.isWord(m.first-1) || st.is(m.first-1, wConj|wSub)) &&
			st.is(m.first, wDet|wPossDet) && st.nounAside(a, end) {
			// "The mayor, a Democrat, said", "A spokesperson for Severn
			// Water, the local utility, said": a description opening the
			// clause, a noun phrase between the commas.
			return m
		}
		end = k
	}
	return np{}
}

// partyAside reports an aside in tokens [a, end) that gives a member's party
// and home ("Senator Lindsey Graham, Republican of South Carolina, said";
// "Representative Steve Cohen, Democrat of Tennessee, told"): no name of its
// own, the name before it is the subject.
func (st *state) partyAside(a, end int) bool {
	return a+2 < end && partyNouns[st.word(a)] && (st.word(a+1) == "of" || st.word(a+1) == "from") && st.info[a+2].cap
}

// partyNouns name a member of a party, capitalised as a party aside writes
// them.
var partyNouns = map[string]bool{"Republican": true, "Democrat": true, "Independent": true, "Democratic-Farmer-Labor": true}

// asideHolder returns the person whose aside holds the name m as a
// preposition's object, when a further aside follows it ("Greg Raiff,
// chief executive officer of Private Jet Services, an aviation consulting
// firm, said"; "Sen. Chuck Grassley, facing a challenge in Iowa, a swing
// state, said"): the person's name before the comma that opens m's aside,
// opening its clause, with no verb in the aside but a participle's or a
// relative clause's ("…, an education professor who worked for Sen. Lamar
// Alexander (R-Tenn.), one of the bill's architects, called"); else none.
func (st *state) asideHolder(m np, lo int) np {
	prep := m.first-1 >= lo && st.is(m.first-1, wPrep) && !st.info[m.first-1].cap
	if !prep && st.prepIn(m.first, m.nameFirst) < 0 {
		return np{}
	}
	c := m.first - 1
	for ; c > lo && m.first-c <= 25; c-- {
		if st.isFinal(c) || st.inSeg[c] >= 0 || st.isPunct(c, ",") {
			break
		}
	}
	if c <= lo || !st.isPunct(c, ",") {
		return np{}
	}
	for j := c + 1; j < m.first; j++ {
		if st.is(j, wRel) {
			break // "who previously worked for": the relative clause's verb
		}
		if st.is(j, wAux) && !st.info[j].cap && st.word(j) != "'s" && st.word(j) != "’s" ||
			st.info[j].cue.isVerb() && !st.info[j].cap && st.info[j].cue.form != formParticiple && st.info[j].cue.form != formGerund {
			return np{}
		}
	}
	h := st.npEndingAt(c-1, lo)
	if !h.ok() || h.form != pipeline.Named || h.rel || !(h.first == lo || !st.isWord(h.first-1) || st.is(h.first-1, wConj|wSub)) ||
		st.prepIn(h.first, h.nameFirst) >= 0 || !st.personSpan(h.nameFirst, h.nameLast) {
		return np{}
	}
	return h
}

// coordinatedAppositive returns the name of a first person described and
// named before ", and" and the description whose name follows the comma at
// token k: "[Gulfmark's chief executive, Paul Verhoeven], and the head of
// the local union, Tomas Arce"; or no phrase.
func (st *state) coordinatedAppositive(k, lo int) np {
	d := st.npEndingAt(k-1, lo)
	if !d.ok() || d.form != pipeline.Description || d.rel || d.first-3 <= lo || st.word(d.first-1) != "and" || !st.isPunct(d.first-2, ",") {
		return np{}
	}
	p := st.npEndingAt(d.first-3, lo)
	if !p.ok() || p.form != pipeline.Named || p.rel || p.nameFirst != p.first || p.first-2 < lo || !st.isPunct(p.first-1, ",") {
		return np{}
	}
	if e := st.npEndingAt(p.first-2, lo); !e.ok() || e.form != pipeline.Description || e.rel {
		return np{}
	}
	return p
}

// describedName returns the person's name that the phrase m, an
// appositive after a comma, describes ("Sherrilyn Parks, president of the
// Georgia Voters League", "Dan Brill, of the Acme Group"), when it opens
// the clause.
func (st *state) describedName(m np, lo int) np {
	c := m.first - 1
	if w := st.word(c); w == "of" || w == "at" || w == "from" || w == "with" {
		c-- // "Dan Brill, of the Acme Group, which …"
	} else if m.nameFirst == m.first {
		return np{}
	}
	if c <= lo || !st.isPunct(c, ",") {
		return np{}
	}
	h := st.npEndingAt(c-1, lo)
	if !h.ok() || h.rel || h.form != pipeline.Named || !(h.first == lo || !st.isWord(h.first-1) || st.is(h.first-1, wConj|wSub)) || !st.personEntity(h.span) {
		return np{}
	}
	return h
}

// loneDeterminers stand alone for a person before an aside that says who
// ("Another, a retired nurse, said").
var loneDeterminers = map[string]bool{"another": true, "one": true, "others": true, "some": true, "many": true, "several": true}

// relativeChunkBefore reports a comma-enclosed chunk ending at the comma
// at token k that is a relative clause ("…, who opened her bakery with her
// late husband, Tom, said"): a name after it is in apposition to the
// clause's last noun, not the subject ("the union, whose president, X, said":
// X is the clause's subject, and so the speaker).
func (st *state) relativeChunkBefore(k, lo int) bool {
	for j := k - 1; j > lo && k-j <= 40; j-- {
		if st.isFinal(j) || st.inSeg[j] >= 0 {
			return false
		}
		if st.isPunct(j, ",") {
			w := st.word(j + 1)
			return w == "who" || w == "which"
		}
	}
	return false
}

// nounAside reports tokens [a, end) that make an aside of one noun phrase
// with no verb, or a description and its relative clause: "a Democrat",
// "the local utility", "45", "a retired teacher who asked not to be named".
func (st *state) nounAside(a, end int) bool {
	if a >= end {
		return false
	}
	if end-a == 1 && st.doc.Tokens[a].Kind == pipeline.Number {
		return true // an age
	}
	n := st.npAfter(a, end)
	if n.ok() && !n.rel && (n.form == pipeline.Description || n.form == pipeline.Named && (st.word(a) == "a" || st.word(a) == "an")) && n.last < end && n.last > a+1 && st.is(n.last, wRel) && st.is(a, wDet) {
		// "One juror, a retired teacher who asked not to be named, said":
		// a relative clause after the noun; "a registered Republican who
		// …" too, a capitalised noun after "a" being no name.
		return true
	}
	if a+2 < end && st.quantifier(a) && st.word(a+1) == "of" {
		// "A spokeswoman for Harbor Lines, one of the carriers (involved),
		// said": a partitive, a participle after its noun.
		p := st.npAfter(a+2, end)
		return p.ok() && !p.rel && p.form == pipeline.Description && (p.last == end || p.last == end-1 && isLowerASCII(st.word(end-1)) &&
			(strings.HasSuffix(st.word(end-1), "ed") || strings.HasSuffix(st.word(end-1), "ing")))
	}
	return n.ok() && n.last == end && !n.rel && n.form != pipeline.Pronoun
}

// placeAside reports a name in an aside that is a place: a US state after
// its city ("to travel to Columbus, Ohio, on Wednesday", "a farmer from
// Ava, Mo., who") or a hometown opening the aside ("Cory Blake, 22, of
// Flint, Mich., said").
func (st *state) placeAside(m *np, lo int) bool {
	f := m.first
	if f-2 < lo {
		return false
	}
	if st.isPunct(f-1, ",") && st.info[f-2].cap {
		k := m.last - 1
		if k > f && st.word(k) == "." {
			k--
		}
		st.buf = appendLower(st.buf[:0], strings.TrimSuffix(st.word(k), "."))
		if usStates[string(st.buf)] {
			return true
		}
	}
	if st.isPunct(f-2, ",") {
		switch st.word(f - 1) {
		case "of", "from", "in":
			return true
		}
	}
	return false
}

// usStates holds the US states' names (their last word: "york") and
// abbreviations ("mo", "n.y"), in lower case without a final period; from
// stateAbbrevs.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for name, abbrevs := range stateAbbrevs {
		m[name] = true
		for _, a := range strings.Fields(abbrevs) {
			m[strings.ToLower(strings.TrimSuffix(a, "."))] = true
		}
	}
	return m
}()

// placeAfterPrep reports a capitalised name ending at token e that follows
// a preposition of place: "in Hamilton", "of Raleigh".
func (st *state) placeAfterPrep(e, lo int) bool {
	if e <= lo || !st.info[e].cap {
		return false
	}
	k := e
	for k > lo && st.info[k].cap && e-k < 4 {
		k--
	}
	switch st.word(k) {
	case "in", "from", "of", "at", "near", "outside":
		return k < e
	}
	return false
}

// personEntity reports a person the entity stage found at s.
func (st *state) personEntity(s pipeline.Span) bool {
	e := st.entityAt(s)
	return e >= 0 && st.doc.Entities[e].Type == pipeline.Person
}

// placeEntity reports a place the entity stage found at s.
func (st *state) placeEntity(s pipeline.Span) bool {
	e := st.entityAt(s)
	return e >= 0 && st.doc.Entities[e].Type == pipeline.Place
}

// withSubject finds the subject of an absolute participle at token g:
// "…, with Trump reportedly yelling: “…”", "…, with the campaign of the
// former senator saying …": the phrase between "with" and the participle
// speaks, not the main clause's subject. "with" must open a phrase of its
// own (after a comma, a dash or at the sentence's start): "met with voters
// saying …" is left to the other rules.
func (st *state) withSubject(g, lo int) np {
	if g <= lo || st.info[g].cue.form != formGerund || st.info[g].cap {
		return np{}
	}
	b := st.beforeAdverbs(g, lo)
	if b < lo || !st.isWord(b) {
		return np{}
	}
	for w := b - 1; w >= lo && b-w <= maxNP; w-- {
		if st.inSeg[w] >= 0 || !st.isWord(w) && (st.isPunct(w, ",") || st.isPunct(w, ":") || st.isPunct(w, ";") || st.isFinal(w) || st.isMark(w)) {
			return np{}
		}
		if !strings.EqualFold(st.word(w), "with") {
			if st.info[w].cue.isVerb() && !st.info[w].cap && st.info[w].cue.form != formGerund && st.info[w].cue.form != formParticiple {
				return np{}
			}
			continue
		}
		if !(w == 0 || st.isPunct(w-1, ",") || st.isFinal(w-1) || st.doc.Tokens[w-1].Kind == pipeline.Dash) {
			return np{}
		}
		m := st.npAfter(w+1, b+1)
		if !m.ok() {
			return np{}
		}
		if m.last <= b {
			// "the campaign of the former senator from Pennsylvania": the
			// phrase runs on to the participle.
			k := m.last
			for k <= b && (st.isWord(k) || st.isPunct(k, "-")) && !st.is(k, wAux|wRel|wConj|wSub|wVerb) {
				k++
			}
			if k <= b {
				return np{}
			}
			m.last, m.span = b+1, st.span(m.first, b+1)
		}
		return m
	}
	return np{}
}

// clauseSubject finds the subject of the clause a participle at v hangs on
// ("Her campaign blasted out an email to supporters stating …", "Ryan
// endorsed Trump, telling reporters …"): the subject of the nearest verb
// before it.
func (st *state) clauseSubject(v, lo int) np {
	if n := st.withSubject(v, lo); n.ok() {
		return n
	}
	for u := v - 1; u >= lo; u-- {
		if st.inSeg[u] >= 0 || st.info[u].cap {
			continue
		}
		ui := st.info[u]
		w := st.word(u)
		adjectival := u > 0 && (st.is(u-1, wDet|wPossDet) || st.word(u-1) == "'s" || st.word(u-1) == "’s")
		verb := ui.cue.isVerb() && ui.cue.form != formGerund && st.verbHere(u) || ui.cls&wVerb != 0 ||
			len(w) > 3 && strings.HasSuffix(w, "ed") && ui.cls&(wRole|wPlural) == 0 && !adjectival
		// "Trump then appears in a clip, saying": a third-person verb
		// after a name or a pronoun.
		third := !verb && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && st.isWord(u) &&
			ui.cls&(wPlural|wRole|wPrep|wDet|wTime|wConj|wSub|wPossDet) == 0 && !adjectival && isLowerASCII(w)
		if !verb && !third || st.isMark(u+1) && st.nicknameMarks(u+1) {
			continue // (not "a class called “Perception”": a name, no verb of the clause)
		}
		n := st.subjectBefore(u, lo)
		if third && n.ok() {
			b := u - 1
			for b > n.last-1 && (st.is(b, wAdv) || st.isLyAdverb(b)) {
				b--
			}
			// Plural nouns end in -s too ("Jewish stereotypes"): only a
			// pronoun, a person's name or an adverb between make it a verb.
			person := n.form == pipeline.Pronoun && st.is(n.first, wMale|wFemale|wNeuter) ||
				n.form == pipeline.Named && (b < u-1 || n.nameLast-n.nameFirst >= 2 && st.isFirstName(n.nameFirst) || n.nameFirst > n.first && st.is(n.nameFirst-1, wTitle))
			if b != n.last-1 || n.plural || !person {
				continue
			}
		}
		if n.ok() {
			return n
		}
	}
	return np{}
}

// adjunctNouns end the short prepositional phrases that may stand between
// a subject and its verb: "in a statement", "at the time", "in particular".
var adjunctNouns = map[string]bool{"time": true, "moment": true, "particular": true, "part": true, "statement": true,
	"interview": true, "speech": true, "email": true, "tweet": true, "letter": true, "release": true, "conference": true,
	"call": true, "rally": true, "event": true, "debate": true, "appearance": true, "op-ed": true, "memo": true,
	"first": true, "end": true, "response": true, "turn": true, "addition": true, "contrast": true, "fact": true,
	"past": true, "meantime": true, "point": true, "post": true}

// skipBackAdjuncts steps left over what may stand between a subject and its
// verb: adverbs, auxiliaries, times ("on Tuesday"), parentheses and
// comma-enclosed asides ("Trump, in an interview, said"). It returns the
// subject's last token.
func (st *state) skipBackAdjuncts(j, lo int) int {
	for j >= lo {
		w := st.word(j)
		switch {
		case st.is(j, wAdv|wAux) && !st.is(j, wPron|wDet) && !st.capName(j):
			j--
		case (w == "both" || w == "all" || w == "each") && j-1 >= lo && (st.is(j-1, wAux) || st.is(j-1, wPlural) || st.info[j-1].cap):
			j-- // "Trump and Sanders have both argued"
		case adjunctNouns[st.lower(j)] && j-1 >= lo && (w != "Post" && w != "POST"): // (not "the Washington Post")
			// "Trump in a statement said", "Trump at the time said"
			k := j - 1
			for k >= lo && j-k <= 4 && !st.is(k, wPrep) {
				k--
			}
			if k < lo || j-k > 4 || !st.is(k, wPrep) || k == lo {
				return j
			}
			j = k - 1
		case st.isLyAdverb(j):
			j--
		case st.is(j, wTime) && !st.info[j].cap || isWeekday(w):
			t := j
			j--
			if j >= lo && (st.is(j, wPrep) || w == "last" || w == "this" || w == "earlier") {
				j--
			}
			if w == "ago" && j >= lo && timeUnits[st.lower(j)] {
				j = st.skipBackCount(j-1, lo) // "The State Department less than two weeks ago said"
			}
			if j-1 >= lo && st.word(j) == "past" && (st.word(j-1) == "this" || st.word(j-1) == "the") {
				j -= 2 // "Reince Priebus, the GOP chairman, this past week announced"
			}
			if pw := st.word(j); j-1 >= lo && len(pw) > 4 && strings.HasSuffix(pw, "ed") && isLowerASCII(pw) && !st.info[j].cue.isVerb() &&
				st.isWord(j-1) && !st.is(j-1, wDet|wPrep|wAux|wPron|wConj|wSub) && !st.isPunct(j-1, ",") && j == t-1 && (isWeekday(w) || w == "today" || w == "yesterday") {
				j-- // "A news report published Wednesday said": a participle and its day after the subject
			}
		case w == ")":
			k := j - 1
			for k >= lo && st.word(k) != "(" && j-k < 12 {
				k--
			}
			if k < lo || st.word(k) != "(" {
				return j
			}
			j = k - 1
		case st.doc.Tokens[j].Kind == pipeline.Dash && j-1 >= lo:
			// "Donald Trump - who previously said … - said": a dash aside.
			k := j - 1
			for k >= lo && j-k < 35 && !(st.doc.Tokens[k].Kind == pipeline.Dash) && !st.isFinal(k) {
				k--
			}
			if k < lo || st.doc.Tokens[k].Kind != pipeline.Dash || k+1 >= j {
				return j
			}
			j = k - 1
		case w == ",":
			// An aside between commas: skip it when it is a time, a
			// prepositional phrase or a relative clause; keep appositives.
			k := j - 1
			for k >= lo && !st.isPunct(k, ",") && j-k < 20 && !(st.isMark(k) && st.inSeg[k] >= 0 && !st.nicknameMarks(k)) && !st.isFinal(k) {
				k--
			}
			if k < lo || !st.isPunct(k, ",") || k+1 >= j {
				return j
			}
			a := k + 1
			if st.is(a, wPrep|wSub|wAdv|wTime|wRel) && !st.is(a, wThat) || isWeekday(st.word(a)) || st.participleAside(a, j) ||
				st.isLyAdverb(a) && st.participleAside(a+1, j) { // "Yaw Mensah, popularly called 'Maestro', said"
				j = k - 1
				if j >= lo && st.isPunct(j, ".") && st.abbrevPeriod(j) {
					return k // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": an appositive before the aside
				}
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// timeUnits count time in "two weeks ago" and "hours later".
var timeUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "hour": true, "hours": true, "minute": true, "minutes": true, "moment": true, "moments": true,
	"second": true, "seconds": true}

// skipBackCount skips back from token j over the count of "… weeks ago"
// ("less than two", "a few", "nearly 20"), which is no subject.
func (st *state) skipBackCount(j, lo int) int {
	k := j
	for k >= lo && (st.numberWord(k) || timeCountWords[st.lower(k)]) {
		k--
	}
	if k == j {
		return j
	}
	switch w := st.lower(k); {
	case k >= lo+1 && w == "than" && (strings.EqualFold(st.word(k-1), "less") || strings.EqualFold(st.word(k-1), "more")):
		k -= 2
	case k >= lo && (w == "about" || w == "nearly" || w == "almost" || w == "just" || w == "only" || w == "some"):
		k--
	}
	return k
}

// timeCountWords stand in a count before a unit of time ("a few days ago").
var timeCountWords = map[string]bool{"a": true, "few": true, "several": true, "couple": true, "of": true}

// nicknameMarks reports a quotation mark of a one- or two-word quote right
// after "called", "known as", "nicknamed" or "dubbed": a nickname in an
// aside ("Yaw Mensah, popularly called 'Maestro', said"), no quote that
// bounds the aside.
func (st *state) nicknameMarks(k int) bool {
	if k < 0 || st.inSeg[k] < 0 {
		return false // a mark no segment holds ("''00''''0'''": marks the pairing left out)
	}
	sg := st.segs[st.inSeg[k]]
	if sg.last-sg.first < 1 || sg.last-sg.first > 2 || sg.first < 2 {
		return false
	}
	b := sg.first - 2 // the word before the opening mark
	switch st.lower(b) {
	case "called", "nicknamed", "dubbed":
		return true
	case "as":
		return st.lower(b-1) == "known"
	}
	return false
}

// participleAside reports an aside between commas that opens with a
// participle: "Durbin, noting the size of his following, said", "Trump,
// asked about the poll, said".
func (st *state) participleAside(a, end int) bool {
	if a >= end || st.info[a].cap || !st.isWord(a) {
		return false
	}
	w := st.word(a)
	if len(w) < 5 || st.is(a, wRole|wPlural|wTime) {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && !st.is(a-1, wDet)
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isWeekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// isLyAdverb reports a lower-case -ly word that is not a noun or name.
func (st *state) isLyAdverb(i int) bool {
	w := st.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !st.info[i].cap && st.info[i].cls&(wRole|wTime) == 0 &&
		w != "family" && w != "ally" && w != "rally" && w != "italy" && w != "supply" && w != "assembly"
}

// npEndingAt finds the noun phrase whose last token is j, going left no
// further than lo.
func (st *state) npEndingAt(j, lo int) np {
	if j-1 >= lo && st.word(j) == "%" && st.doc.Tokens[j-1].Kind == pipeline.Number {
		return np{span: st.span(j-1, j+1), first: j - 1, last: j + 1, form: pipeline.Description, plural: true} // "42% say"
	}
	if j < lo || !st.isWord(j) {
		return np{}
	}
	inf := st.info[j]
	if inf.cls&wRel != 0 || st.is(j, wThat) && j-1 >= lo && st.isWord(j-1) && !st.info[j-1].cue.isVerb() &&
		!st.is(j-1, wPrep|wConj|wSub|wAux|wVerb|wPron|wAdv) && j+1 < len(st.doc.Tokens) && st.info[j+1].cue.isVerb() && st.info[j+1].cue.class() <= asking {
		// "who said", "which reads"; "a message that said"
		return np{span: st.span(j, j+1), first: j, last: j + 1, form: pipeline.Pronoun, rel: true}
	}
	if inf.cls&wPron != 0 {
		if w := st.word(j); inf.cls&wFirst != 0 && w != "I" && w != "We" && w != "we" && !contractedSubject(w) {
			return np{} // "me", "us" are never subjects
		}
		w := st.word(j)
		if w == "him" || w == "them" || w == "me" || w == "us" || w == "her" {
			// "a source close to him", "people familiar with them"
			if j-2 >= lo && st.word(j-1) == "of" && (st.is(j-2, wDet|wNum) || st.shareWord(j-2)) {
				// "most of them said", "some of us", "three-fourths of them"
				first := j - 2
				if w := st.lower(first); (w == "majority" || w == "minority" || w == "third" || w == "quarter") && first-1 >= lo && st.is(first-1, wDet) {
					first-- // "a majority of them"
				} else if w == "percent" && first-1 >= lo && st.numberWord(first-1) {
					first-- // "40 percent of them"
				}
				return np{span: st.span(first, j+1), first: first, last: j + 1, form: pipeline.Description, plural: true}
			}
			if j-2 >= lo && st.is(j-1, wPrep) && (npPrepHeads[st.word(j-2)] || st.is(j-2, wRole|wPlural)) {
				if n := st.npEndingAt(j-2, lo); n.ok() && n.form == pipeline.Description {
					n.last, n.span = j+1, st.span(n.first, j+1)
					return n
				}
			}
			return np{}
		}
		if w == "you" || w == "You" {
			return np{}
		}
		return np{span: st.span(j, j+1), first: j, last: j + 1, form: pipeline.Pronoun, plural: inf.cls&wPlural != 0}
	}
	// A verb's form after a determiner is a noun: "people briefed on the
	// move said", "the show's host".
	verbNoun := inf.cls&(wAux|wPrep|wConj|wSub|wStop|wPossDet|wAdv) == 0 && inf.cls&wVerb != 0 && j-1 >= lo && st.is(j-1, wDet|wPossDet) && !st.is(j-1, wPron|wNum)
	if inf.cls&(wAux|wPrep|wConj|wSub|wStop|wVerb|wPossDet|wAdv) != 0 && (!inf.cap || inf.cls&(wTitle|wRole|wTime|wNum) == 0) && !st.capName(j) && !verbNoun {
		return np{}
	}
	if lw := st.lower(j); inf.cls&wDet != 0 && inf.cls&wNum == 0 && lw != "some" && lw != "others" && lw != "many" && lw != "most" && lw != "several" && lw != "both" && lw != "another" {
		return np{} // a determiner alone
	}
	first := j
	ofInst := false // a person's name before "of the" and an institution
	for k := j - 1; k >= lo && j-k < maxNP; k-- {
		ki := st.info[k]
		w := st.word(k)
		if w == "'s" || w == "’s" || w == "'" || w == "’" {
			// "Donald Trump's campaign manager"; "the campaign's statement"
			if k-1 >= lo && st.isWord(k-1) && (st.info[k-1].cap || st.commonPossessor(k-1, lo)) {
				first = k
				continue
			}
			break
		}
		if !st.isWord(k) {
			if w == "&" || w == "-" && st.attached(k) || st.initialPeriod(k) { // not a spaced dash: "in Palm Beach - Lewandowski continued"
				first = k
				continue
			}
			break
		}
		if ki.cls&(wDet|wPossDet) != 0 && ki.cls&wTitle == 0 {
			first = k
			if k-2 >= lo && st.word(k-1) == "of" && st.quantifier(k-2) && (st.is(j, wPlural) || endsPlural(st.word(j))) && !st.info[j].cap {
				first = k - 2 // "two of the senators", "one of his aides"
				break
			}
			// "a spokesman for the Pentagon": go on past the preposition.
			if k-2 >= lo && st.is(k-1, wPrep) && attachPreps[st.word(k-1)] && st.isWord(k-2) &&
				(st.is(k-2, wRole|wPlural|wOrgHead) || npPrepHeads[st.word(k-2)] || st.word(k-1) == "of" && st.pluralNoun(k-2) || st.textHead(k-2)) &&
				(!st.info[k-2].cap || st.doc.Tokens[k-2].Is(pipeline.SentStart) && st.pluralNoun(k-2)) {
				first = k - 1
				k--
				continue
			}
			// "Dr Maya Ortiz of the University of Leeds said": a person's
			// name before "of the" heads the phrase, not the institution.
			if k-2 >= lo && st.word(k-1) == "of" && st.personNameEnd(k-2) {
				first, ofInst = k-1, true
				k--
				continue
			}
			break
		}
		if ki.cls&wPrep != 0 && !ki.cap && k-1 >= lo && st.is(k-1, wDet|wPossDet) && !st.is(k-1, wPron) {
			first = k // "an inside source", "an outside group": an adjective
			continue
		}
		if w == "of" && !ki.cap && k-1 >= lo && st.personNameEnd(k-1) && st.orgFirst[j] == int32(k+1) {
			// "Pastor Luke Stroud of Grace Fellowship Church said": a
			// person's name before "of" and an organization heads the
			// phrase (with "the", below).
			first, ofInst = k, true
			continue
		}
		if ki.cls&wPrep != 0 && !ki.cap {
			// "a spokesman for the Pentagon": keep the preposition when a
			// noun stands before it.
			if attachPreps[strings.ToLower(w)] && k-1 >= lo && st.isWord(k-1) && !st.is(k-1, wPrep|wConj|wSub|wAux|wVerb|wPron|wStop) &&
				(st.is(k-1, wRole|wPlural|wOrgHead) || npPrepHeads[st.word(k-1)] || st.info[k-1].cap || st.textHead(k-1)) {
				first = k
				continue
			}
			if w == "in" && k == j-1 && k-1 >= lo && st.numberWord(k-1) && st.numberWord(j) {
				first = k // "three in 10 said", "one in five"
				continue
			}
			if w == "of" && k == j-1 && k-2 >= lo && st.word(k-1) == "out" && st.numberWord(k-2) && st.numberWord(j) {
				first = k - 1 // "nine out of 10 say"
				k--
				continue
			}
			break
		}
		if k == j-1 && st.lower(k) == "that" && st.doc.Tokens[k].Is(pipeline.SentStart) && st.is(j, wRole) && !st.is(j, wPlural) && !st.info[j].cap {
			first = k // "That person said": a demonstrative, not a conjunction
			break
		}
		if ki.cls&(wAux|wConj|wSub|wStop|wVerb|wPron|wRel) != 0 && !(ki.cap && ki.cls&(wSub|wConj|wStop|wPron|wAux) == 0) && !st.capName(k) {
			break
		}
		if ki.cue.isVerb() && !ki.cap && ki.cue.form != formParticiple && (ki.cue.form != formBase || st.prevIsAux(k)) {
			break
		}
		if st.isLyAdverb(k) && !st.adverbInPhrase(k, j+1) {
			if first == k+1 && first < j && st.pastLike(first) {
				// "President Obama passionately rebuked critics who say":
				// a past form after an adverb in -ly that no determiner
				// opens is the verb, not the phrase's adjective.
				first++
			}
			break
		}
		if ki.cls&wAdv != 0 && ki.cls&(wDet|wNum|wTime) == 0 && !ki.cap && k-1 >= lo && st.is(k-1, wConj) && st.info[k+1].cap {
			break // "And then Trump went on": an adverb before a name, after a conjunction
		}
		first = k
	}
	for m := first; m < j; m++ {
		// "A Department of Health and Social Care spokesperson": the walk
		// stopped at the organization's "and"; the phrase holds the whole
		// name, and the determiner before it.
		if of := int(st.orgFirst[m]); of >= lo && of < first {
			first = of
			if of-1 >= lo && st.is(of-1, wDet) && !st.is(of-1, wPron|wNum) {
				first = of - 1
			}
			break
		}
	}
	if of := int(st.orgFirst[j]); of >= lo && first >= of-1 {
		// "the Organization for Economic Cooperation and Development",
		// "the Department of Homeland Security": the entity stage's
		// organization name, its "and" and "of" included.
		first = min(first, of)
		if of-1 >= lo && strings.EqualFold(st.word(of-1), "the") {
			first = of - 1
		}
		if strings.EqualFold(st.word(of), "the") && of < j {
			of++ // the name leaves out "The": "The Associated Press"
		}
		return np{first: first, last: j + 1, span: st.span(first, j+1), form: pipeline.Named, nameFirst: of, nameLast: j + 1}
	}
	n := np{first: first, last: j + 1, span: st.span(first, j+1)}
	// The head: the last word before the first attached preposition
	// ("a spokesman for the Pentagon"), unless the phrase ends with a name
	// that no preposition governs ("secretary of state Hillary Clinton").
	head := j
	partitive := first+1 < j && st.word(first+1) == "of" && st.quantifier(first) && !st.info[j].cap // "One of Trump's sons"
	for k := first; k <= j; k++ {
		if k > first && k < j && !st.info[j].cap && st.info[k-1].cap && !st.doc.Tokens[k-1].Is(pipeline.SentStart) && st.info[k+1].cap && st.is(k, wPrep) && !st.info[k].cap {
			continue // a name's "for" before the head: "A Department for Transport spokesperson"
		}
		if st.is(k, wPrep) && !st.info[k].cap && k > first && !(partitive && k == first+1) {
			head = k - 1
			if npPrepHeads[st.word(head)] && head-1 >= first && (!st.info[head-1].cap || st.doc.Tokens[head-1].Is(pipeline.SentStart)) {
				head-- // "sources close to her campaign": the head is "sources"
			}
			break
		}
	}
	personAt := -1 // a person's name that ends the phrase: "Supervisor of Elections Susan Bucher"
	if head != j && st.info[j].cap && !ofInst {
		r := j
		for r-1 > first && st.nameTok(r-1) {
			r--
		}
		b := r - 1
		// A possessor belongs to the preposition's object: "a spokesman for
		// Ukraine's Foreign Ministry" is a spokesman.
		for b > first && st.possessiveAt(b) && st.info[b-1].cap {
			b--
			for b-1 > first && st.nameTok(b-1) {
				b--
			}
			b--
		}
		if b >= first && !st.is(b, wPrep) && !(st.is(b, wDet) && b-1 >= first && st.is(b-1, wPrep)) {
			head = j
		} else if f := st.firstNameIn(r, j); f >= 0 && !st.prepObjectPerson(r, f) && !st.placeMention(st.span(r, j+1)) {
			head, personAt = j, f
		}
	}
	openerNoun := st.doc.Tokens[head].Is(pipeline.SentStart) && (st.is(head, wRole|wPlural) || st.pluralNoun(head)) // "Proponents of the bill"
	n.plural = st.is(head, wPlural) || endsPlural(st.word(head)) && (!st.info[head].cap || openerNoun)
	if partitive {
		n.plural = !strings.EqualFold(st.word(first), "one")
	}
	if st.info[head].cap && !openerNoun && !(head == first && st.quantifier(head)) && !st.roleAcronym(first, head) {
		// A name: the run of capitalised words that ends at the head,
		// titles and a leading "The" left out.
		nf := head
		for nf-1 >= first && st.nameTok(nf-1) && !st.is(nf-1, wTitle) {
			nf--
		}
		for nf < head && (st.is(nf, wDet|wTitle) || isNameParticle(st.word(nf)) ||
			st.doc.Tokens[nf].Is(pipeline.SentStart) && st.is(nf, wAdv|wConj) && !st.is(nf, wTitle|wRole)) { // "Now Bloomberg says"
			nf++
		}
		nf = st.elidedNameStart(nf)
		if personAt > nf {
			nf = personAt
		}
		if p := st.personAfterName(nf, head); p > nf {
			// "the editorial board of the Washington Post Trump said" (no
			// comma): the person is the subject, not the run of both names.
			nf, n.first = p, p
		}
		n.first = min(n.first, nf)
		n.span = st.span(n.first, n.last)
		n.nameFirst, n.nameLast = nf, head+1
		n.form = pipeline.Named
		return n
	}
	n.form = pipeline.Description
	return n
}

// textHead reports a lower-case noun that heads a text or a voice whose
// words a cue reports, before its place: "a welcome message on the website
// reads", "a voice-over in the ad states".
func (st *state) textHead(k int) bool {
	if st.info[k].cap || !st.isWord(k) {
		return false
	}
	w := st.lower(k)
	return textNouns[w] || voiceNouns[w]
}

// voiceNouns are the unnamed voices of ads and broadcasts.
var voiceNouns = map[string]bool{"voice-over": true, "voiceover": true, "narrator": true, "announcer": true}

// commonPossessor reports a lowercase possessor ending at token e, before
// "'s": a noun after a determiner and up to two plain words ("the
// campaign's statement", "The prime minister's spokesman", "the foreign
// minister's official spokeswoman"), or after a name's possessive
// ("Israel's prime minister's office").
func (st *state) commonPossessor(e, lo int) bool {
	for k := e; k >= lo && e-k <= 2; k-- {
		if !st.isWord(k) || st.info[k].cls&(wVerb|wAux|wPrep|wPron|wConj|wSub) != 0 || st.info[k].cue.isVerb() {
			return false
		}
		if k-1 >= lo && st.is(k-1, wDet|wPossDet) && !st.is(k-1, wPron) {
			return true
		}
		if k-2 >= lo && st.possessiveAt(k-1) && st.info[k-2].cap {
			return true // "Israel's prime minister's office"
		}
	}
	return false
}

// personNameEnd reports a token that ends a person's name: the entity
// stage's person, or a capitalised word after a first name ("Maya Ortiz").
func (st *state) personNameEnd(k int) bool {
	if !st.info[k].cap || st.inSeg[k] >= 0 {
		return false
	}
	if e := st.entityAt(st.doc.Tokens[k].Span); e >= 0 && st.doc.Entities[e].Type == pipeline.Person {
		return true
	}
	return k > 0 && st.info[k-1].cap && st.isFirstName(k-1)
}

// personAfterName returns where a person's mention that ends at token head
// starts when, inside the capitalised run from token nf, it follows the
// mention of another entity with no comma between ("the Washington Post
// Trump"), else -1. The entity stage tells the two names apart.
func (st *state) personAfterName(nf, head int) int {
	toks := st.doc.Tokens
	if nf < 0 || head <= nf || head >= len(toks) {
		return -1
	}
	for _, m := range st.doc.Mentions {
		if m.Start >= toks[head].End {
			break
		}
		if m.End != toks[head].End || m.Start <= toks[nf].Start || m.Entity < 0 || m.Entity >= len(st.doc.Entities) ||
			st.doc.Entities[m.Entity].Type != pipeline.Person {
			continue
		}
		p := st.tokenAt(m.Start)
		if p <= nf || toks[p].Start != m.Start {
			return -1
		}
		if e := st.entityAt(toks[p-1].Span); e >= 0 && e != m.Entity && st.doc.Entities[e].Type != pipeline.Person {
			return p
		}
		return -1
	}
	return -1
}

// shareWord reports a word for a share of a group: "half", "majority",
// "percent", "three-fourths".
func (st *state) shareWord(k int) bool {
	switch w := st.lower(k); {
	case w == "half" || w == "majority" || w == "minority" || w == "third" || w == "quarter" || w == "percent" || w == "%":
		return true
	case strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-fourths") || strings.HasSuffix(w, "-fifths") || strings.HasSuffix(w, "-quarters"):
		return true
	}
	return false
}

// quantifier reports a word that takes a share of a group before "of":
// "two", "one", "some", "most".
func (st *state) quantifier(k int) bool {
	if st.is(k, wNum) {
		return true
	}
	st.buf = appendLower(st.buf[:0], st.word(k))
	switch string(st.buf) {
	case "some", "many", "most", "several", "none", "all", "each", "few", "any":
		return true
	}
	return false
}

// numberWord reports a number, in figures or words ("10", "three").
func (st *state) numberWord(k int) bool {
	return st.doc.Tokens[k].Kind == pipeline.Number || st.is(k, wNum) && !st.is(k, wDet)
}

// elidedNameStart extends a name that starts at token i leftwards over an
// apostrophe the tokenizer split off: "O" "’" "Malley" is O’Malley (not
// over a quote's closing mark: “A”Smith).
func (st *state) elidedNameStart(i int) int {
	toks := st.doc.Tokens
	if i >= 2 && (st.word(i-1) == "’" || st.word(i-1) == "'") && st.inSeg[i-1] < 0 && toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End &&
		toks[i-2].End-toks[i-2].Start == 1 && st.info[i-2].cap {
		return i - 2
	}
	return i
}

// timeModifier reports a time word that modifies the noun after it inside
// a phrase: "a Wednesday editorial", "Tuesday's statement".
func (st *state) timeModifier(k, hi int) bool {
	return k > 0 && st.is(k-1, wDet|wPossDet) && k+1 < hi && st.isWord(k+1) && !st.info[k+1].cap &&
		!st.is(k+1, wPrep|wConj|wAux|wVerb|wSub|wTime|wAdv) && !st.info[k+1].cue.isVerb()
}

// timeInName reports a capitalised time word that is part of a name
// ("Kristen Day", "Sandra Day O'Connor"): after a first name, and no day
// of the week or month.
func (st *state) timeInName(k int) bool {
	if !st.info[k].cap || k == 0 || !st.info[k-1].cap || isWeekday(st.word(k)) || monthNames[st.lower(k)] {
		return false
	}
	if of := st.orgFirst[k]; of >= 0 && int(of) < k {
		return true // "USA Today": the entity stage's organization ends with it
	}
	return st.isFirstName(k - 1)
}

var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}

// capName reports a capitalised word inside a sentence that reads as a
// name even though its lower-case form is a function word: "Will" in
// "Will Doyle said", "From" in "From said", "TODAY" in "USA TODAY". Words
// after an opening quotation mark or at a sentence's start are capitalised
// anyway and do not count; nor do pronouns and determiners.
func (st *state) capName(k int) bool {
	if !st.info[k].cap || k == 0 || st.inSeg[k] >= 0 || st.is(k, wPron|wDet|wPossDet) {
		return false
	}
	t := st.doc.Tokens[k]
	if t.Is(pipeline.SentStart) || t.Is(pipeline.ParaStart) || st.isMark(k-1) && st.inSeg[k-1] < 0 || st.isFinal(k-1) || st.isPunct(k-1, ":") {
		return false
	}
	return true
}

// pluralNoun reports a plural common noun: "proponents", "critics".
func (st *state) pluralNoun(k int) bool {
	w := st.word(k)
	if !(len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") &&
		!strings.HasSuffix(w, "’s") && st.info[k].cls&^(wPlural|wRole) == 0 && !st.info[k].cue.isVerb()) {
		return false
	}
	// A capitalised one may be a name ("Hicks"): the entity stage or the
	// article's other capitalised words say.
	return !st.info[k].cap || st.entityAt(st.doc.Tokens[k].Span) < 0 && !st.capsElsewhere[w]
}

// endsPlural reports a noun written as a plural: "officials", "analysts";
// not "actress", "witness", "boss".
func endsPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}

// titlePeriod reports the period of a title abbreviation that the
// tokenizer split from it ("Pres" "." "Obama").
func (st *state) titlePeriod(k int) bool {
	if k == 0 || k+1 >= len(st.doc.Tokens) || !st.isPunct(k, ".") || st.doc.Tokens[k-1].End != st.doc.Tokens[k].Start {
		return false
	}
	return st.is(k-1, wTitle) && st.info[k-1].cap && st.info[k+1].cap
}

// prepObjectPerson reports a person's name at token f that is the object
// of the preposition before token r, only titles between ("the former top
// aide to President George W. Bush", "a spokesman for Bernie Sanders"):
// the name is not the phrase's head, as it is with a noun between
// ("Supervisor of Elections Susan Bucher"). The entity stage tells a
// person from a place or an organization that opens with a first name
// ("Republican of West Virginia", "CEO of Washington Restaurant
// Association").
func (st *state) prepObjectPerson(r, f int) bool {
	if r < 1 || !st.is(r-1, wPrep) || st.info[r-1].cap {
		return false
	}
	for k := r; k < f; k++ {
		if !st.is(k, wTitle) && !st.titlePeriod(k) {
			return false
		}
	}
	toks := st.doc.Tokens
	for _, m := range st.doc.Mentions {
		if m.Start > toks[f].Start {
			break
		}
		if m.Start >= toks[r].Start && m.End > toks[f].Start && m.Entity >= 0 && m.Entity < len(st.doc.Entities) &&
			st.doc.Entities[m.Entity].Type == pipeline.Person {
			return true
		}
	}
	return false
}

// placeMention reports a place of the entity stage named by exactly s:
// "Sheriff Dan Biggs of Arlen County" ends with a place whose first word
// is also a first name, not with a person.
func (st *state) placeMention(s pipeline.Span) bool {
	for _, m := range st.doc.Mentions {
		if m.Start > s.Start {
			break
		}
		if m.Span == s && m.Entity >= 0 && m.Entity < len(st.doc.Entities) {
			return st.doc.Entities[m.Entity].Type == pipeline.Place
		}
	}
	return false
}

// nameTok reports a token that can stand inside a name: a capitalised
// word, a particle ("de", "van"), an initial's period.
func (st *state) nameTok(k int) bool {
	return st.info[k].cap || isNameParticle(st.word(k)) || st.initialPeriod(k) || st.titlePeriod(k)
}

// initialPeriod reports the period of an initial inside a name ("Harry M.
// Reid"), which the tokenizer splits from its letter.
func (st *state) initialPeriod(k int) bool {
	if k == 0 || k+1 >= len(st.doc.Tokens) || !st.isPunct(k, ".") {
		return false
	}
	p := st.doc.Tokens[k-1]
	return p.End-p.Start == 1 && st.info[k-1].cap && st.info[k+1].cap && st.abbrevPeriod(k)
}

func isNameParticle(w string) bool {
	switch w {
	case "de", "da", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du", "di", "St.", "-":
		return true
	}
	return false
}

// adverbInPhrase reports an adverb in -ly between a determiner and the
// participle that modifies the phrase's head: "a newly elected senator",
// "a highly placed source", "the recently retired judge".
func (st *state) adverbInPhrase(k, hi int) bool {
	if k == 0 || k+2 >= hi || st.info[k+1].cap || !isLowerASCII(st.word(k+1)) {
		return false
	}
	switch st.lower(k - 1) {
	case "a", "an", "the", "his", "her", "their", "its", "our":
	default:
		return false // ("and most recently defended the use": a verb)
	}
	w := st.word(k + 1)
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) && st.isWord(k+2)
}

// npAfter finds the noun phrase that starts at token i, going right no
// further than hi (exclusive): "said Mr. McGurk", "according to a spokesman
// for the Pentagon", "— Bernie Sanders".
func (st *state) npAfter(i, hi int) np {
	if i >= hi || !st.isWord(i) {
		return np{}
	}
	inf := st.info[i]
	if inf.cls&wPron != 0 {
		w := st.word(i)
		if w == "him" || w == "them" || w == "me" || w == "us" {
			return np{}
		}
		return np{span: st.span(i, i+1), first: i, last: i + 1, form: pipeline.Pronoun, plural: inf.cls&wPlural != 0}
	}
	if inf.cls&(wAux|wPrep|wConj|wSub|wStop|wVerb|wRel|wAdv) != 0 && (!inf.cap || inf.cls&(wTitle|wRole|wTime|wNum|wDet) == 0) && !st.capName(i) {
		return np{}
	}
	if inf.cue.isVerb() && inf.cue.noun < 0 && !inf.cap && !st.is(i, wRole) {
		return np{} // "to call": a verb
	}
	last := i
	head := -1
	sawPrep := false
	textAuthor := false // a text noun and its author's name: "a report from the Pew Research Center"
	possessed := false  // a name's possessive was just read: the next word heads the phrase
	for k := i; k < hi && k-i < maxNP; k++ {
		ki := st.info[k]
		w := st.word(k)
		if (w == "'s" || w == "’s" || (w == "'" || w == "’") && strings.HasSuffix(st.word(k-1), "s") && st.doc.Tokens[k].Start == st.doc.Tokens[k-1].End) && k > i &&
			(st.info[k-1].cap || k-2 >= i && st.info[k-2].cap && st.doc.Tokens[k-1].Kind == pipeline.Number || // "BBC Radio 4's Today programme"
				k-1 == i+1 && st.is(i, wDet) && !st.is(i, wPron) && !st.is(k-1, wPron|wVerb|wAux|wPrep|wConj|wSub|wDet|wStop|wRel) && !sawPrep) { // "the study's lead author"
			last = k // "CBS News' Charlie Rose"
			// What follows a name's possessive is the phrase's head:
			// "Color of Change's executive director" is a director, not
			// Color (but "a spokesman for Ukraine's Foreign Ministry"
			// stays a spokesman, and "Friends of Mr. Clinton's who …"
			// friends).
			possessed = head >= 0 && st.info[head].cap
			continue
		}
		if !st.isWord(k) {
			if (w == "&" || w == "-" && st.attached(k) || st.initialPeriod(k)) && k > i {
				last = k
				continue
			}
			break
		}
		if k > i && ki.cls&wPrep != 0 && !ki.cap {
			// "a spokesman for the Pentagon", "Robert Gordon of Northwestern";
			// "a court document filed by state attorney Dave Aronberg"
			byAgent := w == "by" && k-1 > i && isLowerASCII(st.word(k-1)) && strings.HasSuffix(st.word(k-1), "ed") && st.is(i, wDet)
			if !sawPrep && (byAgent || attachPreps[strings.ToLower(w)] && (st.is(k-1, wRole|wPlural|wOrgHead) || npPrepHeads[st.word(k-1)] || (w == "of" && st.info[k-1].cap)) ||
				st.textFromName(k)) && k+1 < hi {
				textAuthor = head < 0 && st.textFromName(k)
				sawPrep = true
				if head < 0 {
					head = k - 1
				}
				last = k
				continue
			}
			if sawPrep && w == "of" && st.info[k-1].cap && k+1 < hi && st.info[k+1].cap && !st.is(k+1, wTime) {
				last = k // "data from the U.S. Department of Education": one name
				continue
			}
			break
		}
		if k > i && ki.cls&(wDet|wPossDet) != 0 && !sawPrep {
			break
		}
		if textAuthor && !ki.cap && !(k == head+2 && ki.cls&wDet != 0) {
			break // the author's name ends the phrase ("… Center based on …")
		}
		// A verb's form right after a determiner, in a preposition's
		// object, is a noun: "during the show", "on his work" (not after a
		// verb: "tweeted a warning" is no speaker).
		noun := k > i && (st.is(k-1, wDet|wPossDet) && i > 0 && st.is(i-1, wPrep) && !st.info[i-1].cap || st.word(k-1) == "'s" || st.word(k-1) == "’s") &&
			ki.cls&(wAux|wConj|wSub|wStop|wRel) == 0 // after a possessive too: "the study's lead author"
		if ki.cls&(wAux|wConj|wSub|wStop|wVerb|wRel) != 0 && !ki.cap && !(sawPrep && ki.cls&wDet != 0) && !noun {
			break
		}
		if ki.cue.isVerb() && !ki.cap && !st.is(k, wRole) && (ki.cue.form == formPast || ki.cue.form == formGerund || k == i) && !noun {
			break
		}
		if st.isLyAdverb(k) && !st.adverbInPhrase(k, hi) || (st.is(k, wTime) && k > i && !st.doc.Tokens[k].Is(pipeline.AllCaps) && !st.timeModifier(k, hi) && !st.timeInName(k) &&
			!(ki.cap && (st.word(k-1) == "'s" || st.word(k-1) == "’s"))) { // "the BBC's Today programme": a name
			break
		}
		if st.is(k, wPron) && k > i {
			break
		}
		if possessed {
			head, sawPrep, possessed = -1, false, false
		}
		last = k
	}
	if st.isPunct(last, "-") || st.word(last) == "'s" || st.word(last) == "’s" || st.is(last, wPrep) && !st.info[last].cap {
		last--
	}
	if last < i {
		return np{}
	}
	personAt := -1
	if head < 0 {
		head = last
	} else if head < last && st.info[last].cap && !textAuthor {
		// "Undersecretary for Political Affairs Wendy Sherman": the name
		// at the end.
		r := last
		for r-1 > head && st.nameTok(r-1) {
			r--
		}
		if f := st.firstNameIn(r, last); f >= 0 && !st.prepObjectPerson(r, f) {
			head, personAt = last, f
		}
	}
	// A determiner alone is no phrase, save those that stand for one
	// ("tweeted another", "said one").
	if last == i && st.is(i, wDet|wPossDet) {
		switch st.lower(i) {
		case "another", "one", "some", "others", "both", "many", "most", "several":
		default:
			return np{}
		}
	}
	n := np{first: i, last: last + 1, span: st.span(i, last+1)}
	// A capitalised plural noun alone opening its sentence is a group, not
	// a name: "Millennials have reached a broad consensus".
	opener := head == i && last == i && st.doc.Tokens[i].Is(pipeline.SentStart) && st.pluralNoun(i)
	n.plural = st.is(head, wPlural) || endsPlural(st.word(head)) && (!st.info[head].cap || opener)
	if st.info[head].cap && !st.is(head, wDet) && !opener && !st.roleAcronym(i, head) {
		nf := head
		for nf-1 >= i && st.nameTok(nf-1) && !st.is(nf-1, wTitle) {
			nf--
		}
		for nf < head && (st.is(nf, wDet|wTitle) || isNameParticle(st.word(nf))) {
			nf++
		}
		if personAt > nf {
			nf = personAt
		}
		n.nameFirst, n.nameLast = nf, head+1
		// The entity stage's organization that starts with the name runs
		// past the head: "the [Bureau of Labor Statistics]".
		for j := last; j > head; j-- {
			if int(st.orgFirst[j]) == nf {
				n.nameLast = j + 1
				break
			}
		}
		n.form = pipeline.Named
		return n
	}
	n.form = pipeline.Description
	return n
}

// roleAcronym reports an office written as capitals after a determiner,
// no name: "the CEO", "The CFO", "the MP". So is a capitalised title that
// ends the phrase after capitalised modifiers, none a first name: "the
// Executive Mayor", "the Prime Minister", "the Limerick TD" (a title, not
// a name; a single "the Minister" is a description already).
func (st *state) roleAcronym(i, head int) bool {
	if head <= i || !st.is(i, wDet) {
		return false
	}
	if st.is(head, wRole) && st.doc.Tokens[head].Is(pipeline.AllCaps) {
		return true
	}
	if head-i < 2 || !st.info[head].cap || !st.is(head, wTitle) || !strings.EqualFold(st.word(i), "the") {
		return false
	}
	if head+1 < len(st.doc.Tokens) && (st.info[head+1].cap && st.isWord(head+1) || st.word(head+1) == "of" || st.word(head+1) == "for") {
		return false // a name or an office after the title
	}
	for k := i + 1; k < head; k++ {
		if !st.info[k].cap || !st.isWord(k) || st.isFirstName(k) {
			return false
		}
	}
	return true
}

// firstNameIn returns the first token of [a, b] that is a first name with a
// capitalised word after it inside the range, or -1.
func (st *state) firstNameIn(a, b int) int {
	for k := a; k < b; k++ {
		if st.info[k].cap && st.info[k].cls == 0 && st.isFirstName(k) {
			return k
		}
	}
	return -1
}

// sourceNouns head phrases for a text or a count that speaks for its
// author: "a report from the SITE Intelligence Group", "data from the
// Department of Education", "an analysis by the Pew Research Center".
var sourceNouns = map[string]bool{"report": true, "reports": true, "study": true, "survey": true, "poll": true, "editorial": true,
	"analysis": true, "memo": true, "review": true, "statement": true, "letter": true, "data": true, "document": true,
	"documents": true, "audit": true, "filing": true, "filings": true, "figures": true, "estimate": true, "estimates": true,
	"records": true, "transcript": true}

// textFromName reports a preposition at token k that joins a text noun to
// the organization that wrote it: "from" or "by" after the noun, a
// capitalised name after ("a report from the SITE Intelligence Group").
// Not "in": "reads a Wednesday editorial in The Register" keeps to the
// editorial (TestNewsPatterns).
func (st *state) textFromName(k int) bool {
	switch st.word(k) {
	case "from", "by":
	default:
		return false
	}
	st.buf = appendLower(st.buf[:0], st.word(k-1))
	if !sourceNouns[string(st.buf)] {
		return false
	}
	n := k + 1
	if n < len(st.doc.Tokens) && st.is(n, wDet) && strings.EqualFold(st.word(n), "the") {
		n++
	}
	return n < len(st.doc.Tokens) && st.isWord(n) && st.info[n].cap && !st.is(n, wTime|wNum)
}

// attached reports a token with no space on either side ("Jean-Luc").
func (st *state) attached(k int) bool {
	toks := st.doc.Tokens
	return k > 0 && k+1 < len(toks) && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// coordinatedVerbSubject is the subject of a verb that a conjunction at
// token b joins to the verb before it, in the sentence from token lo: the
// sentence's subject ("House Democrats seized the floor and said …"), or
// the subject of a subordinate clause the two verbs share when one opens
// mid-sentence and runs on to the conjunction with no comma of its own
// ("Some in the crowd booed, and when Rubio thanked Miami and said …",
// "Jindal signed an order, while Mike Huckabee, the former Arkansas
// governor, proposed a ban and said …").
func (st *state) coordinatedVerbSubject(lo, b int) np {
	for k := b - 1; k > lo && b-k <= 25; k-- {
		if st.word(k) == ")" {
			// "when Trump … called them “rapists” (although he allowed
			// that …) and promised": a parenthesis's clause is not the one
			// the verbs share.
			for k > lo && st.word(k) != "(" {
				k--
			}
			continue
		}
		if st.inSeg[k] >= 0 || !st.is(k, wSub) || st.is(k, wThat) {
			continue
		}
		switch st.word(k) {
		case "when", "while", "whereas", "because", "although", "though", "once", "until":
		default:
			continue
		}
		m := st.sentenceSubject(k+1, b)
		if !m.ok() || m.rel || m.first != k+1 {
			break
		}
		// no comma outside quotes between the clause's last verb and b
		comma := false
		for j := b - 1; j >= m.last; j-- {
			if st.word(j) == ")" {
				for j > m.last && st.word(j) != "(" {
					j--
				}
				continue
			}
			if st.inSeg[j] >= 0 {
				continue
			}
			if st.isPunct(j, ",") {
				comma = true
				break
			}
			if w := st.word(j); st.info[j].cue.isVerb() && st.info[j].cue.form != formGerund || st.is(j, wVerb|wAux) && !st.is(j, wPron) ||
				len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w) {
				break
			}
		}
		if !comma {
			return m
		}
		break
	}
	// "a group of rabbis called for a boycott, and the Anti-Defamation
	// League denounced his rhetoric and said …": the last clause's subject.
	for c := b - 2; c > lo; c-- {
		if st.inSeg[c] >= 0 || !st.isPunct(c, ",") || !st.is(c+1, wConj) {
			continue
		}
		if w := st.lower(c + 1); w == "and" || w == "but" {
			// (a description before the name in apposition: "the civil
			// rights organization the Anti-Defamation League")
			if m := st.sentenceSubject(c+2, b); m.ok() && !m.rel && (m.first == c+2 || m.form == pipeline.Named && st.descriptionBefore(c+2, m.first)) {
				return m
			}
		}
		break
	}
	n := st.sentenceSubject(lo, b)
	if n.ok() && !n.rel && st.possessiveS(n.last) {
		// "(Grayson's spokeswoman challenged … and said": the possessive's
		// "'s" read as the verb "is"; the phrase it opens.
		for v := n.last + 2; v < b && v-n.last <= 8 && st.inSeg[v] < 0 && !st.isPunct(v, ","); v++ {
			w := st.word(v)
			if st.info[v].cue.isVerb() && st.info[v].cue.form != formGerund && st.verbHere(v) || st.is(v, wVerb|wAux) && !st.is(v, wPron) ||
				v > n.last+1 && len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerASCII(w) {
				if m := st.subjectBefore(v, lo); m.ok() && !m.rel && m.first == n.first && m.last > n.last+1 {
					return m
				}
				break
			}
		}
	}
	return n
}

// descriptionBefore reports a description in apposition before a name in
// tokens [a, b): a determiner, then lower-case words with no verb, clause
// word or comma ("the prominent civil rights organization" before "the
// Anti-Defamation League").
func (st *state) descriptionBefore(a, b int) bool {
	if b-a < 2 || b-a > 8 || !st.is(a, wDet) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !st.isWord(k) || st.info[k].cap && !st.is(k, wGroupAdj) || st.inSeg[k] >= 0 || st.is(k, wSub|wRel|wVerb|wAux|wPrep|wConj) || st.info[k].cue.isVerb() {
			return false
		}
	}
	return true
}

// possessiveS reports an "'s" at token v that makes the name or noun before
// it a possessor, not the verb "is" or "has": "Grayson's spokeswoman",
// "Trump's scheduled appearance" (not "Trump's scheduled to speak",
// "Trump's been", "he's said").
func (st *state) possessiveS(v int) bool {
	if w := st.word(v); w != "'s" && w != "’s" || v == 0 || v+1 >= len(st.doc.Tokens) || st.is(v-1, wPron) || !st.isWord(v+1) {
		return false
	}
	for _, w := range [...]string{"that", "there", "here", "what", "who", "where", "how", "everyone", "nobody", "everybody", "nothing", "something"} {
		if strings.EqualFold(st.word(v-1), w) { // (no st.lower: it allocates for a capitalised word)
			return false
		}
	}
	n := v + 1
	if st.info[n].cap {
		return true // "Trump's Republican rivals"
	}
	w := st.word(n)
	if st.is(n, wAux|wVerb|wDet|wAdv|wPrep|wConj|wPron|wSub) || st.info[n].cue.isVerb() || w == "not" || w == "n't" || strings.HasSuffix(w, "ing") || st.isLyAdverb(n) {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		// "scheduled appearance" (a noun after it), not "scheduled to speak"
		return n+1 < len(st.doc.Tokens) && st.isWord(n+1) && !st.info[n+1].cap && !st.is(n+1, wAux|wVerb|wDet|wAdv|wPrep|wConj|wPron|wSub) && st.word(n+1) != "to"
	}
	return true
}
