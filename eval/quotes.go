// Package eval scores sayso's records against gold data with the rules of
// the project's yardstick, ../shared/eval/score.py: the same matching, the
// same filters, the same numbers.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// GoldSpeaker is the source of a gold quote: the mention as written and,
// in resolved gold, the person it names.
type GoldSpeaker struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Name      string `json:"name,omitempty"`
	Ambiguous bool   `json:"ambiguous,omitempty"`
}

// GoldQuote is one gold quote. Offsets are Unicode code points into the
// article text, end exclusive.
type GoldQuote struct {
	Kind    string       `json:"kind"` // direct | indirect
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Text    string       `json:"text"`
	Speaker *GoldSpeaker `json:"speaker"`
}

// GoldDoc is the gold of one article: one line of a gold JSONL file.
type GoldDoc struct {
	ID     string      `json:"id"`
	Quotes []GoldQuote `json:"quotes"`
}

// ReadGold reads a gold JSONL file: one GoldDoc per line.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	var out []GoldDoc
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var g GoldDoc
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", line, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// PredSpeaker is a predicted speaker as the scorer sees it. Start and End
// are nil when the record gives none.
type PredSpeaker struct {
	Start, End *int
	Text, Name string
}

// PredQuote is a predicted quote as the scorer sees it.
type PredQuote struct {
	Start, End int
	Kind       string
	Text       string
	HasText    bool
	Speaker    PredSpeaker
}

// ReadPredictions reads a run's output: a YAML stream of records (the
// project's format) or JSON Lines (the project's or a peer's), keyed by
// article id. Like score.py, a later record with the same id replaces an
// earlier one, and quotes without start or end are skipped.
func ReadPredictions(r io.Reader) (map[string][]PredQuote, error) {
	p, _, err := ReadPredictionsText(r)
	return p, err
}

// ReadPredictionsText is ReadPredictions that also returns the article
// texts the records carry (for PolNeARView).
func ReadPredictionsText(r io.Reader) (map[string][]PredQuote, map[string]string, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	var docs []map[string]any
	if t := bytes.TrimLeft(raw, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		for i, l := range bytes.Split(raw, []byte("\n")) {
			if len(bytes.TrimSpace(l)) == 0 {
				continue
			}
			var d map[string]any
			dec := json.NewDecoder(bytes.NewReader(l))
			dec.UseNumber()
			if err := dec.Decode(&d); err != nil {
				return nil, nil, fmt.Errorf("predictions line %d: %w", i+1, err)
			}
			docs = append(docs, d)
		}
	} else {
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		for {
			var d any
			if err := dec.Decode(&d); err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				return nil, nil, fmt.Errorf("predictions: %w", err)
			}
			if m, ok := d.(map[string]any); ok {
				docs = append(docs, m)
			}
		}
	}
	out := make(map[string][]PredQuote, len(docs))
	texts := map[string]string{}
	for _, d := range docs {
		id := pyStr(d["id"])
		if t, ok := d["text"].(string); ok {
			texts[id] = t
		}
		var qs []PredQuote
		list, _ := d["quotes"].([]any)
		for _, x := range list {
			q, ok := x.(map[string]any)
			if !ok {
				continue
			}
			s, ok1 := pyInt(q["start"])
			e, ok2 := pyInt(q["end"])
			if !ok1 || !ok2 {
				continue
			}
			pq := PredQuote{Start: s, End: e, Kind: "direct"}
			if k, ok := q["kind"]; ok && k != nil {
				pq.Kind = pyStr(k)
			}
			if t, ok := q["text"]; ok && t != nil {
				pq.Text, pq.HasText = pyStr(t), true
			}
			switch sp := q["speaker"].(type) {
			case string:
				pq.Speaker.Text = sp
			case map[string]any:
				if v, ok := pyInt(sp["start"]); ok {
					pq.Speaker.Start = &v
				}
				if v, ok := pyInt(sp["end"]); ok {
					pq.Speaker.End = &v
				}
				if t, ok := sp["text"]; ok && t != nil {
					pq.Speaker.Text = pyStr(t)
				}
				if t, ok := sp["name"]; ok && t != nil {
					pq.Speaker.Name = pyStr(t)
				}
			}
			qs = append(qs, pq)
		}
		out[id] = qs
	}
	return out, texts, nil
}

func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case json.Number:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

func pyInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int64:
		return int(x), true
	case float64:
		return int(x), true
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return int(i), true
		}
		if f, err := x.Float64(); err == nil {
			return int(f), true
		}
	case string:
		if i, err := strconv.Atoi(strings.TrimSpace(x)); err == nil {
			return i, true
		}
	}
	return 0, false
}

// KindScore is the score of one kind of quote.
type KindScore struct {
	Kind                string
	TP, Pred, Gold      int
	P, R, F1            float64
	SpeakerOK, SpeakerN int     // matched quotes whose gold has a speaker, and those whose speaker is right
	SpeakerAcc          float64 // SpeakerOK / SpeakerN
	EndToEndF1          float64 // quote and speaker both right
}

// QuoteScores is the score of a run, per kind.
type QuoteScores struct {
	Direct, Indirect KindScore
	Resolved         bool
}

// QuoteOptions choose the scoring rules.
type QuoteOptions struct {
	Threshold float64 // overlap / union needed for two spans to match; 0 means 0.5
	Resolved  bool    // a speaker is right only when its resolved name names the gold person
}

// ScoreQuotes scores predictions against gold with score.py's rules
// (`quotes` and, with Resolved, `quotes-resolved`):
//   - a gold quote is matched to the unused prediction of its kind that
//     overlaps it most (intersection / union), if that is at least the
//     threshold; direct gold is matched with predictions of any kind but
//     indirect, indirect gold with indirect predictions;
//   - predicted non-indirect quotes of fewer than 4 words are not scored;
//   - a speaker is right when its span overlaps the gold source's span, or
//     when the words of its name or text hold or are held by those of the
//     gold's name or text (articles and Mr/Mrs/Ms/Dr left out); with
//     Resolved, only the name (or, lacking one, the text) counts.
func ScoreQuotes(gold []GoldDoc, pred map[string][]PredQuote, opt QuoteOptions) QuoteScores {
	res := QuoteScores{Resolved: opt.Resolved}
	for _, kind := range [2]string{"direct", "indirect"} {
		ks := KindScore{Kind: kind}
		e2e := 0
		for _, g := range gold {
			for _, o := range matchKind(g, pred[g.ID], kind, opt) {
				if o.Gold >= 0 {
					ks.Gold++
				}
				if o.Pred >= 0 {
					ks.Pred++
				}
				if o.Gold >= 0 && o.Pred >= 0 {
					ks.TP++
					if o.HasSpeaker {
						ks.SpeakerN++
						if o.SpeakerOK {
							ks.SpeakerOK++
							e2e++
						}
					}
				}
			}
		}
		ks.P, ks.R, ks.F1 = prf(ks.TP, ks.Pred, ks.Gold)
		if ks.SpeakerN > 0 {
			ks.SpeakerAcc = float64(ks.SpeakerOK) / float64(ks.SpeakerN)
		}
		_, _, ks.EndToEndF1 = prf(e2e, ks.Pred, ks.Gold)
		if kind == "direct" {
			res.Direct = ks
		} else {
			res.Indirect = ks
		}
	}
	return res
}

// Match is one line of the scorer's ledger: a gold quote, a scored
// prediction, or the two matched. Gold and Pred index the article's gold
// quotes and predictions (-1 when absent).
type Match struct {
	Kind       string
	Gold, Pred int
	HasSpeaker bool // the gold quote has a speaker
	SpeakerOK  bool
}

// MatchDoc returns the scorer's ledger for one article: every gold quote
// and every scored prediction, matched as ScoreQuotes matches them.
// Predictions that are not scored (short direct ones) do not appear.
func MatchDoc(g GoldDoc, pred []PredQuote, opt QuoteOptions) []Match {
	return append(matchKind(g, pred, "direct", opt), matchKind(g, pred, "indirect", opt)...)
}

func matchKind(g GoldDoc, pred []PredQuote, kind string, opt QuoteOptions) []Match {
	th := opt.Threshold
	if th == 0 {
		th = 0.5
	}
	var out []Match
	var pq []int
	for i, p := range pred {
		if (p.Kind != "indirect") != (kind == "direct") {
			continue
		}
		if kind == "direct" {
			t := p.Text
			if !p.HasText || t == "" {
				t = "x x x x"
			}
			if len(strings.FieldsFunc(t, isPySpace)) < 4 {
				continue
			}
		}
		pq = append(pq, i)
	}
	used := make([]bool, len(pq))
	for gi, q := range g.Quotes {
		if q.Kind != kind {
			continue
		}
		m := Match{Kind: kind, Gold: gi, Pred: -1}
		best, bi := 0.0, -1
		for i, pi := range pq {
			if used[i] {
				continue
			}
			p := pred[pi]
			if o := overlap(q.Start, q.End, p.Start, p.End); o > best {
				best, bi = o, i
			}
		}
		if bi >= 0 && best >= th {
			used[bi] = true
			m.Pred = pq[bi]
			if q.Speaker != nil {
				m.HasSpeaker = true
				if opt.Resolved {
					m.SpeakerOK = SpeakerResolvedOK(q.Speaker, &pred[m.Pred].Speaker)
				} else {
					m.SpeakerOK = SpeakerOK(q.Speaker, &pred[m.Pred].Speaker)
				}
			}
		}
		out = append(out, m)
	}
	for i, pi := range pq {
		if !used[i] {
			out = append(out, Match{Kind: kind, Gold: -1, Pred: pi})
		}
	}
	return out
}

// isPySpace is Python's str.split() notion of white space.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\x1c' || r == '\x1d' || r == '\x1e' || r == '\x1f'
}

func prf(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func overlap(a0, a1, b0, b1 int) float64 {
	inter := max(0, min(a1, b1)-max(a0, b0))
	union := max(a1, b1) - min(a0, b0)
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// normWords is score.py's norm_words: the lower-case \w+ words of s, less
// the articles and Mr, Mrs, Ms, Dr.
func normWords(s string) map[string]bool {
	out := map[string]bool{}
	s = strings.ToLower(s)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := s[start:end]
			switch w {
			case "the", "a", "an", "mr", "mrs", "ms", "dr":
			default:
				out[w] = true
			}
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

func subsetEither(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

func goldWords(g *GoldSpeaker) map[string]bool {
	if g.Name != "" {
		return normWords(g.Name)
	}
	return normWords(g.Text)
}

// SpeakerOK is score.py's speaker_ok: the spans overlap, or the words of
// the predicted name or text hold or are held by the gold's.
func SpeakerOK(g *GoldSpeaker, p *PredSpeaker) bool {
	if g == nil || p == nil || p.Start == nil && p.End == nil && p.Text == "" && p.Name == "" {
		return false
	}
	if p.Start != nil && p.End != nil && min(g.End, *p.End) > max(g.Start, *p.Start) {
		return true
	}
	gw := goldWords(g)
	for _, s := range [2]string{p.Name, p.Text} {
		if subsetEither(gw, normWords(s)) {
			return true
		}
	}
	return false
}

// SpeakerResolvedOK is score.py's speaker_resolved_ok: the predicted
// speaker's name (or, lacking one, its text) names the gold person.
func SpeakerResolvedOK(g *GoldSpeaker, p *PredSpeaker) bool {
	if g == nil || p == nil || p.Start == nil && p.End == nil && p.Text == "" && p.Name == "" {
		return false
	}
	s := p.Name
	if s == "" {
		s = p.Text
	}
	return subsetEither(goldWords(g), normWords(s))
}

// Format writes the scores in score.py's words, one line per kind.
func (s QuoteScores) Format(w io.Writer) {
	label := "speaker"
	if s.Resolved {
		label = "resolved-speaker"
	}
	for _, k := range [2]KindScore{s.Direct, s.Indirect} {
		fmt.Fprintf(w, "quotes %-8s P %.3f R %.3f F1 %.3f | %s acc %.3f (%d/%d) | quote+speaker F1 %.3f  (gold %d, pred %d)\n",
			k.Kind, k.P, k.R, k.F1, label, k.SpeakerAcc, k.SpeakerOK, k.SpeakerN, k.EndToEndF1, k.Gold, k.Pred)
	}
}
