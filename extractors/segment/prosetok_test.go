package segment

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/extractors/entities/corpus"
)

// proseReference is what segment used before proseWords: prose's own
// tokenizer, token texts only.
func proseReference(t testing.TB, text string) []string {
	t.Helper()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	require.NoError(t, err)
	var out []string
	for _, tok := range pd.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

// TestProseWordsAsProse checks the port against prose on tricky strings
// (clitics in any case, peeled marks, emoticons, abbreviations, curly
// quotes, &rsquo;, non-ASCII letters whose lower case is longer) and on
// random strings drawn from those pieces: the words, their order and
// their text must be prose's, or tokens — and every record — would move.
func TestProseWordsAsProse(t *testing.T) {
	cases := []string{
		"", " ", "\n\n", "word", "Hello, world.", "“We have many channels,” he said.",
		"‘We talk,’ an official tells the FT.", "Iran’s ’90s can’t", "Iran&rsquo;s role", "He said ''Hillary is wrong,'' and left.",
		"Mr. McGurk left the U.S. on Jan. 5.", "They'll say I'M here, SHE'S gone, we're not, DON'T.", "isn't n't 's 'sa 'S",
		"($100) [a] \"quoted\" (:  8-) xD xDD :-)) :-)))", "¯\\(ツ)/¯ (╯°□°）╯︵┻━┻ (ಠ_ಠ)", "a.b. A.B.C. a.b Ab. Abc. Abcd. AB.",
		"İstanbul'S KELVİN'S Straße's", "end...", "(((((x)))))", "\"\"\"", "''''", "\u00a0spaced\u2003out\u0085here",
		"x\xffy \xff's", "$", "(", "$(", "a'", "'a", "''a''",
	}
	for _, c := range cases {
		assert.Equal(t, proseReference(t, c), proseWords(c, nil), "%q", c)
	}
	pieces := []string{"a", "B", "word", "Word", "'", "’", "‘", "“", "”", "\"", "'s", "'S", "'ll", "'LL", "'re", "'m", "n't", "N'T",
		"$", "(", ")", "[", "]", ",", ".", "!", "?", ";", ":", "-", "_", " ", "\n", "\u00a0", "&rsquo;", "İ", "é", "ß",
		"U.S.", "Mr.", "Dr.", ":)", ":-)", "xD", "8-)", "(:", "0", "9"}
	r := rand.New(rand.NewPCG(13, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, proseReference(t, s), proseWords(s, nil), "%q", s)
	}
}

// TestProseWordsAsProseOnNews runs the same check over the news texts the
// project measures on and the house-style fixtures.
func TestProseWordsAsProseOnNews(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "styles*", "articles.jsonl"))
	if shared := corpus.SharedDir(); shared != "" {
		files = append(files, filepath.Join(shared, "data", "polnear", "dev", "articles.jsonl"))
		if !testing.Short() {
			files = append(files, filepath.Join(shared, "data", "polnear", "train", "articles.jsonl"))
		}
	}
	n := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
			view, _ := proseView(a.Text)
			require.Equal(t, proseReference(t, view), proseWords(view, nil), "%s: %.60q", name, a.Text)
			n++
		}
		f.Close()
	}
	require.Greater(t, n, 0, "no articles found")
}

// TestProseSpecialAsRegexp checks the hand-written matcher against prose's
// regular expression on every string of up to four characters over an
// alphabet that reaches each of its branches.
func TestProseSpecialAsRegexp(t *testing.T) {
	alphabet := []string{"A", "Z", "a", "z", "m", "M", ".", "@", "[", "`", "{", "0", "é", "'"}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		want := proseSpecialRE.MatchString(s) || proseEmoticons[s]
		require.Equal(t, want, isProseSpecial(s), "%q", s)
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, depth-1)
		}
	}
	walk("", 4)
	for _, s := range []string{"U.S.A.", "u.s.a.b.", "U.S.A", "A.B.C.D.E.F.", "Abc.", "Abcd."} {
		assert.Equal(t, proseSpecialRE.MatchString(s), isProseSpecial(s), "%q", s)
	}
}
