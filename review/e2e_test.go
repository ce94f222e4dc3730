package review

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/pipeline"
)

var screenshot = flag.String("screenshot", "", "write a screenshot of the review page on the seed records to this PNG file (docs/review.png)")

// chromium finds the browser: $SAYSO_CHROMIUM, else Debian's chromium. CI
// installs it, so there a missing browser fails the test; elsewhere the test
// is skipped with the reason.
func chromium(t *testing.T) string {
	if p := os.Getenv("SAYSO_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium: install Debian's chromium package or set SAYSO_CHROMIUM")
	}
	t.Skip("no Chromium found (set SAYSO_CHROMIUM or apt-get install chromium)")
	return ""
}

// seedCopy copies the seed records to a temp dir.
func seedCopy(t *testing.T) string {
	seed, err := os.ReadFile("testdata/seed.yaml")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "seed.yaml")
	require.NoError(t, os.WriteFile(path, seed, 0o644))
	return path
}

// startServer serves the records file at path on a free loopback port.
func startServer(t *testing.T, path string) *Server {
	t.Helper()
	return startServerWith(t, path, nil)
}

// startServerWith is startServer with the handler wrapped by wrap (nil:
// none), e.g. to slow some answers down.
func startServerWith(t *testing.T, path string, wrap func(http.Handler) http.Handler) *Server {
	t.Helper()
	st, err := Open(path)
	require.NoError(t, err)
	ln, err := Listen("127.0.0.1:0")
	require.NoError(t, err)
	srv, err := NewServer(st, Options{Addr: ln.Addr().String(), By: "e2e"})
	require.NoError(t, err)
	var h http.Handler = srv
	if wrap != nil {
		h = wrap(srv)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
	})
	return srv
}

// browser starts headless Chromium with the flags a closed network needs
// (without them Chromium waits on connections it cannot make).
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	return newTab(t, actx)
}

// newTab opens a tab (the first one starts the browser). The first Run on a
// context must not carry a timeout, as the tab lives as long as that
// context, so the start is bounded from outside.
//
// Any uncaught JavaScript exception in the tab fails the test.
func newTab(t *testing.T, parent context.Context) context.Context {
	t.Helper()
	var mu sync.Mutex
	var thrown []string
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok && e.ExceptionDetails != nil {
			d := e.ExceptionDetails
			msg := fmt.Sprintf("%s:%d:%d %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, d.Text)
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			mu.Lock()
			thrown = append(thrown, msg)
			mu.Unlock()
		}
	}))
	t.Cleanup(cancel)
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		assert.Empty(t, thrown, "uncaught JavaScript exceptions in the page")
	})
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		require.NoError(t, err, "starting Chromium")
	case <-time.After(30 * time.Second):
		t.Fatal("Chromium did not open a tab within 30s")
	}
	return ctx
}

// step runs browser actions with a timeout, so a hung browser fails the test
// instead of stalling it.
func step(ctx context.Context, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return chromedp.Do(ctx, actions...)
}

// get runs one action that returns a value, with a timeout.
func get[T any](ctx context.Context, timeout time.Duration, a chromedp.Action[T]) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, a)
}

// css is a CSS selector (a plain string would be a DOM search).
func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

func TestBrowserReview(t *testing.T) {
	path := seedCopy(t)
	srv := startServer(t, path)
	ctx := browser(t)
	const wait = 15 * time.Second
	card := func(qid string) string { return `#quote-list li[data-q="` + qid + `"]` }

	// Open: the page lands on the first quote.
	require.NoError(t, step(ctx, wait,
		chromedp.Navigate(srv.URL()),
		chromedp.WaitVisible(css(`body[data-ready="true"]`)),
		chromedp.WaitVisible(css(card("Q1")+`[aria-current="true"]`)),
	))
	progress, err := get(ctx, wait, chromedp.Text(css(`#progress-text`)))
	require.NoError(t, err)
	assert.Contains(t, progress, "Reviewed 0 of 9 quotes")

	// Accept Q1 with the keyboard; the page moves on to Q2.
	require.NoError(t, step(ctx, wait,
		chromedp.KeyEvent("a"),
		chromedp.WaitVisible(css(card("Q1")+`.st-accepted`)),
		chromedp.WaitVisible(css(card("Q2")+`[aria-current="true"]`)),
	), "accept with the keyboard")

	// Change Q3's speaker with the mouse: pick the quote, Edit, click a name.
	require.NoError(t, step(ctx, wait,
		chromedp.Click(css(card("Q3")+` blockquote`)),
		chromedp.WaitVisible(css(card("Q3")+`[aria-current="true"]`)),
		chromedp.Click(css(card("Q3")+` button[data-act="edit"]`)),
		chromedp.WaitVisible(css(`#text.picking`)),
		chromedp.Click(css(`#text .ent[data-entity="E13"]`)),
		chromedp.WaitVisible(css(card("Q3")+`.st-edited`)),
	), "change a speaker with the mouse")
	who, err := get(ctx, wait, chromedp.Text(css(card("Q3")+` .who`)))
	require.NoError(t, err)
	assert.Equal(t, "Brett McGurk", who)

	// Reject Q5, then undo it: it is pending again.
	require.NoError(t, step(ctx, wait,
		chromedp.KeyEvent("\x1b"), // Esc: stop editing
		chromedp.Click(css(card("Q5")+` blockquote`)),
		chromedp.WaitVisible(css(card("Q5")+`[aria-current="true"]`)),
		chromedp.KeyEvent("r"),
		chromedp.WaitVisible(css(card("Q5")+`.st-rejected`)),
		chromedp.KeyEvent("u"),
		chromedp.WaitVisible(css(card("Q5")+`.st-pending`)),
	), "reject and undo")

	// Reload: both decisions are still there.
	require.NoError(t, step(ctx, wait,
		chromedp.Reload(),
		chromedp.WaitVisible(css(`body[data-ready="true"]`)),
		chromedp.WaitVisible(css(card("Q1")+`.st-accepted`)),
		chromedp.WaitVisible(css(card("Q3")+`.st-edited`)),
		chromedp.WaitVisible(css(card("Q5")+`.st-pending`)),
	), "reload")
	progress, err = get(ctx, wait, chromedp.Text(css(`#progress-text`)))
	require.NoError(t, err)
	assert.Contains(t, progress, "Reviewed 2 of 9 quotes")
	assert.Contains(t, progress, "agreement 50%")

	// And the YAML on disk has both decisions.
	recs := readAll(t, path)
	require.Len(t, recs, 1)
	qs := recs[0].Quotes
	require.NotNil(t, qs[0].Review)
	assert.Equal(t, Accepted, qs[0].Review.Status)
	assert.Equal(t, "e2e", qs[0].Review.By)
	assert.Nil(t, qs[0].Original)
	require.NotNil(t, qs[2].Review)
	assert.Equal(t, Edited, qs[2].Review.Status)
	require.NotNil(t, qs[2].Speaker)
	assert.Equal(t, "E13", qs[2].Speaker.Entity)
	assert.Equal(t, "Brett McGurk", qs[2].Speaker.Name)
	require.NotNil(t, qs[2].Original)
	assert.Equal(t, "an American state department official", qs[2].Original.Speaker.Text)
	assert.Nil(t, qs[4].Review, "the undone rejection left no trace")
	for _, r := range recs {
		assert.Empty(t, r.Validate())
	}

	// Filters: pending only hides Q1 and Q3; low confidence first puts Q9
	// (0.38) on top; a speaker shows only that speaker's quotes.
	cards := func() []string {
		ids, err := get(ctx, wait, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#quote-list li[data-q]')).map(li => li.dataset.q)`))
		require.NoError(t, err)
		return ids
	}
	require.NoError(t, step(ctx, wait, chromedp.KeyEvent("p"), chromedp.WaitNotPresent(css(card("Q1")))))
	assert.Equal(t, []string{"Q2", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"}, cards())
	require.NoError(t, step(ctx, wait, chromedp.Click(css(`#f-lowconf`)), chromedp.WaitVisible(css(`#quote-list li[data-q="Q9"]:first-child`))))
	assert.Equal(t, []string{"Q9", "Q8", "Q7", "Q4", "Q2", "Q5", "Q6"}, cards())
	require.NoError(t, step(ctx, wait,
		chromedp.KeyEvent("p"),
		chromedp.Click(css(`#f-lowconf`)),
		chromedp.SetValue(css(`#f-speaker`), "an official"),
		chromedp.WaitNotPresent(css(card("Q1"))),
	))
	assert.Equal(t, []string{"Q7", "Q8", "Q9"}, cards())
	require.NoError(t, step(ctx, wait, chromedp.SetValue(css(`#f-speaker`), ""), chromedp.WaitVisible(css(card("Q1")))))
	assert.Len(t, cards(), 9)

	if *screenshot != "" {
		require.NoError(t, step(ctx, wait,
			chromedp.EmulateViewport(1400, 860),
			chromedp.Click(css(card("Q2")+` blockquote`)),
			chromedp.Click(css(card("Q2")+` button[data-act="edit"]`)),
			chromedp.WaitVisible(css(card("Q2")+` .edit`)),
		))
		_, err := get(ctx, wait, chromedp.Evaluate[any](`document.activeElement.blur()`))
		require.NoError(t, err)
		png, err := get(ctx, wait, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(*screenshot, png, 0o644))
	}
}

// selectText selects the first occurrence of s in the article, as a mouse
// drag would.
func selectText(s string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		js := `(() => {
			const want = ` + strconv.Quote(s) + `;
			const root = document.getElementById('text');
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const nodes = [];
			let all = '';
			for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
			const at = all.indexOf(want);
			if (at < 0) return false;
			const locate = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; };
			const r = document.createRange();
			r.setStart(...locate(at));
			r.setEnd(...locate(at + want.length));
			const sel = window.getSelection();
			sel.removeAllRanges();
			sel.addRange(r);
			return true;
		})()`
		ok, err := chromedp.Evaluate[bool](js)(ctx, t)
		if err == nil && !ok {
			err = fmt.Errorf("%q is not in the article", s)
		}
		return chromedp.Void{}, err
	}
}

// TestBrowserTwoTabsAndSelection checks that a stale tab cannot overwrite a
// decision made in another (the server answers 409 and the page reloads the
// record), and that text selected with the mouse becomes the right code point
// offsets even after a character outside the BMP (an emoji: two UTF-16 units).
func TestBrowserTwoTabsAndSelection(t *testing.T) {
	path := writeRecords(t, "yaml", "", sampleRecord(), pipeline.ErrorRecord("bad.txt", "bad.txt", errors.New("invalid UTF-8")))
	srv := startServer(t, path)
	tab1 := browser(t)
	const wait = 15 * time.Second
	card := func(qid string) string { return `#quote-list li[data-q="` + qid + `"]` }
	open := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(srv.URL()),
		chromedp.WaitVisible(css(`body[data-ready="true"]`)),
		chromedp.WaitVisible(css(card("Q1") + `[aria-current="true"]`)),
	}
	require.NoError(t, step(tab1, wait, open...), "tab 1")
	tab2 := newTab(t, tab1)
	require.NoError(t, step(tab2, wait, open...), "tab 2")

	// Tab 2 accepts Q1; tab 1, which still shows it pending, rejects it.
	require.NoError(t, step(tab2, wait, chromedp.KeyEvent("a"), chromedp.WaitVisible(css(card("Q1")+`.st-accepted`))))
	require.NoError(t, step(tab1, wait,
		chromedp.KeyEvent("r"),
		chromedp.WaitVisible(css(`#notice:not([hidden])`)),
		chromedp.WaitVisible(css(card("Q1")+`.st-accepted`)),
	), "the stale tab is told and shows the record as it is now")
	notice, err := get(tab1, wait, chromedp.Text(css(`#notice`)))
	require.NoError(t, err)
	assert.Contains(t, notice, "changed elsewhere")
	q1 := readAll(t, path)[0].Quotes[0]
	require.NotNil(t, q1.Review)
	assert.Equal(t, Accepted, q1.Review.Status, "tab 2's decision stands")

	// In tab 1: Q2, edit, select "She" in the text and make it the speaker,
	// then select a sloppy span and make it the quote.
	require.NoError(t, step(tab1, wait,
		chromedp.KeyEvent("j"),
		chromedp.WaitVisible(css(card("Q2")+`[aria-current="true"]`)),
		chromedp.KeyEvent("e"),
		chromedp.WaitVisible(css(card("Q2")+` .edit`)),
		selectText("She"),
		chromedp.KeyEvent("s"),
		chromedp.WaitVisible(css(card("Q2")+`.st-edited`)),
	), "selection as speaker")
	who, err := get(tab1, wait, chromedp.Text(css(card("Q2")+` .who`)))
	require.NoError(t, err)
	assert.Equal(t, "She", who)
	require.NoError(t, step(tab1, wait,
		selectText(" that rates would stay."),
		chromedp.KeyEvent("q"),
		chromedp.WaitVisible(css(card("Q2")+` .original`)),
	), "selection as quote span")
	require.NoError(t, step(tab1, wait, chromedp.KeyEvent("2")), "kind by key")

	require.Eventually(t, func() bool {
		q := readAll(t, path)[0].Quotes[1]
		return q.Text == "that rates would stay."
	}, wait, 50*time.Millisecond)
	q2 := readAll(t, path)[0].Quotes[1]
	assert.Equal(t, &pipeline.SpeakerRecord{Text: "She", Start: 36, End: 39, Form: "pronoun"}, q2.Speaker)
	assert.Equal(t, 53, q2.Start)
	assert.Equal(t, 75, q2.End)
	assert.Equal(t, "indirect", q2.Kind)
	require.NotNil(t, q2.Original)
	assert.Equal(t, "rates would stay", q2.Original.Text)
	assert.Equal(t, Edited, q2.Review.Status)

	// The next article failed in extraction: shown, read-only, with the reason.
	require.NoError(t, step(tab1, wait,
		chromedp.KeyEvent("]"),
		chromedp.WaitVisible(css(`#notice:not([hidden])`)),
	), "a failed article")
	notice, err = get(tab1, wait, chromedp.Text(css(`#notice`)))
	require.NoError(t, err)
	assert.Contains(t, notice, "could not be processed: invalid UTF-8")
	title, err := get(tab1, wait, chromedp.Text(css(`#title`)))
	require.NoError(t, err)
	assert.Equal(t, "bad.txt", title)
}

// TestBrowserNextArticleBeforeTheAnswer: a reviewer who accepts a quote and
// goes to the next article before the server has answered stays on the
// next article, and the decision is saved in the first.
func TestBrowserNextArticleBeforeTheAnswer(t *testing.T) {
	path := writeRecords(t, "yaml", "", sampleRecord(), pipeline.ErrorRecord("bad.txt", "bad.txt", errors.New("invalid UTF-8")))
	const delay = 600 * time.Millisecond
	srv := startServerWith(t, path, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPost {
				time.Sleep(delay) // the decision's answer comes late
			}
			h.ServeHTTP(w, r)
		})
	})
	ctx := browser(t)
	const wait = 15 * time.Second
	require.NoError(t, step(ctx, wait,
		chromedp.Navigate(srv.URL()),
		chromedp.WaitVisible(css(`body[data-ready="true"]`)),
		chromedp.WaitVisible(css(`#quote-list li[data-q="Q1"][aria-current="true"]`)),
	))
	first, err := get(ctx, wait, chromedp.Text(css(`#title`)))
	require.NoError(t, err)
	require.NoError(t, step(ctx, wait,
		chromedp.KeyEvent("a"),
		chromedp.KeyEvent("]"),
		chromedp.WaitVisible(css(`#notice:not([hidden])`)), // the second article failed in extraction
	), "accept, then the next article at once")
	second, err := get(ctx, wait, chromedp.Text(css(`#title`)))
	require.NoError(t, err)
	require.NotEqual(t, first, second)

	require.Eventually(t, func() bool {
		return readAll(t, path)[0].Quotes[0].Review != nil && readAll(t, path)[0].Quotes[0].Review.Status == Accepted
	}, wait, 50*time.Millisecond, "the decision is saved")
	time.Sleep(delay) // the late answer has come by now
	now, err := get(ctx, wait, chromedp.Text(css(`#title`)))
	require.NoError(t, err)
	assert.Equal(t, second, now, "the late answer must not bring the first article back")
	pos, err := get(ctx, wait, chromedp.Text(css(`#position`)))
	require.NoError(t, err)
	assert.Contains(t, pos, "Article 2 of")
}
