package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// Options control what a report counts and how much it keeps.
type Options struct {
	Title      string
	OutletRule string // see DefaultOutletRule
	DateRule   string // see DefaultDateRule
	Bucket     string // day, week, month or auto (by the span of dates)
	// Capacity is the number of keys each table keeps while counting
	// (speakers, descriptions, entities of each type, speaker–entity
	// pairs, outlets, error kinds). Counts are exact while a table has no
	// more distinct keys than this; memory grows with it.
	Capacity int
	// Evidence is the number of quotes or mentions kept behind each row.
	Evidence int
	// Top is the number of rows each ranked table shows.
	Top int
	// MaxErrorRecords is the number of records with errors listed by id.
	MaxErrorRecords int
	// Validate checks every record against the schema and lists those that
	// fail (pipeline.Record.Validate).
	Validate bool
	// IncludeRejected counts quotes a reviewer rejected (review.status
	// "rejected"); by default they are left out of every table and only
	// counted in Totals.RejectedQuotes. Edited quotes count as edited.
	IncludeRejected bool
}

// DefaultOptions are the options of `sayso report`.
func DefaultOptions() Options {
	return Options{
		Title:           "Who is quoted",
		OutletRule:      DefaultOutletRule,
		DateRule:        DefaultDateRule,
		Bucket:          "auto",
		Capacity:        10000,
		Evidence:        5,
		Top:             25,
		MaxErrorRecords: 200,
		Validate:        true,
	}
}

// Builder accumulates the counts of a report one record at a time. It is
// not safe for concurrent use.
type Builder struct {
	opt     Options
	outlets []outletFunc
	dates   []dateFunc
	seq     int64 // records added so far: marks per-record first occurrences

	totals   Totals
	sourcing SourcingRow

	speakers     *topK[speakerAgg]
	descriptions *topK[evidenceAgg]
	entities     [4]*topK[entityAgg] // indexed by pipeline.EntityType
	pairs        *topK[evidenceAgg]
	outletTab    *topK[outletAgg]
	errKinds     *topK[string] // payload: an example record id
	days         map[int32]*dayAgg

	distinctOf map[string]*distinct // per table, once it has dropped keys

	// sharedRecords counts the records that quote two names of one
	// surname, one of them a single word (see countSharedRecords). Keys
	// are the names joined by NUL.
	sharedRecords *topK[struct{}]

	errRecords []ErrorRecord
	errMore    int64

	rec recordScratch // reused for every record
}

type speakerAgg struct {
	kinds      [3]int64 // direct, indirect, mixed
	records    int64
	lastRecord int64
	person     int64 // quotes whose speaker resolves to a person entity
	org        int64 // … to an organization entity
	affil      smallTop
	evidence   refList
}

type evidenceAgg struct {
	display  string // the key as first written, for keys compared in lower case
	evidence refList
}

type entityAgg struct {
	records    int64
	lastRecord int64
	inQuotes   int64
	quoted     int64
	evidence   []Ref
}

type outletAgg struct {
	failed, problems int64
	mentions         int64
	dated            bool
	first, last      int32 // day numbers (days since 1970-01-01), when dated
	sourcing         SourcingRow
	evidence         []Ref
}

type dayAgg struct {
	records  int64
	sourcing SourcingRow
}

// recordScratch is the per-record state, kept to reuse its memory.
type recordScratch struct {
	ents     map[string]string // entity id → name, for Classify
	entIdx   map[string]int    // entity id → index into info
	info     []entInfo
	mentions []mentionAt // every mention of the record, by start
	seen     []int       // entities already counted for the current quote
	affil    map[int]string
	runes    *pipeline.RuneIndex
	key      []byte   // scratch for composite keys
	quoted   []string // named speakers of the record, each once
	surnames []speakerSurname
	group    []string
}

type entInfo struct {
	typ  pipeline.EntityType
	name string
	id   string
}

type mentionAt struct {
	start, end int
	ent        int
}

// NewBuilder returns a builder with the given options; zero fields take
// their default.
func NewBuilder(opt Options) (*Builder, error) {
	def := DefaultOptions()
	if opt.OutletRule == "" {
		opt.OutletRule = def.OutletRule
	}
	if opt.DateRule == "" {
		opt.DateRule = def.DateRule
	}
	if opt.Bucket == "" {
		opt.Bucket = def.Bucket
	}
	switch opt.Bucket {
	case "auto", "day", "week", "month":
	default:
		return nil, fmt.Errorf("unknown bucket %q (want day, week, month or auto)", opt.Bucket)
	}
	if opt.Capacity <= 0 {
		opt.Capacity = def.Capacity
	}
	if opt.Evidence < 0 {
		opt.Evidence = 0
	}
	if opt.Top <= 0 {
		opt.Top = def.Top
	}
	if opt.MaxErrorRecords < 0 {
		opt.MaxErrorRecords = 0
	}
	if opt.Title == "" {
		opt.Title = def.Title
	}
	outlets, err := parseOutletRule(opt.OutletRule)
	if err != nil {
		return nil, err
	}
	dates, err := parseDateRule(opt.DateRule)
	if err != nil {
		return nil, err
	}
	b := &Builder{
		opt:          opt,
		outlets:      outlets,
		dates:        dates,
		speakers:     newTopK[speakerAgg](opt.Capacity),
		descriptions: newTopK[evidenceAgg](opt.Capacity),
		pairs:        newTopK[evidenceAgg](opt.Capacity),
		outletTab:    newTopK[outletAgg](opt.Capacity),
		errKinds:     newTopK[string](opt.Capacity),
		days:         map[int32]*dayAgg{},
		distinctOf:   map[string]*distinct{},
		// Keys are rare (see countSharedRecords); the capacity bounds
		// a dump where they are not.
		sharedRecords: newTopK[struct{}](opt.Capacity),
		rec: recordScratch{
			ents:   map[string]string{},
			entIdx: map[string]int{},
			affil:  map[int]string{},
		},
	}
	for t := pipeline.Person; t <= pipeline.Organization; t++ {
		b.entities[t] = newTopK[entityAgg](opt.Capacity)
	}
	return b, nil
}

// Outlet returns the outlet the builder's rule gives a record.
func (b *Builder) Outlet(rec *pipeline.Record) string {
	for _, f := range b.outlets {
		if o := f(rec); o != "" {
			return o
		}
	}
	return UnknownOutlet
}

// Date returns the date the builder's rule gives a record.
func (b *Builder) Date(rec *pipeline.Record) (time.Time, bool) {
	for _, f := range b.dates {
		if t, ok := f(rec); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// AddUnreadable counts an input, or a part of one, that could not be read
// as records: a JSON line that does not parse, a YAML syntax error, a file
// that cannot be opened.
func (b *Builder) AddUnreadable(source string, err error) {
	b.totals.Unreadable++
	msg := err.Error()
	b.errKinds.add(errorKind("unreadable: "+msg), 1).Val = source
	b.listError(ErrorRecord{Source: source, Status: "unreadable", Messages: []string{msg}})
}

// Add counts one record.
func (b *Builder) Add(rec *pipeline.Record) {
	b.seq++
	t := &b.totals
	t.Records++
	outlet := b.Outlet(rec)
	oc := count(b, "outlets", b.outletTab, outlet)
	oa := &oc.Val
	if len(oa.evidence) < b.opt.Evidence {
		oa.evidence = append(oa.evidence, Ref{Record: rec.ID})
	}
	var day *dayAgg
	if d, ok := b.Date(rec); ok {
		t.Dated++
		n := int32(d.Unix() / 86400)
		if day = b.days[n]; day == nil {
			day = &dayAgg{}
			b.days[n] = day
		}
		day.records++
		if !oa.dated || n < oa.first {
			oa.first = n
		}
		if !oa.dated || n > oa.last {
			oa.last = n
		}
		oa.dated = true
	}
	b.addErrors(rec, outlet, oa)
	if rec.Error != "" {
		return
	}

	s := b.indexEntities(rec)
	for i := range rec.Entities {
		e := &rec.Entities[i]
		n := int64(len(e.Mentions))
		t.Entities++
		t.Mentions += n
		oa.mentions += n
		info := s.info[i]
		if info.typ == pipeline.NoType || n == 0 {
			continue
		}
		ec := countN(b, info.typ.String(), b.entities[info.typ], info.name, n)
		if ec.Val.lastRecord != b.seq {
			ec.Val.lastRecord = b.seq
			ec.Val.records++
			if len(ec.Val.evidence) < b.opt.Evidence {
				m := e.Mentions[0]
				ec.Val.evidence = append(ec.Val.evidence, Ref{Record: rec.ID, Start: m.Start, End: m.End, Text: excerpt(m.Text)})
			}
		}
	}

	counted := false
	for i := range rec.Quotes {
		q := &rec.Quotes[i]
		if q.Review != nil {
			t.ReviewedQuotes++
			if q.Review.Status == "rejected" && !b.opt.IncludeRejected {
				t.RejectedQuotes++
				continue
			}
		}
		counted = true
		b.addQuote(rec, q, oa, day)
	}
	if counted {
		t.RecordsQuoted++
	}
	b.countSharedRecords()
}

// count adds one occurrence of key to tab.
func count[V any](b *Builder, table string, tab *topK[V], key string) *counter[V] {
	return countN(b, table, tab, key, 1)
}

// countBytes is count for a key built in a scratch buffer.
func countBytes[V any](b *Builder, table string, tab *topK[V], key []byte) *counter[V] {
	c := tab.addBytes(key, 1)
	if !tab.exact() {
		distinctFor(b, table, tab).add(c.Key)
	}
	return c
}

// distinctFor returns the distinct-key estimate of a table that has started
// to drop keys, seeding it with the keys kept at that point (the keys
// dropped before are not in it, which is why the first eviction starts it).
func distinctFor[V any](b *Builder, table string, tab *topK[V]) *distinct {
	d := b.distinctOf[table]
	if d == nil {
		d = &distinct{}
		for _, k := range tab.heap {
			d.add(k.Key)
		}
		b.distinctOf[table] = d
	}
	return d
}

// countN adds n occurrences of key to tab, feeding the table's distinct
// estimate once the table has started to drop keys.
func countN[V any](b *Builder, table string, tab *topK[V], key string, n int64) *counter[V] {
	c := tab.add(key, n)
	if !tab.exact() {
		distinctFor(b, table, tab).add(key)
	}
	return c
}

func (b *Builder) addQuote(rec *pipeline.Record, q *pipeline.QuoteRecord, oa *outletAgg, day *dayAgg) {
	t := &b.totals
	t.Quotes++
	kind := 0
	switch q.Kind {
	case "direct":
		t.Direct++
	case "indirect":
		t.Indirect++
		kind = 1
	case "mixed":
		t.Mixed++
		kind = 2
	}
	s := &b.rec
	cls, name := Classify(q.Speaker, s.ents)
	ref := Ref{Record: rec.ID, Quote: q.ID, Start: q.Start, End: q.End, Text: excerpt(q.Text)}
	if q.Speaker != nil {
		ref.Speaker = q.Speaker.Text
	}
	b.addSourcing(&b.sourcing, cls, ref)
	b.addSourcing(&oa.sourcing, cls, ref)
	if day != nil {
		b.addSourcing(&day.sourcing, cls, ref)
	}

	speakerEnt := -1
	if q.Speaker != nil && q.Speaker.Entity != "" {
		if i, ok := s.entIdx[q.Speaker.Entity]; ok {
			speakerEnt = i
		}
	}
	pairSpeaker := ""
	switch cls {
	case Named:
		pairSpeaker = name
		sc := count(b, "speakers", b.speakers, name)
		sa := &sc.Val
		sa.kinds[kind]++
		sa.evidence.add(ref, t.Quotes, b.opt.Evidence)
		if speakerEnt >= 0 {
			e := s.info[speakerEnt]
			switch e.typ {
			case pipeline.Person:
				sa.person++
			case pipeline.Organization:
				sa.org++
			}
			if e.typ != pipeline.NoType {
				if ec := b.entities[e.typ].get(e.name); ec != nil {
					ec.Val.quoted++
				}
			}
		}
		if sa.lastRecord != b.seq {
			sa.lastRecord = b.seq
			sa.records++
			if !slices.Contains(s.quoted, name) {
				s.quoted = append(s.quoted, name)
			}
			if speakerEnt >= 0 && s.info[speakerEnt].typ == pipeline.Person {
				if org := b.affiliation(rec, speakerEnt); org != "" {
					sa.affil.add(org)
				}
			}
		}
	case Anonymous:
		pairSpeaker = AnonymousSpeaker
		dc := count(b, "anonymous descriptions", b.descriptions, strings.ToLower(name))
		if dc.Val.display == "" {
			dc.Val.display = name
		}
		dc.Val.evidence.add(ref, t.Quotes, b.opt.Evidence)
	}

	// Entities mentioned inside the quote, each once.
	s.seen = s.seen[:0]
	lo := sort.Search(len(s.mentions), func(i int) bool { return s.mentions[i].start >= q.Start })
	for _, m := range s.mentions[lo:] {
		if m.start >= q.End {
			break
		}
		if m.end > q.End || m.ent == speakerEnt || containsInt(s.seen, m.ent) {
			continue
		}
		s.seen = append(s.seen, m.ent)
		e := s.info[m.ent]
		if e.typ == pipeline.NoType {
			continue
		}
		if ec := b.entities[e.typ].get(e.name); ec != nil {
			ec.Val.inQuotes++
		}
		if pairSpeaker == "" || e.name == pairSpeaker {
			continue
		}
		s.key = append(append(append(append(append(s.key[:0], pairSpeaker...), 0), e.typ.String()...), 0), e.name...)
		pc := countBytes(b, "speaker–entity pairs", b.pairs, s.key)
		pc.Val.evidence.add(ref, t.Quotes, b.opt.Evidence)
	}
}

func (b *Builder) addSourcing(r *SourcingRow, cls Sourcing, ref Ref) {
	r.add(cls, 1)
	if ev := r.Evidence.of(cls); len(*ev) < b.opt.Evidence {
		*ev = append(*ev, ref)
	}
}

// indexEntities fills the per-record scratch: entity names by id, every
// mention sorted by start.
func (b *Builder) indexEntities(rec *pipeline.Record) *recordScratch {
	s := &b.rec
	clear(s.ents)
	clear(s.entIdx)
	clear(s.affil)
	s.info = s.info[:0]
	s.mentions = s.mentions[:0]
	s.runes = nil
	s.quoted = s.quoted[:0]
	for i := range rec.Entities {
		e := &rec.Entities[i]
		name := pipeline.CleanName(e.Name)
		if name == "" && len(e.Mentions) > 0 {
			name = pipeline.CleanName(e.Mentions[0].Text)
		}
		s.ents[e.ID] = name
		s.entIdx[e.ID] = i
		s.info = append(s.info, entInfo{typ: pipeline.ParseEntityType(e.Type), name: name, id: e.ID})
		for _, m := range e.Mentions {
			s.mentions = append(s.mentions, mentionAt{start: m.Start, end: m.End, ent: i})
		}
	}
	sort.Slice(s.mentions, func(i, j int) bool { return s.mentions[i].start < s.mentions[j].start })
	return s
}

// addErrors counts and lists a record's errors.
func (b *Builder) addErrors(rec *pipeline.Record, outlet string, oa *outletAgg) {
	var invalid []error
	if b.opt.Validate {
		invalid = rec.Validate()
	}
	if rec.Error == "" && len(rec.Errors) == 0 && len(invalid) == 0 {
		return
	}
	er := ErrorRecord{Record: rec.ID, Source: rec.Source, Outlet: outlet}
	switch {
	case rec.Error != "":
		b.totals.Failed++
		oa.failed++
		er.Status = "failed"
		er.Messages = append(er.Messages, rec.Error)
	case len(rec.Errors) > 0:
		er.Status = "problems"
	default:
		er.Status = "invalid"
	}
	if len(rec.Errors) > 0 {
		b.totals.WithProblems++
		oa.problems++
		er.Messages = append(er.Messages, rec.Errors...)
	}
	if len(invalid) > 0 {
		b.totals.Invalid++
		for _, err := range invalid {
			er.Messages = append(er.Messages, "invalid record: "+err.Error())
		}
	}
	for _, m := range er.Messages {
		k := b.errKinds.add(errorKind(m), 1)
		if k.Val == "" {
			k.Val = rec.ID
		}
	}
	for i, m := range er.Messages {
		er.Messages[i] = shorten(m, 400)
	}
	b.listError(er)
}

func (b *Builder) listError(er ErrorRecord) {
	if len(b.errRecords) < b.opt.MaxErrorRecords {
		b.errRecords = append(b.errRecords, er)
	} else {
		b.errMore++
	}
}

// errorKind groups messages that differ only in numbers or quoted text:
// digits become N, and the message is cut at its first quotation mark or
// after 80 bytes.
func errorKind(msg string) string {
	if i := strings.IndexAny(msg, "\"“\n"); i >= 0 {
		msg = msg[:i]
	}
	msg = shorten(msg, 80)
	var sb strings.Builder
	digit := false
	for _, r := range msg {
		if r >= '0' && r <= '9' {
			if !digit {
				sb.WriteByte('N')
			}
			digit = true
			continue
		}
		digit = false
		sb.WriteRune(r)
	}
	return strings.TrimRight(sb.String(), " :,")
}

// excerpt shortens a quote or mention for display as evidence.
func excerpt(s string) string { return shorten(pipeline.CleanName(s), 160) }

// shorten cuts s to at most n bytes at a rune boundary, adding "…".
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// smallTop keeps the few most frequent values of a short list (a speaker's
// organizations) with the same Space-Saving rule as topK, in a fixed array.
type smallTop struct {
	vals   [4]string
	counts [4]int64
}

func (s *smallTop) add(v string) { s.addN(v, 1) }

func (s *smallTop) addN(v string, n int64) {
	minI := 0
	for i := range s.vals {
		if s.vals[i] == v {
			s.counts[i] += n
			return
		}
		if s.counts[i] < s.counts[minI] {
			minI = i
		}
	}
	s.vals[minI] = v
	s.counts[minI] += n
}

// merge adds the values of o, as if each had been added n times here.
func (s *smallTop) merge(o *smallTop) {
	for i, v := range o.vals {
		if o.counts[i] > 0 {
			s.addN(v, o.counts[i])
		}
	}
}

// top returns the most frequent value (ties: the first in order).
func (s *smallTop) top() (string, int64) {
	best := -1
	for i := range s.vals {
		if s.counts[i] > 0 && (best < 0 || s.counts[i] > s.counts[best] || s.counts[i] == s.counts[best] && s.vals[i] < s.vals[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", 0
	}
	return s.vals[best], s.counts[best]
}
