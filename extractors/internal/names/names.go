// Package names holds what the entity and quote stages both know about
// people's names: the short forms of English given names.
package names

import (
	_ "embed"
	"strings"
)

//go:embed nicknames.txt
var nicknamesTxt string

// nicknames maps a short form to its formal name, both in lower case.
var nicknames = func() map[string]string {
	m := map[string]string{}
	for l := range strings.SplitSeq(nicknamesTxt, "\n") {
		if k, v, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			m[k] = v
		}
	}
	return m
}()

// Formal is the formal given name a lower-case short form stands for
// ("ken" → "kenneth"), else first itself.
func Formal(first string) string {
	if f, ok := nicknames[first]; ok {
		return f
	}
	return first
}

// IsShortFor reports short, a given name in any case, as a short form of
// formal: "Ken" of "Kenneth".
func IsShortFor(short, formal string) bool {
	if len(short) > 16 || len(formal) <= len(short) {
		return false // every short form is shorter than its formal name
	}
	var b [16]byte
	l := b[:len(short)]
	for i := 0; i < len(short); i++ {
		c := short[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l[i] = c
	}
	f, ok := nicknames[string(l)] // no copy: a map lookup with a converted slice
	return ok && strings.EqualFold(f, formal)
}
