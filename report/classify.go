package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// Sourcing says how openly a quote is sourced.
type Sourcing uint8

// Sourcing classes, in the order the report shows them.
const (
	Named        Sourcing = iota // the speaker resolves to a name: "Brett McGurk", "he" → "Donald Trump", "the Pentagon"
	Anonymous                    // the speaker is a description, not a name: "an official", "a spokesman", "sources"
	Unresolved                   // a pronoun or other mention that resolves to nobody
	Unattributed                 // the quote has no speaker at all
	numSourcing
)

var sourcingNames = [numSourcing]string{"named", "anonymous", "unresolved", "unattributed"}

func (s Sourcing) String() string {
	if s < numSourcing {
		return sourcingNames[s]
	}
	return "unknown"
}

// pronouns are the mentions that name nobody by themselves.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true,
	"his": true, "hers": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"who": true, "whom": true, "which": true, "that": true, "this": true, "these": true, "those": true,
}

// descriptionStarts are the first words of a noun phrase that describes a
// source instead of naming it ("a senior official", "two people familiar
// with…", "several aides"). "The" is handled apart, since it also starts
// names ("The New York Times").
var descriptionStarts = map[string]bool{
	"a": true, "an": true, "another": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "some": true, "several": true, "many": true, "most": true, "few": true,
	"other": true, "others": true, "those": true, "these": true, "such": true, "various": true,
	"multiple": true, "numerous": true, "both": true, "all": true, "any": true, "each": true,
}

// Classify says how a quote's speaker is sourced. It trusts the speaker's
// form when the extractor set one; otherwise (records written by hand or by
// other tools) it falls back on the shape of the resolved name: a pronoun is
// unresolved; a phrase that starts in lower case, with a determiner or
// quantifier, or with "the" and a lower-case word is a description; the
// rest is a name. The name returned is who the speaker resolves to (empty
// for unresolved and unattributed quotes); ents maps a record's entity ids
// to their names and may be nil.
func Classify(sp *pipeline.SpeakerRecord, ents map[string]string) (Sourcing, string) {
	if sp == nil {
		return Unattributed, ""
	}
	name := pipeline.CleanName(sp.Name)
	if name == "" && sp.Entity != "" && ents != nil {
		name = pipeline.CleanName(ents[sp.Entity])
	}
	switch sp.Form {
	case "name":
		if name == "" {
			name = pipeline.CleanName(sp.Text)
		}
		if name == "" {
			return Unresolved, ""
		}
		return Named, name
	case "description":
		if name == "" {
			name = pipeline.CleanName(sp.Text)
		}
		if name == "" {
			return Unresolved, ""
		}
		return Anonymous, name
	case "pronoun", "inherited":
		// The name is whatever the mention resolved to, which may itself
		// be a description ("a spokesman … he said").
		if name == "" || isPronoun(name) {
			return Unresolved, ""
		}
		if sp.Entity == "" && looksLikeDescription(name) {
			return Anonymous, name
		}
		return Named, name
	}
	// No form: judge by shape.
	if name == "" {
		name = pipeline.CleanName(sp.Text)
	}
	switch {
	case name == "" || isPronoun(name):
		return Unresolved, ""
	case sp.Entity == "" && looksLikeDescription(name):
		return Anonymous, name
	}
	return Named, name
}

func isPronoun(s string) bool { return pronouns[strings.ToLower(s)] }

// looksLikeDescription reports whether a speaker phrase describes a source
// rather than naming one.
func looksLikeDescription(s string) bool {
	first, rest, _ := strings.Cut(s, " ")
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) {
		return !strings.EqualFold(first, "the") || startsLower(rest) || rest == ""
	}
	lower := strings.ToLower(first)
	if descriptionStarts[lower] {
		return true
	}
	if lower == "the" {
		return startsLower(rest)
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
