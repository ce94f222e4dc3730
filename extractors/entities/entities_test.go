package entities_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

func run(t *testing.T, text string) *pipeline.Document {
	t.Helper()
	seg, err := segment.New()
	require.NoError(t, err)
	ents, err := entities.New()
	require.NoError(t, err)
	doc := pipeline.NewDocument("t", text)
	pipeline.New(seg, ents).Run(doc)
	require.Empty(t, doc.Problems)
	return doc
}

// mentions lists "type: text" for every mention, in text order.
func mentions(doc *pipeline.Document) []string {
	var out []string
	for _, m := range doc.Mentions {
		out = append(out, m.Type.String()+": "+doc.Slice(m.Span))
	}
	return out
}

// entityNames lists "type: name (mention texts...)" per entity.
func entityNames(doc *pipeline.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		s := e.Type.String() + ": " + e.Name + " ("
		for i, m := range e.Mentions {
			if i > 0 {
				s += " | "
			}
			s += doc.Slice(doc.Mentions[m].Span)
		}
		out = append(out, s+")")
	}
	return out
}

func TestMentions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"titles stripped, honorific kept",
			"The talks were led by foreign minister Ali Bagheri. Later Mr. Bagheri flew to Geneva.",
			[]string{"person: Ali Bagheri", "person: Mr. Bagheri", "place: Geneva"}},
		{"president is a title",
			"President Joe Biden met Prime Minister Rishi Sunak in London on Monday.",
			[]string{"person: Joe Biden", "person: Rishi Sunak", "place: London"}},
		{"demonyms, months and dates are not entities",
			"American and Iranian officials met in Oman in January, weeks after October 7.",
			[]string{"place: Oman"}},
		{"boilerplate is not an entity",
			"Sign in or create a free account. By continuing you agree to our Privacy Policy and Terms of Use.",
			nil},
		{"lower-case institution",
			"An American state department official spoke to reporters.",
			[]string{"organization: state department"}},
		{"seat of government is an organization",
			"The White House declined to comment.",
			[]string{"organization: White House"}},
		{"a one-word institution the tagger may miss",
			"The rule was passed by Congress last year, and the Kremlin opposed it.",
			[]string{"organization: Congress", "organization: Kremlin"}},
		{"a title and 'of' before an organization are not part of it",
			"Jane Smith, chairman of the National Union of Journalists, said no.",
			[]string{"person: Jane Smith", "organization: National Union of Journalists"}},
		{"company with legal form",
			"© 2024 The New York Sun Company, LLC. All rights reserved.",
			[]string{"organization: The New York Sun Company, LLC"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentions(run(t, c.text)))
		})
	}
}

func TestGrouping(t *testing.T) {
	doc := run(t, "Brett McGurk led the talks. Mr. McGurk later said the plan held. McGurk is the White House's envoy. "+
		"The State Department agreed, and State officials briefed Congress.")
	assert.Equal(t, []string{
		"person: Brett McGurk (Brett McGurk | Mr. McGurk | McGurk)",
		"organization: White House (White House)",
		"organization: State Department (State Department | State)",
		"organization: Congress (Congress)",
	}, entityNames(doc))
}

// A no-break space inside a name changes neither the entity it belongs to
// nor its name, which has single spaces.
func TestGroupingAcrossWhiteSpace(t *testing.T) {
	doc := run(t, "Mr.\u00a0Brett\u00a0McGurk led the talks for the Citizen\u00a0Journalism\u00a0School. Brett\u00a0McGurk later said the plan held. "+
		"Brett McGurk is the envoy.")
	assert.Equal(t, []string{
		"person: Brett McGurk (Mr.\u00a0Brett\u00a0McGurk | Brett\u00a0McGurk | Brett McGurk)",
		"organization: Citizen Journalism School (Citizen\u00a0Journalism\u00a0School)",
	}, entityNames(doc))
}

func TestGroupingPeopleSharingASurname(t *testing.T) {
	doc := run(t, "Hillary Clinton spoke in Ohio. Clinton said the race was close. "+
		"Later she visited Chelsea Clinton's apartment. Chelsea Clinton said her mother was well. "+
		"Hillary thanked the crowd.")
	assert.Equal(t, []string{
		"person: Hillary Clinton (Hillary Clinton | Clinton | Hillary)",
		"place: Ohio (Ohio)",
		"person: Chelsea Clinton (Chelsea Clinton | Chelsea Clinton)",
	}, entityNames(doc))
}

func TestDocumentConsistency(t *testing.T) {
	// "Kagame" alone is typed by the full name seen earlier.
	doc := run(t, "Paul Kagame spoke in Kigali on Tuesday. Kagame said the border would stay open.")
	assert.Equal(t, []string{
		"person: Paul Kagame (Paul Kagame | Kagame)",
		"place: Kigali (Kigali)",
	}, entityNames(doc))
}

// TestSeed checks the seed article's entities against fixtures/seed/gold.yaml:
// every mention text, by type, and nothing else.
func TestSeed(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "seed", "article.txt"))
	require.NoError(t, err)
	doc := run(t, string(text))
	got := map[string][]string{}
	for _, m := range doc.Mentions {
		k := m.Type.String()
		txt := doc.Slice(m.Span)
		if !contains(got[k], txt) {
			got[k] = append(got[k], txt)
		}
	}
	for k := range got {
		sort.Strings(got[k])
	}
	// From gold.yaml; its flow list splits "The New York Sun Company, LLC" at
	// the comma, which is one name.
	want := map[string][]string{
		"person":       {"Ali Bagheri", "Brett McGurk", "Mr. McGurk"},
		"organization": {"AP", "Financial Times", "Houthis", "IRNA", "The New York Sun", "The New York Sun Company, LLC", "White House", "state department"},
		"place":        {"America", "Britain", "Gaza", "Iran", "Middle East", "Oman", "Red Sea", "Sanaa", "Tehran", "Yemen"},
	}
	assert.Equal(t, want, got)
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestGroupingAcronyms(t *testing.T) {
	doc := run(t, "The Committee to Protect Journalists (CPJ) condemned the arrest. "+
		"CPJ said the reporter was held for a week. The Federal Bureau of Investigation declined to comment, "+
		"and an FBI spokesman said the case was closed.")
	assert.Equal(t, []string{
		"organization: Committee to Protect Journalists (Committee to Protect Journalists | CPJ | CPJ)",
		"organization: Federal Bureau of Investigation (Federal Bureau of Investigation | FBI)",
	}, entityNames(doc))
}

func TestAcronymDefinitionNeedsMatchingInitials(t *testing.T) {
	// The initials do not spell the acronym: nothing is joined or added.
	doc := run(t, "The new rules (NR) took effect. Officials at Acme Corp (XYZ) were not told.")
	for _, m := range mentions(doc) {
		assert.NotContains(t, m, "rules")
	}
	for _, e := range entityNames(doc) {
		assert.False(t, strings.Contains(e, "Acme") && strings.Contains(e, "XYZ"), e)
	}
	// The acronym first, the long form later: one entity.
	doc = run(t, "NATO said on Monday it would meet. The North Atlantic Treaty Organization has 32 members.")
	assert.Equal(t, []string{
		"organization: North Atlantic Treaty Organization (NATO | North Atlantic Treaty Organization)",
	}, entityNames(doc))
}

func TestHeadlines(t *testing.T) {
	body := "\n\nPresident Joe Biden met Prime Minister Rishi Sunak in London on Monday. The talks on Ukraine went on."
	cases := []struct {
		name, head string
		want       []string
	}{
		{"title case: surnames the article names in full",
			"Biden Meets Sunak in London as Talks on Ukraine Aid Stall",
			[]string{"person: Joe Biden (Biden | Joe Biden)", "person: Rishi Sunak (Sunak | Rishi Sunak)",
				"place: London (London | London)", "place: Ukraine (Ukraine | Ukraine)"}},
		{"all capitals: tagged as running text would be",
			"BIDEN MEETS SUNAK IN LONDON AS TALKS ON UKRAINE AID STALL",
			[]string{"person: Joe Biden (BIDEN | Joe Biden)", "person: Rishi Sunak (SUNAK | Rishi Sunak)",
				"place: London (LONDON | London)", "place: Ukraine (UKRAINE | Ukraine)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, entityNames(run(t, c.head+body)))
		})
	}
}

func TestDatelineInCapitals(t *testing.T) {
	doc := run(t, "LOS ANGELES, Sept. 28 (UPI) — In a preview clip for a new show, the singer met Hillary Clinton.")
	assert.Contains(t, mentions(doc), "place: LOS ANGELES")
}
