package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEvalQuotes(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	pred := filepath.Join(dir, "pred.jsonl")
	require.NoError(t, os.WriteFile(gold, []byte(`{"id":"a","quotes":[`+
		`{"kind":"direct","start":1,"end":30,"text":"one two three four five","speaker":{"start":33,"end":38,"text":"Smith","name":"John Smith"}},`+
		`{"kind":"indirect","start":50,"end":90,"text":"x","speaker":{"start":40,"end":42,"text":"he","name":"John Smith"}}]}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(pred, []byte(`{"id":"a","quotes":[`+
		`{"kind":"direct","start":1,"end":30,"text":"one two three four five","speaker":{"start":33,"end":38,"text":"Smith","name":"John Smith"}},`+
		`{"kind":"indirect","start":52,"end":90,"text":"y","speaker":{"start":40,"end":42,"text":"he","name":"he"}}]}`+"\n"), 0o644))

	code, out, stderr := sayso(t, "eval", "quotes", "--gold", gold, pred)
	require.Equal(t, exitOK, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "quotes direct   P 1.000 R 1.000 F1 1.000 | speaker acc 1.000 (1/1)")
	assert.Contains(t, lines[1], "quotes indirect P 1.000 R 1.000 F1 1.000 | speaker acc 1.000 (1/1)")

	code, out, _ = sayso(t, "eval", "quotes", "--resolved", "--gold", gold, pred)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "resolved-speaker acc 0.000 (0/1)", "an unresolved pronoun names nobody")

	code, _, stderr = sayso(t, "eval", "quotes", pred)
	assert.Equal(t, exitFatal, code, "no --gold")
	assert.Contains(t, stderr, "Usage")
	code, _, _ = sayso(t, "eval", "nonsense")
	assert.Equal(t, exitFatal, code)
}
