package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sayso/sayso/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestReportFromExtract runs extract then report on the seed article, in
// every output format.
func TestReportFromExtract(t *testing.T) {
	dir := t.TempDir()
	recs := filepath.Join(dir, "seed.yaml")
	code, _, stderr := sayso(t, "extract", "../../fixtures/seed/article.txt", "-o", recs)
	require.Equal(t, exitOK, code, stderr)

	page := filepath.Join(dir, "report.html")
	code, _, stderr = sayso(t, "report", recs, "-o", page, "--title", "Seed check")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "1 record(s)")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(html), "<title>Seed check — sayso report</title>")
	assert.Contains(t, string(html), "Financial Times", "the most mentioned organization is on the page")
	assert.NotContains(t, string(html), "<script", "the page runs no script")
	assert.NotContains(t, string(html), "http://", "the page links nothing outside")
	assert.NotContains(t, string(html), dir, "the page does not show the author's directories")

	code, out, stderr := sayso(t, "report", "--format", "yaml", recs)
	require.Equal(t, exitOK, code, stderr)
	var rep report.Report
	require.NoError(t, yaml.Unmarshal([]byte(out), &rep))
	assert.Equal(t, int64(1), rep.Totals.Records)
	require.NotEmpty(t, rep.Organizations)
	assert.Equal(t, "Financial Times", rep.Organizations[0].Name)
	assert.Equal(t, int64(6), rep.Organizations[0].Mentions)

	csvDir := filepath.Join(dir, "tables")
	code, _, stderr = sayso(t, "report", recs, "--format", "csv", "-o", csvDir)
	require.Equal(t, exitOK, code, stderr)
	f, err := os.Open(filepath.Join(csvDir, "entities.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"type", "rank", "name", "mentions"}, rows[0][:4])
	files, err := filepath.Glob(filepath.Join(csvDir, "*.csv"))
	require.NoError(t, err)
	assert.Len(t, files, 11)
}

func TestReportUsage(t *testing.T) {
	dir := t.TempDir()
	recs := filepath.Join(dir, "r.jsonl")
	require.NoError(t, os.WriteFile(recs, []byte(`{"schema":"sayso/v1","id":"a","entities":[],"quotes":[],"errors":[]}`+"\n"+`not json`+"\n"), 0o644))
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report"}, exitFatal, "no records given"},
		{[]string{"report", recs, "--format", "pdf"}, exitFatal, "unknown --format"},
		{[]string{"report", recs, "--format", "csv"}, exitFatal, "give a directory"},
		{[]string{"report", recs, "--outlet", "hostname"}, exitFatal, "unknown outlet rule"},
		{[]string{"report", recs, "--by", "year"}, exitFatal, "unknown bucket"},
		{[]string{"report", recs, "-o", filepath.Join(dir, "r.html")}, exitSomeBad, "1 record(s), 0 quote(s), 0 with errors, 1 unreadable"},
		{[]string{"report", filepath.Join(dir, "missing.yaml"), "-o", filepath.Join(dir, "m.html")}, exitSomeBad, "0 record(s)"},
	}
	for _, tt := range tests {
		code, _, stderr := sayso(t, tt.args...)
		assert.Equal(t, tt.code, code, strings.Join(tt.args, " "))
		assert.Contains(t, stderr, tt.msg, strings.Join(tt.args, " "))
	}
}
