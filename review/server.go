package review

import (
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

//go:embed web
var webFS embed.FS

// TokenHeader carries the session token on every API request.
const TokenHeader = "X-Sayso-Token"

// maxBody bounds a decision request; a decision is a few hundred bytes.
const maxBody = 1 << 20

// Options configure a Server.
type Options struct {
	// Addr is the host:port the server is reached at (the listener's
	// address); requests whose Host or Origin name anything else are refused.
	// The host must be a loopback address.
	Addr string
	// By is the reviewer's name written in decisions when the page sends none.
	By string
	// Token is the session token; a random one is made when it is empty.
	Token string
	// Log receives one line per failed write (nil: no log).
	Log *log.Logger
}

// Server serves the review page and its API for one Store. It answers only
// requests addressed to its own loopback address, and only API requests that
// carry its session token: a web page from elsewhere can neither read the
// records (DNS rebinding) nor write them (CSRF).
type Server struct {
	store  *Store
	opt    Options
	hosts  map[string]bool // Host header values that name this server
	cookie string          // name of the cookie that lets a browser reload the page
	page   string          // web/index.html
	mux    *http.ServeMux
}

// NewServer returns the server of st at opt.Addr.
func NewServer(st *Store, opt Options) (*Server, error) {
	host, port, err := net.SplitHostPort(opt.Addr)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", opt.Addr, err)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil || port == "0" {
		return nil, fmt.Errorf("address %q: needs the port actually listened on", opt.Addr)
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("address %q: the review server listens on a loopback address only (127.0.0.1 or ::1)", opt.Addr)
	}
	if opt.Token == "" {
		b := make([]byte, 24)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		opt.Token = hex.EncodeToString(b)
	}
	page, err := fs.ReadFile(webFS, "web/index.html")
	if err != nil {
		return nil, err
	}
	s := &Server{
		store:  st,
		opt:    opt,
		hosts:  map[string]bool{net.JoinHostPort(host, port): true, net.JoinHostPort("localhost", port): true},
		cookie: "sayso_review_" + port,
		page:   string(page),
		mux:    http.NewServeMux(),
	}
	s.mux.HandleFunc("GET /{$}", s.handlePage)
	s.mux.HandleFunc("GET /static/{name}", s.handleStatic)
	s.mux.HandleFunc("GET /api/summary", s.api(s.handleSummary))
	s.mux.HandleFunc("GET /api/records", s.api(s.handleList))
	s.mux.HandleFunc("GET /api/records/{i}", s.api(s.handleGet))
	s.mux.HandleFunc("GET /api/next-pending", s.api(s.handleNextPending))
	s.mux.HandleFunc("POST /api/records/{i}/quotes/{qid}", s.api(s.handleDecision))
	return s, nil
}

// URL is the address to open in a browser; it carries the session token.
func (s *Server) URL() string {
	return "http://" + s.opt.Addr + "/?token=" + s.opt.Token
}

// Token is the session token.
func (s *Server) Token() string { return s.opt.Token }

// ServeHTTP checks where a request comes from and hands it on.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
	if !s.hosts[strings.ToLower(r.Host)] {
		// A page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding).
		httpError(w, http.StatusMisdirectedRequest, "this server answers only to "+s.opt.Addr)
		return
	}
	if o := r.Header.Get("Origin"); o != "" && !s.sameOrigin(o) {
		httpError(w, http.StatusForbidden, "cross-origin request refused")
		return
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		httpError(w, http.StatusForbidden, "cross-site request refused")
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) sameOrigin(origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Scheme == "http" && u.Path == "" && s.hosts[strings.ToLower(u.Host)]
}

func (s *Server) tokenOK(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.opt.Token)) == 1
}

// handlePage serves the page to a browser that shows the token, either in
// the URL printed at start (then a cookie keeps it for reloads, and the
// browser is sent to the clean URL) or in that cookie.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	if t := r.URL.Query().Get("token"); t != "" {
		if !s.tokenOK(t) {
			httpError(w, http.StatusForbidden, "wrong token: open the URL that 'sayso review' printed")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: s.cookie, Value: s.opt.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	c, err := r.Cookie(s.cookie)
	if err != nil || !s.tokenOK(c.Value) {
		httpError(w, http.StatusForbidden, "open the URL that 'sayso review' printed (it carries the session token)")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	// Three values, each escaped, instead of html/template: its use of
	// reflection keeps the linker from dropping unused methods anywhere in
	// the program, which more than doubled the sayso binary.
	page := strings.NewReplacer(
		"{{.Token}}", html.EscapeString(s.opt.Token),
		"{{.File}}", html.EscapeString(filepath.Base(s.store.Path())),
		"{{.By}}", html.EscapeString(s.opt.By),
	).Replace(s.page)
	io.WriteString(w, page)
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name != path.Base(name) || strings.HasPrefix(name, ".") || name == "index.html" {
		http.NotFound(w, r)
		return
	}
	b, err := fs.ReadFile(webFS, "web/"+name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

// api wraps an API handler: the token must be there, answers are JSON and
// never cached.
func (s *Server) api(h func(*http.Request) (int, any)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.tokenOK(r.Header.Get(TokenHeader)) {
			httpError(w, http.StatusForbidden, "missing or wrong session token")
			return
		}
		if r.Method == http.MethodPost {
			if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
				httpError(w, http.StatusUnsupportedMediaType, "send application/json")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		}
		if err := s.store.Sync(); err != nil {
			httpError(w, http.StatusInternalServerError, err.Error())
			return
		}
		code, v := h(r)
		writeJSON(w, code, v)
	}
}

type errorBody struct {
	Error  string  `json:"error"`
	View   *View   `json:"view,omitempty"`
	Counts *Counts `json:"counts,omitempty"`
}

func httpError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

type summaryBody struct {
	File      string  `json:"file"`
	Records   int     `json:"records"`
	Counts    Counts  `json:"counts"`
	Agreement float64 `json:"agreement"`
	By        string  `json:"by"`
}

func (s *Server) summary() summaryBody {
	c := s.store.Counts()
	return summaryBody{File: filepath.Base(s.store.Path()), Records: s.store.Len(), Counts: c, Agreement: c.Agreement(), By: s.opt.By}
}

func (s *Server) handleSummary(r *http.Request) (int, any) { return http.StatusOK, s.summary() }

type listBody struct {
	Items []Summary `json:"items"`
	Total int       `json:"total"`
}

func (s *Server) handleList(r *http.Request) (int, any) {
	q := r.URL.Query()
	lq := ListQuery{Pending: q.Get("pending") == "1", Search: q.Get("q")}
	lq.Offset, _ = strconv.Atoi(q.Get("offset"))
	lq.Limit, _ = strconv.Atoi(q.Get("limit"))
	if lq.Limit <= 0 || lq.Limit > 500 {
		lq.Limit = 100
	}
	items, total := s.store.List(lq)
	if items == nil {
		items = []Summary{}
	}
	return http.StatusOK, listBody{Items: items, Total: total}
}

func (s *Server) handleGet(r *http.Request) (int, any) {
	i, err := strconv.Atoi(r.PathValue("i"))
	if err != nil {
		return http.StatusNotFound, errorBody{Error: "no such record"}
	}
	v, err := s.store.Get(i)
	if err != nil {
		return http.StatusNotFound, errorBody{Error: err.Error()}
	}
	return http.StatusOK, v
}

func (s *Server) handleNextPending(r *http.Request) (int, any) {
	from, err := strconv.Atoi(r.URL.Query().Get("from"))
	if err != nil {
		from = -1
	}
	return http.StatusOK, map[string]int{"index": s.store.NextPending(from)}
}

type decisionRequest struct {
	Version string `json:"version"`
	Decision
}

type decisionBody struct {
	View    View        `json:"view"`
	Summary summaryBody `json:"summary"`
}

func (s *Server) handleDecision(r *http.Request) (int, any) {
	i, err := strconv.Atoi(r.PathValue("i"))
	if err != nil {
		return http.StatusNotFound, errorBody{Error: "no such record"}
	}
	var req decisionRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return http.StatusBadRequest, errorBody{Error: "bad decision: " + err.Error()}
	}
	if req.By == "" {
		req.By = s.opt.By
	}
	v, err := s.store.Apply(i, req.Version, r.PathValue("qid"), req.Decision)
	switch {
	case err == nil:
		return http.StatusOK, decisionBody{View: v, Summary: s.summary()}
	case errors.Is(err, ErrConflict):
		c := s.store.Counts()
		return http.StatusConflict, errorBody{Error: "this article was changed elsewhere (another tab?) since you loaded it; it has been reloaded, nothing was saved", View: &v, Counts: &c}
	case errors.Is(err, ErrBadDecision):
		return http.StatusBadRequest, errorBody{Error: err.Error()}
	case errors.Is(err, ErrReadOnly):
		return http.StatusUnprocessableEntity, errorBody{Error: err.Error()}
	}
	if s.opt.Log != nil {
		s.opt.Log.Printf("saving a decision on record %d: %v", i, err)
	}
	return http.StatusInternalServerError, errorBody{Error: "the decision could not be saved: " + err.Error()}
}

// Listen opens a listener for the review server on addr, which must name a
// loopback address: "127.0.0.1:0" (a free port), "localhost:8080", "[::1]:0"
// or ":8080" (taken as 127.0.0.1).
func Listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", addr, err)
	}
	switch host {
	case "", "localhost":
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("address %q: the review server listens on a loopback address only (127.0.0.1, ::1 or localhost)", addr)
	}
	return net.Listen("tcp", net.JoinHostPort(host, port))
}
