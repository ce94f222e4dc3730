package quotes

import (
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// Polls a description stands for: "according to a new poll" where the next
// paragraph says "The Huffington Post-Morning Consult poll of 2,047
// registered voters was released Wednesday"; "According to the same poll"
// after "a new Washington Post-ABC News poll". The gold names such a poll
// by the article's name for it (docs/quotes-history.md, "History (sample 14 and its
// fixes)").

// calendarWords date a poll without naming it ("a September Washington
// Post-ABC News poll", "Wednesday's Quinnipiac poll"); "Morning" of the
// Morning Consult poll is a name.
var calendarWords = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

// pollNoun reports a word that heads the description of a poll, in any
// case ("poll", "Poll", "survey").
func pollNoun(w string) bool { return strings.EqualFold(w, "poll") || strings.EqualFold(w, "survey") }

// namePoll names a poll's description n ("a new poll", "the same poll",
// "the new poll") by the poll the article names, and reports whether it
// did: "the same poll" is the one named last before it; another definite
// one too, else the first named in its paragraph or the next; an
// indefinite one is the first named after it, in its paragraph or the
// next, when none was named before (a poll named before is another one).
func (st *state) namePoll(c *candidate, n *np) bool {
	head := st.headOf(n)
	if n.plural || head <= n.first || !pollNoun(st.word(head)) || !st.is(n.first, wDet) {
		return false
	}
	same := false
	for k := n.first + 1; k < head; k++ {
		if w := st.word(k); st.info[k].cap || st.doc.Tokens[k].Kind == pipeline.Number || w == "'s" || w == "’s" {
			return false // "a new CNN poll", "a 50-state poll": named already
		}
		same = same || st.word(k) == "same"
	}
	a, b := st.pollNamedBefore(n.first)
	switch {
	case same:
	case a >= 0 && strings.EqualFold(st.word(n.first), "the"):
	case a >= 0:
		a = -1 // "a new poll" after a named one: another poll
	default:
		a, b = st.pollNamedAfter(n.last)
	}
	if a < 0 {
		return false
	}
	sp := pipeline.Span{Start: st.doc.Tokens[a].Start, End: st.doc.Tokens[b].End}
	c.name, c.entity = st.doc.Text[sp.Start:sp.End], -1
	return true
}

// pollNamedBefore returns the tokens [a, b] of the last poll named before
// token pos outside quotes ("Washington Post-ABC News poll"), or -1, -1.
func (st *state) pollNamedBefore(pos int) (int, int) {
	for k := pos - 1; k > 0; k-- {
		if a := st.pollName(k); a >= 0 {
			return a, k
		}
	}
	return -1, -1
}

// pollNamedAfter returns the tokens [a, b] of the first poll named from
// token pos on, in pos's paragraph or the next, outside quotes, or -1, -1.
func (st *state) pollNamedAfter(pos int) (int, int) {
	if pos >= len(st.doc.Tokens) {
		return -1, -1
	}
	para := st.paraOf(pos)
	for k := pos; k < len(st.doc.Tokens) && st.paraOf(k) <= para+1; k++ {
		if a := st.pollName(k); a >= 0 {
			return a, k
		}
	}
	return -1, -1
}

// pollName returns the first token of the name of the poll whose head is
// token k: the capitalised words or numbered compounds right before it
// ("Huffington Post-Morning Consult poll", "50-state poll"), with no
// determiner, day or month among them (a slash joins two names) ("Wednesday's Quinnipiac poll" is
// the Quinnipiac poll); -1 when k is no poll's head or the poll has no name.
func (st *state) pollName(k int) int {
	if !pollNoun(st.word(k)) || st.inSeg[k] >= 0 || st.is(k+1, wPlural) && !st.info[k+1].cap {
		return -1 // (not a modifier: "poll workers")
	}
	a := k
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		named := st.info[j].cap && !st.is(j, wDet) && !calendarWords[st.word(j)] ||
			st.doc.Tokens[j].Kind == pipeline.Number && strings.Contains(st.word(j), "-") ||
			st.isPunct(j, "/") && j > 0 && st.info[j-1].cap // "USA TODAY/Suffolk University poll"
		if !named {
			break
		}
		a = j
	}
	if a == k {
		return -1
	}
	return a
}

// pollForShare gives a direct quote whose speaker is a poll's share ("In a
// September Washington Post-ABC News poll, 75 percent of Republicans said
// “…”"; "a fresh CNN-ORC poll shows …: Six in 10 Republicans said …") the
// poll its sentence names before the share: the gold takes the poll as the
// source of its respondents' words (samples 12 and 14).
func (st *state) pollForShare(c *candidate) {
	n := &c.speaker.np
	if !n.ok() || n.form == pipeline.Pronoun {
		return
	}
	s := n.first
	if s >= 3 && st.word(s-1) == "of" && st.shareAt(s-3, s) {
		s -= 3 // "75 percent of Republicans"
	} else if s >= 2 && st.word(s-1) == "of" && strings.HasSuffix(st.word(s-2), "%") {
		s -= 2 // "75% of Republicans"
	}
	if !st.shareAt(s, n.last+1) && !(st.word(s+1) == "in" && (st.word(s+2) == "10" || st.word(s+2) == "ten")) {
		return
	}
	lo, _ := st.sentenceBounds(s)
	for k := s - 1; k >= lo; k-- {
		if st.inSeg[k] >= 0 || !pollNoun(st.word(k)) || k+1 < len(st.doc.Tokens) && st.is(k+1, wPlural) && !st.info[k+1].cap {
			continue
		}
		a := k
		for a > lo && k-a < 8 && st.isWord(a-1) && !st.is(a-1, wPrep|wVerb|wAux) && !st.info[a-1].cue.isVerb() {
			a--
			if st.is(a, wDet) {
				break
			}
		}
		if !st.is(a, wDet) {
			return
		}
		c.speaker.np = np{span: st.span(a, k+1), first: a, last: k + 1, form: pipeline.Description}
		return
	}
}
