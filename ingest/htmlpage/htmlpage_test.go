package htmlpage

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sayso/sayso/ingest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractHTML(t *testing.T) {
	page, err := os.ReadFile("../testdata/page.html")
	require.NoError(t, err)
	p, err := Extractor{}.ExtractHTML(page)
	require.NoError(t, err)
	assert.Equal(t, "Harbor bridge to reopen in May, mayor says", p.Title)
	assert.Equal(t, "2024-03-14", p.Published)
	assert.Contains(t, p.Text, "will reopen to traffic in May, Mayor Ana Ortiz said on Wednesday.")
	assert.Contains(t, p.Text, "“The repairs are ahead of schedule and under budget,” Ortiz told reporters")
	assert.Contains(t, p.Text, "asked the council for help")
	for _, boiler := range []string{"Subscribe now", "Most read", "All rights reserved", "Privacy"} {
		assert.NotContains(t, p.Text, boiler)
	}
}

func TestExtractHTMLWithoutArticle(t *testing.T) {
	for _, page := range []string{"", "<html><head><title>Only markup</title></head><body><div><span></span></div></body></html>", "<html></html>"} {
		_, err := Extractor{}.ExtractHTML([]byte(page))
		require.Error(t, err, "%q", page)
		assert.Contains(t, err.Error(), "no article")
	}
}

func TestServe(t *testing.T) {
	page, err := os.ReadFile("../testdata/page.html")
	require.NoError(t, err)
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	require.NoError(t, enc.Encode(ingest.HTMLRequest{Page: string(page)}))
	in.WriteString("not json\n")
	require.NoError(t, enc.Encode(ingest.HTMLRequest{Page: "<p></p>"}))
	var out bytes.Buffer
	require.NoError(t, Serve(&in, &out))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3, "one answer per request")
	var r ingest.HTMLResponse
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &r))
	assert.Equal(t, "2024-03-14", r.Published)
	assert.Empty(t, r.Error)
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &r))
	assert.Contains(t, r.Error, "bad request")
	r = ingest.HTMLResponse{}
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &r))
	assert.Contains(t, r.Error, "no article")
}
