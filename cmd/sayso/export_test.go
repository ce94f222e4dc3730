package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sayso/sayso/export"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const exportFixture = "../../export/testdata/records.yaml"

func TestExportFormats(t *testing.T) {
	for _, f := range []string{"conll", "spacy", "prose", "quotes"} {
		t.Run(f, func(t *testing.T) {
			code, out, stderr := sayso(t, "export", "--format", f, exportFixture)
			assert.Equal(t, exitSomeBad, code, "two fixture records cannot be exported: exit 1")
			assert.NotEmpty(t, out)
			assert.Contains(t, stderr, "5 record(s) read, 1 exported, 2 left out by --only accepted, 2 failed")
			assert.Contains(t, stderr, "notext: left out: the record has no text")
		})
	}
	code, out, _ := sayso(t, "export", "--format", "conll", "--only", "reviewed", exportFixture)
	assert.Equal(t, exitSomeBad, code)
	assert.Empty(t, export.CheckCoNLL(strings.NewReader(out)))
	assert.Equal(t, 1, strings.Count(out, "-DOCSTART-"), "two articles")
}

func TestExportBratToDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "brat")
	code, out, stderr := sayso(t, "export", "--format", "brat", "--only", "all", exportFixture, "-o", dir)
	assert.Equal(t, exitSomeBad, code, stderr)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "3 .txt/.ann pair(s)")
	names, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	require.NoError(t, err)
	assert.Len(t, names, 3)
	assert.Empty(t, export.CheckBrat(dir))
}

func TestExportFromBIOFile(t *testing.T) {
	dir := t.TempDir()
	bio := filepath.Join(dir, "gold.bio")
	require.NoError(t, os.WriteFile(bio, []byte("Brett\tB-PER\nMcGurk\tI-PER\nmet\tO\nAli\tB-PER\nBagheri\tI-PER\nin\tO\nOman\tB-LOC\n.\tO\n"), 0o644))
	out := filepath.Join(dir, "gold.jsonl")
	code, _, stderr := sayso(t, "export", "--format", "spacy", "--only", "all", "--labels", "PERSON,GPE,ORG", bio, "-o", out)
	require.Equal(t, exitOK, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Empty(t, export.CheckSpaCy(strings.NewReader(string(b))))
	assert.Contains(t, string(b), `{"start":0,"end":12,"label":"PERSON","token_start":0,"token_end":1}`)
	assert.Contains(t, string(b), `"label":"GPE"`)
}

func TestExportUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", exportFixture}, exitFatal, "--format is required"},
		{[]string{"export", "--format", "csv", exportFixture}, exitFatal, `unknown format "csv"`},
		{[]string{"export", "--format", "conll", "--only", "some", exportFixture}, exitFatal, `unknown --only "some"`},
		{[]string{"export", "--format", "conll"}, exitFatal, "no records given"},
		{[]string{"export", "--format", "brat", exportFixture}, exitFatal, "give it with -o DIR"},
		{[]string{"export", "--format", "conll", "--labels", "PER,LOC", exportFixture}, exitFatal, "want three comma-separated names"},
		{[]string{"export", "--format", "conll", "no/such/file.yaml"}, exitSomeBad, "no such file"},
	}
	for _, tc := range tests {
		code, _, stderr := sayso(t, tc.args...)
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, stderr)
		assert.Contains(t, stderr, tc.msg, "%v", tc.args)
	}
}

func TestExportNothingCounts(t *testing.T) {
	dir := t.TempDir()
	recs := filepath.Join(dir, "r.jsonl")
	require.NoError(t, os.WriteFile(recs, []byte(`{"schema":"sayso/v1","id":"a","text":"Iran said so.","entities":[],"quotes":[{"id":"Q1","kind":"direct","text":"so","start":10,"end":12,"confidence":0.5}],"errors":[]}`+"\n"), 0o644))
	code, out, stderr := sayso(t, "export", "--format", "conll", recs)
	assert.Equal(t, exitSomeBad, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "no record counts under --only accepted")
	assert.Contains(t, stderr, "--only all exports unreviewed records")

	code, out, stderr = sayso(t, "export", "--format", "conll", "--only", "all", recs)
	assert.Equal(t, exitOK, code, stderr)
	assert.Equal(t, "# text = Iran said so.\nIran\tO\nsaid\tO\nso\tO\n.\tO\n\n", out)
}
