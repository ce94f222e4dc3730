package turnlabel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/internal/turnlabel"
	"github.com/sayso/sayso/extractors/segment"
	"github.com/sayso/sayso/pipeline"
)

// Read finds the parts of a transcript turn's label, and no label where a
// paragraph merely opens with capitals.
func TestRead(t *testing.T) {
	seg, err := segment.New()
	require.NoError(t, err)
	cases := []struct {
		text              string
		name, paren, rest string // "" for none; rest is the text after the colon
	}{
		{"MAYOR DAVID LINWOOD: Thank you all.", "MAYOR DAVID LINWOOD", "", "Thank you all."},
		{"SARAH KELLAWAY, CITY ENGINEER: In April.", "SARAH KELLAWAY", "", "In April."},
		{"REPORTER (CHANNEL 7): When does it start?", "REPORTER", "CHANNEL 7", "When does it start?"},
		{"MODERATOR (JANE OKORO, COMMUNICATIONS DIRECTOR): Next question.", "MODERATOR", "JANE OKORO, COMMUNICATIONS DIRECTOR", "Next question."},
		{"NASA said on Monday that the launch would wait.", "NASA", "", ""},
		{"REPORTER (channel seven): Hello there.", "REPORTER", "", ""},
	}
	for _, c := range cases {
		doc := &pipeline.Document{Text: c.text}
		require.NoError(t, seg.Process(doc))
		caps := func(k int) bool { return doc.Tokens[k].Is(pipeline.AllCaps) }
		l := turnlabel.Read(doc, 0, len(doc.Tokens), caps)
		assert.Equal(t, c.name, doc.Text[:doc.Tokens[l.NameEnd-1].End], c.text)
		if c.paren == "" {
			assert.Equal(t, -1, l.ParenFirst, c.text)
		} else {
			assert.Equal(t, c.paren, doc.Text[doc.Tokens[l.ParenFirst].Start:doc.Tokens[l.ParenLast-1].End], c.text)
		}
		if c.rest == "" {
			assert.Equal(t, -1, l.Colon, c.text)
		} else {
			require.GreaterOrEqual(t, l.Colon, 0, c.text)
			assert.Equal(t, c.rest, doc.Text[doc.Tokens[l.Colon+1].Start:], c.text)
		}
	}
}

// Read takes an abbreviation's period into the speaker's words and reads an
// earnings call's roles after dashes; a dash before running prose is no role.
func TestReadPeriodsAndDashRoles(t *testing.T) {
	seg, err := segment.New()
	require.NoError(t, err)
	cases := []struct {
		text, name, rest string // rest "" for no label
		dashRole         bool
	}{
		{"DR. HELEN MARSH, STATE EPIDEMIOLOGIST: Nine cases.", "DR. HELEN MARSH", "Nine cases.", false},
		{"Dana Whitfield -- Marlow Partners -- Analyst: Good morning.", "Dana Whitfield", "Good morning.", true},
		{"Omar Castillo — Chief Financial Officer: Sure.", "Omar Castillo", "Sure.", true},
		{"Lena Ruiz -- Head of Investor Relations: Thank you.", "Lena Ruiz", "Thank you.", true},
		{"Lena Ruiz -- who runs the fund -- said: no.", "Lena Ruiz", "", false},
	}
	for _, c := range cases {
		doc := &pipeline.Document{Text: c.text}
		require.NoError(t, seg.Process(doc))
		capital := func(k int) bool {
			return k < 4 && doc.Tokens[k].Is(pipeline.Capitalized) && doc.Tokens[k].Kind == pipeline.Word
		}
		l := turnlabel.Read(doc, 0, len(doc.Tokens), capital)
		assert.Equal(t, c.name, doc.Text[:doc.Tokens[l.NameEnd-1].End], c.text)
		assert.Equal(t, c.dashRole, l.DashRole, c.text)
		if c.rest == "" {
			assert.Equal(t, -1, l.Colon, c.text)
		} else {
			require.GreaterOrEqual(t, l.Colon, 0, c.text)
			assert.Equal(t, c.rest, doc.Text[doc.Tokens[l.Colon+1].Start:], c.text)
		}
	}
}
