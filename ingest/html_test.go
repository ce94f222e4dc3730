package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeHTML stands in for htmlpage.Extractor: it keeps the <p> text.
type fakeHTML struct{}

func (fakeHTML) ExtractHTML(page []byte) (HTMLPage, error) {
	s := string(page)
	i, j := strings.Index(s, "<p>"), strings.Index(s, "</p>")
	if i < 0 || j < i {
		return HTMLPage{}, errors.New("no article text found in the HTML page")
	}
	return HTMLPage{Title: "T", Published: "2024-03-14", Text: s[i+3 : j]}, nil
}

func TestHTMLInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	write("a.html", "<html><p>Article A.</p></html>")
	write("b/c.HTM", "<html><p>Article C.</p></html>")
	write("b/empty.htm", "<html></html>")
	write("b/notes.md", "not an article")
	write("d.txt", "Plain text.")

	opt := DefaultOptions()
	opt.HTML = fakeHTML{}
	as := readAll(t, Open([]string{dir}, opt))
	require.Len(t, as, 4, "html, htm and txt files; not .md")
	assert.Equal(t, filepath.Join(dir, "a.html"), as[0].ID)
	assert.Equal(t, "Article A.", as[0].Text)
	assert.Equal(t, "T", as[0].Title)
	assert.Equal(t, "2024-03-14", as[0].Published)
	assert.Equal(t, "Article C.", as[1].Text)
	assert.EqualError(t, as[2].Err, "no article text found in the HTML page")
	assert.Equal(t, "Plain text.", as[3].Text)

	t.Run("without an extractor", func(t *testing.T) {
		as := readAll(t, Open([]string{filepath.Join(dir, "a.html")}, DefaultOptions()))
		require.Len(t, as, 1)
		assert.ErrorContains(t, as[0].Err, "sayso-html")
	})
	t.Run("too large", func(t *testing.T) {
		opt := opt
		opt.MaxBytes = 4
		as := readAll(t, Open([]string{filepath.Join(dir, "a.html")}, opt))
		require.Len(t, as, 1)
		assert.ErrorContains(t, as[0].Err, "larger than")
	})
}

func TestTotalSizeAndBytesRead(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("12345"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(`{"id":"x","text":"abc"}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "skip.bin"), []byte("zzzzzzzz"), 0o644))
	total, ok := TotalSize([]string{dir})
	require.True(t, ok)
	assert.EqualValues(t, 5+24, total)
	r := Open([]string{dir}, DefaultOptions())
	as := readAll(t, r)
	require.Len(t, as, 2)
	assert.EqualValues(t, total, r.BytesRead())

	_, ok = TotalSize([]string{dir, "-"})
	assert.False(t, ok, "stdin has no size")
}

func TestEmptyStdinIsAnEmptyDump(t *testing.T) {
	for _, in := range []string{"", "\n \n"} {
		opt := DefaultOptions()
		opt.Stdin = strings.NewReader(in)
		assert.Empty(t, readAll(t, Open([]string{"-"}, opt)), "%q", in)
	}
}
