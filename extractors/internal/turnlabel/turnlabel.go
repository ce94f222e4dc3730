// Package turnlabel reads the label that opens a turn of a printed
// transcript ("MAYOR DAVID LINWOOD: Thank you.", "SARAH KELLAWAY, CITY
// ENGINEER: …", "REPORTER (CHANNEL 7): …", "MODERATOR (JANE OKORO,
// COMMUNICATIONS DIRECTOR): …"). The quote stage reads such labels to find
// the turns and their speakers, the entity stage to find the names in them;
// both read them with this one grammar. Earnings-call transcripts write the
// role after dashes instead ("Jane Doe -- Chief Financial Officer: …",
// "Tom Avery -- Kestrel Capital -- Analyst: …").
package turnlabel

import "github.com/sayso/sayso/pipeline"

// Label is the label that opens a run of tokens. Indices are into the
// document's tokens; ends are exclusive.
type Label struct {
	NameEnd               int  // end of the speaker's words, which start the run; the run's start when there are none
	ParenFirst, ParenLast int  // the words in the label's parenthesis; -1, -1 when it has none
	Colon                 int  // the colon that ends the label; -1 when there is none
	DashRole              bool // a role after a dash stands between the speaker's words and the colon
}

// Read reads the label that may open tokens [a, b) of doc: up to five
// speaker's words (those nameWord accepts; an abbreviation's period after
// one of them goes with it, "DR. ANITA PRESCOTT"), then optionally a role in
// capitals after a comma and a parenthesis of capitals, numbers and commas,
// or one or two roles of capitalised words each after a dash, then a colon.
// A label without its colon is no label: Colon is -1.
func Read(doc *pipeline.Document, a, b int, nameWord func(k int) bool) Label {
	l := Label{NameEnd: a, ParenFirst: -1, ParenLast: -1, Colon: -1}
	caps := func(k int) bool { return doc.Tokens[k].Is(pipeline.AllCaps) }
	punct := func(k int, s string) bool { return doc.Slice(doc.Tokens[k].Span) == s }
	k := a
	for k < b && k-a < 5 && (nameWord(k) || k > a && punct(k, ".") && doc.Tokens[k].Start == doc.Tokens[k-1].End && k+1 < b && doc.Tokens[k+1].Start > doc.Tokens[k].End) {
		k++
	}
	l.NameEnd = k
	if k == a {
		return l
	}
	if k+1 < b && punct(k, ",") && caps(k+1) {
		j := k + 1
		for j < b && j-k <= 4 && caps(j) {
			j++
		}
		k = j
	}
	if k+1 < b && punct(k, "(") {
		j := k + 1
		for j < b && j-k <= 8 && (caps(j) || doc.Tokens[j].Kind == pipeline.Number || punct(j, ",")) {
			j++
		}
		if j == k+1 || j >= b || !punct(j, ")") {
			return l
		}
		l.ParenFirst, l.ParenLast = k+1, j
		k = j + 1
	}
	if k+1 < b && doc.Tokens[k].Kind == pipeline.Dash && l.ParenFirst < 0 {
		// "-- Halden Securities -- Analyst:": capitalised words (and the
		// small words of a title: "Chief Executive Officer", "Head of
		// Investor Relations") after each dash.
		j, roles := k, 0
		for roles < 2 && j+1 < b && doc.Tokens[j].Kind == pipeline.Dash {
			e := j + 1
			for e < b && e-j <= 6 && doc.Tokens[e].Kind == pipeline.Word && (doc.Tokens[e].Is(pipeline.Capitalized) || roleSmallWords[doc.Slice(doc.Tokens[e].Span)]) {
				e++
			}
			if e == j+1 || !doc.Tokens[e-1].Is(pipeline.Capitalized) {
				return l
			}
			j, roles = e, roles+1
		}
		if j < b && punct(j, ":") {
			l.Colon, l.DashRole = j, true
		}
		return l
	}
	if k < b && punct(k, ":") {
		l.Colon = k
	}
	return l
}

// roleSmallWords may stand inside a role after a dash ("Head of Investor
// Relations", "Vice President and Treasurer").
var roleSmallWords = map[string]bool{"of": true, "and": true, "for": true, "&": true}
