package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sayso/sayso/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The test binary doubles as the sayso binary: run with SAYSO_TEST_AS_MAIN=1
// it is sayso, so that tests can start real processes (and kill them)
// without building anything.
func init() {
	if os.Getenv("SAYSO_TEST_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
}

// saysoBin returns a directory holding an executable named sayso (a link to
// this test binary) for command lines run by sh.
func saysoBin(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.Symlink(self, filepath.Join(dir, "sayso")))
	return dir
}

func saysoProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), "SAYSO_TEST_AS_MAIN=1")
	return cmd
}

// sharedDir finds the shared data: $SAYSO_SHARED, else ../shared beside
// the module, else /work/shared.
func sharedDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{os.Getenv("SAYSO_SHARED"), "../../../shared", "/work/shared"} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "data", "polnear")); err == nil {
			return d
		}
	}
	t.Fatal("shared data not found: set SAYSO_SHARED")
	return ""
}

// polnearDump writes n of the PolNeAR dev articles (cycling through them,
// with distinct ids) as a JSONL dump; it returns the path and the ids in
// order.
func polnearDump(t *testing.T, n int) (string, []string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(sharedDir(t), "data", "polnear", "dev", "articles.jsonl"))
	require.NoError(t, err)
	lines := bytes.Split(bytes.TrimSpace(src), []byte("\n"))
	var buf bytes.Buffer
	var ids []string
	for i := range n {
		var a map[string]any
		require.NoError(t, json.Unmarshal(lines[i%len(lines)], &a))
		a["id"] = fmt.Sprintf("%s#%d", a["id"], i/len(lines))
		ids = append(ids, a["id"].(string))
		b, err := json.Marshal(a)
		require.NoError(t, err)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path, ids
}

func readIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)
	var ids []string
	for _, r := range recs {
		require.Empty(t, r.Validate(), "record %s", r.ID)
		ids = append(ids, r.ID)
	}
	return ids
}

// TestExtractKillAndResume kills a real sayso extract with SIGKILL in the
// middle of a run, resumes it, and checks that every input article is in
// the output exactly once, in order.
func TestExtractKillAndResume(t *testing.T) {
	dump, want := polnearDump(t, 120)
	for _, format := range []string{"yaml", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out."+format)
			cmd := saysoProcess(t, "extract", "--quiet", "--workers", "2", "--format", format, "-o", out, dump)
			require.NoError(t, cmd.Start())
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			// Kill it once a fair part of the output is there.
			deadline := time.Now().Add(30 * time.Second)
			for {
				if info, err := os.Stat(out); err == nil && info.Size() > 100<<10 {
					break
				}
				require.True(t, time.Now().Before(deadline), "no output after 30 s")
				time.Sleep(2 * time.Millisecond)
			}
			require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
			err := <-exited
			require.Error(t, err, "the run finished before it was killed: make the dump larger")
			killedSize := fileSize(t, out)

			var stderr bytes.Buffer
			resume := saysoProcess(t, "extract", "--workers", "2", "--format", format, "-o", out, "--resume", dump)
			resume.Stderr = &stderr
			require.NoError(t, resume.Run(), stderr.String())
			assert.Regexp(t, `[1-9]\d* already done by the interrupted run`, stderr.String())
			assert.Greater(t, fileSize(t, out), killedSize)
			assert.Equal(t, want, readIDs(t, out), "every article exactly once, in input order")
		})
	}
}

func fileSize(t *testing.T, path string) int64 {
	info, err := os.Stat(path)
	require.NoError(t, err)
	return info.Size()
}

// TestExtractAsStreamingMapper runs the command line that docs/batch.md
// gives for Hadoop Streaming and Spark's RDD.pipe.
func TestExtractAsStreamingMapper(t *testing.T) {
	dump, want := polnearDump(t, 84)
	dir := t.TempDir()
	require.NoError(t, os.Rename(dump, filepath.Join(dir, "dump.jsonl")))
	cmd := exec.Command("sh", "-c", "cat dump.jsonl | sayso extract --format jsonl --quiet --partial-ok --workers 1 - > out.jsonl")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SAYSO_TEST_AS_MAIN=1", "PATH="+saysoBin(t)+":"+os.Getenv("PATH"))
	outErr, err := cmd.CombinedOutput()
	require.NoError(t, err, string(outErr))
	lines := strings.Split(strings.TrimRight(readFile(t, filepath.Join(dir, "out.jsonl")), "\n"), "\n")
	require.Len(t, lines, len(want), "one line per input article")
	for i, line := range lines {
		var r pipeline.Record
		require.NoError(t, json.Unmarshal([]byte(line), &r), "line %d", i+1)
		assert.Equal(t, want[i], r.ID)
		assert.Empty(t, r.Validate())
	}

	// An empty partition yields no records and exit status 0.
	empty := exec.Command("sh", "-c", "printf '' | sayso extract --format jsonl --quiet --partial-ok - | wc -l")
	empty.Env = cmd.Env
	n, err := empty.Output()
	require.NoError(t, err)
	assert.Equal(t, "0", strings.TrimSpace(string(n)))
}

func readFile(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestExtractExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	require.NoError(t, os.WriteFile(good, []byte(`{"id":"a","text":"The mayor said the bridge would reopen."}`+"\n"), 0o644))
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"id\":\"a\",\"text\":\"Fine.\"}\nnot json\n{\"id\":\"c\"}\n"), 0o644))
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"all fine", []string{good}, exitOK, "1 article(s)"},
		{"some failed", []string{bad}, exitSomeBad, "3 article(s)"},
		{"some failed, --partial-ok", []string{"--partial-ok", bad}, exitOK, "3 article(s), 2 failed"},
		{"bad flag", []string{"--workers", "0", good}, exitFatal, "--workers must be at least 1"},
		{"no input", nil, exitFatal, "no input given"},
		{"resume to stdout", []string{"--resume", good}, exitFatal, "--resume needs the output file"},
		{"bad shard", []string{"--shard", "3/2", good}, exitFatal, "between 0 and 1"},
		{"disk full", []string{"-o", "/dev/full", good}, exitFatal, "the disk is full"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := saysoProcess(t, append([]string{"extract"}, c.args...)...)
			cmd.Stderr = &stderr
			cmd.Stdout = io.Discard
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, c.code, code, stderr.String())
			assert.Contains(t, stderr.String(), c.stderr)
		})
	}
}

// TestExtractClosedPipe: a reader that goes away ends the run with a
// message and exit status 2, not a silent death by SIGPIPE.
func TestExtractClosedPipe(t *testing.T) {
	dump, _ := polnearDump(t, 20)
	cmd := saysoProcess(t, "extract", "--workers", "1", dump)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	_, err = io.ReadFull(stdout, make([]byte, 100))
	require.NoError(t, err)
	stdout.Close()
	err = cmd.Wait()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, exitFatal, ee.ExitCode())
	assert.Contains(t, stderr.String(), "broken pipe")
}

// TestExtractIndexedJob: JOB_COMPLETION_INDEX and --shards split a dump
// between copies; together they write every article once.
func TestExtractIndexedJob(t *testing.T) {
	dump, want := polnearDump(t, 20)
	var got []string
	for i := range 3 {
		out := filepath.Join(t.TempDir(), "out.jsonl")
		cmd := saysoProcess(t, "extract", "--quiet", "--shards", "3", "--format", "jsonl", "-o", out, dump)
		cmd.Env = append(cmd.Env, fmt.Sprintf("JOB_COMPLETION_INDEX=%d", i))
		outErr, err := cmd.CombinedOutput()
		require.NoError(t, err, string(outErr))
		ids := readIDs(t, out)
		for j, id := range ids {
			assert.Equal(t, want[i+3*j], id)
		}
		got = append(got, ids...)
	}
	assert.ElementsMatch(t, want, got)
}

// TestExtractHTML reads an HTML page through the sayso-html helper and
// keeps its title and date. The helper is built here (go-trafilatura is kept
// out of sayso and of this test binary: its start-up costs 0.4 s).
func TestExtractHTML(t *testing.T) {
	link := filepath.Join(t.TempDir(), "sayso-html")
	build := exec.Command("go", "build", "-o", link, "github.com/sayso/sayso/cmd/sayso-html")
	outErr, err := build.CombinedOutput()
	require.NoError(t, err, string(outErr))
	dir := t.TempDir()
	page, err := os.ReadFile("../../ingest/testdata/page.html")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bridge.html"), page, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.htm"), []byte("<html></html>"), 0o644))
	out := filepath.Join(t.TempDir(), "out.yaml")

	cmd := saysoProcess(t, "extract", "--quiet", "-o", out, dir)
	cmd.Env = append(cmd.Env, "SAYSO_HTML_HELPER="+link)
	stderr, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "the empty page fails: exit 1")
	assert.Equal(t, exitSomeBad, ee.ExitCode(), string(stderr))
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	recs, err := pipeline.ReadRecords(f)
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, "Harbor bridge to reopen in May, mayor says", recs[0].Title)
	assert.Equal(t, "2024-03-14", recs[0].Published)
	assert.Contains(t, recs[0].Text, "Mayor Ana Ortiz said on Wednesday")
	assert.Empty(t, recs[0].Validate())
	assert.Contains(t, recs[1].Error, "no article")
}
