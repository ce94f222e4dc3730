package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sayso runs the CLI in-process and returns its exit code and output.
func sayso(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestExtractSeedValidates(t *testing.T) {
	code, out, stderr := sayso(t, "extract", "../../fixtures/seed/article.txt")
	require.Equal(t, exitOK, code, stderr)
	recs, err := pipeline.ReadRecords(strings.NewReader(out))
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Empty(t, recs[0].Validate())
	assert.Equal(t, "../../fixtures/seed/article.txt", recs[0].ID)
	assert.NotEmpty(t, recs[0].Entities)
	assert.Contains(t, stderr, "1 article(s), 0 failed")
}

func TestExtractBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.jsonl")
	require.NoError(t, os.WriteFile(dump, []byte(`{"id":"ok","text":"Iran said so."}`+"\n"+`{"id":"broken",`+"\n"+`{"id":"ok2","text":"Fine."}`+"\n"), 0o644))
	badUTF8 := filepath.Join(dir, "latin1.txt")
	require.NoError(t, os.WriteFile(badUTF8, []byte("Caf\xe9 in Paris, \xff\xfe said Mr. Dupont."), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	out := filepath.Join(dir, "out.jsonl")

	code, _, stderr := sayso(t, "extract", "--format", "jsonl", dump, badUTF8, missing, "-o", out)
	assert.Equal(t, exitSomeBad, code, "some inputs failed: exit code 1")
	assert.Contains(t, stderr, "5 article(s), 2 failed")

	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)
	require.Len(t, recs, 5, "records out = articles in")
	ids := []string{}
	for _, r := range recs {
		ids = append(ids, r.ID)
		assert.Empty(t, r.Validate(), r.ID)
	}
	assert.Equal(t, []string{"ok", dump + ":2", "ok2", badUTF8, missing}, ids)
	assert.Contains(t, recs[1].Error, "not a JSON object")
	assert.Empty(t, recs[3].Error, "invalid UTF-8 is repaired, not fatal")
	require.NotEmpty(t, recs[3].Errors)
	assert.Contains(t, recs[3].Errors[0], "invalid UTF-8")
	assert.Contains(t, recs[3].Text, "Caf\uFFFD in Paris")
	assert.Contains(t, recs[4].Error, "no such file")
}

func TestExtractUsage(t *testing.T) {
	code, _, stderr := sayso(t, "extract")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "no input given")
	code, _, stderr = sayso(t, "extract", "--format", "xml", "x.txt")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, `unknown --format "xml"`)
	code, _, stderr = sayso(t, "frobnicate")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, `unknown command "frobnicate"`)
}
