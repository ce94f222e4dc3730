package quotes

import (
	"bytes"
	"strings"

	"github.com/sayso/sayso/pipeline"
	"unicode"
	"unicode/utf8"
)

// wordClass is a set of closed word classes a token belongs to.
type wordClass uint32

const (
	wDet       wordClass = 1 << iota // a, an, the, this, another…
	wPossDet                         // his, her, their, its…
	wPron                            // he, she, they, it, I, we, you
	wRel                             // who, which, whom
	wTitle                           // Mr., Sen., President… (before a name)
	wPrep                            // in, on, at, for…
	wConj                            // and, or, but
	wSub                             // that, because, although, when, if…
	wAux                             // is, was, has, would…
	wAdv                             // also, later, then… (may stand between a subject and its verb)
	wTime                            // Monday, yesterday, week, January…
	wNum                             // one, two, dozens…
	wRole                            // official, spokesman, senator…: heads of speaker descriptions
	wVerb                            // common verbs that are not cues: end a noun phrase
	wStop                            // words that never belong to a speaker's noun phrase
	wOrgHead                         // campaign, committee, department…: heads of organization descriptions
	wPlural                          // plural pronoun or noun: they, officials, aides
	wMale                            // he, Mr., his
	wFemale                          // she, Mrs., her
	wNeuter                          // it, its
	wFirst                           // I, we, my, our: the writer
	wThat                            // "that" (complementizer or relative)
	wAccording                       // "according"
	wAs                              // "as" ("quoted as saying")
	wGroupAdj                        // Republican, Democratic, American, Mexican…: capitalised, never a person's name alone
	wIrregPast                       // struck, spoke, sold…: irregular past tenses (also wVerb)
)

// lexicon maps lower-case words to their classes; built once at init from
// the lists below.
var lexicon = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(wDet, "a an the this these those another any each every some several many most few both all no other such one")
	add(wPossDet, "his her their its our my your")
	add(wPron, "he she they it i we you him them me us")
	// Contractions the tokenizer leaves whole: "told reporters he'd support …".
	add(wPron, "he'd she'd they'd we'd i'd you'd he'll she'll they'll we'll i'll you'll they're we're you're")
	// and the perfect's "'ve" ("They’ve argued that …"), which it splits off
	// only after a straight apostrophe in some spellings.
	add(wPron, "they've we've i've you've")
	add(wRel, "who which whom whose")
	add(wMale, "he'd he'll he him his himself mr mr. sir lord father brother king prince")
	add(wFemale, "she'd she'll she her hers herself mrs mrs. ms ms. miss madam lady dame mother sister queen princess")
	add(wNeuter, "it its itself")
	add(wPlural, "they them their we us our they'd they'll they're they've we'd we'll we're we've")
	add(wFirst, "i we me us my our i'd i'll i've we'd we'll we're we've")
	add(wTitle, titleWords)
	add(wPrep, "in on at for of to from with by about after before during since over under into through against among between without within like than via per across around near toward towards upon amid despite behind beyond outside inside throughout besides")
	add(wConj, "and or but nor yet so")
	add(wSub, "that because although though while when whenever if whether unless until since after before as once where whereas")
	add(wThat, "that")
	add(wAccording, "according")
	add(wGroupAdj, groupAdjectives)
	add(wAs, "as")
	add(wAux, "is was are were be been being am has have had having do does did would will can could may might must should shall 's 're 've 'd 'll 'm wo ca won't can't cannot didn't doesn't don't isn't wasn't hasn't haven't hadn't wouldn't couldn't shouldn't")
	add(wAdv, "however meanwhile instead nonetheless nevertheless moreover indeed therefore thus also later afterwards afterward then once previously recently reportedly repeatedly often already still just now again further never not n't simply flatly bluntly quickly immediately publicly privately subsequently separately similarly too even only first finally initially originally actually really directly explicitly specifically openly famously since earlier last ultimately long twice always sometimes frequently usually herself himself themselves itself here almost")
	add(wTime, "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier ago january february march april may june july august september october november december jan. feb. mar. apr. aug. sept. oct. nov. dec. day days weeks months years spring summer winter autumn")
	add(wNum, "one two three four five six seven eight nine ten eleven twelve dozens dozen hundreds thousands both")
	add(wRole, roleWords)
	add(wOrgHead, "campaign committee department ministry agency administration office organization government party group company firm network newspaper paper magazine station outlet site website service council board commission court team union association foundation institute center centre bureau embassy army police airline carrier bank regulator club university hospital retailer automaker insurer authority utility cooperative co-op patrol delegation")
	add(wPlural, "officials sources aides advisers advisors analysts experts people voters supporters critics members leaders residents democrats republicans officers staff staffers lawmakers observers protesters activists executives strategists economists researchers scientists others some many most both several few backers donors fans loyalists surrogates operatives volunteers delegates superdelegates insiders allies friends families workers students parents women men children data police clergy personnel")
	add(wVerb, "is was are were be been has have had do does did get got gets make made makes go went goes come came comes take took takes give gave gives see saw seen know knew known think thought want wanted wants need needed look looked seem seemed seems become became feel felt leave left keep kept let put run ran win won lose lost hold held bring brought begin began show showed shown hear heard play played move moved live lived believe believed happen happened lead led stand stood understand understood meet met pay paid send sent build built stay stayed fall fell cut reach reached kill killed remain remained expect expected include included continue appear appeared serve served die died set sit sat went came took gave met ran wore won lost led fought sought bought brought began grew drew flew threw chose rose fell broke spent sent built held kept left paid heard felt stood understood became")
	// Irregular past tenses, which the "-ed" suffix does not reveal: the
	// verb of a sentence's subject ("The mayor struck a calm tone, saying
	// …"). Forms that are also common nouns (hit, shot, beat, lay) are left
	// out. Also wVerb, but "who prosecutors said stole …" leaves "who"
	// out of the report (relativeGap).
	add(wVerb|wIrregPast, "struck spoke sang sold swore drove rode ate forgot forgave hid caught taught slept stole tore woke froze shook stuck swung sank sprang bit bled dealt dug fed fled flung forbade hung knelt lent meant misled overcame overtook overheard rang shone slid strove swam undertook underwent upheld withdrew withheld withstood wept arose awoke blew bent clung crept shrank stung strode swept wove foresaw mistook overthrew rebuilt repaid retook undid")
	add(wStop, "not n't there here what why how where when whether if because although though while than whose")
	return m
}()

// groupAdjectives are the party and nationality words news capitalises:
// alone they name a group, not a person ("Mexican flags", "the first
// Republican mayor", "Republicans said"). From the parties of US politics
// and the nationalities of the countries most named in PolNeAR, lower case.
const groupAdjectives = "republican republicans democrat democrats democratic gop independent independents libertarian libertarians " +
	"conservative conservatives liberal liberals progressive progressives socialist socialists " +
	"american americans british briton britons english scottish irish welsh french german germans italian italians spanish " +
	"european europeans russian russians ukrainian ukrainians chinese japanese korean koreans indian indians pakistani " +
	"afghan afghans iranian iranians iraqi iraqis syrian syrians israeli israelis palestinian palestinians saudi saudis " +
	"turkish turk turks egyptian egyptians libyan libyans african africans mexican mexicans canadian canadians cuban cubans " +
	"latino latinos latina latinas hispanic hispanics asian asians arab arabs kurdish kurds muslim muslims christian christians " +
	"catholic catholics jewish jews evangelical evangelicals mormon mormons protestant protestants kazakh burmese australian " +
	"brazilian venezuelan colombian filipino vietnamese greek belgian dutch swedish norwegian danish polish hungarian " +
	// US states' demonyms, which news uses for a politician ("the Texan said") and demonym's suffix rule misses.
	"texan texans ohioan ohioans iowan iowans vermonter vermonters kansan kansans oklahoman oklahomans nebraskan nebraskans " +
	"alaskan alaskans arizonan arizonans nevadan nevadans coloradan coloradans minnesotan minnesotans michigander michiganders " +
	"wisconsinite wisconsinites utahn utahns"

// titleWords come before a name and are not part of it ("Sen. Ted Cruz" is
// named "Ted Cruz"). Lower case, with and without the period. The last two
// lines hold local-government titles and police ranks of other house styles
// ("Councillor Margaret Doyle", "Insp Mark Tolley").
const titleWords = "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam mx. " +
	"sen sen. senator rep rep. representative congressman congresswoman gov gov. governor lt. lt gov gen. gen general " +
	"president vice secretary minister premier chancellor ambassador mayor judge justice speaker treasurer " +
	"col. col sgt. sgt capt. capt cmdr. adm. maj. gen major admiral commander captain colonel sergeant lieutenant " +
	"prof. prof professor rev. rev reverend pastor father sister brother pope king queen prince princess sheikh ayatollah imam rabbi bishop cardinal " +
	"chairman chairwoman chair director commissioner sheriff detective officer chief attorney atty. del. delegate " +
	"coach dean president-elect leader former acting deputy ex-president pres pres. supt supt. amb amb. hon hon. " +
	"councillor councilor cllr cllr. alderman alderwoman " +
	// Australian and Canadian councillors, the chair of an Irish council
	// ("Cr Bev Stringer", "Coun. Ray Meekis", "the Cathaoirleach, Cllr X")
	"cr cr. coun coun. cathaoirleach " +
	"councilman councilwoman councilmember assemblyman assemblywoman assemblymember supervisor " +
	"insp insp. inspector det det. constable const const. cmdr " +
	// members of parliaments and assemblies outside the US ("Opposition MP
	// Juma Otieno", "Independent TD Mary Walsh", "Ward MCA Grace Chebet")
	"mp mla mep msp mpp td mca"

// roleWords head descriptions of people ("a spokesman for the Pentagon",
// "the senator"); a description with one of them can stand for a named
// person introduced with it.
const roleWords = "official officials spokesman spokeswoman spokesperson spokespeople source sources aide aides " +
	"adviser advisers advisor advisors analyst analysts expert experts strategist strategists consultant consultants " +
	"pollster pollsters economist economists professor researcher researchers scientist scholar lawyer lawyers attorney " +
	"president senator governor candidate candidates nominee leader leaders chairman chairwoman chair director executive " +
	"manager secretary minister treasurer mayor congressman congresswoman representative lawmaker lawmakers legislator " +
	"businessman businesswoman billionaire mogul developer hopeful frontrunner front-runner challenger rival opponent " +
	"person man woman voter voters resident residents supporter supporters critic critics member members " +
	"officer officers commander general ambassador diplomat envoy negotiator judge justice prosecutor investigator " +
	"activist activists organizer founder ceo cfo coo chief head host anchor reporter correspondent journalist writer author columnist editor " +
	"veteran student teacher principal superintendent headteacher headmaster headmistress doctor mother father wife husband son daughter friend neighbor neighbour owner worker employee " +
	"democrat republican independent conservative liberal progressive moderate speaker delegate delegates staffer staffers " +
	"insider insiders observer observers ally allies " +
	"mp mps mla mlas mep meps msp msps mpp mpps td tds mca mcas cs " + // "the MP", "the TD", "the CS" (Cabinet Secretary)
	"councilman councilwoman councilmember councillor councilor alderman alderwoman assemblyman assemblywoman " +
	// sports reports
	"coach striker forward midfielder defender goalkeeper keeper captain player players quarterback pitcher " +
	"batter shortstop catcher guard center winger fullback substitute skipper " +
	// trades and farms, which news introduces in apposition ("Ivan Roth, a Boston dealer who …")
	"dealer apprentice auctioneer rancher farmer librarian nurse " +
	// biographies' sources ("According to her biographer, X,", "described by one reviewer as")
	"biographer historian reviewer novelist " +
	// war and disaster dispatches' unnamed witnesses ("One soldier, who asked
	// not to be named, said", "A volunteer at the shelter said"), a local
	// administrator ("the administrator said" of a Kenyan chief), and the
	// family the mother, father, son and daughter above leave out
	// heads of government outside the US ("the Premier", "the Taoiseach") and
	// the chair of an Irish council
	"premier taoiseach tánaiste tanaiste cathaoirleach " +
	"soldier soldiers fighter fighters medic medics paramedic surgeon volunteer volunteers villager villagers " +
	"survivor survivors refugee refugees witness witnesses administrator administrators " +
	"brother sister uncle aunt cousin grandmother grandfather grandson granddaughter nephew niece"

// tokInfo is what the rules know of one token, computed once per document.
type tokInfo struct {
	cls wordClass
	cue cue
	cap bool // capitalised word (or all caps), not a mark
}

// classify fills info for each token of doc. buf is scratch space for
// lower-casing; it is returned for reuse.
func (st *state) classify() {
	toks := st.doc.Tokens
	if cap(st.info) < len(toks) {
		st.info = make([]tokInfo, len(toks))
	}
	st.info = st.info[:len(toks)]
	for i, t := range toks {
		s := st.doc.Text[t.Start:t.End]
		st.buf = appendLower(st.buf[:0], s)
		inf := tokInfo{cue: noCue}
		inf.cls = lexicon[string(st.buf)]
		if inf.cls == 0 {
			// A hyphenated title is the title its last part names:
			// "Secretary-General", "Attorney-General", "Vice-President".
			if h := bytes.LastIndexByte(st.buf, '-'); h > 0 && h+1 < len(st.buf) {
				inf.cls = lexicon[string(st.buf[h+1:])] & (wTitle | wRole)
			}
		}
		if c, ok := cueIndex[string(st.buf)]; ok {
			inf.cue = c
		}
		if t.Kind == 0 /* pipeline.Word */ {
			r, _ := utf8.DecodeRuneInString(s)
			inf.cap = unicode.IsUpper(r) || articlePrefixed(s)
			if t.Is(pipeline.AllCaps) && inf.cls&wPron != 0 && s != "I" {
				inf.cls &^= wPron | wFirst | wPlural | wMale | wFemale | wNeuter // "US Senator Jeff Sessions"
			}
		}
		st.info[i] = inf
		// A phrasal cue: the verb before its particle ("went on").
		if ps, ok := phrasalIndex[string(st.buf)]; ok && i+1 < len(toks) && !inf.cue.ok() {
			next := toks[i+1]
			for _, p := range ps {
				if next.End-next.Start == len(p.particle) && strings.EqualFold(st.doc.Text[next.Start:next.End], p.particle) && !st.goesOnSomewhere(i, p) {
					st.info[i].cue = p.c
					st.phrasalAt = append(st.phrasalAt, i+1)
					break
				}
			}
		}
	}
	// The particle reads as an adverb: what may stand between a cue and
	// its content.
	for _, k := range st.phrasalAt {
		st.info[k].cls = wAdv
	}
	// "lead" before a role is an adjective, not the verb: "said lead
	// author Hannah Brooks".
	// "yet" after a negation or an auxiliary is the adverb, not the
	// conjunction: "the governor had not yet read the ruling".
	for i := 0; i+1 < len(toks); i++ {
		if st.info[i].cls&wVerb != 0 && st.info[i+1].cls&wRole != 0 && st.info[i+1].cue.noun < 0 && strings.EqualFold(st.doc.Text[toks[i].Start:toks[i].End], "lead") {
			st.info[i].cls &^= wVerb
		}
		if st.info[i+1].cls&wConj != 0 && st.info[i].cls&(wAux|wAdv) != 0 && st.word(i+1) == "yet" && (st.info[i].cls&wAux != 0 || st.word(i) == "not" || st.word(i) == "n't" || st.word(i) == "never") {
			st.info[i+1].cls = wAdv
		}
	}
	st.phrasalAt = st.phrasalAt[:0]
}

// goesOnSomewhere reports "go on" followed by its object ("once the Senate
// goes on recess", "went on CNN"): a move, not speech, which the particle
// ends ("“…,” Trump went on.", "went on: “…”") or hands to a verb ("went
// on to say").
func (st *state) goesOnSomewhere(i int, p phrasal) bool {
	toks := st.doc.Tokens
	if p.particle != "on" || i+2 >= len(toks) || toks[i+2].Kind != 0 /* pipeline.Word */ {
		return false
	}
	return !strings.EqualFold(st.doc.Text[toks[i+2].Start:toks[i+2].End], "to")
}

var noCue = cue{verb: -1, noun: -1}

func (c cue) ok() bool { return c.verb >= 0 || c.noun >= 0 }

func (c cue) isVerb() bool { return c.verb >= 0 }

// appendLower appends the lower-case form of s to dst; ASCII is done byte
// by byte, without allocating.
// pronounBase is a lower-case pronoun without the contraction the tokenizer
// left on it: "they’ve" and "they'd" are "they", "we've" is "we".
func pronounBase(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

// contractedSubject reports "I've", "we’d", "We'll": a first-person subject
// with its auxiliary on it, as written.
func contractedSubject(w string) bool {
	b := pronounBase(w)
	return b != w && (b == "I" || b == "we" || b == "We")
}

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r == '’' {
					r = '\''
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// arabicArticles are the forms of the Arabic article that news writes in
// lower case, joined by a hyphen to a capitalised surname (al-Nuaimi,
// el-Sayed, ad-Din, ash-Shami); transliteration conventions, as Reuters and
// AP print them.
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true, "ud": true}

// articlePrefixed reports a surname written with a lower-case Arabic
// article (al-Nuaimi): a capitalised word for every rule that reads names.
// Not "pro-Russian", "mid-March": the prefix must be an article.
func articlePrefixed(s string) bool {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i+1 >= len(s) || !arabicArticles[s[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r)
}
