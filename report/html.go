package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed assets/report.html.tmpl
var pageTemplate string

//go:embed assets/report.css
var pageCSS string

// HTMLOptions add what the report itself does not know.
type HTMLOptions struct {
	Inputs    []string // shown as where the records came from
	Generated string   // a date or time to print in the footer; empty for none
}

// page is parsed once: templates are safe for concurrent use.
var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"num":   num,
	"pct":   pct,
	"inc":   func(i int) int { return i + 1 },
	"int64": func(i int) int64 { return int64(i) },
	"len64": func(x any) int64 {
		switch v := x.(type) {
		case []Ref:
			return int64(len(v))
		case []TimeRow:
			return int64(len(v))
		}
		return 0
	},
	"share": func(n, of int64) string {
		if of == 0 {
			return "—"
		}
		return pct(float64(n) / float64(of))
	},
	"ratio": func(n, of int64) string {
		if of == 0 {
			return "—"
		}
		return fmt.Sprintf("%.1f", float64(n)/float64(of))
	},
	"plural": func(n int64, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
	"barw": func(n, of int64) template.CSS {
		w := 0.0
		if of > 0 {
			w = 100 * float64(n) / float64(of)
		}
		return template.CSS(fmt.Sprintf("width:%.1f%%", w))
	},
	"ev": func(refs []Ref, noun string) evidenceView { return evidenceView{Refs: refs, Noun: noun} },
	"ents": func(title, class string, rows []EntityRow) entitiesView {
		return entitiesView{Title: title, Class: class, Rows: rows}
	},
	"classes":   func() []Sourcing { return []Sourcing{Named, Anonymous, Unresolved, Unattributed} },
	"classname": func(c Sourcing) string { return sourcingLabels[c] },
	"swatch":    func(c Sourcing) template.CSS { return template.CSS("background:" + sourcingColors[c]) },
}).Parse(pageTemplate))

type evidenceView struct {
	Refs []Ref
	Noun string
}

type entitiesView struct {
	Title, Class string
	Rows         []EntityRow
}

type pageView struct {
	R                *Report
	CSS              template.CSS
	Inputs           string
	Generated        string
	ErrorCount       int64
	AnonymousSpeaker string
	OverallChart     template.HTML
	OutletChart      template.HTML
	Outlets          []OutletRow   // the largest outlets, at most maxOutletRows
	SourcingOutlet   []SourcingRow // the same outlets
	MoreOutlets      int64
	TimelineEvidence bool // few enough periods to list their quotes
	TimelineChart    template.HTML
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

// WriteHTML writes the report as one self-contained HTML page: styles
// inline, charts as inline SVG, evidence in <details> lists; it loads
// nothing and runs no script, so it opens from disk and works offline.
func WriteHTML(w io.Writer, r *Report, opt HTMLOptions) error {
	overall := r.Sourcing
	overall.Key = "All outlets"
	v := pageView{
		R:                r,
		CSS:              template.CSS(pageCSS),
		Inputs:           strings.Join(opt.Inputs, ", "),
		Generated:        opt.Generated,
		ErrorCount:       r.Totals.WithErrors,
		AnonymousSpeaker: AnonymousSpeaker,
		OverallChart:     stackedShareSVG([]SourcingRow{overall}, "Share of all quotes by sourcing"),
		TimelineChart:    timelineSVG(r.Timeline, r.Settings.Bucket),
	}
	v.TimelineEvidence = len(r.Timeline) <= maxTimelineEvidence
	v.Outlets, v.SourcingOutlet = r.Outlets, r.SourcingOutlet
	if n := len(v.Outlets); n > maxOutletRows {
		v.Outlets, v.SourcingOutlet = v.Outlets[:maxOutletRows], v.SourcingOutlet[:maxOutletRows]
		v.MoreOutlets = int64(n - maxOutletRows)
	}
	if len(v.SourcingOutlet) > 0 {
		chart := v.SourcingOutlet
		if len(chart) > maxOutletBars {
			chart = chart[:maxOutletBars]
		}
		v.OutletChart = stackedShareSVG(chart, "Share of each outlet's quotes by sourcing")
	}
	if err := page.Execute(w, v); err != nil {
		return fmt.Errorf("writing the HTML report: %w", err)
	}
	return nil
}
