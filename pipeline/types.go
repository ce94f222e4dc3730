// Package pipeline holds sayso's document model and the machinery that runs
// extraction stages over it.
//
// Every span in a Document is a pair of byte offsets into Document.Text, end
// exclusive; the text itself is never modified. Records (see record.go) carry
// the same spans as Unicode code point offsets, computed once at the edge.
//
// All of the package's core types and the Stage interface live in this file.
package pipeline

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is unset (both offsets zero).
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// CleanName returns a name as one line: every run of white space (a line
// break of wrapped text, a no-break space) becomes one space, and none is
// left at either end. A name that is clean already is returned as is.
func CleanName(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prevSpace) {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace || s == "" {
		return s
	}
	b := make([]byte, 0, len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = len(b) > 0
			continue
		}
		if pending {
			b = append(b, ' ')
			pending = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// TrimSpace narrows s to its content in text without the white space at
// either end.
func (s Span) TrimSpace(text string) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	Word      TokenKind = iota // letters, possibly with digits, hyphens or apostrophes inside
	Number                     // digits, possibly with separators: 1,000 3.5 2024
	Punct                      // sentence and clause punctuation: . , ; : ? ! ( ) [ ]
	QuoteMark                  // a quotation mark of any style: " ' “ ” ‘ ’ « » „ ‹ ›
	Dash                       // - – — and --
	Symbol                     // anything else: $ % & @ # emoji
)

// TokenFlags describe a token's letter case; they are set by the segmenter so
// that later stages need not decode runes again.
type TokenFlags uint8

// Token flags.
const (
	Capitalized TokenFlags = 1 << iota // first letter is upper case
	AllCaps                            // every letter is upper case (and there are at least two)
	Lower                              // every letter is lower case
	ParaStart                          // first token of a paragraph
	SentStart                          // first token of a sentence
)

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Kind  TokenKind
	Flags TokenFlags
}

// Is reports whether all of the flags f are set on the token.
func (t Token) Is(f TokenFlags) bool { return t.Flags&f == f }

// Sentence is a run of tokens; First and Last index Document.Tokens, Last
// exclusive.
type Sentence struct {
	Span
	First, Last int
	Paragraph   int // index into Document.Paragraphs
}

// Paragraph is a block of text separated from its neighbours by line breaks;
// First and Last index Document.Sentences, Last exclusive.
type Paragraph struct {
	Span
	First, Last int
}

// EntityType is the kind of thing a mention names.
type EntityType uint8

// Entity types. NoType is the zero value and never appears in records.
const (
	NoType EntityType = iota
	Person
	Place
	Organization
)

var entityTypeNames = [...]string{"", "person", "place", "organization"}

func (t EntityType) String() string {
	if int(t) < len(entityTypeNames) {
		return entityTypeNames[t]
	}
	return "unknown"
}

// ParseEntityType maps a record's type name back to an EntityType; it also
// accepts the common tag names PER, LOC, GPE and ORG.
func ParseEntityType(s string) EntityType {
	switch s {
	case "person", "PER", "PERSON", "per":
		return Person
	case "place", "LOC", "GPE", "location", "loc", "gpe":
		return Place
	case "organization", "organisation", "ORG", "ORGANIZATION", "org":
		return Organization
	}
	return NoType
}

// Mention is one place in the text that names a person, place or
// organization. Entity indexes Document.Entities, or is -1 before grouping.
type Mention struct {
	Span
	Type   EntityType
	Entity int
}

// Entity groups the mentions of one person, place or organization in a
// document. Mentions index Document.Mentions in text order.
type Entity struct {
	Type     EntityType
	Name     string // canonical name: the fullest form in the document, titles dropped
	Mentions []int
}

// QuoteKind tells direct quotes from reported speech.
type QuoteKind uint8

// Quote kinds.
const (
	Direct   QuoteKind = iota // the speaker's words inside quotation marks
	Indirect                  // reported speech without quotation marks: X said (that) …
	Mixed                     // reported speech with a quoted fragment inside it
)

var quoteKindNames = [...]string{"direct", "indirect", "mixed"}

func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "unknown"
}

// ParseQuoteKind maps a record's kind name back to a QuoteKind.
func ParseQuoteKind(s string) (QuoteKind, bool) {
	for i, n := range quoteKindNames {
		if n == s {
			return QuoteKind(i), true
		}
	}
	return Direct, false
}

// SpeakerForm says how the attribution names its speaker.
type SpeakerForm uint8

// Speaker forms.
const (
	NoSpeaker   SpeakerForm = iota
	Named                   // a name: "Brett McGurk", "Mr. McGurk", "the Pentagon"
	Pronoun                 // "he", "she", "they"
	Description             // "an American state department official", "a spokesman"
	Inherited               // no attribution of its own: continues the previous quote's speaker
)

var speakerFormNames = [...]string{"", "name", "pronoun", "description", "inherited"}

func (f SpeakerForm) String() string {
	if int(f) < len(speakerFormNames) {
		return speakerFormNames[f]
	}
	return "unknown"
}

// Speaker is the source a quote is attributed to. Span is the mention in the
// attribution clause (for an inherited speaker, the mention it inherits);
// Entity indexes Document.Entities or is -1; Name is who the mention resolves
// to: the entity's canonical name, or for an unnamed source its description.
type Speaker struct {
	Span
	Form   SpeakerForm
	Entity int
	Name   string
}

// Quote is one attributed piece of speech. Span covers the quoted content
// (inside the quotation marks for direct quotes; the reported clause for
// indirect ones). Cue is the verb or phrase that introduces it ("said",
// "according to"); a zero Cue means none.
type Quote struct {
	Span
	Kind       QuoteKind
	Cue        Span
	Speaker    Speaker
	Confidence float64
}

// Problem is something a stage could not do for one document. The document
// is still written; its record lists the problems.
type Problem struct {
	Stage string
	Msg   string
}

func (p Problem) String() string {
	if p.Stage == "" {
		return p.Msg
	}
	return p.Stage + ": " + p.Msg
}

// Document is one article and everything the stages find in it.
type Document struct {
	ID        string // stable identifier: the file path or the dump's id field
	Source    string // where the article was read from
	Title     string
	URL       string
	Published string
	Text      string // the article text, never modified

	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Mentions   []Mention // in text order
	Entities   []Entity
	Quotes     []Quote // in text order
	Problems   []Problem
}

// Slice returns the text a span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// AddProblem records a problem for stage.
func (d *Document) AddProblem(stage, msg string) {
	d.Problems = append(d.Problems, Problem{Stage: stage, Msg: msg})
}

// Stage is one step of the pipeline. Process reads what earlier stages put on
// the document and adds its own findings. A returned error is recorded as a
// problem of the document; the pipeline goes on with the next stage.
// Stages are shared by all workers: Process must be safe for concurrent use
// on different documents.
type Stage interface {
	Name() string
	Process(doc *Document) error
}
