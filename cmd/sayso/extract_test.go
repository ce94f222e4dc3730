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

// quoteKinds runs extract with args over text and returns the kinds and
// confidences of the quotes written.
func quoteKinds(t *testing.T, text string, args ...string) ([]string, []float64) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(in, []byte(text), 0o644))
	code, out, stderr := sayso(t, append(append([]string{"extract", "-quiet"}, args...), in)...)
	require.Equal(t, exitOK, code, stderr)
	recs, err := pipeline.ReadRecords(strings.NewReader(out))
	require.NoError(t, err)
	require.Len(t, recs, 1)
	var kinds []string
	var confs []float64
	for _, q := range recs[0].Quotes {
		kinds = append(kinds, q.Kind)
		confs = append(confs, q.Confidence)
	}
	return kinds, confs
}

func TestExtractMixed(t *testing.T) {
	const text = "The mayor said the plan was a “total disaster” for the city.\n"
	kinds, _ := quoteKinds(t, text)
	assert.Equal(t, []string{"indirect"}, kinds, "mixed is off by default")
	kinds, _ = quoteKinds(t, text, "--mixed")
	assert.Equal(t, []string{"mixed"}, kinds)
}

func TestExtractInnerSpeaker(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	const text = "“Delegates should vote as they see fit,” Walker said, according to an Associated Press account.\n"
	require.NoError(t, os.WriteFile(in, []byte(text), 0o644))
	speaker := func(args ...string) string {
		code, out, stderr := sayso(t, append(append([]string{"extract", "-quiet"}, args...), in)...)
		require.Equal(t, exitOK, code, stderr)
		recs, err := pipeline.ReadRecords(strings.NewReader(out))
		require.NoError(t, err)
		require.Len(t, recs, 1)
		require.Len(t, recs[0].Quotes, 1)
		return recs[0].Quotes[0].Speaker.Text
	}
	assert.Equal(t, "an Associated Press account", speaker(), "the source the sentence names last, by default")
	assert.Equal(t, "Walker", speaker("--inner-speaker"))
}

func TestExtractMinConfidence(t *testing.T) {
	seed, err := os.ReadFile("../../fixtures/seed/article.txt")
	require.NoError(t, err)
	all, allConf := quoteKinds(t, string(seed), "--min-confidence", "0")
	def, _ := quoteKinds(t, string(seed))
	high, highConf := quoteKinds(t, string(seed), "--min-confidence", "0.8")
	assert.GreaterOrEqual(t, len(all), len(def), "0 keeps every quote found")
	assert.Less(t, len(high), len(def), "a higher bar writes fewer quotes")
	assert.NotEmpty(t, high)
	for _, c := range highConf {
		assert.GreaterOrEqual(t, c, 0.8)
	}
	assert.Len(t, allConf, len(all))

	code, _, stderr := sayso(t, "extract", "--min-confidence", "1.5", "x.txt")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "--min-confidence must be between 0 and 1")
}
