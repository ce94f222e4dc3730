package report

import (
	"sort"
	"strings"
	"time"

	"github.com/sayso/sayso/pipeline"
)

// Report returns the report of the records added so far. The builder can
// go on counting afterwards.
func (b *Builder) Report() *Report {
	r := &Report{
		Title: b.opt.Title,
		Settings: Settings{
			OutletRule: b.opt.OutletRule,
			DateRule:   b.opt.DateRule,
			Capacity:   b.opt.Capacity,
			Evidence:   b.opt.Evidence,
			Top:        b.opt.Top,
			Validate:   b.opt.Validate,
			Rejected:   "excluded",
		},
		Totals:   b.totals,
		Sourcing: b.sourcing,
	}
	r.Sourcing.finish()
	if b.opt.IncludeRejected {
		r.Settings.Rejected = "included"
	}
	quotes := float64(max(b.totals.Quotes, 1))

	merge := planMerges(b.speakers.sorted())
	r.Speakers = b.speakerRows(merge, quotes)
	for _, c := range top(b.descriptions, b.opt.Top) {
		r.Descriptions = append(r.Descriptions, DescriptionRow{
			Description: c.Val.display, Quotes: c.Count, Overcount: c.Err,
			Share: round4(float64(c.Count) / quotes), Evidence: c.Val.evidence.refs(),
		})
	}
	for t, dst := range map[pipeline.EntityType]*[]EntityRow{
		pipeline.Person: &r.People, pipeline.Place: &r.Places, pipeline.Organization: &r.Organizations,
	} {
		for _, c := range top(b.entities[t], b.opt.Top) {
			*dst = append(*dst, EntityRow{
				Type: t.String(), Name: c.Key, Mentions: c.Count, Overcount: c.Err,
				Records: c.Val.records, InQuotes: c.Val.inQuotes, Quoted: c.Val.quoted,
				Evidence: c.Val.evidence,
			})
		}
	}
	r.SpeakerEntities = b.pairRows(merge)

	// Outlets: every one kept, most records first.
	for _, c := range b.outletTab.sorted() {
		a := &c.Val
		row := OutletRow{
			Outlet: c.Key, Records: c.Count, Overcount: c.Err,
			Failed: a.failed, WithProblems: a.problems,
			Quotes: a.sourcing.Quotes, Mentions: a.mentions,
			Evidence: a.evidence,
		}
		if a.dated {
			row.FirstDate, row.LastDate = dayString(a.first), dayString(a.last)
		}
		r.Outlets = append(r.Outlets, row)
		src := a.sourcing
		src.Key = c.Key
		src.finish()
		r.SourcingOutlet = append(r.SourcingOutlet, src)
	}
	r.Totals.Outlets = int64(b.outletTab.len())
	if !b.outletTab.exact() {
		r.Totals.Outlets = b.distinctOf["outlets"].estimate()
	}

	r.Settings.Bucket, r.Timeline = b.timeline()
	for i := range r.Timeline {
		s := r.Timeline[i].Sourcing
		s.Key = r.Timeline[i].Period
		r.SourcingTime = append(r.SourcingTime, s)
	}
	if n := len(r.Timeline); n > 0 {
		first, last := b.dayRange()
		r.Totals.FirstDate, r.Totals.LastDate = dayString(first), dayString(last)
	}

	for _, c := range top(b.errKinds, b.opt.Top) {
		r.Errors.Kinds = append(r.Errors.Kinds, ErrorKind{Kind: c.Key, Count: c.Count, Overcount: c.Err, Example: c.Val})
	}
	r.Errors.Records = b.errRecords
	r.Errors.More = b.errMore
	r.Totals.WithErrors = int64(len(b.errRecords)) + b.errMore

	r.Tables = []TableNote{
		note(b, "speakers", b.speakers),
		note(b, "anonymous descriptions", b.descriptions),
		note(b, "person", b.entities[pipeline.Person]),
		note(b, "place", b.entities[pipeline.Place]),
		note(b, "organization", b.entities[pipeline.Organization]),
		note(b, "speaker–entity pairs", b.pairs),
		note(b, "outlets", b.outletTab),
		note(b, "error kinds", b.errKinds),
	}
	r.Totals.MergedSpeakerNames = int64(len(merge.target))
	r.Totals.Speakers = r.Tables[0].Keys - r.Totals.MergedSpeakerNames
	r.Totals.SpeakersExact = r.Tables[0].Exact
	return r
}

// speakerRows returns the most quoted speakers, each single-word name the
// plan merges counted in its fuller name's row.
func (b *Builder) speakerRows(merge *speakerMerge, quotes float64) []SpeakerRow {
	shared := b.sharedRecordsOf(merge)
	var rows []SpeakerRow
	for _, c := range b.speakers.sorted() {
		if _, merged := merge.target[c.Key]; merged {
			continue
		}
		group := []*counter[speakerAgg]{c}
		for _, alias := range merge.aliases[c.Key] {
			group = append(group, b.speakers.get(alias))
		}
		a, count, overcount, evidence := mergedSpeaker(group, b.opt.Evidence)
		a.records -= shared[c.Key]
		row := SpeakerRow{
			Name:      c.Key,
			Also:      merge.aliases[c.Key],
			Kind:      a.kind(),
			Quotes:    count,
			Overcount: overcount,
			Share:     round4(float64(count) / quotes),
			Direct:    a.kinds[0],
			Indirect:  a.kinds[1],
			Mixed:     a.kinds[2],
			Records:   a.records,
			Evidence:  evidence,
		}
		if row.Kind == pipeline.Person.String() {
			// One article in five at least: a single sighting among many
			// articles is more likely a misreading than an affiliation.
			// An article quoting two of a row's names votes for each, so
			// votes are capped at the row's articles.
			if org, votes := a.affil.top(); votes > 0 && votes*minAffiliationShare >= a.records {
				row.Organization, row.OrganizationVotes = org, min(votes, a.records)
			}
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Quotes != rows[j].Quotes {
			return rows[i].Quotes > rows[j].Quotes
		}
		return rows[i].Name < rows[j].Name
	})
	return rows[:min(len(rows), b.opt.Top)]
}

// pairRows returns the speaker–entity pairs most often found together,
// each speaker under its row's name. A pair whose entity bears one of the
// row's names is left out, as a speaker's own name is when counting.
func (b *Builder) pairRows(merge *speakerMerge) []PairRow {
	type pairAgg struct {
		row   PairRow
		lists []*refList
	}
	byKey := map[string]*pairAgg{}
	var keys []string
	for _, c := range b.pairs.sorted() {
		parts := strings.SplitN(c.Key, "\x00", 3)
		speaker := merge.rowOf(parts[0])
		if merge.isNameOf(speaker, parts[2]) {
			continue
		}
		key := speaker + "\x00" + parts[1] + "\x00" + parts[2]
		p := byKey[key]
		if p == nil {
			p = &pairAgg{row: PairRow{Speaker: speaker, EntityType: parts[1], Entity: parts[2]}}
			byKey[key] = p
			keys = append(keys, key)
		}
		p.row.Quotes += c.Count
		p.row.Overcount += c.Err
		p.lists = append(p.lists, &c.Val.evidence)
	}
	sort.SliceStable(keys, func(i, j int) bool {
		qi, qj := byKey[keys[i]].row.Quotes, byKey[keys[j]].row.Quotes
		if qi != qj {
			return qi > qj
		}
		return keys[i] < keys[j]
	})
	var rows []PairRow
	for _, k := range keys[:min(len(keys), 2*b.opt.Top)] {
		p := byKey[k]
		p.row.Evidence = mergeRefs(b.opt.Evidence, p.lists...)
		rows = append(rows, p.row)
	}
	return rows
}

// minAffiliationShare: a speaker's organization is shown when it was found
// in at least 1/minAffiliationShare of the articles quoting them.
const minAffiliationShare = 5

func top[V any](t *topK[V], n int) []*counter[V] {
	s := t.sorted()
	if len(s) > n {
		s = s[:n]
	}
	return s
}

func note[V any](b *Builder, table string, t *topK[V]) TableNote {
	n := TableNote{Table: table, Kept: t.len(), Exact: t.exact(), Keys: int64(t.len())}
	if !n.Exact {
		if d := b.distinctOf[table]; d != nil {
			n.Keys = max(d.estimate(), int64(n.Kept))
		}
		for _, c := range t.heap {
			n.MaxOvercount = max(n.MaxOvercount, c.Err)
		}
	}
	return n
}

func (b *Builder) dayRange() (first, last int32) {
	started := false
	for d := range b.days {
		if !started || d < first {
			first = d
		}
		if !started || d > last {
			last = d
		}
		started = true
	}
	return first, last
}

// timeline sums the per-day counts into the report's buckets. With "auto",
// days are used up to three months of dates, weeks up to three years, and
// months beyond.
func (b *Builder) timeline() (string, []TimeRow) {
	bucket := b.opt.Bucket
	if len(b.days) == 0 {
		if bucket == "auto" {
			bucket = "day"
		}
		return bucket, nil
	}
	first, last := b.dayRange()
	if bucket == "auto" {
		switch span := last - first; {
		case span <= 92:
			bucket = "day"
		case span <= 3*366:
			bucket = "week"
		default:
			bucket = "month"
		}
	}
	days := make([]int32, 0, len(b.days))
	for d := range b.days {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	var rows []TimeRow
	for _, d := range days {
		period := bucketStart(d, bucket)
		if len(rows) == 0 || rows[len(rows)-1].Period != period {
			rows = append(rows, TimeRow{Period: period})
		}
		row := &rows[len(rows)-1]
		a := b.days[d]
		row.Records += a.records
		s := &row.Sourcing
		for c := Sourcing(0); c < numSourcing; c++ {
			s.add(c, a.sourcing.Count(c))
			ev := s.Evidence.of(c)
			for _, ref := range a.sourcing.Evidence.Of(c) {
				if len(*ev) < b.opt.Evidence {
					*ev = append(*ev, ref)
				}
			}
		}
	}
	for i := range rows {
		rows[i].Sourcing.finish()
	}
	return bucket, rows
}

func dayTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func dayString(d int32) string {
	return dayTime(d).Format("2006-01-02")
}

// bucketStart names the bucket of day d by its first day.
func bucketStart(d int32, bucket string) string {
	t := dayTime(d)
	switch bucket {
	case "week":
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		t = t.AddDate(0, 0, -back)
	case "month":
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format("2006-01-02")
}
