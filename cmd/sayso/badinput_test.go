package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badInput says what a user must get for one hostile input: a valid record
// (err == ""), or an error record whose message contains err. problem, if
// set, must be among a valid record's errors.
type badInput struct {
	err     string
	problem string
}

// TestBadInput runs a real sayso extract process over fixtures/bad and a few
// generated inputs too big to commit. Every article must yield a valid
// record or an error record a person can understand; nothing panics or
// hangs; records out + error records = articles in.
func TestBadInput(t *testing.T) {
	helper := buildHTMLHelper(t)
	gen := t.TempDir()
	write := func(name string, b []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(gen, name), b, 0o644))
	}
	write("huge-50mb.txt", []byte(strings.Repeat("The mayor said the bridge would reopen. ", 50<<20/40+1)))
	write("one-line-1mb.txt", []byte(strings.Repeat("abcdefghij", 1<<20/10)))
	write("quote-marks.txt", []byte(strings.Repeat(`"`, 10000)+"\n\n"+strings.Repeat("“", 10000)))
	write("quote-pairs.txt", []byte(strings.Repeat(`"a" `, 10000)))

	want := map[string]badInput{
		"binary.txt":            {err: "looks like binary data"},
		"crlf-bom.txt":          {},
		"empty.txt":             {},
		"invalid-utf8.txt":      {problem: "invalid UTF-8"},
		"nested-quotes.txt":     {},
		"nul-bytes.txt":         {},
		"only-markup.html":      {err: "no article found in the HTML page"},
		"rtl.txt":               {},
		"unbalanced-quotes.txt": {},
		"huge-50mb.txt":         {err: "larger than the 16 MiB limit"},
		"one-line-1mb.txt":      {},
		"quote-marks.txt":       {},
		"quote-pairs.txt":       {},
		"dump.jsonl:1":          {},
		"dump.jsonl:2":          {err: "not a JSON object"},
		"dump.jsonl:3":          {err: `no "text" field`},
		"dump.jsonl:4":          {},
	}

	out := filepath.Join(t.TempDir(), "out.yaml")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := saysoProcess(t, "extract", "--quiet", "--timeout", "60s", "-o", out, "../../fixtures/bad", gen)
	cmd = exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
	cmd.Env = append(os.Environ(), "SAYSO_TEST_AS_MAIN=1", "SAYSO_HTML_HELPER="+helper)
	stderr, err := cmd.CombinedOutput()
	require.NoError(t, ctx.Err(), "sayso extract hung on bad input")
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "some inputs fail: the exit code says so\n%s", stderr)
	assert.Equal(t, exitSomeBad, ee.ExitCode(), string(stderr))
	assert.NotContains(t, string(stderr), "panic")

	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)

	seen := map[string]bool{}
	truncated := 0
	for _, r := range recs {
		name := filepath.Base(r.Source)
		if strings.HasPrefix(name, "truncated.jsonl.gz") {
			if r.Error != "" {
				assert.Contains(t, r.Error, "truncated", "the last record of a cut .gz says why the rest is missing")
				truncated++
			}
			continue
		}
		exp, ok := want[name]
		if !assert.True(t, ok, "unexpected record %s (%s)", r.ID, r.Source) {
			continue
		}
		seen[name] = true
		if exp.err != "" {
			assert.Contains(t, r.Error, exp.err, name)
			continue
		}
		assert.Empty(t, r.Error, name)
		assert.Empty(t, r.Validate(), name)
		if exp.problem != "" {
			assert.Contains(t, strings.Join(r.Errors, "\n"), exp.problem, name)
		}
		for i, q := range r.Quotes {
			if i > 0 {
				assert.LessOrEqual(t, r.Quotes[i-1].End, q.Start, "%s: quotes overlap", name)
			}
			if sp := q.Speaker; sp != nil && sp.Text != "" && q.Kind != "indirect" {
				inside := sp.Start >= q.Start && sp.End <= q.End
				assert.False(t, inside, "%s: speaker inside its own quote", name)
			}
		}
	}
	for name := range want {
		assert.True(t, seen[name], "no record for %s: records out must equal articles in", name)
	}
	assert.Equal(t, 1, truncated, "one error record for the truncated .gz")
}

// buildHTMLHelper builds sayso-html (go-trafilatura lives there, outside
// sayso) and returns its path.
func buildHTMLHelper(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "sayso-html")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/sayso/sayso/cmd/sayso-html").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}
