package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSurnameOf(t *testing.T) {
	tests := []struct {
		name, surname string
		single        bool
	}{
		{"Obama", "Obama", true},
		{"Barack Obama", "Obama", false},
		{"President Obama", "Obama", true},
		{"Mr. Trump", "Trump", true},
		{"Former President Bill Clinton", "Clinton", false},
		{"Joseph R. Biden Jr.", "Biden", false},
		{"Martin Luther King, Jr.", "King", false},
		{"Sen.", "Sen.", true}, // a title alone is its own last word
		{"Washington Post", "Post", false},
		{"", "", true},
	}
	for _, tt := range tests {
		surname, single := surnameOf(tt.name)
		assert.Equal(t, tt.surname, surname, tt.name)
		assert.Equal(t, tt.single, single, tt.name)
	}
}

func TestMergeTargets(t *testing.T) {
	const person, org = "person", "organization"
	tests := []struct {
		name  string
		names []speakerName
		want  map[string]string
	}{
		{"the only fuller name", []speakerName{{"Obama", 69, person}, {"Barack Obama", 12, person}},
			map[string]string{"Obama": "Barack Obama"}},
		{"one fuller name has most quotes", []speakerName{{"Trump", 3, person}, {"Donald Trump", 119, person},
			{"Ivanka Trump", 3, person}, {"Donald J. Trump", 2, person}},
			map[string]string{"Trump": "Donald Trump"}},
		{"ambiguous: two much quoted Clintons", []speakerName{{"Clinton", 20, person}, {"Hillary Clinton", 56, person},
			{"Bill Clinton", 40, person}}, map[string]string{}},
		{"80% merges", []speakerName{{"Lynch", 5, person}, {"Loretta Lynch", 8, person}, {"Stephen Lynch", 2, person}},
			map[string]string{"Lynch": "Loretta Lynch"}},
		{"78% does not", []speakerName{{"Lynch", 5, person}, {"Loretta Lynch", 7, person}, {"Stephen Lynch", 2, person}},
			map[string]string{}},
		{"titles are dropped", []speakerName{{"President Obama", 4, person}, {"Mr. Biden", 2, ""},
			{"Barack Obama", 12, person}, {"Joseph R. Biden Jr.", 3, person}},
			map[string]string{"President Obama": "Barack Obama", "Mr. Biden": "Joseph R. Biden Jr."}},
		{"an organization is not merged into a person", []speakerName{{"Times", 5, org}, {"Bob Times", 9, person}},
			map[string]string{}},
		{"nor a name into an organization", []speakerName{{"Post", 5, ""}, {"Washington Post", 9, org}},
			map[string]string{}},
		{"an organization with the surname makes it ambiguous", []speakerName{{"Ford", 5, person},
			{"Gerald Ford", 7, person}, {"Team Ford", 3, org}}, map[string]string{}},
		{"a fuller name of unknown kind is not a person", []speakerName{{"Smith", 5, person}, {"Anna Smith", 9, ""}},
			map[string]string{}},
		{"no fuller name", []speakerName{{"Melanie", 8, person}, {"Melanie Trump", 1, person}}, map[string]string{}},
		{"fuller names never merge", []speakerName{{"Donald J. Trump", 2, person}, {"Donald Trump", 119, person}},
			map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mergeTargets(tt.names))
		})
	}
}

// spoken is one quote of a test record: its speaker, the speaker's entity
// type ("" for no entity), its kind, and the people it mentions.
type spoken struct {
	speaker, typ, kind string
	about              []string
}

// recordSaying builds a record whose text is one sentence per quote,
// `"About and About," said Speaker.`, with entities for the speakers and
// the people mentioned.
func recordSaying(id string, quotes ...spoken) *pipeline.Record {
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: id, Errors: []string{}}
	var text strings.Builder
	entity := func(name, typ string, start int) string {
		for i := range rec.Entities {
			if e := &rec.Entities[i]; e.Name == name {
				e.Mentions = append(e.Mentions, pipeline.MentionRecord{Start: start, End: start + len(name), Text: name})
				return e.ID
			}
		}
		e := pipeline.EntityRecord{ID: fmt.Sprintf("E%d", len(rec.Entities)+1), Type: typ, Name: name,
			Mentions: []pipeline.MentionRecord{{Start: start, End: start + len(name), Text: name}}}
		rec.Entities = append(rec.Entities, e)
		return e.ID
	}
	for i, q := range quotes {
		text.WriteString(`"`)
		start := text.Len()
		for k, name := range q.about {
			if k > 0 {
				text.WriteString(" and ")
			}
			entity(name, "person", text.Len())
			text.WriteString(name)
		}
		text.WriteString(" matter")
		end := text.Len()
		text.WriteString(`," said `)
		sp := &pipeline.SpeakerRecord{Text: q.speaker, Start: text.Len(), End: text.Len() + len(q.speaker), Form: "name", Name: q.speaker}
		if q.typ != "" {
			sp.Entity = entity(q.speaker, q.typ, text.Len())
		}
		text.WriteString(q.speaker + ". ")
		rec.Quotes = append(rec.Quotes, pipeline.QuoteRecord{ID: fmt.Sprintf("Q%d", i+1), Kind: q.kind,
			Start: start, End: end, Text: text.String()[start:end], Speaker: sp, Confidence: 1})
	}
	rec.Text = text.String()
	return rec
}

// TestSpeakerMerge: a merged row counts its names' quotes, kinds and
// articles (an article quoting both names once), keeps the first sources
// of both in input order, and its pairs go with it.
func TestSpeakerMerge(t *testing.T) {
	recs := []*pipeline.Record{
		recordSaying("a",
			spoken{"Barack Obama", "person", "direct", nil},
			spoken{"Obama", "person", "indirect", []string{"Hillary Clinton"}},
			spoken{"Barack Obama", "person", "direct", nil}),
		recordSaying("b",
			spoken{"Obama", "person", "mixed", []string{"Hillary Clinton", "Barack Obama"}},
			spoken{"Hillary Clinton", "person", "direct", nil}),
		recordSaying("c",
			spoken{"Bill Clinton", "person", "direct", nil},
			spoken{"Clinton", "person", "direct", nil}),
		recordSaying("d", spoken{"Times", "organization", "direct", nil}, spoken{"Bob Times", "person", "direct", nil}),
	}
	for _, r := range recs {
		require.Empty(t, r.Validate(), r.ID)
	}
	opt := DefaultOptions()
	opt.Evidence = 3
	b, err := NewBuilder(opt)
	require.NoError(t, err)
	for _, r := range recs {
		b.Add(r)
	}
	rep := b.Report()
	assert.Equal(t, rep, b.Report(), "a report leaves the counts as they were")

	require.NotEmpty(t, rep.Speakers)
	obama := rep.Speakers[0]
	assert.Equal(t, "Barack Obama", obama.Name)
	assert.Equal(t, []string{"Obama"}, obama.Also)
	assert.Equal(t, "person", obama.Kind)
	assert.Equal(t, []int64{4, 2, 1, 1, 2}, []int64{obama.Quotes, obama.Direct, obama.Indirect, obama.Mixed, obama.Records},
		"quotes, direct, indirect, mixed, articles")
	assert.InDelta(t, 4.0/9, obama.Share, 0.0001)
	var refs []string
	for _, r := range obama.Evidence {
		refs = append(refs, r.Record+"#"+r.Quote)
	}
	assert.Equal(t, []string{"a#Q1", "a#Q2", "a#Q3"}, refs, "the first three quotes of either name")

	rows := map[string][]string{}
	for _, s := range rep.Speakers {
		rows[s.Name] = s.Also
	}
	assert.Equal(t, map[string][]string{"Barack Obama": {"Obama"}, "Hillary Clinton": nil, "Bill Clinton": nil, "Clinton": nil,
		"Times": nil, "Bob Times": nil}, rows, "Clinton has two fuller names; Times is an organization")
	assert.Equal(t, int64(1), rep.Totals.MergedSpeakerNames)
	assert.Equal(t, int64(6), rep.Totals.Speakers)

	var pairs []string
	for _, p := range rep.SpeakerEntities {
		pairs = append(pairs, fmt.Sprintf("%s → %s %d", p.Speaker, p.Entity, p.Quotes))
	}
	assert.Equal(t, []string{"Barack Obama → Hillary Clinton 2"}, pairs, "Obama's pairs go to his row; his own name is left out")

	var page bytes.Buffer
	require.NoError(t, WriteHTML(&page, rep, HTMLOptions{}))
	assert.Contains(t, page.String(), `<span class="who-name">Barack Obama</span><span class="sub also">also as “Obama”</span>`)
	for _, tab := range Tables(rep) {
		if tab.Name == "speakers" {
			assert.Equal(t, "also", tab.Rows[0][len(tab.Rows[0])-1])
			assert.Equal(t, "Obama", tab.Rows[1][len(tab.Rows[1])-1])
		}
	}
}

func TestMergeRefs(t *testing.T) {
	a := &refList{}
	b := &refList{}
	for _, at := range []int64{2, 5, 9} {
		a.add(Ref{Record: fmt.Sprint(at)}, at, 3)
	}
	for _, at := range []int64{1, 3, 4, 6} {
		b.add(Ref{Record: fmt.Sprint(at)}, at, 3)
	}
	require.Len(t, *b, 3, "a list keeps its first three")
	var got []string
	for _, r := range mergeRefs(4, a, b) {
		got = append(got, r.Record)
	}
	assert.Equal(t, []string{"1", "2", "3", "4"}, got)
	assert.Equal(t, a.refs(), mergeRefs(4, a))
}
