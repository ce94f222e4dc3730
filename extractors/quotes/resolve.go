package quotes

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sayso/sayso/extractors/internal/names"
	"github.com/sayso/sayso/pipeline"
)

//go:embed data/firstnames.tsv
var firstNamesTSV string

//go:embed data/firstnames-rare.tsv
var rareFirstNamesTSV string

// firstNames maps lower-case first names to the sex most of their bearers
// have ('M' or 'F'); see data/firstnames.tsv for the source.
var firstNames = sexTable(firstNamesTSV, 12000)

// rareFirstNames holds the names too rare for firstNames (fewer than 500
// bearers born 1925-2005, scripts/gen-firstnames.py): they tell the sex of
// a person named with a surname ("Whit Ayres", "Naureen Jahangir"), never
// that a capitalised word is a first name.
var rareFirstNames = sexTable(rareFirstNamesTSV, 25000)

// sexTable reads a table of lower-case first names and their sex.
func sexTable(tsv string, size int) map[string]byte {
	m := make(map[string]byte, size)
	for line := range strings.SplitSeq(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, sex, ok := strings.Cut(line, "\t")
		if ok && sex != "" {
			m[name] = sex[0]
		}
	}
	return m
}

// firstNameSex looks a lower-case first name up in firstNames, and, the
// table holding the names as the US registers spell them, again with its
// accents taken off: "maría", "hélène", "gérard" are maria, helene, gerard.
func firstNameSex(b []byte) (byte, bool) {
	if g, ok := firstNames[string(b)]; ok {
		return g, true
	}
	for _, c := range b {
		if c >= 0x80 {
			g, ok := firstNames[unaccent.Replace(string(b))]
			return g, ok
		}
	}
	return 0, false
}

// unaccent takes the accents of Western European languages off lower-case
// letters.
var unaccent = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ý", "y")

// person is someone (or some organization) the article names: the fullest
// form of the name and what is known of it.
type person struct {
	first, last int    // tokens of the fullest mention, titles left out
	sur         string // surname(first, last)
	gender      byte
	org         bool
	entity      int
	count       int
	spoke       bool // named as the speaker of a quote
	aged        bool // named with an age ("Yin Myint May, 60,")
}

// personMention is one place where a person is named, outside quotes.
type personMention struct {
	tok, end int // tokens of the name
	person   int
	pronoun  bool // a he or she resolved to the person
}

// titleGender tells the sex a title implies.
func titleGender(w string) byte {
	var buf [32]byte
	switch string(appendLower(buf[:0], strings.TrimSuffix(w, "."))) {
	case "mr", "sir", "lord", "king", "prince", "father", "brother", "congressman":
		return 'M'
	case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "congresswoman":
		return 'F'
	}
	return 0
}

// personTitles are titles that only come before people's names.
var personTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(titleWords) {
		personTitles[w] = true
	}
}

// orgWords end or make organization names.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("Times Post News Journal Agency Department Ministry Party Company Corp. Inc. Group Bank University College Institute Council Committee Commission Association Foundation Court Congress Senate Army Police Service Office Organization Union League Network Tribune Herald Sentinel Inquirer Dispatch Courier Enquirer Press Fund Board Bureau Administration Campaign Center Centre Magazine Reuters AP CNN NBC CBS ABC Fox MSNBC Politico PolitiFact Gazette Telegraph Guardian Examiner Review Coalition Alliance Corporation House Pentagon FBI CIA IRNA Twitter Facebook Google Watch") {
		orgWords[w] = true
	}
}

// buildPeople scans the article for names (runs of capitalised words
// outside quotes) and groups them by surname.
func (st *state) buildPeople() {
	toks := st.doc.Tokens
	st.people = st.people[:0]
	st.pmention = st.pmention[:0]
	st.settled = false
	clear(st.surHead)
	st.surNext = st.surNext[:0]
	for i := 0; i < len(toks); {
		if st.inSeg[i] >= 0 || !st.info[i].cap {
			i++
			continue
		}
		if toks[i].Is(pipeline.ParaStart) && st.titleCaseParagraph(st.paraOf(i)) {
			// A headline ("Francois Hollande Says Donald Trump Makes
			// …"): its capitalised words are no names.
			_, b := st.paraTokens(st.paraOf(i))
			i = max(b, i+1)
			continue
		}
		if toks[i].Is(pipeline.ParaStart) && toks[i].Is(pipeline.AllCaps) {
			// A dateline: "CLEVELAND - Donald Trump …"
			k := i
			for k < len(toks) && toks[k].Is(pipeline.AllCaps) && k-i < 4 {
				k++
			}
			if k < len(toks) && (toks[k].Kind == pipeline.Dash || st.isPunct(k, ",") || st.isPunct(k, "(")) {
				i = k + 1
				continue
			}
		}
		a := i
		j := i
		for j < len(toks) && st.inSeg[j] < 0 && (st.info[j].cap || isNameParticle(st.word(j)) && st.particleBeforeName(j) && (st.word(j) != "-" || st.attached(j)) || st.initialPeriod(j) || st.titlePeriod(j) ||
			j+1 < len(toks) && st.isMark(j) && st.elidedNameStart(j+1) == j-1) &&
			(j == a || !toks[j].Is(pipeline.SentStart)) && !st.is(j, wTime) {
			j++
		}
		i = max(j, a+1)
		if j == a {
			continue
		}
		// A title inside the run starts the name: "Vermont Sen. Bernie
		// Sanders"; a title that tells the sex ("Mrs. Clinton") says so.
		var g byte
		titled := false
		for k := j - 2; k >= a; k-- {
			if st.is(k, wTitle) && st.info[k].cap {
				g, titled = titleGender(st.word(k)), true
				a = k + 1
				if st.titlePeriod(a) {
					a++
				}
				break
			}
		}
		// Title case text ("National Review Crowd Does Not Like Donald
		// Trump") is no name; but a long office before a first name is
		// ("NBC News Senior Investigative Correspondent Cynthia McFadden").
		if j-a-st.particlesIn(a, j) > 5 {
			if k := st.officeBeforeFirstName(a, j); k > a && j-k <= 3 {
				a = k
			} else {
				continue
			}
		}
		titleCase := false
		for k := a; k < j; k++ {
			if k == a && toks[k].Is(pipeline.SentStart) && st.is(k, wSub) {
				continue // "As Johnson and Weld stumped …": a subordinator opening the sentence, left out below
			}
			if st.is(k, wAux|wStop|wPron|wSub) && !st.is(k, wTitle|wRole) && !(k+1 < j && st.isFirstName(k)) {
				titleCase = true
			}
		}
		if titleCase || st.officeRun(a, j) {
			continue
		}
		// A modifier before a first name: "Republican Donald Trump".
		if j-a >= 3 && st.is(a, wTitle) == false && !st.personWordAlone(a) { // not "Fatuma Said Abdalla"
			st.buf = appendLower(st.buf[:0], st.word(a+1))
			if _, ok := firstNameSex(st.buf); ok {
				st.buf = appendLower(st.buf[:0], st.word(a))
				if _, ok := firstNameSex(st.buf); !ok {
					a++
				}
			}
		}
		for j-a >= 2 && !orgWords[st.word(j-1)] && st.headlineModifier(a) {
			a++
		}
		// An office before a first name: "Senate Majority Whip John
		// Cornyn", "Clinton Senior Adviser Sidney Blumenthal", "House
		// Republican Thomas Massie".
		if k := st.officeBeforeFirstName(a, j); k > a {
			a = k
		}
		// Another entity's name before a person's: "Fox News Sean Hannity".
		if k := st.personAfterName(a, j-1); k > a {
			a = k
		}
		// Titles, a leading article or a capitalised sentence opener
		// ("When", "But") out; note the gender titles imply.
		for a < j && (st.is(a, wTitle|wDet) || titleGender(st.word(a)) != 0 || st.is(a, wSub|wConj|wPrep|wAdv|wPron|wStop|wAux|wPossDet|wRel) && !st.is(a, wRole) ||
			st.info[a].cue.isVerb() && toks[a].Is(pipeline.SentStart)) {
			if tg := titleGender(st.word(a)); tg != 0 {
				g = tg
			}
			if st.is(a, wTitle) {
				titled = true
			}
			a++
		}
		if a >= j {
			continue
		}
		a = st.elidedNameStart(a)
		// A capitalised sentence opener before a name ("Maybe Trump",
		// "Six Trump supporters") is part of it only if it is a first
		// name or the article capitalises it elsewhere too.
		// An organization's name the article gives nowhere else keeps
		// it ("National Auction Group said"; not "Follow Breitbart News"),
		// and so does a name of up to four words the entity stage tags as
		// one person.
		if toks[a].Is(pipeline.SentStart) && j-a >= 2 && !st.isFirstName(a) && !st.capsElsewhere[st.word(a)] && !(j-a <= 4 && st.personSpan(a, j) && !isNameParticle(st.lower(a))) && // "Recep Tayyip Erdogan, the Turkish president, said"
			!(j-a >= 3 && st.personWordAlone(a)) && // "Fatuma Said Abdalla said": the entity stage's person opens the name

			!(j-a >= 3 && orgWords[st.word(j-1)] && !st.is(a+1, wDet) && !st.is(a, wVerb) && !st.namedWithout(a)) {
			a++
		}
		// A place or an organization before a surname: "Wisconsin Trump
		// supporters", "Team Trump" (whatever the entity stage calls it).
		if j-a == 2 && teamWords[st.word(a)] {
			a++
		} else if j-a == 2 && st.partyWord(a) {
			// "Republican Trump and Democrat Clinton": a party, which
			// makes a person of the surname as a title does.
			a++
			titled = true
		} else if j-a == 2 && !st.isFirstName(a) && !st.is(a, wTitle) && !st.personSpan(a, j) {
			// Not when the two words are one organization's name
			// ("Skyward Airlines").
			if e := st.entityAt(st.span(a, a+1)); e >= 0 && st.doc.Entities[e].Type != pipeline.Person && !(st.orgMention(st.span(a, j)) && !st.personEntitySurname(st.word(j-1))) || st.knownSurname(st.word(j-1)) {
				a++
			}
		}
		// A capitalised sentence opener is a name only if the article
		// capitalises it elsewhere too, or it is a first name the entity
		// stage calls a person ("Melanie, who asked that her last name
		// not be used, said").
		if toks[a].Is(pipeline.SentStart) && j-a == 1 && (st.info[a].cls != 0 || !st.capsElsewhere[st.word(a)] && !st.personFirstName(a)) &&
			!(a > 0 && st.isMark(a-1) && j < len(toks) && st.info[j].cue.isVerb() && st.info[j].cue.form == formPast && !st.info[j].cap) { // ("… offensive!” Cruz said")
			continue
		}
		// "the mayor of Roanoke", "in Iowa": a place or an organization.
		placeLike := a > 0 && !titled && (st.word(a-1) == "of" || st.word(a-1) == "in" || st.word(a-1) == "from" || st.word(a-1) == "at")
		st.addMention(a, j, g, titled, placeLike)
	}
	st.indexPersonMentions()
}

// indexPersonMentions lists each person's mentions, as indices into
// pmention in text order, so that a rule weighing every person reads each
// one's mentions rather than scanning all mentions per person (quadratic
// on a long article: rankForDescription, introducedBefore).
func (st *state) indexPersonMentions() {
	n := len(st.people)
	st.pmStart = resize(st.pmStart, n+1)
	clear(st.pmStart)
	for _, m := range st.pmention {
		st.pmStart[m.person]++
	}
	for p := 1; p <= n; p++ {
		st.pmStart[p] += st.pmStart[p-1] // the end of p's list
	}
	// Placed from the last mention back, each list fills from its end
	// and pmStart[p] comes down to its start.
	st.pmOrder = resize(st.pmOrder, len(st.pmention))
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		p := st.pmention[mi].person
		st.pmStart[p]--
		st.pmOrder[st.pmStart[p]] = int32(mi)
	}
	st.pmSorted = true
	for mi := 1; mi < len(st.pmention); mi++ {
		if m, prev := st.pmention[mi], st.pmention[mi-1]; m.tok < prev.tok || m.end < prev.end || st.paraOf(m.tok) < st.paraOf(prev.tok) {
			st.pmSorted = false
			break
		}
	}
}

// (pmSorted also asks that their paragraphs come in order.)
//
// mentionRange returns the range [lo, hi) of pmention that holds every
// mention ending at or after token a and starting at or before token b,
// in text order: a window for the rules that look at the names near one
// place, so that they do not scan the whole article's. When the mentions
// are not in text order (never seen; names that overlap could do it) the
// range is all of them.
func (st *state) mentionRange(a, b int) (lo, hi int) {
	if !st.pmSorted {
		return 0, len(st.pmention)
	}
	ms := st.pmention
	lo, hi = 0, len(ms)
	for lo < hi { // the first mention that ends at or after a
		if h := int(uint(lo+hi) >> 1); ms[h].end < a {
			lo = h + 1
		} else {
			hi = h
		}
	}
	i, j := lo, len(ms)
	for i < j { // the first mention that starts after b
		if h := int(uint(i+j) >> 1); ms[h].tok <= b {
			i = h + 1
		} else {
			j = h
		}
	}
	return lo, max(lo, i)
}

// mentionsOf returns the indices into pmention of person p's mentions, in
// text order.
func (st *state) mentionsOf(p int) []int32 { return st.pmOrder[st.pmStart[p]:st.pmStart[p+1]] }

// sameFirstName returns the person with a full name whose given name is
// the one-word name of person p ("His daughter, Elena," and "Elena Alvarez
// said", in either order), when there is exactly one, of p's sex; else -1.
//
// indexed says settlePeople's index of given names is filled.
func (st *state) sameFirstName(p int, indexed bool) int {
	w, g := st.word(st.people[p].first), st.people[p].gender
	found := -1
	if indexed {
		for k := st.firstOf(w); k >= 0; k = int(st.firstNext[k]) {
			if k == p {
				continue
			}
			if q := &st.people[k]; found >= 0 || g != 0 && q.gender != 0 && g != q.gender {
				return -1
			}
			found = k
		}
		return found
	}
	for k := range st.people {
		q := &st.people[k]
		if k == p || q.org || q.last-q.first < 2 || st.word(q.first) != w {
			continue
		}
		if found >= 0 || g != 0 && q.gender != 0 && g != q.gender {
			return -1
		}
		found = k
	}
	return found
}

// personWordAlone reports a word the entity stage calls a person on its
// own, its name cut after it: "Fatuma" of "Fatuma Said Abdalla said", where
// the tagger took "Said" for the verb. Such a word opens a name; a word
// inside a longer person mention ("DJ Beverly Bond") may be a modifier.
func (st *state) personWordAlone(k int) bool {
	t := st.doc.Tokens[k]
	for _, m := range st.doc.Mentions {
		if m.Start >= t.End {
			break
		}
		if m.Start == t.Start && m.End == t.End && m.Entity >= 0 && m.Entity < len(st.doc.Entities) {
			return st.doc.Entities[m.Entity].Type == pipeline.Person
		}
	}
	return false
}

// nicknamePerson returns the person whose nickname the one word at token t
// is: the word written elsewhere in quotation marks after "called", "known
// as", "nicknamed" or "dubbed" that follow a person's name ("Yaw Mensah,
// popularly called 'Maestro', said" … "Maestro said"), or inside a name,
// before its surname ("Sen. Ramon "Bong" Cruz" … "Bong"); else -1.
func (st *state) nicknamePerson(t int) int {
	toks := st.doc.Tokens
	w := st.word(t)
	if !st.info[t].cap {
		return -1
	}
	if !st.quotedIndexed {
		// Built on the first call: most articles never ask.
		st.quotedWords = st.quotedWords[:0]
		for k := 1; k+1 < len(toks); k++ {
			if st.isMark(k-1) && st.isMark(k+1) {
				st.quotedWords = append(st.quotedWords, int32(k))
			}
		}
		st.quotedIndexed = true
	}
	for _, k := range st.quotedWords {
		k := int(k)
		if k == t || st.word(k) != w {
			continue
		}
		lo, hi := st.mentionRange(k-8, k+2)
		for _, m := range st.pmention[lo:hi] {
			if m.pronoun || st.people[m.person].org {
				continue
			}
			if m.tok == k+2 && k-2 >= 0 && st.info[k-2].cap && st.isFirstName(k-2) {
				return m.person // "Ramon "Bong" Cruz"
			}
			if m.end > k-2 || k-m.end > 6 {
				continue
			}
			b := k - 2
			if lw := st.lower(b); (lw == "called" || lw == "nicknamed" || lw == "dubbed" || lw == "as" && st.lower(b-1) == "known") && st.isPunct(m.end, ",") {
				return m.person // "Yaw Mensah, popularly called 'Maestro',"
			}
		}
	}
	return -1
}

// officeRun reports a run of capitalised words [a, j) after "the" that
// ends with a title and holds no first name: an office, not a name ("the
// Executive Mayor of the district, Cllr X,"; "the Prime Minister said").
func (st *state) officeRun(a, j int) bool {
	if !st.is(j-1, wTitle) || j-a < 2 && !(a > 0 && st.lower(a-1) == "the") {
		return false
	}
	if !(a > 0 && st.lower(a-1) == "the" || strings.EqualFold(st.word(a), "the")) {
		return false
	}
	for k := a; k < j; k++ {
		if st.isFirstName(k) || !st.isWord(k) {
			return false
		}
	}
	return true
}

// partyWord reports a capitalised party word at token k: "Democrat",
// "Republican", "GOP".
func (st *state) partyWord(k int) bool {
	st.buf = appendLower(st.buf[:0], st.word(k))
	return partyWords[string(st.buf)]
}

// teamWords name a person's camp when they stand before the surname:
// "Team Trump sees the convention as a second chance for Donald Trump".
// ("Camp David" is a place, so not "Camp".)
var teamWords = map[string]bool{"Team": true}

// familyNameFirst reports a two-word name in East Asian order, family name
// first, whose family name the US first-name table gives a sex: "Chinese
// Foreign Ministry spokesman Lu Kang" is no woman for being a "Lu". The
// given name after it must be no first name of the table ("Lu Ann").
func (st *state) familyNameFirst(a, j int) bool {
	if j-a != 2 || st.isFirstName(a+1) {
		return false
	}
	st.buf = appendLower(st.buf[:0], st.word(a))
	return eastAsianFamilyNames[string(st.buf)]
}

// eastAsianFamilyNames are the common Chinese, Korean and Vietnamese
// family names that data/firstnames.tsv holds as US first names with a sex
// (13 of some 110 checked): the sex is the US babies', not the bearer's.
var eastAsianFamilyNames = map[string]bool{"lu": true, "ma": true, "su": true, "lei": true, "ren": true, "tan": true,
	"kong": true, "meng": true, "duan": true, "cheng": true, "park": true, "hoang": true, "vu": true}

// officeBeforeFirstName returns where the name in tokens [a, j) starts
// when an office or a party stands before its first name ("Senate Majority
// Whip John Cornyn": John), else a.
func (st *state) officeBeforeFirstName(a, j int) int {
	for k := j - 2; k > a; k-- {
		if st.isFirstName(k) && (st.is(k-1, wRole|wGroupAdj) || strings.EqualFold(st.word(k-1), "whip")) && !st.isFirstName(k-1) {
			return k
		}
	}
	return a
}

// personSpan reports a person mention of the entity stage that covers
// exactly tokens [a, b): "Rakeyia Scott", whose first name the table lacks.
func (st *state) personSpan(a, b int) bool {
	sp := st.span(a, b)
	for _, m := range st.doc.Mentions {
		if m.Start > sp.Start {
			break
		}
		if m.Span == sp && m.Type == pipeline.Person {
			return true
		}
	}
	return false
}

// personFirstName reports a first name that the entity stage tags as a
// person.
func (st *state) personFirstName(a int) bool {
	if !st.isFirstName(a) {
		return false
	}
	e := st.entityAt(st.doc.Tokens[a].Span)
	return e >= 0 && st.doc.Entities[e].Type == pipeline.Person
}

// firstNameGenders gives a person named by a first name alone ("Melanie",
// "Hillary"), whom the entity stage calls a person, the sex of that name,
// unless the word is someone's surname in the article too ("Clinton").
func (st *state) firstNameGenders() {
	for pi := range st.people {
		p := &st.people[pi]
		if p.gender != 0 || p.org || p.last-p.first != 1 || st.info[p.first].cls != 0 ||
			p.entity < 0 || p.entity >= len(st.doc.Entities) || st.doc.Entities[p.entity].Type != pipeline.Person {
			continue
		}
		w := st.word(p.first)
		surname := false
		for k := range st.people {
			q := &st.people[k]
			if k != pi && q.last-q.first >= 2 && q.sur == w {
				surname = true
				break
			}
		}
		if !surname {
			st.buf = appendLower(st.buf[:0], w)
			p.gender, _ = firstNameSex(st.buf)
		}
	}
}

// familyGenders gives a person whose name tells no sex the sex of a
// family word the story introduces them with: "his daughter Ivanka Trump",
// "His wife, Rakeyia Scott,", "Humayun Khan, their son,".
func (st *state) familyGenders() {
	toks := st.doc.Tokens
	for _, m := range st.pmention {
		p := &st.people[m.person]
		if p.gender != 0 || p.org {
			continue
		}
		var g byte
		for k := m.tok - 1; k >= 0 && m.tok-k <= 3 && g == 0; k-- {
			if st.isPunct(k, ",") {
				continue
			}
			if !st.isWord(k) {
				break
			}
			g = familyGender(st.lower(k))
		}
		if g == 0 && m.end+2 < len(toks) && st.isPunct(m.end, ",") {
			for k := m.end + 1; k < len(toks) && k <= m.end+3 && g == 0 && !st.isPunct(k, ","); k++ {
				g = familyGender(st.lower(k))
			}
		}
		p.gender = g
	}
}

// familyGender tells the sex of a family word.
func familyGender(w string) byte {
	switch strings.ToLower(w) {
	case "wife", "daughter", "mother", "sister", "widow", "granddaughter", "grandmother", "niece", "aunt", "stepdaughter", "stepmother":
		return 'F'
	case "husband", "son", "father", "brother", "widower", "grandson", "grandfather", "nephew", "uncle", "stepson", "stepfather":
		return 'M'
	}
	return 0
}

// titleCaseParagraph reports a headline-like paragraph: short, most of
// its words capitalised.
func (st *state) titleCaseParagraph(p int) bool {
	a, b := st.paraTokens(p)
	words, caps := 0, 0
	for k := a; k < b; k++ {
		if st.isWord(k) {
			words++
			if st.info[k].cap {
				caps++
			}
		}
	}
	return words >= 4 && words <= 25 && caps*5 >= words*4
}

// knownSurname reports a surname the article already gives with a first
// name ("Donald Trump"): a capitalised word before it that is not a first
// name is a modifier ("Team Trump").
func (st *state) knownSurname(sur string) bool {
	for k := range st.people {
		p := &st.people[k]
		if p.last-p.first >= 2 && p.sur == sur && st.isFirstName(p.first) {
			return true
		}
	}
	return false
}

// findCapsElsewhere notes the capitalised words the article uses inside
// sentences: a sentence opener that is also one of them is likely a name.
func (st *state) findCapsElsewhere() {
	if st.capsElsewhere == nil {
		st.capsElsewhere = map[string]bool{}
	}
	clear(st.capsElsewhere)
	if st.lowerWords == nil {
		st.lowerWords = map[string]bool{}
	}
	clear(st.lowerWords)
	for i, t := range st.doc.Tokens {
		if st.info[i].cap && !t.Is(pipeline.SentStart) && i > 0 && !st.isMark(i-1) {
			st.capsElsewhere[st.word(i)] = true
		}
		if !st.info[i].cap && st.isWord(i) {
			st.lowerWords[st.word(i)] = true
		}
	}
}

// headlineModifier reports a capitalised word before a name in the
// article's first paragraph, its headline, that is no part of the name: a
// group adjective or a word the article writes in lower case elsewhere
// ("Republican Donor Adelson and Trump May be Aligning", "Hacker Guccifer:
// …"), not a first name.
func (st *state) headlineModifier(k int) bool {
	if st.paraOf(k) != 0 || st.isFirstName(k) {
		return false
	}
	st.buf = appendLower(st.buf[:0], st.word(k))
	return st.is(k, wGroupAdj) || st.lowerWords[string(st.buf)]
}

// isFirstName reports a word listed as a first name ("Will", "May").
func (st *state) isFirstName(k int) bool {
	st.buf = appendLower(st.buf[:0], st.word(k))
	_, ok := firstNameSex(st.buf)
	return ok
}

// ageAfter reports an age in commas after the name ending before token j:
// "Yin Myint May, 60, a doctor".
func (st *state) ageAfter(j int) bool {
	if j+2 >= len(st.doc.Tokens) || !st.isPunct(j, ",") || !st.isPunct(j+2, ",") {
		return false
	}
	w := st.word(j + 1)
	return len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// lowerAfterHyphen reports a word whose part after a hyphen is in lower
// case: "Oscar-winner", "Harvard-educated".
func lowerAfterHyphen(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

func (st *state) addMention(a, j int, g byte, titled, placeLike bool) {
	toks := st.doc.Tokens
	if !titled && st.is(j-1, wGroupAdj) && (j-a == 1 || !st.isFirstName(a)) && !st.knownSurname(st.word(j-1)) {
		return // "Mexican flags", "the first Republican mayor", "South Korean"; not Mark Cuban
	}
	if j-a == 1 && partyState(st.word(a)) {
		return // "Rep. Jason Chaffetz, R-Utah, said"
	}
	// "Oscar-winner Sarandon", "Pulitzer-winning Smith": a compound that
	// goes on in lower case is a description, not a first name.
	for j-a >= 2 && lowerAfterHyphen(st.word(a)) {
		a++
	}
	sur := st.surname(a, j)
	fg := byte(0)
	if j-a >= 2 {
		st.buf = appendLower(st.buf[:0], st.word(a))
		fg, _ = firstNameSex(st.buf)
	}
	if g == 0 && !st.familyNameFirst(a, j) {
		g = fg
		if g == 0 && j-a >= 2 {
			// "Republican pollster Whit Ayres …. “…,” he said": a rare
			// first name still tells the sex.
			st.buf = appendLower(st.buf[:0], st.word(a))
			g = rareFirstNames[string(st.buf)]
		}
	}
	// A title and a first name make a person of a surname that also ends
	// organizations' names ("Mayor Don Guardian", "Sen. Ann Post").
	personal := titled && fg != 0 && j-a >= 2
	org := orgWords[sur] && !personal || st.doc.Tokens[j-1].Is(pipeline.AllCaps) && j-a == 1 || placeLike && fg == 0
	ent := st.entityAt(pipeline.Span{Start: toks[a].Start, End: toks[j-1].End})
	aged := j-a >= 2 && st.ageAfter(j)
	if aged {
		// "One voter, Guadalupe Potocacetpl, 35, showed up": an age makes
		// a person, whatever the entity stage says.
		org, ent = false, -1
	}
	if ent >= 0 {
		switch st.doc.Entities[ent].Type {
		case pipeline.Organization:
			// A first name and a surname make a person, whatever a
			// longer entity around them says ("Stacy Baker of Columbia").
			if !(fg != 0 && j-a >= 2 && !orgWords[sur]) && !titled {
				org = true
			}
		case pipeline.Person:
			org = false
		case pipeline.Place:
			if !titled && fg == 0 {
				return
			}
		}
	}
	if webAddress(st.word(j - 1)) {
		org = true // "GunBroker.com"
	}
	if org && !personal && j-a == 1 && orgWords[sur] {
		// "Guardian said" after "Mayor Don Guardian": the person's surname.
		for _, k := range st.withSurname(sur) {
			if p := &st.people[k]; !p.org && p.last-p.first >= 2 {
				org = false
				break
			}
		}
	}
	// The person with this surname whose name holds this one: for a
	// surname alone, the first introduced (the story's principal: "Trump"
	// after "Donald Trump" and "Ivanka Trump" is Donald Trump), else the
	// latest; for a title and a surname ("Ms. Khan"), the latest that
	// agrees.
	pi := -1
	same := st.withSurname(sur)
	n := len(same)
	for i := range n {
		k := int(same[n-1-i])
		if j-a == 1 && g == 0 {
			k = int(same[i])
		}
		p := &st.people[k]
		if p.org != org {
			continue
		}
		if st.contains(p.first, p.last, a, j) || st.contains(a, j, p.first, p.last) || st.shortFormOf(p.first, p.last, a, j) >= 0 {
			if g != 0 && p.gender != 0 && g != p.gender {
				continue
			}
			pi = k
			break
		}
	}
	if pi < 0 && !org {
		pi = st.doubleSurname(a, j)
	}
	if pi < 0 && !org {
		pi = st.spellingVariant(a, j, g)
	}
	if pi < 0 {
		st.people = append(st.people, person{first: a, last: j, sur: st.surname(a, j), gender: g, org: org, entity: ent})
		pi = len(st.people) - 1
		st.linkSurname(pi)
	}
	p := &st.people[pi]
	p.count++
	if j-a > p.last-p.first || st.shortFormOf(p.first, p.last, a, j) == 0 {
		p.first, p.last = a, j // the fullest name, the formal given name over its short form
		if sur := st.surname(a, j); sur != p.sur {
			st.unlinkSurname(pi)
			p.sur = sur
			st.linkSurname(pi)
		}
	}
	if p.gender == 0 {
		p.gender = g
	}
	if p.entity < 0 {
		p.entity = ent
	}
	p.aged = p.aged || aged
	st.pmention = append(st.pmention, personMention{tok: a, end: j, person: pi})
}

// The people by surname, for addMention, which otherwise compared each
// mention's surname with every person's (quadratic on a long text): for
// each surname a chain of people in the order of people, kept as names
// grow; withSurname reads one.

// linkSurname puts person p in the chain of its surname.
func (st *state) linkSurname(p int) {
	if st.surHead == nil {
		st.surHead = map[string]int32{}
	}
	for len(st.surNext) < len(st.people) {
		st.surNext = append(st.surNext, -1) // (keeps the links made so far, which resize would not)
	}
	st.surNext[p] = -1
	sur := st.people[p].sur
	h, ok := st.surHead[sur]
	if !ok || int(h) > p {
		if ok {
			st.surNext[p] = h
		}
		st.surHead[sur] = int32(p)
		return
	}
	k := int(h)
	for st.surNext[k] >= 0 && int(st.surNext[k]) < p {
		k = int(st.surNext[k])
	}
	st.surNext[p], st.surNext[k] = st.surNext[k], int32(p)
}

// unlinkSurname takes person p out of the chain of its surname.
func (st *state) unlinkSurname(p int) {
	sur := st.people[p].sur
	h := st.surHead[sur]
	if int(h) == p {
		if st.surNext[p] >= 0 {
			st.surHead[sur] = st.surNext[p]
		} else {
			delete(st.surHead, sur)
		}
		return
	}
	k := int(h)
	for int(st.surNext[k]) != p {
		k = int(st.surNext[k])
	}
	st.surNext[k] = st.surNext[p]
}

// withSurname returns the people whose surname is sur, in the order of
// people (in a buffer the next call reuses).
func (st *state) withSurname(sur string) []int32 {
	st.surBuf = st.surBuf[:0]
	if h, ok := st.surHead[sur]; ok {
		for k := h; k >= 0; k = st.surNext[k] {
			st.surBuf = append(st.surBuf, k)
		}
	}
	return st.surBuf
}

// namedWithout reports a name whose words after token a the article gives
// elsewhere without a's word before them: "Follow Breitbart News on
// Twitter" after "Breitbart News reported".
func (st *state) namedWithout(a int) bool {
	w, lead := st.word(a+1), st.word(a)
	for k := 1; k < len(st.doc.Tokens); k++ {
		if k != a+1 && st.word(k) == w && st.word(k-1) != lead {
			return true
		}
	}
	return false
}

// webAddress reports a site's name written as its address: "GunBroker.com".
func webAddress(w string) bool {
	for _, tld := range [...]string{".com", ".org", ".net", ".co.uk"} {
		if len(w) > len(tld) && strings.EqualFold(w[len(w)-len(tld):], tld) {
			return true
		}
	}
	return false
}

// contains reports whether the name tokens [c, d) all appear in [a, b).
func (st *state) contains(a, b, c, d int) bool {
	for k := c; k < d; k++ {
		found := false
		for m := a; m < b; m++ {
			if sameNameWord(st.word(m), st.word(k)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// shortFormOf compares two names of as many words that differ only in
// their first: 0 when the first name, tokens [a, b), is a short form of the
// second's given name ("Ken Starr", "Kenneth Starr"), 1 the other way, -1
// otherwise.
func (st *state) shortFormOf(a, b, c, d int) int {
	if b-a < 2 || b-a != d-c {
		return -1
	}
	for k := 1; k < b-a; k++ {
		if st.word(a+k) != st.word(c+k) {
			return -1
		}
	}
	switch {
	case names.IsShortFor(st.word(a), st.word(c)):
		return 0
	case names.IsShortFor(st.word(c), st.word(a)):
		return 1
	}
	return -1
}

// entityAt returns the entity one of whose mentions overlaps s, or -1.
func (st *state) entityAt(s pipeline.Span) int {
	ms := st.doc.Mentions
	if st.mentSorted {
		// Those that end by s's start, which come first, cannot overlap
		// it: a binary search passes them.
		lo, hi := 0, len(ms)
		for lo < hi {
			if h := int(uint(lo+hi) >> 1); ms[h].End <= s.Start {
				lo = h + 1
			} else {
				hi = h
			}
		}
		ms = ms[lo:]
	}
	for _, m := range ms {
		if m.Start >= s.End {
			break
		}
		if m.Overlaps(s) && m.Entity >= 0 && m.Entity < len(st.doc.Entities) {
			return m.Entity
		}
	}
	return -1
}

// orgByFirstWord returns the organization named before token k whose
// longer name opens with k's word ("Northway Trains" for "Northway"), if
// there is exactly one, else -1.
func (st *state) orgByFirstWord(k int) int {
	found := -1
	for i := range st.people {
		p := &st.people[i]
		if !p.org || p.last-p.first < 2 || p.first >= k || st.word(p.first) != st.word(k) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// personEntitySurname reports a person the entity stage found whose name
// ends with w ("Michael Mukasey" for "AG Mukasey").
func (st *state) personEntitySurname(w string) bool {
	for _, e := range st.doc.Entities {
		if e.Type == pipeline.Person && strings.HasSuffix(e.Name, " "+w) {
			return true
		}
	}
	return false
}

// orgMention reports an organization mention of the entity stage that
// covers exactly s.
func (st *state) orgMention(s pipeline.Span) bool {
	for _, m := range st.doc.Mentions {
		if m.Start > s.Start {
			break
		}
		if m.Span == s && m.Entity >= 0 && m.Entity < len(st.doc.Entities) && st.doc.Entities[m.Entity].Type == pipeline.Organization {
			return true
		}
	}
	return false
}

// personOf returns the person a Named phrase names, or -1.
func (st *state) personOf(n *np) int {
	a, j := n.nameFirst, n.nameLast
	if a >= j {
		return -1
	}
	sur := st.surname(a, j)
	var g byte
	for k := n.first; k < a; k++ {
		if tg := titleGender(st.word(k)); tg != 0 {
			g = tg
		}
	}
	best, bestScore := -1, -1
	full := 0 // candidates with a full name (first name and surname)
	for _, k := range st.withSurname(sur) {
		k := int(k)
		p := &st.people[k]
		if !st.contains(p.first, p.last, a, j) && st.shortFormOf(a, j, p.first, p.last) != 0 {
			continue // "Ken Starr" is the person named "Kenneth Starr" elsewhere
		}
		if g != 0 && p.gender != 0 && g != p.gender {
			continue
		}
		if p.last-p.first >= 2 && !p.org {
			full++
		}
		score := p.count*4 + (p.last - p.first)
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	if full >= 2 && j-a == 1 {
		if p := st.olderOrYounger(n, sur); p >= 0 {
			return p // "the younger Lacombe" of a father and son whose ages the story gave
		}
		if p := st.sameSurnameSubject(n.first, sur); p >= 0 {
			return p
		}
		// Two people share the surname and nothing in the mention tells
		// which: the one the story introduced first, its principal
		// ("Clinton" is Hillary Clinton in a story that names Bill
		// Clinton later), when that one is a person with a full name.
		first := -1
		for _, k := range st.withSurname(sur) {
			k := int(k)
			p := &st.people[k]
			if st.contains(p.first, p.last, a, j) && !p.org && (g == 0 || p.gender == 0 || g == p.gender) {
				first = k
				break
			}
		}
		if first >= 0 && st.people[first].last-st.people[first].first >= 2 {
			return first
		}
		return -1
	}
	if best < 0 {
		if p := st.doubleSurname(a, j); p >= 0 {
			return p
		}
		return st.spellingVariant(a, j, g) // "Labbot said" after "Elise Labott"
	}
	return best
}

// sameSurnameSubject returns the one person of surname sur whose full name
// is a subject before token pos, in pos's paragraph or the one before, or
// -1 (none, or two): "Patricia Smith, mother of Benghazi victim Sean Smith,
// rejected the claim. ⏎ “…,” Smith said" is the mother, whoever the story
// named first.
func (st *state) sameSurnameSubject(pos int, sur string) int {
	para := st.paraOf(pos)
	found := -1
	for i := len(st.pmention) - 1; i >= 0; i-- {
		m := st.pmention[i]
		if m.tok >= pos {
			continue
		}
		if para-st.paraOf(m.tok) > 1 {
			break
		}
		p := &st.people[m.person]
		if m.pronoun || p.org || m.end-m.tok < 2 || st.surname(m.tok, m.end) != sur {
			continue
		}
		if m.tok > 0 && st.is(m.tok-1, wConj) || m.end < len(st.doc.Tokens) && st.is(m.end, wConj) {
			continue // "Jim Bennett and Sandy Paradis stand …": one of two
		}
		if m.tok > 1 && st.isPunct(m.tok-1, ",") && isLowerASCII(st.word(m.tok-2)) && !st.is(m.tok-2, wAdv) {
			continue // "his Spanish-sounding name, Rafael Edward Cruz,": a noun's appositive
		}
		if st.prepBefore(m.tok) {
			continue // "mother of Benghazi victim Sean Smith": a preposition's object
		}
		if st.isSubjectMention(m) || st.speakerTok(m.tok) {
			if found >= 0 && found != m.person {
				return -1 // "Hillary Clinton spoke in Iowa. Bill Clinton spoke later.": no telling
			}
			found = m.person
		}
	}
	return found
}

// prepBefore reports a lower-case preposition among the few words that
// run up to token k without punctuation: "of Benghazi victim Sean Smith".
func (st *state) prepBefore(k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4 && st.isWord(i); i-- {
		if st.is(i, wPrep) && !st.info[i].cap {
			return true
		}
		if st.doc.Tokens[i].Is(pipeline.SentStart) {
			break
		}
	}
	return false
}

// particleBeforeName reports a name particle at token j that goes on into
// a name: before a capitalised word, or before a second particle and one
// ("de la Rosa", "van der Linde").
func (st *state) particleBeforeName(j int) bool {
	toks := st.doc.Tokens
	if j+1 >= len(toks) {
		return false
	}
	if st.info[j+1].cap {
		return true
	}
	return j+2 < len(toks) && st.word(j+1) != "-" && isNameParticle(st.word(j+1)) && st.info[j+2].cap
}

// particlesIn counts the name particles in tokens [a, b).
func (st *state) particlesIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if isNameParticle(st.word(k)) {
			n++
		}
	}
	return n
}

// doubleSurname returns the person whose first surname the name in tokens
// [a, j) is, else -1: Spanish and Portuguese news names a person by the
// father's surname, the first of two ("Luis Alberto Quintero Salas" ...
// "Quintero"; "María de la Rosa Echeverri" ... "de la Rosa"). The name is
// one word (its particles before it), the person's next-to-last and not
// their first; a word that is
// also a first name counts only after a particle ("de la Rosa", not
// "Rosa" alone), since a middle name is no surname ("Martin Luther King").
func (st *state) doubleSurname(a, j int) int {
	if j-a != 1 {
		return -1 // a first name and a surname are someone of their own ("Mike Pence", not "Mike Pence Calls")
	}
	w := st.word(j - 1)
	st.buf = appendLower(st.buf[:0], w)
	if _, first := firstNameSex(st.buf); first && !(a > 0 && isNameParticle(st.lower(a-1))) {
		return -1
	}
	found := -1
	for k := range st.people {
		p := &st.people[k]
		if p.org || p.last-p.first-st.particlesIn(p.first, p.last) < 3 || st.word(p.last-2) != w || p.last-2 == p.first ||
			!st.contains(p.first, p.last, a, j) {
			continue
		}
		if found >= 0 && st.personName(found) != st.personName(k) {
			return -1 // two people with that first surname: no telling
		}
		found = k
	}
	return found
}

// spellingVariant returns the one person named in full before whose
// surname the one-word name in tokens [a, j) misspells by a doubled letter
// written single, doubled or moved ("Labbot" after "Elise Labott"), when
// it has five letters or more and is no word of the lexicon; else -1. Two
// such people, or a sex that disagrees, and the name stays someone of its
// own. (A first name spelt two ways, "Hilary Clinton" in an abstract and
// "Hillary Clinton" in the text, is left alone: both are names, and
// nothing tells which the article means.)
func (st *state) spellingVariant(a, j int, g byte) int {
	w := st.word(a)
	if j-a != 1 || len(w) < 5 || st.info[a].cls != 0 {
		return -1
	}
	found := -1
	for k := range st.people {
		p := &st.people[k]
		if p.org || p.last-p.first < 2 || g != 0 && p.gender != 0 && g != p.gender {
			continue
		}
		if sur := st.word(p.last - 1); sur == w || !sameUndoubled(w, sur) || !st.isFirstName(p.first) {
			continue
		}
		if found >= 0 && st.personName(found) != st.personName(k) {
			return -1
		}
		found = k
	}
	return found
}

// sameUndoubled reports two words that are the same once each run of a
// doubled letter is written once: "Hilary" and "Hillary", "Labbot" and
// "Labott".
func sameUndoubled(a, b string) bool {
	i, k := 0, 0
	for i < len(a) && k < len(b) {
		if a[i] != b[k] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for k < len(b) && b[k] == c {
			k++
		}
	}
	return i == len(a) && k == len(b)
}

// olderOrYounger names a surname that two people share by the word before
// it ("the younger Lacombe", "the elder Lacombe") when the story gave their
// ages ("Gérard Lacombe, 67," "Julien Lacombe, 39,"): the youngest or the
// oldest of those with the surname, else -1.
func (st *state) olderOrYounger(n *np, sur string) int {
	young := false
	switch k := n.nameFirst - 1; {
	case k < n.first:
		return -1
	case strings.EqualFold(st.word(k), "younger"):
		young = true
	case strings.EqualFold(st.word(k), "elder") || strings.EqualFold(st.word(k), "older"):
	default:
		return -1
	}
	best, bestAge := -1, 0
	for _, m := range st.pmention {
		if m.tok >= n.first || st.surname(st.people[m.person].first, st.people[m.person].last) != sur || !st.ageAfter(m.end) {
			continue
		}
		age, _ := strconv.Atoi(st.word(m.end + 1))
		if best < 0 || young && age < bestAge || !young && age > bestAge {
			best, bestAge = m.person, age
		}
	}
	return best
}

func (st *state) personName(p int) string {
	if st.settled {
		return st.names[p]
	}
	return st.nameOf(p, false)
}

// nameOf is personName; indexed says settlePeople's index of given names
// is filled.
func (st *state) nameOf(p int, indexed bool) string {
	pp := &st.people[p]
	if pp.last-pp.first == 1 && !pp.org && st.isFirstName(pp.first) {
		if q := st.sameFirstName(p, indexed); q >= 0 {
			pp = &st.people[q] // "His daughter, Elena," of a story that names Elena Alvarez
		}
	}
	return st.doc.Text[st.doc.Tokens[pp.first].Start:st.doc.Tokens[pp.last-1].End]
}

// settlePeople indexes the people's names once they no longer change (see
// state.settled): personName, personByName and sameFirstName then read the
// index. buildPeople clears st.settled.
func (st *state) settlePeople() {
	n := len(st.people)
	if st.byName == nil {
		st.byName, st.firstHead = map[string]int32{}, map[string]int32{}
	}
	clear(st.byName)
	clear(st.firstHead)
	st.firstNext = resize(st.firstNext, n)
	for k := n - 1; k >= 0; k-- {
		st.firstNext[k] = -1
		if q := &st.people[k]; !q.org && q.last-q.first >= 2 {
			w := st.word(q.first)
			if h, ok := st.firstHead[w]; ok {
				st.firstNext[k] = h
			}
			st.firstHead[w] = int32(k)
		}
	}
	st.names = resize(st.names, n)
	for k := range n {
		name := st.nameOf(k, true)
		st.names[k] = name
		if _, ok := st.byName[name]; !ok {
			st.byName[name] = int32(k)
		}
	}
	st.settled = true
}

// firstOf returns the first person of two or more words, not an
// organization, whose given name is w, or -1 (settlePeople's index).
func (st *state) firstOf(w string) int {
	if k, ok := st.firstHead[w]; ok {
		return int(k)
	}
	return -1
}

// indexReports lists the indirect candidates by start, each with the two
// that end last among those up to it, for nestedReport: the candidates do
// not change while their speakers are named, and asking each of a long
// text's thousands of quotes about every report grew as the square.
func (st *state) indexReports() {
	st.reports = st.reports[:0]
	for i := range st.cands {
		if c := &st.cands[i]; !c.dropped && c.kind == pipeline.Indirect {
			st.reports = append(st.reports, int32(i))
		}
	}
	slices.SortStableFunc(st.reports, func(x, y int32) int { return st.cands[x].span.Start - st.cands[y].span.Start })
	st.reportEnds = st.reportEnds[:0]
	top := reportTop{first: -1, second: -1}
	for _, i := range st.reports {
		end := st.cands[i].span.End
		switch {
		case top.first < 0 || end > st.cands[top.first].span.End:
			top.first, top.second = i, top.first
		case top.second < 0 || end > st.cands[top.second].span.End:
			top.second = i
		}
		st.reportEnds = append(st.reportEnds, top)
	}
	st.reportsIndexed = true
}

// reportTop is the report that ends last and the one after it, -1 if none.
type reportTop struct{ first, second int32 }

// resolveSpeakers names every candidate's speaker, in text order so that a
// pronoun can follow the run of speakers before it.
func (st *state) resolveSpeakers() {
	st.markSpeakerTokens()
	st.buildPeople()
	st.firstNameGenders()
	st.familyGenders()
	st.settlePeople()
	st.markSpeakers()
	st.indexReports()
	st.pronMention = st.pronMention[:0]
	order := make([]int, 0, len(st.cands))
	for i := range st.cands {
		if !st.cands[i].dropped {
			order = append(order, i)
		}
	}
	sortByStart(order, st.cands)
	// The last quote with a speaker, and the last one before it with
	// another speaker's mention: quotes that share a "he said" ("a “shock
	// jock,” “an entertainer,” …. “…,” he said") do not stand before each
	// other.
	lastSpeaker, lastOther := -1, -1
	for _, ci := range order {
		c := &st.cands[ci]
		n := &c.speaker.np
		prev := lastSpeaker
		if prev >= 0 && st.cands[prev].speaker.span == n.span {
			prev = lastOther
		}
		st.prevSpk = nil
		if prev >= 0 {
			st.prevSpk = &st.cands[prev]
		}
		if n.ok() && n.form == pipeline.Named && st.groupWordName(n) {
			n.form = pipeline.Description // "A Republican said", "Another Muslim who … said": a noun, no name
		}
		switch {
		case !n.ok():
		case n.form == pipeline.Named:
			st.nameNamed(c, n)
		case n.form == pipeline.Pronoun:
			st.namePronoun(c, n, prev)
		default:
			st.nameDescription(c, n)
		}
		if c.name != "" && c.speaker.form != pipeline.NoSpeaker && !st.nestedReport(ci) {
			if lastSpeaker >= 0 && st.cands[lastSpeaker].speaker.span != n.span {
				lastOther = lastSpeaker
			}
			lastSpeaker = ci
		}
	}
	st.nameFromFullText(order)
}

// nameFromFullText names a description that speaks in a news feed's
// headline or ABSTRACT ("While the president has repeatedly said he
// opposes sending Americans to fight …") after the FULL TEXT's report of
// the same words, whose speaker the text names ("Even as Mr. Obama has
// repeatedly said that he opposes American ”boots on the ground” in
// far-flung parts of the world"): the first report after FULL TEXT that
// shares two words of five letters or more with it.
func (st *state) nameFromFullText(order []int) {
	full := -1
	for k := 0; k+2 < len(st.doc.Tokens); k++ {
		if st.word(k) == "FULL" && st.word(k+1) == "TEXT" && st.doc.Tokens[k].Is(pipeline.SentStart) {
			full = st.paraOf(k)
			break
		}
	}
	if full < 0 {
		return
	}
	var reports [][]string // contentWords of each report in order, when asked
	for _, ci := range order {
		c := &st.cands[ci]
		n := &c.speaker.np
		if !n.ok() || n.form != pipeline.Description || n.plural || st.paraOf(n.first) >= full || c.name != st.doc.Text[n.span.Start:n.span.End] {
			continue
		}
		words := contentWords(st.doc.Text[c.span.Start:c.span.End])
		for j, oi := range order {
			o := &st.cands[oi]
			m := &o.speaker.np
			if !m.ok() || m.form == pipeline.Pronoun || o.name == "" || st.paraOf(m.first) <= full ||
				m.form == pipeline.Description && o.name == st.doc.Text[m.span.Start:m.span.End] {
				continue
			}
			// Each report's words once: a feed's text can hold hundreds
			// of reports and as many headline descriptions.
			if reports == nil {
				reports = make([][]string, len(order))
			}
			if reports[j] == nil {
				reports[j] = append([]string{}, contentWords(st.doc.Text[o.span.Start:o.span.End])...) // (not nil when empty: asked once)
			}
			shared := 0
			for _, w := range reports[j] {
				if slices.Contains(words, w) {
					shared++
				}
			}
			if shared >= 2 {
				c.name, c.entity = o.name, o.entity
				break
			}
		}
	}
}

// contentWords returns the distinct lower-case words of five letters or
// more in s.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
		if len(w) >= 5 && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// groupWordName reports a name phrase whose name is one group adjective
// after a determiner and lower-case words ("A Republican", "The lifelong
// Republican", "Another Muslim"): a description of someone, whom the story
// may name.
func (st *state) groupWordName(n *np) bool {
	if n.plural || n.nameLast-n.nameFirst != 1 || n.nameFirst <= n.first || !st.is(n.nameFirst, wGroupAdj) || endsPlural(st.word(n.nameFirst)) {
		return false // "Some Democrats", "The Russians": a group's name as the story writes it
	}
	switch st.lower(n.first) {
	case "a", "an", "another":
	case "the":
		if n.nameFirst == n.first+1 {
			return false // "the Independent", a newspaper; "the Texan", nameNamed's
		}
	default:
		return false
	}
	for k := n.first + 1; k < n.nameFirst; k++ {
		if st.info[k].cap {
			return false // "the Utah Republican": nameNamed's
		}
	}
	return true
}

// nestedReport reports a candidate whose cue and words lie inside another
// candidate's reported speech: "Dunwoody … noted that Sanders himself has
// acknowledged he won't be the nominee. ⏎ “…,” he said" (Dunwoody, not
// Sanders); "Cox says the actions wouldn't have prevented the shootings
// that Obama mentioned when he announced the steps": the one reported on
// is no speaker of the story, for the pronouns after.
func (st *state) nestedReport(ci int) bool {
	c := &st.cands[ci]
	if st.reportsIndexed {
		a, b := min(c.cue.Start, c.span.Start), max(c.cue.End, c.span.End)
		// The reports that start by a, the two that end last among them.
		n := sort.Search(len(st.reports), func(i int) bool { return st.cands[st.reports[i]].span.Start > a })
		if n == 0 {
			return false
		}
		r := st.reportEnds[n-1]
		if int(r.first) != ci {
			return st.cands[r.first].span.End >= b
		}
		return r.second >= 0 && st.cands[r.second].span.End >= b
	}
	for i := range st.cands {
		o := &st.cands[i]
		if i != ci && !o.dropped && o.kind == pipeline.Indirect && o.span.Start <= c.cue.Start && c.cue.End <= o.span.End &&
			o.span.Start <= c.span.Start && c.span.End <= o.span.End {
			return true
		}
	}
	return false
}

func sortByStart(order []int, cands []candidate) {
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && cands[order[j]].span.Start < cands[order[j-1]].span.Start; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
}

func (st *state) nameNamed(c *candidate, n *np) {
	toks := st.doc.Tokens
	if n.partner != nil {
		// "Jeb Bush and Chris Christie": both names, no one entity.
		a, b := *n.partner, *n
		b.first, b.partner = b.nameFirst, nil
		st.nameNamed(c, &a)
		first := c.name
		st.nameNamed(c, &b)
		c.name, c.entity = first+" and "+c.name, -1
		return
	}
	if n.nameFirst > n.first && strings.EqualFold(st.word(n.first), "the") && st.is(n.nameLast-1, wRole|wGroupAdj) &&
		st.isPlaceOrParty(n.nameFirst, n.nameLast-1) {
		// "the Utah Republican", "the Wisconsin Democrat": a description.
		d := *n
		d.form = pipeline.Description
		c.name = st.doc.Text[n.span.Start:n.span.End]
		if p := st.rankForDescription(&d, n.nameLast-1, st.lower(n.nameLast-1), n.first); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
		}
		return
	}
	if n.nameLast-n.nameFirst == 1 && n.nameFirst == n.first+1 && n.last == n.nameLast && strings.EqualFold(st.word(n.first), "the") && st.epithet(n.nameFirst) {
		// "the Brazilian said", "The German, who …, said", "the Treasurer
		// said": a nationality or an office, capitalised, is a
		// description of someone the story named, or of the name after
		// it ("The Cathaoirleach, Cllr Liam Furlong (FG), said").
		d := *n
		d.form = pipeline.Description
		if m, ok := st.appositiveName(c, &d); ok {
			st.nameNamed(c, &m)
			return
		}
		c.name = st.doc.Text[n.span.Start:n.span.End]
		if p := st.rankForDescription(&d, n.nameFirst, st.lower(n.nameFirst), n.first); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
		}
		return
	}
	if c.pat == patTranscript {
		if a, ok := st.turnAlias[strings.ToUpper(st.doc.Text[n.span.Start:n.span.End])]; ok {
			if p := st.personOf(&a); p >= 0 {
				c.name, c.entity = st.personName(p), st.people[p].entity
			} else {
				c.name, c.entity = st.doc.Text[a.span.Start:a.span.End], st.entityAt(a.span)
			}
			return
		}
	}
	if c.pat == patTranscript && st.doc.Tokens[n.nameLast-1].Is(pipeline.AllCaps) {
		// "WALLACE: Let's start …" after "Fox News host Chris Wallace":
		// the label is the surname in capitals.
		if p := st.personByCapsSurname(st.word(n.nameLast - 1)); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			return
		}
	}
	if c.pat == patTranscript && !st.doc.Tokens[n.first].Is(pipeline.AllCaps) {
		// "Sport Weekly: You were booed …": a paper's name labels its
		// interviewer's turns; the Q of the intro asks.
		if e := st.entityAt(n.span); e >= 0 && st.doc.Entities[e].Type == pipeline.Organization {
			if p := st.interviewPerson(false); p >= 0 {
				c.name, c.entity = st.personName(p), st.people[p].entity
				return
			}
		}
	}
	if c.pat == patTranscript && n.nameLast-n.nameFirst == 1 && isQALabel(st.word(n.nameFirst)) {
		if p := st.interviewPerson(st.word(n.nameFirst) == "A"); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			return
		}
	}
	if name := st.familyName(n); name != "" {
		c.name, c.entity = name, -1
		return
	}
	if n.nameLast-n.nameFirst == 1 {
		if p := st.nicknamePerson(n.nameFirst); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			return
		}
	}
	p := st.personOf(n)
	if n.nameLast-n.nameFirst == 1 && (p < 0 || st.people[p].last-st.people[p].first == 1) {
		// "Northway said" after "Northway Trains": an organization named
		// by its first word.
		if o := st.orgByFirstWord(n.nameFirst); o >= 0 && !st.isFirstName(n.nameFirst) {
			p = o
		}
	}
	if n.nameLast-n.nameFirst == 1 && (p < 0 || st.people[p].last-st.people[p].first == 1 && !st.people[p].org) {
		// "Sweeny said" after "State Senate President Steve Sweeney":
		// a surname misspelt by one letter.
		if q := st.misspeltSurname(n.nameFirst); q >= 0 {
			p = q
		}
	}
	nameFirst := n.nameFirst
	if p < 0 {
		// "Oversight ranking Democrat Elijah Cummings", "Journalist
		// Jorge Ramos": an office or a party before the first name is no
		// part of the name.
		if k := st.officeBeforeFirstName(n.nameFirst, n.nameLast); k > n.nameFirst {
			m := *n
			m.nameFirst = k
			nameFirst, p = k, st.personOf(&m)
		}
	}
	if p >= 0 {
		c.name = st.personName(p)
		c.entity = st.people[p].entity
		if c.entity < 0 {
			c.entity = st.entityAt(pipeline.Span{Start: toks[nameFirst].Start, End: toks[n.nameLast-1].End})
		}
	} else {
		c.name = st.doc.Text[toks[nameFirst].Start:toks[n.nameLast-1].End]
		c.entity = st.entityAt(pipeline.Span{Start: toks[n.nameFirst].Start, End: toks[n.nameLast-1].End})
	}
	// "the AP" after "the Associated Press": an acronym's fullest name
	// is the one the article spells out.
	x := st.acronymExpansion(c.name)
	if x < 0 {
		x = st.clippedExpansion(c.name)
	}
	if x >= 0 {
		c.name = st.personName(x)
		if e := st.people[x].entity; e >= 0 {
			c.entity = e
		}
	}
}

// misspeltSurname returns the one person named in full whose surname the
// one-word name at token k misspells by a letter left out, added or two
// letters swapped ("Sweeny" for Steve Sweeney, "Keidis" for Anthony
// Kiedis), when the article gives no person that surname as written;
// else -1. Names under five letters are left alone.
func (st *state) misspeltSurname(k int) int {
	w := st.word(k)
	if len(w) < 5 || !st.info[k].cap || st.info[k].cls != 0 {
		return -1 // ("Republicans": a lexicon word)
	}
	found := -1
	for q := range st.people {
		pq := &st.people[q]
		if pq.org || pq.last-pq.first < 2 || !st.isFirstName(pq.first) {
			continue
		}
		sur := st.word(pq.last - 1)
		if sur == w {
			return -1
		}
		if st.info[pq.last-1].cls != 0 {
			continue // "Carolina Republican": no surname
		}
		if !oneEditApart(w, sur) {
			continue
		}
		if found >= 0 && st.personName(found) != st.personName(q) {
			return -1
		}
		found = q
	}
	return found
}

// oneEditApart reports two words that differ by one letter left out or
// added, or by two neighbouring letters swapped.
func oneEditApart(a, b string) bool {
	if len(a) == len(b) {
		for i := 0; i+1 < len(a); i++ {
			if a[i] != b[i] {
				return a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
			}
		}
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) != 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

// epithet reports a capitalised word that, after "the", describes a person
// rather than naming one: a nationality ("the Brazilian", "the Tasmanian")
// or an office, a title's word ("the Treasurer", "the Chancellor", though
// "Chancellor" and "German" are first names too); not a party ("the Republican", which
// stories use for a party's candidate and handle as a group word).
func (st *state) epithet(k int) bool {
	if !st.info[k].cap || newsNames[st.word(k)] {
		return false // "the Guardian"
	}
	if e := st.entityAt(st.doc.Tokens[k].Span); e >= 0 && st.doc.Entities[e].Type != pipeline.Person {
		return false // "The Forward", "The Tennessean": a paper the entity stage knows
	}
	st.buf = appendLower(st.buf[:0], st.word(k))
	w := string(st.buf)
	if st.is(k, wGroupAdj) {
		return !partyWords[w] && !groupPlural(w)
	}
	if st.is(k, wTitle) && titleGender(w) == 0 && w != "dr" && w != "dr." && w != "hon" && w != "hon." {
		return !endsPlural(w) // an office; not a position ("The Forward", a paper)
	}
	if !demonym(w) || st.isFirstName(k) {
		return false
	}
	// A demonym outside the table must stand elsewhere without "the"
	// ("Tasmanian senator Rex Gallagher"): "The Tennessean" is a paper.
	for i := range st.doc.Tokens {
		if i != k && i > 0 && st.word(i) == st.word(k) && !strings.EqualFold(st.word(i-1), "the") {
			return true
		}
	}
	return false
}

// groupPlural reports a group word in the plural: "Saudis", "Brazilians"
// (endsPlural keeps "-is" words singular, as "analysis").
func groupPlural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// partyWords are the group adjectives that name parties and leanings, not
// nations.
var partyWords = map[string]bool{"republican": true, "democrat": true, "democratic": true, "gop": true, "independent": true,
	"libertarian": true, "conservative": true, "liberal": true, "progressive": true, "socialist": true}

// demonym reports a lower-case word formed as the name of a people or a
// region's natives: "tasmanian", "bavarian", "korean", "taiwanese".
func demonym(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ese"))
}

// familyName names a family by its plural surname ("the Khans", "the
// Clintons"): the two or three people of that surname the article named
// before, joined with "and", or "".
func (st *state) familyName(n *np) string {
	if n.nameLast-n.nameFirst != 1 || n.nameFirst == n.first || !strings.EqualFold(st.word(n.first), "the") {
		return ""
	}
	w := st.word(n.nameFirst)
	sur := strings.TrimSuffix(w, "s")
	if sur == w || len(sur) < 2 {
		return ""
	}
	var found [3]int
	k := 0
	for _, m := range st.pmention {
		if m.tok >= n.first {
			break
		}
		p := &st.people[m.person]
		if p.org || p.last-p.first < 2 || p.sur != sur {
			continue
		}
		seen := false
		for _, q := range found[:k] {
			seen = seen || q == m.person
		}
		if seen {
			continue
		}
		if k == len(found) {
			return "" // a larger family: no one name
		}
		found[k] = m.person
		k++
	}
	if k < 2 {
		return ""
	}
	names := st.personName(found[0])
	for _, p := range found[1:k] {
		names += " and " + st.personName(p)
	}
	return names
}

// acronymExpansion returns the name the article gives whose capitalised
// words' initials spell the acronym w ("AP": Associated Press, "IMF":
// International Monetary Fund), or -1.
func (st *state) acronymExpansion(w string) int {
	if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return -1
	}
	for p := range st.people {
		pp := &st.people[p]
		if pp.last-pp.first < 2 {
			continue
		}
		i := 0
		for k := pp.first; k < pp.last && i <= len(w); k++ {
			t := st.word(k)
			if !st.info[k].cap {
				if st.is(k, wPrep|wDet|wConj) {
					continue // "International Monetary Fund", "Bureau of Investigation"
				}
				i = -1
				break
			}
			if i >= len(w) || t[0] != w[i] {
				i = -1
				break
			}
			i++
		}
		if i == len(w) {
			return p
		}
	}
	return -1
}

// clippedExpansion returns the name the article gives whose words the
// parts of the one-word name w begin, one part a word ("HuffPost": the
// Huffington Post, "FiveThirtyEight" no: its parts are not clipped), or -1.
func (st *state) clippedExpansion(w string) int {
	var parts []string
	start := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			parts = append(parts, w[start:i])
			start = i
		}
	}
	if len(parts) == 0 || strings.ContainsAny(w, " .") {
		return -1
	}
	parts = append(parts, w[start:])
	for p := range st.people {
		pp := &st.people[p]
		if pp.last-pp.first != len(parts) {
			continue
		}
		clipped := false
		for i, part := range parts {
			t := st.word(pp.first + i)
			if !st.info[pp.first+i].cap || !strings.HasPrefix(t, part) {
				clipped = false
				break
			}
			clipped = clipped || len(t) > len(part)
			if i == len(parts)-1 && !clipped {
				break
			}
		}
		if clipped {
			return p
		}
	}
	return -1
}

// interviewPerson names the A of a printed interview, the first person
// its introduction names ("Chief Rosa Delgado took over …"), or its Q, the
// one other person the introduction names ("She spoke with the Ledger's Tom
// Brennan"); -1 if the introduction does not tell.
func (st *state) interviewPerson(answer bool) int {
	first, other, others := -1, -1, 0
	for _, m := range st.pmention {
		if m.tok >= st.qaIntroEnd {
			break
		}
		p := m.person
		if m.pronoun || st.people[p].org || st.people[p].last-st.people[p].first < 2 || p == first || p == other {
			continue
		}
		if m.tok > 0 && st.is(m.tok-1, wDet) {
			continue // "She spoke with the Coastal Record's Daniel Frye": a paper, not a person
		}
		if first < 0 {
			first = p
		} else {
			other = p
			others++
		}
	}
	if answer {
		return first
	}
	if others != 1 {
		// "Her business partner, X, says … She spoke with the Valley
		// Courier's Helen Marsh": of several others, the one the
		// interview verb names.
		for _, m := range st.pmention {
			if m.tok >= st.qaIntroEnd {
				break
			}
			if p := m.person; p != first && !m.pronoun && !st.people[p].org && st.people[p].last-st.people[p].first >= 2 && st.interviewerAt(m.tok) {
				if m.end < len(st.doc.Tokens) && st.lower(m.end) == "and" {
					return -1 // "spoke with X and Y": two ask
				}
				return p
			}
		}
		return -1
	}
	return other
}

// interviewVerbs name the one who asks in "spoke with", "talked to", "sat
// down with", "chatted with": the word before with or to.
var interviewVerbs = map[string]bool{"spoke": true, "talked": true, "down": true, "chatted": true}

// interviewerAt reports a name at token k that follows an interview verb
// and its with or to in the same sentence, a paper's possessive allowed
// between ("spoke with the Valley Courier's Helen Marsh", "sat down with
// Sport Weekly's Graham Ellery").
func (st *state) interviewerAt(k int) bool {
	for j := k - 1; j > 0 && k-j <= 6 && st.tokSent[j] == st.tokSent[k]; j-- {
		switch w := st.lower(j); {
		case w == "with" || w == "to":
			return interviewVerbs[st.lower(j-1)] && (st.lower(j-1) != "down" || j > 1 && st.lower(j-2) == "sat")
		case st.isPunct(j, ",") || st.isPunct(j, "."):
			return false
		}
	}
	return false
}

// namePronoun resolves he, she, they, it and who.
func (st *state) namePronoun(c *candidate, n *np, lastSpeaker int) {
	if n.rel && n.antecedent != nil {
		a := n.antecedent
		tmp := candidate{entity: -1}
		switch a.form {
		case pipeline.Named:
			st.nameNamed(&tmp, a)
		case pipeline.Description:
			st.nameDescription(&tmp, a)
		}
		c.name, c.entity = tmp.name, tmp.entity
		// "Sen. Dianne Feinstein, …, who said …. “…,” she said": the
		// relative pronoun is a speaking mention of its person, for the
		// pronouns after it.
		if p := st.personByName(c.name); p >= 0 && a.form == pipeline.Named && !st.people[p].org {
			st.notePronoun(n.first, p)
		}
		return
	}
	w := pronounBase(st.lower(n.first))
	var want byte
	switch w {
	case "he", "his", "him":
		want = 'M'
	case "she", "her":
		want = 'F'
	case "they", "their", "it", "its":
		plural := w == "they" || w == "their"
		// The subject of the pronoun's own sentence before it: "For
		// instance, the paper notes …, it lists …, and it says …" (not the
		// organization that spoke last).
		if st.quoteAnchor(c, n.first) == n.first {
			if m, ok := st.groupSubjectBefore(n.first, plural, 0); ok && m.form == pipeline.Description {
				c.name = st.doc.Text[m.span.Start:m.span.End]
				return
			}
		}
		if plural && st.quoteAnchor(c, n.first) == n.first {
			var ls *candidate
			if lastSpeaker >= 0 {
				ls = &st.cands[lastSpeaker]
			}
			if name := st.coupleSubject(n.first, ls); name != "" {
				c.name, c.entity = name, -1 // "He and his partner came … because they wanted"
				return
			}
		}
		// "To her supporters, there may be a strange logic at work. …,
		// they say": the group whose view the sentence before gives.
		if plural {
			// (Only "To": "For decades, …" is no one's view.)
			if a := st.perspectiveOpener(st.quoteAnchor(c, n.first)); a >= 0 && st.word(a-1) == "To" {
				if m := st.npAfter(a, st.doc.Sentences[st.tokSent[a]].Last); m.ok() && m.form == pipeline.Description && m.plural && st.isPunct(m.last, ",") {
					c.name = st.doc.Text[m.span.Start:m.span.End]
					return
				}
			}
		}
		// The plural subject of a clause opening the pronoun's sentence:
		// "While many harbor pilots expect the toll to pass, …, they say".
		if plural && st.quoteAnchor(c, n.first) == n.first {
			if m, ok := st.leadingClauseSubject(n.first); ok {
				c.name = st.doc.Text[m.span.Start:m.span.End]
				return
			}
		}
		// A group the sentence just before brings in with its verb first,
		// before the group that spoke last: "On the other side are
		// partisans and thinkers who …. They acknowledge …".
		if plural && st.quoteAnchor(c, n.first) == n.first {
			if si := int(st.tokSent[n.first]); si > 0 && st.doc.Sentences[si-1].Paragraph == st.doc.Sentences[si].Paragraph {
				if m, ok := st.invertedSubject(st.doc.Sentences[si-1].First, st.doc.Sentences[si-1].Last); ok {
					c.name = st.doc.Text[m.span.Start:m.span.End]
					return
				}
			}
		}
		// The last speaker that is a group or an organization, unless it
		// spoke in an earlier paragraph and a group is the subject of a
		// sentence before the pronoun in its own: "…, 1,409 teachers said
		// they wanted …. ⏎ The national unions are aware of it. But they
		// maintain …".
		if lastSpeaker >= 0 && !(plural && st.groupOfParagraph(c, n.first, lastSpeaker)) {
			ls := &st.cands[lastSpeaker]
			if st.paraOf(n.first)-st.paraOf(max(ls.speaker.first, 0)) <= 3 && (plural && ls.speaker.plural || (ls.speaker.form == pipeline.Named && st.isOrgSpeaker(ls) || !plural && ls.speaker.form == pipeline.Description && !ls.speaker.plural && st.thingHead(&ls.speaker.np))) {
				c.name, c.entity = ls.name, ls.entity
				return
			}
		}
		// Else the subject of a sentence just before: "Iranian officials
		// met in Oman. They said …"; counted from the quote the pronoun
		// attributes when the quote comes first ("The memo was sent
		// Thursday. ⏎ “…. …,” it stated").
		if m, ok := st.groupSubjectBefore(st.quoteAnchor(c, n.first), plural, 2); ok {
			if a, b, t := st.pairMentionBefore(n.first); plural && a >= 0 && st.tokSent[t] > st.tokSent[m.first] {
				// "The police also released a video …. It contradicted
				// what Trump and Lewandowski said …. They had asserted":
				// the pair named after the group.
				c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
				return
			}
			c.name = st.doc.Text[m.span.Start:m.span.End]
			if m.form == pipeline.Named {
				tmp := candidate{entity: -1}
				st.nameNamed(&tmp, &m)
				c.name, c.entity = tmp.name, tmp.entity
			}
			return
		}
		if !plural {
			// "Bujnowski wrote in the affidavit. It continued: …": a text
			// named in the sentence before.
			if a, b := st.textBefore(st.quoteAnchor(c, n.first)); a >= 0 {
				c.name = st.doc.Text[st.doc.Tokens[a].Start:st.doc.Tokens[b-1].End]
				return
			}
		}
		if plural {
			// "As Johnson and Weld stumped across New England, they were
			// recognized"; "what Trump and Lewandowski said …. They had
			// asserted …": two people named together just before.
			if a, b := st.pairBefore(n.first); a >= 0 {
				c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
				return
			}
			// "Chandhok Singh is a member of the coalition. His friend
			// Sajid Tarar started Muslims for Trump. They say …": the two
			// people the two sentences before are about, one each.
			if a, b := st.subjectsOfTwoBefore(st.quoteAnchor(c, n.first)); a >= 0 {
				c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
				return
			}
		}
		c.name = st.word(n.first)
		return
	case "i", "me", "my":
		// The writer's I: the author the article's credit or tagline names
		// ("From STEALING AMERICA by Dinesh D’Souza."; "Rick Scott is the
		// Republican governor of Florida."), else the word.
		c.name = st.word(n.first)
		if a, b := st.writer(); a >= 0 {
			c.name = st.doc.Text[st.doc.Tokens[a].Start:st.doc.Tokens[b-1].End]
		}
		return
	default:
		c.name = st.word(n.first)
		return
	}
	var ls *candidate
	if lastSpeaker >= 0 {
		ls = &st.cands[lastSpeaker]
	}
	if st.listHeading(n.first) {
		// "9 Offensive Things Donald Trump Has Said …": an item's
		// heading ("He called protestors “thugs” without proof.") is
		// about the person the list is about, not the last item's
		// speaker.
		if p := st.principal(want); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			st.notePronoun(n.first, p)
			return
		}
	}
	if p := st.biographySubject(n.first, want); p >= 0 {
		c.name, c.entity = st.personName(p), st.people[p].entity
		st.notePronoun(n.first, p)
		return
	}
	st.resolveNarrative(n.first, ls)
	anchor := st.quoteAnchor(c, n.first)
	if p := st.perspectiveHolder(anchor, want); p >= 0 {
		c.name, c.entity = st.personName(p), st.people[p].entity
		st.notePronoun(n.first, p)
		return
	}
	st.sameSpeaker = st.sameSpeakerQuotes(c, n.first, st.sameSpeaker[:0])
	best, prevDesc := st.resolveHeShe(n.first, anchor, c.span, want, ls)
	st.sameSpeaker = st.sameSpeaker[:0]
	switch {
	case best >= 0:
		c.name = st.personName(best)
		c.entity = st.people[best].entity
		st.notePronoun(n.first, best)
	case prevDesc:
		c.name, c.entity = ls.name, ls.entity
		c.descOf = ls.descOf
		if ls.speaker.form == pipeline.Description {
			c.descOf = int32(lastSpeaker) + 1
		}
	default:
		c.name = st.word(n.first)
		if p := st.cataphor(n.first, want); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
		}
	}
}

// perspectiveOpener returns the token after the "For" or "To" that opens
// the sentence of token pos, or the sentence before it in its paragraph,
// when a comma closes the phrase ("For Jonathan Chait, Williamson is
// exposing …"; "To her supporters, there may be …"), or -1.
func (st *state) perspectiveOpener(pos int) int {
	si := int(st.tokSent[pos])
	for k := si; k >= 0 && si-k <= 1; k-- {
		s := st.doc.Sentences[k]
		if s.Paragraph != st.doc.Sentences[si].Paragraph {
			break
		}
		if w := st.word(s.First); (w == "For" || w == "To") && s.First+1 < pos {
			return s.First + 1
		}
	}
	return -1
}

// perspectiveHolder returns the person whose view the sentence of token
// pos, or the one before it, opens with ("For Jonathan Chait, Williamson
// is exposing the logic of …. “…,” he mocks": Chait) when their sex agrees
// with want, or -1.
func (st *state) perspectiveHolder(pos int, want byte) int {
	a := st.perspectiveOpener(pos)
	if a < 0 {
		return -1
	}
	for _, m := range st.pmention {
		if m.tok < a {
			continue
		}
		b := a
		for b < m.tok && (st.is(b, wTitle) && st.info[b].cap || st.titlePeriod(b)) {
			b++
		}
		p := &st.people[m.person]
		if b != m.tok || !st.isPunct(m.end, ",") || p.org || p.gender != want && !(p.gender == 0 && st.personEvidence(m.person)) {
			return -1
		}
		return m.person
	}
	return -1
}

// groupOfParagraph reports that the pronoun at token pos, attributing
// candidate c, has a plural group subject in a sentence before it in its
// own paragraph (groupSubjectBefore, two sentences back) while the last
// speaker, cands[last], spoke in an earlier paragraph: a reader takes the
// group the paragraph is about.
func (st *state) groupOfParagraph(c *candidate, pos, last int) bool {
	ls := &st.cands[last]
	para := st.paraOf(pos)
	if ls.speaker.first < 0 || st.paraOf(ls.speaker.first) >= para {
		return false
	}
	m, ok := st.groupSubjectBefore(st.quoteAnchor(c, pos), true, 2)
	return ok && m.form == pipeline.Description && st.paraOf(m.first) == para
}

// cataphor returns the person a he or she at token pos that no one before
// explains stands for when it sits in a clause opening its sentence and
// the main clause's subject after it is a person of that sex ("After he
// blasted the film …, Pastor Kevin Swanson said …"), or -1.
func (st *state) cataphor(pos int, want byte) int {
	s := st.doc.Sentences[st.tokSent[pos]]
	if !st.is(s.First, wSub|wPrep) || pos-s.First > 12 {
		return -1
	}
	comma := -1
	for k := pos + 1; k < s.Last; k++ {
		if st.isPunct(k, ",") {
			comma = k
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for _, m := range st.pmention {
		if m.tok <= comma {
			continue
		}
		if m.tok > comma+4 || !st.isSubjectMention(m) {
			break
		}
		if p := &st.people[m.person]; !p.org && (p.gender == want || p.gender == 0 && st.personEvidence(m.person)) {
			return m.person
		}
		break
	}
	return -1
}

// quoteAnchor returns the token distances to a pronoun at token pos are
// counted from: the start of the direct quote it attributes when the quote
// comes first in its paragraph ("“Wow. … Wow,” she replied": the quote's
// sentences are not the story's), else pos.
func (st *state) quoteAnchor(c *candidate, pos int) int {
	if c.kind != pipeline.Indirect && c.span.Start < st.doc.Tokens[pos].Start {
		if a := st.tokenAt(c.span.Start); a < pos && st.paraOf(a) == st.paraOf(pos) {
			return a
		}
	}
	return pos
}

// freeRelatives open a leading clause like a subordinator: "Whatever
// prompted them to start, the skaters have found …".
var freeRelatives = map[string]bool{"whatever": true, "whoever": true, "whichever": true, "wherever": true, "whenever": true}

// groupSubjectBefore finds the subject of one of the back sentences before
// token pos (or of its own sentence, before it) that a "they" (plural) or an
// "it" can stand for: a plural phrase, or an organization's name.
func (st *state) groupSubjectBefore(pos int, plural bool, back int) (np, bool) {
	si := int(st.tokSent[pos])
	para := st.paraOf(pos)
	for k := si; k >= 0 && si-k <= back; k-- {
		s := st.doc.Sentences[k]
		if para-s.Paragraph > 1 {
			break
		}
		a := s.First
		if a+1 < s.Last && st.is(a, wConj) {
			a++ // "But throughout the summer, members criticized …"
		}
		// Skip a leading adverbial: "On Tuesday, …", "As Trump's stature
		// grew at home in recent months, Mexican officials conducted …"
		for j := a; j < s.Last && j-a < 16; j++ {
			if st.isFinal(j) || st.isMark(j) {
				break
			}
			if st.isPunct(j, ",") && (st.is(a, wPrep|wSub|wAdv|wTime|wAs) || freeRelatives[st.lower(a)]) {
				a = j + 1
				break
			}
		}
		if a >= pos {
			continue
		}
		n := st.npAfter(a, min(s.Last, pos))
		if !n.ok() || n.form == pipeline.Pronoun || n.last >= s.Last || k == si && st.reportedTok(n.first) {
			continue // (a subject inside reported words is what was said: "State departments can do that, they said")
		}
		if n.form == pipeline.Named && quantityNouns[st.lower(n.first)] && st.word(n.first+1) == "of" {
			// "Hundreds of farmers rallied …, which they say …": a
			// number of people, capitalised only as the sentence's first
			// word.
			n.form, n.plural, n.nameFirst, n.nameLast = pipeline.Description, true, 0, 0
		}
		if plural && n.form == pipeline.Description {
			// "Mexican officials conducted polling": the phrase ran on over
			// a past verb after its plural noun; "the protesters also paid
			// tribute": over an adverb before the verb.
			for j := n.first + 1; j < n.last; j++ {
				if w := st.word(j); (len(w) > 4 && strings.HasSuffix(w, "ed") || st.is(j, wAdv)) && isLowerASCII(w) && (st.is(j-1, wPlural) || st.pluralNoun(j-1)) {
					n.last, n.plural = j, true
					n.span = st.span(n.first, j)
					break
				}
			}
		}
		joined := false
		if plural && n.last+1 < min(s.Last, pos) && st.word(n.last) == "and" {
			// "Professors Foner and Alba suggest …": a group of two.
			j := n.last + 1
			for j < min(s.Last, pos) && st.info[j].cap && st.isWord(j) {
				j++
			}
			if j > n.last+1 && j < s.Last {
				n = np{span: st.span(n.first, j), first: n.first, last: j, form: pipeline.Description, plural: true}
				joined = true
			}
		}
		if e := n.last - 1; !plural && n.form == pipeline.Description && e-n.first >= 2 && isLowerASCII(st.word(e)) &&
			strings.HasSuffix(st.word(e), "s") && !st.is(e, wPlural|wRole) && st.is(n.first, wDet) {
			// "The email includes a photo": the phrase took the verb.
			n.last, n.plural = e, false
			n.span = st.span(n.first, e)
		}
		next := n.last
		if plural && n.plural && !joined && st.isPunct(next, ",") {
			// "The aides, led by campaign manager Terry Sullivan, told …":
			// the verb after an aside of no verb of its own.
			for j := next + 1; j < min(s.Last, pos) && j-next <= 12; j++ {
				if st.isPunct(j, ",") {
					next = j + 1
					break
				}
				if st.info[j].cue.isVerb() || st.is(j, wAux|wRel) || st.isMark(j) {
					break
				}
			}
		}
		if n.form == pipeline.Description && st.is(next, wPrep) && !st.info[next].cap {
			// "Thursday's memo from the panel seemed …": the verb after
			// the phrase's complement.
			for j := next + 1; j < min(s.Last, pos) && j-next <= 6; j++ {
				if !st.isWord(j) || st.isMark(j) {
					break
				}
				if st.verbLike(j) && !(plural && strings.HasSuffix(st.word(j), "s")) { // ("members within both unions criticized")
					next = j
					n.last, n.span = j, st.span(n.first, j)
					break
				}
			}
		}
		if w := st.word(next); !(st.info[next].cue.isVerb() || st.is(next, wAux|wVerb|wAdv) || strings.HasSuffix(w, "ed") ||
			!plural && len(w) > 3 && strings.HasSuffix(w, "s") && isLowerASCII(w) && !st.is(next, wPrep|wDet)) { // "The email includes"
			continue
		}
		if plural && n.plural {
			return n, true
		}
		if plural && n.form == pipeline.Named && st.lower(n.first) == "the" && n.last-n.first >= 2 && endsPlural(st.word(n.last-1)) &&
			!st.placeEntity(st.span(n.first+1, n.last)) {
			return n, true // "the Brujas have found …": a group by its name
		}
		if !plural && n.form == pipeline.Named {
			if p := st.personOf(&n); p >= 0 && st.people[p].org {
				return n, true
			}
		}
		if !plural && n.form == pipeline.Description && !n.plural && st.thingHead(&n) {
			return n, true // "The email includes a photo. … it reads"
		}
	}
	return np{}, false
}

// quantityNouns count people: "Hundreds of farmers", "Dozens of teachers".
var quantityNouns = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "scores": true, "millions": true,
	"tens": true}

// invertedSubject returns the plural subject of a sentence starting at
// token a that puts a place phrase before its verb ("On one side of this
// divide are activists and intellectuals who …", "Among the critics were
// …"): the phrase after the "are" or "were" that follows the opening
// preposition's phrase, with no comma between.
func (st *state) invertedSubject(a, end int) (np, bool) {
	if !st.is(a, wPrep) {
		return np{}, false
	}
	for v := a + 1; v+1 < end && v-a <= 10; v++ {
		if !st.isWord(v) || st.isMark(v) || st.info[v].cue.isVerb() {
			return np{}, false
		}
		if w := st.word(v); w != "are" && w != "were" {
			continue
		}
		n := st.npAfter(v+1, end)
		if !n.ok() || n.form != pipeline.Description || !n.plural {
			return np{}, false
		}
		if n.last+1 < end && st.word(n.last) == "and" {
			// "activists and intellectuals who …": both nouns.
			if m := st.npAfter(n.last+1, end); m.ok() && m.form == pipeline.Description && m.plural {
				n.last, n.span = m.last, st.span(n.first, m.last)
			}
		}
		return n, true
	}
	return np{}, false
}

// leadingClauseSubject returns the plural subject of a subordinate clause
// that opens the sentence of a "they" at token pos, when the pronoun is the
// subject of the main clause right after it ("While many World Bank
// watchers expect Mr. Kim to be reappointed, given …, they say he will
// have to work"): the main clause goes on about the clause's subject.
// groupSubjectBefore skips such a clause, whose subject is no subject of
// the sentence.
func (st *state) leadingClauseSubject(pos int) (np, bool) {
	s := st.doc.Sentences[st.tokSent[pos]]
	a := s.First
	if a+1 < pos && st.is(a, wConj) {
		a++ // "But while …"
	}
	if !st.is(a, wSub) || strings.EqualFold(st.word(a), "that") || pos-a > 50 || !st.isPunct(pos-1, ",") {
		return np{}, false
	}
	for k := a + 1; k < pos; k++ {
		if st.isMark(k) || st.inSeg[k] >= 0 {
			return np{}, false
		}
	}
	n := st.npAfter(a+1, pos-1)
	if n.ok() && n.form == pipeline.Description && n.plural {
		// "While civil rights groups like the ACLU and the National
		// Association of Criminal Defense Lawyers praised …": the groups
		// with the ones they are named by.
		if e := st.examplesEnd(n.last, pos-1); e > n.last {
			n.last, n.span = e, st.span(n.first, e)
		}
	}
	if !n.ok() || n.form != pipeline.Description || !n.plural || n.last >= pos-1 || !st.verbLike(n.last) {
		return np{}, false
	}
	return n, true
}

// examplesEnd returns the end of the names that follow a plural phrase
// ending before token k as its examples ("like the ACLU and the National
// Association of Criminal Defense Lawyers", "such as Pew", "including
// Gallup"), or -1: capitalised words, with "the", "of", "and", "&" and
// commas between them, up to the first other word before hi.
func (st *state) examplesEnd(k, hi int) int {
	switch w := st.word(k); {
	case w == "like" || w == "including":
		k++
	case w == "such" && st.word(k+1) == "as":
		k += 2
	default:
		return -1
	}
	e := -1
	for j := k; j < hi; j++ {
		w := st.word(j)
		switch {
		case st.isMark(j) || st.inSeg[j] >= 0:
			return -1
		case st.info[j].cap && st.isWord(j) || st.initialPeriod(j) || w == "&":
			e = j + 1
		case w == "the" || w == "of" || w == "and" || w == ",":
			if e < 0 && w != "the" {
				return -1
			}
		default:
			return e
		}
	}
	return -1
}

// textBefore returns the tokens [a, b) of the last text ("the affidavit",
// "a 2001 memorandum issued by …" up to its noun) named in the sentence
// before token pos or in its own sentence before it, with its determiner,
// or -1; not when an organization is named after it in the pronoun's own
// sentence (the likelier "it").
func (st *state) textBefore(pos int) (int, int) {
	si := int(st.tokSent[pos])
	lo := st.doc.Sentences[max(si-1, 0)].First
	if st.paraOf(pos)-st.paraOf(lo) > 1 {
		lo = st.doc.Sentences[si].First
	}
	for k := pos - 1; k >= lo; k-- {
		if st.isMark(k) {
			return -1, -1 // a quote's words are no text the story names
		}
		st.buf = appendLower(st.buf[:0], st.word(k))
		if st.info[k].cap || !textNouns[string(st.buf)] {
			continue
		}
		for _, m := range st.pmention {
			if m.tok > k && m.tok < pos && st.tokSent[m.tok] == st.tokSent[pos] && st.people[m.person].org {
				return -1, -1 // "Documents from the Democratic National Committee began circulating after it announced"
			}
		}
		for j := k - 1; j >= lo && k-j <= 4; j-- {
			if st.is(j, wDet|wPossDet) || st.possessiveAt(j) {
				return j, k + 1
			}
			if !st.isWord(j) || st.is(j, wVerb|wAux|wPrep) {
				break
			}
		}
		return -1, -1
	}
	return -1, -1
}

// pairBefore returns two people named together ("Trump and Lewandowski")
// in the sentence of token pos or the one before, the latest pair, or -1.
func (st *state) pairBefore(pos int) (int, int) {
	a, b, _ := st.pairMentionBefore(pos)
	return a, b
}

// pairMentionBefore is pairBefore with the token of the pair's first name.
func (st *state) pairMentionBefore(pos int) (int, int, int) {
	si := int(st.tokSent[pos])
	lo := st.doc.Sentences[max(si-1, 0)].First
	for mi := len(st.pmention) - 1; mi > 0; mi-- {
		b, a := st.pmention[mi], st.pmention[mi-1]
		if b.tok >= pos {
			continue
		}
		if a.tok < lo {
			break
		}
		if st.word(a.end) != "and" || a.person == b.person || st.possessiveAt(b.end) {
			continue
		}
		between := true // "Republican Trump and Democrat Clinton": a role or a party before the second
		for k := a.end + 1; k < b.tok; k++ {
			between = between && st.info[k].cap && st.is(k, wRole|wGroupAdj|wTitle)
		}
		if !between {
			continue
		}
		if pa, pb := &st.people[a.person], &st.people[b.person]; pa.org || pb.org || !st.personEvidence(a.person) || !st.personEvidence(b.person) {
			continue
		}
		return a.person, b.person, a.tok
	}
	return -1, -1, -1
}

// subjectsOfTwoBefore returns the two people who are the subjects of the
// two sentences right before token pos, one each, in pos's paragraph or
// the one before, when each sentence has one person, and no organization,
// named as a subject; else -1, -1.
func (st *state) subjectsOfTwoBefore(pos int) (int, int) {
	si := int(st.tokSent[pos])
	if si < 2 || st.paraOf(pos)-st.doc.Sentences[si-2].Paragraph > 1 {
		return -1, -1
	}
	var subj [2]int
	for i := range subj {
		sent := st.doc.Sentences[si-1-i]
		subj[i] = -1
		for _, m := range st.pmention {
			if m.tok < sent.First || m.tok >= sent.Last || m.pronoun {
				continue
			}
			if !st.isSubjectMention(m) {
				continue // "… is a member of LeVell's coalition"
			}
			if st.people[m.person].org || !st.personEvidence(m.person) || subj[i] >= 0 && subj[i] != m.person ||
				st.word(m.end) == "and" || st.wordBetween(max(m.tok-3, sent.First), m.tok, "and") {
				return -1, -1 // one person named as a subject, alone: no group, no "Zeliff and 24-year-old Tom Giancola"
			}
			subj[i] = m.person
		}
		if subj[i] < 0 {
			return -1, -1
		}
	}
	if subj[0] == subj[1] {
		return -1, -1
	}
	return subj[1], subj[0]
}

// thingHead reports a description headed by an organization or a text
// ("the group", "the staff letter", "Trump's campaign"): what "it" can
// stand for.
func (st *state) thingHead(n *np) bool {
	head := n.last - 1
	for k := n.first + 1; k < n.last; k++ {
		if st.is(k, wPrep) && !st.info[k].cap {
			head = k - 1
			break
		}
	}
	st.buf = appendLower(st.buf[:0], st.word(head))
	return st.is(head, wOrgHead) || textNouns[string(st.buf)]
}

// isSubjectMention reports whether a name stands as its sentence's
// subject: near the sentence's start and followed by a verb, an appositive
// or a parenthesis.
func (st *state) isSubjectMention(m personMention) bool {
	toks := st.doc.Tokens
	e := m.end
	if st.possessiveAt(e) {
		return false // "Trump’s claim"
	}
	b := m.tok - 1
	for b >= 0 && (st.is(b, wTitle) && st.info[b].cap || st.titlePeriod(b)) {
		b--
	}
	if st.topicAt(b, m.end) {
		return true // "As for Trump, he said he's not worried": the topic the sentence goes on about
	}
	if b >= 0 && st.is(b, wPrep) && (!st.info[b].cap || toks[b].Is(pipeline.SentStart)) {
		return false // "a representative for Mr. Pinchuk said", "Like Allen, their days begin at 4:30": the object of a preposition
	}
	if b >= 0 && st.is(b, wSub) && st.doc.Tokens[b].Is(pipeline.SentStart) {
		return false // "If Cruz wins Wisconsin, …": a leading clause's subject, not the sentence's
	}
	if st.leadingClauseModifier(b) {
		return false // "While Republican presidential nominee Donald Trump has yet to endorse Ryan, …": the same, after a description
	}
	if b >= 0 && st.is(b, wDet|wPossDet|wNum) && (!st.info[b].cap || toks[b].Is(pipeline.SentStart) && b == m.tok-1) {
		return false // "a few other Trump backers", "The Murdoch outlets have been standing in the way" (not "The Rev. Al Sharpton said"): a modifier
	}
	if b > 0 && st.isPunct(b, ",") && st.isPunct(m.end, ",") && st.objectBefore(b-1) {
		return false // "C. Boyden Gray, who served under Mr. Bush's father, George Bush, ticked through …": in apposition to an object
	}
	if b >= 0 && st.word(b) == "that" && b > 0 && !st.is(b-1, wPrep) && !st.nounComplement(b) {
		return false // "“…” -- that Bloomberg is perceived as a liberal -- “…”": a reported clause's subject
	}
	if b >= 0 && clauseOpeners[st.word(b)] {
		return false // "she doesn't think Clinton can address …", "the final say on whether Clinton faces prosecution": a clause's subject inside the sentence
	}
	if w := st.word(b); b >= 0 && len(w) > 4 && strings.HasSuffix(w, "ing") && isLowerASCII(w) && !st.is(b, wPrep|wTime) && !ingNouns[w] {
		return false // "One pastor supporting Mr. Cruz, Darran Whiting, said": a participle's object
	}
	// Skip appositives, dashes and parentheses: "McConnell, the leader,
	// said", "Jacob Shiansky, 24, who was visiting Manhattan, told me",
	// "Chris Christie – a Dallas Cowboys fan – gave".
	for chunks := 0; chunks < 4 && e < len(toks) && (st.isPunct(e, ",") || st.word(e) == "(" || toks[e].Kind == pipeline.Dash); chunks++ {
		dash := toks[e].Kind == pipeline.Dash
		close := ","
		if st.word(e) == "(" {
			close = ")"
		}
		k := e + 1
		titleEnd := -1 // the closing mark of a title whose comma ends the aside
		for k < len(toks) && k-e < 32 && !(dash && toks[k].Kind == pipeline.Dash) && (dash || st.word(k) != close) && !st.isFinal(k) {
			if !st.isMark(k) {
				k++
				continue
			}
			// A short quoted title inside the aside: "Donald Trump, former
			// host of “The Apprentice,” listed …" (the comma inside the marks).
			c := st.titleClose(k)
			if c < 0 {
				break
			}
			if close == "," && !dash && st.isPunct(c-1, ",") {
				titleEnd = c
				break
			}
			k = c + 1
		}
		if titleEnd >= 0 {
			e = titleEnd + 1
			continue
		}
		if k >= len(toks) || st.isMark(k) || !(dash && toks[k].Kind == pipeline.Dash || !dash && st.word(k) == close) || k == e+1 {
			break
		}
		// A closing comma may open the next aside: "Debbie Kepler, the
		// organist at the church, which is on the same street, remembered".
		if close == "," && !dash && k+1 < len(toks) && !st.verbLike(k+1) {
			e = k
			continue
		}
		e = k + 1
	}
	// "Darran Whiting of Liberty Baptist Church in Marion, said", "Ann
	// Lee of Acme Corp. said": an affiliation after the name.
	if e+1 < len(toks) && (st.word(e) == "of" || st.word(e) == "from") && st.info[e+1].cap && st.inSeg[e] < 0 {
		k := e + 1
		for k < len(toks) && k-e < 12 && (st.info[k].cap || st.titlePeriod(k) || st.initialPeriod(k) ||
			(st.word(k) == "of" || st.word(k) == "in" || st.word(k) == "the" || st.word(k) == "for" || st.word(k) == "&") && k+1 < len(toks) && st.info[k+1].cap) {
			k++
		}
		if k < len(toks) && (st.isPunct(k, ",") || st.isWord(k) && !st.info[k].cap) {
			e = k
		}
	}
	// "Amadou Magassa, 13, of Philadelphia sold water": a hometown after
	// the last comma, no comma after it.
	if e+2 < len(toks) && st.isPunct(e, ",") && (st.word(e+1) == "of" || st.word(e+1) == "from") && st.info[e+2].cap {
		k := e + 2
		for k < len(toks) && k-e < 8 && (st.info[k].cap || st.titlePeriod(k) || st.isPunct(k, ",") && k+1 < len(toks) && st.info[k+1].cap) {
			k++
		}
		if k < len(toks) && st.isWord(k) && !st.info[k].cap {
			e = k
		}
	}
	if e < len(toks) && st.isPunct(e, ",") {
		e++
		// "family patriarch Mike Baxter, portrayed by Allen": a passive
		// participle after the comma describes the name; it is no verb of
		// the name's.
		if e+1 < len(toks) && strings.HasSuffix(st.word(e), "ed") && st.word(e+1) == "by" {
			return false
		}
	}
	// "Sen. Bernie Sanders on Wednesday morning also called": a time
	// between the name and its verb.
	if e+1 < len(toks) && (st.word(e) == "on" && st.is(e+1, wTime) || st.is(e, wTime) && st.info[e].cap && st.word(e) != "May") {
		for k := e + 1; k < len(toks) && k-e <= 3; k++ {
			if !st.is(k, wTime) {
				e = k
				break
			}
		}
	}
	for e < len(toks) && (st.is(e, wAdv) || st.isLyAdverb(e)) && e-m.end < 8 {
		e++
	}
	if e+2 < len(toks) && st.word(e) == "all" && st.word(e+1) == "but" {
		e += 2 // "Manafort all but begged reporters"
	}
	if e >= len(toks) || !st.isWord(e) || st.info[e].cap {
		return false
	}
	w := st.word(e)
	if st.info[e].cue.isVerb() || st.is(e, wVerb|wAux) && w != "'s" && w != "’s" ||
		len(w) > 3 && strings.HasSuffix(w, "ed") ||
		strings.HasSuffix(w, "s") && !st.is(e, wPrep|wDet|wPlural|wRole|wSub) { // not "as" ("who used Mr. Ailes as a consultant")
		return true
	}
	// "Then a student in Manhattan, Ms. Olivieri found skating …": a word
	// that is no function word after a name that opens its clause is
	// its verb.
	return st.opensClause(m.tok) && !st.is(e, wPrep|wDet|wPossDet|wConj|wSub|wPron|wRel|wThat|wRole|wPlural|wTime|wNum|wStop) &&
		!st.pluralNoun(e) && isLowerASCII(w)
}

// objectBefore reports a lower-case noun for a person at token n that a
// preposition or a verb governs, a few words before it: "under Mr. Bush's
// father". (Not any noun: "A resident who gave only her first name, Olena,
// stood outside".)
func (st *state) objectBefore(n int) bool {
	if !st.isWord(n) || !isLowerASCII(st.word(n)) || st.is(n, wAdv|wVerb|wAux|wTime|wPrep) || st.verbLike(n) {
		return false
	}
	if w := st.lower(n); !st.is(n, wRole) && familyGender(w) == 0 && !personNouns[w] {
		return false
	}
	for k := n - 1; k >= 0 && n-k <= 5; k-- {
		if !st.isWord(k) && !st.possessiveAt(k) && !st.titlePeriod(k) {
			return false
		}
		if st.is(k, wPrep) && !st.info[k].cap || st.verbLike(k) && !st.possessiveAt(k) {
			return true
		}
		if st.opensClause(k) {
			return false
		}
	}
	return false
}

// nounComplement reports a "that" at token b after "the" and a noun that
// is no cue, no preposition before them: the clause says what the noun is,
// no one reports it ("there is also the possibility that Mrs. Clinton, if
// elected, might nominate Mr. Obama"); not a condition ("in the event that
// Clinton faces Trump").
func (st *state) nounComplement(b int) bool {
	n := b - 1
	return n > 1 && strings.EqualFold(st.word(n-1), "the") && !st.is(n-2, wPrep) && st.isWord(n) && isLowerASCII(st.word(n)) &&
		st.info[n].cue.verb < 0 && st.info[n].cue.noun < 0 && !st.is(n, wVerb|wAux|wAdv|wRole|wPlural) && !clauseOpeners[st.word(n)]
}

// leadingClauseModifier reports that tokens up to b are a subordinator
// opening the sentence and up to four words of a description before a
// name: "While" "Republican presidential nominee".
func (st *state) leadingClauseModifier(b int) bool {
	for k := b; k >= 0 && b-k < 4; k-- {
		if !st.isWord(k) || st.info[k].cue.isVerb() || st.is(k, wAux|wVerb|wPrep|wConj|wDet|wPossDet|wPron) {
			return false
		}
		if k > 0 && st.is(k-1, wSub) && st.doc.Tokens[k-1].Is(pipeline.SentStart) {
			return true
		}
	}
	return false
}

// titleClose returns the closing mark of the short quoted title (a name
// of a show, a book, a slogan: eight words at most, no sentence end) that
// opens at mark token k, or -1.
func (st *state) titleClose(k int) int {
	si := st.inSeg[k]
	if si < 0 {
		return -1
	}
	s := &st.segs[si]
	if s.close.IsZero() || st.tokenAt(s.open.Start) != k || s.last-s.first > 8 {
		return -1
	}
	for i := s.first; i < s.last; i++ {
		if st.isFinal(i) {
			return -1
		}
	}
	c := st.tokenAt(s.close.Start)
	if c <= k || c >= len(st.doc.Tokens) {
		return -1
	}
	return c
}

// clauseOpeners, in lower case, open a clause inside a sentence whose
// subject is what the sentence is about, not who: verbs of thinking that
// take a clause without "that", and "whether" (round 34, docs/quotes-history.md).
var clauseOpeners = map[string]bool{"whether": true, "think": true, "thinks": true, "thought": true, "believe": true, "believes": true,
	"believed": true, "doubt": true, "doubts": true, "doubted": true, "hope": true, "hopes": true, "hoped": true, "fear": true, "fears": true,
	"feared": true, "suspect": true, "suspects": true, "suspected": true, "guess": true, "expect": true, "expects": true, "expected": true,
	"know": true, "knows": true, "knew": true}

// ingNouns end in -ing but are no participles: "On Thursday evening
// Hillary Clinton delivered", "At the hearing Comey said".
var ingNouns = map[string]bool{"evening": true, "morning": true, "meeting": true, "hearing": true, "briefing": true,
	"building": true, "wedding": true, "spring": true, "ruling": true, "filing": true, "funding": true, "opening": true,
	"gathering": true, "screening": true, "signing": true, "swearing": true, "training": true, "setting": true}

// topicAt reports a name that opens its sentence as its topic, "As for
// X," with the word "for" at token b and the name ending before token e.
func (st *state) topicAt(b, e int) bool {
	return b > 0 && e < len(st.doc.Tokens) && strings.EqualFold(st.word(b), "for") && strings.EqualFold(st.word(b-1), "as") &&
		st.doc.Tokens[b-1].Is(pipeline.SentStart) && st.isPunct(e, ",")
}

// verbLike reports a token that reads as a finite verb after a subject.
func (st *state) verbLike(e int) bool {
	if !st.isWord(e) || st.info[e].cap {
		return false
	}
	w := st.word(e)
	return st.info[e].cue.isVerb() || st.is(e, wVerb|wAux) && w != "'s" && w != "’s" ||
		len(w) > 3 && strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !st.is(e, wPrep|wDet|wPlural|wRole|wRel)
}

// surname returns the last word of the name in tokens [a, b), a
// generational suffix left out ("Joseph R. Biden Jr." is a Biden).
// personByCapsSurname returns the person with a full name whose surname is
// w written in capitals (a transcript's label), the one named most often
// when two are, or -1.
func (st *state) personByCapsSurname(w string) int {
	best := -1
	for k := range st.people {
		p := &st.people[k]
		if p.org || p.last-p.first < 2 || !strings.EqualFold(p.sur, w) {
			continue
		}
		if best < 0 || p.count > st.people[best].count {
			best = k
		}
	}
	return best
}

func (st *state) surname(a, b int) string {
	for b-1 > a {
		switch st.word(b - 1) {
		case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", ".":
			b--
			continue
		}
		break
	}
	return foldArticle(st.word(b - 1))
}

// sameNameWord reports two spellings of one word of a name: the same, or a
// particle or an Arabic article capitalised at a sentence's start ("Van
// der Linde" after "Pieter van der Linde", "Al-Nuaimi" after "al-Nuaimi").
func sameNameWord(x, y string) bool {
	if x == y {
		return true
	}
	return strings.EqualFold(x, y) && (isNameParticle(strings.ToLower(x)) || foldArticle(x) == foldArticle(y) && articlePrefixed(foldArticle(x)))
}

// foldArticle writes a capitalised Arabic article in lower case: "Al-Nuaimi"
// is "al-Nuaimi".
func foldArticle(w string) string {
	if i := strings.IndexByte(w, '-'); i >= 2 && i <= 3 && w[0] >= 'A' && w[0] <= 'Z' {
		var b [3]byte
		if l := appendLower(b[:0], w[:i]); arabicArticles[string(l)] {
			return string(l) + w[i:]
		}
	}
	return w
}

// partyState reports a party and state abbreviation: "R-Utah", "D-N.Y",
// "I-Vt".
func partyState(w string) bool {
	return len(w) >= 4 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// opensClause reports a name that opens its sentence or a clause: at the
// sentence's start, or after a comma, a semicolon or a conjunction, titles
// before it left out ("When the case was argued, Justice Scalia's comments
// …").
func (st *state) opensClause(i int) bool {
	titled := false
	for i > 0 && (st.is(i-1, wTitle) && st.info[i-1].cap || st.titlePeriod(i-1)) {
		i, titled = i-1, true
	}
	// The office before a title: "Oversight Committee Chairman Jason
	// Chaffetz".
	for k := 0; titled && k < 4 && i > 0 && st.info[i-1].cap && st.isWord(i-1) && !st.doc.Tokens[i].Is(pipeline.SentStart); k++ {
		i--
	}
	if st.doc.Tokens[i].Is(pipeline.SentStart) || i == 0 {
		return true
	}
	if st.is(i-1, wAdv) && st.doc.Tokens[i-1].Is(pipeline.SentStart) {
		return true // "Meanwhile Rihanna, who was honored …, spoke"
	}
	// A comma inside a title's closing mark: "On CNN’s “New Day,” Sen.
	// Kirsten Gillibrand said".
	comma := i >= 2 && st.isMark(i-1) && st.isPunct(i-2, ",")
	return st.isPunct(i-1, ",") || comma || st.isPunct(i-1, ";") || st.is(i-1, wConj) && !st.info[i-1].cap
}

func (st *state) isOrgSpeaker(c *candidate) bool {
	if c.entity >= 0 && c.entity < len(st.doc.Entities) {
		return st.doc.Entities[c.entity].Type == pipeline.Organization
	}
	p := st.personByName(c.name)
	return p >= 0 && st.people[p].org
}

// personByName finds the person whose fullest name is name.
func (st *state) personByName(name string) int {
	if st.settled {
		if k, ok := st.byName[name]; ok {
			return int(k)
		}
		return -1
	}
	for k := range st.people {
		if st.personName(k) == name {
			return k
		}
	}
	return -1
}

// prepIn returns the first lower-case preposition in tokens [a, b), or -1:
// "Andrew J. Pincus of the law firm Mayer Brown".
func (st *state) prepIn(a, b int) int {
	for k := a; k < b; k++ {
		if st.is(k, wPrep) && !st.info[k].cap {
			return k
		}
	}
	return -1
}

// anyoneNouns head the definite descriptions that say no more of a
// speaker than that it is someone: "the person said".
var anyoneNouns = map[string]bool{"person": true, "source": true, "man": true, "woman": true}

// anyone reports a definite description made of "the" and one of
// anyoneNouns.
func (st *state) anyone(n *np) bool {
	return n.last-n.first == 2 && !n.plural && strings.EqualFold(st.word(n.first), "the") && anyoneNouns[st.lower(n.first+1)]
}

// wordBetween reports lower-case word w among tokens [a, b): "… said one
// source …. ⏎ … a separate intelligence source did so: “…,” the source
// said" names the source brought in last, not the last speaker.
func (st *state) wordBetween(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if !st.info[k].cap && st.lower(k) == w {
			return true
		}
	}
	return false
}

// demonstrative reports a description opened by "this" or "that" before a
// singular head ("That person said", "This official added").
func (st *state) demonstrative(n *np) bool {
	w := st.lower(n.first)
	return (w == "this" || w == "that") && n.last-n.first >= 2 && !n.plural
}

// appositiveName returns the name set off by commas right after the
// description n ("a spokeswoman, Jane Doe, said"); not the next clause's
// subject after a preposition's object ("According to court documents,
// Tate wrote").
func (st *state) appositiveName(c *candidate, n *np) (np, bool) {
	toks := st.doc.Tokens
	dash := !n.plural && n.last+1 < len(toks) && toks[n.last].Kind == pipeline.Dash
	if n.last+1 < len(toks) && (st.isPunct(n.last, ",") || dash) && !(n.first > 0 && st.is(n.first-1, wPrep) && !st.info[n.first-1].cap) {
		// Not an indefinite one: "The mayor, a Democrat, said".
		m := st.npAfter(n.last+1, len(toks))
		end := m.last
		if dash {
			// "A former Republican presidential candidate -- John McCain
			// -- said" or "-- John McCain, who lost …, --": one person's
			// name between dashes (not "The three scholars -- Mr. Tribe,
			// Ms. Epstein and Mr. Amar --").
			closed := m.ok() && end < len(toks) && (toks[end].Kind == pipeline.Dash || st.isPunct(end, ",") && end+1 < len(toks) && st.is(end+1, wRel))
			return m, closed && m.form == pipeline.Named && !strings.EqualFold(st.word(m.first), "a") && !strings.EqualFold(st.word(m.first), "an")
		}
		if m.ok() && end < len(toks) && st.word(end) == "(" {
			// "The Cathaoirleach, Cllr Liam Furlong (FG), said": the party
			// after the name.
			for k := end + 1; k < len(toks) && k-end < 8; k++ {
				if st.word(k) == ")" {
					end = k + 1
					break
				}
			}
		}
		closes := m.ok() && end < len(toks) && (st.isPunct(end, ",") || st.info[end].cue.isVerb())
		if p := st.prepIn(m.first, m.nameFirst); m.ok() && p >= 0 {
			// "…, Andrew J. Pincus of the law firm Mayer Brown": the
			// person before the firm.
			if m = st.npAfter(n.last+1, p); m.ok() && m.last != p {
				m = np{}
			}
			closes = m.ok()
		} else if !closes && m.ok() && c.cueTok >= 0 && n.first > c.cueTok {
			// After the cue the name may end the sentence: "said the
			// German minister, Hans Richter."
			closes = m.last < len(toks) && st.isFinal(m.last) && !st.is(m.nameFirst, wTime) // not "said a city engineer, Friday."
		}
		if closes && m.form == pipeline.Named &&
			!strings.EqualFold(st.word(m.first), "a") && !strings.EqualFold(st.word(m.first), "an") {
			return m, true
		}
	}
	return np{}, false
}

// nameDescription names a description: an unnamed source keeps its words;
// "the senator" or "the Republican nominee" becomes the person the article
// introduced with that title; "a spokeswoman for X, Jane Doe," becomes Jane
// Doe.
func (st *state) nameDescription(c *candidate, n *np) {
	toks := st.doc.Tokens
	c.name = st.doc.Text[n.span.Start:n.span.End]
	// An appositive name right after: "a spokeswoman, Jane Doe, said".
	if m, ok := st.appositiveName(c, n); ok {
		st.nameNamed(c, &m)
		return
	}
	if p := st.prevSpk; p != nil && p.name != "" {
		// "…, a source close to him said. That person said …": the
		// unnamed speaker of the sentence before. "The person", "the
		// source", "the man" or "the woman" reach a little further: "…,”
		// said a longtime adviser to both Clintons, who …. ⏎ “…,” the person
		// added.
		if m := &p.speaker.np; m.ok() && m.form == pipeline.Description && !m.plural && m.first < n.first {
			sents, paras := st.tokSent[n.first]-st.tokSent[m.first], st.paraOf(n.first)-st.paraOf(m.first)
			near := st.demonstrative(n) && sents <= 1 && paras == 0 ||
				st.anyone(n) && sents <= 3 && paras <= 1 && m.last-m.first >= 2 && !st.wordBetween(m.first, n.first, st.lower(n.first+1))
			if w := st.lower(m.first); near && (w == "a" || w == "an" || w == "another" || w == "one") {
				c.name, c.entity = p.name, p.entity
				return
			}
		}
	}
	if a, b := st.nameGivenAs(n); a >= 0 {
		// "One caller, who gave her name only as Sheila, said"
		sp := pipeline.Span{Start: toks[a].Start, End: toks[b-1].End}
		c.name, c.entity = st.doc.Text[sp.Start:sp.End], st.entityAt(sp)
		return
	}
	if p := st.nameBeforeAppositive(n); p >= 0 {
		// "Murshed Zaheed, acting political director of CREDO Action,
		// which organized the letter, said": the name the description
		// stands in apposition to.
		c.name, c.entity = st.personName(p), st.people[p].entity
		return
	}
	if st.namePoll(c, n) {
		return
	}
	resolved := false
	switch {
	case n.last-n.first == 1 && strings.EqualFold(st.word(n.first), "both"):
		// "Republican Trump and Democrat Clinton have criticized Nabisco
		// for the move. Both have promised …": the two named just before.
		if a, b := st.pairBefore(n.first); a >= 0 {
			c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
			resolved = true
		} else if a, b := st.onlyTwoNamed(n.first); a >= 0 {
			c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
			resolved = true
		}
	case st.twoOf(n):
		// "both candidates", "The two voters": the pair named together
		// (resolvePair, pairBefore), else the two people the paragraph,
		// or it and the one or two before, name, if they name no one
		// else.
		if strings.EqualFold(st.word(n.first), "the") {
			resolved = st.resolveDefinite(c, n)
		} else if a, b := st.pairBefore(n.first); a >= 0 && st.pairFits(n, a, b) {
			c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
			resolved = true
		}
		if a, b := st.onlyTwoNamed(n.first); !resolved && a >= 0 && st.pairFits(n, a, b) {
			c.name, c.entity = st.personName(a)+" and "+st.personName(b), -1
			resolved = true
		}
	case st.is(n.first, wDet) && strings.EqualFold(st.word(n.first), "the") || st.coordinatedDefinite(n):
		resolved = st.resolveDefinite(c, n)
	case st.is(n.first, wDet) && (strings.EqualFold(st.word(n.first), "a") || strings.EqualFold(st.word(n.first), "an")):
		resolved = st.resolveIndefinite(c, n)
	default:
		resolved = st.resolvePossessed(c, n)
		if p := st.bareTitleHolder(n); !resolved && p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			resolved = true
		}
		if p := st.headlineSource(n); !resolved && p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			resolved = true
		}
	}
	// The person the article names for the description elsewhere.
	for _, find := range descriptionFallbacks {
		if resolved {
			break
		}
		if p := find(st, n); p >= 0 {
			c.name, c.entity = st.personName(p), st.people[p].entity
			resolved = true
		}
	}
}

// twoOf reports a plural description of two people by its count: "both
// candidates", "Both men", "The two voters" (not "the two parties": the
// head must be a word for people).
func (st *state) twoOf(n *np) bool {
	if n.last-n.first < 2 || n.last-n.first > 5 {
		return false
	}
	if !strings.EqualFold(st.word(n.first), "both") && !(strings.EqualFold(st.word(n.first), "the") && strings.EqualFold(st.word(n.first+1), "two")) {
		return false
	}
	h := n.last - 1
	hw := st.lower(h)
	return hw != "two" && (st.is(h, wRole) || pairHeads[hw] || personPlurals[hw])
}

// pairFits reports that two people fit a plural description's sex: "both
// men" are no man and a woman.
func (st *state) pairFits(n *np, a, b int) bool {
	want := byte(0)
	switch st.lower(n.last - 1) {
	case "men", "brothers", "sons", "fathers", "congressmen", "chairmen", "businessmen":
		want = 'M'
	case "women", "sisters", "daughters", "mothers", "congresswomen", "chairwomen", "businesswomen":
		want = 'F'
	}
	return want == 0 || (st.people[a].gender == 0 || st.people[a].gender == want) && (st.people[b].gender == 0 || st.people[b].gender == want)
}

// personPlurals are plural nouns for people that the role list lacks.
var personPlurals = map[string]bool{"voters": true, "friends": true, "brothers": true, "sisters": true, "rivals": true,
	"women": true, "men": true, "candidates": true, "leaders": true}

// onlyTwoNamed returns the two people named, outside quotes, before token
// pos in its paragraph, else in it and the paragraph before, else in the
// two before, when exactly two people (no organization) are named there;
// else -1, -1.
func (st *state) onlyTwoNamed(pos int) (int, int) {
	para := st.paraOf(pos)
	for back := 0; back <= 2; back++ {
		a, b, more := -1, -1, false
		for _, m := range st.pmention {
			if m.tok >= pos {
				break
			}
			if para-st.paraOf(m.tok) > back || st.people[m.person].org || !st.personEvidence(m.person) {
				continue
			}
			switch {
			case a < 0 || a == m.person:
				a = m.person
			case b < 0 || b == m.person:
				b = m.person
			default:
				more = true
			}
		}
		if more {
			return -1, -1
		}
		if b >= 0 {
			return a, b
		}
	}
	return -1, -1
}

// descriptionFallbacks find the person a description stands for when the
// rules for its determiner did not: named right after it, a spokesperson
// named after a staff noun, a title in the lede, a title next, the speaker
// before.
var descriptionFallbacks = [...]func(*state, *np) int{
	(*state).namedNext, (*state).staffNamedAfter, (*state).ledeTitled, (*state).titledNext, (*state).speakerBefore,
}

// nameGivenAs returns the tokens [a, b) of the name an unnamed person
// gave in a relative clause right after the description ("One caller, who
// gave her name only as Sheila from Moorside, said"; "a woman who would be
// identified only as Maria"), or -1, -1.
func (st *state) nameGivenAs(n *np) (int, int) {
	toks := st.doc.Tokens
	k := n.last
	if k < len(toks) && st.isPunct(k, ",") {
		k++
	}
	if k >= len(toks) || st.lower(k) != "who" {
		return -1, -1
	}
	for j := k + 1; j+1 < len(toks) && j-k <= 8; j++ {
		if st.isPunct(j, ",") || st.isFinal(j) {
			break
		}
		if st.word(j) != "as" {
			continue
		}
		before := st.lower(j - 1)
		if before == "only" {
			before = st.lower(j - 2)
		}
		if before != "name" && before != "identified" {
			break
		}
		b := j + 1
		for b < len(toks) && b-j <= 3 && st.info[b].cap && st.isWord(b) {
			b++
		}
		if b == j+1 {
			break
		}
		return j + 1, b
	}
	return -1, -1
}

// nameBeforeAppositive returns the person whose name stands right before
// a singular description and a comma, the description in apposition to it
// ("But Murshed Zaheed, acting political director of CREDO Action, which
// …, said"; "Nate Silver, the polling guru who founded …, tweeted"), or -1.
// The name must open its clause ("In Nevada, exit polls" is no apposition)
// and the description must close as an appositive, by a comma or a
// relative pronoun.
func (st *state) nameBeforeAppositive(n *np) int {
	if n.plural || n.first < 2 || n.last-n.first < 2 || !st.isPunct(n.first-1, ",") || st.is(n.first, wPron|wPossDet|wPlural) {
		return -1
	}
	// The description closes as an appositive does: "Clinton, a top aide
	// said, …" is an aside's subject.
	if n.last >= len(st.doc.Tokens) || !st.isPunct(n.last, ",") && !st.is(n.last, wRel) {
		return -1
	}
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= n.first {
			continue
		}
		if m.end != n.first-1 || m.pronoun || st.people[m.person].org || !st.personEvidence(m.person) || st.inSeg[m.tok] >= 0 {
			return -1
		}
		b := m.tok - 1
		for b >= 0 && (st.is(b, wTitle) && st.info[b].cap || st.titlePeriod(b)) {
			b--
		}
		if b >= 0 && !st.doc.Tokens[b+1].Is(pipeline.SentStart) && !st.is(b, wConj) && !st.isPunct(b, ",") && !st.isMark(b) {
			return -1
		}
		return m.person
	}
	return -1
}

// headlineSource returns the person a headline's bare description of one
// person stands for ("…, former rival says", "…, analyst says"): the
// first person the story's opening paragraphs name as a speaker, whom the
// headline sums up ("…, predicted Madeleine Kunin, the former Vermont
// governor"); or -1.
func (st *state) headlineSource(n *np) int {
	// The headline and its subhead: the lines before the first blank one.
	body := strings.Index(st.doc.Text, "\n\n")
	if body < 0 || st.doc.Tokens[n.first].Start > body || n.plural || !st.personHead(n) {
		return -1
	}
	for k := n.first; k < n.last; k++ {
		if st.info[k].cap || !st.isWord(k) || st.is(k, wDet|wPossDet|wPron) {
			return -1
		}
	}
	first := -1
	for i := range st.cands {
		c := &st.cands[i]
		if c.dropped || c.speaker.form != pipeline.Named || c.speaker.first < 0 || c.speaker.inherited {
			continue
		}
		if st.doc.Tokens[c.speaker.first].Start < body || st.paraOf(c.speaker.first) > 5 || st.spokesperson(c.speaker.last) {
			continue
		}
		if first < 0 || c.speaker.first < st.cands[first].speaker.first {
			first = i
		}
	}
	if first < 0 {
		return -1
	}
	p := st.personOf(&st.cands[first].speaker.np)
	if p < 0 || st.people[p].org {
		return -1
	}
	return p
}

// spokesperson reports an appositive after a name ending at token e that
// makes its person someone else's voice (", a spokesman for the Feingold
// campaign"): no source a headline sums up.
func (st *state) spokesperson(e int) bool {
	if e+2 >= len(st.doc.Tokens) || !st.isPunct(e, ",") {
		return false
	}
	for k := e + 1; k < len(st.doc.Tokens) && k <= e+3; k++ {
		switch st.lower(k) {
		case "spokesman", "spokeswoman", "spokesperson":
			return true
		}
	}
	return false
}

// speakerBefore returns the person a definite description of one person
// that no rule named stands for when the quote before, in the same
// paragraph, was a named person's: the story going on about its speaker
// ("One of the authors, Ari Fleischer, said …. “…,” said the former top
// aide to President George W. Bush"); else -1. Not the person the
// description itself names.
func (st *state) speakerBefore(n *np) int {
	ps := st.prevSpk
	if ps == nil || n.plural || !strings.EqualFold(st.word(n.first), "the") || !st.personHead(n) ||
		ps.speaker.form != pipeline.Named || ps.speaker.first < 0 || st.paraOf(ps.speaker.first) != st.paraOf(n.first) {
		return -1
	}
	p := st.personByName(ps.name)
	if p < 0 || st.people[p].org {
		return -1
	}
	for _, m := range st.pmention {
		if m.tok >= n.first && m.tok < n.last && m.person == p {
			return -1
		}
	}
	return p
}

// namedNext returns the person a description of one person that opens its
// sentence stands for when the next sentence opens with that person's
// full name, named there for the first time ("A top Donald Trump adviser
// says …. ⏎ Ed Brookover spoke to reporters …"), or -1.
func (st *state) namedNext(n *np) int {
	if n.plural || !st.personHead(n) || !st.opensClause(n.first) || !st.doc.Tokens[n.first].Is(pipeline.SentStart) {
		return -1
	}
	si := int(st.tokSent[n.first]) + 1
	if si >= len(st.doc.Sentences) || st.doc.Sentences[si].Paragraph-st.paraOf(n.first) > 1 {
		return -1
	}
	first := st.doc.Sentences[si].First
	for _, m := range st.pmention {
		if m.tok < first {
			continue
		}
		if !st.opensClause(m.tok) || !st.doc.Tokens[first].Is(pipeline.SentStart) || m.tok-first > 2 || m.end-m.tok < 2 || !st.isFirstName(m.tok) {
			return -1
		}
		p := &st.people[m.person]
		if p.org || !st.isSubjectMention(m) {
			return -1
		}
		if a := m.end + 1; a < len(st.doc.Tokens) && st.isPunct(m.end, ",") && (st.ageAfter(m.end) || st.is(a, wDet|wPossDet) || st.lower(a) == "who") {
			// The name comes with an aside that says who the person is
			// ("Mr Ahmad Rizal, 41, who has delivered food for six years,
			// welcomed the move"): someone the story introduces anew, not
			// the one the description stood for, unless the aside gives
			// its role ("Corey Lewandowski, in a statement …, said" is no
			// such aside).
			if h := st.headOf(n); h < 0 || !st.introducedAs(m, st.lower(h)) {
				return -1
			}
		}
		for _, e := range st.pmention {
			if e.tok >= n.first {
				break
			}
			if e.person == m.person {
				return -1 // named before: the description is someone else
			}
		}
		return m.person
	}
	return -1
}

// staffNamedAfter returns the person a description tied to someone else
// ("Hillary Clinton’s right-hand woman", "His chief aide", "a top adviser
// for President Obama") stands for when the article names them after it:
// the person the article later introduces with the description's own words
// ("Sanders's campaign manager said …" and, pages on, "Sanders's campaign
// manager, Jeff Weaver,"), or else the first person it names anew in the
// description's paragraph or the next, if that name's title or aside holds
// the other's surname ("Huma Abedin, vice chairwoman for Clinton’s
// presidential campaign,"; "Sanders campaign manager Jeff Weaver"); or -1.
func (st *state) staffNamedAfter(n *np) int {
	if n.plural || !st.personHead(n) {
		return -1
	}
	owner := -1
	if st.is(n.first, wPossDet) {
		want := byte(0)
		switch st.lower(n.first) {
		case "his":
			want = 'M'
		case "her":
			want = 'F'
		default:
			return -1
		}
		owner, _ = st.resolveHeShe(n.first, n.first, pipeline.Span{}, want, st.prevSpk)
	} else {
		lo, hi := st.mentionRange(n.first, n.last-1)
		for _, m := range st.pmention[lo:hi] {
			if m.tok >= n.first && m.tok < n.last && !m.pronoun {
				owner = m.person
				break
			}
		}
	}
	if owner < 0 || st.people[owner].org {
		return -1
	}
	surname := st.word(st.people[owner].last - 1)
	words := st.doc.Text[n.span.Start:n.span.End]
	if st.is(n.first, wDet) {
		words = st.doc.Text[st.doc.Tokens[n.first+1].Start:n.span.End]
	}
	para := st.paraOf(n.first)
	want := roleGender(st.lower(st.headOf(n)))
	near := -1 // the first person named anew near the description
	for _, m := range st.pmention {
		if m.tok < n.last || m.pronoun || m.person == owner || st.people[m.person].org || st.mentionedBefore(m.person, n.first) {
			continue
		}
		if g := st.people[m.person].gender; want != 0 && g != 0 && g != want {
			continue // "a spokeswoman for Hillary Clinton" is no "Clinton spokesman Brian Fallon"
		}
		if st.writtenBefore(m.tok, words) {
			return m.person
		}
		if near < 0 && st.paraOf(m.tok)-para <= 1 {
			near = m.person
			if !st.nameTiedTo(m, surname) || !st.speakerTok(m.tok) && !st.isSubjectMention(m) {
				near = -2 // "… about Vladimir Putin, or a news release from some future Trump College"
			}
		}
	}
	return max(near, -1)
}

// writtenBefore reports the words written right before token k, but for a
// comma: "Sanders's campaign manager, Jeff Weaver".
func (st *state) writtenBefore(k int, words string) bool {
	end := st.doc.Tokens[k].Start
	for end > 0 && st.doc.Text[end-1] == ' ' {
		end--
	}
	if end > 0 && st.doc.Text[end-1] == ',' {
		end--
	}
	return end >= len(words) && strings.EqualFold(st.doc.Text[end-len(words):end], words)
}

// nameTiedTo reports a person's name whose title ("Sanders campaign
// manager Jeff Weaver") or aside ("Jason Furman, who leads Mr. Obama's
// Council of Economic Advisers,") holds the word surname.
func (st *state) nameTiedTo(m personMention, surname string) bool {
	for k := m.tok - 1; k >= 0 && m.tok-k <= 5 && st.isWord(k) && !st.isFinal(k); k-- {
		if st.word(k) == surname {
			return true
		}
		if st.doc.Tokens[k].Is(pipeline.SentStart) {
			break
		}
	}
	toks := st.doc.Tokens
	if m.end+1 >= len(toks) || !st.isPunct(m.end, ",") && st.word(m.end) != "(" && toks[m.end].Kind != pipeline.Dash ||
		st.is(m.end+1, wConj|wSub|wPrep|wAdv|wVerb|wAux) || pastOrParticiple(st.word(m.end+1)) {
		return false // no aside: "Jason Kander, noted that …"
	}
	for k := m.end + 1; k < len(toks) && k-m.end <= 16 && !st.isPunct(k, ",") && st.word(k) != ")" && toks[k].Kind != pipeline.Dash && !st.isFinal(k); k++ {
		if st.word(k) != surname {
			continue
		}
		// The aside ties them by a possessive or a preposition ("for
		// Clinton’s campaign", "an adviser to Sanders"), not as the
		// object of a deed ("who beat Garcia by nine points").
		switch st.lower(k - 1) {
		case "for", "to", "of", "with":
			return true
		}
		if st.possessiveAt(k + 1) {
			return true
		}
	}
	return false
}

// pastOrParticiple reports a lower-case word with a verb's "-ed" or "-ing"
// ending, which opens a clause rather than an aside.
func pastOrParticiple(w string) bool {
	return isLowerASCII(w) && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// ledeTitled returns the person a wire lede's description stands for when
// no one is named before it and the article later writes the description's
// role as that person's title ("Peru's president promised on Sunday to …
// ⏎ … President Elena Quispe said"; "A visiting agriculture minister from
// Vietnam promised …" and "Minister Tran Quoc Bao"), the one person so
// titled; or -1.
func (st *state) ledeTitled(n *np) int {
	if n.plural || !st.personHead(n) || st.paraOf(n.first) > 2 {
		return -1
	}
	if len(st.pmention) > 0 && st.pmention[0].tok < n.first {
		return -1
	}
	h := st.headOf(n)
	if h < n.first || st.info[h].cap {
		return -1
	}
	return st.personTitled(h, h+1, n.first)
}

// titledNext returns the person the next sentence of the paragraph opens
// with, titled by the one word that heads the indefinite description n ("In
// Bahati, a chief said residents had waited … ⏎ Chief Samuel Kiprono said
// …"), or -1.
func (st *state) titledNext(n *np) int {
	if n.plural || n.last-n.first != 2 || !st.personHead(n) {
		return -1
	}
	if w := st.lower(n.first); w != "a" && w != "an" {
		return -1
	}
	h := n.last - 1
	si := int(st.tokSent[h])
	if si+1 >= len(st.doc.Sentences) {
		return -1
	}
	t := st.doc.Sentences[si+1].First
	if st.paraOf(t) != st.paraOf(h) || !st.info[t].cap || !strings.EqualFold(st.word(t), st.word(h)) {
		return -1
	}
	for _, m := range st.pmention {
		if m.tok == t+1 && !m.pronoun && !st.people[m.person].org {
			return m.person
		}
		if m.tok > t+1 {
			break
		}
	}
	return -1
}

// coordinatedDefinite reports a description whose "the" stands before an
// "and" that the speaker's phrase left out: "the Democratic presidential
// front-runner and former secretary of state said".
func (st *state) coordinatedDefinite(n *np) bool {
	k := n.first - 1
	if k < 1 || st.word(k) != "and" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if !st.isWord(j) && st.word(j) != "-" || st.info[j].cue.isVerb() || st.is(j, wAux|wVerb) {
			return false
		}
		if st.is(j, wDet) {
			return strings.EqualFold(st.word(j), "the")
		}
	}
	return false
}

// isPlaceOrParty reports that tokens [a, b) are a US state, a place the
// entity stage knows or a party word: the modifiers of "the Utah
// Republican", "the New York businessman".
func (st *state) isPlaceOrParty(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		st.buf = appendLower(st.buf[:0], st.word(k))
		if _, ok := stateAbbrevs[string(st.buf)]; ok || st.is(k, wGroupAdj) {
			continue
		}
		// "Afro-Colombian", "Mexican-American": a compound ending with a
		// nationality or party word.
		if i := strings.LastIndexByte(string(st.buf), '-'); i > 0 && lexicon[string(st.buf[i+1:])]&wGroupAdj != 0 {
			continue
		}
		if e := st.entityAt(st.doc.Tokens[k].Span); e >= 0 && st.doc.Entities[e].Type == pipeline.Place {
			continue
		}
		return false
	}
	return true
}

// recentSubject returns the person named last as a sentence's subject
// before token pos, within paras paragraphs, or -1: the antecedent of a
// definite description that the article never ties to a name.
func (st *state) recentSubject(pos, paras int) int {
	para := st.paraOf(pos)
	for mi := len(st.pmention) - 1; mi >= 0; mi-- {
		m := st.pmention[mi]
		if m.tok >= pos {
			continue
		}
		if para-st.paraOf(m.tok) > paras {
			break
		}
		p := &st.people[m.person]
		if p.org || p.last-p.first < 2 && p.gender == 0 && !st.isSubjectMention(m) {
			continue
		}
		if st.isSubjectMention(m) {
			return m.person
		}
	}
	return -1
}

// politicalRoles head descriptions that news uses for the people a story is
// about ("the Republican nominee", "the front-runner", "the senator").
var politicalRoles = map[string]bool{"nominee": true, "candidate": true, "frontrunner": true, "front-runner": true,
	"senator": true, "governor": true, "president": true, "businessman": true, "billionaire": true, "mogul": true,
	"hopeful": true, "congressman": true, "congresswoman": true, "mayor": true, "secretary": true, "speaker": true,
	"leader": true, "chairman": true, "chairwoman": true, "developer": true, "star": true, "host": true,
	"magnate": true, "neurosurgeon": true, "investor": true, "entrepreneur": true}

// salientPerson returns the person mentioned most often before description
// n, among those whose mentions have the description's capitalised words
// nearby, or -1 when none stands out (a tie).
func (st *state) salientPerson(n *np, mods []int) int {
	var counts [64]int
	for _, m := range st.pmention {
		if m.tok >= n.first {
			break
		}
		if m.person >= len(counts) || st.people[m.person].org || st.people[m.person].gender == 0 {
			continue
		}
		if st.modifiersNear(m, mods) {
			counts[m.person]++
		}
	}
	best, second := -1, 0
	for p, k := range counts {
		if k == 0 {
			continue
		}
		if best < 0 || k > counts[best] {
			if best >= 0 {
				second = counts[best]
			}
			best = p
		} else if k > second {
			second = k
		}
	}
	if best >= 0 && counts[best] >= 2 && counts[best] > second {
		return best
	}
	return -1
}

// modifiersNear reports whether every modifier word (a token index) also
// stands within a few words of mention m, or in the person's name.
func (st *state) modifiersNear(m personMention, mods []int) bool {
	toks := st.doc.Tokens
	for _, k := range mods {
		w := st.word(k)
		found := false
		for j := max(0, m.tok-6); j < min(len(toks), m.end+8) && !found; j++ {
			if st.inRanked(j) {
				continue // the description's own word
			}
			found = strings.EqualFold(st.word(j), w) || st.info[k].cap && st.isStateAbbrev(j, w) || st.spellsAcronym(j, w)
		}
		if !found {
			return false
		}
	}
	return true
}

// spellsAcronym reports a name starting at token j whose capitalised
// words begin with the letters of the acronym w, in order ("World Health
// Organization" for WHO; "of", "for", "and", "the" skipped).
func (st *state) spellsAcronym(j int, w string) bool {
	if len(w) < 2 || len(w) > 6 || !upperASCII(w) || !st.info[j].cap || st.word(j)[0] != w[0] {
		return false
	}
	i := 0
	for k := j; k < len(st.doc.Tokens) && i < len(w); k++ {
		t := st.word(k)
		if !st.info[k].cap {
			if t == "of" || t == "for" || t == "and" || t == "the" {
				continue
			}
			return false
		}
		if t[0] != w[i] {
			return false
		}
		i++
	}
	return i == len(w)
}

// upperASCII reports a word with no lower-case letter and no letter
// outside ASCII: "CS", "MCA" (strings.ToUpper(w) == w without the copy).
func upperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'a' <= c && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// isStateAbbrev reports whether token j stands for the modifier w in
// another form: a US state's abbreviation ("R-Fla." or "Fla." for
// Florida, "I-Vt." for Vermont) or a party's ("GOP" and "R-Ohio" for
// Republican, "D-N.Y." for Democratic).
func (st *state) isStateAbbrev(j int, w string) bool {
	t := st.word(j)
	if len(t) < 2 {
		return false
	}
	var buf [32]byte
	lw := appendLower(buf[:0], w) // no allocation: this runs for every name near a state
	switch string(lw) {
	case "republican", "gop":
		return t == "GOP" || t == "Republican" || t == "Republicans" || strings.HasPrefix(t, "R-")
	case "democratic", "democrat":
		return t == "Democratic" || t == "Democrat" || t == "Democrats" || strings.HasPrefix(t, "D-")
	}
	abbr, ok := stateAbbrevs[string(lw)]
	if !ok {
		return false
	}
	// "R-Fla.", "Fla.", "FL", "(R-Fla.)": the part after a party letter.
	if i := strings.IndexByte(t, '-'); i >= 0 && i <= 2 {
		t = t[i+1:]
	}
	t = strings.TrimSuffix(t, ".")
	for a := range strings.SplitSeq(abbr, " ") {
		if strings.EqualFold(t, strings.TrimSuffix(a, ".")) {
			return true
		}
	}
	return false
}

// stateAbbrevs maps US states (lower case) to their AP style and postal
// abbreviations, from the AP Stylebook's state list and USPS Publication 28.
var stateAbbrevs = map[string]string{
	"alabama": "Ala. AL", "alaska": "Alaska AK", "arizona": "Ariz. AZ", "arkansas": "Ark. AR", "california": "Calif. CA Cal.",
	"colorado": "Colo. CO", "connecticut": "Conn. CT", "delaware": "Del. DE", "florida": "Fla. FL", "georgia": "Ga. GA",
	"hawaii": "Hawaii HI", "idaho": "Idaho ID", "illinois": "Ill. IL", "indiana": "Ind. IN", "iowa": "Iowa IA",
	"kansas": "Kan. KS Kans.", "kentucky": "Ky. KY", "louisiana": "La. LA", "maine": "Maine ME", "maryland": "Md. MD",
	"massachusetts": "Mass. MA", "michigan": "Mich. MI", "minnesota": "Minn. MN", "mississippi": "Miss. MS",
	"missouri": "Mo. MO", "montana": "Mont. MT", "nebraska": "Neb. NE", "nevada": "Nev. NV", "ohio": "Ohio OH",
	"oklahoma": "Okla. OK", "oregon": "Ore. OR", "pennsylvania": "Pa. PA", "tennessee": "Tenn. TN", "texas": "Texas TX Tex.",
	"utah": "Utah UT", "vermont": "Vt. VT", "virginia": "Va. VA", "washington": "Wash. WA", "wisconsin": "Wis. WI",
	"wyoming": "Wyo. WY", "york": "N.Y. NY", "jersey": "N.J. NJ", "hampshire": "N.H. NH", "carolina": "N.C. S.C. NC SC",
	"dakota": "N.D. S.D. ND SD", "mexico": "N.M. NM", "island": "R.I. RI",
}

// roleAbbrev maps title abbreviations to the role nouns they stand for.
var roleAbbrev = map[string]string{"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
	"rep.": "congressman", "gen.": "general", "pres.": "president", "sec.": "secretary", "rev.": "reverend",
	"lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "dr.": "doctor", "prof.": "professor", "atty.": "attorney",
	"sgt.": "sergeant", "lieut.": "lieutenant", "insp.": "inspector", "det.": "detective", "maj.": "major", "cmdr.": "commander",
	"adm.": "admiral"}

// introducedAs reports whether mention m is introduced with the role noun
// role: a title or modifier before the name ("Sen. Ted Cruz", "Republican
// nominee Donald Trump") or an appositive after it ("Pence, the Indiana
// governor,").
func (st *state) introducedAs(m personMention, role string) bool {
	match := func(k int) bool {
		w := st.lower(k)
		if a, ok := roleAbbrev[w]; ok {
			w = a
		} else if a, ok := roleAbbrev[w+"."]; ok && st.titlePeriod(k+1) {
			w = a // "Pres" "." split by the tokenizer
		}
		if k > 0 && strings.EqualFold(st.word(k-1), "chief") && (role == "ceo" && w == "executive" || role == "cfo" && w == "financial") {
			return true // "Chief Executive Officer Sandra Okonkwo" … "the CEO"
		}
		return w == role || pluralOf(w, role) && k+1 < len(st.doc.Tokens) && st.info[k+1].cap || // "Morning Joe hosts Joe Scarborough and Mika Brzezinski" … "the host"
			role == "congressman" && w == "representative" || role == "congresswoman" && w == "representative" ||
			st.initialsSpell(k, role) // "Cabinet Secretary Peter Wafula" … "the CS"
	}
	for k := m.tok - 1; k >= 0 && m.tok-k <= 4; k-- {
		if st.titlePeriod(k) {
			continue
		}
		if !st.isWord(k) || st.is(k, wDet|wPrep|wVerb|wAux) && !st.is(k, wTitle) || st.info[k].cue.isVerb() && !st.info[k].cap {
			break // "a young woman asked Mrs. Clinton": not an introduction
		}
		if match(k) {
			return true
		}
	}
	if h := st.roleBeforeAppositive(m.tok); h >= 0 && match(h) {
		return true // "The principal, Jocelyn Tan,"; "A senior official at the World Health Organization, Dr Kwame Asante,"
	}
	toks := st.doc.Tokens
	if _, h := st.nounAfter(m); h >= 0 && match(h) {
		return true // "Diaz is a nurse", "Diaz, who is a nurse"
	}
	if m.end < len(toks) && st.isPunct(m.end, ",") {
		for k := m.end + 1; k < len(toks) && k-m.end <= 8; k++ {
			if st.isPunct(k, ",") || st.isFinal(k) || st.info[k].cue.isVerb() {
				break
			}
			if match(k) {
				return true
			}
		}
	}
	return false
}

// pluralOf reports w, role and an s ("hosts" of "host"), without building
// role+"s": introducedAs asks it of every word near every mention.
func pluralOf(w, role string) bool {
	return len(w) == len(role)+1 && w[len(role)] == 's' && strings.HasPrefix(w, role)
}

// inRanked reports a token of the description being ranked
// (state.ranked).
func (st *state) inRanked(k int) bool { return k >= st.ranked[0] && k < st.ranked[1] }

// capsFromSentStart reports that token t and the at most n tokens before
// it are capitalised words back to their sentence's start: "Sinn Féin TD".
func (st *state) capsFromSentStart(t, n int) bool {
	for k := t; k >= 0 && t-k <= n; k-- {
		if !st.info[k].cap || !st.isWord(k) {
			return false
		}
		if st.doc.Tokens[k].Is(pipeline.SentStart) {
			return true
		}
	}
	return false
}

// initialsSpell reports that the capitalised words ending at token k
// spell the role acronym (lower case, two to four letters) by their
// initials: "Cabinet Secretary" for "cs".
func (st *state) initialsSpell(k int, role string) bool {
	n := len(role)
	if n < 2 || n > 4 || k-n+1 < 0 {
		return false
	}
	for i := 0; i < n; i++ {
		t := k - n + 1 + i
		w := st.word(t)
		if !st.info[t].cap || !st.isWord(t) || len(w) < 2 || st.doc.Tokens[t].Is(pipeline.AllCaps) || w[0]|0x20 != role[i] {
			return false
		}
	}
	return true
}

// roleBeforeAppositive returns the head of the description that a name at
// token t stands in apposition to, else -1: "The principal, Jocelyn Tan":
// principal; "A senior official at the World Health Organization, Dr Kwame
// Asante": official (over a preposition and a capitalised name). Titles
// before the name are skipped; the description must open its clause (a
// determiner or a possessive pronoun after the sentence's start or a
// comma), so that "the senator's wife, Heidi Cruz," is not the senator.
func (st *state) roleBeforeAppositive(t int) int {
	k := t - 1
	for k >= 0 && (st.is(k, wTitle) && st.info[k].cap || st.titlePeriod(k)) {
		k--
	}
	if k < 1 || !st.isPunct(k, ",") || !st.isWord(k-1) {
		return -1
	}
	// the phrase opens with a determiner or a possessive, within four words
	// before its head, at the sentence's start or after a comma
	opens := func(h int) bool {
		for j := h; j >= 0 && h-j <= 4; j-- {
			if (st.word(j) == "'s" || st.word(j) == "’s") && j-1 > 0 && isLowerASCII(st.word(j-1)) && !st.is(j-1, wRole|wTitle) {
				continue // a thing's possessive: "The company's chief executive, Nadia Ferro,"
			}
			if st.word(j) == "'s" || st.word(j) == "’s" || !st.isWord(j) {
				return false
			}
			if st.is(j, wDet|wPossDet) {
				return j == 0 || st.doc.Tokens[j].Is(pipeline.SentStart) || st.isPunct(j-1, ",") ||
					st.doc.Tokens[j-1].Kind == pipeline.Dash || // after a dateline: "MTHATHA, 14 March — The Minister of …, Ms X,"
					st.isMark(j-1) && j > 1 && st.isPunct(j-2, ",") // after a quote: "“…,” the company's chief executive, Nadia Ferro, told"
			}
		}
		return false
	}
	// A title heading a description with its office after "of" or "for",
	// capitalised or not: "The Minister of Water and Sanitation, Ms X";
	// "the Executive Mayor of the district, Cllr X".
	for j := k - 1; j > 1 && k-j <= 7; j-- {
		if w := st.word(j); w == "of" || w == "for" {
			if personTitles[st.lower(j-1)] && st.info[j-1].cap && (opens(j-1) || st.capsFromSentStart(j-1, 3)) {
				return j - 1
			}
			break
		}
		if !st.isWord(j) || st.is(j, wVerb|wAux|wPron) && !st.info[j].cap || st.info[j].cue.isVerb() && !st.info[j].cap {
			break
		}
	}
	h := k - 1
	if st.info[h].cap && st.is(h, wTitle) && st.is(h, wRole) && opens(h) {
		return h // a capitalised office: "The Premier, Anna Bligh,"; "The Cathaoirleach, Cllr X (FG),"
	}
	if st.info[h].cap {
		// the capitalised object of a preposition: step back over it
		j := h
		for j > 0 && h-j < 6 && (st.info[j].cap || st.is(j, wDet) && !st.is(j, wPron) || st.word(j) == "of" || st.word(j) == "for") && !st.doc.Tokens[j].Is(pipeline.SentStart) {
			j--
		}
		if !attachPreps[st.word(j)] || j < 1 {
			return -1
		}
		h = j - 1
	}
	if opens(h) {
		return h
	}
	return -1
}

// sameSpeakerQuotes appends to buf the other direct quotes of four words or
// more that the speaker mention at token first attributes besides
// candidate c's: a name in any of them is spoken about, not speaking
// ("“His better bet …,” he said. “Trump's best argument …”": not Trump's
// words).
func (st *state) sameSpeakerQuotes(c *candidate, first int, buf []pipeline.Span) []pipeline.Span {
	if c.kind != pipeline.Direct {
		return buf
	}
	for i := range st.cands {
		o := &st.cands[i]
		if o != c && o.kind == pipeline.Direct && o.speaker.first == first && o.span != c.span && countWords(st.doc.Text, o.span) >= 4 {
			buf = append(buf, o.span)
		}
	}
	return buf
}

// writer returns the tokens [a, b) of the author's name that the last
// paragraphs of an opinion piece or a book excerpt give, or -1, -1: a
// credit line ("From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015
// by Dinesh D’Souza.") or a tagline of one or two sentences that opens with
// the name ("Rick Scott is the Republican governor of Florida.";
// "Glenn Harlan Reynolds, a University of Tennessee law professor, is …"),
// or a byline of one author among the first paragraphs ("By Daniel Roth").
// A name alone under a letter ("Richard Hays Powell.") is no tagline: a
// page of letters has many writers.
func (st *state) writer() (int, int) {
	paras := st.doc.Paragraphs
	for pi := len(paras) - 1; pi >= 0 && pi >= len(paras)-2; pi-- {
		p := paras[pi]
		if p.Last-p.First > 3 {
			continue
		}
		first, last := st.doc.Sentences[p.First].First, st.doc.Sentences[p.Last-1].Last
		if w := st.word(first); w == "From" || w == "Excerpted" || w == "Adapted" || w == "Copyright" {
			for k := first; k+1 < last; k++ {
				if st.word(k) != "by" {
					continue
				}
				if b := st.nameRun(k+1, last); b > k+1 {
					return k + 1, b
				}
			}
			continue
		}
		if p.Last-p.First > 2 {
			continue
		}
		b := st.nameRun(first, last)
		if b == first {
			continue
		}
		k := b
		if st.isPunct(k, ",") && (st.is(k+1, wDet)) {
			for k++; k < last && !st.isPunct(k, ","); k++ {
			}
			k++
		}
		if w := st.word(k); w == "is" || w == "was" {
			return first, b
		}
	}
	// A byline of its own among the first paragraphs: "By Daniel Roth",
	// "By Daniel Roth, Staff Writer" (one author only).
	for pi := 0; pi < len(paras) && pi < 4; pi++ {
		p := paras[pi]
		first, last := st.doc.Sentences[p.First].First, st.doc.Sentences[p.Last-1].Last
		if last-first > 10 || st.word(first) != "By" {
			continue
		}
		b := st.nameRun(first+1, last)
		if b-first-1 < 2 {
			continue
		}
		if b == last || st.isPunct(b, ",") && st.word(b+1) != "and" || st.isFinal(b) && b+1 == last {
			return first + 1, b
		}
	}
	return -1, -1
}

// nameRun returns the end of a run of one to four capitalised words at
// token a, before b, that can be a person's name (no determiner, pronoun
// or title-case headline word first), or a when there is none.
func (st *state) nameRun(a, b int) int {
	if a >= b || !st.info[a].cap || st.is(a, wDet|wPron) {
		return a
	}
	toks := st.doc.Tokens
	k, words := a, 0
	for k < b && words < 4 && st.info[k].cap {
		k++
		words++
		// "D’Souza", "O'Malley": an apostrophe inside the word.
		if k+1 < b && (st.word(k) == "’" || st.word(k) == "'") && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End && st.info[k+1].cap {
			k++
		}
	}
	if words == 4 && k < b && st.info[k].cap {
		return a
	}
	return k
}

// listHeading reports a he or she at token pos that opens a list article's
// item heading: a paragraph of one short sentence that opens with the
// pronoun, in an article whose headline opens with a number ("9 (More)
// Offensive Things Donald Trump Has Said About Latinos") and that has at
// least three such paragraphs opening with the same word ("He said …",
// "He called …", "He pandered …"). (A live blog's one-sentence paragraphs
// are no list: "The Latest: …".)
func (st *state) listHeading(pos int) bool {
	if len(st.doc.Tokens) == 0 || st.doc.Tokens[0].Kind != pipeline.Number {
		return false
	}
	if !st.headingPronoun(st.paraOf(pos), st.word(pos)) || st.doc.Sentences[st.tokSent[pos]].First != pos {
		return false
	}
	n := 0
	for p := range st.doc.Paragraphs {
		if st.headingPronoun(p, st.word(pos)) {
			n++
		}
	}
	return n >= 3
}

// headingPronoun reports a paragraph of one sentence of at most 25 tokens
// that opens with the word w ("He" or "She").
func (st *state) headingPronoun(p int, w string) bool {
	if w != "He" && w != "She" {
		return false
	}
	par := st.doc.Paragraphs[p]
	if par.Last-par.First != 1 {
		return false
	}
	s := st.doc.Sentences[par.First]
	return s.Last-s.First <= 25 && st.word(s.First) == w && st.inSeg[s.First] < 0
}

// principal returns the person of sex want the article names most, at
// least three times and more often than anyone else of that sex, or -1.
func (st *state) principal(want byte) int {
	best, bestN, second := -1, 0, 0
	for k := range st.people {
		p := &st.people[k]
		if p.org || p.gender != want {
			continue
		}
		switch {
		case p.count > bestN:
			best, bestN, second = k, p.count, bestN
		case p.count > second:
			second = p.count
		}
	}
	if bestN < 3 || bestN == second {
		return -1
	}
	return best
}

// biographySubject returns the subject of an encyclopedic biography for a
// he or she at pos: the article opens with a paragraph that is the person's
// name alone (a heading: "Desmond Achterberg"), the person is the article's
// principal one of that sex, and no other person of that sex is named in
// the pronoun's paragraph before it. "He lost his seat in 2013 … At the
// inquiry he said …" is the subject's, not the premier's quoted the
// paragraph before. Else -1.
func (st *state) biographySubject(pos int, want byte) int {
	if len(st.doc.Paragraphs) < 3 || st.inSeg[pos] >= 0 {
		return -1
	}
	a, b := st.paraTokens(0)
	if b-a < 1 || b-a > 6 {
		return -1
	}
	for k := a; k < b; k++ {
		if st.isWord(k) && !st.info[k].cap {
			return -1 // a headline, not a name
		}
	}
	p := st.principal(want)
	if p < 0 {
		return -1
	}
	heading := false
	for _, m := range st.pmention {
		if m.tok >= b {
			break
		}
		heading = heading || m.person == p && !m.pronoun
	}
	if !heading {
		return -1
	}
	para := st.paraOf(pos)
	for _, m := range st.pmention {
		if m.tok >= pos {
			break
		}
		if !m.pronoun && m.person != p && st.paraOf(m.tok) == para && st.people[m.person].gender == want {
			return -1 // "Andre has said …. In an interview, he said": the man just named
		}
	}
	return p
}
