package quotes

import "github.com/sayso/sayso/pipeline"

// untaggedOrgSpeaker names a generic organization's description ("the
// company", "the group") by the speaker of the quote before when that
// speaker is a name the entity tagger missed and no person's: "Business
// Insider also commented on …. ⏎ “…,” the company said"; "Black Lives
// Matter issued a statement saying …. ⏎ “…,” the group said". The name
// must stand in the description's sentence or the two before, in its
// paragraph or the one before; a first name, a sex, an age or an entity
// of another type rule it out. It reports whether it named c.
func (st *state) untaggedOrgSpeaker(c *candidate, n *np) bool {
	p := st.prevSpk
	if p == nil || p.name == "" {
		return false
	}
	m := &p.speaker.np
	if !m.ok() || m.form != pipeline.Named || m.partner != nil || m.nameLast <= m.nameFirst || m.first >= n.first ||
		st.tokSent[n.first]-st.tokSent[m.first] > 2 || st.paraOf(n.first)-st.paraOf(m.first) > 1 {
		return false
	}
	if st.isFirstName(m.nameFirst) {
		return false
	}
	if q := st.personOf(m); q >= 0 {
		if pp := &st.people[q]; pp.gender != 0 || pp.aged ||
			pp.entity >= 0 && st.doc.Entities[pp.entity].Type != pipeline.Organization {
			return false
		}
	}
	if e := st.entityAt(m.span); e >= 0 && st.doc.Entities[e].Type != pipeline.Organization {
		return false
	}
	c.name, c.entity = p.name, p.entity
	return true
}
