package report

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutletRules(t *testing.T) {
	rec := func(id, url, source string) *pipeline.Record {
		return &pipeline.Record{ID: id, URL: url, Source: source}
	}
	tests := []struct {
		rule string
		rec  *pipeline.Record
		want string
	}{
		{"", rec("breitbart_2016-09-12_stealth-over-health", "", "dev/articles.jsonl:1"), "breitbart"},
		{"", rec("x", "https://www.nytimes.com/2016/09/12/us/politics/a.html", ""), "nytimes.com"},
		{"", rec("wash-post_2016-09-21_a", "https://www.washingtonpost.com/a", ""), "washingtonpost.com"},
		{"", rec("nytimes.com/2016/09/12/a", "", ""), UnknownOutlet},
		{"", rec("article-17", "", "in/a.txt"), UnknownOutlet},
		{"", rec("trailing_", "", ""), UnknownOutlet},
		{"", rec("x", "apnews.com/article/abc", ""), "apnews.com"},
		{"id-prefix", rec("x", "https://www.nytimes.com/a", ""), UnknownOutlet},
		{"id-prefix,host", rec("x", "https://www.nytimes.com/a", ""), "nytimes.com"},
		{"source", rec("x", "", "feeds/reuters.jsonl:3"), "feeds/reuters.jsonl"},
		{"source", rec("x", "", "in/a.txt"), "in/a.txt"},
		{"source-dir", rec("x", "", "dumps/nyt/2016/a1.txt"), "2016"},
		{"source-dir", rec("x", "", "dumps/nyt/a1.jsonl:12"), "nyt"},
		{"source-dir", rec("x", "", "a1.txt"), UnknownOutlet},
		{`re:^([a-z]+)-\d+`, rec("reuters-0001", "", ""), "reuters"},
		{`re:^[A-Z]{3}`, rec("BBC123", "", ""), "BBC"},
		{`url-re:/section/([a-z]+)/`, rec("x", "https://example.com/section/sport/a", ""), "sport"},
		{`host,re:^(\w+)_`, rec("guardian_a", "", ""), "guardian"},
	}
	for _, tt := range tests {
		b, err := NewBuilder(Options{OutletRule: tt.rule})
		require.NoError(t, err, tt.rule)
		assert.Equal(t, tt.want, b.Outlet(tt.rec), "rule %q on %+v", tt.rule, *tt.rec)
	}
	for _, bad := range []string{"hostname", "re:(", "url-re:[a"} {
		_, err := NewBuilder(Options{OutletRule: bad})
		assert.Error(t, err, bad)
	}
}

func TestDateRules(t *testing.T) {
	tests := []struct {
		rule, id, url, published string
		want                     string // "" for no date
	}{
		{"", "breitbart_2016-09-12_stealth", "", "", "2016-09-12"},
		{"", "x", "", "2016-09-12T23:30:00-04:00", "2016-09-12"}, // the writer's own day
		{"", "x", "", "2016-09-12T08:00:00.000+0000", "2016-09-12"},
		{"", "x", "", "Mon, 12 Sep 2016 08:00:00 GMT", "2016-09-12"},
		{"", "x", "", "September 12, 2016", "2016-09-12"},
		{"", "x", "", "20160912", "2016-09-12"},
		{"", "x", "", "yesterday", ""},
		{"", "x", "https://www.nytimes.com/2016/09/12/us/a.html", "", "2016-09-12"},
		{"", "x", "https://example.com/2016/02/31/a", "", ""}, // no such day
		{"", "id_12016-09-12", "", "", ""},                    // digits run on: not a date
		{"", "a_1850-01-01_b", "", "", ""},                    // out of range
		{"", "nyt_2016-09-12_a", "", "2016-10-01", "2016-10-01"},
		{"id", "nyt_2016-09-12_a", "", "2016-10-01", "2016-09-12"},
		{"none", "nyt_2016-09-12_a", "", "2016-10-01", ""},
		{"url,id", "nyt_2016-09-12_a", "https://x.com/2016_09_13/a", "", "2016-09-13"},
	}
	for _, tt := range tests {
		b, err := NewBuilder(Options{DateRule: tt.rule})
		require.NoError(t, err)
		d, ok := b.Date(&pipeline.Record{ID: tt.id, URL: tt.url, Published: tt.published})
		if tt.want == "" {
			assert.False(t, ok, "%+v gives %v", tt, d)
			continue
		}
		require.True(t, ok, "%+v", tt)
		assert.Equal(t, tt.want, d.Format("2006-01-02"), "%+v", tt)
	}
	_, err := NewBuilder(Options{DateRule: "published,title"})
	assert.Error(t, err)
	_, err = NewBuilder(Options{Bucket: "year"})
	assert.Error(t, err)
}

func TestClassify(t *testing.T) {
	ents := map[string]string{"E1": "Donald Trump", "E2": "the Pentagon"}
	sp := func(form, text, name, entity string) *pipeline.SpeakerRecord {
		return &pipeline.SpeakerRecord{Form: form, Text: text, Name: name, Entity: entity}
	}
	tests := []struct {
		sp       *pipeline.SpeakerRecord
		want     Sourcing
		wantName string
	}{
		{nil, Unattributed, ""},
		{sp("name", "Trump", "Donald Trump", "E1"), Named, "Donald Trump"},
		{sp("name", "Trump", "", "E1"), Named, "Donald Trump"},
		{sp("name", "Mr.  Trump", "", ""), Named, "Mr. Trump"},
		{sp("pronoun", "he", "Donald Trump", "E1"), Named, "Donald Trump"},
		{sp("pronoun", "he", "", ""), Unresolved, ""},
		{sp("pronoun", "he", "he", ""), Unresolved, ""},
		{sp("pronoun", "he", "a spokesman", ""), Anonymous, "a spokesman"},
		{sp("inherited", "", "Donald Trump", "E1"), Named, "Donald Trump"},
		{sp("inherited", "", "officials", ""), Anonymous, "officials"},
		{sp("description", "an official", "an official", ""), Anonymous, "an official"},
		{sp("description", "A senior official", "", ""), Anonymous, "A senior official"},
		{sp("name", "", "", ""), Unresolved, ""},
		// No form: the shape decides.
		{sp("", "sources", "sources", ""), Anonymous, "sources"},
		{sp("", "A spokesman for the campaign", "", ""), Anonymous, "A spokesman for the campaign"},
		{sp("", "Two people familiar with the talks", "", ""), Anonymous, "Two people familiar with the talks"},
		{sp("", "the source", "the source", ""), Anonymous, "the source"},
		{sp("", "The official", "", ""), Anonymous, "The official"},
		{sp("", "The New York Post", "The New York Post", ""), Named, "The New York Post"},
		{sp("", "the Pentagon", "", "E2"), Named, "the Pentagon"},
		{sp("", "the Pentagon", "", ""), Named, "the Pentagon"},
		{sp("", "He", "", ""), Unresolved, ""},
		{sp("", "they", "they", ""), Unresolved, ""},
		{sp("", "Hillary Clinton", "Hillary Clinton", ""), Named, "Hillary Clinton"},
		{sp("", "", "", ""), Unresolved, ""},
	}
	for _, tt := range tests {
		got, name := Classify(tt.sp, ents)
		assert.Equal(t, tt.want, got, "%+v", tt.sp)
		assert.Equal(t, tt.wantName, name, "%+v", tt.sp)
	}
}

func TestJoins(t *testing.T) {
	after := map[string]bool{
		", a spokesman for the ":  true,
		", chairman of the ":      true,
		" of the ":                true,
		" at ":                    true,
		", a former top aide at ": true,
		", ":                      false, // a list
		" and ":                   false,
		", who ran the ":          false,
		". The ":                  false,
		" said the ":              false,
		", a spokesman. The ":     false,
	}
	for gap, want := range after {
		assert.Equal(t, want, joinsAfter(gap), "after %q", gap)
	}
	before := map[string]bool{
		" Director ":                true,
		" spokesman ":               true,
		" press secretary ":         true,
		"'s chief executive, ":      true,
		" ":                         false,
		"'s ":                       false,
		" and ":                     false,
		" said ":                    false,
		" officials told reporter ": false,
		") — Former President ":     false, // a dateline: "(UPI) — Former President Bill Clinton"
	}
	for gap, want := range before {
		assert.Equal(t, want, joinsBefore(gap), "before %q", gap)
	}
}

// TestAffiliation builds records whose speakers are tied to organizations
// in the ways the heuristic knows, and some where they are not.
func TestAffiliation(t *testing.T) {
	type ent struct {
		typ, name string
		spans     [][2]int
	}
	build := func(text string, ents []ent, speakerEnt int, speakerSpan [2]int) *pipeline.Record {
		rec := &pipeline.Record{Schema: pipeline.Schema, ID: "a", Text: text, Errors: []string{}}
		for i, e := range ents {
			er := pipeline.EntityRecord{ID: pipeline.EntityID(i), Type: e.typ, Name: e.name}
			for _, s := range e.spans {
				er.Mentions = append(er.Mentions, pipeline.MentionRecord{Start: s[0], End: s[1], Text: string([]rune(text)[s[0]:s[1]])})
			}
			rec.Entities = append(rec.Entities, er)
		}
		rs := []rune(text)
		rec.Quotes = []pipeline.QuoteRecord{{ID: "Q1", Kind: "direct", Text: string(rs[1:5]), Start: 1, End: 5,
			Speaker: &pipeline.SpeakerRecord{Form: "name", Text: string(rs[speakerSpan[0]:speakerSpan[1]]), Start: speakerSpan[0], End: speakerSpan[1],
				Entity: pipeline.EntityID(speakerEnt), Name: ents[speakerEnt].name}}}
		return rec
	}
	tests := []struct {
		name string
		rec  *pipeline.Record
		want string
	}{
		{"appositive after", build(`"Quiet now," said John Kirby, a spokesman for the Pentagon.`,
			[]ent{{"person", "John Kirby", [][2]int{{18, 28}}}, {"organization", "Pentagon", [][2]int{{50, 58}}}}, 0, [2]int{18, 28}), "Pentagon"},
		{"role before", build(`"Quiet now," said FBI Director James Comey.`,
			[]ent{{"person", "James Comey", [][2]int{{31, 42}}}, {"organization", "FBI", [][2]int{{18, 21}}}}, 0, [2]int{31, 42}), "FBI"},
		{"inside the speaker span", build(`"Quiet now," said Pentagon's John Kirby.`,
			[]ent{{"person", "John Kirby", [][2]int{{29, 39}}}, {"organization", "Pentagon", [][2]int{{18, 26}}}}, 0, [2]int{18, 39}), "Pentagon"},
		{"other sentence", build(`"Quiet now," said John Kirby. The Pentagon said nothing.`,
			[]ent{{"person", "John Kirby", [][2]int{{18, 28}}}, {"organization", "Pentagon", [][2]int{{34, 42}}}}, 0, [2]int{18, 28}), ""},
		{"list", build(`"Quiet now," said John Kirby, NATO and others.`,
			[]ent{{"person", "John Kirby", [][2]int{{18, 28}}}, {"organization", "NATO", [][2]int{{30, 34}}}}, 0, [2]int{18, 28}), ""},
		{"another name between", build(`"Quiet now," said John Kirby of Jane Doe's FBI team.`,
			[]ent{{"person", "John Kirby", [][2]int{{18, 28}}}, {"person", "Jane Doe", [][2]int{{32, 40}}}, {"organization", "FBI", [][2]int{{43, 46}}}}, 0, [2]int{18, 28}), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Empty(t, tt.rec.Validate())
			b, err := NewBuilder(DefaultOptions())
			require.NoError(t, err)
			b.Add(tt.rec)
			rep := b.Report()
			require.Len(t, rep.Speakers, 1)
			assert.Equal(t, tt.want, rep.Speakers[0].Organization)
			assert.Equal(t, "person", rep.Speakers[0].Kind)
		})
	}
}

func TestErrorKind(t *testing.T) {
	assert.Equal(t, "invalid record: quote QN: bad span [N,N)", errorKind("invalid record: quote Q12: bad span [1064,1011)"))
	assert.Equal(t, "quote QN: text[N:N] is", errorKind(`quote Q3: text[5:9] is "abc", record says "abd"`))
	assert.Equal(t, errorKind("segment: 3 bad bytes"), errorKind("segment: 17 bad bytes"))
	long := errorKind("entities: " + string(make([]byte, 200)))
	assert.LessOrEqual(t, len(long), 84)
}

// TestRejectedQuotes: a quote a reviewer rejected is left out of every
// count unless asked for; accepted and edited quotes count.
func TestRejectedQuotes(t *testing.T) {
	quote := func(id, status, speaker string) pipeline.QuoteRecord {
		q := pipeline.QuoteRecord{ID: id, Kind: "direct", Text: "x", Start: 0, End: 1,
			Speaker: &pipeline.SpeakerRecord{Form: "name", Name: speaker}}
		if status != "" {
			q.Review = &pipeline.Review{Status: status}
		}
		return q
	}
	recs := []*pipeline.Record{
		{Schema: pipeline.Schema, ID: "a", Errors: []string{}, Quotes: []pipeline.QuoteRecord{
			quote("Q1", "", "Ann Lee"), quote("Q2", "accepted", "Ann Lee"), quote("Q3", "rejected", "Bob Roe"), quote("Q4", "edited", "Cy Poe"),
		}},
		{Schema: pipeline.Schema, ID: "b", Errors: []string{}, Quotes: []pipeline.QuoteRecord{quote("Q1", "rejected", "Bob Roe")}},
	}
	speakers := func(rep *Report) map[string]int64 {
		m := map[string]int64{}
		for _, s := range rep.Speakers {
			m[s.Name] = s.Quotes
		}
		return m
	}
	rep := buildReport(t, recs, DefaultOptions())
	assert.Equal(t, int64(3), rep.Totals.Quotes)
	assert.Equal(t, int64(4), rep.Totals.ReviewedQuotes)
	assert.Equal(t, int64(2), rep.Totals.RejectedQuotes)
	assert.Equal(t, int64(1), rep.Totals.RecordsQuoted, "record b has no quote left")
	assert.Equal(t, map[string]int64{"Ann Lee": 2, "Cy Poe": 1}, speakers(rep))
	assert.Equal(t, "excluded", rep.Settings.Rejected)

	opt := DefaultOptions()
	opt.IncludeRejected = true
	rep = buildReport(t, recs, opt)
	assert.Equal(t, int64(5), rep.Totals.Quotes)
	assert.Equal(t, int64(0), rep.Totals.RejectedQuotes)
	assert.Equal(t, map[string]int64{"Ann Lee": 2, "Bob Roe": 2, "Cy Poe": 1}, speakers(rep))
}

// TestManyOutletsPage: an outlet rule that makes hundreds of outlets still
// gives a page of bounded size; the data keeps them all.
func TestManyOutletsPage(t *testing.T) {
	b, err := NewBuilder(Options{OutletRule: "source"})
	require.NoError(t, err)
	for i := range 500 {
		b.Add(&pipeline.Record{Schema: pipeline.Schema, ID: "a", Source: "files/" + strconv.Itoa(i) + ".txt", Errors: []string{},
			Quotes: []pipeline.QuoteRecord{{ID: "Q1", Kind: "direct", Text: "x", Start: 0, End: 1}}})
	}
	rep := b.Report()
	assert.Len(t, rep.Outlets, 500)
	var buf strings.Builder
	require.NoError(t, WriteHTML(&buf, rep, HTMLOptions{}))
	page := buf.String()
	assert.Equal(t, 100, strings.Count(page, `<tr data-outlet="files/`)/2, "100 rows in each outlet table")
	assert.Contains(t, page, "… and 400 smaller outlets")
}

// TestPageEscapes: names, ids and messages from the records are text on the
// page, never markup.
func TestPageEscapes(t *testing.T) {
	evil := `<script>alert("x")</script>`
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: "id" + evil, URL: "https://a.example/" + evil, Errors: []string{"stage: " + evil},
		Entities: []pipeline.EntityRecord{{ID: "E1", Type: "person", Name: evil, Mentions: []pipeline.MentionRecord{{Start: 0, End: 1, Text: evil}}}},
		Quotes: []pipeline.QuoteRecord{{ID: "Q1" + evil, Kind: "direct", Text: evil, Start: 0, End: 1,
			Speaker: &pipeline.SpeakerRecord{Form: "name", Text: evil, Name: evil}}},
	}
	opt := DefaultOptions()
	opt.Title = evil
	rep := buildReport(t, []*pipeline.Record{rec}, opt)
	var buf strings.Builder
	require.NoError(t, WriteHTML(&buf, rep, HTMLOptions{Inputs: []string{evil}, Generated: evil}))
	page := buf.String()
	assert.NotContains(t, page, "<script")
	assert.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
}

// TestNoTemplatePackage: the page is written without html/template, whose
// reflection would make the linker keep every method of the sayso binary.
func TestNoTemplatePackage(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range file.Imports {
			assert.NotContains(t, []string{`"html/template"`, `"text/template"`}, imp.Path.Value, f)
		}
	}
}
