// Package entities finds the people, places and organizations a document
// names and groups their mentions into entities. It needs the segment stage
// before it (tokens with case flags, sentences).
//
// This first version is rule-based: runs of capitalised words, typed by
// gazetteers (data/places.txt), honorifics and titles, organization suffixes
// and acronyms; demonyms, months and boilerplate (data/notentities.txt) are
// never entities. Mentions of one person are grouped by surname, others by
// their text without a leading "the".
package entities

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// Tables, loaded once at package init and only read afterwards.
var (
	//go:embed data/places.txt
	placesTxt string
	//go:embed data/notentities.txt
	notEntitiesTxt string

	places      = lines(placesTxt)
	notEntities = lines(notEntitiesTxt)
)

// honorifics stay inside a person's mention ("Mr. McGurk") but not in the
// entity's name.
var honorifics = set("Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Mx.", "Sir", "Dame")

// titles precede a person's name and are left out of the mention.
var titles = set("President", "Vice", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor",
	"Secretary", "Gen.", "General", "Minister", "Prime", "Pope", "King", "Queen", "Prince", "Princess",
	"Judge", "Justice", "Chief", "Mayor", "Speaker", "Leader", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.",
	"Ambassador", "Chancellor", "Commissioner", "Director", "Chairman", "Chairwoman", "Professor", "Prof.",
	"Rev.", "Reverend", "Father", "Sister", "Brother", "Sheikh", "Ayatollah", "Attorney", "Candidate",
	"Nominee", "Former", "Foreign", "Defense", "Deputy", "Acting", "Sheriff", "Officer", "Detective", "Coach")

// orgSuffixes end organization names.
var orgSuffixes = set("Times", "News", "Post", "Journal", "Agency", "Department", "Ministry", "Party",
	"Company", "Co.", "Corp.", "Corporation", "Inc.", "Inc", "LLC", "Ltd.", "Ltd", "Group", "Bank",
	"University", "College", "Institute", "Council", "Committee", "Commission", "Association",
	"Foundation", "Court", "Congress", "Senate", "Army", "Navy", "Forces", "Force", "Police", "Service",
	"Office", "Organization", "Organisation", "Union", "Federation", "League", "Club", "Network",
	"Tribune", "Herald", "Press", "Airlines", "Fund", "Board", "Bureau", "Administration", "Campaign",
	"Church", "Guard", "Agency", "Reuters", "Gazette", "Magazine", "Telegraph", "Guardian", "Review",
	"Institution", "Authority", "Assembly", "Parliament", "Cabinet", "Coalition", "Alliance", "Movement",
	"Brigade", "Brigades", "Society", "Center", "Centre", "Trust", "Holdings", "Partners", "Securities",
	"Broadcasting", "Radio", "Television", "TV", "Channel", "Media", "Studios", "Records", "Motors",
	"Pharmaceuticals", "Technologies", "Systems", "Labs", "Hospital", "School", "Academy", "House")

// connectors may join the words of one name: "Bank of America", "Sun Company, LLC".
var connectors = set("of", "de", "du", "da", "del", "van", "von", "al", "bin", "la", "le", "&", "for", "and")

// sentenceStarters are capitalised only because they start a sentence.
var sentenceStarters = set("the", "a", "an", "but", "and", "or", "however", "in", "on", "at", "he", "she",
	"it", "we", "they", "i", "you", "this", "that", "there", "after", "before", "since", "when", "while",
	"if", "as", "for", "with", "by", "from", "to", "of", "what", "who", "why", "how", "his", "her",
	"their", "our", "its", "my", "your", "some", "many", "most", "all", "other", "another", "one", "no",
	"yes", "not", "so", "then", "also", "still", "even", "only", "just", "both", "each", "every",
	"more", "less", "these", "those", "such", "like", "unlike", "despite", "although", "though",
	"because", "until", "during", "among", "between", "through", "over", "under", "about", "against",
	"without", "within", "according", "meanwhile", "now", "today", "yesterday", "here", "where",
	"which", "whose", "once", "let", "use", "sign", "by", "asked", "said", "says", "is", "was", "are",
	"were", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must",
	"earlier", "later", "last", "next", "first", "second", "new", "former", "several", "few", "any",
	"instead", "indeed", "overall", "thus", "yet", "again", "perhaps", "maybe", "already", "well")

// Stage is the entity stage. It is safe for concurrent use.
type Stage struct{}

// New returns the entity stage.
func New() *Stage { return &Stage{} }

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "entities" }

// Process implements pipeline.Stage: it fills doc.Mentions and
// doc.Entities.
func (*Stage) Process(doc *pipeline.Document) error {
	doc.Mentions = doc.Mentions[:0]
	for _, s := range doc.Sentences {
		n := len(doc.Mentions)
		findInSentence(doc, s)
		if titleCase(doc, s) {
			// In a headline every word is capitalised: keep only what the
			// gazetteers and suffixes vouch for.
			kept := doc.Mentions[:n]
			for _, m := range doc.Mentions[n:] {
				if places[doc.Slice(m.Span)] || m.Type == pipeline.Organization && orgSuffixes[lastWord(doc.Slice(m.Span))] {
					kept = append(kept, m)
				}
			}
			doc.Mentions = kept
		}
	}
	resolveLone(doc)
	group(doc)
	return nil
}

// resolveLone types the lone capitalised words left untyped: the surname of
// a person named in full elsewhere in the document is that person; anything
// else is dropped.
func resolveLone(doc *pipeline.Document) {
	surnames := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Type == pipeline.Person {
			text := doc.Slice(m.Span)
			if k := strings.LastIndexByte(text, ' '); k >= 0 {
				surnames[text[k+1:]] = true
			}
		}
	}
	kept := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		if m.Type == pipeline.NoType {
			if !surnames[doc.Slice(m.Span)] {
				continue
			}
			m.Type = pipeline.Person
		}
		kept = append(kept, m)
	}
	doc.Mentions = kept
}

// findInSentence appends the mentions of one sentence.
func findInSentence(doc *pipeline.Document, s pipeline.Sentence) {
	toks := doc.Tokens
	for i := s.First; i < s.Last; {
		if !isNameWord(doc, toks[i]) {
			i++
			continue
		}
		// Extend the run over name words and connectors between them.
		j := i + 1
		for j < s.Last {
			if isNameWord(doc, toks[j]) {
				j++
				continue
			}
			w := doc.Slice(toks[j].Span)
			if connectors[w] && j+1 < s.Last && isNameWord(doc, toks[j+1]) && !(w == "and" && !isOrgSuffix(doc, s, j+1)) {
				j += 2
				continue
			}
			// "Company, LLC"
			if w == "," && j+1 < s.Last && orgSuffixes[doc.Slice(toks[j+1].Span)] && toks[j+1].Is(pipeline.AllCaps) {
				j += 2
				continue
			}
			break
		}
		typeMention(doc, s, i, j)
		i = j
	}
}

func isOrgSuffix(doc *pipeline.Document, s pipeline.Sentence, i int) bool {
	for ; i < s.Last && isNameWord(doc, doc.Tokens[i]); i++ {
		if orgSuffixes[doc.Slice(doc.Tokens[i].Span)] {
			return true
		}
	}
	return false
}

func isNameWord(doc *pipeline.Document, t pipeline.Token) bool {
	return t.Kind == pipeline.Word && t.Is(pipeline.Capitalized) && !strings.HasPrefix(doc.Slice(t.Span), "'") && !strings.HasPrefix(doc.Slice(t.Span), "’")
}

// typeMention decides whether tokens [i, j) name something, trims them to
// the name and appends the mention.
func typeMention(doc *pipeline.Document, s pipeline.Sentence, i, j int) {
	toks := doc.Tokens
	word := func(k int) string { return doc.Slice(toks[k].Span) }
	// Words capitalised only because they start the sentence (or follow a
	// quotation mark that does).
	for i < j && sentenceStarters[strings.ToLower(word(i))] && (atSentenceStart(doc, s, i) || strings.EqualFold(word(i), "the")) {
		i++
	}
	typ := pipeline.NoType
	// Titles mark a person and are not part of the mention; honorifics are.
	titled := false
	for i < j-1 && titles[word(i)] {
		i++
		titled = true
	}
	if i >= j {
		return
	}
	span := pipeline.Span{Start: toks[i].Start, End: toks[j-1].End}
	text := doc.Slice(span)
	if notEntities[text] || notEntities[word(i)] && j-i == 1 {
		return
	}
	if honorifics[word(i)] {
		if j-i < 2 {
			return
		}
		typ = pipeline.Person
	}
	switch {
	case typ != pipeline.NoType:
	case places[text]:
		typ = pipeline.Place
	case orgSuffixes[word(j-1)] && !(j-i == 1 && !toks[j-1].Is(pipeline.AllCaps)):
		typ = pipeline.Organization
	case titled:
		typ = pipeline.Person
	case j-i == 1 && toks[i].Is(pipeline.AllCaps) && utf8.RuneCountInString(text) <= 6:
		typ = pipeline.Organization
	case j-i == 1 && strings.HasSuffix(text, "s") && i > s.First && strings.EqualFold(word(i-1), "the"):
		typ = pipeline.Organization // a group: "the Houthis", "the Taliban"
	case j-i >= 2 && j-i <= 4 && !notEntities[word(i)]:
		typ = pipeline.Person
	case j-i == 1:
		// A lone capitalised word: kept untyped for now; resolveLone makes
		// it a person if it is the surname of one.
	default:
		typ = pipeline.Organization
	}
	doc.Mentions = append(doc.Mentions, pipeline.Mention{Span: span, Type: typ, Entity: -1})
}

// titleCase reports a sentence in which most longer words are capitalised,
// as in headlines.
func titleCase(doc *pipeline.Document, s pipeline.Sentence) bool {
	words, caps := 0, 0
	for _, t := range doc.Tokens[s.First:s.Last] {
		if t.Kind == pipeline.Word && t.Len() >= 4 {
			words++
			if t.Is(pipeline.Capitalized) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

func atSentenceStart(doc *pipeline.Document, s pipeline.Sentence, i int) bool {
	for k := s.First; k < i; k++ {
		if doc.Tokens[k].Kind != pipeline.QuoteMark && doc.Tokens[k].Kind != pipeline.Punct {
			return false
		}
	}
	return true
}

// group collects mentions into entities: persons by surname, others by
// their text.
func group(doc *pipeline.Document) {
	doc.Entities = doc.Entities[:0]
	byKey := map[string]int{}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		key, name := entityKey(doc, m)
		e, ok := byKey[key]
		if !ok {
			e = len(doc.Entities)
			byKey[key] = e
			doc.Entities = append(doc.Entities, pipeline.Entity{Type: m.Type, Name: name})
		}
		if len(name) > len(doc.Entities[e].Name) {
			doc.Entities[e].Name = name
		}
		m.Entity = e
		doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, mi)
	}
}

// entityKey is the grouping key and the name a mention contributes.
func entityKey(doc *pipeline.Document, m *pipeline.Mention) (key, name string) {
	text := doc.Slice(m.Span)
	if m.Type == pipeline.Person {
		name = text
		for h := range honorifics {
			if rest, ok := strings.CutPrefix(name, h+" "); ok {
				name = rest
			}
		}
		surname := name
		if k := strings.LastIndexByte(name, ' '); k >= 0 {
			surname = name[k+1:]
		}
		return "person:" + surname, name
	}
	return m.Type.String() + ":" + text, text
}

func lines(s string) map[string]bool {
	m := map[string]bool{}
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
