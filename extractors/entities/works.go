package entities

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// titleArticles open a work's title, never a person's name: "the novel
// The Salt Orchard".
var titleArticles = set("The", "A", "An")

// worksHeadings head a biography's list of works, one title a line with
// its year in brackets ("The Harbour Lights (1956)").
var worksHeadings = set("works", "selected works", "bibliography", "selected bibliography", "discography",
	"selected discography", "filmography", "publications", "selected publications", "books", "novels", "albums")

// maxWorksHeading is the length of the longest of worksHeadings: longer
// lines are not lowered to be looked up.
const maxWorksHeading = len("selected publications")

// listedWork is a line of a list of works: a capitalised title, then a
// year in brackets, alone or after a word ("(memoir, 1994)").
var listedWork = regexp.MustCompile(`^(\p{Lu}[^()]*?) \([^()]*\b(1[0-9]{3}|20[0-9]{2})\)$`)

// unmarkedTitles drops the mentions inside a work's title written without
// quotation marks (a work is no entity, and neither is what its title
// holds), and inside every other place the article writes a title of two
// or more words: "the novel [The Salt Orchard] (1964)" and later "[The Salt
// Orchard], her third", typed an organization. A title counts after a
// work's word (workWords), or a work's word and a comma ("her memoir, A
// Chandler's Daughter (1994)"), when it opens with an article or a year in
// brackets follows it, and on each line of a list of works under a heading
// (worksHeadings). quotedTitles handles titles in quotation marks.
func (s *Stage) unmarkedTitles(doc *pipeline.Document) {
	var titles []pipeline.Span
	for i := 0; i+1 < len(doc.Tokens); i++ {
		if doc.Tokens[i].Kind != pipeline.Word || !workWords[s.word(doc, i)] {
			continue
		}
		first := i + 1
		if s.word(doc, first) == "," {
			first++
		}
		j := first
		for j < len(doc.Tokens) && j-first < 8 && s.titleWord(doc, j) {
			j++
		}
		for j > first && !doc.Tokens[j-1].Is(pipeline.Capitalized) {
			j-- // no connector or possessive at the end
		}
		if j == first || !doc.Tokens[first].Is(pipeline.Capitalized) {
			continue
		}
		if !(titleArticles[s.word(doc, first)] && j-first >= 2) && !yearInBrackets(doc, j) {
			continue
		}
		titles = append(titles, pipeline.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[j-1].End})
		i = j - 1
	}
	titles = append(titles, worksList(doc)...)
	if len(titles) == 0 {
		return
	}
	// every place the article writes a title of two or more words
	seen := map[string]bool{}
	for _, t := range titles[:len(titles):len(titles)] {
		text := doc.Slice(t)
		if seen[text] || !strings.Contains(text, " ") {
			continue
		}
		seen[text] = true
		for at := 0; ; {
			k := strings.Index(doc.Text[at:], text)
			if k < 0 {
				break
			}
			sp := pipeline.Span{Start: at + k, End: at + k + len(text)}
			at = sp.End
			if sp != t && wordEdge(doc.Text, sp) {
				titles = append(titles, sp)
			}
		}
	}
	changed := false
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		for _, t := range titles {
			if m.End >= 0 && m.Start >= t.Start && m.End <= t.End {
				m.End = -1
				changed = true
			}
		}
	}
	if changed {
		replaceMentions(doc, nil)
	}
}

// titleWord reports a token that may stand inside a work's title: a
// capitalised word, a connector in lower case or a possessive.
func (s *Stage) titleWord(doc *pipeline.Document, i int) bool {
	t := doc.Tokens[i]
	w := s.word(doc, i)
	return t.Kind == pipeline.Word && (t.Is(pipeline.Capitalized) || titleConnectors[w]) || w == "'s" || w == "’s"
}

// yearInBrackets reports a year in brackets at token i: "(1964)".
func yearInBrackets(doc *pipeline.Document, i int) bool {
	if i+2 >= len(doc.Tokens) || doc.Slice(doc.Tokens[i].Span) != "(" || doc.Slice(doc.Tokens[i+2].Span) != ")" {
		return false
	}
	y := doc.Slice(doc.Tokens[i+1].Span)
	return len(y) == 4 && (y[0] == '1' || y[:2] == "20") && strings.Trim(y, "0123456789") == ""
}

// worksList returns the titles of a list of works: the lines after a
// heading of worksHeadings, up to the first line that is no title with its
// year.
func worksList(doc *pipeline.Document) []pipeline.Span {
	var titles []pipeline.Span
	inList, started := false, false
	for at := 0; at < len(doc.Text); {
		end := strings.IndexByte(doc.Text[at:], '\n')
		if end < 0 {
			end = len(doc.Text)
		} else {
			end += at
		}
		line := strings.TrimSpace(doc.Text[at:end])
		switch {
		case len(line) <= maxWorksHeading && worksHeadings[strings.ToLower(line)]:
			inList, started = true, false
		case inList && line == "" && !started:
		case inList:
			m := listedWork.FindStringSubmatchIndex(doc.Text[at:end])
			if m == nil {
				inList = false
				break
			}
			started = true
			titles = append(titles, pipeline.Span{Start: at + m[2], End: at + m[3]})
		}
		at = end + 1
	}
	return titles
}

// wordEdge reports whether sp starts and ends at the edges of words.
func wordEdge(text string, sp pipeline.Span) bool {
	letter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
	return (sp.Start == 0 || !letter(text[sp.Start-1])) && (sp.End == len(text) || !letter(text[sp.End]))
}

// awardWords end the name of an award, which is no entity even when it
// bears a person's name: "the Halvorsen Medal", "the Pulitzer Prize".
var awardWords = set("Prize", "Prizes", "Medal", "Award", "Awards", "Trophy", "Fellowship", "Scholarship", "Lecture")

// awardNames drops a person's mention right before an award's word: the
// award is named after them, and the name is the award's.
func (s *Stage) awardNames(doc *pipeline.Document) {
	changed := false
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Type != pipeline.Person || m.End+1 >= len(doc.Text) || doc.Text[m.End] != ' ' {
			continue
		}
		rest := doc.Text[m.End+1:]
		w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
		if awardWords[w] {
			m.End = -1
			changed = true
		}
	}
	if changed {
		replaceMentions(doc, nil)
	}
}

// byFirstWord indexes titles by their first word.
func byFirstWord(titles map[string]bool) map[string][]string {
	m := map[string][]string{}
	for t := range titles {
		first, _, _ := strings.Cut(t, " ")
		m[first] = append(m[first], t)
	}
	return m
}

// firstBytes marks the bytes that start a key of m.
func firstBytes(m map[string][]string) (b [256]bool) {
	for k := range m {
		if k != "" {
			b[k[0]] = true
		}
	}
	return b
}

// showTitles drops every mention inside a television show's title of
// data/shows.txt wherever the article writes it, with or without quotation
// marks: "told Good Morning [America]", "on Morning [Joe]", "[CBS] This
// Morning", "The Late Show with [Stephen Colbert]". The title's first word
// is matched exactly, the rest case-insensitively ("The Late Show With
// Stephen Colbert" in a headline), and the title ends at a word's end.
func showTitles(doc *pipeline.Document) {
	changed := false
	for _, t := range doc.Tokens {
		if t.End == t.Start || !showStarts[doc.Text[t.Start]] {
			continue // the first byte rules most words out without a map lookup
		}
		titles := shows[doc.Text[t.Start:t.End]]
		for _, title := range titles {
			end := t.Start + len(title)
			if end > len(doc.Text) || !strings.EqualFold(doc.Text[t.Start:end], title) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(doc.Text[end:]); end < len(doc.Text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			for k := range doc.Mentions {
				if m := &doc.Mentions[k]; m.End >= 0 && m.Start >= t.Start && m.End <= end {
					m.End = -1
					changed = true
				}
			}
			break
		}
	}
	if changed {
		replaceMentions(doc, nil)
	}
}
