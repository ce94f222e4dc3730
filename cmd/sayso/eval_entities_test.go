package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEvalEntitiesBIO(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.bio")
	require.NoError(t, os.WriteFile(gold, []byte(
		"Angela\tB-PER\nMerkel\tI-PER\nvisited\tO\nParis\tB-LOC\n.\tO\n\n"+
			"-DOCSTART-\n\n"+
			"The\tO\nUnited\tB-ORG\nNations\tI-ORG\nmet\tO\nin\tO\nGeneva\tB-LOC\n.\tO\n"), 0o644))
	for _, args := range [][]string{{}, {"--tagger"}} {
		code, out, stderr := sayso(t, append([]string{"eval", "entities", "--gold", gold}, args...)...)
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, out, "entities ALL P 1.000 R 1.000 F1 1.000  (gold 4, pred 4)", args)
		assert.Contains(t, out, "documents: 2")
	}
}

func TestEvalEntitiesJSONL(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	arts := filepath.Join(dir, "articles.jsonl")
	// "Brett McGurk" is code points 0-12, "Oman" 21-25 ("é" is one code point).
	require.NoError(t, os.WriteFile(arts, []byte(`{"id":"a","text":"Brett McGurk went to Oman. Café."}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(gold, []byte(`{"id":"a","entities":[{"type":"PER","start":0,"end":12},{"type":"LOC","start":21,"end":25}]}`+"\n"+
		`{"id":"b","entities":[{"type":"ORG","start":0,"end":3}]}`+"\n"), 0o644))
	code, out, stderr := sayso(t, "eval", "entities", "--gold", gold, "--articles", arts)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "entities PER P 1.000 R 1.000 F1 1.000")
	assert.Contains(t, out, "entities LOC P 1.000 R 1.000 F1 1.000")
	assert.Contains(t, out, "without a record: 1")

	// The same articles through extract, then scored as records.
	recs := filepath.Join(dir, "recs.yaml")
	code, _, stderr = sayso(t, "extract", arts, "-o", recs)
	require.Equal(t, exitOK, code, stderr)
	code, out2, stderr := sayso(t, "eval", "entities", "--gold", gold, "--pred", recs)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, out, out2)
	// The records alone after the flags, as "sayso eval quotes" takes them.
	code, out3, stderr := sayso(t, "eval", "entities", "--gold", gold, recs)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, out, out3)
	code, _, stderr = sayso(t, "eval", "entities", "--gold", gold, "--pred", recs, recs)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "unexpected")
}

func TestEvalEntitiesUsage(t *testing.T) {
	code, _, _ := sayso(t, "eval", "entities")
	assert.Equal(t, exitFatal, code)
	code, _, _ = sayso(t, "eval", "quotes")
	assert.Equal(t, exitFatal, code)
	code, _, stderr := sayso(t, "train")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "sayso train ner")
}
