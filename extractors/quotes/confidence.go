package quotes

import "github.com/sayso/sayso/pipeline"

// scoreConfidence sets each candidate's confidence.
func (st *state) scoreConfidence() {
	for i := range st.cands {
		c := &st.cands[i]
		p := 0.5
		if c.kind == pipeline.Direct {
			p = 0.8
		}
		c.conf = p
	}
}
