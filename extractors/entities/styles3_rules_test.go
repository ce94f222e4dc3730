package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyle3Rules holds invented texts for the rules fixtures/styles3
// asked for (docs/entities.md, "A third, blind set"); none is taken from
// that set.
func TestHouseStyle3Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a name that bin and an Arabic article join",
			"Salim bin Rashid al-Harthi said the port would open.",
			[]string{"person: Salim bin Rashid al-Harthi"}},
		{"a name with el- and its surname alone later",
			"Nadia el-Masri said prices fell, and el-Masri said they would rise again.",
			[]string{"person: Nadia el-Masri", "person: el-Masri"}},
		{"a Spanish surname with two particles alone",
			"Health Minister Lucía Isabel de la Vega Ruiz defended the rules, which close two clinics.\n\n\"Nobody is closing the hospital. We are making it bigger,\" de la Vega said at a news conference in Quito.",
			[]string{"person: Lucía Isabel de la Vega Ruiz", "person: de la Vega", "place: Quito"}},
		{"a wire's dateline with its date",
			"QUITO, Nov 27 (AFP) - Floods closed the road to the coast.",
			[]string{"place: QUITO", "organization: AFP"}},
		{"a firm after its kind in lower case, and its first word alone",
			"Shares in Danish lift maker Vestrup Elevator fell on Friday. Vestrup said orders had dropped.",
			[]string{"organization: Vestrup Elevator", "organization: Vestrup"}},
		{"a firm after its kind, and its whole name again",
			"The ferry operator Daebong Marine halted sailings, and Daebong Marine's chief apologised.",
			[]string{"organization: Daebong Marine", "organization: Daebong Marine"}},
		{"no firm in a person after a kind of firm",
			"The property developer Tom Ruiz said the tower would rise.",
			[]string{"person: Tom Ruiz"}},
		{"a French lawyer's title",
			"The defence lawyer, Maître Anne Roux, told the court her client was innocent.",
			[]string{"person: Anne Roux"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
