package model

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/corpus"
)

var rebuild = flag.Bool("rebuild", false, "retrain ner.bin from shared/data/ner")

// TestRebuild retrains the shipped model when run with -rebuild
// (go test ./extractors/entities/model -run Rebuild -rebuild).
func TestRebuild(t *testing.T) {
	if !*rebuild {
		t.Skip("run with -rebuild to retrain ner.bin")
	}
	shared := corpus.SharedDir()
	require.NotEmpty(t, shared)
	m, rep, err := Build(shared)
	require.NoError(t, err)
	f, err := os.Create("ner.bin")
	require.NoError(t, err)
	_, err = m.WriteTo(f)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	t.Logf("trained on %d tokens + %d unlabelled texts in %v", rep.Tokens, rep.Unlabelled, rep.Duration)
}
