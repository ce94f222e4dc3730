package ingest

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readAll(t *testing.T, r *Reader) []Article {
	t.Helper()
	var out []Article
	for {
		a, ok := r.Next()
		if !ok {
			break
		}
		out = append(out, a)
	}
	require.NoError(t, r.Close())
	return out
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func gz(t *testing.T, content string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

const dump = `{"id": "a1", "text": "First article.", "title": "One", "url": "https://x.org/1", "published": "2024-01-02"}
{"id": 42, "text": "Numeric id."}

{"id": "bad", "text": "unterminated
{"id": "notext", "body": "no text field"}
{"text": "No id: the line is the id."}
`

func TestJSONLDump(t *testing.T) {
	dir := t.TempDir()
	path := write(t, filepath.Join(dir, "dump.jsonl"), dump)
	got := readAll(t, Open([]string{path}, DefaultOptions()))
	require.Len(t, got, 5, "one article per non-blank line, good or bad")
	assert.Equal(t, Article{ID: "a1", Source: path + ":1", Title: "One", URL: "https://x.org/1", Published: "2024-01-02", Text: "First article."}, got[0])
	assert.Equal(t, "42", got[1].ID)
	assert.NoError(t, got[1].Err)
	require.Error(t, got[2].Err)
	assert.Contains(t, got[2].Err.Error(), "line 4 is not a JSON object")
	assert.Equal(t, path+":4", got[2].Source)
	require.Error(t, got[3].Err)
	assert.Equal(t, "notext", got[3].ID)
	assert.Contains(t, got[3].Err.Error(), `no "text" field`)
	assert.Equal(t, path+":6", got[4].ID)
	assert.Equal(t, "No id: the line is the id.", got[4].Text)
}

func TestFieldNames(t *testing.T) {
	dir := t.TempDir()
	path := write(t, filepath.Join(dir, "d.jsonl"), `{"doc": "x", "body": "Text here.", "headline": "H"}`+"\n")
	opt := DefaultOptions()
	opt.IDField, opt.TextField, opt.TitleField = "doc", "body", "headline"
	got := readAll(t, Open([]string{path}, opt))
	require.Len(t, got, 1)
	assert.Equal(t, "x", got[0].ID)
	assert.Equal(t, "Text here.", got[0].Text)
	assert.Equal(t, "H", got[0].Title)
}

func TestGzipAndTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	z := gz(t, dump)
	good := filepath.Join(dir, "d.jsonl.gz")
	require.NoError(t, os.WriteFile(good, z, 0o644))
	assert.Len(t, readAll(t, Open([]string{good}, DefaultOptions())), 5)

	big := strings.Repeat(`{"id": "x", "text": "`+strings.Repeat("word ", 200)+`"}`+"\n", 200)
	zb := gz(t, big)
	cut := filepath.Join(dir, "cut.jsonl.gz")
	require.NoError(t, os.WriteFile(cut, zb[:len(zb)/2], 0o644))
	got := readAll(t, Open([]string{cut, good}, DefaultOptions()))
	var fromCut, fromGood int
	var cutErr error
	for _, a := range got {
		switch {
		case strings.HasPrefix(a.Source, cut):
			fromCut++
			if a.Err != nil {
				cutErr = a.Err
			}
		case strings.HasPrefix(a.Source, good):
			fromGood++
		}
	}
	require.Error(t, cutErr, "a truncated gzip must be reported")
	assert.Contains(t, cutErr.Error(), "truncated")
	assert.Greater(t, fromCut, 1, "the articles before the cut are kept")
	assert.Equal(t, 5, fromGood, "the next input is still read")
}

func TestDirectoryWalkAndUnreadableInput(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "Second.")
	write(t, filepath.Join(dir, "a.txt"), "First.")
	write(t, filepath.Join(dir, "sub", "c.jsonl"), `{"id":"c","text":"Third."}`+"\n")
	write(t, filepath.Join(dir, "notes.md"), "ignored")
	write(t, filepath.Join(dir, ".hidden", "d.txt"), "ignored")
	got := readAll(t, Open([]string{dir, filepath.Join(dir, "missing.txt")}, DefaultOptions()))
	require.Len(t, got, 4)
	assert.Equal(t, filepath.Join(dir, "a.txt"), got[0].ID)
	assert.Equal(t, "First.", got[0].Text)
	assert.Equal(t, filepath.Join(dir, "b.txt"), got[1].ID)
	assert.Equal(t, "c", got[2].ID)
	require.Error(t, got[3].Err)
	assert.Contains(t, got[3].Err.Error(), "no such file")
}

func TestStdin(t *testing.T) {
	opt := DefaultOptions()
	opt.Stdin = strings.NewReader("\n  {\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n")
	got := readAll(t, Open([]string{"-"}, opt))
	require.Len(t, got, 2)
	assert.Equal(t, "s2", got[1].ID)

	opt.Stdin = strings.NewReader("Just text.\nTwo lines.")
	got = readAll(t, Open([]string{"-"}, opt))
	require.Len(t, got, 1)
	assert.Equal(t, "Just text.\nTwo lines.", got[0].Text)
}

func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	txt := write(t, filepath.Join(dir, "big.txt"), strings.Repeat("x", 100))
	jl := write(t, filepath.Join(dir, "big.jsonl"), `{"id":"big","text":"`+strings.Repeat("y", 100)+`"}`+"\n"+`{"id":"small","text":"ok"}`+"\n")
	opt := DefaultOptions()
	opt.MaxBytes = 50
	got := readAll(t, Open([]string{txt, jl}, opt))
	require.Len(t, got, 3)
	assert.ErrorContains(t, got[0].Err, "larger than the 50 bytes limit")
	assert.ErrorContains(t, got[1].Err, "larger than")
	assert.Equal(t, "big", got[1].ID)
	assert.Equal(t, "ok", got[2].Text)
}

func TestBinaryIsRefusedTextWithAFewControlBytesIsNot(t *testing.T) {
	dir := t.TempDir()
	bin := make([]byte, 2000)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	binPath := write(t, filepath.Join(dir, "image.txt"), string(bin))
	textPath := write(t, filepath.Join(dir, "text.txt"), "Mayor Smith\x00 said \x07yes. "+strings.Repeat("More text. ", 20))
	got := readAll(t, Open([]string{binPath, textPath}, DefaultOptions()))
	require.Len(t, got, 2)
	assert.ErrorContains(t, got[0].Err, "looks like binary data, not text")
	assert.Empty(t, got[0].Text)
	assert.NoError(t, got[1].Err)
}
