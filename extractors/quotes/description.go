package quotes

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Who a description names: "the Florida senator", "the actress", "the
// newspaper", "the board", "a spokeswoman for Hillary Clinton".
//
// A definite description of a person ranks the people named before it, as
// a pronoun does (pronoun.go), with what the description's own words add: a
// person introduced with its role ("Sen. Marco Rubio", "Rubio, the Florida
// senator,") and its capitalised modifiers near a mention ("the Florida
// senator" and "Sen. Marco Rubio (R-Fla.)"). Roles that name the people a
// story is about ("the senator", "the nominee", "the actress") may also
// stand for the person the sentences just before are about; generic ones
// ("the official", "the spokesman", "the woman") only for someone
// introduced with them, else the words stay: an unnamed source keeps its
// description. A definite description of an organization ("the newspaper",
// "the board", "the fund") names the organization mentioned last whose
// name holds its head word, or, for a newspaper, the last news
// organization. An indefinite one with a complement ("a spokeswoman for
// Hillary Clinton") names the one person the article introduces with that
// role and complement ("Clinton spokeswoman Jennifer Palmieri"), if there
// is exactly one.
const (
	dIntro      = 70  // introduced with the description's role
	dIntroOnly  = 250 // … and the only one the story introduced so
	dModsNear   = 30  // the description's capitalised modifiers stand near a mention
	dModsAbsent = 20  // … and near none of its mentions
	dPrev       = 60  // spoke the quote before
	dFloor      = -20 // the least score that names someone without an introduction…
	dMargin     = 45  // … and how far ahead of the next it must be
)

// identityRoles head descriptions of the people a story is about, which a
// story uses for someone it has just named ("Reid would not say. The
// minority leader said flatly …").
var identityRoles = map[string]bool{"nominee": true, "candidate": true, "frontrunner": true, "front-runner": true,
	"senator": true, "governor": true, "president": true, "businessman": true, "businesswoman": true, "billionaire": true,
	"mogul": true, "hopeful": true, "congressman": true, "congresswoman": true, "mayor": true, "secretary": true,
	"speaker": true, "leader": true, "chairman": true, "chairwoman": true, "developer": true, "star": true, "host": true,
	"actor": true, "actress": true, "singer": true, "comedian": true, "legend": true, "republican": true, "democrat": true,
	"lawmaker": true, "judge": true, "justice": true, "governor-elect": true, "president-elect": true, "rival": true,
	"challenger": true, "incumbent": true, "minister": true, "chancellor": true, "pope": true, "ambassador": true,
	"journalist": true, "columnist": true, "author": true, "director": true, "founder": true, "ceo": true, "anchor": true,
	// epithets news gives the person a story is about ("the retired neurosurgeon", "the gambling tycoon")
	"tycoon": true, "magnate": true, "neurosurgeon": true, "surgeon": true, "investor": true, "entrepreneur": true,
	"financier": true, "philanthropist": true, "admiral": true,
	// sports reports name players and coaches by their position
	"coach": true, "manager": true, "striker": true, "forward": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"keeper": true, "captain": true, "quarterback": true, "pitcher": true, "winger": true, "skipper": true}

// newsNouns head descriptions of news organizations.
var newsNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "tabloid": true, "magazine": true,
	"network": true, "outlet": true, "broadcaster": true, "publication": true, "station": true}

// newsNames end the names of news organizations.
var newsNames = map[string]bool{"Times": true, "Post": true, "News": true, "Journal": true, "Tribune": true, "Herald": true,
	"Gazette": true, "Telegraph": true, "Guardian": true, "Examiner": true, "Review": true, "Magazine": true, "Register": true,
	"Globe": true, "Chronicle": true, "Sentinel": true, "Inquirer": true, "Dispatch": true, "Courier": true, "Enquirer": true, "Star": true, "Sun": true, "Observer": true, "Reuters": true, "AP": true, "CNN": true,
	"NBC": true, "CBS": true, "ABC": true, "MSNBC": true, "Politico": true, "POLITICO": true, "Press": true, "Caller": true,
	"Breitbart": true, "Atlantic": true, "Hill": true, "Bloomberg": true, "NPR": true, "BBC": true}

// companyNouns head descriptions of businesses: "the company" names a
// company whose name ends with a corporate suffix.
var companyNouns = map[string]bool{"company": true, "firm": true, "business": true, "corporation": true, "group": true}

// corporateSuffixes end company names (written with or without a period).
var corporateSuffixes = map[string]bool{"Inc": true, "Corp": true, "Co": true, "Ltd": true, "plc": true, "PLC": true, "LLC": true,
	"AG": true, "SA": true, "NV": true, "GmbH": true, "Holdings": true, "Group": true}

// genericRoles head descriptions of unnamed sources: they name someone only
// when the article introduced that person with the role.
func genericRole(w string) bool { return !identityRoles[w] }

// resolveDefinite names a definite description ("the senator", "the
// board") and reports whether it did.
func (st *state) resolveDefinite(c *candidate, n *np) bool {
	if p := st.personOfAge(n); p >= 0 {
		c.name, c.entity = st.personName(p), st.people[p].entity
		return true
	}
	head := st.headOf(n)
	if head <= n.first {
		return false
	}
	if name := st.statementOfLastSpeaker(n, head); name != "" {
		c.name, c.entity = name, -1
		return true
	}
	if owner := st.textOwner(n, head); owner != "" {
		// "his campaign sent out a fundraising email …. “…,” read the
		// email": the text, named with whoever put it out.
		c.name = owner + "'s " + st.doc.Text[st.doc.Tokens[head].Start:st.doc.Tokens[head].End]
		c.entity = -1
		return true
	}
	if p := st.namedCampaign(n, head); p >= 0 {
		// "The Cruz campaign sent a fundraising email": the campaign of
		// the person the story names, as "Cruz's campaign" is named.
		c.name, c.entity = st.personName(p)+"'s campaign", -1
		return true
	}
	st.buf = appendLower(st.buf[:0], st.word(head))
	if n.plural || st.is(head, wPlural) || pairHeads[string(st.buf)] {
		return st.resolvePair(c, n, head)
	}
	st.buf = appendLower(st.buf[:0], st.word(head))
	hw := string(st.buf)
	if hw == "board" && head > n.first && strings.EqualFold(st.word(head-1), "editorial") {
		hw = "newspaper" // "the editorial board": the news organization it writes for
	}
	if st.is(head, wOrgHead) || newsNouns[hw] {
		return st.resolveOrgDescription(c, n, head, hw)
	}
	if p := st.titleHolder(n, hw); p >= 0 {
		// "The judge rubbed his chin …" where the story calls one person
		// "Judge Berman", before or after: that person, whoever else
		// the sentences around name ("Brafman").
		c.name = st.personName(p)
		c.entity = st.people[p].entity
		return true
	}
	if p := st.epithetHolder(n); p >= 0 {
		// "Jenny Marsh, who runs the campaign, said …. The
		// mother-of-three, who …, said": the paragraph's subject.
		c.name = st.personName(p)
		c.entity = st.people[p].entity
		return true
	}
	if !st.personHead(n) && !st.is(head, wGroupAdj) {
		// "the nurse" after "Carla Diaz, a pediatric nurse from Tampa,":
		// the article's own introductions say which nouns name people.
		p := st.introducedByNoun(n, head)
		if p < 0 {
			p = st.agentOfPrevSubject(n, head)
		}
		if p < 0 {
			p = st.epithetOfPrev(n, head)
		}
		return st.settleDefinite(c, n, head, p)
	}
	if st.introducedUnnamed(n, hw) {
		// "… were greeted by an organizer at a field office. ⏎ “…,” the
		// organizer told them": the one the story brought in without a
		// name, not whoever was named near (named by that indefinite
		// phrase when it stands in the paragraph: sameIndefinite).
		return st.sameIndefinite(c, n, head)
	}
	p := st.rankForDescription(n, head, hw, n.first)
	if p < 0 && politicalRoles[hw] {
		// "The billionaire businessman", "the Democratic front-runner":
		// the article's most mentioned person so far whose mentions stand
		// near the description's other words, if one stands out.
		var modBuf [4]int
		p = st.salientPerson(n, st.descMods(n, head, modBuf[:0]))
	}
	if p < 0 && genericRole(hw) && hw != "" {
		p = st.introducedNext(n, hw)
	}
	if p < 0 && yearsOld(hw) != "" {
		// "Serafinowicz … posted the clip. “…?” the 43-year-old asked":
		// an age stands for the person the story was just about, up to
		// four paragraphs back ("Melania Trump brought some pizzazz …"
		// before a scandal, a subhead and "the Slovenia-born former model").
		p = st.recentSubject(n.first, 4)
	}
	return st.settleDefinite(c, n, head, p)
}

// settleDefinite ends resolveDefinite: person p when the rules found one,
// else the subject of a sentence that set the quote up, else the
// possessor's person of a spokesperson or the indefinite description that
// brought an unnamed source in; it reports whether n was named.
func (st *state) settleDefinite(c *candidate, n *np, head, p int) bool {
	if p < 0 {
		p = st.setupSubject(c, n, head)
	}
	if p < 0 {
		return st.possessedSpokesperson(c, n, head) || st.sameIndefinite(c, n, head)
	}
	c.name = st.personName(p)
	c.entity = st.people[p].entity
	return true
}

// namedCampaign returns the person whose name stands between "the" and
// "campaign" in n ("the Clinton campaign", "The Jeb Bush campaign"), or -1:
// a person the story names, not an organization ("the DNC campaign").
func (st *state) namedCampaign(n *np, head int) int {
	if head != n.last-1 || head-n.first < 2 || head-n.first > 4 || st.lower(head) != "campaign" || !strings.EqualFold(st.word(n.first), "the") {
		return -1
	}
	for k := n.first + 1; k < head; k++ {
		if !st.info[k].cap || !st.isWord(k) {
			return -1
		}
	}
	m := np{first: n.first + 1, last: head, nameFirst: n.first + 1, nameLast: head, form: pipeline.Named}
	p := st.personOf(&m)
	if p < 0 || st.people[p].org {
		return -1
	}
	for _, i := range st.pmOrder[st.pmStart[p]:st.pmStart[p+1]] {
		if pm := st.pmention[i]; !pm.pronoun && (pm.tok < n.first || pm.tok >= n.last) {
			return p // named elsewhere too, not only in "the Cruz campaign"
		}
	}
	return -1
}

// introducedUnnamed reports that the head word hw of a definite
// description n ("the organizer") last stood in an indefinite phrase ("an
// organizer", "a young organizer") in n's paragraph or the one before,
// with no name after it ("an organizer, Tim Selaty,") and no person named
// since.
func (st *state) introducedUnnamed(n *np, hw string) bool {
	para := st.paraOf(n.first)
	for k := n.first - 1; k > 0 && para-st.paraOf(k) <= 1; k-- {
		if st.info[k].cap || st.lower(k) != hw {
			continue
		}
		for d := k - 1; d > 0 && k-d <= 3; d-- {
			if dw := st.lower(d); dw == "a" || dw == "an" {
				j := k + 1
				if st.isPunct(j, ",") {
					j++
				}
				if j < len(st.doc.Tokens) && st.info[j].cap {
					return false
				}
				for _, m := range st.pmention {
					if m.tok > k && m.tok < n.first && !m.pronoun && !st.people[m.person].org {
						return false // "A new campaign manager … asked Bennett …, the campaign manager said"
					}
				}
				return true
			}
			if !st.isWord(d) || st.info[d].cap || st.is(d, wDet|wPossDet|wVerb|wAux|wPrep|wConj|wPron) {
				break
			}
		}
		return false
	}
	return false
}

// textOwner names who put out the text a bare definite description
// stands for ("the email", "the ads"; a noun of textNouns or of the
// authoredNouns textAuthor reads: "the story"): the subject of the clause that
// brought it in, with "a" or "an", within three paragraphs before ("On
// Saturday, his campaign sent out a fundraising email"; "The group is
// also running full-page ads"), else the author "by" or "from" names after
// that mention ("an email was sent from …, Jeremy Boreing"), or "". Each
// definite mention of the same text on the way ("The ad runs …") moves the
// three paragraphs back to start from it.
func (st *state) textOwner(n *np, head int) string {
	w := st.lower(head)
	sing := strings.TrimSuffix(w, "s")
	if !textNouns[w] && !textNouns[sing] && !authoredNouns[w] && !authoredNouns[sing] || head-n.first > 2 || head != n.last-1 {
		return ""
	}
	para := st.paraOf(n.first)
	for k := n.first - 1; k > 0 && para-st.paraOf(k) <= 3; k-- {
		if st.info[k].cap {
			continue
		}
		kw := st.lower(k)
		if kw != w && kw != sing && !pluralOf(kw, sing) && textSynonyms[kw] != sing {
			continue
		}
		if st.inSeg[k] >= 0 {
			// "“… a lawsuit has been filed by Bradley Podliska …,”
			// Gowdy's spokesman said": the author a quote names by
			// name after "by" ("by the Brookings Institution": the
			// phrase starts at its determiner), and nothing else a
			// quote says.
			if a := st.authorAfter(k); a.form == pipeline.Named && st.lower(a.first-1) == "by" {
				if owner := st.ownerName(a); owner != "" {
					return owner
				}
			}
			continue
		}
		// The phrase it heads: an indefinite one the clause's verb takes
		// ("sent out a fundraising email", "is running full-page ads").
		v, other := -1, false
		for d := k - 1; d > 0 && k-d <= 5; d-- {
			dw := st.lower(d)
			if dw == "a" || dw == "an" {
				v = d - 1
				break
			}
			if st.is(d, wPossDet) {
				// "the editors of The Advocate, who aimed their Friday
				// editorial at Clinton": the owner of the text.
				if owner := st.possessorOwner(d); owner != "" {
					return owner
				}
			}
			if st.is(d, wDet|wPossDet) {
				other = true // "the ad", "its report": another mention
				break
			}
			if pluralOf(kw, sing) && st.verbLikeWord(d) {
				v = d
				break
			}
			if st.isMark(d) {
				continue // "The “No Comparison” ad"
			}
			if !st.isWord(d) && dw != "-" || st.is(d, wVerb|wAux|wPrep|wConj|wPron) {
				break
			}
		}
		if other {
			// "The ad comes a day before …. The nearly 90-second ad
			// slams …": the same text again, so the window that finds
			// the mention that brought it in runs from here.
			para = st.paraOf(k)
			continue
		}
		if v >= 0 && st.lower(v) == "in" {
			// "“…,” Fox News said in a statement. …. “…,” the statement
			// said": the one who spoke in it.
			return st.spokeIn(v)
		}
		owner := ""
		if v >= 0 {
			owner = st.producerOwner(v)
		}
		if owner == "" {
			// "an email was sent from the club's executive director,
			// Jeremy Boreing": the author the phrase itself names.
			owner = st.ownerName(st.authorAfter(k))
		}
		return owner
	}
	return ""
}

// possessorOwner names the owner of a text whose possessive determiner is
// token d, when a verb takes the text right after its subject ("The group
// released its report", "who aimed their Friday editorial": the relative's
// antecedent), or "": the possessive stands for the clause's subject.
func (st *state) possessorOwner(d int) string {
	v := d - 1
	if v < 1 || !st.verbLikeWord(v) || st.is(v, wAux) {
		return ""
	}
	si := st.tokSent[v]
	subj := st.subjectBefore(v, st.doc.Sentences[si].First)
	if subj.ok() && subj.form == pipeline.Pronoun && subj.rel && subj.antecedent != nil {
		subj = *subj.antecedent
	}
	if !subj.ok() || subj.form == pipeline.Pronoun {
		return ""
	}
	plural := subj.plural || st.is(subj.last-1, wPlural)
	switch st.lower(d) {
	case "their":
		if !plural && subj.form == pipeline.Named {
			return "" // a person's "their" is someone else's
		}
	case "its":
		if plural {
			return ""
		}
	default: // "his", "her": a person's
		if plural || subj.form != pipeline.Named {
			return ""
		}
	}
	return st.ownerName(subj)
}

// textSynonyms name one text by another noun of textNouns: "a lawsuit …
// the suit".
var textSynonyms = map[string]string{"lawsuit": "suit", "lawsuits": "suit"}

// textInNews returns the end of the news organization's name that "in"
// gives right after an indefinite text n ("a report in the Des Moines
// Register", "a Wednesday editorial in The Register": a name that ends with
// a word of newsNames), or -1.
func (st *state) textInNews(n *np, head int) int {
	w := st.lower(head)
	if head != n.last-1 || head <= n.first || !textNouns[w] && !authoredNouns[w] || st.lower(n.last) != "in" {
		return -1
	}
	hi := st.doc.Sentences[st.tokSent[head]].Last
	a := n.last + 1
	if a < hi && strings.EqualFold(st.word(a), "the") {
		a++
	}
	e := a
	for e < hi && st.info[e].cap && st.isWord(e) && e-a < 5 {
		e++
	}
	if e == a || !newsNames[st.word(e-1)] || e < hi && st.possessiveAt(e) {
		return -1
	}
	return e
}

// producerOwner names the subject of the verb at token v when the verb puts
// texts out ("his campaign sent out a fundraising email"), or "".
func (st *state) producerOwner(v int) string {
	for v > 0 && (st.is(v, wAdv) || st.isLyAdverb(v) || particles[st.word(v)]) {
		v-- // "sent out a fundraising email"
	}
	if !st.verbLikeWord(v) || !producers[st.lower(v)] {
		return "" // "received a threatening letter": not its author
	}
	// The verb's subject: the start of its verb group.
	for v-1 > 0 && (st.is(v-1, wAux|wAdv) || st.isLyAdverb(v-1)) && !st.is(v-1, wPron) {
		v--
	}
	si := st.tokSent[v]
	return st.ownerName(st.subjectBefore(v, st.doc.Sentences[si].First))
}

// ownerName names the author subj of a text: a name, or a possessive phrase
// ("his campaign", "Clinton's campaign") or a description holding a name
// ("The Jeb Bush campaign") that the rules name; not a description whose
// organization the story may leave unsaid ("The group"), nor a place ("a
// report from Iowa"). "" when none.
func (st *state) ownerName(subj np) string {
	nameIn := -1
	for k := subj.first + 1; subj.form == pipeline.Description && k < subj.last; k++ {
		if st.info[k].cap && st.isWord(k) {
			nameIn = k
			break
		}
	}
	if !subj.ok() || subj.form != pipeline.Named && !(subj.form == pipeline.Description && (st.is(subj.first, wPossDet) || nameIn >= 0 || st.possessiveAt(subj.first+1))) ||
		subj.form == pipeline.Named && subj.nameLast-subj.nameFirst == 1 && st.is(subj.nameFirst, wDet|wNum) {
		return "" // "One provided a document"
	}
	if subj.form == pipeline.Named && st.placeMention(st.span(subj.nameFirst, subj.nameLast)) {
		return ""
	}
	tmp := candidate{entity: -1, speaker: speakerRef{np: subj}}
	switch subj.form {
	case pipeline.Named:
		st.nameNamed(&tmp, &subj)
	default:
		st.nameDescription(&tmp, &subj)
		if nameIn >= 0 && !strings.Contains(tmp.name, st.word(nameIn)) {
			tmp.name = st.doc.Text[subj.span.Start:subj.span.End] // "The Jeb Bush campaign", as written
		} else if tmp.name == st.doc.Text[subj.span.Start:subj.span.End] && nameIn < 0 {
			return "" // "his campaign" whose "his" no one explains
		}
	}
	return tmp.name
}

// nameJoiners join the capitalised words of one name: "National Academies
// of Sciences, Engineering and Medicine".
var nameJoiners = map[string]bool{"of": true, "and": true, "for": true, "&": true}

// authorAfter returns the author that "by" or "from" names right after the
// text noun at token k, past a participle, its auxiliary and time words ("A
// report released in September by the National Academies …", "an email was
// sent from the club's executive director, Jeremy Boreing", "a report from
// the State Department's inspector general"): the name in apposition
// after a description, else the phrase; np{} when there is none.
func (st *state) authorAfter(k int) np {
	hi := st.doc.Sentences[st.tokSent[k]].Last
	j := k + 1
	for ; j < hi && j-k <= 5; j++ {
		w := st.lower(j)
		if w == "by" || w == "from" {
			break
		}
		if st.inSeg[j] != st.inSeg[k] || !st.isWord(j) || !(st.is(j, wAux|wTime) || w == "in" || w == "on" || w == "this" || w == "last" ||
			producers[w] || st.verbLikeWord(j) && strings.HasSuffix(w, "ed")) {
			return np{}
		}
	}
	if j >= hi || j-k > 5 || st.inSeg[j] != st.inSeg[k] {
		return np{}
	}
	e := j + 1
	if e < hi && st.is(e, wDet) {
		e++
	}
	if e < hi && st.info[e].cap {
		// "by the Brookings Institution found …", "by the National
		// Academies of Sciences, Engineering and Medicine noted", "from
		// Donald J. Trump": the name ends with its capitalised words.
		for e < hi && (st.info[e].cap || e+1 < hi && st.info[e+1].cap && (st.isPunct(e, ",") || nameJoiners[st.lower(e)] || st.initialPeriod(e) || st.titlePeriod(e))) {
			e++
		}
	}
	if e < hi && e > j+1 && st.info[e-1].cap && st.word(e) != "'s" && st.word(e) != "’s" {
		hi = e
	} else {
		for ; e < hi; e++ {
			if st.verbLikeWord(e) {
				hi = e // "from the club's director wrote …": the phrase ends at its verb
				break
			}
		}
	}
	a := st.npAfter(j+1, hi)
	if a.form == pipeline.Description && a.last+1 < hi && st.isPunct(a.last, ",") {
		if b := st.npAfter(a.last+1, hi); b.form == pipeline.Named {
			return b // "the club's executive director, Jeremy Boreing"
		}
	}
	return a
}

// statementOfLastSpeaker names "the statement" (or "the release", a
// press release) the story never brought in with "a statement" by the
// named speaker of the quote before, in its paragraph or the one before
// ("Fox News confirmed that Kelly met with Trump. ⏎ According to the
// statement, …"; "the Republican Party of Wyoming announced she wasn't
// coming. ⏎ “…,” the release said"), or "".
func (st *state) statementOfLastSpeaker(n *np, head int) string {
	ps := st.prevSpk
	hw := st.lower(head)
	if ps == nil || ps.name == "" || head != n.first+1 || n.last != head+1 || !strings.EqualFold(st.word(n.first), "the") || !announcedTexts[hw] ||
		ps.speaker.first < 0 || ps.speaker.first > n.first || st.paraOf(n.first)-st.paraOf(ps.speaker.first) > 1 {
		return ""
	}
	m := &ps.speaker.np
	if m.form == pipeline.Description && m.last-m.first == 2 && strings.EqualFold(st.word(m.first), "the") && st.lower(m.first+1) == hw {
		if strings.HasSuffix(ps.name, "'s "+hw) {
			return ps.name // "According to the statement, …. “…,” the statement read": the same one
		}
		return ""
	}
	if m.form != pipeline.Named && (m.form != pipeline.Description || ps.name == st.doc.Text[m.span.Start:m.span.End]) {
		return "" // a name, or a description the rules named ("The company confirmed …")
	}
	para := st.paraOf(n.first)
	for k := n.first - 1; k >= 0 && para-st.paraOf(k) <= 3; k-- {
		if w := st.lower(k); w == hw || pluralOf(w, hw) {
			return "" // brought in before: textOwner's, or someone else's
		}
	}
	return ps.name + "'s " + hw
}

// announcedTexts are the texts a speaker puts out to announce what the
// quote before reports: "the statement", "the release".
var announcedTexts = map[string]bool{"statement": true, "release": true}

// spokeIn returns the name of the speaker of the quote whose cue stands
// just before "in" at token in ("Fox News said in a statement", "said
// Thursday in a statement"), or "".
func (st *state) spokeIn(in int) string {
	for i := range st.cands {
		c := &st.cands[i]
		if !c.dropped && c.cueTok >= 0 && c.cueTok < in && in-c.cueTok <= 3 && c.name != "" && c.speaker.np.ok() && c.speaker.np.form != pipeline.Pronoun {
			return c.name
		}
	}
	return ""
}

// producers are the verbs whose subject puts out the text they take
// ("issued a statement", "is running full-page ads"), not one who got it.
var producers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("send sends sent sending release releases released releasing issue issues issued issuing " +
		"provide provides provided providing write writes wrote written writing post posts posted posting " +
		"run runs ran running air airs aired airing file files filed filing publish publishes published publishing " +
		"approve approves approved approving sign signs signed signing adopt adopts adopted adopting launch launches " +
		"launched launching put puts putting unveil unveils unveiled unveiling circulate circulates circulated circulating " +
		"distribute distributes distributed distributing pen pens penned submit submits submitted submitting") {
		m[w] = true
	}
	return m
}()

// particles complete a phrasal verb ("sent out", "put up").
var particles = map[string]bool{"out": true, "up": true, "off": true, "back": true}

// verbLikeWord reports a lower-case verb: one the lexicon or the cue table
// knows, or an "-ing" or "-ed" form ("running", "released").
func (st *state) verbLikeWord(k int) bool {
	w := st.word(k)
	if !isLowerASCII(w) || !st.isWord(k) {
		return false
	}
	return st.is(k, wVerb|wAux) || st.info[k].cue.isVerb() || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// pairHeads head plural descriptions of two people ("the two", "the two
// lawmakers", "the committee chairmen").
var pairHeads = map[string]bool{"two": true, "pair": true, "duo": true, "lawmakers": true, "senators": true, "chairmen": true,
	"candidates": true, "men": true, "women": true, "authors": true, "leaders": true, "officials": true,
	"heavyweights": true, "founders": true, "co-founders": true, "couple": true, "scholars": true, "researchers": true, "economists": true}

// resolvePair names a plural description of two people by the last two
// people named together as a sentence's subject within three paragraphs
// ("Goodlatte and Benghazi Committee Chairman Trey Gowdy (R-S.C) sent a
// letter …. The two lawmakers argue"), when the description says two or
// its head is a word for such people.
func (st *state) resolvePair(c *candidate, n *np, head int) bool {
	st.buf = appendLower(st.buf[:0], st.word(head))
	if !pairHeads[string(st.buf)] || !strings.EqualFold(st.word(n.first), "the") {
		return false
	}
	para := st.paraOf(n.first)
	for mi := len(st.pmention) - 1; mi > 0; mi-- {
		b := st.pmention[mi]
		if b.tok >= n.first {
			continue
		}
		if para-st.paraOf(b.tok) > 3 {
			break
		}
		// The first of the two, over organizations the appositive after
		// it names ("Felicia Wong, president of the Roosevelt Institute, a
		// progressive think tank, and Stan Greenberg").
		ai := mi - 1
		for ai > 0 && st.people[st.pmention[ai].person].org && b.tok-st.pmention[ai].tok < 20 {
			ai--
		}
		if !st.isSubjectMention(b) || b.person == st.pmention[ai].person {
			continue
		}
		a := st.pmention[ai]
		if !st.joinedByAnd(a, b) || !st.opensClause(a.tok) {
			continue
		}
		if pa, pb := &st.people[a.person], &st.people[b.person]; pa.org || pb.org || !st.personEvidence(a.person) || !st.personEvidence(b.person) {
			continue
		}
		c.name, c.entity = st.personName(a.person)+" and "+st.personName(b.person), -1
		return true
	}
	return false
}

// joinedByAnd reports two mentions joined by "and", with at most an
// appositive or a parenthesis after the first and titles before the
// second: "Felicia Wong, president of the institute, and Stan Greenberg",
// "Chaffetz (R-Utah) and Judiciary Committee Chairman Bob Goodlatte".
func (st *state) joinedByAnd(a, b personMention) bool {
	k := b.tok - 1
	for k > a.end && (st.info[k].cap && st.isWord(k) || st.titlePeriod(k)) {
		k-- // "Judiciary Committee Chairman"
	}
	if k < a.end || st.word(k) != "and" || k-a.end > 20 {
		return false
	}
	for j := a.end; j < k; j++ {
		nounMod := j-2 >= a.end && st.is(j-2, wDet) && !st.is(j, wAux) // "a progressive think tank"
		if st.isFinal(j) || st.isMark(j) || st.info[j].cue.isVerb() && !nounMod || st.is(j, wVerb|wAux) && !nounMod || st.word(j) == "and" {
			return false
		}
	}
	return k == a.end || st.isPunct(a.end, ",") || st.word(a.end) == "("
}

// descMods collects a description's capitalised modifiers and the words
// that tell one office from another (former, vice, deputy…), up to four.
func (st *state) descMods(n *np, head int, mods []int) []int {
	for k := n.first + 1; k < head && len(mods) < cap(mods); k++ {
		w := st.lower(k)
		if st.info[k].cap && !st.is(k, wTitle) || w == "vice" || w == "former" || w == "deputy" || w == "first" || w == "lieutenant" {
			mods = append(mods, k)
		}
	}
	return mods
}

// rankForDescription returns the person a definite person description at
// token pos stands for, or -1.
func (st *state) rankForDescription(n *np, head int, hw string, pos int) int {
	// Restored, not reset, on the way out: nothing ranks a description
	// while ranking another today, but a rule that did would otherwise
	// see its own description's words as words near a name.
	defer func(outer [2]int) { st.ranked = outer }(st.ranked)
	st.ranked = [2]int{n.first, n.last}
	var modBuf [4]int
	mods := st.descMods(n, head, modBuf[:0])
	hardMods := st.hardModifiers(mods)
	want := roleGender(hw)
	para := st.paraOf(pos)
	si := int(st.tokSent[pos])
	role := hw
	if st.is(head, wGroupAdj) && (partyWords[strings.TrimSuffix(hw, "s")] || groupPlural(hw)) {
		role = "" // "the Utah Republican": a party, no office; "the Saudis": a group
	}
	// A nationality is an epithet of the person a story is about ("the
	// Brazilian"), as "the striker" is; an introduction with it counts.
	nationality := st.is(head, wGroupAdj) && role != "" || !st.is(head, wRole) && demonym(hw)
	prevPerson, prevTok := -1, -1
	if st.prevSpk != nil && st.prevSpk.name != "" {
		prevPerson = st.personByName(st.prevSpk.name)
		if f := st.prevSpk.speaker.np.first; st.prevSpk.speaker.np.form == pipeline.Description && f < pos {
			prevTok = f
		}
		if asked := st.askedOf(st.prevSpk); asked.ok() {
			// "Rubio was asked by moderator Gerard Baker whether … “…”
			// ⏎ The Florida senator’s answer": the one asked answers,
			// not the one who asked.
			prevPerson, prevTok = st.personOf(&asked), -1
		}
	}
	// Two roles joined ("the independent Vermont senator and Democratic
	// presidential candidate"): an introduction with either counts.
	role2 := ""
	for k := n.first + 1; k+1 < head && role != ""; k++ {
		if st.word(k+1) == "and" && st.is(k, wRole) && !st.info[k].cap {
			role2 = st.lower(k)
		}
	}
	// How many people the story introduced with the role: one alone ("the
	// president" after "President Obama") is who the role names.
	introduced := 0
	roleMemo, role2Memo := st.introMemo(role), st.introMemo(role2)
	lead := st.leadingPhrase(pos)
	cands := st.rankCandidates(role, role2, roleMemo, role2Memo, mods, pos, lead, para, prevPerson)
	defer func(outer bool) { st.inRanking = outer }(st.inRanking)
	st.inRanking = true
	if role != "" && cands.indexed {
		for _, p := range cands.introduced {
			if !st.people[p].org && !st.stateConflict(int(p), mods, pos) {
				introduced++
			}
		}
	} else if role != "" {
		for p := range st.people {
			if !st.people[p].org && (st.introducedBefore(p, role, roleMemo, mods, pos) || role2 != "" && st.introducedBefore(p, role2, role2Memo, mods, pos)) &&
				!st.stateConflict(p, mods, pos) {
				introduced++
			}
		}
	}
	best, bestScore, second, bestIntro := -1, -1<<30, -1<<30, false
	only := -1 // the one person the story introduced with the role
	// An epithet ("the Utah Republican", "the Texan") names, however close
	// the next comes, the one person who is the subject of its sentence or
	// the one before, or who spoke in the sentence before: a story uses it
	// for the politician it has just named.
	epithet := nationality || st.is(head, wGroupAdj) && partyWords[hw]
	bestSubjNear, subjsNear := false, 0
	prevNear := prevPerson >= 0 && st.prevSpk.speaker.np.ok() && st.prevSpk.speaker.np.first < pos &&
		si-int(st.tokSent[st.prevSpk.speaker.np.first]) <= 1
	if lead == pos && pos > 1 && st.isPunct(pos-1, ",") {
		// "Senator Richard Shelby, the Alabama Republican who heads the
		// Senate Banking Committee, said": in apposition to the subject.
		for _, m := range st.pmention {
			if m.end == pos-1 && !m.pronoun && !st.people[m.person].org && st.opensClause(m.tok) && st.isSubjectMention(m) {
				return m.person
			}
		}
	}
	for i := range cands.size(len(st.people)) {
		p := cands.person(i)
		pp := &st.people[p]
		if pp.org || want != 0 && pp.gender != 0 && pp.gender != want || !st.personEvidence(p) {
			continue
		}
		intro, modsNear, seen := false, false, false
		last, subj, count := -1, -1, 0
		for _, mi := range st.mentionsOf(p) {
			m := st.pmention[mi]
			if m.tok >= pos {
				break
			}
			if m.tok >= lead {
				continue // (named in the phrase that leads up to the description: someone else)
			}
			seen = true
			count++
			// (Once intro or modsNear holds, later mentions cannot undo it:
			// the checks stop, which a person named a thousand times in
			// a long text needs.)
			if !intro && role != "" && para-st.paraOf(m.tok) <= introParas && (st.introducedAt(roleMemo, mi, role) || role2 != "" && st.introducedAt(role2Memo, mi, role2)) && (st.modifiersNear(m, mods) || st.partyOnly(mods)) {
				intro = true
			}
			if !modsNear && len(mods) > 0 && st.modifiersNear(m, mods) {
				modsNear = true
			}
			if para-st.paraOf(m.tok) <= 6 {
				last = m.tok
				if st.speakerTok(m.tok) || !st.reportedTok(m.tok) && (st.isSubjectMention(m) || st.possessorSubject(m, si)) {
					subj = m.tok
				}
			}
		}
		if p == prevPerson && prevTok > last && para-st.paraOf(prevTok) <= 6 {
			// The quote before named them by another description ("…,”
			// the retired neurosurgeon told REVOLT TV. ⏎ The former
			// candidate continued"): that phrase is their latest mention.
			last, subj = prevTok, prevTok
		}
		if !seen || last < 0 && !intro || st.stateConflict(p, mods, pos) {
			continue
		}
		s := 0
		switch {
		case intro && introduced == 1:
			s += dIntroOnly
		case intro:
			s += dIntro
		}
		switch {
		case modsNear:
			s += dModsNear
		case len(mods) > 0:
			s -= dModsAbsent
		}
		subjNear := false
		if subj >= 0 {
			switch sd := si - int(st.tokSent[subj]); {
			case sd <= 1:
				s += wSubjNear
				subjNear = true
			case sd <= 3:
				s += wSubjMid
			default:
				s += wSubjFar
			}
		}
		if last >= 0 {
			s -= wSentence * min(si-int(st.tokSent[last]), 8)
			s -= wParagraph * (para - st.paraOf(last))
		} else {
			s -= wSentence*8 + wParagraph*6
		}
		if p == prevPerson {
			s += dPrev
		}
		s += wSalience * min(count, 5)
		if st.trace != nil {
			st.trace("  desc %q: %q score %d (intro %v, mods %v, subj %v)\n", st.doc.Text[n.span.Start:n.span.End], st.personName(p), s, intro, modsNear, subj >= 0)
		}
		if !modsNear && hardMods && !(p == prevPerson && prevNear && st.orgModsOnly(mods)) || officeMod(st, mods) && !intro {
			// "the Lincoln actor" is no one the story named near
			// "Lincoln"; but "the Arsenal manager" right after Arteta
			// spoke is Arteta: an organization's role names the speaker
			// just before, whoever else the story named.
			continue
		}
		if intro && introduced == 1 {
			only = p
		}
		if subjNear {
			subjsNear++
		}
		if s > bestScore {
			second = bestScore
			best, bestScore, bestIntro, bestSubjNear = p, s, intro, subjNear
		} else if s > second {
			second = s
		}
	}
	lone := epithet && (bestSubjNear && subjsNear == 1 || best == prevPerson && prevNear)
	if best < 0 || !bestIntro && (genericRole(hw) && role != "" && !nationality || bestScore < dFloor || bestScore-second < dMargin && !lone) {
		// No one stands out nearby: the one person the story introduced
		// with the role, however far back ("Treasurer Catherine Moylan"
		// … nine paragraphs on, "the Treasurer said").
		return only
	}
	return best
}

// leadingPhrase returns the first token of the prepositional or
// participial phrase that opens the sentence of a description at token pos
// and ends with a comma right before it ("In an interview with Morning Joe
// hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
// candidate stated"; "Asked about Trump's comments, the senator said"): the
// people it names are not the one the description stands for. It returns
// pos when there is no such phrase.
func (st *state) leadingPhrase(pos int) int {
	first := st.doc.Sentences[st.tokSent[pos]].First
	if pos < first+3 || !st.isPunct(pos-1, ",") || !st.is(first, wPrep) && !st.frontedParticiple(first) {
		return pos
	}
	for k := first + 1; k < pos-1; k++ {
		if st.possessiveAt(k) && st.info[k-1].cap {
			k++ // "Trump's comments": a name's possessive and the noun it owns, no verb
			continue
		}
		if st.isPunct(k, ",") || st.isMark(k) || st.is(k, wVerb|wAux) || st.info[k].cue.isVerb() {
			return pos
		}
	}
	return first
}

// frontedParticiple reports a participle opening a sentence at token k
// ("Asked about …", "Speaking to …", "Pressed on …"), not a name that ends
// the same way ("Manning", "Reed").
func (st *state) frontedParticiple(k int) bool {
	w := st.word(k)
	if !st.isWord(k) || len(w) <= 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || st.is(k, wRole) {
		return false
	}
	for _, m := range st.pmention {
		if m.tok == k {
			return false
		}
		if m.tok > k {
			break
		}
	}
	return true
}

// stateConflict reports a person whose mentions carry another state's
// abbreviation than the description's state ("the Florida senator" is not
// "Sen. Joni Ernst, R-Iowa").
func (st *state) stateConflict(p int, mods []int, pos int) bool {
	state := ""
	for _, k := range mods {
		st.buf = appendLower(st.buf[:0], st.word(k))
		if _, ok := stateAbbrevs[string(st.buf)]; ok {
			state = st.word(k)
		}
	}
	if state == "" {
		return false
	}
	if st.pmSorted {
		// p's own mentions, not everyone's: the same ones.
		for _, mi := range st.mentionsOf(p) {
			if st.pmention[mi].tok >= pos {
				break
			}
			if st.stateConflictAt(st.pmention[mi], state) {
				return true
			}
		}
		return false
	}
	for _, m := range st.pmention {
		if m.tok >= pos {
			break
		}
		if m.person == p && st.stateConflictAt(m, state) {
			return true
		}
	}
	return false
}

// stateConflictAt reports a mention that carries another state's
// abbreviation or name than state (stateConflict).
func (st *state) stateConflictAt(m personMention, state string) bool {
	toks := st.doc.Tokens
	for j := m.end; j < len(toks) && j <= m.end+3; j++ {
		if w := st.word(j); partyState(w) || len(w) > 2 && (w[0] == 'R' || w[0] == 'D') && w[1] == '-' {
			if !st.isStateAbbrev(j, state) {
				return true
			}
		}
	}
	// Another state's name before the mention's title or after an
	// "of": "Wyoming Sen. Carla Dunmore", "Sen. Carla Dunmore of
	// Wyoming".
	for _, j := range [...]int{m.tok - 1, m.tok - 2, m.end + 1} {
		if j < 0 || j >= len(toks) || j > m.tok && st.word(m.end) != "of" || j < m.tok && !st.is(j+1, wTitle) {
			continue // ("WASHINGTON — Lorraine Vasquez-Tull": a dateline)
		}
		if st.stateName(j) && !strings.EqualFold(st.word(j), state) {
			return true
		}
	}
	return false
}

// officeMod reports a description that names a lesser office ("the vice
// president", "the deputy director"): only someone introduced with it.
func officeMod(st *state, mods []int) bool {
	for _, k := range mods {
		switch st.lower(k) {
		case "vice", "deputy", "lieutenant":
			return true
		}
	}
	return false
}

// introducedBefore reports whether person p was introduced with role (and
// the modifiers near) before token pos.
func (st *state) introducedBefore(p int, role string, memo []int8, mods []int, pos int) bool {
	for _, mi := range st.mentionsOf(p) {
		m := st.pmention[mi]
		if m.tok >= pos {
			break
		}
		if st.paraOf(pos)-st.paraOf(m.tok) <= introParas && st.introducedAt(memo, mi, role) && (st.modifiersNear(m, mods) || st.partyOnly(mods)) {
			return true
		}
	}
	return false
}

// introParas is how far back, in paragraphs, an introduction with a role
// counts for a description ("Treasurer Catherine Moylan" … nine paragraphs
// on, "the Treasurer said"). No news article comes near it (PolNeAR's
// longest has about 300); a dump's glued text of hundreds of stories does,
// and there every earlier story's "Sen. X" was a candidate for every "the
// senator": the ranking grew as the square of the text.
const introParas = 400

// rankSet is the people rankForDescription weighs for one description.
// Indexed, they are those it can score: the people named in the six
// paragraphs before the description (a superset: the rules below decide),
// those introduced with its role before it, and the previous speaker, in
// the order of people; introduced are those introduced with the role and
// its modifiers before the description, for the count of them. Not
// indexed (a news article's few people, names out of text order, or a
// ranking inside another), it is every person, and the rules ask about
// each.
type rankSet struct {
	indexed    bool
	list       []int32
	introduced []int32
}

func (c *rankSet) size(people int) int {
	if !c.indexed {
		return people
	}
	return len(c.list)
}

func (c *rankSet) person(i int) int {
	if !c.indexed {
		return i
	}
	return int(c.list[i])
}

// rankEveryone is the most people for whom rankForDescription weighs every
// one: a news article's few cost less that way than the per-role lists of
// introductions (which ask introducedAs of every mention) would.
const rankEveryone = 100

// rankCandidates finds the rankSet of a description at pos whose sentence
// leads up to it from lead, in paragraph para. Each person's mentions are
// still read by rankForDescription; this only spares it the people that
// cannot score, which on a long text (hundreds of articles joined) are
// nearly all of them, for every description.
func (st *state) rankCandidates(role, role2 string, roleMemo, role2Memo []int8, mods []int, pos, lead, para, prevPerson int) rankSet {
	if !st.pmSorted || st.inRanking || len(st.people) <= rankEveryone {
		return rankSet{}
	}
	n := len(st.people)
	if len(st.rankMark) != n {
		st.rankMark = resize(st.rankMark, n)
		clear(st.rankMark)
	} else {
		for _, p := range st.rankList {
			st.rankMark[p] = 0
		}
		for _, p := range st.rankIntro {
			st.rankMark[p] = 0
		}
	}
	list, intro := st.rankList[:0], st.rankIntro[:0]
	const inList, introducedBefore, introducedLead = 1, 2, 4
	add := func(p int) {
		if st.rankMark[p]&inList == 0 {
			st.rankMark[p] |= inList
			list = append(list, int32(p))
		}
	}
	// Introduced with the role (or the second role) and its modifiers:
	// before pos for the count, before lead for the ranking.
	for ri, r := range [2]string{role, role2} {
		if r == "" || role == "" {
			continue
		}
		memo := roleMemo
		if ri == 1 {
			memo = role2Memo
		}
		list := st.introList(r, memo)
		// From the first introduction within introParas paragraphs.
		lo, hi := 0, len(list)
		for lo < hi {
			if h := int(uint(lo+hi) >> 1); para-st.paraOf(st.pmention[list[h]].tok) > introParas {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for _, mi := range list[lo:] {
			m := st.pmention[mi]
			if m.tok >= pos {
				break
			}
			p := m.person
			if mk := st.rankMark[p]; mk&introducedBefore != 0 && (m.tok >= lead || mk&introducedLead != 0) {
				continue // known already
			}
			if !st.modifiersNear(m, mods) && !st.partyOnly(mods) {
				continue
			}
			if st.rankMark[p]&introducedBefore == 0 {
				st.rankMark[p] |= introducedBefore
				intro = append(intro, int32(p))
			}
			if m.tok < lead {
				st.rankMark[p] |= introducedLead
				add(p)
			}
		}
	}
	// Named in the six paragraphs before lead.
	_, hi := st.mentionRange(0, lead-1)
	for mi := hi - 1; mi >= 0 && para-st.paraOf(st.pmention[mi].tok) <= 6; mi-- {
		add(st.pmention[mi].person)
	}
	if prevPerson >= 0 {
		add(prevPerson)
	}
	slices.Sort(list)
	st.rankList, st.rankIntro = list, intro
	return rankSet{indexed: true, list: list, introduced: intro}
}

// introList returns the mentions introduced with a role (introducedAs), in
// text order, asking each through memo once per document.
func (st *state) introList(role string, memo []int8) []int32 {
	e := st.roleEntry(role)
	if !e.listed {
		e.list = e.list[:0]
		for mi := range st.pmention {
			if st.introducedAt(memo, int32(mi), role) {
				e.list = append(e.list, int32(mi))
			}
		}
		e.listed = true
	}
	return e.list
}

// introMemo returns the memo of introducedAt for a role: whether each of
// pmention was introduced with it, 0 not yet asked, 1 yes, 2 no. The
// ranker asks it of every earlier mention of every candidate for every
// description, the same answers again and again on a long text.
func (st *state) introMemo(role string) []int8 {
	if role == "" {
		return nil
	}
	return st.roleEntry(role).memo
}

// roleIntro is what the ranker knows of one role in the document: the
// memo of introducedAt and the list of introduced mentions.
type roleIntro struct {
	role   []byte // (a copy: the caller's string stays its own)
	memo   []int8
	list   []int32
	listed bool
}

// roleEntry returns the document's entry for role, made on first use. The
// entries and their buffers are kept from one document to the next (reset
// sets nRoles to 0): a news article asks about a few roles.
func (st *state) roleEntry(role string) *roleIntro {
	for k := range st.nRoles {
		if string(st.roles[k].role) == role {
			return &st.roles[k]
		}
	}
	if st.nRoles == len(st.roles) {
		st.roles = append(st.roles, roleIntro{})
	}
	e := &st.roles[st.nRoles]
	st.nRoles++
	e.role = append(e.role[:0], role...)
	e.memo = resize(e.memo, len(st.pmention))
	clear(e.memo)
	e.list, e.listed = e.list[:0], false
	return e
}

// introducedAt is introducedAs for mention mi of pmention, through memo.
func (st *state) introducedAt(memo []int8, mi int32, role string) bool {
	switch memo[mi] {
	case 1:
		return true
	case 2:
		return false
	}
	ok := st.introducedAs(st.pmention[mi], role)
	memo[mi] = 2
	if ok {
		memo[mi] = 1
	}
	return ok
}

// partyOnly reports modifiers that are all party or nationality words
// or a state's name ("the current GOP nominee", "the Montana senator"): a
// story introduces its people with the role alone ("presumptive nominee
// Donald Trump", "Sen. Harold Brinks") as often as with the party or the
// state, so their absence near the name does not rule the role out
// (stateConflict rules out a person of another state).
func (st *state) partyOnly(mods []int) bool {
	for _, k := range mods {
		if !st.is(k, wGroupAdj) && !st.stateName(k) {
			return false
		}
	}
	return len(mods) > 0
}

// stateName reports a capitalised token that is a US state's name.
func (st *state) stateName(k int) bool {
	if !st.info[k].cap {
		return false
	}
	_, ok := stateAbbrevs[st.lower(k)]
	return ok
}

// hardModifiers reports a description whose capitalised modifiers rule
// out anyone the story does not name near them ("the Lincoln actor"): some
// modifier is neither a place nor a party, and none is an institution the
// role belongs to. It does not depend on the candidate, so the ranker asks
// it once per description.
func (st *state) hardModifiers(mods []int) bool {
	if len(mods) == 0 {
		return false
	}
	// An institution the role belongs to ("the Supreme Court justice",
	// "the Senate majority leader", "the Patriots coach") is soft too: a
	// story names it apart from the person.
	for _, k := range mods {
		if st.info[k].cap && (orgWords[st.word(k)] || st.orgEntityAt(k) && st.onePersonBefore(k)) {
			return false
		}
	}
	for _, k := range mods {
		if st.info[k].cap && !st.isPlaceOrParty(k, k+1) {
			return true
		}
	}
	return false
}

// orgModsOnly reports that each capitalised modifier of a description is
// an organization the entity stage found, a place or a party ("the Arsenal
// manager", "the Tottenham boss"): an institution the role belongs to.
func (st *state) orgModsOnly(mods []int) bool {
	for _, k := range mods {
		if st.info[k].cap && !st.orgEntityAt(k) && !st.isPlaceOrParty(k, k+1) {
			return false
		}
	}
	return true
}

// orgEntityAt reports that the entity stage found an organization at token
// k ("Patriots" in "the Patriots coach").
func (st *state) orgEntityAt(k int) bool {
	e := st.entityAt(st.doc.Tokens[k].Span)
	return e >= 0 && st.doc.Entities[e].Type == pipeline.Organization
}

// onePersonBefore reports that one person alone is named in token k's
// sentence before it and the two sentences before that: the one an
// organization's role ("the Patriots coach") can name without an
// introduction. With two ("Satya Nadella met Bill Gates. … the Microsoft
// founder said") the role says which, and the story does not.
func (st *state) onePersonBefore(k int) bool {
	si := int(st.tokSent[k])
	lo := st.doc.Sentences[max(si-2, 0)].First
	person := -1
	for _, m := range st.pmention {
		if m.tok >= k {
			break
		}
		if m.tok < lo || st.people[m.person].org || m.person == person {
			continue
		}
		if person >= 0 {
			return false
		}
		person = m.person
	}
	return person >= 0
}

// resolveOrgDescription names "the newspaper", "the board", "the fund":
// the organization named last, within six paragraphs, whose name holds the
// head word (or, for a news noun, that is a news organization).
func (st *state) resolveOrgDescription(c *candidate, n *np, head int, hw string) bool {
	para := st.paraOf(n.first)
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first {
			continue
		}
		if para-st.paraOf(m.tok) > 6 && !companyNouns[hw] {
			break // (a company the story is about may be named far before "the company")
		}
		p := &st.people[m.person]
		if m.end < n.first && st.word(m.end) == hw && (newsNouns[hw] || genericOrgNouns[hw]) && st.inSeg[m.tok] < 0 &&
			!(genericOrgNouns[hw] && st.homeOfOrg(m, p)) {
			// "Family Circle magazine’s poll …. The magazine said": the
			// name the head word follows, whatever the name looks like.
			c.name = st.orgName(m.person)
			c.entity = p.entity
			return true
		}
		if !p.org || p.last-p.first < 2 && !st.doc.Tokens[p.first].Is(pipeline.AllCaps) {
			continue // "Department", "Group": a name cut short
		}
		match := false
		for k := p.first; k < p.last; k++ {
			if w := st.word(k); strings.EqualFold(w, st.word(head)) || len(w) == len(hw)+1 && strings.EqualFold(w, hw+"s") {
				match = true // "the airline": Skyward Airlines
			}
		}
		if companyNouns[hw] {
			match = match || corporateSuffixes[strings.TrimSuffix(st.word(p.last-1), ".")]
		}
		if newsNouns[hw] {
			match = match || newsNames[st.word(p.last-1)]
		}
		if hw == "agency" {
			// "the National Highway Traffic Safety Administration …. The
			// agency said"; "the FBI's investigation — a probe the agency
			// said": an acronym too.
			match = match || agencyHeads[st.word(p.last-1)] || p.last-p.first == 1 && st.doc.Tokens[p.first].Is(pipeline.AllCaps) && !newsNames[st.word(p.first)]
		}
		if match {
			c.name = st.orgName(m.person)
			c.entity = p.entity
			st.noteFirm(hw, c, n.first)
			return true
		}
	}
	if genericOrgNouns[hw] {
		// "Wealth-X keeps its finances a secret …. The company says …":
		// the one organization named in the description's sentence or
		// the one before, whatever its name.
		if st.nearbyOrg(c, n.first) {
			st.noteFirm(hw, c, n.first)
			return true
		}
		// "a spokeswoman for Nabisco's parent company, Mondelez
		// International. …. The company says": the one organization the
		// article introduced with the noun.
		if p := st.orgIntroducedAs(head, n.first); p >= 0 {
			c.name = st.orgName(p)
			c.entity = st.people[p].entity
			st.noteFirm(hw, c, n.first)
			return true
		}
		// "Halvorsen Motors is recalling …, the company said. …. The
		// automaker said": the firm a business noun named last.
		if firmNouns[hw] && st.firm.name != "" && st.paraOf(n.first)-st.paraOf(st.firm.tok) <= 6 {
			c.name, c.entity = st.firm.name, st.firm.entity
			return true
		}
		if st.untaggedOrgSpeaker(c, n) {
			return true
		}
	}
	return false
}

// firmNouns are the nouns a story calls a business by.
var firmNouns = map[string]bool{"company": true, "firm": true, "business": true, "corporation": true, "automaker": true,
	"carmaker": true, "airline": true, "carrier": true, "bank": true, "retailer": true, "insurer": true, "manufacturer": true}

// agencyHeads end the names of government agencies: "the agency" names the
// last one.
var agencyHeads = map[string]bool{"Administration": true, "Agency": true, "Bureau": true, "Commission": true, "Service": true,
	"Authority": true, "Department": true}

// noteFirm remembers the organization a business noun at token tok named,
// for the business nouns after it.
func (st *state) noteFirm(hw string, c *candidate, tok int) {
	if firmNouns[hw] {
		st.firm.name, st.firm.entity, st.firm.tok = c.name, c.entity, tok
	}
}

// orgIntroducedAs returns the one organization the article introduced
// before token pos with the noun at token head: right before its name
// ("parent company Mondelez"), before it and a comma ("Nabisco's parent
// company, Mondelez International") or in apposition after it
// ("Mondelez, the snack company,"); -1 when none or two were.
func (st *state) orgIntroducedAs(head, pos int) int {
	found := -1
	for _, m := range st.pmention {
		if m.tok >= pos {
			break
		}
		if m.pronoun || !st.people[m.person].org || found == m.person || st.inSeg[m.tok] >= 0 {
			continue
		}
		h := -1
		if _, k := st.nounBefore(m); k >= 0 {
			h = k
		} else if k := m.tok - 2; k >= 0 && st.isPunct(k+1, ",") && st.isWord(k) && !st.info[k].cap {
			h = k
		}
		if h < 0 || !strings.EqualFold(st.word(h), st.word(head)) {
			_, h = st.nounAfter(m)
		}
		if h < 0 || !strings.EqualFold(st.word(h), st.word(head)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.person
	}
	return found
}

// homeOfOrg reports a place or a name that is no organization between a
// determiner and "company", "firm" ("The Kansas City company said …. The
// company said"; "the Denver firm"): where the company is, not its name.
func (st *state) homeOfOrg(m personMention, p *person) bool {
	return st.isPlaceOrParty(m.tok, m.end) || !p.org && m.tok > 0 && st.is(m.tok-1, wDet)
}

// genericOrgNouns head descriptions that can stand for an organization of
// any name ("the company" for Twitter, "the group" for Black Lives Matter).
var genericOrgNouns = map[string]bool{"company": true, "firm": true, "group": true, "organization": true,
	"organisation": true, "business": true, "corporation": true, "airline": true, "carrier": true, "agency": true,
	"bank": true, "retailer": true, "automaker": true, "insurer": true}

// nearbyOrg names c by the one organization named, outside quotes, in the
// sentence of token pos (before it), or, when that names none, in the
// sentence before, if there is exactly one; not the medium after "on"
// ("posted on Facebook"). The description's own sentence comes first:
// "Facebook declined to comment. A Google spokeswoman pointed to a post in
// which the company argued …" is Google's.
func (st *state) nearbyOrg(c *candidate, pos int) bool {
	si := int(st.tokSent[pos])
	found := st.oneOrgIn(st.doc.Sentences[si].First, pos)
	if found == -1 && si > 0 {
		found = st.oneOrgIn(st.doc.Sentences[si-1].First, st.doc.Sentences[si].First)
	}
	if found < 0 {
		return false
	}
	c.name = st.orgName(found)
	c.entity = st.people[found].entity
	return true
}

// oneOrgIn returns the one organization named as a speaker could be in
// tokens [lo, hi), -1 for none, -2 for two or more.
func (st *state) oneOrgIn(lo, hi int) int {
	found := -1
	for _, m := range st.pmention {
		if m.tok < lo || m.tok >= hi || !st.people[m.person].org {
			continue
		}
		if st.inSeg[m.tok] >= 0 || m.end-m.tok == 1 && st.is(m.tok, wOrgHead) {
			continue // ("Group": a name cut short)
		}
		if e := m.end; e < len(st.doc.Tokens) && !st.info[e].cap && (st.is(e, wPlural) || st.pluralNoun(e)) {
			continue // "House members": a modifier
		}
		if m.tok > 0 && tellWords[st.word(m.tok-1)] {
			continue // "telling Fox 35 that …": the one told, not the one telling
		}
		if m.tok > 1 && st.word(m.tok-1) == "on" && postVerbs[strings.ToLower(st.word(m.tok-2))] {
			continue // "The Friends of the Library posted on Facebook …. “…,” the group wrote": where it wrote
		}
		if st.datelineAgency(m) {
			continue // "SEOUL (Reuters) - Ferry operator Haedong Marine …, the company said": the wire, not the company
		}
		if found >= 0 && found != m.person {
			return -2 // two organizations: no telling which
		}
		found = m.person
	}
	return found
}

// postVerbs put the medium after "on": "posted on Facebook".
var postVerbs = map[string]bool{"posted": true, "posts": true, "wrote": true, "writes": true, "said": true, "says": true,
	"tweeted": true, "shared": true, "announced": true, "commented": true}

// datelineAgency reports a mention in a dateline's parenthesis before its
// dash: "SEOUL (Reuters) -", "LIMA, Peru (AP) —".
func (st *state) datelineAgency(m personMention) bool {
	toks := st.doc.Tokens
	return m.tok > 0 && m.end+1 < len(toks) && st.word(m.tok-1) == "(" && st.word(m.end) == ")" && toks[m.end+1].Kind == pipeline.Dash
}

// tellWords put the one told after them.
var tellWords = map[string]bool{"told": true, "telling": true, "tells": true, "tell": true}

// orgName is the name of organization p, an acronym spelled out where the
// article spells it ("The agency said" after "the CFS's warnings" is the
// Country Fire Service, the article's "Country Fire Service (CFS)").
func (st *state) orgName(p int) string {
	name := st.personName(p)
	if x := st.acronymExpansion(name); x >= 0 && x != p {
		return st.personName(x)
	}
	return name
}

// resolveIndefinite names "a spokeswoman for Hillary Clinton", "a Clinton
// aide": the one person the article introduces with that role whose
// introduction holds the complement's words too, or -1.
func (st *state) resolveIndefinite(c *candidate, n *np) bool {
	head := st.headOf(n)
	if e := st.textInNews(n, head); e > 0 {
		// "reads a Wednesday editorial in The Des Moines Register": the
		// paper's text, named with the whole phrase so that it holds the
		// paper's name and the text's words (the span stops before "in":
		// TestNewsPatterns).
		c.name, c.entity = st.doc.Text[n.span.Start:st.doc.Tokens[e-1].End], -1
		return true
	}
	if head <= n.first || n.plural || !st.is(head, wRole) {
		return false
	}
	// The complement's capitalised words ("for Hillary Clinton", "a
	// Clinton aide"): the introduction must hold them.
	var modBuf [4]int
	mods := modBuf[:0]
	for k := n.first + 1; k < n.last && len(mods) < cap(mods); k++ {
		if k != head && st.info[k].cap && !st.is(k, wTitle) {
			mods = append(mods, k)
		}
	}
	if len(mods) == 0 {
		return false
	}
	st.buf = appendLower(st.buf[:0], st.word(head))
	role := string(st.buf)
	found := -1
	for _, m := range st.pmention {
		if m.tok >= n.first && m.tok < n.last {
			continue // the complement itself
		}
		p := &st.people[m.person]
		if p.org || !st.introducedAs(m, role) || !st.modifiersNear(m, mods) {
			continue
		}
		if found >= 0 && found != m.person {
			return false // two such people: no telling which
		}
		found = m.person
	}
	if found < 0 || para(st, found, n.first) > 4 {
		return false
	}
	c.name = st.personName(found)
	c.entity = st.people[found].entity
	return true
}

// para returns how many paragraphs apart person p's nearest mention and
// token pos are.
func para(st *state, p, pos int) int {
	best := 1 << 30
	at := st.paraOf(pos)
	for _, m := range st.pmention {
		if m.person == p {
			d := st.paraOf(m.tok) - at
			if d < 0 {
				d = -d
			}
			best = min(best, d)
		}
	}
	return best
}

// resolvePossessed names "his campaign", "Mr. Sanders's campaign": the
// possessor's campaign ("Bernie Sanders's campaign").
func (st *state) resolvePossessed(c *candidate, n *np) bool {
	if p := st.introducedWith(n); p >= 0 {
		c.name, c.entity = st.personName(p), st.people[p].entity
		return true
	}
	head := st.headOf(n)
	st.buf = appendLower(st.buf[:0], st.word(head))
	ownText := ownTexts[string(st.buf)] || spokesHeads[string(st.buf)]
	// A name's team ("Fiorina's team", "Mrs. Clinton's advisers") is
	// named with the full name; "his aides" keeps its words, as unnamed
	// sources do.
	group := possessedGroups[string(st.buf)] && !st.is(n.first, wPossDet)
	if head != n.last-1 || string(st.buf) != "campaign" && !ownText && !group {
		return false
	}
	first := n.first
	var p int
	owned := first + 1 // the first word after the possessive
	switch {
	case st.is(first, wPossDet):
		w := st.lower(first)
		want := byte(0)
		switch w {
		case "his":
			want = 'M'
		case "her":
			want = 'F'
		default:
			return false
		}
		best, _ := st.resolveHeShe(first, first, pipeline.Span{}, want, st.prevSpk)
		if best < 0 {
			return false
		}
		p = best
	default:
		k := head - 1
		if k <= first || !st.possessiveAt(k) {
			return false
		}
		m := np{first: first, last: k, nameFirst: first, nameLast: k, form: pipeline.Named}
		for m.nameFirst < k && (st.is(m.nameFirst, wTitle|wDet) || st.titlePeriod(m.nameFirst)) {
			m.nameFirst++
		}
		if m.nameFirst >= k {
			return false
		}
		p = st.personOf(&m)
		if p < 0 || st.people[p].org {
			return false
		}
		owned = k + 1
	}
	c.name = st.personName(p) + "'s campaign"
	if ownText || group {
		// "according to his biography", "his Facebook profile": the
		// person's own text, named with the person ("Jake Sullivan's
		// biography").
		c.name = st.personName(p) + "'s " + st.doc.Text[st.doc.Tokens[owned].Start:st.doc.Tokens[head].End]
	}
	c.entity = -1
	return true
}

// possessedGroups head the description of the people who work for a
// person the story names: "Fiorina's team" is "Carly Fiorina's team".
var possessedGroups = map[string]bool{"team": true, "advisers": true, "advisors": true, "aides": true, "staff": true,
	"staffers": true, "allies": true, "lawyers": true, "attorneys": true}

// spokesHeads head the description of a person's spokesperson, named
// with the person ("his spokeswoman": "Alan Grayson's spokeswoman").
var spokesHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// possessedSpokesperson names "the prime minister's spokesman" after the
// person the possessor's description names ("David Cameron's spokesman"),
// and reports whether it did.
func (st *state) possessedSpokesperson(c *candidate, n *np, head int) bool {
	if head != n.last-1 || !spokesHeads[st.lower(head)] {
		return false
	}
	k := head - 1
	for k > n.first && !st.possessiveAt(k) {
		k--
	}
	if k <= n.first+1 || st.info[k-1].cap || st.introducedWith(n) >= 0 {
		return false // no possessor, a name's (resolvePossessed's), or the spokesperson's own name ("Gowdy spokesman Jamal Ware")
	}
	owner := np{first: n.first, last: k, span: st.span(n.first, k), form: pipeline.Description}
	oc := *c // the possessor stands in the same attribution
	if !st.resolveDefinite(&oc, &owner) {
		return false
	}
	p := st.personByName(oc.name)
	if p < 0 || st.people[p].org {
		return false
	}
	c.name = st.personName(p) + "'s " + st.doc.Text[st.doc.Tokens[k+1].Start:st.doc.Tokens[head].End]
	c.entity = -1
	return true
}

// ownTexts head a person's own text, which speaks for its owner when a
// possessive names the owner ("his biography", "her Facebook page",
// "Sullivan's statement").
var ownTexts = map[string]bool{"biography": true, "bio": true, "profile": true, "page": true, "website": true, "blog": true,
	"statement": true, "tweet": true, "post": true, "memoir": true, "account": true}

// yearsOld returns the age a word such as "46-year-old" gives, or "".
func yearsOld(w string) string {
	age, ok := strings.CutSuffix(w, "-year-old")
	if !ok || age == "" || len(age) > 3 {
		return ""
	}
	for i := 0; i < len(age); i++ {
		if age[i] < '0' || age[i] > '9' {
			return ""
		}
	}
	return age
}

// personOfAge names a definite description by an age ("the 46-year-old
// said", "the 34-year-old nurse") after the latest person the article
// introduced with that age: "Jana Koval, 46,", "46-year-old Jana Koval",
// "Jana Koval, a 46-year-old barge captain". It returns -1 if none.
func (st *state) personOfAge(n *np) int {
	age := ""
	for k := n.first + 1; k < n.last && age == ""; k++ {
		age = yearsOld(st.word(k))
	}
	if age == "" {
		return -1
	}
	for i := len(st.pmention) - 1; i >= 0; i-- {
		m := st.pmention[i]
		if m.tok >= n.first || m.pronoun || st.people[m.person].org {
			continue
		}
		e := m.end
		if st.ageAfter(e) && st.word(e+1) == age || yearsOld(st.word(m.tok-1)) == age ||
			st.isPunct(e, ",") && st.is(e+1, wDet) && yearsOld(st.word(e+2)) == age {
			return m.person
		}
	}
	return -1
}

// sharedTitles are titles many people in a story may hold unnamed, or that
// name a family tie: "the former", "the leader", "the brother".
var sharedTitles = map[string]bool{"former": true, "acting": true, "deputy": true, "vice": true, "chief": true,
	"leader": true, "officer": true, "director": true, "chair": true, "attorney": true, "delegate": true,
	"father": true, "sister": true, "brother": true, "speaker": true, "general": true, "major": true,
	"captain": true, "detective": true, "chairman": true, "chairwoman": true, "commissioner": true}

// titleHolder returns the one person the article names with the title
// that heads a bare definite description ("the judge": "Judge Berman";
// "the prince": "Saudi Prince Alwaleed Bin Talal"), before the description
// or after it, or -1 when no one or more than one holds it.
func (st *state) titleHolder(n *np, hw string) int {
	if n.last-n.first != 2 && !(n.last-n.first == 3 && st.isWord(n.first+1) && !st.info[n.first+1].cap && !st.is(n.first+1, wDet|wPossDet|wNum)) || !personTitles[hw] {
		return -1 // "the judge"; "the crown prince" for "Crown Prince Mohammed bin Salman"
	}
	if sharedTitles[hw] {
		if rankPrefixes[hw] && n.last-n.first == 2 {
			// "the detective": rankHolder reads the rank's first word
			// at n.first+1, which only a one-word title holds.
			return st.rankHolder(n.first+1, n.first)
		}
		return -1
	}
	return st.personTitled(n.first+1, n.last, n.first)
}

// personTitled returns the one person the article names right after the
// words [a, b) written as a capitalised title ("Judge Berman", "Transport
// Minister Anil Sehgal"; the title may stand inside the mention), or -1 when
// it names none or two. One man under two names counts once: "Prince
// Alwaleed" and "Saudi Prince Alwaleed Bin Talal", the fuller one kept. A
// title written short ("Sgt. Dale Hennessy" for "the sergeant") counts only
// before token before, where the description looks back to it.
func (st *state) personTitled(a, b, before int) int {
	l := b - a
	found := -1
	for _, m := range st.pmention {
		if m.pronoun || st.people[m.person].org || m.tok < l {
			continue
		}
		t := m.tok - l
		if m.end-m.tok > l && strings.EqualFold(st.word(m.tok+l-1), st.word(b-1)) {
			t = m.tok // the title kept inside the mention
		}
		same := true
		for i := 0; i < l; i++ {
			if !st.info[t+i].cap || !strings.EqualFold(st.word(t+i), st.word(a+i)) && !(m.tok < before && st.abbreviates(t+i, a+i)) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if found >= 0 && found != m.person {
			p, q := &st.people[found], &st.people[m.person]
			switch {
			case st.contains(p.first, p.last, q.first, q.last):
				continue
			case st.contains(q.first, q.last, p.first, p.last):
			default:
				return -1
			}
		}
		found = m.person
	}
	return found
}

// rankPrefixes are the words that open a police rank of two or three words
// and name its holder alone: "Det Insp Rachel Okonjo" … "the detective"
// (UK and Commonwealth ranks: Detective Constable, Sergeant, Inspector,
// Chief Inspector, Superintendent).
var rankPrefixes = map[string]bool{"detective": true}

// rankHolder returns the one person the article names right after a rank
// of two or three words whose first word is the role noun at token w ("Det
// Insp Rachel Okonjo" for "the detective"), or -1 when none or two. Short
// forms count only before token before. A detective named "Detective
// Reece" alone is not enough: many a story's detectives go unnamed.
func (st *state) rankHolder(w, before int) int {
	found := -1
	for _, m := range st.pmention {
		if m.pronoun || st.people[m.person].org || m.tok < 2 || !st.rankOpens(m.tok-1, w, m.tok < before) {
			continue
		}
		if found >= 0 && found != m.person {
			return -1
		}
		found = m.person
	}
	return found
}

// rankOpens reports that the title ending at token t, right before a name,
// is a rank of two or three capitalised title words whose first word is the
// role noun at token w ("Det Sgt" or "Detective Chief Inspector" for "the
// detective"); short forms count when short is set.
func (st *state) rankOpens(t, w int, short bool) bool {
	role := strings.ToLower(st.word(w))
	if !rankPrefixes[role] {
		return false
	}
	for k := t - 1; k >= 0 && t-k <= 2; k-- {
		if !st.info[k+1].cap || !st.is(k+1, wTitle) || !st.info[k].cap {
			return false
		}
		if strings.EqualFold(st.word(k), role) || short && st.abbreviates(k, w) {
			return true
		}
	}
	return false
}

// abbreviates reports that token k is the written short form of the title
// at token w: "Lt." for "the lieutenant", "Sgt." for "the sergeant".
func (st *state) abbreviates(k, w int) bool {
	lw := strings.ToLower(st.word(k))
	full, ok := roleAbbrev[lw]
	if !ok {
		full, ok = roleAbbrev[lw+"."] // "Sgt" "." split by the tokenizer, or written without
	}
	return ok && strings.EqualFold(full, st.word(w))
}

// bareTitleHolder returns the one person a description without a
// determiner, as headlines write it ("…, says transport minister"), names
// when the article gives that person the same words as a title before the
// name ("Transport Minister Anil Sehgal"), or -1.
func (st *state) bareTitleHolder(n *np) int {
	l := n.last - n.first
	if l < 1 || l > 3 || n.plural {
		return -1
	}
	for k := n.first; k < n.last; k++ {
		if st.info[k].cap || !st.isWord(k) || st.is(k, wDet|wPossDet|wPron) {
			return -1
		}
	}
	st.buf = appendLower(st.buf[:0], st.word(n.last-1))
	if hw := string(st.buf); !identityRoles[hw] && !personTitles[hw] {
		return -1
	}
	return st.personTitled(n.first, n.last, n.first)
}

// introducedWith returns the person a description with a possessive ("his
// brother", "her campaign manager") stands for when the article introduced
// someone with the same words just before the name ("his brother Alastair
// Osman", "her son, Humayun Khan"): the latest such, or -1.
func (st *state) introducedWith(n *np) int {
	l := n.last - n.first
	if !st.is(n.first, wPossDet) || l < 2 || l > 4 {
		return -1
	}
	for k := n.first + 1; k < n.last; k++ {
		if st.info[k].cap || !st.isWord(k) {
			return -1
		}
	}
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first || st.people[m.person].org {
			continue
		}
		b := m.tok
		if st.isPunct(b-1, ",") {
			b--
		}
		if b-l < 0 {
			continue
		}
		same := true
		for i := 0; i < l; i++ {
			if !strings.EqualFold(st.word(b-l+i), st.word(n.first+i)) {
				same = false
				break
			}
		}
		if same {
			return m.person
		}
	}
	return -1
}

// introducedNext returns the one person the sentence after a definite
// description introduces with the description's role, in its paragraph or
// the next, and the story had not named before: "Even the organizer of a
// pro-Trump rally said …. ⏎ “…,” said Tim Selaty, organizer of a group
// called Citizens for Trump"; or -1.
func (st *state) introducedNext(n *np, role string) int {
	si := int(st.tokSent[n.first])
	if si+1 >= len(st.doc.Sentences) || st.doc.Sentences[si+1].Paragraph-st.paraOf(n.first) > 1 || st.indefiniteBefore(n.first, role) {
		return -1
	}
	found := -1
	for _, m := range st.pmention {
		if m.pronoun || int(st.tokSent[m.tok]) != si+1 || st.people[m.person].org || !st.introducedAs(m, role) {
			continue
		}
		if found >= 0 && found != m.person || st.mentionedBefore(m.person, n.first) {
			return -1
		}
		found = m.person
	}
	return found
}

// mentionedBefore reports a mention of person p before token pos.
func (st *state) mentionedBefore(p, pos int) bool {
	if st.pmSorted {
		// (p's own mentions, in text order: the first decides.)
		ms := st.mentionsOf(p)
		return len(ms) > 0 && st.pmention[ms[0]].tok < pos
	}
	for _, m := range st.pmention {
		if m.tok >= pos {
			break
		}
		if m.person == p {
			return true
		}
	}
	return false
}

// introducedByNoun returns the one person the article introduced before a
// definite description with the description's head noun and its other
// words ("the nurse", "the pediatric nurse" after "Carla Diaz, a pediatric
// nurse from Tampa,"; "the plumber" after "veteran plumber Carla Diaz";
// "Diaz, who is a nurse"; "Diaz is a nurse"), or -1 when it introduced no
// one or two people so. The noun need not be in the role lexicon: the
// article says it names a person.
func (st *state) introducedByNoun(n *np, head int) int {
	if head != n.last-1 || head-n.first > 3 || !st.is(n.first, wDet) || st.is(head, wOrgHead|wPlural) ||
		st.info[head].cap || !st.isWord(head) {
		return -1
	}
	for k := n.first + 1; k <= head; k++ {
		if !st.isWord(k) || st.info[k].cap || st.is(k, wDet|wPossDet|wPron|wPrep|wConj|wVerb|wAux|wNum) {
			return -1
		}
	}
	found := -1
	for _, m := range st.pmention {
		if m.tok >= n.first {
			break
		}
		if m.pronoun || st.people[m.person].org || found == m.person {
			continue
		}
		a, h := st.nounBefore(m)
		if h < 0 || !strings.EqualFold(st.word(h), st.word(head)) || !st.wordsWithin(n.first+1, head, a, h) {
			a, h = st.nounAfter(m)
		}
		if h < 0 || !strings.EqualFold(st.word(h), st.word(head)) || !st.wordsWithin(n.first+1, head, a, h) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.person
	}
	return found
}

// wordsWithin reports whether every word of [a, b) stands in [from, to).
func (st *state) wordsWithin(a, b, from, to int) bool {
	for k := a; k < b; k++ {
		in := false
		for j := from; j < to && !in; j++ {
			in = strings.EqualFold(st.word(j), st.word(k))
		}
		if !in {
			return false
		}
	}
	return true
}

// nounBefore returns the lower-case noun right before the name at mention
// m that introduces it ("retired neurosurgeon Ben Carson"), as its head
// token h and the first of its words a; h is -1 when there is none.
func (st *state) nounBefore(m personMention) (a, h int) {
	toks := st.doc.Tokens
	k := m.tok - 1
	if k < 0 || !st.isWord(k) || st.info[k].cap || st.is(k, wDet|wPossDet|wPron|wPrep|wConj|wVerb|wAux|wRel|wSub|wAdv|wNum|wTime) ||
		st.info[k].cue.isVerb() || st.isLyAdverb(k) {
		return 0, -1
	}
	a = k
	for a-1 >= 0 && !toks[a].Is(pipeline.SentStart) && st.isWord(a-1) && (!st.info[a-1].cap || toks[a-1].Is(pipeline.SentStart)) &&
		!st.is(a-1, wDet|wPossDet|wPron|wPrep|wConj|wVerb|wAux|wRel|wSub|wNum) && !st.info[a-1].cue.isVerb() && k-a < 3 {
		a--
	}
	return a, k
}

// nounAfter returns the noun a name at mention m is introduced with after
// it, as the head token h of the words [a, h]: the head of an indefinite or
// definite phrase in apposition ("Carla Diaz, a pediatric nurse from
// Tampa,"), after "who is" ("Diaz, who is a nurse") or after "is" ("Diaz
// is a nurse"); h is -1 when there is none.
func (st *state) nounAfter(m personMention) (a, h int) {
	toks := st.doc.Tokens
	k := m.end
	switch {
	case k+1 < len(toks) && st.isPunct(k, ",") && st.is(k+1, wRel) && k+2 < len(toks) && st.is(k+2, wAux):
		k += 3 // "Diaz, who is a nurse"
	case k < len(toks) && st.isPunct(k, ","):
		k++ // "Diaz, a nurse"
	case k < len(toks) && st.is(k, wAux) && (strings.EqualFold(st.word(k), "is") || strings.EqualFold(st.word(k), "was")):
		k++ // "Diaz is a nurse"
	default:
		return 0, -1
	}
	if k >= len(toks) || !st.is(k, wDet) {
		return 0, -1
	}
	a, h = k+1, -1
	for j := k + 1; j < len(toks) && j-k <= 6; j++ {
		if w := st.word(j); w == "'s" || w == "’s" {
			continue // "Diaz, the hospital's night nurse,"
		}
		if !st.isWord(j) || st.is(j, wPrep|wConj|wRel|wVerb|wAux) || st.info[j].cue.isVerb() {
			break
		}
		h = j
	}
	// The phrase ends as an appositive does ("a nurse from Tampa,", "a
	// nurse who …", "a nurse."), not at a verb: "As for Mr. Kim, the staff
	// letter noted" is no introduction.
	if e := h + 1; h < 0 || st.info[h].cap || e < len(toks) && !st.isPunct(e, ",") && !st.isFinal(e) && !st.is(e, wPrep|wRel) {
		return 0, -1
	}
	return a, h
}

// agentSuffixes end nouns for what a person does ("speechwriter",
// "lobbyist", "historian", "consultant", "advisor").
var agentSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent"}

// agentOfPrevSubject returns the person named as the subject of the
// sentence just before a definite description that opens its sentence and
// is headed by a noun for what a person does, which the role lexicon lacks
// ("Cross said he may yet vote for her. The GOP speechwriter said …"), or
// -1. Texts and organizations ("the paper", "the letter") are left out.
func (st *state) agentOfPrevSubject(n *np, head int) int {
	si := int(st.tokSent[n.first])
	if si == 0 || st.doc.Sentences[si].First != n.first || head != n.last-1 || head-n.first > 3 || st.info[head].cap {
		return -1
	}
	w := st.lower(head)
	if textNouns[w] || newsNouns[w] || companyNouns[w] || len(w) < 5 {
		return -1
	}
	agent := false
	for _, suf := range agentSuffixes {
		agent = agent || strings.HasSuffix(w, suf)
	}
	if !agent {
		return -1
	}
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first {
			continue
		}
		if int(st.tokSent[m.tok]) != si-1 || st.paraOf(m.tok) != st.paraOf(n.first) {
			return -1
		}
		if !m.pronoun && !st.people[m.person].org && st.isSubjectMention(m) {
			return m.person
		}
	}
	return -1
}

// epithetOfPrev returns the person a definite description whose head the
// role lexicon lacks stands for when it opens its clause (the sentence,
// after a leading phrase, or after the quote it attributes) right after
// that person: the named speaker of the quote just before, in its
// paragraph or the one before ("In a Facebook post, Beck wrote: “…” ⏎ The
// radioman pointed out …"), or the subject, named or a resolved he or
// she, of the sentence just before in its paragraph ("In public, she
// oozed confidence. At a conference in Aspen, the Stanford
// medieval-history graduate ended her speech …"). News gives the person
// it has just named such epithets; an unnamed source's description
// ("the official") is in the lexicon and never comes here. Else -1.
func (st *state) epithetOfPrev(n *np, head int) int {
	if head != n.last-1 || head-n.first > 4 || n.plural || st.info[head].cap || !st.isWord(head) ||
		!strings.EqualFold(st.word(n.first), "the") {
		return -1
	}
	w := st.lower(head)
	if textNouns[w] || newsNouns[w] || companyNouns[w] || !personLikeNoun(w) || st.is(head, wPlural|wOrgHead|wGroupAdj) {
		return -1
	}
	for k := n.first + 1; k < head; k++ {
		if !st.isWord(k) || st.is(k, wDet|wPossDet|wPron|wPrep|wConj|wVerb|wAux|wNum) {
			return -1
		}
	}
	if n.last+1 < len(st.doc.Tokens) && st.isPunct(n.last, ",") && st.is(n.last+1, wDet) || st.introducedUnnamed(n, w) {
		return -1 // "The interpreter, a Vietnamese embassy official,": someone new; "A rice trader … the trader"
	}
	si := int(st.tokSent[n.first])
	afterQuote := n.first > 0 && st.isMark(n.first-1) || n.first > 1 && st.isPunct(n.first-1, ",") && st.isMark(n.first-2)
	opens := st.doc.Sentences[si].First == n.first || st.afterOpener(st.doc.Sentences[si].First, n.last) == n.first || afterQuote
	if si == 0 || !opens {
		return -1
	}
	para := st.paraOf(n.first)
	// The speaker before: of a direct quote, or of any quote when the
	// description follows the quote it attributes ("Gavin Thorne … said the
	// reserve would close …. ⏎ “…,” the fisherman said"); not "Tom Reyes
	// said he may yet vote for the levy. ⏎ The veteran speechwriter said …".
	if ps := st.prevSpk; ps != nil && ps.name != "" && ps.speaker.np.ok() && ps.speaker.np.form != pipeline.Description && !ps.speaker.np.rel &&
		(ps.kind == pipeline.Direct || afterQuote) && ps.speaker.np.first < n.first && para-st.paraOf(ps.speaker.np.first) <= 1 {
		if p := st.personByName(ps.name); p >= 0 && !st.people[p].org && !st.otherNamedBetween(p, ps.speaker.np.last, n.first) {
			return p
		}
	}
	prev := st.doc.Sentences[si-1]
	if prev.Paragraph != para {
		return -1
	}
	for k := prev.First; k < prev.Last; k++ {
		if st.isWord(k) && !st.info[k].cap && textNouns[st.lower(k)] {
			return -1 // "she released a web ad …. “…,” the narrator says": the text's voice, not her
		}
	}
	k := prev.First
	if st.is(k, wPrep|wAdv|wSub|wTime) {
		for j := k + 1; j < prev.Last && j-k <= 8; j++ {
			if st.isPunct(j, ",") {
				k = j + 1 // "In public, she …"
				break
			}
		}
	}
	if k < prev.Last && st.is(k, wPron) {
		// "In public, she oozed confidence.": the he or she, ranked as
		// the story's own pronouns are, when one person stands out.
		w := st.lower(k)
		if w != "he" && w != "she" {
			return -1
		}
		want := byte('M')
		if w == "she" {
			want = 'F'
		}
		p, _ := st.resolveHeShe(k, k, pipeline.Span{}, want, st.prevSpk)
		if p >= 0 && st.margin >= narrativeMargin && !st.people[p].org {
			return p
		}
		return -1
	}
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first {
			continue
		}
		if int(st.tokSent[m.tok]) != si-1 {
			return -1
		}
		if !m.pronoun && !st.people[m.person].org && st.isSubjectMention(m) {
			return m.person
		}
	}
	return -1
}

// personLikeNoun reports a noun whose ending says it names a person: an
// agent ("speechwriter", "lobbyist", "historian", "consultant"), a
// compound in -man or -woman ("radioman", "anchorwoman"), a longer one in
// -ate or -ee ("graduate", "advocate", "employee", "retiree"); not one in
// -ment ("movement", "government").
func personLikeNoun(w string) bool {
	if len(w) < 5 || strings.HasSuffix(w, "ment") {
		return false
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") ||
		len(w) >= 7 && (strings.HasSuffix(w, "ate") || strings.HasSuffix(w, "ee"))
}

// otherNamedBetween reports a person other than p named in tokens [a, b).
func (st *state) otherNamedBetween(p, a, b int) bool {
	for _, m := range st.pmention {
		if m.tok >= a && m.tok < b && m.person != p && !st.people[m.person].org {
			return true
		}
	}
	return false
}

// askedOf returns the one asked in a quote whose speaker is the agent of a
// passive question ("Sanders was asked by host Bill Maher, “…”": Sanders),
// or no phrase.
func (st *state) askedOf(c *candidate) np {
	v := c.cueTok
	if v < 0 || c.pat != patBeforeFrag || st.info[v].cue.class() != asking || st.word(v+1) != "by" {
		return np{}
	}
	lo, _ := st.sentenceBounds(v)
	b := st.beforeAdverbs(v, lo)
	if b < lo || !st.isBe(b) {
		return np{}
	}
	return st.subjectBefore(b, lo)
}

// indefiniteBefore reports an indefinite description headed by role in the
// paragraph of token pos, before it: "An Egyptian official, who spoke on
// condition of anonymity, said … “…,” the official said" is that unnamed
// official, not one the next paragraph names.
func (st *state) indefiniteBefore(pos int, role string) bool {
	return st.indefiniteAt(pos, role) >= 0
}

// indefiniteAt returns the determiner of the last indefinite description
// headed by role in the paragraph of token pos, before it, or -1.
func (st *state) indefiniteAt(pos int, role string) int {
	para := st.paraOf(pos)
	for k := pos - 1; k > 0 && st.paraOf(k) == para; k-- {
		if st.lower(k) != role {
			continue
		}
		for d := k - 1; d >= 0 && k-d <= 4 && st.isWord(d) && !st.is(d, wVerb|wAux|wPrep); d-- {
			if w := st.lower(d); w == "a" || w == "an" {
				return d
			}
		}
	}
	return -1
}

// sameIndefinite names a definite description of an unnamed source with
// the indefinite one that brought the source in earlier in the paragraph
// ("An Egyptian official … said … “…,” the official said": An Egyptian
// official), and reports whether it did.
func (st *state) sameIndefinite(c *candidate, n *np, head int) bool {
	if head != n.last-1 || n.last-n.first != 2 || !st.personHead(n) {
		return false // "the official", not "the official's aide" nor "the document"
	}
	d := st.indefiniteAt(n.first, st.lower(head))
	if d < 0 {
		return false
	}
	m := st.npAfter(d, n.first)
	h := st.headOf(&m)
	if !m.ok() || m.form != pipeline.Description || h < 0 || st.lower(h) != st.lower(head) {
		return false
	}
	if h+1 < m.last && !attachPreps[st.word(h+1)] || st.word(h+1) == "to" {
		m.last, m.span = h+1, st.span(m.first, h+1) // "a 26-year-old man to five months": the man
	}
	c.name, c.entity = st.doc.Text[m.span.Start:m.span.End], -1
	return true
}

// setupVerbs end a sentence that sets up the next quote with no speech of
// its own: "Ellery disagreed."
var setupVerbs = map[string]bool{"disagreed": true, "agreed": true, "demurred": true, "scoffed": true, "objected": true,
	"balked": true, "concurred": true, "dissented": true, "differed": true}

// setupLinks are the verbs of a sentence that describes its subject before
// a quote: "Her rival, Tom Ellery, was unimpressed."
var setupLinks = map[string]bool{"was": true, "is": true, "were": true, "seemed": true, "appeared": true, "sounded": true,
	"remained": true, "looked": true}

// setupSubject returns the person named as the subject of a short sentence
// that sets up a direct quote and says nothing itself ("Her rival, Tom
// Ellery, was unimpressed." or "Ellery disagreed."), when definite
// description n, after the quote, is its speaker and the quote opens the
// next sentence of the paragraph: "“…,” the Labour frontbencher said". A
// reader takes such an epithet for the person just described. Else -1.
func (st *state) setupSubject(c *candidate, n *np, head int) int {
	if c.kind != pipeline.Direct || c.seg < 0 || st.info[head].cap || st.is(head, wOrgHead|wPlural) {
		return -1
	}
	o := st.tokenAt(st.segs[c.seg].open.Start)
	if o < 0 || n.first <= o {
		return -1
	}
	si := int(st.tokSent[o])
	if si == 0 || st.doc.Sentences[si].First != o || st.paraOf(o) != st.doc.Sentences[si-1].Paragraph {
		return -1
	}
	w := st.lower(head)
	if textNouns[w] || newsNouns[w] || companyNouns[w] {
		return -1
	}
	prev := st.doc.Sentences[si-1]
	p, k := -1, -1
	for _, m := range st.pmention {
		if m.tok < prev.First || m.tok >= prev.Last || m.pronoun {
			continue
		}
		if p >= 0 || st.people[m.person].org || !st.isSubjectMention(m) {
			return -1 // a second person, an organization, an object
		}
		p, k = m.person, m.end
	}
	if p < 0 {
		return -1
	}
	if g := roleGender(w); g != 0 && st.people[p].gender != 0 && g != st.people[p].gender {
		return -1
	}
	// The predicate: a linking verb and a few words ("was unimpressed",
	// "was more blunt"), or a verb of disagreement, then the sentence's end.
	for k < prev.Last && !(st.isWord(k) && (setupLinks[st.lower(k)] || setupVerbs[st.lower(k)])) {
		if st.info[k].cue.isVerb() || st.isWord(k) && st.is(k, wVerb|wAux) && !st.info[k].cap {
			return -1
		}
		k++
	}
	if k >= prev.Last {
		return -1
	}
	words := 0
	for j := k + 1; j < prev.Last; j++ {
		if st.info[j].cue.isVerb() || st.inSeg[j] >= 0 || st.isPunct(j, ",") {
			return -1
		}
		if st.isWord(j) {
			words++
		}
	}
	if setupVerbs[st.lower(k)] && words > 0 || words == 0 && setupLinks[st.lower(k)] || words > 3 {
		return -1
	}
	return p
}

// epithetKin are the family words of the epithets British papers give the
// person they have just named: "the mother-of-three", "the mum-of-two",
// "the great-grandmother", "the dad-of-one". A family word alone ("the
// mother") is most often someone's relative, so it takes a count
// ("-of-three") or "great-"; the value is the gender.
var epithetKin = map[string]byte{"mother": 'F', "mum": 'F', "mom": 'F', "grandmother": 'F', "gran": 'F', "grandma": 'F', "nan": 'F',
	"father": 'M', "dad": 'M', "grandfather": 'M', "grandad": 'M', "granddad": 'M', "grandpa": 'M'}

// epithetHolder returns the person a definite family epithet ("the
// mother-of-three", "the great-grandmother") stands for: the named subject
// nearest before it in its paragraph, outside quotes, with no other person
// named between (a name nothing shows to be a person's does not count) and
// a gender that does not disagree; else -1.
func (st *state) epithetHolder(n *np) int {
	if n.last-n.first < 2 || n.plural || !st.is(n.first, wDet) || !strings.EqualFold(st.word(n.first), "the") {
		return -1
	}
	w := strings.ToLower(st.doc.Text[st.doc.Tokens[n.first+1].Start:st.doc.Tokens[n.last-1].End])
	great := false
	for strings.HasPrefix(w, "great-") {
		w, great = w[len("great-"):], true
	}
	kin, count, _ := strings.Cut(w, "-of-")
	g, ok := epithetKin[kin]
	if !ok || count == "" && !great || strings.ContainsAny(count, " -") || count == "" && !strings.HasPrefix(kin, "gran") {
		return -1
	}
	para := st.paraOf(n.first)
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first || m.pronoun {
			continue
		}
		if st.paraOf(m.tok) != para {
			return -1
		}
		if st.inSeg[m.tok] >= 0 || !st.personEvidence(m.person) {
			continue // "the Save Our Baths campaign": no one
		}
		p := &st.people[m.person]
		if p.org || !st.isSubjectMention(m) || p.gender != 0 && p.gender != g {
			return -1
		}
		return m.person
	}
	return -1
}
