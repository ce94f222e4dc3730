// Package synth generates plausible sayso records in any number, for
// benchmarks and memory tests of the report: Zipf-distributed speakers and
// entities over large vocabularies (so that the report's bounded tables
// have to drop keys), anonymous and unresolved sources, several outlets and
// two years of dates. Records carry no article text.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/sayso/sayso/pipeline"
)

// Generator makes records; the same seed gives the same records.
type Generator struct {
	rng                               *rand.Rand
	speakers, people, places, orgs    *rand.Zipf
	outlets                           []string
	descriptions                      []string
	quoteText                         string
	NumSpeakers, NumPeople, NumPlaces int
	NumOrgs                           int
}

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	rng := rand.New(rand.NewPCG(seed, 0x5a7e5a7e))
	g := &Generator{
		rng:          rng,
		NumSpeakers:  200000,
		NumPeople:    100000,
		NumPlaces:    20000,
		NumOrgs:      30000,
		outlets:      []string{"nyt", "wash-post", "usa-today", "politico", "breitbart", "huff-post", "west-journal", "reuters", "ap", "guardian", "bbc", "cnn"},
		descriptions: []string{"a source", "sources", "an official", "a senior official", "a spokesman", "two people familiar with the matter", "officials", "an aide", "a person close to the campaign", "analysts"},
		quoteText:    "We will keep working with our partners to make sure this never happens again, and we expect answers.",
	}
	g.speakers = rand.NewZipf(rng, 1.1, 2, uint64(g.NumSpeakers-1))
	g.people = rand.NewZipf(rng, 1.1, 2, uint64(g.NumPeople-1))
	g.places = rand.NewZipf(rng, 1.1, 2, uint64(g.NumPlaces-1))
	g.orgs = rand.NewZipf(rng, 1.1, 2, uint64(g.NumOrgs-1))
	return g
}

// Record returns the i-th record.
func (g *Generator) Record(i int) *pipeline.Record {
	rng := g.rng
	outlet := g.outlets[rng.IntN(len(g.outlets))]
	day := 16800 + rng.IntN(730) // days since 1970: 2015-12-31 and two years on
	date := dayTime(day)
	rec := &pipeline.Record{
		Schema:    pipeline.Schema,
		ID:        outlet + "_" + date + "_article-" + strconv.Itoa(i),
		Source:    "synthetic.jsonl:" + strconv.Itoa(i+1),
		Published: date,
		Errors:    []string{},
	}
	if rng.IntN(1000) == 0 {
		rec.Error = "cannot read input: synthetic failure"
		return rec
	}
	if rng.IntN(200) == 0 {
		rec.Errors = append(rec.Errors, "entities: synthetic problem "+strconv.Itoa(rng.IntN(5)))
	}
	pos := 0
	nEnt := 6 + rng.IntN(6)
	for e := 0; e < nEnt; e++ {
		var typ, name string
		switch r := rng.IntN(10); {
		case r < 5:
			typ, name = "person", "Person "+strconv.FormatUint(g.people.Uint64(), 10)
		case r < 8:
			typ, name = "place", "Place "+strconv.FormatUint(g.places.Uint64(), 10)
		default:
			typ, name = "organization", "Organization "+strconv.FormatUint(g.orgs.Uint64(), 10)
		}
		er := pipeline.EntityRecord{ID: pipeline.EntityID(e), Type: typ, Name: name}
		for m := 1 + rng.IntN(3); m > 0; m-- {
			er.Mentions = append(er.Mentions, pipeline.MentionRecord{Start: pos, End: pos + len(name), Text: name})
			pos += len(name) + 40 + rng.IntN(200)
		}
		rec.Entities = append(rec.Entities, er)
	}
	nQ := rng.IntN(10)
	for q := 0; q < nQ; q++ {
		// Quotes cover stretches of the mention positions, so that some
		// entities fall inside them.
		start := rng.IntN(pos + 1)
		end := start + 100 + rng.IntN(300)
		qr := pipeline.QuoteRecord{
			ID: "Q" + strconv.Itoa(q+1), Kind: [...]string{"direct", "indirect", "mixed"}[rng.IntN(3)],
			Text: g.quoteText, Start: start, End: end, Confidence: 0.8,
		}
		switch r := rng.IntN(20); {
		case r < 13:
			name := "Speaker " + strconv.FormatUint(g.speakers.Uint64(), 10)
			qr.Speaker = &pipeline.SpeakerRecord{Text: name, Start: end + 8, End: end + 8 + len(name), Form: "name", Name: name}
		case r < 17:
			d := g.descriptions[rng.IntN(len(g.descriptions))]
			qr.Speaker = &pipeline.SpeakerRecord{Text: d, Start: end + 8, End: end + 8 + len(d), Form: "description", Name: d}
		case r < 19:
			qr.Speaker = &pipeline.SpeakerRecord{Text: "he", Start: end + 2, End: end + 4, Form: "pronoun"}
		}
		rec.Quotes = append(rec.Quotes, qr)
	}
	return rec
}

func dayTime(day int) string {
	// Civil-from-days (Howard Hinnant's algorithm), to avoid time.Time in
	// the generator's hot path.
	z := day + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}
