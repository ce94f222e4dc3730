package eval

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// PolNeARView rewrites predictions the way PolNeAR's gold was derived
// (score.py polnear), so that a right answer is not counted wrong for a
// convention of the gold:
//
//   - the converter sees only “…” and "…" as quotation marks: a quote in
//     ”…” (the double-apostrophe style of some wire feeds) is, in the gold,
//     the content of an indirect attribution, spanning all the quoted
//     stretches of one attribution. Such predictions become one indirect
//     quote per run of stretches with the same speaker in one paragraph;
//   - quotes in ‘single’ marks (headlines) and interview transcript turns
//     have no gold at all: they are left out.
//
// texts maps article ids to their text (code point offsets index it).
// Predictions of articles without a text are left as they are.
func PolNeARView(pred map[string][]PredQuote, texts map[string]string) map[string][]PredQuote {
	out := make(map[string][]PredQuote, len(pred))
	for id, qs := range pred {
		text, ok := texts[id]
		if !ok {
			out[id] = qs
			continue
		}
		runes := []rune(text)
		at := func(i int) rune {
			if i < 0 || i >= len(runes) {
				return 0
			}
			return runes[i]
		}
		var keep []PredQuote
		var run []PredQuote
		flush := func() {
			if len(run) == 0 {
				return
			}
			q := run[0]
			q.Kind = "indirect"
			q.Start = max(0, run[0].Start-2)
			q.End = min(len(runes), run[len(run)-1].End+2)
			q.Text, q.HasText = string(runes[q.Start:q.End]), true
			keep = append(keep, q)
			run = run[:0]
		}
		sorted := append([]PredQuote(nil), qs...)
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
		for _, q := range sorted {
			if q.Kind == "indirect" {
				keep = append(keep, q)
				continue
			}
			open, close := at(q.Start-1), at(q.End)
			switch {
			case (open == '“' || open == '"') && (close == '”' || close == '"' || q.End >= len(runes)):
				keep = append(keep, q)
			case open == '\'' && at(q.Start-2) == '\'':
				if len(run) > 0 {
					last := run[len(run)-1]
					between := string(runes[min(last.End, q.Start):q.Start])
					if !sameSpeaker(last.Speaker, q.Speaker) || strings.Contains(between, "\n") {
						flush()
					}
				}
				run = append(run, q)
			case open == '‘' || open == '\'' || open == '’' || !isMarkRune(open):
				// single marks or no marks: no gold
			default:
				keep = append(keep, q)
			}
		}
		flush()
		sort.SliceStable(keep, func(i, j int) bool { return keep[i].Start < keep[j].Start })
		out[id] = keep
	}
	return out
}

func sameSpeaker(a, b PredSpeaker) bool {
	if a.Start != nil && b.Start != nil {
		return *a.Start == *b.Start
	}
	return a.Text == b.Text && a.Name == b.Name
}

func isMarkRune(r rune) bool {
	return r != 0 && r != utf8.RuneError && strings.ContainsRune("“”\"'‘’«»„‚‹›`", r)
}
