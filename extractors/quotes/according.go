package quotes

import "github.com/sayso/sayso/pipeline"

// accordingSource gives a direct quote attributed after it ("“…,” Sanders
// said, according to CNN."; "“…,” Walker said, according to an Associated
// Press account.") the source its sentence names with ", according to":
// PolNeAR's gold takes the one that reports the words, not the one who
// said them (docs/quotes.md, "History (sample 14 and its fixes)"). The
// verb stays a used cue. A translation ("according to an official
// translation") gives the words of the one who said them: the speaker
// stays.
func (st *state) accordingSource(c *candidate) {
	if c.pat != patAfterSubject && c.pat != patAfterInverted || c.cueTok < 0 {
		return
	}
	toks := st.doc.Tokens
	for k := max(c.speaker.last, c.cueTok+1); k+3 < len(toks); k++ {
		if st.inSeg[k] >= 0 || st.isFinal(k) || st.isPunct(k, ";") || st.paraOf(k) != st.paraOf(c.cueTok) {
			return
		}
		if !st.isPunct(k, ",") || !st.is(k+1, wAccording) || st.word(k+2) != "to" {
			continue
		}
		_, hi := st.sentenceBounds(k + 1)
		if n := st.accordingPhrase(k+1, hi); n.ok() && n.form != pipeline.Pronoun && !st.translation(n) {
			st.usedCue[c.cueTok] = true
			c.speaker.np, c.pat, c.cueTok = n, patAccording, k+1
		}
		return
	}
}

// translation reports a source phrase about a translation: "an official
// translation", "a translation provided by the newspaper".
func (st *state) translation(n np) bool {
	for k := n.first; k < n.last; k++ {
		if translationNouns[st.lower(k)] {
			return true
		}
	}
	return false
}

// translationNouns name a source that renders the speaker's own words.
var translationNouns = map[string]bool{"translation": true, "translations": true, "translator": true,
	"interpreter": true, "interpretation": true}

// textAuthor gives a direct quote whose speaker is a relative pronoun
// standing for a text ("The Washington Post recently ran a piece that
// noted …"; "Henry added the caption which reads, “…”"; "Trump released a
// marketing video that said") the subject of the verb that put the text
// out: the gold names the text's author, as a speaker.
func (st *state) textAuthor(c *candidate) {
	n := &c.speaker.np
	a := n.antecedent
	if !n.rel || a == nil || !a.ok() || a.form != pipeline.Description || a.last != n.first && !st.isPunct(a.last, ",") {
		return
	}
	h := a.last - 1
	if w := st.lower(h); !textNouns[w] && !authoredNouns[w] {
		return
	}
	if !st.is(a.first, wDet|wPossDet) || a.first < 1 {
		return
	}
	v := a.first - 1
	if w := st.lower(v); !producers[w] && w != "added" && w != "adds" {
		return
	}
	si := st.tokSent[v]
	subj := st.subjectBefore(v, st.doc.Sentences[si].First)
	if !subj.ok() || subj.form == pipeline.Pronoun && subj.rel {
		return
	}
	c.speaker.np = subj
}

// authoredNouns are texts that textNouns leave out, whose author the
// verb that puts them out names: "ran a piece", "released a video".
var authoredNouns = map[string]bool{"piece": true, "article": true, "video": true, "story": true, "caption": true}
