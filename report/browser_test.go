package report

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "rewrite docs/report.png from the browser test")

// chromiumPath finds the browser: $SAYSO_CHROMIUM, else Debian's chromium.
func chromiumPath(t *testing.T) string {
	if p := os.Getenv("SAYSO_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: apt-get install -y chromium, or set SAYSO_CHROMIUM")
	return ""
}

// TestHTMLInChromium opens reports of the PolNeAR dev records from disk in
// headless Chromium and checks that the page loads nothing from anywhere,
// logs no error or warning, fits the window and shows the report's numbers.
// The records are the default pipeline's, and the same with the
// hand-resolved gold quotes (so that every section has rows). With
// -update-screenshot it rewrites docs/report.png and docs/report-gold.png.
func TestHTMLInChromium(t *testing.T) {
	dir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	// Starting the browser must not run under a deadline (it would stop
	// the browser with it), so a watchdog bounds it instead.
	within(t, 60*time.Second, cancelAlloc, "start Chromium", func() error { return chromedp.Do(browser) })

	cases := []struct {
		name, inputs, screenshot string
		recs                     []*pipeline.Record
	}{
		{"pipeline", "PolNeAR dev, default pipeline", "../docs/report.png", polnearDevRecords(t)},
		{"gold", "PolNeAR dev, gold quotes", "../docs/report-gold.png", polnearGoldRecords(t)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := buildReport(t, tc.recs, DefaultOptions())
			page := filepath.Join(dir, tc.name+".html")
			var buf bytes.Buffer
			require.NoError(t, WriteHTML(&buf, rep, HTMLOptions{Inputs: []string{tc.inputs}}))
			require.NoError(t, os.WriteFile(page, buf.Bytes(), 0o644))
			checkPage(t, browser, cancelAlloc, page, rep, tc.screenshot)
		})
	}
}

// checkPage opens page in a new tab of browser and checks it against rep.
func checkPage(t *testing.T, browser context.Context, stop func(), page string, rep *Report, screenshot string) {
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	var mu sync.Mutex
	var problems, requests []string
	listen := func() error {
		return chromedp.Listen(ctx, func(ev any) {
			mu.Lock()
			defer mu.Unlock()
			switch ev := ev.(type) {
			case *runtime.EventConsoleAPICalled:
				if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert || ev.Type == runtime.ConsoleAPICalledTypeWarning {
					problems = append(problems, fmt.Sprintf("console.%s: %s", ev.Type, consoleArgs(ev.Args)))
				}
			case *runtime.EventExceptionThrown:
				d := ev.ExceptionDetails
				msg := d.Text
				if d.Exception != nil {
					msg += " " + d.Exception.Description
				}
				problems = append(problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber, msg))
			case *cdplog.EventEntryAdded:
				if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
					problems = append(problems, fmt.Sprintf("log %s %s: %s (%s)", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
				}
			case *network.EventRequestWillBeSent:
				requests = append(requests, ev.Request.URL)
			}
		})
	}
	within(t, 30*time.Second, stop, "open a tab", listen)

	step := func(name string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
		defer scancel()
		require.NoError(t, chromedp.Do(sctx, a), name)
	}
	step("open", chromedp.Steps(chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.ID("method"))))

	type facts struct {
		Records     string   `json:"records"`
		Quotes      string   `json:"quotes"`
		Title       string   `json:"title"`
		OutletRows  int      `json:"outletRows"`
		Resources   int      `json:"resources"`
		Overflow    bool     `json:"overflow"`
		Details     int      `json:"details"`
		OpenText    int      `json:"openText"`
		Overflowing []string `json:"overflowing"`
	}
	sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
	defer scancel()
	got, err := chromedp.Run(sctx, chromedp.Evaluate[facts](`(() => {
		const details = document.querySelectorAll("details");
		details.forEach(d => d.open = true);
		const openText = Array.from(details).filter(d => {
			const body = d.querySelector("ol, table");
			return body && body.getBoundingClientRect().height > 0;
		}).length;
		const f = {
			records: document.querySelector("#kpi-records").dataset.value,
			quotes: document.querySelector("#kpi-quotes").dataset.value,
			title: document.title,
			outletRows: document.querySelectorAll("#outlets-table tbody tr").length,
			resources: performance.getEntriesByType("resource").length,
			overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
			overflowing: Array.from(document.querySelectorAll("section")).filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.id || s.className),
			details: details.length,
			openText: openText,
		};
		details.forEach(d => d.open = false);
		return f;
	})()`))
	require.NoError(t, err, "reading the page")
	assert.Equal(t, fmt.Sprint(rep.Totals.Records), got.Records)
	assert.Equal(t, fmt.Sprint(rep.Totals.Quotes), got.Quotes)
	assert.Contains(t, got.Title, rep.Title)
	assert.Equal(t, len(rep.Outlets), got.OutletRows)
	assert.Zero(t, got.Resources, "the page fetches nothing")
	assert.False(t, got.Overflow, "the page fits 1280 px without scrolling sideways")
	assert.Empty(t, got.Overflowing, "sections whose content is wider than they are, evidence lists open")
	assert.Positive(t, got.Details, "evidence lists")
	assert.Equal(t, got.Details, got.OpenText, "every evidence list shows its items when opened")

	var png []byte
	sctx2, scancel2 := context.WithTimeout(ctx, 30*time.Second)
	defer scancel2()
	require.NoError(t, chromedp.Do(sctx2, chromedp.EmulateViewport(1280, 2000)))
	png, err = chromedp.Run(sctx2, chromedp.CaptureScreenshot())
	require.NoError(t, err, "screenshot")
	require.NotEmpty(t, png)
	if *updateScreenshot {
		require.NoError(t, os.WriteFile(screenshot, png, 0o644))
		t.Logf("wrote %s (%d KB)", screenshot, len(png)/1024)
	}
	assert.Less(t, len(png), 400<<10, "the screenshot stays under 400 KB")

	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, problems, "console errors and warnings")
	for _, u := range requests {
		assert.True(t, strings.HasPrefix(u, "file://") || strings.HasPrefix(u, "data:"), "the page requested %s", u)
	}
}

// within runs f and fails the test if it does not return in d, calling
// stop to end whatever it waits for.
func within(t *testing.T, d time.Duration, stop func(), name string, f func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		require.NoError(t, err, name)
	case <-time.After(d):
		stop()
		t.Fatalf("%s: no answer in %v", name, d)
	}
}

func consoleArgs(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		if a.Value != nil {
			parts = append(parts, string(a.Value))
		} else {
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}
