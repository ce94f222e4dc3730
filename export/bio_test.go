package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/sayso/sayso/extractors/entities/corpus"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedDir is the project's shared folder (see corpus.SharedDir).
func sharedDir(t testing.TB) string {
	t.Helper()
	d := corpus.SharedDir()
	if d == "" {
		t.Fatal("shared data not found: set SAYSO_SHARED")
	}
	return d
}

func mentions(rec *pipeline.Record) []string {
	var out []string
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			out = append(out, fmt.Sprintf("%s [%d,%d) %s", e.Type, m.Start, m.End, m.Text))
		}
	}
	return out
}

func TestReadBIO(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		text     []string // per document
		mentions [][]string
		errs     []string
	}{
		{
			name: "project format with text comments",
			in: "# text = Brett McGurk met Iran's envoy.\nBrett\tB-PER\nMcGurk\tI-PER\nmet\tO\nIran\tB-LOC\n's\tO\nenvoy\tO\n.\tO\n\n" +
				"-DOCSTART-\n\n# text = “New York Sun,” he said.\n“\tO\nNew\tB-ORG\nYork\tI-ORG\nSun\tI-ORG\n,\tO\n”\tO\nhe\tO\nsaid\tO\n.\tO\n",
			text: []string{"Brett McGurk met Iran's envoy.", "“New York Sun,” he said."},
			mentions: [][]string{
				{"person [0,12) Brett McGurk", "place [17,21) Iran"},
				{"organization [1,13) New York Sun"},
			},
		},
		{
			name:     "tokens joined when there is no text, or it does not match",
			in:       "# text = something else\nEU\tB-ORG\nrejects\tO\nGerman\tO\ncall\tO\n\nPeter\tB-PER\nBlackburn\tI-PER\n",
			text:     []string{"EU rejects German call\n\nPeter Blackburn"},
			mentions: [][]string{{"organization [0,2) EU", "person [24,39) Peter Blackburn"}},
		},
		{
			name:     "CoNLL-2003 columns, IOB1, MISC and a BOM",
			in:       "\uFEFFEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\nBonn NNP I-NP I-LOC\nParis NNP I-NP B-LOC\n",
			text:     []string{"EU rejects German Bonn Paris"},
			mentions: [][]string{{"organization [0,2) EU", "place [18,22) Bonn", "place [23,28) Paris"}},
		},
		{
			name:     "I- after another type starts an entity",
			in:       "Smith\tB-PER\nCorp\tI-ORG\nsaid\tO\n",
			text:     []string{"Smith Corp said"},
			mentions: [][]string{{"person [0,5) Smith", "organization [6,10) Corp"}},
		},
		{
			name:     "bad lines are listed and skipped",
			in:       "Iran\tB-LOC\njustonecolumn\nsaid\tX-FOO\n",
			text:     []string{"Iran said"},
			mentions: [][]string{{"place [0,4) Iran"}},
			errs:     []string{`t.bio: line 2: want TOKEN<TAB>TAG, got "justonecolumn": skipped`, `t.bio: line 3: bad tag "X-FOO": read as O`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := ReadBIO(strings.NewReader(tc.in), "t.bio")
			require.NoError(t, err)
			require.Len(t, recs, len(tc.text))
			for i, r := range recs {
				assert.Equal(t, fmt.Sprintf("t.bio#%d", i+1), r.ID)
				assert.Equal(t, tc.text[i], r.Text)
				assert.Equal(t, tc.mentions[i], mentions(r))
				assert.Empty(t, r.Validate())
			}
			if tc.errs != nil {
				assert.Equal(t, tc.errs, recs[0].Errors)
			}
		})
	}
}

// nonSpace is an entity's place counted in non-space characters, so that
// the same entity compares equal however the text around it was spaced.
type nonSpace struct {
	Type       string
	Start, End int
	Text       string
}

func nonSpaceMentions(rec *pipeline.Record) []nonSpace {
	runes := []rune(rec.Text)
	count := make([]int, len(runes)+1)
	for i, r := range runes {
		count[i+1] = count[i]
		if !unicode.IsSpace(r) {
			count[i+1]++
		}
	}
	var out []nonSpace
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			out = append(out, nonSpace{e.Type, count[m.Start], count[m.End], strings.Join(strings.Fields(m.Text), "")})
		}
	}
	sortNonSpace(out)
	return out
}

func sortNonSpace(s []nonSpace) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (s[j].Start < s[j-1].Start || s[j].Start == s[j-1].Start && s[j].End < s[j-1].End); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// TestCoNLLRoundTrip: the records of a CoNLL file, exported as CoNLL (with
// the pipeline's own tokens) and read back, have the same entities: same
// types, same text, same place in the text (counted in non-space
// characters, since the pipeline may tokenize differently from the file).
func TestCoNLLRoundTrip(t *testing.T) {
	shared := sharedDir(t)
	for _, name := range []string{"uner_en_pud_test.bio", "uner_en_ewt_dev.bio", "gum/gum_news.bio", "gum/gum_bio.bio", "wikigold.bio", "btc/btc_e.bio"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(shared, "data", "ner", name))
			require.NoError(t, err)
			defer f.Close()
			recs, err := ReadBIO(f, name)
			require.NoError(t, err)
			require.NotEmpty(t, recs)

			var buf bytes.Buffer
			e, err := New(CoNLL, &buf, Options{Only: All})
			require.NoError(t, err)
			for _, r := range recs {
				require.Empty(t, r.Errors, r.ID)
				require.Empty(t, r.Validate(), r.ID)
				require.NoError(t, e.Write(r))
			}
			require.NoError(t, e.Close())
			st := e.Stats()
			assert.Empty(t, st.Problems)
			assert.Empty(t, CheckCoNLL(bytes.NewReader(buf.Bytes())))

			back, err := ReadBIO(bytes.NewReader(buf.Bytes()), name)
			require.NoError(t, err)
			require.Len(t, back, len(recs))
			n := 0
			for i := range recs {
				want, got := nonSpaceMentions(recs[i]), nonSpaceMentions(back[i])
				require.Equal(t, want, got, recs[i].ID)
				n += len(want)
			}
			assert.Equal(t, n, st.Mentions)
			t.Logf("%s: %d documents, %d sentences, %d entities reproduced", name, len(recs), st.Units, n)
		})
	}
}
