package report

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// Charts are plain inline SVG written here: no script, no network, nothing
// to load at view time. Every mark has a <title> (a tooltip, and what a
// screen reader says) and every chart an aria-label.

// sourcingColors are from the Okabe–Ito palette, which stays distinct for
// the common kinds of colour blindness; unresolved and unattributed are
// greys so that the named/anonymous contrast carries the chart.
var sourcingColors = [numSourcing]string{"#0072B2", "#E69F00", "#8C8C8C", "#D0D0D0"}

var sourcingLabels = [numSourcing]string{"Named", "Anonymous", "Unresolved", "Unattributed"}

const chartFont = `font-family="system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif"`

// stackedShareSVG draws one 100% bar per row, split by sourcing class.
func stackedShareSVG(rows []SourcingRow, label string) string {
	const (
		width   = 960
		labelW  = 170
		countW  = 120
		barH    = 22
		gap     = 10
		legendH = 30
	)
	plotW := float64(width - labelW - countW)
	height := legendH + len(rows)*(barH+gap)
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="%s" %s font-size="13">`,
		width, height, html.EscapeString(label), chartFont)
	legend(&sb, labelW, 4)
	for i, r := range rows {
		y := legendH + i*(barH+gap)
		fmt.Fprintf(&sb, `<text x="%d" y="%d" text-anchor="end" dominant-baseline="middle" fill="#1a1a1a">%s</text>`,
			labelW-10, y+barH/2, html.EscapeString(shortLabel(r.Key, 24)))
		x := float64(labelW)
		for c := Sourcing(0); c < numSourcing; c++ {
			n := r.Count(c)
			if n == 0 || r.Quotes == 0 {
				continue
			}
			w := plotW * float64(n) / float64(r.Quotes)
			fmt.Fprintf(&sb, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s — %s: %d of %d quotes (%s)</title></rect>`,
				x, y, w, barH, sourcingColors[c], html.EscapeString(r.Key), sourcingNames[c], n, r.Quotes, pct(float64(n)/float64(r.Quotes)))
			if w >= 34 && c <= Anonymous {
				fill := "#fff"
				if c == Anonymous {
					fill = "#1a1a1a"
				}
				fmt.Fprintf(&sb, `<text x="%.1f" y="%d" dominant-baseline="middle" fill="%s" font-size="12">%s</text>`,
					x+5, y+barH/2, fill, pct(float64(n)/float64(r.Quotes)))
			}
			x += w
		}
		if r.Quotes == 0 {
			fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="none" stroke="#D0D0D0" stroke-dasharray="4 3"/>`, labelW, y, plotW, barH)
		}
		fmt.Fprintf(&sb, `<text x="%d" y="%d" dominant-baseline="middle" fill="#555">%s quotes</text>`,
			width-countW+8, y+barH/2, num(r.Quotes))
	}
	sb.WriteString(`</svg>`)
	return sb.String()
}

func legend(sb *strings.Builder, x, y int) {
	for c := Sourcing(0); c < numSourcing; c++ {
		fmt.Fprintf(sb, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d" dominant-baseline="middle" fill="#1a1a1a">%s</text>`,
			x, y+2, sourcingColors[c], x+17, y+8, sourcingLabels[c])
		x += 30 + 8*len(sourcingLabels[c])
	}
}

// timelineSVG draws the quotes of each period as stacked columns by
// sourcing class, with the number of records as a line.
func timelineSVG(rows []TimeRow, bucket string) string {
	const (
		width   = 960
		height  = 300
		left    = 56
		right   = 16
		top     = 36
		bottom  = 46
		legendY = 4
	)
	var maxQ int64
	for _, r := range rows {
		maxQ = max(maxQ, r.Sourcing.Quotes, r.Records)
	}
	if len(rows) == 0 {
		return ""
	}
	yMax, step := niceScale(float64(maxQ))
	plotW := float64(width - left - right)
	plotH := float64(height - top - bottom)
	slot := plotW / float64(len(rows))
	barW := math.Max(1, math.Min(slot*0.72, 38))
	y := func(v float64) float64 { return float64(top) + plotH - plotH*v/yMax }
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="Quotes per %s by sourcing, and records per %s" %s font-size="12">`,
		width, height, bucket, bucket, chartFont)
	legend(&sb, left, legendY)
	fmt.Fprintf(&sb, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="5 3"/><text x="%d" y="%d" dominant-baseline="middle" fill="#1a1a1a">Records</text>`,
		left+440, left+466, legendY+8, legendY+8, left+472, legendY+8)
	for v := 0.0; v <= yMax+step/2; v += step {
		fmt.Fprintf(&sb, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#E6E6E6"/><text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle" fill="#555">%s</text>`,
			left, width-right, y(v), y(v), left-6, y(v), num(int64(v)))
	}
	labelEvery := int(math.Ceil(float64(len(rows)) / 12))
	years := len(rows[0].Period) == 10 && rows[0].Period[:4] != rows[len(rows)-1].Period[:4]
	var line []string
	for i, r := range rows {
		cx := float64(left) + slot*(float64(i)+0.5)
		base := 0.0
		for c := Sourcing(0); c < numSourcing; c++ {
			n := r.Sourcing.Count(c)
			if n == 0 {
				continue
			}
			y0, y1 := y(base), y(base+float64(n))
			fmt.Fprintf(&sb, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s — %s: %d quotes</title></rect>`,
				cx-barW/2, y1, barW, y0-y1, sourcingColors[c], bucket, r.Period, sourcingNames[c], n)
			base += float64(n)
		}
		line = append(line, fmt.Sprintf("%.1f,%.1f", cx, y(float64(r.Records))))
		if i%labelEvery == 0 {
			fmt.Fprintf(&sb, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`, cx, height-bottom+18, periodLabel(r.Period, bucket, years))
		}
	}
	fmt.Fprintf(&sb, `<polyline points="%s" fill="none" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="5 3"/>`, strings.Join(line, " "))
	for i, r := range rows {
		if len(rows) > maxDots {
			break // the line alone reads better than a crowd of dots
		}
		cx := float64(left) + slot*(float64(i)+0.5)
		fmt.Fprintf(&sb, `<circle cx="%.1f" cy="%.1f" r="3" fill="#1a1a1a"><title>%s %s: %d records</title></circle>`, cx, y(float64(r.Records)), bucket, r.Period, r.Records)
	}
	fmt.Fprintf(&sb, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#1a1a1a"/>`, left, width-right, y(0), y(0))
	sb.WriteString(`</svg>`)
	return sb.String()
}

// niceScale rounds a maximum up to 1, 2 or 5 times a power of ten, with
// about five steps.
func niceScale(maxV float64) (top, step float64) {
	if maxV <= 0 {
		return 1, 1
	}
	raw := maxV / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	switch m := raw / p; {
	case m <= 1:
		step = p
	case m <= 2:
		step = 2 * p
	case m <= 5:
		step = 5 * p
	default:
		step = 10 * p
	}
	step = math.Max(1, step)
	return math.Ceil(maxV/step) * step, step
}

// maxDots is the most periods the records line marks with a dot.
const maxDots = 120

// periodLabel writes a period's first day short: the month for months, the
// day without the year when all periods share one year.
func periodLabel(period, bucket string, years bool) string {
	switch {
	case len(period) != 10:
		return period
	case bucket == "month":
		return period[:7]
	case years:
		return period
	}
	return period[5:]
}

func shortLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// num writes n with thousands separators: 1,234,567.
func num(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// pct writes a share as a percentage with one decimal below 10%.
func pct(x float64) string {
	p := 100 * x
	if p > 0 && p < 10 {
		return fmt.Sprintf("%.1f%%", p)
	}
	return fmt.Sprintf("%.0f%%", p)
}
