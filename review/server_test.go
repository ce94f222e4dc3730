package review

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	testAddr  = "127.0.0.1:8123"
	testToken = "s3cret-token"
)

func newTestServer(t *testing.T) (*Server, string) {
	t.Helper()
	path := writeRecords(t, "yaml", "", threeRecords()...)
	st := openStore(t, path)
	srv, err := NewServer(st, Options{Addr: testAddr, By: "desk", Token: testToken})
	require.NoError(t, err)
	return srv, path
}

type req struct {
	method, target, body string
	header               map[string]string
}

// do sends r to srv as a browser on the page would: the server's own Host,
// the token and a JSON body, unless r's headers say otherwise ("" removes one).
func do(t *testing.T, srv http.Handler, r req) *httptest.ResponseRecorder {
	t.Helper()
	if r.method == "" {
		r.method = http.MethodGet
	}
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	hr := httptest.NewRequest(r.method, r.target, body)
	hr.Host = testAddr
	hr.Header.Set(TokenHeader, testToken)
	if r.method == http.MethodPost {
		hr.Header.Set("Content-Type", "application/json")
		hr.Header.Set("Origin", "http://"+testAddr)
	}
	for k, v := range r.header {
		if k == "Host" {
			hr.Host = v
		} else if v == "" {
			hr.Header.Del(k)
		} else {
			hr.Header.Set(k, v)
		}
	}
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, hr)
	return w
}

func decodeBody[T any](t *testing.T, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &v), w.Body.String())
	return v
}

func TestNewServerRefusesNonLoopback(t *testing.T) {
	st := openStore(t, writeRecords(t, "yaml", "", sampleRecord()))
	for _, addr := range []string{"0.0.0.0:8080", "192.168.1.4:8080", "example.com:80", "127.0.0.1:0", "nonsense"} {
		_, err := NewServer(st, Options{Addr: addr})
		assert.Error(t, err, addr)
	}
	for _, addr := range []string{"0.0.0.0:0", ":0x", "10.0.0.1:0", "example.com:0"} {
		_, err := Listen(addr)
		assert.Error(t, err, addr)
	}
	ln, err := Listen(":0")
	require.NoError(t, err)
	defer ln.Close()
	host, _, err := net.SplitHostPort(ln.Addr().String())
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1", host)
}

func TestServerRefusesForeignRequests(t *testing.T) {
	srv, path := newTestServer(t)
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	decision := `{"version":"x","action":"accept"}`
	tests := []struct {
		name string
		r    req
		code int
	}{
		{"DNS rebinding: another host name", req{target: "/api/summary", header: map[string]string{"Host": "evil.example:8123"}}, http.StatusMisdirectedRequest},
		{"another port", req{target: "/api/summary", header: map[string]string{"Host": "127.0.0.1:9999"}}, http.StatusMisdirectedRequest},
		{"page by another host name", req{target: "/?token=" + testToken, header: map[string]string{"Host": "evil.example"}}, http.StatusMisdirectedRequest},
		{"cross-origin write", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{"Origin": "http://evil.example"}}, http.StatusForbidden},
		{"cross-origin write from another local port", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{"Origin": "http://127.0.0.1:9999"}}, http.StatusForbidden},
		{"opaque origin", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{"Origin": "null"}}, http.StatusForbidden},
		{"cross-site fetch", req{target: "/api/summary", header: map[string]string{"Sec-Fetch-Site": "cross-site"}}, http.StatusForbidden},
		{"write without token", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{TokenHeader: ""}}, http.StatusForbidden},
		{"write with a wrong token", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{TokenHeader: "guess"}}, http.StatusForbidden},
		{"read without token", req{target: "/api/records/0", header: map[string]string{TokenHeader: ""}}, http.StatusForbidden},
		{"form post (no preflight)", req{method: "POST", target: "/api/records/0/quotes/Q1", body: decision, header: map[string]string{"Content-Type": "text/plain"}}, http.StatusUnsupportedMediaType},
		{"page without token", req{target: "/", header: map[string]string{TokenHeader: ""}}, http.StatusForbidden},
		{"page with a wrong token", req{target: "/?token=guess"}, http.StatusForbidden},
		{"page with a wrong cookie", req{target: "/", header: map[string]string{"Cookie": "sayso_review_8123=guess"}}, http.StatusForbidden},
		{"decision by GET", req{target: "/api/records/0/quotes/Q1"}, http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, srv, tt.r)
			assert.Equal(t, tt.code, w.Code, w.Body.String())
			assert.NotContains(t, w.Body.String(), "Prices rose fast", "no record text leaks")
		})
	}
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, after, "no refused request wrote anything")
}

func TestServerReadsNoOtherPath(t *testing.T) {
	srv, path := newTestServer(t)
	secret := filepath.Join(filepath.Dir(path), "secret.txt")
	require.NoError(t, os.WriteFile(secret, []byte("top secret"), 0o600))
	for _, target := range []string{
		"/static/../../../../etc/passwd",
		"/static/..%2f..%2fsecret.txt",
		"/static/%2e%2e%2fsecret.txt",
		"/static/index.html",
		"/static/.hidden",
		"/static/secret.txt",
		"/secret.txt",
		"/records.yaml",
		"/api/records/..%2f..%2fsecret.txt",
		"/api/records/-1",
		"/api/records/99",
		"/api/records/1e3",
		"/web/app.js",
	} {
		w := do(t, srv, req{target: target})
		assert.Contains(t, []int{http.StatusNotFound, http.StatusMovedPermanently, http.StatusTemporaryRedirect}, w.Code, "%s: %s", target, w.Body.String())
		assert.NotContains(t, w.Body.String(), "top secret", target)
		assert.NotContains(t, w.Body.String(), "root:", target)
	}
	w := do(t, srv, req{target: "/static/app.js"})
	require.Equal(t, http.StatusOK, w.Code)
	assert.Contains(t, w.Header().Get("Content-Type"), "javascript")
	assert.Contains(t, w.Body.String(), "X-Sayso-Token")
}

func TestServerPageAndCookie(t *testing.T) {
	srv, _ := newTestServer(t)
	w := do(t, srv, req{target: "/?token=" + testToken})
	require.Equal(t, http.StatusSeeOther, w.Code)
	assert.Equal(t, "/", w.Header().Get("Location"), "the token leaves the address bar")
	cookies := w.Result().Cookies()
	require.Len(t, cookies, 1)
	c := cookies[0]
	assert.True(t, c.HttpOnly)
	assert.Equal(t, http.SameSiteStrictMode, c.SameSite)

	w = do(t, srv, req{target: "/", header: map[string]string{"Cookie": c.Name + "=" + c.Value}})
	require.Equal(t, http.StatusOK, w.Code)
	page := w.Body.String()
	assert.Contains(t, page, `<meta name="sayso-token" content="`+testToken+`">`)
	assert.Contains(t, page, `<title>records.yaml · sayso review</title>`)
	assert.Contains(t, w.Header().Get("Content-Security-Policy"), "default-src 'none'")
	assert.Equal(t, "DENY", w.Header().Get("X-Frame-Options"))
	assert.Equal(t, "nosniff", w.Header().Get("X-Content-Type-Options"))

	// localhost names the same server.
	w = do(t, srv, req{target: "/", header: map[string]string{"Host": "localhost:8123", "Cookie": c.Name + "=" + c.Value}})
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, "http://"+testAddr+"/?token="+testToken, srv.URL())
}

func TestServerAPI(t *testing.T) {
	srv, path := newTestServer(t)

	w := do(t, srv, req{target: "/api/summary"})
	require.Equal(t, http.StatusOK, w.Code)
	sum := decodeBody[summaryBody](t, w)
	assert.Equal(t, summaryBody{File: "records.yaml", Records: 3, Counts: Counts{Records: 3, Quotes: 6, MinConf: 0.4}, By: "desk"}, sum)

	w = do(t, srv, req{target: "/api/records?q=rates&limit=5"})
	require.Equal(t, http.StatusOK, w.Code)
	list := decodeBody[listBody](t, w)
	require.Equal(t, 1, list.Total)
	assert.Equal(t, "b2", list.Items[0].ID)

	w = do(t, srv, req{target: "/api/records/1"})
	require.Equal(t, http.StatusOK, w.Code)
	v := decodeBody[View](t, w)
	assert.Equal(t, "b2", v.Record.ID)

	// Accept Q1 (by the server's default reviewer), then a stale decision.
	w = do(t, srv, req{method: "POST", target: "/api/records/1/quotes/Q1", body: `{"version":"` + v.Version + `","action":"accept"}`})
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	res := decodeBody[decisionBody](t, w)
	assert.Equal(t, Accepted, res.View.Record.Quotes[0].Review.Status)
	assert.Equal(t, "desk", res.View.Record.Quotes[0].Review.By)
	assert.Equal(t, 1, res.Summary.Counts.Accepted)
	assert.Equal(t, 1.0, res.Summary.Agreement)

	w = do(t, srv, req{method: "POST", target: "/api/records/1/quotes/Q2", body: `{"version":"` + v.Version + `","action":"reject","by":"tab2"}`})
	require.Equal(t, http.StatusConflict, w.Code, w.Body.String())
	conflict := decodeBody[errorBody](t, w)
	require.NotNil(t, conflict.View)
	assert.Equal(t, res.View.Version, conflict.View.Version, "the page gets the record as it is now")
	assert.Contains(t, conflict.Error, "changed elsewhere")

	// Bad decisions are refused with a reason.
	for body, want := range map[string]string{
		`{"version":"` + res.View.Version + `","action":"edit","kind":"rumour"}`: "unknown quote kind",
		`{"version":"` + res.View.Version + `","action":"accept","extra":1}`:     "unknown field",
		`{"version":`: "bad decision",
	} {
		w = do(t, srv, req{method: "POST", target: "/api/records/1/quotes/Q2", body: body})
		assert.Equal(t, http.StatusBadRequest, w.Code, body)
		assert.Contains(t, decodeBody[errorBody](t, w).Error, want)
	}
	w = do(t, srv, req{method: "POST", target: "/api/records/7/quotes/Q2", body: `{"version":"x","action":"accept"}`})
	assert.Equal(t, http.StatusBadRequest, w.Code)
	w = do(t, srv, req{method: "POST", target: "/api/records/1/quotes/Q2", body: `{"version":"x","note":"` + strings.Repeat("x", maxBody) + `"}`})
	assert.Equal(t, http.StatusBadRequest, w.Code, "an oversized body is refused")

	w = do(t, srv, req{target: "/api/next-pending?from=1"})
	assert.Equal(t, map[string]int{"index": 2}, decodeBody[map[string]int](t, w))

	recs := readAll(t, path)
	assert.Equal(t, Accepted, recs[1].Quotes[0].Review.Status)
	assert.Nil(t, recs[1].Quotes[1].Review)
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "only the records file is in its directory")
}

func TestServerPageEscapes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, `a"<b>.yaml`)
	require.NoError(t, os.WriteFile(path, []byte("---\nschema: sayso/v1\nid: x\nquotes: []\n"), 0o644))
	st := openStore(t, path)
	srv, err := NewServer(st, Options{Addr: testAddr, By: `<script>alert(1)</script>`, Token: testToken})
	require.NoError(t, err)
	w := do(t, srv, req{target: "/", header: map[string]string{"Cookie": "sayso_review_8123=" + testToken}})
	require.Equal(t, http.StatusOK, w.Code)
	page := w.Body.String()
	assert.NotContains(t, page, "<script>alert")
	assert.Contains(t, page, `content="&lt;script&gt;alert(1)&lt;/script&gt;"`)
	assert.Contains(t, page, `<title>a&#34;&lt;b&gt;.yaml · sayso review</title>`)
	assert.NotContains(t, page, "{{", "every placeholder is filled")
}
