// Package eval scores sayso's records against gold data.
package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/pipeline"
)

// ReadBrat reads a directory of brat standoff annotations as gold records,
// one per .txt file with its .ann beside it. It reads what
// 'sayso export --format brat' writes (entity mentions, Equiv groups,
// attributions with a Kind attribute, names in AnnotatorNotes; ids.tsv maps
// file names back to record ids) and PolNeAR's layout: text/ and
// attributions/ subdirectories, NAME.txt annotated by NAME_<annotator>.ann
// (the first by name is used, as ../shared/eval/score.py does).
//
// Entity mentions are T lines whose type pipeline.ParseEntityType knows
// (PER, LOC, ORG, Person, Location, GPE, ...). Quotes are Attribution events
// with a Content: an event with a Kind attribute is one quote of that kind,
// spanning its content; one without (PolNeAR) is read by score.py's rules:
// each quoted segment of four words or more inside the content is a direct
// quote, and a content without one, with a source and a speech cue, is an
// indirect quote. Offsets are code points, as in records.
func ReadBrat(dir string) ([]*pipeline.Record, error) {
	textDir, annDir := dir, dir
	if isDir(filepath.Join(dir, "text")) && isDir(filepath.Join(dir, "attributions")) {
		textDir, annDir = filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
	}
	txts, err := filepath.Glob(filepath.Join(textDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(txts) == 0 {
		return nil, fmt.Errorf("%s: no .txt files", dir)
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	ids, err := readBratIDs(filepath.Join(dir, "ids.tsv"))
	if err != nil {
		return nil, err
	}
	var recs []*pipeline.Record
	var errs []error
	for _, txt := range txts {
		name := strings.TrimSuffix(filepath.Base(txt), ".txt")
		ann := findAnn(anns, annDir, name)
		id := name
		if v, ok := ids[name]; ok {
			id = v
		}
		rec, err := ReadBratFile(txt, ann, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs = append(recs, rec)
	}
	return recs, errors.Join(errs...)
}

// ReadBratFile reads one text and its annotations (ann may be "": no
// annotations) as a record with the given id.
func ReadBratFile(txtPath, annPath, id string) (*pipeline.Record, error) {
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(text) {
		return nil, fmt.Errorf("%s: not valid UTF-8", txtPath)
	}
	var ann io.Reader = strings.NewReader("")
	if annPath != "" {
		f, err := os.Open(annPath)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		ann = f
	}
	rec, err := ReadBratAnn(string(text), ann, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", annPath, err)
	}
	rec.Source = txtPath
	return rec, nil
}

// findAnn returns NAME.ann, else the first NAME_*.ann, else "".
func findAnn(anns []string, dir, name string) string {
	exact := filepath.Join(dir, name+".ann")
	for _, a := range anns {
		if a == exact {
			return a
		}
	}
	for _, a := range anns {
		if b := filepath.Base(a); strings.HasPrefix(b, name+"_") && !strings.Contains(b[len(name)+1:], "_") {
			return a
		}
	}
	return ""
}

func readBratIDs(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	ids := map[string]string{}
	for line := range strings.SplitSeq(string(b), "\n") {
		if name, id, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			ids[name] = id
		}
	}
	return ids, nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// bratSpan is a T line: a type and one or more fragments, code points.
type bratSpan struct {
	typ   string
	frags [][2]int
}

// start and end cover every fragment. (score.py takes the first fragment's
// start and the last one's end, which for the two PolNeAR dev attributions
// whose fragments are out of order gives an empty, inverted span.)
func (s bratSpan) start() int {
	m := s.frags[0][0]
	for _, f := range s.frags[1:] {
		m = min(m, f[0])
	}
	return m
}

func (s bratSpan) end() int {
	m := s.frags[0][1]
	for _, f := range s.frags[1:] {
		m = max(m, f[1])
	}
	return m
}

// bratEvent is an E line: its type and role → T id.
type bratEvent struct {
	id    string
	typ   string
	roles map[string]string
}

// ReadBratAnn reads the annotations of one text as a record.
func ReadBratAnn(text string, ann io.Reader, id string) (*pipeline.Record, error) {
	spans := map[string]bratSpan{}
	var tOrder []string
	var events []bratEvent
	kinds := map[string]string{} // event id → kind
	notes := map[string]string{} // T id → note
	var equivs [][]string
	sc := bufio.NewScanner(ann)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSuffix(sc.Text(), "\r")
		fields := strings.SplitN(l, "\t", 3)
		if len(fields) < 2 || len(fields[0]) == 0 {
			continue // a continuation of a T line's text (PolNeAR has a few), or blank
		}
		switch fields[0][0] {
		case 'T':
			typ, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("line %d: bad T line %q", line, l)
			}
			sp := bratSpan{typ: typ}
			for f := range strings.SplitSeq(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(f), " ")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
					return nil, fmt.Errorf("line %d: bad offsets %q", line, offs)
				}
				sp.frags = append(sp.frags, [2]int{start, end})
			}
			spans[fields[0]] = sp
			tOrder = append(tOrder, fields[0])
		case 'E':
			ev := bratEvent{id: fields[0], roles: map[string]string{}}
			for i, arg := range strings.Fields(fields[1]) {
				role, ref, _ := strings.Cut(arg, ":")
				if i == 0 {
					ev.typ = role
					continue
				}
				ev.roles[role] = ref // a second "Content2" is not read, as score.py does not
			}
			events = append(events, ev)
		case 'A', 'M':
			f := strings.Fields(fields[1])
			if len(f) == 3 && f[0] == "Kind" {
				kinds[f[1]] = f[2]
			}
		case '#':
			f := strings.Fields(fields[1])
			if len(f) == 2 && f[0] == "AnnotatorNotes" && len(fields) == 3 {
				notes[f[1]] = fields[2]
			}
		case '*':
			f := strings.Fields(fields[1])
			if len(f) > 2 && f[0] == "Equiv" {
				equivs = append(equivs, f[1:])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}

	runes := []rune(text)
	slice := func(a, b int) (string, bool) {
		if b > len(runes) {
			return "", false
		}
		return string(runes[a:b]), true
	}
	rec := &pipeline.Record{Schema: pipeline.Schema, ID: id, Text: text,
		Entities: []pipeline.EntityRecord{}, Quotes: []pipeline.QuoteRecord{}, Errors: []string{}}
	problem := func(format string, args ...any) { rec.Errors = append(rec.Errors, fmt.Sprintf(format, args...)) }

	// Entities, in order of first mention: the mentions of an Equiv group
	// are one entity; other mentions with the same type and text are one.
	equivOf := map[string]int{} // T id → Equiv group
	for gi, g := range equivs {
		for _, tid := range g {
			equivOf[tid] = gi
		}
	}
	entOfGroup := map[int]int{}
	entOfKey := map[string]int{}
	mentionOf := map[[2]int]int{} // span → entity index, for speaker links
	sort.SliceStable(tOrder, func(i, j int) bool { return spans[tOrder[i]].start() < spans[tOrder[j]].start() })
	for _, tid := range tOrder {
		sp := spans[tid]
		typ := entityType(sp.typ)
		if typ == pipeline.NoType {
			continue
		}
		s, ok := slice(sp.start(), sp.end())
		if !ok {
			problem("%s: span [%d,%d) ends past the text: left out", tid, sp.start(), sp.end())
			continue
		}
		gi, inGroup := equivOf[tid]
		ei, found := entOfKey[typ.String()+"\x00"+s]
		if inGroup {
			ei, found = entOfGroup[gi]
		}
		if !found {
			ei = len(rec.Entities)
			rec.Entities = append(rec.Entities, pipeline.EntityRecord{ID: pipeline.EntityID(ei), Type: typ.String(), Name: s})
			if inGroup {
				entOfGroup[gi] = ei
			} else {
				entOfKey[typ.String()+"\x00"+s] = ei
			}
		}
		e := &rec.Entities[ei]
		if n, ok := notes[tid]; ok {
			e.Name = n
		}
		e.Mentions = append(e.Mentions, pipeline.MentionRecord{Start: sp.start(), End: sp.end(), Text: s})
		mentionOf[[2]int{sp.start(), sp.end()}] = ei
	}

	// Quotes.
	for _, ev := range events {
		content, ok := spans[ev.roles["Content"]]
		if !ok {
			continue
		}
		if content.end() > len(runes) {
			problem("%s: content ends past the text: left out", ev.id)
			continue
		}
		var speaker *pipeline.SpeakerRecord
		if src, ok := spans[ev.roles["Source"]]; ok && src.end() <= len(runes) {
			s, _ := slice(src.start(), src.end())
			speaker = &pipeline.SpeakerRecord{Text: s, Start: src.start(), End: src.end(), Name: notes[ev.roles["Source"]]}
			if speaker.Name == "" {
				speaker.Name = s
			}
		}
		var cue *pipeline.MentionRecord
		var cueWords []string
		if c, ok := spans[ev.roles["Cue"]]; ok && c.end() <= len(runes) {
			s, _ := slice(c.start(), c.end())
			cue = &pipeline.MentionRecord{Start: c.start(), End: c.end(), Text: s}
			for _, f := range c.frags {
				w, _ := slice(f[0], f[1])
				cueWords = append(cueWords, strings.Fields(strings.ToLower(w))...)
			}
		}
		add := func(kind string, start, end int) {
			s, _ := slice(start, end)
			rec.Quotes = append(rec.Quotes, pipeline.QuoteRecord{Kind: kind, Text: s, Start: start, End: end,
				Cue: cue, Speaker: speaker, Confidence: 1})
		}
		if kind, ok := kinds[ev.id]; ok {
			add(kind, content.start(), content.end())
			continue
		}
		// score.py's reading of an attribution.
		direct := false
		for _, f := range content.frags {
			for _, m := range quoted.FindAllStringSubmatchIndex(string(runes[f[0]:f[1]]), -1) {
				seg := string(runes[f[0]:f[1]])[m[2]:m[3]]
				if len(strings.Fields(seg)) >= 4 {
					direct = true
					frag := string(runes[f[0]:f[1]])
					start := f[0] + utf8.RuneCountInString(frag[:m[2]])
					add("direct", start, start+utf8.RuneCountInString(seg))
				}
			}
		}
		if !direct && speaker != nil && anyCue(cueWords) {
			add("indirect", content.start(), content.end())
		}
	}
	sort.SliceStable(rec.Quotes, func(i, j int) bool { return rec.Quotes[i].Start < rec.Quotes[j].Start })
	for i := range rec.Quotes {
		q := &rec.Quotes[i]
		q.ID = "Q" + strconv.Itoa(i+1)
		if q.Speaker != nil {
			if ei, ok := mentionOf[[2]int{q.Speaker.Start, q.Speaker.End}]; ok && ei < len(rec.Entities) {
				q.Speaker.Entity = rec.Entities[ei].ID
			}
		}
	}
	return rec, nil
}

// entityType reads a brat entity label.
func entityType(label string) pipeline.EntityType {
	return pipeline.ParseEntityType(strings.ToLower(label))
}

// quoted is score.py's QUOTED: a run inside curly or straight double quotes.
var quoted = regexp.MustCompile(`[“"]([^“”"]+)[”"]`)

// speechCues is score.py's SPEECH_CUES.
var speechCues = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`say says said saying tell tells told telling add adds added adding claim claims claimed
state states stated explain explains explained note notes noted argue argues argued insist insists insisted
warn warns warned announce announces announced report reports reported write writes wrote according
acknowledge acknowledged admit admitted declare declared suggest suggested recall recalled ask asked
answer answered reply replied respond responded continue continued predict predicted promise promised
confirm confirmed deny denied assert asserted maintain maintained contend contended quote quoted`) {
		m[w] = true
	}
	return m
}()

func anyCue(words []string) bool {
	for _, w := range words {
		if speechCues[w] {
			return true
		}
	}
	return false
}
