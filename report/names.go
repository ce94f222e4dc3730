package report

import (
	"slices"
	"sort"
	"strings"

	"github.com/sayso/sayso/pipeline"
)

// One row per person. The quote stage resolves a speaker to the fullest
// name in its own article, so across a dump one person shows up as
// "Barack Obama" in the articles that write the full name and as "Obama"
// in those that never do. The report merges such a single-word name into
// the fuller name it is the last word of, when the dump leaves no real
// doubt about who is meant (see mergeTargets). Only the speaker table and
// the speaker–entity pairs are merged; the entity tables keep the names the
// records give.

// speakerTitles come before a name and are not part of it ("President
// Obama" is the single word "Obama"). They are the titles of people most
// written before a bare surname in English news, taken from the quote
// stage's titleWords (extractors/quotes/lexicon.go) in their written case;
// titles that are also common first words of organizations ("Speaker",
// "Chief", "Director") are left out so that no organization is read as a
// surname.
var speakerTitles = wordSet("Mr. Mrs. Ms. Miss Mx. Dr. Mr Mrs Ms Dr Prof. Sir Dame Rev. " +
	"President Vice Sen. Senator Rep. Representative Congressman Congresswoman Gov. Governor Lt. " +
	"Secretary Gen. Adm. Col. Capt. Sgt. Judge Justice Mayor Ambassador Former former")

// nameSuffixes end a name without being its last name ("Joseph R. Biden
// Jr." is a Biden).
var nameSuffixes = wordSet("Jr. Jr Sr. Sr II III IV")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// surnameOf returns the last word of a speaker's name once titles and
// suffixes are dropped, and whether that word is all the name is. It does
// not allocate: it runs for every speaker of every record.
func surnameOf(name string) (surname string, single bool) {
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok || !speakerTitles[w] {
			break
		}
		name = rest
	}
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !nameSuffixes[name[i+1:]] {
			break
		}
		name = strings.TrimSuffix(name[:i], ",")
	}
	i := strings.LastIndexByte(name, ' ')
	return name[i+1:], i < 0
}

// minMergeShare is the share of quotes, in percent, that one fuller name
// must have among all the fuller names ending in a surname for the bare
// surname to be merged into it. If the quotes of the bare surname are
// spread over the people like their full names are, merging gives at most
// one in five of them to the wrong person, less than the quote stage's own
// error on who speaks. Below it ("Clinton" when Hillary Clinton has 56
// quotes and Bill Clinton 40) the surname keeps its own row. A name that
// is the only one with its surname has all of the share.
const minMergeShare = 80

// speakerName is what mergeTargets needs to know of a kept speaker.
type speakerName struct {
	name   string
	quotes int64
	kind   string // pipeline entity type, or "" when unknown
}

// mergeTargets returns, for each single-word speaker name (titles
// dropped) to merge, the fuller name it merges into: a name of more words
// whose last word it is, which resolves to a person and has at least
// minMergeShare percent of the quotes of all such names. Organizations
// neither merge nor take a merge ("Times" is not a person), but they count
// among the fuller names, so that a surname shared with an organization is
// harder to merge.
func mergeTargets(names []speakerName) map[string]string {
	type candidates struct {
		total int64
		best  *speakerName
	}
	bySurname := map[string]*candidates{}
	for i := range names {
		n := &names[i]
		surname, single := surnameOf(n.name)
		if single {
			continue
		}
		c := bySurname[surname]
		if c == nil {
			c = &candidates{}
			bySurname[surname] = c
		}
		c.total += n.quotes
		if c.best == nil || n.quotes > c.best.quotes || n.quotes == c.best.quotes && n.name < c.best.name {
			c.best = n
		}
	}
	out := map[string]string{}
	for _, n := range names {
		surname, single := surnameOf(n.name)
		c := bySurname[surname]
		if !single || c == nil || n.kind == pipeline.Organization.String() {
			continue
		}
		if c.best.kind == pipeline.Person.String() && c.best.quotes*100 >= c.total*minMergeShare {
			out[n.name] = c.best.name
		}
	}
	return out
}

// countSharedRecords counts, for the record just added, each set of
// speaker names with one surname that it quotes together when one of them
// is a single word: a merged row subtracts these records so that an
// article quoting both "Obama" and "Barack Obama" counts once. Such
// records are rare (the quote stage uses one name per person and article),
// so this is usually a few string comparisons per record.
func (b *Builder) countSharedRecords() {
	s := &b.rec
	if len(s.quoted) < 2 {
		return
	}
	s.surnames = s.surnames[:0]
	for _, name := range s.quoted {
		surname, single := surnameOf(name)
		s.surnames = append(s.surnames, speakerSurname{surname, single})
	}
	for i, si := range s.surnames {
		if slices.IndexFunc(s.surnames[:i], func(o speakerSurname) bool { return o.surname == si.surname }) >= 0 {
			continue // this surname's set was counted with its first name
		}
		s.group = append(s.group[:0], s.quoted[i])
		single := si.single
		for j := i + 1; j < len(s.quoted); j++ {
			if s.surnames[j].surname == si.surname {
				s.group = append(s.group, s.quoted[j])
				single = single || s.surnames[j].single
			}
		}
		if len(s.group) < 2 || !single {
			continue
		}
		slices.Sort(s.group)
		s.key = s.key[:0]
		for k, name := range s.group {
			if k > 0 {
				s.key = append(s.key, 0)
			}
			s.key = append(s.key, name...)
		}
		b.sharedRecords.addBytes(s.key, 1)
	}
}

type speakerSurname struct {
	surname string
	single  bool
}

// speakerMerge is the merge plan of one report: which kept names go into
// which row.
type speakerMerge struct {
	target  map[string]string   // merged name → the name of its row
	aliases map[string][]string // row name → the names merged into it, most quoted first
}

// rowOf returns the name of the row that name is counted under.
func (m *speakerMerge) rowOf(name string) string {
	if t, ok := m.target[name]; ok {
		return t
	}
	return name
}

// isNameOf reports whether name is one of the names merged in row (its own
// included), for a row that merged any.
func (m *speakerMerge) isNameOf(row, name string) bool {
	aliases := m.aliases[row]
	return len(aliases) > 0 && (name == row || slices.Contains(aliases, name))
}

// planMerges decides the merges over the speakers the table kept.
func planMerges(kept []*counter[speakerAgg]) *speakerMerge {
	names := make([]speakerName, len(kept))
	for i, c := range kept {
		names[i] = speakerName{name: c.Key, quotes: c.Count, kind: c.Val.kind()}
	}
	m := &speakerMerge{target: mergeTargets(names), aliases: map[string][]string{}}
	for _, c := range kept { // heaviest first: aliases come out most quoted first
		if t, ok := m.target[c.Key]; ok {
			m.aliases[t] = append(m.aliases[t], c.Key)
		}
	}
	return m
}

// kind is the entity type most of a speaker's quotes resolve to: person
// when at least as many as organization, "" when neither.
func (a *speakerAgg) kind() string {
	switch {
	case a.person > 0 && a.person >= a.org:
		return pipeline.Person.String()
	case a.org > 0:
		return pipeline.Organization.String()
	}
	return ""
}

// sharedRecordsOf returns, per row name, the records counted more than
// once when its names' record counts are added: a record that quotes n of
// a row's names is counted n times and must count once.
func (b *Builder) sharedRecordsOf(m *speakerMerge) map[string]int64 {
	out := map[string]int64{}
	if len(m.target) == 0 {
		return out
	}
	rows := map[string]int64{}
	for _, c := range b.sharedRecords.heap {
		clear(rows)
		for name := range strings.SplitSeq(c.Key, "\x00") {
			rows[m.rowOf(name)]++
		}
		for row, n := range rows {
			if n > 1 {
				out[row] += (n - 1) * c.Count
			}
		}
	}
	return out
}

// mergedSpeaker sums the counters of one row's names.
func mergedSpeaker(rows []*counter[speakerAgg], limit int) (agg speakerAgg, count, overcount int64, evidence []Ref) {
	lists := make([]*refList, len(rows))
	for i, c := range rows {
		a := &c.Val
		count += c.Count
		overcount += c.Err
		for k := range agg.kinds {
			agg.kinds[k] += a.kinds[k]
		}
		agg.records += a.records
		agg.person += a.person
		agg.org += a.org
		agg.affil.merge(&a.affil)
		lists[i] = &a.evidence
	}
	return agg, count, overcount, mergeRefs(limit, lists...)
}

// refList is a row's evidence with each reference's position in the input
// (the quote's number), so that merged rows can keep their first quotes in
// input order. One slice, not two: a new key's first reference is one
// allocation, as it was before positions were kept.
type refList []refAt

type refAt struct {
	ref Ref
	at  int64
}

// add keeps ref while the list has fewer than limit references.
func (l *refList) add(ref Ref, at int64, limit int) {
	if len(*l) < limit {
		*l = append(*l, refAt{ref, at})
	}
}

// refs returns the references alone.
func (l refList) refs() []Ref {
	if len(l) == 0 {
		return nil
	}
	out := make([]Ref, len(l))
	for i, r := range l {
		out[i] = r.ref
	}
	return out
}

// mergeRefs returns the first limit references of the lists in input
// order. Each list holds the first references of its own row, so these are
// the first of the merged row.
func mergeRefs(limit int, lists ...*refList) []Ref {
	var all refList
	for _, l := range lists {
		all = append(all, *l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].at < all[j].at })
	return all[:min(limit, len(all))].refs()
}
