package main

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

// News gold counts code points; prose works on bytes of a text whose curly
// quotes were straightened (3 bytes to 1). A span must still slice the
// original text back to the name, after curly quotes and other non-ASCII
// characters.
func TestTagArticleCodePointOffsets(t *testing.T) {
	m := prose.ModelFromData("x")
	text := "“We will win,” said Barack Obama. ‘It is over,’ a résumé writer told Reuters in London."
	runes := []rune(text)
	got := tagArticle(m, text)
	if len(got) == 0 {
		t.Fatal("prose found no entity")
	}
	// prose's bundled model finds these two (not Reuters); London stands
	// after two curly quotes and two é, where bytes and code points differ.
	want := map[string]bool{"Barack Obama": false, "London": false}
	for _, e := range got {
		if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
			t.Fatalf("span %+v outside the text", e)
		}
		s := string(runes[e.Start:e.End])
		if _, ok := want[s]; ok {
			want[s] = true
		}
		t.Logf("%s %q", e.Type, s)
	}
	for name, ok := range want {
		if !ok {
			t.Errorf("no span slices back to %q in %q: %+v", name, text, got)
		}
	}
}
