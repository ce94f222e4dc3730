package report

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/sayso/sayso/batch"
	"github.com/sayso/sayso/extractors"
	"github.com/sayso/sayso/ingest"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedDir finds the project's read-only data: $SAYSO_SHARED, else
// ../shared beside the module root, else /work/shared.
func sharedDir(t testing.TB) string {
	if d := os.Getenv("SAYSO_SHARED"); d != "" {
		return d
	}
	for _, d := range []string{"../../shared", "/work/shared"} {
		if _, err := os.Stat(filepath.Join(d, "data", "polnear")); err == nil {
			return d
		}
	}
	t.Fatalf("shared data not found: set SAYSO_SHARED")
	return ""
}

var dev struct {
	once sync.Once
	recs []*pipeline.Record
	err  error
}

// polnearDevRecords runs the default pipeline over the PolNeAR dev articles
// (once per test binary) and returns their records, text included.
func polnearDevRecords(t testing.TB) []*pipeline.Record {
	path := filepath.Join(sharedDir(t), "data", "polnear", "dev", "articles.jsonl")
	dev.once.Do(func() {
		p, err := extractors.New()
		if err != nil {
			dev.err = err
			return
		}
		r := ingest.Open([]string{path}, ingest.DefaultOptions())
		defer r.Close()
		for {
			a, ok := r.Next()
			if !ok {
				break
			}
			dev.recs = append(dev.recs, batch.Process(p, a, pipeline.RecordOptions{}))
		}
	})
	require.NoError(t, dev.err)
	require.Len(t, dev.recs, 84, "PolNeAR dev has 84 articles")
	return dev.recs
}

// polnearGoldRecords are the dev records with their quotes replaced by the
// hand-resolved gold quotes (no speaker form: the report classifies them by
// shape), the speaker linked to the entity whose mention it overlaps when
// the names agree. Their quote tables are full whatever the state of the
// quote extractor.
func polnearGoldRecords(t testing.TB) []*pipeline.Record {
	type goldSpeaker struct {
		Start, End int
		Text, Name string
	}
	type goldQuote struct {
		Kind       string
		Start, End int
		Text       string
		Speaker    *goldSpeaker
	}
	f, err := os.Open(filepath.Join(sharedDir(t), "data", "polnear", "dev", "gold-resolved.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	gold := map[string][]goldQuote{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g struct {
			ID     string
			Quotes []goldQuote
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		gold[g.ID] = g.Quotes
	}
	require.NoError(t, sc.Err())

	var out []*pipeline.Record
	for _, src := range polnearDevRecords(t) {
		rec := *src
		rec.Quotes = nil
		for i, g := range gold[rec.ID] {
			q := pipeline.QuoteRecord{ID: "Q" + itoa(i+1), Kind: g.Kind, Text: g.Text, Start: g.Start, End: g.End, Confidence: 1}
			if sp := g.Speaker; sp != nil {
				q.Speaker = &pipeline.SpeakerRecord{Text: sp.Text, Start: sp.Start, End: sp.End, Name: sp.Name}
				for _, e := range rec.Entities {
					if e.Name != sp.Name {
						continue
					}
					for _, m := range e.Mentions {
						if m.Start < sp.End && sp.Start < m.End {
							q.Speaker.Entity = e.ID
						}
					}
				}
			}
			rec.Quotes = append(rec.Quotes, q)
		}
		out = append(out, &rec)
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

func gzipped(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func buildReport(t testing.TB, recs []*pipeline.Record, opt Options) *Report {
	b, err := NewBuilder(opt)
	require.NoError(t, err)
	for _, r := range recs {
		b.Add(r)
	}
	return b.Report()
}

// TestPolNeARDev builds the report for the pipeline's records of the
// PolNeAR dev articles and checks it against counts made here, record by
// record, without the report's code.
func TestPolNeARDev(t *testing.T) {
	recs := polnearDevRecords(t)
	opt := DefaultOptions()
	opt.Top = 1000 // every row, to compare whole tables
	rep := buildReport(t, recs, opt)
	checkIndependentCounts(t, recs, rep)
	assert.Equal(t, int64(84), rep.Totals.Records)
	assert.Len(t, rep.Outlets, 7, "seven publishers")
	assert.Equal(t, "day", rep.Settings.Bucket, "dev spans about a month")
	also := map[string][]string{}
	for _, s := range rep.Speakers {
		also[s.Name] = s.Also
	}
	assert.Equal(t, []string{"Obama"}, also["Barack Obama"], `articles that never write "Barack Obama" quote "Obama"`)
	assert.NotContains(t, also, "Obama")
}

// TestPolNeARGold does the same over the dev records with the gold quotes,
// so that every quote table has something to check.
func TestPolNeARGold(t *testing.T) {
	recs := polnearGoldRecords(t)
	opt := DefaultOptions()
	opt.Top = 1000
	rep := buildReport(t, recs, opt)
	checkIndependentCounts(t, recs, rep)
	require.Greater(t, rep.Totals.Quotes, int64(1000))
	require.NotEmpty(t, rep.Speakers)
	assert.Equal(t, "Donald Trump", rep.Speakers[0].Name, "the most quoted speaker of 2016 election news")
	assert.Greater(t, rep.Sourcing.Anonymous, int64(20), "PolNeAR has anonymous sources (\"sources said\")")
	var descs []string
	for _, d := range rep.Descriptions {
		descs = append(descs, d.Description)
	}
	assert.Contains(t, descs, "a source")
}

// checkIndependentCounts recounts what the report shows with plain maps.
func checkIndependentCounts(t *testing.T, recs []*pipeline.Record, rep *Report) {
	t.Helper()
	type sourcing struct{ quotes, named, anon, unres, unattr int64 }
	var (
		quotes, direct, indirect, mixed, mentions, entities, quoted, invalid int64
		outletRecords                                                        = map[string]int64{}
		outletSourcing                                                       = map[string]*sourcing{}
		dayRecords                                                           = map[string]int64{}
		speakers                                                             = map[string]int64{}
		speakerRecords                                                       = map[string]map[string]bool{}
		descriptions                                                         = map[string]int64{}
		entityMentions                                                       = map[string]int64{}
		entityRecords                                                        = map[string]map[string]bool{}
		pairs                                                                = map[string]int64{}
		total                                                                sourcing
	)
	for _, r := range recs {
		outlet := r.ID[:strings.IndexByte(r.ID, '_')] // PolNeAR: outlet_YYYY-MM-DD_slug
		day := strings.Split(r.ID, "_")[1]
		outletRecords[outlet]++
		dayRecords[day]++
		if len(r.Validate()) > 0 {
			invalid++
		}
		if outletSourcing[outlet] == nil {
			outletSourcing[outlet] = &sourcing{}
		}
		names := map[string]string{}
		for _, e := range r.Entities {
			entities++
			mentions += int64(len(e.Mentions))
			names[e.ID] = e.Name
			key := e.Type + "/" + e.Name
			entityMentions[key] += int64(len(e.Mentions))
			if entityRecords[key] == nil {
				entityRecords[key] = map[string]bool{}
			}
			entityRecords[key][r.ID] = true
		}
		if len(r.Quotes) > 0 {
			quoted++
		}
		for _, q := range r.Quotes {
			quotes++
			switch q.Kind {
			case "direct":
				direct++
			case "indirect":
				indirect++
			case "mixed":
				mixed++
			}
			cls, name := Classify(q.Speaker, names)
			for _, s := range []*sourcing{&total, outletSourcing[outlet]} {
				s.quotes++
				switch cls {
				case Named:
					s.named++
				case Anonymous:
					s.anon++
				case Unresolved:
					s.unres++
				case Unattributed:
					s.unattr++
				}
			}
			who := ""
			switch cls {
			case Named:
				who = name
				speakers[name]++
				if speakerRecords[name] == nil {
					speakerRecords[name] = map[string]bool{}
				}
				speakerRecords[name][r.ID] = true
			case Anonymous:
				who = AnonymousSpeaker
				descriptions[strings.ToLower(name)]++
			}
			if who == "" {
				continue
			}
			for _, e := range r.Entities {
				if q.Speaker != nil && e.ID == q.Speaker.Entity || e.Name == who {
					continue
				}
				for _, m := range e.Mentions {
					if m.Start >= q.Start && m.End <= q.End {
						pairs[who+" → "+e.Type+"/"+e.Name]++
						break
					}
				}
			}
		}
	}

	tt := rep.Totals
	assert.Equal(t, int64(len(recs)), tt.Records)
	assert.Equal(t, quotes, tt.Quotes, "quotes")
	assert.Equal(t, []int64{direct, indirect, mixed}, []int64{tt.Direct, tt.Indirect, tt.Mixed}, "quote kinds")
	assert.Equal(t, mentions, tt.Mentions, "mentions")
	assert.Equal(t, entities, tt.Entities, "entities")
	assert.Equal(t, quoted, tt.RecordsQuoted, "records with quotes")
	assert.Equal(t, invalid, tt.Invalid, "invalid records")
	// Rows may merge a single-word name into a fuller one ("Obama" into
	// "Barack Obama"): the rule is tested in TestMergeTargets; here every
	// number of a row must be the sum of its names', articles counted once.
	rowOf := map[string]string{}
	var merged int64
	for _, s := range rep.Speakers {
		rowOf[s.Name] = s.Name
		for _, alias := range s.Also {
			rowOf[alias] = s.Name
			merged++
			assert.NotContains(t, alias, " ", "%s: only single words merge", s.Name)
			assert.True(t, strings.HasSuffix(s.Name, " "+alias), "%s ends with %s", s.Name, alias)
			assert.Equal(t, "person", s.Kind, "%s: merges go into people", s.Name)
		}
	}
	rowNames := func(row string) []string {
		var names []string
		for name, r := range rowOf {
			if r == row {
				names = append(names, name)
			}
		}
		return names
	}
	rowQuotes, rowRecords, rowPairs := map[string]int64{}, map[string]map[string]bool{}, map[string]int64{}
	for name, n := range speakers {
		row := rowOf[name]
		rowQuotes[row] += n
		if rowRecords[row] == nil {
			rowRecords[row] = map[string]bool{}
		}
		for id := range speakerRecords[name] {
			rowRecords[row][id] = true
		}
	}
	for key, n := range pairs {
		who, entity, _ := strings.Cut(key, " → ")
		row := rowOf[who]
		if row == "" {
			row = who // anonymous sources
		}
		_, name, _ := strings.Cut(entity, "/")
		if names := rowNames(row); len(names) > 1 && slices.Contains(names, name) {
			continue // the speaker's own name, once merged
		}
		rowPairs[row+" → "+entity] += n
	}
	assert.Equal(t, merged, tt.MergedSpeakerNames, "merged names")
	assert.Equal(t, int64(len(speakers))-merged, tt.Speakers, "distinct speakers")
	assert.True(t, tt.SpeakersExact)
	assert.Equal(t, []int64{total.quotes, total.named, total.anon, total.unres, total.unattr},
		[]int64{rep.Sourcing.Quotes, rep.Sourcing.Named, rep.Sourcing.Anonymous, rep.Sourcing.Unresolved, rep.Sourcing.Unattributed}, "sourcing")

	gotOutlets := map[string]int64{}
	for _, o := range rep.Outlets {
		gotOutlets[o.Outlet] = o.Records
		assert.Equal(t, outletSourcing[o.Outlet].quotes, o.Quotes, "quotes of %s", o.Outlet)
	}
	assert.Equal(t, outletRecords, gotOutlets, "records per outlet")
	for _, s := range rep.SourcingOutlet {
		want := outletSourcing[s.Key]
		require.NotNil(t, want, s.Key)
		assert.Equal(t, []int64{want.quotes, want.named, want.anon, want.unres, want.unattr},
			[]int64{s.Quotes, s.Named, s.Anonymous, s.Unresolved, s.Unattributed}, "sourcing of %s", s.Key)
	}
	gotDays := map[string]int64{}
	for _, d := range rep.Timeline {
		gotDays[d.Period] = d.Records
	}
	assert.Equal(t, dayRecords, gotDays, "records per day")

	gotSpeakers := map[string]int64{}
	for _, s := range rep.Speakers {
		gotSpeakers[s.Name] = s.Quotes
		assert.Equal(t, int64(len(rowRecords[s.Name])), s.Records, "records quoting %s", s.Name)
		assert.InDelta(t, float64(s.Quotes)/float64(quotes), s.Share, 0.0001, "share of %s", s.Name)
		assert.Equal(t, s.Quotes, s.Direct+s.Indirect+s.Mixed, "kinds of %s", s.Name)
		checkEvidence(t, recs, s.Evidence, func(q *pipeline.QuoteRecord, names map[string]string) bool {
			cls, name := Classify(q.Speaker, names)
			return cls == Named && rowOf[name] == s.Name
		})
	}
	assert.Equal(t, rowQuotes, gotSpeakers, "quotes per speaker")
	for i := 1; i < len(rep.Speakers); i++ {
		assert.GreaterOrEqual(t, rep.Speakers[i-1].Quotes, rep.Speakers[i].Quotes, "speakers are ranked")
	}
	gotDescs := map[string]int64{}
	for _, d := range rep.Descriptions {
		gotDescs[strings.ToLower(d.Description)] = d.Quotes
	}
	assert.Equal(t, descriptions, gotDescs, "quotes per anonymous description")

	gotMentions := map[string]int64{}
	for _, rows := range [][]EntityRow{rep.People, rep.Places, rep.Organizations} {
		for _, e := range rows {
			key := e.Type + "/" + e.Name
			gotMentions[key] = e.Mentions
			assert.Equal(t, int64(len(entityRecords[key])), e.Records, "records mentioning %s", key)
			for _, ref := range e.Evidence {
				assert.True(t, hasMention(recs, ref, e.Type, e.Name), "evidence %v of %s is a mention of it", ref, key)
			}
		}
	}
	assert.Equal(t, entityMentions, gotMentions, "mentions per entity")

	gotPairs := map[string]int64{}
	for _, p := range rep.SpeakerEntities {
		gotPairs[p.Speaker+" → "+p.EntityType+"/"+p.Entity] = p.Quotes
	}
	assert.Equal(t, rowPairs, gotPairs, "speaker–entity pairs")
}

// checkEvidence asserts that every reference points at a quote of its
// record with the same offsets and text, and that the quote is one the row
// counts.
func checkEvidence(t *testing.T, recs []*pipeline.Record, refs []Ref, counted func(*pipeline.QuoteRecord, map[string]string) bool) {
	t.Helper()
	require.NotEmpty(t, refs, "a row without evidence")
	for _, ref := range refs {
		rec := findRecord(recs, ref.Record)
		require.NotNil(t, rec, "evidence names record %q", ref.Record)
		names := map[string]string{}
		for _, e := range rec.Entities {
			names[e.ID] = e.Name
		}
		found := false
		for i := range rec.Quotes {
			q := &rec.Quotes[i]
			if q.ID != ref.Quote {
				continue
			}
			found = true
			assert.Equal(t, []int{q.Start, q.End}, []int{ref.Start, ref.End}, "offsets of %v", ref)
			assert.True(t, counted(q, names), "%v is counted by its row", ref)
			if runes := []rune(rec.Text); q.End <= len(runes) && q.Start <= q.End {
				assert.True(t, strings.HasPrefix(strings.Join(strings.Fields(string(runes[q.Start:q.End])), " "), strings.Join(strings.Fields(strings.TrimSuffix(ref.Text, "…")), " ")), "text[%d:%d] of %s starts with the evidence's text", q.Start, q.End, ref.Record)
			}
		}
		assert.True(t, found, "quote %s of %s", ref.Quote, ref.Record)
	}
}

func hasMention(recs []*pipeline.Record, ref Ref, typ, name string) bool {
	rec := findRecord(recs, ref.Record)
	if rec == nil {
		return false
	}
	for _, e := range rec.Entities {
		if e.Type != typ || e.Name != name {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start == ref.Start && m.End == ref.End && m.Text == ref.Text {
				return true
			}
		}
	}
	return false
}

func findRecord(recs []*pipeline.Record, id string) *pipeline.Record {
	for _, r := range recs {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// TestPolNeARThroughFiles writes the dev records as YAML and JSON Lines
// (gzip-compressed too) and checks that reading them back gives the same
// report as adding them directly.
func TestPolNeARThroughFiles(t *testing.T) {
	// Without the article text: it is most of the bytes, and reading it
	// back under the race detector would make this the slowest test.
	var recs []*pipeline.Record
	for _, r := range polnearGoldRecords(t) {
		c := *r
		c.Text = ""
		recs = append(recs, &c)
	}
	want := buildReport(t, recs, DefaultOptions())
	dir := t.TempDir()
	var yml, jsonl bytes.Buffer
	yw, jw := pipeline.NewYAMLWriter(&yml), pipeline.NewJSONLWriter(&jsonl)
	for _, r := range recs {
		require.NoError(t, yw.Write(r))
		require.NoError(t, jw.Write(r))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.yaml"), yml.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), gzipped(t, jsonl.Bytes()), 0o644))
	for _, in := range []string{"a.yaml", "b.jsonl.gz"} {
		b, err := NewBuilder(DefaultOptions())
		require.NoError(t, err)
		assert.Equal(t, int64(len(recs)), b.ReadFiles([]string{filepath.Join(dir, in)}, nil), in)
		got := b.Report()
		assert.Equal(t, want, got, "report from %s", in)
	}
	// A directory holds both: every number doubles.
	b, err := NewBuilder(DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, int64(2*len(recs)), b.ReadFiles([]string{dir}, nil))
	got := b.Report()
	assert.Equal(t, 2*want.Totals.Quotes, got.Totals.Quotes)
	names := func(rows []SpeakerRow) []string {
		var s []string
		for _, r := range rows {
			s = append(s, r.Name)
		}
		sort.Strings(s)
		return s
	}
	assert.Equal(t, names(want.Speakers), names(got.Speakers))
}
