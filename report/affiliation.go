package report

import (
	"strings"
	"unicode"

	"github.com/sayso/sayso/pipeline"
)

// affiliation guesses the organization a person speaker belongs to from one
// record. It is a heuristic, and the report says so. In text order, the
// first organization mention that
//
//   - lies inside one of the person's speaker spans in this record
//     ("Pentagon spokesman John Kirby", when the speaker span covers it), or
//   - stands right after a mention of the person, joined only by role words
//     and prepositions ("John Kirby, a spokesman for the Pentagon",
//     "James Comey, director of the FBI", "Smith of Google"), or
//   - stands right before a mention of the person, joined by role words
//     ("FBI Director James Comey", "Pentagon press secretary John Kirby")
//
// wins. The last two need the record's text; without it only the first
// applies.
func (b *Builder) affiliation(rec *pipeline.Record, person int) string {
	s := &b.rec
	if org, ok := s.affil[person]; ok {
		return org
	}
	org := b.findAffiliation(rec, person)
	s.affil[person] = org
	return org
}

// maxAffiliationGap is the longest run of text, in code points, that may
// join a person and an organization.
const maxAffiliationGap = 60

func (b *Builder) findAffiliation(rec *pipeline.Record, person int) string {
	s := &b.rec
	id := s.info[person].id
	isOrg := func(m mentionAt) bool { return s.info[m.ent].typ == pipeline.Organization }
	for i := range rec.Quotes {
		sp := rec.Quotes[i].Speaker
		if sp == nil || sp.Entity != id || sp.End <= sp.Start {
			continue
		}
		for _, m := range s.mentions {
			if m.start >= sp.End {
				break
			}
			if isOrg(m) && m.start >= sp.Start && m.end <= sp.End {
				return s.info[m.ent].name
			}
		}
	}
	if rec.Text == "" {
		return ""
	}
	if s.runes == nil {
		s.runes = pipeline.NewRuneIndex(rec.Text)
	}
	gap := func(from, to int) string {
		if to < from || to-from > maxAffiliationGap {
			return "\x00" // never a joining gap
		}
		sp := s.runes.ByteSpan(from, to)
		return rec.Text[sp.Start:sp.End]
	}
	for i, m := range s.mentions {
		if m.ent != person {
			continue
		}
		// Organizations after the person: "Kirby, a spokesman for the Pentagon".
		for _, o := range s.mentions[i+1:] {
			if o.start-m.end > maxAffiliationGap {
				break
			}
			if isOrg(o) && joinsAfter(gap(m.end, o.start)) {
				return s.info[o.ent].name
			}
			if !isOrg(o) {
				break // another name comes first
			}
		}
		// Organizations before the person: "FBI Director James Comey".
		for j := i - 1; j >= 0; j-- {
			o := s.mentions[j]
			if m.start-o.end > maxAffiliationGap {
				break
			}
			if isOrg(o) && joinsBefore(gap(o.end, m.start)) {
				return s.info[o.ent].name
			}
			if !isOrg(o) {
				break
			}
		}
	}
	return ""
}

// roleWords name a position in an organization; they come from the
// attributions of the PolNeAR news set and wire-style bylines.
var roleWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true,
	"chairman": true, "chairwoman": true, "chair": true, "president": true, "vice": true,
	"director": true, "executive": true, "chief": true, "ceo": true, "cfo": true, "coo": true,
	"head": true, "leader": true, "founder": true, "co-founder": true, "member": true,
	"official": true, "officer": true, "secretary": true, "minister": true, "adviser": true,
	"advisor": true, "aide": true, "strategist": true, "pollster": true, "analyst": true,
	"economist": true, "manager": true, "editor": true, "reporter": true, "correspondent": true,
	"columnist": true, "professor": true, "researcher": true, "fellow": true, "lawyer": true,
	"attorney": true, "counsel": true, "general": true, "commissioner": true, "governor": true,
	"senator": true, "mayor": true, "ambassador": true, "deputy": true, "assistant": true,
	"senior": true, "press": true, "communications": true, "campaign": true, "national": true,
	"former": true, "top": true, "longtime": true, "acting": true, "interim": true,
	"staff": true, "partner": true, "owner": true, "host": true, "anchor": true,
	"commander": true, "agent": true, "prosecutor": true, "judge": true, "lobbyist": true,
	"consultant": true, "organizer": true, "activist": true, "employee": true,
	"scientist": true, "expert": true, "treasurer": true, "whip": true, "majority": true,
	"minority": true, "policy": true, "political": true, "legal": true,
	"board": true, "committee": true, "department": true,
}

// joinWords may stand between a name and its organization besides roles.
var joinWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "for": true, "at": true, "from": true,
	"with": true, "and": true, "'s": true, "’s": true, "s": true,
}

// joinPrepositions are the words that tie a name to an organization that
// follows it without a role: "Smith of Google".
var joinPrepositions = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true}

// gapWords splits a gap into words, or reports false if it holds anything
// that ends a phrase (sentence punctuation, quotation marks, a line break).
func gapWords(gap string) ([]string, bool) {
	if strings.ContainsAny(gap, ".!?;:\n\"“”\x00") {
		return nil, false
	}
	return strings.FieldsFunc(strings.ToLower(gap), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '—' || r == '–' || r == '\''
	}), true
}

func joinsAfter(gap string) bool {
	words, ok := gapWords(gap)
	if !ok || len(words) == 0 {
		return false
	}
	role, prep := false, false
	for _, w := range words {
		switch {
		case roleWords[w]:
			role = true
		case joinPrepositions[w]:
			prep = true
		case !joinWords[w]:
			return false
		}
	}
	// "Kirby, a spokesman for" or "Comey of"; a bare comma or "and" is a list.
	return prep && (role || len(words) <= 2)
}

func joinsBefore(gap string) bool {
	// "(UPI) — Former President Bill Clinton": a dateline, not a title.
	if strings.ContainsAny(gap, "()—–") {
		return false
	}
	words, ok := gapWords(gap)
	if !ok || len(words) == 0 {
		return false
	}
	role := false
	for _, w := range words {
		switch {
		case roleWords[w]:
			role = true
		case w == "s" || w == "’s":
			// "Google's Smith": a possessive alone is too weak; keep looking.
		case !joinWords[w] || joinPrepositions[w]:
			return false
		}
	}
	return role
}
