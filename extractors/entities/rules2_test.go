package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyle2Rules holds invented sentences for the rules the second
// set of house styles asked for (fixtures/styles2, docs/entities.md "A
// second, blind set"); none is taken from that set's articles.
func TestHouseStyle2Rules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a police rank without a period is a title",
			"Det Sgt Ann Corrie said the van was found in Parramatta. Insp Corrie thanked the public.",
			[]string{"person: Ann Corrie", "place: Parramatta", "person: Corrie"}},
		{"a dateline in capitals before a dash is a place",
			"Ferry strike ends\n\nOSLO – Ferry crews in Norway returned to work on Monday.",
			[]string{"place: OSLO", "place: Norway"}},
		{"no dateline in a label before a dash",
			"UPDATE – Ferry crews in Norway returned to work on Monday.",
			[]string{"place: Norway"}},
		{"a name in apposition to a person's role is a person",
			"The charity's director, Saoirse Meehan, said the appeal had closed.",
			[]string{"person: Saoirse Meehan"}},
		{"a name in apposition to a kind of firm is that firm wherever it stands alone",
			"Quillfeather, a Boston startup whose app sorts receipts, raised money. Investors said Quillfeather would hire.",
			[]string{"organization: Quillfeather", "place: Boston", "organization: Quillfeather"}},
		{"a run of capitalised words ending in a company's or an association's word",
			"The money came from Eastbrook Ventures. The Open Shelf Collective said it was grateful.",
			[]string{"organization: Eastbrook Ventures", "organization: Open Shelf Collective"}},
		{"no organization opening a sentence with its article",
			"A Greystone Partners report found the fund was small.",
			[]string{"organization: Greystone Partners"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}
