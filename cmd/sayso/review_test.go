package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/review"
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

// syncBuffer is a bytes.Buffer that a server goroutine writes while the test
// reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestReviewServes(t *testing.T) {
	st, err := review.Open(reviewedSeed(t))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	code := make(chan int, 1)
	go func() { code <- serveReview(ctx, st, "127.0.0.1:0", "ann", &out, &errb) }()

	var pageURL string
	require.Eventually(t, func() bool {
		_, after, ok := strings.Cut(out.String(), "Open ")
		pageURL, _, _ = strings.Cut(after, "\n")
		return ok && strings.Contains(after, "\n")
	}, 5*time.Second, 10*time.Millisecond, "the URL is printed")
	assert.Regexp(t, `^http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{48}$`, pageURL)
	assert.Contains(t, out.String(), "1 article(s), 9 quote(s), 2 reviewed.")

	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	client := &http.Client{Jar: jar, Timeout: 5 * time.Second}
	res, err := client.Get(pageURL)
	require.NoError(t, err)
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, string(page), `<meta name="sayso-by" content="ann">`)

	cancel()
	select {
	case c := <-code:
		assert.Equal(t, exitOK, c)
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not stop")
	}
	assert.Contains(t, out.String(), "Stopped. 2 of 9 quote(s) reviewed.")
}
