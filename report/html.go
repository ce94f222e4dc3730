package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// The page is written by plain Go code rather than html/template: the
// template package calls methods by name through reflection, which makes
// the linker keep every exported method of the binary (the sayso binary
// grew from 15.7 MB to 21.7 MB with it). Every value from the records goes
// through esc.

//go:embed assets/report.css
var pageCSS string

// HTMLOptions add what the report itself does not know.
type HTMLOptions struct {
	Inputs    []string // shown as where the records came from
	Generated string   // a date or time to print in the footer; empty for none
}

// The page lists the largest outlets only, so that a rule that makes an
// outlet of every record (say, --outlet source on a dump of files) still
// gives a readable page; the data outputs keep every outlet counted.
const (
	maxOutletRows = 100
	maxOutletBars = 30
	// Past this many periods (--by day over years) the timeline table
	// drops its evidence lists, which would make most of the page.
	maxTimelineEvidence = 400
)

// page writes the HTML; it keeps the first write error and ignores the
// rest, so the section writers need not check each call.
type page struct {
	w   *bufio.Writer
	err error
	r   *Report
	opt HTMLOptions
}

func (p *page) raw(ss ...string) {
	for _, s := range ss {
		if p.err == nil {
			_, p.err = p.w.WriteString(s)
		}
	}
}

// text writes s escaped, for element content and attribute values alike.
func (p *page) text(s string) { p.raw(esc(s)) }

func (p *page) num(n int64) { p.raw(num(n)) }

func (p *page) int(n int) { p.raw(strconv.Itoa(n)) }

func esc(s string) string { return html.EscapeString(s) }

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func share(n, of int64) string {
	if of == 0 {
		return "—"
	}
	return pct(float64(n) / float64(of))
}

func barStyle(n, of int64) string {
	w := 0.0
	if of > 0 {
		w = 100 * float64(n) / float64(of)
	}
	return fmt.Sprintf(`style="width:%.1f%%"`, w)
}

// WriteHTML writes the report as one self-contained HTML page: styles
// inline, charts as inline SVG, evidence in <details> lists; it loads
// nothing and runs no script, so it opens from disk and works offline.
func WriteHTML(w io.Writer, r *Report, opt HTMLOptions) error {
	p := &page{w: bufio.NewWriterSize(w, 1<<16), r: r, opt: opt}
	p.head()
	p.raw(`<main class="wrap">`, "\n")
	p.kpis()
	p.speakers()
	p.sourcing()
	p.entities()
	p.pairs()
	p.outlets()
	p.timeline()
	p.errors()
	p.method()
	p.raw("</main>\n", `<footer class="wrap">Made by <code>sayso report</code>`)
	if opt.Generated != "" {
		p.raw(" on ")
		p.text(opt.Generated)
	}
	p.raw(". This page is self-contained: no script, no fonts or images fetched.</footer>\n</body>\n</html>\n")
	if p.err == nil {
		p.err = p.w.Flush()
	}
	if p.err != nil {
		return fmt.Errorf("writing the HTML report: %w", p.err)
	}
	return nil
}

func (p *page) inputs() string { return strings.Join(p.opt.Inputs, ", ") }

func (p *page) head() {
	r, t := p.r, &p.r.Totals
	p.raw(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sayso report">
<title>`)
	p.text(r.Title)
	p.raw(` — sayso report</title>
<link rel="icon" href="data:,">
<style>`, pageCSS, `</style>
</head>
<body>
<header class="masthead"><div class="wrap">
<p class="kicker">sayso report</p>
<h1>`)
	p.text(r.Title)
	p.raw(`</h1>`, "\n", `<p class="dek">`)
	p.num(t.Records)
	p.raw(" ", plural(t.Records, "article", "articles"))
	if t.Outlets > 0 {
		p.raw(" from ")
		p.num(t.Outlets)
		p.raw(" ", plural(t.Outlets, "outlet", "outlets"))
	}
	if t.FirstDate != "" {
		p.raw(", ")
		p.text(t.FirstDate)
		p.raw(" to ")
		p.text(t.LastDate)
	}
	p.raw(" · ")
	p.num(t.Quotes)
	p.raw(" ", plural(t.Quotes, "quote", "quotes"), " · ")
	p.num(t.Mentions)
	p.raw(" ", plural(t.Mentions, "mention", "mentions"), " of people, places and organizations")
	if in := p.inputs(); in != "" {
		p.raw(" · from ")
		p.text(in)
	}
	p.raw(`</p>
</div></header>
<nav class="toc" aria-label="Sections"><ul>
<li><a href="#speakers">Speakers</a></li>
<li><a href="#sourcing">Named vs anonymous</a></li>
<li><a href="#entities">Most mentioned</a></li>
<li><a href="#pairs">Who talks about whom</a></li>
<li><a href="#outlets">Outlets</a></li>
<li><a href="#timeline">Over time</a></li>
<li><a href="#errors">Errors`)
	if t.WithErrors > 0 {
		p.raw(" (")
		p.num(t.WithErrors)
		p.raw(")")
	}
	p.raw(`</a></li>
<li><a href="#method">Method</a></li>
</ul></nav>
`)
}

func (p *page) kpi(class, id string, value int64, big, label string) {
	p.raw(`<div class="kpi`, class, `"`)
	if id != "" {
		p.raw(` id="`, id, `" data-value="`, strconv.FormatInt(value, 10), `"`)
	}
	p.raw(`><span class="v">`, big, `</span><span class="l">`, label, "</span></div>\n")
}

func (p *page) kpis() {
	r, t := p.r, &p.r.Totals
	p.raw(`<section class="kpis" aria-label="Key figures">`, "\n")
	p.kpi("", "kpi-records", t.Records, num(t.Records), "articles ("+num(t.RecordsQuoted)+" with quotes)")
	p.kpi("", "kpi-quotes", t.Quotes, num(t.Quotes), "quotes: "+num(t.Direct)+" direct, "+num(t.Indirect)+" indirect, "+num(t.Mixed)+" mixed")
	p.kpi(" named", "kpi-named", r.Sourcing.Named, share(r.Sourcing.Named, t.Quotes), "named sources ("+num(r.Sourcing.Named)+" quotes)")
	p.kpi(" anon", "kpi-anonymous", r.Sourcing.Anonymous, share(r.Sourcing.Anonymous, t.Quotes), "anonymous sources ("+num(r.Sourcing.Anonymous)+" quotes)")
	approx := ""
	if !t.SpeakersExact {
		approx = "≈"
	}
	p.kpi("", "kpi-speakers", t.Speakers, approx+num(t.Speakers), "named speakers")
	p.kpi(" bad", "kpi-errors", t.WithErrors, num(t.WithErrors), "records with errors")
	p.raw("</section>\n")
}

// overcount writes "±n" under a count that may be too high.
func (p *page) overcount(n int64) {
	if n > 0 {
		p.raw(`<span class="sub">±`, num(n), `</span>`)
	}
}

// refs writes an expandable list of the evidence behind a number.
func (p *page) refs(refs []Ref, noun string) {
	if len(refs) == 0 {
		return
	}
	p.raw(`<details class="ev"><summary>`)
	p.int(len(refs))
	p.raw(`<span class="noun"> `, plural(int64(len(refs)), noun, noun+"s"), `</span></summary><ol>`)
	for _, ref := range refs {
		p.ref(ref)
	}
	p.raw(`</ol></details>`)
}

func (p *page) ref(ref Ref) {
	p.raw(`<li><span class="ref">`)
	p.text(ref.Record)
	if ref.Quote != "" {
		p.raw(" · ")
		p.text(ref.Quote)
	}
	if ref.End > ref.Start {
		p.raw(" · [", strconv.Itoa(ref.Start), ":", strconv.Itoa(ref.End), "]")
	}
	p.raw(`</span>`)
	if ref.Text != "" {
		p.raw(`<q>`)
		p.text(ref.Text)
		p.raw(`</q>`)
	}
	if ref.Speaker != "" {
		p.raw(`<span class="who">— `)
		p.text(ref.Speaker)
		p.raw(`</span>`)
	}
	p.raw(`</li>`)
}

// sourcingRefs writes one evidence list per sourcing class.
func (p *page) sourcingRefs(s *SourcingRow) {
	p.raw(`<div class="evs">`)
	for c := Sourcing(0); c < numSourcing; c++ {
		refs := s.Evidence.Of(c)
		if len(refs) == 0 {
			continue
		}
		p.raw(`<details class="ev"><summary><span class="sw" style="background:`, sourcingColors[c], `"></span>`, sourcingLabels[c], `</summary><ol>`)
		for _, ref := range refs {
			p.ref(ref)
		}
		p.raw(`</ol></details>`)
	}
	p.raw(`</div>`)
}

// bar writes a bar scaled to max with an optional label after it.
func (p *page) bar(class string, n, max int64, label string) {
	p.raw(`<td class="barcell"><div class="bar`, class, `"><i><span `, barStyle(n, max), `></span></i>`)
	if label != "" {
		p.raw(`<b>`, label, `</b>`)
	}
	p.raw(`</div></td>`)
}

func (p *page) speakers() {
	r, t := p.r, &p.r.Totals
	p.raw(`<section id="speakers">
<h2>Most quoted speakers</h2>
<p class="note">Named speakers by number of quotes, as resolved in the records (<code>speaker.name</code>: "he" counts for the person it refers to). Share is of all `, num(t.Quotes), " ", plural(t.Quotes, "quote", "quotes"), `. The organization is a heuristic guess: the speaker's own entity type, or an organization named next to the person ("a spokesman for the Pentagon", "FBI Director James Comey"), with the number of articles where that was found. A bare surname is counted under the one fuller name these records clearly mean, shown as "also as" (see <a href="#method">Method</a>). Open a row's sources to check the count.</p>
`)
	if len(r.Speakers) == 0 {
		p.raw(`<p class="empty">No quote in these records has a named speaker.</p>`, "\n</section>\n")
		return
	}
	max := r.Speakers[0].Quotes
	p.raw(`<table class="data" id="speakers-table">
<thead><tr><th class="rank">#</th><th>Speaker</th><th>Organization <span class="tag heur">heuristic</span></th><th class="n">Quotes</th><th class="barcell">Share of all quotes</th><th class="n">Direct · indirect · mixed</th><th class="n">Articles</th><th>Sources</th></tr></thead>
<tbody>
`)
	for i := range r.Speakers {
		s := &r.Speakers[i]
		p.raw(`<tr data-name="`)
		p.text(s.Name)
		p.raw(`" data-quotes="`, strconv.FormatInt(s.Quotes, 10), `"><td class="rank">`)
		p.int(i + 1)
		p.raw(`</td><td><span class="who-name">`)
		p.text(s.Name)
		p.raw(`</span>`)
		p.alsoNames(s.Also)
		if s.Kind == "organization" {
			p.raw(` <span class="tag">organization</span>`)
		}
		p.raw(`</td><td>`)
		if s.Organization != "" {
			p.text(s.Organization)
			p.raw(`<span class="sub">in `, num(s.OrganizationVotes), " of ", num(s.Records), " ", plural(s.Records, "article", "articles"), `</span>`)
		} else {
			p.raw(`<span class="sub">—</span>`)
		}
		p.raw(`</td><td class="n">`, num(s.Quotes))
		p.overcount(s.Overcount)
		p.raw(`</td>`)
		p.bar("", s.Quotes, max, pct(s.Share))
		p.raw(`<td class="n">`, num(s.Direct), " · ", num(s.Indirect), " · ", num(s.Mixed), `</td><td class="n">`, num(s.Records), `</td><td>`)
		p.refs(s.Evidence, "quote")
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table>\n</section>\n")
}

// alsoNames shows the single-word names merged into a speaker's row.
func (p *page) alsoNames(names []string) {
	if len(names) == 0 {
		return
	}
	p.raw(`<span class="sub also">also as `)
	for i, n := range names {
		if i > 0 {
			p.raw(", ")
		}
		p.raw("“")
		p.text(n)
		p.raw("”")
	}
	p.raw(`</span>`)
}

func (p *page) sourcing() {
	r, t := p.r, &p.r.Totals
	p.raw(`<section id="sourcing">
<h2>Named versus anonymous sourcing</h2>
<p class="note"><b>Named</b>: the speaker resolves to a name. <b>Anonymous</b>: the speaker is a description, not a name ("an official", "a spokesman", "sources"). <b>Unresolved</b>: a pronoun or mention that resolves to nobody. <b>Unattributed</b>: no speaker found. The anonymous share is anonymous ÷ (named + anonymous).</p>
`)
	if t.Quotes == 0 {
		p.raw(`<p class="empty">These records hold no quotes, so there is no sourcing to show.</p>`, "\n</section>\n")
		return
	}
	overall := r.Sourcing
	overall.Key = "All outlets"
	p.raw(stackedShareSVG([]SourcingRow{overall}, "Share of all quotes by sourcing"), "\n")
	p.raw(`<div class="checkline"><span class="sub">Check the quotes behind each share:</span>`)
	p.sourcingRefs(&r.Sourcing)
	p.raw("</div>\n<h3>By outlet</h3>\n")

	rows, more := r.SourcingOutlet, 0
	if len(rows) > maxOutletRows {
		rows, more = rows[:maxOutletRows], len(rows)-maxOutletRows
	}
	if len(rows) > 0 {
		p.raw(stackedShareSVG(rows[:min(len(rows), maxOutletBars)], "Share of each outlet's quotes by sourcing"), "\n")
		p.raw(`<table class="data" id="sourcing-outlets">
<thead><tr><th>Outlet</th><th class="n">Quotes</th>`)
		for c := Sourcing(0); c < numSourcing; c++ {
			p.raw(`<th class="n"><span class="sw" style="background:`, sourcingColors[c], `"></span>`, sourcingLabels[c], `</th>`)
		}
		p.raw(`<th class="n">Anonymous share</th><th>Sources</th></tr></thead>
<tbody>
`)
		for i := range rows {
			s := &rows[i]
			p.raw(`<tr data-outlet="`)
			p.text(s.Key)
			p.raw(`"><td class="who-name">`)
			p.text(s.Key)
			p.raw(`</td><td class="n">`, num(s.Quotes), `</td>`)
			for c := Sourcing(0); c < numSourcing; c++ {
				p.raw(`<td class="n">`, num(s.Count(c)), `</td>`)
			}
			p.raw(`<td class="n">`, anonShare(s), `</td><td>`)
			p.sourcingRefs(s)
			p.raw("</td></tr>\n")
		}
		p.raw("</tbody></table>")
		if more > 0 {
			p.raw(`<p class="note">… and `, num(int64(more)), " smaller ", plural(int64(more), "outlet", "outlets"), ` (all are in the YAML and CSV output).</p>`)
		}
		p.raw("\n")
	}

	p.raw("<h3>How anonymous sources are described</h3>\n")
	if len(r.Descriptions) == 0 {
		p.raw(`<p class="empty">No anonymous sources in these records.</p>`, "\n</section>\n")
		return
	}
	max := r.Descriptions[0].Quotes
	p.raw(`<table class="data" id="descriptions-table">
<thead><tr><th class="rank">#</th><th>Description</th><th class="n">Quotes</th><th class="barcell">Share of all quotes</th><th>Sources</th></tr></thead>
<tbody>
`)
	for i := range r.Descriptions {
		d := &r.Descriptions[i]
		p.raw(`<tr><td class="rank">`)
		p.int(i + 1)
		p.raw(`</td><td>`)
		p.text(d.Description)
		p.raw(`</td><td class="n">`, num(d.Quotes))
		p.overcount(d.Overcount)
		p.raw(`</td>`)
		p.bar(" anon", d.Quotes, max, pct(d.Share))
		p.raw(`<td>`)
		p.refs(d.Evidence, "quote")
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table>\n</section>\n")
}

func anonShare(s *SourcingRow) string {
	if s.Named+s.Anonymous == 0 {
		return "—"
	}
	return pct(s.AnonymousShare)
}

func (p *page) entities() {
	r := p.r
	p.raw(`<section id="entities">
<h2>Most mentioned people, places and organizations</h2>
<p class="note">Entities by mentions over all records, grouped by the name the records give them. Under a name: the quotes that mention it, and the quotes it is the speaker of.</p>
<div class="grid3">
`)
	p.entityTable("People", "person", r.People)
	p.entityTable("Places", "place", r.Places)
	p.entityTable("Organizations", "org", r.Organizations)
	p.raw("</div>\n</section>\n")
}

func (p *page) entityTable(title, class string, rows []EntityRow) {
	p.raw(`<div><h3>`, title, `</h3>`)
	if len(rows) == 0 {
		p.raw(`<p class="empty">None in these records.</p></div>`, "\n")
		return
	}
	max := rows[0].Mentions
	p.raw(`<table class="data compact" id="entities-`, class, `"><thead><tr><th>Name</th><th class="barcell">Mentions</th><th class="n">Articles</th><th>Check</th></tr></thead><tbody>`, "\n")
	for i := range rows {
		e := &rows[i]
		p.raw(`<tr data-name="`)
		p.text(e.Name)
		p.raw(`" data-mentions="`, strconv.FormatInt(e.Mentions, 10), `"><td><span class="who-name">`)
		p.text(e.Name)
		p.raw(`</span>`)
		if e.InQuotes > 0 || e.Quoted > 0 {
			var parts []string
			if e.InQuotes > 0 {
				parts = append(parts, "in "+num(e.InQuotes)+" "+plural(e.InQuotes, "quote", "quotes"))
			}
			if e.Quoted > 0 {
				parts = append(parts, "speaks in "+num(e.Quoted))
			}
			p.raw(`<span class="sub">`, strings.Join(parts, " · "), `</span>`)
		}
		p.raw(`</td>`)
		label := num(e.Mentions)
		if e.Overcount > 0 {
			label += " ±" + num(e.Overcount)
		}
		p.bar(" "+class, e.Mentions, max, label)
		p.raw(`<td class="n">`, num(e.Records), `</td><td>`)
		p.refs(e.Evidence, "mention")
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table></div>\n")
}

func (p *page) pairs() {
	r := p.r
	p.raw(`<section id="pairs">
<h2>Who talks about whom</h2>
<p class="note">A speaker and an entity mentioned inside that speaker's quotes, by number of quotes (each quote counts once per entity; a speaker's mentions of themselves are left out). Anonymous speakers are pooled as "`, esc(AnonymousSpeaker), `".</p>
`)
	if len(r.SpeakerEntities) == 0 {
		p.raw(`<p class="empty">No quote in these records mentions an entity.</p>`, "\n</section>\n")
		return
	}
	max := r.SpeakerEntities[0].Quotes
	p.raw(`<table class="data" id="pairs-table">
<thead><tr><th>Speaker</th><th>Talks about</th><th class="n">Quotes</th><th class="barcell"></th><th>Sources</th></tr></thead>
<tbody>
`)
	for i := range r.SpeakerEntities {
		pr := &r.SpeakerEntities[i]
		p.raw(`<tr><td class="who-name">`)
		p.text(pr.Speaker)
		p.raw(`</td><td>`)
		p.text(pr.Entity)
		p.raw(`<span class="tag">`)
		p.text(pr.EntityType)
		p.raw(`</span></td><td class="n">`, num(pr.Quotes))
		p.overcount(pr.Overcount)
		p.raw(`</td>`)
		p.bar("", pr.Quotes, max, "")
		p.raw(`<td>`)
		p.refs(pr.Evidence, "quote")
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table>\n</section>\n")
}

func (p *page) outlets() {
	r := p.r
	rows := r.Outlets
	if len(rows) > maxOutletRows {
		rows = rows[:maxOutletRows]
	}
	p.raw(`<section id="outlets">
<h2>Outlets</h2>
<p class="note">Records per outlet`)
	if len(rows) < len(r.Outlets) {
		p.raw(", the ", strconv.Itoa(len(rows)), " largest of ", num(int64(len(r.Outlets))))
	}
	p.raw(`. The outlet comes from the rule <code>`)
	p.text(r.Settings.OutletRule)
	p.raw("</code> (see Method).</p>\n")
	if len(rows) == 0 {
		p.raw("</section>\n")
		return
	}
	p.raw(`<table class="data" id="outlets-table">
<thead><tr><th>Outlet</th><th class="n">Articles</th><th class="n">Quotes</th><th class="n">Quotes per article</th><th class="n">Mentions</th><th class="n">Failed</th><th class="n">With problems</th><th>First</th><th>Last</th><th>Articles</th></tr></thead>
<tbody>
`)
	for i := range rows {
		o := &rows[i]
		p.raw(`<tr data-outlet="`)
		p.text(o.Outlet)
		p.raw(`" data-records="`, strconv.FormatInt(o.Records, 10), `"><td class="who-name">`)
		p.text(o.Outlet)
		p.raw(`</td><td class="n">`, num(o.Records))
		p.overcount(o.Overcount)
		perArticle := "—"
		if o.Records > 0 {
			perArticle = fmt.Sprintf("%.1f", float64(o.Quotes)/float64(o.Records))
		}
		p.raw(`</td><td class="n">`, num(o.Quotes), `</td><td class="n">`, perArticle, `</td><td class="n">`, num(o.Mentions), `</td>`)
		if o.Failed > 0 {
			p.raw(`<td class="n err">`)
		} else {
			p.raw(`<td class="n">`)
		}
		p.raw(num(o.Failed), `</td><td class="n">`, num(o.WithProblems), `</td><td>`)
		p.text(o.FirstDate)
		p.raw(`</td><td>`)
		p.text(o.LastDate)
		p.raw(`</td><td>`)
		p.refs(o.Evidence, "article")
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table>\n</section>\n")
}

func (p *page) timeline() {
	r, t := p.r, &p.r.Totals
	bucket := esc(r.Settings.Bucket)
	p.raw(`<section id="timeline">`, "\n<h2>Over time</h2>\n")
	if len(r.Timeline) == 0 {
		p.raw(`<p class="empty">No record has a date (rule <code>`)
		p.text(r.Settings.DateRule)
		p.raw("</code>): set <code>published</code> in the records, or see Method.</p>\n</section>\n")
		return
	}
	p.raw(`<p class="note">Quotes per `, bucket, ` by sourcing (columns) and articles per `, bucket, ` (dashed line)`)
	if r.Settings.Bucket == "week" {
		p.raw("; weeks start on Monday")
	}
	p.raw(". ", num(t.Dated), " of ", num(t.Records), ` articles have a date (rule <code>`)
	p.text(r.Settings.DateRule)
	p.raw("</code>).</p>\n", timelineSVG(r.Timeline, r.Settings.Bucket), "\n")
	n := int64(len(r.Timeline))
	p.raw(`<details class="ev"><summary>Table: `, num(n), " ", plural(n, bucket, bucket+"s"), `</summary>
<table class="data" id="timeline-table">
<thead><tr><th>`, bucket, `</th><th class="n">Articles</th><th class="n">Quotes</th><th class="n">Named</th><th class="n">Anonymous</th><th class="n">Unresolved</th><th class="n">Unattributed</th><th class="n">Anonymous share</th><th>Sources</th></tr></thead>
<tbody>
`)
	withEvidence := len(r.Timeline) <= maxTimelineEvidence
	for i := range r.Timeline {
		tr := &r.Timeline[i]
		s := &tr.Sourcing
		p.raw(`<tr><td>`)
		p.text(tr.Period)
		p.raw(`</td><td class="n">`, num(tr.Records), `</td><td class="n">`, num(s.Quotes), `</td>`)
		for c := Sourcing(0); c < numSourcing; c++ {
			p.raw(`<td class="n">`, num(s.Count(c)), `</td>`)
		}
		p.raw(`<td class="n">`, anonShare(s), `</td><td>`)
		if withEvidence {
			p.sourcingRefs(s)
		}
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table>\n")
	if !withEvidence {
		p.raw(`<p class="note">With `, num(n), ` periods the page leaves out their quotes; the YAML output (<code>--format yaml</code>) keeps them, or use <code>--by week</code> or <code>--by month</code>.</p>`, "\n")
	}
	p.raw("</details>\n</section>\n")
}

func (p *page) errors() {
	r, t := p.r, &p.r.Totals
	p.raw(`<section id="errors">
<h2>Records with errors</h2>
<p class="note"><b>Failed</b>: the article could not be processed (<code>error</code>). <b>Problems</b>: the record was written with entries in <code>errors</code>. <b>Invalid</b>: the record fails schema checks. <b>Unreadable</b>: input that could not be read as records.</p>
<div class="kpis">
`)
	p.kpi(" bad", "", 0, num(t.Failed), "failed")
	p.kpi("", "", 0, num(t.WithProblems), "with problems")
	p.kpi("", "", 0, num(t.Invalid), "invalid")
	p.kpi("", "", 0, num(t.Unreadable), "unreadable")
	p.raw("</div>\n")
	if len(r.Errors.Kinds) == 0 {
		p.raw(`<p class="empty">No record has errors.</p>`, "\n</section>\n")
		return
	}
	p.raw(`<h3>Kinds of error</h3>
<table class="data" id="error-kinds"><thead><tr><th>Message (numbers blanked)</th><th class="n">Count</th><th>Example</th></tr></thead><tbody>
`)
	for _, k := range r.Errors.Kinds {
		p.raw(`<tr><td>`)
		p.text(k.Kind)
		p.raw(`</td><td class="n">`, num(k.Count), `</td><td><span class="ref">`)
		p.text(k.Example)
		p.raw("</span></td></tr>\n")
	}
	p.raw(`</tbody></table>
<h3>Records</h3>
<table class="data" id="error-records"><thead><tr><th>Record</th><th>Outlet</th><th>Status</th><th>Messages</th></tr></thead><tbody>
`)
	for _, e := range r.Errors.Records {
		p.raw(`<tr><td><span class="ref">`)
		if e.Record != "" {
			p.text(e.Record)
		} else {
			p.text(e.Source)
		}
		p.raw(`</span>`)
		if e.Record != "" && e.Source != "" {
			p.raw(`<span class="sub">`)
			p.text(e.Source)
			p.raw(`</span>`)
		}
		p.raw(`</td><td>`)
		p.text(e.Outlet)
		p.raw(`</td><td>`)
		p.text(e.Status)
		p.raw(`</td><td><ul class="msgs">`)
		for _, m := range e.Messages {
			p.raw(`<li>`)
			p.text(m)
			p.raw(`</li>`)
		}
		p.raw("</ul></td></tr>\n")
	}
	p.raw("</tbody></table>\n")
	if r.Errors.More > 0 {
		p.raw(`<p class="note">… and `, num(r.Errors.More), " more (the list keeps the first ", strconv.Itoa(len(r.Errors.Records)), "; use <code>--max-errors</code> for more).</p>\n")
	}
	p.raw("</section>\n")
}

// names explains how speakers' names were merged, and what of a merged
// row is exact.
func (p *page) names() {
	t := &p.r.Totals
	p.raw(`Speakers are grouped by name as written, except that a single-word name ("Obama", titles such as "Mr." or "President" dropped) is counted under the fuller name it is the last word of ("Barack Obama") when that name resolves to a person and has at least `,
		strconv.Itoa(minMergeShare), `% of the quotes of all the fuller names ending in that word; "Clinton" stays apart when Hillary and Bill Clinton are both much quoted. `,
		num(t.MergedSpeakerNames), " ", plural(t.MergedSpeakerNames, "name was", "names were"), ` merged here, shown as "also as" under the row. Quotes, kinds, articles (an article quoting both names counts once) and sources of a merged row are those of its names together; speaker–entity pairs follow the merge. Approximate: the organization votes of an article that quotes both names count twice (capped at the row's articles), and once the speakers table has dropped names only the kept ones take part and "named speakers" is the estimate less the merged names. The tables of mentioned entities keep the names as written.`)
}

func (p *page) method() {
	r, t := p.r, &p.r.Totals
	p.raw(`<section id="method" class="method">
<h2>How these numbers are made</h2>
<dl>
<dt>Records</dt><dd>`, num(t.Records), " sayso records")
	if in := p.inputs(); in != "" {
		p.raw(" read from ")
		p.text(in)
	}
	p.raw("; every number comes from the records as they are.</dd>\n<dt>Reviews</dt><dd>", num(t.ReviewedQuotes), " ", plural(t.ReviewedQuotes, "quote has", "quotes have"), " a review. ")
	if r.Settings.Rejected == "included" {
		p.raw("Quotes a reviewer rejected are counted (<code>--include-rejected</code>).")
	} else {
		p.raw(num(t.RejectedQuotes), " rejected ", plural(t.RejectedQuotes, "quote is", "quotes are"), " left out of every number (<code>--include-rejected</code> counts them); edited quotes count as edited.")
	}
	p.raw(`</dd>
<dt>Speakers</dt><dd>A quote's speaker is its resolved <code>speaker.name</code> (else its entity's name, else the mention). The record's <code>speaker.form</code> decides named / anonymous / unresolved; when a record has no form, the shape of the name decides (a pronoun is unresolved; a phrase starting in lower case, with "a", "an", "two", "some"… or with "the" and a lower-case word is a description).</dd>
<dt>Names</dt><dd>`)
	p.names()
	p.raw(`</dd>
<dt>Organization</dt><dd>Heuristic. A speaker whose entity is an organization is shown as one; for a person, the organization mention inside their speaker span, or joined to a mention of them by role words and prepositions only, in the same article; the most frequent over the articles wins, when found in at least one article in five.</dd>
<dt>Outlet</dt><dd>Rule <code>`)
	p.text(r.Settings.OutletRule)
	p.raw(`</code>: methods tried in order (<code>host</code> of the url, <code>id-prefix</code> before the first "_", <code>source</code>, <code>source-dir</code>, <code>re:EXPR</code> on the id, <code>url-re:EXPR</code> on the url). Records no method places count as "(unknown)". Set with <code>--outlet</code>.</dd>
<dt>Date</dt><dd>Rule <code>`)
	p.text(r.Settings.DateRule)
	p.raw(`</code>: the <code>published</code> field, else a YYYY-MM-DD date in the id, else in the url. Buckets: `)
	p.text(r.Settings.Bucket)
	p.raw(`. Set with <code>--date</code> and <code>--by</code>.</dd>
<dt>Sources</dt><dd>Each row keeps up to `, strconv.Itoa(r.Settings.Evidence), ` of the quotes (or mentions, or articles) behind its count: <span class="ref">record · quote · [start:end]</span>, code point offsets into the record's text, end exclusive.</dd>
<dt>Exactness</dt><dd>Each table counts up to `, num(int64(r.Settings.Capacity)), ` distinct keys exactly; past that it keeps the heaviest with the Space-Saving algorithm, and a count may be too high by the "±" shown (any key above total ÷ capacity is kept).
<table class="data" id="tables-note"><thead><tr><th>Table</th><th class="n">Distinct keys</th><th class="n">Kept</th><th>Counts</th></tr></thead><tbody>
`)
	for _, n := range r.Tables {
		p.raw(`<tr><td>`)
		p.text(n.Table)
		p.raw(`</td><td class="n">`)
		if !n.Exact {
			p.raw("≈")
		}
		p.raw(num(n.Keys), `</td><td class="n">`, num(int64(n.Kept)), `</td><td>`)
		if n.Exact {
			p.raw("exact")
		} else {
			p.raw("approximate, at most +", num(n.MaxOvercount))
		}
		p.raw("</td></tr>\n")
	}
	p.raw("</tbody></table></dd>\n</dl>\n</section>\n")
}
