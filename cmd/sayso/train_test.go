package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sayso/sayso/extractors/entities/conll"
	"github.com/sayso/sayso/extractors/entities/model"
	"github.com/sayso/sayso/extractors/entities/tagger"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallBuild stands in for the real training (25 s on the shared data): it
// trains on the records alone, and remembers what it was given.
func smallBuild(t *testing.T, got *[]conll.Document) func() {
	t.Helper()
	saved := buildModel
	buildModel = func(shared string, extra []conll.Document) (*tagger.Model, model.Report, error) {
		*got = extra
		opt := model.Options(nil)
		opt.Epochs, opt.SelfTrain, opt.Prune = 2, false, 0
		m, err := tagger.Train(extra, opt)
		return m, model.Report{Tokens: 1}, err
	}
	return func() { buildModel = saved }
}

func TestTrainNERFromRecords(t *testing.T) {
	var got []conll.Document
	defer smallBuild(t, &got)()
	dir := t.TempDir()
	bin := filepath.Join(dir, "ner.bin")
	gold := filepath.Join(dir, "split.bio")
	require.NoError(t, os.WriteFile(gold, []byte("Søren\tB-PER\nØrsted\tI-PER\nvisited\tO\nŁódź\tB-LOC\n.\tO\n"), 0o644))

	code, out, stderr := sayso(t, "train", "ner", "--only", "reviewed", "--from", exportFixture, "--eval", gold, "-o", bin)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "adding 2 record(s) of 5 (--only reviewed)")
	assert.Contains(t, out, "== "+gold+" (5 tokens, entity stage): shipped model -> new model")
	assert.Contains(t, out, "entities ALL P ")

	// The training data is the records as export writes them: two articles,
	// the pipeline's tokens, the mentions as BIO.
	require.Len(t, got, 2)
	var tagged []string
	for _, s := range got[1].Sentences {
		for i, tag := range s.Tags {
			if tag != "O" {
				tagged = append(tagged, s.Tokens[i]+"/"+tag)
			}
		}
	}
	assert.Equal(t, []string{"Zürich/B-LOC", "Nestlé/B-ORG", "S.A./I-ORG", "Łódź/B-LOC", "Søren/B-PER", "Ørsted/I-PER",
		"Warsaw/B-LOC", "Iran/B-LOC", "Reuters/B-ORG"}, tagged)

	// extract --model uses the new model.
	code, recs, stderr := sayso(t, "extract", "--model", bin, "../../fixtures/seed/article.txt")
	require.Equal(t, exitOK, code, stderr)
	rs, err := pipeline.ReadRecords(strings.NewReader(recs))
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Empty(t, rs[0].Validate())

	code, _, stderr = sayso(t, "eval", "entities", "--gold", gold, "--model", bin)
	assert.Equal(t, exitOK, code, stderr)
}

func TestTrainNERFromNothing(t *testing.T) {
	var got []conll.Document
	defer smallBuild(t, &got)()
	dir := t.TempDir()
	code, _, stderr := sayso(t, "train", "ner", "--from", exportFixture, "--only", "some", "-o", filepath.Join(dir, "x.bin"))
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, `unknown --only "some"`)

	recs := filepath.Join(dir, "r.jsonl")
	require.NoError(t, os.WriteFile(recs, []byte(`{"schema":"sayso/v1","id":"a","text":"Iran said so.","entities":[],"quotes":[],"errors":[]}`+"\n"), 0o644))
	code, _, stderr = sayso(t, "train", "ner", recs, "-o", filepath.Join(dir, "x.bin"))
	assert.Equal(t, exitSomeBad, code)
	assert.Contains(t, stderr, "no record counts")
	assert.Nil(t, got, "nothing was trained")

	code, _, stderr = sayso(t, "train", "ner", "--eval", "no/such.bio", "-o", filepath.Join(dir, "x.bin"))
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "--eval no/such.bio")
}

func TestModelFlagErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.bin")
	require.NoError(t, os.WriteFile(bad, []byte("not a model"), 0o644))
	code, _, stderr := sayso(t, "extract", "--model", bad, "../../fixtures/seed/article.txt")
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, stderr, "not an entity model written by sayso train ner")
}
