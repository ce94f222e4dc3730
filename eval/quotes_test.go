package eval

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func ip(i int) *int { return &i }

func TestSpeakerRules(t *testing.T) {
	g := &GoldSpeaker{Start: 10, End: 13, Text: "he", Name: "Donald Trump"}
	tests := []struct {
		name         string
		p            PredSpeaker
		ok, resolved bool
	}{
		{"span overlap", PredSpeaker{Start: ip(11), End: ip(20), Text: "e said"}, true, false},
		{"touching is no overlap", PredSpeaker{Start: ip(13), End: ip(20), Text: "x"}, false, false},
		{"name words held by gold", PredSpeaker{Start: ip(50), End: ip(55), Text: "Trump", Name: "Trump"}, true, true},
		{"titles and articles dropped", PredSpeaker{Start: ip(50), End: ip(55), Text: "Mr. Trump"}, true, true},
		{"other person", PredSpeaker{Start: ip(50), End: ip(55), Text: "Clinton", Name: "Hillary Clinton"}, false, false},
		{"resolved needs the name", PredSpeaker{Start: ip(10), End: ip(13), Text: "he", Name: "he"}, true, false},
		{"empty", PredSpeaker{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.ok, SpeakerOK(g, &tt.p))
			assert.Equal(t, tt.resolved, SpeakerResolvedOK(g, &tt.p))
		})
	}
}

func TestScoreQuotes(t *testing.T) {
	gold := []GoldDoc{{ID: "a", Quotes: []GoldQuote{
		{Kind: "direct", Start: 0, End: 40, Text: "one two three four five", Speaker: &GoldSpeaker{Start: 50, End: 55, Text: "Smith"}},
		{Kind: "direct", Start: 100, End: 140, Text: "six seven eight nine", Speaker: nil},
		{Kind: "indirect", Start: 200, End: 260, Text: "x", Speaker: &GoldSpeaker{Start: 270, End: 272, Text: "he", Name: "John Smith"}},
	}}}
	pred := map[string][]PredQuote{"a": {
		{Start: 0, End: 30, Kind: "direct", Text: "one two three four", HasText: true, Speaker: PredSpeaker{Start: ip(50), End: ip(55), Text: "Smith"}},
		{Start: 100, End: 140, Kind: "mixed", Text: "six seven", HasText: true}, // fewer than 4 words: not scored
		{Start: 300, End: 340, Kind: "direct", Text: "", HasText: false},        // no text: scored, unmatched
		{Start: 205, End: 260, Kind: "indirect", Speaker: PredSpeaker{Text: "he", Name: "John Smith"}},
	}}
	s := ScoreQuotes(gold, pred, QuoteOptions{})
	assert.Equal(t, KindScore{Kind: "direct", TP: 1, Pred: 2, Gold: 2, P: 0.5, R: 0.5, F1: 0.5, SpeakerOK: 1, SpeakerN: 1, SpeakerAcc: 1, EndToEndF1: 0.5}, s.Direct)
	assert.Equal(t, 1, s.Indirect.TP)
	assert.Equal(t, 1, s.Indirect.SpeakerOK)
	r := ScoreQuotes(gold, pred, QuoteOptions{Resolved: true})
	assert.Equal(t, 1, r.Indirect.SpeakerOK, "resolved name names the gold person")
}

func TestPolNeARView(t *testing.T) {
	text := "''We will win,'' Mr. Smith said. ''All of us.''\n\n“Curly quote here,” he said.\n\n‘Headline quote here’"
	r := []rune(text)
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		n := len([]rune(text[:i]))
		return n, n + len([]rune(s))
	}
	s1, e1 := at("We will win,")
	s2, e2 := at("All of us.")
	s3, e3 := at("Curly quote here,")
	s4, e4 := at("Headline quote here")
	sp := PredSpeaker{Start: ip(20), End: ip(29), Text: "Mr. Smith"}
	pred := map[string][]PredQuote{"a": {
		{Start: s1, End: e1, Kind: "direct", Speaker: sp},
		{Start: s2, End: e2, Kind: "direct", Speaker: sp},
		{Start: s3, End: e3, Kind: "direct"},
		{Start: s4, End: e4, Kind: "direct"},
	}}
	got := PolNeARView(pred, map[string]string{"a": text})["a"]
	require.Len(t, got, 2)
	assert.Equal(t, "indirect", got[0].Kind)
	assert.Equal(t, string(r[s1-2:e2+2]), got[0].Text, "one indirect over the run, marks included")
	assert.Equal(t, "direct", got[1].Kind)
	assert.Equal(t, s3, got[1].Start)
}

// TestMatchesScorePy runs score.py and the Go scorer on the same gold and
// predictions and compares their output line by line.
func TestMatchesScorePy(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("shared data not found (set SAYSO_SHARED)")
	}
	script := filepath.Join(shared, "eval", "score.py")
	gold := filepath.Join(shared, "data", "polnear", "dev", "gold-resolved.jsonl")
	gf, err := os.Open(gold)
	require.NoError(t, err)
	g, err := ReadGold(gf)
	gf.Close()
	require.NoError(t, err)
	dir := t.TempDir()
	preds := []string{filepath.Join(dir, "pred.jsonl"), filepath.Join(dir, "pred.yaml")}
	writePerturbed(t, g, preds[0], preds[1])
	for _, pred := range preds {
		for _, resolved := range []bool{false, true} {
			cmd := "quotes"
			if resolved {
				cmd = "quotes-resolved"
			}
			out, err := exec.Command(py, script, cmd, gold, pred).CombinedOutput()
			if err != nil && strings.Contains(string(out), "No module named 'yaml'") {
				t.Skip("score.py needs PyYAML")
			}
			require.NoError(t, err, string(out))
			pf, err := os.Open(pred)
			require.NoError(t, err)
			p, err := ReadPredictions(pf)
			pf.Close()
			require.NoError(t, err)
			var buf bytes.Buffer
			ScoreQuotes(g, p, QuoteOptions{Resolved: resolved}).Format(&buf)
			assert.Equal(t, string(out), buf.String(), "%s %s", cmd, pred)
		}
	}
}

// writePerturbed writes predictions made from the gold by deterministic
// perturbations (shifted and cut spans, other kinds, short texts, missing
// texts, speakers by span, by name, by text, as a string or missing, extra
// quotes) as JSONL and as a YAML stream, so that every rule of the scorer
// is exercised without shipping any article text.
func writePerturbed(t *testing.T, gold []GoldDoc, jsonlPath, yamlPath string) {
	rng := rand.New(rand.NewPCG(1, 2))
	var docs []map[string]any
	for _, g := range gold {
		var qs []any
		for _, q := range g.Quotes {
			if rng.IntN(6) == 0 {
				continue // missed
			}
			n := q.End - q.Start
			p := map[string]any{"start": q.Start, "end": q.End, "kind": q.Kind, "text": q.Text}
			switch rng.IntN(6) {
			case 0:
				p["start"] = q.Start + n/3 // overlap around 0.67
			case 1:
				p["end"] = q.End - n*3/4 // overlap 0.25
			case 2:
				p["kind"] = map[string]string{"direct": "mixed", "indirect": "direct"}[q.Kind]
			case 3:
				p["text"] = "too short"
			case 4:
				delete(p, "text")
			}
			if q.Speaker != nil {
				sp := map[string]any{}
				switch rng.IntN(7) {
				case 0:
					sp["start"], sp["end"], sp["text"] = q.Speaker.Start, q.Speaker.End, q.Speaker.Text
				case 1:
					sp["start"], sp["end"], sp["text"] = q.Speaker.End, q.Speaker.End+4, "said"
				case 2:
					sp["text"], sp["name"] = "he", q.Speaker.Name
				case 3:
					sp["text"] = "Mr. " + q.Speaker.Text
				case 4:
					sp["text"], sp["name"] = q.Speaker.Text, "Somebody Else"
				case 5:
					p["speaker"] = q.Speaker.Text
				}
				if _, ok := p["speaker"]; !ok && len(sp) > 0 {
					p["speaker"] = sp
				}
			}
			qs = append(qs, p)
		}
		if rng.IntN(3) == 0 {
			qs = append(qs, map[string]any{"start": 1, "end": 30, "kind": "direct", "text": "an extra quote of five words"})
		}
		docs = append(docs, map[string]any{"id": g.ID, "quotes": qs})
	}
	var jb, yb bytes.Buffer
	for _, d := range docs {
		b, err := json.Marshal(d)
		require.NoError(t, err)
		jb.Write(b)
		jb.WriteByte('\n')
		y, err := yaml.Marshal(d)
		require.NoError(t, err)
		yb.WriteString("---\n")
		yb.Write(y)
	}
	require.NoError(t, os.WriteFile(jsonlPath, jb.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(yamlPath, yb.Bytes(), 0o644))
}
