package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRuneIndexMatchesPython(t *testing.T) {
	// Python's len(text[:k]) for every byte offset at a character boundary.
	texts := []string{
		"",
		"plain ASCII text",
		"“We have many channels,” an official said.",
		"Iran’s ’90s — «Bonjour» „Hallo“ 北京 😀 end",
		strings.Repeat("é", 200) + "x" + strings.Repeat("😀", 70),
		"line one\r\nline two\r\n",
	}
	for _, text := range texts {
		ix := NewRuneIndex(text)
		runes := 0
		for b := 0; b <= len(text); b++ {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			require.Equal(t, runes, ix.Rune(b), "Rune(%d) in %q", b, text)
			require.Equal(t, b, ix.Byte(runes), "Byte(%d) in %q", runes, text)
			if b < len(text) {
				runes++
			}
		}
		assert.Equal(t, len(text), ix.Byte(runes+5), "past the end")
	}
}

func TestRecordSpansSliceBack(t *testing.T) {
	text := "‘Quote,’ said Ali Bagheri in Tehran.\r\n“Next,” he said."
	doc := NewDocument("t", text)
	find := func(s string) Span {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return Span{i, i + len(s)}
	}
	doc.Mentions = []Mention{{Span: find("Ali Bagheri"), Type: Person, Entity: 0}, {Span: find("Tehran"), Type: Place, Entity: 1}}
	doc.Entities = []Entity{{Type: Person, Name: "Ali Bagheri", Mentions: []int{0}}, {Type: Place, Name: "Tehran", Mentions: []int{1}}}
	doc.Quotes = []Quote{
		{Span: find("Quote,"), Kind: Direct, Cue: find("said"), Speaker: Speaker{Span: find("Ali Bagheri"), Form: Named, Entity: 0, Name: "Ali Bagheri"}, Confidence: 0.934},
		{Span: find("Next,"), Kind: Direct, Speaker: Speaker{Span: find("he"), Form: Pronoun, Entity: 0, Name: "Ali Bagheri"}, Confidence: 1.2},
	}
	rec := NewRecord(doc, RecordOptions{})
	require.Empty(t, rec.Validate())
	runes := []rune(text)
	q := rec.Quotes[0]
	assert.Equal(t, "Quote,", string(runes[q.Start:q.End]))
	assert.Equal(t, "Ali Bagheri", string(runes[q.Speaker.Start:q.Speaker.End]))
	assert.Equal(t, "E1", q.Speaker.Entity)
	assert.Equal(t, 0.93, q.Confidence)
	assert.Equal(t, 1.0, rec.Quotes[1].Confidence, "confidence is clamped to [0,1]")
	assert.Equal(t, "he", rec.Quotes[1].Speaker.Text)
	assert.Equal(t, "pronoun", rec.Quotes[1].Speaker.Form)
}

func TestValidateFindsBrokenRecords(t *testing.T) {
	rec := &Record{Schema: Schema, ID: "x", Text: "Hello Iran",
		Entities: []EntityRecord{{ID: "E1", Type: "country", Name: "Iran", Mentions: []MentionRecord{{Start: 6, End: 10, Text: "Iran"}}}},
		Quotes: []QuoteRecord{
			{ID: "Q1", Kind: "direct", Start: 0, End: 5, Text: "Hullo", Confidence: 0.5},
			{ID: "Q2", Kind: "shouted", Start: 8, End: 20, Text: "an", Confidence: 2, Speaker: &SpeakerRecord{Entity: "E9"}},
		}}
	errs := rec.Validate()
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{`unknown type "country"`, `text[0:5] is "Hello", record says "Hullo"`, `unknown kind "shouted"`, "ends past the text", "confidence 2 outside [0,1]", "speaker entity E9 does not exist"} {
		assert.Contains(t, joined, want)
	}
}

// TestRuneIndexRoundTrip: Byte and Rune invert each other at every code
// point, for texts of every length around the checkpoint stride (a text
// whose byte length is a multiple of it once lost its last checkpoint).
func TestRuneIndexRoundTrip(t *testing.T) {
	for n := 0; n < 3*runeStride+2; n++ {
		for _, unit := range []string{"a", "é", "’", "😀"} {
			text := strings.Repeat("x", n%7) + strings.Repeat(unit, n)
			text = text[:min(len(text), n)]
			for !utf8.ValidString(text) {
				text = text[:len(text)-1]
			}
			ix := NewRuneIndex(text)
			runes := utf8.RuneCountInString(text)
			b := 0
			for r := 0; r <= runes; r++ {
				require.Equal(t, b, ix.Byte(r), "Byte(%d) of a %d-byte text", r, len(text))
				require.Equal(t, r, ix.Rune(b), "Rune(%d) of a %d-byte text", b, len(text))
				if b < len(text) {
					_, size := utf8.DecodeRuneInString(text[b:])
					b += size
				}
			}
		}
	}
}
