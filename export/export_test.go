package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func readFixture(t *testing.T) []*pipeline.Record {
	t.Helper()
	f, err := os.Open("testdata/records.yaml")
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)
	require.Len(t, recs, 5)
	return recs
}

// TestFixtureValid: the hand-made records are what the schema allows, so
// that what the tests find is the exporter's doing.
func TestFixtureValid(t *testing.T) {
	for _, rec := range readFixture(t) {
		assert.Empty(t, rec.Validate(), rec.ID)
	}
}

// export runs one export of recs into memory (or dir, for brat).
func export(t *testing.T, f Format, opt Options, recs []*pipeline.Record, dir string) ([]byte, Stats) {
	t.Helper()
	var buf bytes.Buffer
	var e *Exporter
	var err error
	if f == Brat {
		e, err = NewBrat(dir, opt)
	} else {
		e, err = New(f, &buf, opt)
	}
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, e.Write(r))
	}
	require.NoError(t, e.Close())
	return buf.Bytes(), e.Stats()
}

// readable re-indents JSON Lines so that a golden file can be read by eye;
// tokens stay one per line.
func readable(t *testing.T, b []byte) []byte {
	var out bytes.Buffer
	for line := range bytes.SplitSeq(bytes.TrimSpace(b), []byte("\n")) {
		var v any
		require.NoError(t, json.Unmarshal(line, &v))
		ind, err := json.MarshalIndent(v, "", " ")
		require.NoError(t, err)
		out.Write(ind)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// bratListing joins the files of a brat export into one text.
func bratListing(t *testing.T, dir string) []byte {
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	sort.Strings(names)
	var out bytes.Buffer
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		out.WriteString("==> " + filepath.Base(n) + " <==\n")
		out.Write(b)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			out.WriteString("\n[no newline at end]\n")
		}
	}
	return out.Bytes()
}

// TestGolden exports the fixture records in each format (--only all, which
// has the most in it: accepted, edited, rejected and undecided quotes) and
// compares with testdata/golden. After a deliberate change: go test
// ./export -run Golden -update, then read the diff.
func TestGolden(t *testing.T) {
	recs := readFixture(t)
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			dir := t.TempDir()
			got, st := export(t, f, Options{Only: All}, recs, dir)
			assert.Equal(t, 3, st.Exported)
			assert.Equal(t, 2, st.Failed, "the error record and the record without text")
			switch f {
			case SpaCy, Quotes:
				got = readable(t, got)
			case Brat:
				got = bratListing(t, dir)
			}
			golden := filepath.Join("testdata", "golden", "all."+string(f))
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file: run go test ./export -run Golden -update and review it")
			require.Equal(t, string(want), string(got), "output differs from %s", golden)
		})
	}
}

// TestFormatChecks runs each format's check on its export, at every level.
func TestFormatChecks(t *testing.T) {
	recs := readFixture(t)
	for _, only := range []Only{Accepted, Reviewed, All} {
		for _, f := range Formats {
			t.Run(only.String()+"/"+string(f), func(t *testing.T) {
				dir := t.TempDir()
				got, _ := export(t, f, Options{Only: only}, recs, dir)
				var errs []error
				switch f {
				case CoNLL:
					errs = CheckCoNLL(bytes.NewReader(got))
				case SpaCy:
					errs = CheckSpaCy(bytes.NewReader(got))
				case Prose:
					errs = CheckProse(bytes.NewReader(got))
				case Brat:
					errs = CheckBrat(dir)
				case Quotes:
					errs = checkQuotes(t, got)
				}
				assert.Empty(t, errs)
			})
		}
	}
}

// checkQuotes: every offset slices back to its text, and no rejected quote
// is labelled accepted.
func checkQuotes(t *testing.T, b []byte) []error {
	var errs []error
	for line := range bytes.SplitSeq(bytes.TrimSpace(b), []byte("\n")) {
		var q quoteLine
		require.NoError(t, json.Unmarshal(line, &q))
		runes := []rune(q.Text)
		for _, s := range []*quoteSpan{&q.Quote, q.Cue} {
			if s != nil && string(runes[s.Start:s.End]) != s.Text {
				errs = append(errs, assert.AnError)
				t.Errorf("%s %s: [%d,%d) does not slice back to %q", q.Meta.ID, q.Meta.Quote, s.Start, s.End, s.Text)
			}
		}
		if sp := q.Speaker; sp != nil && sp.Start != nil && string(runes[*sp.Start:*sp.End]) != sp.Text {
			t.Errorf("%s %s: speaker does not slice back", q.Meta.ID, q.Meta.Quote)
		}
		if q.Review == statusRejected || q.Review == statusOriginal {
			assert.Equal(t, labelNegative, q.Label, "%s %s", q.Meta.ID, q.Meta.Quote)
		}
	}
	return errs
}

// TestOnly: which records count at each level, and which quotes are
// positive or negative examples.
func TestOnly(t *testing.T) {
	recs := readFixture(t)
	type example struct{ ID, Quote, Label, Review string }
	tests := []struct {
		only     Only
		exported []string
		leftOut  int
		examples []example
	}{
		{Accepted, []string{"seed"}, 2, []example{
			{"seed", "Q1", "accepted", "accepted"}, {"seed", "Q9", "accepted", "accepted"},
			{"seed", "Q2", "accepted", "accepted"}, {"seed", "Q3", "accepted", "edited"},
			{"seed", "Q3", "rejected", "original"}, // the edit changed the speaker
			{"seed", "Q7", "accepted", "accepted"}, {"seed", "Q4", "accepted", "accepted"},
			{"seed", "Q8", "accepted", "accepted"}, {"seed", "Q5", "accepted", "accepted"},
			{"seed", "Q6", "accepted", "edited"}, // an edit of the kind only: no negative
			{"seed", "Q10", "rejected", "rejected"},
		}},
		{Reviewed, []string{"seed", "wire/2026-11-30/nestle.txt"}, 1, []example{
			{"wire/2026-11-30/nestle.txt", "Q1", "accepted", "accepted"},
			{"wire/2026-11-30/nestle.txt", "Q3", "rejected", "rejected"}, // Q2 is undecided: left out
		}},
		{All, []string{"seed", "wire/2026-11-30/nestle.txt", "unreviewed"}, 0, []example{
			{"wire/2026-11-30/nestle.txt", "Q1", "accepted", "accepted"},
			{"wire/2026-11-30/nestle.txt", "Q2", "accepted", "unreviewed"},
			{"wire/2026-11-30/nestle.txt", "Q3", "rejected", "rejected"},
			{"unreviewed", "Q1", "accepted", "unreviewed"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.only.String(), func(t *testing.T) {
			var counted []string
			for _, r := range recs {
				if r.Error == "" && r.Text != "" && tc.only.Counts(r) {
					counted = append(counted, r.ID)
				}
			}
			assert.Equal(t, tc.exported, counted)

			out, st := export(t, Quotes, Options{Only: tc.only}, recs, "")
			assert.Equal(t, len(tc.exported), st.Exported)
			assert.Equal(t, tc.leftOut, st.LeftOut)
			var got []example
			for line := range bytes.SplitSeq(bytes.TrimSpace(out), []byte("\n")) {
				var q quoteLine
				require.NoError(t, json.Unmarshal(line, &q))
				if tc.only != Accepted && q.Meta.ID == "seed" {
					continue // the seed's examples are listed under accepted
				}
				got = append(got, example{q.Meta.ID, q.Meta.Quote, q.Label, q.Review})
			}
			assert.Equal(t, tc.examples, got)
		})
	}
}

// TestProblems: what the export reports and works around.
func TestProblems(t *testing.T) {
	recs := readFixture(t)
	_, st := export(t, CoNLL, Options{Only: All}, recs, "")
	var msgs []string
	for _, p := range st.Problems {
		msgs = append(msgs, p.String())
	}
	assert.Equal(t, []string{
		`seed: mention "The New York Sun" [2568,2584) overlaps "The New York Sun Company, LLC": BIO cannot nest them, the longer is kept`,
		"broken.txt: left out: the article could not be processed (reading broken.txt: permission denied)",
		"notext: left out: the record has no text; export needs the article text (records from 'sayso extract --no-text' lack it: extract again without --no-text)",
	}, msgs)

	bad := &pipeline.Record{Schema: pipeline.Schema, ID: "bad", Text: "Iranian officials met in Oman.",
		Entities: []pipeline.EntityRecord{
			{ID: "E1", Type: "place", Name: "Iran", Mentions: []pipeline.MentionRecord{{Start: 0, End: 4, Text: "Iran"}}},
			{ID: "E2", Type: "place", Name: "Oman", Mentions: []pipeline.MentionRecord{{Start: 25, End: 29, Text: "Omen"}, {Start: 25, End: 99, Text: "Oman."}}},
			{ID: "E3", Type: "weapon", Name: "x", Mentions: []pipeline.MentionRecord{{Start: 0, End: 1, Text: "I"}}},
		}}
	out, st := export(t, CoNLL, Options{Only: All}, []*pipeline.Record{bad}, "")
	msgs = msgs[:0]
	for _, p := range st.Problems {
		msgs = append(msgs, p.Msg)
	}
	assert.Equal(t, []string{
		`entity E2 mention: text[25:29] is "Oman" but the record says "Omen": left out`,
		"entity E2 mention: span [25,99) is outside the text (30 code points): left out",
		`entity E3: unknown type "weapon": its mentions are left out`,
		`a mention boundary at code point 4 cuts the word "Iranian": the token is split there`,
	}, msgs)
	assert.Equal(t, "# text = Iranian officials met in Oman.\nIran\tB-LOC\nian\tO\nofficials\tO\nmet\tO\nin\tO\nOman\tO\n.\tO\n\n", string(out))
}

// TestTokensSplitAtMentions: a mention inside a token splits it, in every
// token format; a mention across a sentence break joins the sentences.
func TestTokensSplitAtMentions(t *testing.T) {
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: "x",
		Text: "The Iran-backed group met Gen. Smith. Mr. Jones of St. Louis Co. spoke. They left.",
		Entities: []pipeline.EntityRecord{
			{ID: "E1", Type: "place", Name: "Iran", Mentions: []pipeline.MentionRecord{{Start: 4, End: 8, Text: "Iran"}}},
			{ID: "E2", Type: "organization", Name: "Smith. Mr. Jones", Mentions: []pipeline.MentionRecord{{Start: 31, End: 47, Text: "Smith. Mr. Jones"}}},
		}}
	out, st := export(t, CoNLL, Options{Only: All}, []*pipeline.Record{rec}, "")
	assert.Empty(t, st.Problems)
	assert.Empty(t, CheckCoNLL(bytes.NewReader(out)))
	assert.Contains(t, string(out), "Iran\tB-LOC\n-backed\tO\n")
	assert.Contains(t, string(out), "Smith\tB-ORG\n.\tI-ORG\nMr.\tI-ORG\nJones\tI-ORG\n", "one sentence across the mention")
	assert.Equal(t, 2, st.Units, "the sentence break inside the mention is dropped, the one after 'spoke.' kept")

	out, _ = export(t, SpaCy, Options{Only: All}, []*pipeline.Record{rec}, "")
	assert.Empty(t, CheckSpaCy(bytes.NewReader(out)))
}

// TestNoWordLost: every non-space character of the text is in some token,
// whatever the segmenter's tokenizer does with words like "'read" (prose
// once dropped them), and a mention there is kept.
func TestNoWordLost(t *testing.T) {
	text := "A helmet that can 'read thoughts' from 'Reuters' staff."
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: "x", Text: text,
		Entities: []pipeline.EntityRecord{{ID: "E1", Type: "organization", Name: "Reuters", Mentions: []pipeline.MentionRecord{{Start: 40, End: 47, Text: "Reuters"}}}}}
	out, st := export(t, CoNLL, Options{Only: All}, []*pipeline.Record{rec}, "")
	assert.Empty(t, st.Problems)
	var joined strings.Builder
	for _, l := range strings.Split(string(out), "\n") {
		if tok, tag, ok := strings.Cut(l, "\t"); ok {
			joined.WriteString(tok)
			if tok == "Reuters" {
				assert.Equal(t, "B-ORG", tag)
			}
		}
	}
	assert.Equal(t, strings.Join(strings.Fields(text), ""), joined.String())

	// The same with the tokenizer dropping a word: eachToken fills the gap.
	var got []string
	eachToken(text, []pipeline.Token{{Span: pipeline.Span{Start: 0, End: 1}}, {Span: pipeline.Span{Start: 24, End: 33}}}, func(t pipeline.Token) {
		got = append(got, text[t.Start:t.End])
	})
	assert.Equal(t, []string{"A", "helmet", "that", "can", "'read", "thoughts'", "from", "'Reuters'", "staff."}, got)
}

// TestSpaCyWhitespace: tokens rebuild any whitespace, as spaCy's own
// tokenizer would keep it.
func TestSpaCyWhitespace(t *testing.T) {
	for _, text := range []string{
		"  Leading spaces and  double\n\nbreaks\r\nand tabs\there ",
		"Ends with no space",
		"   ",
		"Iran\u00a0said so \u2028 then",
	} {
		rec := &pipeline.Record{Schema: pipeline.Schema, ID: "ws", Text: text}
		out, _ := export(t, SpaCy, Options{Only: All}, []*pipeline.Record{rec}, "")
		assert.Empty(t, CheckSpaCy(bytes.NewReader(out)), "%q", text)
	}
}

// TestProseSpans: prose's trainer labels exactly the mention's tokens,
// whatever the curly quotes and multi-byte letters before it.
func TestProseSpans(t *testing.T) {
	tests := []struct {
		text    string
		mention string
		want    []string // the tokens prose labels, B- then I-
	}{
		{"Brett McGurk led the talks.", "Brett McGurk", []string{"Brett", "McGurk"}},
		{"“We agree,” said Søren Ørsted in Łódź.", "Søren Ørsted", []string{"Søren", "Ørsted"}},
		{"“We agree,” said Søren Ørsted in Łódź.", "Łódź", []string{"Łódź"}},
		{"Zürich-based Nestlé S.A. said so.", "Nestlé S.A.", []string{"Nestlé", "S.A."}},
		{"It’s the ‘best’ plan for Iran’s Foreign Ministry, ça va.", "Foreign Ministry", []string{"Foreign", "Ministry"}},
		{"Iran&rsquo;s envoy met Ali Bagheri.", "Ali Bagheri", []string{"Ali", "Bagheri"}},
		{"Ελλάδα και Κύπρος συνεργάζονται με τη Γαλλία σήμερα.", "Γαλλία", []string{"Γαλλία"}},
	}
	for _, tc := range tests {
		t.Run(tc.mention, func(t *testing.T) {
			start := strings.Index(tc.text, tc.mention)
			require.GreaterOrEqual(t, start, 0)
			ix := pipeline.NewRuneIndex(tc.text)
			rs, re := ix.Span(pipeline.Span{Start: start, End: start + len(tc.mention)})
			rec := &pipeline.Record{Schema: pipeline.Schema, ID: "p", Text: tc.text, Entities: []pipeline.EntityRecord{
				{ID: "E1", Type: "person", Name: tc.mention, Mentions: []pipeline.MentionRecord{{Start: rs, End: re, Text: tc.mention}}}}}
			out, st := export(t, Prose, Options{Only: All}, []*pipeline.Record{rec}, "")
			assert.Empty(t, st.Problems)
			assert.Empty(t, CheckProse(bytes.NewReader(out)))
			var data []prose.EntityContext
			require.NoError(t, json.Unmarshal(out, &data))
			require.Len(t, data, 1)
			assert.NotContains(t, data[0].Text, "“", "curly quotes are straightened as prose's tokenizer does")
			toks, labels := ProseLabels(data[0])
			var got []string
			for i, l := range labels {
				if l != "O" {
					assert.Equal(t, map[bool]string{true: "B-PER", false: "I-PER"}[len(got) == 0], l)
					got = append(got, toks[i])
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestProseLongRun: a sentence with a long run without spaces (prose's
// tokenizer is quadratic on those) is left out of the prose data, quickly.
func TestProseLongRun(t *testing.T) {
	text := "Iran said so. " + strings.Repeat("“", 20000) + " Then Oman spoke."
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: "long", Text: text, Entities: []pipeline.EntityRecord{
		{ID: "E1", Type: "place", Name: "Iran", Mentions: []pipeline.MentionRecord{{Start: 0, End: 4, Text: "Iran"}}}}}
	out, st := export(t, Prose, Options{Only: All}, []*pipeline.Record{rec}, "")
	require.Len(t, st.Problems, 1)
	assert.Contains(t, st.Problems[0].Msg, "holds 60000 bytes without a space")
	assert.Empty(t, CheckProse(bytes.NewReader(out)))
	assert.Contains(t, string(out), `"Text":"Iran said so."`)
}

// TestProseTrains: the exported seed sentences train a prose model that
// finds the names it was taught.
func TestProseTrains(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains a prose model: 4 s, 15-35 s under the race detector; go test ./export runs it")
	}
	recs := readFixture(t)
	out, _ := export(t, Prose, Options{Only: Accepted}, recs[:1], "")
	var all, data []prose.EntityContext
	require.NoError(t, json.Unmarshal(out, &all))
	// The sentences that name McGurk or the Financial Times, and two that
	// name nobody: enough to learn from, small enough to train in seconds
	// under the race detector.
	for _, c := range all {
		if strings.Contains(c.Text, "McGurk") || strings.Contains(c.Text, "Financial Times") || len(c.Spans) == 0 && len(data) < 4 {
			data = append(data, c)
		}
	}
	m := prose.ModelFromData("seed", prose.UsingEntities(data))
	doc, err := prose.NewDocument("Brett McGurk spoke to the Financial Times in Oman.", prose.WithSegmentation(false), prose.UsingModel(m))
	require.NoError(t, err)
	var got []string
	for _, e := range doc.Entities() {
		got = append(got, e.Label+" "+e.Text)
	}
	assert.Contains(t, got, "PER Brett McGurk")
	assert.Contains(t, got, "ORG Financial Times")
}
