package report

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/sayso/sayso/pipeline"
)

// OutletRule says how a record's outlet is found: a comma-separated list of
// methods tried in order, the first that gives a name winning.
//
//	host       the host of the record's url, without "www." ("www.nytimes.com/…" → nytimes.com)
//	id-prefix  the record id up to its first "_", when something follows
//	           (PolNeAR: "breitbart_2016-09-12_…" → breitbart)
//	source     the record's source field, without the ":line" that dumps add
//	           ("feeds/reuters.jsonl:12" → feeds/reuters.jsonl)
//	source-dir the name of the directory of the record's source path
//	           ("dumps/nyt/a1.txt" → nyt; ":line" suffixes of dumps are dropped)
//	re:EXPR    the first group of a regular expression matched against the id,
//	           e.g. "re:^([a-z]+)-\d+" (the whole match if it has no group)
//	url-re:EXPR the same, against the url
//
// Records for which no method gives a name are counted under "(unknown)".
const DefaultOutletRule = "host,id-prefix"

// DefaultDateRule is the default list of places a record's date is taken
// from, tried in order:
//
//	published  the published field: RFC 3339, "2006-01-02", "2006-01-02 15:04:05",
//	           RFC 1123 and a few other common forms (see dateLayouts)
//	id         a date written YYYY-MM-DD (or with "/", "_" or "." between) inside the id
//	url        the same inside the url (…/2016/09/12/…)
const DefaultDateRule = "published,id,url"

// UnknownOutlet is the outlet of records no rule could place.
const UnknownOutlet = "(unknown)"

type outletFunc func(*pipeline.Record) string

func parseOutletRule(rule string) ([]outletFunc, error) {
	if strings.TrimSpace(rule) == "" {
		rule = DefaultOutletRule
	}
	var fns []outletFunc
	for _, part := range splitRule(rule) {
		switch {
		case part == "host":
			fns = append(fns, func(r *pipeline.Record) string { return urlHost(r.URL) })
		case part == "id-prefix":
			fns = append(fns, func(r *pipeline.Record) string { return idPrefix(r.ID) })
		case part == "source":
			fns = append(fns, func(r *pipeline.Record) string { return trimLine(strings.TrimSpace(r.Source)) })
		case part == "source-dir":
			fns = append(fns, func(r *pipeline.Record) string { return sourceDir(r.Source) })
		case strings.HasPrefix(part, "re:"), strings.HasPrefix(part, "url-re:"):
			field, expr, _ := strings.Cut(part, ":")
			re, err := regexp.Compile(expr)
			if err != nil {
				return nil, fmt.Errorf("outlet rule %q: %w", part, err)
			}
			get := func(r *pipeline.Record) string { return r.ID }
			if field == "url-re" {
				get = func(r *pipeline.Record) string { return r.URL }
			}
			fns = append(fns, func(r *pipeline.Record) string { return firstGroup(re, get(r)) })
		default:
			return nil, fmt.Errorf("unknown outlet rule %q (want host, id-prefix, source, source-dir, re:EXPR or url-re:EXPR)", part)
		}
	}
	return fns, nil
}

// splitRule splits a rule list on commas, except inside a regular
// expression, which runs to the end of the list.
func splitRule(rule string) []string {
	var parts []string
	for rule != "" {
		rule = strings.TrimSpace(rule)
		if strings.HasPrefix(rule, "re:") || strings.HasPrefix(rule, "url-re:") {
			return append(parts, rule)
		}
		part, rest, _ := strings.Cut(rule, ",")
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
		rule = rest
	}
	return parts
}

func urlHost(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		// "nytimes.com/2016/…" without a scheme.
		if u, err = url.Parse("http://" + strings.TrimSpace(raw)); err != nil || !strings.Contains(u.Host, ".") {
			return ""
		}
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

func idPrefix(id string) string {
	i := strings.IndexByte(id, '_')
	if i <= 0 || i == len(id)-1 {
		return ""
	}
	return id[:i]
}

func sourceDir(src string) string {
	if src == "" || src == "-" {
		return ""
	}
	src = trimLine(src)
	dir := filepath.Base(filepath.Dir(filepath.ToSlash(src)))
	if dir == "." || dir == "/" || dir == "" {
		return ""
	}
	return path.Base(dir)
}

// trimLine drops the ":line" suffix ingest adds to the source of an
// article read from a dump.
func trimLine(src string) string {
	if i := strings.LastIndexByte(src, ':'); i > 0 && allDigits(src[i+1:]) {
		return src[:i]
	}
	return src
}

func firstGroup(re *regexp.Regexp, s string) string {
	m := re.FindStringSubmatch(s)
	switch {
	case m == nil:
		return ""
	case len(m) > 1:
		return m[1]
	}
	return m[0]
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

type dateFunc func(*pipeline.Record) (time.Time, bool)

func parseDateRule(rule string) ([]dateFunc, error) {
	if strings.TrimSpace(rule) == "" {
		rule = DefaultDateRule
	}
	var fns []dateFunc
	for _, part := range splitRule(rule) {
		switch part {
		case "published":
			fns = append(fns, func(r *pipeline.Record) (time.Time, bool) { return parsePublished(r.Published) })
		case "id":
			fns = append(fns, func(r *pipeline.Record) (time.Time, bool) { return dateIn(r.ID) })
		case "url":
			fns = append(fns, func(r *pipeline.Record) (time.Time, bool) { return dateIn(r.URL) })
		case "none":
		default:
			return nil, fmt.Errorf("unknown date rule %q (want published, id, url or none)", part)
		}
	}
	return fns, nil
}

// dateLayouts are the forms of the published field understood, most common
// first. Only the date is kept; times are read so that the date is right
// in the writer's own zone.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2006/01/02",
	"20060102",
}

func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return plausible(t)
		}
	}
	// A longer string that starts with a date: "2016-09-12T08:00:00.000+0000".
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return plausible(t)
		}
	}
	return time.Time{}, false
}

// dateInText finds YYYY-MM-DD with "-", "/", "_" or "." between the parts.
var dateInText = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-/_.](0[1-9]|1[0-2])[-/_.](0[1-9]|[12][0-9]|3[01])(?:[^0-9]|$)`)

func dateIn(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	m := dateInText.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil { // e.g. 2016-02-31
		return time.Time{}, false
	}
	return plausible(t)
}

// plausible keeps dates in 1900–2199: anything else is a parsing accident,
// and the bound keeps the per-day table small whatever the input.
func plausible(t time.Time) (time.Time, bool) {
	if t.Year() < 1900 || t.Year() > 2199 {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}
