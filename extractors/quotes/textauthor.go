package quotes

import "github.com/sayso/sayso/pipeline"

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
