package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reviewedSeed is the seed records with two decisions: Q1 accepted, Q3
// rejected.
func reviewedSeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../review/testdata/seed.yaml")
	require.NoError(t, err)
	s := string(b)
	for _, q := range []struct{ id, review string }{
		{"Q1", "{status: accepted, by: ann}"},
		{"Q3", "{status: rejected, by: ann}"},
	} {
		i := strings.Index(s, "  - id: "+q.id+"\n")
		require.GreaterOrEqual(t, i, 0)
		j := strings.Index(s[i:], "    confidence: ")
		k := i + j + strings.Index(s[i+j:], "\n") + 1
		s = s[:k] + "    review: " + q.review + "\n" + s[k:]
	}
	path := filepath.Join(t.TempDir(), "seed.yaml")
	require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
	return path
}

func TestReviewStats(t *testing.T) {
	path := reviewedSeed(t)
	var out, errb bytes.Buffer
	code := run([]string{"review", "--stats", path}, &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	require.Len(t, lines, 2, out.String())
	assert.Equal(t, []string{"articles", "quotes", "reviewed", "accepted", "edited", "rejected", "agreement", "file"}, strings.Fields(lines[0]))
	assert.Equal(t, []string{"1", "9", "2", "22.2%", "1", "0", "1", "50.0%", path}, strings.Fields(lines[1]))

	out.Reset()
	code = run([]string{"review", "--stats", "--json", path, path}, &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	dec := json.NewDecoder(&out)
	var rows []map[string]any
	for dec.More() {
		var r map[string]any
		require.NoError(t, dec.Decode(&r))
		rows = append(rows, r)
	}
	require.Len(t, rows, 3)
	assert.Equal(t, "total", rows[2]["file"])
	assert.Equal(t, 18.0, rows[2]["quotes"])
	assert.Equal(t, 4.0, rows[2]["reviewed"])
	assert.Equal(t, 14.0, rows[2]["pending"])
	assert.Equal(t, 0.5, rows[2]["agreement"])
}

func TestReviewUsageErrors(t *testing.T) {
	path := reviewedSeed(t)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"review"}, exitFatal, "give one records file"},
		{"two files", []string{"review", path, path}, exitFatal, "give one records file"},
		{"missing file", []string{"review", filepath.Join(t.TempDir(), "nope.yaml")}, exitFatal, "no such file"},
		{"not loopback", []string{"review", "--addr", "0.0.0.0:0", path}, exitFatal, "loopback address only"},
		{"stats of nothing", []string{"review", "--stats"}, exitFatal, "one or more records files"},
		{"stats of a missing file", []string{"review", "--stats", path, "nope.yaml"}, exitSomeBad, "nope.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, &out, &errb))
			assert.Contains(t, errb.String(), tt.want)
		})
	}
}
