package entities_test

import (
	"strings"
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
			"Its founder, Aoife Kinsella, says the fund is empty. Bakery owner Reto Imboden said the ovens were old.",
			[]string{"person: Aoife Kinsella", "person: Reto Imboden"}},
		{"a name in apposition to a kind of firm is that firm wherever it stands alone",
			"Quillfeather, a Boston startup whose app sorts receipts, raised money. Investors said Quillfeather would hire.",
			[]string{"organization: Quillfeather", "place: Boston", "organization: Quillfeather"}},
		{"a run of capitalised words ending in a company's or an association's word",
			"The money came from Eastbrook Ventures. The Open Shelf Collective said it was grateful.",
			[]string{"organization: Eastbrook Ventures", "organization: Open Shelf Collective"}},
		{"no organization opening a sentence with its article",
			"A Greystone Partners report found the fund was small.",
			[]string{"organization: Greystone Partners"}},
		{"a publication before its noun, a platform after posting on it",
			"She told Lantern magazine about the tour and later posted on Mastodon that it was over.",
			[]string{"organization: Lantern", "organization: Mastodon"}},
		{"no publication in a demonym before its noun",
			"The story ran in a Portuguese newspaper on Monday.",
			[]string(nil)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

// TestSurnameBeforeSpeechVerb: a full name's surname before a speech verb
// is the person, whatever the tagger typed it (the last "Harrow said" of
// harrowStory).
func TestSurnameBeforeSpeechVerb(t *testing.T) {
	var harrows []string
	for _, m := range mentions(run(t, harrowStory)) {
		if strings.HasSuffix(m, "Harrow") {
			harrows = append(harrows, m)
		}
	}
	assert.Equal(t, []string{"person: Tess Harrow", "person: Tess Harrow", "person: Harrow", "person: Harrow", "person: Harrow", "person: Harrow"}, harrows)
}

// harrowStory is an invented entertainment story whose last "Harrow said"
// the tagger types an organization.
const harrowStory = "Singer Tess Harrow says touring nearly broke her voice.\n\nTess Harrow, the voice behind the hit album \"Northern Lights,\" says she almost stopped singing.\n\n\"I lost it for a month,\" Harrow, 29, told Rolling Stone in an interview.\n\nHarrow, who grew up in Hull, signed with Bluefern last year.\n\n\"She never misses a note,\" her bandmate Joe Price said.\n\nIn an interview with Billboard, her producer, Ann Cole, said she had signed Harrow after one demo.\n\n\"I heard it once and called her manager,\" Cole said.\n\nHarrow said she still gets nervous but has learned to treat it as a good sign.\n\n\"If I stop being scared, I'll quit,\" she told the magazine."
